// Which proxy a request goes through: one rule for the HTTP client and the network check.
// HTTPS_PROXY / HTTP_PROXY / NO_PROXY are read as undici's EnvHttpProxyAgent (and so most
// Node tools) read them, with one addition: requests to this computer never go through a
// proxy (see `route`).
import {BlockList, isIP} from 'node:net';
import type {BadProxy} from './types.js';
import {isLoopbackHost, portOf} from './url.js';

export type Env = Readonly<Record<string, string | undefined>>;

export type ProxyRoute =
	| {kind: 'direct'}
	/** `shown` is the proxy as messages name it: scheme, host and port, never its login. */
	| {kind: 'proxy'; url: URL; variable: string; shown: string}
	/**
	 * The variable that applies holds no usable proxy URL (its value is never shown: it may hold a
	 * password), and what is wrong where that can be told (`BadProxy`).
	 */
	| {kind: 'invalid'; variable: string; problem: BadProxy};

/** `entry`: as written in NO_PROXY, for a sentence to name. */
type NoProxyEntry = {hostname: string; port: number; wildcard: boolean; entry: string};

/** NO_PROXY entries parsed as undici's EnvHttpProxyAgent parses them (`host[:port]`, `*`, `.suffix`, `*.sub`). */
function parseNoProxy(noProxy: string): NoProxyEntry[] {
	return noProxy.split(/[,\s]/).filter(Boolean).map(entry => {
		const ipv6WithPort = /^\[(.+)\]:(\d+)$/.exec(entry);
		const unbracketed = entry.replace(/^\[(.+)\]$/, '$1');
		const hostPort = (unbracketed.match(/:/g) ?? []).length === 1 ? /^(.+):(\d+)$/.exec(unbracketed) : null;
		const hostname = ipv6WithPort?.[1] ?? hostPort?.[1] ?? unbracketed;
		const port = Number(ipv6WithPort?.[2] ?? hostPort?.[2] ?? 0);
		return {hostname: hostname.replace(/^\*?\./, '').replace(/^(.+)\.$/, '$1').toLowerCase(), port, wildcard: entry.startsWith('*'), entry};
	});
}

/**
 * The NO_PROXY entry that exempts host:port, as written, if any. undici's rules: `*` matches all,
 * `example.com` and `.example.com` match the domain and its subdomains, `*.example.com` only
 * subdomains, `host:port` only that port; and, as curl and Python's requests read them, a CIDR
 * range (`10.0.0.0/8`) matches the addresses in it.
 */
export function noProxyEntry(host: string, noProxy: string | undefined, port = 0): string | undefined {
	const hostname = host.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/^(.+)\.$/, '$1');
	return parseNoProxy(noProxy ?? '').find(entry => {
		if (entry.port && entry.port !== port) return false;
		if (entry.hostname.includes('/')) return inRange(hostname, entry.hostname);
		if (entry.hostname === '*') return true;
		if (!entry.wildcard && hostname === entry.hostname) return true;
		return hostname.endsWith(`.${entry.hostname}`);
	})?.entry;
}

/**
 * Is the address `ip` in the CIDR range `range` (10.0.0.0/8, fd00::/8)? curl and Python's
 * requests read such NO_PROXY entries so; undici does not, and would send a request to an
 * internal gateway at 10.1.2.3 to the proxy while the user's program goes direct.
 */
function inRange(ip: string, range: string): boolean {
	const [base = '', bits = ''] = range.split('/');
	const family = isIP(base);
	if (family === 0 || isIP(ip) !== family || !/^\d{1,3}$/.test(bits)) return false;
	const type = family === 4 ? 'ipv4' : 'ipv6';
	const list = new BlockList();
	try {
		list.addSubnet(base, Number(bits), type);
	} catch {
		return false; // a prefix longer than the address
	}
	return list.check(ip, type);
}

const proxySchemes = new Set(['http:', 'https:', 'socks:', 'socks5:']);

/**
 * curl's `socks5h://` (SOCKS5, the proxy resolving the names), which users copy from curl
 * and Clash's guides: the same as `socks5://` here, where undici always lets the proxy
 * resolve the names.
 */
const socks5Aliases = new Set(['socks5h:']);

/** The variable that sets the proxy for this scheme, in undici's order (lower case first; https falls back to the http proxy). */
function proxyVariable(secure: boolean, env: Env): {name: string; value: string} | undefined {
	// `lower ?? UPPER`: a lower-case variable set to '' hides the upper-case one.
	const pick = (lower: string, upper: string) => {
		const name = env[lower] === undefined ? upper : lower;
		const value = env[name]?.trim();
		return value ? {name, value} : undefined;
	};
	return (secure ? pick('https_proxy', 'HTTPS_PROXY') : undefined) ?? pick('http_proxy', 'HTTP_PROXY');
}

/**
 * Where a request to `target` goes first. Loopback targets always go direct: a proxy
 * cannot reach this computer's own services, and a plain-http request to a local
 * gateway would hand the key to the proxy in clear text.
 */
export function route(target: URL, env: Env): ProxyRoute {
	if (isLoopbackHost(target.hostname)) return {kind: 'direct'};
	const secure = target.protocol === 'https:';
	const variable = proxyVariable(secure, env);
	if (!variable) return {kind: 'direct'};
	if (noProxyExempts(target, env)) return {kind: 'direct'};
	let url: URL;
	try {
		url = new URL(variable.value);
	} catch {
		return {kind: 'invalid', variable: variable.name, problem: badProxy(variable.value, undefined)};
	}
	const shown = proxyShown(url);
	if (socks5Aliases.has(url.protocol)) url.protocol = 'socks5:';
	if (!proxySchemes.has(url.protocol) || url.hostname === '' || loginCutShort(url)) return {kind: 'invalid', variable: variable.name, problem: badProxy(variable.value, url)};
	return {kind: 'proxy', url: proxyOnly(url), variable: variable.name, shown};
}

/**
 * A proxy as every sentence, JSON field and report names it: scheme://host:port, never its
 * login (`scheme`: another one to name it by, as socks5: for socks5h:).
 */
export function proxyShown(url: URL, scheme = url.protocol): string {
	return `${scheme}//${url.host}`;
}

/** Whether the proxy URL holds a login (a user, a password, or both) to send it. */
export function hasLogin(url: URL): boolean {
	return url.username !== '' || url.password !== '';
}

/**
 * The proxy URL without a path, query or fragment (http://proxy.corp.example:8080/,
 * …/proxy): curl and Python's requests use only the scheme, login, host and port, and
 * undici refuses any path but `/` ("invalid url") on every request.
 */
function proxyOnly(url: URL): URL {
	url.search = '';
	url.hash = '';
	url.pathname = '';
	return url;
}

/**
 * A login whose password holds an unencoded `/`, `?` or `#` (http://alice:2024/pw@proxy:8080):
 * the URL ends its host there, so the user and the start of the password would be read
 * as host and port (`http://alice:2024`) and named in every sentence. An `@` after the
 * host tells it: such a value holds no usable proxy URL.
 */
function loginCutShort(url: URL): boolean {
	return `${url.pathname}${url.search}${url.hash}`.includes('@');
}

/**
 * `scheme://user:pa/ss@host:port` as written, where the `/`, `?` or `#` ends the address
 * inside the password and leaves no valid port (http://bob:p@ss:w/rd@proxy:3128,
 * http://carol:Zq7#pw@proxy:3128: the URL does not parse). `loginCutShort` tells the
 * others, whose cut-off address still parses.
 */
function delimiterInLogin(value: string): boolean {
	const afterScheme = /^[a-z][a-z\d+.-]*:\/\/(.*)$/is.exec(value)?.[1] ?? '';
	const login = afterScheme.slice(0, Math.max(0, afterScheme.lastIndexOf('@')));
	return /[/?#]/.test(login);
}

/** `host:port` alone, no login, no path: what "no scheme" means (127.0.0.1:7890, proxy.corp.example:3128). */
const hostAndPort = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\]):\d{1,5}$/i;

/** What is wrong with a proxy variable's value (`url`: as it parsed, if it did), for the sentence that says so. */
function badProxy(value: string, url: URL | undefined): BadProxy {
	const bare = value.trim();
	if (hostAndPort.test(bare)) return {kind: 'no_scheme', bare};
	const halfWidth = inHalfWidth(bare);
	if (halfWidth) return halfWidth;
	if (/^(["']).+\1$/s.test(bare)) return {kind: 'quoted'};
	if (url === undefined) return delimiterInLogin(bare) ? {kind: 'login'} : {kind: 'other'};
	if (url.protocol === 'socks4:' || url.protocol === 'socks4a:') return {kind: 'socks4'};
	return proxySchemes.has(url.protocol) && loginCutShort(url) ? {kind: 'login'} : {kind: 'other'};
}

/** Full-width forms of ASCII (：／．ｈ…) and the ideographic full stop: what a Chinese input method types. */
const fullWidthCharacters = /[\uFF01-\uFF5E\u3002]/gu;

/**
 * A value an input method typed in part (`http：//127.0.0.1:7890`, `127.0.0.1：7890`) that, written in half-width
 * characters, is a proxy URL without a login (so that it can be shown): that URL, with http:// where it had no scheme.
 */
function inHalfWidth(bare: string): BadProxy | undefined {
	const characters = [...new Set(bare.match(fullWidthCharacters))];
	if (characters.length === 0) return undefined;
	const folded = bare.normalize('NFKC').replaceAll('。', '.');
	const written = hostAndPort.test(folded) ? `http://${folded}` : folded;
	if (!URL.canParse(written)) return undefined;
	const url = new URL(written);
	if (!proxySchemes.has(url.protocol) && !socks5Aliases.has(url.protocol)) return undefined;
	if (url.hostname === '' || url.username !== '' || url.password !== '') return undefined;
	return {kind: 'full_width', bare: written, characters: characters.join(' ')};
}

/**
 * The proxy that NO_PROXY sends a request to `target` around: one applies to it (`route`
 * without NO_PROXY), but an entry of NO_PROXY (`noProxy`: the variable read, lower case
 * first) exempts the host, so it goes direct. Where direct fails, that entry is the likely
 * cause on a network that reaches the service only through the proxy.
 */
export function bypassedProxy(target: URL, env: Env): {variable: string; proxy: string; noProxy: string; entry: string} | undefined {
	if (route(target, env).kind !== 'direct') return undefined;
	const proxied = route(target, {...env, no_proxy: undefined, NO_PROXY: undefined});
	if (proxied.kind !== 'proxy') return undefined;
	const exempted = exemption(target, env);
	return exempted && {variable: proxied.variable, proxy: proxied.shown, ...exempted};
}

/**
 * For a NO_PROXY entry only undici reads so, `*.example.com`, the entry all clients read:
 * `.example.com`. curl and Python's requests and urllib take a `*` only alone (all hosts) and
 * match no `*.` entry, so their calls go through the proxy (seen with curl 7.88 and
 * requests 2.34). Undefined for any other entry.
 */
export function readByAllClients(entry: string): string | undefined {
	return /^\*\.[^*]/.test(entry) ? entry.slice(1) : undefined;
}

/**
 * An empty no_proxy (`no_proxy=`) that hides a NO_PROXY exempting `target`: undici reads the
 * lower-case name first even when empty, so this tool sends the request to the proxy, where
 * curl and Python's requests take an empty variable as unset, read NO_PROXY and go direct
 * (seen with curl 7.88 and requests 2.34).
 */
export function emptyNoProxyHides(target: URL, env: Env): boolean {
	return env.no_proxy === '' && route(target, env).kind === 'proxy' && route(target, {...env, no_proxy: undefined}).kind === 'direct';
}

/**
 * What the proxy variable `route` took for `target` leaves aside, which the user's other
 * tools may not: `shadows`, its upper-case twin set to another value (the lower-case name
 * wins here, as in curl and Python's clients: unsetting it uses the twin, not no proxy);
 * `httpForHttps`, an https target taking the http proxy, as undici does, where curl and
 * Python's httpx and requests take HTTP_PROXY only for http:// URLs and go direct.
 * Undefined when no proxy applies or neither holds.
 */
export function proxyChoice(target: URL, env: Env): {variable: string; shadows?: string; httpForHttps: boolean} | undefined {
	const hop = route(target, env);
	if (hop.kind !== 'proxy') return undefined;
	const twin = hop.variable.toUpperCase();
	const shadowed = twin !== hop.variable && env[twin]?.trim() && env[twin]?.trim() !== env[hop.variable]?.trim();
	const httpForHttps = target.protocol === 'https:' && twin === 'HTTP_PROXY';
	if (!shadowed && !httpForHttps) return undefined;
	return {variable: hop.variable, ...(shadowed ? {shadows: twin} : {}), httpForHttps};
}

/**
 * The variable whose proxy a request to `target` would take if `variable` (the one `route`
 * took) were unset: its upper-case twin, or for https the http proxy, when that is another
 * proxy. Undefined when it would go direct, or to the same proxy (HTTPS_PROXY and
 * HTTP_PROXY set alike, as most set them: the sentence's plain "unset it" then stands).
 */
export function proxyFallback(target: URL, env: Env, variable: string): string | undefined {
	const taken = route(target, env);
	const next = route(target, {...env, [variable]: undefined});
	if (next.kind === 'direct' || (next.kind === 'proxy' && taken.kind === 'proxy' && next.url.href === taken.url.href)) return undefined;
	return next.variable;
}

/**
 * The variables to unset, in the order the client reads them, for a request to `target` to go direct: the one
 * `route` takes, then each that would give the same proxy once it is unset (HTTPS_PROXY and HTTP_PROXY set alike, as
 * proxy apps' "copy the commands" set them). Undefined where that would reach another proxy (proxyFallback's case)
 * or a variable holding no proxy URL, or where the request goes direct already.
 */
export function unsetToGoDirect(target: URL, env: Env): string[] | undefined {
	const first = route(target, env);
	if (first.kind !== 'proxy') return undefined;
	const unset: string[] = [];
	let left: Env = env;
	for (let next: ProxyRoute = first; next.kind !== 'direct'; next = route(target, left)) {
		if (next.kind !== 'proxy' || next.url.href !== first.url.href || unset.includes(next.variable)) return undefined;
		unset.push(next.variable);
		left = {...left, [next.variable]: undefined};
	}
	return unset;
}

/** The proxy's own port (its scheme's default when the URL has none). */
export function proxyPort(url: URL): number {
	return Number(url.port) || (url.protocol === 'https:' ? 443 : url.protocol === 'http:' ? 80 : 1080);
}

/** The schemes Python's HTTP clients and curl accept in ALL_PROXY. */
const allProxySchemes = new Set(['http:', 'https:', 'socks:', 'socks4:', 'socks4a:', 'socks5:', 'socks5h:']);

/** `viaProxy`: the proxy as shown (never its login) and `proxyVariable` the variable that set it, when the first hop is a proxy. */
export type FirstHop = {host: string; port: number; tls: boolean; viaProxy: string | undefined; proxyVariable?: string};

/** Where the first hop of a request to `baseUrl` goes: the proxy when one applies (the client's own rule, `route`). */
export function firstHop(baseUrl: string, env: Env): FirstHop | {invalidProxy: string; problem: BadProxy} {
	const url = new URL(baseUrl);
	const secure = url.protocol === 'https:';
	const hop = route(url, env);
	if (hop.kind === 'invalid') return {invalidProxy: hop.variable, problem: hop.problem};
	if (hop.kind === 'proxy') {
		// The first hop to an https proxy is TLS too, but that is the proxy's certificate, tested by the requests themselves.
		return {host: hop.url.hostname.replace(/^\[|\]$/g, ''), port: proxyPort(hop.url), tls: false, viaProxy: hop.shown, proxyVariable: hop.variable};
	}
	return {host: url.hostname.replace(/^\[|\]$/g, ''), port: portOf(url), tls: secure, viaProxy: undefined};
}

/** ALL_PROXY as the tools that read it would use it: never with its login in `shown`. */
type OtherToolsProxy = {url: URL; variable: string; shown: string};

/**
 * ALL_PROXY's proxy as HTTPS_PROXY would take it for this tool (scheme://host:port, never a
 * login): socks5h:// is socks5:// here (the proxy resolves the names either way); SOCKS4 is
 * not a proxy this tool can use (undefined).
 */
export function asProxyOfOurs(proxy: OtherToolsProxy): string | undefined {
	const scheme = proxy.url.protocol === 'socks5h:' ? 'socks5:' : proxy.url.protocol;
	return proxySchemes.has(scheme) ? proxyShown(proxy.url, scheme) : undefined;
}

/**
 * The proxy in ALL_PROXY (all_proxy first), which this tool does not use (undici does not
 * read it) but Python's HTTP clients (httpx and requests, so the openai SDK) and curl send
 * calls through when no proxy for the scheme is set. Undefined when a proxy of ours applies,
 * the target is this computer, NO_PROXY exempts it, or it holds no proxy URL.
 */
export function otherToolsProxy(target: URL, env: Env): OtherToolsProxy | undefined {
	if (route(target, env).kind !== 'direct' || isLoopbackHost(target.hostname)) return undefined;
	if (noProxyExempts(target, env)) return undefined;
	const variable = env.all_proxy === undefined ? 'ALL_PROXY' : 'all_proxy';
	const value = env[variable]?.trim();
	return value ? proxyNamed(variable, value) : undefined;
}

/** Whether NO_PROXY (no_proxy first) names `target`, at its port or the scheme's. */
function noProxyExempts(target: URL, env: Env): boolean {
	return exemption(target, env) !== undefined;
}

/** The NO_PROXY entry that exempts `target` (`noProxyExempts`): the variable read and the entry as written. */
function exemption(target: URL, env: Env): {noProxy: string; entry: string} | undefined {
	const noProxy = env.no_proxy === undefined ? 'NO_PROXY' : 'no_proxy';
	const entry = noProxyEntry(target.hostname, env[noProxy], portOf(target));
	return entry === undefined ? undefined : {noProxy, entry};
}

/** A proxy variable's value as the tools that read it would take it: undefined unless a proxy URL of a scheme they know. */
function proxyNamed(variable: string, value: string): OtherToolsProxy | undefined {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return undefined;
	}
	if (!allProxySchemes.has(url.protocol) || url.hostname === '' || loginCutShort(url)) return undefined;
	return {url, variable, shown: proxyShown(url)};
}

/**
 * The proxy Python's HTTP clients (httpx and requests, so the openai SDK) send calls to a
 * base URL on this computer through, where this tool goes direct (`route`): they skip a
 * proxy only for what NO_PROXY names. Theirs is `https_proxy`/`HTTPS_PROXY` for https and
 * `http_proxy`/`HTTP_PROXY` for http (lower case first, no fallback between the two), else
 * ALL_PROXY. A proxy most often cannot reach this computer's services (it answers 502):
 * seen with LM Studio (openai/openai-python#3044), Ollama and local OpenAI-style servers
 * behind Clash. Undefined when the base URL is not on this computer or none applies.
 */
export function localCallsProxy(target: URL, env: Env): OtherToolsProxy | undefined {
	if (!isLoopbackHost(target.hostname) || noProxyExempts(target, env)) return undefined;
	const [lower, upper] = target.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY'];
	for (const variable of [env[lower] === undefined ? upper : lower, env.all_proxy === undefined ? 'ALL_PROXY' : 'all_proxy']) {
		const value = env[variable]?.trim();
		// The first variable that is set decides, as in those clients: one that is not a proxy URL means none.
		if (value) return proxyNamed(variable, value);
	}
	return undefined;
}
