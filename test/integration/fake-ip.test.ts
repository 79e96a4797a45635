// The built CLI on a computer whose proxy app runs in TUN + fake-ip mode (Clash Verge Rev,
// Mihomo, Surge, sing-box): api.deepseek.com resolves to 198.18.0.2, and the app carries the
// connection. The preload (map-hosts.mjs, TEST_FAKE_IP_HOSTS) plays the app: its lookup
// answers the fake address, and a connection to that range lands on a loopback port, where
// the fake DeepSeek stands for a working node, and a server that resets, one that never
// answers, or a closed port for an app or node that fails.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import net from 'node:net';
import {createServer as tlsServer} from 'node:tls';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {startFake, type FakeServer} from '../fake/server.js';
import {closedPort, listenOnLoopback} from '../helpers/raw-server.js';
import {runCli} from '../helpers/run-cli.js';
import {joined} from '../../source/text/clause.js';
import {mappedHostsEnv} from '../helpers/with-fake.js';

const here = import.meta.dirname;
const tlsDir = path.join(here, '..', 'fixtures', 'tls');
const tls = {key: readFileSync(path.join(tlsDir, 'server-key.pem')), cert: readFileSync(path.join(tlsDir, 'server.pem'))};

type CheckJson = {
	verdict: string;
	summary: string;
	fixes: Array<{id: string; title: string; url: string | null}>;
	checks: Array<{id: string; status: string; summary: string; details: Record<string, unknown>}>;
};

let fake: FakeServer;
const servers: net.Server[] = [];

before(async () => {
	fake = await startFake({scenario: 'ok', tls});
});
after(async () => {
	await fake.close();
	for (const server of servers) server.close();
});

/** A TCP server on loopback that handles each connection as `handle` says (a node that resets or never answers). */
async function tcpServer(handle: (socket: net.Socket) => void): Promise<number> {
	const server = net.createServer(handle);
	servers.push(server);
	return listenOnLoopback(server);
}

/** `check` with the default base URL, api.deepseek.com resolving to a fake-ip address whose connections land on `port`. */
function env(port: number, extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
	const fakePort = new URL(fake.baseUrl).port;
	// The status page answers, as a rule for its host can send it direct: the verdict is about the API.
	return mappedHostsEnv({TEST_FAKE_IP_HOSTS: `api.deepseek.com:${port}`, TEST_LOOPBACK_HOSTS: `statuspage.flashduty.com:${fakePort}`, ...extra});
}

async function checkJson(environment: Record<string, string | undefined>, args: string[] = []): Promise<CheckJson> {
	const run = await runCli(['check', '--json', ...args], environment);
	assert.equal(run.stderr, '', run.stderr);
	return JSON.parse(run.stdout) as CheckJson;
}

const checkOf = (json: CheckJson, id: string) => json.checks.find(item => item.id === id);

/**
 * What a failure at the fake address says after how it failed, and the fixes it leads to: where a TCP connection was made
 * (the app's TUN took it), that app or its node; where none was (nothing carries the address: the app quit, or its TUN
 * mode is off), the app with its TUN mode on, or its HTTP port.
 */
const blame = 'the app took the connection, and it or the node it picked failed.';
const unroutedBlame = 'nothing carries calls to that address now (the app has quit, or its TUN mode is off, and the system still holds the address it gave).';
const appFix = 'Open your proxy app (Clash, Surge, sing-box…): check that it is running, pick another node, or set api.deepseek.com to DIRECT in its rules';
const unroutedFix = 'Start your proxy app (Clash, Surge, sing-box…) with TUN mode on, or set HTTPS_PROXY to its HTTP port (as http://127.0.0.1:7890)';
const flushFix = 'If you quit the proxy app, flush the DNS cache: sudo resolvectl flush-caches';

/** The network row and the verdict of a connection to the fake address that failed as `how` says (`reason`, `code`); `unrouted`: before any TCP connection. */
function assertFailedAtFakeIp(json: CheckJson, how: string, reason: string, code: string, unrouted = false): void {
	const network = checkOf(json, 'network');
	const said = `api.deepseek.com resolved to 198.18.0.2, a fake-ip address of a proxy app in TUN mode (Clash, Surge, sing-box…), and ${how}: ${unrouted ? unroutedBlame : blame}`;
	assert.equal(network?.status, 'fail', network?.summary);
	assert.equal(network?.summary, said);
	assert.equal(network?.details.address, '198.18.0.2');
	assert.equal(network?.details.fakeIp, true);
	assert.equal(network?.details.reason, reason);
	assert.equal(network?.details.code, code);
	assert.equal(network?.details.fakeIpUnrouted, unrouted ? true : undefined);
	assert.equal(json.verdict, 'network_error', json.summary);
	assert.equal(json.summary, joined('The API could not be reached', said));
	assert.deepEqual(json.fixes, [{id: 'check_network', title: unrouted ? unroutedFix : appFix, url: null}, {id: 'check_dns', title: flushFix, url: null}]);
	// The API rows point to the Network row, which says it once.
	assert.equal(checkOf(json, 'auth')?.summary, 'Not checked (no connection; see Network).');
}

describe('a proxy app in TUN + fake-ip mode', {skip: process.platform !== 'linux' && 'the flush command named is Linux\'s'}, () => {
	test('a working route: the calls go through, the Network row names the fake-ip address, and the run stays good', async () => {
		const json = await checkJson(env(Number(new URL(fake.baseUrl).port)));
		const network = checkOf(json, 'network');
		assert.equal(json.verdict, 'ok', json.summary);
		assert.equal(network?.status, 'pass', network?.summary);
		assert.match(network?.summary ?? '', /^api\.deepseek\.com reachable, TLS OK, in \d+ ms\. Through a proxy app's fake-ip address \(198\.18\.0\.2\): its TUN mode carries these calls\.$/);
		assert.equal(network?.details.address, '198.18.0.2');
		assert.equal(network?.details.fakeIp, true);
		// The requests took the same route: the key was accepted and the balance read.
		assert.equal(checkOf(json, 'auth')?.status, 'pass');
		assert.equal(checkOf(json, 'balance')?.status, 'pass');
		assert.deepEqual(json.fixes, []);
	});

	test('the connection refused, no TCP connection made (the app gone or its TUN mode off, its address left in the DNS cache): start it with TUN on, or its HTTP port', async () => {
		assertFailedAtFakeIp(await checkJson(env(await closedPort())), 'the connection was refused', 'connection_refused', 'ECONNREFUSED', true);
	});

	test('the connection reset before the TLS handshake ends (the node it picked failed)', async () => {
		const port = await tcpServer(socket => socket.resetAndDestroy());
		assertFailedAtFakeIp(await checkJson(env(port)), 'the connection was cut (ECONNRESET)', 'connection_reset', 'ECONNRESET');
	});

	test('no answer within a short --timeout (the node it picked takes the connection and says nothing)', async () => {
		const port = await tcpServer(() => {});
		assertFailedAtFakeIp(await checkJson(env(port), ['--timeout', '1500']), 'nothing answered within 1500 ms', 'timeout', 'TIMEOUT');
	});

	test('the route connects, then every request is closed unanswered: the API check\'s sentence, then that the node the app picked is the likely cause', async () => {
		// The handshake passes (through the node, to the service), then the connection is closed, unanswered, as each request arrives.
		const server = tlsServer(tls, socket => socket.once('data', () => socket.destroy()));
		servers.push(server);
		const json = await checkJson(env(await listenOnLoopback(server)));
		const network = checkOf(json, 'network');
		assert.equal(network?.status, 'pass', network?.summary);
		assert.equal(network?.details.fakeIp, true);
		assert.equal(json.verdict, 'network_error', json.summary);
		assert.match(json.summary, /^The API could not be reached\. .+ The calls go through a proxy app's fake-ip address \(198\.18\.0\.2\) in its TUN mode, which connected: the node it picked is the likely cause\.$/);
		assert.deepEqual(json.fixes.map(fix => fix.id), ['check_network', 'status_page']);
		assert.equal(json.fixes[0]?.title, appFix);
	});

	test('the text report and Chinese say the same', async () => {
		const port = await closedPort();
		const text = (await runCli(['check'], env(port, {COLUMNS: '100'}))).stdout.replaceAll(/\s+/g, ' ');
		assert.ok(text.includes(`What to do: 1. ${unroutedFix} 2. If you quit the proxy app, flush the DNS cache: sudo resolvectl flush-caches`), text);
		const chinese = await checkJson(env(port, {DEEPSEEK_FIX_LANG: 'zh-CN'}));
		assert.equal(checkOf(chinese, 'network')?.summary, 'api.deepseek.com 解析到了 198.18.0.2，这是代理软件 TUN 模式（Clash、Surge、sing-box 等）的 fake-ip 虚拟地址，而它拒绝了连接：现在没有程序接管发往这个地址的连接（代理软件已经退出，或者关掉了 TUN 模式，而系统还留着它给出的这个地址）。');
		assert.deepEqual(chinese.fixes.map(fix => fix.title), [
			'启动你的代理软件（Clash、Surge、sing-box 等）并打开 TUN 模式，或把 HTTPS_PROXY 设为它的 HTTP 端口（如 http://127.0.0.1:7890）',
			'如果代理软件已经退出，清除 DNS 缓存：sudo resolvectl flush-caches',
		]);
	});
});
