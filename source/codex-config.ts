// The key and base URL OpenAI's Codex CLI sends to DeepSeek, from its config files as its Rust loader merges them
// (codex-rs/config/src/loader/mod.rs, read at openai/codex 1288313772f2e0defbd9c0e5b7b29fbb41111079):
// - the file layers, weakest first: the system's `/etc/codex/config.toml` (Windows: `%ProgramData%\OpenAI\Codex\
//   config.toml`), the user's `$CODEX_HOME/config.toml` (`CODEX_HOME` relative to the folder run in; by default
//   `~/.codex/config.toml`), and on top of every layer the legacy `/etc/codex/managed_config.toml` (Unix only); merged
//   table into table, a later layer's value replacing an earlier one's (merge_toml_values). Each value found is named
//   by the file it came from;
// - a project's `.codex/config.toml` (in each folder from the project's root, the nearest folder above holding one of
//   `project_root_markers`, by default `.git`, down to the folder run in) is a layer too, but Codex drops its
//   `model_provider`, `model_providers`, `profile` and `profiles` (PROJECT_LOCAL_CONFIG_DENYLIST), trusted or not (an
//   untrusted project's layer is disabled whole): it never picks the provider nor its key. Where it would set a
//   DeepSeek provider, `ignored` names it, for the one sentence that says Codex ignores it;
// - `[model_providers.<id>]` tables add providers: `base_url` (where its calls go), `env_key` (the NAME of the
//   environment variable whose value is the key) and `experimental_bearer_token` (a key written in the file);
//   a table whose id is a built-in provider's (`openai`, `amazon-bedrock`, `ollama`, `lmstudio`) is ignored, as Codex
//   keeps its own (merge_configured_model_providers);
// - `model_provider` picks the provider used (default `openai`), or `model_provider` in the `[profiles.<name>]`
//   that a top-level `profile = "<name>"` selects (Codex before 0.134);
// - the key: where `env_key` is set, that variable's value (non-blank; unset, Codex stops with an error, and the
//   bearer token is not used), else the bearer token (model_provider_info api_key(), then the auth resolver, whose
//   last step sends auth.json's sign-in: not read here).
// Providers asked: the one in use, then those a profile picks (`codex --profile NAME`), then the others, in the
// file's order, each only where its `base_url` is one the provider table knows: DeepSeek's, a relay's, or OpenAI's own
// API (a DeepSeek key sent there is refused: appKeysToVendor in checks/app-keys.ts says so; a local model server's is none of ours). The key is the first DeepSeek-shaped one; the base URL that provider's, else the
// first asked one's. Not read: the command line (`-c`, `--profile`, `--model`), profile files
// (`$CODEX_HOME/NAME.config.toml`, chosen only by `--profile NAME`), auth.json, macOS managed preferences and cloud
// configs. Only named (the key masked) and compared, never sent on their own. Regular files only, 256 KiB at most;
// anything odd is nothing. The TOML parser is loaded only where one of the files mentions `model_providers`. Never throws.
import {existsSync, realpathSync} from 'node:fs';
import path from 'node:path';
import {isFolder} from './folder.js';
import {isJsonObject} from './json.js';
import {detectByHost} from './providers/host.js';
import {readSmallFile} from './small-file.js';
import {codexEnvKeyName, withKeyMasked} from './text/app-setting.js';
import {deepseekKeyPattern, sanitize} from './text/safe.js';

type Env = Readonly<Record<string, string | undefined>>;

/** `name` as messages show it (`model_providers.deepseek.env_key ($DEEPSEEK_API_KEY)`), `file` as they name it (`~/.codex/config.toml`). */
type CodexValue = {name: string; value: string; file: string; variable?: string};
/** `ignored`: a project's `.codex/config.toml` that sets a DeepSeek provider Codex ignores, and the user's file it takes one from instead (as messages name them). */
type CodexConfig = Readonly<{key?: CodexValue; baseUrl?: CodexValue; ignored?: Readonly<{file: string; instead: string}>}>;
const noCodexConfig: CodexConfig = {};

/** Codex's config file, as messages name it where `CODEX_HOME` is not set. */
const codexUserFile = '~/.codex/config.toml';

const maxBytes = 256 * 1024;
/** The built-in providers: a `[model_providers.<id>]` table of the same id leaves them as they are. */
const builtInProviders = new Set(['openai', 'amazon-bedrock', 'ollama', 'lmstudio']);

/** Codex's config file: `config.toml` in `CODEX_HOME` (relative to the folder run in), else in `~/.codex`. */
export function codexConfigFile(cwd: string, env: Env): {file: string; shownAs: string} | undefined {
	const custom = env.CODEX_HOME?.trim();
	if (custom) return {file: path.join(path.resolve(cwd, custom), 'config.toml'), shownAs: `${sanitize(custom).replace(/[/\\]+$/, '')}/config.toml`};
	const home = env.HOME?.trim() || env.USERPROFILE?.trim();
	return home ? {file: path.join(home, '.codex', 'config.toml'), shownAs: codexUserFile} : undefined;
}

/** The system's folder of Codex's config: `/etc/codex`, on Windows `%ProgramData%\OpenAI\Codex`. */
export function codexSystemDir(env: Env, platform: NodeJS.Platform = process.platform): string {
	return platform === 'win32' ? path.win32.join(env.ProgramData?.trim() || 'C:\\ProgramData', 'OpenAI', 'Codex') : '/etc/codex';
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** Pure: the provider ids in the order asked: the one in use, those the profiles pick, then every other table's. */
export function codexProviderOrder(parsed: Record<string, unknown>): string[] {
	const profiles = isJsonObject(parsed['profiles']) ? parsed['profiles'] : {};
	const profileOf = (name: string | undefined) => (name !== undefined && isJsonObject(profiles[name]) ? text(profiles[name]['model_provider']) : undefined);
	const inUse = profileOf(text(parsed['profile'])) ?? text(parsed['model_provider']) ?? 'openai';
	const picked = Object.keys(profiles).flatMap(name => profileOf(name) ?? []);
	const tables = isJsonObject(parsed['model_providers']) ? Object.keys(parsed['model_providers']) : [];
	return [...new Set([inUse, ...picked, ...tables])];
}

/** Where a value of the merged config came from, by its path (`['model_providers', 'ds', 'env_key']`): the file as messages name it. */
type CodexOrigin = (at: readonly string[]) => string;

/**
 * Pure: the key and base URL Codex sends to DeepSeek, from its parsed (merged) config and this environment (`env_key`'s
 * variable); each named by the file its setting came from (`file`: one file for all, or each value's origin). A
 * provider whose `env_key` names an unset or blank variable gives no key (Codex stops there).
 */
export function codexConfigOf(parsed: unknown, file: string | CodexOrigin, env: Env): CodexConfig {
	if (!isJsonObject(parsed) || !isJsonObject(parsed['model_providers'])) return noCodexConfig;
	const tables = parsed['model_providers'];
	const origin: CodexOrigin = typeof file === 'string' ? () => file : file;
	const asked = codexProviderOrder(parsed).flatMap(id => {
		const table = builtInProviders.has(id) ? undefined : tables[id];
		if (!isJsonObject(table)) return [];
		const base = text(table['base_url']);
		if (base === undefined || detectByHost(base) === undefined) return [];
		// The names come from the user's file and are shown: sanitised like any text the tool did not write.
		const at = `model_providers.${sanitize(id)}`;
		const from = (setting: string) => origin(['model_providers', id, setting]);
		const envKey = text(table['env_key']);
		const token = text(table['experimental_bearer_token']);
		const fromEnv = envKey === undefined ? undefined : text(env[envKey]);
		const key: CodexValue | undefined =
			envKey !== undefined
				? fromEnv === undefined
					? undefined
					: {name: codexEnvKeyName(at, sanitize(envKey)), value: fromEnv, file: from('env_key'), variable: sanitize(envKey)}
				: token === undefined
					? undefined
					: {name: `${at}.experimental_bearer_token`, value: token, file: from('experimental_bearer_token')};
		return [{key, baseUrl: {name: `${at}.base_url`, value: base, file: from('base_url')} satisfies CodexValue}];
	});
	const withKey = asked.find(provider => provider.key !== undefined && deepseekKeyPattern.test(provider.key.value));
	const chosen = withKey ?? asked[0];
	if (!chosen) return noCodexConfig;
	const found = withKey?.key?.value;
	return {...(withKey?.key ? {key: withKeyMasked(withKey.key, found)} : {}), baseUrl: withKeyMasked(chosen.baseUrl, found)};
}

/** Pure: whether a config's text may define a provider (a quick look before the parser is loaded). */
export function mayDefineCodexProvider(configText: string): boolean {
	return /model_providers/.test(configText);
}

/** A TOML document as plain data; undefined where it is not one. */
export async function parseTomlText(configText: string): Promise<unknown> {
	try {
		const {parse} = await import('smol-toml');
		return parse(configText.replace(/^\uFEFF/, ''));
	} catch {
		return undefined;
	}
}

/** One config file's text, and the file as messages name it. */
type LayerText = {text: string; shownAs: string};
/** The merged config so far, and where each value came from. */
type Merged = {config: Record<string, unknown>; origins: Map<string, string>};

const pathKey = (at: readonly string[]) => at.join('\u0000');

/** Pure: `overlay` merged over `base` as Codex's merge_toml_values does (tables into tables; anything else replaces), each value's file noted. */
function mergeValue(base: unknown, overlay: unknown, file: string, origins: Map<string, string>, at: readonly string[]): unknown {
	if (!isJsonObject(overlay)) {
		origins.set(pathKey(at), file);
		return overlay;
	}
	const merged: Record<string, unknown> = isJsonObject(base) ? {...base} : {};
	for (const [name, value] of Object.entries(overlay)) merged[name] = mergeValue(isJsonObject(base) ? base[name] : undefined, value, file, origins, [...at, name]);
	return merged;
}

/** Pure: the layers, weakest first, merged into one config (a layer that is no TOML table adds nothing, as Codex would stop on it). */
function mergeCodexLayers(layers: ReadonlyArray<{parsed: unknown; file: string}>): Merged {
	const origins = new Map<string, string>();
	let config: Record<string, unknown> = {};
	for (const layer of layers) if (isJsonObject(layer.parsed)) config = mergeValue(config, layer.parsed, layer.file, origins, []) as Record<string, unknown>;
	return {config, origins};
}

const originOf = (merged: Merged, fallback: string): CodexOrigin => at => merged.origins.get(pathKey(at)) ?? fallback;

/** Pure: whether a provider table sends to DeepSeek or a relay the tool knows (and is not a built-in's id, which Codex keeps). */
const isDeepSeekTable = (id: string, table: unknown): boolean => !builtInProviders.has(id) && isJsonObject(table) && detectByHost(text(table['base_url']) ?? '') !== undefined;

/**
 * Pure: the project file whose DeepSeek provider Codex ignores, the nearest to the folder run in: one whose own
 * `[model_providers.<id>]` sends to DeepSeek or a known relay, or whose `model_provider` picks such a provider of the
 * other files other than the one they pick. `merged`: the other files' config.
 */
function ignoredCodexProjectFile(merged: Record<string, unknown>, projects: ReadonlyArray<{parsed: unknown; file: string}>): string | undefined {
	const tables = isJsonObject(merged['model_providers']) ? merged['model_providers'] : {};
	const inUse = codexProviderOrder(merged)[0];
	const setsOne = (parsed: unknown): boolean => {
		if (!isJsonObject(parsed)) return false;
		const own = isJsonObject(parsed['model_providers']) ? parsed['model_providers'] : {};
		if (Object.entries(own).some(([id, table]) => isDeepSeekTable(id, table))) return true;
		const picked = text(parsed['model_provider']);
		return picked !== undefined && picked !== inUse && isDeepSeekTable(picked, tables[picked]);
	};
	return projects.findLast(project => setsOne(project.parsed))?.file;
}

/** The project's folders Codex looks in for `.codex/`, its root first: from the nearest folder above holding a marker down to `cwd` (only `cwd` where none does, or there are no markers). */
function codexProjectFolders(cwd: string, markers: readonly string[], has: (file: string) => boolean = existsSync): string[] {
	const start = path.resolve(cwd);
	const folders: string[] = [];
	for (let folder = start; ; folder = path.dirname(folder)) {
		folders.unshift(folder);
		if (markers.length === 0) return [start];
		if (markers.some(marker => has(path.join(folder, marker)))) return folders;
		if (path.dirname(folder) === folder) return [start];
	}
}

/** Pure: the merged config's `project_root_markers` (a list of names), else Codex's default `.git`. */
function codexProjectRootMarkers(config: Record<string, unknown>): string[] {
	const markers = config['project_root_markers'];
	return Array.isArray(markers) && markers.every(marker => typeof marker === 'string') ? markers : ['.git'];
}

function readLayer(file: string, shownAs: string): LayerText | undefined {
	const read = readSmallFile(file, maxBytes);
	// A file past the cap is not cut to a config that happens to parse: it is left out whole.
	return read?.whole ? {text: read.bytes.toString('utf8'), shownAs} : undefined;
}

const realFolder = (folder: string): string => {
	try {
		return realpathSync(folder);
	} catch {
		return path.resolve(folder);
	}
};

/** What readCodexConfig reads: `parseToml` (tests give their own), `systemDir` (the system's folder; tests give a temporary one). */
type CodexReadOptions = {parseToml?: (text: string) => Promise<unknown>; systemDir?: string; platform?: NodeJS.Platform};

/**
 * What Codex's config files give it for DeepSeek; nothing where there is none or they cannot be read. Asynchronous:
 * the TOML parser is loaded only where one of the files mentions `model_providers`.
 */
export async function readCodexConfig(cwd: string, env: Env, options: CodexReadOptions = {}): Promise<CodexConfig> {
	const parseToml = options.parseToml ?? parseTomlText;
	const platform = options.platform ?? process.platform;
	const systemDir = options.systemDir ?? codexSystemDir(env, platform);
	const user = codexConfigFile(cwd, env);
	const inSystem = (name: string) => ({file: path.join(systemDir, name), shownAs: sanitize(path.join(systemDir, name))});
	const layerFiles = [inSystem('config.toml'), ...(user ? [user] : []), ...(platform === 'win32' ? [] : [inSystem('managed_config.toml')])];
	const layers = layerFiles.flatMap(({file, shownAs}) => readLayer(file, shownAs) ?? []);
	const parsed = new Map<LayerText, Promise<unknown>>();
	const parse = (layer: LayerText) => parsed.get(layer) ?? parsed.set(layer, parseToml(layer.text)).get(layer)!;
	const mergeOf = async (texts: readonly LayerText[]) => mergeCodexLayers(await Promise.all(texts.map(async layer => ({parsed: await parse(layer), file: layer.shownAs}))));
	// The project's root needs the markers, which only a file that names them changes.
	const markers = layers.some(layer => /project_root_markers/.test(layer.text)) ? codexProjectRootMarkers((await mergeOf(layers)).config) : ['.git'];
	const codexHome = user ? realFolder(path.dirname(user.file)) : undefined;
	const projects = codexProjectFolders(cwd, markers).flatMap(folder => {
		const dotCodex = path.join(folder, '.codex');
		if (!isFolder(dotCodex) || realFolder(dotCodex) === codexHome) return [];
		const file = path.join(dotCodex, 'config.toml');
		return readLayer(file, sanitize(path.relative(path.resolve(cwd), file).split(path.sep).join('/'))) ?? [];
	});
	if (![...layers, ...projects].some(layer => mayDefineCodexProvider(layer.text))) return noCodexConfig;
	// A layer that is no TOML table stops Codex before it sends anything.
	if ((await Promise.all(layers.map(parse))).some(one => !isJsonObject(one))) return noCodexConfig;
	const merged = await mergeOf(layers);
	const real = codexConfigOf(merged.config, originOf(merged, user?.shownAs ?? codexUserFile), env);
	const projectLayers = await Promise.all(projects.map(async layer => ({parsed: await parse(layer), file: layer.shownAs})));
	const ignoredFile = ignoredCodexProjectFile(merged.config, projectLayers);
	return ignoredFile === undefined ? real : {...real, ignored: {file: ignoredFile, instead: user?.shownAs ?? codexUserFile}};
}
