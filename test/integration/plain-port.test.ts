// The built CLI with an https:// base URL at a port that answers in plain HTTP: a gateway on
// this computer that takes http:// (one-api, a Go server: its "400 Bad Request" to the TLS
// greeting, as a raw server plays it here), or a relay's plain-HTTP port. The handshake meets
// plain text (ERR_SSL_WRONG_VERSION_NUMBER): the base URL's scheme or port is wrong, not a proxy
// or antivirus intercepting HTTPS, and no certificate file would help.
import assert from 'node:assert/strict';
import net from 'node:net';
import {after, before, describe, test} from 'node:test';
import {startFake, type FakeServer} from '../fake/server.js';
import {checkJson as runCheckJson, type CheckJson} from '../helpers/check-json.js';
import {listenOnLoopback} from '../helpers/raw-server.js';
import {mappedHostsEnv} from '../helpers/with-fake.js';

let status: FakeServer;
let plain: net.Server;
let port = 0;

before(async () => {
	status = await startFake({scenario: 'ok'});
	// Go's net/http answers what is not HTTP so, then closes.
	plain = net.createServer(socket => {
		socket.on('error', () => {});
		socket.once('data', () => socket.end('HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n400 Bad Request'));
	});
	port = await listenOnLoopback(plain);
});
after(async () => {
	await status.close();
	plain.close();
});

async function checkJson(baseUrl: string, extra: Record<string, string | undefined> = {}): Promise<CheckJson> {
	const statusPort = new URL(status.baseUrl).port;
	return runCheckJson(mappedHostsEnv({
		DEEPSEEK_BASE_URL: baseUrl,
		TEST_LOOPBACK_HOSTS: `relay.example,api.deepseek.com:${port},statuspage.flashduty.com:${statusPort}`,
		...extra,
	}));
}

const network = (json: CheckJson) => json.checks.find(item => item.id === 'network');

describe('an https:// base URL at a port that answers in plain HTTP', () => {
	test('on this computer: the Network row says to write http://, and the one fix is that base URL (no certificate, no status page), in English and Chinese', async () => {
		// REQUESTS_CA_BUNDLE set: no certificate file is offered either, as no certificate was met.
		const json = await checkJson(`https://127.0.0.1:${port}/v1`, {REQUESTS_CA_BUNDLE: '/etc/ssl/certs/ca-certificates.crt'});
		const said = `TLS to 127.0.0.1:${port} failed (ERR_SSL_WRONG_VERSION_NUMBER): the program at that port answers in plain HTTP, not HTTPS, so the base URL should start with http://, not https://.`;
		assert.equal(network(json)?.status, 'fail');
		assert.equal(network(json)?.summary, said);
		assert.deepEqual(network(json)?.details.plainAnswer, {suggested: `http://127.0.0.1:${port}`});
		assert.equal(network(json)?.details.otherToolsCa, undefined);
		assert.equal(json.verdict, 'network_error');
		assert.deepEqual(json.fixes, [{id: 'fix_base_url', title: `Set the base URL to http://127.0.0.1:${port}`, url: null}]);
		assert.doesNotMatch(JSON.stringify(json), /NODE_EXTRA_CA_CERTS|antivirus|intercepting/);

		const zh = await checkJson(`https://localhost:${port}`, {DEEPSEEK_FIX_LANG: 'zh-CN'});
		assert.equal(network(zh)?.summary, `到 localhost:${port} 的 TLS 连接失败（ERR_SSL_WRONG_VERSION_NUMBER）：这个端口上的程序用的是普通 HTTP，不是 HTTPS，所以 base URL 应以 http:// 开头，而不是 https://。`);
		assert.deepEqual(zh.fixes, [{id: 'fix_base_url', title: `把 base URL 设为 http://localhost:${port}`, url: null}]);
	});

	test('at another host, at a port other than 443: the port or the https:// is to correct (http:// would send the key in clear text there), in English and Chinese', async () => {
		const json = await checkJson(`https://relay.example:${port}`);
		assert.equal(network(json)?.summary, `TLS to relay.example:${port} failed (ERR_SSL_WRONG_VERSION_NUMBER): what answers at that port does not speak TLS (most often it is plain HTTP): the port or the https:// in the base URL is wrong.`);
		assert.deepEqual(network(json)?.details.plainAnswer, {suggested: null});
		assert.deepEqual(json.fixes, [{id: 'fix_base_url', title: `Correct the port or the https:// in the base URL: relay.example:${port} does not take TLS (the service's docs give its address)`, url: null}]);

		const zh = await checkJson(`https://relay.example:${port}`, {DEEPSEEK_FIX_LANG: 'zh-CN'});
		assert.equal(network(zh)?.summary, `到 relay.example:${port} 的 TLS 连接失败（ERR_SSL_WRONG_VERSION_NUMBER）：这个端口上的应答不是 TLS（多半是普通 HTTP）：base URL 里的端口或 https:// 写错了。`);
		assert.deepEqual(zh.fixes, [{id: 'fix_base_url', title: `改正 base URL 里的端口或 https://：relay.example:${port} 不接受 TLS（以服务文档给出的地址为准）`, url: null}]);
	});

	test('on this computer, a program that resets the connection at the TLS greeting (ECONNRESET), as Node\'s HTTP server often does: the same fix, the sentence says the reset (English, Chinese)', async () => {
		// Node's HTTP server writes its 400 and destroys the socket: the reset comes first, or the 400 (WRONG_VERSION_NUMBER above).
		const server = net.createServer(socket => {
			socket.on('error', () => {});
			socket.once('data', () => socket.resetAndDestroy());
		});
		const nodePort = await listenOnLoopback(server);
		try {
			const json = await checkJson(`https://127.0.0.1:${nodePort}`);
			const row = network(json);
			assert.equal(row?.details.code, 'ECONNRESET', row?.summary);
			assert.equal(row?.summary, `TLS to 127.0.0.1:${nodePort} failed (ECONNRESET): the program at that port closed the connection at the TLS greeting, as one that takes plain HTTP does, so the base URL should most likely start with http://, not https://.`);
			assert.deepEqual(row?.details.plainAnswer, {suggested: `http://127.0.0.1:${nodePort}`});
			assert.deepEqual(json.fixes, [{id: 'fix_base_url', title: `Set the base URL to http://127.0.0.1:${nodePort}`, url: null}]);
			const zh = await checkJson(`https://127.0.0.1:${nodePort}`, {DEEPSEEK_FIX_LANG: 'zh-CN'});
			assert.equal(network(zh)?.summary, `到 127.0.0.1:${nodePort} 的 TLS 连接失败（ECONNRESET）：这个端口上的程序在 TLS 握手一开始就断开了连接，只接受普通 HTTP 的程序会这样，所以 base URL 多半应以 http:// 开头，而不是 https://。`);
		} finally {
			server.close();
		}
	});

	test('at a service\'s own port 443 (a captive portal or filter answering in its place): the sentence about something in between stays', async () => {
		const json = await checkJson('https://api.deepseek.com');
		assert.equal(network(json)?.summary, 'TLS to api.deepseek.com failed (ERR_SSL_WRONG_VERSION_NUMBER): a proxy or antivirus may be intercepting HTTPS.');
		assert.equal(network(json)?.details.plainAnswer, undefined);
		assert.equal(json.fixes[0]?.id, 'check_tls');
	});
});
