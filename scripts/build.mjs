// Bundles source/ into dist/ with esbuild: one small entry (bin.js) that checks the Node
// version and answers --version before anything heavy is loaded, and code-split chunks
// so that `check`/`balance` never load ink or react (only the wizard does); and the
// notices of every bundled package beside them (scripts/notices.mjs).
import {readFileSync, rmSync, writeFileSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import {build} from 'esbuild';
import {bundledPackages, noticesText} from './notices.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const outdir = new URL('../dist/', import.meta.url).pathname;
rmSync(outdir, {recursive: true, force: true});
mkdirSync(outdir, {recursive: true});

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

// ink imports react-devtools-core only when DEV is set; an empty stub keeps it out.
const stubDir = new URL('../node_modules/.cache/deepseek-fix/', import.meta.url).pathname;
mkdirSync(stubDir, {recursive: true});
writeFileSync(`${stubDir}devtools-stub.js`, 'export default undefined;\n');

const shebang = '#!/usr/bin/env node\n';
const requireBanner = "import {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);";

/**
 * The banner builds a `require` in every output file, and each costs a createRequire at
 * start-up; a file that never names `require` (most chunks, bin.js) does without. A file
 * that merely mentions the word keeps it: only a false "needs it" is possible, never a
 * missing require. Chunks lose the shebang too: only bin.js is executed.
 */
function withoutUnusedRequire(file, text) {
	const body = text.slice(shebang.length + requireBanner.length);
	const needsRequire = /\brequire\b/.test(body);
	const start = file.endsWith('/bin.js') ? shebang : '';
	return `${start}${needsRequire ? requireBanner : ''}${body}`;
}

const result = await build({
	entryPoints: {bin: 'source/bin.ts'},
	outdir,
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node22',
	// NO_MINIFY=1 npm run build: readable names in CPU profiles (docs/development.md, "Performance").
	minify: process.env.NO_MINIFY !== '1',
	legalComments: 'none',
	chunkNames: 'chunks/[name]-[hash]',
	alias: {'react-devtools-core': `${stubDir}devtools-stub.js`},
	plugins: [trimUndici, undiciAssert],
	define: {
		'process.env.NODE_ENV': '"production"',
		// undici's own switch for bundled builds: leaves out its experimental Milo parser
		// (two more embedded wasm copies) and keeps llhttp, as Node's built-in undici does.
		esbuildDetection: 'true',
		__DEEPSEEK_FIX_VERSION__: JSON.stringify(pkg.version),
	},
	// Some bundled CommonJS (undici, signal-exit, yoga's loader) calls require(); give ESM
	// one. Only the files that use it keep it (withoutUnusedRequire below).
	banner: {js: `${shebang}${requireBanner}`},
	logLevel: 'warning',
	metafile: true,
});

for (const output of Object.keys(result.metafile.outputs).filter(output => output.endsWith('.js'))) {
	// Output paths are relative to the working folder esbuild ran in.
	const file = path.resolve(output);
	const text = readFileSync(file, 'utf8');
	if (!text.startsWith(shebang + requireBanner)) throw new Error(`${file} does not start with the build's banner`);
	writeFileSync(file, withoutUnusedRequire(file, text));
}

// Kept for the test that checks the notices against what was really bundled.
writeFileSync(`${stubDir}metafile.json`, JSON.stringify(result.metafile));
const root = new URL('..', import.meta.url).pathname;
writeFileSync(`${outdir}THIRD-PARTY-NOTICES.txt`, noticesText(bundledPackages(result.metafile, root), pkg));
