// The built CLI inside WSL 2 (WSL_DISTRO_NAME set, as every WSL shell has it), where a proxy app or a
// relay runs on Windows: 127.0.0.1 and localhost are the Linux VM's own, and the connection is refused.
// Windows' address is this machine's default gateway, read from /proc/net/route as the check reads it.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {release} from 'node:os';
import {before, test} from 'node:test';
import {defaultGateway} from '../../source/deepseek/default-route.js';
import {closedPort} from '../helpers/raw-server.js';
import {checkJson} from '../helpers/check-json.js';
import {runCli} from '../helpers/run-cli.js';
import {mappedHostsEnv} from '../helpers/with-fake.js';
import path from 'node:path';

let port: number;
before(async () => {
	port = await closedPort();
});

/** Windows' address as this machine's default route gives it (null in a machine with none). */
function windowsHost(): string | null {
	try {
		return defaultGateway(readFileSync('/proc/net/route', 'utf8'));
	} catch {
		return null;
	}
}

/** Every name but none resolves (the preload), and the status page is a closed port too: nothing leaves this machine. */
function env(extra: Record<string, string | undefined>): Record<string, string | undefined> {
	return mappedHostsEnv({DEEPSEEK_STATUS_URL: `http://127.0.0.1:${port}/api/v2/summary.json`, ...extra});
}

/** The same, with WSL's wslinfo played by a preload (test/helpers/fake-wslinfo.mjs) printing `mode`. */
function withWslinfo(mode: string, extra: Record<string, string | undefined>): Record<string, string | undefined> {
	const base = env(extra);
	return {...base, NODE_OPTIONS: `${base['NODE_OPTIONS']} --import ${path.join(import.meta.dirname, '..', 'helpers', 'fake-wslinfo.mjs')}`, TEST_WSLINFO_MODE: mode};
}

const mirrored = "Turn on WSL's mirrored networking, where 127.0.0.1 is Windows' (Windows 11 22H2 or newer): add networkingMode=mirrored under [wsl2] in %UserProfile%\\.wslconfig, then run wsl --shutdown";

test('WSL 2, HTTPS_PROXY on 127.0.0.1 refused: the sentence says 127.0.0.1 is the VM, and the fixes are mirrored networking, Windows\' address with Allow LAN, a proxy inside WSL', async () => {
	const json = await checkJson(env({WSL_DISTRO_NAME: 'Ubuntu', HTTPS_PROXY: `http://127.0.0.1:${port}`}));
	const network = json.checks.find(check => check.id === 'network');
	const said = `The proxy http://127.0.0.1:${port} (from HTTPS_PROXY) refused the connection, and this is WSL 2: in its default (NAT) networking, 127.0.0.1 is the Linux VM itself, not Windows, so a proxy app running on Windows (Clash Verge, v2rayN…) is not reached there.`;
	assert.equal(network?.summary, said);
	const host = windowsHost();
	assert.deepEqual(network?.details.wsl, {windowsHost: host, proxyVariable: 'HTTPS_PROXY', networkingMode: null});
	assert.equal(json.verdict, 'network_error');
	assert.equal(json.summary, said);
	const atWindows = host === null
		? 'Or set HTTPS_PROXY to Windows\' address as WSL sees it (after "via" in ip route show default), with the same port, and turn on "Allow LAN" in the proxy app'
		: `Or set HTTPS_PROXY=http://${host}:${port}, Windows' address as WSL sees it, and turn on "Allow LAN" in the proxy app`;
	assert.deepEqual(json.fixes, [
		{id: 'wsl_networking', title: mirrored, url: null},
		{id: 'check_proxy', title: atWindows, url: null},
		{id: 'check_network', title: 'Or run the proxy inside WSL', url: null},
	]);
});

test('WSL 2, a base URL on localhost refused, in Chinese: the relay on Windows is not reached, and the same three fixes in that order', async () => {
	const run = await runCli(['check'], env({WSL_DISTRO_NAME: 'Ubuntu', DEEPSEEK_BASE_URL: `http://localhost:${port}/v1`, DEEPSEEK_FIX_LANG: 'zh-CN', COLUMNS: '1000'}));
	const text = run.stdout;
	assert.match(text, new RegExp(`localhost:${port} 拒绝了连接，而这里是 WSL 2：在它默认的 NAT 网络模式下，localhost 是这台 Linux 虚拟机自己，不是 Windows，所以连不到在 Windows 上运行的中转站或网关（one-api、new-api、LiteLLM 等）。`));
	const fixes = text.slice(text.indexOf('解决办法：')).split('\n').filter(line => /^ \d\. /.test(line));
	assert.equal(fixes.length, 3, text);
	assert.match(fixes[0]!, /^ 1\. 打开 WSL 的镜像网络模式，让 127\.0\.0\.1 指向 Windows（/);
	const host = windowsHost();
	assert.match(fixes[1]!, new RegExp(`^ 2\\. 或者把 base URL 里的 localhost 换成 ${host === null ? 'WSL 看到的 Windows 地址' : `${host.replaceAll('.', '\\.')}（WSL 看到的 Windows 地址）`}，并让中转站监听所有地址（0\\.0\\.0\\.0）`));
	assert.equal(fixes[2], ' 3. 或者在 WSL 里运行中转站或网关');
});

/** Going direct, api.deepseek.com does not resolve here (map-hosts.mjs): said after the refused proxy's sentence. */
const directFailsToo = ' Going direct fails too (ENOTFOUND): this network needs the proxy (or is offline), so unsetting HTTPS_PROXY will not help.';

test('outside WSL nothing changes: the proxy\'s own sentence and fixes, no wsl details', {skip: /microsoft/i.test(release()) ? 'this machine is WSL' : false}, async () => {
	const json = await checkJson(env({HTTPS_PROXY: `http://127.0.0.1:${port}`}));
	const network = json.checks.find(check => check.id === 'network');
	assert.equal(network?.summary, `The proxy http://127.0.0.1:${port} (from HTTPS_PROXY) refused the connection: start the proxy, or fix HTTPS_PROXY.${directFailsToo}`);
	assert.equal(network?.details.wsl, undefined);
	assert.deepEqual(json.fixes.map(fix => fix.id), ['check_proxy', 'status_page']);
	const local = await checkJson(env({DEEPSEEK_BASE_URL: `http://localhost:${port}/v1`}));
	assert.equal(local.summary, `The API could not be reached: localhost:${port} refused the connection.`);
	// Nothing listens at a service on this computer: DeepSeek's status page says nothing about it.
	assert.deepEqual(local.fixes.map(fix => fix.id), ['check_network']);
});

test('WSL 2 in mirrored networking (wslinfo says so): 127.0.0.1 is Windows\' too, so a refusal is the plain one, nothing listens there either', async () => {
	const json = await checkJson(withWslinfo('mirrored', {WSL_DISTRO_NAME: 'Ubuntu', HTTPS_PROXY: `http://127.0.0.1:${port}`}));
	const network = json.checks.find(check => check.id === 'network');
	assert.equal(network?.summary, `The proxy http://127.0.0.1:${port} (from HTTPS_PROXY) refused the connection: start the proxy, or fix HTTPS_PROXY.${directFailsToo}`);
	assert.equal(network?.details.wsl, undefined);
	assert.deepEqual(json.fixes.map(fix => fix.id), ['check_proxy', 'status_page']);
	assert.match(json.fixes[0]!.title, /^Start the proxy app at http:\/\/127\.0\.0\.1:\d+ /);
});

test('WSL 2 in NAT networking (wslinfo says so): the WSL sentence, Windows at the default gateway, the mode in the details', async () => {
	const json = await checkJson(withWslinfo('nat', {WSL_DISTRO_NAME: 'Ubuntu', HTTPS_PROXY: `http://127.0.0.1:${port}`}));
	const network = json.checks.find(check => check.id === 'network');
	assert.deepEqual(network?.details.wsl, {windowsHost: windowsHost(), proxyVariable: 'HTTPS_PROXY', networkingMode: 'nat'});
	assert.deepEqual(json.fixes.map(fix => fix.id), ['wsl_networking', 'check_proxy', 'check_network']);
});

test('WSL 2 in bridged networking: the default gateway is the LAN\'s router, so the fix sends the user to ipconfig in Windows for its address', async () => {
	const json = await checkJson(withWslinfo('bridged', {WSL_DISTRO_NAME: 'Ubuntu', DEEPSEEK_BASE_URL: `http://localhost:${port}/v1`}));
	const network = json.checks.find(check => check.id === 'network');
	assert.deepEqual(network?.details.wsl, {windowsHost: null, proxyVariable: null, networkingMode: 'bridged'});
	assert.match(network?.summary ?? '', /refused the connection, and this is WSL 2: in its bridged networking, localhost is the Linux VM itself/);
	assert.deepEqual(json.fixes.map(fix => fix.id), ['wsl_networking', 'fix_base_url', 'check_network']);
	assert.equal(json.fixes[1]!.title, `Or put Windows' address as WSL sees it (the IPv4 address ipconfig shows in Windows) in place of localhost in the base URL, with the relay listening on all addresses (0.0.0.0) and its port open in Windows' firewall`);
});

test('a wslinfo that never answers holds the check at most its 2 s, then reads as WSL before 2.0: the mode unknown, Windows at the gateway', async () => {
	const json = await checkJson(withWslinfo('stuck', {WSL_DISTRO_NAME: 'Ubuntu', HTTPS_PROXY: `http://127.0.0.1:${port}`}));
	const network = json.checks.find(check => check.id === 'network');
	assert.deepEqual(network?.details.wsl, {windowsHost: windowsHost(), proxyVariable: 'HTTPS_PROXY', networkingMode: null});
	const missing = await checkJson(withWslinfo('missing', {WSL_DISTRO_NAME: 'Ubuntu', HTTPS_PROXY: `http://127.0.0.1:${port}`}));
	assert.deepEqual(missing.checks.find(check => check.id === 'network')?.details.wsl, {windowsHost: windowsHost(), proxyVariable: 'HTTPS_PROXY', networkingMode: null});
});
