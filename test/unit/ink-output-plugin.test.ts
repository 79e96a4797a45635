// The build's ink output stage (scripts/ink-output-plugin.mjs) must draw every frame byte for
// byte as ink's own does: here the edge cases, written through both (test/wizard/ink-output has
// the wizard's real screens).
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {test} from 'node:test';
import {quickAnsiTokenizer, quickInkOutput} from '../../scripts/ink-output-plugin.mjs';
import {frameOf, inkOutput, inkOutputUrl, quickOutput, type Operation} from '../helpers/quick-output.js';

const esc = '\u001B';
const red = (text: string) => `${esc}[31m${text}${esc}[39m`;
const bold = (text: string) => `${esc}[1m${text}${esc}[22m`;
const link = (url: string, text: string) => `${esc}]8;;${url}\u0007${text}${esc}]8;;\u0007`;

/** Texts whose styled characters and widths the plugin must get as ink does. */
const texts = [
	'plain ASCII, the fast path',
	'two\nlines',
	'',
	'\n',
	'a\n\nb\n',
	'trailing spaces   ',
	' ~!@#$%^&*()_+{}|:"<>?`-=[]\\;\',./',
	'tab\there',
	'carriage\r\nreturn',
	'del\u007Fchar',
	red('red') + ' then plain',
	`${esc}[1;3;31mcompound${esc}[0m`,
	`${esc}[38;5;202morange${esc}[39m ${esc}[48;2;10;20;30mtruecolour${esc}[49m`,
	bold(`${esc}[2mbold and dim${esc}[22m`) + 'x',
	red('✔ fine') + '\n' + red('second'),
	'开始 › 402 › 调用去向',
	'中文，全角标点：“引号”。',
	red('红色的字') + '与普通字',
	'ｆｕｌｌｗｉｄｔｈ',
	'한국어 \u1100\u1161\u11A8',
	'e\u0301 combining',
	'👍🏽 🇨🇳 ✔️ ✔ ❤️ 1️⃣ 👨‍👩‍👧 🧑‍💻 🏴󠁧󠁢󠁳󠁣󠁴󠁿',
	'zero\u200Bwidth\u200Djoiner\u2060word',
	'soft\u00ADhyphen',
	'\u00AD',
	'\uFE0F alone',
	'\u200B\u200C\u200D',
	'\u{E0001}tag',
	link('https://platform.deepseek.com/top_up', 'Top up'),
	`${esc}]8;;https://example.com${esc}\\ST link${esc}]8;;${esc}\\`,
	`${esc}]8;;https://example.com/\u00AD\u0007soft hyphen in the URL${esc}]8;;\u0007`,
	`${esc}]0;window title\u0007after`,
	`${esc}[2Kerase`,
	'\u009B31mC1\u009B39m',
	'❯ My calls fail with 402 Insufficient Balance',
	'↑↓ move · Enter pick · L 中文 · ? help · q quit',
	'❯ 中文的第一行\n  第二行 · …  \n',
	'zero\u200B\nwidth on two lines',
	'C1 \u0085\non two lines',
	'lone \r carriage return\nand a line',
	red('styled') + '\n' + 'plain under it   ',
	red('styled trailing spaces   '),
	'plain, then styled spaces' + red('   '),
	'trailing\u3000\u3000\n  spaces of other kinds\t ',
];

/** Each text drawn at a few places, plain, clipped through a wide character, and transformed. */
function cases(): Array<[string, number, number, Operation[]]> {
	const upper = (line: string) => line.toUpperCase();
	const numbered = (line: string, index: number) => `${index}:${line}`;
	const all: Array<[string, number, number, Operation[]]> = [];
	for (const text of texts) {
		const write = (x: number, y: number, transformers = [] as Array<(line: string, index: number) => string>): Operation => ({type: 'write', x, y, text, transformers});
		all.push(
			[`${JSON.stringify(text)} at 0,0`, 40, 4, [write(0, 0)]],
			[`${JSON.stringify(text)} at 3,1 in 10 × 3`, 10, 3, [write(3, 1)]],
			[`${JSON.stringify(text)} past the edges`, 6, 2, [write(-2, -1), write(4, 1)]],
			[`${JSON.stringify(text)} clipped at odd columns`, 30, 4, [{type: 'clip', clip: {x1: 1, x2: 6, y1: 0, y2: 2}}, write(0, 0), {type: 'unclip'}]],
			[`${JSON.stringify(text)} in nested clips`, 30, 4, [{type: 'clip', clip: {x1: 0, x2: 9}}, {type: 'clip', clip: {x1: 2, y1: 1, y2: 3}}, write(0, 0), write(1, 2), {type: 'unclip'}, {type: 'unclip'}]],
			[`${JSON.stringify(text)} transformed`, 50, 4, [write(1, 0, [upper, numbered])]],
			[`${JSON.stringify(text)} under another write`, 20, 3, [write(0, 0), {type: 'write', x: 1, y: 0, text: '中x', transformers: []}, {type: 'write', x: 3, y: 0, text: red('y'), transformers: []}]],
		);
	}
	return all;
}

test('the build\'s ink output draws every edge case as ink\'s own does: escapes, wide CJK, emoji, zero-width and default-ignorable characters, OSC 8 links, empty lines, clips', async () => {
	const [Ink, Quick] = [await inkOutput(), await quickOutput()];
	let compared = 0;
	for (const [name, width, height, operations] of cases()) {
		assert.equal(frameOf(Quick, width, height, operations), frameOf(Ink, width, height, operations), name);
		compared++;
	}
	assert.equal(compared, texts.length * 7);
});

test('the plugin stops the build when ink\'s output.js no longer reads as it expects', () => {
	const source = readFileSync(fileURLToPath(inkOutputUrl), 'utf8');
	assert.throws(() => quickInkOutput('const other = 1;'), /no longer reads as scripts\/ink-output-plugin\.mjs expects/);
	assert.throws(() => quickInkOutput(`${source}\nstyledCharsToString([]);`), /no longer reads/);
	assert.throws(() => quickInkOutput(source.replace('styles: [],', 'styles: [] ,')), /no longer reads/);
	const built = quickInkOutput(source);
	assert.ok(built.includes('plainText.test(line) ? plainStyledChars(line)'));
	assert.ok(built.includes('lines = text.split(') && built.includes('return rowString(line);'));
	// The lines of a styled text and a clipped line (a grid row is rowString's).
	assert.equal(built.split('quickStyledCharsToString(').length - 1, 2);
});

test('the build\'s test for escapes before ink sanitizes a text answers as ink\'s own does', async () => {
	const url = new URL('ansi-tokenizer.js', inkOutputUrl);
	const source = readFileSync(fileURLToPath(url), 'utf8');
	assert.throws(() => quickAnsiTokenizer('const other = 1;'), /no longer reads as scripts\/ink-output-plugin\.mjs expects/);
	const folder = mkdtempSync(path.join(os.tmpdir(), 'ink-tokenizer-'));
	const file = path.join(folder, 'ansi-tokenizer.mjs');
	writeFileSync(file, quickAnsiTokenizer(source));
	type Tokenizer = {hasAnsiControlCharacters: (text: string) => boolean};
	try {
		const [ink, quick] = [(await import(url.href)) as Tokenizer, (await import(pathToFileURL(file).href)) as Tokenizer];
		const samples = [...texts, '', 'a\u007Fb', 'a\u0080b', '\u009F', 'x\u00A0y', '\u0085 next line', '😀\u0090', '\uD800\u0081', '\u{10080}', 'Ā\u0100', '\u001B'];
		for (let code = 0; code < 0x1_00; code++) samples.push(`a${String.fromCharCode(code)}b`);
		for (const text of samples) assert.equal(quick.hasAnsiControlCharacters(text), ink.hasAnsiControlCharacters(text), JSON.stringify(text));
		assert.ok(samples.some(text => quick.hasAnsiControlCharacters(text)) && samples.some(text => !quick.hasAnsiControlCharacters(text)));
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
});
