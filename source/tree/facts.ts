// Typed reads of the check results the tree routes on and the leaves describe. Details
// are loose JSON records on purpose; every read here checks the shape it relies on.
import type {CheckId, CheckResult} from '../checks/types.js';
import {isZeroAmount} from '../deepseek/parse.js';
import type {BalanceInfo, BalanceReading} from '../deepseek/types.js';
import type {ProviderBalance, ProviderInfo} from '../providers/types.js';
import {sanitize} from '../text/safe.js';

export type Results = ReadonlyMap<CheckId, CheckResult>;

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function detail(results: Results, id: CheckId, key: string): unknown {
	return results.get(id)?.details[key];
}

function numberDetail(results: Results, id: CheckId, key: string): number | undefined {
	const value = detail(results, id, key);
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function stringDetail(results: Results, id: CheckId, key: string): string | undefined {
	const value = detail(results, id, key);
	return typeof value === 'string' && value.length > 0 ? sanitize(value) : undefined;
}

export const status = (results: Results, id: CheckId) => results.get(id)?.status;
export const httpStatus = (results: Results, id: CheckId) => numberDetail(results, id, 'httpStatus');

export function provider(results: Results): ProviderInfo | undefined {
	const value = detail(results, 'endpoint', 'provider');
	return isObject(value) && typeof value['id'] === 'string' && typeof value['name'] === 'string' ? (value as ProviderInfo) : undefined;
}

/** The calls go somewhere other than DeepSeek (a relay, another vendor, or not an API). */
export function goesElsewhere(results: Results): boolean {
	const found = provider(results);
	if (found && found.id !== 'deepseek' && found.id !== 'unknown') return true;
	return detail(results, 'endpoint', 'reachesDeepSeek') === false;
}

export function reading(results: Results): BalanceReading | undefined {
	const value = detail(results, 'balance', 'reading');
	return isObject(value) && Array.isArray(value['balances']) ? (value as BalanceReading) : undefined;
}

export function providerBalance(results: Results): ProviderBalance | undefined {
	const value = detail(results, 'balance', 'providerBalance');
	return isObject(value) && typeof value['exhausted'] === 'boolean' ? (value as ProviderBalance) : undefined;
}

export type BalanceState = 'empty' | 'unavailable' | 'bonus_only' | 'positive';

/** What a DeepSeek balance reading means for calls. */
export function balanceState(value: BalanceReading): BalanceState {
	const empty = value.balances.length === 0 || value.balances.every(info => isZeroAmount(info.total) || info.total.startsWith('-'));
	if (empty) return 'empty';
	if (!value.isAvailable) return 'unavailable';
	const bonusOnly = value.balances.every(info => isZeroAmount(info.toppedUp) && !isZeroAmount(info.granted));
	return bonusOnly ? 'bonus_only' : 'positive';
}

/** The first currency's figures (DeepSeek accounts hold one currency). */
export function mainBalance(value: BalanceReading | undefined): BalanceInfo | undefined {
	return value?.balances[0];
}

/** Both last-four strings of a 401 (the key's own, and what the server says it got). */
export function lastFours(results: Results): {sent: string | undefined; echoed: string | undefined} {
	return {sent: stringDetail(results, 'auth', 'sentLastFour'), echoed: stringDetail(results, 'auth', 'echoedLastFour')};
}

export function keyRejected(results: Results): boolean {
	const code = httpStatus(results, 'auth');
	return status(results, 'auth') === 'fail' && (code === 401 || code === 403);
}

export const traceId = (results: Results): string | undefined =>
	stringDetail(results, 'probe', 'traceId') ?? stringDetail(results, 'auth', 'traceId') ?? stringDetail(results, 'balance', 'traceId');

export type Finding = {file: string; line: number; masked: string};

/** Leaked-key findings, safe to print (file names from the user's folder are sanitised too). */
export function findings(results: Results): Finding[] {
	const value = detail(results, 'key_exposure', 'findings');
	if (!Array.isArray(value)) return [];
	return value.flatMap(item =>
		isObject(item) && typeof item['file'] === 'string' && typeof item['line'] === 'number' && typeof item['masked'] === 'string'
			? [{file: sanitize(item['file']), line: item['line'], masked: sanitize(item['masked'])}]
			: [],
	);
}

export const networkReasons = ['timeout', 'connection_refused', 'connection_reset', 'dns', 'tls', 'proxy'] as const;
export type NetworkReason = (typeof networkReasons)[number];

const isNetworkReason = (value: string | undefined): value is NetworkReason => networkReasons.some(reason => reason === value);

/** Why nothing got through, as the first check that failed for a network reason says. */
export function networkReason(results: Results): NetworkReason | undefined {
	for (const id of ['network', 'endpoint', 'auth', 'balance', 'probe'] as const) {
		const reason = stringDetail(results, id, 'reason');
		if (isNetworkReason(reason)) return reason;
	}
	return undefined;
}

/** No connection at all (DNS, refused, reset, TLS, proxy, timeout) on the way to the base URL. */
export function unreachable(results: Results): boolean {
	if (status(results, 'network') === 'fail') return true;
	if (status(results, 'endpoint') === 'error') return true;
	return (['auth', 'balance', 'probe'] as const).some(id => isNetworkReason(stringDetail(results, id, 'reason')));
}

/** Worst component status the status page reported, or undefined when it was unreadable. */
export function serviceWorst(results: Results): string | undefined {
	const worst = stringDetail(results, 'service_status', 'worst');
	return worst === 'unknown' ? undefined : worst;
}

export function resultsOf(list: readonly CheckResult[]): Map<CheckId, CheckResult> {
	return new Map(list.map(result => [result.id, result]));
}
