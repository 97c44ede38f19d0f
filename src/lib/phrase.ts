/** “section 4”, “sections 2 and 4”, “sections 1, 3 and 5”: section numbers as a phrase. */
export function sectionsPhrase(numbers: readonly number[]): string {
	return numbers.length === 1
		? `section ${numbers[0]}`
		: `sections ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}
