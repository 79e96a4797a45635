// The command that does from a script what the walk did: `deepseek-fix check --probe`,
// `deepseek-fix balance --below 5`, `deepseek-fix balance --wait`, with --base-url when the walk used another service's
// address, and --lang when a script would otherwise speak another language than the one shown (--lang, or L on the
// start screen, chose it). Never the key: a script takes it from DEEPSEEK_API_KEY or the remembered one, so after
// an agent app's key the sentence says DEEPSEEK_API_KEY must hold that key (scriptSentence).
import {defaultTimeoutMs} from '../context.js';
import {defaultBaseUrl, isAgentApp, isOtherKeyEnvVar, type AgentApp, type OtherKeyEnvVar} from '../deepseek/facts.js';
import {normaliseBaseUrl} from '../deepseek/url.js';
import {currentLanguage} from '../messages/language.js';
import {wizardText} from '../messages/wizard.js';
import {shellWord} from '../text/shell.js';
import {inEnvironmentFile} from '../text/app-setting.js';
import {nodeOf} from './nodes.js';
import type {View, WizardState} from './types.js';

/** Check steps that only read the balance: `balance` does the same. */
const balanceSteps = new Set(['balance.check', 'ds.check']);

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
	// Also DeepSeek's own address when the walk picked it (or an app's base URL that is it) over another one in use:
	// without the flag, the script would call the one in use.
	const inUse = normaliseBaseUrl(known.baseUrl);
	const pickedOver = choices.baseUrl !== undefined && choices.baseUrl !== (inUse.ok ? inUse.value.url : known.baseUrl);
	if (baseUrl !== defaultBaseUrl || pickedOver) words.push('--base-url', shellWord(baseUrl));
	const timeoutMs = choices.timeoutMs ?? known.timeoutMs ?? defaultTimeoutMs;
	if (timeoutMs !== defaultTimeoutMs) words.push('--timeout', String(timeoutMs));
	const shown = currentLanguage();
	if (known.scriptLanguage !== undefined && known.scriptLanguage !== shown) words.push('--lang', shown);
	return words.join(' ');
}

/** The agent app (or other tool's variable) whose key the walk checked: a script must get that key through DEEPSEEK_API_KEY (never shown). */
export function scriptKeyApp(view: View): AgentApp | OtherKeyEnvVar | undefined {
	const choice = view.choices.keyChoice;
	// Claude Code's key from the shell (its settings set none) is that variable's (ANTHROPIC_AUTH_TOKEN), not its settings'.
	const offered = isAgentApp(choice) ? view.known.appKeys?.[choice] : undefined;
	if (offered?.file === inEnvironmentFile && isOtherKeyEnvVar(offered.name)) return offered.name;
	return isAgentApp(choice) || isOtherKeyEnvVar(choice) ? choice : undefined;
}

/** The dotenv file (`.env`) that holds the other tool's variable whose key the walk checked, where the environment does not. */
export function scriptKeyFile(view: View): string | undefined {
	const choice = view.choices.keyChoice;
	return isOtherKeyEnvVar(choice) ? view.known.variableKeys?.find(offer => offer.name === choice)?.dotenvFile : undefined;
}

/** "Same from a script: …", with where its key must come from after an agent app's (`keyFile`: the variable's dotenv file). */
export function scriptSentence(command: string, keyApp: AgentApp | OtherKeyEnvVar | undefined, keyFile?: string): string {
	return keyApp ? wizardText.ui.scriptAppKey({command, app: keyApp, file: keyFile}) : wizardText.ui.script({command});
}

/** The command that does the same from a script, and the agent app whose key it needs in DEEPSEEK_API_KEY (`keyFile`: see scriptKeyFile). */
export type ScriptCommand = {command: string; keyApp?: AgentApp | OtherKeyEnvVar | undefined; keyFile?: string | undefined};

/** The walk's command with that app, or undefined when no check ran on it. */
export function scriptOf(state: WizardState, view: View): ScriptCommand | undefined {
	const command = scriptCommand(state, view);
	return command === undefined ? undefined : {command, keyApp: scriptKeyApp(view), keyFile: scriptKeyFile(view)};
}

/** The same for the help over a result, which a short window leaves without a row for it; none over a question. */
export function resultScript(state: WizardState, view: View): ScriptCommand | undefined {
	const at = state.trail.at(-1);
	return at !== undefined && nodeOf(at.node).kind === 'leaf' ? scriptOf(state, view) : undefined;
}
