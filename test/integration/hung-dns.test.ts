// A resolver that never answers (a DNS server gone behind a VPN, a firewall dropping port
// 53): every request ends at its --timeout with network_error, and then the process ends
// too, without waiting for Node's event loop to run dry. The system's lookup (getaddrinfo,
// on a thread of its own) cannot be cancelled: aborting the request leaves it running until
// the resolver's own timeout (5 s × attempts × servers), and the lookups still to come (the
// status page's, a request started after the first failed) each waited their turn: with
// a resolver timeout of 20 s the built CLI stayed 40 s, after its report was out and after
// Ctrl+C's "Cancelled.". bin.ts now ends the process once its output is written; the
// lookups already under way at that point still hold the exit until the resolver gives up
// on them (libuv joins its threads at exit, which the preload cannot play): 20 s, not 40.
import assert from 'node:assert/strict';
import {existsSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {fakeKey} from '../fake/server.js';
import {runCli, tempConfigDir} from '../helpers/run-cli.js';

/** Far longer than any deadline below: a run that waits for the lookup fails its limit. */
const hangMs = 40_000;
/** What "at once" allows on a loaded 2-core machine (start-up, a 300 ms deadline or two). */
const promptlyMs = 15_000;

const env = () => ({
	DEEPSEEK_API_KEY: fakeKey,
	DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(),
	DEEPSEEK_STATUS_URL: 'https://status.example.com/summary.json',
	NO_COLOR: '1',
	NODE_OPTIONS: `--import ${path.join(import.meta.dirname, '..', 'helpers', 'hung-dns.mjs')}`,
	TEST_DNS_HANG_MS: String(hangMs),
});

for (const args of [['check', '--json'], ['balance', '--below', '5']]) {
	test(`deepseek-fix ${args.join(' ')} while DNS never answers: the report at the deadline, and the process ends with it`, async () => {
		const run = await runCli([...args, '--timeout', '300'], env(), {limitMs: promptlyMs});
		assert.equal(run.code, 1);
		if (args[0] === 'check') assert.equal((JSON.parse(run.stdout) as {verdict: string}).verdict, 'network_error');
		else assert.match(run.stdout, /The balance could not be read/);
	});
}

test('Ctrl+C while DNS never answers: "Cancelled.", exit 130, and the process ends at once', async () => {
	let sent = 0;
	// Once the lookups are under way (the default 10 s deadline is still far off): the preload notes the first. A fixed
	// delay was not enough on a loaded machine, where the signal came before the process had started its requests.
	const startedFile = path.join(mkdtempSync(path.join(tmpdir(), 'deepseek-fix-dns-')), 'started');
	const run = await runCli(['check', '--json'], {...env(), TEST_DNS_STARTED_FILE: startedFile}, {
		limitMs: hangMs + promptlyMs,
		onSpawn: child => {
			const poll = setInterval(() => {
				if (!existsSync(startedFile)) return;
				clearInterval(poll);
				sent = Date.now();
				child.kill('SIGINT');
			}, 20);
			child.once('exit', () => clearInterval(poll));
		},
	});
	assert.equal(run.code, 130);
	assert.equal(run.stderr, 'Cancelled.\n');
	assert.equal(run.stdout, '');
	assert.ok(Date.now() - sent < promptlyMs, `ended ${Date.now() - sent} ms after Ctrl+C, not when the lookup gave up`);
});
