// Whose a remembered diagnosis was, where it is not the key or base URL in use now (en): the wizard's start
// screen and `config` say it with these. Which key it was is told by where it came from: "another key" alone
// told a stranger nothing where the start screen names no source for it (a pasted key, an app's).
import {agentAppNames} from '../deepseek/facts.js';
import type {KeySource} from '../checks/types.js';
import {localized, type Messages} from './language.js';
import {whoseKey, type WhoseKey} from '../settings/whose-key.js';
import * as zhCN from './zh-CN/whose.js';

/**
 * Which key or base URL, and the rest of the clause (which it was not); `short`, where `which` alone is too long for a
 * short window's line (two rows at 40 columns, with the verdict's name): that line says it so, without the rest.
 */
type Whose = readonly [which: string, rest: string, short?: string];

/** The same source as now, with another key in it: what it held then. */
const sameSourceEn: Record<Extract<WhoseKey, {kind: 'sameSource'}>['source'], Whose> = {
	env: ['for the key DEEPSEEK_API_KEY held then', ', not the one it holds now', "for DEEPSEEK_API_KEY's old key"],
	dotenv: ['for the key a .env file held then', ', not the one it holds now', "for a .env file's old key"],
	remembered: ['for the key remembered then', ', not the one remembered now'],
};

/** Another source than now's. */
const otherSourceEn: Record<Extract<WhoseKey, {kind: 'otherSource'}>['source'], string> = {
	env: 'for the key in DEEPSEEK_API_KEY',
	dotenv: 'for the key in a .env file',
	remembered: 'for the remembered key',
	prompt: 'for a key you pasted',
};

const notInUseEn = ', not the one in use now';

/** Last time's key, in the case settings/whose-key.ts chose. */
function otherKeyEn(key: WhoseKey): Whose {
	switch (key.kind) {
		case 'app':
			return [`for ${agentAppNames[key.app]}'s key`, notInUseEn];
		case 'sameSource':
			return sameSourceEn[key.source];
		case 'otherSource':
			return [otherSourceEn[key.source], notInUseEn];
		case 'unknown':
			return ['for another key', ' than the one in use now'];
	}
}

const whoseMessagesEn = {
	/**
	 * Last time's result was found at another base URL (`changed`), or with another key: which, as one clause of a sentence.
	 * `keyWas`: where last time's key came from (absent in files from before it was kept); `keyIs`: where the key in use
	 * comes from; `short`: which alone, without "not the one in use now" (a short window's line, under the one in use).
	 */
	elsewhere: (p: {changed: 'baseUrl' | 'key'; keyWas?: KeySource | undefined; keyIs?: KeySource | undefined; short?: boolean}) => {
		const [which, rest, short = which] = p.changed === 'baseUrl' ? ['at another base URL', ' than the one in use now'] : otherKeyEn(whoseKey(p.keyWas, p.keyIs));
		return p.short ? short : which + rest;
	},
};

// Every table above in each language; the Simplified Chinese ones are in zh-CN/whose.ts, of the same types.
export type WhoseMessages = Messages<typeof whoseMessagesEn>;
export const whoseMessages: WhoseMessages = localized({en: whoseMessagesEn, 'zh-CN': zhCN.whoseMessages});
