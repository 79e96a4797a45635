// What a fake service sees of a request and what it can answer: plain answers, and the
// network misbehaviours (reset, stall, flood, delay) that the server knows how to perform.
import {randomBytes} from 'node:crypto';

/** A request as the fake services see it (the server has already read the whole body). */
export type FakeRequest = {
	method: string;
	/** Path without the query string. */
	path: string;
	query: URLSearchParams;
	authorization: string | undefined;
	/** The Bearer token sent, '' for `Bearer ` with nothing after it, undefined without one. */
	key: string | undefined;
	/** The key the fake accepts (FakeOptions.validKey). */
	validKey: string;
	body: string;
};

export type Headers = Record<string, string>;

/** A complete HTTP answer. */
export type Answer = {
	kind: 'answer';
	status: number;
	headers: Headers;
	body: string;
	prelude?: string;
	/** Sent compressed with this Content-Encoding, whatever the request's Accept-Encoding says. */
	encoding?: 'gzip' | 'br';
};

export type Reply =
	| Answer
	/** Reset the TCP connection (RST) instead of answering. */
	| {kind: 'reset'}
	/** Send the headers and `partial`, then nothing more, ever. */
	| {kind: 'stall'; status: number; headers: Headers; partial: string}
	/** Stream `bytes` bytes of valid-looking JSON without holding them in memory. */
	| {kind: 'flood'; status: number; headers: Headers; bytes: number}
	/** Answer `reply` only after `delayMs`. */
	| {kind: 'later'; delayMs: number; reply: Reply};

export type Handler = (request: FakeRequest) => Reply;

export const jsonType = 'application/json';
/** What DeepSeek sends while a request waits in its queue, before the real answer. */
export const keepAlivePrelude = '\n\n: keep-alive\n\n\n: keep-alive\n\n';
export const htmlType = 'text/html; charset=utf-8';

export function json(status: number, body: unknown, headers: Headers = {}): Answer {
	return {kind: 'answer', status, headers: {'content-type': jsonType, ...headers}, body: JSON.stringify(body)};
}

export function html(status: number, page: string, headers: Headers = {}): Answer {
	return {kind: 'answer', status, headers: {'content-type': htmlType, ...headers}, body: page};
}

export function plainText(status: number, text: string, headers: Headers = {}): Answer {
	return {kind: 'answer', status, headers: {'content-type': 'text/plain; charset=utf-8', ...headers}, body: text};
}

/** Random lowercase hex, for trace and request ids. */
export function hexId(bytes = 16): string {
	return randomBytes(bytes).toString('hex');
}

export function unixSeconds(): number {
	return Math.floor(Date.now() / 1000);
}

/** The first `keep` characters of an answer: what a proxy that cut the body would deliver. */
export function truncated(answer: Answer, keep = Math.floor(answer.body.length / 2)): Answer {
	return {...answer, body: answer.body.slice(0, keep)};
}

/** The same answer, sent as headers and its first half, and then nothing more. */
export function stalled(answer: Answer): Reply {
	return {kind: 'stall', status: answer.status, headers: answer.headers, partial: truncated(answer).body};
}

/** Wrap a handler so every reply it gives is transformed (answers only, other kinds pass). */
export function mapAnswers(handler: Handler, transform: (answer: Answer) => Reply): Handler {
	const visit = (reply: Reply): Reply => {
		if (reply.kind === 'answer') return transform(reply);
		if (reply.kind === 'later') return {...reply, reply: visit(reply.reply)};
		return reply;
	};
	return request => visit(handler(request));
}
