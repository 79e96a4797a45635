// Error signatures: one case per RELAYS.md signature (Chinese messages included), and
// answers that must not be taken for any provider's "out of credit".
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {ApiErrorBody} from '../../source/deepseek/types.js';
import {matchErrorSignature, providerFromSignature, type SignatureInput} from '../../source/providers/signatures.js';
import type {ProviderId} from '../../source/providers/types.js';

type Case = {
	name: string;
	input: SignatureInput;
	provider: ProviderId;
	kind: string;
	ambiguous?: boolean;
};

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
		kind: 'balance_exhausted',
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
	},
	{
		name: 'generic 401 无效的令牌 on a gateway detected as one-api',
		input: error(401, {message: '无效的令牌'}, 'one-api'),
		provider: 'one-api',
		kind: 'invalid_key',
		ambiguous: true,
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
		assert.ok(match.message.length > 20);
		assert.doesNotMatch(match.message, /undefined|\[object/);
	});
}

test('the detected provider settles one-api vs new-api', () => {
	const input = error(401, {message: '该令牌额度已用尽', type: 'one_api_error'}, 'new-api');
	assert.equal(matchErrorSignature(input)?.provider, 'new-api');
});

test('no signature: other statuses and DeepSeek\'s own rate limit', () => {
	const nonMatches: SignatureInput[] = [
		error(500, {message: 'Server Error'}),
		error(503, {message: 'Server Overloaded'}),
		error(429, {message: 'Rate Limit Reached', type: 'rate_limit_reached_error'}),
		error(401, {message: 'Authentication Fails, Your api key: ****abcd is invalid', type: 'authentication_error'}),
		error(400, {message: 'Invalid Format'}),
		error(422, {message: 'Invalid Parameters'}),
		// Right words, wrong status: a signature is status AND message.
		error(500, {message: 'Insufficient Balance'}),
		error(200, {message: '该令牌额度已用尽'}),
		error(402, {message: 'Payment Required'}),
		{status: 404, text: '<html>Not Found</html>'},
		{status: 403},
	];
	for (const input of nonMatches) assert.equal(matchErrorSignature(input), undefined, JSON.stringify(input));
});

test('providerFromSignature names the provider detected by error', () => {
	const match = matchErrorSignature(error(402, {message: 'Credit limit exceeded', type: 'credit_limit'}));
	assert.ok(match);
	assert.deepEqual(providerFromSignature(match), {
		id: 'together',
		name: 'Together AI',
		detectedBy: 'error',
		consoleUrl: 'https://api.together.xyz/settings/billing',
	});
	const gateway = matchErrorSignature(error(401, {message: '该令牌额度已用尽', type: 'one_api_error'}));
	assert.ok(gateway);
	assert.equal(providerFromSignature(gateway).consoleUrl, null);
});
