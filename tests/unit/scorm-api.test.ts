import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import {
	findApi,
	isScorm12Api,
	lmsBoolean,
	lmsErrorCode,
	lmsString,
	type Scorm12Api,
	type WindowLike
} from '../../src/lib/scorm/api';

/** A fake LMS API: the 8 functions, doing nothing. */
const fakeApi = (): Scorm12Api => ({
	LMSInitialize: () => 'true',
	LMSFinish: () => 'true',
	LMSGetValue: () => '',
	LMSSetValue: () => 'true',
	LMSCommit: () => 'true',
	LMSGetLastError: () => '0',
	LMSGetErrorString: () => '',
	LMSGetDiagnostic: () => ''
});

interface FakeWindow {
	API?: unknown;
	parent: FakeWindow;
	opener?: FakeWindow | null;
}

/** A top-level window: its parent is itself, as a browser's top window's is. */
function top(api?: unknown): FakeWindow {
	const win = { API: api } as FakeWindow;
	win.parent = win;
	return win;
}

/** A frame inside `parent`. */
const frame = (parent: FakeWindow, api?: unknown): FakeWindow => ({ API: api, parent });

/** `levels` frames nested in `outer`, returning the innermost. */
function nested(outer: FakeWindow, levels: number): FakeWindow {
	let win = outer;
	for (let i = 0; i < levels; i++) win = frame(win);
	return win;
}

/** Another origin's window: reading anything on it throws, as browsers' SecurityError does. */
function crossOrigin(): FakeWindow {
	return new Proxy({} as FakeWindow, {
		get() {
			throw new DOMException(
				'Blocked a frame from accessing a cross-origin frame.',
				'SecurityError'
			);
		}
	});
}

describe('findApi', () => {
	it("finds the API on the window itself and on its parent's parent", () => {
		const api = fakeApi();
		expect(findApi(top(api))).toBe(api);
		expect(findApi(nested(top(api), 2))).toBe(api);
	});

	it("finds the API on the opener's parent when no frame above has it (a pop-up)", () => {
		const api = fakeApi();
		const popup: FakeWindow = { ...top(), opener: frame(top(api)) };
		popup.parent = popup;
		expect(findApi(popup)).toBe(api);
	});

	it('prefers the frames above to the opener', () => {
		const mine = fakeApi();
		const win = { ...frame(top(mine)), opener: top(fakeApi()) };
		expect(findApi(win)).toBe(mine);
	});

	it('returns null when no window has it, or the window has neither parent nor opener', () => {
		expect(findApi({ ...nested(top(), 3), opener: nested(top(), 2) })).toBeNull();
		expect(findApi({})).toBeNull();
		expect(findApi({ parent: null, opener: null })).toBeNull();
	});

	it('goes past a cross-origin frame to the LMS above it, and stops at one it cannot climb', () => {
		const api = fakeApi();
		// Our frame sits in another origin's frame (a wrapper) whose API throws, but whose parent can be
		// read, as browsers allow `parent` across origins.
		const wrapper: FakeWindow = {
			get API(): unknown {
				throw new DOMException('Blocked', 'SecurityError');
			},
			parent: top(api)
		};
		expect(findApi(frame(wrapper))).toBe(api);
		// A parent whose every property throws: nothing above it is reachable, and nothing throws.
		expect(findApi(frame(crossOrigin()))).toBeNull();
		expect(findApi(crossOrigin())).toBeNull();
		// An opener that cannot be read is no opener; the API above it is never reached.
		const popup = {
			...top(),
			get opener(): FakeWindow {
				throw new DOMException('Blocked', 'SecurityError');
			}
		};
		expect(findApi(popup)).toBeNull();
	});

	it('climbs at most 7 parents, like ADL sample code', () => {
		const api = fakeApi();
		expect(findApi(nested(top(api), 7))).toBe(api);
		expect(findApi(nested(top(api), 8))).toBeNull();
		// The limit is per chain: 7 above the opener too.
		expect(findApi({ parent: null, opener: nested(top(api), 7) })).toBe(api);
		expect(findApi({ parent: null, opener: nested(top(api), 8) })).toBeNull();
	});

	it('stops on a parent loop instead of hanging', () => {
		const a = { parent: null as unknown as WindowLike } as { parent: WindowLike };
		const b = { parent: a };
		a.parent = b;
		expect(findApi(a)).toBeNull();
	});

	it('passes over an object named API without the functions, and finds the real one above', () => {
		const api = fakeApi();
		const impostors: unknown[] = [
			{ LMSInitialize: () => 'true' },
			{ ...fakeApi(), LMSGetDiagnostic: 'not a function' },
			'API',
			42,
			null,
			// SCORM 2004's API has other names: not ours.
			{ Initialize: () => 'true', Terminate: () => 'true', GetValue: () => '' }
		];
		for (const impostor of impostors) {
			expect(findApi(top(impostor))).toBeNull();
			expect(findApi(frame(top(api), impostor))).toBe(api);
		}
	});

	it("accepts scorm-again's Scorm12API, as an LMS would put it on window.API", () => {
		const api = new Scorm12API({ autocommit: false, logLevel: 5 });
		expect(findApi(frame(top(api)))).toBe(api);
		// A browser's window fits WindowLike (compile-time check).
		const win: WindowLike | undefined = undefined as Window | undefined;
		expect(win).toBeUndefined();
	});
});

describe('normalising what LMSs return', () => {
	it('reads flags written as strings, booleans or numbers, and null for neither', () => {
		expect([true, 'true', 'TRUE', 1, '1', ' true '].map(lmsBoolean)).toEqual(Array(6).fill(true));
		expect([false, 'false', 0, '0'].map(lmsBoolean)).toEqual(Array(4).fill(false));
		expect([undefined, null, '', 'yes'].map(lmsBoolean)).toEqual(Array(4).fill(null));
	});

	it("reads error codes, '0' when there is none", () => {
		expect([0, '0', '', null, undefined].map(lmsErrorCode)).toEqual(Array(5).fill('0'));
		expect([301, '301', ' 405 '].map(lmsErrorCode)).toEqual(['301', '301', '405']);
	});

	it("reads values, '' for null or undefined", () => {
		expect([null, undefined, 'x', 85, true].map(lmsString)).toEqual(['', '', 'x', '85', 'true']);
	});

	it('isScorm12Api does not throw on an object whose properties throw', () => {
		expect(isScorm12Api(crossOrigin())).toBe(false);
		expect(isScorm12Api(fakeApi())).toBe(true);
	});
});
