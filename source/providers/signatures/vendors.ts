// Vendors' own wordings: to say whose wording it is, and a more precise sentence. They never name the
// service that answered (the host or a fingerprint does that; a gateway may pass any vendor's words through).
import {signatureMessages} from '../../messages/providers.js';
import type {ProviderId} from '../types.js';
import {kindMessages, type SignatureKind} from './kinds.js';
import {nothingAffordable, tokenLimitWords} from './money-words.js';
import {isBareNotFoundPage, isEmptyNotFound} from './not-found.js';
import type {Seen} from './types.js';

type Signature = {
	statuses: readonly number[];
	matches(seen: Seen): boolean;
	provider(seen: Seen): ProviderId;
	kind(seen: Seen): SignatureKind;
	message?(seen: Seen): string;
	ambiguous?: true;
	inFlightBudget?: true;
};

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

/**
 * Cloudflare's AI Gateway answering in its own name (docs/relays.md): its error list
 * (`"success":false … "error":[{"code":…}]`) with its own code for each status: 2009 its
 * Authenticated Gateway token missing or refused, 2003 its rate limit, 2045 a spend limit set
 * on it, 2021 its Unified Billing credits used up.
 */
const aiGatewayCodes: ReadonlyMap<number, readonly string[]> = new Map([
	[401, ['2009']],
	[429, ['2003', '2045']],
	[402, ['2021']],
]);
const aiGatewayBody = /"success"\s*:\s*false\s*,[\s\S]*"error"\s*:\s*\[\s*\{\s*"code"\s*:\s*20\d\d\b/;

/** Most specific first: the first match wins. */
export const vendorSignatures: readonly Signature[] = [
	{
		// NVIDIA's API catalog answers a chat call for a model id it does not serve (retired, or never
		// there) with Go's bare "404 page not found", as for a path it lacks, while GET /v1/models at
		// the same base answers (nestcn/docs.nestjs.cn#564: deepseek-ai/deepseek-v3_1 after it was
		// retired, which had read as a wrong address; continuedev/continue#10303 says the same of an id
		// it does not have). Only at its host, and only the whole body: a wrong path there gets the same
		// page for the model list too, which the diagnosis then reads as the path (relay in diagnose/relay.ts).
		statuses: [404],
		matches: seen => seen.hint === 'nvidia' && isBareNotFoundPage(seen.status, [...new Set(seen.words.split('\n').map(line => line.trim()).filter(Boolean))].join('\n')),
		provider: () => 'nvidia',
		kind: () => 'model_not_found',
	},
	{
		// Hyperbolic answers a chat call for a model id it does not serve with an empty 404 (the OpenAI
		// SDK prints "404 status code (no body)"), while its model list answers: DeepSeek's own
		// deepseek-chat sent where its id is deepseek-ai/DeepSeek-V3 (cline/cline#1109, which had read as
		// a wrong address). Only at its host: elsewhere an empty 404 says nothing of what is missing.
		statuses: [404],
		matches: seen => seen.hint === 'hyperbolic' && isEmptyNotFound(seen.words),
		provider: () => 'hyperbolic',
		kind: () => 'model_not_found',
	},
	{
		statuses: [...aiGatewayCodes.keys()],
		matches: seen => (aiGatewayCodes.get(seen.status)?.includes(seen.code) ?? false) && aiGatewayBody.test(seen.words),
		provider: () => 'cloudflare-ai-gateway',
		kind: seen => (seen.status === 401 ? 'invalid_key' : seen.status === 402 ? 'balance_exhausted' : 'rate_limited'),
		message: seen => (seen.status === 401 ? signatureMessages.gatewayTokenRefused : kindMessages()[seen.status === 402 ? 'balance_exhausted' : 'rate_limited']),
	},
	{
		// Helicone's proxy refusing its own key (the one in Helicone-Auth): a 401 whose whole body
		// is text, "Invalid Helicone API key" (continuedev/continue#10196, on its OpenAI proxy host, as
		// Continue shows it; a 2025 version of its worker). Through its DeepSeek gateway the DeepSeek key was not checked.
		statuses: [401],
		matches: seen => /^(?:401\s+)?Invalid Helicone API key\b/i.test(seen.words.trim()),
		provider: () => 'helicone',
		kind: () => 'invalid_key',
		message: () => signatureMessages.gatewayTokenRefused,
	},
	{
		// OpenRouter's in-flight spending budget: a 402 with limit_source openrouter_in_flight_budget
		// (reason in_flight_budget_exhausted, "This request would exceed your available credits given
		// your current in-flight requests…") while the balance is positive: the estimated cost of the
		// paid calls running or just finished holds a share of the balance. It passes (Retry-After),
		// and more credit raises it (its limits page): too many at once for the balance, not an empty one.
		statuses: [402],
		matches: seen => seen.limitSource === 'openrouter_in_flight_budget',
		provider: () => 'openrouter',
		kind: () => 'rate_limited',
		message: () => signatureMessages.rateLimitedByBalance,
		inFlightBudget: true,
	},
	{
		// OpenRouter: {"error":{"code":402,"message":…,"metadata":{"limit_source":…}}}
		statuses: [402],
		matches: seen => seen.limitSource !== undefined || /Insufficient credits|requires more credits, or fewer max_tokens/i.test(seen.words),
		provider: () => 'openrouter',
		kind: seen =>
			seen.limitSource === 'openrouter_key_limit' || tokenLimitWords.test(seen.words) ? 'token_exhausted'
			: nothingAffordable.test(seen.words) ? 'balance_exhausted'
			: /fewer max_tokens|can only afford/i.test(seen.words) ? 'request_too_costly'
			: 'balance_exhausted',
	},
	{
		// Together AI: 402 type credit_limit "Credit limit exceeded. Please navigate to …"
		statuses: [402],
		matches: seen => seen.type === 'credit_limit' || /Credit limit exceeded/i.test(seen.words),
		provider: () => 'together',
		kind: () => 'balance_exhausted',
	},
	{
		// DeepSeek: 402 "Insufficient Balance"
		statuses: [402],
		matches: seen => /\bInsufficient Balance\b/i.test(seen.words),
		provider: () => 'deepseek',
		kind: () => 'balance_exhausted',
	},
	{
		// SiliconFlow: 403 "The selected model requires paid balance. Your paid balance is insufficient. …"
		statuses: [403],
		matches: seen => /requires paid balance|paid balance is insufficient/i.test(seen.words),
		provider: () => 'siliconflow',
		kind: () => 'model_needs_paid_balance',
	},
	{
		// one-api model/token.go, older new-api builds: 401 "该令牌额度已用尽 …"
		statuses: [401, 200],
		matches: seen => /该令牌额度已用尽/.test(seen.words),
		provider: seen => gatewayFamily(seen, /TokenStatusExhausted|UnlimitedQuota/.test(seen.words) ? 'new-api' : 'one-api'),
		kind: () => 'token_exhausted',
	},
	{
		// one-api: 403 pre_consume_token_quota_failed "令牌额度不足" / "用户额度不足";
		// new-api forks: "token quota is not enough, token remain quota: …"
		statuses: [403],
		matches: seen => seen.code === 'pre_consume_token_quota_failed' || /token quota is not enough|令牌额度不足/i.test(seen.words),
		provider: seen => gatewayFamily(seen, /token quota is not enough/i.test(seen.words) ? 'new-api' : 'one-api'),
		kind: seen => (/用户额度不足/.test(seen.words) ? 'user_quota' : 'token_exhausted'),
	},
	{
		// one-api: 403 insufficient_user_quota "user quota is not enough";
		// new-api: "用户额度不足, 剩余额度: …" / "预扣费额度失败, 用户剩余额度: …"
		statuses: [403],
		matches: seen => seen.code === 'insufficient_user_quota' || /用户额度不足|预扣费额度失败|user quota is not enough/i.test(seen.words),
		provider: seen => gatewayFamily(seen, /用户额度不足|预扣费额度失败/.test(seen.words) ? 'new-api' : 'one-api'),
		kind: () => 'user_quota',
	},
	{
		// new-api model/token.go: current builds say "无效的令牌" for invalid AND used-up tokens;
		// one-api says it for invalid ones. Only /api/usage/token/ tells them apart.
		statuses: [401],
		matches: seen => /无效的令牌/.test(seen.words),
		provider: seen => gatewayFamily(seen, 'new-api'),
		kind: () => 'invalid_key',
		message: () => signatureMessages.gatewayInvalidToken,
		ambiguous: true,
	},
	{
		// Fireworks: 412 {"error":{"code":"PRECONDITION_FAILED","message":"Account X is suspended, …"}}
		statuses: [412],
		matches: seen => seen.code === 'PRECONDITION_FAILED' || /Account \S+ is suspended/i.test(seen.words),
		provider: () => 'fireworks',
		kind: () => 'account_overdue',
	},
	{
		// Volcengine Ark: 403 type Forbidden, code AccountOverdueError
		statuses: [403],
		matches: seen => seen.code === 'AccountOverdueError',
		provider: () => 'volcengine-ark',
		kind: () => 'account_overdue',
	},
	{
		// DashScope: 400 type/code Arrearage "Access denied, please make sure your account is in good standing…"
		statuses: [400],
		matches: seen => seen.code === 'Arrearage' || seen.type === 'Arrearage',
		provider: () => 'dashscope',
		kind: () => 'account_overdue',
	},
	{
		// Model Studio (DashScope) words its own per-minute limits as quota: "Allocated quota exceeded" and
		// OpenAI's "You exceeded your current quota" for tokens per minute, "You exceeded your current
		// requests list" for requests, codes Throttling.* (its rate-limit page). At its host a 429 in those
		// words resets within a minute; an account in arrears is refused with 400 Arrearage instead.
		statuses: [429],
		matches: seen =>
			seen.hint === 'dashscope' && (/^Throttling\b/.test(seen.code) || /\ballocated quota exceeded\b|\bexceeded your current (?:quota|requests list)\b/i.test(seen.words)),
		provider: () => 'dashscope',
		kind: () => 'rate_limited',
	},
	{
		// one-api and new-api put their own words on every 429 they pass on, 当前分组上游负载已饱和，请稍后再试
		// (one-api's relay controller), and keep the upstream's type and code: an insufficient_quota
		// beside them is the label of the channel's account upstream, not the user's quota at the
		// gateway (refused at 403 in words of its own). The gateway's words decide.
		statuses: [429],
		matches: seen => /负载已饱和/.test(seen.words),
		provider: seen => gatewayFamily(seen, 'one-api'),
		kind: () => 'rate_limited',
	},
	{
		// OpenAI: 429 insufficient_quota "You exceeded your current quota, …" (gateways pass it on too).
		statuses: [429],
		matches: seen => seen.code === 'insufficient_quota' || seen.type === 'insufficient_quota',
		provider: () => 'openai',
		kind: () => 'balance_exhausted',
	},
	{
		// GitHub Models: free tier "Rate limit of 10 per 60s exceeded for UserByModelByMinute…".
		statuses: [429],
		matches: seen => seen.hint === 'github-models' || /Rate limit of \d+ per \d+s exceeded/i.test(seen.words),
		provider: () => 'github-models',
		kind: () => 'rate_limited',
	},
];
