// The build's marking of named functions for compilation at load in the files `check` loads
// (scripts/eager-functions.mjs): on esbuild's real output, and on the cases where a
// declaration must stay one because it may be called before its line has run.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {runInNewContext} from 'node:vm';
import {transform} from 'esbuild';
import {withEagerCommonJsBodies} from '../../scripts/eager-modules.mjs';
import {withEagerFunctions} from '../../scripts/eager-functions.mjs';
import {bundleInMemory} from '../helpers/bundle-in-memory.js';

/** An ES module and a CommonJS one, as the tool's own code and undici's reach esbuild. */
const files: Record<string, string> = {
	// twice() names helper(), written after it, but nothing calls twice() before both lines have run.
	'entry.js': [
		"import lib from './lib.cjs';",
		'function twice(n) {',
		'  return helper(n) * 2;',
		'}',
		'function helper(n) {',
		'  return n;',
		'}',
		'const more = 2;',
		'export const value = twice(lib.base()) + more;',
		'',
	].join('\n'),
	'lib.cjs': ['function base() {', '  return start() + 10;', '}', 'function start() {', '  return 10;', '}', 'module.exports = {base};', ''].join('\n'),
};

/** The two files bundled as the build bundles them, CommonJS bodies already marked (scripts/eager-modules.mjs). */
async function bundled(): Promise<string> {
	return withEagerCommonJsBodies(await bundleInMemory(files)).text;
}

async function valueOf(text: string): Promise<unknown> {
	return ((await import(`data:text/javascript,${encodeURIComponent(text)}`)) as {value: unknown}).value;
}

test("each declaration at a module's top level and in a CommonJS body becomes a parenthesised function expression", async () => {
	const text = await bundled();
	const eager = withEagerFunctions(text);
	assert.equal(eager.count, 4);
	for (const name of ['twice', 'helper']) assert.match(eager.text, new RegExp(`^var ${name} = \\(function ${name}\\(n\\) \\{$`, 'm'));
	for (const name of ['base', 'start']) assert.match(eager.text, new RegExp(`^ {4}var ${name} = \\(function ${name}\\(\\) \\{$`, 'm'));
	assert.doesNotMatch(eager.text, /^ *function (?:twice|helper|base|start)\(/m);
});

test('the minifier keeps the parentheses V8 reads as "compile now", and the bundle gives the same value', async () => {
	const text = await bundled();
	const minified = async (source: string) => (await transform(source, {minify: true, format: 'esm', target: 'node22'})).code;
	const before = await minified(text);
	const after = await minified(withEagerFunctions(text).text);
	assert.equal((after.match(/\(function\(/g)?.length ?? 0) - (before.match(/\(function\(/g)?.length ?? 0), 4);
	assert.equal(await valueOf(after), 20 * 2 + 2);
	assert.equal(await valueOf(before), await valueOf(after));
});

test('a declaration named before its line stays one: it may be called before that line runs', async () => {
	const text = ['export const value = early();', 'function early() {', '  return 1;', '}', ''].join('\n');
	const eager = withEagerFunctions(text);
	assert.equal(eager.count, 0);
	assert.equal(await valueOf(eager.text), 1);
});

test('a declaration named in a declaration that stays, stays too, however far down it is written', async () => {
	// first() runs before its line and calls second(), written after it: as a `var`, second would be undefined then.
	const text = ['export const value = first();', 'function first() {', '  return second();', '}', 'function second() {', '  return third();', '}', 'function third() {', '  return 3;', '}', 'function free() {', '  return 4;', '}', ''].join('\n');
	const eager = withEagerFunctions(text);
	assert.equal(await valueOf(eager.text), 3);
	assert.equal(eager.count, 1, 'only free() is used nowhere before its line');
	assert.match(eager.text, /^var free = \(function free\(\) \{$/m);
});

test('an async function is marked as a plain one is; generators and a function holding a template literal over several lines stay declarations', async () => {
	const text = [
		'async function load() {',
		'  return 1;',
		'}',
		'function* count() {',
		'  yield 1;',
		'}',
		'function page() {',
		'  return `<p>',
		'}',
		'</p>`;',
		'}',
		'export const value = [typeof load, [...count()].length, page()];',
		'',
	].join('\n');
	const eager = withEagerFunctions(text);
	assert.equal(eager.count, 1);
	assert.equal(eager.text, text.replace('async function load() {\n  return 1;\n}', 'var load = (async function load() {\n  return 1;\n});'));
	assert.deepEqual(await valueOf(eager.text), ['function', 1, '<p>\n}\n</p>']);
});

test('a template literal over several lines does not keep a declaration whose closing line is its own', async () => {
	const text = ['function say(name) {', '  return `hello ${name}', '`;', '}', 'export const value = say("x");', ''].join('\n');
	const eager = withEagerFunctions(text);
	assert.equal(eager.count, 1);
	assert.match(eager.text, /^var say = \(function say\(name\) \{$/m);
	assert.equal(await valueOf(eager.text), 'hello x\n');
});

test('a name declared twice in one scope stays a declaration both times: the last one is hoisted over both', async () => {
	// Sloppy code (a CommonJS body, a script) may declare a name twice; `first` must still get the second function.
	const text = ['function twice() {', '  return 1;', '}', 'var first = twice();', 'function twice() {', '  return 2;', '}', 'globalThis.seen = first;', ''].join('\n');
	const eager = withEagerFunctions(text);
	assert.equal(eager.count, 0);
	const context: {seen?: number} = {};
	runInNewContext(eager.text, context);
	assert.equal(context.seen, 2);
});

test("a name in a sentence, a comment, an object's key or a function only stored above does not keep a declaration", async () => {
	// later() is written below all of these; none of them calls it before its line has run.
	const text = [
		'// run later() first',
		"const words = {later: 'later, the check', label: `later ${1}`, pattern: /later/};",
		'const table = {say: () => later(), deep: [function () {', '  return later();', '}]};',
		'var Box = class {', '  open() {', '    return later();', '  }', '};',
		'class Other {', '  field = later();', '}',
		'function later() {', '  return 5;', '}',
		'export const value = table.say() + table.deep[0]() + new Box().open() + new Other().field + words.later.length;',
		'',
	].join('\n');
	const eager = withEagerFunctions(text);
	assert.equal(eager.count, 1);
	assert.match(eager.text, /^var later = \(function later\(\) \{$/m);
	assert.equal(await valueOf(eager.text), 5 * 4 + 16);
});

test('a stored function called above, a static field, a callback, a shorthand property and a conditional keep theirs', async () => {
	const text = [
		'const fns = {now: () => one()};',
		'const early = fns.now();',
		'class Made {', '  static value = two();', '}',
		'const list = [1].map(() => three());',
		'const kept = {four};',
		'const chosen = yes() ? five : null;',
		...[['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['yes', true]].flatMap(([name, result]) => [`function ${name}() {`, `  return ${result};`, '}']),
		'export const value = [early, Made.value, list[0], kept.four(), chosen()];',
		'',
	].join('\n');
	const eager = withEagerFunctions(text);
	assert.equal(eager.count, 0);
	assert.deepEqual(await valueOf(eager.text), [1, 2, 3, 4, 5]);
});
