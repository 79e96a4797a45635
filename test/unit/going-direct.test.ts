// A proxy that fails on its own (nothing listens there, its name does not resolve, it refuses the tunnel or
// the login), beside the network check's direct look (`directConnect`): where going direct works, the summary
// says so and the first fix unsets the variables, in the user's shell; where it fails too, the way around the
// proxy is not offered. Where nothing was measured (no look, a look that ran out of time, unsetting that would
// reach another proxy), everything reads as before.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {diagnose} from '../../source/diagnose.js';
import {unsetToGoDirect} from '../../source/deepseek/proxy.js';
import {setLanguage} from '../../source/messages/language.js';
import {proxyMessages} from '../../source/messages/http.js';
import {setShell, unsetCommand} from '../../source/text/shell.js';
import type {CheckResult} from '../../source/checks/types.js';
import {auth, balance, checkResult, endpoint, failure, network, officialBase, scenario} from '../helpers/results.js';
import {directRefusal, withDirectFinding} from '../../source/deepseek/going-direct.js';

const localProxy = 'http://127.0.0.1:7890';
const works = {reachable: true, code: null, unset: ['HTTPS_PROXY']};
const fails = {reachable: false, code: 'ENOTFOUND', unset: ['HTTPS_PROXY']};

/** The network check failed at the proxy on this computer (refused), with what going direct found. */
function refusedWith(directConnect: Record<string, unknown> | undefined): CheckResult[] {
	const refused = network.refusedAtProxy(localProxy);
	const details = directConnect === undefined ? refused.details : {...refused.details, directConnect};
	const said = `The proxy ${localProxy} (from HTTPS_PROXY) refused the connection.`;
	// No API check got an answer: the network check's failure at the proxy is the one said (details.ts proxyFailure).
	return scenario(
		{...refused, details},
		auth.unexpected({...failure('proxy', said), code: 'ECONNREFUSED'}),
		balance.unexpected({...failure('proxy', said, `${officialBase}/user/balance`), code: 'ECONNREFUSED'}),
	);
}

/** The proxy took the network check's connection and refused the tunnel (`code`: 403, 407, 502), with what going direct found. */
function tunnelRefused(code: string, said: string, directConnect: Record<string, unknown> | undefined): CheckResult[] {
	const proxy = 'http://proxy.corp.example:3128';
	const reached = {host: 'proxy.corp.example', port: 3128, proxy, proxyVariable: 'HTTPS_PROXY', address: '203.0.113.9', connectMs: 3, ...(directConnect ? {directConnect} : {})};
	const status = directConnect?.['reachable'] === false ? 'warn' : 'pass';
	return scenario(
		checkResult('network', {status, summary: `Proxy ${proxy} reachable in 3 ms.`, details: reached}),
		auth.unexpected({...failure('proxy', said), code}),
	);
}

const refused403 = 'The proxy http://proxy.corp.example:3128 (from HTTPS_PROXY) refused to open a connection to api.deepseek.com (HTTP 403): its rules either do not serve this computer or block api.deepseek.com; ask its administrator, or add the host to NO_PROXY.';
const titles = (results: CheckResult[]) => diagnose(results).fixes.map(fix => fix.title);

test('the variables to unset for the calls to go direct: the one taken, and each that gives the same proxy after it', () => {
	const api = new URL('https://api.deepseek.com');
	assert.deepEqual(unsetToGoDirect(api, {HTTPS_PROXY: localProxy}), ['HTTPS_PROXY']);
	// As proxy apps' "copy the commands" set them: lower case, https and http alike.
	assert.deepEqual(unsetToGoDirect(api, {https_proxy: localProxy, http_proxy: localProxy, all_proxy: 'socks5://127.0.0.1:7890'}), ['https_proxy', 'http_proxy']);
	assert.deepEqual(unsetToGoDirect(api, {https_proxy: localProxy, HTTPS_PROXY: localProxy}), ['https_proxy', 'HTTPS_PROXY']);
	// Another proxy behind it (proxyFallback's case): unsetting does not go direct.
	assert.equal(unsetToGoDirect(api, {HTTPS_PROXY: localProxy, HTTP_PROXY: 'http://proxy.corp.example:3128'}), undefined);
	// Direct already: NO_PROXY names the host, no proxy at all, a base URL on this computer.
	assert.equal(unsetToGoDirect(api, {HTTPS_PROXY: localProxy, NO_PROXY: 'api.deepseek.com'}), undefined);
	assert.equal(unsetToGoDirect(api, {}), undefined);
	assert.equal(unsetToGoDirect(new URL('http://127.0.0.1:3000'), {HTTP_PROXY: localProxy}), undefined);
});

test('the command that unsets variables, in each shell', () => {
	const names = ['https_proxy', 'http_proxy'];
	assert.equal(unsetCommand(names, 'sh'), 'unset https_proxy http_proxy');
	assert.equal(unsetCommand(names, 'fish'), 'set -e https_proxy; set -e http_proxy');
	assert.equal(unsetCommand(names, 'nu'), 'hide-env https_proxy http_proxy');
	assert.equal(unsetCommand(names, 'powershell'), 'Remove-Item Env:https_proxy, Env:http_proxy');
	// No space before "&": Command Prompt would keep it as the value.
	assert.equal(unsetCommand(names, 'cmd'), 'set https_proxy=& set http_proxy=');
});

test('a proxy app that is not running, and going direct works: unsetting HTTPS_PROXY is the first fix, starting the app the second, without "or unset"', () => {
	const diagnosis = diagnose(refusedWith(works));
	assert.equal(diagnosis.verdict, 'network_error');
	assert.deepEqual(diagnosis.fixes.map(fix => fix.id), ['unset_proxy', 'check_proxy', 'status_page']);
	assert.deepEqual(titles(refusedWith(works)).slice(0, 2), [
		'Unset HTTPS_PROXY where your program runs (unset HTTPS_PROXY): going direct reaches api.deepseek.com',
		'Start the proxy app at http://127.0.0.1:7890 (it is not running, or listens on another port)',
	]);
	// The network check's own sentence says what going direct found (checks/network.ts): not said twice.
	assert.equal(diagnosis.summary, proxyMessages.refused({proxy: localProxy, variable: 'HTTPS_PROXY'}));
	// In PowerShell, its own command; in Chinese, the same order.
	setShell('powershell');
	try {
		assert.equal(titles(refusedWith(works))[0], 'Unset HTTPS_PROXY where your program runs (in PowerShell: Remove-Item Env:HTTPS_PROXY): going direct reaches api.deepseek.com');
	} finally {
		setShell('sh');
	}
	setLanguage('zh-CN');
	try {
		assert.deepEqual(titles(refusedWith(works)).slice(0, 2), [
			'在运行你的程序的地方取消设置 HTTPS_PROXY（unset HTTPS_PROXY）：直连可以连上 api.deepseek.com',
			'启动 http://127.0.0.1:7890 上的代理软件（它没有运行，或端口不对）',
		]);
	} finally {
		setLanguage('en');
	}
});

test('a proxy app that is not running, and going direct fails too: starting it is the first fix, and no fix offers to unset it', () => {
	const diagnosis = diagnose(refusedWith(fails));
	assert.deepEqual(diagnosis.fixes.map(fix => fix.id), ['check_proxy', 'status_page']);
	assert.equal(diagnosis.fixes[0]?.title, 'Start the proxy app at http://127.0.0.1:7890 (it is not running, or listens on another port)');
	assert.ok(!diagnosis.fixes.some(fix => /unset/i.test(fix.title)), titles(refusedWith(fails)).join(' | '));
});

test('nothing measured (no look, a look that ran out of time or was cut short, unsetting that reaches another proxy): the fixes as before', () => {
	const before = 'Start the proxy app at http://127.0.0.1:7890 (it is not running, or listens on another port), or unset HTTPS_PROXY to connect directly';
	for (const directConnect of [undefined, {...fails, code: 'TIMEOUT'}, {...fails, code: 'UNKNOWN'}, {...works, unset: []}, {...fails, unset: []}]) {
		assert.deepEqual(titles(refusedWith(directConnect)).slice(0, 1), [before], JSON.stringify(directConnect));
		assert.equal(diagnose(refusedWith(directConnect)).fixes.length, 2);
	}
});

test('a proxy that refuses the tunnel (403), and going direct works: the summary says so after the proxy\'s sentence, and unsetting is the first fix', () => {
	const results = tunnelRefused('403', refused403, works);
	const diagnosis = diagnose(results);
	assert.equal(diagnosis.verdict, 'network_error');
	assert.equal(diagnosis.summary, `${refused403} Going direct, api.deepseek.com is reachable: unsetting HTTPS_PROXY is enough, unless this network requires the proxy.`);
	assert.deepEqual(diagnosis.fixes.map(fix => fix.title), [
		'Unset HTTPS_PROXY where your program runs (unset HTTPS_PROXY): going direct reaches api.deepseek.com',
		'Check the proxy in HTTPS_PROXY / HTTP_PROXY, or leave this host out of it with NO_PROXY',
		diagnosis.fixes[2]?.title,
	]);
	assert.equal(diagnosis.fixes[2]?.id, 'status_page');
	assert.equal(diagnosis.preciseFixes, true);
	setLanguage('zh-CN');
	try {
		assert.match(diagnose(results).summary, /直连可以连上 api\.deepseek\.com：取消设置 HTTPS_PROXY 就够了，除非这个网络必须走代理。$/);
	} finally {
		setLanguage('en');
	}
});

test('a proxy that refuses the tunnel (403), and going direct fails too: the summary says the network needs the proxy, and no fix goes around it (NO_PROXY, unset)', () => {
	const diagnosis = diagnose(tunnelRefused('403', refused403, fails));
	assert.equal(diagnosis.verdict, 'network_error');
	assert.equal(diagnosis.summary, `${refused403} Going direct fails too (ENOTFOUND): this network needs the proxy (or is offline), so unsetting HTTPS_PROXY will not help.`);
	assert.deepEqual(diagnosis.fixes.map(fix => fix.id), ['check_proxy', 'status_page']);
	// The variable the proxy came from, as the direct look found it: not a second one that is not set.
	assert.equal(diagnosis.fixes[0]?.title, 'Repair the proxy in HTTPS_PROXY, or ask whoever runs it to: this network reaches the service only through it');
	assert.ok(!diagnosis.fixes.some(fix => /NO_PROXY|unset/i.test(fix.title)));
	setLanguage('zh-CN');
	try {
		assert.match(diagnose(tunnelRefused('403', refused403, fails)).summary, /直连也连不上（ENOTFOUND）：这个网络需要代理（或没有联网），取消设置 HTTPS_PROXY 也没用。$/);
	} finally {
		setLanguage('en');
	}
});

test('what a failed direct look proves, by its code: no name or no route, the network needs the proxy; a refusal at the base URL\'s host, its service is down; at DeepSeek\'s API, a firewall', () => {
	const look = (code: string) => ({reachable: false, code, unset: ['HTTPS_PROXY'], port: 3000});
	for (const code of ['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']) {
		assert.equal(directRefusal(look(code), 'relay.example'), undefined, code);
		assert.equal(withDirectFinding('F.', look(code), 'relay.example'), `F. Going direct fails too (${code}): this network needs the proxy (or is offline), so unsetting HTTPS_PROXY will not help.`);
	}
	for (const code of ['ECONNREFUSED', 'ECONNRESET']) {
		assert.equal(directRefusal(look(code), 'relay.example'), 'service', code);
		assert.equal(directRefusal(look(code), 'api.deepseek.com'), 'firewall', code);
		assert.equal(withDirectFinding('F.', look(code), 'relay.example'), `F. Going direct, relay.example:3000 refuses the connection (${code}): the host is reached, but its service is down or on another port, so unsetting HTTPS_PROXY alone will not help.`);
	}
	assert.equal(withDirectFinding('F.', {...look('ECONNREFUSED'), port: 443}, 'api.deepseek.com'), "F. Going direct, api.deepseek.com:443 refuses the connection (ECONNREFUSED): DeepSeek's API takes connections, so a firewall on this network blocks it; this network needs the proxy, so unsetting HTTPS_PROXY will not help.");
	// Not measured, or it works: no refusal to speak of.
	assert.equal(directRefusal({...look('ECONNREFUSED'), unset: []}, 'relay.example'), undefined);
	assert.equal(directRefusal({reachable: true, code: null, unset: ['HTTPS_PROXY']}, 'relay.example'), undefined);
	setLanguage('zh-CN');
	try {
		assert.equal(withDirectFinding('F。', look('ECONNREFUSED'), 'relay.example'), 'F。直连时 relay.example:3000 拒绝连接（ECONNREFUSED）：主机连得上，但那里的服务没有运行或不在这个端口，所以只取消设置 HTTPS_PROXY 没用。');
		assert.match(withDirectFinding('F。', look('ECONNREFUSED'), 'api.deepseek.com'), /防火墙挡住了直连；这个网络需要代理/);
	} finally {
		setLanguage('en');
	}
});

test('a proxy that refuses the tunnel (403) to a relay whose port refuses going direct: the proxy\'s fix, then the relay\'s, not "only through it" nor DeepSeek\'s status page; at DeepSeek\'s API, the proxy is to repair', () => {
	const refusedThere = {reachable: false, code: 'ECONNREFUSED', unset: ['HTTPS_PROXY'], port: 3000};
	const relay = [...tunnelRefused('403', refused403, refusedThere).filter(result => result.id !== 'endpoint'), endpoint.notDeepSeek('relay.example:3000')];
	const diagnosis = diagnose(relay);
	assert.equal(diagnosis.verdict, 'network_error');
	assert.match(diagnosis.summary, /Going direct, relay\.example:3000 refuses the connection \(ECONNREFUSED\): the host is reached, but its service is down or on another port/);
	assert.deepEqual(diagnosis.fixes.map(fix => fix.id), ['check_proxy', 'check_network']);
	assert.equal(diagnosis.fixes[1]?.title, "Check the base URL's host and port, and that the service there is running");
	assert.ok(!diagnosis.fixes.some(fix => /only through it/.test(fix.title)), titles(relay).join(' | '));
	// The same refusal at api.deepseek.com: a firewall, so the network needs the proxy.
	const official = diagnose(tunnelRefused('403', refused403, {...refusedThere, port: 443}));
	assert.match(official.summary, /a firewall on this network blocks it; this network needs the proxy/);
	assert.deepEqual(official.fixes.map(fix => fix.id), ['check_proxy', 'status_page']);
	assert.match(official.fixes[0]?.title ?? '', /^Repair the proxy in HTTPS_PROXY/);
});

test('a proxy that asks for a login (407): unsetting first where going direct works, the login alone where it fails', () => {
	const said = 'The proxy http://proxy.corp.example:3128 (from HTTPS_PROXY) asks for a login (HTTP 407): put the user and password in the proxy URL, e.g. http://user:password@proxy:8080.';
	assert.deepEqual(titles(tunnelRefused('407', said, works)).slice(0, 2), [
		'Unset HTTPS_PROXY where your program runs (unset HTTPS_PROXY): going direct reaches api.deepseek.com',
		'Put the proxy\'s user and password in its URL: http://user:pass@host:port',
	]);
	assert.deepEqual(titles(tunnelRefused('407', said, fails)).slice(0, 1), ['Put the proxy\'s user and password in its URL: http://user:pass@host:port']);
	assert.equal(diagnose(tunnelRefused('407', said, fails)).fixes.length, 2);
});

test('a tunnel refused with nothing measured, or a SOCKS proxy that reached the host which refused the port: the summary and fixes as before', () => {
	for (const directConnect of [undefined, {...fails, code: 'TIMEOUT'}]) {
		const diagnosis = diagnose(tunnelRefused('403', refused403, directConnect));
		assert.equal(diagnosis.summary, refused403);
		assert.deepEqual(diagnosis.fixes.map(fix => fix.title).slice(0, 1), ['Check the proxy in HTTPS_PROXY / HTTP_PROXY, or leave this host out of it with NO_PROXY']);
	}
	const port = 'The SOCKS proxy socks5://127.0.0.1:1080 (from HTTPS_PROXY) reached api.deepseek.com, but it refused the connection on port 443: nothing takes connections there.';
	const socks = diagnose(tunnelRefused('UND_ERR_SOCKS5_REPLY_5', port, works));
	assert.equal(socks.summary, port);
	assert.ok(!socks.fixes.some(fix => fix.title.startsWith('Unset')));
});

test('a proxy that refuses the login its URL holds (407 with proxyLoginRefused): the fix is to correct that login, not to put one in', () => {
	const said = 'The proxy http://proxy.corp.example:3128 (from HTTPS_PROXY) did not accept the login in its URL (HTTP 407): check the user and password (percent-encode special characters, e.g. @ as %40).';
	const refusedLogin = (direct: Record<string, unknown>) =>
		tunnelRefused('407', said, direct).map(result => (result.id === 'auth' ? {...result, details: {...result.details, proxyLoginRefused: true}} : result));
	assert.deepEqual(titles(refusedLogin(fails)).slice(0, 1), ["Correct the user or password in the proxy's URL, as whoever runs the proxy gave them (special characters percent-encoded: @ as %40)"]);
	assert.equal(titles(refusedLogin(works))[1], titles(refusedLogin(fails))[0], 'after unsetting, where going direct works');
});
