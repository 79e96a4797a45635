// The built CLI behind a real CONNECT proxy, with the DEFAULT base URL: api.deepseek.com and
// the status page host are played by an https fake on 127.0.0.1 whose test certificate
// the child trusts through NODE_EXTRA_CA_CERTS. The proxy routes each CONNECT target to a
// loopback port; the child's lookups are mapped by a preload (map-hosts.mjs), which makes
// every other name fail, so nothing can leave this computer.
import assert from 'node:assert/strict';
import {copyFileSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import net from 'node:net';
import path from 'node:path';
import {rootCertificates} from 'node:tls';
import {after, before, describe, test} from 'node:test';
import {fakeKey, startFake, type FakeServer, type ScenarioName} from '../fake/server.js';
import {startProxy, type ProxyOptions, type TestProxy} from '../helpers/connect-proxy.js';
import {startSocks5, type Socks5Options, type Socks5Proxy} from '../helpers/socks5-proxy.js';
import {closedPort, listenOnLoopback, startPlainTunnelProxy} from '../helpers/raw-server.js';
import {runCli, tempConfigDir} from '../helpers/run-cli.js';
import {fakeEnv, mappedHostsEnv} from '../helpers/with-fake.js';

const here = import.meta.dirname;
const tlsDir = path.join(here, '..', 'fixtures', 'tls');
const tls = {key: readFileSync(path.join(tlsDir, 'server-key.pem')), cert: readFileSync(path.join(tlsDir, 'server.pem'))};
const proxyHost = 'proxy.corp.example';
const login = {user: 'alice', password: 'pr0xy-s3cret'};

type CheckJson = {
	verdict: string;
	summary: string;
	baseUrl: string;
	checks: Array<{id: string; status: string; summary: string; details: Record<string, unknown>}>;
	fixes: Array<{id: string; title: string}>;
	balance: null | {provider?: string};
};

const fakes = new Map<ScenarioName, FakeServer>();
const proxies: Array<TestProxy | Socks5Proxy> = [];

before(async () => {
	for (const name of ['ok', 'zero_balance', 'openrouter_limit_zero'] as const) fakes.set(name, await startFake({scenario: name, tls}));
});
after(async () => {
	await Promise.all([...fakes.values()].map(fake => fake.close()));
	await Promise.all(proxies.map(proxy => proxy.close()));
});

function fakePort(name: ScenarioName): number {
	const fake = fakes.get(name);
	assert.ok(fake, name);
	return Number(new URL(fake.baseUrl).port);
}

/** A proxy that sends api.deepseek.com and the status page to the fake playing `name` (and openrouter.ai to the OpenRouter fake). */
async function proxyFor(name: ScenarioName, options: Partial<ProxyOptions> = {}): Promise<TestProxy> {
	const port = fakePort(name);
	const proxy = await startProxy({
		routes: {'api.deepseek.com:443': port, 'statuspage.flashduty.com:443': port, 'openrouter.ai:443': fakePort('openrouter_limit_zero')},
		...options,
	});
	proxies.push(proxy);
	return proxy;
}

/** The child's environment: no DEEPSEEK_BASE_URL or DEEPSEEK_STATUS_URL (the defaults), names mapped to 127.0.0.1. */
function envWith(extra: Record<string, string | undefined>): Record<string, string | undefined> {
	return mappedHostsEnv({TEST_LOOPBACK_HOSTS: [proxyHost, 'api.deepseek.com', 'statuspage.flashduty.com', 'openrouter.ai'].join(','), ...extra});
}

const proxyUrl = (proxy: TestProxy, userinfo = '') => `http://${userinfo}${proxyHost}:${proxy.port}`;

async function checkJson(env: Record<string, string | undefined>, args: string[] = []): Promise<{json: CheckJson; code: number | null; stderr: string}> {
	const run = await runCli(['check', '--json', ...args], env);
	assert.equal(run.stderr, '', run.stderr);
	return {json: JSON.parse(run.stdout) as CheckJson, code: run.code, stderr: run.stderr};
}

const targets = (proxy: TestProxy) => proxy.seen.map(seen => `${seen.method} ${seen.target}`);
const checkOf = (json: CheckJson, id: string) => json.checks.find(item => item.id === id);

/**
 * What the network check's direct look beside a proxy that failed finds here, said after the proxy's sentence:
 * api.deepseek.com is 127.0.0.1 going direct (map-hosts.mjs), where nothing listens at 443, as on a network whose
 * firewall refuses all but its proxy: DeepSeek's API takes connections, so a refusal there is the firewall's.
 */
const directFailsToo = (port = 443) =>
	` Going direct, api.deepseek.com:${port} refuses the connection (ECONNREFUSED): DeepSeek's API takes connections, so a firewall on this network blocks it; this network needs the proxy, so unsetting HTTPS_PROXY will not help.`;
const directFailsTooZh = (port = 443) => `直连时 api.deepseek.com:${port} 拒绝连接（ECONNREFUSED）：DeepSeek 的 API 不会拒绝连接，是这个网络的防火墙挡住了直连；这个网络需要代理，取消设置 HTTPS_PROXY 也没用。`;

describe('through a CONNECT proxy, with the default base URL', () => {
	for (const variable of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']) {
		test(`${variable}: every request goes through the tunnel and the verdict is right`, async () => {
			const proxy = await proxyFor('zero_balance');
			const {json, code} = await checkJson(envWith({[variable]: proxyUrl(proxy)}));
			assert.equal(json.baseUrl, 'https://api.deepseek.com');
			assert.equal(json.verdict, 'insufficient_balance', json.summary);
			assert.equal(code, 1);
			assert.equal(checkOf(json, 'network')?.details.proxy, proxyUrl(proxy));
			assert.equal(checkOf(json, 'auth')?.status, 'pass');
			// The status page too, through the same proxy.
			assert.equal(checkOf(json, 'service_status')?.status, 'pass', checkOf(json, 'service_status')?.summary);
			assert.ok(targets(proxy).includes('CONNECT statuspage.flashduty.com:443'), targets(proxy).join(', '));
			assert.ok(targets(proxy).every(target => /^CONNECT (api\.deepseek\.com|statuspage\.flashduty\.com):443$/.test(target)), targets(proxy).join(', '));
			assert.ok(!proxy.received().includes(fakeKey), 'the key crossed the proxy in clear text');
		});
	}

	// As on a network that lets only its proxy out: going direct, nothing listens at api.deepseek.com:443 (127.0.0.1 here).
	test('api.deepseek.com reachable only through the proxy: ok, the network row warns that programs not reading HTTPS_PROXY cannot connect, and the fix says how to run a Node program', async () => {
		const proxy = await proxyFor('ok');
		const env = envWith({HTTPS_PROXY: proxyUrl(proxy)});
		const {json, code} = await checkJson(env);
		assert.equal(json.verdict, 'ok', json.summary);
		assert.equal(code, 0);
		const network = checkOf(json, 'network');
		assert.equal(network?.status, 'warn', network?.summary);
		assert.deepEqual(network?.details.directConnect, {reachable: false, code: 'ECONNREFUSED', unset: ['HTTPS_PROXY'], port: 443});
		assert.deepEqual((json as CheckJson & {fixes: Array<{id: string}>}).fixes.map(fix => fix.id), ['node_env_proxy']);
		// Nothing was sent going direct, and the proxy saw only tunnels.
		assert.ok(targets(proxy).every(target => target.startsWith('CONNECT ')), targets(proxy).join(', '));
		// Wrapped to the terminal's width: read as one line.
		const text = (await runCli(['check'], env)).stdout.replace(/\s+/g, ' ');
		assert.match(text, /But going direct, api\.deepseek\.com cannot be reached \(ECONNREFUSED\), so a program that does not read HTTPS_PROXY cannot connect/);
		assert.match(text, /Run your Node program with NODE_USE_ENV_PROXY=1/);
	});

	test('NO_PROXY (and no_proxy) exempt a host: it is not asked through the proxy', async () => {
		for (const variable of ['NO_PROXY', 'no_proxy']) {
			const proxy = await proxyFor('ok');
			// Reached directly, the status page host is 127.0.0.1:443, where nothing listens: "unknown".
			const {json} = await checkJson(envWith({HTTPS_PROXY: proxyUrl(proxy), [variable]: 'localhost,.flashduty.com'}));
			assert.equal(json.verdict, 'ok', json.summary);
			assert.equal(checkOf(json, 'service_status')?.status, 'skip');
			assert.ok(!targets(proxy).some(target => target.includes('flashduty')), targets(proxy).join(', '));
			assert.ok(targets(proxy).includes('CONNECT api.deepseek.com:443'));
		}
	});

	test('a proxy login in the URL is used, and never printed: text, JSON or report', async () => {
		const proxy = await proxyFor('ok', {login});
		const env = envWith({HTTPS_PROXY: proxyUrl(proxy, `${login.user}:${login.password}@`)});
		const {json} = await checkJson(env);
		assert.equal(json.verdict, 'ok', json.summary);
		assert.equal(proxy.seen[0]?.headers['proxy-authorization'], `Basic ${Buffer.from(`${login.user}:${login.password}`).toString('base64')}`);
		const outputs = [JSON.stringify(json)];
		for (const args of [['check'], ['report'], ['balance', '--json']]) {
			const run = await runCli(args, env);
			outputs.push(run.stdout, run.stderr);
		}
		const encoded = Buffer.from(`${login.user}:${login.password}`).toString('base64');
		for (const output of outputs) {
			assert.ok(!output.includes(login.password) && !output.includes(encoded) && !output.includes(`${login.user}:`), output);
		}
	});

	test('a proxy that wants a login (407): network_error, saying so', async () => {
		const proxy = await proxyFor('ok', {login});
		const {json, code} = await checkJson(envWith({HTTPS_PROXY: proxyUrl(proxy)}));
		assert.equal(json.verdict, 'network_error', json.summary);
		assert.equal(code, 1);
		assert.match(json.summary, /proxy .* asks for a login \(HTTP 407\)/);
		assert.equal(json.fixes[0]?.title, "Put the proxy's user and password in its URL: http://user:pass@host:port");
		// A wrong login: said as such, and not shown; the fix is to correct it (it is in the URL already).
		const wrong = await checkJson(envWith({HTTPS_PROXY: proxyUrl(proxy, `${login.user}:wrong-pw@`)}));
		assert.equal(wrong.json.verdict, 'network_error');
		assert.match(wrong.json.summary, /did not accept the login/);
		assert.match(wrong.json.fixes[0]?.title ?? '', /^Correct the user or password in the proxy's URL/);
		assert.equal(wrong.json.checks.find(check => check.id === 'auth')?.details['proxyLoginRefused'], true);
		assert.ok(!JSON.stringify(wrong.json).includes('wrong-pw'));
	});

	test('the proxy down: network_error naming the proxy', async () => {
		const port = await closedPort();
		const {json, code} = await checkJson(envWith({HTTPS_PROXY: `http://${proxyHost}:${port}`}));
		assert.equal(json.verdict, 'network_error', json.summary);
		assert.equal(code, 1);
		assert.ok(json.summary.includes(`${proxyHost}:${port}`), json.summary);
		assert.match(json.summary, /proxy/);
	});

	test('a relay (OpenRouter) through the proxy: its own balance endpoint is read through the tunnel', async () => {
		const proxy = await proxyFor('ok');
		const {json} = await checkJson(envWith({HTTPS_PROXY: proxyUrl(proxy), DEEPSEEK_BASE_URL: 'https://openrouter.ai/api/v1'}));
		assert.equal(json.verdict, 'relay_insufficient_balance', json.summary);
		assert.equal(json.balance?.provider, 'openrouter');
		assert.ok(targets(proxy).includes('CONNECT openrouter.ai:443'), targets(proxy).join(', '));
	});
});

/** A SOCKS5 proxy with the same routes as proxyFor's. */
async function socksFor(name: ScenarioName, options: Partial<Socks5Options> = {}): Promise<Socks5Proxy> {
	const port = fakePort(name);
	const proxy = await startSocks5({routes: {'api.deepseek.com:443': port, 'statuspage.flashduty.com:443': port}, ...options});
	proxies.push(proxy);
	return proxy;
}

// Local proxy apps (Clash, V2Ray, ssh -D) offer SOCKS5; undici's ProxyAgent speaks it.
describe('through a SOCKS5 proxy, with the default base URL', () => {
	// socks5h:// is curl's SOCKS5 with the proxy resolving the names, which undici's SOCKS5 always does.
	for (const scheme of ['socks5', 'socks', 'socks5h']) {
		test(`HTTPS_PROXY=${scheme}://…: the names go to the proxy (no local lookup), the verdict is right`, async () => {
			const proxy = await socksFor('zero_balance');
			const url = `${scheme}://${proxyHost}:${proxy.port}`;
			const {json, code} = await checkJson(envWith({HTTPS_PROXY: url}));
			assert.equal(json.verdict, 'insufficient_balance', json.summary);
			assert.equal(code, 1);
			assert.equal(checkOf(json, 'network')?.details.proxy, url);
			assert.equal(checkOf(json, 'service_status')?.status, 'pass', checkOf(json, 'service_status')?.summary);
			const seen = new Set(proxy.seen.map(entry => entry.target));
			assert.deepEqual([...seen].sort(), ['api.deepseek.com:443', 'statuspage.flashduty.com:443']);
		});
	}

	test('a SOCKS5 login in the URL is used and never printed; a wrong one is a network_error', async () => {
		const proxy = await socksFor('ok', {login});
		const {json} = await checkJson(envWith({HTTPS_PROXY: `socks5://${login.user}:${login.password}@${proxyHost}:${proxy.port}`}));
		assert.equal(json.verdict, 'ok', json.summary);
		assert.ok(proxy.seen.length > 0 && proxy.seen.every(entry => entry.loggedIn));
		assert.ok(!JSON.stringify(json).includes(login.password));
		const wrong = await checkJson(envWith({HTTPS_PROXY: `socks5://${login.user}:wrong-pw@${proxyHost}:${proxy.port}`}));
		assert.equal(wrong.json.verdict, 'network_error', wrong.json.summary);
		assert.match(wrong.json.summary, /SOCKS proxy socks5:\/\/proxy\.corp\.example:\d+ \(from HTTPS_PROXY\) did not accept the login/);
		assert.ok(!JSON.stringify(wrong.json).includes('wrong-pw'));
		const none = await checkJson(envWith({HTTPS_PROXY: `socks5://${proxyHost}:${proxy.port}`}));
		assert.equal(none.json.verdict, 'network_error', none.json.summary);
		assert.match(none.json.summary, /asks for a login: put the user and password in the proxy URL/);
	});

	// Reply 4, as Dante 1.4.2 answers a name its own lookup cannot resolve: the name is the first suspect.
	test('a SOCKS5 proxy that cannot reach the host by its name: network_error, its own lookup named', async () => {
		const proxy = await startSocks5({routes: {}});
		proxies.push(proxy);
		const env = envWith({HTTPS_PROXY: `socks5://${proxyHost}:${proxy.port}`});
		const {json} = await checkJson(env);
		assert.equal(json.verdict, 'network_error', json.summary);
		assert.equal(json.summary, `The SOCKS proxy socks5://${proxyHost}:${proxy.port} (from HTTPS_PROXY) could not reach api.deepseek.com (Host unreachable): the proxy looks the name up itself, and either cannot resolve it or has no route to it. Check the host name in the base URL, then the proxy's DNS and rules, or add the host to NO_PROXY.${directFailsToo()}`);
		const {json: chinese} = await checkJson({...env, DEEPSEEK_FIX_LANG: 'zh-CN'});
		assert.equal(chinese.summary, `SOCKS 代理 socks5://${proxyHost}:${proxy.port}（来自 HTTPS_PROXY）连不上 api.deepseek.com（主机不可达）：代理自己解析主机名，它要么解析不了这个名字，要么没有通往它的路由。请先检查 base URL 中的主机名，再检查代理的 DNS 和规则，或把主机加进 NO_PROXY。${directFailsTooZh()}`);
	});

	// An address has no name to look up: only the route is left. The test proxy connects nowhere it has no route for, so
	// nothing is sent to it; the network check's direct look beside it goes to the address itself, so it is one in
	// 198.18.0.0/15, which map-hosts.mjs sends to 127.0.0.1 (where nothing listens at 443): nothing leaves this computer.
	test('a SOCKS5 proxy that cannot reach an address: network_error, the route named', async () => {
		const proxy = await startSocks5({routes: {}});
		proxies.push(proxy);
		const {json} = await checkJson(envWith({HTTPS_PROXY: `socks5://${proxyHost}:${proxy.port}`, DEEPSEEK_BASE_URL: 'https://198.18.0.7/v1'}));
		assert.equal(json.verdict, 'network_error', json.summary);
		assert.equal(json.summary, `The SOCKS proxy socks5://${proxyHost}:${proxy.port} (from HTTPS_PROXY) could not reach 198.18.0.7 (Host unreachable): it has no route to that address. Check the address in the base URL and the proxy's rules, or add the host to NO_PROXY. Going direct, 198.18.0.7:443 refuses the connection (ECONNREFUSED): the host is reached, but its service is down or on another port, so unsetting HTTPS_PROXY alone will not help.`);
	});

	// As Dante 1.4.2 answered: reply 2 for a target its rules block, reply 5 where nothing listens at the target's port.
	test('a SOCKS5 proxy whose rules block the host: its reason, and its rules named', async () => {
		const proxy = await startSocks5({routes: {}, blocked: ['api.deepseek.com:443']});
		proxies.push(proxy);
		const {json} = await checkJson(envWith({HTTPS_PROXY: `socks5://${proxyHost}:${proxy.port}`}));
		assert.equal(json.summary, `The SOCKS proxy socks5://${proxyHost}:${proxy.port} (from HTTPS_PROXY) could not open a connection to the service: Connection not allowed by ruleset. The proxy may block this host or have no route to it; check its rules, or add the host to NO_PROXY.${directFailsToo()}`);
	});

	test('a SOCKS5 proxy that reaches the host where nothing listens at the port: the port, not the proxy\'s rules, in English and Chinese', async () => {
		const port = await closedPort();
		const proxy = await startSocks5({routes: {'api.deepseek.com:8443': port}});
		proxies.push(proxy);
		const env = envWith({HTTPS_PROXY: `socks5://${proxyHost}:${proxy.port}`, DEEPSEEK_BASE_URL: 'https://api.deepseek.com:8443'});
		const {json} = await checkJson(env);
		assert.equal(json.verdict, 'network_error', json.summary);
		assert.equal(json.summary, `The SOCKS proxy socks5://${proxyHost}:${proxy.port} (from HTTPS_PROXY) reached api.deepseek.com, but it refused the connection on port 8443: nothing takes connections there. Check the port in the base URL; if it is right, the service there is down.`);
		const chinese = JSON.parse((await runCli(['check', '--json'], {...env, DEEPSEEK_FIX_LANG: 'zh-CN'})).stdout) as CheckJson;
		assert.equal(chinese.summary, `SOCKS 代理 socks5://${proxyHost}:${proxy.port}（来自 HTTPS_PROXY）连到了 api.deepseek.com，但对方拒绝了 8443 端口上的连接：那里没有服务在接收连接。请检查 base URL 中的端口；如果端口没错，那就是那里的服务停了。`);
	});

	test('the SOCKS5 proxy down: network_error naming it', async () => {
		const port = await closedPort();
		const {json} = await checkJson(envWith({HTTPS_PROXY: `socks5://${proxyHost}:${port}`}));
		assert.equal(json.verdict, 'network_error', json.summary);
		assert.ok(json.summary.includes(`${proxyHost}:${port}`), json.summary);
	});
});

describe('a loopback base URL with a proxy set', () => {
	test('https to a local gateway with its own certificate: direct, HTTP/1.1, verdict right', async () => {
		const proxy = await proxyFor('ok');
		const fake = fakes.get('zero_balance');
		assert.ok(fake);
		const {json} = await checkJson(envWith({HTTPS_PROXY: proxyUrl(proxy), DEEPSEEK_BASE_URL: fake.baseUrl, DEEPSEEK_STATUS_URL: fake.statusUrl}));
		assert.equal(json.verdict, 'insufficient_balance', json.summary);
		assert.equal(checkOf(json, 'network')?.summary.includes('TLS OK'), true);
		assert.deepEqual(proxy.seen, []);
	});

	test('goes direct: the proxy never sees a request, let alone the key', async () => {
		const local = await startFake({scenario: 'ok'});
		try {
			const proxy = await proxyFor('ok');
			const env = {
				...fakeEnv(local),
				NODE_OPTIONS: `--import ${path.join(here, '..', 'helpers', 'map-hosts.mjs')}`,
				TEST_LOOPBACK_HOSTS: proxyHost,
				HTTP_PROXY: proxyUrl(proxy),
				HTTPS_PROXY: proxyUrl(proxy),
			};
			const {json} = await checkJson(env);
			assert.equal(json.verdict, 'ok', json.summary);
			assert.equal(checkOf(json, 'network')?.details.proxy, null);
			// Python's HTTP clients would not go direct: the network check warns, and check says to add the host to NO_PROXY.
			assert.equal(checkOf(json, 'network')?.status, 'warn');
			assert.deepEqual(checkOf(json, 'network')?.details.localCallsProxy, {variable: 'HTTP_PROXY', proxy: `http://${proxyHost}:${proxy.port}`});
			assert.deepEqual((json as CheckJson & {fixes: Array<{id: string; title: string}>}).fixes.map(fix => [fix.id, fix.title]), [
				['check_proxy', 'Add 127.0.0.1 to NO_PROXY where your program runs, or its calls to this computer go to the proxy in HTTP_PROXY'],
			]);
			assert.deepEqual(proxy.seen, []);
			assert.ok(!proxy.received().includes(fakeKey));
			assert.ok(local.requests.some(request => request.authorization === `Bearer ${fakeKey}`));
		} finally {
			await local.close();
		}
	});
});

type Verdict = {json: CheckJson & {fixes: Array<{id: string}>}; text: string; report: string};

/** check --json, check and report with one environment; the text outputs with their line wrapping undone. */
async function verdictOf(env: Record<string, string | undefined>): Promise<Verdict> {
	const [json, text, report] = await Promise.all([runCli(['check', '--json'], env), runCli(['check'], env), runCli(['report'], env)]);
	for (const run of [json, text, report]) assert.equal(run.stderr, '', run.stderr);
	const unwrapped = (output: string) => output.replaceAll(/\s+/g, ' ');
	return {json: JSON.parse(json.stdout) as Verdict['json'], text: unwrapped(text.stdout), report: unwrapped(report.stdout)};
}

/** Going direct fails too here (directFailsToo): the proxy is the way out, not NO_PROXY. */
const repairTheProxy = /What to do: 1\. Repair the proxy in HTTPS_PROXY, or ask whoever runs it to: this network reaches the service only through it/;

/**
 * The verdict blames the proxy in this exact sentence, then says that going direct fails too, in every output, with its fix
 * (`fix`: its title as check prints it) first and the status page after.
 */
function assertBlamesProxy(found: Verdict, said: string, fix: RegExp = repairTheProxy, port = 443) {
	const sentence = `${said}${directFailsToo(port)}`;
	assert.equal(found.json.verdict, 'network_error', found.json.summary);
	assert.equal(found.json.summary, sentence);
	assert.deepEqual(found.json.fixes.slice(0, 2).map(fix => fix.id), ['check_proxy', 'status_page']);
	for (const output of [found.text, found.report]) assert.ok(output.includes(sentence), output);
	assert.match(found.text, fix);
}

function assertNoPassword(found: Verdict) {
	for (const output of [JSON.stringify(found.json), found.text, found.report]) {
		assert.ok(!output.includes(login.password) && !output.includes(`${login.user}:`), output);
	}
}

// The network check connects to the proxy, not to the service: its "refused" is the proxy's.
describe('a proxy that fails: check, check --json and report name it (never its login) and say what to do', () => {
	const withLogin = `${login.user}:${login.password}@`;

	test('nothing listens on the proxy\'s port (English, and Chinese)', async () => {
		const port = await closedPort();
		const env = envWith({HTTPS_PROXY: `http://${withLogin}${proxyHost}:${port}`});
		const found = await verdictOf(env);
		// Nothing listens there, and it is not on this computer: its host and port, with whoever runs it (never its login).
		assertBlamesProxy(found, `The proxy http://${proxyHost}:${port} (from HTTPS_PROXY) refused the connection: start the proxy, or fix HTTPS_PROXY.`, new RegExp(`What to do: 1\\. Check the host and port of the proxy in HTTPS_PROXY \\(http://proxy\\.corp\\.example:${port}\\) with whoever runs it 2\\. `));
		assert.equal(checkOf(found.json, 'network')?.summary, found.json.summary);
		// The other rows point to the Network row, and so does the verdict line: the proxy's sentence is said once, on that row (the JSON keeps it as the summary too).
		for (const id of ['auth', 'balance', 'service_status']) assert.equal(checkOf(found.json, id)?.summary, 'Not checked (no connection; see Network).', id);
		assert.equal(found.text.split('refused the connection').length - 1, 1, found.text);
		assert.ok(found.text.includes('Network error: see the Network row above.'), found.text);
		assertNoPassword(found);
		const chinese = await runCli(['check', '--json'], {...env, LANG: 'zh_CN.UTF-8', DEEPSEEK_FIX_LANG: undefined});
		const zh = JSON.parse(chinese.stdout) as Verdict['json'];
		assert.equal(zh.summary, `代理 http://${proxyHost}:${port}（来自 HTTPS_PROXY）拒绝了连接：请启动代理，或修正 HTTPS_PROXY。${directFailsTooZh()}`);
		assert.equal(zh.fixes[0]?.id, 'check_proxy');
	});

	test('http:// in front of a SOCKS5 port (Clash\'s socks-port): it closes the tunnel request unanswered; the sentence says so, and the fix, alone, to write socks5:// (or use the HTTP port)', async () => {
		const socks = await socksFor('ok');
		const found = await verdictOf(envWith({HTTPS_PROXY: `http://${proxyHost}:${socks.port}`}));
		const said = `The proxy http://${proxyHost}:${socks.port} (from HTTPS_PROXY) closed the tunnel request without answering: that port speaks SOCKS5, not HTTP (Clash's mixed-port, 7890 by default, speaks both). Python's httpx takes socks5://${proxyHost}:${socks.port} only with pip install "httpx[socks]".`;
		assertBlamesProxy(found, said, new RegExp(`What to do: 1\\. Set HTTPS_PROXY to socks5://proxy\\.corp\\.example:${socks.port}, or to the proxy app's HTTP or mixed port 2\\. `));
		assert.equal(checkOf(found.json, 'auth')?.details.code, 'PROXY_SPEAKS_SOCKS5');
		// What to write is the fix's: the sentence, said on the rows and in the verdict, does not say it again.
		assert.doesNotMatch(found.json.summary, /HTTP or mixed port/, found.json.summary);
		// Only the greeting was sent to it, never a tunnel request it took.
		assert.deepEqual(socks.seen, []);
	});

	test('http:// with a login in front of a SOCKS5 port: the socks5:// URL keeps the user, says to put the password in place of …, and never shows it (check, --json, report, Chinese)', async () => {
		const socks = await socksFor('ok');
		const env = envWith({HTTPS_PROXY: `http://${withLogin}${proxyHost}:${socks.port}`});
		const found = await verdictOf(env);
		const kept = `socks5://${login.user}:…@${proxyHost}:${socks.port}`;
		const said = `The proxy http://${proxyHost}:${socks.port} (from HTTPS_PROXY) closed the tunnel request without answering: that port speaks SOCKS5, not HTTP (Clash's mixed-port, 7890 by default, speaks both). Python's httpx takes ${kept} only with pip install "httpx[socks]".`;
		assertBlamesProxy(found, said, /What to do: 1\. Set HTTPS_PROXY to socks5:\/\/alice:…@proxy\.corp\.example:\d+, with your proxy password in place of …, or to the proxy app's HTTP or mixed port 2\. /);
		assert.equal(checkOf(found.json, 'auth')?.details.proxySocksUrl, kept);
		assert.equal(found.json.fixes[0]?.title, `Set HTTPS_PROXY to ${kept}, with your proxy password in place of …, or to the proxy app's HTTP or mixed port`);
		const chinese = JSON.parse((await runCli(['check', '--json'], {...env, DEEPSEEK_FIX_LANG: 'zh-CN'})).stdout) as Verdict['json'];
		assert.ok(chinese.summary.includes(`扩展才能用 ${kept}。`), chinese.summary);
		assert.equal(chinese.fixes[0]?.title, `把 HTTPS_PROXY 设为 ${kept}，把 … 换成你的代理密码，或者改成代理软件的 HTTP 或混合端口`);
		for (const output of [JSON.stringify(found.json), found.text, found.report, JSON.stringify(chinese)]) assert.ok(!output.includes(login.password), 'never the password');
	});

	test('an http:// proxy that closes the tunnel request unanswered and is no SOCKS5 port either keeps the plain sentence', async () => {
		const server = net.createServer(socket => socket.once('data', () => socket.destroy()));
		const port = await listenOnLoopback(server);
		try {
			const found = await verdictOf(envWith({HTTPS_PROXY: `http://${proxyHost}:${port}`}));
			assert.equal(checkOf(found.json, 'auth')?.details.code, 'UND_ERR_PRX_CONN');
			assert.doesNotMatch(found.json.summary, /SOCKS5/);
			// Going direct fails too here (directFailsToo): no row and no verdict offers to unset HTTPS_PROXY.
			const said = `The proxy http://${proxyHost}:${port} (from HTTPS_PROXY) failed: other side closed. Check the proxy, or fix HTTPS_PROXY.`;
			assert.equal(found.json.summary, `${said}${directFailsToo()}`);
			assert.equal(checkOf(found.json, 'auth')?.summary, said);
			for (const output of [JSON.stringify(found.json), found.text, found.report]) assert.doesNotMatch(output, /or unset HTTPS_PROXY/, output);
			const chinese = await checkJson(envWith({HTTPS_PROXY: `http://${proxyHost}:${port}`, DEEPSEEK_FIX_LANG: 'zh-CN'}));
			assert.ok(chinese.json.summary.includes('请检查代理，或修正 HTTPS_PROXY。'), chinese.json.summary);
			assert.doesNotMatch(JSON.stringify(chinese.json), /或取消设置/);
		} finally {
			server.close();
		}
	});

	test('a proxy that opens the tunnel (200) and then closes it unanswered, as Clash does where its node fails: the proxy app\'s node, not "the internet connection"', async () => {
		const server = net.createServer(socket => socket.once('data', () => socket.write('HTTP/1.1 200 Connection established\r\n\r\n', () => socket.destroy())));
		const port = await listenOnLoopback(server);
		try {
			const found = await verdictOf(envWith({HTTPS_PROXY: `http://${proxyHost}:${port}`}));
			const auth = checkOf(found.json, 'auth');
			assert.equal(auth?.details.tunnelClosed, true);
			assert.equal(auth?.details.reason, 'connection_reset');
			const said = `The proxy http://${proxyHost}:${port} (from HTTPS_PROXY) opened the tunnel to api.deepseek.com, then closed it before api.deepseek.com answered: a proxy app (Clash, v2rayN…) does so when its node cannot reach the host or its rules block it.`;
			assert.equal(found.json.verdict, 'network_error', found.json.summary);
			assert.ok(found.json.summary.includes(said), found.json.summary);
			// Picking another node is the fix's: the sentence does not say it again.
			assert.doesNotMatch(found.json.summary, /another node/, found.json.summary);
			assert.deepEqual(found.json.fixes.map(fix => fix.id), ['check_network', 'status_page']);
			assert.match(found.json.fixes[0]?.title ?? '', /^Open your proxy app \(Clash, Surge, sing-box…\): check that it is running, pick another node, or set api\.deepseek\.com to DIRECT in its rules$/);
		} finally {
			server.close();
		}
	});

	test('a proxy that opens the tunnel (200) and then sends a web page through it, not TLS (a filter\'s block page): the proxy answers in the service\'s place, no certificate advice (English, Chinese)', async () => {
		const page = '<html><body>Blocked by policy</body></html>';
		const server = net.createServer(socket => {
			socket.on('error', () => {});
			socket.once('data', () => socket.write(`HTTP/1.1 200 Connection established\r\n\r\nHTTP/1.1 403 Forbidden\r\nContent-Type: text/html\r\n\r\n${page}`));
		});
		const port = await listenOnLoopback(server);
		try {
			const env = envWith({HTTPS_PROXY: `http://${proxyHost}:${port}`});
			const found = await verdictOf(env);
			const said = `The proxy http://${proxyHost}:${port} (from HTTPS_PROXY) opened the tunnel to api.deepseek.com, but what came through it is plain text, not TLS (ERR_SSL_WRONG_VERSION_NUMBER): the proxy, or a filter behind it, answers in api.deepseek.com's place (a block or login page); ask whoever runs the proxy to let api.deepseek.com through.`;
			assert.equal(checkOf(found.json, 'auth')?.details.reason, 'proxy');
			assertBlamesProxy(found, said);
			assert.doesNotMatch(JSON.stringify(found.json), /NODE_EXTRA_CA_CERTS|antivirus/);
			const zh = (await checkJson({...env, DEEPSEEK_FIX_LANG: 'zh-CN'})).json;
			assert.ok(zh.summary.startsWith(`代理 http://${proxyHost}:${port}（来自 HTTPS_PROXY）打开了到 api.deepseek.com 的隧道，但隧道里传回的是明文，不是 TLS（ERR_SSL_WRONG_VERSION_NUMBER）：是代理或它后面的过滤设备在代替 api.deepseek.com 应答（拦截页或登录页）；请找代理的管理员放行 api.deepseek.com。`), zh.summary);
		} finally {
			server.close();
		}
	});

	test('a proxy that opens the tunnel (200) to a port other than 443 and then plain text comes through: the service at that port most likely speaks plain HTTP, so the base URL\'s port or https://, not a certificate (English, Chinese)', async () => {
		const {port, close} = await startPlainTunnelProxy();
		try {
			const env = envWith({HTTPS_PROXY: `http://${proxyHost}:${port}`, DEEPSEEK_BASE_URL: 'https://relay.example.com:8443', TEST_LOOPBACK_HOSTS: [proxyHost, 'relay.example.com', 'statuspage.flashduty.com'].join(',')});
			const found = await verdictOf(env);
			const said = `Plain text, not TLS, came through the tunnel the proxy http://${proxyHost}:${port} (from HTTPS_PROXY) opened to relay.example.com:8443 (ERR_SSL_WRONG_VERSION_NUMBER): what answers at that port most likely speaks plain HTTP, so the port or the https:// in the base URL is wrong (less often, the proxy or a filter behind it answers in its place).`;
			const auth = checkOf(found.json, 'auth');
			assert.equal(auth?.summary, said);
			assert.equal(auth?.details.tunnelPlain, true);
			assert.equal(found.json.verdict, 'network_error', found.json.summary);
			assert.ok(found.json.summary.endsWith(said), found.json.summary);
			assert.deepEqual(found.json.fixes.map(fix => fix.id), ['fix_base_url']);
			assert.equal(found.json.fixes[0]?.title, 'Correct the port or the https:// in the base URL: relay.example.com:8443 does not take TLS (the service\'s docs give its address)');
			assert.doesNotMatch(JSON.stringify(found.json), /NODE_EXTRA_CA_CERTS|antivirus|intercepting/);
			const zh = (await checkJson({...env, DEEPSEEK_FIX_LANG: 'zh-CN'})).json;
			assert.ok(zh.summary.includes(`隧道里传回的是明文，不是 TLS：代理 http://${proxyHost}:${port}（来自 HTTPS_PROXY）打开了到 relay.example.com:8443 的隧道（ERR_SSL_WRONG_VERSION_NUMBER），这个端口上的应答多半是普通 HTTP，所以 base URL 里的端口或 https:// 写错了`), zh.summary);
		} finally {
			await close();
		}
	});

	test('a CONNECT proxy that answers 403 (its rules deny the host)', async () => {
		const proxy = await proxyFor('ok', {login, forbidAll: true});
		const found = await verdictOf(envWith({HTTPS_PROXY: proxyUrl(proxy, withLogin)}));
		// Squid's page is one for a rule about the client and one about the host: both causes, in one sentence.
		assertBlamesProxy(found, `The proxy http://${proxyHost}:${proxy.port} (from HTTPS_PROXY) refused to open a connection to api.deepseek.com (HTTP 403): its rules either do not serve this computer or block api.deepseek.com; ask its administrator, or add the host to NO_PROXY.`);
		assert.ok(targets(proxy).includes('CONNECT api.deepseek.com:443'), targets(proxy).join(', '));
		assertNoPassword(found);
	});

	test('a CONNECT proxy that cannot reach the host (502): not "the proxy may block this host"', async () => {
		const proxy = await startProxy({routes: {}});
		proxies.push(proxy);
		const found = await verdictOf(envWith({HTTPS_PROXY: proxyUrl(proxy)}));
		assertBlamesProxy(found, `The proxy http://${proxyHost}:${proxy.port} (from HTTPS_PROXY) could not reach the service (it answered HTTP 502 to the tunnel request): the service, or the proxy's own way out, may be down; try again later, or ask the proxy's administrator if it lasts.`);
	});

	// As the real proxies answered (test/fixtures/proxies).
	test('tinyproxy answering a wrong login 401, not 407: the login is blamed and the fix says to correct the one in the URL', async () => {
		const proxy = await proxyFor('ok', {login, product: 'tinyproxy'});
		const found = await verdictOf(envWith({HTTPS_PROXY: proxyUrl(proxy, `${login.user}:wrong-pw@`)}));
		assertBlamesProxy(found, `The proxy http://${proxyHost}:${proxy.port} (from HTTPS_PROXY) did not accept the login in its URL (HTTP 401): check the user and password (percent-encode special characters, e.g. @ as %40).`, /What to do: 1\. Correct the user or password in the proxy's URL, as whoever runs the proxy gave them/);
		assert.ok(!JSON.stringify(found).includes('wrong-pw'));
	});

	// tinyproxy's 403 says whose rule refused it: "Access denied" (its Allow rules leave this client out), "Filtered" (its Filter names the host).
	for (const [deny, sentence, zh] of [
		['client', 'its rules do not serve this computer, whatever the host; ask its administrator to allow this computer, or add the host to NO_PROXY.', '它的规则不为这台电脑服务，与访问哪个主机无关；请联系代理管理员放行这台电脑，或把主机加进 NO_PROXY。'],
		['host', 'its filter blocks api.deepseek.com; ask its administrator to allow api.deepseek.com, or add the host to NO_PROXY.', '它的过滤规则屏蔽了 api.deepseek.com；请联系代理管理员放行 api.deepseek.com，或把主机加进 NO_PROXY。'],
	] as const) {
		test(`tinyproxy refusing by a rule about the ${deny}: its page says which, in English and Chinese`, async () => {
			const proxy = await proxyFor('ok', {product: 'tinyproxy', deny});
			const env = envWith({HTTPS_PROXY: proxyUrl(proxy)});
			const words = deny === 'client' ? 'Access denied' : 'Filtered';
			assertBlamesProxy(await verdictOf(env), `The proxy http://${proxyHost}:${proxy.port} (from HTTPS_PROXY) refused to open a connection to api.deepseek.com (HTTP 403, "${words}"): ${sentence}`);
			const chinese = JSON.parse((await runCli(['check', '--json'], {...env, DEEPSEEK_FIX_LANG: 'zh-CN'})).stdout) as Verdict['json'];
			assert.equal(chinese.summary, `代理 http://${proxyHost}:${proxy.port}（来自 HTTPS_PROXY）拒绝建立到 api.deepseek.com 的连接（HTTP 403）：${zh}${directFailsTooZh()}`);
		});
	}

	// The proxy answered in place of a base URL it would not pass calls to: the Where calls go row says so, not "no answer".
	for (const [name, options, en, zh] of [
		['Squid refusing the host (403)', {product: 'squid', deny: 'host'}, 'it refused to pass the calls on (HTTP 403)', '它拒绝转发这些调用（HTTP 403）'],
		['Squid asking a login (407)', {product: 'squid', login}, 'it refused to pass the calls on (HTTP 407)', '它拒绝转发这些调用（HTTP 407）'],
		['Squid unable to reach it (503)', {product: 'squid', routes: {}}, 'it could not reach gateway.example (HTTP 503)', '它连不上 gateway.example（HTTP 503）'],
	] as const) {
		test(`a base URL the proxy answers for, ${name}: the endpoint row says the proxy answered, in English and Chinese`, async () => {
			const proxy = await proxyFor('ok', options);
			const env = envWith({HTTPS_PROXY: proxyUrl(proxy), DEEPSEEK_BASE_URL: 'https://gateway.example'});
			const {json} = await checkJson(env);
			assert.equal(checkOf(json, 'endpoint')?.summary, `The proxy http://${proxyHost}:${proxy.port} answered instead of gateway.example: ${en}, so which service gateway.example is cannot be told.`);
			// The proxy was reached; going direct, gateway.example resolves to nothing here: the proxy-only warning, not a failure.
			assert.equal(checkOf(json, 'network')?.status, 'warn', checkOf(json, 'network')?.summary);
			assert.deepEqual(checkOf(json, 'network')?.details.directConnect, {reachable: false, code: 'ENOTFOUND', unset: ['HTTPS_PROXY'], port: 443});
			const chinese = JSON.parse((await runCli(['check', '--json'], {...env, DEEPSEEK_FIX_LANG: 'zh-CN'})).stdout) as CheckJson;
			assert.equal(checkOf(chinese, 'endpoint')?.summary, `代替 gateway.example 响应的是代理 http://${proxyHost}:${proxy.port}：${zh}，因此无法判断 gateway.example 是哪个服务。`);
		});
	}

	test('Squid\'s 403 page in place of a plain-http status page (HTTP_PROXY): the status row names Squid and what to do, in English and Chinese', async () => {
		const proxy = await proxyFor('ok', {product: 'squid', deny: 'host'});
		const env = envWith({
			HTTP_PROXY: proxyUrl(proxy), NO_PROXY: 'api.deepseek.com', DEEPSEEK_BASE_URL: `https://api.deepseek.com:${fakePort('ok')}`,
			DEEPSEEK_STATUS_URL: 'http://status.corp.example/api/v2/summary.json',
			TEST_LOOPBACK_HOSTS: [proxyHost, 'api.deepseek.com', 'status.corp.example'].join(','),
		});
		const {json} = await checkJson(env);
		assert.deepEqual(targets(proxy), ['GET http://status.corp.example/api/v2/summary.json']);
		assert.equal(checkOf(json, 'service_status')?.summary, 'Unknown. A proxy (Squid, by its page) answered HTTP 403 instead of the status page: your calls go through it, and it refuses those to status.corp.example; ask whoever runs it to allow status.corp.example, or leave status.corp.example out of it with NO_PROXY.');
		const chinese = JSON.parse((await runCli(['check', '--json'], {...env, DEEPSEEK_FIX_LANG: 'zh-CN'})).stdout) as CheckJson;
		assert.equal(checkOf(chinese, 'service_status')?.summary, '未知。代替状态页响应的是一个代理（从页面看是 Squid），HTTP 403：你的调用经过它，而它拒绝了发往 status.corp.example 的调用；请让代理管理员放行 status.corp.example，或用 NO_PROXY 让 status.corp.example 绕过它。');
	});

	test('Squid\'s default rules refusing a tunnel to a port other than 443: the port is named, in English and Chinese', async () => {
		const proxy = await proxyFor('ok', {login, product: 'squid', connectPorts: [443]});
		const env = envWith({HTTPS_PROXY: proxyUrl(proxy, withLogin), DEEPSEEK_BASE_URL: 'https://api.deepseek.com:8443'});
		const found = await verdictOf(env);
		assertBlamesProxy(found, `The proxy http://${proxyHost}:${proxy.port} (from HTTPS_PROXY) refused to open a connection to api.deepseek.com on port 8443 (HTTP 403): many proxies (Squid's and tinyproxy's default rules) open connections only to port 443; ask its administrator to allow port 8443, use an address of the service on port 443, or add the host to NO_PROXY.`, repairTheProxy, 8443);
		assertNoPassword(found);
		const chinese = JSON.parse((await runCli(['check', '--json'], {...env, DEEPSEEK_FIX_LANG: 'zh-CN'})).stdout) as Verdict['json'];
		assert.equal(chinese.summary, `代理 http://${proxyHost}:${proxy.port}（来自 HTTPS_PROXY）拒绝建立到 api.deepseek.com 的 8443 端口的连接（HTTP 403）：许多代理（Squid、tinyproxy 的默认规则）只允许连到 443 端口；请联系代理管理员放行 8443 端口、改用服务在 443 端口上的地址，或把主机加进 NO_PROXY。${directFailsTooZh(8443)}`);
	});

	test('a CONNECT proxy that answers 407 (no login in the URL)', async () => {
		const proxy = await proxyFor('ok', {login});
		const found = await verdictOf(envWith({HTTPS_PROXY: proxyUrl(proxy)}));
		// Its login, not NO_PROXY: the network needs the proxy.
		assertBlamesProxy(found, `The proxy http://${proxyHost}:${proxy.port} (from HTTPS_PROXY) asks for a login (HTTP 407): put the user and password in the proxy URL, e.g. http://user:password@proxy:8080.`, /What to do: 1\. Put the proxy's user and password in its URL: http:\/\/user:pass@host:port/);
	});

	test('a SOCKS5 proxy that refuses the connection', async () => {
		const port = await closedPort();
		const found = await verdictOf(envWith({HTTPS_PROXY: `socks5://${withLogin}${proxyHost}:${port}`}));
		assertBlamesProxy(found, `The proxy socks5://${proxyHost}:${port} (from HTTPS_PROXY) refused the connection: start the proxy, or fix HTTPS_PROXY.`, new RegExp(`What to do: 1\\. Check the host and port of the proxy in HTTPS_PROXY \\(socks5://proxy\\.corp\\.example:${port}\\)`));
		assertNoPassword(found);
	});

	// Wrong ports and schemes, as people mix up the ports of a local proxy app (Clash's 7890
	// and 7891) or write https:// for a proxy that takes plain HTTP.
	test('a port that answers something other than HTTP, given as http://: the proxy\'s answer, not "api.deepseek.com … not HTTP" and DeepSeek support', async () => {
		const other = net.createServer(socket => {
			socket.on('error', () => {});
			socket.end('SSH-2.0-OpenSSH_9.6\r\n');
		});
		const port = await listenOnLoopback(other);
		try {
			const found = await verdictOf(envWith({HTTPS_PROXY: `http://${withLogin}${proxyHost}:${port}`}));
			assertBlamesProxy(found, `The proxy http://${proxyHost}:${port} (from HTTPS_PROXY) did not answer as an HTTP proxy: check the port in HTTPS_PROXY; a SOCKS proxy's URL starts with socks5://.`);
			assertNoPassword(found);
		} finally {
			other.close();
		}
	});

	test('an HTTP proxy given as https://: the TLS failure is the proxy\'s, not api.deepseek.com\'s (not "a proxy or antivirus is intercepting HTTPS")', async () => {
		const proxy = await proxyFor('ok', {login});
		const found = await verdictOf(envWith({HTTPS_PROXY: `https://${withLogin}${proxyHost}:${proxy.port}`}));
		assertBlamesProxy(found, `The proxy https://${proxyHost}:${proxy.port} (from HTTPS_PROXY) does not speak TLS, yet its URL starts with https:// (ERR_SSL_WRONG_VERSION_NUMBER): most proxies, local ones too, take plain HTTP; write http:// in HTTPS_PROXY, also for https sites.`);
		assertNoPassword(found);
	});

	test('an https:// proxy at an IP address: no DeprecationWarning (DEP0123, a TLS server name that is an address) on stderr', async () => {
		const proxy = await proxyFor('ok');
		// checkJson asserts an empty stderr.
		const {json} = await checkJson(envWith({HTTPS_PROXY: `https://127.0.0.1:${proxy.port}`}));
		assert.match(json.summary, /^The proxy https:\/\/127\.0\.0\.1:\d+ \(from HTTPS_PROXY\) does not speak TLS/);
	});

	test('an HTTP proxy given as socks5://', async () => {
		const proxy = await proxyFor('ok');
		const found = await verdictOf(envWith({HTTPS_PROXY: `socks5://${withLogin}${proxyHost}:${proxy.port}`}));
		assertBlamesProxy(found, `The proxy socks5://${proxyHost}:${proxy.port} (from HTTPS_PROXY) did not answer as a SOCKS5 proxy: check the port in HTTPS_PROXY; an HTTP proxy's URL starts with http://.`);
		assertNoPassword(found);
	});

	// A company proxy that intercepts HTTPS: Node does not trust its certificate (here the
	// test certificate, with NODE_EXTRA_CA_CERTS unset), while Python's requests are told to
	// trust a file. Through a proxy the network check makes no TLS handshake with the service.
	// A proxy that intercepts HTTPS (mitmproxy 8.1.1 answered so): the service's certificate is signed by the proxy's own CA, which Node does not trust.
	// The certificate the fake proxy makes is signed by the test CA, as Squid's by its own.
	const issuer = 'deepseek-fix test CA (fixture, never trust outside tests)';
	// Joined after the verdict's colon, the sentence opens in lower case (text/clause.ts).
	const untrusted = (proxy: TestProxy, advice = `Point NODE_EXTRA_CA_CERTS at the certificate of "${issuer}", or try another network.`) =>
		`The certificate presented for api.deepseek.com is not trusted here: it was issued by "${issuer}", which this computer does not trust. The connection ran through the proxy ${proxyUrl(proxy)} (from HTTPS_PROXY): most likely that proxy inspects HTTPS and puts its own certificate in place of the service's (if it only passes the connection on, the service's own certificate is the one not trusted). ${advice}`;
	test('a proxy that intercepts HTTPS, with no certificate file named: the sentence names the certificate\'s issuer, the proxy that put it there, and NODE_EXTRA_CA_CERTS', async () => {
		const proxy = await proxyFor('ok', {product: 'squid', bump: 'verified'});
		const {json} = await checkJson(envWith({HTTPS_PROXY: proxyUrl(proxy), NODE_EXTRA_CA_CERTS: undefined}));
		assert.equal(json.verdict, 'network_error', json.summary);
		assert.equal(json.summary, `The API could not be reached. ${untrusted(proxy)}`);
		assert.deepEqual(checkOf(json, 'auth')?.details.untrustedCertificate, {issuer, proxy: proxyUrl(proxy), extraCaFile: null, systemTrusted: false});
		assert.deepEqual((json as CheckJson & {fixes: Array<{id: string; title: string}>}).fixes[0], {id: 'check_tls', title: `Run again with NODE_EXTRA_CA_CERTS pointing at the certificate of "${issuer}" (whoever runs the proxy ${proxyUrl(proxy)} has it)`, url: null});
		const chinese = JSON.parse((await runCli(['check', '--json'], {...envWith({HTTPS_PROXY: proxyUrl(proxy), NODE_EXTRA_CA_CERTS: undefined}), DEEPSEEK_FIX_LANG: 'zh-CN'})).stdout) as CheckJson;
		assert.match(chinese.summary, new RegExp(`出示的证书由“${issuer.replaceAll(/[()]/g, '\\$&')}”签发.*这次连接经过代理 ${proxyUrl(proxy)}（来自 HTTPS_PROXY）：很可能是这个代理在检查 HTTPS`));
		// Squid's ssl-bump sends its CA with the certificate it made: Node's code, as with the real Squid 5.7.
		assert.equal(checkOf(json, 'auth')?.details.code, 'SELF_SIGNED_CERT_IN_CHAIN');
	});

	// Node reads NODE_EXTRA_CA_CERTS itself: a file it read that lacks the proxy's CA, or one it could not read (it warns on stderr and goes on).
	test('a proxy that intercepts HTTPS while NODE_EXTRA_CA_CERTS names a file without its CA: the sentence names that file, not "point NODE_EXTRA_CA_CERTS at it"', async () => {
		const proxy = await proxyFor('ok', {product: 'squid', bump: 'verified'});
		// A real CA, not the one that signed the proxy's certificate (the test CA).
		const file = path.join(tempConfigDir(), 'other-ca.pem');
		writeFileSync(file, `${rootCertificates[0]}\n`);
		const env = envWith({HTTPS_PROXY: proxyUrl(proxy), NODE_EXTRA_CA_CERTS: file});
		const {json} = await checkJson(env);
		assert.equal(json.verdict, 'network_error', json.summary);
		assert.equal(json.summary, `The API could not be reached. ${untrusted(proxy, `NODE_EXTRA_CA_CERTS names ${file}, which does not hold the certificate that signed it: add the certificate of "${issuer}" to that file (or point NODE_EXTRA_CA_CERTS at it), or try another network.`)}`);
		assert.deepEqual(checkOf(json, 'auth')?.details.untrustedCertificate, {issuer, proxy: proxyUrl(proxy), extraCaFile: {path: file, readable: true}, systemTrusted: false});
		assert.equal((json as CheckJson & {fixes: Array<{title: string}>}).fixes[0]?.title, `Add the certificate of "${issuer}" (whoever runs the proxy ${proxyUrl(proxy)} has it) to ${file}, the file NODE_EXTRA_CA_CERTS names`);
		const chinese = JSON.parse((await runCli(['check', '--json'], {...env, DEEPSEEK_FIX_LANG: 'zh-CN'})).stdout) as CheckJson;
		assert.ok(chinese.summary.includes(`NODE_EXTRA_CA_CERTS 指向的 ${file} 里没有签发它的那张证书`), chinese.summary);
		assert.ok((chinese as CheckJson & {fixes: Array<{title: string}>}).fixes[0]?.title.endsWith(`加进 NODE_EXTRA_CA_CERTS 指向的 ${file}`));
	});

	test('a proxy that intercepts HTTPS while NODE_EXTRA_CA_CERTS names a missing file: the sentence says Node ignores it, as Node warns', async () => {
		const proxy = await proxyFor('ok', {product: 'squid', bump: 'verified'});
		const file = path.join(tempConfigDir(), 'no-such-ca.pem');
		const env = envWith({HTTPS_PROXY: proxyUrl(proxy), NODE_EXTRA_CA_CERTS: file});
		const result = await runCli(['check', '--json'], env);
		const json = JSON.parse(result.stdout) as CheckJson;
		assert.equal(json.verdict, 'network_error', json.summary);
		// What Node 22 itself prints for such a file: the sentence says the same, in the user's words.
		assert.match(result.stderr, /Ignoring extra certs from/);
		assert.equal(json.summary, `The API could not be reached. ${untrusted(proxy, `NODE_EXTRA_CA_CERTS names ${file}, which cannot be read (missing, or not a file this user may read): Node warns and ignores it. Point NODE_EXTRA_CA_CERTS at the certificate of "${issuer}", or try another network.`)}`);
		assert.deepEqual(checkOf(json, 'auth')?.details.untrustedCertificate, {issuer, proxy: proxyUrl(proxy), extraCaFile: {path: file, readable: false}, systemTrusted: false});
		assert.equal((json as CheckJson & {fixes: Array<{title: string}>}).fixes[0]?.title, `Point NODE_EXTRA_CA_CERTS at a file you can read that holds the certificate of "${issuer}" (whoever runs the proxy ${proxyUrl(proxy)} has it): ${file} cannot be read`);
		const chinese = JSON.parse((await runCli(['check', '--json'], {...env, DEEPSEEK_FIX_LANG: 'zh-CN'})).stdout) as CheckJson;
		assert.match(chinese.summary, /无法读取（不存在，或当前用户无权读取）：Node 会给出警告并忽略它/);
	});

	// Squid 5.7 with ssl-bump, as recorded (test/fixtures/proxies/README.md): its CA trusted (here the test CA, in
	// NODE_EXTRA_CA_CERTS as a user would set Squid's), every check passes through it, the paid call too.
	test('a proxy that intercepts HTTPS whose certificate is trusted (NODE_EXTRA_CA_CERTS): every check passes, the paid call too', async () => {
		const proxy = await proxyFor('ok', {product: 'squid', bump: 'verified'});
		const {json, code} = await checkJson(envWith({HTTPS_PROXY: proxyUrl(proxy)}), ['--probe']);
		assert.equal(json.verdict, 'ok', json.summary);
		assert.equal(code, 0);
		for (const id of ['auth', 'balance', 'service_status', 'probe']) assert.equal(checkOf(json, id)?.status, 'pass', `${id}: ${checkOf(json, id)?.summary}`);
		// A company network that lets only its proxy out: nothing listens at api.deepseek.com:443 going direct here.
		assert.deepEqual([checkOf(json, 'network')?.status, checkOf(json, 'network')?.details.directConnect], ['warn', {reachable: false, code: 'ECONNREFUSED', unset: ['HTTPS_PROXY'], port: 443}]);
		assert.deepEqual(proxy.seen.filter(seen => seen.method !== 'CONNECT').map(seen => seen.target.replace(/:\d+/, '')).sort(), ['https://api.deepseek.com/chat/completions', 'https://api.deepseek.com/models', 'https://api.deepseek.com/user/balance', 'https://statuspage.flashduty.com/api/status-page/6410630422455/summary/active'].sort(), 'it read every call');
	});

	test('a proxy that intercepts HTTPS and cannot verify the service itself: Squid\'s ERR_SECURE_CONNECT_FAIL page is said as its failed TLS connection, not as "could not reach"', async () => {
		const proxy = await proxyFor('ok', {product: 'squid', bump: 'unverified'});
		const {json} = await checkJson(envWith({HTTPS_PROXY: proxyUrl(proxy)}), ['--probe']);
		const withFixes = json as CheckJson & {fixes: Array<{id: string}>};
		assert.equal(json.verdict, 'network_error', json.summary);
		assert.equal(checkOf(json, 'auth')?.details.proxyError, 'ERR_SECURE_CONNECT_FAIL');
		assert.equal(
			json.summary,
			"A proxy (Squid, by its page) answers instead of api.deepseek.com: it intercepts HTTPS and makes your calls again itself, and its own secure connection to api.deepseek.com failed (HTTP 503, Squid's ERR_SECURE_CONNECT_FAIL): it does not trust api.deepseek.com's certificate, or the TLS handshake failed. Ask whoever runs the proxy; not your key or your balance.",
		);
		assert.doesNotMatch(json.summary, /could not reach/);
		assert.match(checkOf(json, 'service_status')?.summary ?? '', /its own secure connection to statuspage\.flashduty\.com failed \(ERR_SECURE_CONNECT_FAIL/);
		assert.equal(withFixes.fixes[0]?.id, 'check_proxy');
		const chinese = JSON.parse((await runCli(['check', '--json'], {...envWith({HTTPS_PROXY: proxyUrl(proxy)}), DEEPSEEK_FIX_LANG: 'zh-CN'})).stdout) as CheckJson;
		assert.match(chinese.summary, /它自己到 api\.deepseek\.com 的安全连接失败了（HTTP 503，Squid 的 ERR_SECURE_CONNECT_FAIL）：它不信任 api\.deepseek\.com 的证书/);
	});

	// The file other tools trust, with the proxy's authority (a company's bundle) and without it (the system's
	// bundle, here Node's own list of authorities, which lacks the test CA).
	const bundles = mkdtempSync(path.join(tmpdir(), 'ca-bundles-'));
	const companyBundle = path.join(bundles, 'company-bundle.pem');
	const systemBundle = path.join(bundles, 'system-bundle.pem');
	writeFileSync(companyBundle, `${rootCertificates.slice(0, 3).join('\n')}\n${readFileSync(path.join(tlsDir, 'ca.pem'), 'utf8')}`);
	// A broken block in it is passed over: the file only shapes the advice.
	const broken = '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----';
	writeFileSync(systemBundle, `${broken}\n${rootCertificates.join('\n')}\n`);

	// Not SSL_CERT_FILE: OpenSSL reads it as this computer's own store, so the test CA in it is the case above (NODE_USE_SYSTEM_CA=1).
	for (const variable of ['REQUESTS_CA_BUNDLE', 'CURL_CA_BUNDLE']) {
		test(`a proxy that intercepts HTTPS while ${variable} names a file that holds its authority: the sentence and the first fix say NODE_EXTRA_CA_CERTS set to that file`, async () => {
			const proxy = await proxyFor('ok', {product: 'squid', bump: 'verified'});
			const env = envWith({HTTPS_PROXY: proxyUrl(proxy), NODE_EXTRA_CA_CERTS: undefined, [variable]: companyBundle});
			const {json} = await checkJson(env);
			const withFixes = json as CheckJson & {fixes: Array<{id: string; title: string}>};
			assert.equal(json.verdict, 'network_error', json.summary);
			assert.equal(checkOf(json, 'auth')?.details.reason, 'tls');
			assert.deepEqual(checkOf(json, 'network')?.details.otherToolsCa, {variable, path: companyBundle});
			assert.equal((checkOf(json, 'auth')?.details.untrustedCertificate as {otherToolsCaHoldsIssuer?: boolean} | undefined)?.otherToolsCaHoldsIssuer, true);
			assert.equal(json.summary, `The API could not be reached. ${untrusted(proxy)} Your other tools trust the certificates in ${companyBundle} (${variable}), but Node does not read that variable: run again with NODE_EXTRA_CA_CERTS=${companyBundle}.`);
			assert.deepEqual(withFixes.fixes.map(fix => fix.id), ['check_tls', 'status_page']);
			assert.ok(withFixes.fixes[0]?.title.startsWith(`Run again with NODE_EXTRA_CA_CERTS=${companyBundle}`), withFixes.fixes[0]?.title);
			const chinese = JSON.parse((await runCli(['check', '--json'], {...env, DEEPSEEK_FIX_LANG: 'zh-CN'})).stdout) as CheckJson;
			assert.ok(chinese.summary.endsWith(`你的其他工具信任 ${companyBundle}（${variable}）里的证书，但 Node 不读这个变量：加上 NODE_EXTRA_CA_CERTS=${companyBundle} 再运行一次。`), chinese.summary);
			// The advice works: Node then trusts the proxy's certificate.
			const followed = await checkJson({...env, NODE_EXTRA_CA_CERTS: companyBundle});
			assert.equal(checkOf(followed.json, 'auth')?.status, 'pass', followed.json.summary);
		});
	}

	test('a proxy that intercepts HTTPS while REQUESTS_CA_BUNDLE names a file without its authority (the system\'s bundle), or one that cannot be read: the sentence says that file would not help, and the first fix is the proxy\'s own certificate (both languages)', async () => {
		const proxy = await proxyFor('ok', {product: 'squid', bump: 'verified'});
		const proxyFix = `Run again with NODE_EXTRA_CA_CERTS pointing at the certificate of "${issuer}" (whoever runs the proxy ${proxyUrl(proxy)} has it)`;
		for (const file of [systemBundle, path.join(bundles, 'missing.pem'), bundles]) {
			const env = envWith({HTTPS_PROXY: proxyUrl(proxy), NODE_EXTRA_CA_CERTS: undefined, REQUESTS_CA_BUNDLE: file});
			const {json} = await checkJson(env);
			const withFixes = json as CheckJson & {fixes: Array<{id: string; title: string}>};
			assert.equal(json.verdict, 'network_error', json.summary);
			assert.equal((checkOf(json, 'auth')?.details.untrustedCertificate as {otherToolsCaHoldsIssuer?: boolean} | undefined)?.otherToolsCaHoldsIssuer, false, file);
			assert.equal(json.summary, `The API could not be reached. ${untrusted(proxy)} Your other tools trust the certificates in ${file} (REQUESTS_CA_BUNDLE), but it does not hold the one that issued this certificate: NODE_EXTRA_CA_CERTS=${file} would not help.`);
			assert.deepEqual(withFixes.fixes.map(fix => fix.id), ['check_tls', 'status_page']);
			assert.equal(withFixes.fixes[0]?.title, proxyFix, file);
		}
		const env = envWith({HTTPS_PROXY: proxyUrl(proxy), NODE_EXTRA_CA_CERTS: undefined, REQUESTS_CA_BUNDLE: systemBundle});
		const chinese = JSON.parse((await runCli(['check', '--json'], {...env, DEEPSEEK_FIX_LANG: 'zh-CN'})).stdout) as CheckJson & {fixes: Array<{title: string}>};
		assert.ok(chinese.summary.endsWith(`你的其他工具信任 ${systemBundle}（REQUESTS_CA_BUNDLE）里的证书，但这个文件里没有签发这张证书的机构：把 NODE_EXTRA_CA_CERTS 设为 ${systemBundle} 也没有用。`), chinese.summary);
		assert.doesNotMatch(chinese.fixes[0]?.title ?? '', new RegExp(`NODE_EXTRA_CA_CERTS=${systemBundle}`));
		// Direct, the network check's own handshake says the same.
		const direct = await checkJson(envWith({DEEPSEEK_BASE_URL: `https://api.deepseek.com:${fakePort('ok')}`, NODE_EXTRA_CA_CERTS: undefined, REQUESTS_CA_BUNDLE: systemBundle}));
		const network = checkOf(direct.json, 'network');
		assert.equal((network?.details.untrustedCertificate as {otherToolsCaHoldsIssuer?: boolean} | undefined)?.otherToolsCaHoldsIssuer, false);
		assert.ok(network?.summary.endsWith(`but it does not hold the one that issued this certificate: NODE_EXTRA_CA_CERTS=${systemBundle} would not help.`), network?.summary);
		assert.equal((direct.json as CheckJson & {fixes: Array<{title: string}>}).fixes[0]?.title, `Run again with NODE_EXTRA_CA_CERTS pointing at the certificate of "${issuer}"`);
	});

	// A company proxy that signs with an intermediate its root signed, and sends the intermediate along (test/fixtures/tls/
	// generate-chain.sh). Node trusts that chain only up to a root in NODE_EXTRA_CA_CERTS's file (partial-chain.test.ts).
	const chainPem = (name: string) => readFileSync(path.join(tlsDir, `chain-${name}.pem`), 'utf8');
	const chainRoot = 'deepseek-fix test root (fixture, tests only)';
	const chainFile = (name: string, text: string) => {
		const file = path.join(bundles, `${name}.pem`);
		writeFileSync(file, `${rootCertificates.slice(0, 2).join('\n')}\n${text}`);
		return file;
	};
	const intermediateOnly = chainFile('intermediate-only', chainPem('intermediate'));
	test('a proxy that intercepts HTTPS with an intermediate, while REQUESTS_CA_BUNDLE holds that intermediate and not its root: the sentence and the first fix name the root it lacks (both languages), and NODE_EXTRA_CA_CERTS set to it indeed fails, and then names that root too', async () => {
		const proxy = await proxyFor('ok', {product: 'squid', bump: 'verified', bumpTls: {key: Buffer.from(chainPem('leaf-key')), cert: Buffer.from(`${chainPem('leaf')}${chainPem('intermediate')}`)}});
		const env = envWith({HTTPS_PROXY: proxyUrl(proxy), NODE_EXTRA_CA_CERTS: undefined, REQUESTS_CA_BUNDLE: intermediateOnly});
		const {json} = await checkJson(env);
		const untrustedFacts = checkOf(json, 'auth')?.details.untrustedCertificate as {issuer?: string; otherToolsCaHoldsIssuer?: boolean; otherToolsCaMissingRoot?: string} | undefined;
		assert.equal(json.verdict, 'network_error', json.summary);
		assert.equal(untrustedFacts?.issuer, 'deepseek-fix test intermediate (fixture, tests only), Example Corp proxy');
		assert.equal(untrustedFacts?.otherToolsCaHoldsIssuer, false);
		assert.equal(untrustedFacts?.otherToolsCaMissingRoot, chainRoot);
		// The general advice names the root too: the intermediate alone would not do.
		const chainIssuer = 'deepseek-fix test intermediate (fixture, tests only), Example Corp proxy';
		assert.equal((untrustedFacts as {chainRoot?: string} | undefined)?.chainRoot, chainRoot);
		assert.ok(json.summary.includes(`Point NODE_EXTRA_CA_CERTS at the certificate of "${chainRoot}", the root above that issuer, or try another network.`), json.summary);
		assert.ok(
			json.summary.endsWith(`Your other tools trust the certificates in ${intermediateOnly} (REQUESTS_CA_BUNDLE), but it holds only part of this chain, not its root "${chainRoot}", and Node needs the root (an intermediate alone is not enough): NODE_EXTRA_CA_CERTS=${intermediateOnly} alone would not help.`),
			json.summary,
		);
		const withFixes = json as CheckJson & {fixes: Array<{id: string; title: string}>};
		assert.deepEqual(withFixes.fixes.map(fix => fix.id), ['check_tls', 'status_page']);
		assert.equal(
			withFixes.fixes[0]?.title,
			`Put the certificate of "${chainRoot}" (whoever runs the proxy ${proxyUrl(proxy)} has it) in one file with those of ${intermediateOnly} (REQUESTS_CA_BUNDLE), and point NODE_EXTRA_CA_CERTS at that file`,
		);
		const chinese = JSON.parse((await runCli(['check', '--json'], {...env, DEEPSEEK_FIX_LANG: 'zh-CN'})).stdout) as CheckJson & {fixes: Array<{title: string}>};
		assert.ok(chinese.summary.endsWith(`没有它的根证书“${chainRoot}”，而 Node 需要根证书（只有中间证书不够）：只把 NODE_EXTRA_CA_CERTS 设为 ${intermediateOnly} 没有用。`), chinese.summary);
		assert.ok(chinese.fixes[0]?.title.startsWith(`把“${chainRoot}”的证书（向代理 ${proxyUrl(proxy)} 的管理员索取）和 ${intermediateOnly}（REQUESTS_CA_BUNDLE）里的证书放进同一个文件，再把 NODE_EXTRA_CA_CERTS 指向这个文件`), chinese.fixes[0]?.title);
		// What it says holds: Node does not trust the chain with that file, and does with the root added.
		const followed = await checkJson({...env, NODE_EXTRA_CA_CERTS: intermediateOnly});
		assert.equal(checkOf(followed.json, 'auth')?.details.reason, 'tls', followed.json.summary);
		// And then the sentence about NODE_EXTRA_CA_CERTS's file names the root it lacks, not "add the intermediate" (in it already).
		assert.deepEqual((checkOf(followed.json, 'auth')?.details.untrustedCertificate as {extraCaFile?: unknown} | undefined)?.extraCaFile, {path: intermediateOnly, readable: true, missingRoot: chainRoot});
		assert.ok(followed.json.summary.endsWith(`NODE_EXTRA_CA_CERTS names ${intermediateOnly}, which holds only part of this chain, not its root "${chainRoot}", and Node needs the root (an intermediate alone is not enough). Add the certificate of "${chainRoot}" to that file, or try another network.`), followed.json.summary);
		assert.equal((followed.json as CheckJson & {fixes: Array<{title: string}>}).fixes[0]?.title, `Add the certificate of "${chainRoot}" (whoever runs the proxy ${proxyUrl(proxy)} has it) to ${intermediateOnly}, the file NODE_EXTRA_CA_CERTS names`);
		const followedChinese = JSON.parse((await runCli(['check', '--json'], {...env, NODE_EXTRA_CA_CERTS: intermediateOnly, DEEPSEEK_FIX_LANG: 'zh-CN'})).stdout) as CheckJson & {fixes: Array<{title: string}>};
		assert.match(followedChinese.summary, new RegExp(`只有这条证书链的一部分，没有它的根证书“${chainRoot.replaceAll(/[()]/g, '\\$&')}”`));
		assert.ok(followedChinese.fixes[0]?.title.startsWith(`把“${chainRoot}”的证书（向代理 ${proxyUrl(proxy)} 的管理员索取）加进 NODE_EXTRA_CA_CERTS 指向的 ${intermediateOnly}`), followedChinese.fixes[0]?.title);
		// No file named: the fix is the root's certificate.
		const none = (await checkJson({...env, REQUESTS_CA_BUNDLE: undefined})).json as CheckJson & {fixes: Array<{title: string}>};
		assert.equal(none.fixes[0]?.title, `Run again with NODE_EXTRA_CA_CERTS pointing at the certificate of "${chainRoot}", the root above "${chainIssuer}" (whoever runs the proxy ${proxyUrl(proxy)} has it)`);
		const both = chainFile('intermediate-and-root', `${chainPem('intermediate')}${chainPem('root')}`);
		assert.equal(checkOf((await checkJson({...env, NODE_EXTRA_CA_CERTS: both})).json, 'auth')?.status, 'pass');
	});

	test('a proxy that intercepts HTTPS with an intermediate it sends along, while REQUESTS_CA_BUNDLE holds the root (alone, or with the intermediate): that file is what Node needs, and the advice works', async () => {
		const proxy = await proxyFor('ok', {product: 'squid', bump: 'verified', bumpTls: {key: Buffer.from(chainPem('leaf-key')), cert: Buffer.from(`${chainPem('leaf')}${chainPem('intermediate')}`)}});
		for (const file of [chainFile('root-only', chainPem('root')), chainFile('root-and-intermediate', `${chainPem('root')}${chainPem('intermediate')}`)]) {
			const env = envWith({HTTPS_PROXY: proxyUrl(proxy), NODE_EXTRA_CA_CERTS: undefined, REQUESTS_CA_BUNDLE: file});
			const {json} = await checkJson(env);
			const untrustedFacts = checkOf(json, 'auth')?.details.untrustedCertificate as {otherToolsCaHoldsIssuer?: boolean; otherToolsCaMissingRoot?: string} | undefined;
			assert.equal(untrustedFacts?.otherToolsCaHoldsIssuer, true, file);
			assert.equal(untrustedFacts?.otherToolsCaMissingRoot, undefined, file);
			assert.ok(json.summary.endsWith(`run again with NODE_EXTRA_CA_CERTS=${file}.`), json.summary);
			assert.equal(checkOf((await checkJson({...env, NODE_EXTRA_CA_CERTS: file})).json, 'auth')?.status, 'pass', file);
		}
	});

	// Direct, the network check's own handshake meets the certificate first: it says it as the API checks do.
	test('without a proxy, a certificate not trusted: the network check\'s sentence names its issuer and NODE_EXTRA_CA_CERTS, in both languages, and check\'s summary and first fix are the same', async () => {
		const env = envWith({DEEPSEEK_BASE_URL: `https://api.deepseek.com:${fakePort('ok')}`, NODE_EXTRA_CA_CERTS: undefined});
		const {json} = await checkJson(env);
		const said = `The certificate presented for api.deepseek.com:${fakePort('ok')} is not trusted here: it was issued by "${issuer}", which this computer does not trust. A company proxy or antivirus that inspects HTTPS often causes this. Point NODE_EXTRA_CA_CERTS at the certificate of "${issuer}", or try another network.`;
		const network = checkOf(json, 'network');
		assert.equal(network?.status, 'fail');
		assert.equal(network?.summary, said);
		assert.deepEqual(network?.details.untrustedCertificate, {issuer, proxy: null, extraCaFile: null, systemTrusted: false});
		assert.equal(json.verdict, 'network_error');
		assert.equal(json.summary, `The API could not be reached. ${said}`);
		assert.deepEqual((json as CheckJson & {fixes: Array<{id: string; title: string}>}).fixes[0], {id: 'check_tls', title: `Run again with NODE_EXTRA_CA_CERTS pointing at the certificate of "${issuer}"`, url: null});
		const chinese = JSON.parse((await runCli(['check', '--json'], {...env, DEEPSEEK_FIX_LANG: 'zh-CN'})).stdout) as CheckJson;
		assert.match(checkOf(chinese, 'network')?.summary ?? '', new RegExp(`^api\\.deepseek\\.com:\\d+ 出示的证书由“${issuer.replaceAll(/[()]/g, '\\$&')}”签发`));
	});

	// A company's or an antivirus's authority installed in the computer's own store (Windows, macOS; OpenSSL's folder here,
	// played by SSL_CERT_DIR): browsers trust it, Node does not unless NODE_USE_SYSTEM_CA=1.
	test('a certificate the computer\'s own store trusts and Node does not: the sentence says so and the first fix is NODE_USE_SYSTEM_CA=1 (both languages), and with it set the checks pass', async () => {
		const store = mkdtempSync(path.join(tmpdir(), 'system-store-'));
		copyFileSync(path.join(tlsDir, 'ca.pem'), path.join(store, 'ca.pem'));
		const env = envWith({DEEPSEEK_BASE_URL: `https://api.deepseek.com:${fakePort('ok')}`, NODE_EXTRA_CA_CERTS: undefined, SSL_CERT_DIR: store});
		const {json} = await checkJson(env);
		const network = checkOf(json, 'network');
		assert.equal(json.verdict, 'network_error', json.summary);
		assert.deepEqual(network?.details.untrustedCertificate, {issuer, proxy: null, extraCaFile: null, systemTrusted: true});
		assert.equal(
			network?.summary,
			`The certificate presented for api.deepseek.com:${fakePort('ok')} is not trusted by Node: it was issued by "${issuer}", which this computer's own certificate store trusts (a company or an antivirus puts its authority there), but Node does not read that store. Run with NODE_USE_SYSTEM_CA=1 (Node 22.19 or newer; your Node programs need it too), or try another network.`,
		);
		assert.deepEqual((json as CheckJson & {fixes: Array<{id: string; title: string}>}).fixes[0], {id: 'check_tls', title: `Run again with NODE_USE_SYSTEM_CA=1, so that Node trusts what this computer trusts ("${issuer}"); your Node programs need it too (Node 22.19 or newer)`, url: null});
		const chinese = JSON.parse((await runCli(['check', '--json'], {...env, DEEPSEEK_FIX_LANG: 'zh-CN'})).stdout) as CheckJson & {fixes: Array<{title: string}>};
		assert.match(checkOf(chinese, 'network')?.summary ?? '', /这台电脑自己的证书库信任这个签发者（公司或杀毒软件会把自己的证书装进去），但 Node 不读这个证书库。加上 NODE_USE_SYSTEM_CA=1 再运行/);
		assert.match(chinese.fixes[0]?.title ?? '', /^加上 NODE_USE_SYSTEM_CA=1 再运行一次/);
		// The advice works: Node then trusts the store.
		const followed = await checkJson({...env, NODE_USE_SYSTEM_CA: '1'});
		assert.equal(followed.json.verdict, 'ok', followed.json.summary);
		assert.equal(checkOf(followed.json, 'network')?.status, 'pass');
	});

	test('a certificate the computer\'s own store trusts, while REQUESTS_CA_BUNDLE names a file too, direct and through a proxy that intercepts HTTPS: NODE_USE_SYSTEM_CA=1 comes first, and the other file is not offered in the sentence (it may not hold that authority)', async () => {
		const store = mkdtempSync(path.join(tmpdir(), 'system-store-'));
		copyFileSync(path.join(tlsDir, 'ca.pem'), path.join(store, 'ca.pem'));
		const systemStoreFix = `Run again with NODE_USE_SYSTEM_CA=1, so that Node trusts what this computer trusts ("${issuer}"); your Node programs need it too (Node 22.19 or newer)`;
		const extra = {NODE_EXTRA_CA_CERTS: undefined, SSL_CERT_DIR: store, REQUESTS_CA_BUNDLE: '/etc/corp/ca-bundle.pem'};
		const direct = await checkJson(envWith({...extra, DEEPSEEK_BASE_URL: `https://api.deepseek.com:${fakePort('ok')}`}));
		const network = checkOf(direct.json, 'network');
		assert.equal((network?.details.untrustedCertificate as {systemTrusted?: boolean} | undefined)?.systemTrusted, true);
		assert.deepEqual(network?.details.otherToolsCa, {variable: 'REQUESTS_CA_BUNDLE', path: '/etc/corp/ca-bundle.pem'});
		assert.doesNotMatch(network?.summary ?? '', /ca-bundle\.pem/);
		assert.doesNotMatch(direct.json.summary, /ca-bundle\.pem/);
		assert.equal((direct.json as CheckJson & {fixes: Array<{title: string}>}).fixes[0]?.title, systemStoreFix);
		const proxy = await proxyFor('ok', {product: 'squid', bump: 'verified'});
		const proxied = await checkJson(envWith({...extra, HTTPS_PROXY: proxyUrl(proxy)}));
		assert.equal(proxied.json.verdict, 'network_error', proxied.json.summary);
		assert.equal((checkOf(proxied.json, 'auth')?.details.untrustedCertificate as {systemTrusted?: boolean} | undefined)?.systemTrusted, true);
		assert.match(proxied.json.summary, /Run with NODE_USE_SYSTEM_CA=1/);
		assert.doesNotMatch(proxied.json.summary, /ca-bundle\.pem/);
		assert.equal((proxied.json as CheckJson & {fixes: Array<{title: string}>}).fixes[0]?.title, systemStoreFix);
	});

	// The same through the computer's own store: NODE_USE_SYSTEM_CA=1 does not make Node trust an intermediate there alone.
	test('a proxy that intercepts HTTPS with an intermediate, which the computer\'s own store holds without its root: NODE_USE_SYSTEM_CA=1 is not offered (it would not help); with the root there it is, and works', async () => {
		const chain = (name: string) => readFileSync(path.join(tlsDir, `chain-${name}.pem`), 'utf8');
		const proxy = await proxyFor('ok', {product: 'squid', bump: 'verified', bumpTls: {key: Buffer.from(chain('leaf-key')), cert: Buffer.from(`${chain('leaf')}${chain('intermediate')}`)}});
		const storeWith = (name: string) => {
			const store = mkdtempSync(path.join(tmpdir(), 'system-store-'));
			writeFileSync(path.join(store, `${name}.pem`), chain(name));
			return envWith({HTTPS_PROXY: proxyUrl(proxy), NODE_EXTRA_CA_CERTS: undefined, SSL_CERT_DIR: store});
		};
		const partial = storeWith('intermediate');
		const {json} = await checkJson(partial);
		assert.equal((checkOf(json, 'auth')?.details.untrustedCertificate as {systemTrusted?: boolean} | undefined)?.systemTrusted, false);
		assert.doesNotMatch(json.summary, /NODE_USE_SYSTEM_CA/);
		assert.equal(checkOf((await checkJson({...partial, NODE_USE_SYSTEM_CA: '1'})).json, 'auth')?.details.reason, 'tls', 'Node indeed refuses it');
		const whole = storeWith('root');
		const rooted = await checkJson(whole);
		assert.equal((checkOf(rooted.json, 'auth')?.details.untrustedCertificate as {systemTrusted?: boolean} | undefined)?.systemTrusted, true);
		assert.match(rooted.json.summary, /Run with NODE_USE_SYSTEM_CA=1/);
		assert.equal(checkOf((await checkJson({...whole, NODE_USE_SYSTEM_CA: '1'})).json, 'auth')?.status, 'pass');
	});

	// People set NODE_TLS_REJECT_UNAUTHORIZED=0 to get past a proxy that intercepts HTTPS: Node then checks no certificate for any program.
	const keySeen = (name: ScenarioName) => fakes.get(name)!.requests.filter(request => request.authorization?.includes(fakeKey)).length;
	const checksOff = 'Your Node programs connect anyway, as NODE_TLS_REJECT_UNAUTHORIZED=0 turns this check off for them: whatever presents this certificate can read the key they send.';

	test('NODE_TLS_REJECT_UNAUTHORIZED=0 and a certificate not trusted: this tool checks it anyway (the key is never sent), the Network row says the user\'s Node programs connect anyway, and Node\'s warning is not printed (both languages)', async () => {
		const env = envWith({DEEPSEEK_BASE_URL: `https://api.deepseek.com:${fakePort('ok')}`, NODE_EXTRA_CA_CERTS: undefined, NODE_TLS_REJECT_UNAUTHORIZED: '0'});
		const before = keySeen('ok');
		const {json} = await checkJson(env);
		assert.equal(keySeen('ok'), before, 'a request carried the key over a certificate not trusted');
		assert.equal(json.verdict, 'network_error', json.summary);
		const network = checkOf(json, 'network');
		assert.equal(network?.status, 'fail');
		assert.ok(network?.summary.endsWith(`or try another network. ${checksOff}`), network?.summary);
		assert.equal(network?.details.certificateChecksOff, true);
		assert.equal(checkOf(json, 'auth')?.details.reason, 'tls');
		const chinese = JSON.parse((await runCli(['check', '--json'], {...env, DEEPSEEK_FIX_LANG: 'zh-CN'})).stdout) as CheckJson;
		assert.ok(checkOf(chinese, 'network')?.summary.endsWith('你的 Node 程序仍然连得上，因为 NODE_TLS_REJECT_UNAUTHORIZED=0 关掉了它们的证书检查：出示这个证书的一方能读到它们发送的 key。'), checkOf(chinese, 'network')?.summary);
	});

	test('NODE_TLS_REJECT_UNAUTHORIZED=0 through an HTTP proxy and through SOCKS5: the requests inside the tunnel check the certificate too, and the key is never sent', async () => {
		for (const url of [proxyUrl(await proxyFor('ok')), `socks5://${proxyHost}:${(await socksFor('ok')).port}`]) {
			const before = keySeen('ok');
			const {json} = await checkJson(envWith({HTTPS_PROXY: url, NODE_EXTRA_CA_CERTS: undefined, NODE_TLS_REJECT_UNAUTHORIZED: '0'}));
			assert.equal(keySeen('ok'), before, `${url}: a request carried the key over a certificate not trusted`);
			assert.equal(json.verdict, 'network_error', `${url}: ${json.summary}`);
			assert.equal(checkOf(json, 'auth')?.details.reason, 'tls', url);
		}
	});

	test('NODE_TLS_REJECT_UNAUTHORIZED=0 with a trusted certificate: the calls work, and the Network row warns that the user\'s Node programs send the key unchecked (the run\'s summary names it)', async () => {
		const {json, code} = await checkJson(envWith({DEEPSEEK_BASE_URL: `https://api.deepseek.com:${fakePort('ok')}`, NODE_TLS_REJECT_UNAUTHORIZED: '0'}));
		assert.equal(json.verdict, 'ok', json.summary);
		assert.equal(code, 0);
		const network = checkOf(json, 'network');
		assert.equal(network?.status, 'warn');
		assert.match(network?.summary ?? '', /^api\.deepseek\.com reachable, TLS OK, in \d+ ms\. But NODE_TLS_REJECT_UNAUTHORIZED=0 is set: your Node programs skip certificate checks, so anything between them and api\.deepseek\.com can read the key they send \(this tool checks anyway\)\. Unset it; to get past a company proxy, point NODE_EXTRA_CA_CERTS at its certificate instead\.$/);
		assert.equal(network?.details.certificateChecksOff, true);
		assert.match(json.summary, /1 warning.*NODE_TLS_REJECT_UNAUTHORIZED=0/s);
		// Without it: no word of it.
		const plain = await checkJson(envWith({DEEPSEEK_BASE_URL: `https://api.deepseek.com:${fakePort('ok')}`}));
		assert.equal(checkOf(plain.json, 'network')?.status, 'pass');
		assert.equal(checkOf(plain.json, 'network')?.details.certificateChecksOff, undefined);
	});

	// A relay whose balance is read (OpenRouter's /api/v1/key) got no connection where the Network row says why: its row points there, as Authentication's does.
	test('a relay, a certificate not trusted: the Balance row points to the Network row instead of saying the certificate sentence again (text and --json, both languages)', async () => {
		const port = fakePort('openrouter_limit_zero');
		const env = envWith({DEEPSEEK_BASE_URL: `https://openrouter.ai:${port}/api/v1`, NODE_EXTRA_CA_CERTS: undefined});
		const {json} = await checkJson(env);
		assert.equal(json.verdict, 'network_error', json.summary);
		assert.equal(checkOf(json, 'network')?.status, 'fail');
		const balance = checkOf(json, 'balance');
		assert.equal(balance?.summary, 'Not checked (no connection; see Network).');
		assert.equal(balance?.status, 'error');
		assert.equal(balance?.details.provider, 'openrouter');
		assert.equal(balance?.details.reason, 'tls');
		assert.deepEqual(balance?.details.untrustedCertificate, {issuer, proxy: null, extraCaFile: null, systemTrusted: false});
		const text = (await runCli(['check'], env)).stdout;
		// The Network row alone: the ending under the rows points at it ("…could not be reached: see the Network row above.").
		assert.equal(text.replaceAll(/\s+/g, ' ').split(/[Tt]he certificate presented for openrouter\.ai:\d+ is not trusted here/).length - 1, 1, text);
		assert.match(text, /The API could not be reached: see the Network row above\./);
		assert.match(text, /Balance: Not checked \(no connection; see Network\)\./);
		const chinese = JSON.parse((await runCli(['check', '--json'], {...env, DEEPSEEK_FIX_LANG: 'zh-CN'})).stdout) as CheckJson;
		assert.equal(checkOf(chinese, 'balance')?.summary, checkOf(chinese, 'auth')?.summary);
		assert.doesNotMatch(checkOf(chinese, 'balance')?.summary ?? '', /证书/);
	});

	// The issuer unread (a SOCKS proxy; the look goes direct only) and no file named: the general fix, for the host the calls go to.
	test('a relay through a SOCKS proxy, a certificate not trusted and its issuer unread: the TLS fix names openrouter.ai, not api.deepseek.com', async () => {
		const port = fakePort('openrouter_limit_zero');
		const socks = await startSocks5({routes: {[`openrouter.ai:${port}`]: port}});
		proxies.push(socks);
		const {json} = await checkJson(envWith({DEEPSEEK_BASE_URL: `https://openrouter.ai:${port}/api/v1`, HTTPS_PROXY: `socks5://${proxyHost}:${socks.port}`, NODE_EXTRA_CA_CERTS: undefined}));
		assert.equal(json.verdict, 'network_error', json.summary);
		assert.deepEqual((json as CheckJson & {fixes: Array<{id: string; title: string}>}).fixes[0], {id: 'check_tls', title: 'A proxy or antivirus is intercepting HTTPS: allow openrouter.ai or set NODE_EXTRA_CA_CERTS', url: null});
	});

	// Through a proxy that intercepts HTTPS (and could not verify the service either), the network check meets only the
	// proxy: it claims nothing about a certificate, and the API checks' sentence, which names the proxy, is check's.
	test('a proxy that intercepts HTTPS, its certificate not trusted here: the network check passes and names no certificate; the API checks\' sentence names the issuer and the proxy', async () => {
		const proxy = await proxyFor('ok', {product: 'squid', bump: 'unverified'});
		const {json} = await checkJson(envWith({HTTPS_PROXY: proxyUrl(proxy), NODE_EXTRA_CA_CERTS: undefined}));
		const network = checkOf(json, 'network');
		// Reached the proxy (going direct nothing listens here: the proxy-only warning, not a failure).
		assert.equal(network?.status, 'warn', network?.summary);
		assert.equal(network?.details.untrustedCertificate, undefined);
		assert.equal(json.verdict, 'network_error', json.summary);
		assert.equal(json.summary, `The API could not be reached. ${untrusted(proxy)}`);
		assert.deepEqual(checkOf(json, 'auth')?.details.untrustedCertificate, {issuer, proxy: proxyUrl(proxy), extraCaFile: null, systemTrusted: false});
	});

	test('without a proxy, a refused connection keeps its wording and the network fix', async () => {
		const port = await closedPort();
		// A host no service table names: api.deepseek.com at 127.0.0.1 would be a hosts file's line, a finding of its own (resolved-here.test.ts).
		const found = await verdictOf(envWith({DEEPSEEK_BASE_URL: `https://${proxyHost}:${port}`}));
		assert.equal(found.json.verdict, 'network_error', found.json.summary);
		assert.equal(found.json.summary, `The API could not be reached: ${proxyHost}:${port} refused the connection.`);
		assert.deepEqual(found.json.fixes.slice(0, 2).map(fix => fix.id), ['check_network', 'status_page']);
		assert.match(found.text, /What to do: 1\. Check the base URL's host and port, and that the service there is running 2\. Watch DeepSeek's status page/);
		assert.doesNotMatch(found.text, /The proxy|\(from HTTPS_PROXY\)/);
		// The cause once in the Network row (and the summary); the API rows point there, their status kept.
		for (const id of ['auth', 'balance']) {
			const row = checkOf(found.json, id);
			assert.equal(row?.summary, 'Not checked (no connection; see Network).', id);
			assert.equal(row?.status, 'error');
			assert.equal(row?.details.reason, 'connection_refused');
		}
		// Once, in the Network row: the ending names the row (the JSON summary above keeps the sentence).
		assert.equal(found.text.split(`${proxyHost}:${port} refused the connection`).length - 1, 1, found.text);
		assert.match(found.text, /The API could not be reached: see the Network row above\./);
		// The status page is on a host of its own (here nothing listens there either): its own failure.
		assert.match(checkOf(found.json, 'service_status')?.summary ?? '', /^Unknown\. statuspage\.flashduty\.com refused the connection/);
	});
});

// `balance` runs no network check of its own; once its request gets no connection, the
// network check runs, so that it says the same cause and fix as `check`.
describe('balance through a proxy setting that fails: the cause check names, in text and --json', () => {
	type BalanceJson = CheckJson & {fixes: Array<{id: string; title: string}>};

	/** check --json, balance and balance --json with one environment; balance's text with its line wrapping undone. */
	async function sayings(env: Record<string, string | undefined>) {
		const [check, text, json] = await Promise.all([runCli(['check', '--json'], env), runCli(['balance'], env), runCli(['balance', '--json'], env)]);
		for (const run of [check, text, json]) assert.equal(run.stderr, '', run.stderr);
		assert.equal(text.code, 1);
		assert.equal(json.code, 1);
		return {check: JSON.parse(check.stdout) as BalanceJson, text: text.stdout.replaceAll(/\s+/g, ' '), json: JSON.parse(json.stdout) as BalanceJson};
	}

	/** balance says what check says: the summary, the Network row and the fixes; the balance row points to the Network row. */
	function assertSaysAsCheck(said: Awaited<ReturnType<typeof sayings>>, detail: string) {
		const {check, text, json} = said;
		assert.equal(json.verdict, 'network_error', json.summary);
		assert.equal(json.summary, check.summary);
		assert.deepEqual(json.checks.map(row => row.id), ['key_present', 'key_format', 'network', 'endpoint', 'balance']);
		const row = ({status, summary, details}: CheckJson['checks'][number]) => ({status, summary, details: {...details, connectMs: undefined}});
		assert.deepEqual(row(checkOf(json, 'network') ?? json.checks[0]!), row(checkOf(check, 'network') ?? check.checks[0]!));
		assert.ok(checkOf(json, 'network')?.details[detail], detail);
		assert.equal(checkOf(json, 'balance')?.summary, 'Not checked (no connection; see Network).');
		assert.deepEqual(json.fixes, check.fixes);
		assert.ok(text.includes(`The balance could not be read. ${check.summary}`), text);
		assert.ok(text.includes(`What to do: 1. ${check.fixes[0]?.title}`), text);
	}

	test('NO_PROXY sends api.deepseek.com around a working proxy, and direct is refused: "remove that entry", as check says', async () => {
		const proxy = await proxyFor('ok');
		const port = await closedPort();
		const said = await sayings(envWith({HTTPS_PROXY: proxyUrl(proxy), NO_PROXY: 'localhost,.deepseek.com', DEEPSEEK_BASE_URL: `https://api.deepseek.com:${port}`}));
		assertSaysAsCheck(said, 'bypassedProxy');
		assert.match(said.json.summary, /but the entry "\.deepseek\.com" in NO_PROXY exempts api\.deepseek\.com from it/);
		assert.equal(said.json.fixes[0]?.title, 'Remove ".deepseek.com" from NO_PROXY, so that calls to api.deepseek.com go through the proxy in HTTPS_PROXY');
	});

	test('https_proxy (down) hides HTTPS_PROXY (working): "unset https_proxy to use the proxy in HTTPS_PROXY", as check says', async () => {
		const proxy = await proxyFor('ok');
		const port = await closedPort();
		const said = await sayings(envWith({https_proxy: `http://${proxyHost}:${port}`, HTTPS_PROXY: proxyUrl(proxy)}));
		assertSaysAsCheck(said, 'proxyChoice');
		assert.match(said.json.summary, /HTTPS_PROXY is set too, to another value, which https_proxy overrides/);
		assert.equal(said.json.fixes[0]?.title, 'Unset https_proxy to use the proxy in HTTPS_PROXY, or fix https_proxy');
	});

	// A relay's own balance (OpenRouter's /api/v1/key) that got no connection runs the network check too: it said only where the calls go.
	test('a relay whose certificate is not trusted here (OpenRouter, direct): balance names the certificate and its fix, as check says', async () => {
		const said = await sayings(envWith({DEEPSEEK_BASE_URL: `https://openrouter.ai:${fakePort('openrouter_limit_zero')}/api/v1`, NODE_EXTRA_CA_CERTS: undefined}));
		assertSaysAsCheck(said, 'untrustedCertificate');
		assert.match(said.json.summary, /^The API could not be reached\. The certificate presented for openrouter\.ai:\d+ is not trusted here/);
		assert.equal(said.json.fixes[0]?.id, 'check_tls');
	});

	test('a balance read through the proxy: no network row, the four checks balance documents', async () => {
		const proxy = await proxyFor('ok');
		const run = await runCli(['balance', '--json'], envWith({HTTPS_PROXY: proxyUrl(proxy)}));
		const json = JSON.parse(run.stdout) as BalanceJson;
		assert.equal(run.code, 0, json.summary);
		assert.deepEqual(json.checks.map(row => row.id), ['key_present', 'key_format', 'endpoint', 'balance']);
	});
});

// The proxy fails on its own, and the network check's direct look beside it says whether going around it works.
// Going direct works where api.deepseek.com is given with the port a fake listens on (map-hosts.mjs sends the name
// to 127.0.0.1): then unsetting the variable is the first fix. A name left out of TEST_LOOPBACK_HOSTS does not
// resolve going direct (ENOTFOUND), as on a network whose DNS answers only through its proxy.
describe('a proxy that fails, and going direct measured beside it', () => {
	const direct = () => `https://api.deepseek.com:${fakePort('ok')}`;
	const works = ' Going direct, api.deepseek.com is reachable: unsetting HTTPS_PROXY is enough, unless this network requires the proxy.';
	const unsetFirst = /What to do: 1\. Unset HTTPS_PROXY where your program runs \(unset HTTPS_PROXY\): going direct reaches api\.deepseek\.com 2\. /;
	type WithFixes = CheckJson & {fixes: Array<{id: string; title: string}>};

	test('a proxy that is off, where going direct works: the summary says so, and unsetting HTTPS_PROXY is the first fix (English, Chinese, PowerShell)', async () => {
		const port = await closedPort();
		const env = envWith({HTTPS_PROXY: `http://${proxyHost}:${port}`, DEEPSEEK_BASE_URL: direct()});
		const found = await verdictOf(env);
		const said = `The proxy http://${proxyHost}:${port} (from HTTPS_PROXY) refused the connection: start the proxy, fix HTTPS_PROXY, or unset it to connect directly.${works}`;
		assert.equal(found.json.verdict, 'network_error', found.json.summary);
		assert.equal(found.json.summary, said);
		assert.equal(checkOf(found.json, 'network')?.summary, said);
		assert.deepEqual(checkOf(found.json, 'network')?.details.directConnect, {reachable: true, code: null, unset: ['HTTPS_PROXY'], port: fakePort('ok')});
		assert.deepEqual((found.json as WithFixes).fixes.map(fix => fix.id), ['unset_proxy', 'check_proxy', 'status_page']);
		// The proxy's own fix no longer offers to unset it: that is the first fix.
		assert.equal((found.json as WithFixes).fixes[1]?.title, `Check the host and port of the proxy in HTTPS_PROXY (http://${proxyHost}:${port}) with whoever runs it`);
		for (const output of [found.text, found.report]) assert.ok(output.includes(said), output);
		assert.match(found.text, unsetFirst);
		const chinese = JSON.parse((await runCli(['check', '--json'], {...env, DEEPSEEK_FIX_LANG: 'zh-CN'})).stdout) as WithFixes;
		assert.match(chinese.summary, /直连可以连上 api\.deepseek\.com：取消设置 HTTPS_PROXY 就够了，除非这个网络必须走代理。$/);
		assert.equal(chinese.fixes[0]?.title, '在运行你的程序的地方取消设置 HTTPS_PROXY（unset HTTPS_PROXY）：直连可以连上 api.deepseek.com');
		// PowerShell's own command (its PSModulePath names the user's modules folder first: shell.ts).
		const powershell = JSON.parse((await runCli(['check', '--json'], {...env, SHELL: '/usr/bin/pwsh'})).stdout) as WithFixes;
		assert.equal(powershell.fixes[0]?.title, 'Unset HTTPS_PROXY where your program runs (in PowerShell: Remove-Item Env:HTTPS_PROXY): going direct reaches api.deepseek.com');
	});

	test('https_proxy and http_proxy set alike (a proxy app\'s "copy the commands"), the app quit: both are named, as one command unsets them', async () => {
		const port = await closedPort();
		const proxy = `http://127.0.0.1:${port}`;
		const {json} = await checkJson(envWith({https_proxy: proxy, http_proxy: proxy, DEEPSEEK_BASE_URL: direct()}));
		assert.match(json.summary, /Going direct, api\.deepseek\.com is reachable: unsetting https_proxy and http_proxy is enough, unless this network requires the proxy\.$/);
		const fixes = (json as WithFixes).fixes;
		assert.deepEqual(fixes.map(fix => fix.id), ['unset_proxy', 'check_proxy', 'status_page']);
		assert.equal(fixes[0]?.title, 'Unset https_proxy and http_proxy where your program runs (unset https_proxy http_proxy): going direct reaches api.deepseek.com');
		assert.equal(fixes[1]?.title, `Start the proxy app at ${proxy} (it is not running, or listens on another port)`);
	});

	test('a proxy that asks for a login (407), and one that cannot reach the service (502), where going direct works: unsetting first, the proxy\'s own fix after it', async () => {
		const login407 = await proxyFor('ok', {login, routes: {[`api.deepseek.com:${fakePort('ok')}`]: fakePort('ok')}});
		const asked = await verdictOf(envWith({HTTPS_PROXY: proxyUrl(login407), DEEPSEEK_BASE_URL: direct()}));
		assert.equal(asked.json.verdict, 'network_error', asked.json.summary);
		assert.equal(asked.json.summary, `The proxy http://${proxyHost}:${login407.port} (from HTTPS_PROXY) asks for a login (HTTP 407): put the user and password in the proxy URL, e.g. http://user:password@proxy:8080.${works}`);
		assert.deepEqual(asked.json.fixes.map(fix => fix.id), ['unset_proxy', 'check_proxy', 'status_page']);
		assert.match(asked.text, /What to do: 1\. Unset HTTPS_PROXY .* 2\. Put the proxy's user and password in its URL/);
		// The network row: the proxy took the connection; going direct works, so no warning.
		assert.equal(checkOf(asked.json, 'network')?.status, 'pass');
		const gateway = await startProxy({routes: {}});
		proxies.push(gateway);
		const unreached = await verdictOf(envWith({HTTPS_PROXY: proxyUrl(gateway), DEEPSEEK_BASE_URL: direct()}));
		assert.match(unreached.json.summary, /\(it answered HTTP 502 to the tunnel request\): the service, or the proxy's own way out, may be down; try again later, or ask the proxy's administrator if it lasts\. Going direct, api\.deepseek\.com is reachable: unsetting HTTPS_PROXY is enough/);
		assert.match(unreached.text, unsetFirst);
	});

	// A relay on a host of its own (relay.example is 127.0.0.1 here) whose port is closed, behind a proxy that is off: going
	// direct, the host itself refuses, so the network is reached and is not shown to need the proxy; the relay there is
	// down. Not "this network needs the proxy (or is offline)": both the proxy and the relay are to mend, the proxy first.
	test('a proxy that is off, and going direct the relay\'s host refuses its port: the proxy is to start and the relay too, not "this network needs the proxy" (English, Chinese)', async () => {
		const [proxyPort, relayPort] = [await closedPort(), await closedPort()];
		const env = envWith({
			TEST_LOOPBACK_HOSTS: [proxyHost, 'api.deepseek.com', 'statuspage.flashduty.com', 'relay.example'].join(','),
			HTTPS_PROXY: `http://${proxyHost}:${proxyPort}`,
			DEEPSEEK_BASE_URL: `https://relay.example:${relayPort}/v1`,
		});
		const found = await verdictOf(env);
		const said = `The proxy http://${proxyHost}:${proxyPort} (from HTTPS_PROXY) refused the connection: start the proxy, or fix HTTPS_PROXY. Going direct, relay.example:${relayPort} refuses the connection (ECONNREFUSED): the host is reached, but its service is down or on another port, so unsetting HTTPS_PROXY alone will not help.`;
		assert.equal(found.json.verdict, 'network_error', found.json.summary);
		assert.equal(found.json.summary, said);
		assert.deepEqual(checkOf(found.json, 'network')?.details.directConnect, {reachable: false, code: 'ECONNREFUSED', unset: ['HTTPS_PROXY'], port: relayPort});
		const fixes = (found.json as WithFixes).fixes;
		// The proxy's fix, then the relay's; not "this network reaches the service only through it", nor DeepSeek's status page.
		assert.deepEqual(fixes.map(fix => fix.id), ['check_proxy', 'check_network']);
		assert.deepEqual(fixes.map(fix => fix.title), [
			`Check the host and port of the proxy in HTTPS_PROXY (http://${proxyHost}:${proxyPort}) with whoever runs it`,
			"Check the base URL's host and port, and that the service there is running",
		]);
		for (const output of [found.text, found.report]) assert.ok(output.includes(said), output);
		assert.doesNotMatch(found.text, /needs the proxy|offline|only through it/);
		const chinese = JSON.parse((await runCli(['check', '--json'], {...env, DEEPSEEK_FIX_LANG: 'zh-CN'})).stdout) as WithFixes;
		assert.match(chinese.summary, new RegExp(`直连时 relay\\.example:${relayPort} 拒绝连接（ECONNREFUSED）：主机连得上，但那里的服务没有运行或不在这个端口，所以只取消设置 HTTPS_PROXY 没用。$`));
		assert.doesNotMatch(chinese.summary, /需要代理|没有联网/);
	});

	test('a proxy that refuses the tunnel (403) to a host that does not resolve going direct (ENOTFOUND): the network needs the proxy, and no fix goes around it', async () => {
		const proxy = await proxyFor('ok', {forbidAll: true});
		const env = envWith({HTTPS_PROXY: proxyUrl(proxy), DEEPSEEK_BASE_URL: 'https://gateway.example'});
		const found = await verdictOf(env);
		assert.equal(found.json.verdict, 'network_error', found.json.summary);
		assert.equal(found.json.summary, `The proxy http://${proxyHost}:${proxy.port} (from HTTPS_PROXY) refused to open a connection to gateway.example (HTTP 403): its rules either do not serve this computer or block gateway.example; ask its administrator, or add the host to NO_PROXY. Going direct fails too (ENOTFOUND): this network needs the proxy (or is offline), so unsetting HTTPS_PROXY will not help.`);
		assert.deepEqual(checkOf(found.json, 'network')?.details.directConnect, {reachable: false, code: 'ENOTFOUND', unset: ['HTTPS_PROXY'], port: 443});
		assert.deepEqual(found.json.fixes.map(fix => fix.id), ['check_proxy', 'status_page']);
		assert.match(found.text, repairTheProxy);
		assert.ok(!(found.json as WithFixes).fixes.some(fix => /NO_PROXY|unset/i.test(fix.title)));
	});
});
