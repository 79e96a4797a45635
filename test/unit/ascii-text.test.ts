// The English texts in ASCII, for a terminal whose locale is not UTF-8 (text/ascii-text.ts).
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {wizardText} from '../../source/messages/wizard.js';
import {asciiTable, asciiText, jsonDocument} from '../../source/text/ascii-text.js';
import {displayWidth} from '../../source/text/width.js';

test('symbols by their ASCII forms, a Chinese name in brackets left out, "中文" said in English, anything else "?"', () => {
	assert.equal(asciiText('↑↓ move · Enter pick · L 中文 · ? help'), '^/v move | Enter pick | L Chinese | ? help');
	assert.equal(asciiText('↑↓/jk move · ↓ 3 more'), '^/v or j/k move | v 3 more');
	assert.equal(asciiText('Balance 1.00 → 0.00 CNY — spent… “quoted” it’s 40 × 12 › ❯'), 'Balance 1.00 -> 0.00 CNY - spent... "quoted" it\'s 40 x 12 > >');
	assert.equal(asciiText('ModelScope (魔搭) says "余额不足"'), 'ModelScope says "????"');
	assert.equal(asciiText('中文 (Chinese), on the start screen'), 'Chinese, on the start screen');
	assert.equal(asciiText('plain ASCII stays'), 'plain ASCII stays');
});

test('a JSON document in ASCII: each character outside it as its \\u escape, read back as the same value', () => {
	const value = {masked: 'sk-…cdef', name: 'API 服务', emoji: 'ok 😀', quote: 'a "b" \\ c'};
	const ascii = jsonDocument(value, true);
	assert.match(ascii, /^[\x00-\x7F]*$/, ascii);
	assert.ok(ascii.includes(String.raw`"sk-\u2026cdef"`), ascii);
	assert.ok(ascii.includes(String.raw`"ok \ud83d\ude00"`), ascii);
	assert.deepEqual(JSON.parse(ascii), value);
	assert.ok(ascii.endsWith('}\n'));
	assert.equal(jsonDocument(value, false), `${JSON.stringify(value, null, 2)}\n`, 'in UTF-8 the characters as they are');
});

test('a table in ASCII: its strings, what its functions return, its arrays; numbers as they are', () => {
	const table = asciiTable({a: 'x → y', f: (p: {n: number}) => `${p.n} more…`, list: ['· one'], nested: {g: () => ['…']}, count: 3});
	assert.deepEqual({a: table.a, f: table.f({n: 2}), list: table.list, g: table.nested.g(), count: table.count}, {a: 'x -> y', f: '2 more...', list: ['| one'], g: ['...'], count: 3});
});

test('the key hints in ASCII: the arrow keys never in caret notation (^V is Ctrl+V in nano), the narrow ones within the 40 columns they are worded for', () => {
	for (const [kind, hint] of Object.entries(asciiTable(wizardText.ui.hintsNarrow))) {
		assert.ok(displayWidth(hint) <= 40, `${kind}: ${hint}`);
		assert.doesNotMatch(hint, /\^[A-Za-z]/, kind);
	}
	for (const [kind, hint] of Object.entries(asciiTable(wizardText.ui.hints))) assert.doesNotMatch(hint, /\^[A-Za-z]/, kind);
	for (const {key} of asciiTable(wizardText.help.keys)) assert.doesNotMatch(key, /\^[A-Za-z]/, key);
});

/** The English message tables' source, comments left out. */
const englishSources = () => {
	const dir = path.resolve(import.meta.dirname, '../../source/messages');
	return readdirSync(dir)
		.filter(name => name.endsWith('.ts'))
		.flatMap(name => readFileSync(path.join(dir, name), 'utf8').split('\n').map(line => ({name, line})))
		.filter(({line}) => !/^\s*(?:\/\/|\*|\/\*)/.test(line));
};

test('every character outside ASCII in the English tables has an ASCII form: none becomes "?"', () => {
	const lines = englishSources().filter(({line}) => /\P{ASCII}/u.test(line));
	assert.ok(lines.length > 50, 'the English tables were read');
	for (const {name, line} of lines) {
		const questionMarks = (text: string) => text.split('?').length - 1;
		assert.equal(questionMarks(asciiText(line)), questionMarks(line), `${name}: ${line.trim()}`);
	}
});
