// Finds a Chromium for the end-to-end tests, or installs one, and says what it did.
// Order: $CHROME_PATH, /usr/bin/chromium, Playwright's own download, Debian's package (as root).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const say = (/** @type {string} */ msg) => console.log(`[browser] ${msg}`);

function playwrightChromium() {
	try {
		// Imported lazily: only needed when no system Chromium exists.
		const out = execFileSync(
			process.execPath,
			['-e', "import('playwright-core').then(m => console.log(m.chromium.executablePath()))"],
			{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }
		).trim();
		return out && existsSync(out) ? out : null;
	} catch {
		return null;
	}
}

/** @returns {string} the path of a Chromium executable, or exits with one clear sentence. */
export function ensureBrowser() {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) {
			say(`using CHROME_PATH=${fromEnv}`);
			return fromEnv;
		}
		say(`CHROME_PATH=${fromEnv} does not exist; looking elsewhere`);
	}
	const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
	if (system) {
		say(`using ${system}`);
		return system;
	}
	let bundled = playwrightChromium();
	if (bundled) {
		say(`using Playwright's Chromium at ${bundled}`);
		return bundled;
	}
	say('no Chromium found; trying "npx playwright install chromium" (needs internet)');
	const pw = spawnSync('npx', ['playwright', 'install', 'chromium'], {
		stdio: 'inherit',
		timeout: 180_000
	});
	bundled = pw.status === 0 ? playwrightChromium() : null;
	if (bundled) {
		say(`installed Playwright's Chromium at ${bundled}`);
		return bundled;
	}
	if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
		say("installing Debian's chromium package with apt-get (this takes a minute)");
		/** @type {import('node:child_process').SpawnSyncOptions} */
		const opts = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
		spawnSync('apt-get', ['update', '-qq'], opts);
		spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], opts);
		if (existsSync('/usr/bin/chromium')) {
			say('installed /usr/bin/chromium');
			return '/usr/bin/chromium';
		}
	}
	console.error(
		'[browser] No Chromium could be found or installed: install Chromium (on Debian or Ubuntu: "sudo apt-get install chromium") or set CHROME_PATH to a Chrome or Chromium executable, then run the tests again.'
	);
	process.exit(1);
}
