// Settings + environment + flags → the context every check runs with.
// Precedence (docs/interface.md): flag > environment > the folder's dotenv files (.env.local, .env or the nearest .env above; the key and the base URL) > remembered setting > default.
import {accountOf, readingsOf} from './domain/balance-history.js';
import type {CheckContext, KeySource} from './checks/types.js';
import {createApiClient} from './deepseek/client.js';
import {agentApps, baseUrlEnvVars, defaultBaseUrl, isBaseUrlEnvVar, defaultStatusUrl, keyEnvVar, keyEnvVarsFor, otherKeyEnvVars, type AgentApp, type BaseUrlEnvVar, type OtherKeyEnvVar} from './deepseek/facts.js';
import {endpointPathIn, normaliseBaseUrl, ownApiVendor} from './deepseek/url.js';
import {noAppSettings, readAppSettings, type AppFound, type AppSettings, type AppValue} from './app-settings.js';
import {cliMessages} from './messages/cli.js';
import {noProjectEnv, projectEnvFileOf, variableHere, variablesHere, type ProjectEnv} from './project-env.js';
import {deepseekKeyPattern, maskKey, sanitize} from './text/safe.js';
import {inEnvironmentFile, settingsPlaceJson} from './text/app-setting.js';
import {claudeCodeKeyVars} from './claude-code-env.js';
import type {Settings} from './settings/index.js';

export const defaultTimeoutMs = 10_000;

/** The deadlines --timeout accepts (the wizard's "longer timeout" stops at the same maximum). */
export const timeoutLimits = {min: 100, max: 600_000} as const;

export type Flags = {
	baseUrl?: string | undefined;
	timeoutMs?: number | undefined;
	probe?: boolean | undefined;
	/** The model for the test call (--model). */
	model?: string | undefined;
};

export type ContextOptions = {
	env: Readonly<Record<string, string | undefined>>;
	flags: Flags;
	settings: Settings;
	/** A key the user pasted in the wizard (beats the environment: they just typed it). */
	key?: {value: string; source: KeySource; variable?: OtherKeyEnvVar | undefined; /** The dotenv file that holds `variable`, where the environment does not. */ dotenvFile?: string | undefined} | undefined;
	signal: AbortSignal;
	cwd: string;
	/** What the dotenv files of `cwd` set (read once by the caller, project-env.ts); none when not given. */
	projectEnv?: ProjectEnv | undefined;
	/** What the agent apps' settings give their key and base URL (app-settings.ts), read when first asked; by default from `cwd` and the home folder. */
	appSettings?: (() => Promise<AppSettings>) | undefined;
	now?: Date;
	/** Where the paid call is allowed: the --probe flag (the default), or the wizard's question. */
	probeConsent?: CheckContext['probeConsent'];
};

export type BaseContext = Omit<CheckContext, 'results'>;

/**
 * The key in DEEPSEEK_API_KEY; undefined when unset or blank (empty or only spaces: an
 * SDK would send no key at all, so it is no key, not a malformed one).
 */
export function envKey(env: Readonly<Record<string, string | undefined>>): string | undefined {
	const value = env[keyEnvVar];
	return value !== undefined && value.trim() !== '' ? value : undefined;
}

/**
 * A DeepSeek-shaped key in another tool's variable: `inProjectEnv` when only a dotenv file sets
 * it, `dotenvFile` that file (`.env.local`, `../.env`); `source: 'claude_code'` when Claude
 * Code's settings file `settingsFile` (`~/.claude/settings.json`) sets it in its `env`,
 * `source: 'opencode'` when OpenCode's config file `settingsFile` (`opencode.json`) gives it to a provider,
 * `source: 'continue'` when Continue's config file `settingsFile` (`~/.continue/config.yaml`) gives it to a model,
 * `source: 'aider'` when Aider's files (`settingsFile`) or, `inEnvironment`, its AIDER_… variables in the environment give it.
 */
export type KeyElsewhere = {name: string; masked: string; inProjectEnv: boolean; dotenvFile?: string; source?: AgentApp; settingsFile?: string; inEnvironment?: true};

/**
 * DeepSeek-shaped keys (sk- and 32 hex characters) in other tools' key variables, from the
 * environment or else the folder's .env: where a DeepSeek user of the OpenAI SDK or Claude
 * Code keeps it. Only named (masked) when no key is found, never sent: it may be meant for another service.
 */
export function deepSeekKeysElsewhere(
	env: Readonly<Record<string, string | undefined>>,
	projectEnv: ProjectEnv = noProjectEnv,
	apps: AppSettings = noAppSettings,
): KeyElsewhere[] {
	const values: string[] = [];
	const found = otherKeyEnvVars.flatMap(name => {
		const fromEnv = env[name]?.trim();
		const value = fromEnv || projectEnv.otherKeys[name];
		if (!value || !deepseekKeyPattern.test(value)) return [];
		values.push(value.trim());
		return [{name, masked: maskKey(value), inProjectEnv: !fromEnv, ...(fromEnv ? {} : {dotenvFile: projectEnvFileOf(projectEnv, name)})}];
	});
	// After those: the agent apps' settings in their order, where they hold a key not named above (the same key in the shell is the one already said).
	const inApps = agentApps.flatMap(source =>
		(apps[source]?.keys ?? []).flatMap(key => {
			if (!deepseekKeyPattern.test(key.value) || values.includes(key.value)) return [];
			values.push(key.value);
			return [{name: key.name, masked: maskKey(key.value), inProjectEnv: false, source, ...settingsPlaceJson(key.file)}];
		}),
	);
	return [...found, ...inApps];
}

/**
 * Where the environment sends the key in another tool's variable: the address in the same tool's base-URL variable
 * (OPENAI_BASE_URL's for OPENAI_API_KEY), normalised (`url`) and as the variable sets it (`written`: a relay's /v1 kept,
 * for a command to call), where that is the key the tool reads; undefined where none is set.
 */
export function variableKeySentTo(env: Readonly<Record<string, string | undefined>>, name: OtherKeyEnvVar): {baseUrlVariable: BaseUrlEnvVar; url: string; written: string} | undefined {
	for (const base of baseUrlEnvVars) {
		const raw = env[base]?.trim();
		if (!raw || keySentBy(env, base)?.name !== name) continue;
		const parsed = normaliseBaseUrl(raw);
		if (parsed.ok) return {baseUrlVariable: base, url: parsed.value.url, written: raw};
	}
	return undefined;
}

/** The key the tool that reads the base-URL variable `base` sends with it (OPENAI_API_KEY's for OPENAI_BASE_URL), where one is set. */
export function keySentBy(env: Readonly<Record<string, string | undefined>>, base: string): {name: OtherKeyEnvVar; value: string} | undefined {
	const name = isBaseUrlEnvVar(base) ? keyEnvVarsFor[base]?.find(each => env[each]?.trim()) : undefined;
	const value = name && env[name]?.trim();
	return name && value ? {name, value} : undefined;
}

/**
 * A key in another tool's variable that a program here sends to another address than the one checked (key_present's
 * `keysSentElsewhere`; `url` as the variable sets it). `dotenvFile`: the folder's dotenv file that holds the key,
 * `baseDotenvFile` the one that holds the base URL, where the environment does not set them.
 */
export type KeySentElsewhere = {name: OtherKeyEnvVar; masked: string; baseUrlVariable: BaseUrlEnvVar; url: string; dotenvFile?: string; baseDotenvFile?: string};

/**
 * Those keys, any shape: a relay's token in OPENAI_API_KEY, sent where OPENAI_BASE_URL points. Each variable as a program
 * started here gets it (variableHere: the environment's, else the folder's dotenv files'), so a key in the shell pairs
 * with a base URL in `.env`, and the reverse. Named (masked), never sent.
 */
export function keysSentElsewhere(env: Readonly<Record<string, string | undefined>>, projectEnv: ProjectEnv, checked: string): KeySentElsewhere[] {
	const programSees = variablesHere(env, projectEnv);
	return otherKeyEnvVars.flatMap(name => {
		const found = variableHere(env, projectEnv, name);
		const sent = found ? variableKeySentTo(programSees, name) : undefined;
		if (!found || !sent || sent.url === checked || !sendsElsewhere(sent.url, found.value)) return [];
		const baseDotenvFile = variableHere(env, projectEnv, sent.baseUrlVariable)?.dotenvFile;
		return [{name, masked: maskKey(found.value), baseUrlVariable: sent.baseUrlVariable, url: sanitize(sent.written), ...(found.dotenvFile ? {dotenvFile: found.dotenvFile} : {}), ...(baseDotenvFile ? {baseDotenvFile} : {})}];
	});
}

/**
 * Those of keysSentElsewhere that go to OpenAI's or Anthropic's own API: a DeepSeek key there is refused (OPENAI_BASE_URL at
 * api.openai.com, a DeepSeek key in OPENAI_API_KEY). With a key in use, key_present lists only these, and the wizard gives their fix.
 */
export function keysSentToVendor(env: Readonly<Record<string, string | undefined>>, projectEnv: ProjectEnv, checked: string): KeySentElsewhere[] {
	return keysSentElsewhere(env, projectEnv, checked).filter(sent => ownApiVendor(sent.url) !== undefined);
}

/**
 * Whether another tool's variable that sends `key` to `url` points elsewhere worth a word (check's `keysSentElsewhere`,
 * the wizard's start screen and its "which address?" question): not where it is OpenAI's or Anthropic's own API, that
 * tool's own work, unless the key it sends there is DeepSeek-shaped (refused there: the likely cause of a 401).
 */
export function sendsElsewhere(url: string, key: string | undefined): boolean {
	return ownApiVendor(url) === undefined || (key !== undefined && deepseekKeyPattern.test(key.trim()));
}

/** The first DeepSeek-shaped key of `found`'s (in the app's order). What an app really sends is appSentKey's: ask that. */
export function appKey(found: AppFound | undefined): AppValue | undefined {
	return found?.keys.find(key => deepseekKeyPattern.test(key.value));
}

/**
 * The DeepSeek-shaped key an app really sends. Claude Code: each of its key variables from its settings' `env`, which it
 * applies over the shell's, else from the shell (`env`: the process environment it is started with), where its settings
 * say anything at all (a key or a base URL: it is set up here); the first DeepSeek-shaped in its order. The shell's is
 * `inEnvironmentFile`'s. The other apps: their settings' (appKey).
 */
export function appSentKey(source: AgentApp, found: AppFound | undefined, env: Readonly<Record<string, string | undefined>>): AppValue | undefined {
	if (source !== 'claude_code' || !found || (found.keys.length === 0 && !found.baseUrl)) return appKey(found);
	const sent = claudeCodeKeyVars.flatMap(name => {
		const inSettings = found.keys.find(key => key.name === name);
		const inShell = env[name]?.trim();
		return inSettings ? [inSettings] : inShell ? [{name, value: inShell, file: inEnvironmentFile}] : [];
	});
	return appKey({...found, keys: sent});
}

/**
 * `read`, run once, when first asked: the agent apps' settings files are read only where
 * a check needs them, and a run with a key in DEEPSEEK_API_KEY asks only after its first requests are sent.
 */
function readOnce<T>(read: () => T): () => T {
	let value: T | undefined;
	return () => (value ??= read());
}

/** DEEPSEEK_API_KEY is set, but to nothing (empty or only spaces): worth saying so. */
export function envKeyIsBlank(env: Readonly<Record<string, string | undefined>>): boolean {
	return env[keyEnvVar] !== undefined && envKey(env) === undefined;
}

/** Where the key comes from, by precedence; undefined when there is none. */
export function resolveKey(options: Pick<ContextOptions, 'env' | 'settings' | 'key' | 'projectEnv'>): {value: string; source: KeySource} | undefined {
	if (options.key?.value) return options.key;
	const fromEnv = envKey(options.env);
	if (fromEnv) return {value: fromEnv, source: 'env'};
	// As dotenv loads it into the program's environment: after a variable already set, before what the tool remembers.
	const fromFile = options.projectEnv?.key;
	if (fromFile) return {value: fromFile, source: 'dotenv'};
	if (options.settings.apiKey) return {value: options.settings.apiKey, source: 'remembered'};
	return undefined;
}

/** `dotenv`: DEEPSEEK_BASE_URL in the folder's .env (an extension). */
export type BaseUrlSource = 'flag' | 'env' | 'dotenv' | 'remembered' | 'default';

/** The base URL in use, before normalising, and where it comes from (by precedence). */
export function resolveBaseUrlWithSource(options: Pick<ContextOptions, 'env' | 'flags' | 'settings' | 'projectEnv'>): {value: string; source: BaseUrlSource} {
	if (options.flags.baseUrl !== undefined) return {value: options.flags.baseUrl, source: 'flag'};
	// An empty variable counts as unset, as OpenAI-style SDKs treat it.
	if (options.env.DEEPSEEK_BASE_URL) return {value: options.env.DEEPSEEK_BASE_URL, source: 'env'};
	const fromFile = options.projectEnv?.baseUrls.DEEPSEEK_BASE_URL;
	if (fromFile) return {value: fromFile, source: 'dotenv'};
	if (options.settings.baseUrl !== undefined) return {value: options.settings.baseUrl, source: 'remembered'};
	return {value: defaultBaseUrl, source: 'default'};
}

/** The base URL in use, before normalising. */
export function resolveBaseUrl(options: Pick<ContextOptions, 'env' | 'flags' | 'settings' | 'projectEnv'>): string {
	return resolveBaseUrlWithSource(options).value;
}

export function openAiRoot(rawBaseUrl: string): string {
	// A pasted `/chat/completions` is no part of the root: the paid call adds its own.
	const url = new URL(endpointPathIn(rawBaseUrl)?.base ?? rawBaseUrl.trim());
	const path = url.pathname.replace(/\/+$/, '').replace(/\/(?:beta|anthropic)$/i, '');
	return url.origin + path;
}

/** The base URL in use as configured and normalised, or why it cannot be used. */
export function usableBaseUrl(
	options: Pick<ContextOptions, 'env' | 'flags' | 'settings' | 'projectEnv'>,
): {ok: true; raw: string; url: string} | {ok: false; message: string; reason: string} {
	const {value: raw, source} = resolveBaseUrlWithSource(options);
	const normalised = normaliseBaseUrl(raw);
	// `message`: the command line's line, naming where the URL came from; `reason`: the bare sentence (the wizard's screen).
	return normalised.ok ? {ok: true, raw, url: normalised.value.url} : {ok: false, message: cliMessages.badBaseUrl({reason: normalised.reason, source, file: projectEnvFileOf(options.projectEnv ?? noProjectEnv, 'DEEPSEEK_BASE_URL')}), reason: normalised.reason};
}

/** Each request's deadline: --timeout (or what the wizard chose), else the default. */
export function requestTimeoutMs(flags: Pick<Flags, 'timeoutMs'>): number {
	return flags.timeoutMs ?? defaultTimeoutMs;
}

export function buildContext(options: ContextOptions): {ok: true; ctx: BaseContext} | {ok: false; message: string} {
	const usable = usableBaseUrl(options);
	if (!usable.ok) return usable;
	const {raw: rawBaseUrl, url: baseUrl} = usable;
	const key = resolveKey(options);
	const timeoutMs = requestTimeoutMs(options.flags);
	const callBaseUrl = openAiRoot(rawBaseUrl);
	const threshold = options.settings.alertThreshold;
	return {
		ok: true,
		ctx: {
			baseUrl,
			rawBaseUrl,
			callBaseUrl,
			apiKey: key?.value,
			keySource: key?.source ?? 'none',
			...(options.key?.variable && key === options.key ? {keyVariable: options.key.variable} : {}),
			...(options.key?.variable && options.key.dotenvFile && key === options.key ? {keyVariableFile: options.key.dotenvFile} : {}),
			projectEnv: options.projectEnv ?? noProjectEnv,
			appSettings: options.appSettings ?? readOnce(() => readAppSettings(options.cwd, options.env)),
			statusUrl: options.env.DEEPSEEK_STATUS_URL || defaultStatusUrl,
			timeoutMs,
			allowProbe: options.flags.probe === true,
			probeConsent: options.probeConsent ?? 'flag',
			probeModel: options.flags.model,
			rememberedProbeModel: options.settings.probeModel,
			env: options.env,
			cwd: options.cwd,
			// This account's readings only (the base URL and key): another account's balance says nothing about this one.
			balanceHistory: readingsOf(options.settings.balanceHistory, accountOf(baseUrl, key?.value)),
			alertThreshold: threshold ? {amount: threshold, currency: options.settings.alertCurrency} : undefined,
			now: options.now ?? new Date(),
			// The key as tools send it: surrounding whitespace is reported by key_format, not sent.
			// Its proxy variables from the same environment as the network check's (the wizard's, in tests too).
			api: createApiClient({baseUrl, apiKey: key?.value.trim(), timeoutMs, signal: options.signal, env: options.env}),
		},
	};
}
