// How a plain command is stopped from outside: Ctrl+C (SIGINT), SIGTERM (kill, systemd,
// `docker stop`, timeout(1)) and SIGHUP (the terminal closed). Each aborts the run's
// requests, which then ends with one line on stderr and the code shells give a program
// stopped by that signal (128 + its number); a second one ends it at once. The wizard ends
// the same way (wizard/use-quit.ts). Settings writes are synchronous and atomic (a file
// renamed over the old one): a signal waits for the one under way, so the settings file
// is never left half written.
import process from 'node:process';
import {cliMessages} from './messages/cli.js';

const signalNumbers = {SIGHUP: 1, SIGINT: 2, SIGTERM: 15} as const;

type StopSignal = keyof typeof signalNumbers;

type Stopping = {
	/** The signal that stopped the run (undefined while none came). */
	by: () => StopSignal | undefined;
	/** The closing line ("Cancelled." for Ctrl+C) and the exit code (128 + the signal's number). */
	ended: () => {line: string; code: number};
	remove: () => void;
};

/** `exit` is for tests: a second signal ends the process at once. */
export function stopOnSignals(controller: AbortController, exit: (code: number) => void = code => process.exit(code)): Stopping {
	let by: StopSignal | undefined;
	/** Signals still to come that are not from outside (see below). */
	let echoes = 0;
	// Registered with `on`, not `once`: while a listener of ours is there, signal-exit
	// (loaded with the settings lock) leaves the signal to us instead of re-raising it.
	const listeners = (Object.keys(signalNumbers) as StopSignal[]).map(signal => {
		const listener = () => {
			if (echoes > 0) {
				echoes -= 1;
				return;
			}
			if (controller.signal.aborted) {
				exit(exitCode(by ?? signal));
				return;
			}
			by = signal;
			// conf's atomic writer (when-exit, loaded with the settings) listens `once` and answers
			// the first signal by raising it again: that echo is no second signal from outside.
			echoes = process.rawListeners(signal).filter(other => 'listener' in other).length;
			controller.abort();
		};
		process.on(signal, listener);
		return {signal, listener};
	});
	return {
		by: () => by,
		ended() {
			const signal = by ?? 'SIGINT';
			return {line: signal === 'SIGINT' ? cliMessages.cancelled : cliMessages.stopped(signal), code: exitCode(signal)};
		},
		remove() {
			for (const {signal, listener} of listeners) process.removeListener(signal, listener);
		},
	};
}

function exitCode(signal: StopSignal): number {
	return 128 + signalNumbers[signal];
}
