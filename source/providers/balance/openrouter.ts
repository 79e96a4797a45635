// OpenRouter's balance for the user's key: GET /api/v1/key (any key), and for a key with
// no cap, the account's GET /api/v1/credits, which current docs reserve for management keys.
import {providerBalanceMessages} from '../../messages/providers.js';
import type {ProviderBalance} from '../types.js';
import {compareDecimal} from '../../domain/decimal.js';
import {decimalFromJson, formatAmount, signOfDecimal, subtractDecimal} from './amount.js';
import {apiUrl, joinNotes, jsonAnswer, noReading, type ProviderBalanceResult, type ReaderContext} from './common.js';
import {asObject, pathOf} from './fields.js';

const apiPrefix = '/api/v1';
const openRouterKeyPath = `${apiPrefix}/key`;
const openRouterCreditsPath = `${apiPrefix}/credits`;

export async function readOpenRouterBalance({provider, api, signal}: ReaderContext): Promise<ProviderBalanceResult> {
	const result = await api.get(apiUrl(api.baseUrl, apiPrefix, '/key'), {signal});
	const {answer, problem} = jsonAnswer(result, provider, openRouterKeyPath);
	if (problem) return problem;
	const data = asObject(pathOf(answer.json, 'data'));
	if (!data || !('limit_remaining' in data)) return noReading('failed', providerBalanceMessages.unexpectedShape({name: provider.name, path: openRouterKeyPath}));
	const freeTier = data.is_free_tier === true && providerBalanceMessages.noteFreeTier;
	const limitRemaining = decimalFromJson(data.limit_remaining);
	const limit = decimalFromJson(data.limit);

	if (limitRemaining !== undefined) {
		const exhausted = signOfDecimal(limitRemaining) <= 0;
		const remaining = formatAmount(limitRemaining);
		const shownLimit = limit === undefined ? undefined : formatAmount(limit);
		const balance: ProviderBalance = {
			provider: 'openrouter',
			unit: 'USD',
			remaining,
			granted: null,
			toppedUp: null,
			...(shownLimit === undefined ? {} : {limit: shownLimit}),
			unlimited: false,
			exhausted,
			keyLimit: true,
			source: openRouterKeyPath,
			note: joinNotes([freeTier]),
		};
		const message = exhausted ? providerBalanceMessages.openRouterKeyUsedUp({limit: shownLimit ?? '?'}) : providerBalanceMessages.openRouterKeyLeft({remaining, limit: shownLimit ?? '?'});
		return {balance, outcome: 'read', message};
	}
	if (data.limit_remaining !== null) return noReading('failed', providerBalanceMessages.unexpectedShape({name: provider.name, path: openRouterKeyPath}));
	const key: KeyFacts = {usage: decimalFromJson(data.usage), managementKey: data.is_management_key === true};
	return readAccountCredits({provider, api, signal}, freeTier, key);
}

/** What /key says of the key itself that tells whether a /credits answer can be the account's. */
type KeyFacts = {usage: string | undefined; managementKey: boolean};

/**
 * /credits answers an ordinary key HTTP 200 with zero credits and zero usage whatever the
 * account holds (docs/relays.md): zeros for such a key, or an account usage below what this
 * key alone has spent, say nothing about the money.
 */
function creditsAreTheAccounts(totalCredits: string, totalUsage: string, key: KeyFacts): boolean {
	if (key.usage !== undefined && compareDecimal(totalUsage, key.usage) < 0) return false;
	return key.managementKey || signOfDecimal(totalCredits) !== 0 || signOfDecimal(totalUsage) !== 0;
}

/** A key without a cap spends the account's credits: try to read those. */
async function readAccountCredits({api, signal}: ReaderContext, freeTier: string | false, key: KeyFacts): Promise<ProviderBalanceResult> {
	const result = await api.get(apiUrl(api.baseUrl, apiPrefix, '/credits'), {signal});
	const noCap: ProviderBalance = {
		provider: 'openrouter',
		unit: 'USD',
		remaining: null,
		granted: null,
		toppedUp: null,
		unlimited: true,
		exhausted: false,
		source: openRouterKeyPath,
		note: joinNotes([providerBalanceMessages.noteNoCap, freeTier]),
	};
	const data = result.kind === 'answer' && result.status === 200 && !result.apiError ? asObject(pathOf(result.json, 'data')) : undefined;
	const totalCredits = decimalFromJson(data?.total_credits);
	const totalUsage = decimalFromJson(data?.total_usage);
	if (totalCredits !== undefined && totalUsage !== undefined && creditsAreTheAccounts(totalCredits, totalUsage, key)) {
		const left = subtractDecimal(totalCredits, totalUsage);
		const exhausted = signOfDecimal(left) <= 0;
		const remaining = formatAmount(left);
		const balance: ProviderBalance = {
			...noCap,
			remaining,
			limit: formatAmount(totalCredits),
			exhausted,
			source: openRouterCreditsPath,
		};
		const message = exhausted ? providerBalanceMessages.openRouterNoCapCreditsUsedUp({remaining}) : providerBalanceMessages.openRouterNoCapCredits({remaining});
		return {balance, outcome: 'read', message};
	}
	const refused = result.kind === 'answer' && (result.status === 401 || result.status === 403);
	if (refused) {
		const balance = {...noCap, note: joinNotes([providerBalanceMessages.noteNoCap, providerBalanceMessages.noteCreditsNeedManagementKey, freeTier])};
		return {balance, outcome: 'read', message: providerBalanceMessages.openRouterNoCapCreditsRefused};
	}
	return {balance: noCap, outcome: 'read', message: providerBalanceMessages.openRouterNoCapCreditsUnread};
}
