// Bundles source/ into dist/ with esbuild: one small entry (bin.js) that checks the Node
// version and answers --version before anything heavy is loaded, and code-split chunks
// so that `check`/`balance` never load ink or react (only the wizard does); and the
// notices of every bundled package beside them (scripts/notices.mjs).
import {readFileSync, rmSync, writeFileSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import {build} from 'esbuild';
import {builtinImportCount, monotonicClock, withoutBuiltinFacades} from './builtin-imports.mjs';
import {bundledPackages, noticesText} from './notices.mjs';
import {settingsPlugins} from './settings-plugins.mjs';
import {undiciDefine, undiciPlugins} from './undici-plugins.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const outdir = new URL('../dist/', import.meta.url).pathname;
rmSync(outdir, {recursive: true, force: true});
mkdirSync(outdir, {recursive: true});

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
	plugins: [...undiciPlugins, ...settingsPlugins],
	inject: monotonicClock.inject,
	define: {
		...monotonicClock.define,
		'process.env.NODE_ENV': '"production"',
		...undiciDefine,
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
	const builtins = withoutBuiltinFacades(text);
	const expected = builtinImportCount(result.metafile.outputs[output]);
	if (builtins.count !== expected) throw new Error(`${file}: rewrote ${builtins.count} imports of Node's built-ins, the metafile lists ${expected} (scripts/builtin-imports.mjs)`);
	writeFileSync(file, withoutUnusedRequire(file, builtins.text));
}

// Kept for the test that checks the notices against what was really bundled.
writeFileSync(`${stubDir}metafile.json`, JSON.stringify(result.metafile));
const root = new URL('..', import.meta.url).pathname;
writeFileSync(`${outdir}THIRD-PARTY-NOTICES.txt`, noticesText(bundledPackages(result.metafile, root), pkg));
