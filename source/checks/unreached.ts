// A check whose request got no connection where the network check failed on the same
// first hop: its row says so in one short sentence that points to the Network row,
// instead of the same cause and advice again on every row. Its status and details stay its own.
// So too the balance refused with a 401 where the key check of the same run was refused with
// one: its row points to the Authentication row, which says why. And a request that timed out where the network
// check connected to the same host directly: the row says the host was reached and answers slowly, as the verdict does.
// The "Where calls go" row, whose requests are the same as the API checks', is pointed the same way.
// A proxy's failure in its own words offers to unset it only where the network check did not find going direct failing too.
import {directFinding} from '../deepseek/going-direct.js';
import {firstHop, proxyFallback, type Env} from '../deepseek/proxy.js';
import {checkMessages} from '../messages/checks.js';
import {proxyMessages} from '../messages/http.js';
import {isJsonObject} from '../json.js';
import {answeredTooLate, directLookOf, gotNoConnection, isNetworkReason, reachedDirectly} from './details.js';
import type {CheckOutcome, CheckResult, SaysFailure} from './types.js';

/**
 * The facts of the request `outcome` made that failed before any answer: its own details, or the endpoint check's
 * `unanswered` (its model list, where none of its requests got an answer).
 */
function failedRequest(outcome: CheckOutcome): Readonly<Record<string, unknown>> | undefined {
	const unanswered = outcome.details['unanswered'];
	const facts = isJsonObject(unanswered) ? unanswered : outcome.details;
	const reason = facts['reason'];
	return typeof reason === 'string' && isNetworkReason(reason) && typeof facts['url'] === 'string' ? facts : undefined;
}

/** Whether `outcome` may point to the network check's row: its request failed before any answer (the runner then waits for that check). */
export function mayPointToNetwork(outcome: CheckOutcome): boolean {
	return failedRequest(outcome) !== undefined;
}

/**
 * The short sentence for `outcome` when `network` failed where its request went first (the
 * same host and port, or the same proxy, or the same unusable proxy variable); else undefined,
 * and the row keeps its own sentence (the status page on a host of its own, say). A proxy's
 * failure said again with other advice is said as the row says a failure (`saysFailure`, its check's).
 */
export function pointToNetwork(outcome: CheckOutcome, network: CheckResult | undefined, env: Env, timeoutMs: number, saysFailure: SaysFailure = said => said): string | undefined {
	const request = failedRequest(outcome);
	const url = request?.['url'];
	if (!request || typeof url !== 'string' || !URL.canParse(url)) return undefined;
	const hop = firstHop(url, env);
	const words = request['proxyWords'];
	// Only a row whose own sentence is the failure's (not the endpoint's `unanswered`, said in its own words).
	const resaid = !('invalidProxy' in hop) && hop.viaProxy !== undefined && hop.proxyVariable !== undefined && request === outcome.details && typeof words === 'string'
		? withoutUnset(words, network, {url, proxy: hop.viaProxy, variable: hop.proxyVariable}, env)
		: undefined;
	if (resaid !== undefined) return saysFailure(resaid);
	if (network?.status === 'pass') {
		// Connected to this very host, yet no answer in time: slow, not "slow or unreachable" (diagnose's slowAnswer).
		const same = !('invalidProxy' in hop) && hop.viaProxy === undefined && network.details['host'] === hop.host && network.details['port'] === hop.port;
		return same && reachedDirectly(network) !== undefined && answeredTooLate(request)
			? checkMessages.unreached.answersSlowly({seconds: (timeoutMs / 1000).toFixed(1)})
			: undefined;
	}
	if (network?.status !== 'fail') return undefined;
	if ('invalidProxy' in hop) {
		// Nothing was sent: the client refused the variable as the network check did.
		const bad = network.details['badProxy'];
		const same = request['reason'] === 'proxy' && isJsonObject(bad) && bad['variable'] === hop.invalidProxy;
		return same ? checkMessages.unreached.badProxy({variable: hop.invalidProxy}) : undefined;
	}
	if (!gotNoConnection(request) || network.details['host'] !== hop.host || network.details['port'] !== hop.port) return undefined;
	return checkMessages.unreached.noConnection;
}

/**
 * The proxy's failure in its own words (`words`, the request's `proxyWords`) where the network check's direct look
 * beside the same proxy found that going direct fails too: its sentence (proxyMessages.failed) built again from them
 * without "or unset it", as the network check says its own failure at the proxy (network.ts withDirect), so that no
 * row offers what the verdict says will not help.
 */
function withoutUnset(words: string, network: CheckResult | undefined, hop: {url: string; proxy: string; variable: string}, env: Env): string | undefined {
	const look = network?.details['proxy'] === hop.proxy ? directLookOf(network) : undefined;
	if (!look || directFinding(look) !== 'fails') return undefined;
	const fallback = proxyFallback(new URL(hop.url), env, hop.variable);
	return proxyMessages.failed({proxy: hop.proxy, variable: hop.variable, detail: words, fallback, unsetHelps: false});
}

/** Whether `outcome` may point to the key check's row: the balance, refused with a 401 (the runner then waits for that check). */
export function mayPointToAuth(id: CheckResult['id'], outcome: CheckOutcome): boolean {
	return id === 'balance' && outcome.status !== 'pass' && outcome.details['httpStatus'] === 401;
}

/** The short sentence for such a balance when `auth` was refused with a 401 too; else undefined. */
export function pointToAuth(auth: CheckResult | undefined): string | undefined {
	return auth?.status === 'fail' && auth.details['httpStatus'] === 401 ? checkMessages.unreached.keyRefused : undefined;
}
