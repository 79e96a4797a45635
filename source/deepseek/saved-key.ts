// A key saved for later shells that this one does not have: the most common "but I set it" of
// all. On Windows, `setx` or System Properties saves DEEPSEEK_API_KEY in the registry, and only
// windows (and editors) started after that get it. Elsewhere, a line in ~/.zshrc or ~/.bashrc
// reaches only shells started after it was written, and never a program started without a
// login shell (an IDE, cron, a service). Where no key was found: whether a line sets it (never
// its value). Where this shell has a key: whether the saved one is another (stale shell, new key
// saved), read only after the requests are on the wire; its value only to compare and mask.
import {deepseekKeyPattern, maskKey} from '../text/safe.js';
import {readSmallFile} from '../small-file.js';
import {regExe, runTool, type RunTool} from './run-tool.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Where the key is saved: a shell's start-up file (as `~/.zshrc`), or Windows' user or system environment variables. */
export type SavedKey = {kind: 'file'; file: string} | {kind: 'windows_user'} | {kind: 'windows_system'};

/** The start-up files of the shells people use, as each names its own (fish's in its config folder). */
const startupFiles = ['.zshrc', '.zprofile', '.zshenv', '.bashrc', '.bash_profile', '.profile', '.config/fish/config.fish'];

/** What the tool reads of this computer; tests give their own. */
export type KeyStores = {
	platform: NodeJS.Platform;
	env: Env;
	/** A file's text, or undefined when it cannot be read. */
	readFile: (path: string) => string | undefined;
	run: RunTool;
};

/** Start-up files are small; one larger than this is not read at all. */
export const startupFileMaxBytes = 1024 * 1024;

/** This computer's start-up files and registry, read only when asked (no key found, or once the requests are on the wire). */
export function thisComputer(env: Env): KeyStores {
	return {
		platform: process.platform,
		env,
		readFile: path => {
			// A start-up file is small; anything far larger is not one to read whole. Not a regular file (a FIFO, a link to a device): nothing.
			const read = readSmallFile(path, startupFileMaxBytes);
			return read?.whole ? read.bytes.toString('utf8') : undefined;
		},
		run: runTool,
	};
}

/** reg.exe answers at once; a stuck one must not hold the check, nor keep looking behind the wizard. */
export const savedKeyLookMs = 3000;

/** Windows' two places for environment variables, as `reg query` names them. */
const windowsStores = [
	{kind: 'windows_user', key: String.raw`HKCU\Environment`},
	{kind: 'windows_system', key: String.raw`HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Environment`},
] as const;

/** Where `name` is saved for later shells, if anywhere (the first place found); undefined where it is not, or cannot be read. */
export async function savedKey(stores: KeyStores, signal: AbortSignal, name = 'DEEPSEEK_API_KEY'): Promise<SavedKey | undefined> {
	if (stores.platform === 'win32') {
		// It fails (no output) where the value is not there.
		const reg = regExe(stores.env);
		for (const store of windowsStores) {
			const output = await stores.run(reg, ['query', store.key, '/v', name], stores.env, signal);
			if (output !== undefined && new RegExp(`^\\s*${name}\\s+REG_(?:EXPAND_)?SZ\\s+\\S`, 'imu').test(output)) return {kind: store.kind};
		}
		return undefined;
	}
	return savedInStartupFile(stores, name);
}

/** The start-up file (as `~/.zshrc`) of a shell that sets `name`, outside Windows: read at once, for the wizard's start screen too. */
export function savedInStartupFile(stores: Pick<KeyStores, 'platform' | 'env' | 'readFile'>, name = 'DEEPSEEK_API_KEY'): SavedKey | undefined {
	const home = stores.env.HOME?.trim();
	if (stores.platform === 'win32' || !home) return undefined;
	// Set to something, a literal or not (`$(pass show …)`: a new shell has a key all the same); not where the last line unsets it.
	const file = startupFiles.find(file => lastKeyIn(stores.readFile(`${home}/${file}`) ?? '', name)?.kind === 'set');
	return file === undefined ? undefined : {kind: 'file', file: `~/${file}`};
}

/**
 * Another DeepSeek key saved for later shells than the one this shell has: where (as SavedKey)
 * and masked as everywhere (`sk-…abcd`). The saved value itself is read only to compare and mask:
 * never kept, never shown whole.
 */
export type StartupKey = SavedKey & {masked: string};

/**
 * Each shell's start-up files, the one a new interactive terminal reads last first (so the one
 * whose key wins): zsh reads ~/.zshenv, then ~/.zprofile (login shells), then ~/.zshrc; bash reads
 * ~/.bashrc in a terminal and ~/.bash_profile or ~/.profile as a login shell (which usually
 * sources ~/.bashrc). A shell `$SHELL` does not name: all of them, in the order of `startupFiles`.
 */
const startupFilesByShell: Readonly<Record<string, readonly string[]>> = {
	zsh: ['.zshrc', '.zprofile', '.zshenv'],
	bash: ['.bashrc', '.bash_profile', '.profile'],
	fish: ['.config/fish/config.fish'],
};

/** The start-up files a new terminal of the user's shell reads, the one read last first. */
export function startupFilesOf(shell: string | undefined): readonly string[] {
	return startupFilesByShell[shell?.trim().split('/').at(-1) ?? ''] ?? startupFiles;
}

/**
 * Pure: the value of one shell word at the start of `text` (sh's or fish's quoting), and whether
 * it is a literal: no `$…`, `$(…)`, backquotes or fish's `(…)`, whose value only the shell knows.
 */
export function shellWord(text: string): {value: string; literal: boolean} {
	let value = '';
	let literal = true;
	for (let at = 0; at < text.length; at++) {
		const char = text[at]!;
		if (/[\s;&|]/u.test(char)) break;
		if (char === '\\') {
			value += text[++at] ?? '';
		} else if (char === '\'') {
			const end = text.indexOf('\'', at + 1);
			if (end < 0) return {value, literal: false};
			value += text.slice(at + 1, end);
			at = end;
		} else if (char === '"') {
			let end = at + 1;
			for (; end < text.length && text[end] !== '"'; end++) {
				if (text[end] === '\\') end++;
				else if (text[end] === '$' || text[end] === '`') literal = false;
			}
			if (end >= text.length) return {value, literal: false};
			value += text.slice(at + 1, end).replace(/\\(.)/gu, '$1');
			at = end;
		} else if (char === '$' || char === '`' || char === '(' || (char === '#' && value === '')) {
			// An expansion; a word that starts with # is a comment (nothing).
			return {value, literal: false};
		} else {
			value += char;
		}
	}
	return {value, literal};
}

/** What a line does to `name`: sets it (the word after =, or fish's first value), unsets it, or nothing. */
function lineSets(line: string, name: string): {value: string; literal: boolean} | 'unset' | undefined {
	const sh = new RegExp(`^\\s*(?:export\\s+|declare\\s+-x\\s+|typeset\\s+-x\\s+)?${name}=(.*)$`, 'u').exec(line);
	if (sh) return shellWord(sh[1]!);
	if (new RegExp(`^\\s*unset\\s+(?:-v\\s+)?(?:\\w+\\s+)*${name}(?:\\s|;|$)`, 'u').test(line)) return 'unset';
	const fish = new RegExp(`^\\s*set\\s+((?:-{1,2}[a-zA-Z-]+\\s+)*)${name}(?:\\s+(.*))?$`, 'u').exec(line);
	if (!fish) return undefined;
	const flags = fish[1]!;
	// set -e / --erase unsets; set -q / --query only asks.
	if (/(?:^|\s)(?:-[a-zA-Z]*e[a-zA-Z]*|--erase)\s/u.test(flags)) return 'unset';
	if (/(?:^|\s)(?:-[a-zA-Z]*q[a-zA-Z]*|--query)\s/u.test(flags) || fish[2] === undefined) return undefined;
	return shellWord(fish[2]);
}

/**
 * What a start-up file's last line about a variable leaves in it: `set`, with its `value` where that is a literal
 * (null where only the shell knows it: `$(pass show …)`, `${OTHER}`, fish's `(cat …)`), or `unset` (unset, erased,
 * or set to nothing).
 */
type KeyLine = {kind: 'set'; value: string | null} | {kind: 'unset'};

/**
 * Pure: what a start-up file's text leaves in `name`, by its last line that sets or unsets it (a line that starts
 * so: not one inside `[ … ] && export …`; every such line counts, even inside an `if`; sh's `export`, `declare -x`,
 * `typeset -x` or a bare assignment, fish's `set -gx` and `set -e`; quotes and backslashes as the shell reads them,
 * comments left out). Undefined: no line sets or unsets it. The one reader of such lines: whether a file saves a key
 * for new shells (savedInStartupFile: set, a literal or not) and which key (startupKeyInFiles: a literal only).
 */
export function lastKeyIn(text: string, name = 'DEEPSEEK_API_KEY'): KeyLine | undefined {
	let found: KeyLine | undefined;
	for (const line of text.replace(/^\uFEFF/u, '').split(/\r?\n/u)) {
		if (!line.includes(name)) continue;
		const sets = lineSets(line, name);
		if (sets === undefined) continue;
		// Set to nothing (`NAME=`, `NAME=""`) leaves no key, as unset does; an expansion may be empty too, but a new shell asks for it.
		found = sets === 'unset' || (sets.literal && sets.value.trim() === '') ? {kind: 'unset'} : {kind: 'set', value: sets.literal ? sets.value.trim() : null};
	}
	return found;
}

/** A literal DeepSeek-shaped key other than `inUse`, as a StartupKey of `place`; else undefined. */
function another(place: SavedKey, value: string | null | undefined, inUse: string): StartupKey | undefined {
	return typeof value === 'string' && deepseekKeyPattern.test(value) && !inUse.includes(value) ? {...place, masked: maskKey(value)} : undefined;
}

/**
 * Outside Windows: the key a new terminal gets from the user's start-up files (startupFilesOf:
 * the file read last that sets it wins), where it is a literal DeepSeek-shaped key other than
 * `inUse`. A handful of small synchronous reads: call it after the requests are on the wire.
 */
function startupKeyInFiles(stores: Pick<KeyStores, 'platform' | 'env' | 'readFile'>, inUse: string, name = 'DEEPSEEK_API_KEY'): StartupKey | undefined {
	const home = stores.env.HOME?.trim();
	if (stores.platform === 'win32' || !home) return undefined;
	for (const file of startupFilesOf(stores.env.SHELL)) {
		const text = stores.readFile(`${home}/${file}`);
		const line = text === undefined ? undefined : lastKeyIn(text, name);
		// Unset, or not a literal: a new terminal has no key to compare with this one.
		if (line !== undefined) return another({kind: 'file', file: `~/${file}`}, line.kind === 'set' ? line.value : null, inUse);
	}
	return undefined;
}

/**
 * Windows: the key a new window gets from the user's environment variables, else the system's
 * (the user's win for the same name), where it is another literal DeepSeek-shaped key than
 * `inUse`; a REG_EXPAND_SZ value with %…% is not a literal. Spawns reg.exe (it blocks the thread
 * ~10 ms): call it only after the requests are on the wire.
 */
async function startupKeyInWindows(stores: KeyStores, inUse: string, signal: AbortSignal, name = 'DEEPSEEK_API_KEY'): Promise<StartupKey | undefined> {
	if (stores.platform !== 'win32') return undefined;
	const reg = regExe(stores.env);
	for (const store of windowsStores) {
		const output = await stores.run(reg, ['query', store.key, '/v', name], stores.env, signal);
		const line = output === undefined ? undefined : new RegExp(`^\\s*${name}\\s+REG_(?:EXPAND_)?SZ\\s+(.*?)\\s*$`, 'imu').exec(output);
		if (line && line[1] !== '') return another({kind: store.kind}, line[1]!.includes('%') ? null : line[1], inUse);
	}
	return undefined;
}

/** This computer's saved key for new shells, where it is another DeepSeek key than `inUse` (files, or Windows' variables). */
export async function startupKey(stores: KeyStores, inUse: string, signal: AbortSignal): Promise<StartupKey | undefined> {
	return stores.platform === 'win32' ? startupKeyInWindows(stores, inUse, signal) : startupKeyInFiles(stores, inUse);
}
