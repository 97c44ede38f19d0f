// Chromium flags for the test and benchmark browsers. The closed network refuses Chromium's background
// connections (updates, sync, QUIC probes), which would otherwise add noise and errors to the runs.
export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];
