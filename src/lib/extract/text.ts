/** Words with their offsets, for rules that read the words around a figure. */

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
