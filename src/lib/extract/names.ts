import { memo } from '../memo';

/** Comparing names: case, straight and curly apostrophes, a leading “the”, possessives and dots aside. */

export const normalise = memo(normaliseName);

function normaliseName(text: string): string {
	return text
		.toLowerCase()
		.replace(/\b(\p{L})\.(?=\p{L}\.?)/gu, '$1')
		.replace(/[’‘`]/g, "'")
		.replace(/^the\s+/, '')
		.replace(/'s\b|'(?=\s|$)/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

export const nameTokens = memo((name: string) => normalise(name).split(' ').filter(Boolean));

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

/** Words of at least `n` letters. */
export function words(text: string): string[] {
	return text.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
}
