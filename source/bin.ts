// The `deepseek-fix` executable. Kept tiny and free of modern-only syntax so that an old
// Node prints one friendly line instead of a stack trace, and `--version` and the help
// (`--help`, `<command> --help`) answer before anything heavy is loaded.
import {readFileSync} from 'node:fs';
import process from 'node:process';
import {endQuietlyWhenOutputCloses} from './closed-output.js';
import {setLanguage} from './messages/language.js';
import type {StartLanguage} from './start-language.js';
import {toolVersion} from './version.js';

endQuietlyWhenOutputCloses();

const minimumNode = [22, 19, 0] as const;

function nodeIsRecentEnough(version: string): boolean {
	const parts = version.split('.').map(Number);
	for (let index = 0; index < minimumNode.length; index++) {
		const have = parts[index] ?? 0;
		const need = minimumNode[index] ?? 0;
		if (have !== need) return have > need;
	}
	return true;
}

const arguments_ = process.argv.slice(2);
if (!nodeIsRecentEnough(process.versions.node)) {
	await speakTheUsersLanguage();
	const {outputMessages} = await import('./messages/output.js');
	process.stderr.write(`${outputMessages.nodeTooOld({needed: minimumNode.join('.'), running: process.versions.node})}\n`);
	process.exitCode = 2;
} else if (arguments_.length === 1 && (arguments_[0] === '--version' || arguments_[0] === '-v')) {
	process.stdout.write(`${toolVersion}\n`);
} else if (mayOnlyAskForHelp(arguments_) && (await answerHelp())) {
	// Answered: `--help`, `<command> --help`, `help [<command>]` (source/help.ts).
} else {
	cacheCompiledCode();
	try {
		const {main} = await import('./cli.js');
		// The process ends once the output is written (below): main() leaves its connections for that end to close.
		process.exitCode = await main(arguments_, undefined, {exitsAfter: true});
	} catch (error) {
		// A bug of ours: one clear line, never a stack trace (which could also quote the key).
		// In the user's language: bin.js holds its own copy of the messages (scripts/build.mjs).
		await speakTheUsersLanguage();
		const {sanitize, oneLine} = await import('./bin-later.js');
		const {outputMessages} = await import('./messages/output.js');
		const message = error instanceof Error ? error.message : String(error);
		process.stderr.write(`${outputMessages.internalError({message: oneLine(sanitize(message, process.env.DEEPSEEK_API_KEY), 300)})}\n`);
		process.exitCode = 2;
	}
}

// The run is over: end the process once its output is handed to the system, not when
// Node's event loop runs dry. A DNS lookup that does not answer (getaddrinfo, on a thread of
// its own) cannot be cancelled: the request's deadline gives up on it, but it kept the
// process open until the resolver's own timeout, 20–40 s after the report (or "Cancelled.").
// After the callbacks already queued: a failed write's 'error' comes on the next tick.
setImmediate(exitOnceWritten);

/**
 * process.exit (with process.exitCode) once stdout and stderr have taken everything written
 * to them. Where Node writes at once (a file; a pipe or a terminal on Linux) nothing is
 * queued; elsewhere an empty write waits behind what is (never sent on its own: with the
 * reader of a pipe gone it could fail where the output had not).
 */
function exitOnceWritten(): void {
	// A stdout that failed is ended by its 'error' listener (closed-output.ts: 141, or 2).
	if (process.stdout.errored) return;
	const queued = [process.stdout, process.stderr].filter(stream => stream.writableLength > 0);
	let open = queued.length;
	const done = () => {
		open--;
		if (open <= 0) process.exit();
	};
	if (open === 0) process.exit();
	for (const stream of queued) {
		stream.write('', error => {
			// A stdout that fails: its 'error' listener ends the process (see above). A closed
			// stderr is nowhere to say anything and does not hold the end back.
			if (!error || stream === process.stderr) done();
		});
	}
}

/**
 * Cache compiled code between runs (Node ≥ 22.1): a large share of start-up time. Read here, not imported: the build
 * turns a static import of a built-in into a process.getBuiltinModule() read at the top of the file
 * (scripts/builtin-imports.mjs), which a Node older than 22.3 lacks, and this file must reach the version check there.
 * Not for this file itself, which is compiled before it runs: what it holds is what every run compiles anew.
 */
function cacheCompiledCode(): void {
	process.getBuiltinModule('node:module').enableCompileCache?.();
}

/** A cheap look before loading help.js: a line of one or two words, one of them asking for help. */
function mayOnlyAskForHelp(argv: readonly string[]): boolean {
	return argv.length > 0 && argv.length <= 2 && argv.some(word => word === '--help' || word === '-h' || word === 'help');
}

/** The help, when that is all the line asks for; false for cli.js to parse the line. */
async function answerHelp(): Promise<boolean> {
	cacheCompiledCode();
	const {onlyHelp, helpFor, laidOutHelpFile} = await import('./bin-later.js');
	const asked = onlyHelp(arguments_);
	if (asked === undefined) return false;
	const language = await speakTheUsersLanguage();
	if (language) {
		// What every run says about how it was started (an ignored DEEPSEEK_FIX_LANG…), as cli.js would.
		const {startNotices, stderrLine} = await import('./bin-later.js');
		for (const notice of startNotices(language, process.env, process.stderr.isTTY === true)) process.stderr.write(stderrLine(notice, process.stderr));
	}
	process.stdout.write(helpFor(asked.command, toolVersion, process.env, process.stdout, readLaidOutHelp(laidOutHelpFile)));
	return true;
}

/** The help texts the build laid out, beside this file (help.ts, LaidOutHelp); undefined where there are none (a run from source). */
function readLaidOutHelp(file: string): unknown {
	try {
		return JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8'));
	} catch {
		return undefined;
	}
}

/** The fast paths answer in the user's language too (cli.js chooses it for everything else). */
async function speakTheUsersLanguage(): Promise<StartLanguage | undefined> {
	try {
		const {startLanguage} = await import('./bin-later.js');
		const choice = startLanguage(arguments_, process.env);
		// bin-later.js holds its own copy of the tables and switched those: this file's (the output sentences) follow.
		setLanguage(choice.language);
		return choice;
	} catch {
		// An old Node that lacks something the choice needs: English, as before.
		return undefined;
	}
}
