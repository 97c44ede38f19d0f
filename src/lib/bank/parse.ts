import * as v from 'valibot';
import { ARTICLE_SOURCE } from '../extract/types';
import { BankSchema, type Bank } from './schema';
import { questionsVersion } from './version';

/** A bank that does not match the format, with the path of the first bad value. */
export class BankFormatError extends Error {
	constructor(
		readonly path: string,
		readonly reason: string
	) {
		super(`bank ${path || '(root)'}: ${reason}`);
		this.name = 'BankFormatError';
	}
}

/**
 * Validates parsed bank.json and returns it typed, or throws BankFormatError naming the first bad path
 * (`questions.3.answer`). Beyond the schema it checks what JSON Schema cannot: unique ids, answers that
 * are choice ids, claims that point at existing speakers and estimates, and the version hash.
 */
export function parseBank(json: unknown): Bank {
	const result = v.safeParse(BankSchema, json);
	if (!result.success) {
		const [issue] = result.issues;
		throw new BankFormatError(v.getDotPath(issue) ?? '', issue.message);
	}
	const bank = result.output;
	checkReferences(bank);
	return bank;
}

function fail(path: string, reason: string): never {
	throw new BankFormatError(path, reason);
}

/** `"x"` for messages. */
const q = (value: string) => JSON.stringify(value);

function checkReferences(bank: Bank): void {
	const { claims } = bank;
	const speakers = new Set(claims.speakers.map((s) => s.id));
	const estimates = new Set(claims.estimates.map((e) => e.id));
	const isSpeaker = (path: string, id: string) => {
		if (!speakers.has(id)) fail(path, `${q(id)} is not a speaker id`);
	};

	unique('claims.speakers', claims.speakers);
	claims.quotes.forEach((x, i) => {
		if (x.speaker !== null) isSpeaker(`claims.quotes.${i}.speaker`, x.speaker);
	});
	claims.paraphrases.forEach((x, i) => isSpeaker(`claims.paraphrases.${i}.speaker`, x.speaker));
	claims.estimates.forEach((x, i) => {
		if (x.source !== ARTICLE_SOURCE && x.source !== null)
			isSpeaker(`claims.estimates.${i}.source`, x.source);
		if (x.citedFrom !== null) isSpeaker(`claims.estimates.${i}.citedFrom`, x.citedFrom);
	});
	claims.events.forEach((x, i) => {
		if (x.source !== null) isSpeaker(`claims.events.${i}.source`, x.source);
	});
	claims.conflicts.forEach((c, i) =>
		c.estimates.forEach((id, j) => {
			if (!estimates.has(id))
				fail(`claims.conflicts.${i}.estimates.${j}`, `${q(id)} is not an estimate id`);
		})
	);

	unique('questions', bank.questions);
	bank.questions.forEach((question, i) => {
		const path = `questions.${i}`;
		unique(`${path}.choices`, question.choices);
		const choiceIds = new Set(question.choices.map((c) => c.id));
		if (question.kind === 'match-estimates') {
			unique(`${path}.items`, question.items);
			const keys = Object.keys(question.answer);
			for (const item of question.items) {
				const choice = question.answer[item.id];
				if (choice === undefined) fail(`${path}.answer`, `item ${q(item.id)} has no answer`);
				if (!choiceIds.has(choice))
					fail(`${path}.answer.${item.id}`, `${q(choice)} is not a choice id`);
			}
			if (keys.length !== question.items.length) fail(`${path}.answer`, 'answers an unknown item');
		} else if (!choiceIds.has(question.answer)) {
			fail(`${path}.answer`, `${q(question.answer)} is not one of the question's choice ids`);
		}
	});

	const version = questionsVersion(bank.questions);
	if (bank.version !== version) {
		fail(
			'version',
			`is ${q(bank.version)} but the questions hash to ${q(version)}: regenerate the bank`
		);
	}
}

function unique(path: string, list: readonly { id: string }[]): void {
	const seen = new Set<string>();
	list.forEach((x, i) => {
		if (seen.has(x.id)) fail(`${path}.${i}.id`, `${q(x.id)} is used twice`);
		seen.add(x.id);
	});
}
