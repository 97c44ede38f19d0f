// The pages `npm run bench` measures: one of every kind the site has. `id` is what `--pages` takes.
import { readFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';
import { shippedModuleLink } from './module-links.js';

/**
 * @typedef {object} BenchPage
 * @property {string} id short name for `--pages`
 * @property {string} label what the report calls it
 * @property {string} path address on the site, without the base path
 * @property {string} [hash] fragment added to the address (an assignment code, a module link)
 * @property {number} [status] the HTTP status the page is served with, when not 200
 * @property {boolean} [buildsBank] the page builds a question bank in its Web Worker as it loads (the
 *   module player, from its link): its bytes are counted once the bank is back, worker script included
 */

/**
 * A valid assignment code for the article this build presents, made the way the teacher page makes
 * it, so the student page opens a real assignment (with its name form) instead of the error message.
 */
async function assignmentCode() {
	const slug = process.env.ARTICLE ?? 'north-korean-troops';
	const { version } = JSON.parse(readFileSync(`questions/${slug}/bank.json`, 'utf8'));
	const { articleTag, encodeAssignment } = await tsImport(
		'../../src/lib/assign/assignment.ts',
		import.meta.url
	);
	return encodeAssignment({
		version: 1,
		article: articleTag(slug),
		bank: version,
		title: 'Week 3: whose figure?',
		sections: [1, 3],
		mode: 'practice',
		requireName: true
	});
}

/** @returns {Promise<BenchPage[]>} */
export async function benchPages() {
	return [
		{ id: 'home', label: 'home', path: '/' },
		{ id: 'section-1', label: 'section 1', path: '/section/1/' },
		{ id: 'section-4', label: 'section 4 (largest)', path: '/section/4/' },
		{ id: 'map', label: 'sources map', path: '/map/' },
		{ id: 'progress', label: 'progress', path: '/progress/' },
		// With nothing due: the page's own first load (its data holds every question).
		{ id: 'review', label: 'review', path: '/review/' },
		{ id: 'teacher', label: 'teacher', path: '/teacher/' },
		{ id: 'report', label: 'class report', path: '/teacher/report/' },
		{ id: 'assignment', label: 'assignment', path: '/a/', hash: await assignmentCode() },
		// Starts its Web Worker as it opens, so the worker's script is in its bytes.
		{ id: 'author', label: 'module authoring', path: '/author/' },
		// The shipped article with its corrections, as a teacher would share it from /author/.
		{
			id: 'module',
			label: 'module player',
			path: '/m/',
			hash: await shippedModuleLink(),
			buildsBank: true
		},
		{ id: '404', label: '404 page', path: '/no-such-page/', status: 404 }
	];
}
