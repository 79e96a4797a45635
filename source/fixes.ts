// Every fix the tool can recommend: one id, one title, one link. diagnose() and the
// wizard's result screens both build their fixes from here, so the same advice always
// reads the same and points to the same page.
import {settingsFileOfJson} from './text/app-setting.js';
import type {KeyElsewhere, KeySentElsewhere} from './context.js';
import {vendorFixFile, type AppKeyToVendor} from './checks/app-keys.js';
import type {OwnApiVendor} from './deepseek/url.js';
import {agentAppUserFiles, anthropicVersionPath, checkAppKeyCommand, officialApiHost, platformUrls, type AgentApp} from './deepseek/facts.js';
import {dnsFlushCommand} from './deepseek/fake-ip.js';
import {hostsFilePath} from './deepseek/resolved-here.js';
import type {SystemProxySource} from './deepseek/system-proxy.js';
import type {ClockSystem} from './deepseek/wsl.js';
import type {ContainerNameKind} from './deepseek/container-names.js';
import {containerPlace} from './deepseek/container.js';
import type {SavedKey} from './deepseek/saved-key.js';
import {utcMinute} from './text/when.js';
import type {BadProxy, UntrustedFacts} from './deepseek/types.js';
import {callsReachDeepSeek, provider as endpointProvider, type ContainerLoopback, type Results, type WslLoopback} from './checks/details.js';
import type {AccountRefusal, ModelAccess} from './providers/signatures/index.js';
import {systemProxySettings} from './messages/checks.js';
import {fixMessages} from './messages/fixes.js';
import {keysUrl, modelsUrl, rateLimitUrl} from './providers/host.js';
import {providerRow, providerTable} from './providers/table.js';
import type {ProviderInfo} from './providers/types.js';
import {sanitize} from './text/safe.js';
import {currentShell} from './text/shell.js';
import type {Fix as AnyFix, FixId} from './verdict.js';

/** Where a subscription's extra usage is bought or turned on (the provider table's usage page), else the service's console. */
const usagePageOf = (provider: ProviderInfo | undefined): string | null => (provider ? (providerRow(provider.id).subscriptionUsageUrl ?? provider.consoleUrl) : null);

/** A fix as made here: its id is one of `fixIds` (the type checker holds every id below to that list). */
export type MadeFix = AnyFix & {id: FixId};
type Fix = MadeFix;

/**
 * Fixes made one per subject, which share their id: each agent app's `check_key_in_tool` that checks the key it sends.
 * A list keeps one fix per id (`repeatsFix`), but one of these per subject.
 */
const subjects = new WeakMap<AnyFix, string>();
function forSubject<F extends AnyFix>(fix: F, subject: string): F {
	subjects.set(fix, subject);
	return fix;
}

/** A fix about the key checked itself, listed beside the apps' of the same id (its `check_key_in_tool`): one subject of its own. */
export function forCheckedKey<F extends AnyFix>(fix: F): F {
	return subjects.has(fix) ? fix : forSubject(fix, 'checked');
}

/** Whether `fix` repeats `earlier` in a list: the same id, unless both are made per subject (each app's key check) for different subjects. */
export function repeatsFix(fix: AnyFix, earlier: AnyFix): boolean {
	if (fix.id !== earlier.id) return false;
	const [subject, earlierSubject] = [subjects.get(fix), subjects.get(earlier)];
	return subject === undefined || earlierSubject === undefined || subject === earlierSubject;
}

export const fixes = {
	createKey: (): Fix => ({id: 'create_key', title: fixMessages.createKey, url: platformUrls.apiKeys}),
	setKey: (): Fix => ({id: 'set_key', title: fixMessages.setKey({shell: currentShell()}), url: null}),
	/** DEEPSEEK_API_KEY is set but blank: put the key in where it is set, first; then a new key for one who has none. */
	fillBlankKey: (): Fix[] => [
		{id: 'set_key', title: fixMessages.fillBlankKey({shell: currentShell()}), url: null},
		{id: 'create_key', title: fixMessages.createKeyIfNone, url: platformUrls.apiKeys},
	],
	/** The key is in a dotenv file saved as UTF-16, which no loader reads: save it as UTF-8. */
	saveDotenvUtf8: (file: string): Fix => ({id: 'set_key', title: fixMessages.saveDotenvUtf8(file), url: null}),
	/** The key is on a dotenv line whose ＝ was typed full-width, which no loader reads: type it half-width. */
	halfWidthEquals: (at: {file: string; line: number}): Fix => ({id: 'set_key', title: fixMessages.halfWidthEquals(at), url: null}),
	/** DEEPSEEK_API_KEY is saved for later shells (a start-up file, Windows' environment variables), not in this one: load it. */
	loadSavedKey: (saved: SavedKey): Fix => ({id: 'set_key', title: fixMessages.loadSavedKey(saved), url: null}),
	/** This shell's key was refused, and a start-up file (or Windows' variables) saves another for new shells. */
	useStartupKey: (saved: SavedKey): Fix => ({id: 'set_key', title: fixMessages.useStartupKey(saved), url: null}),
	/**
	 * No key, but another variable (or the folder's .env) holds a DeepSeek-shaped one: use that one. `sentTo`: where an
	 * agent app sends that key, where that is not the base URL checked (a relay's): the check must go there too.
	 */
	setKeyFrom: (found: KeyElsewhere, sentTo?: string): Fix => ({
		id: 'set_key',
		title: found.source
			? fixMessages.setKeyFromApp({app: found.source, variable: sanitize(found.name), masked: sanitize(found.masked), file: sanitize(settingsFileOfJson(found, agentAppUserFiles[found.source])), ...(sentTo ? {baseUrl: sanitize(sentTo)} : {})})
			: found.inProjectEnv
			? fixMessages.setKeyFromProjectEnv({variable: sanitize(found.name), masked: sanitize(found.masked), file: sanitize(found.dotenvFile ?? '.env')})
			: fixMessages.setKeyFrom({variable: sanitize(found.name), masked: sanitize(found.masked), shell: currentShell(), ...(sentTo ? {baseUrl: sanitize(sentTo)} : {})}),
		url: null,
	}),
	/** A key another tool's variable sends to a relay (key_present's `keysSentElsewhere`): check it there, naming the dotenv files it and its base URL are in. */
	setKeySentFrom: (sent: KeySentElsewhere): Fix =>
		sent.dotenvFile === undefined && sent.baseDotenvFile === undefined
			? fixes.setKeyFrom({name: sent.name, masked: sent.masked, inProjectEnv: false}, sent.url)
			: {id: 'set_key', title: fixMessages.setKeySentFromFile({variable: sanitize(sent.name), masked: sanitize(sent.masked), file: sent.dotenvFile, baseVariable: sent.baseUrlVariable, baseFile: sent.baseDotenvFile, baseUrl: sanitize(sent.url)}), url: null},
	/** The same tool's base-URL variable sends a DeepSeek-shaped key to `vendor`'s own API, which refuses it: DeepSeek's address there. */
	baseUrlToVendor: (sent: KeySentElsewhere, vendor: OwnApiVendor): Fix => ({id: 'fix_base_url', title: fixMessages.baseUrlToVendor({variable: sent.name, masked: sanitize(sent.masked), baseVariable: sent.baseUrlVariable, baseFile: sent.baseDotenvFile, vendor}), url: null}),
	checkKeyInTool: (): Fix => ({id: 'check_key_in_tool', title: fixMessages.checkKeyInTool, url: platformUrls.apiKeys}),
	/** The same fix where a new key is offered as a fix of its own (or would not help: a replaced key), so the title does not offer it too. */
	checkSentKey: (): Fix => ({id: 'check_key_in_tool', title: fixMessages.checkSentKey, url: platformUrls.apiKeys}),
	/** The same fix where the key refused is the one an agent app's settings hold (picked in the wizard): put a working one there. */
	replaceAppKey: (app: AgentApp, file?: string, keyVariable?: string): Fix => ({id: 'check_key_in_tool', title: fixMessages.replaceAppKey({app, file, ...(keyVariable === undefined ? {} : {keyVariable: sanitize(keyVariable)})}), url: platformUrls.apiKeys}),
	/** The same where the key refused is in another tool's variable (OPENAI_API_KEY), picked in the wizard; `dotenvFile`: the folder's dotenv file that holds it (`.env`), where the environment does not. */
	replaceVariableKey: (variable: string, dotenvFile?: string): Fix => ({id: 'check_key_in_tool', title: fixMessages.replaceVariableKey({variable: sanitize(variable), dotenvFile: dotenvFile === undefined ? undefined : sanitize(dotenvFile)}), url: platformUrls.apiKeys}),
	/** An agent app's settings give it another key than the one checked: the command that checks that one (one per app: several in a list). */
	checkAppKey: (app: AgentApp): Fix => forSubject({id: 'check_key_in_tool', title: fixMessages.checkAppKey({app, command: checkAppKeyCommand(app)}), url: null}, app),
	findKey: (): Fix => ({id: 'find_key', title: fixMessages.findKey, url: platformUrls.apiKeys}),
	/** An agent app sends its DeepSeek key to its vendor's own API (key_present's `appKeysToVendor`): send its calls to DeepSeek, in the file that holds the key. One per app. */
	appToDeepSeek: (sent: AppKeyToVendor): Fix =>
		forSubject({id: 'check_key_in_tool', title: fixMessages.appToDeepSeek({app: sent.source, file: sanitize(vendorFixFile(sent)), setting: sent.setting, url: sent.deepSeekUrl, host: sanitize(sent.host)}), url: null}, `vendor:${sent.source}`),
	/** The key as set holds characters no request can carry: copy it again, clean. */
	copyKeyAgain: (): Fix => ({id: 'check_key_in_tool', title: fixMessages.copyKeyAgain, url: platformUrls.apiKeys}),
	/** The key as set starts with "Bearer " or is wrapped in quotes, sent as part of it: remove them. */
	unwrapKey: (shape: 'bearer' | 'quoted' | 'assignment'): Fix => ({id: 'check_key_in_tool', title: fixMessages.unwrapKey[shape], url: null}),
	topUp: (): Fix => ({id: 'top_up', title: fixMessages.topUp, url: platformUrls.topUp}),
	transactions: (): Fix => ({id: 'check_transactions', title: fixMessages.transactions, url: platformUrls.transactions}),
	sameAccount: (): Fix => ({id: 'check_account', title: fixMessages.sameAccount, url: platformUrls.apiKeys}),
	support: (traceId?: string): Fix => ({id: 'contact_support', title: fixMessages.support(traceId), url: platformUrls.supportMail}),
	/**
	 * Whom to write to about these calls, the one rule for every result that offers support: DeepSeek's support only
	 * where the calls reach DeepSeek (checks/details.ts `callsReachDeepSeek`); elsewhere that service's console where
	 * the provider table knows one; else no one (whoever runs it is named by the diagnosis where it matters).
	 */
	supportWhereCallsGo: (results: Results, traceId?: string): Fix[] => {
		if (callsReachDeepSeek(results)) return [fixes.support(traceId)];
		const found = endpointProvider(results);
		// DeepSeek's own host the key was never sent to (plain http): nothing there to look up.
		return found?.consoleUrl && found.id !== 'deepseek' ? [fixes.relayConsole(found)] : [];
	},
	useDeepSeek: (): Fix => ({id: 'use_deepseek_base_url', title: fixMessages.useDeepSeek, url: null}),
	/** The same fix for a tool that speaks Anthropic's API (the base URL the user had ends in /anthropic, or is Anthropic's). */
	useDeepSeekAnthropic: (): Fix => ({id: 'use_deepseek_base_url', title: fixMessages.useDeepSeekAnthropic, url: null}),
	relayConsole: (provider: ProviderInfo): Fix => ({id: 'relay_console', title: fixMessages.relayConsole(sanitize(provider.name)), url: provider.consoleUrl}),
	/** Another service's console where it has one; else `ask` (whoever runs it, about what). */
	consoleOr: (provider: ProviderInfo | undefined, ask: Fix): Fix => (provider?.consoleUrl ? fixes.relayConsole(provider) : ask),
	/** A gateway without a known top-up page: its owner is the one to ask, to top up the token or (`account`) the user's own quota behind it. */
	relayTopUp: (provider: ProviderInfo, what: 'token' | 'account' | 'overdue' | 'no_payment_method' = 'token', billingPage?: string): Fix => {
		if (!provider.consoleUrl) return {id: 'top_up_relay', title: what === 'token' ? fixMessages.gatewayOwner : fixMessages.gatewayOwnerAccount, url: null};
		const title = (what === 'overdue' ? fixMessages.relaySettle : what === 'no_payment_method' ? fixMessages.relayAddPayment : fixMessages.relayTopUp)(sanitize(provider.name));
		// The user's own billing page, as its answer named it (diagnose checked its exact shape): the link goes all the way.
		if (billingPage !== undefined) return {id: 'top_up_relay', title, url: sanitize(billingPage)};
		// The link stops at the user's workspace: the sentence says the last click.
		return {id: 'top_up_relay', title: providerRow(provider.id).billingInMenu ? fixMessages.billingInMenu(title) : title, url: provider.consoleUrl};
	},
	/** The base URL redirects the calls to the same API at `base`: set that instead. */
	setBaseUrl: (base: string): Fix => ({id: 'fix_base_url', title: fixMessages.setBaseUrl({base: sanitize(base)}), url: null}),
	/** The network check's handshake got plain text (checks/details.ts plainAnswer): http:// where the host is this computer, else the port or scheme to correct. */
	plainAnswer: (found: {at: string; suggested: string | null}): Fix =>
		found.suggested === null ? {id: 'fix_base_url', title: fixMessages.plainPort({at: sanitize(found.at)}), url: null} : fixes.setBaseUrl(found.suggested),
	/** A login page in front of the service at `host`: whoever runs it can give an address without it, or a service token. */
	askForAddressWithoutLogin: (host: string): Fix => ({id: 'ask_operator', title: fixMessages.askForAddressWithoutLogin({host: sanitize(host)}), url: null}),
	/** DeepSeek's own host answers the chat call 404: a tool that adds no path needs the whole endpoint. */
	wholeEndpoint: (): Fix => ({id: 'fix_base_url', title: fixMessages.wholeEndpoint, url: null}),
	/** The base URL ends in a path the user's tools add themselves (`/chat/completions`): give them `base`. */
	baseUrlWithoutPath: (base: string, path: string): Fix => ({
		id: 'fix_base_url',
		title: path.toLowerCase() === anthropicVersionPath ? fixMessages.anthropicWithoutVersion({base: sanitize(base)}) : fixMessages.baseUrlWithoutPath({base: sanitize(base), path: sanitize(path)}),
		url: null,
	}),
	/** The host answers, the path in the base URL does not (404 to the model list and the chat call): that path first. */
	correctBasePath: (name: string | undefined): Fix => ({id: 'fix_base_url', title: fixMessages.correctBasePath({name: name === undefined ? undefined : sanitize(name)}), url: null}),
	/** The base URL set for another service ends in a path only DeepSeek serves (`/beta`): set `base` there instead. */
	withoutDeepSeekPath: (name: string, base: string, path: string): Fix => ({id: 'fix_base_url', title: fixMessages.withoutDeepSeekPath({name: sanitize(name), base: sanitize(base), path: sanitize(path)}), url: null}),
	/**
	 * The account takes a model's free quota only, which is used up: switch that off in the console (Model Studio's "use free
	 * tier only"), or on Volcengine Ark's Model Activation page (its "Safe Experience Mode"), linked where the host's is known.
	 */
	freeTierOnlyOff: (provider: ProviderInfo | undefined, name: string, host?: string): Fix =>
		provider?.id === 'volcengine-ark'
			? {id: 'relay_console', title: fixMessages.safeExperienceModeOff({name: sanitize(name)}), url: modelsUrl(provider.id, host) ?? provider.consoleUrl}
			: {id: 'relay_console', title: fixMessages.freeTierOnlyOff({name: sanitize(name)}), url: provider?.consoleUrl ?? null},
	/**
	 * A model Volcengine Ark refuses until its console changes something: activate the model
	 * (`activate`, linked to the host's model activation page where it is known), or make an
	 * inference endpoint for it and name its id (`endpoint`: no link, as the table knows no page
	 * for endpoints, and the activation or billing page would name another task).
	 */
	modelAccessConsole: (access: ModelAccess, provider: ProviderInfo | undefined, name: string, host?: string): Fix =>
		access === 'activate'
			? {id: 'relay_console', title: fixMessages.activateModel({name: sanitize(name)}), url: (provider === undefined ? undefined : modelsUrl(provider.id, host)) ?? provider?.consoleUrl ?? null}
			: access === 'routing'
			? {id: 'relay_console', title: fixMessages.routingSettings({name: sanitize(name)}), url: null}
			: {id: 'relay_console', title: fixMessages.useEndpointId({name: sanitize(name)}), url: null},
	/** A proxy on this computer passed on a refusal for money: the account set up in it, at its provider, is what to top up or switch. */
	localProxyAccount: (name: string): Fix => ({id: 'top_up_relay', title: fixMessages.localProxyAccount({name: sanitize(name)}), url: null}),
	/** A key whose own credit limit is used up, at a service that has a page to raise it (undefined where it has none). */
	raiseKeyLimit: (provider: ProviderInfo): Fix | undefined => {
		const url = providerRow(provider.id).keyLimitUrl;
		return url === undefined ? undefined : {id: 'raise_key_limit', title: fixMessages.raiseKeyLimit(sanitize(provider.name)), url};
	},
	/** The same check as checkKeyInTool at a service whose API keys page is known, linking there (undefined where it is not). */
	checkKeyThere: (provider: ProviderInfo, host: string | undefined): Fix | undefined => {
		const url = keysUrl(provider.id, host);
		return url === undefined ? undefined : {id: 'check_key_in_tool', title: fixMessages.checkKeyThere({name: sanitize(provider.name)}), url};
	},
	/** A gateway that passes the key on refused its own token (`ownAuth`): send it in its header, or switch the setting off. */
	gatewayToken: (provider: ProviderInfo): Fix => {
		const auth = providerRow(provider.id).ownAuth;
		const said = {name: sanitize(provider.name), header: auth?.header ?? ''};
		return {id: 'check_key_in_tool', title: auth?.switchable ? fixMessages.gatewayToken(said) : fixMessages.gatewayKey(said), url: auth?.url ?? null};
	},
	/** Past a gateway that passes the key on: the same DeepSeek key straight to DeepSeek. */
	bypassGateway: (provider: ProviderInfo): Fix => ({id: 'use_deepseek_base_url', title: fixMessages.bypassGateway(sanitize(provider.name)), url: null}),
	/** A proxy on this computer reaches DeepSeek at an address DeepSeek does not serve: set DeepSeek's address in it as it expects it. */
	deepSeekAddressInProxy: (name: string): Fix => ({id: 'fix_base_url', title: fixMessages.deepSeekAddressInProxy({name: sanitize(name)}), url: null}),
	/** The same at a service someone else runs: they set that address. */
	askOperatorAboutDeepSeekAddress: (name: string): Fix => ({id: 'ask_operator', title: fixMessages.askOperatorAboutDeepSeekAddress({name: sanitize(name)}), url: null}),
	/** A service that was not recognised: its operator is the one to ask. */
	/** The base URL redirects the API calls to `baseUrl` on another host: whether the service moved there is its operator's to say. */
	askOperatorAboutMove: (name: string, baseUrl: string): Fix => ({id: 'ask_operator', title: fixMessages.askOperatorAboutMove({name: sanitize(name), base: sanitize(baseUrl)}), url: null}),
	askOperator: (name: string): Fix => ({id: 'ask_operator', title: fixMessages.askOperator(sanitize(name)), url: null}),
	askAdminBudget: (name: string): Fix => ({id: 'ask_operator', title: fixMessages.askAdminBudget(sanitize(name)), url: null}),
	/** The base URL is plain http:// to another computer: the key was never sent. */
	useHttps: (): Fix => ({id: 'use_https', title: fixMessages.useHttps, url: null}),
	/**
	 * The request itself was refused (its length, max_tokens, content or message order): the app must send another.
	 * `atDeepSeek`: DeepSeek refused it, whose error codes page says what its 400 and 422 ask to change (the link
	 * the result's Enter opens, not a later fix's); another service's refusal has no page of DeepSeek's to read.
	 */
	/** `moderated`: the service's content moderation refused it, so the words are what to change, not the length. */
	changeRequest: (atDeepSeek: boolean, moderated = false): Fix => ({id: 'change_request', title: moderated ? fixMessages.changeFlaggedContent : fixMessages.changeRequest, url: atDeepSeek ? platformUrls.errorCodes : null}),
	lowerMaxTokens: (): Fix => ({id: 'lower_max_tokens', title: fixMessages.lowerMaxTokens, url: null}),
	/** The prompt alone costs more than the credit left: its length is what to lower, max_tokens does not help. */
	shorterPrompt: (): Fix => ({id: 'shorter_prompt', title: fixMessages.shorterPrompt, url: null}),
	/** The same where the key's plan caps a prompt's tokens (a free key), whatever the credit. */
	shorterPromptCapped: (tokens: number | undefined): Fix => ({id: 'shorter_prompt', title: fixMessages.shorterPromptCapped({tokens}), url: null}),
	/** A paid key at that service, whose free key caps a prompt's tokens: from its console, or from whoever runs it. */
	paidKeyThere: (provider: ProviderInfo | undefined, name: string): Fix =>
		provider?.consoleUrl
			? {id: 'relay_console', title: fixMessages.paidKeyAt(sanitize(name)), url: provider.consoleUrl}
			: {id: 'ask_operator', title: fixMessages.askOperatorForPaidKey(sanitize(name)), url: null},
	/** A subscription that takes long-context requests only with paid extra usage (Anthropic): the model's standard context. */
	standardContext: (): Fix => ({id: 'change_request', title: fixMessages.standardContext, url: null}),
	/**
	 * …or extra usage turned on there. At the subscription's own service (Anthropic's API, whose row names its usage
	 * page): by the subscriber, on that page; a relay passing the answer on: in its console, or by whoever runs it.
	 */
	extraUsageOn: (provider: ProviderInfo | undefined, name: string): Fix => {
		const own = provider ? providerRow(provider.id).subscriptionUsageUrl : undefined;
		if (own) return {id: 'relay_console', title: fixMessages.extraUsageOnOwn({page: own.replace(/^https:\/\//, '')}), url: own};
		// No usage page of its own (a relay passing the answer on): its console, where it has one.
		const page = provider?.consoleUrl ?? null;
		return {id: page ? 'relay_console' : 'ask_operator', title: fixMessages.extraUsageOn(sanitize(name)), url: page};
	},
	/** A subscription's extra usage used up, off or unclaimed: bought or turned on on its usage page (else its console, else whoever runs it). */
	addExtraUsage: (provider: ProviderInfo | undefined, name: string): Fix => {
		const page = usagePageOf(provider);
		return {id: page ? 'top_up_relay' : 'ask_operator', title: fixMessages.addExtraUsage(sanitize(name)), url: page};
	},
	statusPage: (): Fix => ({id: 'status_page', title: fixMessages.statusPage, url: platformUrls.statusPage}),
	retryLater: (): Fix => ({id: 'retry_with_backoff', title: fixMessages.retryLater, url: platformUrls.errorCodes}),
	/** DeepSeek refused keys with 401 during its outage: retry those once it has recovered (the usual advice says never retry a 401). */
	retryAfterOutage: (): Fix => ({id: 'retry_with_backoff', title: fixMessages.retryAfterOutage, url: platformUrls.errorCodes}),
	/** The same advice for another service: DeepSeek's error-code page would be the wrong link. */
	retryLaterElsewhere: (): Fix => ({id: 'retry_later', title: fixMessages.retryLater, url: null}),
	/**
	 * OpenRouter's error inside a 200's choice: the provider serving the model there failed mid-answer ("Provider
	 * disconnected mid-stream"). If it lasts, another provider of the model (OpenRouter falls back unless the app pins
	 * one) or another model helps; its console's key and balance do not.
	 */
	otherProvider: (name: string): Fix => ({id: 'other_provider', title: fixMessages.otherProvider({name: sanitize(name)}), url: null}),
	/** The service took the connection but answered later than --timeout: allow it more time (a slow service is no network fault). */
	allowMoreTime: (): Fix => ({id: 'retry_later', title: fixMessages.allowMoreTime, url: null}),
	/** The same after a refusal for the cost of the calls in flight (OpenRouter's 402): that one is retried, after the wait it names. */
	retryAfterInFlight: (): Fix => ({id: 'retry_later', title: fixMessages.retryAfterInFlight, url: null}),
	/** The same while a charge made earlier is still being settled there: a minute's wait, then whoever runs it if it stays. */
	retryAfterChargeSettles: (ask: string): Fix => ({id: 'retry_later', title: fixMessages.retryAfterChargeSettles({ask: sanitize(ask)}), url: null}),
	lowerConcurrency: (): Fix => ({id: 'reduce_concurrency', title: fixMessages.lowerConcurrency, url: platformUrls.rateLimit}),
	/** The same advice for another service: its own page on its limits (from the provider table), or none — never DeepSeek's. */
	lowerConcurrencyElsewhere: (provider: ProviderInfo | undefined, host: string | undefined, status?: number): Fix => ({
		id: 'reduce_concurrency',
		// A limit said with another status (AiHubMix's 503, OpenRouter's 402 for its in-flight budget): "retry 429s" would name one it never sent.
		title: status === undefined || status === 429 ? fixMessages.lowerConcurrency : fixMessages.lowerConcurrencyAnyStatus,
		url: provider ? rateLimitUrl(provider.id, host) : null,
	}),
	/** A proxy asks for a login (407): its user and password go in the proxy variable's URL, or (`refused`: it refused the one there) are corrected there. */
	proxyLogin: (refused = false): Fix => ({id: 'check_proxy', title: refused ? fixMessages.proxyLoginWrong : fixMessages.proxyLogin, url: null}),
	/**
	 * Nothing listening at the proxy (checks/details.ts proxyRefused, sanitised): start it, or go without it. `measured`: going
	 * direct was tried (checks/details.ts goingDirect), so whether to go without it is said by the fixes around this one.
	 */
	proxyRefused: (refused: {proxy: string; variable: string; local: boolean}, measured = false): Fix => ({
		id: 'check_proxy',
		title: (refused.local ? fixMessages.startLocalProxy : fixMessages.checkRemoteProxy)({proxy: refused.proxy, variable: refused.variable, measured}),
		url: null,
	}),
	/** The proxy failed and going direct reaches `host` (checks/details.ts goingDirect, sanitised): unset `variables`, in the user's shell. */
	unsetProxy: (variables: readonly string[], host: string): Fix => ({
		id: 'unset_proxy',
		title: fixMessages.unsetProxy({variables: variables.map(name => sanitize(name)), host: sanitize(host).replace(/:\d+$/, ''), shell: currentShell()}),
		url: null,
	}),
	/** The proxy refused the tunnel and going direct fails too: the proxy is the way out, not NO_PROXY. */
	repairProxy: (variables: readonly string[]): Fix => ({id: 'check_proxy', title: fixMessages.repairProxy({variables}), url: null}),
	/** A proxy asks for a login it offers only as NTLM or Negotiate: none in its URL can answer it. */
	proxyLoginNotBasic: (): Fix => ({id: 'check_proxy', title: fixMessages.proxyLoginNotBasic, url: null}),
	/** The http:// proxy is a SOCKS5 port (checks/details.ts proxySpeaksSocks): its URL with socks5://, or the app's HTTP port. */
	proxySpeaksSocks: (found: {variable: string; socks: string; password: boolean}): Fix => ({id: 'check_proxy', title: fixMessages.proxySpeaksSocks({variable: sanitize(found.variable), socks: sanitize(found.socks), password: found.password}), url: null}),
	/** A proxy variable that holds no usable proxy URL (checks/details.ts badProxy, already sanitised): what to write. */
	badProxy: (bad: {variable: string; problem: BadProxy}): Fix => ({id: 'check_proxy', title: fixMessages.badProxy(bad), url: null}),
	/** `host`: the base URL's host, with or without its port (DeepSeek's when unknown); `viaProxy`: the requests went through a proxy. */
	network: (reason: string | undefined, host: string | undefined = officialApiHost, viaProxy = false): Fix => {
		const bare = sanitize(host).replace(/:\d+$/, '');
		return {
			id: `check_${reason === 'proxy' ? 'proxy' : reason === 'dns' ? 'dns' : reason === 'tls' ? 'tls' : 'network'}`,
			// DeepSeek's own host not resolved: its name is right, so no "check the base URL for typos".
			title: fixMessages.network(reason === 'dns' && bare === officialApiHost ? 'dns_official' : reason, bare, viaProxy),
			url: null,
		};
	},
	/** The TLS check failed while other tools here are told to trust a certificate file (deepseek/extra-ca.ts otherToolsCaFile). */
	trustOtherToolsCa: (variable: string, path: string): Fix => ({id: 'check_tls', title: fixMessages.trustOtherToolsCa({variable: sanitize(variable), path: sanitize(path), shell: currentShell()}), url: null}),
	/** The file other tools trust holds an intermediate of the chain and not its root (checks/details.ts untrustedCertificate `otherToolsCaMissingRoot`). */
	trustMissingRoot: (variable: string, path: string, untrusted: UntrustedFacts & {otherToolsCaMissingRoot: string}): Fix => ({
		id: 'check_tls',
		title: fixMessages.trustMissingRoot({
			variable: sanitize(variable), path: sanitize(path), root: sanitize(untrusted.otherToolsCaMissingRoot),
			proxy: untrusted.proxy === null ? undefined : sanitize(untrusted.proxy),
		}),
		url: null,
	}),
	/** A certificate not trusted, with its issuer or NODE_EXTRA_CA_CERTS's file known (checks/details.ts untrustedCertificate). */
	trustInterceptor: (untrusted: UntrustedFacts): Fix => ({
		id: 'check_tls',
		title: fixMessages.trustInterceptor({
			issuer: untrusted.issuer === null ? undefined : sanitize(untrusted.issuer),
			chainRoot: untrusted.chainRoot === undefined ? undefined : sanitize(untrusted.chainRoot),
			proxy: untrusted.proxy === null ? undefined : sanitize(untrusted.proxy),
			extra: untrusted.extraCaFile === null ? undefined : {
				file: sanitize(untrusted.extraCaFile.path), readable: untrusted.extraCaFile.readable,
				missingRoot: untrusted.extraCaFile.missingRoot === undefined ? undefined : sanitize(untrusted.extraCaFile.missingRoot),
			},
			systemTrusted: untrusted.systemTrusted,
			shell: currentShell(),
		}),
		url: null,
	}),
	/** Direct failed while ALL_PROXY, which the user's program may use and this tool does not, answers: check through it (checks/network.ts). */
	/** The API host is reachable only through the proxy in `variable` (network `directConnect`): Node's fetch ignores it by default. */
	nodeEnvProxy: (variable: string): Fix => ({id: 'node_env_proxy', title: fixMessages.nodeEnvProxy({variable: sanitize(variable), shell: currentShell()}), url: null}),
	throughOtherToolsProxy: (variable: string, suggested: string, login: boolean): Fix => ({id: 'check_proxy', title: fixMessages.throughOtherToolsProxy({variable: sanitize(variable), suggested: sanitize(suggested), login, shell: currentShell()}), url: null}),
	/** Direct failed with no proxy variable, where the system's proxy settings give browsers a proxy or a script (checks/details.ts systemProxy, sanitised). */
	systemProxy: (system: {from: SystemProxySource; proxy?: string; reachable?: boolean; pac?: string; host: string}): Fix => {
		const settings = systemProxySettings[system.from];
		const title = system.proxy === undefined ? fixMessages.systemPac({settings, host: system.host})
			: system.reachable ? fixMessages.throughSystemProxy({settings, proxy: system.proxy, shell: currentShell()})
			: fixMessages.systemProxyDown({settings, proxy: system.proxy});
		return {id: 'check_proxy', title, url: null};
	},
	/** Python's HTTP clients would call the base URL on this computer through a proxy (checks/network.ts): NO_PROXY must name it. */
	localNoProxy: (variable: string, host: string): Fix => ({id: 'check_proxy', title: fixMessages.localNoProxy({variable: sanitize(variable), host: sanitize(host)}), url: null}),
	/** The failed proxy's lower-case `variable` hides another proxy in its upper-case `twin` (checks/details.ts shadowedProxy, already sanitised). */
	proxyShadows: (shadowed: {variable: string; twin: string}): Fix => ({id: 'check_proxy', title: fixMessages.proxyShadows(shadowed), url: null}),
	/** Direct failed where NO_PROXY's `entry` sent the request around the proxy `variable` sets (checks/details.ts bypassedProxy, already sanitised). */
	noProxyBypass: (bypass: {variable: string; noProxy: string; entry: string; host: string}): Fix => ({id: 'check_proxy', title: fixMessages.noProxyBypass(bypass), url: null}),
	/** ALL_PROXY, which the user's program may use and this tool does not, has nothing answering (checks/network.ts). */
	otherToolsProxy: (variable: string, proxy: string): Fix => ({id: 'check_proxy', title: fixMessages.otherToolsProxy({variable: sanitize(variable), proxy: sanitize(proxy)}), url: null}),
	/** A gateway on this computer (one-api, new-api) failed without saying why: its log, and its channels (`url`: its channel page, where known). */
	localGatewayChannels: (name: string, url?: string): Fix => ({id: 'check_gateway_channels', title: fixMessages.localGatewayChannels({name: sanitize(name)}), url: url ?? null}),
	/** A certificate outside its dates: this computer's clock, set as this system sets it (`system`: the network check's finding; WSL 2 has its own remedy). */
	setClock: (system: ClockSystem): Fix => ({id: 'set_clock', title: fixMessages.setClock({system}), url: null}),
	/** DeepSeek's certificate read as expired with the clock right: something on the way presents an old one. */
	oldCertificateOnTheWay: (host: string): Fix => ({id: 'check_tls', title: fixMessages.oldCertificateOnTheWay({host: sanitize(host)}), url: null}),
	/** Another service's certificate expired at `validTo` (ISO): only whoever runs it can renew it. */
	lapsedCertificate: (host: string, validTo: string): Fix => ({id: 'ask_operator', title: fixMessages.lapsedCertificate({host: sanitize(host), on: utcMinute(validTo)}), url: null}),
	/**
	 * Inside WSL 2, the proxy (`variable`) or the service on loopback refused (checks/details.ts wslLoopback): mirrored
	 * networking, where loopback is Windows'; or Windows' address as WSL sees it; or run it inside WSL.
	 */
	wslLoopback: (refused: WslLoopback): Fix[] => [
		{id: 'wsl_networking', title: fixMessages.wslMirrored, url: null},
		refused.proxy === undefined
			? {id: 'fix_base_url', title: fixMessages.wslServiceAtWindows({loopback: refused.loopback, windowsHost: refused.windowsHost, readAt: refused.readAt}), url: null}
			: {id: 'check_proxy', title: fixMessages.wslProxyAtWindows({variable: refused.proxy.variable, suggested: atHost(refused.proxy.url, refused.windowsHost), readAt: refused.readAt}), url: null},
		{id: 'check_network', title: fixMessages.wslRunInside({what: refused.proxy === undefined ? 'service' : 'proxy'}), url: null},
	],
	/**
	 * Inside a container, the proxy or the service on loopback refused (checks/details.ts containerLoopback): the host's
	 * name or address as the container sees it, with the program there listening beyond 127.0.0.1; or without the
	 * proxy, or the relay beside the program. In a codespace the user's computer is not reachable: only the latter.
	 * In a pod, the program elsewhere in the cluster by its Service's name first.
	 */
	containerLoopback: (refused: ContainerLoopback): Fix[] => {
		const place = containerPlace(refused.kind);
		const what = refused.proxyVariable === null ? 'service' : 'proxy';
		const inside: Fix = {id: what === 'proxy' ? 'check_proxy' : 'fix_base_url', title: fixMessages.containerRunInside({what, place, variable: refused.proxyVariable}), url: null};
		if (place === 'codespace') return [inside];
		if (place === 'pod') return [{id: inside.id, title: fixMessages.podServiceAddress({variable: refused.proxyVariable, loopback: refused.loopback}), url: null}, {...inside, id: 'check_network'}];
		const atHost: Fix = refused.proxyVariable === null
			? {id: 'fix_base_url', title: fixMessages.containerServiceAtHost({loopback: refused.loopback, suggested: refused.suggested}), url: null}
			: {id: 'check_proxy', title: fixMessages.containerProxyAtHost({variable: refused.proxyVariable, suggested: refused.suggested}), url: null};
		// Another id than the first's: fixes of one id are shown once.
		return [atHost, {...inside, id: 'check_network'}];
	},
	/**
	 * The base URL's host is a name only containers resolve (checks/details.ts unresolvedContainerName): localhost outside
	 * them; for Docker's name, the option that defines it in a Linux container; for a Compose service, the port it publishes.
	 */
	containerName: (found: {kind: ContainerNameKind; name: string; port: number; suggested: string}): Fix[] =>
		found.kind === 'service_name'
			? [{id: 'fix_base_url', title: fixMessages.composeServiceOutside(found), url: null}, fixes.network('dns')]
			: [
				{id: 'fix_base_url', title: fixMessages.hostAliasOutside(found), url: null},
				...(found.kind === 'docker_host' ? [{id: 'check_network' as const, title: fixMessages.addHostGateway(found), url: null}] : []),
			],
	/** The base URL's host resolved to a proxy app's fake-ip address, and the calls got no connection or no answer there (checks/details.ts fakeIpRoute): that app first. */
	fakeIpApp: (host: string): Fix => ({id: 'check_network', title: fixMessages.fakeIpApp({host: sanitize(host).replace(/:\d+$/, '')}), url: null}),
	/** The same where nothing carries that address (no TCP connection made: the app quit, or its TUN mode is off): start it with TUN on, or (`proxyNamed`: unless a fix before names one) set HTTPS_PROXY to its HTTP port. */
	fakeIpUnrouted: (proxyNamed: boolean): Fix => ({id: 'check_network', title: fixMessages.fakeIpUnrouted({proxyNamed}), url: null}),
	/** The app's fake address may outlive it in the system's DNS cache: this system's command to flush it. */
	flushDns: (): Fix => ({id: 'check_dns', title: fixMessages.flushDns({command: dnsFlushCommand()}), url: null}),
	/** A known service's name resolved to this computer, and the connection failed (checks/details.ts resolvedHereRoute): the hosts file or the blocker. */
	hostsEntry: (host: string): Fix => ({id: 'check_dns', title: fixMessages.hostsEntry({host: sanitize(host), hostsFile: hostsFilePath(), command: dnsFlushCommand()}), url: null}),
	/** The same at a private network's address (`resolvedPrivate`): the hosts file, then the router's or blocker's DNS, with a lookup elsewhere to compare. */
	privateDnsEntry: (host: string): Fix => ({id: 'check_dns', title: fixMessages.privateDnsEntry({host: sanitize(host), hostsFile: hostsFilePath()}), url: null}),
	/** A proxy on this computer could not get its calls through to the service behind it: its way out (VPN, proxy) is what to check. */
	localUpstreamNetwork: (name: string): Fix => ({id: 'check_network', title: fixMessages.localUpstreamNetwork({name: sanitize(name)}), url: null}),
	/** The service behind the base URL cannot verify its own upstream's certificate: fixed on the machine that runs it. */
	upstreamCertificate: (name: string): Fix => ({id: 'check_tls', title: fixMessages.upstreamCertificate({name: sanitize(name)}), url: null}),
	/** The service refuses calls from where they come from: another network or server, or the gateway's own location. */
	callFromServedRegion: (name: string): Fix => ({id: 'change_region', title: fixMessages.callFromServedRegion({name: sanitize(name)}), url: null}),
	/**
	 * The service is not open to this account (not enabled for its organization, or `personal`: not for personal accounts;
	 * `role`: the user's role there lacks the permission, which an administrator grants).
	 */
	enableService: (name: string, refused: AccountRefusal): Fix => ({id: 'enable_service', title: fixMessages.enableService({name: sanitize(name), refused}), url: null}),
	/** The service takes these calls only from its own app or approved channels: call from there, or with an API plan or key (DeepSeek's own). */
	useOwnApp: (name: string): Fix => ({id: 'use_own_app', title: fixMessages.useOwnApp({name: sanitize(name)}), url: null}),
	/** Its console, for a service that takes these calls only from its own app: whether a plan of its takes them from other programs (not the key, not the balance). */
	accountConsole: (provider: ProviderInfo): Fix => ({id: 'relay_console', title: fixMessages.accountConsole({name: sanitize(provider.name)}), url: provider.consoleUrl}),
	ownAppConsole: (provider: ProviderInfo): Fix => ({id: 'relay_console', title: fixMessages.ownAppConsole({name: sanitize(provider.name)}), url: provider.consoleUrl}),
	/** Its content moderation refused the request: a guardrail or filter set on the key or workspace there, not its key or balance. */
	moderationConsole: (provider: ProviderInfo): Fix => ({id: 'relay_console', title: fixMessages.moderationConsole({name: sanitize(provider.name)}), url: provider.consoleUrl}),
	/** The key there takes calls only from listed IP addresses: list the caller's, or clear the list. */
	allowCallerAddress: (name: string): Fix => ({id: 'allow_address', title: fixMessages.allowCallerAddress({name: sanitize(name)}), url: null}),
	/** The resource there takes calls only from the networks its own rules allow (Azure's virtual network or firewall): call from one, or allow this one. */
	allowCallerNetwork: (name: string): Fix => ({id: 'allow_address', title: fixMessages.allowCallerNetwork({name: sanitize(name)}), url: null}),
	rotateKey: (): Fix => ({id: 'rotate_key', title: fixMessages.rotateKey, url: platformUrls.apiKeys}),
	setAlert: (): Fix => ({id: 'set_alert', title: fixMessages.setAlert, url: null}),
	usage: (): Fix => ({id: 'check_usage', title: fixMessages.usage, url: platformUrls.usage}),
	pricing: (): Fix => ({id: 'pricing', title: fixMessages.pricing, url: platformUrls.pricing}),
	/** `models`: a few ids the service lists, to name in the sentence (none when its list could not be read). */
	useListedModel: (models: readonly string[]): Fix => ({id: 'use_listed_model', title: fixMessages.useListedModel({models}), url: null}),
	deepseekModels: (): Fix => ({id: 'model_list', title: fixMessages.deepseekModels, url: platformUrls.pricing}),
	relayModelNames: (name: string): Fix => ({id: 'relay_model_names', title: fixMessages.relayModelNames({name: sanitize(name)}), url: null}),
	/** The service blocked the user behind the key: only whoever runs it can lift that (no page for it). */
	askOperatorToUnblock: (name: string): Fix => ({id: 'ask_operator', title: fixMessages.askOperatorToUnblock({name: sanitize(name)}), url: null}),
	/** A proxy on this computer passed on the lock of the provider behind it: that provider's support lifts it. */
	askProviderToUnblock: (name: string): Fix => ({id: 'ask_operator', title: fixMessages.askProviderToUnblock({name: sanitize(name)}), url: null}),
	/** The service disabled this token or let it expire: its console enables it again (extends it, when it is known to have expired) or makes another; `url`: a gateway's token page, where known. */
	enableToken: (name: string, expired = false, url?: string): Fix => ({id: 'enable_token', title: (expired ? fixMessages.extendToken : fixMessages.enableToken)({name: sanitize(name)}), url: url ?? null}),
	/** The gateway refuses the token's group: its console moves the token to a group the account may use (or makes one there); `url`: its token page, where known. */
	moveTokenGroup: (name: string, url?: string): Fix => ({id: 'enable_token', title: fixMessages.moveTokenGroup({name: sanitize(name)}), url: url ?? null}),
	/** A gateway or unrecognised service: whoever runs it can open the model to this key. */
	askOperatorForModel: (name: string): Fix => ({id: 'ask_operator', title: fixMessages.askOperatorForModel({name: sanitize(name)}), url: null}),
	/** A gateway refuses a model it has no price for: whoever runs it sets one. */
	askOperatorToPriceModel: (name: string): Fix => ({id: 'ask_operator', title: fixMessages.askOperatorToPriceModel({name: sanitize(name)}), url: null}),
	/** A gateway sent a model name on unchanged to its upstream, which does not serve it: whoever runs it maps the name. */
	askOperatorToMapModel: (name: string, upstream: string): Fix => ({id: 'ask_operator', title: fixMessages.askOperatorToMapModel({name: sanitize(name), upstream: sanitize(upstream)}), url: null}),
	/** A gateway or unrecognised service passed on its upstream's "no balance": whoever runs it tops that account up. */
	askOperatorForUpstream: (name: string, upstream: string): Fix => ({id: 'ask_operator', title: fixMessages.askOperatorForUpstream({name: sanitize(name), upstream: sanitize(upstream)}), url: null}),
	/** A recognised service's own account upstream ran dry: its support, reached from its console (no top-up of the user's helps). */
	askSupportForUpstream: (provider: ProviderInfo, upstream: string): Fix => ({
		id: provider.consoleUrl ? 'relay_console' : 'ask_operator',
		title: fixMessages.askSupportForUpstream({name: sanitize(provider.name), upstream: sanitize(upstream)}),
		url: provider.consoleUrl,
	}),
	/** A gateway or unrecognised service refused the request itself: whoever runs it knows what it takes (the money is not the matter). */
	askOperatorAboutRequest: (name: string): Fix => ({id: 'ask_operator', title: fixMessages.askOperatorAboutRequest({name: sanitize(name)}), url: null}),
	/** A relay's 429: its limits are its own, and a top-up there is not what it lacks. */
	askOperatorAboutLimits: (name: string): Fix => ({id: 'ask_operator', title: fixMessages.askOperatorAboutLimits({name: sanitize(name)}), url: null}),
	/** Cloudflare in front of the service refused the call: only whoever runs it can let API calls through. */
	askOperatorToLetThrough: (name: string): Fix => ({id: 'ask_operator', title: fixMessages.askOperatorToLetThrough({name: sanitize(name)}), url: null}),
	/** A relay's 5xx: its own failure, for whoever runs it to look into. */
	askOperatorAboutErrors: (name: string): Fix => ({id: 'ask_operator', title: fixMessages.askOperatorAboutErrors({name: sanitize(name)}), url: null}),
	errorCodes: (): Fix => ({id: 'error_codes', title: fixMessages.errorCodes, url: platformUrls.errorCodes}),
};

/** Pages we name ourselves (DeepSeek's platform and docs, each known service's console). */
const ownUrls: ReadonlySet<string> = new Set([
	...Object.values(platformUrls),
	...providerTable
		.flatMap(row => [row.consoleUrl, row.rateLimitUrl, row.keyLimitUrl, row.keysUrl, ...row.hosts.flatMap(host => [host.consoleUrl, host.rateLimitUrl, host.keysUrl, host.modelsUrl])])
		.filter((url): url is string => typeof url === 'string'),
]);

/**
 * True for a fix page we named ourselves; false for one a server told us (a gateway's
 * top-up link): reports show those as text, not as links.
 */
export function isOwnFixUrl(url: string): boolean {
	return ownUrls.has(url);
}

/** `url` (scheme://host:port) with `host` in place of its own, or undefined where either is unknown or does not parse. */
function atHost(url: string, host: string | undefined): string | undefined {
	if (host === undefined) return undefined;
	try {
		const parsed = new URL(url);
		parsed.hostname = host;
		return `${parsed.protocol}//${parsed.host}`;
	} catch {
		return undefined;
	}
}
