// `npm run bench`: the start-up and end-to-end figures of docs/development.md
// ("Performance"), each next to its target. Not a test: timings on a shared machine vary,
// so every figure is the median of several rounds (min and max shown), and commands that
// are compared run in turn within each round (A B A B …) so that drift hits both alike.
//   node -e 0 / a plain node:http script     the floors
//   --version, --help, balance --help        ≤ 1.5 × node -e 0
//   check --json                             ≤ 1.3 × (node -e 0 + one 200 ms round trip),
//                                            ≤ 1.1 × the plain node:http script
//   (the undici floor script                 the same GETs through the same undici: shown,
//                                            to tell the client's cost from the tool's)
//   wizard first frame                       ≤ 1.3 × a bare bundled ink "hello"
//   wizard results painted                   ≤ 20 ms after the fake's last answer
//   leaked-key scan of a 1,000-file repo     ≤ 100 ms CPU
//   max RSS of check --json                  ≤ 70 MB
import {execFileSync, spawn} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {build, transform, type BuildOptions} from 'esbuild';
import {monotonicClock} from './builtin-imports.mjs';
import {commonJsWrapperCount, withEagerCommonJsBodies} from './eager-modules.mjs';
import {withEagerFunctions} from './eager-functions.mjs';
import {withEagerArrows} from './eager-arrows.mjs';
import {inkDevPlugin} from './ink-dev-plugin.mjs';
import {undiciDefine, undiciPlugins} from './undici-plugins.mjs';
import {keyExposure} from '../source/checks/key-exposure.js';
import type {CheckContext} from '../source/checks/types.js';
import {wizardText} from '../source/messages/wizard.js';
import {inTerminal} from './in-terminal.js';
import {fakeKey, startFake} from '../test/fake/server.js';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const latencyMs = 200;
const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'dist', 'bin.js');
const node = process.execPath;
const scratch = mkdtempSync(path.join(tmpdir(), 'deepseek-fix-bench-'));

type Stats = {median: number; min: number; max: number};

function stats(samples: number[]): Stats {
	const sorted = [...samples].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
	return {median, min: sorted[0]!, max: sorted.at(-1)!};
}

function show(label: string, value: Stats, unit = 'ms'): void {
	const number = (n: number) => (unit === 'MB' ? n.toFixed(1) : n.toFixed(0));
	console.log(`${label.padEnd(40)} ${number(value.median).padStart(6)} ${unit}   (min ${number(value.min)}, max ${number(value.max)})`);
}

function verdict(label: string, value: number, target: number, unit = '×'): void {
	// Milliseconds with a tenth too: a median of 20.4 ms printed "20 ms … NOT met" against a target of 20.
	const figure = unit === '×' ? `${value.toFixed(2)} ×` : `${value.toFixed(1)} ${unit}`;
	console.log(`${label.padEnd(52)} ${figure.padStart(9)}  (target ≤ ${target}${unit === '×' ? '' : ` ${unit}`}) ${value <= target ? 'met' : 'NOT met'}`);
}

/** A ratio shown for understanding, with no target of its own. */
function ratio(label: string, value: number): void {
	console.log(`${label.padEnd(52)} ${`${value.toFixed(2)} ×`.padStart(9)}`);
}

/** Wall time of a command run to completion (async, so the in-process fake keeps serving). */
function timeRun(args: string[], env: NodeJS.ProcessEnv, cwd = scratch): Promise<number> {
	return new Promise((resolve, reject) => {
		const began = performance.now();
		const child = spawn(node, args, {env, cwd, stdio: 'ignore'});
		child.on('error', reject);
		child.on('exit', code => {
			if (code !== 0 && code !== 1) reject(new Error(`${args.join(' ')} exited with ${code}`));
			else resolve(performance.now() - began);
		});
	});
}

/** Every round runs each command once, in turn; the result is each command's samples. */
async function rounds<K extends string>(commands: Record<K, () => Promise<number>>): Promise<Record<K, Stats>> {
	const names = Object.keys(commands) as K[];
	const samples = Object.fromEntries(names.map(name => [name, [] as number[]])) as Record<K, number[]>;
	for (const name of names) await commands[name](); // warm-up: compile cache, file cache
	for (let round = 0; round < runs; round++) {
		for (const name of names) samples[name].push(await commands[name]());
	}
	return Object.fromEntries(names.map(name => [name, stats(samples[name])])) as Record<K, Stats>;
}

// ---- the fixtures: a bare ink app, a 1,000-file repository, the fake ----

/**
 * Bundles one of scripts/bench/ into the scratch folder as the build bundles the tool: for
 * Node 22, the bodies of bundled CommonJS modules compiled at load (scripts/eager-modules.mjs),
 * with `eagerFunctions` the named functions too, as in what `check` loads
 * (scripts/eager-functions.mjs), then minified. A floor must have every start-up aid the tool
 * has, or it measures the aid.
 */
async function bundleFixture(name: string, options: Pick<BuildOptions, 'format' | 'define' | 'inject' | 'banner' | 'plugins'> & {eagerFunctions?: true}): Promise<string> {
	const outfile = path.join(scratch, name);
	const {banner, eagerFunctions, ...bundleOptions} = options;
	const bundled = await build({entryPoints: [path.join(root, 'scripts', 'bench', name)], outfile, bundle: true, platform: 'node', target: 'node22', write: false, nodePaths: [path.join(root, 'node_modules')], logLevel: 'warning', ...bundleOptions});
	const text = bundled.outputFiles[0]!.text;
	const eager = withEagerCommonJsBodies(text);
	if (eager.count !== commonJsWrapperCount(text)) throw new Error(`${name}: marked ${eager.count} of ${commonJsWrapperCount(text)} CommonJS module bodies (scripts/eager-modules.mjs)`);
	// As the build marks the named functions of what `check` loads (scripts/eager-functions.mjs): undici's among them.
	const marked = eagerFunctions ? withEagerArrows(withEagerFunctions(eager.text).text, options.format === 'cjs' ? 'script' : 'module').text : eager.text;
	const minified = await transform(marked, {minify: true, format: options.format, target: 'node22', legalComments: 'none', banner: banner?.js});
	writeFileSync(outfile, minified.code);
	return outfile;
}

const helloBundle = await bundleFixture('hello-ink.mjs', {
	format: 'esm',
	// ink's development mode off, as the build has it: that also drops its React DevTools import.
	plugins: [inkDevPlugin],
	define: {'process.env.NODE_ENV': '"production"'},
	banner: {js: "import {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);"},
});
const undiciFloorBundle = await bundleFixture('undici-floor.cjs', {format: 'cjs', plugins: undiciPlugins, inject: monotonicClock.inject, define: {...undiciDefine, ...monotonicClock.define}, eagerFunctions: true});
// Node's compile cache keeps a file only when it is on before the file loads, as bin.js
// turns it on before loading the check code: a launcher turns it on, then loads the floor.
const undiciFloor = path.join(scratch, 'undici-floor-launch.cjs');
writeFileSync(undiciFloor, `require('node:module').enableCompileCache();\nrequire(${JSON.stringify(undiciFloorBundle)});\n`);

/** A git repository of 1,000 source-like files of 1–8 KB (a few with `sk-` in a comment). */
function thousandFileRepo(): string {
	const folder = path.join(scratch, 'repo');
	mkdirSync(folder);
	const line = 'export function add(a: number, b: number): number { return a + b; } // plain code\n';
	for (let index = 0; index < 1000; index++) {
		const dir = path.join(folder, `src${index % 20}`);
		mkdirSync(dir, {recursive: true});
		const note = index % 100 === 0 ? '// see sk-learn docs\n' : '';
		writeFileSync(path.join(dir, `file${index}.ts`), note + line.repeat(12 + (index % 8) * 12));
	}
	const git = (...args: string[]) => execFileSync('git', args, {cwd: folder, stdio: 'ignore'});
	git('init', '-q');
	git('add', '.');
	git('-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'bench');
	return folder;
}

/** CPU time (this process: user + system) of one key_exposure run. */
async function scanCpuMs(cwd: string): Promise<number> {
	const ctx = {cwd, apiKey: fakeKey, env: {}} as unknown as CheckContext;
	const before = process.cpuUsage();
	const outcome = await keyExposure.run(ctx, new AbortController().signal);
	const used = process.cpuUsage(before);
	if (outcome.details.scannedFiles !== 1000) throw new Error(`the scan read ${String(outcome.details.scannedFiles)} files, not 1,000`);
	return (used.user + used.system) / 1000;
}

const answeredAt: number[] = [];
const fake = await startFake({scenario: 'ok', latencyMs, onActivity: () => answeredAt.push(performance.now())});
const env: NodeJS.ProcessEnv = {
	PATH: process.env.PATH,
	HOME: process.env.HOME,
	TERM: 'xterm-256color',
	DEEPSEEK_API_KEY: fakeKey,
	DEEPSEEK_BASE_URL: fake.baseUrl,
	DEEPSEEK_STATUS_URL: fake.statusUrl,
	DEEPSEEK_FIX_CONFIG_DIR: scratch,
	NO_COLOR: '1',
	// The wizard steps wait for English screens, whatever the machine's locale.
	DEEPSEEK_FIX_LANG: 'en',
};
/**
 * The commands as cron runs them: no terminal and no language set, so that a run asks the
 * runtime for its locale, as it does there (the wizard's steps below need English screens).
 */
const {TERM: _term, DEEPSEEK_FIX_LANG: _language, ...cronEnv} = env;
/** A fresh settings folder: the wizard's start screen changes once a diagnosis is remembered. */
const freshConfig = () => ({...env, DEEPSEEK_FIX_CONFIG_DIR: mkdtempSync(path.join(scratch, 'config-'))});

const down = '\u001B[B';
/** "Run every check" (the fifth choice), the key from DEEPSEEK_API_KEY, no paid call: the fake's last answer to the painted result. */
async function paintDelayMs(): Promise<number> {
	const began = performance.now();
	// The screens' own sentences (English: this process never switches language), so the steps follow the wizard's wording.
	const steps: Array<[string, string]> = [
		[wizardText.start.question, `${down.repeat(4)}\r`],
		[wizardText.key.questionToCheck, '\r'],
		[wizardText.probe.questionEverything, '\r'],
		[wizardText.leaves.ok.title, ''],
	];
	const times = await inTerminal(`${node} ${bin}`, freshConfig(), scratch, steps);
	const painted = began + times.at(-1)!;
	const lastAnswer = Math.max(...answeredAt.filter(at => at < painted));
	return painted - lastAnswer;
}

const rssFile = path.join(scratch, 'max-rss.txt');
const rssPreload = path.join(root, 'scripts', 'bench', 'max-rss.mjs');
/** Peak resident memory of one `check --json` (the process's own figure, reported at exit by a preload). */
async function checkMaxRssMb(): Promise<number> {
	rmSync(rssFile, {force: true});
	await timeRun(['--import', rssPreload, bin, 'check', '--json'], {...env, BENCH_MAX_RSS_FILE: rssFile});
	return Number(readFileSync(rssFile, 'utf8')) / 1024;
}

console.log(`node ${process.versions.node}, ${runs} rounds (median, min, max), fake server latency ${latencyMs} ms per request\n`);
try {
	const plain = path.join(root, 'scripts', 'bench', 'plain-http.cjs');
	const before = fake.requests.length;
	await timeRun([bin, 'check', '--json'], env);
	const perCheck = fake.requests.length - before;
	const cli = await rounds({
		nodeStart: () => timeRun(['-e', '0'], env),
		plainHttp: () => timeRun([plain], env),
		undiciFloor: () => timeRun([undiciFloor], env),
		version: () => timeRun([bin, '--version'], cronEnv),
		help: () => timeRun([bin, '--help'], cronEnv),
		commandHelp: () => timeRun([bin, 'balance', '--help'], cronEnv),
		check: () => timeRun([bin, 'check', '--json'], cronEnv),
		balance: () => timeRun([bin, 'balance', '--json'], cronEnv),
	});
	show('node -e 0', cli.nodeStart);
	show(`plain node:http script (${perCheck} GETs)`, cli.plainHttp);
	show('undici floor script (the same GETs)', cli.undiciFloor);
	show('deepseek-fix --version', cli.version);
	show('deepseek-fix --help', cli.help);
	show('deepseek-fix balance --help', cli.commandHelp);
	show('deepseek-fix check --json', cli.check);
	show('deepseek-fix balance --json', cli.balance);

	const frames = await rounds({
		hello: async () => (await inTerminal(`${node} ${helloBundle}`, env, scratch, [['hello', '']]))[0]!,
		wizard: async () => (await inTerminal(`${node} ${bin}`, freshConfig(), scratch, [['What is happening?', '']]))[0]!,
	});
	show('ink "hello" first frame', frames.hello);
	show('wizard first frame', frames.wizard);
	const paint = (await rounds({paint: paintDelayMs})).paint;
	show('wizard: results painted after last answer', paint);

	const repo = thousandFileRepo();
	const scan = (await rounds({scan: () => scanCpuMs(repo)})).scan;
	show('leaked-key scan, 1,000 files (CPU)', scan);
	const rss = (await rounds({rss: checkMaxRssMb})).rss;
	show('check --json max RSS', rss, 'MB');

	console.log('');
	verdict('--version vs node -e 0', cli.version.median / cli.nodeStart.median, 1.5);
	verdict('--help vs node -e 0', cli.help.median / cli.nodeStart.median, 1.5);
	verdict('balance --help vs node -e 0', cli.commandHelp.median / cli.nodeStart.median, 1.5);
	verdict(`check --json vs node -e 0 + ${latencyMs} ms`, cli.check.median / (cli.nodeStart.median + latencyMs), 1.3);
	verdict('check --json vs the plain node:http script', cli.check.median / cli.plainHttp.median, 1.1);
	ratio('  of which: the undici floor vs the plain script', cli.undiciFloor.median / cli.plainHttp.median);
	ratio('  and: check --json vs the undici floor', cli.check.median / cli.undiciFloor.median);
	verdict(`balance --json vs node -e 0 + ${latencyMs} ms`, cli.balance.median / (cli.nodeStart.median + latencyMs), 1.3);
	verdict('wizard first frame vs ink hello', frames.wizard.median / frames.hello.median, 1.3);
	verdict('wizard results painted after the last answer', paint.median, 20, 'ms');
	verdict('leaked-key scan of 1,000 files, CPU', scan.median, 100, 'ms');
	verdict('check --json max RSS', rss.median, 70, 'MB');
} finally {
	await fake.close();
	// The last wizard may still be saving its reading into its settings folder (it saves after the paint): retry.
	rmSync(scratch, {recursive: true, force: true, maxRetries: 10, retryDelay: 50});
}
