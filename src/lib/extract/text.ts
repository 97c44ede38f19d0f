import type { Article } from '../article/types';

/** A sentence with its place in the article, and its offsets inside its paragraph's text. */
export interface SentenceRef {
	id: string;
	text: string;
	/** Offset of the sentence in its paragraph's text. */
	start: number;
	paragraph: ParagraphRef;
	/** Position in the whole article, for recency. */
	order: number;
}

export interface ParagraphRef {
	id: string;
	text: string;
	sectionId: string;
	sectionIndex: number;
	sentences: SentenceRef[];
	/** Position in the whole article. */
	order: number;
}

/** Flattens the article into paragraphs and sentences with offsets (sentences are joined by one space). */
export function paragraphsOf(article: Article): ParagraphRef[] {
	const out: ParagraphRef[] = [];
	let order = 0;
	article.sections.forEach((section, sectionIndex) => {
		for (const p of section.paragraphs) {
			const para: ParagraphRef = {
				id: p.id,
				text: p.text,
				sectionId: section.id,
				sectionIndex,
				sentences: [],
				order: out.length
			};
			let offset = 0;
			for (const s of p.sentences) {
				para.sentences.push({
					id: s.id,
					text: s.text,
					start: offset,
					paragraph: para,
					order: order++
				});
				offset += s.text.length + 1;
			}
			out.push(para);
		}
	});
	return out;
}

/** The sentence of `para` that contains paragraph offset `at`. */
export function sentenceAt(para: ParagraphRef, at: number): SentenceRef {
	let found = para.sentences[0]!;
	for (const s of para.sentences) if (s.start <= at) found = s;
	return found;
}

/** Straight and curly apostrophes and quote marks compare equal; case and a leading “the” are ignored. */
export function normalise(text: string): string {
	return text
		.toLowerCase()
		.replace(/\b(\p{L})\.(?=\p{L}\.?)/gu, '$1')
		.replace(/[’‘`]/g, "'")
		.replace(/^the\s+/, '')
		.replace(/'s\b|'(?=\s|$)/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

export function slug(text: string): string {
	return (
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[’'‘.]/g, '')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'x'
	);
}

export const isCapitalised = (word: string) => /^[\p{Lu}]/u.test(word);

const WORD =
	/\$?\d+(?:,\d{3})*(?:\.\d+)?|(?:\p{L}\.){2,}|(?:Dr|Mr|Mrs|Ms|St|Gen|Lt|Col|Capt|Sgt|Adm|Rev|Sen|Rep|Prof|Jr|Sr)\.|[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*[’']?/gu;

export interface Word {
	word: string;
	start: number;
	end: number;
}

/** Words with their offsets; keeps numbers (1,500), initialisms (U.S.), titles (Dr.) and possessives whole. */
export function words(text: string): Word[] {
	return [...text.matchAll(WORD)].map((m) => ({
		word: m[0],
		start: m.index,
		end: m.index + m[0].length
	}));
}
