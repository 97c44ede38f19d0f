import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './fixtures';

// The whole review by keyboard alone: Tab and Shift+Tab to move, Enter and Space to act, arrow keys in
// a select, typing only into what Tab reached. No clicks, no fill(). At every stop, focus must be on
// an element (never the page itself) and visible (the ring :focus-visible draws); after every action,
// focus must be where the teacher goes on from, not lost with a control the action took away.
// Axe checks the end of the review here (tests/e2e/author.e2e.ts checks the states on the way).

const PASTE = readFileSync('tests/fixtures/practice/01-flood.md', 'utf8');
const TITLE = PASTE.split('\n')[0]!.replace(/^# /, '');

/** An element that took focus, as the page noted it: in words, and whether its ring showed. */
interface Stop {
	what: string;
	ok: boolean;
	target: boolean;
}
type Noted = { focusStops: Stop[]; tabTarget: Element | null };

/** `el` in words for a failure message, and whether it shows focus: :focus-visible, with a ring. */
function describeFocus(el: Element | null) {
	if (!el || el === document.body) return { what: 'the page itself (<body>)', ok: false };
	const s = getComputedStyle(el);
	const ring =
		(s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
	const name = (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '').trim();
	const what = `<${el.tagName.toLowerCase()}> “${name.slice(0, 60)}”`;
	const ok = el.matches(':focus-visible') && ring;
	return { what: ok ? what : `${what} without a visible focus ring`, ok };
}

// The page notes each element that takes focus, as it takes it, so every Tab stop is checked without a
// round trip of its own (on a busy machine each costs a few hundred milliseconds, and there are ~120).
test.beforeEach(async ({ page }) => {
	await page.addInitScript(`(() => {
		const describeFocus = ${describeFocus.toString()};
		window.focusStops = [];
		window.tabTarget = null;
		document.addEventListener('focusin', (event) => {
			window.focusStops.push({ ...describeFocus(event.target), target: event.target === window.tabTarget });
		});
	})()`);
});

/** Fails unless focus is on an element (never the page itself), with its ring showing. */
async function expectVisibleFocus(page: Page) {
	const now = await page.evaluate(`(${describeFocus.toString()})(document.activeElement)`);
	const { ok, what } = now as ReturnType<typeof describeFocus>;
	expect(ok, `focus is on ${what}`).toBe(true);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, and checks every stop on the way: each press
 * moved focus to an element (never to the page itself), and each showed its ring. The presses short of
 * the target by more than three (counted from the page's focusable elements) go without waiting for an
 * answer; the last few are checked one by one, so the target is never passed.
 */
async function tabTo(page: Page, target: Locator, { back = false, limit = 250 } = {}) {
	const handle = (await target.elementHandle())!;
	const ahead = await handle.evaluate((el, back) => {
		const noted = window as unknown as Noted;
		noted.tabTarget = el;
		noted.focusStops = [];
		const stops = [...document.querySelectorAll<HTMLElement>('*')].filter(
			(x) => x.tabIndex >= 0 && !(x as HTMLButtonElement).disabled && x.getClientRects().length > 0
		);
		const to = stops.indexOf(el as HTMLElement);
		if (to < 0) return 0;
		const active = document.activeElement!;
		const at = stops.indexOf(active as HTMLElement);
		if (at >= 0) return back ? at - to : to - at;
		// Focus on what Tab does not stop at (a claim given focus): Tab goes on from there.
		const before = stops.filter(
			(x) => active.compareDocumentPosition(x) & Node.DOCUMENT_POSITION_PRECEDING
		).length;
		return back ? before - to : to - before + 1;
	}, back);
	const key = back ? 'Shift+Tab' : 'Tab';
	let presses = 0;
	for (; presses < Math.min(ahead - 3, limit); presses++) await page.keyboard.press(key);
	let there = false;
	while (!there && presses < limit) {
		await page.keyboard.press(key);
		presses++;
		there = await handle.evaluate((el) => el === document.activeElement);
	}
	const stops = await page.evaluate(() => (window as unknown as Noted).focusStops);
	for (const stop of stops) expect(stop.ok, `focus went to ${stop.what}`).toBe(true);
	expect(stops.length, 'every press moved focus to an element').toBe(presses);
	expect(there, `Tab did not reach ${target} in ${limit} presses`).toBe(true);
	expect(
		stops.findIndex((stop) => stop.target),
		'no stop passed the target'
	).toBe(presses - 1);
}

/** The page is not building: every change so far is in the claims and questions shown. */
const idle = (page: Page) => expect(page.locator('#review-heading ~ .status')).toHaveText('');

test('a teacher goes through the whole review by keyboard alone, and focus is never lost', async ({
	page,
	context
}) => {
	// Some 200 key presses, each checked, and seven rebuilds of the questions.
	test.slow();
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/author/');

	// 1. The article: Tab to the box, type (paste) the text, Tab to the button, Enter.
	const box = page.getByLabel('The article’s text, title first');
	await tabTo(page, box);
	await page.keyboard.insertText(PASTE);
	const read = page.getByRole('button', { name: 'Read the text' });
	await tabTo(page, read);
	await page.keyboard.press('Enter');
	await expect(page.getByText(/claims found\./)).toBeVisible();
	// The button is still there, and focus with it: the next Tab goes on into the new steps.
	await expect(read).toBeFocused();
	await idle(page);

	// What tidying changed: open the list, undo the change, redo it. Focus follows the change.
	const tidied = page.locator('summary', { hasText: 'What tidying changed' });
	await tabTo(page, tidied);
	await page.keyboard.press('Enter');
	const undo = page.getByRole('button', { name: 'Undo this change' });
	await tabTo(page, undo);
	await page.keyboard.press('Enter');
	const redo = page.getByRole('button', { name: 'Redo it' });
	await expect(redo).toBeFocused();
	await expectVisibleFocus(page);
	await page.keyboard.press('Enter');
	await expect(undo).toBeFocused();
	await expectVisibleFocus(page);
	await idle(page);

	// 2. Sections: a new section from a paragraph of the last one, named by typing, then joined back.
	const headings = page.getByRole('textbox', { name: /^Heading of section \d+$/ });
	const before = await headings.evaluateAll((els) =>
		els.map((el) => (el as HTMLInputElement).value)
	);
	const last = before.length;
	const split = page.getByRole('button', {
		name: `New section from here (section ${last}, paragraph 2)`
	});
	await tabTo(page, split);
	await page.keyboard.press('Enter');
	// The new section's heading, to name it: the button itself went with the paragraph it was on.
	const added = page.getByRole('textbox', { name: `Heading of section ${last + 1}`, exact: true });
	await expect(added).toBeFocused();
	await expectVisibleFocus(page);
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type('What comes next');
	const join = page.getByRole('button', { name: `Join with section ${last + 1}` });
	await tabTo(page, join, { back: true });
	await expect(added).toHaveValue('What comes next');
	await page.keyboard.press('Enter');
	// The joined section's heading: its join button is gone, as it is the last section again.
	await expect(join).toHaveCount(0);
	await expect(
		page.getByRole('textbox', { name: `Heading of section ${last}`, exact: true })
	).toBeFocused();
	await expectVisibleFocus(page);
	await expect(headings).toHaveCount(last);
	expect(
		await headings.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))
	).toEqual(before);
	await idle(page);

	// 3. Who said what: settle the first undecided claim with the arrow keys in its select.
	const open = page.locator('.claims > li.open').first();
	const words = (await open.locator('.claim').textContent())!;
	const claim = page.locator('.claims > li').filter({ hasText: words });
	const who = claim.getByRole('combobox');
	await tabTo(page, who);
	await page.keyboard.press('ArrowDown');
	await expect(claim.getByText('Settled by you.')).toBeVisible();
	await idle(page);
	// Settled, the claim leaves the undecided ones at the top: focus goes with its select.
	await expect(claim).not.toHaveClass(/open/);
	await expect(who).toBeFocused();
	await expectVisibleFocus(page);

	// Remove the claim after it: focus goes on to the claim after that, to review it next.
	const next = claim.locator('xpath=following-sibling::li[1]');
	const gone = (await next.locator('.claim').textContent())!;
	const then = (await next
		.locator('xpath=following-sibling::li[1]')
		.locator('.claim')
		.textContent())!;
	await tabTo(page, next.getByRole('button', { name: /^Remove/ }));
	await page.keyboard.press('Enter');
	await expect(page.locator('.claims > li').filter({ hasText: gone })).toHaveCount(0);
	await idle(page);
	await expect(page.locator('.claims > li').filter({ hasText: then })).toBeFocused();
	await expectVisibleFocus(page);

	// Add a source the lists missed: type its name, Tab on, Enter. It becomes one of the choices.
	const name = page.getByLabel('A person or body the article quotes, missing from the lists');
	await tabTo(page, name);
	await page.keyboard.type('Ruth Abara');
	const addSource = page.getByRole('button', { name: 'Add this source' });
	await tabTo(page, addSource);
	await page.keyboard.press('Enter');
	await expect(who.locator('option', { hasText: 'Ruth Abara' })).toHaveCount(1);
	await idle(page);
	await expect(addSource).toBeFocused();
	await expect(name).toHaveValue('');

	// 4. The questions: Space unticks the first, which is then left out; focus stays on it.
	const question = page.locator('.preview-question').first();
	const ask = question.getByRole('checkbox');
	await tabTo(page, ask);
	await page.keyboard.press('Space');
	await expect(ask).not.toBeChecked();
	await expect(question.getByText('Left out')).toBeVisible();
	await expect(ask).toBeFocused();
	await expectVisibleFocus(page);

	// 5. Share: the link is selected when Tab reaches it; Copy link copies it; Shift+Tab goes back.
	const link = page.getByLabel('Link for students');
	await tabTo(page, link);
	await expect(link).toHaveValue(/\/m\/#m1/);
	const url = await link.inputValue();
	expect(
		await link.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])
	).toEqual([0, url.length]);
	const copy = page.getByRole('button', { name: 'Copy link' });
	await tabTo(page, copy);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
	await expect(copy).toBeFocused();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
	await tabTo(page, link, { back: true });
	await expectNoAxeViolations(page);

	// The link opens for a student, in a new tab, from Enter on “Open it as a student”.
	await tabTo(page, page.getByRole('link', { name: /Open it as a student/ }));
	const opening = context.waitForEvent('page');
	await page.keyboard.press('Enter');
	const student = await opening;
	await expect(student.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	expect(student.url()).toBe(url);
	await student.close();
});

test('drafts by keyboard: continue one, delete both, and focus stays with the list, then the box', async ({
	page
}) => {
	test.slow();
	const WILDFIRE = readFileSync('tests/fixtures/practice/02-wildfire.md', 'utf8');
	const OTHER = WILDFIRE.split('\n')[0]!.replace(/^# /, '');
	await page.goto('/author/');
	const box = page.getByLabel('The article’s text, title first');
	const read = page.getByRole('button', { name: 'Read the text' });
	const title = page.getByRole('textbox', { name: 'Title', exact: true });

	// Two drafts: one article read, then “Start a new module” and another.
	await tabTo(page, box);
	await page.keyboard.insertText(PASTE);
	await tabTo(page, read);
	await page.keyboard.press('Enter');
	await expect(title).toHaveValue(TITLE);
	await idle(page);
	const fresh = page.getByRole('button', { name: 'Start a new module' });
	await tabTo(page, fresh, { back: true });
	await page.keyboard.press('Enter');
	await expect(box).toHaveValue('');
	await expect(fresh).toBeFocused();
	await tabTo(page, box);
	await page.keyboard.insertText(WILDFIRE);
	await tabTo(page, read);
	await page.keyboard.press('Enter');
	await expect(title).toHaveValue(OTHER);
	await idle(page);
	const drafts = page.locator('.drafts > li');
	await expect(drafts).toHaveCount(2);

	// Continue the first article: its review comes back, and focus stays on the button pressed.
	const resume = page.getByRole('button', { name: `Continue “${TITLE}”` });
	await tabTo(page, resume, { back: true });
	await page.keyboard.press('Enter');
	await expect(title).toHaveValue(TITLE);
	await idle(page);
	await expect(resume).toBeFocused();
	await expectVisibleFocus(page);

	// Delete the other: focus goes to the draft left. Delete that too: the list goes, focus to the box.
	const other = page.getByRole('button', { name: `Delete “${OTHER}”` });
	const back = await other.evaluate(
		(el) =>
			!!(document.activeElement!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING)
	);
	await tabTo(page, other, { back });
	await page.keyboard.press('Enter');
	await expect(drafts).toHaveCount(1);
	await expect(resume).toBeFocused();
	await expectVisibleFocus(page);
	await tabTo(page, page.getByRole('button', { name: `Delete “${TITLE}”` }));
	await page.keyboard.press('Enter');
	await expect(drafts).toHaveCount(0);
	await expect(box).toBeFocused();
	await expectVisibleFocus(page);
	await expectNoAxeViolations(page);
});
