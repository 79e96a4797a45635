// The dotenv files a program in the folder the tool runs in loads. Programs there often read
// their DeepSeek key from them (dotenv, python-dotenv, Vite, Next.js…), while the shell that
// starts deepseek-fix never does: without them the tool would check no key, or another one
// than the program sends. Only DEEPSEEK_API_KEY, the base-URL variables and the other tools'
// key variables (named, never sent) are taken from them. The files are the user's and may be
// anything: regular files only (a FIFO in their place is never waited on), their first 64 KiB.
import {existsSync} from 'node:fs';
import path from 'node:path';
import {parseEnv} from 'node:util';
import {readSmallFile} from './small-file.js';
import {baseUrlEnvVars, keyEnvVar, otherKeyEnvVars, type BaseUrlEnvVar, type OtherKeyEnvVar} from './deepseek/facts.js';

/**
 * The files read, strongest first. `.env.local` over `.env`: Next.js (process.env >
 * .env.$(NODE_ENV).local > .env.local > .env.$(NODE_ENV) > .env) and Vite (process.env >
 * .env.[mode].local > .env.[mode] > .env.local > .env) both load it in every mode (Next.js
 * not under `next test`), and create-next-app keeps secrets there. The mode's own files are
 * left out: which mode a program runs in (next dev or start, vite --mode) is not known here,
 * and the two disagree on where .env.development stands against .env.local.
 * `walksUp`: python-dotenv's load_dotenv() takes the nearest `.env` in the folders above
 * when the script's folder has none (find_dotenv); Node's dotenv, Next.js and Vite read the
 * current folder only, and look for no `.env.local` above it.
 */
const projectEnvFiles = [
	{name: '.env.local', walksUp: false},
	{name: '.env', walksUp: true},
] as const;

/** The name messages show where no file is known (the common one). */
export const projectEnvName = '.env';

const maxBytes = 64 * 1024;

export type ProjectEnv = {
	/** DEEPSEEK_API_KEY as the file sets it; undefined when it sets none, or only blanks. */
	key: string | undefined;
	/** With `key`: the line of its file that sets it (1 for the first; the last such line, as dotenv keeps the last value). */
	keyLine?: number;
	/** The base-URL variables it sets to something (DEEPSEEK_BASE_URL, OPENAI_BASE_URL…). */
	baseUrls: Readonly<Partial<Record<BaseUrlEnvVar, string>>>;
	/** Other tools' key variables it sets to something (OPENAI_API_KEY…): named when no key is found, never sent. */
	otherKeys: Readonly<Partial<Record<OtherKeyEnvVar, string>>>;
	/** The file each variable above was taken from, relative to the folder the tool runs in (`.env.local`, `../.env`). */
	from: Readonly<Partial<Record<string, string>>>;
	/**
	 * A file saved as UTF-16 (Notepad's "Unicode") whose text sets DEEPSEEK_API_KEY: dotenv and python-dotenv read UTF-8
	 * only, so a program here gets no key from it, and neither does this tool; the file named, the key never read.
	 */
	utf16?: DotenvUtf16;
};

export type DotenvUtf16 = {file: string; encoding: 'UTF-16LE' | 'UTF-16BE'};

export const noProjectEnv: ProjectEnv = {key: undefined, baseUrls: {}, otherKeys: {}, from: {}};

/** The file that set `variable`, as messages name it (`.env` when not known). */
export function projectEnvFileOf(projectEnv: ProjectEnv, variable: string): string {
	return projectEnv.from[variable] ?? projectEnvName;
}

/**
 * Another tool's variable (OPENAI_API_KEY, OPENAI_BASE_URL…) as a program started here gets it: the environment's, else
 * the folder's dotenv files' (dotenv, python-dotenv, Next.js and Vite never override a variable the shell sets), with the
 * file it came from. Each variable on its own: a key from the shell and its base URL from `.env` reach the program together.
 */
export function variableHere(env: Readonly<Record<string, string | undefined>>, projectEnv: ProjectEnv, name: OtherKeyEnvVar | BaseUrlEnvVar): {value: string; dotenvFile?: string} | undefined {
	const inShell = env[name]?.trim();
	if (inShell) return {value: inShell};
	const inFiles: Partial<Record<OtherKeyEnvVar | BaseUrlEnvVar, string>> = {...projectEnv.baseUrls, ...projectEnv.otherKeys};
	const inFile = inFiles[name]?.trim();
	return inFile ? {value: inFile, dotenvFile: projectEnvFileOf(projectEnv, name)} : undefined;
}

/** Every other tool's key variable and base-URL variable as a program started here gets it (variableHere each), by name. */
export function variablesHere(env: Readonly<Record<string, string | undefined>>, projectEnv: ProjectEnv): Record<string, string | undefined> {
	return Object.fromEntries([...baseUrlEnvVars, ...otherKeyEnvVars].map(name => [name, variableHere(env, projectEnv, name)?.value]));
}

/** Pure: every variable a dotenv file's text sets, as dotenv parses it (comments, quotes, `export`); nothing where it cannot be parsed. */
export function dotenvValues(text: string): Record<string, string> {
	try {
		// A byte-order mark (Windows editors) would become part of the first name; dotenv's own parser skips it.
		return parseEnv(text.replace(/^\uFEFF/, '')) as Record<string, string>;
	} catch {
		return {};
	}
}

/** Pure: what a `.env` file's text sets that the tool uses; `file` names it in `from`. */
export function projectEnvFrom(text: string, file: string = projectEnvName): ProjectEnv {
	const values = dotenvValues(text);
	const key = values[keyEnvVar] !== undefined && values[keyEnvVar].trim() !== '' ? values[keyEnvVar] : undefined;
	const baseUrls = setAmong(values, baseUrlEnvVars);
	const otherKeys = setAmong(values, otherKeyEnvVars);
	const names = [...(key === undefined ? [] : [keyEnvVar]), ...Object.keys(baseUrls), ...Object.keys(otherKeys)];
	const keyLine = key === undefined ? undefined : lineSetting(text, keyEnvVar);
	return {key, ...(keyLine === undefined ? {} : {keyLine}), baseUrls, otherKeys, from: Object.fromEntries(names.map(name => [name, file]))};
}

/** Pure: the last line (1 for the first) that sets `name` (`NAME=`, `export NAME =`), as a person finds it in an editor. */
export function lineSetting(text: string, name: string): number | undefined {
	const sets = new RegExp(String.raw`^\s*(?:export\s+)?${name}\s*=`, 'u');
	const index = text.split(/\r\n|\n|\r/u).findLastIndex(line => sets.test(line.replace(/^\uFEFF/u, '')));
	return index === -1 ? undefined : index + 1;
}

/** Pure: the files' values merged, the first file that sets a variable winning (as the frameworks load them). */
export function mergeProjectEnvs(strongestFirst: readonly ProjectEnv[]): ProjectEnv {
	return strongestFirst.reduceRight<ProjectEnv>((weaker, stronger) => ({
		key: stronger.key ?? weaker.key,
		...keyLineOf(stronger.key === undefined ? weaker : stronger),
		baseUrls: {...weaker.baseUrls, ...stronger.baseUrls},
		otherKeys: {...weaker.otherKeys, ...stronger.otherKeys},
		from: {...weaker.from, ...stronger.from},
		...(stronger.utf16 ?? weaker.utf16 ? {utf16: stronger.utf16 ?? weaker.utf16} : {}),
	}), noProjectEnv);
}

/** The line of the file whose key is kept, where it is known. */
const keyLineOf = (env: ProjectEnv): {keyLine?: number} => (env.keyLine === undefined ? {} : {keyLine: env.keyLine});

/** Those of `names` that `values` sets to something other than spaces. */
function setAmong<Name extends string>(values: Record<string, string>, names: readonly Name[]): Partial<Record<Name, string>> {
	const found: Partial<Record<Name, string>> = {};
	for (const name of names) {
		const value = values[name]?.trim();
		if (value) found[name] = value;
	}
	return found;
}

/**
 * The folders whose `.env` a program in `cwd` may load, nearest first: `cwd`, then the folders
 * above it up to the repository's root (a folder holding `.git`) or the home folder, whichever
 * comes first, both included (python-dotenv loads their `.env` too). Above a repository the
 * files are other projects'; above the home folder, other users' or the system's. Where
 * neither bounds `cwd` (a folder in /tmp or /srv outside any repository), only `cwd`: there is
 * no telling where the project ends, and /tmp/.env or /.env is nobody's project. Pure but for
 * `isRepoRoot`, which a test can fake.
 */
export function dotenvFolders(cwd: string, home: string | undefined, isRepoRoot: (folder: string) => boolean = isRepositoryRoot): string[] {
	const folders = [path.resolve(cwd)];
	const homeFolder = home?.trim() ? path.resolve(home) : undefined;
	for (;;) {
		const folder = folders.at(-1)!;
		if (folder === homeFolder || isRepoRoot(folder)) return folders;
		const parent = path.dirname(folder);
		if (parent === folder) return folders.slice(0, 1);
		folders.push(parent);
	}
}

/** A repository's root: its `.git` is a folder, or a file in a worktree or submodule (the apps' readers walk up to it too). */
export function isRepositoryRoot(folder: string): boolean {
	return existsSync(path.join(folder, '.git'));
}

/** The dotenv files a program in `cwd` loads, read once per run; nothing when there are none or they cannot be read. `env` names the home folder, where the walk up stops. */
export function readProjectEnv(cwd: string, env: Readonly<Record<string, string | undefined>>): ProjectEnv {
	const read = (folder: string, name: string) => readEnvFile(path.join(folder, name), path.relative(cwd, path.join(folder, name)));
	return mergeProjectEnvs(projectEnvFiles.map(file => {
		const here = read(cwd, file.name);
		if (here || !file.walksUp) return here ?? noProjectEnv;
		// The folders above are looked for (a stat for .git in each) only where this folder has none: the common run has its file here.
		for (const folder of dotenvFolders(cwd, env.HOME ?? env.USERPROFILE).slice(1)) {
			const found = read(folder, file.name);
			if (found) return found;
		}
		return noProjectEnv;
	}));
}

/** One file's values; undefined when there is no regular file there (the walk goes on), nothing when it is unreadable or binary. */
function readEnvFile(file: string, shownAs: string): ProjectEnv | undefined {
	const read = readSmallFile(file, maxBytes);
	if (read === undefined) return undefined;
	const utf16 = utf16Encoding(read.bytes);
	// Found, but no loader reads it: the walk up stops here as python-dotenv's does (it fails on this file).
	if (utf16) return utf16SetsKey(read.bytes, utf16) ? {...noProjectEnv, utf16: {file: shownAs, encoding: utf16}} : noProjectEnv;
	// A binary file is no .env.
	return read.bytes.includes(0) ? noProjectEnv : projectEnvFrom(read.bytes.toString('utf8'), shownAs);
}

/**
 * Pure: UTF-16 as Windows editors write it: a byte-order mark (Notepad's "Unicode", "UTF-16 LE/BE"), or, without one,
 * an ASCII first character with its zero byte beside it (no UTF-8 text starts with a zero byte or has one second).
 */
export function utf16Encoding(bytes: Uint8Array): DotenvUtf16['encoding'] | undefined {
	const [first, second] = bytes;
	if (first === undefined || second === undefined) return undefined;
	if ((first === 0xFF && second === 0xFE) || (first !== 0 && second === 0)) return 'UTF-16LE';
	if ((first === 0xFE && second === 0xFF) || (first === 0 && second !== 0)) return 'UTF-16BE';
	return undefined;
}

/** Pure: the UTF-16 text, read as dotenv would read it were it UTF-8, sets DEEPSEEK_API_KEY to something. */
export function utf16SetsKey(bytes: Uint8Array, encoding: DotenvUtf16['encoding']): boolean {
	// A copy of whole code units (a cut file can end in half of one); big-endian turned round.
	const units = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
	const text = (encoding === 'UTF-16LE' ? units : units.swap16()).toString('utf16le');
	return projectEnvFrom(text).key !== undefined;
}
