// The help texts: `deepseek-fix --help` (every command and flag) and `deepseek-fix
// <command> --help` (one command: its forms, its flags, what it prints, its exit codes,
// examples). Both are laid out here from the same tables: the flags and which command takes
// each (command-line.ts), their explanations and the sentences (messages/usage.ts). Small
// on purpose: the bin chunk answers a line that only asks for help with it.
import {cliOptions, commandFlags, commands, globalFlags, isCommand, unusedFlags, type Command, type Flag} from './command-line.js';
import {currentLanguage, languages, setLanguage, type Language} from './messages/language.js';
import {usageMessages, type UsageMessages} from './messages/usage.js';
import {isJsonObject} from './json.js';
import {asciiOnly} from './text/ascii-text.js';
import {outputWidth} from './text/output-width.js';
import {padEndColumns} from './text/width.js';
import {wrapPlain} from './text/wrap.js';

/** Every help text keeps within this many columns: a terminal's default width, or a narrower terminal's own. */
export const helpWidth = 80;

/** The narrowest layout: below it the terminal breaks the lines, as it would anyway. */
const narrowestHelp = 30;

/** An explanation stays beside its flag or usage line while it has this many columns there; under it otherwise. */
const besideAtLeast = 30;

/** What the flags' values are called in the help. */
const placeholders: Partial<Record<Flag, string>> = {
	'base-url': 'URL',
	timeout: 'MS',
	model: 'NAME',
	below: 'AMOUNT',
	'wait-max': 'SPAN',
	every: 'SPAN',
	out: 'FILE',
	lang: 'zh-CN|en',
	'key-from': 'APP',
};

/** The order flags are explained in. */
const flagOrder: readonly Flag[] = ['base-url', 'key-from', 'timeout', 'probe', 'model', 'json', 'below', 'wait', 'wait-max', 'every', 'out', 'path', 'reset', 'forget-key', 'lang', 'help', 'version'];

/** Flags whose explanation already names the flag they go with: the global help names no command after them. */
const leansOnAnotherFlag: readonly Flag[] = ['model', 'wait-max', 'every'];

type Form = keyof UsageMessages['forms'];

/** The usage lines, and which of them are each command's. */
const forms: Record<Form, string> = {
	wizard: 'deepseek-fix',
	check: 'deepseek-fix check [--json] [--probe [--model NAME]]',
	balance: 'deepseek-fix balance [--json] [--below AMOUNT]',
	balanceWait: 'deepseek-fix balance --wait [--wait-max SPAN] [--every SPAN] [--below AMOUNT]',
	report: 'deepseek-fix report [--out FILE] [--probe [--model NAME]]',
	config: 'deepseek-fix config [--path | --reset | --forget-key] [--json]',
};
const formsOf: Record<Command, readonly Form[]> = {check: ['check'], balance: ['balance', 'balanceWait'], report: ['report'], config: ['config']};

/** The environment variables, as the global help lists them, and those that matter to each command. */
// The certificate variables are Node's own (read by Node, not by this tool), listed because the network check's
// advice names them: a company proxy that inspects HTTPS is trusted through them.
const environment = ['DEEPSEEK_API_KEY', 'DEEPSEEK_BASE_URL', 'DEEPSEEK_STATUS_URL', 'DEEPSEEK_FIX_CONFIG_DIR', 'DEEPSEEK_FIX_LANG', 'HTTPS_PROXY / HTTP_PROXY / NO_PROXY', 'NODE_EXTRA_CA_CERTS', 'NODE_USE_SYSTEM_CA', 'NO_COLOR / FORCE_COLOR'] as const;
type Variables = (typeof environment)[number];
const environmentOf: Record<Command, readonly Variables[]> = {
	check: environment,
	// Only the balance check runs: the status page is not read.
	balance: environment.filter(name => name !== 'DEEPSEEK_STATUS_URL'),
	// Markdown: never coloured.
	report: environment.filter(name => name !== 'NO_COLOR / FORCE_COLOR'),
	// No request, nothing coloured: only where the file is and the language.
	config: ['DEEPSEEK_FIX_CONFIG_DIR', 'DEEPSEEK_FIX_LANG'],
};

/** Commands that make requests, and so can be cancelled with Ctrl+C (exit 130) or stopped by SIGTERM (143) or SIGHUP (129). */
const cancellable: readonly Command[] = ['check', 'balance', 'report'];

/** The examples' command lines (what each one does is said in messages/usage.ts). */
const examples: {[C in Command]: Record<keyof UsageMessages['commands'][C]['examples'], string>} = {
	check: {
		plain: 'deepseek-fix check',
		ci: 'deepseek-fix check --json > deepseek-check.json',
		probe: 'deepseek-fix check --probe --model deepseek-v4-flash',
	},
	balance: {
		cron: '0 * * * * deepseek-fix balance --below 5 > /dev/null || ./top-up-alert.sh',
		wait: 'deepseek-fix balance --wait --wait-max 30m && systemctl restart my-agent',
		json: 'deepseek-fix balance --json',
	},
	report: {
		support: 'deepseek-fix report --probe --out deepseek-report.md',
		screen: 'deepseek-fix report | less',
	},
	config: {
		show: 'deepseek-fix config',
		path: 'deepseek-fix config --path',
		forgetKey: 'deepseek-fix config --forget-key',
		reset: 'deepseek-fix config --reset',
	},
};

/** `--below AMOUNT`, `-h, --help`. */
function flagLabel(flag: Flag): string {
	const option = cliOptions[flag];
	const short = 'short' in option ? `-${option.short}, ` : '';
	const value = placeholders[flag];
	return `${short}--${flag}${value === undefined ? '' : ` ${value}`}`;
}

/** The commands that take a flag (none for the global ones). */
function commandsTaking(flag: Flag): Command[] {
	return commands.filter(command => (commandFlags[command] as readonly Flag[]).includes(flag));
}

/** The flags one command's help explains: its own, then the global ones it has a use for (--version is the tool's, not the command's). */
export function helpFlags(command: Command): Flag[] {
	const unused: readonly Flag[] = unusedFlags[command] ?? [];
	const global = globalFlags.filter(flag => flag !== 'version' && !unused.includes(flag));
	return [...flagOrder.filter(flag => (commandFlags[command] as readonly Flag[]).includes(flag)), ...global];
}

const labelColumns = 17;
const formColumns = 33;

/** A usage line, wrapped where it is wider than `width` (its continuation indented under the command). */
function formLines(form: Form, width: number): string[] {
	return wrapPlain(forms[form], {width, indent: '  ', hangingIndent: '    '});
}

/** A flag and its explanation: beside it in a column while there is room, else under it. */
function flagLines(flag: Flag, explanation: string, width: number): string[] {
	const column = 2 + labelColumns;
	if (width - column >= besideAtLeast) return wrapPlain(explanation, {width, indent: `  ${padEndColumns(flagLabel(flag), labelColumns)}`, hangingIndent: ' '.repeat(column)});
	return [`  ${flagLabel(flag)}`, ...wrapPlain(explanation, {width, indent: stackedIndent, hangingIndent: stackedIndent})];
}

/** Where an explanation starts when it goes under its flag or usage line. */
const stackedIndent = ' '.repeat(6);

/** `deepseek-fix --help`: every command and flag, within `width` columns. */
export function globalHelp(version: string, width = helpWidth): string {
	const m = usageMessages;
	const text = (words: string, indent: string, hanging: string) => wrapPlain(words, {width, indent, hangingIndent: hanging});
	const formIndent = ' '.repeat(2 + formColumns);
	const beside = width - formIndent.length >= besideAtLeast;
	// What a usage line does beside it, or under it where the line is too long for its column or the window too narrow.
	const usage = (Object.keys(forms) as Form[]).flatMap(form =>
		!beside ? [...formLines(form, width), ...text(m.forms[form], stackedIndent, stackedIndent)]
		: forms[form].length < formColumns ? text(m.forms[form], `  ${forms[form].padEnd(formColumns)}`, formIndent)
		: [`  ${forms[form]}`, ...text(m.forms[form], formIndent, formIndent)],
	);
	const options = flagOrder.flatMap(flag => {
		const takers = commandsTaking(flag);
		const forCommands = takers.length > 0 && !leansOnAnotherFlag.includes(flag) ? m.forCommands({commands: takers}) : '';
		return flagLines(flag, `${m.flags[flag]}${forCommands}`, width);
	});
	return [
		...wrapPlain(m.title({version}), {width}),
		'',
		m.headings.usage,
		...usage,
		'',
		m.headings.options,
		...options,
		'',
		m.headings.environment,
		...listLines(environment, width),
		'',
		// Its lines are broken for 80 columns. A narrower window gets the table each command's help has: wrapping the
		// three lines left a word alone on a row ("asked,") and a code apart from its meaning.
		...(width >= helpWidth ? m.exitSummary(m.exits).split('\n') : [m.headings.exitCodes, ...exitTable(exitCodes.all(), width)]),
		'',
	].join('\n');
}

/** Exit codes with their meanings, in the order the helps list them. */
const exitCodes = {
	stopped: (): Array<[string, string]> => [['130', usageMessages.exits.cancelled], ['143', usageMessages.exits.terminated], ['129', usageMessages.exits.hungUp]],
	closed: (): Array<[string, string]> => [['141', usageMessages.exits.closed]],
	all: (): Array<[string, string]> => [['0', usageMessages.exits.ok], ['1', usageMessages.exits.problem], ['2', usageMessages.exits.couldNotRun], ...exitCodes.stopped(), ...exitCodes.closed()],
};

/** Each code, then its meaning wrapped beside it. */
function exitTable(codes: ReadonlyArray<readonly [string, string]>, width: number): string[] {
	return codes.flatMap(([code, meaning]) => wrapPlain(meaning, {width, indent: `  ${code.padEnd(5)}`, hangingIndent: ' '.repeat(7)}));
}

/** `deepseek-fix <command> --help`: that command alone, within `width` columns (the examples' command lines aside). */
export function commandHelp(command: Command, width = helpWidth): string {
	const m = usageMessages;
	const text = (words: string, indent: string, hanging = indent) => wrapPlain(words, {width, indent, hangingIndent: hanging});
	const own: {summary?: string; about: string; exits: Readonly<Record<string, string>>; examples: Readonly<Record<string, string>>} = m.commands[command];
	const commandForms = formsOf[command];
	// One form: the first line says what it does. Two: each says its own under it.
	const summary = own.summary ?? m.forms[commandForms[0] ?? 'check'];
	const usage = commandForms.flatMap(form => [...formLines(form, width), ...(commandForms.length > 1 ? text(m.forms[form], stackedIndent) : [])]);
	const options = helpFlags(command).flatMap(flag => flagLines(flag, m.flags[flag], width));
	const exits = exitTable([...Object.entries(own.exits), ...(cancellable.includes(command) ? exitCodes.stopped() : []), ...exitCodes.closed()], width);
	const exampleLines = Object.entries(examples[command] as Readonly<Record<string, string>>).flatMap(([key, line]) => [...text(`# ${own.examples[key] ?? ''}`, '  ', '  # '), `  ${line}`]);
	return [
		...text(m.commandTitle({command, summary}), ''),
		'',
		m.headings.usage,
		...usage,
		'',
		...text(own.about, ''),
		'',
		m.headings.options,
		...options,
		'',
		m.headings.environment,
		...listLines(environmentOf[command], width),
		'',
		m.headings.exitCodes,
		...exits,
		'',
		m.headings.examples,
		...exampleLines,
		'',
	].join('\n');
}

/** Names separated by commas, as many to a line as fit in `width` columns, none broken. */
function listLines(names: readonly string[], width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const [index, name] of names.entries()) {
		const item = index < names.length - 1 ? `${name},` : name;
		if (line !== '' && line.length + 1 + item.length > width) {
			lines.push(line);
			line = '';
		}
		line = line === '' ? `  ${item}` : `${line} ${item}`;
	}
	if (line !== '') lines.push(line);
	return lines;
}

const helpFlagWords: readonly string[] = ['--help', '-h'];

/**
 * Whether the line asks for help and nothing else: `--help`, `<command> --help` (either
 * order, or -h), `help`, `help <command>`. `command` is undefined for the global help.
 * Any other line is for cli.tsx to parse (it answers every help request the same way).
 */
export function onlyHelp(argv: readonly string[]): {command: Command | undefined} | undefined {
	const [first, second] = argv;
	if (argv.length === 1 && (first === 'help' || helpFlagWords.includes(first ?? ''))) return {command: undefined};
	if (argv.length !== 2) return undefined;
	if ((first === 'help' || helpFlagWords.includes(first ?? '')) && isCommand(second)) return {command: second};
	if (isCommand(first) && helpFlagWords.includes(second ?? '')) return {command: first};
	return undefined;
}

/** The width the help is laid out at: `columns` (a narrower terminal's width) within its bounds, or helpWidth. */
function helpWidthFor(columns: number | undefined): number {
	return columns === undefined ? helpWidth : Math.max(narrowestHelp, Math.min(helpWidth, columns));
}

/** The help for one command, or the global one, within `columns` (a narrower terminal's width) or helpWidth. */
export function helpText(command: Command | undefined, version: string, columns?: number): string {
	const width = helpWidthFor(columns);
	return command === undefined ? globalHelp(version, width) : commandHelp(command, width);
}

/**
 * Every help text at helpWidth, in every language: the width of a pipe, a file and any
 * terminal of 80 columns or more. The build lays them out ahead (scripts/build.mjs writes
 * them to dist/help.json) and bin.js prints them as they are: laying out the global help
 * is most of what `--help` costs above Node's own start (the wrap's rules compile at their
 * first use). `version` and the ASCII-only English they were laid out with come along, so
 * that a table that does not fit the run is never used.
 */
export type LaidOutHelp = {
	version: string;
	width: number;
	asciiOnly: boolean;
	/** By language, then by command ('' for the global help). */
	texts: Partial<Record<Language, Partial<Record<Command | '', string>>>>;
};

/** Where the build writes the laid-out help: beside bin.js. */
export const laidOutHelpFile = 'help.json';

/** Lay out every help text at helpWidth, in each language (the build's step; the current language is kept). */
export function layOutHelp(version: string): LaidOutHelp {
	const before = currentLanguage();
	const texts: LaidOutHelp['texts'] = {};
	try {
		for (const language of languages) {
			setLanguage(language);
			texts[language] = Object.fromEntries([undefined, ...commands].map(command => [command ?? '', helpText(command, version)]));
		}
	} finally {
		setLanguage(before);
	}
	return {version, width: helpWidth, asciiOnly, texts};
}

/**
 * The text `layOutHelp` made for this help, when it was made for this version, width and
 * character set; undefined otherwise, and for anything that is not such a table (a damaged file).
 */
function laidOutText(laidOut: unknown, command: Command | undefined, version: string, width: number): string | undefined {
	if (!isJsonObject(laidOut) || laidOut['version'] !== version || laidOut['width'] !== width || laidOut['asciiOnly'] !== asciiOnly) return undefined;
	const texts = laidOut['texts'];
	const inLanguage = isJsonObject(texts) ? texts[currentLanguage()] : undefined;
	const text = isJsonObject(inLanguage) ? inLanguage[command ?? ''] : undefined;
	return typeof text === 'string' ? text : undefined;
}

/**
 * The help as written to `stream`: as wide as the terminal when it is narrower than helpWidth
 * (or COLUMNS says so). Taken from `laidOut` where that holds it, else laid out now.
 */
export function helpFor(
	command: Command | undefined,
	version: string,
	env: Readonly<Record<string, string | undefined>>,
	stream: {isTTY?: boolean | undefined; columns?: number | undefined},
	laidOut?: unknown,
): string {
	const columns = outputWidth(env, stream);
	return laidOutText(laidOut, command, version, helpWidthFor(columns)) ?? helpText(command, version, columns);
}
