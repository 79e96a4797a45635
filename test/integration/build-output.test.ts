// What scripts/build.mjs does to the bundle beyond esbuild's own output.
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';

const dist = path.join(import.meta.dirname, '..', '..', 'dist');
const files = [path.join(dist, 'bin.js'), path.join(dist, 'bin-later.js'), path.join(dist, 'cli.js'), ...readdirSync(path.join(dist, 'chunks')).map(name => path.join(dist, 'chunks', name))];
/** The source files esbuild put into the build (its metafile, kept by scripts/build.mjs). */
function bundledInputs(): string[] {
	const metafile = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', '.tmp', 'build', 'metafile.json'), 'utf8')) as {inputs: Record<string, unknown>};
	return Object.keys(metafile.inputs);
}
/** The first built chunk whose name starts with `prefix`. */
function chunkNamed(prefix: string): string {
	return path.join(dist, 'chunks', readdirSync(path.join(dist, 'chunks')).find(name => name.startsWith(prefix))!);
}
/** What `check` loads: cli.js, and the checks' chunk run-later imports. */
function checkFiles(): string[] {
	const checks = /from\s*"\.\/(chunk-[\w-]+\.js)"/.exec(readFileSync(chunkNamed('run-later-'), 'utf8'))?.[1];
	assert.ok(checks, 'run-later imports the checks\' chunk');
	return [path.join(dist, 'cli.js'), path.join(dist, 'chunks', checks)];
}
const requireBanner = "import {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);";

test('no bundled file loads node:assert: undici gets the small assert instead', () => {
	for (const file of files) assert.doesNotMatch(readFileSync(file, 'utf8'), /require\("node:assert"\)|from\s*"node:assert"/, path.basename(file));
	assert.ok(files.some(file => readFileSync(file, 'utf8').includes('ERR_ASSERTION')), 'the small assert is bundled');
});

test('a bundled file that names require defines it, and only bin.js has the shebang', () => {
	let withRequire = 0;
	for (const file of files) {
		const text = readFileSync(file, 'utf8');
		const isBin = path.basename(file) === 'bin.js';
		assert.equal(text.startsWith('#!/usr/bin/env node\n'), isBin, path.basename(file));
		const body = isBin ? text.slice('#!/usr/bin/env node\n'.length) : text;
		const defines = body.startsWith(requireBanner);
		if (defines) withRequire++;
		assert.equal(/\brequire\b/.test(defines ? body.slice(requireBanner.length) : body), defines, `${path.basename(file)}: names require ${defines ? 'without needing it' : 'without defining it'}`);
	}
	// undici and ink's yoga loader call require(): at least one file keeps it.
	assert.ok(withRequire > 0);
});

test('conf is bundled without ajv, ajv-formats and semver, which it runs only for options this tool never gives', () => {
	const inputs = bundledInputs();
	assert.ok(inputs.some(input => input.includes('node_modules/conf/')), 'conf is bundled');
	for (const left of ['ajv', 'ajv-formats', 'semver']) assert.ok(!inputs.some(input => input.includes(`node_modules/${left}/`)), `${left} is bundled`);
	const stubs = files.filter(file => readFileSync(file, 'utf8').includes('conf needs it only for'));
	assert.equal(stubs.length, 1, 'the stubs sit in the one chunk with conf');
	// conf encrypts only when asked to: it gets node:crypto at first use, not when it loads.
	assert.doesNotMatch(readFileSync(stubs[0]!, 'utf8'), /from\s*"node:crypto"|require\("node:crypto"\)/);
});

test('proper-lockfile is bundled with Node\'s own fs, not graceful-fs', () => {
	const inputs = bundledInputs();
	assert.ok(inputs.some(input => input.includes('node_modules/proper-lockfile/')), 'proper-lockfile is bundled');
	assert.ok(!inputs.some(input => input.includes('node_modules/graceful-fs/')), 'graceful-fs is bundled');
});

/** The relative imports of a built file, static and dynamic. */
function relativeImports(text: string): string[] {
	return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)"(\.\.?\/[^"]+\.js)"/g)].map(match => match[1]!);
}

test('cli.js holds every module that check loads before its first request: it imports no chunk statically', () => {
	const text = readFileSync(path.join(dist, 'cli.js'), 'utf8');
	const staticImports = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*)"(\.\.?\/[^"]+\.js)"/g)].map(match => match[1]);
	assert.deepEqual(staticImports, []);
	assert.ok(relativeImports(text).some(target => target.startsWith('./chunks/')), 'the rest of the check code is still loaded later, from chunks');
});

test('bin.js holds only what a run reads on its way to cli.js: the help, the notices and the language choice are in bin-later.js', () => {
	// bin.js is compiled on every run without the compile cache (it turns the cache on): each byte of it costs `check`.
	const text = readFileSync(path.join(dist, 'bin.js'), 'utf8');
	assert.deepEqual([...new Set(relativeImports(text))].sort(), ['./bin-later.js', './cli.js']);
	const later = readFileSync(path.join(dist, 'bin-later.js'), 'utf8');
	// The usage table's flags, the wrap's rules and the notices' sentences: there, not in bin.js.
	for (const mark of ['key-from', 'timedatectl', 'names no language']) {
		assert.ok(later.includes(mark), `bin-later.js holds ${mark}`);
		assert.ok(!text.includes(mark), `bin.js does not hold ${mark}`);
	}
});

test('every file the build leaves imports only files that are there', () => {
	for (const file of files) {
		for (const target of relativeImports(readFileSync(file, 'utf8'))) assert.ok(existsSync(path.join(path.dirname(file), target)), `${path.basename(file)} imports ${target}`);
	}
});

test('the named functions of what check loads are compiled as their file loads; the wizard\'s chunk is left alone', () => {
	// scripts/eager-functions.mjs: `var f = (function f(…) {…});`, minified to `f=(function(…){…})`.
	const eager = (text: string) => text.match(/=\(function\(/g)?.length ?? 0;
	const declarations = (text: string) => text.match(/(?:^|[;{})])function [\w$]+\(/gm)?.length ?? 0;
	for (const file of checkFiles()) {
		const text = readFileSync(file, 'utf8');
		assert.ok(eager(text) > declarations(text), `${path.basename(file)}: ${eager(text)} marked, ${declarations(text)} left as declarations`);
	}
	const wizard = readFileSync(chunkNamed('app-'), 'utf8');
	assert.ok(eager(wizard) < declarations(wizard), `the wizard's chunk: ${eager(wizard)} marked, ${declarations(wizard)} declarations`);
});

test('the arrows of what check loads that are callbacks or variables are compiled as their file loads; the wizard\'s chunk is left alone', () => {
	// scripts/eager-arrows.mjs: a call's arrow argument `f(x => …)` becomes `f((function(x){…}))` once minified.
	const callbacks = (text: string) => text.match(/[(,]\((?:async )?function\(/g)?.length ?? 0;
	const arrowCallbacks = (text: string) => text.match(/[(,](?:async )?(?:\([\w$,]*\)|[\w$]+)=>/g)?.length ?? 0;
	for (const file of checkFiles()) {
		const text = readFileSync(file, 'utf8');
		// The arrows left are those that take `this` or `arguments` from around them, or sit in methods and tables.
		assert.ok(callbacks(text) > arrowCallbacks(text), `${path.basename(file)}: ${callbacks(text)} callbacks marked, ${arrowCallbacks(text)} left as arrows`);
	}
	const wizard = readFileSync(chunkNamed('app-'), 'utf8');
	assert.equal(callbacks(wizard), 0, `the wizard's chunk: ${callbacks(wizard)} callbacks marked`);
});
