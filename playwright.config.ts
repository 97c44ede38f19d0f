import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS } from './scripts/lib/chromium-flags.js';

// scripts/e2e.js finds or installs Chromium and passes its path here.
const executablePath = process.env.CHROME_PATH || undefined;
const args = CHROMIUM_FLAGS;

// E2E_PORT moves both servers, so two checkouts can run their suites side by side.
const ROOT_PORT = Number(process.env.E2E_PORT ?? 4311);
const SUBPATH_PORT = ROOT_PORT + 1;
export const SUBPATH = '/crosscheck';

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	forbidOnly: true,
	retries: 0,
	workers: 2,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://127.0.0.1:${ROOT_PORT}`,
		launchOptions: { executablePath, args },
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'desktop',
			testIgnore: '**/subpath.e2e.ts',
			use: { viewport: { width: 1280, height: 800 } }
		},
		{
			name: 'phone',
			testIgnore: ['**/subpath.e2e.ts', '**/budget.e2e.ts'],
			use: { ...devices['Pixel 7'], browserName: 'chromium' }
		},
		{
			name: 'subpath',
			testMatch: '**/subpath.e2e.ts',
			use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}/` }
		}
	],
	webServer: [
		{
			command: `npm run build && node scripts/serve.js --port ${ROOT_PORT}`,
			url: `http://127.0.0.1:${ROOT_PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 180_000,
			stdout: 'ignore'
		},
		{
			command: `vite build && node scripts/serve.js --dir build-subpath --base ${SUBPATH} --port ${SUBPATH_PORT}`,
			env: { BASE_PATH: SUBPATH, BUILD_DIR: 'build-subpath' },
			url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 180_000,
			stdout: 'ignore'
		}
	]
});
