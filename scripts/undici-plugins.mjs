// How the build trims undici (esbuild plugins), shared by scripts/build.mjs and the bench's
// undici floor script (scripts/bench/undici-floor.cjs), so that both load the same parts.
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';

/**
 * Parts of undici this tool never runs, replaced by a module that throws if it ever were
 * (docs/development.md, "Performance", has what each saves). Each stub names why it is
 * safe; the proxy and client tests run the real paths.
 */
const undiciStubs = {
	// Every dispatcher is created with allowH2: false (source/deepseek/dispatcher.ts), so
	// ALPN only offers http/1.1 and the HTTP/2 client (and node:http2) is never needed.
	// client.js imports it at load: the stub is a function that throws if ever called.
	'lib/dispatcher/client-h2.js': {what: 'HTTP/2', fails: 'when called'},
	// Two copies of the llhttp parser are embedded; the plain one runs on every CPU.
	// undici loads the SIMD copy inside a try and falls back to the plain one.
	'lib/llhttp/llhttp_simd-wasm.js': {what: 'the SIMD copy of llhttp', fails: 'when loaded'},
	// Only FormData request bodies load these (lazily); this tool sends strings.
	'lib/web/fetch/body.js': {what: 'FormData bodies', fails: 'when loaded'},
	'lib/web/fetch/formdata.js': {what: 'FormData bodies', fails: 'when loaded'},
	'lib/web/webidl/index.js': {what: 'FormData bodies', fails: 'when loaded'},
};

/** esbuild plugin: undici's unused parts become one-line stubs. */
const trimUndici = {
	name: 'trim-undici',
	setup(build) {
		const files = Object.keys(undiciStubs);
		const filter = new RegExp(`node_modules/undici/(?:${files.map(file => file.replaceAll('.', '\\.')).join('|')})$`);
		build.onLoad({filter}, args => {
			const {what, fails} = undiciStubs[files.find(file => args.path.endsWith(file))];
			const error = `new Error(${JSON.stringify(`${what} is not part of this build of deepseek-fix (scripts/build.mjs)`)})`;
			const contents = fails === 'when called' ? `module.exports = () => { throw ${error}; };` : `throw ${error};`;
			return {contents, loader: 'js'};
		});
	},
};

/**
 * esbuild plugin: undici's `require('node:assert')` gets source/deepseek/undici-assert.cjs,
 * which only implements calling it. Each importer is read: if one ever uses more than the
 * call (`assert.strictEqual`…), the build stops instead of shipping a broken stub.
 */
const undiciAssert = {
	name: 'undici-assert',
	setup(build) {
		const shim = new URL('../source/deepseek/undici-assert.cjs', import.meta.url).pathname;
		build.onResolve({filter: /^node:assert$/}, args => {
			if (!args.importer.includes('/node_modules/undici/')) return undefined;
			const source = readFileSync(args.importer, 'utf8');
			const name = /(?:const|let|var)\s+(\w+)\s*=\s*require\(['"]node:assert['"]\)/.exec(source)?.[1];
			const other = name === undefined ? undefined : new RegExp(`\\b${name}\\.(?!ok\\b)\\w+`).exec(source);
			if (name === undefined || other) {
				const what = name === undefined ? 'it is not bound to a name' : `it uses ${other[0]}`;
				return {errors: [{text: `${args.importer}: node:assert cannot be replaced by the build's small assert (${what}); see scripts/build.mjs`}]};
			}
			return {path: shim};
		});
	},
};

/**
 * esbuild plugin: llhttp's constants are evaluated when the build runs. Its module builds
 * ~30 tables at load (methods, statuses, character classes…), of which undici's HTTP/1.1
 * client reads two, ERROR and TYPE: those become literals. Each importer is read: if one
 * ever uses another table, the build stops instead of shipping a module without it.
 */
const llhttpConstantsUsed = new Set(['ERROR', 'TYPE']);
const llhttpConstants = {
	name: 'llhttp-constants',
	setup(build) {
		build.onResolve({filter: /\/llhttp\/constants\.js$/}, args => {
			if (!args.importer.includes('/node_modules/undici/')) return undefined;
			const source = readFileSync(args.importer, 'utf8');
			const name = /(?:const|let|var)\s+(\w+)\s*=\s*require\(['"][./]+llhttp\/constants\.js['"]\)/.exec(source)?.[1];
			const other = name === undefined ? undefined : [...source.matchAll(new RegExp(`(?<![\\w/.$])${name}\\.(\\w+)`, 'g'))].find(([, table]) => !llhttpConstantsUsed.has(table));
			if (name === undefined || other) {
				const what = name === undefined ? 'it is not bound to a name' : `it uses ${other[0]}`;
				return {errors: [{text: `${args.importer}: llhttp's constants cannot be cut to ${[...llhttpConstantsUsed].join(' and ')} (${what}); see scripts/undici-plugins.mjs`}]};
			}
			return undefined;
		});
		build.onLoad({filter: /node_modules\/undici\/lib\/llhttp\/constants\.js$/}, args => {
			const constants = createRequire(args.path)(args.path);
			const tables = [...llhttpConstantsUsed].map(table => `exports.${table} = ${JSON.stringify(constants[table])};`);
			return {contents: `'use strict';\n${tables.join('\n')}\n`, loader: 'js'};
		});
	},
};

/** The file llhttp's WebAssembly is written to, beside the output that reads it. */
const llhttpWasmFile = 'llhttp.wasm';
const llhttpReader = new URL('../source/deepseek/llhttp-wasm.ts', import.meta.url).pathname;

/**
 * esbuild plugin: undici's `llhttp-wasm.js` (the parser as a 72 KB base64 string, decoded
 * at the first connection) becomes a read of the file `writeLlhttpWasm` writes
 * (source/deepseek/llhttp-wasm.ts): the same bytes, without the string in the chunk.
 */
const llhttpWasm = {
	name: 'llhttp-wasm',
	setup(build) {
		build.onLoad({filter: /node_modules\/undici\/lib\/llhttp\/llhttp-wasm\.js$/}, () => ({
			contents: `'use strict';\nmodule.exports = require(${JSON.stringify(llhttpReader)}).readLlhttpWasm(${JSON.stringify(llhttpWasmFile)});\n`,
			loader: 'js',
		}));
	},
};

/**
 * Writes llhttp's WebAssembly (undici's own bytes) beside each output of `metafile` that
 * holds the reader, and stops the build if none does.
 */
export function writeLlhttpWasm(metafile) {
	const readers = Object.entries(metafile.outputs).filter(([, output]) => Object.keys(output.inputs).some(input => path.resolve(input) === llhttpReader));
	if (readers.length === 0) throw new Error(`no output holds ${llhttpReader}: llhttp's WebAssembly would be missing (scripts/undici-plugins.mjs)`);
	const bytes = createRequire(import.meta.url)('undici/lib/llhttp/llhttp-wasm.js');
	for (const [output] of readers) writeFileSync(path.join(path.dirname(path.resolve(output)), llhttpWasmFile), bytes);
}

/** Every plugin the build gives undici, in order. */
export const undiciPlugins = [trimUndici, undiciAssert, llhttpConstants, llhttpWasm];

/**
 * esbuild `define`s for undici: its own switch for bundled builds, which leaves out its
 * experimental Milo parser (two more embedded wasm copies) and keeps llhttp, as Node's
 * built-in undici does.
 */
export const undiciDefine = {esbuildDetection: 'true'};
