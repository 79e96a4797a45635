// Bundles source/ into dist/ with esbuild: one small entry (bin.js) that checks the Node
// version and answers --version before anything heavy is loaded, and code-split chunks
// so that `check`/`balance` never load ink or react (only the wizard does); and the
// notices of every bundled package beside them (scripts/notices.mjs).
import {readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {build, transform} from 'esbuild';
import {builtinImportCount, monotonicClock, withoutBuiltinFacades} from './builtin-imports.mjs';
import {commonJsWrapperCount, withEagerCommonJsBodies} from './eager-modules.mjs';
import {withEagerFunctions} from './eager-functions.mjs';
import {withEagerArrows} from './eager-arrows.mjs';
import {inkDevPlugin} from './ink-dev-plugin.mjs';
import {inkOutputPlugin} from './ink-output-plugin.mjs';
import {bundledPackages, noticesText} from './notices.mjs';
import {settingsPlugins} from './settings-plugins.mjs';
import {stringWidthPlugin} from './string-width-plugin.mjs';
import {undiciDefine, undiciPlugins} from './undici-plugins.mjs';
import {mergeStart} from './merge-start.mjs';
import {assertOneByte, withOneByteSource} from './one-byte-source.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const outdir = new URL('../dist/', import.meta.url).pathname;
rmSync(outdir, {recursive: true, force: true});
mkdirSync(outdir, {recursive: true});

// The build's own files (the metafile the notices test reads): in the checkout, not in node_modules, so that
// worktrees sharing one node_modules (a symlink) do not read each other's.
const cacheDir = new URL('../.tmp/build/', import.meta.url).pathname;
mkdirSync(cacheDir, {recursive: true});

/**
 * Bundled packages (ink, string-width, ansi-tokenize) create an Intl.Segmenter when they load,
 * and the first one costs ~13 ms of ICU's start: they get source/text/segmenter.ts instead,
 * which cuts the text the tool draws without ICU.
 */
const quickSegmenter = {
	inject: [new URL('../source/text/segmenter.ts', import.meta.url).pathname],
	define: {'Intl.Segmenter': 'QuickSegmenter'},
};

const shebang = '#!/usr/bin/env node\n';
/**
 * bin.js reads Node's built-ins with process.getBuiltinModule() (scripts/builtin-imports.mjs)
 * at its top, which Node has only since 20.16 and 22.3. On an older one, only so that it can
 * say in the user's language that it is too old, a `require` stands in for it: first thing in
 * the file, before those reads.
 */
const builtinReaderForOldNode =
	"if(typeof globalThis.process.getBuiltinModule!=='function'){try{const{createRequire:c}=await import('node:module');const r=c(import.meta.url);globalThis.process.getBuiltinModule=n=>r(n)}catch{}}";
const requireBanner = "import {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);";

/**
 * The banner builds a `require` in an output file, and each costs a createRequire at
 * start-up: only a file that names `require` gets it (bundled CommonJS such as undici,
 * signal-exit and yoga's loader calls it, through esbuild's helper in one shared chunk).
 * A file that merely mentions the word gets it too: only a false "needs it" is possible,
 * never a missing require. Only bin.js, the file that is executed, gets the shebang and the
 * old Node's built-in reader.
 */
function withBanner(file, body) {
	const start = file.endsWith('/bin.js') ? shebang + builtinReaderForOldNode : '';
	return `${start}${/\brequire\b/.test(body) ? requireBanner : ''}${body}`;
}

// NO_MINIFY=1 npm run build: readable names in CPU profiles (docs/development.md, "Performance").
const minify = process.env.NO_MINIFY !== '1';

/** What both builds share; each names its own entries, splitting and externals. */
const common = {
	outdir,
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node22',
	// Minified after the CommonJS bodies are marked (below): the marking reads esbuild's
	// unminified output.
	minify: false,
	legalComments: 'none',
	chunkNames: 'chunks/[name]-[hash]',
	plugins: [...undiciPlugins, ...settingsPlugins, stringWidthPlugin, inkOutputPlugin, inkDevPlugin],
	inject: [...monotonicClock.inject, ...quickSegmenter.inject],
	define: {
		...monotonicClock.define,
		...quickSegmenter.define,
		'process.env.NODE_ENV': '"production"',
		...undiciDefine,
		__DEEPSEEK_FIX_VERSION__: JSON.stringify(pkg.version),
	},
	logLevel: 'warning',
	metafile: true,
};

// The tool itself, from cli.js down, split into chunks so that `check`/`balance` never load
// ink or react (only the wizard does).
const result = await build({...common, entryPoints: {cli: 'source/cli.tsx'}, splitting: true});
// bin.js on its own, one file: what --version and the way to cli.js need (each module an ES
// module resolves and links costs start-up time); cli.js is loaded from the build above. What
// the help, a start notice, the old-Node line and the last-resort error line need is one more
// file, bin-later.js (source/bin-later.ts): bin.js is compiled on every run without the compile
// cache (it turns the cache on), so each byte in it costs `check` too. The few small modules
// these builds share (messages, the language choice) are in each: bin.js sets its own copy's
// language to the one bin-later.js chose before it speaks.
const entry = await build({...common, entryPoints: {bin: 'source/bin.ts'}, splitting: false, external: ['./cli.js', './bin-later.js']});
const binLater = await build({...common, entryPoints: {'bin-later': 'source/bin-later.ts'}, splitting: false});

// What `check` and `balance` load: cli.js and its static imports, then run-later.ts and its
// own. Their functions are compiled as they load (scripts/eager-functions.mjs, scripts/eager-arrows.mjs).
const checkPath = staticallyReached(result.metafile, ['dist/cli.js', outputOf(result.metafile, 'source/run-later.ts')]);
for (const built of [result, entry, binLater]) await finish(built.metafile, built === result ? checkPath : new Set());
// cli.js and the chunks it imports statically become one file (scripts/merge-start.mjs).
await mergeStart(outdir, {minify, withoutBanner: text => (text.startsWith(requireBanner) ? text.slice(requireBanner.length) : text), withBanner});
// Every built file Latin-1 only, so that V8 holds its source as a one-byte string (scripts/one-byte-source.mjs).
for (const file of [...readdirSync(outdir), ...readdirSync(`${outdir}chunks`).map(name => `chunks/${name}`)].filter(name => name.endsWith('.js'))) {
	const text = readFileSync(`${outdir}${file}`, 'utf8');
	const oneByte = withOneByteSource(text);
	assertOneByte(file, oneByte.text);
	if (oneByte.count > 0) writeFileSync(`${outdir}${file}`, oneByte.text);
}

// The help at full width in every language, laid out here once (source/help.ts, layOutHelp) for
// bin.js to print as it is: laying it out was most of what `--help` cost above Node's own start.
await build({...common, entryPoints: {'help-layout': 'source/help.ts'}, outdir: cacheDir, splitting: false, metafile: false});
const {layOutHelp, laidOutHelpFile} = await import(`${pathToFileURL(`${cacheDir}help-layout.js`).href}?${Date.now()}`);
writeFileSync(`${outdir}${laidOutHelpFile}`, JSON.stringify(layOutHelp(pkg.version)));

/**
 * Mark CommonJS bodies (and, in the files `eagerFunctions` names, named functions and arrows) for eager
 * compilation, minify, read built-ins without facades, add the banner.
 */
async function finish(metafile, eagerFunctions) {
	for (const output of Object.keys(metafile.outputs).filter(output => output.endsWith('.js'))) {
		// Output paths are relative to the working folder esbuild ran in.
		const file = path.resolve(output);
		const bundled = readFileSync(file, 'utf8');
		const eager = withEagerCommonJsBodies(bundled);
		const wrappers = commonJsWrapperCount(bundled);
		if (eager.count !== wrappers) throw new Error(`${file}: marked ${eager.count} of ${wrappers} CommonJS module bodies for eager compilation (scripts/eager-modules.mjs)`);
		const marked = eagerFunctions.has(output) ? withEagerArrows(withEagerFunctions(eager.text).text).text : eager.text;
		const text = minify ? (await transform(marked, {minify: true, format: 'esm', target: 'node22', legalComments: 'none'})).code : marked;
		const builtins = withoutBuiltinFacades(text);
		const expected = builtinImportCount(metafile.outputs[output]);
		if (builtins.count !== expected) throw new Error(`${file}: rewrote ${builtins.count} imports of Node's built-ins, the metafile lists ${expected} (scripts/builtin-imports.mjs)`);
		writeFileSync(file, withBanner(file, builtins.text));
	}
}

/** The output file built from `entryPoint` (a dynamic import's target is an output of its own). */
function outputOf(metafile, entryPoint) {
	const found = Object.keys(metafile.outputs).find(output => metafile.outputs[output].entryPoint === entryPoint);
	if (!found) throw new Error(`the build has no output for ${entryPoint}`);
	return found;
}

/**
 * The outputs `starts` reach by static imports. A function made eager is a `var`, which holds
 * it only once its line has run, where a declaration is there from the module's start: an
 * importer runs after what it imports unless they import each other, so the build stops on a
 * cycle among these files.
 */
function staticallyReached(metafile, starts) {
	const reached = new Set();
	const visit = (output, path_) => {
		if (path_.includes(output)) throw new Error(`${[...path_, output].join(' → ')}: an import cycle among the files check loads (scripts/eager-functions.mjs)`);
		if (reached.has(output)) return;
		for (const imported of metafile.outputs[output].imports) {
			if (imported.kind === 'import-statement' && !imported.external) visit(imported.path, [...path_, output]);
		}
		reached.add(output);
	};
	for (const start of starts) visit(start, []);
	return reached;
}

// Kept for the test that checks the notices against what was really bundled.
writeFileSync(`${cacheDir}metafile.json`, JSON.stringify(result.metafile));
const root = new URL('..', import.meta.url).pathname;
writeFileSync(`${outdir}THIRD-PARTY-NOTICES.txt`, noticesText(bundledPackages(result.metafile, root), pkg));
