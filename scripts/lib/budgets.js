// Byte budgets per page, gzip, everything the browser downloads on first load. Checked by the e2e suite
// (tests/e2e/budget.e2e.ts) and printed by `npm run bench`.
export const BUDGETS = {
	home: { path: '/', gzip: 40_000 },
	section: { path: '/section/1/', gzip: 40_000 }
};
