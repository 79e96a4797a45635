// Vendors with no balance endpoint, each out of money in its own words (docs/relays.md):
// a generic OpenAI-style gateway, Together, Fireworks, Volcengine Ark and DashScope.
import {randomUUID} from 'node:crypto';
import {vendorApi} from './openai-compatible.js';
import {hexId, json, plainText, type Answer, type FakeRequest, type Handler, type Reply} from './reply.js';

const created = 1_735_689_600;

function responder(requestId: () => string) {
	return (status: number, body: unknown): Answer => json(status, body, {'x-request-id': requestId()});
}

function listOf(ids: readonly string[], ownedBy: (id: string) => string, extra: Record<string, unknown> = {}) {
	return {object: 'list', data: ids.map(id => ({id, object: 'model', created, owned_by: ownedBy(id), ...extra}))};
}

/** OpenAI's own way of showing a key in an error: the first characters and the last four. */
function openAiMaskedKey(key: string): string {
	return `${key.slice(0, 7)}${'*'.repeat(Math.max(0, key.length - 11))}${key.slice(-4)}`;
}

/** A generic OpenAI-compatible gateway: OpenAI's bodies, out of quota. */
export function openAiRelay(): Handler {
	const respond = responder(() => `req_${hexId()}`);
	return vendorApi({
		prefix: '/v1',
		respond,
		models: listOf(['gpt-4o', 'gpt-4o-mini', 'gpt-4-turbo', 'gpt-3.5-turbo', 'text-embedding-3-small'], id => (id === 'gpt-3.5-turbo' ? 'openai' : 'system')),
		// OpenAI answers an exhausted quota with 429, not 402.
		chat: () => respond(429, {error: {
			message: 'You exceeded your current quota, please check your plan and billing details.',
			type: 'insufficient_quota',
			param: null,
			code: 'insufficient_quota',
		}}),
		unauthorized: (request: FakeRequest) => respond(401, {error: request.key
			? {message: `Incorrect API key provided: ${openAiMaskedKey(request.key)}. You can find your API key at https://platform.openai.com/account/api-keys.`, type: 'invalid_request_error', param: null, code: 'invalid_api_key'}
			: {message: 'You didn\'t provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).', type: 'invalid_request_error', param: null, code: null}}),
		notFound: request => respond(404, {error: {message: `Invalid URL (${request.method} ${request.path})`, type: 'invalid_request_error', param: null, code: null}}),
	});
}

export function together(): Handler {
	const respond = responder(() => hexId(8));
	// Together lists its models as a bare array, not as {object, data}.
	const models = ['deepseek-ai/DeepSeek-V3', 'deepseek-ai/DeepSeek-R1', 'meta-llama/Llama-3.3-70B-Instruct-Turbo'].map(id => ({
		id,
		object: 'model',
		created,
		type: 'chat',
		display_name: id.split('/')[1],
		organization: id.startsWith('deepseek') ? 'DeepSeek' : 'Meta',
		context_length: 131_072,
		pricing: {hourly: 0, input: 1.25, output: 1.25, base: 0, finetune: 0},
	}));
	return vendorApi({
		prefix: '/v1',
		respond,
		models,
		chat: () => respond(402, {error: {
			message: 'Credit limit exceeded. Please navigate to https://api.together.xyz/settings/billing to add credit or upgrade your plan.',
			type: 'credit_limit',
			param: null,
			code: null,
		}}),
		unauthorized: () => respond(401, {error: {message: 'Invalid API key provided. You can find your API key at https://api.together.xyz/settings/api-keys.', type: 'invalid_request_error', param: null, code: 'invalid_api_key'}}),
	});
}

export function fireworks(): Handler {
	const respond = responder(randomUUID);
	return vendorApi({
		prefix: '/inference/v1',
		respond,
		models: listOf(
			['accounts/fireworks/models/deepseek-v3', 'accounts/fireworks/models/deepseek-r1', 'accounts/fireworks/models/deepseek-v3p1'],
			() => 'fireworks',
			{kind: 'HF_BASE_MODEL', supports_chat: true, supports_image_input: false, supports_tools: true, context_length: 131_072},
		),
		chat: () => respond(412, {error: {
			code: 'PRECONDITION_FAILED',
			message: 'Account my-account is suspended, possibly due to reaching the monthly spending limit or failure to pay past invoices. Please go to https://fireworks.ai/account/billing to resolve.',
		}}),
		unauthorized: () => respond(401, {error: {object: 'error', type: 'invalid_request_error', message: 'The API key you provided is invalid.'}}),
	});
}

/**
 * Volcengine Ark, its chat call answering `chat` (its overdue account by default). The model
 * refusals are the corpus entries' messages as Ark's error-code page gives them, without the
 * JSON envelope the page leaves out (volcengine-ark-403-service-not-open-doc,
 * volcengine-ark-404-model-id-access-disabled-doc).
 */
export function volcengineArk(chat?: () => Reply): Handler {
	const requestId = () => `021${Date.now()}${hexId(12)}`;
	const respond = responder(requestId);
	return vendorApi({
		prefix: '/api/v3',
		respond,
		models: listOf(['deepseek-v3-1-250821', 'deepseek-r1-250528', 'doubao-seed-1-6-250615'], () => 'volcengine'),
		chat: chat ?? (() => respond(403, {error: {
			code: 'AccountOverdueError',
			message: `The request failed because your account has an overdue balance. Request ID: ${requestId()}`,
			param: '',
			type: 'Forbidden',
		}})),
		unauthorized: () => respond(401, {error: {code: 'AuthenticationError', message: `The API key in the request is missing or invalid. Request ID: ${requestId()}`, param: '', type: 'Unauthorized'}}),
	});
}

/**
 * Alibaba's DashScope (Model Studio), its chat call answering `chat` (an account in arrears by
 * default). Its tokens-per-minute limit answers 429 in OpenAI's words for an empty account,
 * as its rate-limit page gives the message (dashscope-429-exceeded-current-quota-tpm-doc).
 */
export function dashscope(chat?: () => Reply): Handler {
	const respond = responder(randomUUID);
	return vendorApi({
		prefix: '/compatible-mode/v1',
		respond,
		models: listOf(['deepseek-v3', 'deepseek-r1', 'deepseek-v3.1', 'deepseek-v3.2', 'qwen-plus'], () => 'system'),
		chat: chat ?? (() => respond(400, {
			error: {
				message: 'Access denied, please make sure your account is in good standing. For details, see: https://help.aliyun.com/zh/model-studio/error-code#overdue-payment',
				type: 'Arrearage',
				param: null,
				code: 'Arrearage',
			},
			id: `chatcmpl-${randomUUID()}`,
			request_id: randomUUID(),
		})),
		unauthorized: () => respond(401, {
			error: {message: 'Incorrect API key provided. For details, see: https://help.aliyun.com/zh/model-studio/error-code#apikey-error', type: 'invalid_request_error', param: null, code: 'invalid_api_key'},
			request_id: randomUUID(),
		}),
	});
}

/**
 * OpenCode Go (opencode.ai/zen/go/v1) while the DeepSeek account behind it has run dry: the
 * DeepSeek models answer 402 with OpenCode's client text around DeepSeek's own "Insufficient
 * Balance" body (the corpus entry opencode-go-402-deepseek-body-relayed, as posted); the
 * user's quota there is not the problem. The model list and the
 * refusal of a wrong key are made up (OpenAI's shape); the 402 body is not.
 */
export function openCodeGoUpstreamDry(): Handler {
	const respond = responder(() => randomUUID());
	const upstreamDry = 'HTTP response error from OpenCode\'s API: status 402 Payment Required - "{\\"error\\":{\\"message\\":\\"Insufficient Balance\\",\\"type\\":\\"unknown_error\\",\\"param\\":null,\\"code\\":\\"invalid_request_error\\"}}"';
	return vendorApi({
		prefix: '/zen/go/v1',
		respond,
		models: listOf(['deepseek-v4-pro', 'deepseek-v4-flash'], () => 'opencode'),
		chat: () => plainText(402, upstreamDry),
		unauthorized: () => respond(401, {error: {message: 'Invalid API key.', type: 'AuthError'}}),
	});
}

/** OpenCode Zen (opencode.ai/zen/v1) listing `models` and answering every chat call with `status` and OpenCode's JSON `body`. */
function openCodeZenRefusing(models: readonly string[], status: number, body: string): Handler {
	const respond = responder(() => randomUUID());
	return vendorApi({
		prefix: '/zen/v1',
		respond,
		models: listOf(models, () => 'opencode'),
		chat: () => ({kind: 'answer', status, headers: {'content-type': 'application/json'}, body}),
		unauthorized: () => respond(401, {error: {message: 'Invalid API key.', type: 'AuthError'}}),
	});
}

/**
 * OpenCode Zen serving its free models only to OpenCode's own app: the chat call from any
 * other program answers 403 FreeTierError, exactly as the corpus entry
 * opencode-zen-403-free-tier-only-from-within-opencode has it (a VS Code extension's log).
 * Neither the key nor the money: the models list takes the same key. The model list and the
 * refusal of a wrong key are made up (OpenAI's shape); the 403 body is not.
 */
export function openCodeZenFreeTierOnly(): Handler {
	return openCodeZenRefusing(['deepseek-v4-flash-free', 'big-pickle'], 403, '{"type":"error","error":{"type":"FreeTierError","message":"Error from provider (Console): OpenCode\'s free tier can only be used from within OpenCode"}}');
}

/**
 * OpenCode Zen for a workspace that never added a payment method: its paid models answer 401
 * CreditsError with the user's own billing page, the message of the corpus entry
 * opencode-zen-401-no-payment-method-own-deepseek-key (the id as its reporter masked it) in
 * the JSON its console's zen handler wraps a CreditsError in. The model list is made up.
 */
export function openCodeZenNoPaymentMethod(): Handler {
	const message = 'No payment method. Add a payment method here: https://opencode.ai/workspace/wrk_01KFVB8NZPCMZD863PFVAFMXXX/billing';
	return openCodeZenRefusing(['deepseek-v4-flash', 'deepseek-v4-pro'], 401, JSON.stringify({type: 'error', error: {type: 'CreditsError', message}}));
}

/** Ark's refusal of a model not activated for the account (OperationDenied.ServiceNotOpen), as its error-code page words it. */
export const arkServiceNotOpen = () => plainText(403, 'Operation is denied because the model service is unavailable, please go to the Volcano Ark console activation management page to activate the corresponding model service, or submit a work order to contact us.');

/** Ark's refusal of a model named by its id where the account must name an endpoint (InvalidEndpointOrModel.ModelIDAccessDisabled). */
export const arkModelIdAccessDisabled = () => plainText(404, 'Accessing the model via Model ID is not allowed for your account. Please use a custom endpoint ID instead. Request id:');

/** Model Studio's tokens-per-minute limit, in OpenAI's words for an empty account. */
export const dashscopeTokensPerMinute = () => plainText(429, 'You exceeded your current quota');

/**
 * AiHubMix (https://aihubmix.com/v1, a relay that serves DeepSeek's models), its chat call
 * answering `chat`. The tool knows it by no host, so it is played on bare 127.0.0.1. The 503
 * messages are its error-code page's (aihubmix-503-incorrect-model-id-doc,
 * aihubmix-503-rate-limited-by-provider-doc), without the JSON envelope the page leaves out;
 * the model list and the refusal of a wrong key are made up (OpenAI's shape).
 */
function aiHubMix(chat: () => Reply): Handler {
	const respond = responder(() => hexId(16));
	return vendorApi({
		prefix: '/v1',
		respond,
		models: listOf(['deepseek-v3.2', 'deepseek-r1', 'gpt-4o-mini'], id => (id.startsWith('deepseek') ? 'deepseek' : 'openai')),
		chat,
		unauthorized: () => plainText(401, 'Unauthorized – no access token supplied; please log in and include a valid token.'),
	});
}

export const aiHubMixIncorrectModel = () => aiHubMix(() => plainText(503, 'Incorrect model ID. Please request to view the model page or you do not have permission to use this model'));

export const aiHubMixProviderRateLimit = () => aiHubMix(() => plainText(503, 'Rate limited by provider – contact support to request higher concurrency or try again later.'));
