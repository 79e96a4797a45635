// What the dispatcher notes about proxies while requests travel, for failures.ts to read once
// one fails. Apart from it so that the start (the dispatcher) does not load the reading of
// failures, which comes with the code loaded during the wait (run-later.ts).

/** Each HTTP proxy's Proxy-Authenticate in its last 407 to a tunnel request, by the proxy as shown (the dispatcher notes it). */
const proxyAuthOffers = new Map<string, string>();

export function noteProxyAuthOffer(proxy: string, offer: string | string[] | undefined): void {
	proxyAuthOffers.set(proxy, Array.isArray(offer) ? offer.join(', ') : (offer ?? ''));
}

/** What `proxy` offered in its last 407, as noted; undefined when nothing was. */
export function proxyAuthOfferOf(proxy: string): string | undefined {
	return proxyAuthOffers.get(proxy);
}

/**
 * Each HTTP proxy's tunnel requests (CONNECT host:port), by the proxy as shown and the
 * target: `asked` until the proxy answers one, then `answered` for good (the dispatcher
 * notes them). A request that timed out where the proxy never answered its tunnel request
 * is the proxy's own silence, not the service's.
 */
const tunnels = new Map<string, 'asked' | 'answered'>();

/** `target`: `host:port`, as the tunnel request names it. */
export function noteTunnel(proxy: string, target: string, answered: boolean): void {
	const key = `${proxy} ${target}`;
	if (answered || tunnels.get(key) === undefined) tunnels.set(key, answered ? 'answered' : 'asked');
}

/** What each proxy's page said refusing a tunnel (403), by the proxy as shown and the target (`host:port`): read when a failure is. */
const tunnelRefusalPages = new Map<string, string>();

/** Keeps the page of a 403 to a tunnel request (`page`: what of it has arrived; its start is what tells). */
export function noteTunnelRefusal(proxy: string, target: string, page: string): void {
	tunnelRefusalPages.set(`${proxy} ${target}`, page.slice(0, 4096));
}

/** The page `proxy` sent refusing a tunnel to `url`'s host and port, if it refused one. */
export function tunnelRefusalPage(proxy: string, url: URL): string | undefined {
	return tunnelRefusalPages.get(`${proxy} ${hostAndPort(url)}`);
}

/** Whether `proxy` was asked for a tunnel to `url`'s host and port, and never answered one. */
export function tunnelUnanswered(proxy: string, url: URL): boolean {
	return tunnels.get(`${proxy} ${hostAndPort(url)}`) === 'asked';
}

/** Whether `proxy` answered a tunnel request to `url`'s host and port (with 200: a refusal fails as its status). */
export function tunnelAnswered(proxy: string, url: URL): boolean {
	return tunnels.get(`${proxy} ${hostAndPort(url)}`) === 'answered';
}

/** `host:port` as a tunnel request names the target. */
function hostAndPort(url: URL): string {
	return `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
}

/** Errors met while connecting to the proxy itself (TCP, and TLS to an https:// proxy), as the dispatcher marks them. */
const proxyHopErrors = new WeakSet<object>();

/** Marks an error of the connection to the proxy itself: a TLS failure there is the proxy's, not the service's. */
export function markProxyHop(error: unknown): void {
	if (typeof error === 'object' && error !== null) proxyHopErrors.add(error);
}

/** Whether `error` was thrown connecting to the proxy itself (`markProxyHop`). */
export function isProxyHopError(error: object): boolean {
	return proxyHopErrors.has(error);
}
