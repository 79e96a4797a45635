// The build's marking of arrow functions for compilation at load in the files `check` loads
// (scripts/eager-arrows.mjs): on esbuild's real output, and on the cases where an arrow must
// stay one (it takes `this` or `arguments` from around it) or gains nothing (it sits in code
// compiled at its first call, or in an object's table).
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {transform} from 'esbuild';
import {withEagerArrows} from '../../scripts/eager-arrows.mjs';
import {withEagerCommonJsBodies} from '../../scripts/eager-modules.mjs';
import {withEagerFunctions} from '../../scripts/eager-functions.mjs';
import {bundleInMemory} from '../helpers/bundle-in-memory.js';

/** An ES module and a CommonJS one, as the tool's own code and undici's reach esbuild. */
const files: Record<string, string> = {
	'entry.js': [
		"import lib from './lib.cjs';",
		'const double = (n) => n * 2;',
		'const pair = (a, b) => ({a, b});',
		'const later = async (n) => { await null; return n + 1; };',
		'function sum(...values) {',
		'  return values.reduce((total, value) => total + value, 0);',
		'}',
		'const table = {shout: (text) => text.toUpperCase()};',
		'class Counter {',
		'  count(items) {',
		'    return items.filter((item) => item).length;',
		'  }',
		'}',
		'export const value = [double(lib.base()), pair(1, 2), sum(1, 2, 3), table.shout("a"), new Counter().count([1, 0, 1])];',
		'export const pending = later(1);',
		'',
	].join('\n'),
	'lib.cjs': ['const start = () => 10;', 'function base() {', '  return [1, 2].map(x => x + start()).length + start();', '}', 'module.exports = {base};', ''].join('\n'),
};

/** The two files bundled and marked as the build marks them before this pass. */
async function bundled(): Promise<string> {
	return withEagerFunctions(withEagerCommonJsBodies(await bundleInMemory(files)).text).text;
}

async function exportsOf(text: string): Promise<Record<string, unknown>> {
	return (await import(`data:text/javascript,${encodeURIComponent(text)}`)) as Record<string, unknown>;
}

async function valuesOf(text: string): Promise<unknown> {
	const module = await exportsOf(text);
	return [module.value, await module.pending];
}

test("esbuild's output: a variable's arrow and a call's arrow in code compiled at load become function expressions; a table's and a method's stay arrows", async () => {
	const text = await bundled();
	const eager = withEagerArrows(text);
	// double, pair, later, the reduce callback (in sum, a declaration eager-functions rewrote), lib's start and its
	// map callback, and three of esbuild's own helpers (__commonJS, __copyProps, __toESM).
	assert.equal(eager.count, 9);
	assert.match(eager.text, /var __commonJS = \(function\(cb, mod\)\s*\{ return \(function __require\(\) \{/);
	assert.match(eager.text, /var double = \(function\(n\)\s*\{ return \(n \* 2\); \}\);/);
	assert.match(eager.text, /var pair = \(function\(a, b\)\s*\{ return \(\(\{ a, b \}\)\); \}\);/);
	assert.match(eager.text, /var later = \(async function\s*\(n\)\s*\{/);
	assert.match(eager.text, /reduce\(\(function\(total, value2?\)/);
	assert.match(eager.text, /\.map\(\(function\(x\)\s*\{ return \(x \+ start\(\)\); \}\)\)/);
	assert.match(eager.text, /shout: \(text\) => text\.toUpperCase\(\)/, "an object's property stays an arrow");
	assert.match(eager.text, /filter\(\(item\) => item\)/, "a class method's callback stays an arrow: the method is compiled at its first call anyway");
	assert.deepEqual(await valuesOf(eager.text), await valuesOf(text));
	assert.deepEqual(await valuesOf(text), [[24, {a: 1, b: 2}, 6, 'A', 2], 2]);
});

test('the minifier keeps the parentheses V8 reads as "compile now", and the minified bundle gives the same values', async () => {
	const text = await bundled();
	const minified = async (source: string) => (await transform(source, {minify: true, format: 'esm', target: 'node22'})).code;
	const before = await minified(text);
	const after = await minified(withEagerArrows(text).text);
	const marked = (code: string) => code.match(/\((?:async )?function\(/g)?.length ?? 0;
	// The nine arrows, and the function __commonJS's arrow returned, now in the parentheses of its `return (…)`.
	assert.equal(marked(after) - marked(before), 10);
	assert.deepEqual(await valuesOf(after), await valuesOf(before));
});

test('an arrow that names this, arguments, super or new.target anywhere inside, nested arrows included, stays an arrow', () => {
	const text = [
		'export const a = function () { return [1].map(() => [2].map(() => this.k)); };',
		'export const b = function () { return [1].map(() => arguments[0]); };',
		'export const c = (function () { return () => new.target; });',
		'export const d = [1].map(() => import.meta.url);',
		'export const e = [1].map(() => ({ k() { return super.toString(); } }));',
		'export const f = [1].map(() => ({ m() { return this; } }));',
		'',
	].join('\n');
	const eager = withEagerArrows(text);
	assert.equal(eager.count, 0);
	assert.equal(eager.text, text);
});

test('arrows as a function would read them: an expression body with a comma or an object literal, a default, a rest, async, a lone parameter, comments', async () => {
	const text = [
		'const comma = (a) => (a, a + 1);',
		'const object = (a) => ({a});',
		'const defaulted = (a = 2, {b} = {b: 3}) => a * b;',
		'const rest = (first, ...others) => others.length + first;',
		'const lone = x => x + 1;',
		'const asyncLone = async x => x * 10;',
		'const noParams = () => /* @__PURE__ */ Number("4");',
		'const curried = (a) => (b) => a + b;',
		'const block = (a) => { const doubled = a * 2; return doubled; };',
		'export const value = [comma(1), object(1), defaulted(), rest(1, 2, 3), lone(1), noParams(), curried(1)(2), block(3), lone.name, rest.length];',
		'export const pending = asyncLone(2);',
		'',
	].join('\n');
	const eager = withEagerArrows(text);
	assert.equal(eager.count, 9, 'the arrow returned by `curried` is neither a variable\'s value nor an argument');
	assert.doesNotMatch(eager.text, /^const \w+ = (?:async )?\(?[\w, ={}.]*\)? ?=>/m);
	assert.deepEqual(await valuesOf(eager.text), await valuesOf(text));
	assert.deepEqual(await valuesOf(eager.text), [[2, {a: 1}, 6, 3, 2, 4, 3, 6, 'lone', 1], 20]);
});

test('a name used before its line behaves as before: neither an arrow nor a function expression is hoisted', async () => {
	const text = [
		'let early;',
		'try { early = late(1); } catch (error) { early = error.constructor.name; }',
		'var late = (n) => n;',
		'export const value = [early, late(2)];',
		'export const pending = undefined;',
		'',
	].join('\n');
	const eager = withEagerArrows(text);
	assert.equal(eager.count, 1);
	assert.deepEqual(await valuesOf(eager.text), [['TypeError', 2], undefined]);
});

test('an arrow in a function compiled at its first call (a declaration, a method, a class) is left as it is', () => {
	const text = ['function lazy() { return [1].map((x) => x); }', 'export const o = { m() { return [1].map((x) => x); } };', 'export class K { f = [1].map((x) => x); }', 'export { lazy };', ''].join('\n');
	const eager = withEagerArrows(text);
	assert.equal(eager.count, 0);
	assert.equal(eager.text, text);
});

test('the rewrite stops loudly on text it does not expect instead of writing something else', () => {
	// A line comment between `=>` and the body: `{ return (` after it would be commented out.
	assert.throws(() => withEagerArrows('export const f = [1].map(() => // why\n  1);\n'), /eager-arrows: text between `=>` and the body/);
	assert.throws(() => withEagerArrows('export const f = (;\n'), SyntaxError);
});

test('a CommonJS script is read as a script', () => {
	const eager = withEagerArrows('"use strict";\nconst f = (a) => a;\nmodule.exports = {f};\n', 'script');
	assert.equal(eager.count, 1);
	assert.match(eager.text, /^const f = \(function\(a\)\s*\{ return \(a\); \}\);$/m);
});
