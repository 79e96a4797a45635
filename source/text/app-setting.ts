// How sentences name the setting of an agent app's file that holds a key or base URL (check --json's
// `elsewhere[].name`), in each language (messages/ only). Most names are the variable or option as the
// file writes it (ANTHROPIC_AUTH_TOKEN, provider.deepseek.options.apiKey) and read as they are; an item
// of one of Aider's list entries (`api-key:` with `- deepseek=sk-…`, `set-env:` with
// `- DEEPSEEK_API_BASE=…`), named `api-key deepseek` in the JSON, is said as the item the user wrote
// under its entry.
import type {AgentApp} from '../deepseek/facts.js';

/** Aider's YAML entries whose values are lists of `NAME=value` items. */
export const aiderListEntries = ['set-env', 'api-key'] as const;
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

/** "the deepseek= item under api-key"; any other name as it is. */
export function appSettingEn(app: AgentApp, name: string): string {
	const listed = aiderItemOf(app, name);
	return listed ? `the ${listed.item}= item under ${listed.entry}` : name;
}

/** "api-key 下的 deepseek=" (Latin at both ends, as the sentences space a name); any other name as it is. */
export function appSettingZh(app: AgentApp, name: string): string {
	const listed = aiderItemOf(app, name);
	return listed ? `${listed.entry} 下的 ${listed.item}=` : name;
}
