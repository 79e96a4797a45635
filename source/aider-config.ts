// The key and base URL Aider (aider.chat) sends to DeepSeek, from its own files and AIDER_… variables.
// As Aider's main.py (load_dotenv_files, main) and args.py read them, with configargparse 1.7.5:
// - `.aider.conf.yml` in the home folder, the git repository's root and the current folder, a key in a
//   later file replacing the earlier's (configargparse);
// - the `.env` files load_dotenv_files loads, each overriding the environment and the files before it
//   (load_dotenv(override=True)): `~/.aider/oauth-keys.env` first (Path.home(), inserted at the list's
//   head, so any later file beats it), then `.env` in the home folder, the current folder and the
//   repository's root (its default --env-file, which generate_search_path_list puts last), or, where
//   --env-file names another file, the home folder's, the root's, the current folder's, then that file. The
//   --env-file is known from Aider's first parse, before any `.env` is loaded: AIDER_ENV_FILE of the process
//   environment, else the `env-file` entry of the `.aider.conf.yml` files (the later file's), else the default.
//   configargparse passes a set variable on as `--env-file=VALUE` whatever it holds: an empty AIDER_ENV_FILE (or
//   `env-file: ""`) is an empty --env-file, which load_dotenv_files leaves out (`if command_line_file`), so no
//   default is added and the root's `.env` keeps its place before the current folder's; a value of spaces is a
//   file of that name. The file is relative to the current folder (Path.resolve), whichever yml names it;
// - every option has a variable (args.py: `auto_env_var_prefix="AIDER_"`: `--openai-api-base` is
//   AIDER_OPENAI_API_BASE; `--config` has none, being the config file's own option), read from the
//   environment as it is after those `.env` files (main.py parses again after loading them), so a
//   `.env` line `AIDER_MODEL=…` counts and beats the shell's AIDER_MODEL; configargparse puts a
//   variable's option on the command line before the config files are read, and a YAML key whose
//   option is already there is dropped: command line > AIDER_… variable > YAML > default, option by
//   option (an AIDER_API_KEY replaces the YAML's whole `api-key` list);
// - a list option's variable (`--api-key`, `--set-env`, append actions) is one item, or, written
//   `[…]`, a JSON list, else (not JSON, as `[a, b]`) the text between the brackets split at commas,
//   each part trimmed; a flag's (`--deepseek`) is true for true/yes/on/1, false for false/no/off/0;
// - then main applies the `set-env` items, the `api-key` items (`deepseek=KEY` sets DEEPSEEK_API_KEY)
//   and `openai-api-key`, `openai-api-base` to its environment, in that order.
// A `deepseek/…` model (or the `deepseek`/`r1` aliases, or none) sends DEEPSEEK_API_KEY to
// DEEPSEEK_API_BASE (litellm's DeepSeek provider); an `openai/…` model sends OPENAI_API_KEY to
// OPENAI_API_BASE, asked only where that base is DeepSeek's or a known relay's. Only what Aider's
// settings set is named: a DEEPSEEK_API_KEY the environment gives is the environment's, while an
// AIDER_… variable is Aider's setting, named as the variable (`AIDER_OPENAI_API_KEY`, an item
// `AIDER_API_KEY deepseek`) with the file `.env` it is in, or `inEnvironmentFile` ('') when the
// process environment gives it ("AIDER_OPENAI_API_KEY in the environment"). Aider's command line (--config,
// --env-file, --model) is not seen.
// Regular files only, 256 KiB at most; anything odd is nothing. Never throws.
import path from 'node:path';
import {parseYamlText} from './continue-config.js';
import {isJsonObject} from './json.js';
import {dotenvValues, isRepositoryRoot} from './project-env.js';
import {detectByHost} from './providers/host.js';
import {readSmallFile} from './small-file.js';
import {sanitize} from './text/safe.js';
import {aiderItemName, inEnvironmentFile, type AiderListEntry} from './text/app-setting.js';

type Env = Readonly<Record<string, string | undefined>>;

/** `file`: as messages name it (`~/.aider.conf.yml`, `.env`), or `inEnvironmentFile` for an AIDER_… variable of the process environment. */
type AiderValue = {name: string; value: string; file: string};
type AiderConfig = Readonly<{key?: AiderValue; baseUrl?: AiderValue}>;
const noAiderConfig: AiderConfig = {};

const maxBytes = 256 * 1024;
const aiderConfName = '.aider.conf.yml';
/** The dotenv file Aider's OpenRouter sign-in writes its key to, in the home folder; loaded before the `.env` files. */
const aiderOauthKeysFile = path.join('.aider', 'oauth-keys.env');

/** The variables Aider's files may set that matter here. */
const asked = ['DEEPSEEK_API_KEY', 'DEEPSEEK_API_BASE', 'OPENAI_API_KEY', 'OPENAI_API_BASE'] as const;
type Asked = (typeof asked)[number];
type Vars = Partial<Record<Asked, AiderValue>>;

/** The YAML entries read (Aider's option names). */
type AiderYaml = {model?: string; deepseek?: boolean; 'set-env'?: string[]; 'api-key'?: string[]; 'openai-api-key'?: string; 'openai-api-base'?: string; 'env-file'?: string};
type YamlEntry = keyof AiderYaml;
const yamlEntries: readonly YamlEntry[] = ['model', 'deepseek', 'set-env', 'api-key', 'openai-api-key', 'openai-api-base', 'env-file'];
/** `env-file` takes effect from the first parse only (the variables the `.env` files set come after it is used). */
const variableEntries = yamlEntries.filter(entry => entry !== 'env-file');

/** The nearest folder at or above `cwd` holding `.git` (a folder, or a worktree's file), as GitPython finds the repository. */
export function gitRootOf(cwd: string, isRoot: (folder: string) => boolean = isRepositoryRoot): string | undefined {
	for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
		if (isRoot(folder)) return folder;
		if (path.dirname(folder) === folder) return undefined;
	}
}

/** A file as messages name it: in the home folder `~/…` (`~/.aider/oauth-keys.env`), else relative to the folder run in (`.env`, `../.aider.conf.yml`). */
function shownAs(file: string, cwd: string, home: string | undefined): string {
	if (home && path.dirname(file) === path.resolve(home)) return `~/${path.basename(file)}`;
	if (home && file === path.join(path.resolve(home), aiderOauthKeysFile)) return `~/${aiderOauthKeysFile.split(path.sep).join('/')}`;
	return sanitize(path.relative(path.resolve(cwd), file) || path.basename(file));
}

/**
 * The files of one kind (`.aider.conf.yml`, `.env`), weakest first, each once: YAML in the home folder, the
 * repository's root, the current folder; `.env` as generate_search_path_list lists them: the home folder's, the
 * repository root's, the current folder's, then the --env-file, each file at its last place. The --env-file is the
 * file AIDER_ENV_FILE names where it is set (empty too), else the one `yamlEnvFile` (the YAML's `env-file`) names,
 * relative to the current folder, no `~` expanded, as Path.resolve takes it; an empty one is none; neither given,
 * Aider's default, the root's `.env` (the current folder's outside a repository). By default the root's `.env` comes
 * last, after the current folder's; with another --env-file (or an empty one), the root's comes before the current
 * folder's, and that file last. `~/.aider/oauth-keys.env` comes first, as load_dotenv_files puts it at the head.
 */
export function aiderFiles(kind: 'yaml' | 'dotenv', cwd: string, env: Env, gitRoot: string | undefined = gitRootOf(cwd), yamlEnvFile?: string): Array<{file: string; shownAs: string}> {
	const home = env.HOME?.trim() || env.USERPROFILE?.trim();
	const here = path.resolve(cwd);
	const inFolder = (name: string) => (folder: string | undefined) => (folder ? path.join(path.resolve(folder), name) : undefined);
	// configargparse passes any value a set variable holds (`--env-file=`): only an unset one leaves the YAML's or the default.
	const given = env.AIDER_ENV_FILE ?? yamlEnvFile;
	const envFile = given === undefined ? inFolder('.env')(gitRoot ?? here) : given === '' ? undefined : path.resolve(here, given);
	const listed = kind === 'yaml' ? [home, gitRoot, here].map(inFolder(aiderConfName)) : [...[home, gitRoot, here].map(inFolder('.env')), envFile];
	const files: string[] = [];
	for (const file of listed) {
		if (!file) continue;
		// The later place of a file listed twice is its place (Aider keeps the last).
		const before = files.indexOf(file);
		if (before !== -1) files.splice(before, 1);
		files.push(file);
	}
	if (kind === 'dotenv' && home) files.unshift(path.join(path.resolve(home), aiderOauthKeysFile));
	return files.map(file => ({file, shownAs: shownAs(file, cwd, home)}));
}

/** Pure: the entries asked of one YAML file's parsed text; nothing where it is no mapping. A list entry given as one string is a list of one, as configargparse reads it. */
export function aiderYamlOf(parsed: unknown): AiderYaml {
	if (!isJsonObject(parsed)) return {};
	const found: AiderYaml = {};
	const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined);
	for (const entry of yamlEntries) {
		const value = Object.hasOwn(parsed, entry) ? parsed[entry] : undefined;
		if (value === undefined || value === null) continue;
		if (entry === 'deepseek') {
			if (typeof value === 'boolean') found.deepseek = value;
		} else if (entry === 'env-file') {
			// A file name as written (configargparse's str(value)): spaces are part of it.
			if (typeof value === 'string' || typeof value === 'number') found['env-file'] = String(value);
		} else if (entry === 'set-env' || entry === 'api-key') {
			const items = (Array.isArray(value) ? value : [value]).map(text).filter((item): item is string => item !== undefined);
			found[entry] = items;
		} else {
			const single = text(value);
			if (single !== undefined) found[entry] = single;
		}
	}
	return found;
}

/** Pure: the YAML files merged, weakest first, an entry in a later file replacing the earlier's whole (a list too); with the file each entry came from. */
export function mergeAiderYamls(weakestFirst: ReadonlyArray<{yaml: AiderYaml; file: string}>): {yaml: AiderYaml; fileOf: Partial<Record<YamlEntry, string>>} {
	const yaml: Record<string, unknown> = {};
	const fileOf: Partial<Record<YamlEntry, string>> = {};
	for (const {yaml: one, file} of weakestFirst) {
		for (const entry of yamlEntries) {
			if (one[entry] === undefined) continue;
			yaml[entry] = one[entry];
			fileOf[entry] = file;
		}
	}
	return {yaml: yaml as AiderYaml, fileOf};
}

type AiderOptions = {yaml: AiderYaml; fileOf: Partial<Record<YamlEntry, string>>; variableOf?: Partial<Record<YamlEntry, string>>};

/** The variable configargparse reads an option from (`auto_env_var_prefix="AIDER_"`): `api-key` is AIDER_API_KEY. */
export const aiderVariableOf = (entry: YamlEntry): string => `AIDER_${entry.replaceAll('-', '_').toUpperCase()}`;

/**
 * Pure: a list option's items (`--api-key`, `--set-env`) from its variable, as configargparse reads an append action's:
 * `[…]` a JSON list (strings and numbers kept), else the text between the brackets split at commas (`[a, b]`), each
 * part trimmed; any other value one item.
 */
export function aiderListOf(value: string): string[] {
	if (!value.startsWith('[') || !value.endsWith(']')) return [value];
	try {
		const parsed: unknown = JSON.parse(value);
		if (Array.isArray(parsed)) return parsed.flatMap(item => (typeof item === 'string' || typeof item === 'number' ? [String(item)] : []));
	} catch {
		// Not JSON: configargparse's older list syntax.
	}
	return value.slice(1, -1).split(',').map(item => item.trim());
}

/** Pure: an option's value from its variable; undefined for a flag that is neither true nor false (Aider stops there). */
function aiderOptionOf(entry: YamlEntry, value: string): AiderYaml[YamlEntry] | undefined {
	if (entry === 'deepseek') {
		const word = value.toLowerCase();
		return ['true', 'yes', 'on', '1'].includes(word) ? true : ['false', 'no', 'off', '0'].includes(word) ? false : undefined;
	}
	if (entry === 'set-env' || entry === 'api-key') return aiderListOf(value).map(item => item.trim());
	return value.trim();
}

/**
 * Pure: Aider's options with its AIDER_… variables over the merged YAML's, option by option (configargparse: a
 * variable beats the config files). A variable's value is the process environment's, unless a `.env` file Aider
 * loads (weakest first) sets it, the last that does winning (load_dotenv(override=True) before Aider parses again).
 */
export function withAiderVariables(
	merged: {yaml: AiderYaml; fileOf: Partial<Record<YamlEntry, string>>},
	dotenvs: ReadonlyArray<{values: Record<string, string>; file: string}>,
	env: Env,
): AiderOptions {
	const yaml: Record<string, unknown> = {...merged.yaml};
	const fileOf = {...merged.fileOf};
	const variableOf: Partial<Record<YamlEntry, string>> = {};
	for (const entry of variableEntries) {
		const variable = aiderVariableOf(entry);
		let value = env[variable];
		let file = inEnvironmentFile;
		for (const dotenv of dotenvs) {
			if (dotenv.values[variable] === undefined) continue;
			value = dotenv.values[variable];
			file = dotenv.file;
		}
		const option = value === undefined ? undefined : aiderOptionOf(entry, value);
		if (option === undefined) continue;
		yaml[entry] = option;
		fileOf[entry] = file;
		variableOf[entry] = variable;
	}
	return {yaml: yaml as AiderYaml, fileOf, variableOf};
}

/**
 * Pure: what Aider sends, from its `.env` files' values (weakest first) and its merged YAML, as main.py
 * applies them. Values only its files give: the environment's own are not Aider's to name.
 */
export function aiderConfigOf(dotenvs: ReadonlyArray<{values: Record<string, string>; file: string}>, merged: AiderOptions): AiderConfig {
	const vars: Vars = {};
	const set = (name: string, value: string, setting: string, file: string) => {
		if (!(asked as readonly string[]).includes(name)) return;
		// An empty value leaves the variable empty: litellm reads that as unset.
		if (value === '') delete vars[name as Asked];
		else vars[name as Asked] = {name: setting, value, file};
	};
	for (const {values, file} of dotenvs) for (const name of asked) if (values[name] !== undefined) set(name, values[name].trim(), name, file);
	const {yaml, fileOf, variableOf = {}} = merged;
	// An option is named as the YAML entry, or as the AIDER_… variable that gave it.
	const nameOf = (entry: 'openai-api-key' | 'openai-api-base') => variableOf[entry] ?? entry;
	const itemName = (entry: 'set-env' | 'api-key', item: string) => aiderItemName((variableOf[entry] ?? entry) as AiderListEntry, item);
	for (const item of yaml['set-env'] ?? []) {
		const at = item.indexOf('=');
		if (at > 0) set(item.slice(0, at).trim(), item.slice(at + 1).trim(), itemName('set-env', item.slice(0, at).trim()), fileOf['set-env']!);
	}
	for (const item of yaml['api-key'] ?? []) {
		const at = item.indexOf('=');
		if (at > 0) set(`${item.slice(0, at).trim().toUpperCase()}_API_KEY`, item.slice(at + 1).trim(), itemName('api-key', item.slice(0, at).trim()), fileOf['api-key']!);
	}
	if (yaml['openai-api-key']) set('OPENAI_API_KEY', yaml['openai-api-key'], nameOf('openai-api-key'), fileOf['openai-api-key']!);
	if (yaml['openai-api-base']) set('OPENAI_API_BASE', yaml['openai-api-base'], nameOf('openai-api-base'), fileOf['openai-api-base']!);
	// An empty model (AIDER_MODEL=) is none: Aider then picks its default.
	const model = yaml.model || (yaml.deepseek ? 'deepseek' : undefined);
	if (model?.startsWith('openai/')) {
		// Another OpenAI-compatible service's model: asked only where its base is DeepSeek's or a known relay's.
		const base = vars.OPENAI_API_BASE;
		if (!base || detectByHost(base.value) === undefined) return noAiderConfig;
		return {...(vars.OPENAI_API_KEY ? {key: vars.OPENAI_API_KEY} : {}), baseUrl: base};
	}
	if (model !== undefined && !isDeepSeekModel(model)) return noAiderConfig;
	return {...(vars.DEEPSEEK_API_KEY ? {key: vars.DEEPSEEK_API_KEY} : {}), ...(vars.DEEPSEEK_API_BASE ? {baseUrl: vars.DEEPSEEK_API_BASE} : {})};
}

/** Aider's DeepSeek models: `deepseek/…`, and its aliases `deepseek` and `r1`. */
const isDeepSeekModel = (model: string) => model.startsWith('deepseek/') || model === 'deepseek' || model === 'r1';

/** Pure: whether a YAML text may set an entry asked (a quick look before the parser is loaded). */
export function mayNameAiderEntry(text: string): boolean {
	return aiderEntryLine.test(text);
}

const aiderEntryLine = new RegExp(`^[ \\t]*["']?(?:${yamlEntries.join('|')})["']?[ \\t]*:`, 'm');

function readText(file: string): string | undefined {
	const read = readSmallFile(file, maxBytes);
	// A file past the cap is not cut to one that happens to parse: it is left out whole.
	return read?.whole ? read.bytes.toString('utf8') : undefined;
}

/**
 * What Aider's files and AIDER_… variables give it for DeepSeek; nothing where there is none or they cannot be read. Asynchronous: the
 * YAML parser (`parseYaml`, tests give their own) is loaded only where a file may set an entry asked.
 */
export async function readAiderConfig(cwd: string, env: Env, parseYaml: (text: string) => Promise<unknown> = parseYamlText): Promise<AiderConfig> {
	const gitRoot = gitRootOf(cwd);
	const yamls: Array<{yaml: AiderYaml; file: string}> = [];
	for (const {file, shownAs} of aiderFiles('yaml', cwd, env, gitRoot)) {
		const text = readText(file);
		if (text !== undefined && mayNameAiderEntry(text)) yamls.push({yaml: aiderYamlOf(await parseYaml(text)), file: shownAs});
	}
	const merged = mergeAiderYamls(yamls);
	// The YAML's env-file picks the --env-file, so the YAML files are read before the dotenv files.
	const dotenvs = aiderFiles('dotenv', cwd, env, gitRoot, merged.yaml['env-file']).flatMap(({file, shownAs}) => {
		const text = readText(file);
		return text === undefined ? [] : [{values: dotenvValues(text), file: shownAs}];
	});
	return aiderConfigOf(dotenvs, withAiderVariables(merged, dotenvs, env));
}
