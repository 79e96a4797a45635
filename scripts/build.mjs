// Bundles source/ into dist/ with esbuild: one small entry (bin.js) that checks the Node
// version and answers --version before anything heavy is loaded, and code-split chunks
// so that `check`/`balance` never load ink or react (only the wizard does); and the
// notices of every bundled package beside them (scripts/notices.mjs).
import {readFileSync, rmSync, writeFileSync, mkdirSync} from 'node:fs';
import {build} from 'esbuild';
import {bundledPackages, noticesText} from './notices.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const outdir = new URL('../dist/', import.meta.url).pathname;
rmSync(outdir, {recursive: true, force: true});
mkdirSync(outdir, {recursive: true});

// ink imports react-devtools-core only when DEV is set; an empty stub keeps it out.
const stubDir = new URL('../node_modules/.cache/deepseek-fix/', import.meta.url).pathname;
mkdirSync(stubDir, {recursive: true});
writeFileSync(`${stubDir}devtools-stub.js`, 'export default undefined;\n');

const result = await build({
	entryPoints: {bin: 'source/bin.ts'},
	outdir,
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node22',
	minify: true,
	legalComments: 'none',
	chunkNames: 'chunks/[name]-[hash]',
	alias: {'react-devtools-core': `${stubDir}devtools-stub.js`},
	define: {
		'process.env.NODE_ENV': '"production"',
		__DEEPSEEK_FIX_VERSION__: JSON.stringify(pkg.version),
	},
	// Some bundled CommonJS (signal-exit, yoga loader) calls require(); give ESM one.
	banner: {js: "#!/usr/bin/env node\nimport {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);"},
	logLevel: 'warning',
	metafile: true,
});

// Kept for the test that checks the notices against what was really bundled.
writeFileSync(`${stubDir}metafile.json`, JSON.stringify(result.metafile));
const root = new URL('..', import.meta.url).pathname;
writeFileSync(`${outdir}THIRD-PARTY-NOTICES.txt`, noticesText(bundledPackages(result.metafile, root), pkg));
