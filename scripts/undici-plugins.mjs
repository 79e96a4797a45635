// How the build trims undici (esbuild plugins), shared by scripts/build.mjs and the bench's
// undici floor script (scripts/bench/undici-floor.cjs), so that both load the same parts.
import {readFileSync} from 'node:fs';

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

/** Every plugin the build gives undici, in order. */
export const undiciPlugins = [trimUndici, undiciAssert];

/**
 * esbuild `define`s for undici: its own switch for bundled builds, which leaves out its
 * experimental Milo parser (two more embedded wasm copies) and keeps llhttp, as Node's
 * built-in undici does.
 */
export const undiciDefine = {esbuildDetection: 'true'};
