// The key and base URL OpenCode sends to DeepSeek, from its config files (opencode.json,
// opencode.jsonc): `provider.deepseek.options.apiKey` and `baseURL`, or those of a provider
// built on the OpenAI-compatible package that holds a DeepSeek-shaped key or points at
// DeepSeek or a known relay. Many keep them there, not in the shell. Only named (the key
// masked) and compared, never sent on their own: `check` keeps its precedence
// (docs/interface.md). Read as claude-code-env.ts reads Claude Code's: regular files only,
// at most 256 KiB, any error is nothing. Never throws. A value such as "{env:NAME}" is a
// reference: the variable NAME of this environment is what OpenCode sends; "{file:…}" is
// never followed (its file may be anything).
import path from 'node:path';
import process from 'node:process';
import {detectByHost} from './providers/host.js';
import {isJsonObject, parseJsonText} from './json.js';
import {isRepositoryRoot} from './project-env.js';
import {readSmallFile} from './small-file.js';
import {withKeyMasked} from './text/app-setting.js';
import {deepseekKeyPattern, sanitize} from './text/safe.js';
import stripJsonComments from 'strip-json-comments';

/** A value OpenCode's config gives, `name` as messages show it (`provider.deepseek.options.apiKey`), `file` its file (`opencode.json`). */
type OpenCodeValue = {name: string; value: string; file: string};
type OpenCodeConfig = Readonly<{key?: OpenCodeValue; baseUrl?: OpenCodeValue}>;

/** The package OpenCode's docs name for a provider of its own that speaks OpenAI's API (a relay, or DeepSeek itself). */
const openAiCompatiblePackage = '@ai-sdk/openai-compatible';
/** The user's folder, as messages name it (where `XDG_CONFIG_HOME` is not set). */
const openCodeUserFolder = '~/.config/opencode';

const maxBytes = 256 * 1024;

/** One provider's entries in one file: the raw strings, as written. */
type ProviderEntry = {npm?: string; apiKey?: {raw: string; file: string}; baseURL?: {raw: string; file: string}};
type Providers = ReadonlyMap<string, ProviderEntry>;

/** Where OpenCode's managed config files are on `platform` (an administrator's, stronger than every other file). */
export function openCodeManagedDir(platform: NodeJS.Platform = process.platform, env: Readonly<Record<string, string | undefined>> = process.env): string {
	if (platform === 'darwin') return '/Library/Application Support/opencode';
	if (platform === 'win32') return path.win32.join(env.ProgramData?.trim() || 'C:\\ProgramData', 'opencode');
	return '/etc/opencode';
}

/** Where the files are looked for; tests give their own. */
type OpenCodePlaces = {
	/** The folder OpenCode's project walk stops at (a folder holding `.git`). */
	isRepoRoot?: (folder: string) => boolean;
	/** The managed config folder (null: none). */
	managedDir?: string | null;
};

/** OpenCode's boolean flags: `true` or `1`. */
const flagSet = (value: string | undefined) => ['true', '1'].includes(value?.trim().toLowerCase() ?? '');

/**
 * The folders OpenCode's project walk visits, nearest first: `cwd`, then each folder above it up to
 * its worktree, the repository's root (the nearest folder holding `.git`, included); outside a
 * repository OpenCode's worktree is the filesystem's root, so every folder up to it.
 */
function walkedFolders(cwd: string, isRepoRoot: (folder: string) => boolean): string[] {
	const folders = [path.resolve(cwd)];
	for (;;) {
		const folder = folders.at(-1)!;
		const parent = path.dirname(folder);
		if (isRepoRoot(folder) || parent === folder) return folders;
		folders.push(parent);
	}
}

/**
 * The files, strongest first, as OpenCode's loader merges them (a later file overrides an earlier one,
 * key by key; in each folder opencode.jsonc after opencode.json): its managed folder; the
 * `.opencode` folders (`OPENCODE_CONFIG_DIR`, `~/.opencode`, then those of the project walk, the
 * farthest first: OpenCode merges them nearest first); the project's `opencode.jsonc` and
 * `opencode.json` in `cwd` and each folder above it up to the repository's root (the nearest
 * first); the file `OPENCODE_CONFIG` names; then the user's folder (`$XDG_CONFIG_HOME/opencode`,
 * else `~/.config/opencode`): `opencode.jsonc`, `opencode.json`, `config.json`.
 * `OPENCODE_DISABLE_PROJECT_CONFIG` leaves out the project's files and `.opencode` folders.
 * The project is the folder the tool runs in.
 */
export function openCodeConfigFiles(cwd: string, env: Readonly<Record<string, string | undefined>>, places: OpenCodePlaces = {}): Array<{file: string; shownAs: string}> {
	const here = path.resolve(cwd);
	const home = env.HOME?.trim() || env.USERPROFILE?.trim();
	// A folder of the walk as messages name it, from here (`..`, `.opencode`, `../.opencode`).
	const shown = (folder: string) => sanitize(path.relative(here, folder).split(path.sep).join('/'));
	const inFolder = (folder: string, shownAs: string, names = ['opencode.jsonc', 'opencode.json']) =>
		names.map(name => ({file: path.join(folder, name), shownAs: shownAs === '' ? name : `${shownAs}/${name}`}));
	const project = !flagSet(env.OPENCODE_DISABLE_PROJECT_CONFIG);
	const walked = project ? walkedFolders(here, places.isRepoRoot ?? isRepositoryRoot) : [];
	// OpenCode's .opencode folders in its merge order (weakest first), each once: the project walk's (nearest first), ~/.opencode, OPENCODE_CONFIG_DIR.
	const configDir = env.OPENCODE_CONFIG_DIR?.trim();
	const dotFolders = new Map<string, string>();
	for (const folder of walked) dotFolders.set(path.join(folder, '.opencode'), shown(path.join(folder, '.opencode')));
	if (home && !dotFolders.has(path.join(path.resolve(home), '.opencode'))) dotFolders.set(path.join(path.resolve(home), '.opencode'), '~/.opencode');
	if (configDir) {
		const folder = path.resolve(here, configDir);
		if (!dotFolders.has(folder)) dotFolders.set(folder, sanitize(configDir));
	}
	const managed = places.managedDir === undefined ? openCodeManagedDir(process.platform, env) : places.managedDir;
	const files = [
		...(managed === null ? [] : inFolder(managed, sanitize(managed))),
		...[...dotFolders].toReversed().flatMap(([folder, shownAs]) => inFolder(folder, shownAs)),
		...walked.flatMap(folder => inFolder(folder, shown(folder))),
	];
	const custom = env.OPENCODE_CONFIG?.trim();
	if (custom) files.push({file: path.resolve(cwd, custom), shownAs: sanitize(custom)});
	const xdg = env.XDG_CONFIG_HOME?.trim();
	const folder = xdg ? {file: path.join(xdg, 'opencode'), shownAs: sanitize(path.join(xdg, 'opencode'))} : home ? {file: path.join(home, '.config', 'opencode'), shownAs: openCodeUserFolder} : undefined;
	if (folder) files.push(...inFolder(folder.file, folder.shownAs, ['opencode.jsonc', 'opencode.json', 'config.json']));
	return files;
}

/** JSONC (comments, trailing commas) as JSON: strip-json-comments blanks them outside strings; JSON.parse still refuses anything else that is wrong. */
export const jsoncToJson = (text: string): string => stripJsonComments(text, {trailingCommas: true});

/** Pure: each provider's npm package, apiKey and baseURL strings in one file's text; nothing where it is no JSONC object. */
export function openCodeProvidersFrom(text: string, shownAs: string): Providers {
	const parsed = parseJsonText(jsoncToJson(text));
	const providers = isJsonObject(parsed) ? parsed['provider'] : undefined;
	const found = new Map<string, ProviderEntry>();
	if (!isJsonObject(providers)) return found;
	for (const [id, provider] of Object.entries(providers)) {
		if (!isJsonObject(provider)) continue;
		const options = isJsonObject(provider['options']) ? provider['options'] : {};
		const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? {raw: value.trim(), file: shownAs} : undefined);
		const apiKey = text(options['apiKey']);
		const baseURL = text(options['baseURL']);
		found.set(id, {...(typeof provider['npm'] === 'string' ? {npm: provider['npm']} : {}), ...(apiKey ? {apiKey} : {}), ...(baseURL ? {baseURL} : {})});
	}
	return found;
}

/** Pure: the files' providers merged, entry by entry, the first (strongest) file that sets one winning; the order is the weakest file's first, as OpenCode merges. */
export function mergeOpenCodeProviders(strongestFirst: readonly Providers[]): Providers {
	const merged = new Map<string, ProviderEntry>();
	for (const providers of [...strongestFirst].reverse()) {
		for (const [id, entry] of providers) merged.set(id, {...merged.get(id), ...entry});
	}
	return merged;
}

/**
 * Pure: the key and base URL OpenCode sends to DeepSeek. Providers asked: `deepseek` first,
 * then those built on the OpenAI-compatible package, in the files' order. The key: the first
 * DeepSeek-shaped one; the base URL: that provider's (none where it sets none); with no key,
 * `deepseek`'s, else the first OpenAI-compatible provider's whose host is DeepSeek's or a known
 * relay's (a local model server's is none of ours). "{env:NAME}" is NAME's value here; other "{…}" values are nothing.
 */
export function openCodeConfigOf(providers: Providers, env: Readonly<Record<string, string | undefined>>): OpenCodeConfig {
	const ids = [...providers.keys()].filter(id => id !== 'deepseek' && providers.get(id)?.npm === openAiCompatiblePackage);
	const asked = providers.has('deepseek') ? ['deepseek', ...ids] : ids;
	const value = (id: string, option: 'apiKey' | 'baseURL'): OpenCodeValue | undefined => {
		const set = providers.get(id)?.[option];
		if (!set) return undefined;
		const name = `provider.${sanitize(id)}.options.${option}`;
		const reference = /^\{env:([^{}]+)\}$/.exec(set.raw);
		if (reference) {
			const variable = reference[1]!.trim();
			const fromEnv = env[variable]?.trim();
			return fromEnv ? {name: `${name} ({env:${sanitize(variable)}})`, value: fromEnv, file: set.file} : undefined;
		}
		return set.raw.includes('{file:') || set.raw.includes('{env:') ? undefined : {name, value: set.raw, file: set.file};
	};
	const keyId = asked.find(id => deepseekKeyPattern.test(value(id, 'apiKey')?.value ?? ''));
	const key = keyId === undefined ? undefined : value(keyId, 'apiKey');
	// The key's own provider sends it to its own baseURL (none: DeepSeek's default for `deepseek`), never to another provider's.
	const baseUrl = keyId !== undefined
		? value(keyId, 'baseURL')
		: ((providers.has('deepseek') ? value('deepseek', 'baseURL') : undefined) ??
			ids.map(id => value(id, 'baseURL')).find(set => set !== undefined && detectByHost(set.value) !== undefined));
	return {...(key ? {key: withKeyMasked(key, key.value)} : {}), ...(baseUrl ? {baseUrl: withKeyMasked(baseUrl, key?.value)} : {})};
}

/** What OpenCode's config files give it for DeepSeek; nothing where there are none or they cannot be read. */
export function readOpenCodeConfig(cwd: string, env: Readonly<Record<string, string | undefined>>, places: OpenCodePlaces = {}): OpenCodeConfig {
	const providers = openCodeConfigFiles(cwd, env, places).map(({file, shownAs}) => {
		const read = readSmallFile(file, maxBytes);
		// A file past the cap is not cut to a JSON that happens to parse: it is left out whole.
		return read?.whole ? openCodeProvidersFrom(read.bytes.toString('utf8'), shownAs) : new Map<string, ProviderEntry>();
	});
	return openCodeConfigOf(mergeOpenCodeProviders(providers), env);
}
