// The build's marking of our own top-level functions for compilation at load
// (scripts/eager-functions.mjs), on esbuild's real output.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {build, transform, type Plugin} from 'esbuild';
import {withEagerFunctions} from '../../scripts/eager-functions.mjs';

/**
 * Two modules of ours and a package's. As the file loads, `table` names `listed` and `value`
 * calls `late`, which calls `inner`: all three are declared below them. `twice` and `helper` are
 * named only in function bodies, a comment, strings, a template, an object key at the start of a
 * line, a property and the export list. (Elsewhere a key, or a word of a regular expression, counts as a name.)
 */
const files: Record<string, string> = {
	'source/entry.js': "import {table, value, words, twice} from './a.js';\nimport {pkg} from 'pkg';\nexport const out = table.run(2) + value + pkg() + words.length;\nexport function compute() {\n  return twice(5);\n}\nexport {helper} from './a.js';\n",
	'source/a.js': [
		'export const table = {run: listed};',
		'export const value = late(1);',
		'// twice and helper are named in this comment, in strings and a template, as a key and a property:',
		"export const words = ['twice', `helper ${'x'}`].join(' ');",
		'export const keyed = {',
		'  helper: 1,',
		'};',
		'export const property = keyed.helper;',
		'function listed(n) {',
		'  return n * 3;',
		'}',
		'export function twice(n) {',
		'  return helper(n) * 2;',
		'}',
		'function late(n) {',
		'  return inner(n);',
		'}',
		'function inner(n) {',
		'  return n + 1;',
		'}',
		'export function helper(n) {',
		'  return n;',
		'}',
		'',
	].join('\n'),
	pkg: 'export function pkg() {\n  return 10;\n}\n',
};

const inMemory: Plugin = {
	name: 'in-memory',
	setup(builder) {
		builder.onResolve({filter: /.*/}, args => ({path: args.path.startsWith('./') ? `source/${args.path.slice(2)}` : args.path, namespace: 'memory'}));
		builder.onLoad({filter: /.*/, namespace: 'memory'}, args => ({contents: files[args.path], loader: 'js'}));
	},
};

async function bundled(): Promise<string> {
	const result = await build({entryPoints: ['source/entry.js'], bundle: true, format: 'esm', platform: 'node', write: false, plugins: [inMemory], logLevel: 'silent'});
	return result.outputFiles[0]!.text;
}

/** In-memory modules are named `memory:source/…` in esbuild's comments. */
const ours = (module: string) => module.startsWith('memory:source/');

test('our functions become parenthesised function expressions; a package’s stay declarations', async () => {
	const eager = withEagerFunctions(await bundled(), ours);
	assert.match(eager.text, /^var twice = \(function twice\(n\) \{$/m);
	assert.match(eager.text, /^var helper = \(function helper\(n\) \{$/m);
	assert.match(eager.text, /^function pkg\(\) \{$/m);
	assert.equal(eager.text.match(/^\}\);$/gm)?.length, eager.count);
});

test('a function named by code that runs as the file loads, itself or through a function it calls there, stays a declaration', async () => {
	const eager = withEagerFunctions(await bundled(), ours);
	for (const name of ['listed', 'late', 'inner']) assert.match(eager.text, new RegExp(`^function ${name}\\(n\\) \\{$`, 'm'));
	assert.deepEqual({count: eager.count, kept: eager.kept}, {count: 3, kept: 3});
});

test('the minifier keeps the parentheses, and the bundle gives what it gave before', async () => {
	const text = await bundled();
	type Bundle = {out: number; compute: () => number; helper: (n: number) => number};
	const run = async (source: string) => (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as Bundle;
	const before = await run(text);
	const minified = (await transform(withEagerFunctions(text, ours).text, {minify: true, format: 'esm', target: 'node22'})).code;
	assert.equal(minified.match(/=\(function/g)?.length, 3);
	const after = await run(minified);
	assert.deepEqual([after.out, after.compute(), after.helper(7)], [before.out, before.compute(), before.helper(7)]);
	assert.deepEqual([after.out, after.compute()], [6 + 2 + 10 + 'twice helper x'.length, 10]);
});

test('a declaration that is not closed where esbuild closes one stops the build', () => {
	assert.throws(() => withEagerFunctions('// source/x.ts\nfunction open() {\n  return 1;\n', () => true), /open was not closed/);
});
