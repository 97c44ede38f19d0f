/** The typed model of one article, as parsed from `questions/<slug>/article.md`. */

/** One sentence of a paragraph. `id` is stable (`p3s2`: paragraph 3, sentence 2) and used as a URL fragment. */
export interface Sentence {
	id: string;
	text: string;
}

/** One paragraph exactly as written; `text` is its sentences joined by single spaces. */
export interface Paragraph {
	/** `p` + the paragraph's position in the whole article (1-based), so it survives re-sectioning. */
	id: string;
	text: string;
	sentences: Sentence[];
}

/** A section: an editorial `## ` heading added by Crosscheck over the author's paragraphs. */
export interface Section {
	/** A slug of the heading, unique within the article. */
	id: string;
	/** 1-based position. */
	number: number;
	heading: string;
	paragraphs: Paragraph[];
}

/** Optional facts about the article from the front matter block. */
export interface ArticleMeta {
	author?: string;
	publisher?: string;
	date?: string;
	url?: string;
}

export interface Article {
	title: string;
	/** The closing byline paragraph, verbatim, or null when the article has none. */
	byline: string | null;
	meta: ArticleMeta;
	sections: Section[];
}
