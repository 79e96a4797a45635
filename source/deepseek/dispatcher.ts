// The undici dispatchers requests go through: one direct agent, one agent per proxy.
// HTTP/1.1 only (`allowH2: false`): the tool makes a handful of small requests, and
// leaving HTTP/2 out lets the build drop undici's HTTP/2 client (scripts/build.mjs).
import {Agent, ProxyAgent, type Dispatcher} from './undici-parts.js';
import type {ProxyRoute} from './proxy.js';

const agentOptions = {allowH2: false} as const;

let direct: Dispatcher | undefined;
const viaProxy = new Map<string, Dispatcher>();

/** The dispatcher for a route (created on first use, then shared by every request of the process). */
export function dispatcherFor(route: Exclude<ProxyRoute, {kind: 'invalid'}>): Dispatcher {
	if (route.kind === 'direct') {
		direct ??= new Agent(agentOptions);
		return direct;
	}
	const key = route.url.href;
	let dispatcher = viaProxy.get(key);
	if (!dispatcher) {
		// The login in the URL (user:password@) becomes the Proxy-Authorization header;
		// `proxyTls` keeps an https proxy itself on HTTP/1.1 too.
		dispatcher = new ProxyAgent({...agentOptions, uri: key, proxyTls: agentOptions});
		viaProxy.set(key, dispatcher);
	}
	return dispatcher;
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
	await Promise.allSettled(open.map(dispatcher => dispatcher.destroy()));
}
