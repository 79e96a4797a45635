// Is there a key at all, and where did it come from? Also: does the folder's .env set
// another key than the one in use (a program here may send that one instead)?
import {appKeyVariable, inEnvironmentFile, settingsFileOfJson, settingsPlaceJson} from '../text/app-setting.js';
import type {AppSettings} from '../app-settings.js';
import {appSentKey, deepSeekKeysElsewhere, envKeyIsBlank, keysSentElsewhere, keysSentToVendor, type KeyElsewhere} from '../context.js';
import {agentAppUserFiles, isAgentApp} from '../deepseek/facts.js';
import {ownApiVendor} from '../deepseek/url.js';
import {appKeysToVendor, otherAppKeys, vendorFixFile, type AppKeyToVendor} from './app-keys.js';
import {savedKey, savedKeyLookMs, startupKey, thisComputer, type StartupKey} from '../deepseek/saved-key.js';
import {requestsOnTheWire} from '../deepseek/wire.js';
import {checkMessages, type AppKeyToVendorSaid} from '../messages/checks.js';
import {projectEnvFileOf, projectEnvName} from '../project-env.js';
import {maskKey} from '../text/safe.js';
import type {Check} from './types.js';

/** The variable as a person finds it: its name, or where in a dotenv file. */
export const variableName = (found: KeyElsewhere): string =>
	found.source ? checkMessages.endpoint.inApp(found.source, found.name, settingsFileOfJson(found, agentAppUserFiles[found.source]))
	: found.inProjectEnv ? checkMessages.endpoint.inProjectEnv(found.name, found.dotenvFile ?? projectEnvName)
	: found.name;

export const keyPresent: Check = {
	id: 'key_present',
	get title() {
		return checkMessages.keyPresent.title;
	},
	async run(ctx, signal) {
		if (!ctx.apiKey) {
			const blank = envKeyIsBlank(ctx.env);
			// The key is in the folder's .env, saved as UTF-16: the cause, whatever else holds a key.
			const utf16 = ctx.projectEnv.utf16;
			// …or on a line whose equals sign was typed full-width, which no loader reads.
			const fullWidth = utf16 ? undefined : ctx.projectEnv.fullWidthEquals;
			const elsewhere = deepSeekKeysElsewhere(ctx.env, ctx.projectEnv, await ctx.appSettings());
			const first = elsewhere[0];
			// An agent app sends its DeepSeek key to its vendor's own API (Claude Code's to Anthropic's): the 401 the person
			// came with, said first; its key stays in `elsewhere`, to check.
			const toVendor = appKeysToVendor(ctx.env, await ctx.appSettings());
			const refused = toVendor[0];
			// Saved for later shells (a start-up file, Windows' environment variables), not in this one: where, never the key.
			const saved = blank || first ? undefined : await savedKey(ctx.keyStores ?? thisComputer(ctx.env), AbortSignal.any([signal, AbortSignal.timeout(savedKeyLookMs)]));
			const summary = refused ? checkMessages.keyPresent.appKeyToVendor({...toVendorSaid(refused), noKey: true})
				: blank ? checkMessages.keyPresent.blankEnv
				: utf16 ? checkMessages.keyPresent.dotenvUtf16(utf16)
				: fullWidth ? checkMessages.keyPresent.dotenvFullWidthEquals(fullWidth)
				: first?.source ? checkMessages.keyPresent.missingButInApp({app: first.source, variable: first.name, masked: first.masked, file: settingsFileOfJson(first, agentAppUserFiles[first.source])})
				: first ? checkMessages.keyPresent.missingButElsewhere({variable: variableName(first), masked: first.masked, offered: !first.inProjectEnv})
				: saved ? checkMessages.keyPresent.savedNotLoaded(saved)
				: checkMessages.keyPresent.missing;
			// Any key another tool's variable sends to another address (a relay's token): the fix checks it there.
			const sent = keysSentElsewhere(ctx.env, ctx.projectEnv, ctx.baseUrl);
			return withIgnored({status: 'fail', summary, details: {source: 'none', envBlank: blank, ...(utf16 ? {dotenvUtf16: utf16} : {}), ...(fullWidth ? {dotenvFullWidthEquals: fullWidth} : {}), ...(elsewhere.length > 0 ? {elsewhere} : {}), ...(sent.length > 0 ? {keysSentElsewhere: sent} : {}), ...(saved ? {savedKey: saved} : {}), ...(toVendor.length > 0 ? {appKeysToVendor: toVendor} : {})}}, await ctx.appSettings());
		}
		const inFile = ctx.projectEnv.key;
		const dotenvFile = projectEnvFileOf(ctx.projectEnv, 'DEEPSEEK_API_KEY');
		// Only against the environment's key: a key pasted in the wizard was chosen on purpose, and the file's key comes after the environment's (as dotenv loads it).
		if (ctx.keySource === 'env' && inFile !== undefined && inFile.trim() !== ctx.apiKey.trim()) {
			const masked = {used: maskKey(ctx.apiKey.trim()), inFile: maskKey(inFile.trim())};
			return {status: 'warn', summary: checkMessages.keyPresent.otherInProjectEnv({...masked, file: dotenvFile}), details: {source: ctx.keySource, projectEnvKey: masked.inFile, dotenvFile}};
		}
		// A key picked from an agent app's settings: the file it was found in, which a refused key's fix names (or that the environment gave it).
		const fromApp = isAgentApp(ctx.keySource) ? appSentKey(ctx.keySource, (await ctx.appSettings())[ctx.keySource], ctx.env) : undefined;
		const settingsFile = fromApp?.file;
		// Where the app really reads it from: a variable (Codex CLI's env_key's, an AIDER_… one), not the file that names it.
		// Or another tool's variable (OPENAI_API_KEY…), picked in the wizard: named where a file would be.
		const keyVariable = fromApp && isAgentApp(ctx.keySource) ? appKeyVariable(ctx.keySource, fromApp) : ctx.keySource === 'variable' ? ctx.keyVariable : undefined;
		// The key the app sends from the shell (its settings set none): said as that variable, not as its settings'.
		const inShell = fromApp && isAgentApp(ctx.keySource) && fromApp.file === inEnvironmentFile ? checkMessages.keyPresent.foundInAppVariable({app: ctx.keySource, name: fromApp.name}) : undefined;
		return {status: 'pass', summary: inShell ?? checkMessages.keyPresent.found(ctx.keySource, ctx.keySource === 'variable' ? (ctx.keyVariable ?? '') : dotenvFile, ctx.keyVariableFile), details: {source: ctx.keySource, ...(ctx.keySource === 'dotenv' ? {dotenvFile} : ctx.keySource === 'variable' && ctx.keyVariableFile ? {dotenvFile: ctx.keyVariableFile} : {}), ...(settingsFile === undefined ? {} : settingsPlaceJson(settingsFile)), ...(keyVariable === undefined ? {} : {keyVariable})}};
	},
	// Read once the requests are on the wire, and after the checks that need this one have started: none waits for it.
	// An agent app's settings give it another key than the one checked: its calls bill that key's account. And with the
	// environment's key, a start-up file (or Windows' variables, whose reg.exe blocks the thread) saves another for new
	// shells: this shell was started before it changed. One sentence, the first said: the .env's, the app's, the start-up
	// file's; the others are added as details.
	async later(ctx, signal, outcome) {
		const key = ctx.apiKey;
		if (!key || outcome.status === 'fail') return outcome;
		await requestsOnTheWire(signal);
		if (signal.aborted) return outcome;
		const apps = await ctx.appSettings();
		return withIgnored(await othersLater(ctx, signal, outcome, key, apps), apps);
	},
};

/** The sentence's parameters for an app that sends its DeepSeek key to its vendor's own API. */
const toVendorSaid = (sent: AppKeyToVendor): AppKeyToVendorSaid => ({app: sent.source, name: sent.name, settingsFile: settingsFileOfJson(sent, agentAppUserFiles[sent.source]), fixFile: vendorFixFile(sent), masked: sent.masked, host: sent.host, vendor: ownApiVendor(`https://${sent.host}`) ?? 'OpenAI' /* host is always a vendor's own */, setting: sent.setting, url: sent.deepSeekUrl});

type Outcome = Awaited<ReturnType<Check['run']>>;

/** Said once, after the summary: an app ignores a DeepSeek provider set in one of its files (Codex: a project's `.codex/config.toml`). */
function withIgnored(outcome: Outcome, apps: AppSettings): Outcome {
	const ignored = apps.codex?.ignored;
	if (!ignored) return outcome;
	return {...outcome, summary: checkMessages.keyPresent.withCodexIgnored(outcome.summary, ignored), details: {...outcome.details, ignoredAppSettings: [{source: 'codex', settingsFile: ignored.file}]}};
}

/** Another key in an agent app's settings, or saved for new shells, than the one checked (`later`'s warnings). */
async function othersLater(ctx: Parameters<Check['run']>[0], signal: AbortSignal, outcome: Outcome, key: string, apps: AppSettings): Promise<Outcome> {
	const inApps = otherAppKeys(key, ctx.baseUrl, ctx.env, apps);
	const toVendor = appKeysToVendor(ctx.env, apps);
	// Another tool's variable sends a DeepSeek key to its vendor's own API (OPENAI_BASE_URL at api.openai.com): refused there,
	// whichever key is checked here. With no key these are listed with the relays' (run); with one, only these.
	const variablesToVendor = keysSentToVendor(ctx.env, ctx.projectEnv, ctx.baseUrl);
	const stale = ctx.keySource === 'env' ? await staleKey(ctx, key, signal) : undefined;
	const details = {...outcome.details, ...(inApps.length > 0 ? {appKeys: inApps} : {}), ...(toVendor.length > 0 ? {appKeysToVendor: toVendor} : {}), ...(variablesToVendor.length > 0 ? {keysSentElsewhere: variablesToVendor} : {}), ...(stale ? {startupKey: stale} : {})};
	const used = maskKey(key.trim());
	const first = inApps[0];
	const refused = toVendor[0];
	if (outcome.status === 'warn') return {...outcome, details};
	// First: that app's calls are all refused (a 401), whichever key it holds.
	if (refused) return {status: 'warn', summary: checkMessages.keyPresent.appKeyToVendor(toVendorSaid(refused)), details};
	const variable = variablesToVendor[0];
	const vendor = variable && ownApiVendor(variable.url);
	if (variable && vendor) return {status: 'warn', summary: checkMessages.keyPresent.keyToVendor({variable: variable.name, masked: variable.masked, file: variable.dotenvFile, baseVariable: variable.baseUrlVariable, baseFile: variable.baseDotenvFile, vendor}), details};
	if (first) return {status: 'warn', summary: checkMessages.keyPresent.otherInApp({source: ctx.keySource, file: projectEnvFileOf(ctx.projectEnv, 'DEEPSEEK_API_KEY'), used, app: first.source, name: first.name, settingsFile: settingsFileOfJson(first, agentAppUserFiles[first.source]), masked: first.masked, more: inApps.length - 1}), details};
	return stale ? {status: 'warn', summary: checkMessages.keyPresent.otherInStartup({saved: stale, used}), details} : outcome;
}

/** Another key saved for new shells than this shell's `key` (deepseek/saved-key.ts), after the requests are on the wire; a stuck look says nothing. */
async function staleKey(ctx: Parameters<Check['run']>[0], key: string, signal: AbortSignal): Promise<StartupKey | undefined> {
	return startupKey(ctx.keyStores ?? thisComputer(ctx.env), key, AbortSignal.any([signal, AbortSignal.timeout(savedKeyLookMs)]));
}
