// What error answers mean: each vendor's own wording (Chinese messages included), the
// generic words every service uses, the status alone, and answers that must not be taken
// for "out of credit".
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseErrorBody} from '../../source/deepseek/error-body.js';
import type {ApiErrorBody} from '../../source/deepseek/types.js';
import {isDeepSeekNotFound, lockEndsAt, matchErrorSignature, moneyKinds, promptCapTokens, type SignatureInput} from '../../source/providers/signatures/index.js';
import type {ProviderId} from '../../source/providers/types.js';
import {signatureMessages} from '../../source/messages/providers.js';

type Case = {
	name: string;
	input: SignatureInput;
	provider: ProviderId;
	kind: string;
	ambiguous?: boolean;
	/** The sentence, when it is not the kind's own (below). */
	message?: string;
};

/** What each kind of answer means, in the words the report uses after "<service>: ". */
const meaning: Record<string, string> = {
	balance_exhausted: 'the balance or credits that pay for these calls are used up: top up where you pay for them.',
	token_exhausted: 'this key or token has used up its own credit limit (the account behind it may still have some): raise its limit or top it up.',
	user_quota: 'the account behind this token has no quota left: top it up, or ask whoever runs the service.',
	account_overdue: 'the account is suspended or in arrears (an unpaid bill or a spending limit): settle it in the billing console.',
	model_needs_paid_balance: 'this model is paid from topped-up balance only, and that is used up (gift or bonus credit does not count): top up, or pick a model your credit covers.',
	request_too_costly: 'the credit left cannot pay for a request this large: lower max_tokens (or the prompt), or top up.',
	invalid_key: 'the key is not accepted.',
	model_not_found: 'the service has no model by the name the call sent (or not for this key): use a model name from its list.',
	request_refused: 'the request itself is refused (longer than the model takes, a max_tokens out of range, or content the service will not process): the key and the balance are fine; change what the app sends.',
	rate_limited: 'too many requests (a rate or concurrency limit, the service\'s own or one it passes on): send fewer at once and retry later.',
	server_error: 'the service is failing or overloaded on its side: retry later.',
};
const gatewayInvalidToken = 'the token is not accepted; New API gateways also say this for a token whose quota is used up.';

const error = (status: number, apiError: ApiErrorBody, provider?: ProviderId): SignatureInput => ({
	status,
	apiError,
	text: JSON.stringify({error: apiError}),
	provider,
});

const cases: Case[] = [
	{
		name: 'DeepSeek 402 Insufficient Balance',
		input: error(402, {message: 'Insufficient Balance', type: 'unknown_error', code: 'invalid_request_error'}),
		provider: 'deepseek',
		kind: 'balance_exhausted',
	},
	{
		name: 'OpenRouter 402 Insufficient credits (account)',
		input: error(402, {
			message: 'Insufficient credits. Add more using https://openrouter.ai/settings/credits',
			code: 402,
			metadata: {limit_source: 'openrouter_credits'},
		}),
		provider: 'openrouter',
		kind: 'balance_exhausted',
	},
	{
		name: 'OpenRouter 402 key limit (metadata.limit_source)',
		input: error(402, {message: 'Key limit exceeded', code: 402, metadata: {limit_source: 'openrouter_key_limit'}}),
		provider: 'openrouter',
		kind: 'token_exhausted',
	},
	{
		// Its limits page's body: the balance is positive, the paid calls in flight hold the budget.
		name: 'OpenRouter 402 in-flight spending budget (limit_source openrouter_in_flight_budget): too many at once, not an empty balance',
		input: error(402, {
			message: 'This request would exceed your available credits given your current in-flight requests. Retry after in-flight requests settle, or add credits.',
			code: 402,
			metadata: {reason: 'in_flight_budget_exhausted', limit_source: 'openrouter_in_flight_budget', remedy_hint: 'Retry after your in-flight requests settle (see the Retry-After header).'},
		}),
		provider: 'openrouter',
		kind: 'rate_limited',
		message: signatureMessages.rateLimitedByBalance,
	},
	{
		// The other in-flight case: one request costlier than the whole budget; retrying will not help, credit will.
		name: 'OpenRouter 402 weight_exceeds_budget (limit_source openrouter_credits): money',
		input: error(402, {message: 'Insufficient credits.', code: 402, metadata: {reason: 'weight_exceeds_budget', limit_source: 'openrouter_credits'}}),
		provider: 'openrouter',
		kind: 'balance_exhausted',
	},
	{
		name: 'OpenRouter 402 key limit, raw text only',
		input: {status: 402, text: '{"error":{"code":402,"message":"Nope","metadata":{"limit_source":"openrouter_key_limit"}}}'},
		provider: 'openrouter',
		kind: 'token_exhausted',
	},
	{
		name: 'OpenRouter 402 requires more credits, or fewer max_tokens',
		input: error(402, {
			message:
				'This request requires more credits, or fewer max_tokens. You requested up to 8192 tokens, but can only afford 1000. To increase, visit https://openrouter.ai/settings/credits',
			code: 402,
		}),
		provider: 'openrouter',
		kind: 'request_too_costly',
	},
	{
		name: 'SiliconFlow 403 requires paid balance',
		input: {
			status: 403,
			apiError: {
				message: 'The selected model requires paid balance. Your paid balance is insufficient. Please top up and try again.',
				code: 30011,
			},
			text: '{"code":30011,"message":"The selected model requires paid balance. Your paid balance is insufficient. Please top up and try again.","data":null}',
		},
		provider: 'siliconflow',
		kind: 'model_needs_paid_balance',
	},
	{
		name: 'one-api 401 该令牌额度已用尽',
		input: error(401, {message: '该令牌额度已用尽 (request id: 2024111512345678)', type: 'one_api_error'}),
		provider: 'one-api',
		kind: 'token_exhausted',
	},
	{
		name: 'one-api 403 insufficient_user_quota',
		input: error(403, {message: 'user quota is not enough', type: 'one_api_error', code: 'insufficient_user_quota'}),
		provider: 'one-api',
		kind: 'user_quota',
	},
	{
		name: 'one-api 403 pre_consume_token_quota_failed 令牌额度不足',
		input: error(403, {message: '令牌额度不足', type: 'one_api_error', code: 'pre_consume_token_quota_failed'}),
		provider: 'one-api',
		kind: 'token_exhausted',
	},
	{
		name: 'one-api 403 pre_consume_token_quota_failed 用户额度不足',
		input: error(403, {message: '用户额度不足', type: 'one_api_error', code: 'pre_consume_token_quota_failed'}),
		provider: 'one-api',
		kind: 'user_quota',
	},
	{
		name: 'new-api 403 insufficient_user_quota 用户额度不足',
		input: error(403, {message: '用户额度不足, 剩余额度: ＄0.000000', type: 'new_api_error', code: 'insufficient_user_quota'}),
		provider: 'new-api',
		kind: 'user_quota',
	},
	{
		name: 'new-api 403 预扣费额度失败 (no type: the message is typical of new-api)',
		input: error(403, {message: '预扣费额度失败, 用户剩余额度: ＄0.012000, 需要预扣费额度: ＄0.050000', code: 'insufficient_user_quota'}),
		provider: 'new-api',
		kind: 'user_quota',
	},
	{
		name: 'new-api forks 403 token quota is not enough',
		input: error(403, {
			message: 'token quota is not enough, token remain quota: ＄0.000000, need quota: ＄0.002000',
			code: 'pre_consume_token_quota_failed',
		}),
		provider: 'new-api',
		kind: 'token_exhausted',
	},
	{
		name: 'older new-api 401 该令牌额度已用尽 with the token status',
		input: error(401, {
			message: '[sk-abc***xyz] 该令牌额度已用尽 !token.UnlimitedQuota && token.RemainQuota = 0',
			type: 'new_api_error',
		}),
		provider: 'new-api',
		kind: 'token_exhausted',
	},
	{
		name: 'older new-api 401 TokenStatusExhausted, no type',
		input: error(401, {message: '该令牌额度已用尽 TokenStatusExhausted[sk-abc***xyz]'}),
		provider: 'new-api',
		kind: 'token_exhausted',
	},
	{
		name: 'new-api generic 401 无效的令牌 (ambiguous)',
		input: error(401, {message: '无效的令牌 (request id: 20250101)', type: 'new_api_error'}),
		provider: 'new-api',
		kind: 'invalid_key',
		ambiguous: true,
		message: gatewayInvalidToken,
	},
	{
		name: 'generic 401 无效的令牌 on a gateway detected as one-api',
		input: error(401, {message: '无效的令牌'}, 'one-api'),
		provider: 'one-api',
		kind: 'invalid_key',
		ambiguous: true,
		message: gatewayInvalidToken,
	},
	{
		name: 'Together 402 credit_limit',
		input: error(402, {
			message: 'Credit limit exceeded. Please navigate to https://api.together.xyz/settings/billing to add credits.',
			type: 'credit_limit',
		}),
		provider: 'together',
		kind: 'balance_exhausted',
	},
	{
		name: 'Fireworks 412 PRECONDITION_FAILED suspended',
		input: error(412, {
			code: 'PRECONDITION_FAILED',
			message:
				'Account acme is suspended, possibly due to reaching the monthly spending limit or failure to pay past invoices.',
		}),
		provider: 'fireworks',
		kind: 'account_overdue',
	},
	{
		name: 'Volcengine Ark 403 AccountOverdueError',
		input: error(403, {
			code: 'AccountOverdueError',
			type: 'Forbidden',
			message: 'The request failed because your account has an overdue balance. Request ID: 0217',
		}),
		provider: 'volcengine-ark',
		kind: 'account_overdue',
	},
	{
		name: 'DashScope 400 Arrearage',
		input: error(400, {
			message: 'Access denied, please make sure your account is in good standing. For details, see …#overdue-payment',
			type: 'Arrearage',
			code: 'Arrearage',
		}),
		provider: 'dashscope',
		kind: 'account_overdue',
	},
	{
		name: 'OpenAI 429 insufficient_quota',
		input: error(429, {
			message: 'You exceeded your current quota, please check your plan and billing details.',
			type: 'insufficient_quota',
			code: 'insufficient_quota',
		}),
		provider: 'openai',
		kind: 'balance_exhausted',
	},
	{
		name: 'NVIDIA NIM\'s bare "404 page not found" at its own host: a model id it does not serve',
		input: {status: 404, text: '404 page not found', apiError: {message: '404 page not found'}, hostProvider: 'nvidia'},
		provider: 'nvidia',
		kind: 'model_not_found',
	},
	{
		name: 'Hyperbolic\'s empty 404 at its own host: a model id it does not serve',
		input: {status: 404, text: '', hostProvider: 'hyperbolic'},
		provider: 'hyperbolic',
		kind: 'model_not_found',
	},
	{
		name: 'Hyperbolic\'s empty 404 as the OpenAI SDK prints it ("404 status code (no body)")',
		input: {status: 404, text: '404 status code (no body)', apiError: {message: '404 status code (no body)'}, hostProvider: 'hyperbolic'},
		provider: 'hyperbolic',
		kind: 'model_not_found',
	},
	{
		name: 'Model Studio (DashScope) 429 in OpenAI\'s quota words at its own host: its tokens-per-minute limit',
		input: {status: 429, text: 'You exceeded your current quota', hostProvider: 'dashscope'},
		provider: 'dashscope',
		kind: 'rate_limited',
	},
	{
		name: 'Model Studio 429 "Allocated quota exceeded" (code Throttling.AllocationQuota) at its host',
		input: {status: 429, apiError: {message: 'Allocated quota exceeded, please increase your quota limit.', code: 'Throttling.AllocationQuota'}, hostProvider: 'dashscope'},
		provider: 'dashscope',
		kind: 'rate_limited',
	},
	{
		name: 'Model Studio 429 "You exceeded your current requests list" at its host: its requests-per-minute limit',
		input: {status: 429, text: 'You exceeded your current requests list', hostProvider: 'dashscope'},
		provider: 'dashscope',
		kind: 'rate_limited',
	},
	{
		name: 'GitHub Models 429 free-tier rate limit',
		input: error(429, {
			code: 'RateLimitReached',
			message: 'Rate limit of 10 per 60s exceeded for UserByModelByMinute. Please wait 42 seconds before retrying.',
		}),
		provider: 'github-models',
		kind: 'rate_limited',
	},
	{
		name: 'any 429 when the host is GitHub Models',
		input: error(429, {message: 'Too many requests'}, 'github-models'),
		provider: 'github-models',
		kind: 'rate_limited',
	},
];

for (const example of cases) {
	test(`signature: ${example.name}`, () => {
		const match = matchErrorSignature(example.input);
		assert.ok(match, 'no signature matched');
		assert.equal(match.provider, example.provider);
		assert.equal(match.kind, example.kind);
		assert.equal(match.ambiguous, example.ambiguous);
		assert.equal(match.message, example.message ?? meaning[example.kind]);
	});
}

test('the detected provider settles one-api vs new-api', () => {
	const input = error(401, {message: '该令牌额度已用尽', type: 'one_api_error'}, 'new-api');
	assert.equal(matchErrorSignature(input)?.provider, 'new-api');
});

/** Words any service may use: matched whoever sent them (provider 'unknown'). */
// moderation: with request_refused, the service's content moderation (the flag), or not.
const generic: Array<{name: string; input: SignatureInput; kind: string; message?: string; moderation?: true}> = [
	{name: 'SiliconFlow 30001 at 402', input: {status: 402, apiError: {message: 'Sorry, your account balance is insufficient', code: 30001}}, kind: 'balance_exhausted'},
	{name: 'SiliconFlow 30001 at 403', input: {status: 403, apiError: {message: 'Sorry, your account balance is insufficient', code: 30001}}, kind: 'balance_exhausted'},
	{name: 'a string code INSUFFICIENT_BALANCE', input: {status: 403, apiError: {message: 'Insufficient account balance', code: 'INSUFFICIENT_BALANCE'}}, kind: 'balance_exhausted'},
	{name: '余额不足 at 400', input: {status: 400, apiError: {message: '账户余额不足，请充值'}}, kind: 'balance_exhausted'},
	{name: '额度已用尽 at 401', input: {status: 401, apiError: {message: '您的额度已用尽'}}, kind: 'balance_exhausted'},
	{name: '配额不足 at 429', input: {status: 429, apiError: {message: '配额不足'}}, kind: 'balance_exhausted'},
	{name: '令牌额度 (a token\'s quota)', input: {status: 403, apiError: {message: '令牌额度不足，剩余 0'}}, kind: 'token_exhausted'},
	{name: '预扣费 (pre-consume) failure', input: {status: 500, apiError: {message: '预扣费额度失败, 用户剩余额度: ¥0.23'}}, kind: 'user_quota'},
	{name: '"requires credits" at 400', input: {status: 400, apiError: {message: 'This model requires credits'}}, kind: 'balance_exhausted'},
	{name: 'OpenCode Zen\'s 401 CreditsError "No payment method" (a good key, nothing to pay with), as its JSON', input: {status: 401, text: '{"type":"error","error":{"type":"CreditsError","message":"No payment method. Add a payment method here: https://opencode.ai/workspace/wrk_ABC123/billing"}}'}, kind: 'balance_exhausted', message: 'no payment method is set up for the account there, so it refuses paid calls: add one in its billing.'},
	{name: 'and as OpenCode printed it, with the error\'s name before it', input: {status: 401, text: 'CreditsError: No payment method. Add a payment method here: https://opencode.ai/workspace/wrk_01M09JSHHVZTTV3MSFT46SH8P0/billing'}, kind: 'balance_exhausted', message: 'no payment method is set up for the account there, so it refuses paid calls: add one in its billing.'},
	{name: '"can only afford" at 402 on any host', input: {status: 402, apiError: {message: 'You requested up to 4096 tokens, but can only afford 12.'}}, kind: 'request_too_costly'},
	{name: '"can only afford 0": nothing left, whatever max_tokens says', input: {status: 402, apiError: {message: 'This request requires more credits, or fewer max_tokens. You requested up to 1 tokens, but can only afford 0. To increase, visit https://openrouter.ai/settings/credits'}}, kind: 'balance_exhausted'},
	{name: '"can only afford 0.5" is still a request too large', input: {status: 402, apiError: {message: 'You requested up to 100 tokens, but can only afford 0.5.'}}, kind: 'request_too_costly'},
	{name: 'a key with a higher monthly limit: the key\'s own limit', input: {status: 402, apiError: {message: 'This request requires more credits, or fewer max_tokens. You requested up to 32000 tokens, but can only afford 0. To increase, visit https://openrouter.ai/settings/keys and create a key with a higher monthly limit'}}, kind: 'token_exhausted'},
	{name: 'a relay\'s used-up token at 401 ("Token count has been exhausted token.RemainCount = 0") is the token\'s own limit, not a bad key', input: {status: 401, apiError: {message: '[sk-Nt7***Rs9] Token count has been exhausted token.RemainCount = 0 (request id: 2025122209)', type: 'rix_api_error'}}, kind: 'token_exhausted'},
	{name: 'a LiteLLM proxy\'s key budget at 400 ("Budget has been exceeded!", type budget_exceeded) is money set aside there', input: {status: 400, text: 'Provider error: API error 400: {"error":{"message":"Budget has been exceeded! Current cost: 52.93262626700003, Max budget: 50.0","type":"budget_exceeded","param":null,"code":"400"}}'}, kind: 'token_exhausted'},
	{name: 'the same at 429 is no rate limit: waiting does not bring a budget back', input: error(429, {message: 'Budget has been exceeded! Current cost: 0.0, Estimated request cost: 3.64, Max budget: 2.5', type: 'budget_exceeded', code: '429'}), kind: 'token_exhausted'},
	{name: 'the same with an older build\'s type auth_error is not a refused key', input: error(400, {message: 'Budget has been exceeded! Current cost: 0.0010747, Max budget: 0.0', type: 'auth_error', code: 400}), kind: 'token_exhausted'},
	{name: 'a user\'s budget per model at 429 ("exceeded budget for model=…")', input: error(429, {message: 'LiteLLM User: engineer-1, exceeded budget for model=claude-opus-4-8', type: 'budget_exceeded', code: '429'}), kind: 'token_exhausted'},
	{name: 'a token with some left ("RemainCount = 0.5") is not used up by that rule', input: {status: 401, apiError: {message: 'Invalid token, token.RemainCount = 0.5'}}, kind: 'invalid_key'},
	{name: 'a bare quota word at 403', input: {status: 403, apiError: {message: 'quota exceeded for this key'}}, kind: 'balance_exhausted'},
	{name: '"please top up" at 403', input: {status: 403, apiError: {message: 'Forbidden: please top up to continue'}}, kind: 'balance_exhausted'},
	{name: '请充值 at 402', input: {status: 402, apiError: {message: '请充值后使用'}}, kind: 'balance_exhausted'},
	{name: '"credits exhausted" without a verb, at 400', input: {status: 400, apiError: {message: 'credits exhausted'}}, kind: 'balance_exhausted'},
	{name: '"quota has been exhausted" at 500', input: {status: 500, apiError: {message: 'upstream error: your quota has been exhausted'}}, kind: 'balance_exhausted'},
	{name: '余额为0', input: {status: 400, apiError: {message: '账户余额为0，无法调用'}}, kind: 'balance_exhausted'},
	{name: '额度已用完', input: {status: 429, apiError: {message: '今日额度已用完'}}, kind: 'balance_exhausted'},
	{name: 'DashScope\'s arrears sentence without its code', input: {status: 400, apiError: {message: 'SUM: **ERROR**: Access denied, please make sure your account is in good standing.'}}, kind: 'account_overdue'},
	{name: 'balance is negative', input: {status: 400, apiError: {message: 'Your balance is negative'}}, kind: 'balance_exhausted'},
	{name: 'Model Studio\'s free tier used up with "use free tier only" on, at 400 (as a gateway printed it)', input: {status: 400, text: '400 The free tier of the model has been exhausted. If you wish to continue access the model on a paid basis, please disable the "use free tier only" mode in the management console.\nRequest ID: 4d8a20d5-ada7-4a7e-919d-b83f782c33cc'}, kind: 'balance_exhausted', message: 'the free quota for this model is used up, and the account is set to use the free quota only: switch that setting off in the service\'s console to go on at the paid rate (the account needs balance for that).'},
	{name: 'Volcengine Ark\'s 429 SetLimitExceeded ("Safe Experience Mode" paused the model) is its free quota used up, not a rate', input: {status: 429, text: 'VLM validation failed: Your account ［2100334555］ has reached the set inference limit for the ［doubao-seed-1-6-flashl model, and the model service has been paused. To continue\nusing this model, please visit the Model Activation page to adjust or close the "Safe Experience Mode"'}, kind: 'balance_exhausted', message: 'the free quota for this model is used up, and the account is set to use the free quota only: switch that setting off in the service\'s console to go on at the paid rate (the account needs balance for that).'},
	{name: 'and by its code alone, in Ark\'s own JSON', input: {status: 429, apiError: {code: 'SetLimitExceeded', message: 'Request id: 0217'}}, kind: 'balance_exhausted', message: 'the free quota for this model is used up, and the account is set to use the free quota only: switch that setting off in the service\'s console to go on at the paid rate (the account needs balance for that).'},
	{name: 'an inference limit in other words is still a rate at 429', input: {status: 429, apiError: {message: 'The inference limit of the endpoint is exceeded. Please retry later.'}}, kind: 'rate_limited'},
	{name: 'OpenCode Go\'s weekly usage limit at 429 is the plan\'s allowance used up, not a rate', input: {status: 429, text: 'weekly usage limit reached. It will reset in 5 days 10 hours. To continue using this model now, enable usage from your available balance - '}, kind: 'balance_exhausted', message: 'the plan\'s usage allowance for this week or month is used up (a limit of the plan, not a rate): it comes back when the period resets; to go on before then, pay for usage beyond the plan there.'},
	{name: 'Cloudflare Workers AI\'s 400 "No such model … or task" (5007) is the model', input: {status: 400, text: 'No such model @cf/deepseek-ai/deepseek-r1 or task'}, kind: 'model_not_found'},
	{name: 'and its 404 "The model name is invalid" (3042)', input: {status: 404, text: 'The model name is invalid'}, kind: 'model_not_found'},
	{name: 'Huawei Cloud MaaS\'s 400 ModelArts.81001 "Invalid request body." is the request refused, not another API', input: {status: 400, text: '{"error_code":"ModelArts.81001","error_msg":"Invalid request body."}'}, kind: 'request_refused'},
	{name: 'but the same words at 401 say nothing of the request', input: {status: 401, apiError: {message: 'Invalid request body.'}}, kind: 'invalid_key'},
	{name: 'Anthropic\'s 429 rate_limit_error "Extra usage is required for long context requests." is the plan\'s long context, not a rate', input: {status: 429, apiError: {type: 'rate_limit_error', message: 'Extra usage is required for long context requests.'}}, kind: 'balance_exhausted', message: 'the subscription takes long-context requests (a model\'s 1M context) only with paid extra usage turned on: turn it on there, or use the model\'s standard context; waiting does not help.'},
	{name: 'and as a plugin words it, singular and without its type', input: {status: 429, text: 'opencode-claude-auth: API 429 for claude-sonnet-4-6: Extra usage is required for long context request'}, kind: 'balance_exhausted', message: 'the subscription takes long-context requests (a model\'s 1M context) only with paid extra usage turned on: turn it on there, or use the model\'s standard context; waiting does not help.'},
	{name: 'Anthropic\'s 400 "You\'re out of extra usage" is money used up (the pay-as-you-go pool beyond the plan), not a request refused', input: {status: 400, apiError: {type: 'invalid_request_error', message: "You're out of extra usage. Add more at claude.ai/settings/usage and keep going."}}, kind: 'balance_exhausted'},
	{name: 'and "Third-party apps now draw from your extra usage": such calls billed to that pool, none claimed yet', input: {status: 400, apiError: {type: 'invalid_request_error', message: "Third-party apps now draw from your extra usage, not your plan limits. We've added a $200 credit to get you started. Claim it at claude.ai/settings/usage and keep going."}}, kind: 'balance_exhausted'},
	{name: 'and on a Team plan, for its workspace admin', input: {status: 400, text: 'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"You\'re out of extra usage. \n    Ask your workspace admin to add more so you can keep going."}}'}, kind: 'balance_exhausted'},
	{name: 'but extra usage named as a limit reached, without "is required", is no such rule\'s', input: {status: 429, apiError: {type: 'rate_limit_error', message: 'Rate limit reached for extra usage requests.'}}, kind: 'rate_limited'},
	{name: 'a monthly limit hit, in the words of a subscription', input: {status: 429, apiError: {message: "You've hit your monthly limit · resets Oct 1"}}, kind: 'balance_exhausted', message: 'the plan\'s usage allowance for this week or month is used up (a limit of the plan, not a rate): it comes back when the period resets; to go on before then, pay for usage beyond the plan there.'},
	{name: 'a charge still being reconciled at 402, with a top-up link beside it, is a short wait, not money (Flux Router\'s credit_unresolved, as Wayland printed it)', input: {status: 402, text: 'Provider error: API error 402: {"error":{"message":"{\'error\': \'credit_unresolved\', \'message\': \'A prior charge is still being reconciled. Please retry shortly.\', \'upgrade_url\': \'https://fluxrouter.ai/home/billing/topup\', \'model\': \'flux-auto\'}","type":"None","param":"None","code":"402"}}'}, kind: 'rate_limited', message: 'a charge the service made earlier is still being settled on its side: a short wait, not an empty balance; retry in a minute.'},
	{name: 'and in other words: a charge still being processed, at 429', input: {status: 429, apiError: {message: 'Your previous charge is still being processed, please retry in a moment.'}}, kind: 'rate_limited', message: 'a charge the service made earlier is still being settled on its side: a short wait, not an empty balance; retry in a minute.'},
	{name: 'and in Chinese: 扣费仍在结算中', input: {status: 402, apiError: {message: '上一笔扣费仍在结算中，请稍后重试'}}, kind: 'rate_limited', message: 'a charge the service made earlier is still being settled on its side: a short wait, not an empty balance; retry in a minute.'},
	{name: 'but a charge that failed is money, not a wait', input: {status: 402, apiError: {message: 'The charge to your card was declined. Please update your billing details.'}}, kind: 'balance_exhausted'},
	{name: 'and credit said to be used up still wins over a charge in progress', input: {status: 402, apiError: {message: 'Insufficient credits: a prior charge is still being processed.'}}, kind: 'balance_exhausted'},
	{name: 'Huawei Cloud MaaS\'s 401 ModelArts.81004 (a built-in model service not enabled for the account) is the account\'s setting, not the key', input: {status: 401, text: '{"error_code":"ModelArts.81004","error_msg":"Invalid request because you do not have access to it."}'}, kind: 'account_refused', message: 'the service is not enabled for this account or its organization (a setting of the account there, which its administrator changes): not the key, not the balance, not a rate limit.'},
	{name: 'a user whose role lacks the permission to use the service (Hatz\'s AI Gateway 403 "Your role does not include LLM Gateway access.", its errors page) is the role\'s permission there, not a wrong address', input: {status: 403, text: '{"error": {"type": "permission_error", "message": "Your role does not include LLM Gateway access."}}'}, kind: 'account_refused', message: 'your role there does not include access to the service (an administrator adds it): not the key, not the balance, not a rate limit.'},
	{name: 'W&B Inference\'s 403: the service not enabled for the account\'s organization is the account\'s setting, not the key', input: {status: 403, text: 'The inference gateway is not enabled for your organization'}, kind: 'account_refused', message: 'the service is not enabled for this account or its organization (a setting of the account there, which its administrator changes): not the key, not the balance, not a rate limit.'},
	{name: 'W&B Inference\'s 429 for a personal account is the kind of account, not a rate', input: {status: 429, text: 'W&B Inference isn\'t available for personal accounts. Please switch to a non-personal account to access W&B Inference.'}, kind: 'account_refused', message: 'the service does not take this kind of account (a personal one): a team or organization account there is taken; not the key, not the balance, not a rate limit.'},
	{name: 'and with the page\'s typographic apostrophe, in a JSON body', input: {status: 429, apiError: {message: 'W&B Inference isn’t available for personal accounts.'}}, kind: 'account_refused', message: 'the service does not take this kind of account (a personal one): a team or organization account there is taken; not the key, not the balance, not a rate limit.'},
	{name: 'and in other words: personal accounts are not supported, at 403', input: {status: 403, apiError: {message: 'Personal accounts are not supported. Use an organization account.'}}, kind: 'account_refused', message: 'the service does not take this kind of account (a personal one): a team or organization account there is taken; not the key, not the balance, not a rate limit.'},
	{name: 'and in Chinese: 个人账号不支持', input: {status: 403, apiError: {message: '个人账号不支持调用该服务，请切换到企业账号'}}, kind: 'account_refused', message: 'the service does not take this kind of account (a personal one): a team or organization account there is taken; not the key, not the balance, not a rate limit.'},
	{name: 'and an API not enabled for your account, at 400', input: {status: 400, apiError: {message: 'This API is not enabled for your account. Contact your administrator.'}}, kind: 'account_refused', message: 'the service is not enabled for this account or its organization (a setting of the account there, which its administrator changes): not the key, not the balance, not a rate limit.'},
	{name: 'and W&B Inference\'s concurrency 429 is still a rate', input: {status: 429, text: 'Concurrency limit reached for requests'}, kind: 'rate_limited'},
	{name: 'and a rate limit that names free accounts is still a rate', input: {status: 429, apiError: {message: 'Rate limit reached: 10 requests per minute, not available for free accounts beyond that'}}, kind: 'rate_limited'},
	{name: 'a per-minute limit is still a rate', input: {status: 429, apiError: {message: 'Rate limit reached: 60 requests per minute limit exceeded'}}, kind: 'rate_limited'},
	{name: 'and its first sentence alone is still money, with the general message', input: {status: 400, apiError: {message: 'The free tier of the model has been exhausted.'}}, kind: 'balance_exhausted', message: 'the balance or credits that pay for these calls are used up: top up where you pay for them.'},
	{name: 'one-api\'s "user [id] quota [n] preConsumedQuota [m] is not enough" is the user\'s quota', input: {status: 403, apiError: {message: 'user [3446] quota [-20847155]preConsumedQuota [743]is not enough(request id:2024092600274225879598085091467)'}}, kind: 'user_quota'},
	{name: 'insufficient_quota at 403 on a gateway', input: {status: 403, apiError: {message: 'user quota is not enough', code: 'insufficient_user_quota', type: 'v_api_error'}}, kind: 'user_quota'},
	{name: '"used all available credits" at 429 (money beats the status)', input: {status: 429, apiError: {message: 'Your team has either used all available credits or reached its monthly spending limit.'}}, kind: 'balance_exhausted'},
	{name: 'PAYMENT_REQUIRED code', input: {status: 402, apiError: {message: 'Insufficient balance. This request costs ~0.0028 pollen, but your available balance is 0.0000.', code: 'PAYMENT_REQUIRED'}}, kind: 'balance_exhausted'},
	{name: 'Anthropic-style "credit balance is too low" at 400', input: {status: 400, apiError: {message: 'Your credit balance is too low to access the API.', type: 'invalid_request_error'}}, kind: 'balance_exhausted'},
	{name: 'OpenAI\'s billing hard limit at 400', input: {status: 400, apiError: {message: 'Billing hard limit has been reached', type: 'invalid_request_error', code: 'billing_hard_limit_reached'}}, kind: 'balance_exhausted'},
	{name: 'a bare 402', input: {status: 402, apiError: {message: 'Payment Required'}}, kind: 'balance_exhausted'},
	{name: 'a 402 that only says Forbidden', input: {status: 402}, kind: 'balance_exhausted'},
	{name: 'a used-up daily free allocation at 429 is money, not a rate limit', input: {status: 429, apiError: {message: 'you have used up your daily free allocation of 10,000 neurons, please upgrade to Cloudflare\'s Workers Paid plan'}}, kind: 'balance_exhausted'},
	{name: 'an hourly usage limit at 429 ("please wait or upgrade") stays a rate limit', input: {status: 429, apiError: {message: 'you\'ve reached your hourly usage limit, please wait or upgrade to continue'}}, kind: 'rate_limited'},
	{name: 'a bare quota word at 429 is a rate limit', input: {status: 429, apiError: {message: 'Resource has been exhausted (e.g. check quota).', type: 'RESOURCE_EXHAUSTED', code: 429}}, kind: 'rate_limited'},
	{name: 'DeepSeek\'s own 429', input: {status: 429, apiError: {message: 'Rate Limit Reached', type: 'rate_limit_reached_error'}}, kind: 'rate_limited'},
	{name: 'a 429 offering credits for more requests is a rate limit', input: {status: 429, apiError: {message: 'Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day'}}, kind: 'rate_limited'},
	{name: 'Together\'s type credit_limit on a 429 rate limit', input: {status: 429, apiError: {message: 'You have been rate limited. Your rate limit is 60 queries per minute.', type: 'credit_limit'}}, kind: 'rate_limited'},
	{name: 'DeepSeek\'s concurrency-by-balance 429', input: {status: 429, apiError: {message: 'Your current concurrency is 40, which exceeds your concurrency limit of 39 based on your remaining balance. Please top up your balance to restore your concurrency.'}}, kind: 'rate_limited', message: 'too many requests at once for the balance left: the concurrency limit shrinks with the balance, so send fewer at once or top up.'},
	{name: '负载已饱和 at 429', input: {status: 429, apiError: {message: '当前分组上游负载已饱和，请稍后再试 (request id: 2025)', type: 'new_api_error'}}, kind: 'rate_limited'},
	{name: '负载已饱和 at 429 with the upstream\'s type and code insufficient_quota kept beside it (666ghj/BettaFish#579)', input: {status: 429, apiError: {message: '当前分组上游负载已饱和，请稍后再试', type: 'insufficient_quota', code: 'insufficient_quota'}}, kind: 'rate_limited'},
	{name: 'the same as FastGPT prints it, the code before the words (labring/FastGPT#3856)', input: {status: 429, text: 'insufficient_quota 当前分组上游负载已饱和，请稍后再试 (request id: 2025022112482585670542332302066)'}, kind: 'rate_limited'},
	{name: 'DeepSeek 500 Server Error', input: {status: 500, apiError: {message: 'Server Error'}}, kind: 'server_error'},
	{name: 'DeepSeek 503 Server Overloaded', input: {status: 503, apiError: {message: 'Server Overloaded'}}, kind: 'server_error'},
	// ---- no such model (for this key): the model name is wrong for this service ----
	{name: 'DeepSeek\'s "Model Not Exist" at 400', input: error(400, {message: 'Model Not Exist', type: 'invalid_request_error', code: 'invalid_request_error'}), kind: 'model_not_found'},
	{name: 'the same in Python\'s repr, as plain text', input: {status: 400, text: "Error code: 400 - {'error': {'message': 'Model Not Exist', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_request_error'}}"}, kind: 'model_not_found'},
	{name: 'SiliconFlow\'s code 20012 at 400', input: {status: 400, apiError: {message: 'Model does not exist. Please check it carefully.', code: 20012}}, kind: 'model_not_found'},
	{name: 'OpenAI\'s model_not_found at 404 (a name with dots in it)', input: error(404, {message: 'The model `deepseek-v3.1` does not exist or you do not have access to it.', type: 'invalid_request_error', code: 'model_not_found'}), kind: 'model_not_found'},
	{name: 'the code model_not_found alone', input: error(404, {message: 'Not Found', code: 'model_not_found'}), kind: 'model_not_found'},
	{name: 'OpenRouter\'s "is not a valid model ID" at 400', input: error(400, {message: 'deepseek-chat is not a valid model ID', code: 400}), kind: 'model_not_found'},
	{name: 'OpenRouter\'s "No endpoints found for" at 404', input: {status: 404, text: '404 No endpoints found for deepseek/deepseek-r1-0528:free.'}, kind: 'model_not_found'},
	{name: 'OpenRouter\'s "No endpoints found matching your data policy" at 404: the privacy settings leave no provider for the model', input: {status: 404, text: 'API Error: 404 No endpoints found matching your data policy. Check your settings: https://openrouter.ai/settings/privacy'}, kind: 'model_not_found'},
	{name: 'OpenRouter\'s "No endpoints found that support tool use" at 404: no provider of the model takes the call\'s tools (dnakov/anon-kode#2)', input: {status: 404, text: 'API Error: 404 No endpoints found that support tool use. To learn more about provider routing, visit: https://openrouter.ai/docs/provider-routing'}, kind: 'model_not_found'},
	{name: 'and "No endpoints available matching your guardrail restrictions and data policy", passed on by a gateway', input: {status: 404, text: "Error code: 404 - {'status': 'failure', 'message': 'openrouter error: No endpoints available matching your guardrail restrictions and data policy. Configure: https://openrouter.ai/settings/privacy'}"}, kind: 'model_not_found'},
	{name: 'LiteLLM\'s "Invalid model name" at 400', input: {status: 400, apiError: {message: '/chat/completions: Invalid model name passed in model=ollama/deepseek-r1:latest. Call `/v1/models` to view available models for your key.'}}, kind: 'model_not_found'},
	{name: 'a model denied to this key at 403 is not a refused key', input: {status: 403, apiError: {message: 'Access to model denied. Please make sure you are eligible for using the model.', type: 'AccessDenied.Unpurchased', code: 'AccessDenied.Unpurchased'}}, kind: 'model_not_found'},
	{name: 'a key not authorized for the requested model at 403', input: {status: 403, apiError: {message: 'Forbidden – key not authorized to access the requested model.'}}, kind: 'model_not_found'},
	{name: 'AWS Bedrock\'s 403 AccessDeniedException for a model not enabled is not a refused key', input: {status: 403, apiError: {message: "You don't have access to the model with the specified model ID.", type: 'AccessDeniedException:http://internal.amazon.com/coral/com.amazon.bedrock/', code: '403'}}, kind: 'model_not_found'},
	{name: 'Bedrock\'s ValidationException "The provided model identifier is invalid" is a model it does not have, not only a refused request', input: {status: 400, text: 'An error occurred (ValidationException) when calling the Converse operation: The provided model identifier is invalid.'}, kind: 'model_not_found'},
	{name: 'Bedrock\'s "Model access is denied" passed on by LiteLLM at 500 is not a failure to retry', input: {status: 500, text: '{"error":{"message":"litellm.APIConnectionError: BedrockException - {\\"message\\":\\"Model access is denied due to IAM user or service role is not authorized to perform the required AWS Marketplace actions (aws-marketplace:ViewSubscriptions, aws-marketplace:Subscribe) to enable access to this model. If you recently fixed this issue, try again after 5 minutes.\\"}.'}, kind: 'model_not_found'},
	{name: 'Groq\'s 400 model_decommissioned (in Python\'s repr): a model retired there, not a wrong address', input: {status: 400, text: "Error code: 400 - {'error': {'message': 'The model `llama-3.1-70b-versatile` has been decommissioned and is no longer supported. Please refer to https://console.groq.com/docs/deprecations for a recommendation on which model to use instead.', 'type': 'invalid_request_error', 'code': 'model_decommissioned'}}"}, kind: 'model_not_found'},
	{name: 'and its code alone', input: error(400, {message: 'Bad Request', type: 'invalid_request_error', code: 'model_decommissioned'}), kind: 'model_not_found'},
	{name: 'OpenCode Zen\'s ModelError "Model x not supported", which it sends with 401: the model, not the key', input: {status: 401, text: '{"type":"error","error":{"type":"ModelError","message":"Model deepseep-v4-flash-free not supported"}}'}, kind: 'model_not_found'},
	{name: 'and as OpenCode printed it', input: {status: 401, text: 'Model deepseep-v4-flash-free not supported'}, kind: 'model_not_found'},
	{name: 'a router\'s provider filter that leaves the model no provider (Command Code\'s 400, CommandCodeAI/command-code#827)', input: {status: 400, text: '{"error":{"message":"No available providers match the \'only\' filter: deepseek. Available providers are: alibaba, azure, baseten, deepinfra, digitalocean, fireworks, gmicloud, novita, wafer","type":"invalid_request_error","param":{"modelId":"deepseek/deepseek-v4-flash"}}}'}, kind: 'model_not_found'},
	{name: 'and OpenRouter\'s "No allowed providers are available for the selected model", at 404', input: {status: 404, apiError: {message: 'No allowed providers are available for the selected model.'}}, kind: 'model_not_found'},
	{name: 'OpenCode Zen\'s 401 ModelError for a free model whose promotion ended, as 9router passed it on: the model, not the key', input: {status: 401, text: 'HTTP 401: [401]: {"type":"error","error":{"type":"ModelError","message":"Free promotion has ended for DeepSeek V4 Flash Free. You can continue using the model by subscribing to OpenCode Go - https://opencode.ai/go"}}'}, kind: 'model_not_found'},
	{name: 'a model no longer free, in other words, at 403', input: {status: 403, apiError: {message: 'The model deepseek-v4-flash is no longer available for free. Subscribe to keep using it.'}}, kind: 'model_not_found'},
	{name: 'but an account\'s free trial that ended is not a model (no "for x")', input: {status: 401, apiError: {message: 'Your free trial has ended.'}}, kind: 'invalid_key'},
	{name: '"Model x is not supported on the full model list", passed on by OpenCode\'s Console provider, at 400', input: {status: 400, text: 'Error from provider (Console): Model deepseek-v4-flash-free is not supported on the full model list. Use GET /inference/openai/v1/models to list available models.'}, kind: 'model_not_found'},
	{name: 'New API\'s model_price_error at 500 (its 2025 builds): a model its operator has not priced, not a failure to retry', input: error(500, {message: '模型 grok-2-1212 倍率或价格未配置，请设置或开始自用模式；Model grok-2-1212 ratio or price not set, please set or start self-use mode (request id: 20250408175742944465429Eo37aZWQ)', type: 'new_api_error', code: 'model_price_error'}), kind: 'model_not_found', message: 'the gateway has no price set for this model, so it refuses calls to it: whoever runs it must set one; until then, use a model it has priced.'},
	{name: 'and at 400 (its builds since), not a wrong address', input: error(400, {message: '模型 deepseek-v4-pro 倍率或价格未配置，请联系管理员设置或开始自用模式；Model deepseek-v4-pro ratio or price not set, please set or start self-use mode', type: 'new_api_error', code: 'model_price_error'}), kind: 'model_not_found', message: 'the gateway has no price set for this model, so it refuses calls to it: whoever runs it must set one; until then, use a model it has priced.'},
	{name: 'and "价格未配置" alone (a build that dropped the ratio)', input: error(400, {message: '模型 deepseek-v4-flash 价格未配置，请联系管理员设置'}), kind: 'model_not_found', message: 'the gateway has no price set for this model, so it refuses calls to it: whoever runs it must set one; until then, use a model it has priced.'},
	{name: 'SambaNova\'s 410 "The requested model (x) is not available on SambaNova Cloud": a model it retired', input: {status: 410, text: 'The requested model (DeepSeek-R1-Distill-Llama-70B) is not available on SambaNova Cloud. For more information, please visit https://docs.sambanova.ai/cloud/docs/resources/deprecations. For further inquiries, please contact our support team at help@sambanova.ai.'}, kind: 'model_not_found'},
	{name: 'NVIDIA\'s 410 "The model \'x\' has reached its end of life on … and is no longer available" (a name with dots), behind a client\'s words', input: {status: 410, text: "The request could not be processed. (410: Gone | The model 'meta/llama-3.1-405b-instruct' has reached its end of life on 2026-07-27T00:00:00Z and is no longer available. | type=about:blank)"}, kind: 'model_not_found'},
	{name: 'Bedrock\'s "with on-demand throughput isn’t supported" (curly apostrophe, no exception name): the model id must be an inference profile\'s', input: {status: 400, text: 'Invocation of model ID deepseek.r1-v1:0 with on-demand throughput isn’t supported. Retry your request with the ID or ARN of an inference profile that contains this model.'}, kind: 'model_not_found'},
	{name: 'and as botocore raises it, ValidationException and all: the model id, before the request reading', input: {status: 400, text: "botocore.errorfactory.ValidationException: An error occurred (ValidationException) when calling the Converse operation: Invocation of model ID anthropic.claude-3-5-sonnet-20240620-v1:0 with on-demand throughput isn't supported. Retry your request with the ID or ARN of an inference profile that contains this model."}, kind: 'model_not_found'},
	{name: 'SiliconFlow\'s 403 code 30003 "Model disabled." (in Python\'s repr): the model is switched off there, not the key refused', input: {status: 403, text: "Error code: 403 - {'code': 30003, 'message': 'Model disabled.', 'data': None}"}, kind: 'model_not_found'},
	{name: 'one-api\'s 403 for a token limited to other models ("该令牌无权使用模型：x") is no refused key', input: {status: 403, apiError: {message: '该令牌无权使用模型：qwen2', type: 'one_api_error'}}, kind: 'model_not_found'},
	{name: 'and new-api\'s ("该令牌无权访问模型 x", English "This token has no access to model x")', input: {status: 403, text: '{"error":{"message":"This token has no access to model deepseek-v4-pro (request id: 20260719)","type":"new_api_error"}}'}, kind: 'model_not_found'},
	{name: 'a 503 with no channel for the model (one-api): the model is not open to this key there', input: {status: 503, apiError: {message: '当前分组 default 下对于模型 x 无可用渠道', type: 'one_api_error'}}, kind: 'model_not_found'},
	{name: 'DeepSeek\'s 400 "The supported API model names are …, but you passed x" (passed on by new-api in Anthropic\'s shape): a model it does not serve', input: {status: 400, text: '{"error":{"type":"invalid_request_error","message":"The supported API model names are deepseek-v4-pro or deepseek-v4-flash, but you passed deepseek-v4-flash-none. (request id: 2026043002434817)"},"type":"error"}'}, kind: 'model_not_found'},
	{name: 'new-api\'s English 503 "No available channel for model x under group y (distributor)", behind a client\'s "server-side issue" words: the model, not a failure', input: {status: 503, text: 'API Error: 503 No available channel for model deepseek-v4-flash-none under group vip (distributor) (request id: 2026043002471752). This is a server-side issue, usually temporary — try again in a moment.'}, kind: 'model_not_found'},
	{name: 'a bare "no available channel" that names no model stays a failure', input: {status: 503, apiError: {message: 'no available channel, please try again later'}}, kind: 'server_error'},
	{name: '模型不存在 at 400', input: {status: 400, apiError: {message: '模型不存在，请检查模型代码。', code: '1211'}}, kind: 'model_not_found'},
	{name: 'a 402 that also says the model is not found is money', input: {status: 402, apiError: {message: 'Payment required: the model deepseek-chat was not found in your free plan'}}, kind: 'balance_exhausted'},
	{name: 'money words at 403 win over model words', input: {status: 403, apiError: {message: 'Insufficient balance: the model deepseek-reasoner does not exist in your free tier'}}, kind: 'balance_exhausted'},
	{name: 'a rate limit that names the model stays a rate limit', input: {status: 429, apiError: {message: 'TPM (Tokens Per Minute) limit of the model deepseek-v4-1-flash is exceeded. Please try again later'}}, kind: 'rate_limited'},
	{name: 'an overloaded model stays a failure', input: {status: 503, apiError: {message: 'The model is overloaded. Please try again later.'}}, kind: 'server_error'},
	{name: 'a refused key at 401 that names a model stays a refused key', input: {status: 401, apiError: {message: 'Invalid API key for model deepseek-chat'}}, kind: 'invalid_key'},
	{name: 'an empty 200: accepted, then no answer', input: {status: 200, text: '\n\n: keep-alive\n\n', bodyProblem: 'empty'}, kind: 'server_error', message: 'the service accepted the call but sent no answer (only blank keep-alive lines, then it closed): it is overloaded; retry later.'},
	{name: 'a 200 with DeepSeek\'s 900-second timeout error', input: {status: 200, apiError: {message: 'We were unable to start processing your request within the 900-second timeout limit'}}, kind: 'server_error'},
	{name: 'a 200 with any other error instead of a completion', input: {status: 200, apiError: {message: 'something went wrong'}}, kind: 'server_error'},
	{name: 'a 200 gateway error that refuses the key', input: {status: 200, apiError: {message: 'Invalid token', type: 'one_api_error'}}, kind: 'invalid_key'},
	{name: 'Google\'s refused key at 400 (API_KEY_INVALID)', input: {status: 400, apiError: {message: 'API key not valid. Please pass a valid API key.', type: 'INVALID_ARGUMENT', code: 400}}, kind: 'invalid_key'},
	{name: 'xAI\'s refused key at 400', input: {status: 400, apiError: {message: 'Incorrect API key provided: na***ys. You can obtain an API key from https://console.x.ai.'}}, kind: 'invalid_key'},
	{name: 'Google\'s unknown key at 400', input: {status: 400, apiError: {message: 'API Key not found. Please pass a valid API key.', type: 'INVALID_ARGUMENT'}}, kind: 'invalid_key'},
	{name: 'Huawei Cloud ModelArts\'s 400 ModelArts.4905 "Failed to check the authorization request header." (error_code/error_msg shape): the key refused', input: {status: 400, text: '{"error_code":"ModelArts.4905","error_msg":"Failed to check the authorization request header. "}'}, kind: 'invalid_key'},
	{name: 'and its MaaS\'s 400 "Failed to get the authorization header." (ModelArts.81002)', input: {status: 400, apiError: {message: 'Failed to get the authorization header.', code: 'ModelArts.81002'}}, kind: 'invalid_key'},
	{name: 'DeepSeek 401', input: {status: 401, apiError: {message: 'Authentication Fails, Your api key: ****abcd is invalid', type: 'authentication_error'}}, kind: 'invalid_key'},
	{name: 'a bare 401', input: {status: 401}, kind: 'invalid_key'},
	{name: 'Insufficient Balance passed on with a 500 is money', input: {status: 500, apiError: {message: 'Insufficient Balance'}}, kind: 'balance_exhausted'},
	{name: 'a gateway 500 naming an upstream 402', input: {status: 500, apiError: {message: 'upstream answered: Error code: 402', status: 402}}, kind: 'balance_exhausted'},
	{name: 'a gateway 200 naming an upstream 429', input: {status: 200, apiError: {message: 'API Error: 429 busy', status: 429}}, kind: 'rate_limited'},
	{name: 'Baidu Qianfan\'s daily request limit, passed on at 200', input: {status: 200, text: 'relay error (channel id 2, user id: 1): Open api daily request limit reached'}, kind: 'rate_limited'},
	// ---- the request itself is refused: not the key, not the money ----
	{name: 'DeepSeek\'s "Content Exists Risk" at 400 (type invalid_request_error) is not a refused key', input: error(400, {message: 'Content Exists Risk', type: 'invalid_request_error', code: 'invalid_request_error'}), kind: 'request_refused', moderation: true, message: signatureMessages.requestModerated},
	{name: 'the same with FastAPI\'s detail shape, as plain text', input: {status: 400, text: "BadRequestError: Error code: 400 - {'detail': 'Content Exists Risk'}"}, kind: 'request_refused', moderation: true, message: signatureMessages.requestModerated},
	{name: 'a context longer than the model takes at 400', input: error(400, {message: 'This model\'s maximum context length is 65536 tokens. However, you requested 66343 tokens (62247 in the messages, 4096 in the completion).', type: 'invalid_request_error'}), kind: 'request_refused'},
	{name: 'a max_tokens out of range at 400', input: error(400, {message: 'Invalid max_tokens value, the valid range of max_tokens is [1, 8192]', type: 'invalid_request_error'}), kind: 'request_refused'},
	{name: 'a field the request\'s validation does not allow at 400 (pydantic\'s extra_forbidden "Extra inputs are not permitted", a tool\'s `strict`)', input: {status: 400, text: '{"object":"error","message":"[{\'type\': \'extra_forbidden\', \'loc\': (\'body\', \'tools\', 0, \'function\', \'strict\'), \'msg\': \'Extra inputs are not permitted\', \'input\': False}]","type":"BadRequestError","param":null,"code":400}'}, kind: 'request_refused'},
	{name: 'thinking mode without its reasoning sent back at 400', input: {status: 400, text: 'Provider error: [400] The `reasoning_content` in the thinking mode must be passed back to the API.'}, kind: 'request_refused'},
	{name: 'DeepSeek\'s 400 for tool_calls not followed by a tool answer for each call', input: error(400, {message: "An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. (insufficient tool messages following tool_calls message)", type: 'invalid_request_error', code: 'invalid_request_error'}), kind: 'request_refused'},
	{name: 'the same passed on by OpenRouter in metadata.raw, escaped, in a body cut short', input: {status: 400, text: "400 - {'error': {'message': 'Provider returned error', ...\n  'raw': '{\"error\":{\"message\":\"An assistant message with \\'tool_calls\\' must be followed by tool messages responding to each \\'tool_call_id\\'.\"}}'"}, kind: 'request_refused'},
	{name: 'a tool message with no tool_calls before it at 400 (also OpenAI\'s "preceeding")', input: {status: 400, text: "Error code: 400 - {'error': {'message': \"Messages with role 'tool' must be a response to a preceeding message with 'tool_calls'\", 'type': 'invalid_request_error'}}"}, kind: 'request_refused'},
	{name: 'deepseek-reasoner\'s 400 "does not support successive user or assistant messages" (through LiteLLM)', input: {status: 400, text: "litellm.BadRequestError: DeepseekException - Error code: 400 - {'error': {'message': 'deepseek-reasoner does not support successive user or assistant messages (messages[5] and messages[6] in your input). You should interleave the user/assistant messages in the message sequence.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_request_error'}}"}, kind: 'request_refused'},
	{name: 'a feature the model does not offer at 400 ("does not support Json Output", a parameter)', input: error(400, {message: 'deepseek-reasoner does not support Json Output.', type: 'invalid_request_error', code: 'invalid_request_error'}), kind: 'request_refused'},
	{name: 'the same for a parameter, inside a client\'s exception dump', input: {status: 400, text: 'OpenAIClientException({\n  "code": 400,\n  "message": "Unsuccessful response",\n  "body": {\n    "error": {\n      "message": "deepseek-reasoner does not support the parameter `presence_penalty`",\n      "type": "invalid_request_error"\n    }\n  }\n})'}, kind: 'request_refused'},
	{name: 'thinking mode: "Missing `reasoning_content` field" at 400', input: {status: 400, text: 'Missing `reasoning_content` field in the assistant message at message index 2. For more information, please refer to https://api-docs.deepseek.com/guides/thinking_mode#tool-calls'}, kind: 'request_refused'},
	{name: 'thinking mode in the other word order ("reasoning_content is missing", Moonshot\'s) at 400, through a relay', input: {status: 400, text: "Error code: 400 - {'error': {'type': '<nil>', 'message': 'thinking is enabled but reasoning_content is missing in assistant tool call message at index 13 (request id: 202604230913188261227178268d9d624DV4QBl)'}, 'type': 'error'}"}, kind: 'request_refused'},
	{name: 'Model Studio\'s content moderation at 400 (code data_inspection_failed, in Python\'s repr) is the request\'s content, not the key', input: {status: 400, text: "Error code: 400 - {'error': {'message': 'Input data may contain inappropriate content. For details, see: https://help.aliyun.com/zh/model-studio/error-code#inappropriate-content', 'type': 'data_inspection_failed', 'param': None, 'code': 'data_inspection_failed'}}"}, kind: 'request_refused', moderation: true, message: signatureMessages.requestModerated},
	{name: 'and its sentence alone (the input or the output), as an app printed it', input: {status: 400, apiError: {message: 'Input or output data may contain inappropriate content.'}}, kind: 'request_refused', moderation: true, message: signatureMessages.requestModerated},
	{name: 'Zhipu\'s 1210 "API 调用参数有误" at 400, passed on by ModelScope in Python\'s repr, is the request, not a wrong address', input: {status: 400, text: '{"detail":"Error code: 400 - {\'error\': {\'code\': \'1210\', \'message\': \'API 调用参数有误，请检查文档。\'}, \'request_id\': \'d9b5f723-cb2c-4307-b7b2-59ae78ec42c4\'}"}'}, kind: 'request_refused'},
	{name: 'and in Zhipu\'s own JSON', input: {status: 400, text: '{"error":{"code":"1210","message":"API 调用参数有误，请检查文档。"}}'}, kind: 'request_refused'},
	{name: 'a parameter named as required at 400 (Kindo\'s Messages API "max_tokens is required", its errors page) is the request, not a wrong address', input: {status: 400, text: '{ "type": "error", "error": { "type": "invalid_request_error", "message": "max_tokens is required" }}'}, kind: 'request_refused'},
	{name: 'and a model left out', input: {status: 400, apiError: {message: 'model is required'}}, kind: 'request_refused'},
	{name: 'a gateway\'s own "请求参数有误" likewise', input: {status: 400, apiError: {message: '请求参数有误'}}, kind: 'request_refused'},
	{name: 'but not at 401, where the key is what is refused', input: {status: 401, apiError: {message: 'API 调用参数有误，请检查文档。'}}, kind: 'invalid_key'},
	{name: 'Zhipu\'s content filter 1301 at 400 (its error-code page) is the request\'s content, in Chinese and in English', input: {status: 400, text: '{"error":{"code":"1301","message":"系统检测到输入或生成内容可能包含不安全或敏感内容，请您避免输入易产生敏感内容的提示语，感谢您的配合。"}}'}, kind: 'request_refused', moderation: true, message: signatureMessages.requestModerated},
	{name: 'and its English words', input: {status: 400, apiError: {code: '1301', message: 'The system has detected that the input or generated content may contain unsafe or sensitive content. Please avoid inputting prompts that are likely to produce sensitive content. Thank you for your cooperation.'}}, kind: 'request_refused', moderation: true, message: signatureMessages.requestModerated},
	{name: 'a guardrail on the key blocking the prompt at 403 (OpenRouter\'s "Request blocked: prompt injection patterns detected", its errors page) is the request\'s content, not a wrong address', input: {status: 403, text: '{"error":{"code":403,"message":"Request blocked: prompt injection patterns detected","metadata":{"patterns":["ignore all previous instructions"]}}}'}, kind: 'request_refused', moderation: true, message: signatureMessages.requestModerated},
	{name: 'and a block a guardrail is named for', input: {status: 403, apiError: {message: 'Request blocked by guardrail: pii_detection'}}, kind: 'request_refused', moderation: true, message: signatureMessages.requestModerated},
	{name: 'a gateway\'s own sensitive-word check, sent with its default 500 (new-api\'s "Sensitive words detected"), is the request\'s content, not a failure to retry', input: {status: 500, text: 'Sensitive words detected (request id: 2026091012)'}, kind: 'request_refused', moderation: true, message: signatureMessages.requestModerated},
	{name: 'Volcengine Ark\'s InputTextRiskDetection at 400 (sensitive content in the input, its content-security check): the request\'s content, not a wrong address', input: {status: 400, text: 'The request could not be processed because the input text includes sensitive content that violates ContentSecurityDetection.ARKRequest ID:{id};CSDRequestId:{RequestId};Label:{Label};SubLabel:{SubLable}'}, kind: 'request_refused', moderation: true, message: signatureMessages.requestModerated},
	{name: 'and by its code alone', input: {status: 400, apiError: {message: 'The request could not be processed.', code: 'InputTextRiskDetection'}}, kind: 'request_refused', moderation: true, message: signatureMessages.requestModerated},
	{name: 'Tencent Cloud TokenHub\'s 451 content_filter_error "content was filtered by safety policy": the request\'s content, not a wrong address', input: {status: 451, text: '{"error":{"type":"content_filter_error","code":"451001","message":"content was filtered by safety policy"}}'}, kind: 'request_refused', moderation: true, message: signatureMessages.requestModerated},
	{name: 'and its words alone at 400', input: {status: 400, apiError: {message: 'content was filtered by safety policy'}}, kind: 'request_refused', moderation: true, message: signatureMessages.requestModerated},
	{name: 'a parameter error named by its code at 400 (ModelScope\'s InvalidParameter, code invalid_parameter_error)', input: error(400, {message: '<400> InternalError.Algo.InvalidParameter: The tool call is not supported', type: 'invalid_request_error', code: 'invalid_parameter_error'}), kind: 'request_refused'},
	{name: 'the code alone names it too (invalid_parameter_error, with words the table does not know)', input: error(400, {message: 'The tool call is not supported', type: 'invalid_request_error', code: 'invalid_parameter_error'}), kind: 'request_refused'},
	{name: 'and Volcengine Ark\'s InvalidParameter code alone', input: {status: 400, text: '{"error":{"code":"InvalidParameter","message":"A parameter specified in the request is not valid","param":"tool_choice","type":"BadRequest"}}'}, kind: 'request_refused'},
	{name: 'Volcengine Ark\'s MissingParameter inside LobeChat\'s own JSON: a required parameter left out is the request', input: {status: 400, text: '{\n  "error": {\n    "code": "MissingParameter",\n    "type": "BadRequest",\n    "param": "",\n    "message": "The request failed because it is missing one or multiple required parameters. Request id: 021739761751835137d5adc566401e46d8d70b3bf14b27de1be87"\n  },\n  "endpoint": "https://ark.cn-beijing.volces.com/api/v3",\n  "provider": "volcengine"\n}'}, kind: 'request_refused'},
	{name: 'and Ark\'s sentence without the code, in Python\'s repr', input: {status: 400, text: "Error code: 400 - {'error': {'message': 'The request failed because it is missing one or multiple required parameters. Request id: 0217397836004832'}}"}, kind: 'request_refused'},
	{name: 'Model Studio\'s missing_required_parameter ("you must provide a messages parameter"): a body in another API\'s shape', input: error(400, {message: 'you must provide a messages parameter', type: 'invalid_request_error', code: 'missing_required_parameter', param: 'message'}), kind: 'request_refused'},
	{name: 'DeepSeek\'s 400 "This response_format type is unavailable now" (json_schema asked for) is the request, not an unexplained 400', input: error(400, {message: 'This response_format type is unavailable now', type: 'invalid_request_error', code: 'invalid_request_error'}), kind: 'request_refused'},
	{name: 'and the same words in a Go debugger\'s view of the client\'s error (fields one per line, no JSON)', input: {status: 400, text: 'Message =\n"This response_format type is unavailable now"\nType =\n"invalid_request_error"\nHTTPStatusCode =\n400'}, kind: 'request_refused'},
	{name: 'DeepSeek\'s Responses endpoint: a tool call whose output is not next to it ("No tool output found for tool call") is the request', input: error(400, {message: 'No tool output found for tool call call_00_ET_SpXxxavgyEWZu15ec5Tb1552', type: 'invalid_request_error', code: 'invalid_request_error'}), kind: 'request_refused'},
	{name: 'and the other way round ("No tool call found for tool output with call_id"), as a plugin printed it', input: {status: 400, text: 'Error: Provider API error (400): 400 No tool call found for tool output \nwith call_id read_note-2-1.'}, kind: 'request_refused'},
	{name: 'DeepSeek\'s 400 "Invalid assistant message: content or tool_calls must be set" (an empty assistant turn sent back)', input: {status: 400, text: 'Invalid assistant message: content or tool_calls must be set'}, kind: 'request_refused'},
	{name: 'DeepSeek\'s 400 for a beta feature on the ordinary base URL ("prefix is only available when using beta api"), through LiteLLM', input: {status: 400, text: "litellm.BadRequestError: DeepseekException - Error code: 400 - {'error': {'message': 'prefix is only available when using beta api (set base_url=\"https://api.deepseek.com/beta\")', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_request_error'}}"}, kind: 'request_refused'},
	{name: 'DeepSeek\'s 400 "The first message (except the system message) of deepseek-reasoner must be a user message" is the order of turns', input: {status: 400, text: 'Error: 400 The first message (except the system message) of deepseek-reasoner must be a user message, but an assistant message detected.'}, kind: 'request_refused'},
	{name: 'an empty turn in the Anthropic-style words ("all messages must have non-empty content") is the request, DeepSeek\'s and Anthropic\'s', input: {status: 400, text: 'invalid_request_error: messages.1335: all messages must have non-empty content'}, kind: 'request_refused'},
	{name: 'and Anthropic\'s JSON cut short after those words', input: {status: 400, text: '{"type":"error","error":{"type":"invalid_request_error","message":"messages.1: all messages must have non-empty content except for the optional final assi'}, kind: 'request_refused'},
	{name: 'a tool call sent twice ("`tool_use` ids must be unique") is the request', input: error(400, {message: 'messages.135.content.3: `tool_use` ids must be unique', type: 'invalid_request_error', code: 'invalid_request_error'}), kind: 'request_refused'},
	{name: 'DeepSeek\'s 400 for JSON output asked by a prompt without the word ("Prompt must contain the word \'json\'")', input: {status: 400, text: "Prompt must contain the word 'json' in some form to use 'response_format' of type 'json_object'."}, kind: 'request_refused'},
	{name: 'a model "not found" at 400 stays a model, not a tool-call pairing', input: error(400, {message: 'Model Not Exist', type: 'invalid_request_error', code: 'invalid_request_error'}), kind: 'model_not_found'},
	{name: 'a model that "do not support" what the call sends, in a service\'s own grammar ("Model do not support image input. Request id: …"), is the request too', input: {status: 400, text: 'BadRequest: Model do not support image input. Request id: 021788884720158619b169e3834457b465f4a1674da52f83f48b1'}, kind: 'request_refused'},
	{name: 'a gateway\'s "invalid request, please check your request body" passing on its upstream\'s 400 (new-api\'s upstream_error shape)', input: {status: 400, text: '{"error":{"message":"invalid request, please check your request body (request id: 2025041714412132732132iMugRXVZ)","type":"upstream_error","param":"400","code":"bad_response_status_code"}}'}, kind: 'request_refused'},
	{name: 'Ark\'s InvalidParameter sentence without its code, as Cline shows it', input: {status: 400, text: '400 One or more parameters specified in the request are not valid. Request id: 021739780714794566420fa023107b565749f11e844d9db20e488'}, kind: 'request_refused'},
	{name: 'and for one named parameter ("The parameter `max_tokens` specified in the request are not valid")', input: {status: 400, apiError: {message: 'The parameter `max_tokens` specified in the request are not valid: integer above maximum value, expected a value <= 4096, but got 8192 instead.'}}, kind: 'request_refused'},
	{name: 'AWS\'s ValidationException at 400 (Amazon Bedrock refusing DeepSeek-R1\'s reasoning sent back, as botocore raises it)', input: {status: 400, text: 'botocore.errorfactory.ValidationException: An error occurred (ValidationException) when calling the Converse operation: User messages cannot contain reasoning content. Please remove the reasoning content and try again.'}, kind: 'request_refused'},
	{name: 'the type alone names it, with words the table does not know (the Swift SDK\'s dump of Bedrock\'s answer)', input: {status: 400, text: 'Error invoking the model: ValidationException(properties: AWSBedrockRuntime.ValidationException.Properties(message: Optional("Validation Error")), httpResponse: \nStatus Code: HTTP status code: 400'}, kind: 'request_refused'},
	{name: 'a 413 alone is the request\'s size (a front server\'s web page, read without its words)', input: {status: 413, text: '', bodyProblem: 'not_json'}, kind: 'request_refused'},
	{name: 'and in words the table does not know (a local proxy\'s body limit)', input: {status: 413, text: 'Failed to buffer the request body: length limit exceeded'}, kind: 'request_refused'},
	{name: 'Groq\'s 413 for one request over the tier\'s tokens per minute ("Request too large … on tokens per minute (TPM)", code rate_limit_exceeded): a rate limit, not the request\'s shape', input: {status: 413, text: '{"error":{"message":"Request too large for model `llama-3.3-70b-versatile` in organization `org_01j2g5d88hfvjrgw64hnapqk8y` service tier `on_demand` on tokens per minute (TPM): Limit 6000, Requested 10338, please reduce your message size and try again. Visit https://console.groq.com/docs/rate-limits for more information.","type":"tokens","code":"rate_limit_exceeded"}}'}, kind: 'rate_limited'},
	{name: 'GitHub Models\' 413 "Request body too large" for a free tier\'s size', input: {status: 413, text: '413 Request body too large for deepseek-r1 model. Max size: 4000 tokens.'}, kind: 'request_refused'},
	{name: 'NVIDIA\'s 404 "Function \'id\': Not found for account \'id\'": the model is not open to this account', input: {status: 404, apiError: {status: 404, message: "Function '23d4f03a-b8a6-4adb-a183-7daa083a09cc': Not found for account 'Ab1EzDFj7NoQ-ABzl5JqcPLREQPLS8B7Pez92BZeEWQ1'"}}, kind: 'model_not_found'},
	{name: 'OpenCode Go\'s 403 RegionError: the model is only served in China until the workspace opts in', input: {status: 403, text: '{"type":"error","error":{"type":"RegionError","message":"The latest version of this model is only available hosted in China and requires explicit opt in: https://opencode.ai/workspace/wrk_01KJHRCVJTA9W5D147MYK8K5JD/go"}}'}, kind: 'model_not_found'},
	{name: 'and a model "not available in your region", passed on by a gateway', input: {status: 403, text: 'Upstream request failed: [403] This model is not available in your region.'}, kind: 'model_not_found'},
	{name: 'OpenCode Go\'s 400 "Error from provider (Console Go): Upstream request failed" with nothing else: its own call upstream failed, not a wrong address', input: {status: 400, apiError: {message: 'Error from provider (Console Go): Upstream request failed', type: 'invalid_request_error', code: 'invalid_request_error'}}, kind: 'server_error', message: 'the service\'s own request to the provider behind it failed (an outage there, or a request that provider refuses): retry later; if only one app\'s calls fail (with tool calls, say), change what it sends.'},
	{name: 'and with the refusal it passes on, the refusal says more', input: {status: 400, text: 'Upstream request failed: The `reasoning_content` in the thinking mode must be passed back to the API.'}, kind: 'request_refused'},
	{name: 'and a max_tokens over the model\'s range it passes on ("max_tokens is too large: 384000. This model supports at most 131072 completion tokens")', input: {status: 400, text: '{"type":"invalid_request_error","message":"Error from provider (Console Go): Upstream request failed: [bad_request] bad request: max_tokens is too large: 384000. This model supports at most 131072 completion tokens."}'}, kind: 'request_refused'},
	{name: 'and content the model cannot take ("Model only supports text input; received unsupported content type \'image_url\'")', input: {status: 400, text: '{"param":null,"type":"invalid_request_error","message":"Error from provider (Console Go): Upstream request failed: [400] Model only supports text input; received unsupported content type \'image_url\'."}'}, kind: 'request_refused'},
	{name: 'a part of the request of the wrong type, in OpenAI\'s words ("Invalid type for \'tools.23\', expected an json object", a new-api gateway)', input: {status: 400, text: "API Error: 400 Invalid type for 'tools.23', expected an json object. (request id: 202606081013398276969278268d9d6O10eFcjc)"}, kind: 'request_refused'},
	{name: 'a gateway\'s 502 about a content type is no request word ("unsupported content type" is not one)', input: {status: 502, text: 'upstream returned an unsupported content type text/html'}, kind: 'server_error'},
	{name: 'SiliconFlow\'s 403 "RPM limit exceeded. Please complete identity verification to lift the restriction.": a rate limit its console lifts, not a refused key', input: {status: 403, text: 'Error code: 403 - RPM limit exceeded. Please complete identity verification to lift the restriction.'}, kind: 'rate_limited', message: 'the account\'s request rate is kept low until it completes identity verification (real-name verification) in the service\'s console: verify there to lift the limit.'},
	{name: 'a limit named by its unit ("TPM limit exceeded") at 403 is a rate limit', input: {status: 403, apiError: {message: 'TPM limit exceeded for this account'}}, kind: 'rate_limited', message: 'too many requests (a rate or concurrency limit, the service\'s own or one it passes on): send fewer at once and retry later.'},
	{name: 'NVIDIA\'s shorter "Function not found for account" too', input: {status: 404, text: '{"detail":"Function not found for account"}'}, kind: 'model_not_found'},
	{name: 'Volcengine Ark\'s 404 ModelNotOpen: the model is not activated for this account', input: {status: 404, text: "Error code: 404 - {'error': {'code': 'ModelNotOpen', 'message': 'Your account %!s(int64=2106993666) has not activated the model doubao-pro-32k-functioncall-241028. Please activate the model service in the Ark Console."}, kind: 'model_not_found', message: 'the model is not activated for this account: activate it in the service\'s console (its model activation page), then call it again.'},
	{name: 'AiHubMix\'s 503 "Incorrect model ID. …": no channel serves the model named', input: {status: 503, text: 'Incorrect model ID. Please request to view the model page or you do not have permission to use this model'}, kind: 'model_not_found'},
	{name: 'and its Chinese "模型名字错误…对于模型无使用权限"', input: {status: 503, text: '模型名字错误请求进入模型广场查看或当前分组下对于模型无使用权限'}, kind: 'model_not_found'},
	{name: 'but a model call that failed ("模型调用错误") at 503 is a failure, not the model\'s name', input: {status: 503, text: '模型调用错误，请稍后重试'}, kind: 'server_error'},
	{name: 'AiHubMix\'s 503 "该模型遇到官方限速": its provider\'s rate limit (限速)', input: {status: 503, text: '该模型遇到官方限速,联系客服增加并发或请稍后重试'}, kind: 'rate_limited'},
	{name: 'Volcengine Ark\'s 403 OperationDenied.ServiceNotOpen: the model service is not activated for this account', input: {status: 403, text: 'Operation is denied because the model service is unavailable, please go to the Volcano Ark console activation management page to activate the corresponding model service, or submit a work order to contact us.'}, kind: 'model_not_found', message: 'the model is not activated for this account: activate it in the service\'s console (its model activation page), then call it again.'},
	{name: 'Volcengine Ark\'s 404 ModelIDAccessDisabled: the call must name an inference endpoint id, not the model id', input: {status: 404, text: 'Accessing the model via Model ID is not allowed for your account. Please use a custom endpoint ID instead. Request id:'}, kind: 'model_not_found', message: 'this account may not call a model by its id: create an inference endpoint for it in the service\'s console and send the endpoint\'s id (ep-…) as the model.'},
	{name: 'Volcengine Ark\'s 404 for a model name that is no inference endpoint', input: {status: 404, apiError: {message: 'The request targeted an endpoint that does not exist or is invalid. Request id: 0217228244409384'}}, kind: 'model_not_found'},
	{name: 'Volcengine Ark\'s 400 ClosedEndpoint: the inference endpoint is closed (a model not activated)', input: {status: 400, text: 'InvalidEndpoint.ClosedEndpoint:The request targeted an endpoint that is currently closed or temporarily unavailable'}, kind: 'model_not_found'},
	{name: 'Ark\'s closed endpoint in its Chinese words', input: {status: 400, apiError: {message: '推理接入点处于已被关闭或暂时不可用，请稍后重试，或联系推理接入点管理员。'}}, kind: 'model_not_found'},
	{name: 'DeepSeek\'s 422 "Failed to deserialize the JSON body" (content as a list), wrapped across lines', input: {status: 422, text: '422 Failed to deserialize\n     the JSON body into the target type: messages[1]: invalid type: sequence, expected a string at line 17 column 3'}, kind: 'request_refused'},
	{name: 'a parameter that fails validation at 400 ("Invalid \'user_id\'")', input: {status: 400, text: "API Error: 400 Invalid 'user_id': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'."}, kind: 'request_refused'},
	{name: 'the Anthropic endpoint\'s "Missing thinking block" (its twin of the missing `reasoning_content`) at 400', input: {status: 400, text: '[DeepSeek-V3.2 (Thinking mode)] Anthropic API call failed: 400 {"error":{"message":"Missing thinking block in the assistant message at message index 11. For more information, please refer to https://api-docs.deepseek.com/guides/thinking_mode#tool-calls","type":"invalid_request_error","param":null,"code":"invalid_request_error"}}'}, kind: 'request_refused'},
	{name: 'the Anthropic endpoint\'s `content[].thinking` not passed back at 400', input: {status: 400, text: 'API Error: 400 {"error":{"message":"The `content[].thinking` in the thinking mode must be passed back to the API.","type":"invalid_request_error"}}'}, kind: 'request_refused'},
	{name: 'two parameters a gateway will not take together at 400 (OpenCode\'s "cannot specify both \'thinking\' and \'reasoning_effort\'")', input: {status: 400, text: "Error: 400 Error from provider: cannot specify both 'thinking' and 'reasoning_effort' when using any thinking mode."}, kind: 'request_refused'},
	{name: 'a tool declared with a schema the API does not take at 400 ("Invalid schema for function")', input: error(400, {message: "Invalid schema for function 'agent_manager': schema must be a JSON Schema of 'type: \"object\"', got 'type: null'.", type: 'invalid_request_error', code: 'invalid_request_error'}), kind: 'request_refused'},
	{name: 'a parameter the path does not take, named by its code at 400 (DeepSeek V4.1\'s unsupported_parameter for a top-level `thinking`)', input: {status: 400, text: 'HTTP 400: {"error":{"message":"\\"thinking\\" is not supported on /v1/chat/completions and was not applied. Use \\"reasoning_effort\\" to control thinking.","type":"invalid_request_error","param":"thinking","code":"unsupported_parameter"}}'}, kind: 'request_refused'},
	{name: 'the same in words, without the code ("Unsupported parameter: \'max_tokens\' …")', input: {status: 400, apiError: {message: "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead."}}, kind: 'request_refused'},
	{name: 'an input longer than the model\'s context at 400 (OpenCode Zen\'s "The input (N tokens) is longer than the model\'s context length")', input: {status: 400, text: 'Bad Request: {"detail":"Invalid request. Please check the parameters and try again. Details: The input (514881 tokens) is longer than the model\'s context length (262144 tokens)."}'}, kind: 'request_refused'},
	{name: 'and the same passed on by a gateway as its 500', input: {status: 500, apiError: {message: "The input (300000 tokens) is longer than the model's context length (262144 tokens)."}}, kind: 'request_refused'},
	{name: 'a request body that is no JSON at 400 ("Failed to parse the request body as JSON")', input: {status: 400, text: 'Custom Chat API error (400 Bad Request): Failed to parse the request body as JSON: messages[111].tool_calls[0].?: key must be a string at line 1 column 327463'}, kind: 'request_refused'},
	{name: 'a bridge that reports the upstream\'s refusal as its own 502 ("upstream stream error: …")', input: {status: 502, text: 'upstream stream error: The `content[].thinking` in the thinking mode must be passed back to the API.'}, kind: 'request_refused'},
	{name: 'a gateway\'s 500 that carries the upstream\'s context-length refusal', input: {status: 500, apiError: {message: "litellm.ContextWindowExceededError: This model's maximum context length is 131072 tokens. However, you requested 131329 tokens."}}, kind: 'request_refused'},
	{name: 'Azure\'s 400 content filter (code content_filter) is the prompt, not the key', input: error(400, {message: "The response was filtered due to the prompt triggering Microsoft's content management policy. Please modify your prompt and retry.", param: 'prompt', code: 'content_filter', status: 400}), kind: 'request_refused', moderation: true, message: signatureMessages.requestModerated},
	{name: 'the same known by its inner code alone, in a client\'s text', input: {status: 400, text: 'HTTP 400 Bad Request {"error":{"innererror":{"code":"ResponsibleAIPolicyViolation"}}}'}, kind: 'request_refused', moderation: true, message: signatureMessages.requestModerated},
	{name: 'a request that names no model at 400 (Azure\'s no_model_name)', input: {status: 400, text: '{"error":{"code":"no_model_name","message":"No model specified in request. Please provide a model name in the request body or as a x-ms-model-mesh-model-name header."}}'}, kind: 'request_refused'},
	{name: 'a prompt longer than the model takes at 400 (Baidu Qianfan\'s tokens_too_long "Prompt tokens too long")', input: {status: 400, apiError: {message: 'Prompt tokens too long', type: 'invalid_request_error', code: 'tokens_too_long'}}, kind: 'request_refused'},
	{name: 'a body that is not JSON at 400, by Baidu Qianfan\'s code malformed_json (its message, "Invalid Argument", names nothing)', input: {status: 400, text: '{"error":{"code":"malformed_json","message":"Invalid Argument","type":"invalid_request_error"},"id":"as-t2z8xi6mm8"}'}, kind: 'request_refused'},
	{name: 'a validator\'s name for the failure at 400 (AI/ML API\'s "Body validation error!" for parameters that do not fit the model\'s schema): the request, not a wrong address', input: {status: 400, text: '{"message": "Body validation error!", "path": "/v1/chat/completions", "statusCode": 400}'}, kind: 'request_refused'},
	{name: 'and its "Query validation error!"', input: {status: 400, apiError: {message: 'Query validation error!'}}, kind: 'request_refused'},
	{name: 'a field named invalid in a validator\'s words at 400 (SenseNova\'s "field Thinking.BudgetTokens invalid", as Claude Code shows it)', input: {status: 400, text: 'API Error: 400 field Thinking.BudgetTokens invalid, should be in (-∞, 1024]'}, kind: 'request_refused'},
	{name: 'a value out of a parameter\'s range at 400 (SambaNova\'s "Decimal above maximum value", code decimal_above_max_value): the request, not a wrong address', input: {status: 400, text: '{"error":{"message":"Decimal above maximum value. Expected a value between 0 and 1, but got 100 instead.","type":"invalid_request_error","param":"top_p","code":"decimal_above_max_value"},"request_id":"2a8b3c4d-1234-5678-abcd-ef0123456789"}'}, kind: 'request_refused'},
	{name: 'and its message alone, as a client shows it', input: {status: 400, apiError: {message: 'Decimal above maximum value. Expected a value between 0 and 1, but got 100 instead.'}}, kind: 'request_refused'},
	{name: 'no permission to use the model at 401 (Baidu Qianfan\'s invalid_model): the model, not the key', input: {status: 401, apiError: {message: 'No permission to use the model', type: 'invalid_request_error', code: 'invalid_model'}}, kind: 'model_not_found'},
	{name: 'and at 403, in the other words for it ("does not have permission to access this model")', input: {status: 403, text: 'The API key does not have permission to access this model.'}, kind: 'model_not_found'},
	{name: 'an account not allowed to access the model at 403 (Cloudflare Workers AI\'s 3041 and 5018, a private model): the model, not a wrong address', input: {status: 403, text: 'The account is not allowed to access this model'}, kind: 'model_not_found'},
	{name: 'and the same words at 401: the model, not the key', input: {status: 401, apiError: {message: 'The account is not allowed to access this model'}}, kind: 'model_not_found'},
	{name: 'a model no provider the account enabled serves, at 400 (Hugging Face\'s router, as the AI SDK shows it): the model, not a wrong address', input: {status: 400, text: "400 The requested model 'deepseek-ai/DeepSeek-V3-0324' is not supported by any provider you have enabled"}, kind: 'model_not_found'},
	{name: 'but no permission to access "this resource" at 401 names no model: the key', input: {status: 401, text: '{"error":{"code":"401","type":"access_denied","message":"You have no permission to access this resource"}}'}, kind: 'invalid_key'},
	{name: 'credentials named invalid at 403, as API gateways word it (Kong\'s key-auth "Your authentication credentials are invalid"): the gateway\'s key, not a wrong address', input: {status: 403, text: '{\n  "message": "Your authentication credentials are invalid"\n}'}, kind: 'invalid_key'},
	{name: 'and the other order (Erda\'s gateway: "Invalid authentication credentials")', input: {status: 403, apiError: {message: 'Invalid authentication credentials'}}, kind: 'invalid_key'},
	{name: 'a gateway\'s key check named as the refusal at 401 (Higress\'s key-auth "Request denied by Key Auth check. Invalid API key."): the gateway\'s key, not a wrong address', input: {status: 401, text: 'Request denied by Key Auth check. Invalid API key.'}, kind: 'invalid_key'},
	{name: 'Amazon Bedrock\'s 403 AccessDeniedException "Your account is not authorized to invoke this API operation." (access granted in another region) is the account\'s access there, not a wrong address', input: {status: 403, text: '{"message":"Your account is not authorized to invoke this API operation."}'}, kind: 'account_refused', message: 'the service is not enabled for this account or its organization (a setting of the account there, which its administrator changes): not the key, not the balance, not a rate limit.'},
	{name: 'Volcengine Ark\'s 403 AccessDenied "you do not have access to the requested resource" (an account\'s permission or allow list there) is the account\'s access, not a wrong address', input: {status: 403, text: 'The request failed because you do not have access to the requested resource. Request ID: {id}'}, kind: 'account_refused', message: 'the service is not enabled for this account or its organization (a setting of the account there, which its administrator changes): not the key, not the balance, not a rate limit.'},
	{name: 'but its 403 "Unauthorized consumer." (a consumer not allowed on the route): the key is known there, whoever runs the gateway allows it', input: {status: 403, text: 'Request denied by Key Auth check. Unauthorized consumer.'}, kind: 'account_refused', message: signatureMessages.consumerRefused},
	{name: 'AWS\'s ValidationException named as the error\'s type (Amazon Bedrock\'s x-amzn-errortype, its body the message alone): the request, not a wrong address', input: {status: 400, apiError: {message: 'User messages cannot contain reasoning content. Please remove the reasoning content and try again.', type: 'ValidationException'}, text: '{"message":"User messages cannot contain reasoning content. Please remove the reasoning content and try again."}'}, kind: 'request_refused'},
	{name: 'a free quota used up at 429 (Baidu AI Search\'s QUOTA_USER_DAILY_FREE, pay-as-you-go not enabled): money, not a wait', input: {status: 429, text: 'Daily free quota per user for AI Search exceeded'}, kind: 'balance_exhausted'},
	{name: 'token usage over the quota at 429 (Tencent CloudBase\'s EXCEED_TOKEN_QUOTA_LIMIT, the environment\'s tokens used up): money, not a wait', input: {status: 429, text: '{\n"code": "EXCEED_TOKEN_QUOTA_LIMIT",\n"message": "Token usage exceeded quota limit."\n}'}, kind: 'balance_exhausted'},
	{name: 'and its code alone', input: {status: 429, apiError: {message: 'quota', code: 'EXCEED_TOKEN_QUOTA_LIMIT'}}, kind: 'balance_exhausted'},
	{name: 'no valid subscription to the plan the calls need, or one expired, at 403 (Huawei Cloud MaaS\'s Token Plan ModelArts.81019): paying there, not a wrong address', input: {status: 403, text: '{"error_code":"ModelArts.81019","error_msg":"You have no valid token plan subscription, or subscription has expired."}'}, kind: 'balance_exhausted'},
	{name: 'and "no active subscription" in other words', input: {status: 403, apiError: {message: 'You have no active subscription for this service.'}}, kind: 'balance_exhausted'},
	{name: 'but usage over a per-minute quota stays a rate limit', input: {status: 429, text: 'Token usage exceeded quota limit per minute, rate limit reached'}, kind: 'rate_limited'},
	{name: 'but its daily request quota at 429 (QUOTA_USER_DAILY_REQUEST) stays a limit on calls', input: {status: 429, text: 'Daily request quota per user for AI Search exceeded'}, kind: 'rate_limited'},
	{name: 'a gateway\'s channel switched off at 403 (new-api\'s "This channel has been disabled", as Claude Code shows it): its side, not the key or a wrong address', input: {status: 403, text: 'API Error: 403 {"error":{"code":"","message":"This channel has been disabled (request id: 20260326101657164854729HFgXene0)","type":"new_api_error"}} · Please run /login'}, kind: 'server_error'},
	{name: 'messages in an order the model does not take at 400 (Baidu Qianfan, cut short)', input: {status: 400, text: "Error code: 400 - {'error': {'code': 'invalid_argument', 'message': 'the role of last message"}, kind: 'request_refused'},
	{name: 'a last message the model does not take at 400 (DeepSeek\'s "The last message of deepseek-reasoner must be a user message")', input: {status: 400, text: "openai.BadRequestError: Error code: 400 - {'error': {'message': 'The last message of deepseek-reasoner must be a user message, or an assistant message with prefix mode on (refer to https://api-docs.deepseek.com/guides/chat_prefix_completion).', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_request_error'}}"}, kind: 'request_refused'},
	{name: 'HTTP 408 alone is a timeout on that side (OpenRouter\'s "timeout", as JanitorAI\'s help centre quotes it)', input: {status: 408, text: '{"error":{"message":"timeout","code:408}} (unk}'}, kind: 'server_error'},
	{name: 'turns that do not alternate at 400 (Perplexity\'s "user and assistant roles should be alternating")', input: {status: 400, text: "Error code: 400 - {'error': {'message': 'After the (optional) system message(s), user and assistant roles should be alternating.', 'type': 'invalid_message', 'code': 400}}"}, kind: 'request_refused'},
	{name: 'the same in Chinese at 400 (Tencent Hunyuan\'s 角色需交替出现, code 1001)', input: error(400, {message: 'messages 中 user（tool） 和 assistant 角色需交替出现 (一问一答)，以 user 提问开始， user（tool）提问结束, tool 可以连续出现多次', type: 'invalid_request_error', code: '1001'}), kind: 'request_refused'},
	{name: 'the same in the words other services use ("Conversation roles must alternate", "need to appear alternately")', input: {status: 400, text: 'Conversation roles must alternate user/assistant/user/assistant/... User and assistant need to appear alternately in the message'}, kind: 'request_refused'},
	{name: 'but "does not support" at 502 is the server\'s own failure', input: {status: 502, text: 'upstream server does not support HTTP/2'}, kind: 'server_error'},
	{name: '"fewer max_tokens" at 402 stays the credit left', input: {status: 402, apiError: {message: 'This request requires more credits, or fewer max_tokens. You requested up to 16384 tokens, but can only afford 1335.'}}, kind: 'request_too_costly'},
];

test('OpenRouter\'s "Prompt tokens limit exceeded": the prompt alone is too costly, so its length is what to lower (not max_tokens)', () => {
	const prompt = matchErrorSignature({status: 402, text: '402 Prompt tokens limit exceeded: 23229 > 14796. To increase, visit https://openrouter.ai/settings/credits and upgrade to a paid account'});
	assert.deepEqual([prompt?.kind, prompt?.promptTooLong, prompt?.message], ['request_too_costly', true, 'the credit left cannot pay for a prompt this long: send a shorter conversation (a new chat, or a smaller context length), or top up.']);
	// max_tokens asking for more than the credit left is not the prompt's length.
	const output = matchErrorSignature({status: 402, apiError: {message: 'This request requires more credits, or fewer max_tokens. You requested up to 16384 tokens, but can only afford 1335.'}});
	assert.deepEqual([output?.kind, output?.promptTooLong], ['request_too_costly', undefined]);
	// The key's own monthly limit is what is left: still its limit, and still the prompt that is too long for it.
	const key = matchErrorSignature({status: 402, text: 'Prompt tokens limit exceeded: 230799 > 91442. To increase, visit https://openrouter.ai/settings/keys and\ncreate a key with a higher monthly limit'});
	assert.deepEqual([key?.kind, key?.promptTooLong], ['token_exhausted', true]);
});

test('a free key\'s cap on a prompt\'s tokens (ChatAnywhere\'s 403, in Chinese and in English): the prompt, whatever the credit, not its cost', () => {
	for (const text of [
		'403 免费API限制模型输入token小于4096，如有更多需求，请访问 https://api.chatanywhere.tech/#/shop 购买付费API。',
		'The number of prompt tokens for free accounts is limited to 4096. If you have additional requirements, please visit https://buyca.tech to purchase a premium key.',
	]) {
		const match = matchErrorSignature({status: 403, text});
		assert.deepEqual([match?.kind, match?.promptCap, match?.promptTooLong], ['request_too_costly', true, undefined], text);
		assert.match(match?.message ?? '', /takes prompts up to a number of tokens only/);
		assert.equal(promptCapTokens(text), 4096, text);
	}
	// A cap the words do not name: no number, the sentences say "a limited number".
	assert.equal(promptCapTokens('Input tokens for free keys are limited to the plan.'), undefined);
	assert.equal(promptCapTokens(undefined), undefined);
	// The credit left that cannot pay for the prompt (OpenRouter) is no plan's cap.
	const credit = matchErrorSignature({status: 402, text: '402 Prompt tokens limit exceeded: 23229 > 14796. To increase, visit https://openrouter.ai/settings/credits and upgrade to a paid account'});
	assert.deepEqual([credit?.promptTooLong, credit?.promptCap], [true, undefined]);
	// A free tier used up is money, not a prompt's length.
	assert.equal(matchErrorSignature({status: 400, text: 'The free tier of the model has been exhausted.'})?.promptCap, undefined);
});

for (const example of generic) {
	test(`meaning: ${example.name} → ${example.kind}`, () => {
		const match = matchErrorSignature(example.input);
		assert.ok(match, 'nothing definite');
		assert.equal(match.kind, example.kind);
		assert.equal(match.message, example.message ?? meaning[example.kind]);
		assert.equal(match.moderation, example.moderation);
	});
}

test('OpenCode Zen\'s "No payment method" names the user\'s own billing page: kept only in that exact shape and host', () => {
	const page = 'https://opencode.ai/workspace/wrk_01KFVB8NZPCMZD863PFVAFMXXX/billing';
	const said = (url: string) => matchErrorSignature({status: 401, text: `{"type":"error","error":{"type":"CreditsError","message":"No payment method. Add a payment method here: ${url}"}}`})?.billingPage;
	assert.equal(said(page), page);
	// As OpenCode printed it (anomalyco/opencode#33206), the sentence's end after it.
	assert.equal(matchErrorSignature({status: 401, text: `No payment method. Add a payment method here: ${page}.`})?.billingPage, page);
	for (const url of [
		'https://opencode.ai/workspace/wrk_ABC123/billing', // not a ULID
		'https://opencode.ai/workspace/wrk_01kfvb8nzpcmzd863pfvafmxxx/billing', // lowercase: not the console's
		'https://opencode.ai/workspace/wrk_01KFVB8NZPCMZD863PFVAFMXXI/billing', // I is no Crockford digit
		'https://opencode.ai/workspace/wrk_01KFVB8NZPCMZD863PFVAFMXXX/billing/../../evil',
		'https://opencode.ai/workspace/wrk_01KFVB8NZPCMZD863PFVAFMXXX/billing?next=https://evil.example',
		'https://opencode.ai/workspace/wrk_01KFVB8NZPCMZD863PFVAFMXXX/billing.html',
		'https://opencode.ai.evil.example/workspace/wrk_01KFVB8NZPCMZD863PFVAFMXXX/billing',
		'https://evil.example/?https://opencode.ai/workspace/wrk_01KFVB8NZPCMZD863PFVAFMXXX/billing',
		'http://opencode.ai/workspace/wrk_01KFVB8NZPCMZD863PFVAFMXXX/billing',
		'https://opencode.ai/billing',
	]) {
		assert.equal(said(url), undefined, url);
	}
	// Only with "No payment method": the same page in another refusal is no link of this answer's.
	assert.equal(matchErrorSignature({status: 401, text: `Insufficient balance. Manage your billing here: ${page}`})?.billingPage, undefined);
});

test('nothing definite: statuses that say nothing alone, and web pages', () => {
	const nonMatches: SignatureInput[] = [
		// "unavailable" with no response_format before it says nothing of the request.
		error(400, {message: 'This feature is unavailable now', type: 'invalid_request_error'}),
		error(400, {message: 'Invalid Format'}),
		error(422, {message: 'Invalid Parameters'}),
		{status: 403, text: '{"error":{"code":"InvalidParameter","message":"forbidden"}}'},
		error(404, {message: 'Not Found'}),
		{status: 404, text: '<html>Not Found</html>'},
		{status: 403},
		{status: 403, apiError: {message: 'Forbidden'}},
		{status: 404, apiError: {message: 'Not Found. Please check the configuration.'}},
		{status: 404, text: '404 page not found /v1/models'},
		{status: 403, apiError: {message: 'This key does not support streaming.'}},
		// A key or token named as required is no parameter of the request's.
		{status: 400, apiError: {message: 'api_key is required'}},
		{status: 400, apiError: {message: 'access_token is required'}},
		// A role named without access is not one refused the service.
		{status: 403, apiError: {message: 'Your role does not include this permission.'}},
		// "Request blocked" alone may be a firewall's: only a guardrail or prompt injection named is the prompt's content.
		{status: 403, apiError: {message: 'Request blocked.'}},
		{status: 400, apiError: {message: 'Invalid token in the JSON body at position 12'}},
		// Credentials named invalid are the key only where services refuse keys (401/403), not at 400.
		{status: 400, apiError: {message: 'Request denied by Key Auth check. Unauthorized consumer.'}},
		{status: 400, apiError: {message: 'Invalid authentication credentials'}},
		// A header other than the Authorization one the key comes in says nothing of the key.
		{status: 400, apiError: {message: 'Failed to check the content-type request header.'}},
		// Naming the last message is not refusing its role: only "… must be a user/assistant message" is.
		{status: 400, apiError: {message: 'The last message was empty.'}},
		// Retired, but not a model: a path or an API version says nothing about the model.
		{status: 404, apiError: {message: 'This API version has been decommissioned.'}},
		{status: 410, apiError: {message: 'This API version is no longer available.'}},
		{status: 410, text: ''},
		// An empty 404 anywhere but Hyperbolic's host, or with words at its host, says nothing of a model.
		{status: 404, text: ''},
		{status: 404, text: '404 status code (no body)', hostProvider: 'openrouter'},
		{status: 404, apiError: {message: 'Not Found'}, hostProvider: 'hyperbolic'},
		{status: 200},
	];
	for (const input of nonMatches) assert.equal(matchErrorSignature(input), undefined, JSON.stringify(input));
});

test('a budget a workspace\'s administrators set is flagged so, a key\'s own budget is not', () => {
	// OpenRouter's workspace budget (its workspace-budgets page): an admin raises it.
	const workspace = matchErrorSignature({status: 403, text: '{"error":{"code":403,"message":"Workspace monthly budget of $500.00 exceeded. Contact your workspace admin."}}'});
	assert.deepEqual([workspace?.kind, workspace?.adminBudget], ['token_exhausted', true]);
	assert.equal(matchErrorSignature({status: 403, apiError: {message: 'Organization budget exceeded.'}})?.adminBudget, true);
	// A LiteLLM proxy's budget on the key: the key's, not an admin's workspace budget.
	const key = matchErrorSignature({status: 400, apiError: {message: 'Budget has been exceeded! Current cost: 0.12, Max budget: 0.1', type: 'budget_exceeded'}});
	assert.deepEqual([key?.kind, key?.adminBudget], ['token_exhausted', undefined]);
	// A thinking budget is no money.
	assert.equal(matchErrorSignature({status: 400, apiError: {message: 'thinking budget exceeded the max_tokens'}})?.adminBudget, undefined);
});

test('money kinds are exactly the kinds that mean "cannot pay"', () => {
	assert.deepEqual([...moneyKinds].sort(), ['account_overdue', 'balance_exhausted', 'model_needs_paid_balance', 'request_too_costly', 'token_exhausted', 'user_quota']);
});

test('a vendor\'s wording says whose wording it is, and nothing more', () => {
	const match = matchErrorSignature(error(402, {message: 'Credit limit exceeded', type: 'credit_limit'}));
	assert.equal(match?.provider, 'together');
	assert.doesNotMatch(match?.message ?? '', /Together/);
	const gateway = matchErrorSignature(error(401, {message: '该令牌额度已用尽', type: 'one_api_error'}));
	assert.equal(gateway?.provider, 'one-api');
	assert.equal(gateway?.status, 401);
});

test('Model Studio\'s quota words are its rate limit only at its host and at 429; elsewhere they keep OpenAI\'s meaning, and the host names no wording', () => {
	const words = 'You exceeded your current quota, please check your plan and billing details.';
	assert.equal(matchErrorSignature({status: 429, text: words})?.kind, 'balance_exhausted');
	assert.equal(matchErrorSignature({status: 429, text: words, hostProvider: 'openrouter'})?.kind, 'balance_exhausted');
	assert.equal(matchErrorSignature({status: 402, text: words, hostProvider: 'dashscope'})?.kind, 'balance_exhausted');
	assert.equal(matchErrorSignature(error(429, {message: words, type: 'insufficient_quota', code: 'insufficient_quota'}))?.provider, 'openai');
	// An account in arrears there is still its money.
	assert.equal(matchErrorSignature({status: 400, apiError: {message: 'Access denied, please make sure your account is in good standing.', code: 'Arrearage'}, hostProvider: 'dashscope'})?.kind, 'account_overdue');
	// Generic words at a known host stay nobody's in particular.
	assert.equal(matchErrorSignature({status: 429, text: 'Too many requests', hostProvider: 'dashscope'})?.provider, 'unknown');
});

test('a gateway\'s 5xx saying it does not trust its upstream\'s certificate is a failure that retrying does not fix; the same words at 400 are not', () => {
	const certificate = 'the service could not verify the certificate of the service behind it (something intercepts HTTPS on its way out): retrying will not help.';
	for (const message of [
		'do request failed: Post "https://hk.xty.app/v1/chat/completions": tls: failed to verify certificate: x509: certificate signed by unknown authority',
		'litellm.APIError: APIError: OpenrouterException - [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:1028)',
	]) {
		const match = matchErrorSignature(error(500, {message}));
		assert.equal(match?.kind, 'server_error', message);
		assert.equal(match.message, certificate);
	}
	assert.notEqual(matchErrorSignature(error(503, {message: 'Server overloaded'}))?.message, certificate);
	assert.notEqual(matchErrorSignature(error(400, {message: 'Invalid image URL: self-signed certificate'}))?.message, certificate);
});

test('a proxy\'s 5xx saying its own call got no answer is its way out failing; the same words at 400 are not', () => {
	const unreachable = 'the service could not get its own call through to the service behind it (no answer came from there): its way out (a VPN, proxy or network) failed, not necessarily that service.';
	for (const message of [
		'CC Switch local proxy failed while handling Codex endpoint /responses. Provider: deepseek; model: deepseek-v4-pro; cause: connection failed: error sending request for url (https://api.deepseek.com/v1/chat/completions)',
		'[502]: fetch connect timeout',
	]) {
		const match = matchErrorSignature(error(502, {message}));
		assert.equal(match?.kind, 'server_error', message);
		assert.equal(match.message, unreachable);
	}
	assert.notEqual(matchErrorSignature(error(400, {message: 'Invalid image: error sending request for url (https://example.com/a.png)'}))?.message, unreachable);
});

test('a refusal for the country or region the calls come from is neither a refused key nor the model', () => {
	const regionRefused = 'the service refuses calls from the country or region they come from: not the key, not the balance.';
	for (const input of [
		error(403, {message: 'Country, region, or territory not supported', type: 'request_forbidden', code: 'unsupported_country_region_territory'}),
		{status: 403, text: "Error code: 403 - {'error': {'code': 'unsupported_country_region_territory', 'message': 'Country, region, or territory not supported', 'param': None, 'type': 'request_forbidden'}}"},
		error(403, {message: 'Country, region, or territory not supported (request id: 2024072510422562564674066306279)', type: 'request_forbidden'}),
	]) {
		const match = matchErrorSignature(input);
		assert.equal(match?.kind, 'region_refused', JSON.stringify(input));
		assert.equal(match.message, regionRefused);
	}
	// OpenCode Go's opt-in for a model hosted in China is the model's, not the caller's region.
	assert.equal(matchErrorSignature(error(403, {message: 'This model is not available in your region', type: 'RegionError'}))?.kind, 'model_not_found');
	assert.notEqual(matchErrorSignature(error(429, {message: 'Country, region, or territory not supported'}))?.kind, 'region_refused');
});

test('a refusal for the IP address the calls come from (the key\'s allow-list) is neither a refused key nor the money', () => {
	const addressRefused = 'the key takes calls only from the IP addresses listed for it there, and the address these calls come from is not listed: not the key, not the balance.';
	for (const input of [
		{status: 403, text: '{"code":"ACCESS_DENIED","message":"Access denied. Your IP is 203.0.113.7"}'},
		{status: 403, text: '{"code":"ACCESS_DENIED","message":"当前 IP 无访问权限：203.0.113.7 / Access denied. Your IP is 203.0.113.7"}'},
		error(403, {message: '您的 IP 不在令牌允许访问的列表中', type: 'new_api_error', code: 'access_denied'}),
		// AiHubMix's error-code page, its English message (placeholder kept) and its Chinese one.
		{status: 403, text: 'Forbidden – key(last 6 digits of request key) allowed only from approved IP ranges.'},
		error(403, {message: 'Forbidden – key(a1b2c3) allowed only from approved IP ranges. (tid: 2025110714220042575715766966911)', type: 'Aihubmix_api_error'}),
		error(403, {message: '该令牌只能在指定网段使用', type: 'Aihubmix_api_error'}),
		// Tencent Cloud TokenHub's 403001, its error-codes page's example message (cut off there).
		{status: 403, text: '{"error":{"type":"permission_error","code":"403001","message":"access denied: client IP ..."}}'},
	]) {
		const match = matchErrorSignature(input);
		assert.equal(match?.kind, 'address_refused', JSON.stringify(input));
		assert.equal(match.message, addressRefused);
	}
	// A bare "Access denied" names no address; at a status that is no refusal of the caller it is not this either.
	assert.notEqual(matchErrorSignature({status: 403, text: '{"code":"ACCESS_DENIED","message":"Access denied"}'})?.kind, 'address_refused');
	assert.notEqual(matchErrorSignature({status: 500, text: 'Access denied. Your IP is 203.0.113.7'})?.kind, 'address_refused');
});

test('a refusal by the network rules of the resource itself (Azure\'s virtual network or firewall) is the same kind, said of the resource, not of the key', () => {
	const networkRules = 'the resource there takes calls only from the networks its networking (firewall) settings allow, and these calls come from another: not the key, not the balance.';
	for (const input of [
		{status: 403, text: '{"code":"403","message":"A Virtual Network is configured for this resource. Please use the correct endpoint for making requests. Check https://aka.ms/cogsvc-vnet for more details."}'},
		error(403, {code: '403', message: 'Access denied due to Virtual Network/Firewall rules.'}),
		{status: 401, text: '403: Access denied due to Virtual Network/Firewall rules.'},
	]) {
		const match = matchErrorSignature(input);
		assert.equal(match?.kind, 'address_refused', JSON.stringify(input));
		assert.equal(match.message, networkRules);
		assert.equal(match.networkRules, true);
	}
	// A key's own list is no network rule of the resource; a 500 naming those rules is no refusal of the caller.
	assert.equal(matchErrorSignature({status: 403, text: 'Access denied. Your IP is 203.0.113.7'})?.networkRules, undefined);
	assert.notEqual(matchErrorSignature({status: 500, text: 'Access denied due to Virtual Network/Firewall rules.'})?.kind, 'address_refused');
});

test('a service that takes the calls only from its own app or an approved channel is neither a refused key nor the money', () => {
	const clientRefused = 'the service takes these calls only from its own app or an approved channel: not the key, not the balance; a new key or a top-up will not help.';
	for (const input of [
		// OpenCode Zen's free tier called from another app (OnesoftQwQ/opencode-go-copilot#134), and an older build's words.
		{status: 403, text: '{"type":"error","error":{"type":"FreeTierError","message":"Error from provider (Console): OpenCode\'s free tier can only be used from within OpenCode"}}'},
		error(403, {message: 'Error from provider (Console): OpenCode\'s free tier can only be used in OpenCode'}),
		// CodeBuddy's / WorkBuddy's 11128, as a proxy passes it on at 400 and at 500.
		{status: 400, text: 'upstream 400: {"code":11128,"msg":"Illegal API invocation from an unapproved channel","requestId":"XXX-144600"}'},
		{status: 500, text: '{"code":11128,"msg":"Illegal API invocation from an unapproved channel","requestId":"d1192be5"}'},
	]) {
		const match = matchErrorSignature(input);
		assert.equal(match?.kind, 'client_refused', JSON.stringify(input));
		assert.equal(match.message, clientRefused);
	}
	// A rate limit that names no app, and the words at a status that is no refusal of the caller, are not this.
	assert.notEqual(matchErrorSignature({status: 429, text: 'This key can only be used from within OpenCode'})?.kind, 'client_refused');
	assert.notEqual(matchErrorSignature(error(403, {message: 'This model is only available in China'}))?.kind, 'client_refused');
});

// ---- a key refused because the service blocked its user or its token ----

const userBlocked = 'the account behind this key is blocked there (banned or disabled): only whoever runs the service can lift that; a new key will not help.';
const tokenDisabled = 'this token is disabled or expired at the service: enable it again or make a new one in its console.';
const tokenGroupRefused = 'the gateway refuses the group this token is in (not open to your account there, or no longer there): move the token to a group you can use in its console; a new key in the same group will not help.';

const blockedCases: Array<{name: string; input: SignatureInput; blocked: 'account' | 'token' | 'group'}> = [
	{name: 'new-api\'s 403 无权访问 auto 分组 (a token group the account may not use)', input: error(403, {code: '', message: '无权访问 auto 分组', type: 'new_api_error'}), blocked: 'group'},
	{name: 'new-api\'s 403 分组 default 已被弃用 (a group the operator removed or renamed)', input: error(403, {code: '', message: '分组 default 已被弃用 (request id: 202605150309344618244168268d9d6pV4SS3Aa)', type: 'new_api_error'}), blocked: 'group'},
	{name: 'its older 令牌分组 auto 已被禁用, as plain text', input: {status: 403, text: '令牌分组 auto 已被禁用'}, blocked: 'group'},
	{name: 'its English "No permission to access this group"', input: error(403, {message: 'No permission to access this group', type: 'new_api_error'}), blocked: 'group'},
	{name: 'one-api\'s 403 用户已被封禁 (its TokenAuth for a disabled or banned user)', input: error(403, {message: '用户已被封禁', type: 'one_api_error'}), blocked: 'account'},
	{name: 'the same through a fork, with a request id', input: error(403, {message: '用户已被封禁 (request id: 2024120309082333168790641169207)', type: 'v_api_error'}), blocked: 'account'},
	{name: 'new-api\'s English "User has been banned"', input: error(403, {message: 'User has been banned', type: 'new_api_error'}), blocked: 'account'},
	{name: 'OpenCode Go passing on "API access paused for this organization" (anomalyco/opencode#49639)', input: error(400, {message: 'Error from provider (Console Go): Upstream request failed: [permission_error] API access paused for this organization'}), blocked: 'account'},
	{name: 'an organization that "has been paused"', input: error(403, {message: 'This organization has been paused.'}), blocked: 'account'},
	{name: 'new-api\'s 该用户已被禁用', input: error(403, {message: '该用户已被禁用'}), blocked: 'account'},
	{name: 'new-api\'s English "This user has been disabled"', input: error(403, {message: 'This user has been disabled'}), blocked: 'account'},
	{name: 'one-api as HTTP 200 on its billing endpoints', input: error(200, {message: '用户已被封禁', type: 'one_api_error'}), blocked: 'account'},
	{name: 'a ban that names a quota word at 403 is still a ban, not money', input: error(403, {message: 'User has been banned for quota abuse'}), blocked: 'account'},
	{name: 'a ban that also says "invalid token" is still a ban', input: error(401, {message: 'Invalid token: this user has been disabled'}), blocked: 'account'},
	{name: 'one-api\'s 401 该令牌状态不可用 (a token disabled in its console)', input: error(401, {message: '该令牌状态不可用', type: 'one_api_error'}), blocked: 'token'},
	{name: 'as plain text with a request id', input: {status: 401, text: '该令牌状态不可用 (request id: 20260920070445334740893cbKoSGZo)'}, blocked: 'token'},
	{name: 'new-api\'s English "This token status is unavailable"', input: error(401, {message: 'This token status is unavailable', type: 'new_api_error'}), blocked: 'token'},
	{name: 'one-api\'s 401 该令牌已过期', input: error(401, {message: '该令牌已过期', type: 'one_api_error'}), blocked: 'token'},
	{name: 'new-api\'s English "This token has expired"', input: error(401, {message: 'This token has expired'}), blocked: 'token'},
	{name: '"token has been disabled" at 403', input: error(403, {message: 'Your token has been disabled'}), blocked: 'token'},
	{
		name: 'Kiro\'s security lock on the account, as OmniRoute passed it on (its words, no JSON)',
		input: {status: 403, text: '[ERROR] [403]: Your User ID (777777) temporarily is suspended. We\'ve locked your account as a security precaution. To restore access, please contact our support team to verify your identity: https://a'},
		blocked: 'account',
	},
	{name: 'a suspension in other words ("Your account has been temporarily suspended")', input: error(403, {message: 'Your account has been temporarily suspended.'}), blocked: 'account'},
	{
		name: 'DeepSeek\'s suspension for a breach of its user policies, until a date, as OmniRoute passed it on (its words, no JSON)',
		input: {status: 403, text: 'Due to violation of user policies, your account has been suspended until August 19, 2026 14:39. If you have any questions, please \n.'},
		blocked: 'account',
	},
	{name: 'DeepSeek\'s suspension in Chinese, muted until a date (Fly143/deepseek-free-api#9), no JSON', input: {status: 403, text: '提示：由于违反用户使用规范，你的账号已被禁言至2026年5月21日16:09，如有疑问请联系我们。'}, blocked: 'account'},
	{name: 'AiHubMix\'s 403 "Account suspended." as its error-code page gives it', input: {status: 403, text: 'Account suspended.'}, blocked: 'account'},
	{name: 'the same as the message of its JSON, with its trace id', input: error(403, {message: 'Account suspended. (tid: 2025110714220042575715766966911)', type: 'Aihubmix_api_error'}), blocked: 'account'},
	{name: 'Cloudflare Workers AI\'s 403 "Service unavailable for account" (3023, Account blocked) as its errors page gives it', input: {status: 403, text: 'Service unavailable for account'}, blocked: 'account'},
	{name: 'Huawei Cloud MaaS\'s Token Plan 403 ModelArts.81023 "The account is blocked for token plan." as its error-code table gives it', input: {status: 403, text: '{"error_code":"ModelArts.81023","error_msg":"The account is blocked for token plan."}'}, blocked: 'account'},
	{name: 'Anthropic\'s disabled organization, at 400', input: {status: 400, text: 'API returned 400: {"type":"error","error":{"type":"invalid_request_error","message":"This organization has been disabled."},"request_id":"req_011CXEuAidFerWn5Sozp9oBY"}'}, blocked: 'account'},
	{name: 'OpenCode Zen\'s and Go\'s 401 AuthError "Request blocked by upstream provider." (its own block on the workspace)', input: {status: 401, text: '{"type":"error","error":{"type":"AuthError","message":"Request blocked by upstream provider."}}'}, blocked: 'account'},
	{name: 'Groq\'s restricted organization, at 400', input: {status: 400, text: 'status code 400: Organization has been restricted. Please reach out to support if you believe this was in error.'}, blocked: 'account'},
	{name: 'deepseek-free-api: the web account (or the IP address) banned, at 200', input: {status: 200, apiError: {message: '创建会话失败，可能是账号或IP地址被封禁 (request id:*********************************)'}}, blocked: 'account'},
	{
		name: 'OpenAI\'s deactivated account, at 401',
		input: error(401, {message: 'This key is associated with a deactivated account. If you feel this is an error, contact us through our help center at help.openai.com.', code: 'account_deactivated'}),
		blocked: 'account',
	},
];

for (const example of blockedCases) {
	test(`blocked: ${example.name} → invalid_key, ${example.blocked}`, () => {
		const match = matchErrorSignature(example.input);
		assert.ok(match, 'nothing definite');
		assert.equal(match.kind, 'invalid_key');
		assert.equal(match.blocked, example.blocked);
		assert.equal(match.message, {account: userBlocked, token: tokenDisabled, group: tokenGroupRefused}[example.blocked]);
	});
}

test('"model … not supported" needs a model id after "model", and at 401 nothing else counts as the model', () => {
	// A local server lacking an architecture (jundot/omlx#955) names a type, not a model id: a failure there.
	assert.equal(matchErrorSignature({status: 500, text: 'Model type deepseek_v4 not supported.'})?.kind, 'server_error');
	// At 401 the other model words do not outrank a refused key.
	assert.equal(matchErrorSignature(error(401, {message: 'Invalid model or API key'}))?.kind, 'invalid_key');
});

test('a group word is not a refused token group at another status, nor in other words', () => {
	// At 429 a saturated group is a rate limit; a model with no channel in a group is the model.
	assert.equal(matchErrorSignature(error(429, {message: '当前分组上游负载已饱和，请稍后再试', type: 'new_api_error'}))?.kind, 'rate_limited');
	assert.equal(matchErrorSignature(error(503, {message: '当前分组 default 下对于模型 deepseek-chat 无可用渠道', type: 'new_api_error'}))?.kind, 'model_not_found');
	assert.equal(matchErrorSignature(error(500, {message: '分组 default 已被弃用'}))?.blocked, undefined);
	assert.equal(matchErrorSignature(error(403, {message: '该令牌状态不可用'}))?.blocked, 'token');
});

test('a backend\'s words for content sent as a list where it takes a string are the request\'s shape, at 500 too; a 500 in other words is not', () => {
	// NVIDIA NIM's DeepSeek V4 Pro to an older Kilo Code, as Kilo showed it (Kilo-Org/kilocode#9583).
	assert.equal(matchErrorSignature({status: 500, text: 'Internal Server Error: Internal server error: sequence item 1: expected str instance, list found'})?.kind, 'request_refused');
	// ModelScope's words for the same, at 400 and, passed on as a failure, at 502.
	assert.equal(matchErrorSignature(read(400, {detail: 'Error code: 400 - {\'error\': {\'code\': \'invalid_parameter_error\', \'message\': "<400> InternalError.Algo.InvalidParameter: The content field\'s type should be `str` in messages."}}'}))?.kind, 'request_refused');
	assert.equal(matchErrorSignature({status: 502, text: 'upstream error: The content field\'s type should be `str` in messages.'})?.kind, 'request_refused');
	assert.notEqual(matchErrorSignature({status: 500, text: 'Internal Server Error: Internal server error'})?.kind, 'request_refused');
	assert.notEqual(matchErrorSignature({status: 500, text: 'expected str instance'})?.kind, 'request_refused');
});

test('DeepSeek\'s own answer to a path it does not serve is its 404 "Not Found. Please check the configuration.", also wrapped by a terminal; not at another status, not other words', () => {
	assert.equal(isDeepSeekNotFound(404, 'Not Found. Please check the configuration.'), true);
	// As Claude Code printed claude-code-router passing it on (musistudio/claude-code-router#250).
	assert.equal(isDeepSeekNotFound(404, 'Error from provider: {\n  "event_id": "30-clou-200-20250719232440-dbfc7a22",\n  "error_msg": "Not\n     Found. Please check the configuration."\n}'), true);
	assert.equal(isDeepSeekNotFound(400, 'Not Found. Please check the configuration.'), false);
	assert.equal(isDeepSeekNotFound(404, 'Not Found'), false);
	assert.equal(isDeepSeekNotFound(404, 'Please check the configuration of your model.'), false);
	assert.equal(isDeepSeekNotFound(404, undefined), false);
});

test('a lock on the account says when it ends only with a date or a time after "until" (or 封禁至)', () => {
	const rows: Array<[string, string | undefined]> = [
		// DeepSeek's suspension, as OmniRoute passed it on (diegosouzapw/OmniRoute#10667).
		['Due to violation of user policies, your account has been suspended until August 19, 2026 14:39. If you have any questions, please \n.', 'August 19, 2026 14:39'],
		['Your account is suspended until 2026.08.19 12:00. Contact support.', '2026.08.19 12:00'],
		['账号已被封禁至 2026-08-19 14:39，如有疑问请联系客服', '2026-08-19 14:39'],
		// The same in Chinese, muted (Fly143/deepseek-free-api#9).
		['提示：由于违反用户使用规范，你的账号已被禁言至2026年5月21日16:09，如有疑问请联系我们。', '2026年5月21日16:09'],
		// No date or time: no end to tell.
		['Your account has been suspended until you verify your identity.', undefined],
		['Your account has been temporarily suspended.', undefined],
		['Your account has been suspended until further notice: 1 appeal allowed', undefined],
		[`Your account has been suspended until ${'a'.repeat(50)} 1.`, undefined],
	];
	for (const [words, end] of rows) assert.equal(lockEndsAt(words), end, words);
	assert.equal(lockEndsAt(undefined), undefined);
});

test('blocked: other refusals are no block, and a ban is read only where services refuse keys', () => {
	for (const input of [
		error(401, {message: 'Invalid token'}),
		error(401, {message: '无效的令牌', type: 'one_api_error'}),
		error(401, {message: '该令牌额度已用尽', type: 'one_api_error'}),
		error(403, {message: 'user quota is not enough', type: 'one_api_error', code: 'insufficient_user_quota'}),
	]) {
		assert.equal(matchErrorSignature(input)?.blocked, undefined, JSON.stringify(input));
	}
	// An expiry offered as one of two causes (Zhipu's "expired or not verified correctly", what
	// it says of any key it does not take, also at 200) is a refused key, not a disabled token.
	for (const input of [
		error(401, {message: '令牌已过期或验证不正确！', code: '401'}),
		{status: 200, apiError: parseErrorBody({code: 401, msg: '令牌已过期或验证不正确', success: false}), text: '{"code":401,"msg":"令牌已过期或验证不正确","success":false}'},
		error(401, {message: 'This token has expired or is incorrect'}),
	]) {
		const match = matchErrorSignature(input);
		assert.equal(match?.kind, 'invalid_key', JSON.stringify(input));
		assert.equal(match.blocked, undefined, JSON.stringify(input));
	}
	// "Account suspended" inside a longer sentence is no block by these words alone (it may be for money).
	assert.equal(matchErrorSignature(error(403, {message: 'Account suspended until the invoice is paid'}))?.blocked, undefined);
	// "Service unavailable" names no account: a block only "for (the) account".
	assert.equal(matchErrorSignature(error(403, {message: 'Service unavailable'}))?.blocked, undefined);
	// "blocked" said of something other than the account ("the request was blocked") is no block of the account.
	assert.equal(matchErrorSignature(error(403, {message: 'The request is blocked by the firewall.'}))?.blocked, undefined);
	// A suspension for money is arrears (pay, then it lifts), not a block: the arrears words come first.
	const unpaid = matchErrorSignature(error(403, {message: 'Your account has been suspended due to an overdue balance.'}));
	assert.equal(unpaid?.kind, 'account_overdue');
	assert.equal(unpaid.blocked, undefined);
	assert.equal(matchErrorSignature(error(404, {message: '用户已被封禁'})), undefined);
	assert.equal(matchErrorSignature(error(429, {message: 'user is banned for 60s, too many requests'}))?.kind, 'rate_limited');
});

// ---- an answer that passes on its upstream provider's own refusal ----

const deepSeekBody = {message: 'Insufficient Balance', type: 'unknown_error', param: null, code: 'invalid_request_error'};
/** An answer as the client reads it (error-body.ts), with its raw text. */
const read = (status: number, body: unknown): SignatureInput => ({status, apiError: parseErrorBody(body), text: JSON.stringify(body)});
const openRouterProviderError = (status: number, raw: string, metadata: Record<string, unknown>) =>
	read(status, {error: {message: 'Provider returned error', code: status, metadata: {raw, ...metadata}}, user_id: 'user_x'});

test('upstream: an answer that says whose refusal it passes on names that provider', () => {
	const cases: Array<{name: string; input: SignatureInput; kind: string; upstream: string}> = [
		{
			name: 'OpenRouter\'s "Provider returned error" with DeepSeek\'s 402 in metadata.raw, OpenRouter\'s own account there',
			input: openRouterProviderError(402, JSON.stringify({error: deepSeekBody}), {provider_name: 'DeepSeek', is_byok: false}),
			kind: 'balance_exhausted',
			upstream: 'DeepSeek',
		},
		{
			name: 'the same with is_byok true, passed on by a service elsewhere in its words (OpenCode Go\'s "Error from provider: …"): the key linked there is that service\'s',
			input: {
				...read(429, {error: {message: 'Error from provider: Provider returned error', code: 429, metadata: {raw: JSON.stringify({error: {message: 'Your account org-x <ak-x> is suspended due to insufficient balance, please recharge your account or check your plan and billing details', type: 'exceeded_current_quota_error'}}), provider_name: 'Moonshot AI', is_byok: true}}}),
				askedUrl: 'https://opencode.ai/zen/go/v1/chat/completions',
			},
			kind: 'balance_exhausted',
			upstream: 'Moonshot AI',
		},
		{name: 'a gateway passing DeepSeek\'s whole error object on', input: read(402, {error: deepSeekBody}), kind: 'balance_exhausted', upstream: 'DeepSeek'},
		{name: 'the same inside a gateway\'s 200 ("Error code: 402 - …" read as 402)', input: {status: 200, apiError: {message: 'Insufficient Balance', type: 'unknown_error', code: 'invalid_request_error', status: 402}}, kind: 'balance_exhausted', upstream: 'DeepSeek'},
		{
			name: 'DeepSeek\'s object escaped inside a platform\'s own error (iFlow\'s EngineInternalError)',
			input: read(402, {error: {message: JSON.stringify({error: deepSeekBody}), type: 'EngineInternalError', code: '402'}}),
			kind: 'balance_exhausted',
			upstream: 'DeepSeek',
		},
		{
			name: 'DeepSeek\'s object in a client\'s text, the line wrapped by a terminal inside its type',
			input: {status: 402, text: '[API Error: generate data error: HTTP error! status: 402,\n  body: {"error":{"message":"Insufficient Balance","type":"un\n  known_error","param":null,"code":"invalid_request_error"}}]'},
			kind: 'balance_exhausted',
			upstream: 'DeepSeek',
		},
		{
			name: 'DeepSeek\'s object in Python\'s repr',
			input: {status: 402, text: "Error code: 402 - {'error': {'message': 'Insufficient Balance', 'type': 'unknown_error', 'param': None, 'code': 'invalid_request_error'}}"},
			kind: 'balance_exhausted',
			upstream: 'DeepSeek',
		},
		{
			name: 'DeepSeek\'s words without its type in an AI SDK error that keeps DeepSeek\'s URL (Cline\'s gateway)',
			input: {
				status: 402,
				text: 'failed to invoke model \'deepseek/deepseek-v3.2\' from Vercel: request failed with status 402: {"error":{"message":"Insufficient Balance","type":"AI_APICallError","param":{"statusCode":402,"url":"https://api.deepseek.com/chat/completions"}}}',
			},
			kind: 'balance_exhausted',
			upstream: 'DeepSeek',
		},
		{
			name: 'the AI SDK\'s "AI_APICallError: Insufficient Balance" in a log line for a DeepSeek model (OpenCode Go)',
			input: {status: 402, text: 'ERROR service=llm providerID=opencode-go modelID=deepseek-v4-pro\n  stack=AI_APICallError: Insufficient Balance'},
			kind: 'balance_exhausted',
			upstream: 'DeepSeek',
		},
		{
			name: 'an AI SDK error passed on by a gateway names the API it called: Vercel\'s AI Gateway with z.ai\'s answer (a host the table does not know)',
			input: read(429, {error: {message: 'Insufficient balance or no resource package. Please recharge.', type: 'AI_APICallError', param: {statusCode: 429, name: 'AI_APICallError', url: 'https://api.z.ai/api/paas/v4/chat/completions', isRetryable: true}}}),
			kind: 'balance_exhausted',
			upstream: 'api.z.ai',
		},
		{
			name: 'an AI SDK error naming a call to the very host that answered is the caller\'s own log: DeepSeek\'s words and model name still say who is behind it (OpenCode Go)',
			input: {
				status: 402,
				askedUrl: 'https://opencode.ai/zen/go/v1/chat/completions',
				text: 'ERROR service=llm providerID=opencode-go modelID=deepseek-v4-pro\n  error={"error":{"name":"AI_APICallError","url":"https://opencode.ai/zen/go/v1/chat/completions", ...}}\n  stack=AI_APICallError: Insufficient Balance',
			},
			kind: 'balance_exhausted',
			upstream: 'DeepSeek',
		},
		{
			name: 'the same with a host the table knows: its name',
			input: read(402, {error: {message: 'Insufficient credits', type: 'AI_APICallError', param: {statusCode: 402, url: 'https://openrouter.ai/api/v1/chat/completions'}}}),
			kind: 'balance_exhausted',
			upstream: 'OpenRouter',
		},
		{
			name: 'OpenRouter passing an upstream rate limit on (the provider is named whatever the kind)',
			input: openRouterProviderError(429, 'deepseek/deepseek-chat-v3-0324:free is temporarily rate-limited upstream.', {provider_name: 'Chutes'}),
			kind: 'rate_limited',
			upstream: 'Chutes',
		},
		{
			name: 'DeepSeek\'s "The supported API model names are …" passed on by a gateway: DeepSeek refused the model name',
			input: {status: 400, text: 'API Error: 400 {"error":{"type":"invalid_request_error","message":"The supported API model names are deepseek-v4-pro or deepseek-v4-flash, but you passed deepseek-v4-flash-none."},"type":"error"}'},
			kind: 'model_not_found',
			upstream: 'DeepSeek',
		},
		{
			name: 'a provider name is one line, cut short',
			input: openRouterProviderError(402, JSON.stringify({error: deepSeekBody}), {provider_name: `Deep\nSeek ${'x'.repeat(80)}`, is_byok: false}),
			kind: 'balance_exhausted',
			upstream: `Deep Seek ${'x'.repeat(29)}…`,
		},
	];
	for (const example of cases) {
		const match = matchErrorSignature(example.input);
		assert.equal(match?.kind, example.kind, example.name);
		assert.equal(match?.upstream, example.upstream, example.name);
	}
});

test('upstream: words alone, or a key the user linked there, name no upstream', () => {
	const cases: Array<{name: string; input: SignatureInput; kind?: string}> = [
		{name: 'OpenRouter with the user\'s own DeepSeek key (is_byok: true): the user\'s account, not OpenRouter\'s', input: openRouterProviderError(402, JSON.stringify({error: deepSeekBody}), {provider_name: 'DeepSeek', is_byok: true})},
		{name: 'the same asked at OpenRouter itself', input: {...openRouterProviderError(402, JSON.stringify({error: deepSeekBody}), {provider_name: 'DeepSeek', is_byok: true}), askedUrl: 'https://openrouter.ai/api/v1/chat/completions'}},
		{name: 'the same through a proxy on this computer (the OpenRouter account behind it is the user\'s)', input: {...openRouterProviderError(402, JSON.stringify({error: deepSeekBody}), {provider_name: 'DeepSeek', is_byok: true}), askedUrl: 'http://127.0.0.1:4000/v1/chat/completions'}},
		{name: 'a relay\'s own "Insufficient balance" with its own type', input: read(402, {error: {message: 'Insufficient balance', type: 'insufficient_balance', code: 'insufficient_balance'}})},
		{name: 'a relay\'s own words in DeepSeek\'s capitals, with its own type', input: read(402, {error: {message: 'Insufficient Balance', type: 'payment_error', code: 'insufficient_balance'}})},
		{name: 'DeepSeek\'s words without its type (a client kept the message only)', input: {status: 402, text: '402 Insufficient Balance'}},
		{name: 'an AI SDK error with DeepSeek\'s words that names no DeepSeek API or model (a proxy in front of NVIDIA says them too)', input: {status: 402, text: 'stack=AI_APICallError: Insufficient Balance'}},
		{name: 'a relay\'s own lower-case words for a DeepSeek model', input: {status: 402, text: '{"error":{"message":"Insufficient balance","model":"deepseek-chat"}}'}},
		{name: 'longer words that only begin like DeepSeek\'s, for a DeepSeek model', input: {status: 402, text: '{"error":{"message":"Insufficient Balance on your relay account","model":"deepseek-chat"}}'}},
		{name: 'OpenRouter\'s own 402 (its credits, no provider named)', input: read(402, {error: {message: 'Insufficient credits. Add more using https://openrouter.ai/settings/credits', code: 402}})},
		{name: 'OpenRouter\'s own credit refusal that names the provider it chose', input: read(402, {error: {message: 'This request requires more credits, or fewer max_tokens. You requested up to 32000 tokens, but can only afford 27342.', code: 402, metadata: {provider_name: 'DeepSeek'}}}), kind: 'request_too_costly'},
		{name: 'a gateway\'s own "no such model" names no upstream', input: {status: 404, text: '{"error":{"message":"The model `deepseek-v4-flash-none` does not exist","code":"model_not_found"}}'}, kind: 'model_not_found'},
		{name: 'an empty provider name (and words that are not DeepSeek\'s object)', input: openRouterProviderError(402, '{"error":{"message":"insufficient balance"}}', {provider_name: ' ', is_byok: false})},
	];
	for (const example of cases) {
		const match = matchErrorSignature(example.input);
		assert.equal(match?.kind, example.kind ?? 'balance_exhausted', example.name);
		assert.equal(match?.upstream, undefined, example.name);
	}
});

/**
 * Cloudflare's AI Gateway answering in its own name, in its error list: the 401 a user posted
 * (community.cloudflare.com/t/ai-gateway-authentication-failed-401-unauthorized/785119), and
 * the codes observed live (dbrekelmans/gitflare, spec/research/live/gateway-access.md).
 * Only its code at its status, in its list, is the gateway's: the same words from anyone
 * else, or its code at another status, are read as before.
 */
test('Cloudflare AI Gateway\'s own answers: its token (2009), its rate or spend limit (2003, 2045), its credits (2021); not DeepSeek\'s answers it passes on', () => {
	const listed = (code: number, message: string) => ({success: false, result: [], messages: [], error: [{code, message}]});
	const own: Array<[number, unknown, string]> = [
		[401, listed(2009, 'Unauthorized'), 'invalid_key'],
		[429, listed(2003, 'Rate limited'), 'rate_limited'],
		[429, listed(2045, 'Spend limit exceeded: rule \'per-user\' (cost limit 0.002 per 3600s, fixed) for internal-workers-ai @cf/meta/llama-3.2-3b-instruct'), 'rate_limited'],
		[402, listed(2021, 'Insufficient balance; add money to your gateway or use BYOK'), 'balance_exhausted'],
	];
	for (const [status, body, kind] of own) {
		const found = matchErrorSignature(read(status, body));
		assert.equal(found?.provider, 'cloudflare-ai-gateway', JSON.stringify(body));
		assert.equal(found?.kind, kind, JSON.stringify(body));
	}
	// DeepSeek's own answers through it stay DeepSeek's.
	assert.equal(matchErrorSignature(read(402, {error: deepSeekBody}))?.provider, 'deepseek');
	// Its code at another status, or another service's list, is not its answer.
	assert.notEqual(matchErrorSignature(read(429, listed(2009, 'Unauthorized')))?.provider, 'cloudflare-ai-gateway');
	assert.notEqual(matchErrorSignature(read(401, listed(2003, 'Rate limited')))?.provider, 'cloudflare-ai-gateway');
	assert.notEqual(matchErrorSignature(read(401, {error: {code: 2009, message: 'Unauthorized'}}))?.provider, 'cloudflare-ai-gateway');
});

/**
 * Helicone's proxy refusing its own key (Helicone-Auth): a 401 whose body is the text alone
 * (continuedev/continue#10196 as Continue shows it, the status first; a 2025 version of its worker).
 * Only that text at 401 is Helicone's: DeepSeek's own 401 through its DeepSeek gateway stays DeepSeek's.
 */
test('Helicone\'s refusal of its own key (401 "Invalid Helicone API key") is Helicone\'s; DeepSeek\'s 401 through it is not', () => {
	for (const text of ['Invalid Helicone API key', '401 Invalid Helicone API key', 'Invalid Helicone API key (hshed)']) {
		const found = matchErrorSignature({status: 401, text});
		assert.equal(found?.provider, 'helicone', text);
		assert.equal(found?.kind, 'invalid_key', text);
		assert.match(found?.message ?? '', /gateway itself refuses the call/, text);
	}
	assert.notEqual(matchErrorSignature({status: 403, text: 'Invalid Helicone API key'})?.provider, 'helicone', 'its words at another status');
	assert.notEqual(matchErrorSignature({status: 401, text: 'Your Helicone key was fine, but: Invalid Helicone API key'})?.provider, 'helicone', 'only a body that is its refusal');
	const deepSeek401 = {status: 401, text: '{"error":{"message":"Authentication Fails, Your api key: ****abcd is invalid","type":"authentication_error","param":null,"code":"invalid_request_error"}}'};
	assert.notEqual(matchErrorSignature(deepSeek401)?.provider, 'helicone');
	assert.equal(matchErrorSignature(deepSeek401)?.kind, 'invalid_key');
});

test('a refusal of the account says which: personalAccount for the kind of account, none for a service not enabled; a model not enabled is neither', () => {
	assert.equal(matchErrorSignature({status: 429, text: 'W&B Inference isn\'t available for personal accounts.'})?.personalAccount, true);
	const notEnabled = matchErrorSignature({status: 403, text: 'The inference gateway is not enabled for your organization'});
	assert.equal(notEnabled?.kind, 'account_refused');
	assert.equal(notEnabled.personalAccount, undefined);
	assert.equal(notEnabled.roleAccess, undefined);
	// A role without the permission (Hatz's AI Gateway): the administrator grants the role access, the service is enabled.
	const role = matchErrorSignature({status: 403, text: '{"error": {"type": "permission_error", "message": "Your role does not include LLM Gateway access."}}'});
	assert.equal(role?.kind, 'account_refused');
	assert.equal(role.roleAccess, true);
	assert.equal(role.consumerAccess, undefined);
	// A gateway's consumer not allowed on the route (Higress's key-auth 403): whoever runs it allows the key there.
	const consumer = matchErrorSignature({status: 403, text: 'Request denied by Key Auth check. Unauthorized consumer.'});
	assert.equal(consumer?.kind, 'account_refused');
	assert.equal(consumer.consumerAccess, true);
	assert.equal(consumer.roleAccess, undefined);
	assert.notEqual(matchErrorSignature({status: 403, apiError: {message: 'The model deepseek-r1 is not enabled for your account'}})?.kind, 'account_refused');
});
