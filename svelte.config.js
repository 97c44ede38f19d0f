import adapter from '@sveltejs/adapter-static';
import { contentVersion } from './scripts/lib/content-version.js';
import { writeSiteFiles } from './scripts/lib/site-files.js';

// BASE_PATH lets a school serve the site under a sub-path, e.g. BASE_PATH=/crosscheck.
/** @type {'' | `/${string}`} */
const base = /** @type {any} */ (process.env.BASE_PATH ?? '');
// A second build (e.g. the sub-path one the tests use) gets its own work folder so two builds can run at once.
const buildDir = process.env.BUILD_DIR ?? 'build';
if (base !== '' && !/^\/[\w.-]+(\/[\w.-]+)*$/.test(base)) {
	throw new Error(`BASE_PATH must look like /crosscheck (no trailing slash); got "${base}"`);
}

const staticSite = adapter({
	pages: buildDir,
	assets: buildDir,
	// Static hosts serve 404.html for unknown paths; it renders the app's error page.
	fallback: '404.html',
	precompress: true,
	strict: true
});

/** @type {import('@sveltejs/kit').Adapter} */
const withSiteFiles = {
	...staticSite,
	// Then lists the built files, which a SCORM package made on the teacher's page copies.
	async adapt(builder) {
		await staticSite.adapt(builder);
		writeSiteFiles(buildDir);
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	// Pages do not announce Svelte's version to the window: one file fewer for every student.
	compilerOptions: { discloseVersion: false },
	kit: {
		adapter: withSiteFiles,
		outDir: buildDir === 'build' ? '.svelte-kit' : `.svelte-kit/${buildDir}`,
		paths: { base },
		// Named by content: the service worker replaces its offline copy only when something changed.
		version: { name: contentVersion() },
		// Small stylesheets are inlined: one request fewer on a slow school network.
		inlineStyleThreshold: 8192,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
