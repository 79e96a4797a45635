// Reading a response body with a byte cap, and deciding whether it is usable JSON.
import type {BodyProblem} from './types.js';

/** Far above any real API answer (a /models list is a few KiB); stops a 50 MB page early. */
export const defaultMaxBodyBytes = 1024 * 1024;

/** A body stream as undici's request() returns it (only what is needed here). */
type BodyStream = AsyncIterable<Uint8Array> & {destroy(error?: Error): unknown};

/**
 * The body as text, at most the cap. `notText` when it cannot be shown as text at all:
 * `undecodable`, a Content-Encoding this tool cannot undo or bytes that do not decompress;
 * `binary`, bytes that are no UTF-8 text (then `text` is empty, so nothing shows them raw,
 * and `bytes` is their size after decompression).
 */
type CappedBody = {text: string; tooLarge: boolean; notText?: {problem: 'undecodable'} | {problem: 'binary'; bytes: number}};

/**
 * Read at most `maxBytes` bytes. Past the cap, the stream is destroyed at once (which
 * closes the connection) instead of draining the rest. Errors of the stream (reset,
 * abort, timeout) propagate to the caller. A body the server compressed (`contentEncoding`,
 * although no Accept-Encoding was sent) is decompressed, held to the same cap once decompressed.
 */
export async function readCapped(body: BodyStream, maxBytes: number, contentEncoding?: string): Promise<CappedBody> {
	const chunks: Uint8Array[] = [];
	let size = 0;
	for await (const chunk of body) {
		if (size + chunk.byteLength > maxBytes) {
			chunks.push(chunk.subarray(0, maxBytes - size));
			body.destroy();
			// Cut-off compressed bytes do not decompress, and would be larger still if they did.
			return {text: contentEncoding === undefined ? asText(Buffer.concat(chunks)).text : '', tooLarge: true};
		}
		chunks.push(chunk);
		size += chunk.byteLength;
	}
	const raw = Buffer.concat(chunks);
	const decompressed = contentEncoding === undefined ? {bytes: raw, tooLarge: false} : decompress(raw, contentEncoding, maxBytes);
	if (decompressed === undefined) return {text: '', tooLarge: false, notText: {problem: 'undecodable'}};
	if (decompressed.tooLarge) return {text: '', tooLarge: true};
	const {text, binary} = asText(decompressed.bytes);
	return binary ? {text: '', tooLarge: false, notText: {problem: 'binary', bytes: decompressed.bytes.byteLength}} : {text, tooLarge: false};
}

/**
 * Undo each Content-Encoding, the last applied first. Undefined when one is unknown or its
 * bytes do not decompress; tooLarge once the decompressed bytes pass the cap (zlib stops
 * there, so a small bomb never grows in memory).
 */
function decompress(raw: Buffer, contentEncoding: string, maxBytes: number): {bytes: Buffer; tooLarge: boolean} | undefined {
	// Loaded here, not at start-up: an ordinary answer is not compressed (test/integration/start-up.test.ts).
	const zlib = process.getBuiltinModule('node:zlib');
	const limit = {maxOutputLength: maxBytes};
	const steps: Record<string, (bytes: Buffer) => Buffer> = {
		identity: bytes => bytes,
		gzip: bytes => zlib.gunzipSync(bytes, limit),
		'x-gzip': bytes => zlib.gunzipSync(bytes, limit),
		// HTTP's deflate is zlib-wrapped, but some servers send the raw stream (browsers take both).
		deflate(bytes) {
			try {
				return zlib.inflateSync(bytes, limit);
			} catch (error) {
				if (isOverCap(error)) throw error;
				return zlib.inflateRawSync(bytes, limit);
			}
		},
		br: bytes => zlib.brotliDecompressSync(bytes, limit),
	};
	const encodings = contentEncoding.toLowerCase().split(',').map(part => part.trim()).filter(part => part !== '').reverse();
	let bytes = raw;
	try {
		for (const encoding of encodings) {
			const step = Object.hasOwn(steps, encoding) ? steps[encoding] : undefined;
			if (step === undefined) return undefined;
			bytes = step(bytes);
		}
	} catch (error) {
		return isOverCap(error) ? {bytes: Buffer.alloc(0), tooLarge: true} : undefined;
	}
	return {bytes, tooLarge: false};
}

function isOverCap(error: unknown): boolean {
	return (error as {code?: unknown} | undefined)?.code === 'ERR_BUFFER_TOO_LARGE';
}

/** Invalid UTF-8 this often (and more than a few times) is no text in any usual encoding. */
const mostReplacementsInText = 4;
const replacementShareOfBinary = 0.2;

/** UTF-8 text; binary when it holds a NUL or mostly invalid UTF-8 (a cut multi-byte character at the cap is text). */
function asText(bytes: Buffer): {text: string; binary: boolean} {
	// A multi-byte character cut by the cap becomes U+FFFD instead of throwing.
	const text = new TextDecoder('utf-8', {fatal: false}).decode(bytes);
	const replacements = text.match(/\uFFFD/g)?.length ?? 0;
	const binary = bytes.includes(0) || (replacements > mostReplacementsInText && replacements > text.length * replacementShareOfBinary);
	return {text, binary};
}

type InterpretedBody = {json: unknown; bodyProblem: BodyProblem | undefined};

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
	if (body.notText) return {json: undefined, bodyProblem: body.notText.problem};
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
