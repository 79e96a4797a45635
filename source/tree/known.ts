// What the wizard knows before asking: the key and base URL in use and where they come
// from, other base URLs in the environment, and last time's diagnosis. Pure, but for the runtime's locale and platform
// (asked only when the environment names none).
import process from 'node:process';
import {appKeysToVendor, otherAppKeys} from '../checks/app-keys.js';
import {baseUrlsElsewhere} from '../checks/endpoint.js';
import {burnRate} from '../checks/usage-trend.js';
import {accountOf, arrivedSinceResult, readingsOf} from '../domain/balance-history.js';
import type {BalanceSample} from '../checks/types.js';
import {appSentKey, deepSeekKeysElsewhere, keySentBy, keysSentToVendor, sendsElsewhere, variableKeySentTo, envKey as keyInEnv, envKeyIsBlank, requestTimeoutMs, resolveBaseUrlWithSource, resolveKey, type Flags} from '../context.js';
import type {AppSettings} from '../app-settings.js';
import type {SavedKey, StartupKey} from '../deepseek/saved-key.js';
import {agentApps, isAgentApp, otherKeyEnvVars, type AgentApp, type BaseUrlEnvVar, type OtherKeyEnvVar} from '../deepseek/facts.js';
import {normaliseBaseUrl, ownApiVendor, type OwnApiVendor} from '../deepseek/url.js';
import {chooseLanguage, systemLocale, type Language} from '../messages/language.js';
import {detectByHost} from '../providers/detect.js';
import {passesKeyOn} from '../providers/table.js';
import type {Settings} from '../settings/index.js';
import {changedSince} from '../domain/whose-diagnosis.js';
import {noProjectEnv, variableHere, variablesHere, projectEnvFileOf, type ProjectEnv} from '../project-env.js';
import {maskKey, sanitize} from '../text/safe.js';
import {appKeyVariable} from '../text/app-setting.js';
import type {AppKeyOffer, Known, VariableKeyOffer} from './types.js';

type Env = Readonly<Record<string, string | undefined>>;

/** No key, none in another tool's variable, and DEEPSEEK_API_KEY not blank: only then is where it is saved for later worth saying (and looking for). */
export function noKeyAtAll(options: {env: Env; settings: Settings; projectEnv?: ProjectEnv | undefined; apps?: AppSettings | undefined}): boolean {
	const {env, settings, projectEnv, apps} = options;
	return !resolveKey({env, settings, projectEnv}) && deepSeekKeysElsewhere(env, projectEnv, apps).length === 0 && !envKeyIsBlank(env);
}

/** Whose last time's result was, as the start screen keeps it (absent: this one's). */
function whose(changed: 'baseUrl' | 'key' | undefined): {changed?: 'baseUrl' | 'key'} {
	return changed === undefined ? {} : {changed};
}

/**
 * A top-up since last time's result (`history`: this account's readings), only where that result was found with this
 * account (`account`: the base URL and key in use now): another account's money says nothing about it.
 */
function toppedUpSinceResult(last: NonNullable<Settings['lastDiagnosis']>, account: string | undefined, history: readonly BalanceSample[], settings: Settings): {toppedUpSince?: {at: string; total: string; currency: string}} {
	if (account === undefined || last.account !== account) return {};
	const alert = settings.alertThreshold ? {amount: settings.alertThreshold, currency: settings.alertCurrency} : undefined;
	const earlier = arrivedSinceResult(history, last.at, alert);
	return earlier ? {toppedUpSince: {at: earlier.at, total: earlier.total, currency: earlier.currency}} : {};
}

/** `switchedTo`: the language the user picked with L on this run, if they did; `pastedKey`: the key pasted on it. */
export function knownFrom(options: {
	env: Env;
	flags: Flags;
	settings: Settings;
	deepseekBaseUrl: string;
	switchedTo?: Language | undefined;
	projectEnv?: ProjectEnv | undefined;
	/** What the agent apps' settings give (app-settings.ts): each app's key is offered, its base URL listed with the others; an app read after the first frame (Continue) once it is read. */
	apps?: AppSettings | undefined;
	pastedKey?: string | undefined;
	/** Where DEEPSEEK_API_KEY is saved for later shells, where it is (read by the container: deepseek/saved-key.ts). */
	keySavedIn?: SavedKey | undefined;
	/** Another key saved for new shells than DEEPSEEK_API_KEY's, masked (read by the container). */
	startupKey?: StartupKey | undefined;
	/** The model this run's latest test call used (read by the container). */
	triedModel?: string | undefined;
}): Known {
	const {env, flags, settings, deepseekBaseUrl, switchedTo, projectEnv, apps, pastedKey, keySavedIn, startupKey, triedModel} = options;
	const key = resolveKey({env, settings, projectEnv});
	const {value: baseUrl, source: baseUrlSource} = resolveBaseUrlWithSource({env, flags, settings, projectEnv});
	const normalised = normaliseBaseUrl(baseUrl);
	const provider = detectByHost(baseUrl);
	const envKey = keyInEnv(env);
	const fileKey = projectEnv?.key;
	const elsewhere = key ? undefined : deepSeekKeysElsewhere(env, projectEnv, apps)[0];
	// Each app's key, offered where it is none of the keys offered before it (the environment's, the dotenv file's, the
	// remembered one, then the apps' in their order).
	const before: Array<string | undefined> = [envKey, fileKey, settings.apiKey];
	const appKeys: Partial<Record<AgentApp, AppKeyOffer>> = {};
	for (const app of agentApps) {
		const found = appSentKey(app, apps?.[app], env);
		const keyVariable = found && appKeyVariable(app, found);
		if (found && !before.some(other => other?.trim() === found.value)) appKeys[app] = {masked: maskKey(found.value), name: found.name, file: found.file, ...(keyVariable === undefined ? {} : {keyVariable})};
		before.push(found?.value);
	}
	// The other tools' key variables (OPENAI_API_KEY…), each with where the same tool sends it, where none of the keys above.
	// Each variable as a program here gets it (variableHere: the environment's, else the folder's dotenv files'), so a key in
	// the shell goes where a base-URL variable in .env points, and the reverse.
	const programSees = variablesHere(env, projectEnv ?? noProjectEnv);
	const variableKeys: VariableKeyOffer[] = otherKeyEnvVars.flatMap(name => {
		const found = variableHere(env, projectEnv ?? noProjectEnv, name);
		if (!found || before.some(other => other?.trim() === found.value)) return [];
		const {value, dotenvFile} = found;
		const sent = variableKeySentTo(programSees, name);
		return [{name, masked: maskKey(value), ...(sent ? {sentTo: sent.url, baseVariable: sent.baseUrlVariable} : {}), ...(dotenvFile ? {dotenvFile} : {})}];
	});
	// The apps that send another key to DeepSeek or to this address, in their order (check's key_present warns the same).
	const appsSendingOthers = key && normalised.ok ? otherAppKeys(key.value, normalised.value.url, env, apps) : [];
	// The apps that send a DeepSeek key to their vendor's own API, which refuses it, with a key or without (check's key_present says the same).
	const appsToVendor = appKeysToVendor(env, apps);
	// …and the other tools' variables that do (OPENAI_BASE_URL at api.openai.com, a DeepSeek key in OPENAI_API_KEY), as key_present lists them.
	const variablesToVendor = normalised.ok ? keysSentToVendor(env, projectEnv ?? noProjectEnv, normalised.value.url) : [];
	const last = settings.lastDiagnosis;
	// This account's readings (the base URL and key in use), as the checks read them (context.ts).
	const account = normalised.ok ? accountOf(normalised.value.url, key?.value) : undefined;
	const history = readingsOf(settings.balanceHistory, account);
	const reading = history.at(-1);
	const trend = reading ? burnRate(history, reading.currency) : undefined;
	return {
		key: key ? {masked: maskKey(key.value), source: key.source} : undefined,
		dotenvFiles: {key: projectEnvFileOf(projectEnv ?? noProjectEnv, 'DEEPSEEK_API_KEY'), baseUrl: projectEnvFileOf(projectEnv ?? noProjectEnv, 'DEEPSEEK_BASE_URL')},
		envKey: envKey ? maskKey(envKey) : undefined,
		envKeyBlank: envKeyIsBlank(env),
		rememberedKey: settings.apiKey ? maskKey(settings.apiKey) : undefined,
		...(pastedKey && settings.apiKey?.trim() === pastedKey.trim() ? {pastedKeyRemembered: true} : {}),
		...(fileKey && fileKey.trim() !== envKey?.trim() ? {projectEnvKey: maskKey(fileKey)} : {}),
		...(Object.keys(appKeys).length > 0 ? {appKeys} : {}),
		...(variableKeys.length > 0 ? {variableKeys} : {}),
		...(elsewhere ? {keyElsewhere: elsewhere} : {}),
		...(!key && projectEnv?.utf16 ? {dotenvUtf16: projectEnv.utf16} : {}),
		...(!key && !projectEnv?.utf16 && projectEnv?.fullWidthEquals ? {dotenvFullWidth: projectEnv.fullWidthEquals} : {}),
		// Saved for later shells, not in this one (read by the container, app.tsx).
		...(keySavedIn && noKeyAtAll({env, settings, projectEnv, apps}) ? {keySavedIn} : {}),
		...(startupKey && envKey ? {startupKey} : {}),
		...(appsSendingOthers.length > 0 ? {otherAppKeys: appsSendingOthers} : {}),
		...(appsToVendor.length > 0 ? {appKeysToVendor: appsToVendor} : {}),
		...(variablesToVendor.length > 0 ? {variableKeysToVendor: variablesToVendor} : {}),
		baseUrl,
		baseUrlSource,
		otherBaseUrls: normalised.ok
			? baseUrlsElsewhere(normalised.value.url, env, projectEnv, apps).flatMap(({name, url, source, dotenvFile, settingsFile, inEnvironment}) => {
					// Another tool's variable sending that tool's own key to its vendor's API (an OpenAI key to OpenAI's) is that tool's
					// own work, no other address to ask about (sendsElsewhere, as check's keysSentElsewhere); a DeepSeek key sent there is said.
					// So is an agent app's setting pointing at its vendor's own API (Claude Code's ANTHROPIC_BASE_URL at Anthropic's) with
					// no DeepSeek key it sends (its settings', else the shell's: appSentKey): its login's or its own key's work
					// (appKeysToVendor says the DeepSeek-key case).
					const sent = isAgentApp(source) ? undefined : keySentBy(programSees, name);
					if (!sendsElsewhere(url, isAgentApp(source) ? appSentKey(source, apps?.[source], env)?.value : sent?.value)) return [];
					const vendor = sent && ownApiVendor(url);
					// The address as its variable or the app's settings write it (a relay's /v1 kept): the one the user's tool calls,
					// which the wizard shows and checks.
					const written = isAgentApp(source) ? apps?.[source]?.baseUrl?.value : source === 'dotenv' ? projectEnv?.baseUrls[name as BaseUrlEnvVar] : env[name];
					return [{name, url, ...(source ? {source} : {}), ...(dotenvFile ? {dotenvFile} : {}), ...(settingsFile ? {settingsFile} : {}), ...(inEnvironment ? {inEnvironment} : {}), ...(written ? {written: sanitize(written.trim())} : {}), ...(sent && vendor ? {deepSeekKeyTo: deepSeekKeyTo(vendor, sent.name, env, projectEnv ?? noProjectEnv)} : {})}];
				})
			: [],
		deepseekBaseUrl,
		providerName: provider && provider.id !== 'deepseek' ? provider.name : undefined,
		...(provider && passesKeyOn(provider.id) ? {providerPassesKeyOn: true} : {}),
		lastDiagnosis: last ? {summary: last.summary, verdict: last.verdict, language: last.language ?? 'en', path: last.path, at: last.at, ...whose(changedSince(last, baseUrl, key?.value)), ...(last.keySource ? {keySource: last.keySource} : {}), ...toppedUpSinceResult(last, account, history, settings)} : undefined,
		currency: reading?.currency,
		probeModel: settings.probeModel,
		...(triedModel === undefined ? {} : {probeModelTried: triedModel}),
		modelFlag: flags.model,
		// The CLI's own order without --lang: what the equivalent command would speak from a script.
		scriptLanguage: chooseLanguage({env, remembered: settings.language, systemLocale, platform: process.platform}).language,
		timeoutMs: requestTimeoutMs(flags),
		...(reading ? {lastBalance: {total: reading.total, currency: reading.currency, at: reading.at}} : {}),
		...(trend && trend.burnPerDay > 0 ? {trend: {currency: trend.currency, burnPerDay: trend.burnPerDay, daysLeft: trend.daysLeft}} : {}),
		...(settings.alertThreshold ? {alert: {amount: settings.alertThreshold, currency: settings.alertCurrency}} : {}),
		languageToRemember: switchedTo !== undefined && switchedTo !== settings.language ? switchedTo : undefined,
	};
}

/** The DeepSeek-shaped key in `keyVariable` a base-URL variable sends to `vendor`'s own API, masked, with the dotenv file it is in. */
function deepSeekKeyTo(vendor: OwnApiVendor, keyVariable: OtherKeyEnvVar, env: Env, projectEnv: ProjectEnv): NonNullable<Known['otherBaseUrls'][number]['deepSeekKeyTo']> {
	const found = variableHere(env, projectEnv, keyVariable);
	return {vendor, keyVariable, masked: maskKey(found?.value ?? ''), ...(found?.dotenvFile ? {keyFile: found.dotenvFile} : {})};
}
