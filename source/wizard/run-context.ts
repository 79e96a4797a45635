// The context a check step's checks run with: the flags and settings, overridden by what
// the user chose on the walk (another base URL, a pasted key, consent to the paid call).
import {appSentKey, buildContext, envKey, requestTimeoutMs, usableBaseUrl, type Flags} from '../context.js';
import type {AppSettings} from '../app-settings.js';
import {isAgentApp, isOtherKeyEnvVar} from '../deepseek/facts.js';
import type {KeyStores} from '../deepseek/saved-key.js';
import {variableHere, type ProjectEnv} from '../project-env.js';
import type {Settings} from '../settings/index.js';
import type {View} from '../tree/types.js';

type RunInputs = {
	env: Readonly<Record<string, string | undefined>>;
	flags: Flags;
	settings: Settings;
	/** The key the user pasted on this walk, if any. */
	pastedKey: string | undefined;
	cwd: string;
	/** What the .env of `cwd` sets (read once per run). */
	projectEnv: ProjectEnv;
	/** What the agent apps' settings give (read once per run; an app read after the first frame, once it is). */
	appSettings: AppSettings;
	now: Date;
	/** Where keys are saved for later shells (key_present compares them): the app's, which tests give. */
	keyStores?: KeyStores | undefined;
};

/** The key the walk chose; undefined means the usual precedence (environment, the folder's .env, then remembered). */
function chosenKey(choice: View['choices']['keyChoice'], inputs: Pick<RunInputs, 'env' | 'settings' | 'pastedKey' | 'projectEnv' | 'appSettings'>) {
	const fromEnv = envKey(inputs.env);
	if (choice === 'env' && fromEnv) return {value: fromEnv, source: 'env' as const};
	if (choice === 'dotenv' && inputs.projectEnv.key) return {value: inputs.projectEnv.key, source: 'dotenv' as const};
	if (choice === 'remembered' && inputs.settings.apiKey) return {value: inputs.settings.apiKey, source: 'remembered' as const};
	const inApp = isAgentApp(choice) ? appSentKey(choice, inputs.appSettings[choice], inputs.env) : undefined;
	if (isAgentApp(choice) && inApp) return {value: inApp.value, source: choice};
	// The environment's, else the folder's dotenv files' (the key question offers the one that is there).
	const inVariable = isOtherKeyEnvVar(choice) ? variableHere(inputs.env, inputs.projectEnv, choice) : undefined;
	if (isOtherKeyEnvVar(choice) && inVariable) return {value: inVariable.value, source: 'variable' as const, variable: choice, ...(inVariable.dotenvFile ? {dotenvFile: inVariable.dotenvFile} : {})};
	if (choice === 'prompt' && inputs.pastedKey) return {value: inputs.pastedKey, source: 'prompt' as const};
	return undefined;
}

/** The flags, with what the walk chose above them (another base URL, the paid call and its model, a longer timeout). */
function runFlags(view: View, flags: Flags): Flags {
	const {choices} = view;
	return {
		...flags,
		baseUrl: choices.baseUrl ?? flags.baseUrl,
		probe: choices.probe === true,
		model: choices.probeModel ?? flags.model,
		timeoutMs: choices.timeoutMs ?? flags.timeoutMs,
	};
}

/** Why the checks of this step cannot run (the chosen base URL is unusable), or undefined. */
export function runProblem(view: View, inputs: Pick<RunInputs, 'env' | 'flags' | 'settings' | 'projectEnv'>): string | undefined {
	const usable = usableBaseUrl({env: inputs.env, flags: runFlags(view, inputs.flags), settings: inputs.settings, projectEnv: inputs.projectEnv});
	return usable.ok ? undefined : usable.reason;
}

/** Each request's deadline on this walk (a wait cuts off a look still running at its end by it). */
export function runTimeoutMs(view: View, flags: Flags): number {
	return requestTimeoutMs(runFlags(view, flags));
}

export function runContext(view: View, inputs: RunInputs, signal: AbortSignal) {
	const built = buildContext({
		env: inputs.env,
		flags: runFlags(view, inputs.flags),
		settings: inputs.settings,
		key: chosenKey(view.choices.keyChoice, inputs),
		signal,
		cwd: inputs.cwd,
		projectEnv: inputs.projectEnv,
		appSettings: async () => inputs.appSettings,
		now: inputs.now,
		// The paid call is asked for on the walk: a call not made was declined there.
		probeConsent: 'question',
	});
	return built.ok && inputs.keyStores ? {...built, ctx: {...built.ctx, keyStores: inputs.keyStores}} : built;
}
