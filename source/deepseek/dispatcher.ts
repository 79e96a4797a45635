// The undici dispatchers requests go through: one direct agent, one agent per proxy.
// HTTP/1.1 only (`allowH2: false`): the tool makes a handful of small requests, and
// leaving HTTP/2 out lets the build drop undici's HTTP/2 client (scripts/build.mjs).
import {isIP, type Socket} from 'node:net';
import {Agent, buildConnector, Pool, ProxyAgent, Socks5ProxyAgent, type Dispatcher} from './undici-parts.js';
import {markProxyHop, noteProxyAuthOffer, noteTunnel, noteTunnelRefusal} from './proxy-notes.js';
import {proxyShown, type ProxyRoute} from './proxy.js';
import {verifiedTls} from './tls-policy.js';
import {quietWarning} from '../quiet-warnings.js';

const agentOptions = {allowH2: false} as const;
/** TLS to the service, direct or through a tunnel, and to an https:// proxy. */
const tlsOptions = {...agentOptions, ...verifiedTls} as const;

let direct: Dispatcher | undefined;
const viaProxy = new Map<string, Dispatcher>();

/**
 * Every connection to a proxy still open. A tunnel runs inside it: once the proxy has
 * opened one (CONNECT answered 200, or SOCKS5 connected), undici no longer counts it as a
 * connection of any dispatcher, and destroying the dispatchers leaves it alone while the
 * TLS handshake inside waits for its own timeout (10 s; 5 s for SOCKS5).
 */
const proxySockets = new Set<Socket>();

type Connector = (options: Parameters<ReturnType<typeof buildConnector>>[0], callback: Parameters<ReturnType<typeof buildConnector>>[1]) => unknown;

/**
 * undici's connector (which returns the socket it opens), keeping each socket in
 * proxySockets until it closes, and marking its errors as the proxy's own (`markProxyHop`):
 * a TLS failure here is with an https:// proxy, not with the service.
 */
function tracked(connect: Connector): ReturnType<typeof buildConnector> {
	return (given, callback) => {
		// An https:// proxy at an IP address (https://127.0.0.1:7890): undici names the address as
		// the TLS server name, and Node prints a DeprecationWarning (DEP0123, RFC 6066 allows
		// only host names) on stderr. Without it, undici sends none, as for a direct request.
		const options = given.servername !== undefined && isIP(given.servername.replace(/^\[(.*)\]$/, '$1')) !== 0 ? {...given, servername: undefined} : given;
		const socket = connect(options, (...result: Parameters<typeof callback>) => {
			if (result[0]) markProxyHop(result[0]);
			callback(...result);
		}) as Socket | undefined;
		if (socket && typeof socket.destroy === 'function') {
			proxySockets.add(socket);
			socket.once('close', () => proxySockets.delete(socket));
		}
	};
}

type ProxyPool = InstanceType<typeof Pool>;

/**
 * The pool to an HTTP proxy, noting each tunnel request (CONNECT) and whether the proxy
 * answered it (a request that times out unanswered is the proxy's silence), and for a 407
 * the login schemes the proxy offers (Proxy-Authenticate): undici's error for a refused
 * tunnel keeps only the status (a 403's page says whose rule refused it), and a proxy that offers no Basic login (NTLM, Negotiate)
 * cannot be given one in its URL (failures.ts says so).
 */
function notingTunnels(pool: ProxyPool, origin: string | URL): ProxyPool {
	const proxy = proxyShown(new URL(origin));
	const connect = pool.connect.bind(pool) as (options: Parameters<ProxyPool['connect']>[0], ...callback: unknown[]) => unknown;
	pool.connect = ((options: Parameters<ProxyPool['connect']>[0], ...callback: unknown[]) => {
		const result = connect(options, ...callback);
		if (callback.length === 0 && result instanceof Promise) {
			noteTunnel(proxy, options.path, false);
			return result.then((answer: {statusCode: number; headers: Record<string, string | string[] | undefined>; socket?: {read?: () => unknown}}) => {
				noteTunnel(proxy, options.path, true);
				if (answer.statusCode === 407) noteProxyAuthOffer(proxy, answer.headers['proxy-authenticate']);
				// A refusal's page, as far as it has arrived (undici puts it back in the socket it then destroys): whose rule refused.
				if (answer.statusCode === 403) {
					const page = answer.socket?.read?.();
					noteTunnelRefusal(proxy, options.path, Buffer.isBuffer(page) ? page.toString('latin1') : '');
				}
				return answer;
			});
		}
		return result;
	}) as ProxyPool['connect'];
	return pool;
}

/** The dispatcher for a route (created on first use, then shared by every request of the process). */
export function dispatcherFor(route: Exclude<ProxyRoute, {kind: 'invalid'}>): Dispatcher {
	if (route.kind === 'direct') {
		direct ??= new Agent({...agentOptions, connect: verifiedTls});
		return direct;
	}
	const key = route.url.href;
	let dispatcher = viaProxy.get(key);
	if (!dispatcher) {
		// The login in the URL (user:password@) becomes the Proxy-Authorization header (for
		// SOCKS5, its own login). `proxyTls` keeps an https proxy itself on HTTP/1.1 too; never
		// for SOCKS5: given any `proxyTls`, undici speaks TLS to the SOCKS proxy, which fails.
		const socks = route.url.protocol === 'socks5:' || route.url.protocol === 'socks:';
		// Both open their connection to the proxy through `tracked`, so that closeDispatchers
		// can end a tunnel still opening. (SOCKS5: undici's ProxyAgent would make this same
		// agent, with a connector of its own; 5 s is undici's own SOCKS5 connect timeout.)
		// undici prints "SOCKS5 proxy support is experimental" at its first SOCKS5 connection: noise for
		// someone who set a socks5:// proxy. The tool's own tests cover SOCKS5.
		if (socks) quietWarning('SOCKS5 proxy support is experimental');
		dispatcher = socks
			? new Socks5ProxyAgent(key, {connect: tracked(buildConnector({timeout: 5000})), requestTls: verifiedTls})
			: new ProxyAgent({
				...agentOptions,
				uri: key,
				proxyTls: tlsOptions,
				requestTls: tlsOptions,
				clientFactory: (origin, options) => notingTunnels(new Pool(origin, {...options, connect: tracked((options as {connect: Connector}).connect)}), origin),
			});
		viaProxy.set(key, dispatcher);
	}
	return dispatcher;
}

/**
 * The error the last connections are closed with, made without a stack trace. Given none,
 * undici makes one at every level (agent, pool, client) and Node formats the stack of
 * each as it destroys a socket with it: 2–3 ms after the output, for errors nobody reads.
 */
function runIsOver(): Error {
	const limit = Error.stackTraceLimit;
	Error.stackTraceLimit = 0;
	try {
		return new Error('deepseek-fix closed the connection: the run is over');
	} finally {
		Error.stackTraceLimit = limit;
	}
}

/**
 * Closes every connection of every dispatcher, once a run is over. A request's deadline
 * aborts the request, but not a CONNECT the proxy never answered: undici keeps that
 * socket open until its own 300 s header timeout, and the process could not exit.
 */
export async function closeDispatchers(): Promise<void> {
	const open = [...(direct ? [direct] : []), ...viaProxy.values()];
	direct = undefined;
	viaProxy.clear();
	if (open.length === 0) return;
	const error = runIsOver();
	const closing = Promise.allSettled(open.map(dispatcher => dispatcher.destroy(error)));
	// With an error: the SOCKS5 handshake waits for one (a bare close leaves its 5 s timer
	// running). undici's connector listens for errors on every socket it opens.
	for (const socket of proxySockets) socket.destroy(error);
	proxySockets.clear();
	await closing;
}
