// The fake DeepSeek API (docs/deepseek-api.md): /user/balance, /models, /chat/completions, with
// DeepSeek's error bodies and an `x-ds-trace-id` header on every answer.
import {randomUUID} from 'node:crypto';
import {completion, readChatRequest, type ChatRequestProblem} from './chat.js';
import {hexId, json, type Answer, type FakeRequest, type Handler} from './reply.js';
import {serve, under} from './router.js';

/** The models the fake lists (docs/deepseek-api.md, `GET /models`: the 2026 ids); chat refuses any other. */
export const deepseekModelIds = ['deepseek-v4-flash', 'deepseek-v4-pro'] as const;

/** One row of `balance_infos`: one currency's amounts. */
export type BalanceRow = {currency: 'CNY' | 'USD'; total: string; granted: string; toppedUp: string};

/** An account's reading: its row, and the rows of other currencies its answer lists first (`before`). */
export type Balance = BalanceRow & {isAvailable: boolean; before?: readonly BalanceRow[]};

/** The accounts the scenarios use, by name. */
export const balances = {
	toppedUp: {isAvailable: true, currency: 'CNY', total: '47.44', granted: '0.00', toppedUp: '47.44'},
	zero: {isAvailable: false, currency: 'CNY', total: '0.00', granted: '0.00', toppedUp: '0.00'},
	bonusOnly: {isAvailable: true, currency: 'CNY', total: '5.00', granted: '5.00', toppedUp: '0.00'},
	usd: {isAvailable: true, currency: 'USD', total: '12.37', granted: '0.00', toppedUp: '12.37'},
	low: {isAvailable: true, currency: 'CNY', total: '0.35', granted: '0.00', toppedUp: '0.35'},
	/** Funded in CNY, with an empty USD row listed first: a real answer (test/fixtures/real-balances.json, deepseek-usd-empty-cny-funded-hermes-resetwatch). */
	usdEmptyCnyFunded: {isAvailable: true, currency: 'CNY', total: '71.46', granted: '0.00', toppedUp: '71.46', before: [{currency: 'USD', total: '0.00', granted: '0.00', toppedUp: '0.00'}]},
} as const satisfies Record<string, Balance>;

/** A DeepSeek answer: JSON with a fresh trace id, as every api.deepseek.com response has. */
export function deepseekJson(status: number, body: unknown): Answer {
	return json(status, body, {'x-ds-trace-id': hexId()});
}

function deepseekError(status: number, message: string, type: string): Answer {
	return deepseekJson(status, {error: {message, type, param: null, code: 'invalid_request_error'}});
}

/**
 * DeepSeek's error answers. The 401 and 402 bodies are the documented ones; the `type`
 * of the others is not published, so they follow the same shape.
 */
export const deepseekErrors = {
	/** The message echoes the last four characters of the key that was SENT. */
	unauthorized: (request: FakeRequest) =>
		deepseekError(401, `Authentication Fails, Your api key: ****${(request.key ?? '').slice(-4)} is invalid`, 'authentication_error'),
	/** A variant seen from misbehaving gateways: the whole key in the message. */
	unauthorizedEchoingKey: (request: FakeRequest) =>
		deepseekError(401, `Authentication Fails, Your api key: ${request.key ?? ''} is invalid`, 'authentication_error'),
	insufficientBalance: () => deepseekError(402, 'Insufficient Balance', 'unknown_error'),
	rateLimited: () => deepseekError(429, 'Rate Limit Reached', 'rate_limit_reached_error'),
	serverError: () => deepseekError(500, 'Server Error', 'server_error'),
	overloaded: () => deepseekError(503, 'Server Overloaded', 'server_overloaded_error'),
	/** Its content filter refusing a request (also, now and then, a harmless one). */
	contentRisk: () => deepseekError(400, 'Content Exists Risk', 'invalid_request_error'),
	/** A model it does not have (docs/deepseek-api.md: the body as users posted it). */
	modelNotExist: () => deepseekError(400, 'Model Not Exist', 'invalid_request_error'),
	notFound: () => deepseekError(404, 'Not Found', 'invalid_request_error'),
	methodNotAllowed: () => deepseekError(405, 'Method Not Allowed', 'invalid_request_error'),
} satisfies Record<string, Handler>;

// What axum (DeepSeek's API server) says about a body it cannot use.
const chatProblems: Record<ChatRequestProblem, () => Answer> = {
	not_json: () => deepseekError(400, 'Failed to parse the request body as JSON', 'invalid_request_error'),
	missing_model: () => deepseekError(422, 'Failed to deserialize the JSON body into the target type: missing field `model`', 'invalid_request_error'),
	missing_messages: () => deepseekError(422, 'Failed to deserialize the JSON body into the target type: missing field `messages`', 'invalid_request_error'),
};

export type DeepSeekAccount = {
	balance: Balance;
	/** What a valid chat request gets instead of a completion (e.g. the 402). */
	chat?: Handler;
	/** Answers every authenticated request instead of the endpoint (e.g. the 429). */
	gate?: Handler;
	/** The ids `/models` lists; by default the ones chat serves (deepseekModelIds). */
	listed?: readonly string[];
	/** Which keys are accepted; by default only the fake's valid key. */
	accepts?: (request: FakeRequest) => boolean;
	unauthorized?: Handler;
};

function balanceBody(balance: Balance) {
	return {
		is_available: balance.isAvailable,
		balance_infos: [...(balance.before ?? []), balance].map(row => ({
			currency: row.currency,
			total_balance: row.total,
			granted_balance: row.granted,
			topped_up_balance: row.toppedUp,
		})),
	};
}

function chatHandler(account: DeepSeekAccount): Handler {
	return request => {
		const read = readChatRequest(request.body);
		if (!read.ok) return chatProblems[read.problem]();
		if (!(deepseekModelIds as readonly string[]).includes(read.chat.model)) return deepseekErrors.modelNotExist();
		if (account.chat) return account.chat(request);
		return completion(read.chat, {
			id: randomUUID(),
			headers: {'x-ds-trace-id': hexId()},
			extra: {system_fingerprint: 'fp_7f3a2c91d4_prod1120'},
			usage: promptTokens => ({
				prompt_tokens_details: {cached_tokens: 0},
				prompt_cache_hit_tokens: 0,
				prompt_cache_miss_tokens: promptTokens,
			}),
		});
	};
}

/** api.deepseek.com for one account. `/v1` and `/beta` are accepted aliases, as on the real host. */
export function deepseekApi(account: DeepSeekAccount): Handler {
	const prefixes = ['', '/v1', '/beta'];
	const endpoint = (handle: Handler): Handler => account.gate ?? handle;
	return serve({
		routes: [
			{method: 'GET', paths: under(prefixes, '/user/balance'), handle: endpoint(() => deepseekJson(200, balanceBody(account.balance)))},
			{
				method: 'GET',
				paths: under(prefixes, '/models'),
				handle: endpoint(() => deepseekJson(200, {
					object: 'list',
					data: (account.listed ?? deepseekModelIds).map(id => ({id, object: 'model', owned_by: 'deepseek'})),
				})),
			},
			{method: 'POST', paths: under(prefixes, '/chat/completions'), handle: endpoint(chatHandler(account))},
		],
		...(account.accepts ? {accepts: account.accepts} : {}),
		unauthorized: account.unauthorized ?? deepseekErrors.unauthorized,
		notFound: deepseekErrors.notFound,
		methodNotAllowed: deepseekErrors.methodNotAllowed,
	});
}
