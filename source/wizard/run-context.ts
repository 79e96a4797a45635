// The context a check step's checks run with: the flags and settings, overridden by what
// the user chose on the walk (another base URL, a pasted key, consent to the paid call).
import {buildContext, envKey, type Flags} from '../context.js';
import type {Settings} from '../settings/index.js';
import type {View} from '../tree/types.js';

export type RunInputs = {
	env: Readonly<Record<string, string | undefined>>;
	flags: Flags;
	settings: Settings;
	/** The key the user pasted on this walk, if any. */
	pastedKey: string | undefined;
	cwd: string;
	now: Date;
};

/** The key the walk chose; undefined means the usual precedence (environment, then remembered). */
export function chosenKey(choice: View['choices']['keyChoice'], inputs: Pick<RunInputs, 'env' | 'settings' | 'pastedKey'>) {
	const fromEnv = envKey(inputs.env);
	if (choice === 'env' && fromEnv) return {value: fromEnv, source: 'env' as const};
	if (choice === 'remembered' && inputs.settings.apiKey) return {value: inputs.settings.apiKey, source: 'remembered' as const};
	if (choice === 'prompt' && inputs.pastedKey) return {value: inputs.pastedKey, source: 'prompt' as const};
	return undefined;
}

export function runContext(view: View, inputs: RunInputs, signal: AbortSignal) {
	const {choices} = view;
	return buildContext({
		env: inputs.env,
		flags: {...inputs.flags, baseUrl: choices.baseUrl ?? inputs.flags.baseUrl, probe: choices.probe === true, model: choices.probeModel ?? inputs.flags.model},
		settings: inputs.settings,
		key: chosenKey(choices.keyChoice, inputs),
		signal,
		cwd: inputs.cwd,
		now: inputs.now,
	});
}
