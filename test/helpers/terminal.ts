// Runs the BUILT command line in a real pseudo-terminal (util-linux `script`), for what
// only a terminal shows: colour decisions, the wizard, Ctrl+C.
import {spawn, spawnSync} from 'node:child_process';
import {binPath, testHome, withTestPreloads} from './run-cli.js';

/** `script` from util-linux gives the command a terminal; elsewhere these tests skip. */
export const terminalAvailable = process.platform === 'linux' && spawnSync('script', ['--version']).status === 0;

export type TerminalRun = {code: number | null; output: string};

const quote = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;

/**
 * `deepseek-fix ...args` in a 100×30 terminal (`columns` wide when given) with exactly `env` (plus PATH, an empty HOME, and English
 * unless `env` says otherwise, as runCli). `react`
 * sees everything printed so far and may type into the terminal. A hard limit turns a hang
 * into a failure.
 */
export function runInTerminal(
	args: readonly string[],
	env: Record<string, string | undefined>,
	options: {react?: (output: string, type: (keys: string) => void) => void; limitMs?: number; columns?: number; notATerminal?: 'stdin' | 'stdout'} = {},
): Promise<TerminalRun> {
	const line = [process.execPath, binPath, ...args].map(quote).join(' ');
	// `notATerminal`: one side of it is not the terminal (stdin from /dev/null, or stdout into a
	// pipe, whose exit code `[exit N]` then tells, since the pipe's end is what the shell returns).
	const run = {stdin: `exec ${line} < /dev/null`, stdout: `(${line}; echo "[exit $?]") | cat`, none: `exec ${line}`}[options.notATerminal ?? 'none'];
	const command = `stty cols ${options.columns ?? 100} rows 30; ${run}`;
	return new Promise((resolve, reject) => {
		const child = spawn('script', ['-q', '-f', '-e', '-c', command, '/dev/null'], {
			env: withTestPreloads({PATH: process.env.PATH, HOME: testHome, DEEPSEEK_FIX_LANG: 'en', ...env}),
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		let output = '';
		const type = (keys: string) => child.stdin.write(keys);
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
			output += chunk;
			options.react?.(output, type);
		});
		const limit = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`deepseek-fix ${args.join(' ')} in a terminal did not finish within ${options.limitMs ?? 20_000} ms\noutput: ${output}`));
		}, options.limitMs ?? 20_000);
		child.on('error', reject);
		child.on('close', code => {
			clearTimeout(limit);
			resolve({code, output});
		});
	});
}

/** The words a person reads (every escape sequence out: CSI, and OSC such as a link). */
export const words = (output: string) => output.replace(/\u001B\[[?\d;]*[A-Za-z]|\u001B\][^\u0007]*\u0007/g, '');

/** A screen's words to wait for, and the keys to type once they show. */
export type KeyStep = readonly [seen: string, keys: string];

/**
 * A walk by keys, for runInTerminal's `react`: each step's keys are typed once its words are on show,
 * looked for after the previous step's. `left()` is the steps never reached (none, when the walk went through).
 * Start with a key that moves the pointer: the wizard reads keys itself only once its first frame is drawn,
 * and an Enter or Ctrl+C before that would be the terminal's own.
 */
export function keysOnScreens(steps: readonly KeyStep[]): {react: (output: string, type: (keys: string) => void) => void; left: () => KeyStep[]} {
	const waiting = [...steps];
	let from = 0;
	return {
		react: (output, type) => {
			const next = waiting[0];
			const at = next ? words(output).indexOf(next[0], from) : -1;
			if (!next || at === -1) return;
			from = at + next[0].length;
			waiting.shift();
			type(next[1]);
		},
		left: () => [...waiting],
	};
}
