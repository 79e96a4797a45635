// The command that does from a script what the walk did: `deepseek-fix check --probe`,
// `deepseek-fix balance --below 5`, `deepseek-fix balance --wait`, with --base-url when the walk used another service's
// address. Never the key: a script takes it from DEEPSEEK_API_KEY or the remembered one. Pure.
import {defaultTimeoutMs} from '../context.js';
import {defaultBaseUrl} from '../deepseek/facts.js';
import {nodeOf} from './nodes.js';
import type {View, WizardState} from './types.js';

/** Check steps that only read the balance: `balance` does the same. */
const balanceSteps = new Set(['balance.check', 'ds.check']);

/** A word the shell takes as it is; anything else in single quotes. */
function shellWord(text: string): string {
	return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

/** The command for the walk so far, or undefined when no check ran on it. */
export function scriptCommand(state: WizardState, view: View): string | undefined {
	const last = state.trail.findLast(step => ['checks', 'wait'].includes(nodeOf(step.node).kind));
	if (!last) return undefined;
	const words = ['deepseek-fix'];
	const {choices, known} = view;
	if (nodeOf(last.node).kind === 'wait') words.push('balance', '--wait');
	else if (balanceSteps.has(last.node)) {
		words.push('balance');
		const below = choices.alertAmount ?? known.alert?.amount;
		if (below !== undefined) words.push('--below', below);
	} else {
		words.push('check');
		if (choices.probe) words.push('--probe');
		if (choices.probe && choices.probeModel) words.push('--model', choices.probeModel);
	}
	const baseUrl = choices.baseUrl ?? known.baseUrl;
	if (baseUrl !== defaultBaseUrl) words.push('--base-url', shellWord(baseUrl));
	const timeoutMs = choices.timeoutMs ?? known.timeoutMs ?? defaultTimeoutMs;
	if (timeoutMs !== defaultTimeoutMs) words.push('--timeout', String(timeoutMs));
	return words.join(' ');
}
