// `npm run bench`: start-up and end-to-end timings (median of N runs), printed with their
// ratios to the targets of issues 3 and 4. Not a test: timings on shared machines vary.
//   node -e 0                       the floor
//   deepseek-fix --version          target ≤ 1.5 × node -e 0
//   deepseek-fix check --json       target ≤ 1.3 × (node -e 0 + one 200 ms round trip)
//   wizard first frame              target ≤ 2 × a bare ink "hello" app's first frame
import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {build} from 'esbuild';
import {fakeKey, startFake} from '../test/fake/server.js';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const latencyMs = 200;
const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'dist', 'bin.js');
const node = process.execPath;
const scratch = mkdtempSync(path.join(tmpdir(), 'deepseek-fix-bench-'));

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Wall time of a command run to completion (async, so the fake server keeps serving). */
function timeRun(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
	return new Promise((resolve, reject) => {
		const began = performance.now();
		const child = spawn(node, args, {env, stdio: 'ignore'});
		child.on('error', reject);
		child.on('exit', code => {
			if (code !== 0 && code !== 1) reject(new Error(`${args.join(' ')} exited with ${code}`));
			else resolve(performance.now() - began);
		});
	});
}

/** Time until a program running in a pseudo-terminal (util-linux `script`) prints `marker`. */
function timeToText(command: string, marker: string, env: NodeJS.ProcessEnv): Promise<number> {
	return new Promise((resolve, reject) => {
		const began = performance.now();
		const child = spawn('script', ['-qfec', command, '/dev/null'], {env: {...env, COLUMNS: '100', LINES: '30'}, stdio: ['pipe', 'pipe', 'ignore']});
		let seen = '';
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`no "${marker}" from ${command} within 20 s`));
		}, 20_000);
		child.stdout.on('data', (chunk: Buffer) => {
			seen += chunk.toString('utf8');
			if (seen.includes(marker)) {
				clearTimeout(timer);
				resolve(performance.now() - began);
				child.kill('SIGKILL');
			}
		});
	});
}

async function measure(label: string, once: () => Promise<number>): Promise<number> {
	await once(); // warm-up: fills node's compile cache and the OS file cache
	const samples: number[] = [];
	for (let index = 0; index < runs; index++) samples.push(await once());
	const value = median(samples);
	console.log(`${label.padEnd(34)} ${value.toFixed(0).padStart(6)} ms   (min ${Math.min(...samples).toFixed(0)}, max ${Math.max(...samples).toFixed(0)})`);
	return value;
}

function verdictLine(label: string, ratio: number, target: number): void {
	console.log(`${label.padEnd(50)} ${ratio.toFixed(2)} × (target ≤ ${target}) ${ratio <= target ? 'met' : 'NOT met'}`);
}

const helloBundle = path.join(scratch, 'hello-ink.mjs');
await build({
	entryPoints: [path.join(root, 'scripts', 'bench', 'hello-ink.mjs')],
	outfile: helloBundle,
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node22',
	minify: true,
	nodePaths: [path.join(root, 'node_modules')],
	alias: {'react-devtools-core': path.join(root, 'node_modules', '.cache', 'deepseek-fix', 'devtools-stub.js')},
	define: {'process.env.NODE_ENV': '"production"'},
	banner: {js: "import {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);"},
	logLevel: 'warning',
});

const fake = await startFake({scenario: 'ok', latencyMs});
const env: NodeJS.ProcessEnv = {
	PATH: process.env.PATH,
	HOME: process.env.HOME,
	TERM: 'xterm-256color',
	DEEPSEEK_API_KEY: fakeKey,
	DEEPSEEK_BASE_URL: fake.baseUrl,
	DEEPSEEK_STATUS_URL: fake.statusUrl,
	DEEPSEEK_FIX_CONFIG_DIR: scratch,
	NO_COLOR: '1',
};
console.log(`node ${process.versions.node}, ${runs} runs each (median), fake server latency ${latencyMs} ms per request\n`);
try {
	const nodeStart = await measure('node -e 0', () => timeRun(['-e', '0'], env));
	const version = await measure('deepseek-fix --version', () => timeRun([bin, '--version'], env));
	const check = await measure('deepseek-fix check --json', () => timeRun([bin, 'check', '--json'], env));
	const balance = await measure('deepseek-fix balance --json', () => timeRun([bin, 'balance', '--json'], env));
	const hello = await measure('ink "hello" first frame', () => timeToText(`${node} ${helloBundle}`, 'hello', env));
	const wizard = await measure('wizard first frame', () => timeToText(`${node} ${bin}`, 'deepseek-fix', env));
	const floor = nodeStart + latencyMs;
	console.log('');
	verdictLine('--version vs node -e 0', version / nodeStart, 1.5);
	verdictLine(`check --json vs node -e 0 + ${latencyMs} ms`, check / floor, 1.3);
	verdictLine(`balance --json vs node -e 0 + ${latencyMs} ms`, balance / floor, 1.3);
	verdictLine('wizard first frame vs ink hello', wizard / hello, 2);
	const requests = fake.requests.length;
	console.log(`\n(the fake served ${requests} requests)`);
} finally {
	await fake.close();
	rmSync(scratch, {recursive: true, force: true});
	spawnSync('true');
}
