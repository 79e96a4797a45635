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
 * esbuild plugin: undici's `require(builtin)` gets the build's small module in its place
 * (source/deepseek/`file`). Each importer is read: when `problemOf(source)` says it uses
 * more than the small module has, the build stops instead of shipping a broken stand-in.
 */
function undiciStandIn(builtin, file, problemOf) {
	return {
		name: `undici-${builtin.slice('node:'.length)}`,
		setup(build) {
			const path = new URL(`../source/deepseek/${file}`, import.meta.url).pathname;
			build.onResolve({filter: new RegExp(`^${builtin}$`)}, args => {
				if (!args.importer.includes('/node_modules/undici/')) return undefined;
				const problem = problemOf(readFileSync(args.importer, 'utf8'));
				if (problem) return {errors: [{text: `${args.importer}: ${builtin} cannot be replaced by the build's small one (${problem}); see scripts/undici-plugins.mjs`}]};
				return {path};
			});
		},
	};
}

/**
 * undici-assert.cjs only implements calling assert: undici uses nothing else
 * (`assert.strictEqual`… would stop the build).
 */
function undiciAssertUse(source) {
	const name = /(?:const|let|var)\s+(\w+)\s*=\s*require\(['"]node:assert['"]\)/.exec(source)?.[1];
	if (name === undefined) return 'it is not bound to a name';
	const other = new RegExp(`\\b${name}\\.(?!ok\\b)\\w+`).exec(source);
	return other ? `it uses ${other[0]}` : undefined;
}

const httpShimHas = new Set(['maxHeaderSize', 'IncomingMessage']);

/** Why a module's use of node:http is more than the shim has, or undefined when it is not. */
export function undiciHttpUse(source) {
	const binding = /(?:const|let|var)\s+(\w+|\{[^}]*\})\s*=\s*require\(['"]node:http['"]\)/.exec(source)?.[1];
	if (binding === undefined) return 'it is not bound to a name';
	const names = binding.startsWith('{')
		? binding.slice(1, -1).split(',').map(part => part.trim()).filter(Boolean)
		: [...source.matchAll(new RegExp(`\\b${binding}\\.(\\w+)`, 'g'))].map(match => match[1]);
	const other = names.find(name => !httpShimHas.has(name));
	if (other !== undefined) return `it uses ${other}`;
	return undefined;
}

/** Every plugin the build gives undici, in order. */
export const undiciPlugins = [
	trimUndici,
	undiciStandIn('node:assert', 'undici-assert.cjs', undiciAssertUse),
	// undici-http.cjs has only the two things undici reads from node:http.
	undiciStandIn('node:http', 'undici-http.cjs', undiciHttpUse),
];

/**
 * esbuild `define`s for undici: its own switch for bundled builds, which leaves out its
 * experimental Milo parser (two more embedded wasm copies) and keeps llhttp, as Node's
 * built-in undici does.
 */
export const undiciDefine = {esbuildDetection: 'true'};
