// Runs the test command, and runs it once more if Node's test runner hangs.
//
// Why: Node 22's test runner can hang for ever after a test file has finished. Its parent
// process re-reads the end of a child's output in a loop when that end looks like the start of
// a serialized frame that never completes (nodejs/node issue 62693, fixed by nodejs/node pull
// request 62704, not in any Node 22 release on npm as of 22.23.3). Seen once here: every test
// process had exited, the runner spun at 100 % CPU and printed nothing more, and CI would have
// waited until its time limit.
//
// Silence alone does not tell that hang from a slow test: the runner prints a test's result
// only when the test ends, and one test (every scenario's JSON against the schemas) was silent
// for 160 s on a loaded machine. So the run counts as hung only when it has printed nothing for
// `--stall-after` seconds (default 60) AND the runner shows the hang's signature: it kept one CPU
// at least a quarter busy all that time (a runner waiting for its test processes hardly uses any;
// a quarter, not all, because a loaded machine shares its CPUs), or no live test process was left
// under it. Then its whole process group is killed, a line on
// stderr says what was seen, and the command runs once more; a second hang ends the run with exit
// code 1. A run that ends by itself, passing or failing, is never run again: its exit code is this
// script's. Reading a process's CPU time and children needs Linux's /proc; elsewhere the output is
// only passed through.
//
// Usage: node scripts/test-watchdog.mjs [--stall-after SECONDS] COMMAND [ARG…]
import {spawn} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {constants} from 'node:os';

const usage = 'Usage: node scripts/test-watchdog.mjs [--stall-after SECONDS] COMMAND [ARG…]';
/** /proc/PID/stat counts CPU time in clock ticks: 100 a second on Linux (USER_HZ). */
const ticksPerSecond = 100;

function parseArguments(argv) {
	let stallSeconds = 60;
	let rest = argv;
	if (rest[0] === '--stall-after') {
		stallSeconds = Number(rest[1]);
		if (!Number.isFinite(stallSeconds) || stallSeconds <= 0) throw new Error(`--stall-after needs a number of seconds above 0. ${usage}`);
		rest = rest.slice(2);
	}
	if (rest.length === 0) throw new Error(`No command given. ${usage}`);
	return {stallMs: stallSeconds * 1000, command: rest[0], args: rest.slice(1)};
}

/** A process's state letter and its CPU time (user + system, ms) from /proc; undefined where there is none. */
function processStat(pid) {
	try {
		// The command's name, in brackets, may hold spaces: the fields that follow it are counted from its end.
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').at(-1).split(' ');
		return {state: fields[0], cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond};
	} catch {
		return undefined;
	}
}

/** Whether a process other than a zombie (ended, not yet reaped) runs under `pid`; undefined without /proc. */
function hasLiveChildren(pid) {
	try {
		const children = readdirSync(`/proc/${pid}/task`).flatMap(task => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(' ').filter(Boolean));
		return children.some(child => {
			const state = processStat(child)?.state;
			return state !== undefined && state !== 'Z';
		});
	} catch {
		return undefined;
	}
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

/**
 * Why a run that printed nothing since `silentSince` (with the runner's CPU time then) counts as hung, as a
 * sentence; undefined while it does not.
 */
function hangOf(pid, stallMs, silentSince) {
	const silentMs = Date.now() - silentSince.at;
	const now = processStat(pid);
	if (silentMs < stallMs || now === undefined || silentSince.cpuMs === undefined) return undefined;
	const what = `The test run printed nothing for ${Math.round(silentMs / 1000)} s`;
	const busy = (now.cpuMs - silentSince.cpuMs) / silentMs;
	if (busy >= 0.25) return `${what} while the test runner kept a CPU ${Math.round(busy * 100)} % busy: it hung (Node's known bug of re-reading a test process's last output for ever).`;
	if (hasLiveChildren(pid) === false) return `${what}, and no test process was left under the runner: it hung.`;
	return undefined;
}

/** Runs the command once; resolves with its exit code, or with 'hung' after killing it. */
function runOnce({command, args, stallMs}) {
	return new Promise(resolve => {
		// A process group of its own, so that a hang kills the runner and any test process with it.
		const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe'], detached: true});
		let printed = true;
		let silentSince = {at: Date.now(), cpuMs: undefined};
		let hung = false;
		const forward = target => chunk => {
			printed = true;
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
		const watch = setInterval(
			() => {
				if (printed) {
					// Output came since the last look: the silence starts now, with the runner's CPU time now.
					printed = false;
					silentSince = {at: Date.now(), cpuMs: processStat(child.pid)?.cpuMs};
					return;
				}
				const hang = hangOf(child.pid, stallMs, silentSince);
				if (hang === undefined) return;
				hung = true;
				clearInterval(watch);
				process.stderr.write(`\ntest-watchdog: ${hang}\n`);
				killGroup(child, 'SIGKILL');
			},
			Math.min(1000, stallMs / 4),
		);
		child.on('error', error => {
			clearInterval(watch);
			process.stderr.write(`test-watchdog: could not start ${command}: ${error.message}\n`);
			resolve(127);
		});
		child.on('close', (code, signal) => {
			clearInterval(watch);
			process.off('SIGINT', stopOnSignal);
			process.off('SIGTERM', stopOnSignal);
			if (hung) resolve('hung');
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
if (first !== 'hung') process.exit(first);
process.stderr.write('test-watchdog: running the tests once more.\n\n');
const second = await runOnce(options);
if (second !== 'hung') process.exit(second);
process.stderr.write('test-watchdog: the second run hung too; giving up (exit code 1).\n');
process.exit(1);
