// `node --import tsx scripts/paint-pair.ts A/dist/bin.js B/dist/bin.js [rounds]`: the
// bench's "results painted after the last answer" for two builds, paired (each round runs
// both, the order swapped every other round: whichever runs first in a pair tends to be a
// few milliseconds faster), with in-process marks from scripts/bench/paint-marks.mjs. Per
// build, the medians of: the fake's last answer to the frame on screen (the bench's
// figure), main-thread CPU and wall time from the last body to the frame's write, and
// main-thread CPU from the first answer's headers, and from the start, to the frame's write
// (the last one also counts what the wizard does before and during the round trip), and the first
// frame: on screen (from the spawn) and main-thread CPU at its write; then the median of
// the paired differences (A − B). The wizard runs as in the bench: a pseudo-terminal of
// 100 × 30, "Run every check", the key from the environment, no paid call, the fake with
// 200 ms of latency, listening on PAINT_PORT if set (any free port otherwise).
// docs/development.md, "Performance", has what it measured.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {wizardText} from '../source/messages/wizard.js';
import {fakeKey, startFake} from '../test/fake/server.js';
import {inTerminal} from './in-terminal.js';

const [binA, binB, roundsArgument] = process.argv.slice(2);
if (!binA || !binB) throw new Error('usage: scripts/paint-pair.ts A/dist/bin.js B/dist/bin.js [rounds]');
const bins = [path.resolve(binA), path.resolve(binB)];
const runs = Number(roundsArgument ?? 20);
const preload = path.join(import.meta.dirname, 'bench', 'paint-marks.mjs');
const scratch = mkdtempSync(path.join(tmpdir(), 'deepseek-fix-paint-'));
const marksFile = path.join(scratch, 'marks.json');
const answeredAt: number[] = [];
const fake = await startFake({scenario: 'ok', latencyMs: 200, port: Number(process.env.PAINT_PORT ?? 0), onActivity: () => answeredAt.push(performance.now())});
const env: NodeJS.ProcessEnv = {
	PATH: process.env.PATH,
	HOME: process.env.HOME,
	TERM: 'xterm-256color',
	COLUMNS: '100',
	LINES: '30',
	NO_COLOR: '1',
	DEEPSEEK_FIX_LANG: 'en',
	DEEPSEEK_API_KEY: fakeKey,
	DEEPSEEK_BASE_URL: fake.baseUrl,
	DEEPSEEK_STATUS_URL: fake.statusUrl,
	PAINT_TEXT: wizardText.leaves.ok.title,
	PAINT_FIRST_TEXT: wizardText.start.question,
	PAINT_MARKS_FILE: marksFile,
};
const down = '\u001B[B';
const steps: Array<[string, string]> = [
	[wizardText.start.question, `${down.repeat(4)}\r`],
	[wizardText.key.questionToCheck, '\r'],
	[wizardText.probe.questionEverything, '\r'],
	[wizardText.leaves.ok.title, ''],
];

type Marks = {firstWriteCpu: number; firstAnswerCpu: number; bodies: Array<{cpu: number; wall: number}>; frameCpu: number; frameWall: number};
const figures = ['painted after the last answer', 'CPU, last body to the frame', 'wall, last body to the frame', 'CPU, first answer to the frame', 'CPU, start to the frame', 'first frame on screen', 'CPU, start to the first frame'] as const;

/** The marks file, once the wizard has written it (it writes as the frame goes out). */
async function readMarks(): Promise<Marks> {
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			return JSON.parse(readFileSync(marksFile, 'utf8')) as Marks;
		} catch {
			await new Promise(resolve => setTimeout(resolve, 20));
		}
	}
	throw new Error(`no marks in ${marksFile}`);
}

/** One wizard run: the figures, in the order of `figures`. */
async function once(bin: string): Promise<number[]> {
	rmSync(marksFile, {force: true});
	const config = mkdtempSync(path.join(scratch, 'config-'));
	const began = performance.now();
	// The preload writes its marks before the frame goes out, so they are there once it is seen.
	const times = await inTerminal(`${process.execPath} --import ${preload} ${bin}`, {...env, DEEPSEEK_FIX_CONFIG_DIR: config}, scratch, steps);
	const painted = began + times.at(-1)!;
	const lastAnswer = Math.max(...answeredAt.filter(at => at < painted));
	const marks = await readMarks();
	const lastBody = marks.bodies.at(-1)!;
	return [painted - lastAnswer, marks.frameCpu - lastBody.cpu, marks.frameWall - lastBody.wall, marks.frameCpu - marks.firstAnswerCpu, marks.frameCpu, times[0]!, marks.firstWriteCpu];
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

try {
	const samples: number[][][] = [[], []];
	for (const bin of bins) await once(bin); // warm-up: compile cache, file cache
	for (let round = 0; round < runs; round++) {
		for (const index of round % 2 ? [1, 0] : [0, 1]) samples[index]!.push(await once(bins[index]!));
	}
	console.log(`${runs} paired rounds, order swapped every other round; medians (min–max), ms`);
	for (const [index, bin] of bins.entries()) {
		console.log(`${index ? 'B' : 'A'}: ${bin}`);
		for (const [figure, name] of figures.entries()) {
			const values = samples[index]!.map(sample => sample[figure]!);
			console.log(`  ${name.padEnd(32)} ${median(values).toFixed(1).padStart(6)}  (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`);
		}
	}
	for (const [figure, name] of figures.entries()) {
		const differences = samples[0]!.map((sample, round) => sample[figure]! - samples[1]![round]![figure]!);
		console.log(`A − B, ${name.padEnd(32)} ${median(differences).toFixed(1).padStart(6)}`);
	}
} finally {
	await fake.close();
	// The last wizard may still be saving its reading into its settings folder (it saves after the paint): retry.
	rmSync(scratch, {recursive: true, force: true, maxRetries: 10, retryDelay: 50});
}
