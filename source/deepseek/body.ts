// Reading a response body with a byte cap, and deciding whether it is usable JSON.
import type {BodyProblem} from './types.js';

/** Far above any real API answer (a /models list is a few KiB); stops a 50 MB page early. */
export const defaultMaxBodyBytes = 1024 * 1024;

/** A body stream as undici's request() returns it (only what is needed here). */
export type BodyStream = AsyncIterable<Uint8Array> & {destroy(error?: Error): unknown};

export type CappedBody = {text: string; tooLarge: boolean};

/**
 * Read at most `maxBytes` bytes. Past the cap, the stream is destroyed at once (which
 * closes the connection) instead of draining the rest. Errors of the stream (reset,
 * abort, timeout) propagate to the caller.
 */
export async function readCapped(body: BodyStream, maxBytes: number): Promise<CappedBody> {
	const chunks: Uint8Array[] = [];
	let size = 0;
	for await (const chunk of body) {
		if (size + chunk.byteLength > maxBytes) {
			chunks.push(chunk.subarray(0, maxBytes - size));
			body.destroy();
			return {text: decode(chunks), tooLarge: true};
		}
		chunks.push(chunk);
		size += chunk.byteLength;
	}
	return {text: decode(chunks), tooLarge: false};
}

function decode(chunks: Uint8Array[]): string {
	// A multi-byte character cut by the cap becomes U+FFFD instead of throwing.
	return new TextDecoder('utf-8', {fatal: false}).decode(Buffer.concat(chunks));
}

export type InterpretedBody = {json: unknown; bodyProblem: BodyProblem | undefined};

/**
 * Leading blank lines and SSE comment lines (`: keep-alive`) that DeepSeek sends while a
 * request waits in its queue: they come before the real answer and are not an error.
 */
export function skipKeepAliveLines(text: string): string {
	let rest = text.replace(/^\uFEFF/, '');
	for (;;) {
		// A blank or comment line, ended by a newline or by the end of the text.
		const line = /^[ \t]*(?::[^\n]*)?(?:\r?\n|$)/.exec(rest)?.[0] ?? '';
		if (line === '') return rest;
		rest = rest.slice(line.length);
	}
}

function isJsonContentType(contentType: string | undefined): boolean {
	return contentType !== undefined && /^application\/(?:[\w.+-]*\+)?json\b/i.test(contentType.trim());
}

/**
 * Decide what the body is. HTML (it starts with `<`) is `not_json` whatever the content
 * type says. Text that parses as JSON is accepted even under a wrong content type
 * (relays often send JSON as text/html or text/plain). Text that fails to parse is
 * `malformed_json` when it meant to be JSON (starts with `{`/`[` or says it is JSON),
 * `not_json` otherwise (a text/html or plain-text error page).
 */
export function interpretBody(body: CappedBody, contentType: string | undefined): InterpretedBody {
	if (body.tooLarge) return {json: undefined, bodyProblem: 'too_large'};
	const text = skipKeepAliveLines(body.text);
	const trimmed = text.trim();
	// Only keep-alive lines and no answer is as empty as no bytes at all.
	if (trimmed === '') return {json: undefined, bodyProblem: 'empty'};
	if (trimmed.startsWith('<')) return {json: undefined, bodyProblem: 'not_json'};
	try {
		return {json: JSON.parse(trimmed) as unknown, bodyProblem: undefined};
	} catch {
		const meantAsJson = /^[{[]/.test(trimmed) || isJsonContentType(contentType);
		return {json: undefined, bodyProblem: meantAsJson ? 'malformed_json' : 'not_json'};
	}
}
