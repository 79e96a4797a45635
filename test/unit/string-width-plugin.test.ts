// The build's string-width (scripts/string-width-plugin.mjs) tests a grapheme against the RGI
// emoji expression only when it holds a pictographic character, a regional indicator, the
// keycap mark or a skin-tone modifier, and a grapheme of one code point against a small
// expression of its own; text the build's segmenter cuts one unit per grapheme it measures unit
// by unit. It must measure every string as string-width does.
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import {createRequire} from 'node:module';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {test} from 'node:test';
import stringWidth from 'string-width';
import {lazyEmojiTest, rgiEmojiOfOneCodePoint, unitByUnit} from '../../scripts/string-width-plugin.mjs';
import {oneUnitGraphemes} from '../../source/text/segmenter.js';

const require = createRequire(import.meta.url);
const sourcePath = require.resolve('string-width');

/** The patched module, in a folder of its own, importing the same modules string-width does. */
async function patchedStringWidth(): Promise<(text: string, options?: {ambiguousIsNarrow?: boolean}) => number> {
	// `oneUnitGraphemes` comes from the build's inject of source/text/segmenter.ts.
	let source = `import {oneUnitGraphemes} from '${import.meta.resolve('../../source/text/segmenter.ts')}';\n${unitByUnit(lazyEmojiTest(readFileSync(sourcePath, 'utf8')))}`;
	for (const name of ['strip-ansi', 'get-east-asian-width']) source = source.replaceAll(`from '${name}'`, `from '${import.meta.resolve(name)}'`);
	const folder = mkdtempSync(path.join(os.tmpdir(), 'string-width-'));
	const file = path.join(folder, 'index.mjs');
	writeFileSync(file, source);
	try {
		return ((await import(pathToFileURL(file).href)) as {default: (text: string, options?: {ambiguousIsNarrow?: boolean}) => number}).default;
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
}

test('the build\'s string-width measures every code point, and emoji sequences of every kind, as string-width does', async () => {
	const patched = await patchedStringWidth();
	const differ: string[] = [];
	for (let code = 0x20; code <= 0x3ffff; code++) {
		if (code >= 0xd800 && code <= 0xdfff) continue;
		const text = String.fromCodePoint(code);
		if (patched(text) !== stringWidth(text)) differ.push(code.toString(16));
	}
	assert.deepEqual(differ, []);
	const sequences = [
		'🇨🇳', '🇺🇸x', '1️⃣', '#️⃣', '*️⃣', '1⃣', '👨‍👩‍👧', '👍🏽', '🏽', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '☺', '☺️', '❤️', '❤', '✔️', '✔', '🧑‍💻', '👩🏾‍🚀', '⌚', '🆗',
		'❯ My calls fail with 402 Insufficient Balance', '↑↓ move · Enter pick · L 中文 · ? help · q quit', '开始 › 402 › 调用去向', '✖ Balance: 0.00 CNY…', 'é', 'e\u0301', '한국어', '\u1100\u1161\u11a8', 'ｆｕｌｌ',
	];
	for (const text of sequences) assert.equal(patched(text), stringWidth(text), text);
});

test('the build\'s string-width measures text of one-unit graphemes, unit by unit, as string-width does', async () => {
	const patched = await patchedStringWidth();
	const differ: string[] = [];
	let cutAlone = 0;
	for (let unit = 0; unit <= 0xffff; unit++) {
		const character = String.fromCharCode(unit);
		if (!oneUnitGraphemes(character)) continue;
		cutAlone++;
		// Each text measured twice: the second time the unit's width comes from the table.
		for (const text of [`a${character}`, `${character}${character}中`, `\u001B[1m${character}\u001B[22m·`, `${character}${character}`]) {
			for (const ambiguousIsNarrow of [true, false]) {
				const expected = stringWidth(text, {ambiguousIsNarrow});
				if (patched(text, {ambiguousIsNarrow}) !== expected || patched(text, {ambiguousIsNarrow}) !== expected) differ.push(`${unit.toString(16)} ${JSON.stringify(text)} ${String(ambiguousIsNarrow)}`);
			}
		}
	}
	assert.deepEqual(differ.slice(0, 20), []);
	assert.ok(cutAlone > 30_000, `${cutAlone} units cut alone`);
	for (const text of ['❯ Run every check', '─'.repeat(40), '开始 › 402 › 调用去向', '… · → ✔ ✖ ⠋', 'e\u0301 ❯', '👍 ❯']) {
		for (const ambiguousIsNarrow of [true, false]) assert.equal(patched(text, {ambiguousIsNarrow}), stringWidth(text, {ambiguousIsNarrow}), text);
	}
});

test('the small expression says what the RGI emoji expression says of every single code point', () => {
	const [, pattern = '', flags = ''] = /^\/(.*)\/(\w*)$/.exec(rgiEmojiOfOneCodePoint) ?? [];
	const ofOne = new RegExp(pattern, flags);
	const rgi = new RegExp(String.raw`^\p{RGI_Emoji}$`, 'v');
	const differ: string[] = [];
	let emoji = 0;
	for (let code = 0; code <= 0x10ffff; code++) {
		if (code >= 0xd800 && code <= 0xdfff) continue;
		const text = String.fromCodePoint(code);
		if (rgi.test(text)) emoji++;
		if (ofOne.test(text) !== rgi.test(text)) differ.push(code.toString(16));
	}
	assert.deepEqual(differ, []);
	assert.ok(emoji > 1000, `${emoji} single-code-point emoji`);
});

test('the plugin stops the build when string-width no longer reads as it expects', () => {
	assert.throws(() => lazyEmojiTest('const other = 1;'), /no longer reads as scripts\/string-width-plugin\.mjs expects/);
	const source = readFileSync(sourcePath, 'utf8');
	assert.throws(() => lazyEmojiTest(`${source}\nrgiEmojiRegex.test(x);`), /no longer reads/);
	assert.ok(lazyEmojiTest(source).includes('mayBeRgiEmoji.test(segment)'));
	assert.ok(lazyEmojiTest(source).includes(`const rgiEmojiOfOne = ${rgiEmojiOfOneCodePoint};`));
	assert.throws(() => unitByUnit('const other = 1;'), /no longer reads as scripts\/string-width-plugin\.mjs expects/);
	assert.ok(unitByUnit(source).includes('oneUnitGraphemes(string)'));
});

