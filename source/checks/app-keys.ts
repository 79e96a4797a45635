// Which agent apps send another DeepSeek key than the one checked: their calls bill that key's account. Pure: the
// apps' findings (app-settings.ts) are read by the caller. key_present warns with it (after the requests are on the
// wire), and the wizard's start screen notes it (tree/known.ts).
import {appSentKey} from '../context.js';
import {noAppSettings, type AppFound, type AppSettings} from '../app-settings.js';
import {agentApps, agentAppUserFiles, anthropicBaseUrl, defaultBaseUrl, keyEnvVar, type AgentApp} from '../deepseek/facts.js';
import {normaliseBaseUrl, ownApiVendor} from '../deepseek/url.js';
import {detectByHost} from '../providers/detect.js';
import {settingsFileOfJson, settingsPlaceJson} from '../text/app-setting.js';
import {maskKey} from '../text/safe.js';

/** An agent app whose settings give it another DeepSeek-shaped key than the one checked (key_present's `appKeys`): masked, never whole. */
export type AppKeyElsewhere = {source: AgentApp; name: string; masked: string; settingsFile?: string; inEnvironment?: true};

/** DEEPSEEK_API_KEY in a `.env` file (`.env`, `../.env`, `~/.env`), as Aider's reader names what it loads from one. */
const isPlainDotenvKey = (found: {name: string; file: string}): boolean => found.name === keyEnvVar && /(?:^|[/\\])\.env$/.test(found.file);

/** Where an app without a base URL in its settings sends: Claude Code to ANTHROPIC_BASE_URL of the environment, else Anthropic's own; the others' DeepSeek providers to DeepSeek's. */
const anthropicDefault = 'https://api.anthropic.com';
function appSendsTo(app: AgentApp, found: AppFound, env: Readonly<Record<string, string | undefined>>): string | undefined {
	const set = found.baseUrl?.value ?? (app === 'claude_code' ? env.ANTHROPIC_BASE_URL || anthropicDefault : defaultBaseUrl);
	const parsed = normaliseBaseUrl(set);
	return parsed.ok ? parsed.value.url : undefined;
}

/**
 * The agent apps that send another DeepSeek-shaped key than `key` (trimmed) to DeepSeek's API or to `baseUrl` (the one
 * checked, normalised), in the apps' order: their calls bill that key's account. An app sent to a relay (its own key
 * there is the relay's) or to Anthropic's API is left out, and so is DEEPSEEK_API_KEY in a `.env` file Aider loads: any
 * program here may load that file, and the folder's .env has its own sentence (otherInProjectEnv).
 */
export function otherAppKeys(key: string, baseUrl: string, env: Readonly<Record<string, string | undefined>>, apps: AppSettings = noAppSettings): AppKeyElsewhere[] {
	return agentApps.flatMap(source => {
		const found = apps[source];
		// The key it really sends: its settings', else (Claude Code) the shell's, as appKeysToVendor reads it.
		const sent = appSentKey(source, found, env);
		if (!found || !sent || sent.value.trim() === key.trim() || isPlainDotenvKey(sent)) return [];
		const url = appSendsTo(source, found, env);
		if (url === undefined || (url !== baseUrl && detectByHost(url)?.id !== 'deepseek')) return [];
		return [{source, name: sent.name, masked: maskKey(sent.value.trim()), ...settingsPlaceJson(sent.file)}];
	});
}

/**
 * An agent app that sends a DeepSeek-shaped key to its vendor's own API (key_present's `appKeysToVendor`): `host` where it
 * goes, `setting` what sends it to `deepSeekUrl` instead. `inEnvironment`: the key is the shell's (its settings set none),
 * and `baseUrlFile` the settings file whose base URL sends it there, where one does.
 */
export type AppKeyToVendor = {source: AgentApp; name: string; masked: string; settingsFile?: string; inEnvironment?: true; baseUrlFile?: string; host: string; setting: string; deepSeekUrl: string};

/** The settings file where `setting` is set to fix it: the one whose base URL sends the key there, else the key's, else the app's user file. */
export const vendorFixFile = (sent: AppKeyToVendor): string => sent.baseUrlFile ?? (settingsFileOfJson(sent, agentAppUserFiles[sent.source]) || agentAppUserFiles[sent.source]);

/**
 * The setting that sends an app's calls to DeepSeek instead of its vendor's own API, and DeepSeek's address for it:
 * Claude Code's ANTHROPIC_BASE_URL (its calls go to api.anthropic.com where its settings set none) to DeepSeek's
 * /anthropic; Codex's DeepSeek provider's own `base_url` (`model_providers.<id>.base_url`, in the file that sets it)
 * to DeepSeek's root, as Codex speaks OpenAI's format. The other apps' readers give only the keys of their DeepSeek
 * providers, which call DeepSeek's API unless their settings say otherwise.
 */
function vendorFixOf(app: AgentApp, found: AppFound): {setting: string; deepSeekUrl: string; file?: string} | undefined {
	if (app === 'claude_code') return {setting: 'ANTHROPIC_BASE_URL', deepSeekUrl: anthropicBaseUrl};
	return app === 'codex' && found.baseUrl ? {setting: found.baseUrl.name, deepSeekUrl: defaultBaseUrl, file: found.baseUrl.file} : undefined;
}

/**
 * The agent apps that send a DeepSeek-shaped key (any, the one checked too) to their vendor's own API, which refuses it
 * (a 401): the same rule as another tool's variable (context.ts sendsElsewhere). An Anthropic key there is that app's
 * own work; a base URL set to DeepSeek's (in the settings, or for Claude Code in the environment) is no mistake.
 */
export function appKeysToVendor(env: Readonly<Record<string, string | undefined>>, apps: AppSettings = noAppSettings): AppKeyToVendor[] {
	return agentApps.flatMap(source => {
		const found = apps[source];
		// The key it really sends: its settings', else (Claude Code) the shell's.
		const sent = appSentKey(source, found, env);
		const fix = found && vendorFixOf(source, found);
		const url = found && sent && fix ? appSendsTo(source, found, env) : undefined;
		if (!sent || !fix || url === undefined || ownApiVendor(url) === undefined) return [];
		const place = settingsPlaceJson(sent.file);
		// The file the fix names, where it is not the key's: Codex's base_url's own; Claude Code's base URL's where the key is the shell's.
		const baseUrlFile = fix.file ?? ('inEnvironment' in place ? found?.baseUrl?.file : undefined);
		return [{source, name: sent.name, masked: maskKey(sent.value.trim()), ...place, ...(baseUrlFile && baseUrlFile !== sent.file ? {baseUrlFile} : {}), host: URL.parse(url)?.host ?? url, setting: fix.setting, deepSeekUrl: fix.deepSeekUrl}];
	});
}
