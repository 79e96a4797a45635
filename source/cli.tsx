// Argument parsing and dispatch. The non-interactive commands (check, balance, report,
// config) must never load ink or react: scripts and cron pay for start-up time, so the
// wizard is imported only when it is about to be shown. Likewise the checks, the diagnosis
// and the renderers load only once the run's first requests are on their way (see
// checks/sure-gets.ts): static imports here are what comes before the first request.
import process from 'node:process';
import {parseArgs} from 'node:util';
import {startSureGets} from './checks/sure-gets.js';
import type {BalanceSample, CheckId} from './checks/types.js';
import {checkIds} from './checks/types.js';
import {cliOptions as options, commandFlags, commands, globalFlags, isCommand, type Command, type CommandFlag} from './command-line.js';
import {appSentKey, buildContext, timeoutLimits, type Flags} from './context.js';
import {readAppSettings} from './app-settings.js';
import {agentAppFlagNames, agentApps, agentAppUserFiles, type AgentApp} from './deepseek/facts.js';
import {readProjectEnv} from './project-env.js';
import type {Refusal} from './private-file.js';
import {closeDispatchers} from './deepseek/dispatcher.js';
import {certificateChecksOffWarning, othersSkipCertificateChecks} from './deepseek/tls-policy.js';
import {quietWarning} from './quiet-warnings.js';
import {normaliseBaseUrl} from './deepseek/url.js';
import {requestsOnTheWire, whenOnlyWaiting} from './deepseek/wire.js';
import {isModelName} from './domain/models.js';
import {nearest} from './text/nearest.js';
import {pastedArgument} from './text/pasted-argument.js';
import {plainLine} from './plain-line.js';
import {cleanSentence, quotedValue} from './text/safe.js';
import {timeMessages} from './messages/time.js';
import {accountOf} from './domain/balance-history.js';
import {mainOf} from './domain/balance.js';
import {compareDecimal} from './domain/decimal.js';
import {parseDuration} from './domain/duration.js';
import {topUpWait} from './domain/top-up.js';
import {cliMessages} from './messages/cli.js';
import {parseLanguage} from './messages/language.js';
import {settingsWriteMessages} from './messages/settings.js';
import {addsToHistory, loadSettings, readingsToKeep, recordBalanceReading, samplesFromReading, type LoadedSettings, type SaveOutcome, type WriteControl} from './settings/index.js';
import {isDecimal} from './settings/schema.js';
import {collectYoungGeneration, skipWasmOptimisation} from './fast-exit.js';
import {canRewriteLine, colourOverruledWarnings, colourWanted, eraseRow, statusRow} from './text/colour.js';
import {outputWidth} from './text/output-width.js';
import {wrapPlain} from './text/wrap.js';
import {startLanguage} from './start-language.js';
import {detectShell, setShell} from './text/shell.js';
import {startNotices} from './start-notices.js';
import {stderrLine} from './text/stderr-line.js';
import {minttyWithoutConsole} from './text/mintty.js';
import {stopOnSignals} from './stop-signals.js';
import {toolVersion} from './version.js';
import type {CheckReport} from './verdict.js';

export type Io = {
	stdout: NodeJS.WriteStream;
	stderr: NodeJS.WriteStream;
	stdin: NodeJS.ReadStream;
	env: NodeJS.ProcessEnv;
	cwd: string;
	/** The system's (process.platform) unless a test plays another one. */
	platform?: NodeJS.Platform;
};

type Parsed = {
	command: Command | undefined;
	values: ReturnType<typeof parseArgs<{options: typeof options; allowPositionals: true; strict: true}>>['values'];
	flags: Flags;
	/** `balance --wait`: how long to wait at most, and how often to look. */
	wait: {maxMs: number; everyMs: number} | undefined;
	/** --key-from: the agent app whose key is checked. */
	keyFrom?: AgentApp;
};

/** The spans --wait-max and --every accept (the shortest as short as --timeout's). */
const waitLimits = {
	'wait-max': {min: 100, max: 24 * 3_600_000, range: {min: '100ms', max: '24h'}},
	every: {min: 100, max: 10 * 60_000, range: {min: '100ms', max: '10m'}},
} as const;

/** A word of the line as a problem sentence quotes it: no escapes, no key-like text (a key pasted in the wrong place), one line, cut short. */
function shownWord(word: string): string {
	return quotedValue(word, 60);
}

/** --wait-max or --every: the span given, the default, or a problem sentence. */
function waitSpan(flag: keyof typeof waitLimits, value: string | undefined, fallback: number): {ok: true; ms: number} | {ok: false; problem: string} {
	if (value === undefined) return {ok: true, ms: fallback};
	const ms = parseDuration(value);
	const {min, max, range} = waitLimits[flag];
	if (ms === undefined || ms < min || ms > max) return {ok: false, problem: cliMessages.badDuration({flag, value: shownWord(value), ...range})};
	return {ok: true, ms};
}

/**
 * `--timeout -1` as `--timeout=-1`: parseArgs takes a value that starts with '-' for an
 * option and would say "--timeout needs a value", though one was given; joined, the
 * value gets the flag's own sentence ("… not "-1"").
 */
function joinNegativeValues(argv: readonly string[]): string[] {
	const joined: string[] = [];
	for (let index = 0; index < argv.length; index++) {
		const arg = argv[index]!;
		const next = argv[index + 1];
		const name = arg.startsWith('--') ? arg.slice(2) : undefined;
		const takesValue = name !== undefined && Object.hasOwn(options, name) && options[name as keyof typeof options].type === 'string';
		if (takesValue && next !== undefined && /^-[\d.]/.test(next)) {
			joined.push(`${arg}=${next}`);
			index++;
		} else {
			joined.push(arg);
		}
	}
	return joined;
}

function strictLine(args: string[]) {
	return parseArgs({args, options, allowPositionals: true, strict: true});
}

/** Pure: argv → what to do, or a problem sentence (exit 2). */
export function parseCommandLine(argv: readonly string[]): {ok: true; parsed: Parsed} | {ok: false; problem: string} {
	const pasted = pastedProblem(argv);
	if (pasted !== undefined) return {ok: false, problem: pasted};
	const args = joinNegativeValues(argv);
	let result;
	try {
		// The usual line without parseArgs (plain-line.ts): the same reading, ~0.4 ms sooner at the first request.
		result = (plainLine(args, options) as ReturnType<typeof strictLine> | undefined) ?? strictLine(args);
	} catch {
		// What it refused, found again in its tokens (only then: a line it takes is parsed once); whatever else it
		// may refuse in a later Node: our sentence, never its English.
		return {ok: false, problem: optionProblem(args) ?? cliMessages.unreadableLine};
	}
	const {helpWord, name, extra} = commandWords(result.positionals);
	const values = helpWord ? {...result.values, help: true} : result.values;
	if (extra !== undefined) return {ok: false, problem: cliMessages.tooManyCommands(shownWord(extra))};
	if (name !== undefined && !isCommand(name)) return {ok: false, problem: unknownCommandProblem(name)};
	const command: Command | undefined = name;
	const allowed = commandFlags[command ?? 'check'];
	for (const flag of Object.keys(options) as (keyof typeof options)[]) {
		if ((globalFlags as readonly string[]).includes(flag)) continue;
		if (values[flag] !== undefined && !allowed.includes(flag as CommandFlag)) return {ok: false, problem: cliMessages.flagNotFor(flag, command ?? 'deepseek-fix')};
	}
	if ([values.path, values.reset, values['forget-key']].filter(Boolean).length > 1) return {ok: false, problem: cliMessages.configFlagsTogether};
	if (values.lang !== undefined && !parseLanguage(values.lang)) return {ok: false, problem: cliMessages.badLanguage(shownWord(values.lang))};
	let timeoutMs: number | undefined;
	if (values.timeout !== undefined) {
		timeoutMs = Number(values.timeout);
		if (!/^\d+$/.test(values.timeout) || timeoutMs < timeoutLimits.min || timeoutMs > timeoutLimits.max) {
			// A span as --wait-max and --every take it ("30s", "2m"): the number of milliseconds it is.
			const span = /[a-z]/i.test(values.timeout) ? parseDuration(values.timeout) : undefined;
			const shown = shownWord(values.timeout);
			if (span !== undefined && span >= timeoutLimits.min && span <= timeoutLimits.max) return {ok: false, problem: cliMessages.timeoutInMilliseconds({value: shown, ms: span})};
			return {ok: false, problem: cliMessages.badTimeout(shown)};
		}
	}
	// The same rule as a remembered alert threshold: one notion of "an alert amount".
	if (values.below !== undefined && !isDecimal(values.below)) return {ok: false, problem: cliMessages.badBelow(shownWord(values.below))};
	// `--out "$FILE"` with FILE unset: an error, not the report on stdout where a file was meant.
	if (values.out === '') return {ok: false, problem: cliMessages.emptyOut};
	if (values.model !== undefined) {
		if (!isModelName(values.model)) return {ok: false, problem: cliMessages.badModel(shownWord(values.model))};
		// It names the model of the paid call: without --probe it would silently do nothing.
		if (command !== undefined && !values.probe) return {ok: false, problem: cliMessages.modelNeedsProbe};
	}
	// --key-from: the key an agent app's settings give it (read when the run starts), in place of the usual one.
	let keyFrom: AgentApp | undefined;
	if (values['key-from'] !== undefined) {
		if (command === undefined) return {ok: false, problem: cliMessages.keyFromNeedsCommand};
		keyFrom = agentApps.find(app => agentAppFlagNames[app] === values['key-from']!.trim().toLowerCase());
		if (keyFrom === undefined) {
			const names = agentApps.map(app => agentAppFlagNames[app]);
			const value = shownWord(values['key-from']);
			const near = nearestAppName(values['key-from'], names);
			return {ok: false, problem: near === undefined ? cliMessages.badKeyFrom({value, names}) : cliMessages.badKeyFromNearest({value, names, nearest: near})};
		}
	}
	for (const flag of ['wait-max', 'every'] as const) {
		if (values[flag] !== undefined && !values.wait) return {ok: false, problem: cliMessages.waitOnly({flag})};
	}
	const maxMs = waitSpan('wait-max', values['wait-max'], topUpWait.maxMs);
	if (!maxMs.ok) return maxMs;
	const everyMs = waitSpan('every', values.every, topUpWait.everyMs);
	if (!everyMs.ok) return everyMs;
	const wait = values.wait ? {maxMs: maxMs.ms, everyMs: everyMs.ms} : undefined;
	return {ok: true, parsed: {command, values, flags: {baseUrl: values['base-url'], timeoutMs, probe: values.probe, model: values.model}, wait, ...(keyFrom ? {keyFrom} : {})}};
}

/** The line's words that are not flags: `help [COMMAND]` (extension) is the same as `[COMMAND] --help`. */
function commandWords(positionals: readonly string[]): {helpWord: boolean; name: string | undefined; extra: string | undefined} {
	const helpWord = positionals[0] === 'help';
	const [name, extra] = helpWord ? positionals.slice(1) : positionals;
	return {helpWord, name, extra};
}

/**
 * The command a line names, also when the line is wrong (an unknown flag, a missing value),
 * so that its argument error points to that command's help: the words parseCommandLine
 * reads, without the strictness that made it fail.
 */
export function namedCommand(argv: readonly string[]): Command | undefined {
	const {positionals} = parseArgs({args: joinNegativeValues(argv), options, allowPositionals: true, strict: false});
	const {name} = commandWords(positionals);
	return isCommand(name) ? name : undefined;
}

/** A flag or command that a copy or an input method changed ("–probe", "--json" with a no-break space), as it must be typed. */
function pastedProblem(argv: readonly string[]): string | undefined {
	const known = {flags: Object.keys(options), shortFlags: Object.values(options).flatMap(option => ('short' in option ? [option.short] : [])), words: [...commands, 'help']};
	for (const [index, argument] of argv.entries()) {
		// A flag's value is its own ("--model ＿"): only words that stand for themselves.
		const before = argv[index - 1];
		if (before?.startsWith('--') && !before.includes('=') && options[before.slice(2) as keyof typeof options]?.type === 'string') continue;
		const found = pastedArgument(argument, known);
		if (found === undefined) continue;
		const problem = {dash: cliMessages.pastedDash, invisible: cliMessages.pastedInvisible, fullWidth: cliMessages.pastedFullWidth}[found.kind];
		return problem({argument: shownWord(argument), character: found.character, meant: shownWord(found.meant)});
	}
	return undefined;
}

/**
 * The app name --key-from was probably given as: `claude`, `Claude Code`, `claude_code` or `open-code` (its first four
 * letters or more, written with other case, spaces or signs), else a name a typo away.
 */
function nearestAppName(typed: string, names: readonly string[]): string | undefined {
	const letters = (text: string) => text.toLowerCase().replaceAll(/[^a-z]/g, '');
	const given = letters(typed);
	return (given.length >= 4 ? names.find(name => letters(name).startsWith(given)) : undefined) ?? nearest(typed.trim(), names);
}

/** An unknown command, with the command it is a typo of (`help` means --help). */
function unknownCommandProblem(name: string): string {
	const shown = shownWord(name);
	const near = name.toLowerCase() === 'help' ? '--help' : nearest(name, commands);
	return near === undefined ? cliMessages.unknownCommand(shown) : cliMessages.unknownCommandNearest({name: shown, nearest: near});
}

/** `-V` or `-H` for -v or -h (python -V prints a version): the long flag it stands for. */
function shortInOtherCase(option: string): string | undefined {
	const letter = /^-([A-Za-z])$/.exec(option)?.[1]?.toLowerCase();
	return Object.entries(options).find(([, spec]) => 'short' in spec && spec.short === letter)?.[0];
}

/** parseArgs' test of whether a value given as `--flag value` is another option instead ("--timeout --json"). */
const optionLike = (value: string) => value.length > 1 && value.startsWith('-');

/**
 * What strict parseArgs refuses, found in its tokens and said in our words: its own messages are English only, and
 * the word they quote was cut at a space or a quote when read back from them. Its codes: ERR_PARSE_ARGS_UNKNOWN_OPTION
 * (unknownOption), ERR_PARSE_ARGS_INVALID_OPTION_VALUE (a value missing, given to a flag that takes none, or another
 * option where the value should be), ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL (never: positionals are allowed, and a word
 * too many has its own sentence). Undefined when strict parsing takes the line.
 */
function optionProblem(args: string[]): string | undefined {
	const {tokens} = parseArgs({args, options, allowPositionals: true, strict: false, tokens: true});
	for (const token of tokens) {
		if (token.kind !== 'option') continue;
		const option = shownWord(token.rawName);
		if (!Object.hasOwn(options, token.name)) {
			const near = token.rawName.startsWith('--') ? nearest(token.name, Object.keys(options)) : shortInOtherCase(token.rawName);
			return near === undefined ? cliMessages.unknownOption(option) : cliMessages.unknownOptionNearest({option, nearest: `--${near}`});
		}
		const {type} = options[token.name as keyof typeof options];
		if (type === 'boolean' && token.value !== undefined) return cliMessages.optionTakesNoValue(option);
		if (type === 'string' && (token.value === undefined || (!token.inlineValue && optionLike(token.value)))) return cliMessages.optionNeedsValue(option);
	}
	return undefined;
}

function processIo(): Io {
	// stdin only when asked for: creating it loads ~30 modules (streams, fs/promises, readline),
	// and only the wizard reads it.
	return {
		stdout: process.stdout,
		stderr: process.stderr,
		get stdin() {
			return process.stdin;
		},
		env: process.env,
		cwd: currentFolder(),
	};
}

/** The current folder; '' when it was deleted or moved away under the shell (run() then says so). */
function currentFolder(): string {
	try {
		return process.cwd();
	} catch {
		return '';
	}
}

export type MainOptions = {
	/**
	 * The process ends as soon as main() returns and the output is written (bin.ts: process.exit), which closes
	 * every connection with it. Closing them first only delays that end: undici destroys each socket, client, pool
	 * and agent in turn, ~1.7 ms of CPU after `check`'s last answer (docs/development.md, "What each change saved").
	 */
	exitsAfter?: boolean;
};

export async function main(argv: readonly string[], io: Io = processIo(), options: MainOptions = {}): Promise<number> {
	// Node reads the variable itself (process.env); this tool's connections check certificates anyway.
	if (othersSkipCertificateChecks(process.env)) quietWarning(certificateChecksOffWarning);
	// Node warns of NO_COLOR overruled by FORCE_COLOR when node:assert loads; this tool follows FORCE_COLOR too.
	for (const warning of colourOverruledWarnings(process.env)) quietWarning(warning);
	try {
		return await run(argv, io);
	} finally {
		// Sockets a proxy left hanging would otherwise keep the process alive after the output (unless it ends anyway).
		if (!options.exitsAfter) await closeDispatchers();
	}
}

/** Why the wizard did not start with no terminal: in Git Bash's own window, also what gets it. */
function notATerminal(io: Io): string {
	return minttyWithoutConsole(io.env, io.platform ?? process.platform, io) ? cliMessages.notInteractiveMintty : cliMessages.notInteractive;
}

async function run(argv: readonly string[], io: Io): Promise<number> {
	// First of all: every sentence from here on, argument errors included, is in it.
	const language = startLanguage(argv, io.env);
	// The commands the fixes print are written for the shell this was most likely typed in.
	setShell(detectShell(io.env, process.platform));
	/**
	 * Every sentence on stderr, as most quote a value from outside (a word of the line, a path from --out or
	 * DEEPSEEK_FIX_CONFIG_DIR, a base URL, a file system error): cleaned by stderrLine, the key in use masked in it too,
	 * in forms no key-like pattern knows (without sk-, %-encoded, cut in groups, full-width). `key`: DEEPSEEK_API_KEY
	 * until the run's own key is known.
	 */
	const say = (text: string, key: string | undefined = io.env['DEEPSEEK_API_KEY'], width?: number) => io.stderr.write(stderrLine(text, io.stderr, {key, width}));
	// A save kept waiting by another run's settings lock: said on a terminal, where the run would
	// otherwise sit silent for up to 15 s; not to a cron job's stderr (mailed), where a wait is usual.
	const lockWaitLine = (wait: {path: string; seconds: number}) => {
		if (io.stderr.isTTY === true) say(settingsWriteMessages.waiting(wait));
	};
	for (const notice of startNotices(language, io.env, io.stderr.isTTY === true)) say(notice);
	const parsedLine = parseCommandLine(argv);
	if (!parsedLine.ok) {
		say(cliMessages.badArguments({problem: parsedLine.problem, command: namedCommand(argv)}));
		return 2;
	}
	const {command, values, flags, wait, keyFrom} = parsedLine.parsed;
	if (values.help) {
		const {helpFor} = await import('./help.js');
		io.stdout.write(helpFor(command, toolVersion, io.env, io.stdout));
		return 0;
	}
	if (values.version) {
		io.stdout.write(`${toolVersion}\n`);
		return 0;
	}
	if (command === 'config') {
		// It makes no request, but a --base-url that cannot be used is a bad argument here too, as a bad --timeout is.
		const baseUrl = flags.baseUrl === undefined ? undefined : normaliseBaseUrl(flags.baseUrl);
		if (baseUrl && !baseUrl.ok) {
			say(cliMessages.badBaseUrl({reason: baseUrl.reason, source: 'flag'}));
			return 2;
		}
		const {runConfigCommand} = await import('./commands/config.js');
		// --forget-key may wait for another run's lock: Ctrl+C then ends it as it ends a check.
		const controller = new AbortController();
		const stopping = values['forget-key'] === true ? stopOnSignals(controller) : undefined;
		const cancelled = (ended: {line: string; code: number}) => {
			say(ended.line);
			return ended.code;
		};
		try {
			return await runConfigCommand({
				env: io.env,
				json: values.json === true,
				path: values.path === true,
				reset: values.reset === true,
				forgetKey: values['forget-key'] === true,
				lockWait: {signal: controller.signal, onWait: lockWaitLine},
				...(stopping ? {cancelled: () => cancelled(stopping.ended())} : {}),
				stdout: text => io.stdout.write(text),
				// Its sentences end with a line end; said as every other one (cleaned, wrapped on a terminal).
				stderr: text => say(text.replace(/\n$/, '')),
				width: outputWidth(io.env, io.stdout),
				// The key and base URL in effect, as a run here would take them: to say whose the remembered diagnosis was.
				flags,
				projectEnv: io.cwd === '' ? undefined : readProjectEnv(io.cwd, io.env),
			});
		} finally {
			stopping?.remove();
		}
	}
	// Everything below reads the current folder (its .env, the leaked-key scan, a saved report).
	if (io.cwd === '') {
		say(cliMessages.folderGone);
		return 2;
	}

	const load = loadSettings(io.env);
	// The notice names the settings file's path, which DEEPSEEK_FIX_CONFIG_DIR chose.
	if (load.notice) say(load.notice);
	if (load.settingsUnusable) {
		say(cliMessages.settingsUnusable);
		return 2;
	}

	// Why the plain check runs in place of the wizard: said once the run is sure to go on (a
	// base URL that cannot be used is then the only line, as it is for `check`).
	let insteadOfWizard: {text: string; width: number | undefined} | undefined;
	if (command === undefined) {
		// A dumb terminal (an editor's shell buffer) cannot move the cursor: the wizard's redraws would pile up.
		const dumb = io.env['TERM'] === 'dumb';
		const terminal = io.stdout.isTTY && io.stdin.isTTY;
		// --json asks for the document `check --json` prints, which the wizard has none of:
		// in a terminal too, it is that, without a word on why the wizard did not start.
		const json = values.json === true;
		if (terminal && !dumb && !json) {
			const {runWizard} = await import('./app.js');
			return runWizard({env: io.env, flags, settingsLoad: load, stdin: io.stdin, stdout: io.stdout, cwd: io.cwd});
		}
		if (!(terminal && json)) {
			const why = terminal ? cliMessages.dumbTerminal : notATerminal(io);
			insteadOfWizard = {text: why, width: outputWidth(io.env, io.stdout)};
		}
	}

	skipWasmOptimisation();
	const controller = new AbortController();
	// Ctrl+C, SIGTERM or SIGHUP aborts the requests and ends the run with "Cancelled." (130)
	// or "Stopped (SIGTERM)." (143, 129); a second one ends it at once.
	const stopping = stopOnSignals(controller);
	const stopped = () => {
		const {line, code} = stopping.ended();
		say(line);
		return code;
	};
	try {
		const projectEnv = readProjectEnv(io.cwd, io.env);
		// --key-from: the app's settings are read before the first request (the key is in them), once for the run.
		const fromApp = keyFrom === undefined ? undefined : await keyFromApp(keyFrom, io.cwd, io.env);
		if (fromApp && !fromApp.ok) {
			say(cliMessages.badArguments({problem: fromApp.problem, command}));
			return 2;
		}
		const keyOptions = fromApp ? {key: fromApp.key, appSettings: fromApp.appSettings} : {};
		const built = buildContext({env: io.env, flags, settings: load.settings, signal: controller.signal, cwd: io.cwd, projectEnv, ...keyOptions});
		if (!built.ok) {
			// It quotes a value from outside (a base URL).
			say(built.message);
			return 2;
		}
		if (insteadOfWizard !== undefined) say(insteadOfWizard.text, undefined, insteadOfWizard.width);
		// A report that could not be written is said now, before the checks (and a paid call) run for it.
		if (command === 'report' && values.out !== undefined && values.out !== '-') {
			const {privateFileProblem} = await import('./private-file.js');
			const problem = await privateFileProblem(values.out);
			if (problem) {
				say(outProblem(values.out, problem), built.ctx.apiKey);
				return 2;
			}
		}
		// The probe check is always listed: without --probe it says it was not run, and why.
		const ids: readonly CheckId[] = command === 'balance' ? ['balance'] : checkIds;
		startSureGets(built.ctx, ids);
		// The checks and the renderers load while those requests travel: once they are
		// written (loading blocks the event loop, and so their connects, until it is done).
		await requestsOnTheWire(controller.signal);
		const progress = progressLine(io.stderr, built.ctx, canRewriteLine(io.env, io.stderr));
		const {runDiagnosis, warmReport, withoutAlertFix} = await import('./run-later.js');
		const diagnosing = runDiagnosis(built.ctx, ids, {signal: controller.signal});
		// With all the code loaded and every request written, while nothing is answered yet: the
		// report built once from no results (its code compiled now, not after the last answer),
		// then a young-generation collection, which also takes that build's garbage, rather than
		// one while the answers are handled (fast-exit.ts). Not for balance: its one answer
		// leaves that space far from full.
		if (command !== 'balance') {
			void whenOnlyWaiting(controller.signal, () => {
				warmReport(built.ctx);
				collectYoungGeneration();
			});
		}
		const diagnosed = await diagnosing.finally(progress.erase);
		const report = command === 'balance' && values.below !== undefined ? withoutAlertFix(diagnosed) : diagnosed;
		if (controller.signal.aborted) {
			return stopped();
		}
		if (command === 'balance' && wait) {
			const {runBalanceWait} = await import('./commands/balance-wait.js');
			const waited = await runBalanceWait({
				first: report,
				context: signal => buildContext({env: io.env, flags, settings: load.settings, signal, cwd: io.cwd, projectEnv, ...keyOptions}),
				below: values.below,
				...wait,
				lookMs: built.ctx.timeoutMs,
				json: values.json === true,
				color: colourWanted(io.env, io.stdout),
				width: outputWidth(io.env, io.stdout),
				messageWidth: outputWidth(io.env, values.json === true ? io.stderr : io.stdout),
				statusLine: canRewriteLine(io.env, io.stderr),
				apiKey: built.ctx.apiKey,
				stdout: io.stdout,
				stderr: io.stderr,
				signal: controller.signal,
			});
			if (!waited.report) {
				return stopped();
			}
			const saved = await remember(waited.report, io.env, {signal: controller.signal, onWait: lockWaitLine}, built.ctx);
			if (saved && !saved.ok) say(saved.message, built.ctx.apiKey);
			return waited.code;
		}
		const exitCode = await output(command ?? 'check', report, {values, io, apiKey: built.ctx.apiKey, load, say: text => say(text, built.ctx.apiKey)});
		// DeepSeek's readings build the burn-rate history (usage_trend): `balance` (cron) and
		// `check` keep each one. Only once the output is written: conf loads only now, so
		// the answer is not held up by it (docs/development.md, "Performance").
		if (command !== 'report') {
			// A reading the history already has from minutes before is not written again
			// (addsToHistory): no conf to load, no disk write, for a cron job on an idle account.
			const saved = await remember(report, io.env, {signal: controller.signal, onWait: lockWaitLine}, built.ctx, load.settings.balanceHistory);
			if (controller.signal.aborted) {
				return stopped();
			}
			// Said, but the outcome stays the balance's: a reading not kept is no alarm.
			// Its path, as the load's notice above.
			if (saved && !saved.ok) say(saved.message, built.ctx.apiKey);
		}
		return exitCode;
	} finally {
		stopping.remove();
	}
}

/** One line on a terminal's stderr while the checks run, erased once they are done (see canRewriteLine). */
function progressLine(stderr: NodeJS.WriteStream, ctx: {baseUrl: string; timeoutMs: number}, rewritable: boolean): {erase: () => void} {
	if (!rewritable) return {erase: () => {}};
	const text = cliMessages.checking({baseUrl: cleanSentence(ctx.baseUrl), timeout: timeMessages.duration({ms: ctx.timeoutMs})});
	stderr.write(statusRow(text, stderr));
	return {erase: () => stderr.write(eraseRow)};
}

type OutputContext = {values: Parsed['values']; io: Io; apiKey: string | undefined; load: LoadedSettings; say: (text: string) => void};

async function output(command: Exclude<Command, 'config'>, report: CheckReport, context: OutputContext): Promise<number> {
	const {values, io, apiKey, say} = context;
	const {renderBalanceText, renderJson, renderMarkdown, renderText} = await import('./run-later.js');
	const color = colourWanted(io.env, io.stdout);
	const width = outputWidth(io.env, io.stdout);
	const verdictCode = report.verdict === 'ok' ? 0 : 1;
	switch (command) {
		case 'check': {
			io.stdout.write(values.json ? renderJson(report, {key: apiKey}) : renderText(report, {color, width, key: apiKey}));
			return verdictCode;
		}
		case 'balance': {
			// Without --below, the alert remembered in the wizard is said where the balance is under it.
			const {alertThreshold: amount, alertCurrency: currency} = context.load.settings;
			const alert = values.below === undefined && amount !== undefined ? {amount, currency} : undefined;
			const threshold = values.below === undefined ? undefined : compareWithThreshold(report, values.below, values.json === true);
			const underThreshold = threshold?.code === 1 && threshold.read;
			const body = values.json ? renderJson(report, {key: apiKey}) : renderBalanceText(report, {color, width, key: apiKey, alert, now: new Date(), underThreshold});
			if (!threshold) {
				io.stdout.write(body);
				return verdictCode;
			}
			// JSON keeps stdout one document. In text the outcome comes first (what a cron mail opens
			// with), unless the balance could not be read: that sentence points to the problem above it.
			if (values.json) io.stdout.write(body);
			else if (threshold.read) io.stdout.write(`${fitted(threshold.line, width)}\n\n${body}`);
			else io.stdout.write(`${body}${fitted(threshold.line, width)}\n`);
			if (values.json) say(threshold.line);
			return threshold.code;
		}
		case 'report': {
			const [{default: os}, {diagnosisTraceIds}] = await Promise.all([import('node:os'), import('./run-later.js')]);
			const markdown = renderMarkdown(report, {
				os: `${os.type()} ${os.release()} (${process.arch})`,
				node: process.versions.node,
				generatedAt: new Date().toISOString(),
				traceIds: diagnosisTraceIds(report.checks),
			}, {key: apiKey});
			// `--out -` is stdout, as usual for command-line tools. Into a pipe or a file, the Markdown as it is; on a
			// terminal, wrapped for reading at its width (the same document rendered), then how to get it as a file.
			if (!values.out || values.out === '-') {
				if (io.stdout.isTTY !== true || width === undefined) {
					io.stdout.write(markdown);
					return verdictCode;
				}
				const {markdownForReading} = await import('./run-later.js');
				io.stdout.write(markdownForReading(markdown, width));
				// A blank line first: on the screen it follows the report's last paragraph, and is no part of it.
				// A command with flags of its own is not written out again (a base URL may carry a password): the same
				// command, with --out added.
				const withFlags = Object.entries(values).some(([flag, value]) => flag !== 'out' && value !== undefined && value !== false);
				io.stderr.write('\n');
				say(cliMessages.reportAsFile({withFlags}));
				return verdictCode;
			}
			const {writePrivateFile} = await import('./private-file.js');
			const written = await writePrivateFile(values.out, markdown);
			if (!written.ok) {
				say(outProblem(values.out, written));
				return 2;
			}
			say(cliMessages.reportWritten(values.out));
			return verdictCode;
		}
	}
}

/** A line of ours above or under a text report, wrapped at the report's width (none into a pipe): the terminal would break its words anywhere. */
function fitted(line: string, width: number | undefined): string {
	return width === undefined ? line : wrapPlain(line, {width}).join('\n');
}

/** Why `report --out FILE` cannot write FILE, as one sentence. */
function outProblem(file: string, refused: Refusal): string {
	return cliMessages.reportFailed(file, cliMessages.writeRefusal(refused));
}

/** `balance --below`: its sentence, and exit 1 when the total is under the threshold or cannot be read. */
function compareWithThreshold(report: CheckReport, threshold: string, json: boolean): {line: string; code: number; read: boolean} {
	const main = report.balance ? mainOf(report.balance.balances) : undefined;
	if (!main) return {line: cliMessages.balanceUnreadable({threshold, json}), code: 1, read: false};
	const below = compareDecimal(main.total, threshold) < 0;
	return {line: below ? cliMessages.below(main.total, main.currency, threshold) : cliMessages.notBelow(main.total, main.currency, threshold), code: below ? 1 : 0, read: true};
}

/**
 * Keep DeepSeek's reading for the burn rate (as the wizard does), with whose it is (`run`'s
 * base URL and key); undefined when there is none to keep, or when `unlessKnown` (the
 * history as loaded) already tells what it would.
 */
async function remember(
	report: CheckReport,
	env: NodeJS.ProcessEnv,
	control: WriteControl,
	run: {baseUrl: string; apiKey: string | undefined},
	unlessKnown?: readonly BalanceSample[],
): Promise<SaveOutcome | undefined> {
	const {reading, resultsOf} = await import('./run-later.js');
	const deepseekReading = reading(resultsOf(report.checks));
	if (!deepseekReading || deepseekReading.balances.length === 0) return undefined;
	// Only readings the history can hold, as the wizard keeps them: a currency that is no code (a hostile
	// server's, the masked key) is left out without a word, which the user could do nothing about.
	const samples = readingsToKeep(samplesFromReading(deepseekReading, new Date(), accountOf(run.baseUrl, run.apiKey)));
	if (!samples || (unlessKnown && !addsToHistory(unlessKnown, samples))) return undefined;
	return recordBalanceReading(env, samples, control);
}

/** The key agent app `app` sends (--key-from: its settings', else for Claude Code the shell's, appSentKey), with its settings for the checks; or why there is none. */
async function keyFromApp(app: AgentApp, cwd: string, env: Readonly<Record<string, string | undefined>>) {
	const settings = await readAppSettings(cwd, env);
	const found = appSentKey(app, settings[app], env);
	return found
		? {ok: true as const, key: {value: found.value, source: app}, appSettings: () => Promise.resolve(settings)}
		: {ok: false as const, problem: cliMessages.noKeyInApp({app, file: agentAppUserFiles[app], ignoredFile: settings[app]?.ignored?.file})};
}
