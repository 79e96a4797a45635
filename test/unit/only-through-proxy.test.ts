// The network check through a proxy also tries the API host directly (DNS and a TCP connect,
// nothing sent): where only the proxy gets through, programs that do not read HTTPS_PROXY
// (Node's built-in fetch, the openai package) cannot connect, while this tool's calls work.
// The API host is a name mapped to 127.0.0.1 (map-hosts.mjs), or a name that does not resolve
// going direct (every unlisted name), as on a network whose DNS answers only through its proxy.
// The proxy is a TCP listener: the check only connects to it (the requests speak CONNECT).
import '../helpers/map-hosts.mjs';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {diagnose} from '../../source/diagnose.js';
import {network as networkCheck} from '../../source/checks/network.js';
import {closedPort, startTcpServer} from '../helpers/raw-server.js';
import type {CheckContext} from '../../source/checks/types.js';
import {checkResult, scenario, testContext} from '../helpers/results.js';
import {setLanguage} from '../../source/messages/language.js';
import {setShell} from '../../source/text/shell.js';

process.env.TEST_LOOPBACK_HOSTS = 'gateway.example';

const runCheck = (overrides: Partial<CheckContext>) => networkCheck.run(testContext(overrides), new AbortController().signal);

/** A healthy run but for the network check given: the diagnosis check gives. */
const diagnosed = (network: Awaited<ReturnType<typeof runCheck>>) => diagnose(scenario(checkResult('network', network)));

test('through a proxy that answers, the API host refusing a direct connection: a warning that programs not reading HTTPS_PROXY cannot connect, and how to run them', async () => {
	const proxy = await startTcpServer();
	const deadHost = await closedPort();
	try {
		const result = await runCheck({baseUrl: `https://gateway.example:${deadHost}`, env: {HTTPS_PROXY: `http://127.0.0.1:${proxy.port}`}});
		assert.equal(result.status, 'warn', result.summary);
		assert.equal(
			result.summary,
			`Proxy http://127.0.0.1:${proxy.port} reachable in ${String(result.details.connectMs)} ms. But going direct, gateway.example cannot be reached (ECONNREFUSED), so a program that does not read HTTPS_PROXY cannot connect: Node's built-in fetch and the SDKs built on it (the openai package, LangChain.js, the Vercel AI SDK) ignore it unless run with NODE_USE_ENV_PROXY=1 (Node 22.21, or 24 and newer); Python's openai, requests and curl read it.`,
		);
		assert.deepEqual(result.details.directConnect, {reachable: false, code: 'ECONNREFUSED', unset: ['HTTPS_PROXY'], port: deadHost});
		// The tool's own calls work: an otherwise healthy run is ok, the fix listed.
		const diagnosis = diagnosed(result);
		assert.equal(diagnosis.verdict, 'ok', diagnosis.summary);
		const fix = diagnosis.fixes.find(item => item.id === 'node_env_proxy');
		assert.equal(fix?.title, 'Run your Node program with NODE_USE_ENV_PROXY=1 (NODE_USE_ENV_PROXY=1 node app.js; Node 22.21, or 24 and newer), so that it goes through the proxy in HTTPS_PROXY; on an older Node, give its client a proxy agent (the openai package: fetchOptions with undici\'s ProxyAgent as dispatcher)');
		// In PowerShell the variable is set first: `NAME=value command` is not its syntax.
		setShell('powershell');
		try {
			assert.match(diagnosed(result).fixes.find(item => item.id === 'node_env_proxy')?.title ?? '', /^In PowerShell, run \$env:NODE_USE_ENV_PROXY="1", then start your Node program there/);
		} finally {
			setShell('sh');
		}
		setLanguage('zh-CN');
		try {
			const chinese = await runCheck({baseUrl: `https://gateway.example:${deadHost}`, env: {https_proxy: `http://127.0.0.1:${proxy.port}`}});
			assert.match(chinese.summary, /但不经代理直接连接时，gateway\.example 连不上（ECONNREFUSED），所以不读取 https_proxy 的程序连不上：/);
		} finally {
			setLanguage('en');
		}
	} finally {
		await proxy.close();
	}
});

test('through a proxy, a name that does not resolve going direct (a network whose DNS answers only through its proxy): the same warning', async () => {
	const proxy = await startTcpServer();
	try {
		const result = await runCheck({baseUrl: 'http://api.elsewhere.example', env: {HTTP_PROXY: `http://127.0.0.1:${proxy.port}`}});
		assert.equal(result.status, 'warn', result.summary);
		assert.match(result.summary, /But going direct, api\.elsewhere\.example cannot be reached \(ENOTFOUND\), so a program that does not read HTTP_PROXY cannot connect/);
		assert.deepEqual(result.details.directConnect, {reachable: false, code: 'ENOTFOUND', unset: ['HTTP_PROXY'], port: 80});
		assert.equal(result.details.proxyVariable, 'HTTP_PROXY');
	} finally {
		await proxy.close();
	}
});

test('through a proxy, the API host reachable directly too: a pass as before, the direct look only in the details', async () => {
	const proxy = await startTcpServer();
	const host = await startTcpServer();
	try {
		const result = await runCheck({baseUrl: `https://gateway.example:${host.port}`, env: {HTTPS_PROXY: `http://127.0.0.1:${proxy.port}`}});
		assert.equal(result.status, 'pass', result.summary);
		assert.match(result.summary, /^Proxy http:\/\/127\.0\.0\.1:\d+ reachable in \d+ ms\.$/);
		assert.deepEqual(result.details.directConnect, {reachable: true, code: null, unset: ['HTTPS_PROXY'], port: host.port});
		assert.ok(!diagnosed(result).fixes.some(fix => fix.id === 'node_env_proxy'));
	} finally {
		await proxy.close();
		await host.close();
	}
});

test('no direct look without a proxy; through a SOCKS proxy or HTTP_PROXY for https, only recorded; where the proxy itself fails, said after its failure', async () => {
	const proxy = await startTcpServer();
	const deadHost = await closedPort();
	const deadProxy = await closedPort();
	try {
		// Going direct already: the check's own connect is the direct one.
		const direct = await runCheck({baseUrl: `http://gateway.example:${proxy.port}`, env: {}});
		assert.equal(direct.status, 'pass', direct.summary);
		assert.equal(direct.details.directConnect, undefined);
		// A SOCKS proxy: not the kind NODE_USE_ENV_PROXY reads, so no warning; the look is recorded, for a tunnel it may refuse (diagnose/network.ts).
		const socks = await runCheck({baseUrl: `https://gateway.example:${deadHost}`, env: {HTTPS_PROXY: `socks5://127.0.0.1:${proxy.port}`}});
		assert.equal(socks.status, 'pass', socks.summary);
		assert.match(socks.summary, /^Proxy socks5:\/\/127\.0\.0\.1:\d+ reachable in \d+ ms\.$/);
		assert.deepEqual(socks.details.directConnect, {reachable: false, code: 'ECONNREFUSED', unset: ['HTTPS_PROXY'], port: deadHost});
		assert.ok(!diagnosed(socks).fixes.some(fix => fix.id === 'node_env_proxy'));
		// HTTP_PROXY taken for an https base URL: curl and Python's clients go direct themselves (that sentence says so).
		const httpForHttps = await runCheck({baseUrl: `https://gateway.example:${deadHost}`, env: {HTTP_PROXY: `http://127.0.0.1:${proxy.port}`}});
		assert.equal(httpForHttps.status, 'pass', httpForHttps.summary);
		assert.deepEqual(httpForHttps.details.directConnect, {reachable: false, code: 'ECONNREFUSED', unset: ['HTTP_PROXY'], port: deadHost});
		// Both down: the proxy's failure, then that going direct fails too (unsetting the variable is no way out).
		const both = await runCheck({baseUrl: `https://gateway.example:${deadHost}`, env: {HTTPS_PROXY: `http://127.0.0.1:${deadProxy}`}});
		assert.equal(both.status, 'fail', both.summary);
		assert.equal(both.summary, `The proxy http://127.0.0.1:${deadProxy} (from HTTPS_PROXY) refused the connection: start the proxy, or fix HTTPS_PROXY. Going direct, gateway.example:${deadHost} refuses the connection (ECONNREFUSED): the host is reached, but its service is down or on another port, so unsetting HTTPS_PROXY alone will not help.`);
		assert.deepEqual(both.details.directConnect, {reachable: false, code: 'ECONNREFUSED', unset: ['HTTPS_PROXY'], port: deadHost});
	} finally {
		await proxy.close();
	}
});

test('a proxy whose name does not resolve, and a SOCKS proxy that is off, where going direct works: the proxy\'s sentence, then that unsetting the variable is enough', async () => {
	const host = await startTcpServer();
	const deadProxy = await closedPort();
	try {
		// proxy.nowhere.example is not in TEST_LOOPBACK_HOSTS: its lookup fails (ENOTFOUND), as a proxy's misspelt name does.
		const dns = await runCheck({baseUrl: `https://gateway.example:${host.port}`, env: {HTTPS_PROXY: 'http://proxy.nowhere.example:3128'}});
		assert.equal(dns.status, 'fail', dns.summary);
		assert.equal(dns.summary, 'Could not resolve the host name of the proxy http://proxy.nowhere.example:3128 (from HTTPS_PROXY): check its spelling, or unset HTTPS_PROXY to connect directly. Going direct, gateway.example is reachable: unsetting HTTPS_PROXY is enough, unless this network requires the proxy.');
		assert.deepEqual(dns.details.directConnect, {reachable: true, code: null, unset: ['HTTPS_PROXY'], port: host.port});
		// Going direct fails too (nothing listens there): the proxy's sentence no longer offers to unset it.
		const deadHost = await closedPort();
		const both = await runCheck({baseUrl: `https://gateway.example:${deadHost}`, env: {HTTPS_PROXY: 'http://proxy.nowhere.example:3128'}});
		assert.equal(both.summary, `Could not resolve the host name of the proxy http://proxy.nowhere.example:3128 (from HTTPS_PROXY): check its spelling. Going direct, gateway.example:${deadHost} refuses the connection (ECONNREFUSED): the host is reached, but its service is down or on another port, so unsetting HTTPS_PROXY alone will not help.`);
		const socks = await runCheck({baseUrl: `https://gateway.example:${host.port}`, env: {https_proxy: `socks5://127.0.0.1:${deadProxy}`}});
		assert.equal(socks.status, 'fail', socks.summary);
		assert.match(socks.summary, /refused the connection: start the proxy, fix https_proxy, or unset it to connect directly\. Going direct, gateway\.example is reachable: unsetting https_proxy is enough, unless this network requires the proxy\.$/);
		setLanguage('zh-CN');
		try {
			const chinese = await runCheck({baseUrl: `https://gateway.example:${host.port}`, env: {HTTPS_PROXY: 'http://proxy.nowhere.example:3128'}});
			assert.match(chinese.summary, /。直连可以连上 gateway\.example：取消设置 HTTPS_PROXY 就够了，除非这个网络必须走代理。$/);
		} finally {
			setLanguage('en');
		}
		// Unsetting would reach another proxy (HTTP_PROXY set to another one): its own sentence says so, nothing more.
		const fallback = await runCheck({baseUrl: `https://gateway.example:${host.port}`, env: {HTTPS_PROXY: `http://127.0.0.1:${deadProxy}`, HTTP_PROXY: 'http://proxy.nowhere.example:3128'}});
		assert.equal(fallback.summary, `The proxy http://127.0.0.1:${deadProxy} (from HTTPS_PROXY) refused the connection: start the proxy, fix HTTPS_PROXY, or unset it to use the proxy in HTTP_PROXY.`);
	} finally {
		await host.close();
	}
});
