import { describe, expect, it } from 'vitest';
import {
	answerWithin,
	checksVersion,
	fullLoad,
	updateNotice,
	type Navigation
} from '../../src/lib/offline/update';

const at = (path: string) => ({ url: new URL(path, 'https://school.example') });
const nav = (over: Partial<Navigation>): Navigation => ({
	type: 'link',
	willUnload: false,
	from: at('/section/1/'),
	to: at('/section/2/'),
	...over
});

describe('which navigations check the version', () => {
	it('checks a link, a goto and Back to another page of the site', () => {
		for (const type of ['link', 'goto', 'popstate'])
			expect(checksVersion(nav({ type }))).toBe(true);
		expect(checksVersion(nav({ to: at('/section/1/?a=x') }))).toBe(true);
	});

	it('leaves alone a page that is leaving anyway, and a link within the page', () => {
		expect(checksVersion(nav({ willUnload: true }))).toBe(false);
		expect(checksVersion(nav({ to: null }))).toBe(false);
		expect(checksVersion(nav({ to: at('/section/1/#q3') }))).toBe(false);
	});
});

describe('a full load after a change', () => {
	it('adds a history entry for a link and replaces the entry Back has moved to', () => {
		expect(fullLoad(nav({}))).toEqual({
			href: 'https://school.example/section/2/',
			replace: false
		});
		expect(fullLoad(nav({ type: 'popstate' }))?.replace).toBe(true);
		expect(fullLoad(nav({ to: null }))).toBeNull();
	});
});

describe('waiting for the check', () => {
	// A timer that fires only when the test says so: no waiting on the clock.
	const manualTimer = () => {
		let fire = () => {};
		return {
			timer: (done: () => void) => {
				fire = done;
			},
			fire: () => fire()
		};
	};

	it('gives the check’s answer when it comes first', async () => {
		const t = manualTimer();
		const answer = answerWithin(Promise.resolve(true), 2000, t.timer);
		await expect(answer).resolves.toBe(true);
		t.fire();
	});

	it('carries on when the check fails or does not answer in time', async () => {
		await expect(answerWithin(Promise.reject(new Error('offline')), 2000, () => {})).resolves.toBe(
			false
		);
		const t = manualTimer();
		const answer = answerWithin(new Promise<boolean>(() => {}), 2000, t.timer);
		t.fire();
		await expect(answer).resolves.toBe(false);
	});
});

describe('the notice', () => {
	it('tells a student that answers are kept', () => {
		expect(updateNotice('/section/2/')).toMatch(/Reload to get the update: your answers are kept/);
		expect(updateNotice('/crosscheck/a/')).toMatch(/your answers are kept/);
	});

	it('tells a teacher what a reload would clear on the pages that hold unsaved work', () => {
		expect(updateNotice('/teacher/')).toMatch(/clears the title and sections you chose/);
		expect(updateNotice('/crosscheck/teacher/report/')).toMatch(/clears the results you imported/);
	});
});
