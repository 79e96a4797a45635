// The build's escape of characters above U+00FF in regular expressions and templates
// (scripts/one-byte-source.mjs): each escaped regular expression of the source matches what it
// matched before, on the Chinese sentences and on its own characters; and what the escape cannot
// keep the same stops the build.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {tokenizer} from 'acorn';
import {transformSync} from 'esbuild';
import {assertOneByte, escapedPart, withOneByteSource} from '../../scripts/one-byte-source.mjs';
import {chineseSentences} from '../helpers/chinese-sentences.js';

const aboveLatin1 = /[^\u0000-\u00ff]/;

/** `/pattern/flags` as a RegExp. */
function regExpOf(literal: string): RegExp {
	const end = literal.lastIndexOf('/');
	return new RegExp(literal.slice(1, end), literal.slice(end + 1));
}

/** Every match of `pattern` in `text`, with where each starts (global or not, the same way). */
function matchesOf(pattern: RegExp, text: string): string[] {
	const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
	return [...text.matchAll(global)].map(match => `${match.index}:${match[0]}`);
}

/** The regular-expression literals above Latin-1 in source/, as esbuild writes them. */
function sourceRegExps(): string[] {
	const dir = path.resolve(import.meta.dirname, '../../source');
	const files = readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter(name => /\.tsx?$/.test(name));
	const found: string[] = [];
	for (const file of files) {
		const source = readFileSync(path.join(dir, file), 'utf8');
		if (!aboveLatin1.test(source)) continue;
		const {code} = transformSync(source, {loader: file.endsWith('.tsx') ? 'tsx' : 'ts', format: 'esm', jsx: 'automatic'});
		for (const token of tokenizer(code, {ecmaVersion: 'latest', sourceType: 'module', allowAwaitOutsideFunction: true})) {
			const text = code.slice(token.start, token.end);
			if (token.type.label === 'regexp' && aboveLatin1.test(text)) found.push(text);
		}
	}
	return found;
}

test('every regular expression of the source above Latin-1 matches the same once escaped', async () => {
	const literals = sourceRegExps();
	assert.ok(literals.length > 40, `the source's regular expressions were read (${literals.length})`);
	const sentences = await chineseSentences();
	assert.ok(sentences.length > 100, 'the Chinese sentences were read');
	for (const literal of literals) {
		const escaped = escapedPart(literal);
		assert.doesNotMatch(escaped, aboveLatin1, literal);
		const before = regExpOf(literal);
		const after = regExpOf(escaped);
		const own = [...new Set(literal.replaceAll(/[\u0000-\u00ff]/g, ''))];
		const samples = [...sentences, own.join(''), ...own.flatMap(character => [character, `a ${character}1`, `${character}${character}`])];
		for (const sample of samples) assert.deepEqual(matchesOf(after, sample), matchesOf(before, sample), `${literal} → ${escaped} on ${JSON.stringify(sample)}`);
	}
});

test('the escape keeps escapes, identity escapes, classes and code points beyond the BMP', () => {
	const cases: Array<[string, string[]]> = [
		[String.raw`/[，。]\s*/`, ['a，b', '。 x', ',']],
		[String.raw`/\。|\\时/`, ['。', '\\时', '时']],
		[String.raw`/[^\s，。]+/u`, ['中文，x', 'ab']],
		['/😀+/u', ['😀😀', '\uD83D']],
		['/[😀-😂]/u', ['😁', '\uDE00']],
		['/😀/', ['😀', '\uD83D\uDE00']],
		[String.raw`/\p{Script=Han}“/u`, ['中“', 'a“']],
	];
	for (const [literal, samples] of cases) {
		const escaped = escapedPart(literal);
		assert.doesNotMatch(escaped, aboveLatin1, literal);
		for (const sample of samples) assert.deepEqual(matchesOf(regExpOf(escaped), sample), matchesOf(regExpOf(literal), sample), `${literal} on ${sample}`);
	}
});

test('templates: their text escaped, String.raw as a regular expression\'s source, another tag refused', () => {
	const module = 'const a = `余额：${x}。`;\nconst b = new RegExp(String.raw`[，]\\s${y}`);\nconst c = /。/;\nconst d = "。";\n';
	const {text, count} = withOneByteSource(module);
	assert.equal(count, 4);
	assert.equal(text, 'const a = `\\u4F59\\u989D\\uFF1A${x}\\u3002`;\nconst b = new RegExp(String.raw`[\\uFF0C]\\s${y}`);\nconst c = /\\u3002/;\nconst d = "。";\n');
	// A string esbuild left as written is not the escape's business: the assertion stops the build on it.
	assert.throws(() => assertOneByte('x.js', text), /x\.js: "。"/);
	assert.doesNotThrow(() => assertOneByte('x.js', text.replace('"。"', '"\\u3002"')));
	assert.throws(() => withOneByteSource('const e = html`<p>。</p>`;'), /html/);
	// After `return` (and the like) a template is no tag's.
	assert.equal(withOneByteSource('function g(){return`。`}').text, 'function g(){return`\\u3002`}');
	// A template inside a template's expression, and a brace inside that expression.
	assert.equal(withOneByteSource('const f = `a${{k: `。`}.k}b`;').text, 'const f = `a${{k: `\\u3002`}.k}b`;');
});
