import { describe, expect, it } from 'vitest';
import { cleanPaste } from '$lib/author/clean';
import { AuthorInputError, MESSAGES } from '$lib/author/errors';
import type { Cleaned } from '$lib/author/types';

// Invented text only: the mayor of Eastfield, the river Wend, the Eastfield Star.

/** The error cleanPaste throws for `raw`, so a test can check its code and sentence. */
function refusal(raw: string): AuthorInputError {
	try {
		cleanPaste(raw);
	} catch (err) {
		if (err instanceof AuthorInputError) return err;
		throw err;
	}
	throw new Error('expected cleanPaste to refuse the text');
}

const kinds = (c: Cleaned) => c.changes.map((ch) => ch.kind);

describe('line endings and spaces', () => {
	const lf =
		'Eastfield counts the cost\n\nThe mayor spoke on Tuesday.\n\nThe river fell on Wednesday.';

	it('reads CRLF and lone CR endings as LF', () => {
		const expected = cleanPaste(lf).paragraphs;
		expect(cleanPaste(lf.replace(/\n/g, '\r\n')).paragraphs).toEqual(expected);
		expect(cleanPaste(lf.replace(/\n/g, '\r')).paragraphs).toEqual(expected);
		expect(expected).toHaveLength(3);
	});

	it('makes non-breaking and other odd spaces ordinary, drops invisible ones, and says so', () => {
		const c = cleanPaste(
			'Eastfield\u00a0counts\u2009the cost\n\nThe\u200b mayor\u00ad spoke\t\ttoday.'
		);
		expect(c.paragraphs).toEqual(['Eastfield counts the cost', 'The mayor spoke today.']);
		const spaces = c.changes.filter((ch) => ch.kind === 'spaces');
		expect(spaces.map((ch) => ch.paragraph)).toEqual([0, 1]);
		expect(spaces[0]!.description).toMatch(/non-breaking/);
		expect(spaces[1]!.description).toMatch(/invisible/);
		// The article format shows every space alike, so bringing them back would change nothing.
		expect(spaces.every((ch) => !ch.undoable)).toBe(true);
	});

	it('records nothing for text that needs no cleaning', () => {
		const c = cleanPaste(lf);
		expect(c.changes).toEqual([]);
		expect(c.notes).toEqual([]);
	});
});

describe('joining lines of one paragraph', () => {
	it('joins a hard-wrapped paragraph whose lines stop mid-sentence', () => {
		const raw = [
			'Eastfield counts the cost',
			'',
			'The mayor of Eastfield said on Tuesday that the river had risen',
			'faster than at any time since records began, and that the town',
			'would need help from the county to repair the embankments.',
			'',
			'Crews worked through the night.'
		].join('\n');
		const c = cleanPaste(raw);
		expect(c.paragraphs).toEqual([
			'Eastfield counts the cost',
			'The mayor of Eastfield said on Tuesday that the river had risen faster than at any time since records began, and that the town would need help from the county to repair the embankments.',
			'Crews worked through the night.'
		]);
		const joins = c.changes.filter((ch) => ch.kind === 'joined-lines');
		expect(joins).toHaveLength(2);
		expect(joins.every((ch) => ch.paragraph === 1 && ch.original.includes('\n'))).toBe(true);
	});

	it('keeps one paragraph per line when every line ends a sentence', () => {
		const c = cleanPaste(
			'Eastfield counts the cost\nThe mayor spoke on Tuesday.\nThe river fell on Wednesday.\n“We are tired,” a resident said.'
		);
		expect(c.paragraphs).toHaveLength(4);
		expect(kinds(c)).toEqual([]);
	});

	it('never joins the title or a byline line with the paragraph under it', () => {
		const c = cleanPaste('Flood Waters Reach Eastfield\nBy Jane Doe\nThe mayor spoke on Tuesday.');
		expect(c.paragraphs).toEqual([
			'Flood Waters Reach Eastfield',
			'By Jane Doe',
			'The mayor spoke on Tuesday.'
		]);
	});

	it('joins across a blank line when the next line goes on in lower case', () => {
		const c = cleanPaste('Eastfield\n\nThe mayor said the river had\n\nrisen overnight.');
		expect(c.paragraphs).toEqual(['Eastfield', 'The mayor said the river had risen overnight.']);
	});

	it('undoes a join when asked, by the change id', () => {
		const raw = 'Eastfield\n\nThe mayor said the river had\nrisen overnight.';
		const join = cleanPaste(raw).changes.find((ch) => ch.kind === 'joined-lines')!;
		const undone = cleanPaste(raw, { undo: [join.id] });
		expect(undone.paragraphs).toEqual([
			'Eastfield',
			'The mayor said the river had',
			'risen overnight.'
		]);
		expect(undone.changes.map((ch) => ch.id)).not.toContain(join.id);
	});
});

describe('hyphens at line ends', () => {
	const para = (a: string, b: string) => cleanPaste(`Eastfield\n\nThe ${a}\n${b} was named.`);

	it('joins a word the line broke, without the hyphen, and records it', () => {
		const c = para('gov-', 'ernment');
		expect(c.paragraphs[1]).toBe('The government was named.');
		const change = c.changes.find((ch) => ch.kind === 'dehyphenated')!;
		expect(change.description).toBe(
			'Joined “gov-ernment”, broken at the end of a line, into “government”.'
		);
		expect(change.paragraph).toBe(1);
	});

	it('keeps the hyphen of a compound: common words, a capital, a number, “self-”', () => {
		expect(para('well-', 'known official').paragraphs[1]).toBe(
			'The well-known official was named.'
		);
		expect(para('long-', 'term plan').paragraphs[1]).toBe('The long-term plan was named.');
		expect(para('anti-', 'Eastfield group').paragraphs[1]).toBe(
			'The anti-Eastfield group was named.'
		);
		expect(para('30-', 'year-old man').paragraphs[1]).toBe('The 30-year-old man was named.');
		expect(para('self-', 'government group').paragraphs[1]).toBe(
			'The self-government group was named.'
		);
		expect(para('out-', 'side group').paragraphs[1]).toBe('The outside group was named.');
	});

	it('keeps the hyphen when the dehyphenation is undone', () => {
		const raw = 'Eastfield\n\nThe com-\nmittee was named.';
		const change = cleanPaste(raw).changes.find((ch) => ch.kind === 'dehyphenated')!;
		expect(cleanPaste(raw, { undo: [change.id] }).paragraphs[1]).toBe('The com-mittee was named.');
	});

	it('does not treat a dash at a line end as a broken word', () => {
		expect(para('mayor -', 'and her deputy').paragraphs[1]).toBe(
			'The mayor - and her deputy was named.'
		);
	});
});

describe('lines that are not the article', () => {
	it('removes page numbers and joins the paragraph a page break cut', () => {
		const raw = [
			'Eastfield counts the cost',
			'',
			'The mayor of Eastfield said on Tuesday that the river had risen',
			'',
			'Page 3 of 7',
			'',
			'Crews from the county worked through the night.',
			'12',
			'- 4 -',
			'The river fell on Wednesday.'
		].join('\n');
		const c = cleanPaste(raw);
		expect(c.paragraphs).toEqual([
			'Eastfield counts the cost',
			'The mayor of Eastfield said on Tuesday that the river had risen Crews from the county worked through the night.',
			'The river fell on Wednesday.'
		]);
		const removed = c.changes.filter((ch) => ch.kind === 'removed-line');
		expect(removed.map((ch) => ch.original)).toEqual(['Page 3 of 7', '12', '- 4 -']);
		expect(removed[0]!.description).toBe('Removed “Page 3 of 7”: it looks like a page number.');
	});

	it('removes advertisement labels and sharing buttons, each undoable', () => {
		const raw = [
			'Eastfield counts the cost',
			'The mayor spoke on Tuesday.',
			'Advertisement',
			'ADVERTISEMENT',
			'Story continues below advertisement',
			'Share this article',
			'Facebook | Twitter | Email',
			'The river fell on Wednesday.'
		].join('\n');
		const c = cleanPaste(raw);
		expect(c.paragraphs).toEqual([
			'Eastfield counts the cost',
			'The mayor spoke on Tuesday.',
			'The river fell on Wednesday.'
		]);
		const removed = c.changes.filter((ch) => ch.kind === 'removed-line');
		expect(removed).toHaveLength(5);
		expect(removed.every((ch) => ch.undoable && ch.paragraph === 2)).toBe(true);
		const back = cleanPaste(raw, { undo: [removed[0]!.id] });
		expect(back.paragraphs).toContain('Advertisement');
	});

	it('keeps a sentence that only mentions advertising or sharing', () => {
		const c = cleanPaste('Eastfield\nThe mayor will share the advertisement budget on Tuesday.');
		expect(c.paragraphs).toHaveLength(2);
		expect(kinds(c)).toEqual([]);
	});
});

describe('Markdown', () => {
	it('reads # and ## (and deeper) lines as the title and section headings', () => {
		const c = cleanPaste(
			'# Eastfield counts the cost\n\n## The night\n\nThe mayor spoke.\n\n### The day after\n\nThe river fell.'
		);
		expect(c.headings.map((h) => [h.level, h.text, h.before])).toEqual([
			[1, 'Eastfield counts the cost', 0],
			[2, 'The night', 0],
			[2, 'The day after', 1]
		]);
		expect(c.paragraphs).toEqual(['The mayor spoke.', 'The river fell.']);
	});

	it('reduces emphasis, bold and links to their text, as a recorded change', () => {
		const c = cleanPaste(
			'# Eastfield\n\nThe *mayor* said the **river** had [risen](https://example.org/wend) overnight.'
		);
		expect(c.paragraphs).toEqual(['The mayor said the river had risen overnight.']);
		expect(c.changes).toMatchObject([{ kind: 'markdown', paragraph: 0, undoable: true }]);
	});

	it('keeps a heading that starts with “#” after its mark', () => {
		expect(
			cleanPaste('# Eastfield\n\n## #1 on the list\n\nThe mayor spoke.').headings[1]!.text
		).toBe('#1 on the list');
	});

	it('leaves asterisks and underscores that are not emphasis', () => {
		const c = cleanPaste('# Eastfield\n\nThe file_name_here and 2 * 3 * 4 stay.');
		expect(c.paragraphs).toEqual(['The file_name_here and 2 * 3 * 4 stay.']);
	});

	it('reads a front matter block as the article’s details', () => {
		const c = cleanPaste(
			'---\nauthor: Jane Doe\npublisher: The Eastfield Star\n---\n# Eastfield\n\nThe mayor spoke.'
		);
		expect(c.meta).toEqual({ author: 'Jane Doe', publisher: 'The Eastfield Star' });
		expect(c.paragraphs).toEqual(['The mayor spoke.']);
		expect(kinds(c)).toEqual(['front-matter']);
	});
});

describe('HTML in the paste is text', () => {
	it('strips tags as a recorded change, splits at block tags and decodes entities', () => {
		const c = cleanPaste(
			'<h1>Eastfield</h1><p>The mayor &amp; her <b>deputy</b> spoke.</p><p>The river&nbsp;fell &#8212; at last.</p>'
		);
		expect(c.headings.map((h) => h.text)).toEqual(['Eastfield']);
		expect(c.paragraphs).toEqual(['The mayor & her deputy spoke.', 'The river fell — at last.']);
		expect(kinds(c)).toEqual(expect.arrayContaining(['html', 'entities']));
	});

	it('decodes an escaped tag into plain text and never strips it again', () => {
		const c = cleanPaste('Eastfield\n\nWrite &lt;b&gt; to make text bold, and a < b > c holds.');
		expect(c.paragraphs[1]).toBe('Write <b> to make text bold, and a < b > c holds.');
	});

	it('does not mistake an unknown entity or an object key for an entity', () => {
		const c = cleanPaste('Eastfield\n\nThe &constructor; and &madeup; stay.');
		expect(c.paragraphs[1]).toBe('The &constructor; and &madeup; stay.');
	});
});

describe('notes point things out and change nothing', () => {
	it('notes a photo credit, a line in capitals and a very long paragraph', () => {
		const long = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ') + '.';
		const c = cleanPaste(
			`Eastfield\n\nPhoto: Jane Doe for the Eastfield Star\n\nTHE MAYOR HAS RESIGNED\n\n${long}`
		);
		expect(c.notes.map((n) => [n.kind, n.paragraph])).toEqual([
			['caption', 1],
			['capitals', 2],
			['long-paragraph', 3]
		]);
		expect(c.paragraphs[1]).toBe('Photo: Jane Doe for the Eastfield Star');
		expect(c.notes[2]!.message).toBe(
			'This paragraph is very long (300 words); it may be several paragraphs run together.'
		);
	});

	it('does not note a short acronym', () => {
		expect(cleanPaste('Eastfield\n\nNATO met.').notes).toEqual([]);
	});
});

describe('undoing changes', () => {
	const rich = [
		'<h1>Eastfield &amp; the Wend</h1>',
		'',
		'The mayor of Eastfield said the gov-',
		'ernment had been *slow* to act,',
		'and that the river\u00a0had risen.',
		'',
		'Advertisement',
		'',
		'Page 2',
		'',
		'## The night',
		'',
		'Crews from the [county](https://example.org) worked all night.'
	].join('\n');

	it('gives every change its own id, and the paragraph it touches', () => {
		const c = cleanPaste(rich);
		const ids = c.changes.map((ch) => ch.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(c.changes.map((ch) => [ch.kind, ch.paragraph])).toEqual([
			['entities', null], // in the title heading
			['html', null],
			['markdown', 0],
			['dehyphenated', 0],
			['spaces', 0],
			['joined-lines', 0],
			['removed-line', 1],
			['removed-line', 1],
			['markdown', 1]
		]);
	});

	it('undoes each undoable change alone, leaving the others', () => {
		const all = cleanPaste(rich).changes;
		for (const change of all.filter((ch) => ch.undoable)) {
			const undone = cleanPaste(rich, { undo: [change.id] });
			const ids = undone.changes.map((ch) => ch.id);
			expect(ids, change.id).not.toContain(change.id);
			// Joins depend on their neighbours, and undoing the tags of a line renames that line's changes.
			const others = all.filter(
				(ch) => ch.line !== change.line && ch.kind !== 'joined-lines' && ch.kind !== 'dehyphenated'
			);
			for (const other of others) expect(ids, `${change.id} then ${other.id}`).toContain(other.id);
		}
	});
});

describe('refusals, each one plain sentence', () => {
	it('refuses empty and blank text', () => {
		expect(refusal('').code).toBe('empty');
		expect(refusal(' \n\u00a0\n\t').message).toBe(MESSAGES.empty);
		expect(refusal('\u200b\n\u200b').code).toBe('empty');
	});

	it('refuses a paste over 1 MB with the sentence the page shows', () => {
		const err = refusal('The mayor spoke. '.repeat(70_000));
		expect(err.code).toBe('too-large');
		expect(err.message).toBe(
			'This text is over 1 MB; an article is usually under 50 KB. Paste one article at a time.'
		);
		// Bytes, not characters: 400,000 three-byte characters are 1.2 MB.
		expect(refusal('€'.repeat(400_000)).code).toBe('too-large');
	});

	it('refuses a single line, a list of numbers and headings without paragraphs', () => {
		expect(refusal('The mayor of Eastfield spoke on Tuesday.').message).toBe(MESSAGES.oneLine);
		expect(refusal('1\n2\n3\n4').message).toBe(MESSAGES.onlyNumbers);
		expect(refusal('1.5, 2.5\n3.5; 4.5').message).toBe(MESSAGES.onlyNumbers);
		expect(refusal('# Eastfield\n## The night').code).toBe('no-paragraphs');
		expect(refusal('Advertisement\nShare').code).toBe('no-paragraphs');
	});
});
