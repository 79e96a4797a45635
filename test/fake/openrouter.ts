// OpenRouter (docs/relays.md): models with canonical_slug and pricing, the key's own limit at
// /api/v1/key, account credits only for management keys, and its 402 with metadata.
import {completion, type ChatRequest} from './chat.js';
import {vendorApi} from './openai-compatible.js';
import {json, unixSeconds, type Answer, type Handler} from './reply.js';

export type OpenRouterKey = {
	/** The key's credit cap in USD; null = no cap. */
	limit: number | null;
	limitRemaining: number | null;
	usage: number;
};

export type OpenRouterAccount = {
	key: OpenRouterKey;
	outOfCredits: boolean;
	/** What a valid chat request gets instead (an upstream's error relayed, a preflight refusal). */
	chat?: (chat: ChatRequest) => Answer;
};

const models = [
	{id: 'deepseek/deepseek-chat-v3-0324', name: 'DeepSeek: DeepSeek V3 0324', prompt: '0.00000027', completion: '0.0000011'},
	{id: 'deepseek/deepseek-chat-v3-0324:free', name: 'DeepSeek: DeepSeek V3 0324 (free)', prompt: '0', completion: '0'},
	{id: 'deepseek/deepseek-r1', name: 'DeepSeek: R1', prompt: '0.0000004', completion: '0.000002'},
	{id: 'openai/gpt-4o', name: 'OpenAI: GPT-4o', prompt: '0.0000025', completion: '0.00001'},
];

const modelList = {
	data: models.map(model => ({
		id: model.id,
		canonical_slug: model.id.replace(/:free$/, ''),
		name: model.name,
		created: 1_742_824_755,
		context_length: 163_840,
		architecture: {modality: 'text->text', input_modalities: ['text'], output_modalities: ['text'], tokenizer: 'DeepSeek', instruct_type: null},
		pricing: {prompt: model.prompt, completion: model.completion, request: '0', image: '0', web_search: '0', internal_reasoning: '0'},
		top_provider: {context_length: 163_840, max_completion_tokens: 163_840, is_moderated: false},
		per_request_limits: null,
		supported_parameters: ['max_tokens', 'temperature', 'top_p', 'stop', 'tools', 'tool_choice'],
	})),
};

export function openRouterError(status: number, message: string, metadata?: Record<string, unknown>): Answer {
	return json(status, {error: {message, code: status, ...(metadata ? {metadata} : {})}});
}

export function openRouter(account: OpenRouterAccount): Handler {
	const {key} = account;
	const keyInfo = () => json(200, {data: {
		label: 'deepseek-fix fake key',
		limit: key.limit,
		limit_remaining: key.limitRemaining,
		limit_reset: null,
		include_byok_in_limit: false,
		usage: key.usage,
		usage_daily: 0,
		usage_weekly: key.usage,
		usage_monthly: key.usage,
		byok_usage: 0,
		byok_usage_daily: 0,
		byok_usage_weekly: 0,
		byok_usage_monthly: 0,
		is_free_tier: false,
		is_provisioning_key: false,
		rate_limit: {requests: -1, interval: '10s', note: 'This field is deprecated and safe to ignore.'},
	}});
	return vendorApi({
		prefix: '/api/v1',
		respond: json,
		models: modelList,
		modelsArePublic: true,
		chat(chat) {
			if (!models.some(model => model.id === chat.model)) return openRouterError(400, `${chat.model} is not a valid model ID`);
			if (account.chat) return account.chat(chat);
			if (account.outOfCredits) {
				return openRouterError(402, 'Insufficient credits. Add more using https://openrouter.ai/settings/credits', {limit_source: 'openrouter_key_limit'});
			}
			return completion(chat, {
				id: `gen-${unixSeconds()}-${Math.random().toString(36).slice(2, 22)}`,
				headers: {},
				extra: {provider: 'DeepSeek'},
			});
		},
		unauthorized: request => openRouterError(401, request.key ? 'User not found.' : 'No auth credentials found'),
		notFound: () => openRouterError(404, 'Not Found'),
		routes: [
			{method: 'GET', paths: ['/key', '/auth/key'], handle: keyInfo},
			// Current docs: account credits need a management key; an ordinary key is refused.
			{method: 'GET', paths: ['/credits'], handle: () => openRouterError(403, 'Only management keys can fetch credits')},
		],
	});
}

/**
 * OpenRouter's answers from its errors and workspace-budgets pages to the chat call (test/fixtures/real-errors.json holds
 * each), for a key without a cap: a 200 whose first choice carries the provider's failure (502 "Provider disconnected
 * mid-stream", with the partial output), a guardrail's 403 block of the prompt, and a workspace's spent budget at 403.
 */
export const openRouterRefusals = {
	choiceError: (chat: ChatRequest): Answer => json(200, {
		id: `gen-${unixSeconds()}-${Math.random().toString(36).slice(2, 22)}`,
		provider: 'DeepSeek',
		model: chat.model,
		object: 'chat.completion',
		created: unixSeconds(),
		choices: [{
			index: 0,
			message: {role: 'assistant', content: 'partial output...'},
			finish_reason: 'error',
			error: {code: 502, message: 'Provider disconnected mid-stream', metadata: {error_type: 'provider_unavailable'}},
		}],
	}),
	guardrail: (): Answer => openRouterError(403, 'Request blocked: prompt injection patterns detected', {patterns: ['ignore all previous instructions']}),
	workspaceBudget: (): Answer => openRouterError(403, 'Workspace monthly budget of $500.00 exceeded. Contact your workspace admin.'),
	// dnakov/anon-kode#2: an agent sends tools with every call, and no provider of the model takes them.
	noEndpointsForTools: (): Answer => openRouterError(404, 'No endpoints found that support tool use. To learn more about provider routing, visit: https://openrouter.ai/docs/provider-routing'),
} as const;

/** OpenRouter, a key without a cap, whose chat call gets one of `openRouterRefusals`. */
export function openRouterRefusing(chat: (chat: ChatRequest) => Answer): Handler {
	return openRouter({key: {limit: null, limitRemaining: null, usage: 1.37}, outOfCredits: false, chat});
}
