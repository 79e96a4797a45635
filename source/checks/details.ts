// Typed reads of check results. `details` are loose JSON records on purpose (they are
// printed by `check --json`); every read here checks the shape it relies on. diagnose()
// and the wizard's tree both read results through these, so they agree on what they say.
import {isConnectCode, proxyLoginNotBasicCode, proxySpeaksSocksCode} from '../deepseek/connect-codes.js';
import {asSocks5, passwordMark} from '../deepseek/socks-port.js';
import {directFinding, type DirectLook} from '../deepseek/going-direct.js';
import type {SavedKey, StartupKey} from '../deepseek/saved-key.js';
import {isAgentApp, isBaseUrlEnvVar, isOtherKeyEnvVar, type AgentApp} from '../deepseek/facts.js';
import {isContainerNameKind, type ContainerNameKind} from '../deepseek/container-names.js';
import {isContainerKind, type ContainerKind} from '../deepseek/container.js';
import {isSystemProxySource, type SystemProxySource} from '../deepseek/system-proxy.js';
import {isClockSystem, windowsAddressAt, type ClockSystem, type WindowsAddressAt} from '../deepseek/wsl.js';
import type {BadProxy, UntrustedFacts} from '../deepseek/types.js';
import type {BalanceReading} from '../domain/balance.js';
import {isLoopbackHost} from '../deepseek/url.js';
import type {KeyElsewhere, KeySentElsewhere} from '../context.js';
import type {AppKeyToVendor} from './app-keys.js';
import {isJsonObject} from '../json.js';
import {sanitize} from '../text/safe.js';
import {billsUsersDeepSeek} from '../providers/table.js';
import type {ProviderBalance, ProviderInfo} from '../providers/types.js';
import {checkIds, type CheckId, type CheckResult} from './types.js';

export type Results = ReadonlyMap<CheckId, CheckResult>;

export function resultsOf(list: readonly CheckResult[]): Map<CheckId, CheckResult> {
	return new Map(list.map(result => [result.id, result]));
}


export function detail(results: Results, id: CheckId, key: string): unknown {
	return results.get(id)?.details[key];
}

/** A non-empty string detail, as stored (callers sanitise before display). */
export function stringDetail(results: Results, id: CheckId, key: string): string | undefined {
	const value = detail(results, id, key);
	return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function numberDetail(results: Results, id: CheckId, key: string): number | undefined {
	const value = detail(results, id, key);
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export const status = (results: Results, id: CheckId) => results.get(id)?.status;

/**
 * The key works, but no check saw the money behind it: the balance was not read here (a gateway that does not pass
 * the query on, a relay without one) and no paid call went through. Nothing failing is then no proof the calls are
 * paid for: the diagnosis says so, and the wizard ends at its "could not be read here" result instead of "no problem".
 */
export const balanceUnseen = (results: Results): boolean =>
	status(results, 'balance') === 'skip' && status(results, 'auth') === 'pass' && status(results, 'probe') !== 'pass';

/** With no key: the first other variable that holds a DeepSeek-shaped key (key_present's `elsewhere`), safe to print. */
export function keyElsewhere(results: Results): KeyElsewhere | undefined {
	const list = detail(results, 'key_present', 'elsewhere');
	const first: unknown = Array.isArray(list) ? list[0] : undefined;
	if (!isJsonObject(first)) return undefined;
	const {name, masked, inProjectEnv, dotenvFile, source, settingsFile, inEnvironment} = first;
	if (typeof name !== 'string' || typeof masked !== 'string') return undefined;
	return {
		name: sanitize(name),
		masked: sanitize(masked),
		inProjectEnv: inProjectEnv === true,
		...(typeof dotenvFile === 'string' ? {dotenvFile: sanitize(dotenvFile)} : {}),
		...(isAgentApp(source) ? {source} : {}),
		...(typeof settingsFile === 'string' ? {settingsFile: sanitize(settingsFile)} : {}),
		...(inEnvironment === true ? {inEnvironment: true as const} : {}),
	};
}

/** With no key: the keys other tools' variables send to another address (key_present's `keysSentElsewhere`), safe to print. */
export function keysSentElsewhereFound(results: Results): KeySentElsewhere[] {
	const list = detail(results, 'key_present', 'keysSentElsewhere');
	if (!Array.isArray(list)) return [];
	return list.flatMap((item: unknown) => {
		if (!isJsonObject(item)) return [];
		const {name, masked, baseUrlVariable, url, dotenvFile, baseDotenvFile} = item;
		return isOtherKeyEnvVar(name) && typeof masked === 'string' && isBaseUrlEnvVar(baseUrlVariable) && typeof url === 'string'
			? [{name, masked: sanitize(masked), baseUrlVariable, url: sanitize(url), ...(typeof dotenvFile === 'string' ? {dotenvFile: sanitize(dotenvFile)} : {}), ...(typeof baseDotenvFile === 'string' ? {baseDotenvFile: sanitize(baseDotenvFile)} : {})}]
			: [];
	});
}

/**
 * Where an agent app's settings send its calls, where that is not the base URL checked (endpoint's `elsewhere`
 * entry of that app: a relay's address, normalised), safe to print; undefined where they send them to the one checked.
 */
export function appBaseUrlElsewhere(results: Results, app: AgentApp): string | undefined {
	const list = detail(results, 'endpoint', 'elsewhere');
	const entry: unknown = Array.isArray(list) ? list.find(each => isJsonObject(each) && each['source'] === app) : undefined;
	return isJsonObject(entry) && typeof entry['url'] === 'string' && entry['url'] !== '' ? sanitize(entry['url']) : undefined;
}

/** key_present's `dotenvUtf16`: the folder's dotenv file that holds the key, saved as UTF-16. */
export function dotenvUtf16Found(results: Results): {file: string} | undefined {
	const value = detail(results, 'key_present', 'dotenvUtf16');
	return isJsonObject(value) && typeof value['file'] === 'string' ? {file: sanitize(value['file'])} : undefined;
}

/** key_present's `dotenvFullWidthEquals`: the dotenv file and line that would set the key but for its full-width ＝. */
export function dotenvFullWidthFound(results: Results): {file: string; line: number} | undefined {
	const value = detail(results, 'key_present', 'dotenvFullWidthEquals');
	return isJsonObject(value) && typeof value['file'] === 'string' && typeof value['line'] === 'number' ? {file: sanitize(value['file']), line: value['line']} : undefined;
}

/** With no key: where DEEPSEEK_API_KEY is saved for later shells (key_present's `savedKey`), safe to print. */
export function savedKeyFound(results: Results): SavedKey | undefined {
	const value = detail(results, 'key_present', 'savedKey');
	if (!isJsonObject(value)) return undefined;
	if (value['kind'] === 'windows_user' || value['kind'] === 'windows_system') return {kind: value['kind']};
	return value['kind'] === 'file' && typeof value['file'] === 'string' ? {kind: 'file', file: sanitize(value['file'])} : undefined;
}

/** The agent apps whose settings give them another key than the one checked (key_present's `appKeys`), in their order. */
export function appKeysFound(results: Results): Array<{source: AgentApp; masked: string}> {
	const value = detail(results, 'key_present', 'appKeys');
	if (!Array.isArray(value)) return [];
	return value.flatMap((item: unknown) => (isJsonObject(item) && isAgentApp(item['source']) && typeof item['masked'] === 'string' ? [{source: item['source'], masked: sanitize(item['masked'])}] : []));
}

/** The agent apps that send a DeepSeek key to their vendor's own API (key_present's `appKeysToVendor`), in their order, safe to print. */
export function appKeysToVendorFound(results: Results): AppKeyToVendor[] {
	const value = detail(results, 'key_present', 'appKeysToVendor');
	if (!Array.isArray(value)) return [];
	const text = (item: Record<string, unknown>, name: string): string | undefined => (typeof item[name] === 'string' ? sanitize(item[name]) : undefined);
	return value.flatMap((item: unknown) => {
		if (!isJsonObject(item) || !isAgentApp(item['source'])) return [];
		const [name, masked, host, setting, deepSeekUrl, settingsFile, baseUrlFile] = ['name', 'masked', 'host', 'setting', 'deepSeekUrl', 'settingsFile', 'baseUrlFile'].map(field => text(item, field));
		if (name === undefined || masked === undefined || host === undefined || setting === undefined || deepSeekUrl === undefined) return [];
		return [{source: item['source'], name, masked, host, setting, deepSeekUrl, ...(settingsFile === undefined ? {} : {settingsFile}), ...(item['inEnvironment'] === true ? {inEnvironment: true as const} : {}), ...(baseUrlFile === undefined ? {} : {baseUrlFile})}];
	});
}

/** With the environment's key: another key a start-up file or Windows' variables save for new shells (key_present's `startupKey`), masked, safe to print. */
export function startupKeyFound(results: Results): StartupKey | undefined {
	const value = detail(results, 'key_present', 'startupKey');
	if (!isJsonObject(value) || typeof value['masked'] !== 'string') return undefined;
	const masked = sanitize(value['masked']);
	if (value['kind'] === 'windows_user' || value['kind'] === 'windows_system') return {kind: value['kind'], masked};
	return value['kind'] === 'file' && typeof value['file'] === 'string' ? {kind: 'file', file: sanitize(value['file']), masked} : undefined;
}
export const httpStatus = (results: Results, id: CheckId) => numberDetail(results, id, 'httpStatus');

/** The provider the endpoint check found. */
export function provider(results: Results): ProviderInfo | undefined {
	const value = detail(results, 'endpoint', 'provider');
	return isJsonObject(value) && typeof value['id'] === 'string' && typeof value['name'] === 'string' ? (value as ProviderInfo) : undefined;
}

/**
 * The calls go to DeepSeek, to the user's own account: the endpoint check found DeepSeek (by its host or by how it
 * answers), or a gateway that passes the user's own key on and did not answer in its own name. Not a host nothing
 * recognises (who answers there is not known), nor a base URL the key was never sent to over plain http. Where this
 * is false, DeepSeek's support cannot see the calls (fixes.ts `supportWhereCallsGo`).
 */
export function callsReachDeepSeek(results: Results): boolean {
	const found = provider(results);
	if (found === undefined || !billsUsersDeepSeek(found.id)) return false;
	// Plain http to another computer: nothing was sent, to DeepSeek or anyone (the client refused it).
	if (apiCheckIds.some(id => stringDetail(results, id, 'reason') === 'insecure_url')) return false;
	return found.id === 'deepseek' || !apiCheckIds.some(id => signature(results, id)?.provider === found.id);
}

/**
 * A result that says the calls do not go straight to DeepSeek: a gateway or relay in
 * between (the endpoint check), or a proxy (the network check). It explains any verdict
 * (whose balance, whose refusal), so a short window keeps it before rows that only passed.
 */
export function saysRoute(result: CheckResult): boolean {
	if (result.id === 'network') return typeof result.details['proxy'] === 'string';
	const found = result.details['provider'];
	return result.id === 'endpoint' && isJsonObject(found) && found['id'] !== 'deepseek';
}

/** DeepSeek's balance reading, when the balance check got one. */
export function reading(results: Results): BalanceReading | undefined {
	const value = detail(results, 'balance', 'reading');
	return isJsonObject(value) && Array.isArray(value['balances']) ? (value as BalanceReading) : undefined;
}

/** A remembered reading the balance check names in `field` (when it was read, its total and currency). */
function earlierReading(results: Results, field: 'toppedUpSince' | 'risenSince'): {at: string; total: string; currency: string} | undefined {
	const value = detail(results, 'balance', field);
	if (!isJsonObject(value)) return undefined;
	const {at, total, currency} = value;
	return typeof at === 'string' && typeof total === 'string' && typeof currency === 'string' ? {at, total, currency} : undefined;
}

/** The last remembered reading of this account, when it could not pay and the balance now can (a top-up arrived since). */
export function toppedUpSince(results: Results): {at: string; total: string; currency: string} | undefined {
	return earlierReading(results, 'toppedUpSince');
}

/** The last remembered reading of this account in this currency, when the balance is higher now (money came in since). */
export function risenSince(results: Results): {at: string; total: string; currency: string} | undefined {
	return earlierReading(results, 'risenSince');
}

/** A relay's own balance, when the balance check read one. */
export function providerBalance(results: Results): ProviderBalance | undefined {
	const value = detail(results, 'balance', 'providerBalance');
	return isJsonObject(value) && typeof value['exhausted'] === 'boolean' ? (value as ProviderBalance) : undefined;
}

export type SignatureDetail = {provider: string; kind: string; message: string; status?: number; blocked?: string; upstream?: string; unverified?: boolean; adminBudget?: boolean; inFlightBudget?: boolean; chargeSettling?: boolean; personalAccount?: boolean; roleAccess?: boolean; consumerAccess?: boolean; freeTierOnly?: boolean; planLimit?: boolean; extraUsage?: boolean; extraUsagePool?: boolean; promptTooLong?: boolean; moderation?: boolean; promptCap?: boolean; noPaymentMethod?: boolean; billingPage?: string; networkRules?: boolean; unpriced?: boolean; modelAccess?: string};

/** The error signature (providers/signatures/) an API check recognised. */
export function signature(results: Results, id: CheckId): SignatureDetail | undefined {
	const value = detail(results, id, 'signature');
	return isJsonObject(value) && typeof value['provider'] === 'string' && typeof value['kind'] === 'string' ? (value as SignatureDetail) : undefined;
}

/** The client's failure reasons that mean "nothing got through" (HttpFailureReason). */
export const networkReasons = ['timeout', 'connection_refused', 'connection_reset', 'dns', 'tls', 'proxy'] as const;
export type NetworkReason = (typeof networkReasons)[number];

export const isNetworkReason = (value: string | undefined): value is NetworkReason => networkReasons.some(reason => reason === value);

/** A request that got no answer on a connection of its own (not a name, a certificate or a proxy): refused, reset, timed out. */
export const isConnectionReason = (value: string | undefined): boolean => value === 'timeout' || value === 'connection_refused' || value === 'connection_reset';

/**
 * A failed request's details say it got no connection at all: no answer began, and no proxy
 * answered (a 407, a refused tunnel or a SOCKS reply is the proxy's own word, not this).
 */
export function gotNoConnection(facts: Readonly<Record<string, unknown>>): boolean {
	const reason = typeof facts['reason'] === 'string' ? facts['reason'] : undefined;
	if (!isNetworkReason(reason) || facts['partialHttpStatus'] !== undefined) return false;
	const code = facts['code'];
	return reason !== 'proxy' || (typeof code === 'string' && isConnectCode(code));
}

/** The checks that talk to the base URL's API. */
export const apiCheckIds = ['auth', 'balance', 'probe'] as const satisfies readonly CheckId[];

/**
 * The API check's answer could not be read at all (a web page, cut-off JSON): no error in
 * words, no signature. Not a body that still reads as an error (plain text, an empty 200),
 * nor a 5xx page, whose status says enough (unless a proxy's own: the status is not the service's). diagnose() and the wizard both judge by this.
 */
export function answerUnreadable(results: Results, id: CheckId): boolean {
	// A proxy's own page says who answered, whatever its status (mitmproxy's 502 when it cannot reach the service): a status read as the service's would blame it.
	const proxyPage = stringDetail(results, id, 'proxyPage') !== undefined;
	return (
		stringDetail(results, id, 'bodyProblem') !== undefined &&
		stringDetail(results, id, 'errorMessage') === undefined &&
		(proxyPage || (signature(results, id) === undefined && (httpStatus(results, id) ?? 0) < 500))
	);
}

/** The first API check whose answer redirected the call: the URL asked and where it was sent (never followed). */
export function redirectSeen(results: Results): {id: CheckId; asked: string; status: number; location: string} | undefined {
	for (const id of apiCheckIds) {
		const redirect = detail(results, id, 'redirect');
		const asked = stringDetail(results, id, 'url');
		if (!isJsonObject(redirect) || asked === undefined) continue;
		const {status, location} = redirect;
		if (typeof status === 'number' && typeof location === 'string') return {id, asked, status, location};
	}
	return undefined;
}

/** Did any API check get an HTTP answer at all? Then the network got through. */
export function apiAnswered(results: Results): boolean {
	return apiCheckIds.some(id => httpStatus(results, id) !== undefined);
}

/**
 * An API check whose answer was cut off after its status line (a stall, or the connection
 * closed mid-body), if any: the server was reached and began to answer, so "cannot get
 * through" would be wrong. diagnose() and the wizard's no-connection result both say so.
 */
export function cutOffAnswer(results: Results): CheckId | undefined {
	return apiCheckIds.find(id => isNetworkReason(stringDetail(results, id, 'reason')) && numberDetail(results, id, 'partialHttpStatus') !== undefined);
}

/**
 * The `network` check connected to the host itself and passed: not through a proxy, nor a proxy app's fake-ip address
 * (then the connection that passed was not the host's own). Its connect time (`connectMs`); undefined otherwise.
 */
export function reachedDirectly(network: Pick<CheckResult, 'status' | 'details'> | undefined): number | undefined {
	const connectMs = network?.details['connectMs'];
	if (network?.status !== 'pass' || typeof connectMs !== 'number' || typeof network.details['proxy'] === 'string' || network.details['fakeIp'] === true) return undefined;
	return connectMs;
}

/** A request that timed out before any answer began, and not at a proxy's unanswered tunnel request: on a reached host, it answers slowly. */
export function answeredTooLate(facts: Readonly<Record<string, unknown>>): boolean {
	return facts['reason'] === 'timeout' && facts['partialHttpStatus'] === undefined && facts['tunnelUnanswered'] !== true;
}

/**
 * An API check that timed out while the `network` check connected to the host itself (reachedDirectly): the
 * service is reachable and answers slowly, so "could not be reached" would be wrong. Its connect time (`connectMs`).
 * Not an answer cut off midway (cutOffAnswer), a silent proxy's tunnel (silentProxy) or a fake-ip route: those say more.
 * The check's own row says the same (checks/unreached.ts).
 */
export function slowAnswer(results: Results): {id: CheckId; connectMs: number} | undefined {
	const connectMs = reachedDirectly(results.get('network'));
	if (connectMs === undefined) return undefined;
	if (apiCheckIds.some(id => isNetworkReason(stringDetail(results, id, 'reason')) && stringDetail(results, id, 'reason') !== 'timeout')) return undefined;
	const id = apiCheckIds.find(check => answeredTooLate(results.get(check)?.details ?? {}));
	return id === undefined ? undefined : {id, connectMs};
}

/**
 * The first row that says what `id`'s row says (an API check that timed out: the endpoint check's row said it first, and
 * the API checks' rows then read "Same as above."): the row check's ending and the wizard's slow result point to.
 */
export function firstRowSaying(checks: Iterable<Pick<CheckResult, 'id' | 'summary'>>, id: CheckId): CheckResult['id'] | undefined {
	const all = [...checks];
	const said = all.find(check => check.id === id)?.summary;
	return said === undefined ? undefined : all.find(check => check.summary === said)?.id;
}

/** An API check whose request timed out at an HTTP proxy that never answered its tunnel request (CONNECT): the proxy itself is silent. */
export function silentProxy(results: Results): CheckId | undefined {
	return apiCheckIds.find(id => detail(results, id, 'tunnelUnanswered') === true);
}

/**
 * An API check whose tunnel an HTTP proxy opened to a port other than 443, through which plain text came, not TLS
 * (`tunnelPlain`): the check, and `at`, the host:port it asked, whose port or https:// the base URL has wrong.
 */
export function plainTunnel(results: Results): {id: CheckId; at: string} | undefined {
	const id = apiCheckIds.find(check => detail(results, check, 'tunnelPlain') === true);
	const url = id === undefined ? undefined : detail(results, id, 'url');
	if (id === undefined || typeof url !== 'string' || !URL.canParse(url)) return undefined;
	return {id, at: sanitize(new URL(url).host)};
}

/** An API check whose connection an HTTP proxy closed after opening the tunnel, before the service answered (`tunnelClosed`). */
export function closedTunnel(results: Results): CheckId | undefined {
	return apiCheckIds.find(id => detail(results, id, 'tunnelClosed') === true);
}

/** The user's tool speaks Anthropic's API (the endpoint check read it from the base URL): DeepSeek's address for it ends in /anthropic. */
export function speaksAnthropic(results: Results): boolean {
	return detail(results, 'endpoint', 'anthropicFormat') === true;
}

/** A path the endpoint check found at the end of the base URL, under `name`, and the URL without it. */
function pathInBaseUrl(results: Results, name: 'endpointPath' | 'deepSeekPath'): {path: string; base: string} | undefined {
	const value = detail(results, 'endpoint', name);
	if (!isJsonObject(value)) return undefined;
	const {path, base} = value;
	return typeof path === 'string' && typeof base === 'string' ? {path, base} : undefined;
}

/** The endpoint path the endpoint check found pasted at the end of the base URL (`/chat/completions`), and the URL without it. */
export const endpointPath = (results: Results) => pathInBaseUrl(results, 'endpointPath');

/** A path only DeepSeek serves (`/beta`) that the endpoint check found at the end of a base URL not calling DeepSeek as it is, and the URL without it. */
export const deepSeekPath = (results: Results) => pathInBaseUrl(results, 'deepSeekPath');

/** The certificate file other tools trust, named by the network check when its TLS handshake failed (checks/network.ts). */
export function otherToolsCa(results: Results): {variable: string; path: string} | undefined {
	const value = detail(results, 'network', 'otherToolsCa');
	if (!isJsonObject(value)) return undefined;
	const {variable, path} = value;
	return typeof variable === 'string' && typeof path === 'string' ? {variable, path} : undefined;
}

/**
 * The check whose sentence about a certificate not trusted names more than the general TLS advice: who issued it
 * (and the proxy it came through), or the file NODE_EXTRA_CA_CERTS names. The network check's own handshake first,
 * then the API checks'. Check's fix for it (diagnose/network.ts) and the wizard's line (tree/leaves/network.ts) follow it.
 */
export function preciseUntrusted(results: Results): CheckId | undefined {
	return (['network', ...apiCheckIds] as const).find(id => {
		const untrusted = untrustedCertificate(results, id);
		return untrusted !== undefined && namesCertificate(untrusted);
	});
}

/** Whether what is known of an untrusted certificate names its issuer or the file NODE_EXTRA_CA_CERTS names. */
export function namesCertificate(untrusted: UntrustedFacts): boolean {
	return untrusted.issuer !== null || untrusted.extraCaFile !== null;
}

/** What the network check or an API check knew about a certificate it did not trust (`untrustedCertificate`), already sanitised. */
export function untrustedCertificate(results: Results, id: CheckId): UntrustedFacts | undefined {
	const value = detail(results, id, 'untrustedCertificate');
	if (!isJsonObject(value)) return undefined;
	const {issuer, chainRoot, proxy, extraCaFile, systemTrusted, otherToolsCaHoldsIssuer, otherToolsCaMissingRoot} = value;
	const extra = isJsonObject(extraCaFile) && typeof extraCaFile.path === 'string' && typeof extraCaFile.readable === 'boolean' ? {path: extraCaFile.path, readable: extraCaFile.readable, ...(typeof extraCaFile.missingRoot === 'string' ? {missingRoot: extraCaFile.missingRoot} : {})} : null;
	return {
		issuer: typeof issuer === 'string' ? issuer : null, proxy: typeof proxy === 'string' ? proxy : null, extraCaFile: extra, systemTrusted: systemTrusted === true,
		...(typeof otherToolsCaHoldsIssuer === 'boolean' ? {otherToolsCaHoldsIssuer} : {}),
		...(typeof otherToolsCaMissingRoot === 'string' ? {otherToolsCaMissingRoot} : {}),
		...(typeof chainRoot === 'string' ? {chainRoot} : {}),
	};
}

/**
 * A base URL on this computer that Python's HTTP clients would call through a proxy
 * (the network check's `localCallsProxy`, a warning): this tool went direct.
 */
export function localCallsProxy(results: Results): {variable: string; proxy: string; host: string} | undefined {
	const value = detail(results, 'network', 'localCallsProxy');
	const host = detail(results, 'network', 'host');
	if (!isJsonObject(value) || typeof host !== 'string') return undefined;
	const {variable, proxy} = value;
	return typeof variable === 'string' && typeof proxy === 'string' ? {variable, proxy, host} : undefined;
}

/**
 * The API host reachable only through the proxy in `variable` (the network check's `directConnect`,
 * a warning): programs that do not read the proxy variables (Node's fetch) cannot connect.
 */
export function onlyThroughProxy(results: Results): {variable: string} | undefined {
	if (results.get('network')?.status !== 'warn') return undefined;
	const value = detail(results, 'network', 'directConnect');
	const variable = detail(results, 'network', 'proxyVariable');
	return isJsonObject(value) && value['reachable'] === false && typeof variable === 'string' ? {variable} : undefined;
}

/**
 * The network check failed going direct while ALL_PROXY holds a proxy that answers (its
 * `otherToolsProxy.suggested`): the user's program most likely goes through that proxy.
 */
export function otherToolsProxyUnused(results: Results): {variable: string; suggested: string; login: boolean} | undefined {
	if (results.get('network')?.status !== 'fail') return undefined;
	const value = detail(results, 'network', 'otherToolsProxy');
	if (!isJsonObject(value) || value['reachable'] !== true) return undefined;
	const {variable, suggested, login} = value;
	return typeof variable === 'string' && typeof suggested === 'string' ? {variable, suggested, login: login === true} : undefined;
}

/**
 * The network check failed going direct where an entry of NO_PROXY sent the request around
 * the proxy set (its `bypassedProxy`): which proxy, which entry, and the host it exempts.
 */
export function bypassedProxy(results: Results): {variable: string; noProxy: string; entry: string; host: string} | undefined {
	if (results.get('network')?.status !== 'fail') return undefined;
	const value = detail(results, 'network', 'bypassedProxy');
	const host = detail(results, 'network', 'host');
	if (!isJsonObject(value) || typeof host !== 'string') return undefined;
	const {variable, noProxy, entry} = value;
	if (typeof variable !== 'string' || typeof noProxy !== 'string' || typeof entry !== 'string') return undefined;
	return {variable: sanitize(variable), noProxy: sanitize(noProxy), entry: sanitize(entry), host: sanitize(host)};
}

/**
 * Inside WSL 2, the network check's connection to loopback was refused (its `wsl` details): the proxy
 * (`variable`, the proxy variable taken) or the service on Windows' 127.0.0.1 is not there.
 */
export function wslLoopback(results: Results): WslLoopback | undefined {
	const wsl = detail(results, 'network', 'wsl');
	if (status(results, 'network') !== 'fail' || !isJsonObject(wsl)) return undefined;
	const text = (value: unknown) => (typeof value === 'string' ? sanitize(value) : undefined);
	const proxy = stringDetail(results, 'network', 'proxy');
	const variable = text(wsl['proxyVariable']);
	return {
		loopback: sanitize(stringDetail(results, 'network', 'host') ?? 'localhost'),
		windowsHost: text(wsl['windowsHost']),
		readAt: windowsAddressAt(text(wsl['networkingMode'])),
		proxy: proxy !== undefined && variable !== undefined ? {url: sanitize(proxy), variable} : undefined,
	};
}

/**
 * `loopback`: the host refused (127.0.0.1, localhost); `windowsHost`: Windows' address as WSL sees it (its
 * default gateway in NAT networking), where known; `proxy`: the proxy refused (scheme://host:port) and its variable.
 */
export type WslLoopback = {loopback: string; windowsHost: string | undefined; readAt: WindowsAddressAt; proxy: {url: string; variable: string} | undefined};

/**
 * Inside a container (not WSL 2), the network check's connection to loopback was refused (its `container` details):
 * the proxy (`variable`, the proxy variable taken) or the service on the host's 127.0.0.1 is not there.
 */
export function containerLoopback(results: Results): ContainerLoopback | undefined {
	const found = detail(results, 'network', 'container');
	if (status(results, 'network') !== 'fail' || !isJsonObject(found) || !isContainerKind(found['kind'])) return undefined;
	const text = (value: unknown) => (typeof value === 'string' ? sanitize(value) : null);
	const proxy = stringDetail(results, 'network', 'proxy');
	const variable = text(found['proxyVariable']);
	return {
		kind: found['kind'],
		loopback: sanitize(stringDetail(results, 'network', 'host') ?? 'localhost'),
		suggested: text(found['suggested']),
		proxyVariable: proxy !== undefined ? variable : null,
	};
}

/**
 * `loopback`: the host refused (127.0.0.1, localhost); `suggested`: the proxy's URL or the base URL with the host's
 * name or address as the container sees it, where known; `proxyVariable`: the proxy's variable, where a proxy refused.
 */
export type ContainerLoopback = {kind: ContainerKind; loopback: string; suggested: string | null; proxyVariable: string | null};

/**
 * The network check's handshake met a certificate outside its dates, which it read (its `certificateDates`):
 * `expired` (the clock ahead, or the certificate lapsed), else not yet valid (the clock behind). `validTo` as shown.
 */
export function certificateOutOfDate(results: Results): {host: string; expired: boolean; validTo: string; clock: ClockSystem} | undefined {
	const dates = detail(results, 'network', 'certificateDates');
	const host = stringDetail(results, 'network', 'host');
	if (status(results, 'network') !== 'fail' || !isJsonObject(dates) || typeof dates['validTo'] !== 'string' || host === undefined) return undefined;
	// How this system sets its clock, as the check found it (a reading without it: Linux's way, the most general).
	const clock = isClockSystem(dates['clock']) ? dates['clock'] : 'linux';
	return {host: sanitize(host), expired: stringDetail(results, 'network', 'code') === 'CERT_HAS_EXPIRED', validTo: sanitize(dates['validTo']), clock};
}

/**
 * The fake-ip address of a proxy app in TUN mode (deepseek/fake-ip.ts) the network check's
 * direct connection went to, and whether it connected there (`connected: false`: it failed
 * before TLS; a failed TLS handshake is the certificate's own matter, not the app's route).
 */
export function fakeIpRoute(results: Results): {address: string; host: string; connected: boolean; unrouted: boolean} | undefined {
	if (detail(results, 'network', 'fakeIp') !== true) return undefined;
	const address = detail(results, 'network', 'address');
	const host = detail(results, 'network', 'host');
	const connected = results.get('network')?.status !== 'fail';
	if ((!connected && detail(results, 'network', 'reason') === 'tls') || typeof address !== 'string' || typeof host !== 'string') return undefined;
	// No TCP connection made there (network `fakeIpUnrouted`): nothing carries the address, the app quit or its TUN mode off.
	return {address, host: sanitize(host), connected, unrouted: !connected && detail(results, 'network', 'fakeIpUnrouted') === true};
}

/**
 * The base URL's host, a known service's name, resolved to this computer itself or 0.0.0.0 and the network check's
 * direct connection there failed before TLS (its `resolvedHere`, deepseek/resolved-here.ts): a hosts file line or a blocker.
 */
export function resolvedHereRoute(results: Results): {address: string; host: string; private: boolean} | undefined {
	// An address on a private network (`resolvedPrivate`) has the same fix: the line or the DNS that answers so.
	const inPrivate = detail(results, 'network', 'resolvedPrivate') === true;
	if (detail(results, 'network', 'resolvedHere') !== true && !inPrivate) return undefined;
	const address = detail(results, 'network', 'address');
	const host = detail(results, 'network', 'host');
	if (typeof address !== 'string' || typeof host !== 'string') return undefined;
	return {address, host: sanitize(host), private: inPrivate};
}

/**
 * The network check's TLS handshake (direct) got plain text at a port other than 443 or on this computer (its
 * `plainAnswer`): `at` is host:port, `suggested` the base URL with http:// where the host is this computer, else null.
 */
export function plainAnswer(results: Results): {at: string; suggested: string | null} | undefined {
	const value = detail(results, 'network', 'plainAnswer');
	const host = detail(results, 'network', 'host');
	const port = detail(results, 'network', 'port');
	if (!isJsonObject(value) || typeof host !== 'string' || typeof port !== 'number') return undefined;
	const suggested = typeof value['suggested'] === 'string' ? value['suggested'] : null;
	return {at: `${host}:${port}`, suggested};
}

/**
 * The base URL's host is a name only containers resolve (the network check's `containerName`), and it did not
 * resolve here: `suggested` is the base URL with localhost in its place, `port` the port it named.
 */
export function unresolvedContainerName(results: Results): {kind: ContainerNameKind; name: string; port: number; suggested: string} | undefined {
	const value = detail(results, 'network', 'containerName');
	if (status(results, 'network') !== 'fail' || !isJsonObject(value)) return undefined;
	const {kind, name, port, suggested} = value;
	if (!isContainerNameKind(kind) || typeof name !== 'string' || typeof port !== 'number' || typeof suggested !== 'string') return undefined;
	return {kind, name: sanitize(name), port, suggested: sanitize(suggested)};
}

/**
 * ALL_PROXY with nothing answering there (the network check's `otherToolsProxy`): this tool
 * went direct, but the user's program may send its calls through it and fail to connect.
 */
export function otherToolsProxyDown(results: Results): {variable: string; proxy: string} | undefined {
	const value = detail(results, 'network', 'otherToolsProxy');
	if (!isJsonObject(value) || value['reachable'] !== false) return undefined;
	const {variable, proxy} = value;
	return typeof variable === 'string' && typeof proxy === 'string' ? {variable, proxy} : undefined;
}

/**
 * The network check failed going direct with no proxy variable set, where the system's own proxy
 * settings (the check's `systemProxy`) send browsers through a proxy (`reachable`: it answers) or a script.
 */
export function systemProxy(results: Results): {from: SystemProxySource; proxy?: string; reachable?: boolean; pac?: string; host: string} | undefined {
	if (results.get('network')?.status !== 'fail') return undefined;
	const value = detail(results, 'network', 'systemProxy');
	const host = detail(results, 'network', 'host');
	if (!isJsonObject(value) || typeof host !== 'string' || !isSystemProxySource(value['from'])) return undefined;
	const {from, proxy, reachable, pac} = value;
	if (typeof proxy === 'string') return {from, proxy: sanitize(proxy), reachable: reachable === true, host: sanitize(host)};
	return typeof pac === 'string' ? {from, pac: sanitize(pac), host: sanitize(host)} : undefined;
}

/**
 * The network check found nothing listening at the proxy (connection refused there): which proxy,
 * from which variable, and whether it is on this computer (a proxy or VPN app that is not running).
 */
export function proxyRefused(results: Results): {proxy: string; variable: string; local: boolean} | undefined {
	// The check that blames the proxy (proxyFailure) got a refused connection there, and so did the network check's connect.
	const id = proxyFailure(results);
	if (id === undefined || stringDetail(results, id, 'code') !== 'ECONNREFUSED') return undefined;
	if (results.get('network')?.status !== 'fail' || stringDetail(results, 'network', 'code') !== 'ECONNREFUSED') return undefined;
	const proxy = stringDetail(results, 'network', 'proxy');
	const variable = stringDetail(results, 'network', 'proxyVariable');
	const url = proxy === undefined ? undefined : URL.parse(proxy);
	if (!url || variable === undefined) return undefined;
	return {proxy: sanitize(proxy ?? ''), variable: sanitize(variable), local: isLoopbackHost(url.hostname)};
}

/**
 * The proxy failed on its own (proxyFailure: not reached, refused the tunnel or the login) and the network check's
 * direct look beside it (`directConnect`) is a finding (going-direct.ts): going direct works, or fails too. Not where
 * a SOCKS proxy reached the host, which refused the port (the port, not the proxy, is the cause).
 */
export function goingDirect(results: Results): {finding: 'works' | 'fails'; look: DirectLook} | undefined {
	const id = proxyFailure(results);
	if (id === undefined || stringDetail(results, id, 'code') === 'UND_ERR_SOCKS5_REPLY_5') return undefined;
	const look = directLookOf(results.get('network'));
	const finding = look && directFinding(look);
	return look && finding && {finding, look};
}

/** The network check's direct look beside its proxy (its `directConnect` detail, sanitised), where it made one. */
export function directLookOf(network: CheckResult | undefined): DirectLook | undefined {
	const value = network?.details['directConnect'];
	if (!isJsonObject(value) || typeof value.reachable !== 'boolean' || !Array.isArray(value.unset)) return undefined;
	const unset = value.unset.flatMap(name => (typeof name === 'string' && name !== '' ? [sanitize(name)] : []));
	const port = typeof value.port === 'number' && Number.isInteger(value.port) ? {port: value.port} : {};
	return {reachable: value.reachable, code: typeof value.code === 'string' ? sanitize(value.code) : null, unset, ...port};
}

/**
 * The http:// proxy that failed is a SOCKS5 port (failures.ts, socks-port.ts): the variable that names it and its URL with
 * socks5:// (the failed check's `proxySocksUrl`: its user kept, its password as passwordMark, `password` then true; else
 * as the network check names that proxy, without a login).
 */
export function proxySpeaksSocks(results: Results): {variable: string; socks: string; password: boolean} | undefined {
	const id = proxyFailure(results);
	if (id === undefined || stringDetail(results, id, 'code') !== proxySpeaksSocksCode) return undefined;
	const proxy = stringDetail(results, 'network', 'proxy');
	const variable = stringDetail(results, 'network', 'proxyVariable');
	const withLogin = stringDetail(results, id, 'proxySocksUrl');
	const socks = withLogin ?? (proxy === undefined ? undefined : asSocks5(proxy));
	return socks === undefined || variable === undefined ? undefined : {variable: sanitize(variable), socks: sanitize(socks), password: withLogin?.includes(`:${passwordMark}@`) === true};
}

/** The proxy that failed asked for a login it offers only as NTLM or Negotiate (failures.ts), which no proxy URL can give. */
export function proxyLoginNotBasic(results: Results): boolean {
	const id = proxyFailure(results);
	return id !== undefined && stringDetail(results, id, 'code') === proxyLoginNotBasicCode;
}

/**
 * The proxy that failed asked for a login (407: none sent, or one it refused; tinyproxy's
 * 401 to a wrong one), as proxyFailure finds that proxy's failure.
 */
export function proxyAsksLogin(results: Results): boolean {
	const id = proxyFailure(results);
	const code = id === undefined ? undefined : stringDetail(results, id, 'code');
	return code === '407' || code === '401';
}

/** The proxy that failed refused the login its URL holds (`proxyLoginRefused`): that login is wrong, not missing. */
export function proxyLoginRefused(results: Results): boolean {
	const id = proxyFailure(results);
	return id !== undefined && detail(results, id, 'proxyLoginRefused') === true;
}

/** A proxy variable that holds no usable proxy URL (the network check's `badProxy`): which, and what is wrong with it. */
export function badProxy(results: Results): {variable: string; problem: BadProxy} | undefined {
	const value = detail(results, 'network', 'badProxy');
	if (!isJsonObject(value) || typeof value.variable !== 'string') return undefined;
	const {variable, kind, bare, characters} = value;
	const problem: BadProxy =
		kind === 'no_scheme' && typeof bare === 'string'
			? {kind, bare: sanitize(bare)}
			: kind === 'full_width' && typeof bare === 'string' && typeof characters === 'string'
				? {kind, bare: sanitize(bare), characters: sanitize(characters)}
				: kind === 'socks4' || kind === 'login' || kind === 'quoted'
					? {kind}
					: {kind: 'other'};
	return {variable: sanitize(variable), problem};
}

/**
 * The check that says the proxy itself failed (could not be reached, refused the tunnel or
 * the login), if any: diagnose() and the wizard both blame the proxy on this one fact.
 * An API check's own failure comes first (the client knows a 403 from a 407); else the
 * network check, whose first hop with a proxy set is the proxy, when it failed there and
 * no API check got an answer. An API check that got no connection to that proxy then only
 * points to the network check's row (unreached.ts): the network check says it.
 */
export function proxyFailure(results: Results): CheckId | undefined {
	// A variable that holds no proxy URL: nothing was sent, and the network check names it.
	if (badProxy(results)) return 'network';
	const atProxy = status(results, 'network') === 'fail' && stringDetail(results, 'network', 'proxy') !== undefined && !apiAnswered(results);
	const named = ([...apiCheckIds, 'network', 'endpoint'] as const).find(id => {
		const result = results.get(id);
		return stringDetail(results, id, 'reason') === 'proxy' && !(atProxy && result !== undefined && gotNoConnection(result.details));
	});
	if (named) return named;
	return atProxy ? 'network' : undefined;
}

/**
 * The proxy that failed came from a lower-case variable whose upper-case twin holds another
 * value (the network check's `proxyChoice.shadows`): unsetting it would use that one.
 */
export function shadowedProxy(results: Results): {variable: string; twin: string} | undefined {
	const choice = detail(results, 'network', 'proxyChoice');
	if (proxyFailure(results) === undefined || !isJsonObject(choice)) return undefined;
	const {variable, shadows} = choice;
	return typeof variable === 'string' && typeof shadows === 'string' ? {variable: sanitize(variable), twin: sanitize(shadows)} : undefined;
}

/** The checks that ended with a warning, in the checks' own order: what an all-clear still mentions. */
export function warnings(results: Results): CheckResult[] {
	return checkIds.flatMap(id => {
		const result = results.get(id);
		return result?.status === 'warn' ? [result] : [];
	});
}
