import { describe, expect, it } from 'vitest';
import { splitSentences } from '$lib/article/sentences';

describe('splitSentences', () => {
	it('splits plain sentences at the period and keeps every character', () => {
		const text =
			'North Korea has too many soldiers, and it needs cash. So, renting its army out pays.';
		expect(splitSentences(text)).toEqual([
			'North Korea has too many soldiers, and it needs cash.',
			'So, renting its army out pays.'
		]);
	});

	it('does not split after an initialism such as U.S.', () => {
		const text = 'The U.S. estimate was 3,000 soldiers. U.S. officials estimate more.';
		expect(splitSentences(text)).toEqual([
			'The U.S. estimate was 3,000 soldiers.',
			'U.S. officials estimate more.'
		]);
	});

	it('does not split at an ellipsis inside a quotation', () => {
		const text =
			'He asked for “an immediate classified briefing … concerning the possible engagement.”';
		expect(splitSentences(text)).toEqual([text]);
	});

	it('keeps a quote that ends with a comma inside the marks together with its attribution', () => {
		const text =
			'“They are not wearing their own uniforms,” the minister said Thursday. Then he left.';
		expect(splitSentences(text)).toEqual([
			'“They are not wearing their own uniforms,” the minister said Thursday.',
			'Then he left.'
		]);
	});

	it('ends a sentence after the closing quote mark, not before it', () => {
		const text = '“We will continue to pull this thread.” Austin added more. “Next,” he said.';
		expect(splitSentences(text)).toEqual([
			'“We will continue to pull this thread.”',
			'Austin added more.',
			'“Next,” he said.'
		]);
	});

	it('survives square brackets and em dashes inside a quotation', () => {
		const text =
			'“If they’re co-belligerents — [if] their intention is to participate — that is serious.” It was.';
		expect(splitSentences(text)).toEqual([
			'“If they’re co-belligerents — [if] their intention is to participate — that is serious.”',
			'It was.'
		]);
	});

	it('does not split a question or exclamation followed by a lower-case attribution', () => {
		expect(splitSentences('“Where is higher ground?” she asked. “Now!” he shouted.')).toEqual([
			'“Where is higher ground?” she asked.',
			'“Now!” he shouted.'
		]);
	});

	it('does not split after titles, initials, months or decimals', () => {
		const text =
			'Mr. Kim met Gen. Lee on Oct. 8 in St. Louis with John F. Kennedy Jr. about 1.3 million troops.';
		expect(splitSentences(text)).toEqual([text]);
	});

	it('returns one sentence for text with no terminal punctuation', () => {
		expect(splitSentences('a fragment with no end')).toEqual(['a fragment with no end']);
	});
});
