// How the build makes ink's output stage cheaper without changing a byte of what it draws (an
// esbuild plugin), used by scripts/build.mjs.
//
// For each render ink makes an Output (node_modules/ink/build/output.js): every text written is
// tokenised with @alcalzone/ansi-tokenize, each character tested against
// /^\p{Default_Ignorable_Code_Point}+$/u, the lines turned back into strings and tokenised
// again, then a grid of width × height cells built and each row turned back into a string. The
// build changes three steps, each exactly equivalent:
// - a text of printable ASCII and newlines only gets its styled characters built directly (what
//   the tokenizer makes of it: one unstyled, narrow character per code unit), and the
//   Default_Ignorable test runs per character only when the text holds such a character at all;
// - characters that carry no style at all are turned into a string by joining their values (the
//   tokenizer's own function adds nothing for them: its style diffs of two empty sets are empty);
// - the grid's blank cells are one frozen cell instead of width × height new objects (the output
//   stage replaces cells, never changes one; frozen, a change would throw).
// docs/development.md ("Performance") has what it saved.
import {readFileSync} from 'node:fs';

/** The lines of ink (8.x) that the build replaces, each with its replacement. */
const replacements = [
	[
		"import { styledCharsFromTokens, styledCharsToString, tokenize, } from '@alcalzone/ansi-tokenize';",
		[
			"import { styledCharsFromTokens, styledCharsToString, tokenize, } from '@alcalzone/ansi-tokenize';",
			'const plainText = /^[\\n\\x20-\\x7E]*$/;',
			'const hasDefaultIgnorable = /\\p{Default_Ignorable_Code_Point}/u;',
			"const plainStyledChars = text => { const chars = []; for (let index = 0; index < text.length; index++) chars.push({type: 'char', value: text[index], fullWidth: false, styles: []}); return chars; };",
			'const quickStyledCharsToString = chars => { let text = \'\'; for (const char of chars) { if (char.styles.length !== 0) return styledCharsToString(chars); text += char.value; } return text; };',
			"const blankGridCell = Object.freeze({type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([])});",
		].join('\n'),
	],
	[
		'cached = styledCharsFromTokens(tokenize(line)).filter(character => !/^\\p{Default_Ignorable_Code_Point}+$/u.test(character.value));',
		'cached = plainText.test(line) ? plainStyledChars(line) : styledCharsFromTokens(tokenize(line));\n            if (hasDefaultIgnorable.test(line)) cached = cached.filter(character => !/^\\p{Default_Ignorable_Code_Point}+$/u.test(character.value));',
	],
	[
		`row.push({
                    type: 'char',
                    value: ' ',
                    fullWidth: false,
                    styles: [],
                });`,
		'row.push(blankGridCell);',
	],
];

/** How many times output.js calls styledCharsToString (each becomes the quick one). */
const stringCalls = 3;

/**
 * ink's output.js with the cheaper steps. Throws (the build stops) when the source no longer
 * reads as expected: each replaced piece once, styledCharsToString called three times.
 */
export function quickInkOutput(source) {
	const calls = source.split('styledCharsToString(').length - 1;
	if (calls !== stringCalls || replacements.some(([from]) => source.split(from).length !== 2)) {
		throw new Error('node_modules/ink/build/output.js no longer reads as scripts/ink-output-plugin.mjs expects: see that file');
	}
	let text = source.replaceAll('styledCharsToString(', 'quickStyledCharsToString(');
	for (const [from, to] of replacements) text = text.replace(from, () => to);
	return text;
}

/** esbuild plugin: ink's output stage, cheaper. */
export const inkOutputPlugin = {
	name: 'quick-ink-output',
	setup(build) {
		build.onLoad({filter: /node_modules\/ink\/build\/output\.js$/}, args => ({contents: quickInkOutput(readFileSync(args.path, 'utf8')), loader: 'js'}));
	},
};
