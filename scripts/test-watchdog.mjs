// Runs the test command and runs it once more if it stops making progress.
//
// Why: Node 22's test runner can hang for ever after a test file has finished. Its parent
// process re-reads the end of a child's output in a loop when that end looks like the start of
// a serialized frame that never completes (nodejs/node issue 62693, fixed by nodejs/node pull
// request 62704, not in any Node 22 release on npm as of 22.23.3). It was seen once here: every
// test process had exited, the runner spun at 100 % CPU and printed nothing more, and CI would
// have waited until its time limit.
//
// So: the command's output is passed through as it comes. When nothing has come for
// `--stall-after` seconds (default 300; the slowest single test takes under a minute), the
// command's whole process group is killed and the command is run once more, after a line on
// stderr that says what was seen. A second stall ends the run with exit code 1. A run that ends
// by itself, passing or failing, is never run again: its exit code is this script's.
//
// Usage: node scripts/test-watchdog.mjs [--stall-after SECONDS] COMMAND [ARG…]
import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {constants} from 'node:os';

const usage = 'Usage: node scripts/test-watchdog.mjs [--stall-after SECONDS] COMMAND [ARG…]';

function parseArguments(argv) {
	let stallSeconds = 300;
	let rest = argv;
	if (rest[0] === '--stall-after') {
		stallSeconds = Number(rest[1]);
		if (!Number.isFinite(stallSeconds) || stallSeconds <= 0) throw new Error(`--stall-after needs a number of seconds above 0. ${usage}`);
		rest = rest.slice(2);
	}
	if (rest.length === 0) throw new Error(`No command given. ${usage}`);
	return {stallMs: stallSeconds * 1000, command: rest[0], args: rest.slice(1)};
}

/** Whether the process still has child processes, where Linux's /proc tells; undefined elsewhere. */
function hasChildren(pid) {
	try {
		return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim() !== '';
	} catch {
		return undefined;
	}
}

function stallSentence(seconds, children) {
	const what = `The test run printed nothing for ${seconds} s`;
	if (children === false) return `${what}, and none of its test processes was left: the test runner itself hung (Node's known bug of re-reading a child's last output for ever).`;
	if (children === true) return `${what} while a test process was still running: a test may hang.`;
	return `${what}.`;
}

/** Sends the signal to the child's process group (the runner and every test process it started). */
function killGroup(child, signal) {
	if (child.pid === undefined) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		// Already gone.
	}
}

/** Runs the command once; resolves with its exit code, or with 'stalled' after killing it. */
function runOnce({command, args, stallMs}) {
	return new Promise(resolve => {
		// A process group of its own, so that a stall kills the runner and any test process with it.
		const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe'], detached: true});
		let lastOutput = Date.now();
		let stalled = false;
		const forward = target => chunk => {
			lastOutput = Date.now();
			target.write(chunk);
		};
		child.stdout.on('data', forward(process.stdout));
		child.stderr.on('data', forward(process.stderr));
		const stopOnSignal = signal => {
			killGroup(child, signal);
			process.exit(128 + constants.signals[signal]);
		};
		process.once('SIGINT', stopOnSignal);
		process.once('SIGTERM', stopOnSignal);
		const watch = setInterval(() => {
			if (Date.now() - lastOutput < stallMs) return;
			stalled = true;
			clearInterval(watch);
			process.stderr.write(`\ntest-watchdog: ${stallSentence(Number((stallMs / 1000).toFixed(1)), hasChildren(child.pid))}\n`);
			killGroup(child, 'SIGKILL');
		}, Math.min(1000, stallMs / 4));
		child.on('error', error => {
			clearInterval(watch);
			process.stderr.write(`test-watchdog: could not start ${command}: ${error.message}\n`);
			resolve(127);
		});
		child.on('close', (code, signal) => {
			clearInterval(watch);
			process.off('SIGINT', stopOnSignal);
			process.off('SIGTERM', stopOnSignal);
			if (stalled) resolve('stalled');
			else resolve(code ?? 128 + (constants.signals[signal] ?? 0));
		});
	});
}

let options;
try {
	options = parseArguments(process.argv.slice(2));
} catch (error) {
	process.stderr.write(`test-watchdog: ${error.message}\n`);
	process.exit(2);
}

const first = await runOnce(options);
if (first !== 'stalled') process.exit(first);
process.stderr.write('test-watchdog: running the tests once more.\n\n');
const second = await runOnce(options);
if (second !== 'stalled') process.exit(second);
process.stderr.write('test-watchdog: the second run stalled too; giving up (exit code 1).\n');
process.exit(1);
