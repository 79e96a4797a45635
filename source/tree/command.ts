// The command that does from a script what the walk did: `deepseek-fix check --probe`,
// `deepseek-fix balance --below 5`, `deepseek-fix balance --wait`, with --base-url when the walk used another service's
// address, and --lang when a script would otherwise speak another language than the one shown (--lang, or L on the
// start screen, chose it). Never the key: a script takes it from DEEPSEEK_API_KEY or the remembered one.
import {defaultTimeoutMs} from '../context.js';
import {defaultBaseUrl} from '../deepseek/facts.js';
import {currentLanguage} from '../messages/language.js';
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
		// The model the run used: the one picked on the walk, else --model's (as run-context.ts does).
		const model = choices.probeModel ?? known.modelFlag;
		if (choices.probe && model) words.push('--model', shellWord(model));
	}
	const baseUrl = choices.baseUrl ?? known.baseUrl;
	if (baseUrl !== defaultBaseUrl) words.push('--base-url', shellWord(baseUrl));
	const timeoutMs = choices.timeoutMs ?? known.timeoutMs ?? defaultTimeoutMs;
	if (timeoutMs !== defaultTimeoutMs) words.push('--timeout', String(timeoutMs));
	const shown = currentLanguage();
	if (known.scriptLanguage !== undefined && known.scriptLanguage !== shown) words.push('--lang', shown);
	return words.join(' ');
}
