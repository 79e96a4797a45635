// Git Bash's own window (mintty) without a console: told apart from a terminal, from other
// systems that set the same variables, and from pipes elsewhere.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {minttyWithoutConsole} from '../../source/text/mintty.js';

const pipe = {isTTY: undefined};
const tty = {isTTY: true};
const pipes = {stdin: pipe, stdout: pipe};
const gitBash = {MSYSTEM: 'MINGW64', TERM: 'xterm', TERM_PROGRAM: 'mintty', TERM_PROGRAM_VERSION: '3.7.8'};

for (const [name, env, platform, streams, expected] of [
	['Git Bash in mintty, both streams pipes (no pseudo console)', gitBash, 'win32', pipes, true],
	['a pipe out of mintty (deepseek-fix | cat): the same streams, the same answer', gitBash, 'win32', {stdin: pipe, stdout: pipe}, true],
	['Cygwin or MSYS2 mintty (TERM_PROGRAM, no MSYSTEM)', {TERM_PROGRAM: 'mintty'}, 'win32', pipes, true],
	['a mintty too old to name itself: Git Bash by MSYSTEM alone', {MSYSTEM: 'MINGW64', TERM: 'xterm'}, 'win32', pipes, true],
	['mintty with a pseudo console: stdin and stdout terminals', gitBash, 'win32', {stdin: tty, stdout: tty}, false],
	['a pipe out of mintty with a pseudo console (stdin still the terminal)', gitBash, 'win32', {stdin: tty, stdout: pipe}, false],
	['input from a file in mintty with a pseudo console (stdout the terminal)', gitBash, 'win32', {stdin: pipe, stdout: tty}, false],
	['MSYSTEM set on Linux', {MSYSTEM: 'MINGW64'}, 'linux', pipes, false],
	['TERM_PROGRAM=mintty on Linux (an ssh session from mintty)', gitBash, 'linux', pipes, false],
	['Git Bash in VS Code: its own TERM_PROGRAM', {MSYSTEM: 'MINGW64', TERM_PROGRAM: 'vscode'}, 'win32', pipes, false],
	['a pipe in PowerShell or cmd: no MSYSTEM, no mintty', {}, 'win32', pipes, false],
	['an empty MSYSTEM', {MSYSTEM: ''}, 'win32', pipes, false],
] as const) {
	test(`${name}: ${expected ? 'mintty without a console' : 'not that case'}`, () => {
		assert.equal(minttyWithoutConsole(env, platform, streams), expected);
	});
}

test('stdin is not read off Windows (reading process.stdin loads modules the plain check does not need)', () => {
	const streams = {
		stdout: pipe,
		get stdin(): {isTTY?: boolean} {
			throw new Error('stdin read');
		},
	};
	assert.equal(minttyWithoutConsole(gitBash, 'linux', streams), false);
	assert.throws(() => minttyWithoutConsole(gitBash, 'win32', streams), /stdin read/, 'on Windows it is read');
});
