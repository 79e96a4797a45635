// Reading the error out of an answer, in every shape real services send: OpenAI's
// `{error: {...}}`, `{code, message}` with numbers or strings for codes, `{type, message,
// statusCode}`, `{success: false, message}`, FastAPI's `{detail}`, `{msg}`, plain text,
// and the texts clients and gateways wrap around a body (`Error code: 402 - {'error': …}`
// in Python's repr, `API Error: 402 {…}`), a list around the error object (Google), and an
// error whose message is another error's JSON (a gateway passing its upstream's body on),
// and a client's exception dump with the service's answer under `body` or `responseBody`.
// The shapes are data (field lists below), not one branch per service. What the error
// MEANS is decided elsewhere (providers/signatures/).
import {isJsonObject, type JsonObject} from '../json.js';
import {oneLine, sanitize} from '../text/safe.js';
import {skipKeepAliveLines} from './body.js';
import type {ApiErrorBody} from './types.js';

/** Where services put each part of an error, most common first. */
const fields = {
	message: ['message', 'msg', 'error_msg', 'errorMessage', 'error_message', 'errmsg', 'detail', 'description'],
	code: ['code', 'error_code', 'errorCode', 'err_code', 'errcode'],
	type: ['type', 'error_type', 'errorType'],
	status: ['statusCode', 'status_code', 'status', 'httpStatus', 'http_status'],
} as const;

/** `code` values that mean success in `{code, message, data}` bodies (SiliconFlow: 20000). */
const successCodes = new Set([0, 200, 20000]);

/** A status a text names: `Error code: 402`, `API Error: 402`, `status_code=403`, `HTTP 503`, a leading `402 `. */
const statusInText = /(?:\b(?:error code|status code|status_code|statuscode|http status|api error|http)\b\s*[:=]?\s*|^)([1-5]\d\d)(?!\d)/i;

/**
 * Text sent percent-encoded ("Incorrect%20API%20key%20provided…", as xAI once did) read as
 * words; anything with a real space, or that does not decode, is left as it is.
 */
function decodedWords(text: string): string {
	if (!text.includes('%20') || /\s/.test(text)) return text;
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

function errorText(text: string, key: string | undefined, max = 300): string {
	return oneLine(sanitize(decodedWords(text), key), max);
}

function nonEmptyString(value: unknown): value is string {
	return typeof value === 'string' && value.trim() !== '';
}

function asStatus(value: unknown): number | undefined {
	const number = typeof value === 'string' && /^\d{3}$/.test(value.trim()) ? Number(value) : value;
	return typeof number === 'number' && Number.isInteger(number) && number >= 100 && number <= 599 ? number : undefined;
}

/** The status a free text names, if any (wrappers put it before the body). */
function statusNamedIn(text: string): number | undefined {
	return asStatus(statusInText.exec(text.trim())?.[1]);
}

function first(object: JsonObject, names: readonly string[], accept: (value: unknown) => boolean): unknown {
	for (const name of names) if (accept(object[name])) return object[name];
	return undefined;
}

/** FastAPI's `detail` may be text, `{message}` or a list of `{msg}`. */
function detailText(value: unknown): string | undefined {
	if (nonEmptyString(value)) return value;
	const item = Array.isArray(value) ? value[0] : value;
	if (!isJsonObject(item)) return undefined;
	const text = first(item, fields.message, nonEmptyString);
	return typeof text === 'string' ? text : undefined;
}

/** Strings anywhere in `metadata` sanitised; nesting past a few levels dropped. */
function sanitizeDeep(value: unknown, key: string | undefined, depth = 0): unknown {
	if (typeof value === 'string') return sanitize(value, key);
	if (depth >= 4) return undefined;
	if (Array.isArray(value)) return value.map(item => sanitizeDeep(item, key, depth + 1));
	if (isJsonObject(value)) {
		return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, sanitizeDeep(item, key, depth + 1)]));
	}
	return value;
}

/** Error bodies inside error messages are read this deep, no deeper. */
const maxNesting = 3;

/**
 * The JSON object that starts at `start` in `text`, up to its matching closing brace (braces
 * inside strings do not count); undefined when it never closes.
 */
function objectAt(text: string, start: number): string | undefined {
	let depth = 0;
	let quoted = false;
	for (let index = start; index < text.length; index += 1) {
		const char = text[index];
		if (quoted) {
			if (char === '\\') index += 1;
			else if (char === '"') quoted = false;
		} else if (char === '"') {
			quoted = true;
		} else if (char === '{') {
			depth += 1;
		} else if (char === '}') {
			depth -= 1;
			if (depth === 0) return text.slice(start, index + 1);
		}
	}
	return undefined;
}

/**
 * The error a message holds when the message is itself a JSON error document, or when a
 * gateway wrote its own words around one: LiteLLM's `litellm.BadRequestError:
 * DeepseekException - {"error": …}No fallback model group found…` (as its proxy answers,
 * BitterSecurity/Decepticon#220). Only a whole `{"error": …}` document counts there, and
 * line breaks a terminal put inside its strings are read as spaces.
 */
function nestedError(message: string, key: string | undefined, depth: number): ApiErrorBody | undefined {
	const text = message.trim();
	if (depth >= maxNesting) return undefined;
	if (/^[{[]/.test(text)) return parseErrorBody(tryJson(text), key, depth + 1);
	const start = text.search(/\{\s*"error"\s*:/);
	const inner = start > 0 ? objectAt(text, start) : undefined;
	if (inner === undefined) return undefined;
	const parsed = tryJson(inner) ?? tryJson(inner.replace(/\s*[\r\n]+\s*/g, ' '));
	return parseErrorBody(parsed, key, depth + 1);
}

/**
 * Where a client's exception dump keeps the service's own answer beside its generic words
 * (`{"message": "Unsuccessful response", "body": {"error": …}}` from the Dart openai client,
 * the AI SDK's `responseBody` as a JSON string): that answer says what happened.
 */
const answerFields = ['body', 'responseBody'] as const;

function wrappedAnswer(json: JsonObject, key: string | undefined, depth: number): ApiErrorBody | undefined {
	if (depth >= maxNesting) return undefined;
	for (const name of answerFields) {
		const value = json[name];
		const inner = parseErrorBody(typeof value === 'string' ? tryJson(value.trim()) : value, key, depth + 1);
		if (inner) return inner;
	}
	// A gateway's one-line error with the upstream's whole answer in `details` (Pollinations:
	// `{"error": "DeepSeek API error: 400 Bad Request", "details": {"error": {…}}}`). Only an
	// answer with an `error` of its own: other `details` (Google's list, Cursor's title) are not one.
	const {details} = json;
	const passed = isJsonObject(details) && 'error' in details ? parseErrorBody(details, key, depth + 1) : undefined;
	return passed ? {...passed, passedOn: true} : undefined;
}

/** The parts of one error object, whatever its field names. */
function readError(object: JsonObject, key: string | undefined, depth = 0): ApiErrorBody | undefined {
	const rawMessage = first(object, fields.message.filter(name => name !== 'detail'), nonEmptyString) ?? detailText(object.detail);
	const rawCode = first(object, fields.code, value => nonEmptyString(value) || (typeof value === 'number' && Number.isFinite(value)));
	const rawType = first(object, fields.type, nonEmptyString);
	const rawStatus = first(object, fields.status, value => asStatus(value) !== undefined);
	// Google-style `status: "RESOURCE_EXHAUSTED"` is a kind of error, not an HTTP status.
	const statusWord = nonEmptyString(object.status) && asStatus(object.status) === undefined ? object.status : undefined;
	const code = typeof rawCode === 'number' ? rawCode : typeof rawCode === 'string' ? errorText(rawCode, key, 120) : undefined;
	const type = nonEmptyString(rawType) ? errorText(rawType, key, 120) : statusWord === undefined ? undefined : errorText(statusWord, key, 120);
	// OpenRouter puts the upstream's own words in metadata.raw behind "Provider returned error".
	const metadata = isJsonObject(object.metadata) ? object.metadata : undefined;
	const raw = nonEmptyString(metadata?.raw) && !(typeof rawMessage === 'string' && rawMessage.includes(metadata.raw)) ? metadata.raw : undefined;
	// A gateway that puts the upstream's whole error JSON, as text, in its own message: the
	// upstream's words are the message (and its status counts when the gateway names none).
	const nested = typeof rawMessage === 'string' ? nestedError(rawMessage, key, depth) : undefined;
	const base = nested?.message ?? (typeof rawMessage === 'string' ? rawMessage : (type ?? (code === undefined ? undefined : String(code))));
	if (base === undefined) return undefined;
	const message = errorText(raw === undefined ? base : `${base}: ${raw}`, key);
	const status = asStatus(rawStatus) ?? (typeof code === 'number' ? asStatus(code) : undefined) ?? nested?.status ?? statusNamedIn(message);
	const body: ApiErrorBody = {message};
	if (type !== undefined) body.type = type;
	if (code !== undefined) body.code = code;
	if (nonEmptyString(object.param)) body.param = errorText(object.param, key, 120);
	if (metadata) body.metadata = sanitizeDeep(metadata, key) as Record<string, unknown>;
	if (status !== undefined) body.status = status;
	return body;
}

/** The error object a completion's first choice carries in place of an answer, if any. */
function errorInChoice(json: JsonObject): JsonObject | undefined {
	const choice = Array.isArray(json.choices) ? json.choices[0] : undefined;
	return isJsonObject(choice) && isJsonObject(choice.error) ? choice.error : undefined;
}

/** A body that says it succeeded (or is a completion) carries no error. */
function isSuccess(json: JsonObject): boolean {
	const {code} = json;
	return json.success === true || json.status === true || code === true || 'choices' in json
		|| (typeof code === 'number' && successCodes.has(code))
		|| (typeof code === 'string' && /^(?:0|200|20000|ok|success)$/i.test(code.trim()));
}

/** The top-level fields that only an error body has. */
function saysError(json: JsonObject): boolean {
	if (json.success === false || json.status === false) return true;
	if ((asStatus(first(json, fields.status, value => asStatus(value) !== undefined)) ?? 0) >= 400) return true;
	// A `type` alone proves nothing: successes carry one too (`"type": "message"`).
	return first(json, fields.code, value => value !== undefined && value !== null) !== undefined
		|| first(json, ['msg', 'error_msg', 'errorMessage', 'error_message', 'errmsg', 'detail'], value => value !== undefined) !== undefined
		|| (nonEmptyString(json.message) && !('data' in json && json.data !== null && json.data !== undefined));
}

/**
 * The error in a JSON answer, in any of the shapes real services use (see the top of
 * this file). The message is sanitised (key masked, escapes stripped) and cut to one
 * line; `status` is set when the body names an HTTP status of its own.
 */
export function parseErrorBody(json: unknown, key?: string, depth = 0): ApiErrorBody | undefined {
	// Google's OpenAI-compatible endpoint wraps its `{error: …}` in a one-element list (other
	// lists, such as Together's model list, are data).
	if (Array.isArray(json)) return json.length === 1 && isJsonObject(json[0]) && 'error' in json[0] ? parseErrorBody(json[0], key, depth) : undefined;
	if (!isJsonObject(json)) return undefined;
	// OpenRouter puts a provider's failure inside the choice of a 200 (`finish_reason: "error"`,
	// beside the partial output before it): that error, not a completion.
	const choiceError = errorInChoice(json);
	if (choiceError) return readError(choiceError, key, depth);
	if (isSuccess(json)) return undefined;
	const {error} = json;
	const outer = readError(json, key, depth);
	// `{success: false, error: {…}, status: 402}`: the status sits beside the error.
	const outerStatus = asStatus(first(json, fields.status, value => asStatus(value) !== undefined));
	const withStatus = (body: ApiErrorBody, named: number | undefined): ApiErrorBody => {
		const status = body.status ?? outerStatus ?? named;
		return status === undefined ? body : {...body, status};
	};
	const wrapped = wrappedAnswer(json, key, depth);
	if (wrapped) return withStatus(wrapped, undefined);
	if (nonEmptyString(error)) {
		const {status, ...rest} = outer ?? {message: ''};
		return withStatus({...rest, message: errorText(error, key)}, status ?? statusNamedIn(error));
	}
	if (isJsonObject(error)) {
		const inner = readError(error, key, depth);
		if (inner) return withStatus(inner, undefined);
	}
	// Cloudflare's AI Gateway lists its own errors, as Cloudflare's API does:
	// `{"success":false,"result":[],"messages":[],"error":[{"code":2009,"message":"Unauthorized"}]}`.
	if (Array.isArray(error) && isJsonObject(error[0])) {
		const inner = readError(error[0], key, depth);
		if (inner) return withStatus(inner, undefined);
	}
	return saysError(json) ? outer : undefined;
}

// ─── Text around or instead of a body ───────────────────────────────────────────

/**
 * Python's repr of a dict (`{'error': {'message': 'x', 'param': None}}`) as JSON text:
 * strings re-quoted, None/True/False spelled the JSON way. Anything else is left as is;
 * the caller tries JSON.parse on the result.
 */
export function pythonReprToJson(text: string): string {
	let out = '';
	let index = 0;
	while (index < text.length) {
		const char = text[index] ?? '';
		if (char === '\'' || char === '"') {
			let value = '';
			index += 1;
			while (index < text.length && text[index] !== char) {
				if (text[index] === '\\' && index + 1 < text.length) {
					const next = text[index + 1] ?? '';
					value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
					index += 2;
				} else {
					value += text[index];
					index += 1;
				}
			}
			out += JSON.stringify(value);
			index += 1;
			continue;
		}
		const word = /^(?:None|True|False)\b/.exec(text.slice(index))?.[0];
		if (word) {
			out += word === 'None' ? 'null' : word === 'True' ? 'true' : 'false';
			index += word.length;
			continue;
		}
		out += char;
		index += 1;
	}
	return out;
}

function tryJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

/** The error's other fields after a message whose closing quote was escaped (`…","type":"…`). */
const siblingFieldsAfterMessage = /"\s*,\s*"(?:type|param|code)"\s*:[\s\S]*$/;

/**
 * `'message': '…'` / `"msg":"…"` found by pattern, for bodies cut short or otherwise
 * unparseable. A body cut short inside its message (a quote that ends a post, a client that
 * keeps only the first bytes) still has the message's start: it runs to the end of the text.
 * A message that stops at an opening brace was cut by the first quote of an error JSON pasted
 * into it unescaped (Dify's plugin errors quote DeepSeek's body that way): the message inside
 * that JSON is the one that says what happened.
 */
function messageByPattern(text: string): string | undefined {
	const names = fields.message.join('|');
	const pattern = new RegExp(`["']?(?:${names})["']?\\s*:\\s*(["'])((?:\\\\.|(?!\\1)[^\\\\])*)(?:\\1|$)`, 'g');
	let cutAtBrace: string | undefined;
	for (const match of text.matchAll(pattern)) {
		// Escaped quotes stay escaped when the string could not be parsed: unescape them for reading.
		const value = match[2]?.replace(/\\(["'\\/])/g, '$1');
		if (value === undefined) continue;
		if (cutAtBrace === undefined && /[{[]\s*$/.test(value)) {
			cutAtBrace = value;
			continue;
		}
		return cutAtBrace === undefined ? value : value.replace(siblingFieldsAfterMessage, '');
	}
	return cutAtBrace;
}

/**
 * The old openai-python client's (0.x) words for a body it could not read as JSON: `HTTP code
 * 401 from API (Authentication Fails (no such user))`, the body whole between the parentheses
 * (as a WeChat bot logged DeepSeek's 401, zhayujie/CowAgent#1957). To the last parenthesis of
 * the line: the body may hold its own.
 */
const oldOpenAiClientWrapper = /\bHTTP code ([1-5]\d\d) from API \((.*)\)/i;

/**
 * The words a client built on OpenAI's SDK puts before the service's own text, and a line with
 * the status alone before them: Roo Code's `400\nOpenAI completion error: 400 The
 * `reasoning_content` … must be passed back …` (RooCodeInc/Roo-Code#12203, against DeepSeek),
 * Qwen Code's `OpenAI API error: 400 …`. They name the client's library, not the service that
 * answered: quoted as they were, a summary about DeepSeek named OpenAI. The status stays read
 * (statusNamedIn, before this). So does the exception class the Python client raises, when the
 * service's text after it is no JSON: `openai.UnprocessableEntityError: Failed to deserialize
 * …` (gptme against DeepSeek, gptme/gptme#170).
 */
const openAiClientWords = /^(?:(?:[1-5]\d\d\s*\n\s*)?OpenAI(?:[\s-]compatible)?\s+(?:API|completion|request)\s+error\s*[:：]?\s*(?:\[?[1-5]\d\d\]?(?![\d\w])\s*[:：-]?\s*)?|openai\.[a-z]*Error\s*:\s*)(?=\S)/i;

/** Plain text with a client's own words before the service's taken off (openAiClientWords). */
function withoutClientWords(text: string): string {
	return text.replace(openAiClientWords, '');
}

/**
 * The error in an answer that is not a JSON document: a wrapped body (`API Error: 402
 * {"error":…}`, `Error code: 402 - {'error': …}`, `HTTP code 401 from API (…)`), or plain text ("402 Insufficient
 * Balance", a gateway's one-line message). Undefined for an empty body or a web page.
 */
export function parseErrorText(text: string, key?: string): ApiErrorBody | undefined {
	const trimmed = skipKeepAliveLines(text).trim();
	if (trimmed === '' || trimmed.startsWith('<')) return undefined;
	const oldClient = oldOpenAiClientWrapper.exec(trimmed);
	if (oldClient?.[2] !== undefined) {
		const inner = parseErrorText(oldClient[2], key);
		if (inner) return inner.status === undefined ? {...inner, status: Number(oldClient[1])} : inner;
	}
	const named = statusNamedIn(trimmed);
	const start = trimmed.indexOf('{');
	const end = trimmed.lastIndexOf('}');
	if (start >= 0) {
		const inner = end > start ? trimmed.slice(start, end + 1) : trimmed.slice(start);
		const parsed = tryJson(inner) ?? tryJson(pythonReprToJson(inner));
		const body = parsed === undefined ? undefined : parseErrorBody(parsed, key);
		if (body) return named !== undefined && body.status === undefined ? {...body, status: named} : body;
		// The object that closes last need not be the error: an app's log line may quote the
		// request's parameters first and the error after them, cut short before it closes
		// (DeepTutor's `Params: {'max_tokens': 12000}, Got: Error code: 400 - {'error':
		// {'message': 'Invalid max_tok.`, HKUDS/DeepTutor#88). The rest of the text is read then.
		const byPattern = messageByPattern(inner) ?? messageByPattern(trimmed.slice(start));
		if (byPattern !== undefined && byPattern.trim() !== '') {
			return named === undefined ? {message: errorText(byPattern, key)} : {message: errorText(byPattern, key), status: named};
		}
	}
	// Cut-off JSON is no message: only a recognisable error field in it would have been.
	// ("[LLM] Access denied: …" is text that happens to start with a bracket, and so is a
	// status in brackets before words, "[400]: Upstream request failed: …", as OmniRoute
	// prints the error it passes on: no JSON array goes on after its closing bracket.)
	if (/^\[\s*\d+\s*\]\s*[:：-]?\s*\p{L}/u.test(trimmed)) return named === undefined ? {message: errorText(trimmed, key)} : {message: errorText(trimmed, key), status: named};
	if (/^\{\s*(?:["'}]|$)|^\[\s*(?:[{["'\d\]-]|true\b|false\b|null\b|$)/.test(trimmed)) return undefined;
	const words = withoutClientWords(trimmed);
	return named === undefined ? {message: errorText(words, key)} : {message: errorText(words, key), status: named};
}

/**
 * The last four characters DeepSeek echoes in a 401 ("Authentication Fails, Your api key:
 * ****abcd is invalid"): they belong to whatever was really SENT, which need not be a key
 * at all (`****_KEY`, `****eek}` are placeholders or template text).
 */
export function echoedKeyLastFour(message: string): string | undefined {
	const match = /api[\s_-]*key\s*[:：]?\s*(?:sk-)?[*•…]+\s*([^\s*•…]{4,})/i.exec(message);
	const token = match?.[1];
	if (token === undefined) return undefined;
	// "****abcd." at the end of a sentence: the full stop is not part of the key.
	const trimmed = token.length > 4 ? token.replace(/[.,;:!?。，]$/, '') : token;
	return trimmed.slice(-4);
}

/**
 * An echoed tail that no DeepSeek key ends with: the app sent a placeholder, template text or
 * an unset value (`****null`, `****None`, `****ined`). Only DeepSeek echoes a key this way, and
 * its keys end in hex digits (sk- and 32 of them, docs/deepseek-api.md).
 */
export function isPlaceholderTail(lastFour: string): boolean {
	return !/^[0-9a-f]{4}$/i.test(lastFour);
}

/**
 * The extension of a file's name, when the echoed tail is one (…json, …yaml, ….env): the
 * app sent the name or path of the file that holds the key (a setting pointing at a file,
 * filled with its path), not the key in it. Only tails no key has (isPlaceholderTail).
 */
export function fileNameTail(lastFour: string): boolean {
	return /^(?:json|yaml|toml|conf|\.yml|\.txt|\.env|\.ini|\.cfg|\.key)$/i.test(lastFour);
}

/**
 * The character after a key's own end, when the echo is a key's end plus one quote or
 * bracket (…18b"): a real key sent with what it was written between in a file or setting.
 */
export function strayCharacterAfterKey(lastFour: string): string | undefined {
	return /^[0-9a-f]{3}(["'`)\]}>,;])$/i.exec(lastFour)?.[1];
}

/**
 * The error of an answer: from its JSON when it parsed, else from its text. A refusal whose
 * whole body is one JSON string (SiliconFlow's 401 `"Invalid token"`, Cerebras' 429) is
 * that message; a string at 2xx is data, not an error.
 */
export function readErrorBody(json: unknown, text: string, key?: string, status?: number, awsErrorTypeHeader?: string): ApiErrorBody | undefined {
	if (nonEmptyString(json)) return status !== undefined && status >= 400 ? {message: errorText(json, key)} : undefined;
	const body = json === undefined ? parseErrorText(text, key) : parseErrorBody(json, key);
	const awsType = awsErrorType(awsErrorTypeHeader);
	return body && body.type === undefined && awsType ? {...body, type: awsType} : body;
}

/**
 * The error type an AWS service names in its `x-amzn-errortype` header, where its JSON body holds the message alone
 * (Amazon Bedrock's `{"message":"User messages cannot contain reasoning content…"}` with
 * `ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/`, zed-industries/zed#32341): the part
 * before the first colon, when it is a plain name.
 */
export function awsErrorType(header: string | undefined): string | undefined {
	const name = header?.split(':')[0]?.trim();
	return name && /^[A-Za-z][\w.]{0,80}$/.test(name) ? name : undefined;
}
