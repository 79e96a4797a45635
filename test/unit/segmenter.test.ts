// source/text/segmenter.ts cuts the text the tool draws into graphemes without ICU, and the
// build gives it to bundled packages for Intl.Segmenter: it must cut every text as ICU does.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {tokenize} from '@alcalzone/ansi-tokenize';
import {QuickSegmenter} from '../../source/text/segmenter.js';

const icu = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
const quick = new QuickSegmenter(undefined, {granularity: 'grapheme'});
const icuCut = (text: string) => Array.from(icu.segment(text), ({segment, index}) => [segment, index]);
const quickCut = (text: string) => Array.from(quick.segment(text), ({segment, index, input}) => {
	assert.equal(input, text);
	return [segment, index];
});

/** Whether QuickSegmenter cuts `text` itself (one unit per grapheme) rather than handing it to ICU. */
function cutWithoutIcu(text: string): boolean {
	return Object.getPrototypeOf(quick.segment(text)) !== Object.getPrototypeOf(icu.segment(''));
}

test('every character the segmenter cuts by itself is a grapheme of its own next to letters, newlines and itself', () => {
	// Grapheme breaks depend on the classes of the two characters around them (and, for emoji
	// and flags, on joiners and regional indicators before them, none of which is cut here), so
	// one that breaks from a letter, a newline and its own kind on both sides breaks from all.
	const joins: string[] = [];
	let cut = 0;
	for (let code = 0; code <= 0xffff; code++) {
		const character = String.fromCharCode(code);
		if (!cutWithoutIcu(character)) continue;
		cut++;
		for (const pair of [`a${character}`, `${character}a`, character + character, `${character}\n`, `\n${character}`]) {
			if (icuCut(pair).length !== 2) joins.push(`U+${code.toString(16).padStart(4, '0')} in ${JSON.stringify(pair)}`);
		}
	}
	assert.deepEqual(joins, []);
	// ASCII, Latin-1, the symbol blocks and the CJK blocks: tens of thousands, not a handful.
	assert.ok(cut > 30_000, `${cut} characters cut without ICU`);
});

test('characters that join their neighbours go to ICU', () => {
	for (const character of ['\r', '\u200D', '\u0301', '\uFE0F', '\u3099', '\uFF9E', '\u1100', '\uD83D', '\u200B']) {
		assert.equal(cutWithoutIcu(`a${character}b`), false, `U+${character.charCodeAt(0).toString(16)}`);
	}
});

test('the segmenter cuts the tool\'s own text, and anything else, exactly as ICU does', () => {
	const texts = [
		'',
		'What is happening?',
		'\u001B[32m✔\u001B[39m \u001B[1mAPI key\u001B[22m — Found in DEEPSEEK_API_KEY.',
		'❯ Open https://platform.deepseek.com/top_up · ⠋ checking…',
		'余额不足：请到 DeepSeek 开放平台充值（platform.deepseek.com）。',
		'line one\r\nline two\n',
		'café e\u0301 👍🏽 🇨🇳 👨‍👩‍👧 1️⃣ ｶﾞ 한국어 \u1100\u1161',
		'\u0600a Prepend then a letter',
	];
	for (const text of texts) assert.deepEqual(quickCut(text), icuCut(text), JSON.stringify(text));
	const mixed = 'a✔中\u0301';
	assert.deepEqual(quick.segment(mixed).containing(2), icu.segment(mixed).containing(2));
	assert.deepEqual(quick.segment('abc').containing(1), icu.segment('abc').containing(1));
	assert.equal(quick.segment('abc').containing(3), icu.segment('abc').containing(3));
	assert.equal(quick.segment('abc').containing(-1), icu.segment('abc').containing(-1));
});

test('words and sentences are ICU\'s, and so are the resolved options', () => {
	const words = new QuickSegmenter('en', {granularity: 'word'});
	assert.deepEqual(
		Array.from(words.segment('Top up now'), ({segment, isWordLike}) => [segment, isWordLike]),
		Array.from(new Intl.Segmenter('en', {granularity: 'word'}).segment('Top up now'), ({segment, isWordLike}) => [segment, isWordLike]),
	);
	assert.equal(words.resolvedOptions().granularity, 'word');
	assert.equal(quick.resolvedOptions().granularity, 'grapheme');
});

test('ink\'s tokenizer, given the segmenter, reads styled lines as it does with ICU', async () => {
	// ansi-tokenize is one of the packages the build gives the segmenter to; here it keeps ICU's.
	// The first line is cut without ICU, the second (an emoji, a combining accent) by it.
	const lines = ['\u001B[36m❯\u001B[39m \u001B[1m余额不足\u001B[22m — ⠋ top up', '\u001B[2m1️⃣ e\u0301\u001B[22m'];
	assert.deepEqual(lines.map(cutWithoutIcu), [true, false]);
	const original = Intl.Segmenter;
	const tokens = lines.map(line => tokenize(line));
	try {
		Object.assign(globalThis.Intl, {Segmenter: QuickSegmenter});
		// A second copy of the tokenizer's module, which creates its segmenter as it loads.
		const {tokenize: fresh} = await import(`${new URL('tokenize.js', import.meta.resolve('@alcalzone/ansi-tokenize')).href}?quick`) as typeof import('@alcalzone/ansi-tokenize');
		assert.deepEqual(lines.map(line => fresh(line)), tokens);
	} finally {
		Object.assign(globalThis.Intl, {Segmenter: original});
	}
});

test('the build hands bundled packages the segmenter: no other Intl.Segmenter is created in dist', {skip: !hasBuild() && 'no build in dist/'}, () => {
	// Every built file: the start (cli.js, with the chunks it imports merged into it), the entry and the chunks.
	const dist = path.join(import.meta.dirname, '..', '..', 'dist');
	const files = [...readdirSync(dist), ...readdirSync(path.join(dist, 'chunks')).map(file => path.join('chunks', file))].filter(file => file.endsWith('.js'));
	const creations = files.flatMap(file => (readFileSync(path.join(dist, file), 'utf8').match(/(?:globalThis\.)?Intl\.Segmenter/g) ?? []).map(found => `${file}: ${found}`));
	// Only the segmenter's own reading of the real one (through globalThis, which the build's define leaves alone), once
	// in each of the three builds: bin.js, what it loads for the help (bin-later.js), and the tool's start.
	assert.deepEqual(creations.sort(), ['bin-later.js: globalThis.Intl.Segmenter', 'bin.js: globalThis.Intl.Segmenter', 'cli.js: globalThis.Intl.Segmenter']);
});

function hasBuild(): boolean {
	try {
		return readdirSync(path.join(import.meta.dirname, '..', '..', 'dist', 'chunks')).length > 0;
	} catch {
		return false;
	}
}
