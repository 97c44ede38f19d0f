// Runs Lighthouse (its default config: mobile emulation, simulated throttling) several times on one
// page and keeps the median of each score and metric, since single runs vary by several points.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from './chromium-flags.js';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Report names of the metrics, and their Lighthouse audit ids. */
export const METRICS = {
	fcp: 'first-contentful-paint',
	lcp: 'largest-contentful-paint',
	tbt: 'total-blocking-time',
	cls: 'cumulative-layout-shift'
};

/** Lighthouse's own pass mark: its report lists audits scoring below it as failed. */
const PASS = 0.9;
const UNSCORED = ['notApplicable', 'informative', 'manual'];

/** @param {number[]} values @returns {number | null} the middle value (the upper one of two) */
export function median(values) {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? null;
}

/**
 * Short descriptions of what an audit flagged: elements (selector and markup) or resources (URL).
 * @param {any} details an audit's `details`
 * @returns {string[]}
 */
function flaggedItems(details) {
	/** @type {string[]} */
	const found = [];
	const visit = (/** @type {any} */ item) => {
		if (!item || typeof item !== 'object') return;
		if (Array.isArray(item.items)) item.items.forEach(visit);
		else if (item.node?.type === 'node') found.push(`${item.node.selector} ${item.node.snippet}`);
		else if (item.type === 'node') found.push(`${item.selector} ${item.snippet}`);
		else if (typeof item.description === 'string')
			found.push(`${item.description} ${item.url ?? ''}`);
		else if (typeof item.reason === 'string') found.push(item.reason);
		else if (typeof item.groupLabel === 'string') {
			found.push(`${item.groupLabel} ${Math.round(item.duration ?? 0)} ms`);
		} else if (typeof item.url === 'string') found.push(item.url);
		else if (typeof item.source?.url === 'string') found.push(item.source.url);
	};
	visit(details);
	return [...new Set(found)];
}

/**
 * The audits of one run that Lighthouse reports as failed (a metric fails when it scores below the
 * pass mark, e.g. CLS above 0.1), and those it could not run at all.
 * @param {import('lighthouse').Result} lhr
 */
function auditOutcomes(lhr) {
	/** @type {Array<{ id: string, category: string, title: string, score: number | null, items: string[] }>} */
	const failed = [];
	/** @type {Array<{ id: string, message: string }>} */
	const errored = [];
	for (const category of CATEGORIES) {
		for (const ref of lhr.categories[category]?.auditRefs ?? []) {
			if (ref.group === 'hidden') continue;
			const audit = lhr.audits[ref.id];
			if (!audit || UNSCORED.includes(audit.scoreDisplayMode)) continue;
			if (audit.scoreDisplayMode === 'error') {
				errored.push({ id: ref.id, message: audit.errorMessage ?? 'unknown error' });
			} else if (audit.score !== null && audit.score < PASS) {
				failed.push({
					id: ref.id,
					category,
					title: audit.displayValue ? `${audit.title}: ${audit.displayValue}` : audit.title,
					score: audit.score,
					items: flaggedItems(audit.details)
				});
			}
		}
	}
	return { failed, errored };
}

/** @param {import('lighthouse').Result} lhr */
function summarize(lhr) {
	/** @type {Record<string, number | null>} */
	const scores = {};
	for (const c of CATEGORIES) {
		const score = lhr.categories[c]?.score;
		scores[c] = typeof score === 'number' ? Math.round(score * 100) : null;
	}
	/** @type {Record<string, number | null>} */
	const metrics = {};
	for (const [name, id] of Object.entries(METRICS)) {
		metrics[name] = lhr.audits[id]?.numericValue ?? null;
	}
	return {
		version: lhr.lighthouseVersion,
		benchmarkIndex: lhr.environment.benchmarkIndex,
		scores,
		metrics,
		...auditOutcomes(lhr),
		error: lhr.runtimeError?.message ?? null,
		warnings: lhr.runWarnings
	};
}

/** @typedef {Awaited<ReturnType<typeof lighthouseMedians>>} LighthouseSummary */

/**
 * @param {string} url
 * @param {{ chromePath: string, runs: number, ignoreStatusCode?: boolean }} options
 *   `ignoreStatusCode` audits an error page (a 404) instead of refusing it as a failed load
 */
export async function lighthouseMedians(url, { chromePath, runs, ignoreStatusCode = false }) {
	/** @type {Array<ReturnType<typeof summarize>>} */
	const samples = [];
	// One fresh browser per page; Lighthouse clears the cache and storage before every run.
	const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
	try {
		for (let i = 0; i < runs; i++) {
			const result = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: CATEGORIES,
				ignoreStatusCode
			});
			if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
			samples.push(summarize(result.lhr));
		}
	} finally {
		chrome.kill();
	}

	const pick = (/** @type {(s: (typeof samples)[number]) => number | null} */ get) =>
		median(samples.map(get).filter((v) => typeof v === 'number'));
	/** @type {Record<string, number | null>} */
	const scores = {};
	for (const c of CATEGORIES) scores[c] = pick((s) => s.scores[c] ?? null);
	/** @type {Record<string, number | null>} */
	const metrics = {};
	for (const name of Object.keys(METRICS)) metrics[name] = pick((s) => s.metrics[name] ?? null);

	// Audits failed in any run, with how many runs failed them (timing-based ones come and go).
	/** @type {Map<string, (typeof samples)[number]['failed'][number] & { runs: number }>} */
	const findings = new Map();
	for (const s of samples) {
		for (const f of s.failed) {
			const seen = findings.get(f.id);
			if (seen) seen.runs += 1;
			else findings.set(f.id, { ...f, runs: 1 });
		}
	}
	// Audits Lighthouse could not run, with the first error message (the same in every run so far).
	/** @type {Map<string, { id: string, message: string, runs: number }>} */
	const auditErrors = new Map();
	for (const s of samples) {
		for (const e of s.errored) {
			const seen = auditErrors.get(e.id);
			if (seen) seen.runs += 1;
			else auditErrors.set(e.id, { ...e, runs: 1 });
		}
	}
	return {
		version: samples[0]?.version ?? null,
		runs: samples.length,
		scores,
		metrics,
		findings: [...findings.values()],
		auditErrors: [...auditErrors.values()],
		errors: [...new Set(samples.flatMap((s) => (s.error ? [s.error] : [])))],
		warnings: [...new Set(samples.flatMap((s) => s.warnings.map(String)))],
		benchmarkIndex: median(samples.map((s) => s.benchmarkIndex)),
		samples: samples.map(({ scores, metrics, benchmarkIndex }) => ({
			scores,
			metrics,
			benchmarkIndex
		}))
	};
}
