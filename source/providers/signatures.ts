// Errors that name their service: each provider's "out of credit" (and a few other) answers
// from RELAYS.md, recognised by status + type/code + message (Chinese ones included).
import {signatureMessages as m} from '../messages/providers.js';
import type {ApiErrorBody} from '../deepseek/types.js';
import {asObject, stringField} from './balance/fields.js';
import {providerInfo} from './detect.js';
import {providerRow} from './table.js';
import type {ProviderId, ProviderInfo} from './types.js';

export type SignatureKind =
	| 'balance_exhausted' // the account's money/credits are used up
	| 'token_exhausted' // this key/token's own limit is used up (the account may still have some)
	| 'user_quota' // a gateway user's quota (behind the token) is used up
	| 'account_overdue' // suspended / in arrears: pay an invoice or top up
	| 'invalid_key'
	| 'rate_limited'
	| 'model_needs_paid_balance'; // SiliconFlow Pro models: gift credit does not count

export type SignatureInput = {
	status: number;
	apiError?: ApiErrorBody | undefined;
	/** Raw body text (only matched against, never shown). */
	text?: string | undefined;
	/** The provider already detected by host or fingerprint, if any (settles one-api vs new-api). */
	provider?: ProviderId | undefined;
};

export type ErrorSignatureMatch = {
	/** Who wrote this error. */
	provider: ProviderId;
	kind: SignatureKind;
	/** One safe sentence: what it means and what to do. */
	message: string;
	/** The same answer also means something else (new-api's "无效的令牌" for used-up tokens too). */
	ambiguous?: boolean;
};

/** What a signature looks at, gathered once. */
type Seen = {
	status: number;
	type: string;
	code: string;
	/** The error message and the start of the raw body, one string to match against. */
	message: string;
	limitSource: string | undefined;
	hint: ProviderId | undefined;
};

type Signature = {
	statuses: readonly number[];
	matches(seen: Seen): boolean;
	provider(seen: Seen): ProviderId;
	kind(seen: Seen): SignatureKind;
	message(seen: Seen, provider: ProviderId): string;
	ambiguous?: true;
};

/** Matching looks only this far into a body (error bodies are short). */
const bodyPrefixLength = 4000;

/**
 * one-api or new-api? The detected provider settles it; then the error type
 * (`one_api_error` / `new_api_error`); then what the message is typical of.
 */
function gatewayFamily(seen: Seen, typical: 'one-api' | 'new-api'): ProviderId {
	if (seen.hint === 'one-api' || seen.hint === 'new-api') return seen.hint;
	if (seen.type === 'new_api_error') return 'new-api';
	if (seen.type === 'one_api_error') return 'one-api';
	return typical;
}

const gatewayName = (provider: ProviderId) => ({name: providerRow(provider).name});

/** Most specific first: the first match wins. */
const signatures: readonly Signature[] = [
	{
		// OpenRouter (docs/errors; messages S): {"error":{"code":402,"message":…,"metadata":{"limit_source":…}}}
		statuses: [402],
		matches: seen =>
			seen.limitSource !== undefined ||
			/Insufficient credits/i.test(seen.message) ||
			/requires more credits, or fewer max_tokens/i.test(seen.message),
		provider: () => 'openrouter',
		kind: seen => (seen.limitSource === 'openrouter_key_limit' ? 'token_exhausted' : 'balance_exhausted'),
		message: seen =>
			seen.limitSource === 'openrouter_key_limit'
				? m.openRouterKeyLimit
				: /fewer max_tokens/i.test(seen.message)
					? m.openRouterMaxTokens
					: m.openRouterCredits,
	},
	{
		// Together AI (S): 402 type credit_limit "Credit limit exceeded. Please navigate to …"
		statuses: [402],
		matches: seen => seen.type === 'credit_limit' || /Credit limit exceeded/i.test(seen.message),
		provider: () => 'together',
		kind: () => 'balance_exhausted',
		message: () => m.togetherCredit,
	},
	{
		// DeepSeek (DEEPSEEK.md): 402 "Insufficient Balance"
		statuses: [402],
		matches: seen => /\bInsufficient Balance\b/i.test(seen.message),
		provider: () => 'deepseek',
		kind: () => 'balance_exhausted',
		message: () => m.deepseekBalance,
	},
	{
		// SiliconFlow (S): 403 "The selected model requires paid balance. Your paid balance is insufficient. …"
		statuses: [403],
		matches: seen => /requires paid balance|paid balance is insufficient/i.test(seen.message),
		provider: () => 'siliconflow',
		kind: () => 'model_needs_paid_balance',
		message: () => m.siliconFlowPaid,
	},
	{
		// one-api model/token.go (V), older new-api builds: 401 "该令牌额度已用尽 …"
		statuses: [401],
		matches: seen => /该令牌额度已用尽/.test(seen.message),
		provider: seen => gatewayFamily(seen, /TokenStatusExhausted|UnlimitedQuota/.test(seen.message) ? 'new-api' : 'one-api'),
		kind: () => 'token_exhausted',
		message: (_seen, provider) => m.gatewayTokenExhausted(gatewayName(provider)),
	},
	{
		// one-api (V): 403 pre_consume_token_quota_failed "令牌额度不足" / "用户额度不足";
		// new-api forks (S): "token quota is not enough, token remain quota: …"
		statuses: [403],
		matches: seen => seen.code === 'pre_consume_token_quota_failed' || /token quota is not enough|令牌额度不足/i.test(seen.message),
		provider: seen => gatewayFamily(seen, /token quota is not enough/i.test(seen.message) ? 'new-api' : 'one-api'),
		kind: seen => (/用户额度不足/.test(seen.message) ? 'user_quota' : 'token_exhausted'),
		message: (seen, provider) =>
			/用户额度不足/.test(seen.message)
				? m.gatewayUserQuota(gatewayName(provider))
				: m.gatewayTokenExhausted(gatewayName(provider)),
	},
	{
		// one-api (V): 403 insufficient_user_quota "user quota is not enough";
		// new-api (V): "用户额度不足, 剩余额度: …" / "预扣费额度失败, 用户剩余额度: …"
		statuses: [403],
		matches: seen =>
			seen.code === 'insufficient_user_quota' || /用户额度不足|预扣费额度失败|user quota is not enough/i.test(seen.message),
		provider: seen => gatewayFamily(seen, /用户额度不足|预扣费额度失败/.test(seen.message) ? 'new-api' : 'one-api'),
		kind: () => 'user_quota',
		message: (_seen, provider) => m.gatewayUserQuota(gatewayName(provider)),
	},
	{
		// new-api model/token.go (V): current builds say "无效的令牌" for invalid AND used-up
		// tokens; one-api says it for invalid ones. Only /api/usage/token/ tells them apart.
		statuses: [401],
		matches: seen => /无效的令牌/.test(seen.message),
		provider: seen => gatewayFamily(seen, 'new-api'),
		kind: () => 'invalid_key',
		message: (_seen, provider) => m.gatewayInvalidToken(gatewayName(provider)),
		ambiguous: true,
	},
	{
		// Fireworks (S): 412 {"error":{"code":"PRECONDITION_FAILED","message":"Account X is suspended, …"}}
		statuses: [412],
		matches: seen => seen.code === 'PRECONDITION_FAILED' || /Account \S+ is suspended/i.test(seen.message),
		provider: () => 'fireworks',
		kind: () => 'account_overdue',
		message: () => m.fireworksSuspended,
	},
	{
		// Volcengine Ark (V): 403 type Forbidden, code AccountOverdueError
		statuses: [403],
		matches: seen => seen.code === 'AccountOverdueError',
		provider: () => 'volcengine-ark',
		kind: () => 'account_overdue',
		message: () => m.volcengineOverdue,
	},
	{
		// DashScope (S): 400 type/code Arrearage "Access denied, please make sure your account is in good standing…"
		statuses: [400],
		matches: seen => seen.code === 'Arrearage' || seen.type === 'Arrearage',
		provider: () => 'dashscope',
		kind: () => 'account_overdue',
		message: () => m.dashScopeArrearage,
	},
	{
		// OpenAI: 429 insufficient_quota "You exceeded your current quota, …"
		statuses: [429],
		matches: seen => seen.code === 'insufficient_quota' || seen.type === 'insufficient_quota',
		provider: () => 'openai',
		kind: () => 'balance_exhausted',
		message: () => m.openAiQuota,
	},
	{
		// GitHub Models (S): free tier is rate-limited, "Rate limit of 10 per 60s exceeded for
		// UserByModelByMinute…". DeepSeek's own 429 ("Rate Limit Reached") must not match.
		statuses: [429],
		matches: seen => seen.hint === 'github-models' || /Rate limit of \d+ per \d+s exceeded/i.test(seen.message),
		provider: () => 'github-models',
		kind: () => 'rate_limited',
		message: () => m.gitHubRateLimited,
	},
];

function codeText(code: ApiErrorBody['code']): string {
	return code === undefined ? '' : String(code);
}

function gather(input: SignatureInput): Seen {
	const apiError = input.apiError;
	// From the parsed body, or from the raw text when only that was passed in.
	const limitSource =
		stringField(asObject(apiError?.metadata)?.limit_source) ?? /"limit_source"\s*:\s*"([a-z_]+)"/.exec(input.text ?? '')?.[1];
	return {
		status: input.status,
		type: apiError?.type ?? '',
		code: codeText(apiError?.code),
		message: [apiError?.message ?? '', (input.text ?? '').slice(0, bodyPrefixLength)].join('\n'),
		limitSource,
		hint: input.provider,
	};
}

/** The provider signature an error answer matches, if any. */
export function matchErrorSignature(input: SignatureInput): ErrorSignatureMatch | undefined {
	const seen = gather(input);
	const signature = signatures.find(candidate => candidate.statuses.includes(seen.status) && candidate.matches(seen));
	if (!signature) return undefined;
	const provider = signature.provider(seen);
	const match: ErrorSignatureMatch = {provider, kind: signature.kind(seen), message: signature.message(seen, provider)};
	if (signature.ambiguous) match.ambiguous = true;
	return match;
}

/**
 * The provider a signature names, as `check --json` shows it (detectedBy 'error').
 * Host and fingerprint detection are stronger: use this when they left it 'unknown'.
 */
export function providerFromSignature(match: ErrorSignatureMatch): ProviderInfo {
	return providerInfo(match.provider, 'error');
}
