// The command line's vocabulary: the commands, every flag (as node:util's parseArgs takes
// it) and which flags each command takes. One table for the parser (cli.tsx) and for the
// help (help.ts); import-free, so that the tiny bin chunk answers `<command> --help`
// without loading the parser's dependencies.

export const commands = ['check', 'balance', 'report', 'config'] as const;
export type Command = (typeof commands)[number];

export function isCommand(name: string | undefined): name is Command {
	return (commands as readonly (string | undefined)[]).includes(name);
}

export const cliOptions = {
	json: {type: 'boolean'},
	probe: {type: 'boolean'},
	model: {type: 'string'},
	below: {type: 'string'},
	wait: {type: 'boolean'},
	'wait-max': {type: 'string'},
	every: {type: 'string'},
	out: {type: 'string'},
	path: {type: 'boolean'},
	reset: {type: 'boolean'},
	'forget-key': {type: 'boolean'},
	'base-url': {type: 'string'},
	'key-from': {type: 'string'},
	timeout: {type: 'string'},
	lang: {type: 'string'},
	help: {type: 'boolean', short: 'h'},
	version: {type: 'boolean', short: 'v'},
} as const;

export type Flag = keyof typeof cliOptions;

/** Flags every command accepts. */
export const globalFlags = ['base-url', 'timeout', 'lang', 'help', 'version'] as const satisfies readonly Flag[];
type GlobalFlag = (typeof globalFlags)[number];
export type CommandFlag = Exclude<Flag, GlobalFlag>;

/** Which flags each command accepts besides the global ones (no command: check's). */
export const commandFlags: Record<Command, readonly CommandFlag[]> = {
	check: ['json', 'probe', 'model', 'key-from'],
	balance: ['json', 'below', 'wait', 'wait-max', 'every', 'key-from'],
	// --probe on report (extension): support needs the trace id of a real 402.
	report: ['out', 'probe', 'model', 'key-from'],
	config: ['json', 'path', 'reset', 'forget-key'],
};

/**
 * Global flags a command accepts and has no use for: config makes no request, but a
 * script may pass --base-url or --timeout to every command alike. Its help leaves them out.
 */
export const unusedFlags: Partial<Record<Command, readonly GlobalFlag[]>> = {config: ['base-url', 'timeout']};
