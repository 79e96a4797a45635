// Making text safe to show: keys masked, terminal escape sequences and invisible
// formatting characters removed. Everything that reaches a screen, a JSON document, a
// report, the settings file or an error goes through here.
import {isJsonObject} from '../json.js';
import {cutToColumns} from './width.js';

/** DeepSeek keys as observed: `sk-` + 32 lowercase hex (a hint, not a documented rule). */
export const deepseekKeyPattern = /^sk-[0-9a-f]{32}$/;
/** The length of every key the pattern above takes: sk- and 32 hex characters. */
export const deepseekKeyLength = 35;

/**
 * Anything that looks like an API key in free text (sk-…, sk-or-v1-…, bce-v3/ALTAK-…): at a
 * word's start, or right after a %-encoded character (`%22sk-…`, a quoted key in a URL or a
 * command line), where no word boundary is.
 */
const keyLikeInText = /(?:\b|(?<=%[0-9A-Fa-f]{2}))(?:sk-(?:or-v1-)?|bce-v3\/ALTAK-)[A-Za-z0-9_\-./+]{12,}/g;

/**
 * The fewest consecutive characters of the key in use that count as "the key" inside
 * other text: a server may echo it without `sk-`, upper-cased, or only a slice of it.
 * Eight characters of a 32-hex-digit key are still 32 bits of it; four (DeepSeek's own
 * "****abcd" in a 401) are what we show ourselves. A run shorter than the whole key
 * counts only when it holds a digit (see keyRuns).
 */
export const keyRunMinimum = 8;

/** How much of the key's value runs are looked for in (see maskKeyRuns): keys are 35 to a few hundred characters. */
const longestKeySearched = 512;

/**
 * `sk-…abcd`: the only form in which a key is ever shown. Its last four are four a reader
 * sees: a zero-width space copied at its end would be stripped from the screen, leaving
 * `sk-…bcd`, which matches no key in the user's console (the key check names it by code point).
 */
export function maskKey(key: string): string {
	const trimmed = stripTerminalEscapes(key).trim();
	if (trimmed.length <= 8) return '…';
	// A key set as "Bearer sk-…" is shown so: the word is what the key check then talks about.
	const bearer = /^bearer\s+(?=\S)/i.exec(trimmed)?.[0];
	const rest = bearer === undefined ? trimmed : trimmed.slice(bearer.length);
	const prefix = rest.startsWith('sk-') ? 'sk-' : '';
	return `${bearer === undefined ? '' : 'Bearer '}${prefix}…${rest.slice(-4)}`;
}

/**
 * The characters of `key` no HTTP header can carry — outside ASCII (invisible ones copied
 * out of a web page, a PDF or a chat; look-alikes such as a full-width letter) or control
 * characters — each once and at most five, as `U+200B`: no request with such a key is ever
 * sent (Node refuses the header; Python's clients raise UnicodeEncodeError).
 */
export function unsendableKeyCharacters(key: string): string[] {
	// One match per code point (the u flag), so a character outside the BMP is named once.
	const found = key.trim().match(/[^\t\x20-\x7e]/gu) ?? [];
	return [...new Set(found.map(character => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`))].slice(0, 5);
}

/** The last four a key masked by maskKey shows (`sk-…abcd` → `abcd`); undefined where it shows none (a key of 8 or fewer). */
export function lastFourOfMasked(masked: string): string | undefined {
	return /…(.{4})$/u.exec(masked)?.[1];
}

/** The last four characters of a key (what DeepSeek echoes in a 401). */
export function lastFour(key: string): string {
	return key.trim().slice(-4);
}

// CSI, OSC (ended by BEL or ST), other ESC sequences, C0/C1 controls except \n and \t,
// and the characters that reorder or hide text without being seen: bidi embeddings,
// overrides and isolates (U+202A–U+202E, U+2066–U+2069), zero-width spaces and joiners,
// LRM/RLM (U+200B–U+200F), the Arabic letter mark (U+061C, the third bidi mark) and the
// zero-width no-break space (U+FEFF).
// oxlint-disable-next-line no-control-regex -- finding ESC, BEL and the other control characters is this pattern's job
const unsafeCharacters = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[@-Z\\-_]|[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * Remove escape sequences, control characters and invisible bidi/zero-width characters
 * from untrusted (network) text: what is printed is what a reader sees.
 */
export function stripTerminalEscapes(text: string): string {
	return text.replace(unsafeCharacters, '');
}

/**
 * A full-width form (U+FF01–U+FF5E) as its ASCII twin, then ASCII upper case to lower case
 * (keys are ASCII: other letters are compared as they are). Only for comparing: one UTF-16
 * unit for one, so a run's place in the text is where it was found, and the text keeps its
 * own characters (a Chinese message's full-width punctuation) outside the key.
 */
function fold(code: number): number {
	const ascii = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
	return ascii >= 65 && ascii <= 90 ? ascii + 32 : ascii;
}

type PreparedKey = {
	/** The key's UTF-16 units, ASCII letters lower-cased. */
	key: Uint16Array;
	/** For each unit, where it occurs in the key early enough for a full run. */
	offsetsByChar: ReadonlyMap<number, readonly number[]>;
	/** Whether key[offset, offset + length) holds a digit. */
	holdsDigit: (offset: number, length: number) => boolean;
};

/** The last key prepared: every string of a run is cleaned with the same key. */
let cache: {secret: string; prepared: PreparedKey} | undefined;

function prepared(secret: string): PreparedKey {
	if (cache?.secret === secret) return cache.prepared;
	const key = new Uint16Array(secret.length);
	const digitsUpTo = new Uint32Array(secret.length + 1);
	const offsetsByChar = new Map<number, number[]>();
	for (let index = 0; index < secret.length; index++) {
		const code = fold(secret.charCodeAt(index));
		key[index] = code;
		digitsUpTo[index + 1] = (digitsUpTo[index] ?? 0) + (code >= 48 && code <= 57 ? 1 : 0);
		if (index + keyRunMinimum > secret.length) continue;
		const offsets = offsetsByChar.get(code);
		if (offsets) offsets.push(index);
		else offsetsByChar.set(code, [index]);
	}
	const holdsDigit = (offset: number, length: number) => (digitsUpTo[offset + length] ?? 0) > (digitsUpTo[offset] ?? 0);
	cache = {secret, prepared: {key, offsetsByChar, holdsDigit}};
	return cache.prepared;
}

/**
 * Where `text` repeats `keyRunMinimum` or more consecutive characters of `secret`,
 * ignoring ASCII case: merged [start, end) spans, in order. A run that is not the whole
 * key must hold a digit: the random part of a real key has digits all through it, while
 * words do not — a placeholder key such as `${DEEPSEEK_API_KEY}` or a readable prefix such
 * as `deepseek-` would otherwise blank out every "DeepSeek" in the output. One pass over
 * the text; at each position only the key offsets holding that character are tried, and a
 * try stops at the first difference, so ordinary text costs about one comparison per character.
 */
function keyRuns(text: string, secret: string): Array<[number, number]> {
	const {key, offsetsByChar, holdsDigit} = prepared(secret);
	const spans: Array<[number, number]> = [];
	for (let start = 0; start + keyRunMinimum <= text.length; start++) {
		const offsets = offsetsByChar.get(fold(text.charCodeAt(start)));
		if (offsets === undefined) continue;
		const before = start > 0 ? fold(text.charCodeAt(start - 1)) : -1;
		for (const offset of offsets) {
			// Inside a run found one character earlier: that run already reaches as far.
			if (offset > 0 && key[offset - 1] === before) continue;
			// Too short to count, seen at its last required character (cheap for near misses).
			if (fold(text.charCodeAt(start + keyRunMinimum - 1)) !== key[offset + keyRunMinimum - 1]) continue;
			let length = 1;
			while (start + length < text.length && offset + length < key.length && fold(text.charCodeAt(start + length)) === key[offset + length]) length++;
			if (length < keyRunMinimum || (length < key.length && !holdsDigit(offset, length))) continue;
			const end = start + length;
			const last = spans.at(-1);
			if (last && start <= last[1]) last[1] = Math.max(last[1], end);
			else spans.push([start, end]);
		}
	}
	return spans;
}

/**
 * Replace every run of the key (see keyRuns) with its masked form, also where it only shows
 * once the text is joined back (see joinedView): the key cut into groups by spaces or line
 * breaks, or %-encoded character by character (or in part).
 */
function maskKeyRuns(text: string, secret: string): string {
	if (secret.length < keyRunMinimum || text.length < keyRunMinimum) return text;
	// Runs of a value far longer than any key (a file's content set as the key) are looked for in its start only: the
	// scan costs up to the text's length times the value's, minutes for two of 70,000 characters. Its start is masked.
	const searched = secret.length > longestKeySearched ? secret.slice(0, longestKeySearched) : secret;
	const joined = joinedView(text);
	const spans = joined === undefined
		? keyRuns(text, searched)
		: keyRuns(joined.view, searched).map(([start, end]): [number, number] => [joined.starts[start] ?? 0, joined.ends[end - 1] ?? text.length]);
	if (spans.length === 0) return text;
	const masked = maskKey(secret);
	let out = '';
	let from = 0;
	for (const [start, end] of spans) {
		out += text.slice(from, start) + masked;
		from = end;
	}
	return out + text.slice(from);
}

/**
 * The text as a reader or a decoder joins it back: whitespace (also %-encoded) dropped and each
 * other `%XX` escape decoded, with where each of its characters starts and ends in `text`. Undefined when that
 * changes nothing.
 */
function joinedView(text: string): {view: string; starts: Int32Array; ends: Int32Array} | undefined {
	if (!/\s|%[0-9A-Fa-f]{2}/.test(text)) return undefined;
	// Pieces of the text kept as they are are sliced whole: a megabyte of prose costs milliseconds.
	const pieces: string[] = [];
	const starts = new Int32Array(text.length);
	const ends = new Int32Array(text.length);
	let length = 0;
	let kept = 0;
	for (let index = 0; index < text.length;) {
		const code = text.charCodeAt(index);
		const escaped = code === 37 && isHexDigit(text.charCodeAt(index + 1)) && isHexDigit(text.charCodeAt(index + 2));
		if (!escaped && !isSpace(code)) {
			starts[length] = index;
			ends[length++] = ++index;
			continue;
		}
		pieces.push(text.slice(kept, index));
		const escape = escaped ? percentDecoded(text, index) : undefined;
		// A %-encoded space (`%20`, a no-break space's `%C2%A0` in a URL) cuts the key into groups as a space does.
		if (escape !== undefined && !isSpace(escape.character.codePointAt(0) ?? 0)) {
			pieces.push(escape.character);
			for (let unit = 0; unit < escape.character.length; unit++) {
				starts[length] = index;
				ends[length++] = index + escape.width;
			}
		}
		index += escape?.width ?? 1;
		kept = index;
	}
	pieces.push(text.slice(kept));
	return {view: pieces.join(''), starts, ends};
}

/** The character a `%XX` escape at `at` stands for (or the 2 to 4 escapes of one UTF-8 sequence), and how much of `text` it takes. */
function percentDecoded(text: string, at: number): {character: string; width: number} {
	const byteAt = (offset: number) => {
		const start = at + offset * 3;
		return text.charCodeAt(start) === 37 && isHexDigit(text.charCodeAt(start + 1)) && isHexDigit(text.charCodeAt(start + 2)) ? Number.parseInt(text.slice(start + 1, start + 3), 16) : -1;
	};
	const lead = byteAt(0);
	const count = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xc2 && lead <= 0xdf ? 2 : 1;
	let point = count === 1 ? lead : lead & (0xff >> (count + 1));
	for (let offset = 1; offset < count; offset++) {
		const next = byteAt(offset);
		// Not a continuation byte: the lead byte stands alone, as the one character it is in Latin-1.
		if ((next & 0xc0) !== 0x80) return {character: String.fromCharCode(lead), width: 3};
		point = (point << 6) | (next & 0x3f);
	}
	return point > 0x10ffff ? {character: String.fromCharCode(lead), width: 3} : {character: String.fromCodePoint(point), width: count * 3};
}

function isHexDigit(code: number): boolean {
	return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/** What `\s` matches, by code (one comparison or two for ordinary text). */
function isSpace(code: number): boolean {
	if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
	return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * What sanitize gave for each text, by key (it depends on nothing else): a check's details are
 * cleaned as the check ends and the whole `check --json` document once more on the way out, so
 * the second pass finds most of its texts here. Short texts only, a bounded number of them, for
 * a few keys (a run has one, and none for the texts cleaned without it).
 */
const cleaned = new Map<string | undefined, Map<string, string>>();
const cleanedTextMax = 2000;
const cleanedEntriesMax = 2000;
const cleanedKeysMax = 4;

/**
 * Make text from the network or from errors safe to print or store: strip escapes and
 * invisible characters, mask the given key and every run of 8 or more of its characters
 * that holds a digit (any case, with or without `sk-`, in full-width characters, cut by
 * whitespace, also URL-encoded), and mask anything else key-shaped.
 */
export function sanitize(text: string, key?: string): string {
	let forKey = cleaned.get(key);
	if (forKey === undefined) {
		if (cleaned.size >= cleanedKeysMax) cleaned.clear();
		forKey = new Map();
		cleaned.set(key, forKey);
	}
	const known = forKey.get(text);
	if (known !== undefined) return known;
	let out = stripTerminalEscapes(text);
	const secret = key?.trim();
	if (secret && secret.length >= keyRunMinimum) out = maskKeyRuns(out, secret);
	out = out.replace(keyLikeInText, match => maskKey(match));
	if (text.length <= cleanedTextMax) {
		if (forKey.size >= cleanedEntriesMax) forKey.clear();
		forKey.set(text, out);
	}
	return out;
}

/**
 * `sanitize` applied to every string in a JSON-like value (object keys too): for check
 * details and documents that are printed or stored whole.
 */
export function sanitizeDeep<T>(value: T, key?: string): T {
	return sanitizeValue(value, key) as T;
}

function sanitizeValue(value: unknown, key: string | undefined): unknown {
	if (typeof value === 'string') return sanitize(value, key);
	if (Array.isArray(value)) return value.map(item => sanitizeValue(item, key));
	if (isJsonObject(value)) {
		return Object.fromEntries(Object.entries(value).map(([name, item]) => [sanitize(name, key), sanitizeValue(item, key)]));
	}
	return value;
}

/**
 * A value the user gave (a word of the command line, a variable, a folder) as a sentence quotes
 * it: no escapes, no key (the key in use when given, anything shaped like one), one line, at most `max` columns.
 */
export function quotedValue(text: string, max: number, key?: string): string {
	return oneLine(sanitize(text, key), max);
}

/**
 * A whole sentence that quotes values from outside (a path from a flag or a variable, a folder's
 * name, a variable's value, a file system error), as the command line prints it: no escapes or
 * invisible characters, the key (the one in use when given, anything shaped like one) masked, and
 * one line, as a line break or tab inside a quoted path would otherwise split the sentence.
 * Every sentence on stderr and every settings row of `config` goes through it.
 */
export function cleanSentence(text: string, key?: string): string {
	return sanitize(text, key).replace(/\r\n|[\t\n\r\u2028\u2029]/g, ' ');
}

/**
 * One line, at most `max` columns (for check summaries built from server text): a wide
 * character counts two, and a cut never splits a character.
 */
export function oneLine(text: string, max = 160): string {
	return cutToColumns(text.replace(/\s+/g, ' ').trim(), max);
}
