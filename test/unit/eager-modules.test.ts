// The build's marking of bundled CommonJS module bodies for compilation at load
// (scripts/eager-modules.mjs), on esbuild's real output.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {build, transform, type Plugin} from 'esbuild';
import {commonJsWrapperCount, withEagerCommonJsBodies} from '../../scripts/eager-modules.mjs';

/** Three CommonJS modules, in each form of wrapper esbuild writes (exports and module, exports only, neither). */
const files: Record<string, string> = {
	'entry.js': "import a from './a.cjs';\nimport b from './b.cjs';\nimport './c.cjs';\nexport const value = a.twice(b.base) + globalThis.seen;\n",
	'a.cjs': 'module.exports = {twice(n) {\n  return n * 2;\n}};\n',
	'b.cjs': 'exports.base = 20;\n',
	'c.cjs': 'globalThis.seen = 2;\n',
};

const inMemory: Plugin = {
	name: 'in-memory',
	setup(builder) {
		builder.onResolve({filter: /.*/}, args => ({path: args.path.replace('./', ''), namespace: 'memory'}));
		builder.onLoad({filter: /.*/, namespace: 'memory'}, args => ({contents: files[args.path], loader: 'js'}));
	},
};

async function bundled(format: 'esm' | 'cjs' = 'esm'): Promise<string> {
	const result = await build({entryPoints: ['entry.js'], bundle: true, format, platform: 'node', write: false, plugins: [inMemory], logLevel: 'silent'});
	return result.outputFiles[0]!.text;
}

// The build's chunks are ES modules; the bench's undici floor is a CommonJS bundle, where
// esbuild names the parameters `exports2, module2`.
for (const format of ['esm', 'cjs'] as const) {
	test(`every CommonJS module body in esbuild's ${format} output becomes a parenthesised function expression`, async () => {
		const text = await bundled(format);
		assert.equal(commonJsWrapperCount(text), 3);
		const eager = withEagerCommonJsBodies(text);
		assert.equal(eager.count, 3);
		assert.equal(eager.text.match(/: \(function\((?:exports2?(?:, module2?)?)?\) \{/g)?.length, 3);
		assert.doesNotMatch(eager.text, /"[^"]+\.cjs"\(/, 'no wrapper is left in method form');
	});
}

test('the minifier keeps the parentheses V8 reads as "compile now", and the bundle still runs', async () => {
	const eager = withEagerCommonJsBodies(await bundled());
	const minified = (await transform(eager.text, {minify: true, format: 'esm', target: 'node22'})).code;
	assert.equal(minified.match(/\(function\(/g)?.length, 3);
	const module = (await import(`data:text/javascript,${encodeURIComponent(minified)}`)) as {value: number};
	assert.equal(module.value, 42);
});

test('text with no wrapper, or one in another shape, is counted and left alone', () => {
	const plain = 'var a = 1;\nexport {a};\n';
	assert.deepEqual(withEagerCommonJsBodies(plain), {text: plain, count: 0});
	// A wrapper whose closing lines are not where esbuild puts them: counted, not marked, so the build stops.
	const odd = 'var x = __commonJS({ "x.js"(exports) { exports.a = 1; } });\n';
	assert.equal(commonJsWrapperCount(odd), 1);
	assert.equal(withEagerCommonJsBodies(odd).count, 0);
});
