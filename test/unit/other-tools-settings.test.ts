// Settings other tools on this machine read and this one does not: ALL_PROXY (Python's HTTP
// clients and curl send calls through it; the network check says so when nothing answers
// there) and a certificate file for Python, OpenSSL and curl (named when TLS fails). The
// base URL's host is played by a name mapped to 127.0.0.1 (map-hosts.mjs): loopback base
// URLs never go through any proxy, so they would not show ALL_PROXY.
import '../helpers/map-hosts.mjs';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {diagnose} from '../../source/diagnose.js';
import {network as networkCheck} from '../../source/checks/network.js';
import {otherToolsProxy} from '../../source/deepseek/proxy.js';
import {closedPort, startTcpServer} from '../helpers/raw-server.js';
import type {CheckContext} from '../../source/checks/types.js';
import {testContext, testKey} from '../helpers/results.js';
import {createApiClient} from '../../source/deepseek/client.js';
import {setLanguage} from '../../source/messages/language.js';

process.env.TEST_LOOPBACK_HOSTS = 'gateway.example';

const official = new URL('https://api.deepseek.com');
const runCheck = (overrides: Partial<CheckContext>) => networkCheck.run(testContext(overrides), new AbortController().signal);

test('otherToolsProxy: ALL_PROXY (all_proxy first) when no proxy of ours applies, shown without its login', () => {
	const found = otherToolsProxy(official, {ALL_PROXY: 'socks5://alice:s3cret@127.0.0.1:7890'});
	assert.deepEqual([found?.variable, found?.shown, found?.url.port], ['ALL_PROXY', 'socks5://127.0.0.1:7890', '7890']);
	assert.equal(otherToolsProxy(official, {ALL_PROXY: 'http://upper.example:1', all_proxy: 'http://lower.example:2'})?.shown, 'http://lower.example:2');
	assert.equal(otherToolsProxy(official, {all_proxy: 'socks5h://proxy.example'})?.variable, 'all_proxy');
	// A password with an unencoded "/" would make "alice:2024" the host and port, named in the sentences: no proxy URL.
	assert.equal(otherToolsProxy(official, {ALL_PROXY: 'http://alice:2024/s3cret@127.0.0.1:7890'}), undefined);
	// A proxy for the scheme comes first for them too, and it is ours to test.
	assert.equal(otherToolsProxy(official, {ALL_PROXY: 'socks5://127.0.0.1:7890', HTTPS_PROXY: 'http://proxy.corp.example:3128'}), undefined);
	// NO_PROXY exempts the host from ALL_PROXY as from the others; this computer never goes through one.
	assert.equal(otherToolsProxy(official, {ALL_PROXY: 'socks5://127.0.0.1:7890', NO_PROXY: '.deepseek.com'}), undefined);
	assert.equal(otherToolsProxy(new URL('http://127.0.0.1:3000'), {ALL_PROXY: 'socks5://127.0.0.1:7890'}), undefined);
	// Nothing set, blank, or no proxy URL: nothing to say.
	for (const value of [undefined, '', '   ', 'not a url', 'ftp://proxy.example', '127.0.0.1:7890']) {
		assert.equal(otherToolsProxy(official, value === undefined ? {} : {ALL_PROXY: value}), undefined, String(value));
	}
});

test('network check: ALL_PROXY where nothing answers is a warning that says who uses it and what to do', async () => {
	const host = await startTcpServer();
	const deadProxy = await closedPort();
	try {
		const result = await runCheck({baseUrl: `http://gateway.example:${host.port}`, env: {ALL_PROXY: `socks5://bob:pw@127.0.0.1:${deadProxy}`}});
		assert.equal(result.status, 'warn', result.summary);
		assert.equal(
			result.summary,
			`gateway.example reachable in ${String(result.details.connectMs)} ms. But ALL_PROXY points at socks5://127.0.0.1:${deadProxy}, where nothing answers: this tool does not use it, but Python's httpx and requests (so the openai SDK) and curl send calls through it, and theirs fail to connect. Start that proxy, or unset ALL_PROXY.`,
		);
		assert.deepEqual(result.details.otherToolsProxy, {variable: 'ALL_PROXY', proxy: `socks5://127.0.0.1:${deadProxy}`, reachable: false, code: 'ECONNREFUSED'});
		assert.equal(result.details.proxy, null, 'this tool went direct');
		assert.ok(!JSON.stringify(result).includes('pw@'), 'the login is never shown');
	} finally {
		await host.close();
	}
});

test('network check: ALL_PROXY that answers is only noted in the details', async () => {
	const host = await startTcpServer();
	const proxy = await startTcpServer();
	try {
		const result = await runCheck({baseUrl: `http://gateway.example:${host.port}`, env: {all_proxy: `http://127.0.0.1:${proxy.port}`}});
		assert.equal(result.status, 'pass', result.summary);
		assert.match(result.summary, /^gateway\.example reachable in \d+ ms\.$/);
		assert.deepEqual(result.details.otherToolsProxy, {variable: 'all_proxy', proxy: `http://127.0.0.1:${proxy.port}`, reachable: true, code: null});
	} finally {
		await host.close();
		await proxy.close();
	}
});

test('network check: going direct fails while ALL_PROXY answers: the summary says the program most likely goes through it and how to check that way, and check\'s first fix is to run through it', async () => {
	const deadHost = await closedPort();
	const proxy = await startTcpServer();
	try {
		const result = await runCheck({baseUrl: `http://gateway.example:${deadHost}`, env: {ALL_PROXY: `socks5h://bob:pw@127.0.0.1:${proxy.port}`}});
		assert.equal(result.status, 'fail', result.summary);
		assert.equal(
			result.summary,
			`gateway.example:${deadHost} refused the connection. This tool went direct, but ALL_PROXY points at socks5h://127.0.0.1:${proxy.port}, which answers: Python's httpx and requests (so the openai SDK) and curl send their calls through it. To check that way, run again with HTTPS_PROXY=socks5://127.0.0.1:${proxy.port}, with the user and password from ALL_PROXY after its //.`,
		);
		// The login is never shown, but a SOCKS proxy that wants one (Dante, as run by hand) refuses calls without it: the sentence says to copy it.
		assert.deepEqual(result.details.otherToolsProxy, {variable: 'ALL_PROXY', proxy: `socks5h://127.0.0.1:${proxy.port}`, reachable: true, code: null, suggested: `socks5://127.0.0.1:${proxy.port}`, login: true});
		assert.equal(result.details.reason, 'connection_refused');
		assert.ok(!JSON.stringify(result).includes('pw@'), 'the login is never shown');
		const verdict = diagnose([{id: 'network', title: 'Network', durationMs: 1, ...result}]);
		assert.equal(verdict.verdict, 'network_error');
		assert.deepEqual(verdict.fixes.map(fix => fix.id), ['check_proxy', 'check_network', 'status_page']);
		assert.equal(verdict.fixes[0]?.title, `Run again with HTTPS_PROXY=socks5://127.0.0.1:${proxy.port} (with the user and password from ALL_PROXY after its //), the proxy in ALL_PROXY that your program's calls most likely go through`);
		// With no login in ALL_PROXY: none to copy.
		const bare = await runCheck({baseUrl: `http://gateway.example:${deadHost}`, env: {ALL_PROXY: `socks5h://127.0.0.1:${proxy.port}`}});
		assert.ok(bare.summary.endsWith(`run again with HTTPS_PROXY=socks5://127.0.0.1:${proxy.port}.`), bare.summary);
		assert.equal(diagnose([{id: 'network', title: 'Network', durationMs: 1, ...bare}]).fixes[0]?.title, `Run again with HTTPS_PROXY=socks5://127.0.0.1:${proxy.port}, the proxy in ALL_PROXY that your program's calls most likely go through`);
		// A SOCKS4 proxy is not one this tool can use: the failure is said as before.
		const socks4 = await runCheck({baseUrl: `http://gateway.example:${deadHost}`, env: {ALL_PROXY: `socks4://127.0.0.1:${proxy.port}`}});
		assert.equal(socks4.summary, `gateway.example:${deadHost} refused the connection.`);
		// Nothing answering at ALL_PROXY either (a proxy app left off): said, and starting it is the first fix; its login never shown.
		const down = await runCheck({baseUrl: `http://gateway.example:${deadHost}`, env: {ALL_PROXY: `socks5://bob:pw@127.0.0.1:${deadHost}`}});
		assert.equal(
			down.summary,
			`gateway.example:${deadHost} refused the connection. ALL_PROXY points at socks5://127.0.0.1:${deadHost}, where nothing answers either: Python's httpx and requests (so the openai SDK) and curl send their calls through it, so if your program does, start that proxy (a VPN or proxy app left off) and run again.`,
		);
		assert.deepEqual(down.details.otherToolsProxy, {variable: 'ALL_PROXY', proxy: `socks5://127.0.0.1:${deadHost}`, reachable: false, code: 'ECONNREFUSED'});
		assert.ok(!JSON.stringify(down).includes('pw@'), 'the login is never shown');
		const downVerdict = diagnose([{id: 'network', title: 'Network', durationMs: 1, ...down}]);
		assert.deepEqual(downVerdict.fixes.map(fix => fix.id), ['check_proxy', 'check_network', 'status_page']);
		assert.equal(downVerdict.fixes[0]?.title, `Start the proxy at socks5://127.0.0.1:${deadHost}, or unset ALL_PROXY where your program runs`);
	} finally {
		await proxy.close();
	}
});

test('network check: going direct fails where NO_PROXY exempts the host from the proxy set: the summary names the entry and the proxy (never its login), and check\'s first fix is to remove that entry; English and Chinese', async () => {
	const deadHost = await closedPort();
	const base = `http://gateway.example:${deadHost}`;
	const env = {HTTP_PROXY: 'http://alice:pw@127.0.0.1:7890', NO_PROXY: 'localhost, .example'};
	const result = await runCheck({baseUrl: base, env});
	assert.equal(result.status, 'fail', result.summary);
	assert.equal(
		result.summary,
		`gateway.example:${deadHost} refused the connection. HTTP_PROXY sets the proxy http://127.0.0.1:7890, but the entry ".example" in NO_PROXY exempts gateway.example from it, so this tool went direct: if this network reaches gateway.example only through the proxy, remove that entry.`,
	);
	assert.deepEqual(result.details.bypassedProxy, {variable: 'HTTP_PROXY', proxy: 'http://127.0.0.1:7890', noProxy: 'NO_PROXY', entry: '.example'});
	assert.equal(result.details.proxy, null);
	assert.ok(!JSON.stringify(result).includes('pw@'), 'the login is never shown');
	const verdict = diagnose([{id: 'network', title: 'Network', durationMs: 1, ...result}]);
	assert.deepEqual(verdict.fixes.map(fix => fix.id), ['check_proxy', 'check_network', 'status_page']);
	assert.equal(verdict.fixes[0]?.title, 'Remove ".example" from NO_PROXY, so that calls to gateway.example go through the proxy in HTTP_PROXY');
	// no_proxy wins over NO_PROXY, and `*` exempts everything.
	const star = await runCheck({baseUrl: base, env: {http_proxy: 'socks5://127.0.0.1:7890', no_proxy: '*', NO_PROXY: 'other.example'}});
	assert.deepEqual(star.details.bypassedProxy, {variable: 'http_proxy', proxy: 'socks5://127.0.0.1:7890', noProxy: 'no_proxy', entry: '*'});
	setLanguage('zh-CN');
	try {
		const zh = await runCheck({baseUrl: base, env});
		assert.equal(zh.summary, `gateway.example:${deadHost} 拒绝了连接。HTTP_PROXY 设置了代理 http://127.0.0.1:7890，但 NO_PROXY 里的条目“.example”让 gateway.example 绕过了它，所以本工具是直接连接的：如果这个网络只能经代理访问 gateway.example，请删除这个条目。`);
		assert.equal(diagnose([{id: 'network', title: 'Network', durationMs: 1, ...zh}]).fixes[0]?.title, '从 NO_PROXY 里删除“.example”，让发往 gateway.example 的调用经过 HTTP_PROXY 里的代理');
	} finally {
		setLanguage('en');
	}
	// Without a proxy set, or where NO_PROXY exempts nothing, the failure is said as before.
	for (const other of [{NO_PROXY: '.example'}, {HTTP_PROXY: `http://127.0.0.1:${deadHost}`, NO_PROXY: 'other.example'}]) {
		const plain = await runCheck({baseUrl: base, env: other});
		assert.equal(plain.details.bypassedProxy, undefined, JSON.stringify(other));
	}
	assert.deepEqual(diagnose([{id: 'network', title: 'Network', durationMs: 1, ...(await runCheck({baseUrl: base, env: {NO_PROXY: '.example'}}))}]).fixes.map(fix => fix.id), ['check_network', 'status_page']);
});

// curl 7.88, Python's requests 2.34 and urllib, asked the same, went through the proxy for `*.deepseek.com` (undici goes direct).
test('network check: going direct through a "*." entry of NO_PROXY, which curl and Python\'s clients do not read, says their calls go through the proxy and what to write; English and Chinese', async () => {
	const server = await startTcpServer();
	try {
		const base = `http://gateway.example:${server.port}`;
		const env = {HTTP_PROXY: 'http://alice:pw@127.0.0.1:7890', NO_PROXY: 'localhost,*.example'};
		const result = await runCheck({baseUrl: base, env});
		assert.equal(result.status, 'pass');
		assert.match(result.summary, /^gateway\.example reachable in \d+ ms\. The entry "\*\.example" in NO_PROXY sends this tool's calls to gateway\.example direct, as Node tools built on undici read it, but curl and Python's requests read no "\*\." there and send theirs through the proxy http:\/\/127\.0\.0\.1:7890 \(from HTTP_PROXY\): write "\.example" instead, which all of them read\.$/);
		assert.deepEqual(result.details.noProxyWildcard, {variable: 'HTTP_PROXY', proxy: 'http://127.0.0.1:7890', noProxy: 'NO_PROXY', entry: '*.example', suggested: '.example'});
		assert.ok(!JSON.stringify(result).includes('pw@'), 'the login is never shown');
		assert.equal(diagnose([{id: 'network', title: 'Network', durationMs: 1, ...result}]).verdict, 'ok');
		// The entries every client reads, or no proxy set: nothing more is said.
		for (const other of [{...env, NO_PROXY: '.example'}, {...env, NO_PROXY: 'gateway.example'}, {...env, NO_PROXY: '*'}, {NO_PROXY: '*.example'}]) {
			const plain = await runCheck({baseUrl: base, env: other});
			assert.equal(plain.details.noProxyWildcard, undefined, JSON.stringify(other));
			assert.match(plain.summary, /^gateway\.example reachable in \d+ ms\.$/, JSON.stringify(other));
		}
		setLanguage('zh-CN');
		try {
			const zh = await runCheck({baseUrl: base, env});
			assert.match(zh.summary, /。NO_PROXY 里的条目“\*\.example”让本工具直接连接 gateway\.example，基于 undici 的 Node 工具都这样读；但 curl 和 Python 的 requests 不认这里的“\*\.”，它们的调用会经过代理 http:\/\/127\.0\.0\.1:7890（来自 HTTP_PROXY）：请改写成“\.example”，它们都认。$/);
		} finally {
			setLanguage('en');
		}
	} finally {
		await server.close();
	}
});

// curl 7.88 and Python's requests 2.34, asked with no_proxy= and NO_PROXY=api.deepseek.com, went direct; undici through the proxy.
test('network check: an empty no_proxy hiding the NO_PROXY that names the host is said after the proxy\'s sentence, as curl and Python\'s requests go direct; English and Chinese', async () => {
	const proxy = await startTcpServer();
	try {
		const env = {HTTPS_PROXY: `http://alice:pw@127.0.0.1:${proxy.port}`, NO_PROXY: 'localhost,.deepseek.com', no_proxy: ''};
		const result = await runCheck({baseUrl: 'https://api.deepseek.com', env});
		assert.equal(result.status, 'pass');
		assert.match(result.summary, /^Proxy http:\/\/127\.0\.0\.1:\d+ reachable in \d+ ms\. no_proxy is set but empty, which hides NO_PROXY from this tool, as from Node tools built on undici; curl and Python's requests skip an empty no_proxy, read NO_PROXY and call api\.deepseek\.com directly: unset no_proxy, or give it NO_PROXY's value\.$/);
		assert.equal(result.details.emptyNoProxy, true);
		assert.ok(!JSON.stringify(result).includes('pw@'), 'the login is never shown');
		// A blank no_proxy of spaces is read as set by them too, and a NO_PROXY that does not name the host changes nothing.
		for (const other of [{...env, no_proxy: ' '}, {...env, NO_PROXY: 'other.example'}]) {
			const plain = await runCheck({baseUrl: 'https://api.deepseek.com', env: other});
			assert.equal(plain.details.emptyNoProxy, undefined, JSON.stringify(other));
			// Nothing about no_proxy; only the direct look, which fails here (the name resolves to nothing going direct).
			assert.match(plain.summary, /^Proxy http:\/\/127\.0\.0\.1:\d+ reachable in \d+ ms\. But going direct, api\.deepseek\.com cannot be reached \(ENOTFOUND\)/, JSON.stringify(other));
		}
		setLanguage('zh-CN');
		try {
			const zh = await runCheck({baseUrl: 'https://api.deepseek.com', env});
			assert.match(zh.summary, /。no_proxy 设置了但是空的，它让本工具（以及基于 undici 的 Node 工具）看不到 NO_PROXY；curl 和 Python 的 requests 会跳过空的 no_proxy，读取 NO_PROXY，直接连接 api\.deepseek\.com：请取消设置 no_proxy，或把它设成和 NO_PROXY 一样的值。$/);
		} finally {
			setLanguage('en');
		}
	} finally {
		await proxy.close();
	}
});

test('network check: a lower-case proxy variable hiding its upper-case twin\'s other proxy, and HTTP_PROXY taken for an https base URL, are said after the proxy\'s sentence; a failed proxy\'s first fix is then to unset the lower-case one; English and Chinese', async () => {
	const dead = await closedPort();
	const proxy = await startTcpServer();
	try {
		const shadowing = {https_proxy: `http://127.0.0.1:${dead}`, HTTPS_PROXY: 'http://alice:pw@proxy.corp.example:3128'};
		const failed = await runCheck({baseUrl: 'https://api.deepseek.com', env: shadowing});
		assert.equal(failed.status, 'fail');
		assert.equal(
			failed.summary,
			`The proxy http://127.0.0.1:${dead} (from https_proxy) refused the connection: start the proxy, fix https_proxy, or unset it to use the proxy in HTTPS_PROXY. HTTPS_PROXY is set too, to another value, which https_proxy overrides (the lower-case name wins, as in curl and Python).`,
		);
		assert.deepEqual(failed.details.proxyChoice, {variable: 'https_proxy', shadows: 'HTTPS_PROXY', httpForHttps: false});
		assert.ok(!JSON.stringify(failed).includes('alice'), 'the twin\'s value is never shown');
		const verdict = diagnose([{id: 'network', title: 'Network', durationMs: 1, ...failed}]);
		assert.deepEqual(verdict.fixes.map(fix => fix.title), ['Unset https_proxy to use the proxy in HTTPS_PROXY, or fix https_proxy', 'Watch DeepSeek\'s status page']);
		// The same value in both, or only one set: nothing more is said.
		const same = await runCheck({baseUrl: 'https://api.deepseek.com', env: {https_proxy: ` http://127.0.0.1:${dead}`, HTTPS_PROXY: `http://127.0.0.1:${dead}`}});
		assert.equal(same.details.proxyChoice, undefined);
		assert.deepEqual(diagnose([{id: 'network', title: 'Network', durationMs: 1, ...same}]).fixes.map(fix => fix.id), ['check_proxy', 'status_page']);
		// HTTP_PROXY alone, for https: this tool takes it (undici's rule); curl and Python's clients go direct.
		const httpOnly = await runCheck({baseUrl: 'https://api.deepseek.com', env: {HTTP_PROXY: `http://127.0.0.1:${proxy.port}`}});
		assert.equal(httpOnly.status, 'pass');
		assert.match(httpOnly.summary, /^Proxy http:\/\/127\.0\.0\.1:\d+ reachable in \d+ ms\. This tool takes HTTP_PROXY for https URLs too, as Node tools built on undici do, but curl and Python's httpx and requests take it only for http:\/\/ URLs and call api\.deepseek\.com directly: if they need the proxy, set HTTPS_PROXY to it too\.$/);
		assert.deepEqual(httpOnly.details.proxyChoice, {variable: 'HTTP_PROXY', shadows: null, httpForHttps: true});
		// Not for an http base URL, nor where HTTPS_PROXY is set.
		for (const [baseUrl, env] of [['http://gateway.example', {HTTP_PROXY: `http://127.0.0.1:${proxy.port}`}], ['https://api.deepseek.com', {HTTP_PROXY: 'http://127.0.0.1:1', HTTPS_PROXY: `http://127.0.0.1:${proxy.port}`}]] as const) {
			assert.equal((await runCheck({baseUrl, env})).details.proxyChoice, undefined, baseUrl);
		}
		setLanguage('zh-CN');
		try {
			const zh = await runCheck({baseUrl: 'https://api.deepseek.com', env: shadowing});
			assert.match(zh.summary, /或取消设置它，改用 HTTPS_PROXY 里的代理。HTTPS_PROXY 也设置了另一个值，以 https_proxy 为准（小写的名字优先，curl 和 Python 也是这样）。$/);
			assert.equal(diagnose([{id: 'network', title: 'Network', durationMs: 1, ...zh}]).fixes[0]?.title, '取消设置 https_proxy，改用 HTTPS_PROXY 里的代理，或修正 https_proxy');
			const zhHttp = await runCheck({baseUrl: 'https://api.deepseek.com', env: {HTTP_PROXY: `http://127.0.0.1:${proxy.port}`}});
			assert.match(zhHttp.summary, /。本工具对 https URL 也使用 HTTP_PROXY，.*会直接连接 api\.deepseek\.com：如果它们需要代理，把 HTTPS_PROXY 也设为这个代理。$/);
		} finally {
			setLanguage('en');
		}
	} finally {
		await proxy.close();
	}
});

test('network check: a base URL on this computer that Python\'s clients would call through a proxy (NO_PROXY does not name it) is a warning, and check says to add it to NO_PROXY; English and Chinese', async () => {
	const host = await startTcpServer();
	try {
		const base = `http://localhost:${host.port}`;
		const result = await runCheck({baseUrl: base, env: {HTTP_PROXY: 'http://alice:pw@127.0.0.1:7890'}});
		assert.equal(result.status, 'warn', result.summary);
		assert.equal(
			result.summary,
			`localhost reachable in ${String(result.details.connectMs)} ms. But HTTP_PROXY points at http://127.0.0.1:7890 and NO_PROXY does not name localhost: this tool never sends calls to this computer through a proxy, but Python's httpx and requests (so the openai SDK) do, and a proxy most often cannot reach this computer's services (it answers 502). Add localhost to NO_PROXY where your program runs.`,
		);
		assert.deepEqual(result.details.localCallsProxy, {variable: 'HTTP_PROXY', proxy: 'http://127.0.0.1:7890'});
		assert.equal(result.details.proxy, null, 'this tool went direct');
		assert.ok(!JSON.stringify(result).includes('pw@'), 'the login is never shown');
		const verdict = diagnose([{id: 'network', title: 'Network', durationMs: 1, ...result}]);
		assert.equal(verdict.verdict, 'ok');
		assert.deepEqual(verdict.fixes.map(fix => [fix.id, fix.title]), [['check_proxy', 'Add localhost to NO_PROXY where your program runs, or its calls to this computer go to the proxy in HTTP_PROXY']]);
		setLanguage('zh-CN');
		try {
			const zh = await runCheck({baseUrl: base, env: {http_proxy: 'http://127.0.0.1:7890'}});
			assert.match(zh.summary, /但 http_proxy 指向 http:\/\/127\.0\.0\.1:7890，而 NO_PROXY 里没有 localhost：本工具发往本机的请求从不经过代理/);
			assert.equal(diagnose([{id: 'network', title: 'Network', durationMs: 1, ...zh}]).fixes[0]?.title, '在运行你的程序的地方把 localhost 加进 NO_PROXY，否则它发往本机的请求会交给 http_proxy 里的代理');
		} finally {
			setLanguage('en');
		}
		// Python's clients take ALL_PROXY when no proxy for the scheme is set.
		assert.deepEqual((await runCheck({baseUrl: base, env: {ALL_PROXY: 'socks5://127.0.0.1:7890'}})).details.localCallsProxy, {variable: 'ALL_PROXY', proxy: 'socks5://127.0.0.1:7890'});
		// Not a warning: NO_PROXY names the host (any case, with a port), no proxy applies, or only HTTPS_PROXY for an http base URL.
		for (const env of [{HTTP_PROXY: 'http://127.0.0.1:7890', NO_PROXY: 'LOCALHOST'}, {HTTP_PROXY: 'http://127.0.0.1:7890', no_proxy: `localhost:${host.port}`}, {}, {HTTPS_PROXY: 'http://127.0.0.1:7890'}, {HTTP_PROXY: 'not a url'}]) {
			const quiet = await runCheck({baseUrl: base, env});
			assert.equal(quiet.status, 'pass', `${JSON.stringify(env)}: ${quiet.summary}`);
			assert.equal(quiet.details.localCallsProxy, undefined);
		}
		// NO_PROXY naming localhost does not exempt 127.0.0.1, for Python as for undici.
		assert.equal((await runCheck({baseUrl: `http://127.0.0.1:${host.port}`, env: {HTTP_PROXY: 'http://127.0.0.1:7890', NO_PROXY: 'localhost'}})).status, 'warn');
	} finally {
		await host.close();
	}
});

const tlsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'tls');

/**
 * An https server whose certificate this process does not trust (the tests' own authority, not given here),
 * counting the connections made to it and the requests sent inside them.
 */
async function untrustedTls(): Promise<{port: number; connections: () => number; requests: () => number; close(): Promise<void>}> {
	let connections = 0;
	let requests = 0;
	const server = https.createServer({cert: readFileSync(path.join(tlsDir, 'server.pem')), key: readFileSync(path.join(tlsDir, 'server-key.pem'))}, (_request, response) => {
		requests++;
		response.end();
	});
	server.on('connection', () => connections++);
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	assert.ok(address && typeof address === 'object');
	return {port: address.port, connections: () => connections, requests: () => requests, close: () => new Promise(resolve => server.close(() => resolve()))};
}

/** Run `body` with NODE_EXTRA_CA_CERTS as given in this process's environment (Node reads it from there only: extra-ca.ts). */
async function withExtraCa<T>(value: string | undefined, body: () => Promise<T>): Promise<T> {
	const before = process.env.NODE_EXTRA_CA_CERTS;
	if (value === undefined) delete process.env.NODE_EXTRA_CA_CERTS;
	else process.env.NODE_EXTRA_CA_CERTS = value;
	try {
		return await body();
	} finally {
		if (before === undefined) delete process.env.NODE_EXTRA_CA_CERTS;
		else process.env.NODE_EXTRA_CA_CERTS = before;
	}
}

const testIssuer = 'deepseek-fix test CA (fixture, never trust outside tests)';

test('network check, a certificate not trusted met directly: its sentence names who issued it and NODE_EXTRA_CA_CERTS as the API checks\' does, from one look they share; check\'s summary and first fix say the same', async () => {
	const server = await untrustedTls();
	try {
		const baseUrl = `https://127.0.0.1:${server.port}`;
		// One client per run, as check makes it.
		const client = () => createApiClient({baseUrl, apiKey: testKey, timeoutMs: 5000, env: {}});
		const api = client();
		const {result, request} = await withExtraCa(undefined, async () => ({result: await runCheck({baseUrl, env: {}, api}), request: await api.get('/models')}));
		assert.equal(result.status, 'fail', result.summary);
		assert.equal(result.details.reason, 'tls');
		assert.deepEqual(result.details.untrustedCertificate, {issuer: testIssuer, proxy: null, extraCaFile: null, systemTrusted: false});
		const said = `The certificate presented for 127.0.0.1:${server.port} is not trusted here: it was issued by "${testIssuer}", which this computer does not trust. A company proxy or antivirus that inspects HTTPS often causes this. Point NODE_EXTRA_CA_CERTS at the certificate of "${testIssuer}", or try another network.`;
		assert.equal(result.summary, said);
		// The API check's request says it in the same words.
		assert.equal(request.kind === 'failure' ? request.message : request.kind, said);
		// The check's handshake, the request's, and one look at the certificate for both: nothing sent inside any.
		assert.equal(server.connections(), 3);
		assert.equal(server.requests(), 0);
		const diagnosis = diagnose([{id: 'network', title: 'Network', durationMs: 1, ...result}]);
		assert.equal(diagnosis.summary, `The API could not be reached. ${said}`);
		assert.deepEqual(diagnosis.fixes.map(fix => [fix.id, fix.title]), [
			['check_tls', `Run again with NODE_EXTRA_CA_CERTS pointing at the certificate of "${testIssuer}"`],
			['status_page', "Watch DeepSeek's status page"],
		]);
		// A file NODE_EXTRA_CA_CERTS names that Node read: the sentence says it lacks the certificate that signed this one.
		const file = path.join(tlsDir, 'README.md');
		const named = await withExtraCa(file, async () => runCheck({baseUrl, env: {}, api: client()}));
		assert.deepEqual(named.details.untrustedCertificate, {issuer: testIssuer, proxy: null, extraCaFile: {path: file, readable: true}, systemTrusted: false});
		assert.match(named.summary, new RegExp(`NODE_EXTRA_CA_CERTS names ${file.replaceAll('.', '\\.')}, which does not hold the certificate that signed it`));
		setLanguage('zh-CN');
		try {
			const chinese = await withExtraCa(undefined, async () => runCheck({baseUrl, env: {}, api: client()}));
			assert.ok(chinese.summary.startsWith(`127.0.0.1:${server.port} 出示的证书由“${testIssuer}”签发`), chinese.summary);
		} finally {
			setLanguage('en');
		}
	} finally {
		await server.close();
	}
});

test('network check, a certificate not trusted where the look at it fails: the sentence for an unknown issuer, no "issued by"; no certificate file named, check\'s fixes stay the general pair', async () => {
	const server = await untrustedTls();
	try {
		const baseUrl = `https://127.0.0.1:${server.port}`;
		// The look's answer: nothing could be read (a SOCKS proxy, a connection that failed again, past 3 s).
		const result = await withExtraCa(undefined, async () => runCheck({baseUrl, env: {}}));
		assert.equal(result.status, 'fail', result.summary);
		assert.deepEqual(result.details.untrustedCertificate, {issuer: null, proxy: null, extraCaFile: null, systemTrusted: false});
		assert.equal(result.summary, `The certificate of 127.0.0.1:${server.port} is not trusted here. A company proxy or antivirus that inspects HTTPS often causes this. Point NODE_EXTRA_CA_CERTS at its certificate, or try another network.`);
		const diagnosis = diagnose([{id: 'network', title: 'Network', durationMs: 1, ...result}]);
		assert.equal(diagnosis.preciseFixes, undefined);
		assert.equal(diagnosis.fixes[0]?.id, 'check_tls');
	} finally {
		await server.close();
	}
});

test('network check: a failed TLS handshake names the certificate file other tools trust, and check\'s first fix points Node at it', async () => {
	const server = await untrustedTls();
	try {
		const baseUrl = `https://127.0.0.1:${server.port}`;
		const result = await runCheck({baseUrl, env: {REQUESTS_CA_BUNDLE: '/etc/ssl/corp-root.pem'}});
		assert.equal(result.status, 'fail', result.summary);
		assert.equal(result.details.reason, 'tls');
		assert.deepEqual(result.details.otherToolsCa, {variable: 'REQUESTS_CA_BUNDLE', path: '/etc/ssl/corp-root.pem'});
		assert.match(result.summary, /Your other tools trust the certificates in \/etc\/ssl\/corp-root\.pem \(REQUESTS_CA_BUNDLE\), but Node does not read that variable: run again with NODE_EXTRA_CA_CERTS=\/etc\/ssl\/corp-root\.pem\.$/);
		const diagnosis = diagnose([{id: 'network', title: 'Network', durationMs: 1, ...result}]);
		assert.equal(diagnosis.verdict, 'network_error');
		assert.deepEqual(diagnosis.fixes.map(fix => [fix.id, fix.title]), [
			['check_tls', 'Run again with NODE_EXTRA_CA_CERTS=/etc/ssl/corp-root.pem: the certificates your other tools trust (REQUESTS_CA_BUNDLE), which Node reads only from that variable'],
			['status_page', "Watch DeepSeek's status page"],
		]);
		// Node already has its own: nothing to point at.
		const withNodeCa = await runCheck({baseUrl, env: {SSL_CERT_FILE: '/etc/ssl/corp-root.pem', NODE_EXTRA_CA_CERTS: '/etc/ssl/other.pem'}});
		assert.equal(withNodeCa.details.reason, 'tls');
		assert.equal(withNodeCa.details.otherToolsCa, undefined);
		assert.doesNotMatch(withNodeCa.summary, /other tools/);
	} finally {
		await server.close();
	}
});
