import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		rollupOptions: {
			output: {
				// The reader's progress in one chunk: the pages that read it (home, sections, progress, the
				// sources map) share it whole, instead of the bundler cutting it into a chunk per set of pages.
				manualChunks(id) {
					if (/src\/lib\/(progress\/|quiz\/(state|settled)\.ts)/.test(id)) return 'progress';
				}
			}
		}
	},
	// The bank builder's worker (src/lib/pipeline) is an ES module, as browsers since 2023 run them.
	worker: { format: 'es' },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
