// A proxy that accepts connections and never answers (a firewall or a stuck corporate
// proxy): every request ends at its deadline with network_error, and then the process
// ends too. undici leaves an unanswered CONNECT open for its own 300 s header timeout,
// which kept the built CLI alive for five minutes after it had printed its report.
import assert from 'node:assert/strict';
import {once} from 'node:events';
import net, {type AddressInfo, type Socket} from 'node:net';
import path from 'node:path';
import {after, before, test} from 'node:test';
import {fakeKey} from '../fake/server.js';
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
after(async () => {
	for (const socket of sockets) socket.destroy();
	silent.close();
	await once(silent, 'close');
});

test('a proxy that never answers: network_error at the deadline, and the process exits', async () => {
	const {port} = silent.address() as AddressInfo;
	const run = await runCli(['check', '--json', '--timeout', '300'], {
		DEEPSEEK_API_KEY: fakeKey,
		DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(),
		HTTPS_PROXY: `http://${proxyHost}:${port}`,
		NO_COLOR: '1',
		// Only the proxy's name resolves (to 127.0.0.1); any other name fails, so nothing leaves this computer.
		NODE_OPTIONS: `--import ${path.join(import.meta.dirname, '..', 'helpers', 'map-hosts.mjs')}`,
		TEST_LOOPBACK_HOSTS: proxyHost,
	}, {limitMs: 15_000});
	assert.ok(connections > 0, 'the requests went to the silent proxy');
	const json = JSON.parse(run.stdout) as {verdict: string; checks: Array<{id: string; status: string}>};
	assert.equal(json.verdict, 'network_error');
	assert.equal(json.checks.find(check => check.id === 'auth')?.status, 'error');
	assert.equal(run.code, 1);
	assert.equal(run.stderr, '');
});
