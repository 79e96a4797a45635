// `report` without --out: into a pipe or a file, the Markdown byte for byte as `--out` writes it (COLUMNS or not); on
// a terminal, wrapped for reading at its width (the same document: a soft line break where a row ends), then one line
// on stderr saying how to get it as a file to attach. main() runs in this process for the terminal (a stream that
// says it is one); the built CLI for the pipe.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import {test} from 'node:test';
import {main, type Io} from '../../source/cli.js';
import {setLanguage} from '../../source/messages/language.js';
import {displayWidth} from '../../source/text/width.js';
import {runCli, tempConfigDir} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const fake = useFake();
// After a blank line: it follows the report's last paragraph on the screen.
const hint = '\nTo attach the report as a file: deepseek-fix report --out deepseek-report.md\n';

/** main() with stdout a terminal `columns` wide (stderr a pipe), its output collected. */
async function onTerminal(args: string[], env: Record<string, string | undefined>, columns: number): Promise<{code: number; stdout: string; stderr: string}> {
	const stdout = Object.assign(new PassThrough(), {isTTY: true, columns});
	const stderr = new PassThrough();
	const chunks = {stdout: [] as Buffer[], stderr: [] as Buffer[]};
	stdout.on('data', (chunk: Buffer) => chunks.stdout.push(chunk));
	stderr.on('data', (chunk: Buffer) => chunks.stderr.push(chunk));
	// A folder that is no git repository, as the built CLI's (runCli): the leaked-key check says the same.
	const io = {stdout, stderr, stdin: {isTTY: undefined}, env, cwd: tempConfigDir()} as unknown as Io;
	const code = await main(args, io);
	return {code, stdout: Buffer.concat(chunks.stdout).toString('utf8'), stderr: Buffer.concat(chunks.stderr).toString('utf8')};
}

/** The report without what two runs differ in: its time of making, the checks' times, the trace ids. */
const timeless = (markdown: string) =>
	markdown
		.replace(/`\d{4}-\d\d-\d\dT[\d:.]+Z`/u, '`TIME`')
		.replaceAll(/\| \d+ ms \|/gu, '| MS |')
		.replaceAll(/`[\da-f]{32}`/gu, '`ID`')
		.replaceAll(/\b\d+ ms\b/gu, 'MS');
/** Single line breaks (and the indent after them) as spaces: what a Markdown renderer makes of a soft break. */
const soft = (markdown: string) => markdown.replaceAll(/\n(?!\n) */gu, ' ');

test('into a pipe, with COLUMNS or --out -, the report is byte for byte what --out writes, and no line on stderr', async () => {
	fake().setScenario('zero_balance');
	const env = fakeEnv(fake(), 'zero_balance');
	const file = path.join(tempConfigDir(), 'report.md');
	const written = await runCli(['report', '--out', file], env);
	assert.equal(written.code, 1, written.stderr);
	const expected = timeless(readFileSync(file, 'utf8'));
	assert.ok(expected.split('\n').some(line => !line.startsWith('|') && line.length > 60), 'a line wider than 40 columns');
	for (const [args, extra] of [[['report'], {}], [['report'], {COLUMNS: '40'}], [['report', '--out', '-'], {COLUMNS: '40'}]] as const) {
		const run = await runCli(args, {...env, ...extra});
		assert.equal(timeless(run.stdout), expected, `${args.join(' ')} ${JSON.stringify(extra)}`);
		assert.equal(run.stderr, '');
	}
});

test('on a terminal 40 columns wide: the same document wrapped by words, then how to get it as a file, on stderr', async () => {
	fake().setScenario('zero_balance');
	const env = fakeEnv(fake(), 'zero_balance');
	const piped = timeless((await runCli(['report'], env)).stdout);
	for (const args of [['report'], ['report', '--out', '-']]) {
		const run = await onTerminal(args, env, 40);
		assert.equal(run.code, 1, run.stderr);
		assert.equal(run.stderr, hint);
		const wrapped = timeless(run.stdout);
		assert.notEqual(wrapped, piped);
		assert.equal(soft(wrapped), soft(piped));
		// Every row fits but a table's, and a code span or a link wider than the window (never broken inside).
		for (const row of wrapped.split('\n')) {
			if (row.startsWith('|') || displayWidth(row) <= 40) continue;
			assert.match(row.trim(), /^(?:\d+\. |- )?(?:\S*`[^`]+`\S*|<\S+>)$/u, row);
		}
	}
});

test('a report run with flags of its own: the line on stderr says to run the same command with --out, not a command without them', async () => {
	fake().setScenario('zero_balance');
	const env = fakeEnv(fake(), 'zero_balance');
	for (const args of [['report', '--timeout', '8000'], ['report', '--lang', 'en'], ['report', '--out', '-', '--probe']]) {
		const run = await onTerminal(args, env, 100);
		assert.equal(run.stderr, '\nTo attach the report as a file, run the same command with --out deepseek-report.md added.\n', args.join(' '));
	}
	// --out - alone is no flag to keep.
	assert.equal((await onTerminal(['report', '--out', '-'], env, 100)).stderr, hint);
});

test('in Chinese: the line on stderr says the same', async t => {
	t.after(() => setLanguage('en'));
	fake().setScenario('zero_balance');
	const run = await onTerminal(['report'], fakeEnv(fake(), 'zero_balance', {DEEPSEEK_FIX_LANG: 'zh-CN'}), 60);
	assert.equal(run.stderr, '\n要把报告作为文件附上：deepseek-fix report --out deepseek-report.md\n');
	assert.match(run.stdout, /^# deepseek-fix 客服报告\n/u);
	const withFlags = await onTerminal(['report', '--timeout', '8000'], fakeEnv(fake(), 'zero_balance', {DEEPSEEK_FIX_LANG: 'zh-CN'}), 60);
	assert.equal(withFlags.stderr, '\n要把报告作为文件附上，请在同一条命令后加上 --out deepseek-report.md 再运行。\n');
});
