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
//   stage replaces cells, never changes one; frozen, a change would throw), and so is each
//   printable ASCII character's cell;
// - a text written with no escape, no carriage return (which joins the next line feed into one
//   character) and no default-ignorable character is cut into lines by its line feeds: its
//   characters carry no style and join back into the same text, so nothing is built per character;
// - a grid row becomes a string without a filtered copy, its trailing unstyled blanks skipped
//   (trimEnd would drop them); the lines and characters of a write are walked by index, not by
//   iterators (each step of which allocates until V8 optimises the loop).
// And in ansi-tokenizer.js the test for a C1 control before ink sanitizes a text is one regular
// expression instead of a string iterator over every character of every text of every frame.
// The garbage spared keeps V8's young generation from filling between the last answer and the
// wizard's result frame.
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
			"const blankGridCell = Object.freeze({type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([])});",
			'const plainCells = [];',
			"const plainStyledChars = text => { const chars = []; for (let index = 0; index < text.length; index++) chars.push(plainCells[text.charCodeAt(index)] ??= Object.freeze({type: 'char', value: text[index], fullWidth: false, styles: blankGridCell.styles})); return chars; };",
			'const quickStyledCharsToString = chars => { let text = \'\'; for (const char of chars) { if (char.styles.length !== 0) return styledCharsToString(chars); text += char.value; } return text; };',
			'const escapeOrCarriageReturn = /[\\r\\u001B\\u009B]/;',
			"const rowString = row => { let end = row.length; while (end > 0 && (row[end - 1] === undefined || (row[end - 1].value === ' ' && row[end - 1].styles.length === 0))) end--; let text = ''; for (let index = 0; index < end; index++) { const cell = row[index]; if (cell === undefined) continue; if (cell.styles.length !== 0) return styledCharsToString(row.filter(item => item !== undefined)).trimEnd(); text += cell.value; } return text.trimEnd(); };",
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
	[
		`const characterLines = [[]];
        for (const character of this.caches.getStyledChars(text)) {
            if (character.value === '\\n') {
                characterLines.push([]);
            }
            else {
                characterLines.at(-1).push(character);
            }
        }
        let lines = characterLines.map(line => quickStyledCharsToString(line));`,
		`let lines;
        if (!escapeOrCarriageReturn.test(text) && !hasDefaultIgnorable.test(text)) {
            lines = text.split('\\n');
        }
        else {
            const characterLines = [[]];
            for (const character of this.caches.getStyledChars(text)) {
                if (character.value === '\\n') {
                    characterLines.push([]);
                }
                else {
                    characterLines.at(-1).push(character);
                }
            }
            lines = characterLines.map(line => quickStyledCharsToString(line));
        }`,
	],
	[
		'for (let [index, line] of lines.entries()) {',
		'for (let index = 0; index < lines.length; index++) {\n            let line = lines[index];',
	],
	[
		'for (const character of characters) {',
		'for (let characterIndex = 0; characterIndex < characters.length; characterIndex++) {\n                const character = characters[characterIndex];',
	],
	[
		`const lineWithoutEmptyItems = line.filter(item => item !== undefined);
            return quickStyledCharsToString(lineWithoutEmptyItems).trimEnd();`,
		'return rowString(line);',
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
	let text = source.replaceAll('styledCharsToString(', 'quickStyledCharsToString(');
	if (calls !== stringCalls || replacements.some(([from]) => text.split(from).length !== 2)) {
		throw new Error('node_modules/ink/build/output.js no longer reads as scripts/ink-output-plugin.mjs expects: see that file');
	}
	for (const [from, to] of replacements) text = text.replace(from, () => to);
	return text;
}

/** ink's test for escapes before it sanitizes a text: its loop over the code points, one regular expression. */
const c1Loop = `    for (const character of text) {
        if (isC1ControlCharacter(character)) {
            return true;
        }
    }
    return false;`;

/** ink's ansi-tokenizer.js with the cheaper test. Throws (the build stops) when the loop is not there once. */
export function quickAnsiTokenizer(source) {
	if (source.split(c1Loop).length !== 2) throw new Error('node_modules/ink/build/ansi-tokenizer.js no longer reads as scripts/ink-output-plugin.mjs expects: see that file');
	// C1 controls are U+0080–U+009F: single code units, never half of a surrogate pair.
	return source.replace(c1Loop, () => '    return /[\\u0080-\\u009F]/.test(text);');
}

/** esbuild plugin: ink's output stage, cheaper. */
export const inkOutputPlugin = {
	name: 'quick-ink-output',
	setup(build) {
		build.onLoad({filter: /node_modules\/ink\/build\/output\.js$/}, args => ({contents: quickInkOutput(readFileSync(args.path, 'utf8')), loader: 'js'}));
		build.onLoad({filter: /node_modules\/ink\/build\/ansi-tokenizer\.js$/}, args => ({contents: quickAnsiTokenizer(readFileSync(args.path, 'utf8')), loader: 'js'}));
	},
};
