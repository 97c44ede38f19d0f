// The axe check the end-to-end suite runs (tests/e2e/fixtures.ts), returning the violations instead of
// failing on them.
import AxeBuilder from '@axe-core/playwright';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * @typedef {{ id: string, impact: string | null, help: string, targets: string[] }} AxeViolation
 */

/**
 * @param {import('playwright-core').Page} page a loaded page
 * @returns {Promise<AxeViolation[]>}
 */
export async function axeViolations(page) {
	const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	return results.violations.map((v) => ({
		id: v.id,
		impact: v.impact ?? null,
		help: v.help,
		targets: v.nodes.map((n) => n.target.join(' '))
	}));
}
