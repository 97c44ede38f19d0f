// Runs the Playwright end-to-end suite with a Chromium that ensure-browser.js found or installed.
// Extra arguments go to Playwright: npm run test:e2e -- tests/e2e/home.e2e.ts
import { spawnSync } from 'node:child_process';
import { ensureBrowser } from './ensure-browser.js';

const chrome = ensureBrowser();
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, CHROME_PATH: chrome }
});
process.exit(result.status ?? 1);
