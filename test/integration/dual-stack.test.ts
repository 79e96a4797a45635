// The built CLI where the base URL's name resolves to an IPv6 address first and an IPv4 one
// after, and only IPv4 connects (a network without IPv6, while the name has an AAAA record):
// the network check tries the addresses as the requests do (Happy Eyeballs), so it passes where
// the calls get through, and says which address did not connect. The preload (map-hosts.mjs,
// TEST_DUAL_STACK_HOSTS) answers ::1, then 127.0.0.1; the fake listens on 127.0.0.1 only.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {after, before, test} from 'node:test';
import {startFake, type FakeServer} from '../fake/server.js';
import {closedPort} from '../helpers/raw-server.js';
import {runCli} from '../helpers/run-cli.js';
import {mappedHostsEnv} from '../helpers/with-fake.js';

type CheckJson = {
	verdict: string;
	checks: Array<{id: string; status: string; summary: string; details: Record<string, unknown>}>;
};

const tlsDir = path.join(import.meta.dirname, '..', 'fixtures', 'tls');
const tls = {key: readFileSync(path.join(tlsDir, 'server-key.pem')), cert: readFileSync(path.join(tlsDir, 'server.pem'))};

let fake: FakeServer;
let port: string;
let statusPort: number;
before(async () => {
	fake = await startFake({scenario: 'ok', tls});
	port = new URL(fake.baseUrl).port;
	statusPort = await closedPort();
});
after(async () => {
	await fake.close();
});

const env = (extra: Record<string, string> = {}) =>
	mappedHostsEnv({
		// https on 443, which the preload sends to the fake's port, at either address.
		TEST_DUAL_STACK_HOSTS: `gateway.example:${port}`,
		DEEPSEEK_BASE_URL: 'https://gateway.example',
		DEEPSEEK_STATUS_URL: `http://127.0.0.1:${statusPort}/api/v2/summary.json`,
		...extra,
	});

test('IPv6 first and refused, IPv4 after and listening: the network check passes at the IPv4 address, as the calls do, and names the one that did not connect', async () => {
	const run = await runCli(['check', '--json'], env());
	const json = JSON.parse(run.stdout) as CheckJson;
	const network = json.checks.find(check => check.id === 'network');
	assert.equal(network?.status, 'pass', network?.summary);
	assert.equal(network?.details['address'], '127.0.0.1');
	assert.deepEqual(network?.details['notConnected'], ['::1']);
	assert.match(network?.summary ?? '', /^gateway\.example reachable, TLS OK, in \d+ ms\. Connected over 127\.0\.0\.1 after ::1 did not connect: a program that waits on ::1 first may be slow\.$/);
	// An address then a colon reads as one address ("127.0.0.1: ::1").
	assert.doesNotMatch(network?.summary ?? '', /\d[:：] ?::/);
	assert.equal(json.checks.find(check => check.id === 'auth')?.status, 'pass');
	assert.equal(json.verdict, 'ok');
});

test('in Chinese, the same note', async () => {
	const run = await runCli(['check'], env({DEEPSEEK_FIX_LANG: 'zh-CN', COLUMNS: '1000'}));
	assert.match(run.stdout, /gateway\.example 可以连通，TLS 正常，用时 \d+ ms。::1 没能连上，改用 127\.0\.0\.1 才连上；先等 ::1 的程序可能会因此变慢。/);
	assert.doesNotMatch(run.stdout, /\d[:：] ?::/);
});

test('a name with one address keeps the plain sentence, without notConnected', async () => {
	const run = await runCli(['check', '--json'], mappedHostsEnv({TEST_LOOPBACK_HOSTS: `gateway.example:${port}`, DEEPSEEK_BASE_URL: 'https://gateway.example', DEEPSEEK_STATUS_URL: `http://127.0.0.1:${statusPort}/api/v2/summary.json`}));
	const network = (JSON.parse(run.stdout) as CheckJson).checks.find(check => check.id === 'network');
	assert.match(network?.summary ?? '', /^gateway\.example reachable, TLS OK, in \d+ ms\.$/);
	assert.equal(network?.details['notConnected'], undefined);
});
