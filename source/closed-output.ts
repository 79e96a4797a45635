// What happens when the output goes away under us. `deepseek-fix check | head -1` or
// `| true`: the reader is gone, so the next write fails with EPIPE, which Node reports as
// an unhandled 'error' with a stack trace. A command-line tool ends quietly instead, with
// the status a shell shows for a program stopped by SIGPIPE. Installed first thing in
// bin.ts, so it covers every command, --help and --version included.
import process from 'node:process';
import {outputMessages} from './messages/output.js';

/** 128 + SIGPIPE (13): what shells report for `yes | head -1`'s `yes` (documented in the readme). */
const brokenPipeExitCode = 141;

/** Exit code when stdout fails for another reason (a full disk): the tool could not run as asked. */
const outputFailedExitCode = 2;

export function endQuietlyWhenOutputCloses(): void {
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(brokenPipeExitCode);
		process.stderr.write(`${outputMessages.stdoutFailed({code: error.code ?? error.name})}\n`);
		process.exit(outputFailedExitCode);
	});
	// Nowhere left to say anything: a closed stderr must not stop the work.
	process.stderr.on('error', () => {});
}
