import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/article/parse';
import { bankToMarkdown } from '../../src/lib/bank/markdown';
import { BankFormatError, parseBank } from '../../src/lib/bank/parse';
import { BANK_SCHEMA_VERSION, type Bank } from '../../src/lib/bank/schema';
import { questionsVersion } from '../../src/lib/bank/version';
import type { Claims } from '../../src/lib/extract/types';
import { generateQuestions } from '../../src/lib/generate/index';

const article = parseArticle(`# Two Voices

## The quarrel

“The bridge is safe,” said Ana Ruiz, the city engineer.

“It is falling apart,” said Tom Beck, a resident.
`);
const section = article.sections[0]!.id;
const o = 'extracted' as const;
const claims: Claims = {
	speakers: [
		{
			id: 'ana-ruiz',
			name: 'Ana Ruiz',
			kind: 'person',
			role: 'city engineer',
			org: 'City',
			aliases: [],
			evidence: ['p1s1'],
			origin: o
		},
		{
			id: 'tom-beck',
			name: 'Tom Beck',
			kind: 'person',
			role: 'resident',
			org: '',
			aliases: [],
			evidence: ['p2s1'],
			origin: 'reviewed'
		}
	],
	quotes: [
		{
			id: 'q1',
			text: 'The bridge is safe,',
			speaker: 'ana-ruiz',
			sentence: 'p1s1',
			evidence: ['p1s1'],
			section,
			kind: 'full',
			rule: 'quote.frame-after+frame.verb-subject+resolve.new-person',
			confidence: 0.97,
			origin: o
		},
		{
			id: 'q2',
			text: 'It is falling apart,',
			speaker: 'tom-beck',
			sentence: 'p2s1',
			evidence: ['p2s1'],
			section,
			kind: 'full',
			rule: 'quote.frame-after+frame.verb-subject+resolve.new-person',
			confidence: 0.97,
			origin: o
		}
	],
	paraphrases: [],
	estimates: [],
	events: [],
	conflicts: [],
	authorVoice: []
};
const questions = generateQuestions(claims, article);
const bank: Bank = {
	schemaVersion: BANK_SCHEMA_VERSION,
	version: questionsVersion(questions),
	article: { slug: 'two-voices', title: article.title },
	claims,
	questions
};

/** The message parseBank throws for `json`. */
function formatError(json: unknown): string {
	try {
		parseBank(json);
	} catch (err) {
		if (err instanceof BankFormatError) return err.message;
		throw err;
	}
	throw new Error('expected parseBank to reject the bank');
}

const copy = (): Bank => structuredClone(bank);

describe('parseBank', () => {
	it('accepts a generated bank and returns it unchanged', () => {
		expect(parseBank(JSON.parse(JSON.stringify(bank)))).toEqual(bank);
	});

	it('names the bad path in one line', () => {
		expect(formatError(null)).toMatch(/^bank \(root\): /);
		const noTitle = copy() as unknown as { article: { title?: string } };
		delete noTitle.article.title;
		expect(formatError(noTitle)).toMatch(/^bank article\.title: /);
		const badEvidence = copy();
		badEvidence.questions[0]!.evidence = ['sentence 1'];
		expect(formatError(badEvidence)).toMatch(/^bank questions\.0\.evidence\.0: /);
		expect(formatError({ ...copy(), schemaVersion: 99 })).toMatch(/^bank schemaVersion: /);
	});

	it('rejects answers that are not choices, dangling speakers and a stale version', () => {
		const badAnswer = copy();
		badAnswer.questions[1]!.answer = 'cnothere';
		expect(formatError(badAnswer)).toMatch(/^bank questions\.1\.answer: "cnothere" is not one/);
		const dangling = copy();
		dangling.claims.quotes[0]!.speaker = 'nobody';
		expect(formatError(dangling)).toBe(
			'bank claims.quotes.0.speaker: "nobody" is not a speaker id'
		);
		expect(formatError({ ...copy(), version: 'aaaaaaaa' })).toMatch(/^bank version: .*regenerate/);
	});
});

describe('bank.md', () => {
	const markdown = bankToMarkdown(bank, article);

	it('lists every question under its section, with choices and the answer marked', () => {
		expect(markdown).toContain('## 1. The quarrel');
		for (const q of questions) {
			expect(markdown).toContain(q.prompt);
			if (q.kind === 'match-estimates') continue;
			const answer = q.choices.find((c) => c.id === q.answer)!;
			expect(markdown).toMatch(new RegExp(`- \\*\\*[A-Z]\\. ${answer.text}\\*\\* ✓`));
		}
		expect(markdown.match(/✓$/gm)).toHaveLength(questions.length);
	});

	it('quotes the evidence sentences with their ids and gives the explanation', () => {
		expect(markdown).toContain('> p1s1: “The bridge is safe,” said Ana Ruiz, the city engineer.');
		expect(markdown).toContain(`Why: ${questions[0]!.explanation}`);
		expect(markdown).toContain('| Tom Beck (reviewed) |');
	});
});

describe('committed files', () => {
	it('questions/bank.schema.json is what the valibot schema produces', async () => {
		const { bankJsonSchema } = await import('../../src/lib/bank/json-schema');
		const committed: unknown = JSON.parse(readFileSync('questions/bank.schema.json', 'utf8'));
		expect(committed).toEqual(bankJsonSchema());
	});
});
