// `check` builds its report once from no results while its requests travel (cli.tsx, with the
// young-generation collection: whenOnlyWaiting), so that V8 compiles the diagnosis's rules then
// and not after the last answer, where the start-up targets are measured (docs/development.md,
// "What each change saved"). Seen from the built CLI with V8's own coverage: the diagnosis has
// run by the time the first answer's headers arrive.
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {after, before, test} from 'node:test';
import {runCli, tempConfigDir} from '../helpers/run-cli.js';
import {startFake, type FakeServer} from '../fake/server.js';
import {fakeEnv} from '../helpers/with-fake.js';

// Answers after 1.5 s: the wait the report is built in. (The bench's 200 ms were once too short on a
// loaded machine: loading the check code after the first requests took longer, an answer came first,
// and the warm-up was rightly skipped.)
let server: FakeServer | undefined;
before(async () => {
	server = await startFake({scenario: 'ok', latencyMs: 1500});
});
after(async () => {
	await server?.close();
});
const fake = (): FakeServer => server!;
const preload = path.join(import.meta.dirname, '..', 'helpers', 'record-coverage.mjs');
/** A text only the diagnosis's own function holds (source/diagnose/rules.ts: `diagnose`), minified or not. */
const inDiagnose = 'okWithWarnings(';

type Covered = {url: string; name: string; start: number; end: number; count: number};

/** How often the innermost function of the built CLI that holds `text` had run when the first answer came. */
async function runsBeforeTheFirstAnswer(args: string[], text: string): Promise<number> {
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'deepseek-fix-coverage-')), 'coverage.json');
	const run = await runCli(args, fakeEnv(fake(), 'ok', {DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(), NODE_OPTIONS: `--import ${preload}`, RECORD_COVERAGE_FILE: file}));
	assert.equal(run.code, 0, run.stderr);
	const functions = JSON.parse(readFileSync(file, 'utf8')) as Covered[];
	const holding = functions.filter(covered => {
		const at = readFileSync(fileURLToPath(covered.url), 'utf8').indexOf(text, covered.start);
		return at >= 0 && at < covered.end;
	});
	const innermost = holding.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
	assert.ok(innermost, `no function of the built CLI holds ${text}`);
	return innermost.count;
}

test('check --json has run its diagnosis once before the first answer comes', async () => {
	assert.ok(await runsBeforeTheFirstAnswer(['check', '--json'], inDiagnose) > 0);
});
