// The direct look beside a proxy is bounded by its own short limit, not only by the check's
// deadline: where going direct is black-holed (here a resolver that never answers, as on a
// network that drops DNS to the outside and lets only its proxy resolve), the check ends as a
// warning with code TIMEOUT. The resolver gives its failure (EAI_AGAIN) only well after that
// limit and well before the check's deadline: a look bounded by the deadline alone says EAI_AGAIN.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {network as networkCheck} from '../../source/checks/network.js';
import {closedPort, startTcpServer} from '../helpers/raw-server.js';
import {testContext} from '../helpers/results.js';

// Read when the preload loads: set first (its failure, and the timer that holds this file open, 8 s on).
process.env.TEST_DNS_HANG_MS = '8000';
const preload: string = '../helpers/hung-dns.mjs';
await import(preload);

test('through a proxy, the direct look at a host whose lookup never answers ends at its own limit: a warning, code TIMEOUT', async () => {
	const proxy = await startTcpServer();
	try {
		const context = testContext({baseUrl: 'https://api.deepseek.com', env: {HTTPS_PROXY: `http://127.0.0.1:${proxy.port}`}, timeoutMs: 30_000});
		const result = await networkCheck.run(context, new AbortController().signal);
		assert.equal(result.status, 'warn', result.summary);
		assert.deepEqual(result.details.directConnect, {reachable: false, code: 'TIMEOUT', unset: ['HTTPS_PROXY'], port: 443});
		assert.match(result.summary, /But going direct, api\.deepseek\.com cannot be reached \(TIMEOUT\)/);
	} finally {
		await proxy.close();
	}
});

// A proxy that is off, where the direct look runs out of time: nothing measured, so nothing new is said (a slow
// network may still get there); the look is in the details.
test('a proxy that is off, and a direct look that runs out of time: the proxy\'s sentence as before, the look only in the details', async () => {
	const deadProxy = await closedPort();
	const context = testContext({baseUrl: 'https://api.deepseek.com', env: {HTTPS_PROXY: `http://127.0.0.1:${deadProxy}`}, timeoutMs: 30_000});
	const result = await networkCheck.run(context, new AbortController().signal);
	assert.equal(result.status, 'fail', result.summary);
	assert.equal(result.summary, `The proxy http://127.0.0.1:${deadProxy} (from HTTPS_PROXY) refused the connection: start the proxy, fix HTTPS_PROXY, or unset it to connect directly.`);
	assert.deepEqual(result.details.directConnect, {reachable: false, code: 'TIMEOUT', unset: ['HTTPS_PROXY'], port: 443});
});
