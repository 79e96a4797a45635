// What every provider balance reader returns, and the HTTP outcomes they share.
import {providerBalanceMessages} from '../../messages/providers.js';
import {oneLine} from '../../text/safe.js';
import type {ApiClient, HttpAnswer, HttpFailure, HttpResult} from '../../deepseek/types.js';
import type {ErrorSignatureMatch} from '../signatures/index.js';
import type {ProviderBalance, ProviderInfo} from '../types.js';

/**
 * read: a reading (maybe only "used up", see balance.remaining); unsupported: the service
 * has no balance endpoint for a key; discontinued: it had one and switched it off;
 * refused: the key was not accepted there; failed: no usable answer (network, format).
 */
export type BalanceOutcome = 'read' | 'unsupported' | 'discontinued' | 'refused' | 'failed';

export type ProviderBalanceResult = {
	balance: ProviderBalance | null;
	outcome: BalanceOutcome;
	/** One safe sentence for the check summary. */
	message: string;
	/**
	 * What the refusing answer said, when it names a block (a banned user, a disabled token):
	 * the check's details carry it, and the diagnosis reads it as it reads the key check's.
	 */
	said?: {signature: ErrorSignatureMatch; answer: HttpAnswer};
	/**
	 * The request that got no answer, when that is why nothing was read: the check keeps its facts as
	 * every API check keeps them, so its row can point to the Network row that says the same (checks/unreached.ts).
	 */
	failure?: HttpFailure;
};

export type ReaderContext = {provider: ProviderInfo; api: ApiClient; signal: AbortSignal};

export function noReading(outcome: Exclude<BalanceOutcome, 'read'>, message: string): ProviderBalanceResult {
	return {balance: null, outcome, message};
}

/** The balance request got no answer (network, TLS, a proxy): its sentence, and the failure kept for the check. */
export function notAnswered(provider: ProviderInfo, failure: HttpFailure): ProviderBalanceResult {
	return {...noReading('failed', providerBalanceMessages.failed({name: provider.name, reason: failure.message})), failure};
}

/** The notes that apply, as one sentence group (undefined when none). */
export function joinNotes(notes: readonly (string | false | undefined)[]): string | undefined {
	const kept = notes.filter((note): note is string => typeof note === 'string' && note !== '');
	return kept.length > 0 ? kept.join(' ') : undefined;
}

/** A 200 answer with JSON and no error body, else the result that says why not. */
export function jsonAnswer(
	result: HttpResult,
	provider: ProviderInfo,
	path: string,
): {answer: HttpAnswer; problem?: undefined} | {answer?: undefined; problem: ProviderBalanceResult} {
	const name = provider.name;
	if (result.kind === 'failure') return {problem: notAnswered(provider, result)};
	if (result.status === 401 || result.status === 403) {
		return {problem: noReading('refused', providerBalanceMessages.refused({name, status: result.status}))};
	}
	if (result.status !== 200) return {problem: noReading('failed', providerBalanceMessages.unexpectedStatus({name, path, status: result.status}))};
	if (result.apiError) return {problem: noReading('failed', providerBalanceMessages.failed({name, reason: oneLine(result.apiError.message)}))};
	if (result.json === undefined) return {problem: noReading('failed', providerBalanceMessages.unexpectedShape({name, path}))};
	return {answer: result};
}

/**
 * An absolute URL for `prefix + path` under the base URL, without repeating the part of
 * `prefix` the base path already ends with. OpenRouter's API lives at
 * `https://openrouter.ai/api/v1`; the engine normalises that base to
 * `https://openrouter.ai/api` (it strips /v1), and users also paste just the host:
 *   apiUrl('https://openrouter.ai/api', '/api/v1', '/key')    → https://openrouter.ai/api/v1/key
 *   apiUrl('https://openrouter.ai', '/api/v1', '/key')        → https://openrouter.ai/api/v1/key
 *   apiUrl('https://openrouter.ai/api/v1', '/api/v1', '/key') → https://openrouter.ai/api/v1/key
 *   apiUrl('https://api.siliconflow.cn', '/v1', '/user/info') → https://api.siliconflow.cn/v1/user/info
 * A path in front is kept (`http://127.0.0.1:8080/or/api` → `…/or/api/v1/key`), and the
 * origin never changes, so the client still sends the key only where it may.
 */
export function apiUrl(baseUrl: string, prefix: string, path: string): string {
	const url = new URL(baseUrl);
	const basePath = url.pathname.replace(/\/+$/, '');
	const baseParts = basePath.split('/').filter(Boolean);
	const prefixParts = prefix.split('/').filter(Boolean);
	let overlap = Math.min(baseParts.length, prefixParts.length);
	const same = (k: number) => baseParts.slice(baseParts.length - k).join('/').toLowerCase() === prefixParts.slice(0, k).join('/').toLowerCase();
	while (overlap > 0 && !same(overlap)) overlap--;
	const rest = prefixParts.slice(overlap).map(part => `/${part}`).join('');
	return url.origin + basePath + rest + path;
}
