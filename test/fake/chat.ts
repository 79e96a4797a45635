// OpenAI-style chat completions as DeepSeek and the relays answer them: reading the
// request, and a real-looking `chat.completion` (or its SSE stream) with token usage.
import {json, unixSeconds, type Answer, type Headers} from './reply.js';

export type ChatRequest = {
	model: string;
	/** `max_tokens`, when the caller set one. */
	maxTokens: number | undefined;
	stream: boolean;
	promptTokens: number;
};

export type ChatRequestProblem = 'not_json' | 'missing_model' | 'missing_messages';

export type ReadChat = {ok: true; chat: ChatRequest} | {ok: false; problem: ChatRequestProblem};

/** The answer the fake model gives, one token per element. */
const answerTokens = ['Hello', '!', ' How', ' can', ' I', ' help', ' you', ' today', '?'];

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A rough token count (4 characters a token, plus a few per message), good enough for usage. */
function countPromptTokens(messages: unknown[]): number {
	let characters = 0;
	for (const message of messages) {
		if (isRecord(message) && typeof message.content === 'string') characters += message.content.length;
	}
	return Math.ceil(characters / 4) + 4 * messages.length + 1;
}

export function readChatRequest(body: string): ReadChat {
	let parsed: unknown;
	try {
		parsed = JSON.parse(body);
	} catch {
		return {ok: false, problem: 'not_json'};
	}
	if (!isRecord(parsed)) return {ok: false, problem: 'not_json'};
	if (typeof parsed.model !== 'string') return {ok: false, problem: 'missing_model'};
	if (!Array.isArray(parsed.messages)) return {ok: false, problem: 'missing_messages'};
	return {
		ok: true,
		chat: {
			model: parsed.model,
			maxTokens: typeof parsed.max_tokens === 'number' ? parsed.max_tokens : undefined,
			stream: parsed.stream === true,
			promptTokens: countPromptTokens(parsed.messages),
		},
	};
}

export type CompletionStyle = {
	id: string;
	headers: Headers;
	/** Extra top-level fields the service adds (system_fingerprint, provider, …). */
	extra?: Record<string, unknown>;
	/** Extra usage fields (DeepSeek's prompt cache counters, …). */
	usage?: (promptTokens: number) => Record<string, unknown>;
};

/** A finished completion of `chat`, as JSON or, when `stream` was asked, as SSE chunks. */
export function completion(chat: ChatRequest, style: CompletionStyle): Answer {
	const tokens = answerTokens.slice(0, Math.max(1, chat.maxTokens ?? answerTokens.length));
	const finishReason = tokens.length < answerTokens.length ? 'length' : 'stop';
	const usage = {
		prompt_tokens: chat.promptTokens,
		completion_tokens: tokens.length,
		total_tokens: chat.promptTokens + tokens.length,
		...style.usage?.(chat.promptTokens),
	};
	const head = (object: string) => ({id: style.id, object, created: unixSeconds(), model: chat.model});
	if (!chat.stream) {
		return json(200, {
			...head('chat.completion'),
			choices: [{index: 0, message: {role: 'assistant', content: tokens.join('')}, logprobs: null, finish_reason: finishReason}],
			usage,
			...style.extra,
		}, style.headers);
	}
	const chunk = (delta: Record<string, unknown>, finish: string | null, extra: Record<string, unknown> = {}) =>
		`data: ${JSON.stringify({...head('chat.completion.chunk'), choices: [{index: 0, delta, logprobs: null, finish_reason: finish}], ...style.extra, ...extra})}\n\n`;
	const events = [
		chunk({role: 'assistant', content: ''}, null),
		...tokens.map(token => chunk({content: token}, null)),
		chunk({content: ''}, finishReason, {usage}),
		'data: [DONE]\n\n',
	];
	return {
		kind: 'answer',
		status: 200,
		headers: {...style.headers, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache'},
		body: events.join(''),
	};
}
