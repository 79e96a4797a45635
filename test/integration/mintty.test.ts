// Plain deepseek-fix with no terminal, in Git Bash's own window (mintty) on Windows: the line
// on stderr says why and how to get the wizard; anywhere else it stays the short one. The
// platform cannot be played in a child process: main() runs in this one for Windows, the
// built CLI for this system.
import assert from 'node:assert/strict';
import {PassThrough} from 'node:stream';
import {test} from 'node:test';
import {main, type Io} from '../../source/cli.js';
import {setLanguage} from '../../source/messages/language.js';
import {runCli} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const fake = useFake();
const gitBash = {MSYSTEM: 'MINGW64', TERM: 'xterm', TERM_PROGRAM: 'mintty', TERM_PROGRAM_VERSION: '3.7.8'};
const plainLine = 'Not a terminal: running the plain check instead of the wizard.\n';

/** main() in this process as Windows runs it, stdin and stdout pipes, its output collected. */
async function onWindows(env: Record<string, string | undefined>): Promise<{code: number; stdout: string; stderr: string}> {
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	const chunks = {stdout: [] as Buffer[], stderr: [] as Buffer[]};
	stdout.on('data', (chunk: Buffer) => chunks.stdout.push(chunk));
	stderr.on('data', (chunk: Buffer) => chunks.stderr.push(chunk));
	const io = {stdout, stderr, stdin: {isTTY: undefined}, env, cwd: process.cwd(), platform: 'win32'} as unknown as Io;
	const code = await main([], io);
	return {code, stdout: Buffer.concat(chunks.stdout).toString('utf8'), stderr: Buffer.concat(chunks.stderr).toString('utf8')};
}

test('Git Bash\'s window on Windows: the line says why there is no terminal and how to get the wizard, then the plain check', async () => {
	fake().setScenario('ok');
	const run = await onWindows(fakeEnv(fake(), 'ok', gitBash));
	assert.equal(run.code, 0, run.stderr);
	assert.equal(
		run.stderr,
		"Not a terminal: running the plain check instead of the wizard. In Git Bash's own window (mintty) Windows programs get no terminal: for the wizard, run winpty npx.cmd deepseek-fix, open Git Bash in Windows Terminal, or use PowerShell.\n",
	);
	assert.match(run.stdout, /No problem found/);
});

test('the same in Chinese', async t => {
	t.after(() => setLanguage('en'));
	fake().setScenario('ok');
	const run = await onWindows(fakeEnv(fake(), 'ok', {...gitBash, DEEPSEEK_FIX_LANG: 'zh-CN'}));
	assert.equal(run.code, 0, run.stderr);
	assert.match(run.stderr, /^不在终端中运行：改为运行普通检查，不启动向导。在 Git Bash 自带的窗口（mintty）中，.*winpty npx\.cmd deepseek-fix.*PowerShell。\n$/);
});

test('Windows without mintty (a pipe in PowerShell): the short line', async () => {
	fake().setScenario('ok');
	const run = await onWindows(fakeEnv(fake(), 'ok'));
	assert.equal(run.stderr, plainLine);
});

test('the built CLI here (not Windows) with Git Bash\'s variables: the short line, no winpty', async () => {
	fake().setScenario('ok');
	const run = await runCli([], fakeEnv(fake(), 'ok', gitBash));
	assert.equal(run.code, 0, run.stderr);
	assert.equal(run.stderr, plainLine);
});
