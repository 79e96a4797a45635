// The proxy this computer's own settings give browsers: Windows' Internet Settings, macOS's
// network settings, GNOME's or KDE's proxy settings. Proxy and VPN apps (Clash's "system
// proxy" mode, v2rayN) and company networks set them; browsers follow them, while Node
// programs (this tool too), Python's openai SDK and curl read only the proxy variables. So
// "the browser gets through, my program times out" is most often this: read only after going
// direct failed, to say which proxy the browser uses (readme.md, "Proxies").
//
// Read with the system's own tools (reg, scutil, gsettings) or KDE's file: os-proxy-config
// and its parts need a native registry module on Windows, read nothing on Linux, and leave
// out the PAC script's address, which is half of what companies set.
import {regExe, runTool, type RunTool} from './run-tool.js';

export const systemProxySources = ['windows', 'macos', 'gnome', 'kde'] as const;
export type SystemProxySource = (typeof systemProxySources)[number];

export const isSystemProxySource = (value: unknown): value is SystemProxySource => systemProxySources.some(source => source === value);

type SystemProxy = {
	from: SystemProxySource;
	/** The proxy for https calls, as `http://host:port` or `socks5://host:port`. */
	proxy?: string;
	/** A PAC script's address; '' when the system finds its proxy by itself (WPAD). */
	pac?: string;
	/** Hosts the settings send around the proxy, as written there. */
	exceptions: string[];
};

/** `host:port` (or a URL) as a proxy URL with `scheme` unless it has its own; undefined when it names no host and port. */
function proxyUrl(value: string, scheme: 'http' | 'socks5'): string | undefined {
	const written = value.trim();
	if (written === '') return undefined;
	const url = URL.parse(/^[a-z][a-z\d+.-]*:\/\//i.test(written) ? written : `${scheme}://${written}`);
	if (!url || url.hostname === '' || url.port === '') return undefined;
	const own = url.protocol === 'https:' || url.protocol === 'http:' ? 'http' : url.protocol.startsWith('socks') ? 'socks5' : undefined;
	return own ? `${own}://${url.host}` : undefined;
}

/** `reg query "HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings"`'s lines: `    Name    REG_TYPE    value`. */
export function fromWindowsRegistry(output: string): SystemProxy | undefined {
	const values = new Map<string, string>();
	for (const line of output.split(/\r?\n/)) {
		const match = /^\s+(\S+)\s+REG_\w+\s+(.*?)\s*$/.exec(line);
		if (match?.[1] && match[2] !== undefined) values.set(match[1].toLowerCase(), match[2]);
	}
	const exceptions = (values.get('proxyoverride') ?? '').split(';').map(entry => entry.trim()).filter(Boolean);
	// ProxyServer: "host:port" for every scheme, or "http=host:port;https=host:port;socks=host:port".
	const server = values.get('proxyserver') ?? '';
	const enabled = Number(values.get('proxyenable') ?? '0') !== 0;
	const perScheme = new Map(server.split(';').map(entry => entry.split('=', 2) as [string, string | undefined]).filter(([, value]) => value !== undefined).map(([scheme, value]) => [scheme.trim().toLowerCase(), value ?? '']));
	const proxy = !enabled ? undefined
		: perScheme.size === 0 ? proxyUrl(server, 'http')
		: proxyUrl(perScheme.get('https') ?? perScheme.get('http') ?? '', 'http') ?? proxyUrl(perScheme.get('socks') ?? '', 'socks5');
	// A setup script applies whenever its address is set ("Use setup script" on).
	const pac = values.get('autoconfigurl')?.trim();
	if (!proxy && !pac) return undefined;
	return {from: 'windows', ...(proxy ? {proxy} : {}), ...(pac ? {pac} : {}), exceptions};
}

/** `scutil --proxy`'s dictionary: `  Key : value` lines, and `ExceptionsList : <array> { 0 : host … }`. */
export function fromScutil(output: string): SystemProxy | undefined {
	const values = new Map<string, string>();
	const exceptions: string[] = [];
	let inExceptions = false;
	for (const line of output.split(/\r?\n/)) {
		const match = /^\s*(\S+) : (.*?)\s*$/.exec(line);
		if (inExceptions) {
			if (/^\s*}/.test(line)) inExceptions = false;
			else if (match?.[2]) exceptions.push(match[2]);
			continue;
		}
		if (match?.[1] === 'ExceptionsList') inExceptions = true;
		else if (match?.[1] && match[2] !== undefined) values.set(match[1], match[2]);
	}
	const on = (key: string) => values.get(key) === '1';
	const hostPort = (prefix: string) => `${values.get(`${prefix}Proxy`) ?? ''}:${values.get(`${prefix}Port`) ?? ''}`;
	const proxy = on('HTTPSEnable') ? proxyUrl(hostPort('HTTPS'), 'http') : on('SOCKSEnable') ? proxyUrl(hostPort('SOCKS'), 'socks5') : undefined;
	const pac = on('ProxyAutoConfigEnable') ? values.get('ProxyAutoConfigURLString')?.trim() : on('ProxyAutoDiscoveryEnable') ? '' : undefined;
	if (!proxy && pac === undefined) return undefined;
	return {from: 'macos', ...(proxy ? {proxy} : {}), ...(pac === undefined ? {} : {pac}), exceptions};
}

/** `gsettings list-recursively org.gnome.system.proxy`'s lines: `schema key value`, strings in single quotes. */
export function fromGsettings(output: string): SystemProxy | undefined {
	const values = new Map<string, string>();
	for (const line of output.split(/\r?\n/)) {
		const match = /^org\.gnome\.system\.proxy(\.\w+)? (\S+) (.*)$/.exec(line.trim());
		if (match?.[2] && match[3] !== undefined) values.set(`${match[1] ?? ''}${match[1] ? '.' : ''}${match[2]}`.replace(/^\./, ''), match[3]);
	}
	const text = (key: string) => /^'(.*)'$/.exec(values.get(key) ?? '')?.[1] ?? '';
	const exceptions = [...(values.get('ignore-hosts') ?? '').matchAll(/'([^']*)'/g)].map(match => match[1] ?? '').filter(Boolean);
	const mode = text('mode');
	if (mode === 'manual') {
		const hostPort = (scheme: string) => (text(`${scheme}.host`) === '' ? '' : `${text(`${scheme}.host`)}:${values.get(`${scheme}.port`) ?? ''}`);
		const proxy = proxyUrl(hostPort('https'), 'http') ?? proxyUrl(hostPort('socks'), 'socks5');
		return proxy ? {from: 'gnome', proxy, exceptions} : undefined;
	}
	return mode === 'auto' ? {from: 'gnome', pac: text('autoconfig-url'), exceptions} : undefined;
}

/** KDE's kioslaverc, `[Proxy Settings]`: ProxyType 1 manual, 2 a script, 3 found by itself; proxies as "http://host port" or "http://host:port". */
export function fromKioslaverc(text: string): SystemProxy | undefined {
	const section = /^\[Proxy Settings\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(text)?.[1] ?? '';
	const values = new Map([...section.matchAll(/^([^=\n]+?)\s*=\s*(.*?)\s*$/gm)].map(match => [match[1] ?? '', match[2] ?? '']));
	const exceptions = (values.get('NoProxyFor') ?? '').split(',').map(entry => entry.trim()).filter(Boolean);
	const type = values.get('ProxyType');
	const kde = (value: string | undefined) => (value ?? '').trim().replace(/^(\S+?)\s+(\d+)$/, '$1:$2');
	if (type === '1') {
		const proxy = proxyUrl(kde(values.get('httpsProxy')), 'http') ?? proxyUrl(kde(values.get('socksProxy')), 'socks5');
		return proxy ? {from: 'kde', proxy, exceptions} : undefined;
	}
	if (type === '2') return {from: 'kde', pac: values.get('Proxy Config Script') ?? '', exceptions};
	return type === '3' ? {from: 'kde', pac: '', exceptions} : undefined;
}

/** Whether the settings send `host` around the proxy: an exact name, `*` patterns, `.domain`, `<local>` (a name without a dot). */
export function exempts(exceptions: readonly string[], host: string): boolean {
	const name = host.toLowerCase();
	return exceptions.some(raw => {
		const entry = raw.trim().toLowerCase();
		if (entry === '<local>') return !name.includes('.');
		if (entry.startsWith('.')) return name.endsWith(entry) || name === entry.slice(1);
		if (!entry.includes('*')) return name === entry;
		const pattern = entry.split('*').map(part => part.replaceAll(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
		return new RegExp(`^${pattern}$`).test(name);
	});
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * This computer's proxy settings for `host`, where the settings apply to it; undefined when
 * none are set or readable. A desktop's (GNOME's, KDE's) only inside its session
 * (XDG_CURRENT_DESKTOP): over SSH they are someone else's screen's.
 */
export async function readSystemProxy(host: string, env: Env, platform: string, signal: AbortSignal, run: RunTool = runTool): Promise<SystemProxy | undefined> {
	const found = await readSettings(env, platform, signal, run).catch(() => undefined);
	return found && !exempts(found.exceptions, host) ? found : undefined;
}

async function readSettings(env: Env, platform: string, signal: AbortSignal, run: RunTool): Promise<SystemProxy | undefined> {
	// The system's own tools by their full path where it is fixed: cron's PATH has no /usr/sbin, and
	// a folder early on PATH cannot stand in for them.
	if (platform === 'win32') {
		const reg = regExe(env);
		const output = await run(reg, ['query', String.raw`HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings`], env, signal);
		return output === undefined ? undefined : fromWindowsRegistry(output);
	}
	if (platform === 'darwin') {
		const output = await run('/usr/sbin/scutil', ['--proxy'], env, signal);
		return output === undefined ? undefined : fromScutil(output);
	}
	const desktop = (env.XDG_CURRENT_DESKTOP ?? '').toUpperCase().split(':');
	if (desktop.includes('KDE')) {
		const {readFile} = process.getBuiltinModule('node:fs/promises');
		const folder = env.XDG_CONFIG_HOME?.trim() || (env.HOME ? `${env.HOME}/.config` : undefined);
		const text = folder ? await readFile(`${folder}/kioslaverc`, {encoding: 'utf8', signal}).catch(() => undefined) : undefined;
		return text === undefined ? undefined : fromKioslaverc(text);
	}
	if (desktop.some(name => name !== '')) {
		const output = await run('gsettings', ['list-recursively', 'org.gnome.system.proxy'], env, signal);
		return output === undefined ? undefined : fromGsettings(output);
	}
	return undefined;
}
