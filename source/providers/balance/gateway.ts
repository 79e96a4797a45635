// A one-api / new-api gateway's balance for the user's token: new-api's /api/usage/token/
// (raw quota; answers even for used-up tokens) and the OpenAI-style
// /dashboard/billing/subscription + /usage pair (usage in cents; errors as HTTP 200).
import {providerBalanceMessages} from '../../messages/providers.js';
import {oneLine} from '../../text/safe.js';
import type {HttpResult} from '../../deepseek/types.js';
import type {ProviderBalance, ProviderInfo} from '../types.js';
import {fingerprintPaths, readGatewayStatus, type GatewayStatus} from '../detect.js';
import {matchErrorSignature} from '../signatures/index.js';
import {decimalFromJson, divideDecimal, formatAmount, sameDecimal, shiftDecimal, signOfDecimal, subtractDecimal} from './amount.js';
import {noReading, notAnswered, type ProviderBalanceResult, type ReaderContext} from './common.js';
import {asObject, pathOf} from './fields.js';

const gatewayPaths = {
	subscription: '/dashboard/billing/subscription',
	usage: '/dashboard/billing/usage',
	tokenUsage: '/api/usage/token/',
} as const;

/** What one-api and new-api report as the limit of a token with unlimited quota. */
const unlimitedHardLimit = '100000000';

type Units = {
	/** Unit of the billing endpoints' `*_usd` amounts. */
	billing: string;
	/** Quota per USD when token usage (raw quota) may be shown in USD. */
	quotaPerUsd: string | undefined;
};

/**
 * one-api: `*_usd` are USD unless display_in_currency is false (then raw quota).
 * new-api: they follow quota_display_type (USD, CNY × exchange rate, TOKENS = raw quota).
 * Raw quota from /api/usage/token/ is shown in USD only when the gateway itself displays
 * currency and says how much quota a dollar is.
 */
function unitsOf(status: GatewayStatus | undefined): Units {
	const display = status?.quotaDisplayType;
	const raw = status?.displayInCurrency === false || display === 'TOKENS';
	const billing = raw ? 'quota' : display === 'CNY' ? 'CNY' : 'USD';
	const quotaPerUsd = status?.displayInCurrency === true ? status.quotaPerUnit : undefined;
	return {billing, quotaPerUsd};
}

function formatIn(unit: string, value: string): string {
	return unit === 'quota' ? formatAmount(value, 0, 2) : formatAmount(value);
}

/** A gateway's token has a quota, not bonus and paid credit: what it was given is its `limit`. */
function gatewayBalance(provider: ProviderInfo, fields: Omit<ProviderBalance, 'provider' | 'granted' | 'toppedUp'>): ProviderBalance {
	return {provider: provider.id, granted: null, toppedUp: null, ...fields};
}

function readingMessage(provider: ProviderInfo, balance: ProviderBalance): string {
	const name = provider.name;
	if (balance.expiredOn !== undefined) return providerBalanceMessages.gatewayTokenExpired({name, date: balance.expiredOn});
	if (balance.unlimited) return providerBalanceMessages.gatewayUnlimited({name});
	if (balance.remaining === null) return providerBalanceMessages.gatewaySaysUsedUp({name});
	if (balance.exhausted) return providerBalanceMessages.gatewayUsedUp({name, remaining: balance.remaining, unit: balance.unit});
	return providerBalanceMessages.gatewayLeft({name, remaining: balance.remaining, unit: balance.unit, granted: balance.limit ?? '?'});
}

function read(provider: ProviderInfo, balance: ProviderBalance): ProviderBalanceResult {
	return {balance, outcome: 'read', message: readingMessage(provider, balance)};
}

/**
 * When a token's `expires_at` (Unix seconds; 0 is never, new-api's docs) has passed, that day
 * (UTC): new-api still answers the usage of an expired token, with its quota left.
 */
function expiredOn(expiresAt: unknown, nowMs: number): string | undefined {
	if (typeof expiresAt !== 'number' || !Number.isFinite(expiresAt) || expiresAt <= 0 || expiresAt * 1000 > nowMs) return undefined;
	return new Date(expiresAt * 1000).toISOString().slice(0, 10);
}

/** new-api's `{"code":true,"data":{"object":"token_usage","total_available",…}}`, if that is the answer. */
function fromTokenUsage(provider: ProviderInfo, result: HttpResult | undefined, units: Units): ProviderBalance | undefined {
	if (result?.kind !== 'answer' || result.status !== 200 || result.apiError) return undefined;
	const data = asObject(pathOf(result.json, 'data'));
	const available = decimalFromJson(data?.total_available);
	if (!data || available === undefined || pathOf(result.json, 'code') === false) return undefined;
	const granted = decimalFromJson(data.total_granted);
	const unlimited = data.unlimited_quota === true;
	const expired = expiredOn(data.expires_at, Date.now());
	const perUsd = units.quotaPerUsd;
	const inUsd = (quota: string) => (perUsd === undefined ? undefined : divideDecimal(quota, perUsd));
	const availableUsd = inUsd(available);
	const convert = availableUsd !== undefined;
	const unit = convert ? 'USD' : 'quota';
	const shown = (quota: string) => formatIn(unit, (convert ? inUsd(quota) : quota) ?? quota);
	const exhausted = !unlimited && signOfDecimal(available) <= 0;
	const unitNote = convert && perUsd !== undefined ? providerBalanceMessages.noteConvertedFromQuota({quotaPerUnit: perUsd}) : providerBalanceMessages.noteUnitsQuota;
	// Credit left on the token says nothing of the account's quota, which a call needs too: said where the token could still pay.
	const tokenOnly = exhausted || expired !== undefined ? undefined : providerBalanceMessages.noteTokenLimitOnly({name: provider.name, units: unitNote});
	return gatewayBalance(provider, {
		unit,
		remaining: unlimited ? null : shown(available),
		...(unlimited || granted === undefined ? {} : {limit: shown(granted)}),
		unlimited,
		exhausted,
		...(expired === undefined ? {} : {expiredOn: expired}),
		source: gatewayPaths.tokenUsage,
		note: tokenOnly ?? unitNote,
	});
}

type BillingRead = {balance: ProviderBalance} | {refusal: HttpResult};

/** subscription + usage; `refusal` is the answer to judge when they did not give amounts. */
function fromBilling(provider: ProviderInfo, subscription: HttpResult, usage: HttpResult, units: Units): BillingRead {
	for (const result of [subscription, usage]) {
		if (result.kind === 'failure' || result.status !== 200 || result.apiError) return {refusal: result};
	}
	const hard = decimalFromJson(pathOf(okJson(subscription), 'hard_limit_usd'));
	const usedCents = decimalFromJson(pathOf(okJson(usage), 'total_usage'));
	if (hard === undefined || usedCents === undefined) return {refusal: hard === undefined ? subscription : usage};
	const unlimited = sameDecimal(hard, unlimitedHardLimit);
	const left = subtractDecimal(hard, shiftDecimal(usedCents, 2));
	return {
		balance: gatewayBalance(provider, {
			unit: units.billing,
			remaining: unlimited ? null : formatIn(units.billing, left),
			...(unlimited ? {} : {limit: formatIn(units.billing, hard)}),
			unlimited,
			exhausted: !unlimited && signOfDecimal(left) <= 0,
			source: gatewayPaths.subscription,
			note: units.billing === 'quota' ? providerBalanceMessages.noteUnitsQuota : undefined,
		}),
	};
}

function okJson(result: HttpResult): unknown {
	return result.kind === 'answer' ? result.json : undefined;
}

/** No amounts: say what the refusing answer means (used up, refused, or an error). */
function judgeRefusal(provider: ProviderInfo, refusal: HttpResult, units: Units): ProviderBalanceResult {
	const name = provider.name;
	if (refusal.kind === 'failure') return notAnswered(provider, refusal);
	const signature = matchErrorSignature({
		status: refusal.status,
		apiError: refusal.apiError,
		text: refusal.text,
		provider: provider.id,
		askedUrl: refusal.url,
	});
	if (signature && (signature.kind === 'token_exhausted' || signature.kind === 'user_quota')) {
		// The gateway said "used up" but gave no amounts.
		return read(
			provider,
			gatewayBalance(provider, {
				unit: units.billing,
				remaining: null,
				unlimited: false,
				exhausted: true,
				source: gatewayPaths.subscription,
				note: undefined,
			}),
		);
	}
	if (refusal.status === 401 || refusal.status === 403) {
		const refused = noReading('refused', providerBalanceMessages.gatewayRefused({name}));
		// A ban or a disabled token says more than "refused": the diagnosis reads it as it reads the key check's.
		return signature?.blocked ? {...refused, said: {signature, answer: refusal}} : refused;
	}
	if (refusal.apiError) return noReading('failed', providerBalanceMessages.gatewayError({name, reason: oneLine(refusal.apiError.message)}));
	if (refusal.status !== 200) return noReading('failed', providerBalanceMessages.unexpectedStatus({name, path: gatewayPaths.subscription, status: refusal.status}));
	return noReading('failed', providerBalanceMessages.unexpectedShape({name, path: gatewayPaths.subscription}));
}

export type GatewayOptions = {
	/** The gateway's /api/status as detection read it; fetched (shared, keyless GET) when absent. */
	gateway?: GatewayStatus | undefined;
};

export async function readGatewayBalance({provider, api, signal}: ReaderContext, options: GatewayOptions = {}): Promise<ProviderBalanceResult> {
	const get = (path: string) => api.get(path, {signal});
	const statusRequest = fingerprintPaths.apiStatus;
	const tokenUsageFirst = provider.id === 'new-api' || options.gateway?.kind === 'new-api';
	const [statusResult, subscription, usage, tokenUsage] = await Promise.all([
		options.gateway ? undefined : api.get(statusRequest.path, {auth: statusRequest.auth, signal}),
		get(gatewayPaths.subscription),
		get(gatewayPaths.usage),
		tokenUsageFirst ? get(gatewayPaths.tokenUsage) : undefined,
	]);
	const units = unitsOf(options.gateway ?? readGatewayStatus(statusResult));

	// Token usage first: exact integers, and it still answers when the token is used up.
	const byToken = fromTokenUsage(provider, tokenUsage, units);
	if (byToken) return read(provider, byToken);
	const billing = fromBilling(provider, subscription, usage, units);
	if ('balance' in billing) return read(provider, billing.balance);
	if (!tokenUsageFirst && billing.refusal.kind === 'answer') {
		// one-api has no /api/usage/token/, but a gateway taken for one-api may be new-api.
		const late = fromTokenUsage(provider, await get(gatewayPaths.tokenUsage), units);
		if (late) return read(provider, late);
	}
	return judgeRefusal(provider, billing.refusal, units);
}
