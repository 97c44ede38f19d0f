/**
 * How many rows of a long list the class report draws at first. A class is 20–40 students; a paste of
 * thousands of codes would otherwise make thousands of rows at once and freeze the tab. The rest is one
 * click away, and the CSV always has every row.
 */
export const FIRST_ROWS = 100;

/** The rows to draw: all of them once the teacher asked, else the first FIRST_ROWS. */
export function shownRows<T>(rows: readonly T[], all: boolean): readonly T[] {
	return all || rows.length <= FIRST_ROWS ? rows : rows.slice(0, FIRST_ROWS);
}
