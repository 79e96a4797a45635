// A proxy that accepts connections and never answers (a firewall or a stuck corporate
// proxy): every request ends at its deadline with network_error, and then the process
// ends too. undici leaves an unanswered CONNECT open for its own 300 s header timeout,
// which kept the built CLI alive for five minutes after it had printed its report.
// Likewise a proxy that opens the tunnel (CONNECT 200, or SOCKS5 connected) to a server
// that never answers the TLS handshake (a firewall dropping it): undici no longer counts
// the tunnel as a connection of its own, and it kept the CLI alive for its own connect
// timeout (10 s, or 5 s for SOCKS5) after the report.
import assert from 'node:assert/strict';
import {once} from 'node:events';
import net, {type AddressInfo, type Socket} from 'node:net';
import path from 'node:path';
import {after, before, test} from 'node:test';
import {fakeKey} from '../fake/server.js';
import {startProxy, type TestProxy} from '../helpers/connect-proxy.js';
import {startSocks5, type Socks5Proxy} from '../helpers/socks5-proxy.js';
import {runCli, tempConfigDir} from '../helpers/run-cli.js';

const proxyHost = 'proxy.corp.example';
const sockets = new Set<Socket>();
const silent = net.createServer(socket => {
	sockets.add(socket);
	socket.on('close', () => sockets.delete(socket));
});
let connections = 0;
silent.on('connection', () => connections++);

before(async () => {
	silent.listen(0, '127.0.0.1');
	await once(silent, 'listening');
});
const tunnels: Array<TestProxy | Socks5Proxy> = [];
after(async () => {
	await Promise.all(tunnels.map(proxy => proxy.close()));
	for (const socket of sockets) socket.destroy();
	silent.close();
	await once(silent, 'close');
});

function runThrough(proxyUrl: string, limitMs: number, command = 'check', deadlineMs = 300) {
	return runCli([command, '--json', '--timeout', String(deadlineMs)], {
		DEEPSEEK_API_KEY: fakeKey,
		DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(),
		HTTPS_PROXY: proxyUrl,
		NO_COLOR: '1',
		// Only the proxy's name resolves (to 127.0.0.1); any other name fails, so nothing leaves this computer.
		NODE_OPTIONS: `--import ${path.join(import.meta.dirname, '..', 'helpers', 'map-hosts.mjs')}`,
		TEST_LOOPBACK_HOSTS: proxyHost,
	}, {limitMs});
}

test('a proxy that never answers: network_error at the deadline, and the process exits', async () => {
	const {port} = silent.address() as AddressInfo;
	const run = await runThrough(`http://${proxyHost}:${port}`, 15_000);
	assert.ok(connections > 0, 'the requests went to the silent proxy');
	const json = JSON.parse(run.stdout) as {verdict: string; summary: string; fixes: Array<{title: string}>; checks: Array<{id: string; status: string}>};
	assert.equal(json.verdict, 'network_error');
	// The first fix is the proxy's too: "your connection and firewall" answered at the proxy's own address.
	assert.equal(json.fixes[0]?.title, 'Check the proxy in HTTPS_PROXY / HTTP_PROXY, then try again with a longer --timeout');
	assert.equal(json.checks.find(check => check.id === 'auth')?.status, 'error');
	// It names the proxy, and that it never answered the tunnel request: a real proxy answers it only once it has
	// reached the service (Squid, waiting on its DNS or connection, answered after the deadline), else it is stuck.
	const said = `The API could not be reached. api.deepseek.com did not answer within 0.3 s: the proxy http://${proxyHost}:${port} (from HTTPS_PROXY) took the connection but never answered the request to open a tunnel to it. A proxy answers that only once it has reached the service (Squid waits up to a minute by default), so it may still be trying to reach api.deepseek.com (its way out or its DNS slow or blocked), or it is stuck: try again with a longer --timeout (such as 70000) to read the proxy's own answer; if none comes, check or restart the proxy.`;
	assert.equal(json.summary, said);
	assert.equal(run.code, 1);
	assert.equal(run.stderr, '');
	// balance says the same, with check's first fix.
	const balance = await runThrough(`http://${proxyHost}:${port}`, 15_000, 'balance');
	const read = JSON.parse(balance.stdout) as typeof json;
	assert.equal(read.summary, said);
	assert.equal(read.fixes[0]?.title, json.fixes[0]?.title);
	assert.equal(balance.code, 1);
	assert.equal(balance.stderr, '');
});

for (const kind of ['CONNECT', 'SOCKS5'] as const) {
	test(`a ${kind} proxy opens the tunnel and the server never answers the TLS handshake: network_error, and the process exits soon after the deadline`, async () => {
		const {port} = silent.address() as AddressInfo;
		const before = connections;
		const routes = {'api.deepseek.com:443': port, 'statuspage.flashduty.com:443': port};
		const proxy = kind === 'CONNECT' ? await startProxy({routes}) : await startSocks5({routes});
		tunnels.push(proxy);
		// A deadline of 1.5 s: the local proxy answers the tunnel request well within it even on a loaded machine
		// (at 0.3 s it once did not, and the run rightly said the proxy never answered).
		const run = await runThrough(`${kind === 'CONNECT' ? 'http' : 'socks5'}://${proxyHost}:${proxy.port}`, 15_000, 'check', 1500);
		assert.ok(connections > before, 'the tunnels reached the silent server');
		const json = JSON.parse(run.stdout) as {verdict: string; checks: Array<{id: string; status: string; details: {reason?: string}}>};
		assert.equal(json.verdict, 'network_error');
		assert.equal(json.checks.find(check => check.id === 'auth')?.details.reason, 'timeout');
		// The proxy answered the tunnel request: its silence is not the cause.
		assert.doesNotMatch(run.stdout, /never answered the request to open a tunnel/);
		assert.equal(run.code, 1);
		assert.equal(run.stderr, '');
		// The deadline and a second or so of start-up and exit, not undici's 5–10 s connect timeout.
		assert.ok(run.ms < 5000, `the process ran for ${run.ms} ms`);
	});
}

test('a proxy variable that holds no usable proxy URL: check\'s only fix says what to write (nothing was sent: no status page)', async () => {
	const run = await runThrough('127.0.0.1:7890', 15_000);
	const json = JSON.parse(run.stdout) as {verdict: string; fixes: Array<{id: string; title: string}>; checks: Array<{id: string; details: Record<string, unknown>}>};
	assert.equal(json.verdict, 'network_error');
	assert.deepEqual(json.fixes.map(fix => [fix.id, fix.title]), [['check_proxy', 'Write HTTPS_PROXY as http://127.0.0.1:7890, or unset it to connect directly']]);
	assert.deepEqual(json.checks.find(check => check.id === 'network')?.details.badProxy, {variable: 'HTTPS_PROXY', kind: 'no_scheme', bare: '127.0.0.1:7890'});
	assert.equal(run.code, 1);
});
