// How the build spares the wizard's first frame string-width's emoji expression (an esbuild
// plugin), used by scripts/build.mjs.
//
// ink measures every line it draws with string-width, which tests each grapheme that is
// not plain ASCII against /^\p{RGI_Emoji}$/v. V8 builds that expression (some 3,600
// sequences) when the module loads (~15 ms here) and compiles it at its first test (~20 ms
// more): the wizard's first frame, whose lines hold "❯", "…" and "·", paid for both. Every
// RGI emoji holds a pictographic character, a regional indicator (the flags), the keycap
// mark or a skin-tone modifier, so only a grapheme that holds one of those can match: the
// build has string-width test only those, and build the expression at the first such test.
// A bare ink app that draws ASCII (the bench's "hello") never reaches it either.
//
// Built, the expression still costs ~35 ms at its first test and ~12 ms at its second (V8
// compiles it again, to machine code): the wizard's first "✔" paid for both while the
// answers came in. A grapheme of one code point is an RGI emoji exactly when it has the
// Emoji_Presentation property and is not a regional indicator (a flag needs two): a small
// expression decides those, and the full one is built only for a sequence ("✔️", a flag,
// a skin-toned hand, a ZWJ family), which the tool's own text never holds.
//
// Text the build's segmenter cuts one UTF-16 unit per grapheme (`oneUnitGraphemes`,
// source/text/segmenter.ts: the lines the wizard draws, with "❯", "…", "·", box drawing and
// Chinese) is measured unit by unit from a table each unit's width is written into the first
// time string-width measures it alone: the loop over segments adds, for each, what it adds for
// that segment alone, so the sum is the same, without a segment object, an iterator result and
// the code-point array for every character of every line of every frame (about 1.4 MB of the
// young generation between the wizard's first frame and its first answer).
import {readFileSync} from 'node:fs';

/** The line of string-width (8.x) that builds the expression when the module loads. */
const eagerLine = 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;';

/** What /^\p{RGI_Emoji}$/v says of a single code point (the unit test compares them on every one). */
export const rgiEmojiOfOneCodePoint = String.raw`/^(?![\u{1F1E6}-\u{1F1FF}])\p{Emoji_Presentation}$/u`;

/** The same name, as an object whose `test` rules out what cannot be an RGI emoji first. */
const lazyLines = [
	'const mayBeRgiEmoji = /\\p{Extended_Pictographic}|[\\u{1F1E6}-\\u{1F1FF}\\u{1F3FB}-\\u{1F3FF}\\u20E3]/u;',
	`const rgiEmojiOfOne = ${rgiEmojiOfOneCodePoint};`,
	'const oneCodePoint = segment => segment.length === 1 || (segment.length === 2 && segment.codePointAt(0) > 0xFFFF);',
	'let rgiEmojiRegexBuilt;',
	'const rgiEmojiRegex = {test: segment => mayBeRgiEmoji.test(segment) && (oneCodePoint(segment) ? rgiEmojiOfOne.test(segment) : (rgiEmojiRegexBuilt ??= /^\\p{RGI_Emoji}$/v).test(segment))};',
].join('\n');

/** string-width (8.x)'s fast path for printable ASCII, after which the unit-by-unit path goes. */
const asciiPath = `if (/^[\\u0020-\\u007E]*$/.test(string)) {
		return string.length;
	}`;

/** Text of one-unit graphemes measured from a table of each unit's width, per `ambiguousIsNarrow`. */
const unitPath = `
	if (string.length > 1 && oneUnitGraphemes(string)) {
		const widths = (unitWidths[ambiguousIsNarrow ? 0 : 1] ??= new Int8Array(0x10000).fill(-1));
		let width = 0;
		for (let index = 0; index < string.length; index++) {
			const unit = string.charCodeAt(index);
			if (widths[unit] === -1) widths[unit] = stringWidth(string[index], {ambiguousIsNarrow, countAnsiEscapeCodes: true});
			width += widths[unit];
		}
		return width;
	}`;

/**
 * string-width's source measuring text of one-unit graphemes unit by unit (`oneUnitGraphemes`
 * is the build's, from its inject of source/text/segmenter.ts). Throws (the build stops) when
 * the source no longer reads as expected: the ASCII fast path, once.
 */
export function unitByUnit(source) {
	if (source.split(asciiPath).length !== 2 || !source.includes('export default function stringWidth(input, options = {})')) {
		throw new Error('node_modules/string-width/index.js no longer reads as scripts/string-width-plugin.mjs expects: see that file');
	}
	return source.replace(asciiPath, () => `${asciiPath}\n${unitPath}`).replace('export default function stringWidth', () => 'const unitWidths = [];\n\nexport default function stringWidth');
}

/**
 * string-width's source with the expression built and tested only when it can match. Throws
 * (the build stops) when the source no longer reads as expected: the one eager line, and the
 * expression used once, in a `test`.
 */
export function lazyEmojiTest(source) {
	const uses = source.match(/rgiEmojiRegex/g) ?? [];
	if (source.split(eagerLine).length !== 2 || uses.length !== 2 || !source.includes('rgiEmojiRegex.test(segment)')) {
		throw new Error('node_modules/string-width/index.js no longer reads as scripts/string-width-plugin.mjs expects: see that file');
	}
	return source.replace(eagerLine, () => lazyLines);
}

/** esbuild plugin: string-width's emoji test, lazily, and text of one-unit graphemes measured unit by unit. */
export const stringWidthPlugin = {
	name: 'lazy-emoji-test',
	setup(build) {
		build.onLoad({filter: /node_modules\/string-width\/index\.js$/}, args => ({contents: unitByUnit(lazyEmojiTest(readFileSync(args.path, 'utf8'))), loader: 'js'}));
	},
};
