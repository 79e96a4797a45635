// Whose a remembered diagnosis was, where it is not the key or base URL in use now (en): the wizard's start
// screen and `config` say it with these. Which key it was is told by where it came from: "another key" alone
// told a stranger nothing where the start screen names no source for it (a pasted key, an app's).
import {agentAppNames, isAgentApp} from '../deepseek/facts.js';
import type {KeySource} from '../checks/types.js';
import {localized, type Messages} from './language.js';
import * as zhCN from './zh-CN/whose.js';

/** The same source as now, with another key in it: what it held then. */
const sameSourceEn: Partial<Record<KeySource, string>> = {
	env: 'for the key DEEPSEEK_API_KEY held then, not the one it holds now',
	dotenv: 'for the key a .env file held then, not the one it holds now',
	remembered: 'for the key remembered then, not the one remembered now',
};

/** Another source than now's. */
const otherSourceEn: Partial<Record<KeySource, string>> = {
	env: 'for the key in DEEPSEEK_API_KEY, not the one in use now',
	dotenv: 'for the key in a .env file, not the one in use now',
	remembered: 'for the remembered key, not the one in use now',
	prompt: 'for a key you pasted, not the one in use now',
};

/** Last time's key, by where it came from (`before`; absent in files from before it was kept) beside where the key in use comes from (`current`). */
function otherKeyEn(before: KeySource | undefined, current: KeySource | undefined): string {
	if (isAgentApp(before)) return `for ${agentAppNames[before]}'s key, not the one in use now`;
	return (before !== undefined && before === current ? sameSourceEn[before] : undefined) ?? (before === undefined ? undefined : otherSourceEn[before]) ?? 'for another key than the one in use now';
}

const whoseMessagesEn = {
	/** Last time's result was found at another base URL (`changed`), or with another key: which, as one clause of a sentence. */
	/** `keyWas`: where last time's key came from (absent in files from before it was kept); `keyIs`: where the key in use comes from. */
	elsewhere: (p: {changed: 'baseUrl' | 'key'; keyWas?: KeySource | undefined; keyIs?: KeySource | undefined}) =>
		p.changed === 'baseUrl' ? 'at another base URL than the one in use now' : otherKeyEn(p.keyWas, p.keyIs),
};

// Every table above in each language; the Simplified Chinese ones are in zh-CN/whose.ts, of the same types.
export type WhoseMessages = Messages<typeof whoseMessagesEn>;
export const whoseMessages: WhoseMessages = localized({en: whoseMessagesEn, 'zh-CN': zhCN.whoseMessages});
