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

/** esbuild plugin: string-width's emoji test, lazily. */
export const stringWidthPlugin = {
	name: 'lazy-emoji-test',
	setup(build) {
		build.onLoad({filter: /node_modules\/string-width\/index\.js$/}, args => ({contents: lazyEmojiTest(readFileSync(args.path, 'utf8')), loader: 'js'}));
	},
};
