/** Why a paste cannot become an article; the page shows `message` as it is. */
export type AuthorErrorCode =
	'empty' | 'too-large' | 'no-paragraphs' | 'not-an-article' | 'not-writable';

/**
 * The only error the author modules throw. Its message is one plain sentence for a teacher, so the page
 * can show it without rewording; `code` lets the page react without reading the words.
 */
export class AuthorInputError extends Error {
	constructor(
		readonly code: AuthorErrorCode,
		message: string
	) {
		super(message);
		this.name = 'AuthorInputError';
	}
}

/** The largest paste accepted, in UTF-8 bytes: far above any article, small enough to clean at once. */
export const MAX_PASTE_BYTES = 1024 * 1024;

export const MESSAGES = {
	empty: 'The text is empty; paste the article, with its title on the first line.',
	tooLarge:
		'This text is over 1 MB; an article is usually under 50 KB. Paste one article at a time.',
	oneLine: 'This text is only one line; paste the whole article, with its title on the first line.',
	oneParagraph:
		'This text is a single paragraph; paste the whole article, with its title on the first line.',
	onlyNumbers: 'This text has only numbers and no sentences; paste the article itself.',
	noWords: 'This text has no words in it; paste the article itself.',
	noParagraphs:
		'No paragraphs were found in this text; paste the article’s body as well as its title.',
	nothingAfterTitle:
		'After the title and byline there is no paragraph left; paste the article’s body as well.'
} as const;
