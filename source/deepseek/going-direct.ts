// What the network check's direct look beside a proxy (checks/network.ts, its `directConnect` detail) found,
// said after a failure of the proxy itself: whether going around it is the way out. Pure: the network check
// says it after its own failure at the proxy, diagnose() and the wizard after an API check's (a tunnel refused).
import {proxyMessages} from '../messages/http.js';
import {officialApiHost} from './facts.js';

/**
 * The direct look, as the network check records it: `unset`, the variables to unset for the calls to go direct;
 * `port`, the port it tried (absent in a record from before it was kept).
 */
export type DirectLook = {reachable: boolean; code: string | null; unset: readonly string[]; port?: number};

/**
 * Whether the look is a finding: it connected, or failed for a reason of its own (no such name, refused, no
 * route). Not where it ran out of time or was cut short (TIMEOUT, an abort): a slow network may still get
 * there, so nothing is said.
 */
export function directFinding(look: DirectLook): 'works' | 'fails' | undefined {
	if (look.unset.length === 0) return undefined;
	if (look.reachable) return 'works';
	return look.code === null || unmeasured.has(look.code) ? undefined : 'fails';
}

const unmeasured = new Set(['TIMEOUT', 'ABORT_ERR', 'UNKNOWN']);

/**
 * What a failed look proves, by its code. A refusal (ECONNREFUSED, or ECONNRESET at the connect) comes from the host
 * or a firewall next to it: the network got there, so it is neither offline nor proven to need the proxy; the service
 * at that port is down or elsewhere. At DeepSeek's own API, which takes connections on its port, a firewall on the
 * way refused. The rest (no such name, ENOTFOUND or EAI_AGAIN; no route, ENETUNREACH or EHOSTUNREACH; others): going
 * direct gets nowhere, so this network needs the proxy, or is offline.
 */
export function directRefusal(look: DirectLook, host: string): 'service' | 'firewall' | undefined {
	if (directFinding(look) !== 'fails' || !refusals.has(look.code ?? '')) return undefined;
	return host.toLowerCase().replace(/\.$/, '') === officialApiHost ? 'firewall' : 'service';
}

const refusals = new Set(['ECONNREFUSED', 'ECONNRESET']);

/** `failed` (the proxy's own sentence), then what going direct to `host` found, where it is a finding. */
export function withDirectFinding(failed: string, look: DirectLook | undefined, host: string): string {
	const finding = look && directFinding(look);
	if (!look || !finding) return failed;
	if (finding === 'works') return proxyMessages.goingDirectWorks({failed, host, variables: look.unset});
	const code = look.code ?? '';
	const refusal = directRefusal(look, host);
	const at = look.port === undefined ? host : `${host}:${look.port}`;
	return refusal === 'firewall' ? proxyMessages.goingDirectFirewall({failed, hostPort: at, code, variables: look.unset})
		: refusal === 'service' ? proxyMessages.goingDirectRefused({failed, hostPort: at, code, variables: look.unset})
		: proxyMessages.goingDirectFails({failed, code, variables: look.unset});
}

/** What going direct to `host` found, as a sentence of its own (the wizard's line under the proxy's row). */
export function directFindingSaid(look: DirectLook, host: string): string | undefined {
	return directFinding(look) && withDirectFinding('', look, host).trim();
}
