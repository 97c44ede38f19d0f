// The benchmark's report as Markdown: one row per page (bytes, budget, Lighthouse medians, axe), the
// bytes by type, the bank builder's Web Worker (its script's bytes, its time in the browser), module
// link lengths, then what Lighthouse and axe flagged on each page.

/** @param {number} n bytes @returns {string} KB (1,000 bytes) with one decimal */
const kb = (n) => (n / 1000).toFixed(1);
/** @param {number | null | undefined} v @param {(v: number) => string} format */
const show = (v, format) => (typeof v === 'number' ? format(v) : '—');
const seconds = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * A Markdown table with its columns padded, so it reads in a terminal too.
 * @param {string[]} head
 * @param {string[][]} rows
 */
export function table(head, rows) {
	const widths = head.map((h, i) => Math.max(h.length, 3, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (/** @type {string[]} */ cells) =>
		`| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
	return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** @param {any} p one page of the report */
function budgetCell(p) {
	if (!p.budget) return '—';
	const verdict = p.budget.ok ? 'ok' : 'OVER';
	const target = p.budget.target ? `, target ${kb(p.budget.target)}` : '';
	return `${kb(p.budget.gzip)} ${verdict}${target}`;
}

/** @param {any} p */
function axeCell(p) {
	if (!p.axe) return '—';
	return p.axe.length === 0
		? '0'
		: `${p.axe.length}: ${p.axe.map((/** @type {{ id: string }} */ v) => v.id).join(', ')}`;
}

/** @param {any} p */
const pageCell = (p) => `${p.label} \`${p.path}${p.hash ? '#…' : ''}\``;

/** @param {any} p @returns {boolean} the page's load fetched a Web Worker's script */
const hasWorker = (p) => (p.bytes.worker?.files.length ?? 0) > 0;
/** A page's total, marked when it includes a worker script. @param {any} p @param {'gzip' | 'brotli'} k */
const totalCell = (p, k) => `${kb(p.bytes.total[k])}${hasWorker(p) ? ' *' : ''}`;
/** @param {number | null | undefined} v */
const msCell = (v) => show(v, (n) => `${Math.round(n)} ms`);

/** The summary table: one row per page. @param {any[]} pages */
export function summaryTable(pages) {
	return table(
		[
			'page',
			'gzip KB',
			'brotli KB',
			'budget KB (gzip)',
			'perf',
			'a11y',
			'bp',
			'seo',
			'FCP',
			'LCP',
			'TBT',
			'CLS',
			'axe'
		],
		pages.map((p) => {
			const lh = p.lighthouse;
			const score = (/** @type {string} */ c) => show(lh?.scores[c], String);
			return [
				pageCell(p),
				totalCell(p, 'gzip'),
				totalCell(p, 'brotli'),
				budgetCell(p),
				score('performance'),
				score('accessibility'),
				score('best-practices'),
				score('seo'),
				show(lh?.metrics.fcp, seconds),
				show(lh?.metrics.lcp, seconds),
				show(lh?.metrics.tbt, (v) => `${Math.round(v)} ms`),
				show(lh?.metrics.cls, (v) => v.toFixed(3)),
				axeCell(p)
			];
		})
	);
}

/** Bytes by type, gzip / brotli. @param {any[]} pages */
export function bytesTable(pages) {
	const kinds = ['html', 'js', 'css', 'other', 'total'];
	return table(
		['page', 'files', ...kinds.map((k) => `${k.toUpperCase()} gz / br`), 'of it worker gz / br'],
		pages.map((p) => [
			pageCell(p),
			String(p.bytes.files.length),
			...kinds.map((k) => `${kb(p.bytes[k].gzip)} / ${kb(p.bytes[k].brotli)}`),
			hasWorker(p) ? `${kb(p.bytes.worker.gzip)} / ${kb(p.bytes.worker.brotli)}` : '—'
		])
	);
}

/** The note under the tables for pages whose bytes include a worker. @param {any[]} pages */
function workerNote(pages) {
	const withWorker = pages.filter(hasWorker);
	if (withWorker.length === 0) return [];
	return [
		`\\* includes the bank builder's Web Worker script, which ${withWorker.map(pageCell).join(', ')} ` +
			'fetched after load to build the bank from the link (counted once the bank was back). ' +
			'Without it: ' +
			withWorker
				.map(
					(p) =>
						`${p.label} ${kb(p.bytes.total.gzip - p.bytes.worker.gzip)} KB gzip, ` +
						`${kb(p.bytes.total.brotli - p.bytes.worker.brotli)} brotli`
				)
				.join('; ') +
			'.',
		''
	];
}

/**
 * The worker's scripts and its time for the shipped article.
 * @param {any} report
 */
export function workerSection(report) {
	const out = ['## The bank builder in a Web Worker', ''];
	if (report.workerScripts?.length) {
		out.push(
			table(
				['worker script', 'gzip KB', 'brotli KB', 'raw KB', 'in the bytes of'],
				report.workerScripts.map((/** @type {any} */ w) => [
					`\`${w.file}\``,
					kb(w.gzip),
					kb(w.brotli),
					kb(w.raw),
					w.fetchedOnLoadBy.length ? w.fetchedOnLoadBy.join(', ') : 'no measured page'
				])
			),
			''
		);
	}
	const t = report.workerTime;
	if (!t) {
		out.push('Worker time not measured (the module player `/m/` was not among the pages).', '');
		return out.join('\n');
	}
	const stageNames = [...new Set([...Object.keys(t.first.stages), ...Object.keys(t.again.stages)])];
	out.push(
		`Time for the shipped article with its review.json (${t.questions} questions), on the module ` +
			"player: from the page's request to its worker until the bank is back on the page's thread, " +
			`median. Target: ${t.target}. Stages: from one stage's message to the next, as they reach the ` +
			"page; the last stage's time includes the bank's transfer back. Load average " +
			`${t.loadAverage} as it started.`,
		'',
		table(
			[
				'',
				'runs',
				'ask → bank',
				'buildBank in the worker',
				'to first stage',
				...stageNames,
				'navigation → bank'
			],
			[
				['first build, as the page opens (worker starts)', t.first],
				['the same request again, in the running worker', t.again]
			].map(([name, s]) => [
				/** @type {string} */ (name),
				String(s.runs),
				msCell(s.total),
				msCell(s.inWorker),
				msCell(s.firstStage),
				...stageNames.map((k) => msCell(s.stages[k])),
				msCell(s.fromNavigation)
			])
		),
		'',
		'Each first build is a fresh browser context (empty cache, as a first visit). The same request ' +
			"again runs on warm code and meets the pipeline's text caches, as a rebuild after a correction " +
			'on the author page does.',
		''
	);
	return out.join('\n');
}

/** @param {any[] | undefined} links */
export function linksSection(links) {
	if (!links?.length) return '';
	return [
		'## Module links',
		'',
		table(
			['module', 'characters after #', 'payload bytes', 'QR codes (2,953 bytes each)'],
			links.map((l) => [
				l.name,
				l.chars.toLocaleString('en'),
				l.payloadBytes.toLocaleString('en'),
				String(l.qrCodes)
			])
		),
		''
	].join('\n');
}

/** What Lighthouse and axe flagged, page by page. @param {any[]} pages */
export function findingsList(pages) {
	const out = [];
	for (const p of pages) {
		const lh = p.lighthouse;
		const lines = [];
		for (const e of lh?.errors ?? []) lines.push(`- Lighthouse error: ${e}`);
		for (const v of p.axe ?? []) {
			lines.push(`- axe \`${v.id}\` (${v.impact}): ${v.help} — ${v.targets.join(', ')}`);
		}
		for (const f of lh?.findings ?? []) {
			const items = f.items
				.slice(0, 3)
				.map((/** @type {string} */ i) => `\`${i.replace(/\s+/g, ' ').trim()}\``);
			const more = f.items.length > 3 ? ` and ${f.items.length - 3} more` : '';
			lines.push(
				`- Lighthouse \`${f.id}\` (${f.category}, ${f.runs} of ${lh.runs} runs): ${f.title}` +
					(items.length ? ` — ${items.join(', ')}${more}` : '')
			);
		}
		if (lines.length === 0) lines.push('Nothing flagged.');
		out.push(`### ${pageCell(p)}`, '', ...lines, '');
	}
	// Audits Lighthouse could not run at all (a tool problem, not the page's), listed once.
	/** @type {Map<string, { message: string, pages: number }>} */
	const errored = new Map();
	for (const p of pages) {
		for (const e of p.lighthouse?.auditErrors ?? []) {
			const seen = errored.get(e.id);
			if (seen) seen.pages += 1;
			else errored.set(e.id, { message: e.message, pages: 1 });
		}
	}
	if (errored.size) {
		out.push('Lighthouse could not run these audits (left unscored):', '');
		for (const [id, e] of errored) out.push(`- \`${id}\` on ${e.pages} page(s): ${e.message}`);
		out.push('');
	}
	return out.join('\n');
}

/** @param {any} report the object written to report.json */
export function reportMarkdown(report) {
	const runs = report.options.lighthouseRuns;
	return [
		`# Crosscheck benchmark, ${report.date}`,
		'',
		`\`${report.command}\` — ${report.durationSeconds} s in all. KB = 1,000 bytes of everything a ` +
			'browser downloads on first load, each file compressed as a static host serves it (gzip -9, ' +
			`brotli 11). Lighthouse ${report.lighthouseVersion}, default config (mobile emulation, ` +
			`simulated throttling), median of ${runs} run${runs === 1 ? '' : 's'}: perf = performance, ` +
			'a11y = accessibility, bp = best practices. axe = WCAG 2.x A/AA + best-practice violations.',
		'',
		`Machine: ${report.machine.cpus} CPUs, load average ${report.machine.loadBefore} before and ` +
			`${report.machine.loadAfter} after; Lighthouse benchmark index ` +
			`${report.machine.benchmarkIndex ?? '—'} (median; higher is faster). TBT and performance ` +
			'vary most when other work shares the CPU.',
		'',
		summaryTable(report.pages),
		'',
		...workerNote(report.pages),
		'## Bytes by type (KB, gzip / brotli)',
		'',
		bytesTable(report.pages),
		'',
		workerSection(report),
		linksSection(report.moduleLinks),
		...(report.failed?.length
			? [`Failed steps (the command exits 1): ${report.failed.join('; ')}.`, '']
			: []),
		'## Flagged by Lighthouse and axe',
		'',
		findingsList(report.pages)
	].join('\n');
}
