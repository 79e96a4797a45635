// Typed reads of the check results the tree routes on and the leaves describe. Details
// are loose JSON records on purpose; every read here checks the shape it relies on.
import {isEmptyBalance} from '../checks/balance.js';
import type {CheckId} from '../checks/types.js';
import {accountRefusal, isModelAccess, type AccountRefusal, type ModelAccess} from '../providers/signatures/index.js';
import {isModelName} from '../domain/models.js';
import {isZeroAmount} from '../domain/decimal.js';
import type {BalanceReading} from '../domain/balance.js';
import {isJsonObject} from '../json.js';
import {sanitize} from '../text/safe.js';
import {isOtherService, outageCanReach, passesKeyOn} from '../providers/table.js';
import type {ProviderId} from '../providers/types.js';
import {isSkKeyOfWrongLength} from '../checks/key-format.js';
import {proxyTlsFailure} from '../deepseek/in-between.js';
import {answerUnreadable, apiAnswered, apiCheckIds, detail, httpStatus, isNetworkReason, provider, proxyFailure, reading, signature, stringDetail as rawString, status, warnings as checkWarnings, type NetworkReason, type Results} from '../checks/details.js';

export {answerUnreadable, appKeysFound, balanceUnseen, callsReachDeepSeek, redirectSeen, badProxy, goingDirect, cutOffAnswer, plainTunnel, fakeIpRoute, resolvedHereRoute, plainAnswer, systemProxy, wslLoopback, containerLoopback, unresolvedContainerName, certificateOutOfDate, httpStatus, isConnectionReason, localCallsProxy, onlyThroughProxy, toppedUpSince, otherToolsProxyDown, preciseUntrusted, provider, reachedDirectly, proxyFailure, providerBalance, silentProxy, closedTunnel, slowAnswer, reading, resultsOf, risenSince, speaksAnthropic, status} from '../checks/details.js';


/** A string detail, safe to print. */
function stringDetail(results: Results, id: CheckId, key: string): string | undefined {
	const value = rawString(results, id, key);
	return value === undefined ? undefined : sanitize(value);
}

/** A gateway's channel page where it answers (the endpoint check's, for one-api and new-api). */
export function channelsUrl(results: Results): string | undefined {
	return stringDetail(results, 'endpoint', 'channelsUrl');
}

/** The calls go somewhere other than DeepSeek (a relay, another vendor, or not an API). */
export function goesElsewhere(results: Results): boolean {
	return recognisedElsewhere(results) || detail(results, 'endpoint', 'reachesDeepSeek') === false;
}

/**
 * The calls go to a service recognised as one other than DeepSeek (a relay, another vendor),
 * or through a gateway that passes the key on where it answered in its own name (its token,
 * its limits, its credits: the same judgement as diagnose()'s otherService).
 */
export function recognisedElsewhere(results: Results): boolean {
	const found = provider(results);
	if (found && passesKeyOn(found.id)) return gatewayRefusal(results, found.id) !== undefined;
	return isOtherService(found?.id);
}

/** The status a gateway that passes the key on answered in its own name (its signature), the paid call's first; undefined where it did not. */
export function gatewayRefusal(results: Results, id: ProviderId): number | undefined {
	const own = (['probe', 'auth', 'balance'] as const).find(check => signature(results, check)?.provider === id);
	return own === undefined ? undefined : httpStatus(results, own);
}

/**
 * DeepSeek's status page shows an outage that can fail these calls: they go to DeepSeek, or
 * to a service that may send them on to it (a router, a gateway, a host nothing recognises),
 * not to a cloud that serves the models itself (the same judgement as diagnose()).
 */
export function outageAffectsCalls(results: Results): boolean {
	if (status(results, 'service_status') !== 'fail') return false;
	return !goesElsewhere(results) || outageCanReach(provider(results)?.id);
}

/** DeepSeek's balance was read and cannot pay for calls (empty, or the account marked unavailable). */
export function balanceCannotPay(results: Results): boolean {
	return status(results, 'balance') === 'fail' && reading(results) !== undefined;
}

/** DeepSeek's balance check warned that the balance is low (below the alert or the default mark). */
export function balanceLow(results: Results): boolean {
	return detail(results, 'balance', 'low') === true;
}

type BalanceState = 'empty' | 'unavailable' | 'bonus_only' | 'positive';

/** What a DeepSeek balance reading means for calls. */
export function balanceState(value: BalanceReading): BalanceState {
	if (isEmptyBalance(value)) return 'empty';
	if (!value.isAvailable) return 'unavailable';
	const bonusOnly = value.balances.every(info => isZeroAmount(info.toppedUp) && !isZeroAmount(info.granted));
	return bonusOnly ? 'bonus_only' : 'positive';
}

/** The figures of the currency that pays (the first funded one, else the first). */
export {mainBalance} from '../domain/balance.js';

/** Both last-four strings of a 401 (the key's own, and what the server says it got). */
export function lastFours(results: Results): {sent: string | undefined; echoed: string | undefined} {
	return {sent: stringDetail(results, 'auth', 'sentLastFour'), echoed: stringDetail(results, 'auth', 'echoedLastFour')};
}

export function keyRejected(results: Results): boolean {
	const code = httpStatus(results, 'auth');
	if (status(results, 'auth') === 'fail') return code === 401 || code === 403;
	// Where the key check did not run (reading the balance), the balance's 401 is as definite (as diagnose() holds).
	return status(results, 'auth') === undefined && httpStatus(results, 'balance') === 401;
}

export const traceId = (results: Results): string | undefined =>
	stringDetail(results, 'probe', 'traceId') ?? stringDetail(results, 'auth', 'traceId') ?? stringDetail(results, 'balance', 'traceId');

/** The models offered for the test call, best first (the auth check ranked what /models listed). */
export function probeModels(results: Results): string[] {
	const value = detail(results, 'auth', 'probeModels');
	return Array.isArray(value) ? value.filter(isModelName) : [];
}

/** The model the test call named, safe to print. */
export function probeModel(results: Results): string | undefined {
	const value = rawString(results, 'probe', 'model');
	return isModelName(value) ? sanitize(value) : undefined;
}

/**
 * The test call named `model` and got an answer that does not refute it: the call worked,
 * or an error says why it failed and the reason is neither the model (no such model) nor
 * the key (then the model was never looked at). No answer, or one nothing recognises: no.
 */
export function probeKeptModel(results: Results, model: string): boolean {
	if (rawString(results, 'probe', 'model') !== model) return false;
	if (status(results, 'probe') === 'pass') return true;
	const kind = signature(results, 'probe')?.kind;
	return kind !== undefined && kind !== 'model_not_found' && kind !== 'invalid_key';
}

/** How to name the service the calls go to: DeepSeek, a recognised product, or undefined (then its host). */
export function serviceName(results: Results): string | undefined {
	const found = provider(results);
	return found && found.id !== 'unknown' ? sanitize(found.name) : undefined;
}

type Finding = {file: string; line: number; masked: string};

/** Leaked-key findings, safe to print (file names from the user's folder are sanitised too). */
export function findings(results: Results): Finding[] {
	const value = detail(results, 'key_exposure', 'findings');
	if (!Array.isArray(value)) return [];
	return value.flatMap(item =>
		isJsonObject(item) && typeof item['file'] === 'string' && typeof item['line'] === 'number' && typeof item['masked'] === 'string'
			? [{file: sanitize(item['file']), line: item['line'], masked: sanitize(item['masked'])}]
			: [],
	);
}

/** How many tracked files the leaked-key scan read; undefined where it did not scan. */
export function scannedFiles(results: Results): number | undefined {
	const value = detail(results, 'key_exposure', 'scannedFiles');
	return typeof value === 'number' ? value : undefined;
}

/** Why nothing got through: a proxy that failed, else what the first check that failed for a network reason says. */
export function networkReason(results: Results): NetworkReason | undefined {
	// With a proxy set the network check connects to the proxy, so its "refused" is the proxy's (the same fact as diagnose()).
	if (proxyFailure(results)) return 'proxy';
	for (const id of ['network', 'endpoint', 'auth', 'balance', 'probe'] as const) {
		const reason = stringDetail(results, id, 'reason');
		if (isNetworkReason(reason)) return reason;
	}
	return undefined;
}

/** The proxy the requests went through, as the network check names it (scheme://host:port, never a login). */
export function networkProxy(results: Results): string | undefined {
	return rawString(results, 'network', 'proxy');
}

/** An API check whose 5xx answer says the service could not verify the certificate of the service behind it. */
function upstreamCertificateCheck(results: Results): CheckId | undefined {
	return apiCheckIds.find(id => detail(results, id, 'upstreamCertificate') === true);
}

/** An API check answered by the page of a proxy that intercepts HTTPS and whose own TLS connection to the service failed (diagnose/network.ts, Squid's ERR_SECURE_CONNECT_FAIL). */
function proxyTlsCheck(results: Results): CheckId | undefined {
	return apiCheckIds.find(id => detail(results, id, 'proxyError') === proxyTlsFailure);
}

/** An API check whose 5xx answer, from a proxy on this computer, says it could not reach the service behind it (diagnose/network.ts localUpstreamUnreachable). */
function upstreamUnreachableCheck(results: Results): CheckId | undefined {
	return apiCheckIds.find(id => typeof detail(results, id, 'upstreamUnreachable') === 'string');
}

/** No connection at all (DNS, refused, reset, TLS, proxy, timeout) on the way to the base URL. */
export function unreachable(results: Results): boolean {
	// The network check's own connect can fail where requests get through (as diagnose() holds).
	if (status(results, 'network') === 'fail' && !apiAnswered(results)) return true;
	if (status(results, 'endpoint') === 'error') return true;
	return (['auth', 'balance', 'probe'] as const).some(id => isNetworkReason(stringDetail(results, id, 'reason')));
}

/**
 * An API check answered with a proxy's own 5xx page (Squid's ERR_CONNECT_FAIL inside an intercepted tunnel,
 * mitmproxy's 502): the proxy could not reach the service, as check says (diagnose/network.ts proxyPageAnswers).
 */
function proxyPageFailedCheck(results: Results): CheckId | undefined {
	return apiCheckIds.find(id => typeof detail(results, id, 'proxyPage') === 'string' && (httpStatus(results, id) ?? 0) >= 500);
}

/** How a service or a proxy in between said its own call on failed, most telling first (each names the same way out in the wizard's messages). */
const wayOutFailures = [
	{kind: 'UpstreamCertificate', check: upstreamCertificateCheck},
	{kind: 'UpstreamUnreachable', check: upstreamUnreachableCheck},
	{kind: 'ProxyTls', check: proxyTlsCheck},
	{kind: 'ProxyPage', check: proxyPageFailedCheck},
] as const;

type WayOutFailure = {kind: (typeof wayOutFailures)[number]['kind']; id: CheckId};

/** The first way a service or a proxy in between answered that its own call on failed, with the check whose answer said it. */
export function wayOutFailure(results: Results): WayOutFailure | undefined {
	for (const {kind, check} of wayOutFailures) {
		const id = check(results);
		if (id !== undefined) return {kind, id};
	}
	return undefined;
}

/** A service or a proxy in between answered that its own call on failed: no answer from behind it, a certificate it could not verify there, or (a proxy that intercepts HTTPS) its own secure connection or its connection at all. */
export const wayOutFailed = (results: Results): boolean => wayOutFailure(results) !== undefined;

/** Worst component status the status page reported, or undefined when it was unreadable. */
export function serviceWorst(results: Results): string | undefined {
	const worst = stringDetail(results, 'service_status', 'worst');
	return worst === 'unknown' ? undefined : worst;
}

/** A check ran out of time (a request's deadline, or the check's own). */
export function timedOut(results: Results): boolean {
	return [...results.keys()].some(id => stringDetail(results, id, 'reason') === 'timeout');
}

/** What the key-format check found wrong with the key's shape (undefined: nothing, or not checked). */
type KeyShapeProblem =
	| {kind: 'quoted' | 'whitespace' | 'placeholder' | 'bearer'}
	| {kind: 'foreign'; vendor: string}
	| {kind: 'assignment'; name: string; prefix: string}
	| {kind: 'length'; length: number}
	| {kind: 'non_ascii'; characters: string[]; around?: true};

export function keyShapeProblem(results: Results): KeyShapeProblem | undefined {
	const shape = rawString(results, 'key_format', 'shape');
	if (shape === 'quoted' || shape === 'whitespace' || shape === 'placeholder' || shape === 'bearer') return {kind: shape};
	const characters = detail(results, 'key_format', 'characters');
	if (shape === 'non_ascii' && Array.isArray(characters)) {
		const around = detail(results, 'key_format', 'around') === true ? {around: true as const} : {};
		return {kind: 'non_ascii', characters: characters.filter(item => typeof item === 'string'), ...around};
	}
	const vendor = stringDetail(results, 'key_format', 'vendor');
	if (shape === 'foreign' && vendor) return {kind: 'foreign', vendor};
	const name = stringDetail(results, 'key_format', 'name');
	// `prefix` is newer than `name`: results saved before it read as the .env line they most often were.
	if (shape === 'assignment' && name) return {kind: 'assignment', name, prefix: stringDetail(results, 'key_format', 'prefix') ?? `${name}=`};
	// An sk- key of another length: most often cut short (or doubled) when it was copied.
	const length = detail(results, 'key_format', 'length');
	const masked = rawString(results, 'key_format', 'masked');
	return shape === 'unusual' && typeof length === 'number' && masked !== undefined && isSkKeyOfWrongLength({masked, length}) ? {kind: 'length', length} : undefined;
}

/** The key the checks sent, masked (sk-… and its last four characters), as the key-format check read it. */
export function checkedKey(results: Results): string | undefined {
	return rawString(results, 'key_format', 'masked');
}

/** The checks that warned, safe to print: an all-clear names them. */
export function warnings(results: Results): Array<{title: string; summary: string}> {
	return checkWarnings(results).map(result => ({title: sanitize(result.title), summary: sanitize(result.summary)}));
}

/** What the endpoint check found: the base URL reaches DeepSeek (true), does not (false), or cannot tell. */
export function reachesDeepSeek(results: Results): boolean | 'unknown' | undefined {
	const value = detail(results, 'endpoint', 'reachesDeepSeek');
	return value === true || value === false || value === 'unknown' ? value : undefined;
}

/** The API check whose call was refused for the country or region it came from: not the key, not the money. */
export function regionRefusedCheck(results: Results): CheckId | undefined {
	return apiCheckIds.find(id => signature(results, id)?.kind === 'region_refused');
}

/**
 * The API check whose call was refused for the IP address it came from (the key's allow-list
 * there): not the key, not the money. The paid call's row, where it has one, is the one that explains.
 */
export function addressRefusedCheck(results: Results): CheckId | undefined {
	return [...apiCheckIds].reverse().find(id => signature(results, id)?.kind === 'address_refused');
}

/** The API check whose call the service takes only from its own app or an approved channel: not the key, not the money. */
export function clientRefusedCheck(results: Results): CheckId | undefined {
	return [...apiCheckIds].reverse().find(id => signature(results, id)?.kind === 'client_refused');
}

/** A call was refused for its model because the service has no price set for it (new-api's model_price_error): the model is there, not priced. */
export function modelUnpriced(results: Results): boolean {
	return apiCheckIds.some(id => signature(results, id)?.unpriced === true);
}

/**
 * A call was refused for its model until the service's console changes something (Volcengine Ark): activate it, or name
 * an endpoint's id; or a router has the model but no provider of it for the call as sent (`routing`).
 */
export function modelAccess(results: Results): ModelAccess | undefined {
	const access = apiCheckIds.map(id => signature(results, id)?.modelAccess).find(value => value !== undefined);
	return isModelAccess(access) ? access : undefined;
}

/** The API check whose answer says the service does not let this account use it at all (a setting, or `personal`: the kind of account). */
export function accountRefused(results: Results): {id: CheckId; refused: AccountRefusal} | undefined {
	const id = [...apiCheckIds].reverse().find(check => signature(results, check)?.kind === 'account_refused');
	if (id === undefined) return undefined;
	return {id, refused: accountRefusal(signature(results, id) ?? {})};
}

/** The API check whose call was refused for what the request itself holds (content, length, a parameter): not the key, not the money. */
export function refusedCheck(results: Results): CheckId | undefined {
	return apiCheckIds.find(id => signature(results, id)?.kind === 'request_refused');
}

/** Did that check's refusal come from the service's content moderation (its words, not the request's shape)? */
export function refusedByModeration(results: Results, id: CheckId): boolean {
	return signature(results, id)?.moderation === true;
}

/** An API check whose answer could not be read at all (a web page, cut-off JSON, an endless body): no API answers so. */
export function unreadableCheck(results: Results): CheckId | undefined {
	return apiCheckIds.find(id => answerUnreadable(results, id));
}
