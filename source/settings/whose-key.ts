// Which case a remembered result's key is, beside the key in use now: chosen once here, worded by each
// language's whose.ts (messages/whose.ts, messages/zh-CN/whose.ts), so both always tell the same case.
import type {KeySource} from '../checks/types.js';
import {isAgentApp, type AgentApp} from '../deepseek/facts.js';

/** Sources whose old key a sentence can name as "what it held then". */
export const sameSourceKeys = ['env', 'dotenv', 'remembered'] as const;
/** Sources a sentence can name as another source than now's. */
export const otherSourceKeys = ['env', 'dotenv', 'remembered', 'prompt'] as const;

export type WhoseKey =
	| {kind: 'app'; app: AgentApp}
	| {kind: 'sameSource'; source: (typeof sameSourceKeys)[number]}
	| {kind: 'otherSource'; source: (typeof otherSourceKeys)[number]}
	| {kind: 'unknown'};

const isIn = <T extends string>(list: readonly T[], value: string | undefined): value is T => list.includes(value as T);

/** Last time's key, by where it came from (`before`; absent in files from before it was kept), beside where the key in use comes from (`current`). */
export function whoseKey(before: KeySource | undefined, current: KeySource | undefined): WhoseKey {
	if (isAgentApp(before)) return {kind: 'app', app: before};
	if (before === current && isIn(sameSourceKeys, before)) return {kind: 'sameSource', source: before};
	if (isIn(otherSourceKeys, before)) return {kind: 'otherSource', source: before};
	return {kind: 'unknown'};
}
