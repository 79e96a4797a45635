// The built CLI where a known service's name resolves to this computer: a hosts file line
// (`127.0.0.1 api.deepseek.com`) or an ad blocker or DNS filter (AdGuard, Pi-hole) answering
// for it. The preload (map-hosts.mjs, TEST_LOOPBACK_HOSTS) plays that answer: the name
// resolves to 127.0.0.1, and its port 443 lands on a closed port, where nothing serves it.
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {startFake, type FakeServer} from '../fake/server.js';
import {closedPort} from '../helpers/raw-server.js';
import {runCli} from '../helpers/run-cli.js';
import {mappedHostsEnv} from '../helpers/with-fake.js';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {isPrivateAddress, resolvedHere, resolvedPrivate} from '../../source/deepseek/resolved-here.js';

type CheckJson = {
	verdict: string;
	summary: string;
	fixes: Array<{id: string; title: string; url: string | null}>;
	checks: Array<{id: string; status: string; summary: string; details: Record<string, unknown>}>;
};

const tlsDir = path.join(import.meta.dirname, '..', 'fixtures', 'tls');
let status: FakeServer;

before(async () => {
	status = await startFake({scenario: 'ok'});
});
after(async () => {
	await status.close();
});

async function checkJson(environment: Record<string, string | undefined>): Promise<CheckJson> {
	const run = await runCli(['check', '--json'], environment);
	assert.equal(run.stderr, '', run.stderr);
	return JSON.parse(run.stdout) as CheckJson;
}

/** `host` (with `port` standing for 443) resolving to 127.0.0.1; the status page answers, so the verdict is about the API. */
function env(host: string, port: number, extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
	const statusPort = new URL(status.baseUrl).port;
	return mappedHostsEnv({TEST_LOOPBACK_HOSTS: `${host}:${port},statuspage.flashduty.com:${statusPort}`, ...extra});
}

/** The Network row failed with `said` (its `detail` true, at `address`), the verdict says it, and the one fix is the hosts line or the DNS that answers so. */
function assertNameSentElsewhere(json: CheckJson, said: string, detail: 'resolvedHere' | 'resolvedPrivate', address: string): void {
	const network = json.checks.find(item => item.id === 'network');
	assert.equal(network?.status, 'fail', network?.summary);
	assert.equal(network?.summary, said);
	assert.equal(network?.details[detail], true);
	assert.equal(network?.details[detail === 'resolvedHere' ? 'resolvedPrivate' : 'resolvedHere'], undefined);
	assert.equal(network?.details.address, address);
	assert.equal(json.verdict, 'network_error', json.summary);
	assert.equal(json.summary, `The API could not be reached. ${said}`);
	// Not "is the service running?", nor DeepSeek's status page: the name is sent there.
	// A private network's address may come from the router's or an ad blocker's DNS as well: both named, and a lookup to compare.
	const title = detail === 'resolvedHere'
		? 'Remove api.deepseek.com from /etc/hosts or allow it in your ad blocker, then flush the DNS cache: sudo resolvectl flush-caches'
		: 'Look for api.deepseek.com in /etc/hosts, then in your router\'s or ad blocker\'s DNS; to compare: nslookup api.deepseek.com 1.1.1.1';
	assert.deepEqual(json.fixes, [{id: 'check_dns', title, url: null}]);
}

describe('a known service\'s name resolving to this computer', {skip: process.platform !== 'linux' && 'the hosts file and flush command named are Linux\'s'}, () => {
	test('api.deepseek.com at 127.0.0.1, refused: the Network row names the address and the hosts file, and the one fix is to remove that line', async () => {
		const json = await checkJson(env('api.deepseek.com', await closedPort()));
		const said = 'api.deepseek.com resolved to 127.0.0.1, this computer\'s own address, and the connection was refused: a line in the hosts file (/etc/hosts), or an ad blocker or DNS filter (AdGuard, Pi-hole…), sends the name there.';
		assertNameSentElsewhere(json, said, 'resolvedHere', '127.0.0.1');
		assert.equal(json.checks.find(item => item.id === 'network')?.details.reason, 'connection_refused');
	});

	test('api.deepseek.com at 127.0.0.1, where a local program answers TLS with its own certificate: the Network row says the name was sent here, then the certificate\'s sentence as before, in both languages', async () => {
		// The fake with the fixtures' certificate, whose authority this tool is not given here: a local proxy or dev server.
		const local = await startFake({scenario: 'ok', tls: {key: readFileSync(path.join(tlsDir, 'server-key.pem')), cert: readFileSync(path.join(tlsDir, 'server.pem'))}});
		try {
			const environment = env('api.deepseek.com', Number(new URL(local.baseUrl).port), {NODE_EXTRA_CA_CERTS: undefined});
			const json = await checkJson(environment);
			const network = json.checks.find(item => item.id === 'network');
			assert.equal(network?.details.reason, 'tls', network?.summary);
			const here = 'api.deepseek.com resolved to 127.0.0.1, this computer\'s own address, where a program on this computer (a local proxy, a dev server) answered: a line in the hosts file (/etc/hosts), or an ad blocker or DNS filter (AdGuard, Pi-hole…), sends the name there.';
			const issuer = '"deepseek-fix test CA (fixture, never trust outside tests)"';
			assert.equal(network?.summary, `${here} The certificate presented for api.deepseek.com is not trusted here: it was issued by ${issuer}, which this computer does not trust. A company proxy or antivirus that inspects HTTPS often causes this. Point NODE_EXTRA_CA_CERTS at the certificate of ${issuer}, or try another network.`);
			// The details keep their meaning (resolvedHere: the connection failed before TLS); the certificate's are as before.
			assert.equal(network?.details.resolvedHere, undefined);
			assert.equal((network?.details.untrustedCertificate as {issuer?: string} | undefined)?.issuer, issuer.slice(1, -1));
			assert.equal(json.summary, `The API could not be reached. ${network?.summary}`);
			const zh = (await checkJson({...environment, DEEPSEEK_FIX_LANG: 'zh-CN'})).checks.find(item => item.id === 'network');
			assert.ok(zh?.summary.startsWith('api.deepseek.com 解析到了 127.0.0.1，也就是本机自己的地址，在那里答复的是本机上的程序（本地代理或开发服务器）：是 hosts 文件（/etc/hosts）里的一行，或者广告拦截、DNS 过滤工具（AdGuard、Pi-hole 等）把这个域名指向了本机。api.deepseek.com 出示的证书由'), zh?.summary);
		} finally {
			await local.close();
		}
	});

	test('a relay\'s own name the user maps to this computer is left as it was: nothing listening there is the finding', async () => {
		const port = await closedPort();
		const json = await checkJson(env('relay.example.com', port, {DEEPSEEK_BASE_URL: 'https://relay.example.com'}));
		const network = json.checks.find(item => item.id === 'network');
		assert.equal(network?.status, 'fail', network?.summary);
		assert.equal(network?.details.resolvedHere, undefined);
		assert.equal(network?.summary, 'relay.example.com:443 refused the connection.');
		assert.equal(json.fixes[0]?.id, 'check_network');
	});
});

test('which answers count as this computer: loopback and the unspecified address, for a known service\'s name only', () => {
	for (const address of ['127.0.0.1', '127.0.1.1', '::1', '0.0.0.0', '::', '::ffff:127.0.0.1']) assert.equal(resolvedHere('api.deepseek.com', address), true, address);
	for (const address of ['10.0.0.8', '192.168.1.1', '198.18.0.2', '104.18.26.90']) assert.equal(resolvedHere('api.deepseek.com', address), false, address);
	assert.equal(resolvedHere('openrouter.ai', '0.0.0.0'), true);
	assert.equal(resolvedHere('relay.example.com', '127.0.0.1'), false);
	assert.equal(resolvedHere('localhost', '127.0.0.1'), false);
	assert.equal(resolvedHere('127.0.0.1', '127.0.0.1'), false);
});

describe('a known service\'s name resolving to a private network\'s address', {skip: process.platform !== 'linux' && 'the hosts file and flush command named are Linux\'s'}, () => {
	test('api.deepseek.com at 192.168.0.2, no route there: the Network row names the address, the hosts file and the DNS that may answer so; the one fix is that line or that DNS; the text and Chinese say the same', async () => {
		// The preload answers 192.168.0.2 (TEST_PRIVATE_IP_HOSTS) and, as for any address off this computer, fails the connection.
		const environment = {...env('status.example', 1), TEST_PRIVATE_IP_HOSTS: 'api.deepseek.com'};
		const json = await checkJson(environment);
		const said = 'api.deepseek.com resolved to 192.168.0.2, a private network\'s address, and connecting failed (ENETUNREACH): a line in the hosts file (/etc/hosts), an ad blocker (Pi-hole, AdGuard…), or your router\'s or company\'s DNS sends the name there.';
		assertNameSentElsewhere(json, said, 'resolvedPrivate', '192.168.0.2');
		const zh = await checkJson({...environment, DEEPSEEK_FIX_LANG: 'zh-CN'});
		assert.equal(zh.checks.find(item => item.id === 'network')?.summary, 'api.deepseek.com 解析到了内网地址 192.168.0.2，而连接失败（ENETUNREACH）：是 hosts 文件（/etc/hosts）里的一行，或者广告拦截工具（Pi-hole、AdGuard 等）、路由器或公司的 DNS 把这个域名解析到了那里。');
		assert.deepEqual(zh.fixes, [{id: 'check_dns', title: '查看 /etc/hosts 里有没有 api.deepseek.com，再查路由器或广告拦截工具的 DNS；对比：nslookup api.deepseek.com 1.1.1.1', url: null}]);
	});
});

test('which answers count as a private network: 10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7, for a known service\'s name only', () => {
	for (const address of ['10.0.0.8', '172.16.0.1', '172.31.255.254', '192.168.1.1', '100.64.0.1', '100.127.255.1', 'fd7a:115c:a1e0::1', 'fc00::1', '::ffff:10.1.2.3']) assert.equal(isPrivateAddress(address), true, address);
	for (const address of ['172.15.0.1', '172.32.0.1', '100.63.0.1', '100.128.0.1', '198.18.0.2', '127.0.0.1', '104.18.26.90', 'fe80::1', '2606:4700::1']) assert.equal(isPrivateAddress(address), false, address);
	assert.equal(resolvedPrivate('api.deepseek.com', '192.168.1.1'), true);
	assert.equal(resolvedPrivate('relay.example.com', '192.168.1.1'), false, 'a name of the user\'s own, on the LAN on purpose');
	assert.equal(resolvedPrivate('192.168.1.1', '192.168.1.1'), false);
});
