// Text for a terminal whose locale's characters are not UTF-8 (zh_CN.GBK, en_US.ISO-8859-1,
// zh_TW.Big5: text/locale-charset.ts). This tool writes UTF-8 whatever the locale, so there
// every character outside ASCII is mojibake ("…" is three GBK characters, "→" two). The English
// texts keep their typography for everyone else ("…", "→", "·", "—", curly quotes read better
// and take fewer columns), and get their ASCII forms here, from this one table, where the
// English tables are read (messages/language.ts, `localized`) and where code draws a symbol of
// its own (text/glyphs.ts): never by rewriting the bytes on their way out, so every width the
// layout measures is the width drawn ("..." is three columns where "…" was one).
import process from 'node:process';
import {nonUtf8Charset} from './locale-charset.js';

/** Whether this run draws only ASCII: the locale names a character set that is not UTF-8. Decided once. */
export const asciiOnly: boolean = nonUtf8Charset(process.env, process.platform) !== undefined;

/** Each character the English texts and the symbols use, as ASCII. */
const asciiForms: Readonly<Record<string, string>> = {
	'…': '...',
	'→': '->',
	'←': '<-',
	'↑': '^',
	'↓': 'v',
	'·': '|',
	'•': '*',
	'›': '>',
	'❯': '>',
	'—': '-',
	'–': '-',
	'’': "'",
	'‘': "'",
	'“': '"',
	'”': '"',
	'×': 'x',
	'○': 'o',
	'\u00A0': ' ',
	// The full-width equals sign a dotenv line holds (messages about it name it): "a full-width =".
	'＝': '=',
};

/**
 * The arrow keys, and words that would otherwise be only question marks: the start screen's "L 中文" (the key that
 * switches to Chinese) and a service's Chinese name in brackets after its Latin one
 * ("ModelScope (魔搭)"), which adds nothing a GBK terminal could show.
 */
const asciiPhrases: ReadonlyArray<readonly [RegExp, string]> = [
	// The arrow keys as "^/v": "^v" reads as Ctrl+V in nano's notation (^X). Three columns, as
	// the narrowest key hints have room for ("Up/Down" would cut off "q quit" at 40).
	[/↑↓\/jk/gu, '^/v or j/k'],
	[/↑↓/gu, '^/v'],
	[/中文 \(Chinese\)/gu, 'Chinese'],
	[/简体中文|中文/gu, 'Chinese'],
	[/ ?[(（]\P{ASCII}+[)）]/gu, ''],
];

/**
 * `text` in ASCII: each symbol by its ASCII form, any other character outside ASCII (a
 * server's Chinese answer quoted in an English sentence) as "?", which is what the terminal
 * could show of it at best.
 */
export function asciiText(text: string): string {
	if (/^\p{ASCII}*$/u.test(text)) return text;
	let phrased = text;
	for (const [pattern, ascii] of asciiPhrases) phrased = phrased.replace(pattern, ascii);
	let out = '';
	for (const char of phrased) out += char.codePointAt(0)! < 0x80 ? char : (asciiForms[char] ?? '?');
	return out;
}

/**
 * A message table (or a part of it) in ASCII: its strings, and whatever its functions return,
 * through asciiText; anything else (numbers, booleans) as it is.
 */
export function asciiTable<T>(value: T): T {
	if (typeof value === 'string') return asciiText(value) as T;
	if (typeof value === 'function') {
		const read = value as (...args: unknown[]) => unknown;
		return ((...args: unknown[]) => asciiTable(read(...args))) as T;
	}
	if (Array.isArray(value)) return value.map(item => asciiTable(item as unknown)) as T;
	if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asciiTable(item as unknown)])) as T;
	}
	return value;
}

/**
 * A JSON document (`--json`) as this run writes it, 2-space indented with a final newline.
 * Where only ASCII may be drawn, each character outside ASCII is its \u escape, which every
 * JSON reader takes for the same character: the masked key's "…" or a status page's Chinese
 * component names reach a program unchanged, and a GBK terminal shows no mojibake.
 */
export function jsonDocument(value: unknown, ascii: boolean = asciiOnly): string {
	const json = JSON.stringify(value, null, 2);
	// Per UTF-16 unit, so a character beyond U+FFFF becomes its surrogate pair's two escapes, as JSON has it.
	return `${ascii ? json.replaceAll(/[\u0080-\uFFFF]/g, unit => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`) : json}\n`;
}
