// Starts scripts/serve.js (the build served like a static host: precompressed files, 404.html) for the
// benchmark, and stops it again.
import { spawn } from 'node:child_process';

/**
 * @param {number} port
 * @returns {Promise<{ origin: string, stop: () => void }>}
 */
export function startServer(port) {
	const server = spawn(process.execPath, ['scripts/serve.js', '--port', String(port)], {
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let stderr = '';
	server.stderr.on('data', (chunk) => (stderr += chunk));
	return new Promise((resolve, reject) => {
		server.stdout.once('data', () =>
			resolve({ origin: `http://127.0.0.1:${port}`, stop: () => server.kill() })
		);
		server.once('exit', (code) => {
			const inUse = stderr.includes('EADDRINUSE');
			reject(
				new Error(
					inUse
						? `Port ${port} is in use: pass another with --port.`
						: `The server stopped (exit code ${code}): ${stderr.trim()}`
				)
			);
		});
	});
}
