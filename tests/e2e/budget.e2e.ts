import { expect, test } from '@playwright/test';
import { BUDGETS } from '../../scripts/lib/budgets.js';
import { measurePage } from '../../scripts/lib/page-weight.js';

// Bytes are deterministic for a given build, so the budget is asserted here; `npm run bench` prints them.
for (const [name, budget] of Object.entries(BUDGETS)) {
	test(`the ${name} page downloads at most ${budget.gzip} bytes gzip in total`, async ({
		page,
		baseURL
	}) => {
		const weight = await measurePage(page, new URL(budget.path, baseURL).href, {
			buildDir: 'build'
		});
		expect(weight.files).toContain(budget.path);
		expect(weight.js.gzip).toBeGreaterThan(0);
		expect(weight.total.gzip).toBeLessThanOrEqual(budget.gzip);
	});
}
