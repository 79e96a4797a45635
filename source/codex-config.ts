// The key and base URL OpenAI's Codex CLI sends to DeepSeek, from its own config file: `$CODEX_HOME/config.toml`
// (`CODEX_HOME` relative to the folder run in; by default `~/.codex/config.toml`), as its Rust loader reads it:
// - `[model_providers.<id>]` tables add providers: `base_url` (where its calls go), `env_key` (the NAME of the
//   environment variable whose value is the key) and `experimental_bearer_token` (a key written in the file);
//   a table whose id is a built-in provider's (`openai`, `ollama`, `lmstudio`) is ignored, as Codex keeps its own;
// - `model_provider` picks the provider used (default `openai`), or `model_provider` in the `[profiles.<name>]`
//   that a top-level `profile = "<name>"` selects (Codex before 0.134);
// - the key: where `env_key` is set, that variable's value (non-blank; unset, Codex stops with an error, and the
//   bearer token is not used), else the bearer token (model_provider_info.rs api_key(), then the auth resolver).
// Providers asked: the one in use, then those a profile picks (`codex --profile NAME`), then the others, in the
// file's order, each only where its `base_url` is DeepSeek's or a relay's the tool knows (a local model server's
// and OpenAI's are none of ours). The key is the first DeepSeek-shaped one; the base URL that provider's, else the
// first asked one's. Not read: the command line (`-c`, `--profile`, `--model`), profile files
// (`~/.codex/NAME.config.toml`, chosen on the command line), a project's `.codex/config.toml` (read by Codex only
// for a project trusted in config.toml), managed and cloud configs. Only named (the key masked) and compared,
// never sent on their own. Regular files only, 256 KiB at most; anything odd is nothing. Never throws.
import path from 'node:path';
import {isJsonObject} from './json.js';
import {detectByHost} from './providers/host.js';
import {readSmallFile} from './small-file.js';
import {deepseekKeyPattern, sanitize} from './text/safe.js';

type Env = Readonly<Record<string, string | undefined>>;

/** `name` as messages show it (`model_providers.deepseek.env_key ($DEEPSEEK_API_KEY)`), `file` as they name it (`~/.codex/config.toml`). */
export type CodexValue = {name: string; value: string; file: string; variable?: string};
export type CodexConfig = Readonly<{key?: CodexValue; baseUrl?: CodexValue}>;
export const noCodexConfig: CodexConfig = {};

/** Codex's config file, as messages name it where `CODEX_HOME` is not set. */
export const codexUserFile = '~/.codex/config.toml';

const maxBytes = 256 * 1024;
/** The built-in providers: a `[model_providers.<id>]` table of the same id leaves them as they are. */
const builtInProviders = new Set(['openai', 'ollama', 'lmstudio']);

/** Codex's config file: `config.toml` in `CODEX_HOME` (relative to the folder run in), else in `~/.codex`. */
export function codexConfigFile(cwd: string, env: Env): {file: string; shownAs: string} | undefined {
	const custom = env.CODEX_HOME?.trim();
	if (custom) return {file: path.join(path.resolve(cwd, custom), 'config.toml'), shownAs: `${sanitize(custom).replace(/[/\\]+$/, '')}/config.toml`};
	const home = env.HOME?.trim() || env.USERPROFILE?.trim();
	return home ? {file: path.join(home, '.codex', 'config.toml'), shownAs: codexUserFile} : undefined;
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

/**
 * Pure: the key and base URL Codex sends to DeepSeek, from its parsed config.toml and this environment (`env_key`'s
 * variable). A provider whose `env_key` names an unset or blank variable gives no key (Codex stops there).
 */
export function codexConfigOf(parsed: unknown, file: string, env: Env): CodexConfig {
	if (!isJsonObject(parsed) || !isJsonObject(parsed['model_providers'])) return noCodexConfig;
	const tables = parsed['model_providers'];
	const asked = codexProviderOrder(parsed).flatMap(id => {
		const table = builtInProviders.has(id) ? undefined : tables[id];
		if (!isJsonObject(table)) return [];
		const base = text(table['base_url']);
		if (base === undefined || detectByHost(base) === undefined) return [];
		// The names come from the user's file and are shown: sanitised like any text the tool did not write.
		const at = `model_providers.${sanitize(id)}`;
		const envKey = text(table['env_key']);
		const token = text(table['experimental_bearer_token']);
		const fromEnv = envKey === undefined ? undefined : text(env[envKey]);
		const key: CodexValue | undefined =
			envKey !== undefined
				? fromEnv === undefined
					? undefined
					: {name: `${at}.env_key ($${sanitize(envKey)})`, value: fromEnv, file, variable: sanitize(envKey)}
				: token === undefined
					? undefined
					: {name: `${at}.experimental_bearer_token`, value: token, file};
		return [{key, baseUrl: {name: `${at}.base_url`, value: base, file} satisfies CodexValue}];
	});
	const withKey = asked.find(provider => provider.key !== undefined && deepseekKeyPattern.test(provider.key.value));
	const chosen = withKey ?? asked[0];
	if (!chosen) return noCodexConfig;
	return {...(withKey?.key ? {key: withKey.key} : {}), baseUrl: chosen.baseUrl};
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

/**
 * What Codex's config file gives it for DeepSeek; nothing where there is none or it cannot be read. Asynchronous:
 * the TOML parser (`parseToml`, tests give their own) is loaded only where the file may define a provider.
 */
export async function readCodexConfig(cwd: string, env: Env, parseToml: (text: string) => Promise<unknown> = parseTomlText): Promise<CodexConfig> {
	const place = codexConfigFile(cwd, env);
	if (!place) return noCodexConfig;
	const read = readSmallFile(place.file, maxBytes);
	// A file past the cap is not cut to a config that happens to parse: it is left out whole.
	if (!read?.whole) return noCodexConfig;
	const configText = read.bytes.toString('utf8');
	if (!mayDefineCodexProvider(configText)) return noCodexConfig;
	return codexConfigOf(await parseToml(configText), place.shownAs, env);
}
