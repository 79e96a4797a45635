// Which agent apps send another DeepSeek key than the one checked: their calls bill that key's account. Pure: the
// apps' findings (app-settings.ts) are read by the caller. key_present warns with it (after the requests are on the
// wire), and the wizard's start screen notes it (tree/known.ts).
import {appKey} from '../context.js';
import {noAppSettings, type AppFound, type AppSettings} from '../app-settings.js';
import {agentApps, defaultBaseUrl, keyEnvVar, type AgentApp} from '../deepseek/facts.js';
import {normaliseBaseUrl} from '../deepseek/url.js';
import {detectByHost} from '../providers/detect.js';
import {settingsPlaceJson} from '../text/app-setting.js';
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
		const sent = appKey(found);
		if (!found || !sent || sent.value.trim() === key.trim() || isPlainDotenvKey(sent)) return [];
		const url = appSendsTo(source, found, env);
		if (url === undefined || (url !== baseUrl && detectByHost(url)?.id !== 'deepseek')) return [];
		return [{source, name: sent.name, masked: maskKey(sent.value.trim()), ...settingsPlaceJson(sent.file)}];
	});
}
