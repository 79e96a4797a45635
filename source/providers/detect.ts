// Which service is behind a base URL: the host for known services, then cheap fingerprints
// (one-api/new-api's /api/status, how /models names models, what /user/balance answers).
// Pure: the caller (checks/endpoint.ts) makes the requests (fingerprintPaths) and hands the answers in.
import {detectMessages} from '../messages/providers.js';
import {oneLine, sanitize} from '../text/safe.js';
import type {HttpAnswer, HttpResult} from '../deepseek/types.js';
import {apiPaths, deepseekServiceErrors} from '../deepseek/facts.js';
import {decimalFromJson, signOfDecimal} from './balance/amount.js';
import {asObject, booleanField, pathOf, stringField, type JsonObject} from './balance/fields.js';
import {providerRow} from './table.js';
import {providerInfo} from './host.js';
import type {ProviderId, ProviderInfo} from './types.js';

export {detectByHost, hostOfBaseUrl, matchHost, providerInfo} from './host.js';

// ---- fingerprints ----

/** The answers fingerprinting looks at; any may be missing. */
type FingerprintFacts = {
	/** GET /api/status without the key (one-api/new-api answer it for anyone). */
	apiStatus?: HttpResult;
	models?: HttpResult;
	userBalance?: HttpResult;
	/** Optional: GET /v1/user/balance (one-api/new-api answer 404 "Invalid URL (…)"). */
	v1UserBalance?: HttpResult;
};

/** What fingerprinting asks for, keyed like FingerprintFacts; `auth: false` keeps the key at home. */
export const fingerprintPaths = {
	apiStatus: {path: '/api/status', auth: false},
	models: {path: apiPaths.models, auth: true},
	userBalance: {path: apiPaths.userBalance, auth: true},
} as const satisfies Partial<Record<keyof FingerprintFacts, {path: string; auth: boolean}>>;

/** What a one-api/new-api gateway's public /api/status says (balance.ts uses the units). */
export type GatewayStatus = {
	kind: 'one-api' | 'new-api';
	/** Safe to print. */
	systemName: string | undefined;
	version: string | undefined;
	/** Quota units per USD (one-api's default 500000), decimal string. */
	quotaPerUnit: string | undefined;
	/** false: billing amounts are raw quota units. */
	displayInCurrency: boolean | undefined;
	/** new-api only: USD | CNY | TOKENS | CUSTOM. */
	quotaDisplayType: string | undefined;
	/** The gateway's own top-up page, when it set one (http/https only). */
	topUpLink: string | null;
};

/**
 * Fields of new-api's /api/status that songquanpeng/one-api does not send (read in
 * QuantumNous/new-api controller/misc.go and one-api's). What is certain: one-api sends
 * none of these. What is not: one-api forks may add some, and admins rename system_name,
 * so "new-api" is a best guess; nothing but /api/usage/token/ depends on it, and
 * balance.ts tries that for one-api too when the billing endpoints refuse the key.
 */
const newApiOnlyStatusFields = [
	'quota_display_type',
	'usd_exchange_rate',
	'docs_link',
	'setup',
	'self_use_mode_enabled',
	'demo_site_enabled',
	'enable_drawing',
	'enable_task',
	'enable_data_export',
	'default_use_auto_group',
] as const;

function answerOf(result: HttpResult | undefined): HttpAnswer | undefined {
	return result?.kind === 'answer' ? result : undefined;
}

function safeText(value: string, max = 60): string {
	return oneLine(sanitize(value), max);
}

/** An http(s) URL from untrusted JSON, or null. */
function safeLink(value: unknown): string | null {
	const text = stringField(value)?.trim();
	if (!text || text.length > 500) return null;
	try {
		const url = new URL(text);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
	} catch {
		return null;
	}
}

export function readGatewayStatus(result: HttpResult | undefined): GatewayStatus | undefined {
	const answer = answerOf(result);
	if (!answer || answer.status !== 200 || pathOf(answer.json, 'success') !== true) return undefined;
	const data = asObject(pathOf(answer.json, 'data'));
	if (!data) return undefined;
	const systemName = stringField(data.system_name);
	const version = stringField(data.version);
	const quotaPerUnit = decimalFromJson(data.quota_per_unit);
	if (systemName === undefined && version === undefined && quotaPerUnit === undefined) return undefined;
	return {
		kind: newApiSignals(data).length > 0 ? 'new-api' : 'one-api',
		systemName: systemName === undefined ? undefined : safeText(systemName),
		version: version === undefined ? undefined : safeText(version, 40),
		quotaPerUnit: quotaPerUnit !== undefined && signOfDecimal(quotaPerUnit) > 0 ? quotaPerUnit : undefined,
		displayInCurrency: booleanField(data.display_in_currency),
		quotaDisplayType: stringField(data.quota_display_type)?.trim().toUpperCase(),
		topUpLink: safeLink(data.top_up_link),
	};
}

/** Why a status page is taken for new-api: 'name' and/or the new-api-only fields present. */
function newApiSignals(data: JsonObject): string[] {
	const byName = /new[\s_-]?api/i.test(stringField(data.system_name) ?? '') ? ['name'] : [];
	return [...byName, ...newApiOnlyStatusFields.filter(field => field in data)];
}

function gatewayEvidence(answer: HttpResult | undefined, status: GatewayStatus): string[] {
	const data = asObject(pathOf(answerOf(answer)?.json, 'data')) ?? {};
	const signals = newApiSignals(data);
	const fields = signals.filter(signal => signal !== 'name');
	const lines = [
		detectMessages.gatewayStatus({
			name: providerRow(status.kind).name,
			systemName: status.systemName ?? '?',
			version: status.version ?? '?',
		}),
	];
	if (signals.includes('name')) lines.push(detectMessages.newApiByName);
	if (fields.length > 0) lines.push(detectMessages.newApiByFields({fields: fields.slice(0, 3)}));
	if (status.kind === 'one-api') lines.push(detectMessages.oneApiByDefault);
	return lines;
}

type ModelEntry = {id: string; ownedBy: string | undefined; entry: JsonObject};

/** `{data: [...]}` (OpenAI style) or a bare list (Together AI). */
function modelEntries(json: unknown): {entries: ModelEntry[]; bareList: boolean} {
	const list = Array.isArray(json) ? json : pathOf(json, 'data');
	if (!Array.isArray(list)) return {entries: [], bareList: false};
	const entries = list.flatMap((item): ModelEntry[] => {
		const entry = asObject(item);
		const id = stringField(entry?.id);
		return entry && id ? [{id, ownedBy: stringField(entry.owned_by), entry}] : [];
	});
	return {entries, bareList: Array.isArray(json)};
}

type ModelVerdict = {id: ProviderId | undefined; evidence: string[]; ownedByDeepSeek: boolean};

/** What the model ids say. `id` undefined: nothing, or nothing certain (see evidence). */
function modelsVerdict(result: HttpResult | undefined): ModelVerdict {
	const answer = answerOf(result);
	const none: ModelVerdict = {id: undefined, evidence: [], ownedByDeepSeek: false};
	if (!answer || answer.status !== 200) return none;
	const {entries, bareList} = modelEntries(answer.json);
	const ownedByDeepSeek = entries.some(entry => entry.ownedBy?.toLowerCase() === 'deepseek');
	const ownership = ownedByDeepSeek ? [detectMessages.modelsOwnedByDeepSeek] : [];
	const find = (test: RegExp) => entries.find(entry => test.test(entry.id));
	const shown = (entry: ModelEntry) => safeText(entry.id);

	const fireworks = find(/^accounts\/fireworks\/models\//i);
	if (fireworks) return {id: 'fireworks', evidence: [detectMessages.modelsFireworks({id: shown(fireworks)})], ownedByDeepSeek};
	const openRouter = find(/^deepseek\//i);
	if (openRouter) {
		const slugs = entries.some(entry => 'canonical_slug' in entry.entry) ? [detectMessages.modelsOpenRouterSlugs] : [];
		return {id: 'openrouter', evidence: [detectMessages.modelsOpenRouter({id: shown(openRouter)}), ...slugs], ownedByDeepSeek};
	}
	const pro = find(/^Pro\//);
	if (pro) return {id: 'siliconflow', evidence: [detectMessages.modelsSiliconFlowPro({id: shown(pro)})], ownedByDeepSeek};
	const vendorPrefixed = find(/^deepseek-ai\//i);
	if (vendorPrefixed) {
		// Together AI answers a bare list whose entries carry display_name/organization
		// (its API reference; docs/relays.md has nothing firmer, so only with that shape). SiliconFlow,
		// vLLM and other self-hosted servers use the same ids: rather unknown than wrong.
		const together = bareList && ('organization' in vendorPrefixed.entry || 'display_name' in vendorPrefixed.entry);
		if (together) return {id: 'together', evidence: [detectMessages.modelsTogether({id: shown(vendorPrefixed)})], ownedByDeepSeek};
		return {id: undefined, evidence: [detectMessages.modelsVendorPrefixAmbiguous({id: shown(vendorPrefixed)}), ...ownership], ownedByDeepSeek};
	}
	return {id: undefined, evidence: ownership, ownedByDeepSeek};
}

type BalanceAnswer = 'deepseek' | 'deepseek_auth' | 'deepseek_error' | 'not_found' | 'html' | 'refused_elsewhere' | undefined;

function isHtml(answer: HttpAnswer): boolean {
	return (answer.contentType?.toLowerCase().includes('text/html') ?? false) || /^\s*<(?:!doctype|html)/i.test(answer.text);
}

/** What GET /user/balance says about who answered it. */
function userBalanceVerdict(result: HttpResult | undefined): BalanceAnswer {
	const answer = answerOf(result);
	if (!answer) return undefined;
	if (answer.status === 404) return 'not_found';
	// Only a 200 page: a 403/5xx page may be a CDN or firewall in front of DeepSeek itself.
	if (answer.status === 200 && isHtml(answer)) return 'html';
	const json = asObject(answer.json);
	if (answer.status === 200 && typeof json?.is_available === 'boolean' && Array.isArray(json.balance_infos)) return 'deepseek';
	// DeepSeek's 401 reads "Authentication Fails, Your api key: ****abcd is invalid" (docs/deepseek-api.md).
	if (answer.status === 401 && /^Authentication Fails\b/i.test(answer.apiError?.message ?? '')) return 'deepseek_auth';
	// DeepSeek's own 429/500/503 wording together with its trace id header. A trace id alone is no
	// sign (a 200 whose body cannot be read has no wording to compare: undefined would match undefined).
	const wording = deepseekServiceErrors.get(answer.status);
	if (answer.traceId && wording !== undefined && wording === answer.apiError?.message) return 'deepseek_error';
	// The key refused in other words ("API key not valid", "Incorrect API key", a gateway's
	// own 401): DeepSeek, or anything passing its answers on, would have said "Authentication
	// Fails". DeepSeek answers /user/balance also with nothing left (is_available: false), so
	// a 402 there is another service's gate too. A page is left out: a CDN or firewall page
	// may stand in front of DeepSeek.
	if ([400, 401, 402, 403].includes(answer.status) && answer.apiError && !isHtml(answer)) return 'refused_elsewhere';
	return undefined;
}

/** one-api/new-api's 404 for unknown relay paths: "Invalid URL (GET /v1/user/balance)". */
function isGatewayInvalidUrl(result: HttpResult | undefined): boolean {
	const answer = answerOf(result);
	return answer?.status === 404 && /^Invalid URL \(/i.test(answer.apiError?.message ?? '');
}

type Detection = {
	provider: ProviderInfo;
	/** true: calls reach the user's DeepSeek account; false: they go elsewhere. */
	reachesDeepSeek: boolean | 'unknown';
	/** Short safe sentences on how this was decided (for check details). */
	evidence: string[];
	/** Set when a one-api/new-api /api/status was read (units for balance.ts). */
	gateway?: GatewayStatus;
};

export function detectByFingerprint(facts: FingerprintFacts): Detection {
	const gateway = readGatewayStatus(facts.apiStatus);
	if (gateway) {
		return {
			provider: providerInfo(gateway.kind, 'fingerprint', gateway.topUpLink),
			reachesDeepSeek: false,
			evidence: gatewayEvidence(facts.apiStatus, gateway),
			gateway,
		};
	}
	const balance = userBalanceVerdict(facts.userBalance);
	const models = modelsVerdict(facts.models);
	if (balance === 'deepseek' || balance === 'deepseek_auth' || balance === 'deepseek_error') {
		const line = balance === 'deepseek' ? detectMessages.deepseekBalanceShape : balance === 'deepseek_auth' ? detectMessages.deepseekAuthShape : detectMessages.deepseekErrorShape;
		return {
			provider: providerInfo('deepseek', 'fingerprint'),
			reachesDeepSeek: true,
			evidence: [line, ...(models.ownedByDeepSeek ? [detectMessages.modelsOwnedByDeepSeek] : [])],
		};
	}
	const balanceLines =
		balance === 'not_found' ? [detectMessages.userBalanceNotFound]
		: balance === 'html' ? [detectMessages.userBalanceHtml]
		: balance === 'refused_elsewhere' ? [detectMessages.userBalanceRefusedElsewhere]
		: [];
	if (isGatewayInvalidUrl(facts.v1UserBalance)) {
		// /api/status was hidden or failed, yet the 404 wording is one-api's (new-api kept it).
		return {
			provider: providerInfo('one-api', 'fingerprint'),
			reachesDeepSeek: false,
			evidence: [detectMessages.gatewayInvalidUrl, ...balanceLines],
		};
	}
	if (models.id) {
		return {provider: providerInfo(models.id, 'fingerprint'), reachesDeepSeek: false, evidence: [...models.evidence, ...balanceLines]};
	}
	const evidence = [...models.evidence, ...balanceLines];
	return {
		provider: providerInfo('unknown', 'fingerprint'),
		reachesDeepSeek: balanceLines.length > 0 ? false : 'unknown',
		evidence: evidence.length > 0 ? evidence : [detectMessages.nothingKnown],
	};
}
