// The system's own proxy settings, which browsers follow and Node programs do not: read from
// each system's own output (shapes as `reg query`, `scutil --proxy`, `gsettings` and KDE's
// kioslaverc write them), and said by the network check when going direct failed. The API's
// host is played by a name mapped to 127.0.0.1 (map-hosts.mjs): a system proxy never applies
// to a loopback address. GNOME's settings are read by the real gsettings, from a keyfile of
// the test's own (GSETTINGS_BACKEND=keyfile), so the run reads them as it would a desktop's.
import '../helpers/map-hosts.mjs';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {network as networkCheck} from '../../source/checks/network.js';
import type {CheckContext} from '../../source/checks/types.js';
import {exempts, fromGsettings, fromKioslaverc, fromScutil, fromWindowsRegistry, readSystemProxy} from '../../source/deepseek/system-proxy.js';
import {diagnose} from '../../source/diagnose.js';
import {setLanguage} from '../../source/messages/language.js';
import {closedPort, startTcpServer} from '../helpers/raw-server.js';
import {testContext} from '../helpers/results.js';

process.env.TEST_LOOPBACK_HOSTS = 'gateway.example';

const registry = (values: string) => `\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\r\n    CertificateRevocation    REG_DWORD    0x1\r\n${values}\r\n`;

test('fromWindowsRegistry: ProxyServer for every scheme or per scheme, only with ProxyEnable; a setup script whenever it is set', () => {
	// Clash for Windows and v2rayN write one host:port and a long ProxyOverride.
	assert.deepEqual(fromWindowsRegistry(registry('    ProxyEnable    REG_DWORD    0x1\r\n    ProxyServer    REG_SZ    127.0.0.1:7890\r\n    ProxyOverride    REG_SZ    localhost;127.*;10.*;<local>')), {
		from: 'windows', proxy: 'http://127.0.0.1:7890', exceptions: ['localhost', '127.*', '10.*', '<local>'],
	});
	assert.equal(fromWindowsRegistry(registry('    ProxyEnable    REG_DWORD    0x1\r\n    ProxyServer    REG_SZ    http=proxy.corp.example:8080;https=proxy.corp.example:8443;ftp=ftp.corp.example:21'))?.proxy, 'http://proxy.corp.example:8443');
	assert.equal(fromWindowsRegistry(registry('    ProxyEnable    REG_DWORD    0x1\r\n    ProxyServer    REG_SZ    http=proxy.corp.example:8080'))?.proxy, 'http://proxy.corp.example:8080');
	assert.equal(fromWindowsRegistry(registry('    ProxyEnable    REG_DWORD    0x1\r\n    ProxyServer    REG_SZ    socks=127.0.0.1:1080'))?.proxy, 'socks5://127.0.0.1:1080');
	assert.equal(fromWindowsRegistry(registry('    ProxyEnable    REG_DWORD    0x1\r\n    ProxyServer    REG_SZ    http://proxy.corp.example:3128'))?.proxy, 'http://proxy.corp.example:3128');
	// Switched off: the server left behind counts for nothing.
	assert.equal(fromWindowsRegistry(registry('    ProxyEnable    REG_DWORD    0x0\r\n    ProxyServer    REG_SZ    127.0.0.1:7890')), undefined);
	assert.deepEqual(fromWindowsRegistry(registry('    ProxyEnable    REG_DWORD    0x0\r\n    AutoConfigURL    REG_SZ    http://wpad.corp.example/proxy.pac')), {from: 'windows', pac: 'http://wpad.corp.example/proxy.pac', exceptions: []});
	assert.equal(fromWindowsRegistry(registry('    ProxyEnable    REG_DWORD    0x1\r\n    ProxyServer    REG_SZ    proxy-without-port')), undefined);
	assert.equal(fromWindowsRegistry(''), undefined);
});

const scutil = (body: string) => `<dictionary> {\n${body}\n}\n`;

test('fromScutil: the HTTPS proxy when on, else SOCKS; a PAC script or discovery; the exceptions array', () => {
	const clash = scutil('  ExceptionsList : <array> {\n    0 : 127.0.0.1\n    1 : localhost\n    2 : *.local\n  }\n  ExcludeSimpleHostnames : 1\n  HTTPEnable : 1\n  HTTPPort : 7890\n  HTTPProxy : 127.0.0.1\n  HTTPSEnable : 1\n  HTTPSPort : 7890\n  HTTPSProxy : 127.0.0.1\n  SOCKSEnable : 1\n  SOCKSPort : 7891\n  SOCKSProxy : 127.0.0.1');
	assert.deepEqual(fromScutil(clash), {from: 'macos', proxy: 'http://127.0.0.1:7890', exceptions: ['127.0.0.1', 'localhost', '*.local']});
	assert.equal(fromScutil(scutil('  HTTPEnable : 0\n  HTTPSEnable : 0\n  SOCKSEnable : 1\n  SOCKSPort : 1080\n  SOCKSProxy : 127.0.0.1'))?.proxy, 'socks5://127.0.0.1:1080');
	assert.deepEqual(fromScutil(scutil('  HTTPEnable : 0\n  HTTPSEnable : 0\n  ProxyAutoConfigEnable : 1\n  ProxyAutoConfigURLString : http://wpad.corp.example/proxy.pac')), {from: 'macos', pac: 'http://wpad.corp.example/proxy.pac', exceptions: []});
	assert.deepEqual(fromScutil(scutil('  HTTPEnable : 0\n  ProxyAutoDiscoveryEnable : 1')), {from: 'macos', pac: '', exceptions: []});
	// The macOS default: exceptions, nothing on.
	assert.equal(fromScutil(scutil('  ExceptionsList : <array> {\n    0 : *.local\n    1 : 169.254/16\n  }\n  FTPPassive : 1\n  HTTPEnable : 0\n  HTTPSEnable : 0')), undefined);
});

const gnome = (lines: string[]) => `${['org.gnome.system.proxy ignore-hosts [\'localhost\', \'127.0.0.0/8\', \'::1\']', 'org.gnome.system.proxy use-same-proxy true', 'org.gnome.system.proxy.http port 8080', ...lines].join('\n')}\n`;

test('fromGsettings: manual (the HTTPS host, else SOCKS), auto (a PAC script, or none for discovery), none', () => {
	assert.deepEqual(fromGsettings(gnome(['org.gnome.system.proxy mode \'manual\'', 'org.gnome.system.proxy.https host \'127.0.0.1\'', 'org.gnome.system.proxy.https port 7890'])), {
		from: 'gnome', proxy: 'http://127.0.0.1:7890', exceptions: ['localhost', '127.0.0.0/8', '::1'],
	});
	assert.equal(fromGsettings(gnome(['org.gnome.system.proxy mode \'manual\'', 'org.gnome.system.proxy.https host \'\'', 'org.gnome.system.proxy.https port 0', 'org.gnome.system.proxy.socks host \'127.0.0.1\'', 'org.gnome.system.proxy.socks port 7891']))?.proxy, 'socks5://127.0.0.1:7891');
	assert.equal(fromGsettings(gnome(['org.gnome.system.proxy mode \'auto\'', 'org.gnome.system.proxy autoconfig-url \'http://wpad.corp.example/proxy.pac\'']))?.pac, 'http://wpad.corp.example/proxy.pac');
	assert.equal(fromGsettings(gnome(['org.gnome.system.proxy mode \'auto\'', 'org.gnome.system.proxy autoconfig-url \'\'']))?.pac, '');
	assert.equal(fromGsettings(gnome(['org.gnome.system.proxy mode \'none\'', 'org.gnome.system.proxy.https host \'127.0.0.1\'', 'org.gnome.system.proxy.https port 7890'])), undefined);
});

test('fromKioslaverc: ProxyType 1 (KDE writes "http://host port"), 2 (a script), 3 (discovery), others none', () => {
	const file = (lines: string) => `[General]\nx=1\n\n[Proxy Settings]\n${lines}\n\n[Cache]\nCacheEnabled=true\n`;
	assert.deepEqual(fromKioslaverc(file('NoProxyFor=localhost,127.0.0.1\nProxyType=1\nhttpProxy=http://127.0.0.1 7890\nhttpsProxy=http://127.0.0.1 7890\nsocksProxy=socks://127.0.0.1 7891')), {
		from: 'kde', proxy: 'http://127.0.0.1:7890', exceptions: ['localhost', '127.0.0.1'],
	});
	assert.equal(fromKioslaverc(file('ProxyType=1\nhttpsProxy=http://proxy.corp.example:3128'))?.proxy, 'http://proxy.corp.example:3128');
	assert.equal(fromKioslaverc(file('ProxyType=2\nProxy Config Script=http://wpad.corp.example/proxy.pac'))?.pac, 'http://wpad.corp.example/proxy.pac');
	assert.equal(fromKioslaverc(file('ProxyType=3'))?.pac, '');
	assert.equal(fromKioslaverc(file('ProxyType=0\nhttpsProxy=http://127.0.0.1 7890')), undefined);
	assert.equal(fromKioslaverc('[Cache]\nProxyType=1\n'), undefined);
});

test('exempts: exact names, * patterns, .domains and <local>, case aside', () => {
	assert.ok(exempts(['localhost', '*.deepseek.com'], 'API.DeepSeek.com'));
	assert.ok(exempts(['.deepseek.com'], 'api.deepseek.com'));
	assert.ok(exempts(['api.*'], 'api.deepseek.com'));
	assert.ok(exempts(['<local>'], 'intranet-relay'));
	assert.ok(!exempts(['<local>', '127.*', '*.local', 'deepseek.com'], 'api.deepseek.com'));
	assert.ok(!exempts(['*.deepseek.com.cn'], 'api.deepseek.com'));
});

test('readSystemProxy: each system\'s own tool, the host\'s exceptions applied; a desktop\'s settings only inside its session', async () => {
	const signal = new AbortController().signal;
	const asked: string[] = [];
	const run = async (file: string, args: readonly string[]) => {
		asked.push([file, ...args].join(' '));
		return file.endsWith('reg.exe') ? registry('    ProxyEnable    REG_DWORD    0x1\r\n    ProxyServer    REG_SZ    127.0.0.1:7890\r\n    ProxyOverride    REG_SZ    *.deepseek.com;<local>')
			: file === '/usr/sbin/scutil' ? scutil('  HTTPSEnable : 1\n  HTTPSPort : 7890\n  HTTPSProxy : 127.0.0.1')
			: undefined;
	};
	assert.equal((await readSystemProxy('openrouter.ai', {SystemRoot: String.raw`D:\WINDOWS`}, 'win32', signal, run))?.proxy, 'http://127.0.0.1:7890');
	assert.equal(await readSystemProxy('api.deepseek.com', {}, 'win32', signal, run), undefined, 'ProxyOverride names it');
	assert.equal((await readSystemProxy('api.deepseek.com', {}, 'darwin', signal, run))?.proxy, 'http://127.0.0.1:7890');
	// Linux: no desktop session (a server, SSH), nothing is asked.
	assert.equal(await readSystemProxy('api.deepseek.com', {HOME: '/home/mei'}, 'linux', signal, run), undefined);
	assert.deepEqual(asked, [
		String.raw`D:\WINDOWS\System32\reg.exe query HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings`,
		String.raw`C:\Windows\System32\reg.exe query HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings`,
		'/usr/sbin/scutil --proxy',
	]);
	await readSystemProxy('api.deepseek.com', {XDG_CURRENT_DESKTOP: 'ubuntu:GNOME'}, 'linux', signal, run);
	assert.equal(asked.at(-1), 'gsettings list-recursively org.gnome.system.proxy');
});

const hasGsettings = spawnSync('gsettings', ['--version']).status === 0;

/** A settings folder whose GNOME keyfile holds `sections`, and the environment of a GNOME session reading it. */
function gnomeSession(sections: string): Record<string, string | undefined> {
	const config = mkdtempSync(path.join(tmpdir(), 'dsf-gnome-'));
	mkdirSync(path.join(config, 'glib-2.0', 'settings'), {recursive: true});
	writeFileSync(path.join(config, 'glib-2.0', 'settings', 'keyfile'), sections);
	return {XDG_CURRENT_DESKTOP: 'ubuntu:GNOME', XDG_CONFIG_HOME: config, GSETTINGS_BACKEND: 'keyfile', PATH: process.env.PATH, HOME: process.env.HOME};
}

const runCheck = (overrides: Partial<CheckContext>) => networkCheck.run(testContext(overrides), new AbortController().signal);

test('network check: going direct fails while GNOME\'s settings send browsers through a proxy that answers: said, and the first fix runs through it', {skip: !hasGsettings && 'no gsettings here'}, async () => {
	const deadHost = await closedPort();
	const proxy = await startTcpServer();
	try {
		const env = gnomeSession(`[system/proxy]\nmode='manual'\n\n[system/proxy/https]\nhost='127.0.0.1'\nport=${proxy.port}\n`);
		const result = await runCheck({baseUrl: `http://gateway.example:${deadHost}`, env});
		assert.equal(result.status, 'fail');
		assert.equal(
			result.summary,
			`gateway.example:${deadHost} refused the connection. This tool went direct, as Node programs, Python's openai SDK and curl do when no proxy variable is set: they do not read GNOME's network proxy settings, which send browsers through http://127.0.0.1:${proxy.port}, and that proxy answers. So a browser gets through where your program does not: to check that way, run again with HTTPS_PROXY=http://127.0.0.1:${proxy.port}.`,
		);
		assert.deepEqual(result.details.systemProxy, {from: 'gnome', proxy: `http://127.0.0.1:${proxy.port}`, reachable: true, code: null});
		const verdict = diagnose([{id: 'network', title: 'Network', durationMs: 1, ...result}]);
		assert.equal(verdict.verdict, 'network_error');
		assert.equal(verdict.fixes[0]?.title, `Run again with HTTPS_PROXY=http://127.0.0.1:${proxy.port}, the proxy GNOME's network proxy settings give browsers, and set it where your program runs too`);
		assert.equal(verdict.fixes[0]?.id, 'check_proxy');

		// The same settings, read outside a desktop session (SSH): not this user's screen's, nothing said.
		const overSsh = await runCheck({baseUrl: `http://gateway.example:${deadHost}`, env: {...env, XDG_CURRENT_DESKTOP: undefined}});
		assert.equal(overSsh.summary, `gateway.example:${deadHost} refused the connection.`);
		assert.equal(overSsh.details.systemProxy, undefined);
		// A host the settings exempt: browsers go direct too, so the proxy explains nothing.
		const exempt = await runCheck({baseUrl: `http://gateway.example:${deadHost}`, env: gnomeSession(`[system/proxy]\nmode='manual'\nignore-hosts=['localhost', '*.example']\n\n[system/proxy/https]\nhost='127.0.0.1'\nport=${proxy.port}\n`)});
		assert.equal(exempt.details.systemProxy, undefined);
		// A proxy variable set: that proxy is the one tested, the system's never read.
		const withVariable = await runCheck({baseUrl: `http://gateway.example:${deadHost}`, env: {...env, HTTPS_PROXY: `http://127.0.0.1:${deadHost}`, HTTP_PROXY: `http://127.0.0.1:${deadHost}`}});
		assert.equal(withVariable.details.systemProxy, undefined);
	} finally {
		await proxy.close();
	}
});

test('network check: the system\'s proxy takes no connection either, or the settings name a PAC script: each said, in both languages', {skip: !hasGsettings && 'no gsettings here'}, async () => {
	const deadHost = await closedPort();
	const deadProxy = await closedPort();
	const down = await runCheck({baseUrl: `http://gateway.example:${deadHost}`, env: gnomeSession(`[system/proxy]\nmode='manual'\n\n[system/proxy/https]\nhost='127.0.0.1'\nport=${deadProxy}\n`)});
	assert.match(down.summary, new RegExp(`GNOME's network proxy settings send browsers through http://127\\.0\\.0\\.1:${deadProxy}, where nothing answers either: a proxy or VPN app that set it has most likely quit\\. Start it again, or turn the system proxy off\\.$`));
	assert.deepEqual(down.details.systemProxy, {from: 'gnome', proxy: `http://127.0.0.1:${deadProxy}`, reachable: false, code: 'ECONNREFUSED'});
	assert.equal(diagnose([{id: 'network', title: 'Network', durationMs: 1, ...down}]).fixes[0]?.title, `Start the proxy or VPN app that set http://127.0.0.1:${deadProxy} in GNOME's network proxy settings, or turn the system proxy off there`);

	const pacEnv = gnomeSession(`[system/proxy]\nmode='auto'\nautoconfig-url='http://wpad.corp.example/proxy.pac'\n`);
	const pac = await runCheck({baseUrl: `http://gateway.example:${deadHost}`, env: pacEnv});
	assert.match(pac.summary, /GNOME's network proxy settings have browsers take their proxy from a script \(http:\/\/wpad\.corp\.example\/proxy\.pac\), which Node programs, Python's openai SDK and curl do not do: if this network reaches gateway\.example only through a proxy, set HTTPS_PROXY to the one it gives\.$/);
	assert.deepEqual(pac.details.systemProxy, {from: 'gnome', pac: 'http://wpad.corp.example/proxy.pac'});
	assert.equal(diagnose([{id: 'network', title: 'Network', durationMs: 1, ...pac}]).fixes[0]?.title, 'Ask whoever runs this network which proxy GNOME\'s network proxy settings give browsers for gateway.example, and set HTTPS_PROXY to it for this tool and where your program runs');

	setLanguage('zh-CN');
	try {
		const zh = await runCheck({baseUrl: `http://gateway.example:${deadHost}`, env: pacEnv});
		assert.match(zh.summary, /GNOME 的网络代理设置让浏览器从脚本（http:\/\/wpad\.corp\.example\/proxy\.pac）取得代理，Node 程序、Python 的 openai SDK 和 curl 都不会这样做/);
	} finally {
		setLanguage('en');
	}
});

test('network check: KDE\'s proxy, from kioslaverc in its session', async () => {
	const deadHost = await closedPort();
	const proxy = await startTcpServer();
	try {
		const config = mkdtempSync(path.join(tmpdir(), 'dsf-kde-'));
		writeFileSync(path.join(config, 'kioslaverc'), `[Proxy Settings]\nProxyType=1\nhttpsProxy=http://127.0.0.1 ${proxy.port}\n`);
		const result = await runCheck({baseUrl: `http://gateway.example:${deadHost}`, env: {XDG_CURRENT_DESKTOP: 'KDE', XDG_CONFIG_HOME: config}});
		assert.deepEqual(result.details.systemProxy, {from: 'kde', proxy: `http://127.0.0.1:${proxy.port}`, reachable: true, code: null});
		assert.match(result.summary, /they do not read KDE's proxy settings, which send browsers through/);
	} finally {
		await proxy.close();
	}
});
