// How sentences name the setting of an agent app's file that holds a key or base URL (check --json's
// `elsewhere[].name`), in each language (messages/ only). Most names are the variable or option as the
// file writes it (ANTHROPIC_AUTH_TOKEN, provider.deepseek.options.apiKey) and read as they are; an item
// of one of Aider's list entries (`api-key:` with `- deepseek=sk-…`, `set-env:` with
// `- DEEPSEEK_API_BASE=…`), named `api-key deepseek` in the JSON, is said as the item the user wrote
// under its entry; one of the variables for those entries (`AIDER_API_KEY=deepseek=sk-…`), named
// `AIDER_API_KEY deepseek`, as the item in that variable. A setting of Aider's that an AIDER_… variable
// of the process environment gives has no file: its file is `inEnvironmentFile`, the JSON says
// `inEnvironment: true` instead of a `settingsFile`, and sentences say "AIDER_OPENAI_API_KEY in the
// environment" (see `appSettingPlaceEn` and `appSettingPlaceZh`).
import {agentAppNames, type AgentApp} from '../deepseek/facts.js';
import {sanitize} from './safe.js';

/** Aider's YAML entries whose values are lists of `NAME=value` items, and their variables (configargparse's `AIDER_…`). */
export const aiderListEntries = ['set-env', 'api-key', 'AIDER_SET_ENV', 'AIDER_API_KEY'] as const;
export type AiderListEntry = (typeof aiderListEntries)[number];

/** The name (check --json's `name`) of the value an item of an Aider list entry sets: `api-key deepseek`. */
export const aiderItemName = (entry: AiderListEntry, item: string): string => `${entry} ${item}`;

/** The entry and item a name of `aiderItemName` stands for; undefined for any other name. */
export function aiderItemOf(app: AgentApp, name: string): {entry: AiderListEntry; item: string} | undefined {
	if (app !== 'aider') return undefined;
	const entry = aiderListEntries.find(one => name.startsWith(`${one} `));
	const item = entry === undefined ? '' : name.slice(entry.length + 1);
	return entry === undefined || item === '' ? undefined : {entry, item};
}

const isVariable = (entry: AiderListEntry) => entry.startsWith('AIDER_');

/** "the deepseek= item under api-key", "the deepseek= item of AIDER_API_KEY" (not "in", which "in the environment" may follow); any other name as it is. */
export function appSettingEn(app: AgentApp, name: string): string {
	const listed = aiderItemOf(app, name);
	return listed ? `the ${listed.item}= item ${isVariable(listed.entry) ? 'of' : 'under'} ${listed.entry}` : name;
}

/** "api-key 下的 deepseek=", "AIDER_API_KEY 里的 deepseek=" (Latin at both ends, as the sentences space a name); any other name as it is. */
export function appSettingZh(app: AgentApp, name: string): string {
	const listed = aiderItemOf(app, name);
	return listed ? `${listed.entry} ${isVariable(listed.entry) ? '里的' : '下的'} ${listed.item}=` : name;
}

/** Where an app's base-URL setting is set (its fix to send calls to DeepSeek): Claude Code's in the "env" of its settings file, Codex's in its config file as it is. */
export const appFixPlaceEn = (app: AgentApp, file: string): string => (app === 'claude_code' ? `in the "env" of ${file}` : `in ${file}`);
export const appFixPlaceZh = (app: AgentApp, file: string): string => (app === 'claude_code' ? `在 ${file} 的 "env" 里` : `在 ${file} 里`);

/** The file of a setting the process environment gives (an AIDER_… variable): none. */
export const inEnvironmentFile = '';

/** How Codex CLI's key from `env_key`'s variable is named (check --json's `name`): `model_providers.ds.env_key ($MY_DS_KEY)`. */
export const codexEnvKeyName = (provider: string, variable: string): string => `${provider}.env_key ($${variable})`;

/** Back from such a name (the JSON keeps no `variable` in `elsewhere` and `appKeys`): the variable; undefined for any other name. */
const codexEnvKeyVariable = (name: string): string | undefined => /\.env_key \(\$([^()]+)\)$/.exec(name)?.[1];

/**
 * Where an app's key really lives when no file holds it: the environment variable the app reads it from, in the
 * shell that starts the app — `env_key`'s variable of Codex CLI's config (`variable`, or read back from its name), or
 * an AIDER_… variable of the process environment (`name`, which may be an item: `AIDER_API_KEY deepseek`). Undefined:
 * in its file. The one rule for every sentence that says where a key is or where to put a working one (the
 * check_key_in_tool fix, the wizard's "remember" notice, "… holds a DeepSeek-shaped key", "… sets another").
 */
export function appKeyVariable(app: AgentApp, key: {name: string; file: string; variable?: string | undefined}): string | undefined {
	if (key.variable !== undefined) return key.variable;
	if (app === 'codex') return codexEnvKeyVariable(key.name);
	// Aider's AIDER_… variables, and Claude Code's key variables in the shell (its settings set none).
	return (app === 'aider' || app === 'claude_code') && key.file === inEnvironmentFile ? key.name : undefined;
}

/** An app's setting's place in a check's JSON details: `settingsFile`, or `inEnvironment: true` for the process environment's. */
export const settingsPlaceJson = (file: string): {settingsFile: string} | {inEnvironment: true} => (file === inEnvironmentFile ? {inEnvironment: true} : {settingsFile: file});

/** Back from the JSON: the file as messages take it (`inEnvironmentFile` for the environment's), or `fallback` where neither is said. */
export const settingsFileOfJson = (place: {settingsFile?: string | undefined; inEnvironment?: boolean | undefined}, fallback: string): string =>
	place.inEnvironment === true ? inEnvironmentFile : (place.settingsFile ?? fallback);

/**
 * The subject of "… a DeepSeek-shaped key": "Aider's ~/.aider.conf.yml sets the deepseek= item under api-key to", or for
 * the environment's "AIDER_OPENAI_API_KEY in the environment holds" (capitalised where it starts a sentence).
 */
export function appSetsEn(app: AgentApp, name: string, file: string, start = false): string {
	const variable = appKeyVariable(app, {name, file});
	if (variable === undefined) return `${agentAppNames[app]}'s ${file} sets ${appSettingEn(app, name)} to`;
	const said = `${appSettingEn(app, variable)} in the environment holds`;
	return start ? said.charAt(0).toUpperCase() + said.slice(1) : said;
}

/**
 * The same in Chinese: "Aider 的 ~/.aider.conf.yml 把 api-key 下的 deepseek= 设为", "环境变量 AIDER_OPENAI_API_KEY 的值是",
 * an item "环境变量 AIDER_API_KEY 里的 deepseek= 是" (not "…里的 deepseek= 的值是") (followed by 一个…).
 */
export function appSetsZh(app: AgentApp, name: string, file: string): string {
	const variable = appKeyVariable(app, {name, file});
	if (variable === undefined) return `${agentAppNames[app]} 的 ${file} 把 ${appSettingZh(app, name)} 设为`;
	return `环境变量 ${appSettingZh(app, variable)} ${aiderItemOf(app, variable) ? '是' : '的值是'}`;
}

/** "the deepseek= item under api-key in Aider's ~/.aider.conf.yml", "AIDER_OPENAI_API_KEY in the environment". */
export function appSettingPlaceEn(app: AgentApp, name: string, file: string): string {
	const variable = appKeyVariable(app, {name, file});
	return variable === undefined ? `${appSettingEn(app, name)} in ${agentAppNames[app]}'s ${file}` : `${appSettingEn(app, variable)} in the environment`;
}

/**
 * Where a setting is, as a Chinese noun: "~/.claude/settings.json 里的 env.ANTHROPIC_AUTH_TOKEN", an Aider item
 * "~/.aider.conf.yml 里 api-key 下的 deepseek=", "环境变量 AIDER_OPENAI_API_KEY", Codex's env_key key "环境变量 MY_DS_KEY";
 * `bare`, a variable alone, as a list of variables names it. Never the app: every sentence that says this names the
 * app itself, once, as the one whose key or calls they are ("Claude Code 发送的 key（…）来自 ~/.claude/settings.json
 * 里的 …"), so the place never reads "Claude Code 的 … 中的 … 的 key".
 */
export function appSettingPlaceZh(app: AgentApp, name: string, file: string, bare = false): string {
	// No file at all: the environment's, whichever app (never "来自 里的 …").
	const variable = appKeyVariable(app, {name, file}) ?? (file === inEnvironmentFile ? name : undefined);
	if (variable === undefined) return `${file} ${aiderItemOf(app, name) ? '里' : '里的'} ${appSettingZh(app, name)}`;
	return bare ? appSettingZh(app, variable) : `环境变量 ${appSettingZh(app, variable)}`;
}

/** A phrase after a Chinese word: a space first where it starts with a Latin letter, a digit or `~` (as the sentences space a name). */
export const afterChinese = (text: string): string => (/^[\x21-\x7e]/.test(text) ? ` ${text}` : text);

/**
 * A setting as a reader returns it, its name (and variable) with the key it found masked: a provider's id, a
 * secret's or a variable's name is the user's own text, and may hold the key itself (in any form `sanitize` knows).
 */
export function withKeyMasked<T extends {name: string; variable?: string}>(setting: T, key: string | undefined): T {
	return {...setting, name: sanitize(setting.name, key), ...(setting.variable === undefined ? {} : {variable: sanitize(setting.variable, key)})};
}
