// Where do the calls really go: DeepSeek's API, or a relay/other vendor with a balance of
// its own? The host tells for known services; elsewhere (self-hosted gateways, also on
// 127.0.0.1) cheap fingerprints do: /api/status, what /models lists, /user/balance.
import {settingsFileOfJson, settingsPlaceJson} from '../text/app-setting.js';
import {noAppSettings, type AppSettings} from '../app-settings.js';
import {checkMessages} from '../messages/checks.js';
import {detectByFingerprint, detectByHost} from '../providers/detect.js';
import {inFull} from '../providers/naming.js';
import {billsUsersDeepSeek, passesKeyOn, providerRow} from '../providers/table.js';
import {agentApps, agentAppUserFiles, anthropicVersionPath, baseUrlEnvVars, isDeepSeekWebsiteHost, type AgentApp} from '../deepseek/facts.js';
import {proxyLoginNotBasicCode} from '../deepseek/connect-codes.js';
import {firstHop} from '../deepseek/proxy.js';
import {requestsOnTheWire} from '../deepseek/wire.js';
import type {HttpResult} from '../deepseek/types.js';
import {deepSeekOnlyPathIn, endpointPathIn, isAnthropicFormat, normaliseBaseUrl} from '../deepseek/url.js';
import {noProjectEnv, projectEnvFileOf, projectEnvName, type ProjectEnv} from '../project-env.js';
import type {ProviderInfo} from '../providers/types.js';
import type {Check, CheckStatus} from './types.js';
import {sharedGet} from './sure-gets.js';

/**
 * `source: 'dotenv'`: set in a dotenv file only (`dotenvFile`: `.env.local`, `../.env`; the
 * environment's own value wins, as dotenv leaves it). `source: 'claude_code'`: set in the `env`
 * of Claude Code's settings file `settingsFile` (`~/.claude/settings.json`); `source: 'opencode'`:
 * the `baseURL` OpenCode's config file `settingsFile` (`opencode.json`) gives its DeepSeek provider;
 * `source: 'continue'`: the `apiBase` Continue's config file gives its DeepSeek model; `source: 'aider'`: the base URL
 * Aider's files (`settingsFile`) or, `inEnvironment`, its AIDER_… variables in the environment give it.
 */
type ElsewhereVar = {name: string; url: string; provider: ProviderInfo | null; source?: 'dotenv' | AgentApp; dotenvFile?: string; settingsFile?: string; inEnvironment?: true};

/** Env vars (or the folder's .env, or Claude Code's settings) that send some tools to a different service than the one checked. */
export function baseUrlsElsewhere(
	baseUrl: string,
	env: Readonly<Record<string, string | undefined>>,
	projectEnv: ProjectEnv = noProjectEnv,
	apps: AppSettings = noAppSettings,
): ElsewhereVar[] {
	const found: ElsewhereVar[] = baseUrlEnvVars.flatMap(name => {
		const inFile = env[name] ? undefined : projectEnv.baseUrls[name];
		const raw = env[name] || inFile;
		if (!raw) return [];
		const parsed = normaliseBaseUrl(raw);
		if (!parsed.ok || parsed.value.url === baseUrl) return [];
		return [{name, url: parsed.value.url, provider: detectByHost(parsed.value.url) ?? null, ...(inFile ? {source: 'dotenv' as const, dotenvFile: projectEnvFileOf(projectEnv, name)} : {})}];
	});
	// The agent apps' own base URLs, after those (in the apps' order), where they send calls to another place than the one checked and than those before name.
	for (const app of agentApps) {
		const set = apps[app]?.baseUrl;
		const parsed = set ? normaliseBaseUrl(set.value) : undefined;
		if (!set || !parsed?.ok || parsed.value.url === baseUrl || found.some(other => other.url === parsed.value.url)) continue;
		found.push({name: set.name, url: parsed.value.url, provider: detectByHost(parsed.value.url) ?? null, source: app, ...settingsPlaceJson(set.file)});
	}
	return found;
}

/** A variable as withElsewhere names it: alone (the environment's), in a dotenv file, or in Claude Code's settings. */
export function elsewhereName(other: Pick<ElsewhereVar, 'name' | 'source' | 'dotenvFile' | 'settingsFile' | 'inEnvironment'>): string {
	if (other.source && other.source !== 'dotenv') return checkMessages.endpoint.inApp(other.source, other.name, settingsFileOfJson(other, agentAppUserFiles[other.source]));
	return other.source === 'dotenv' ? checkMessages.endpoint.inProjectEnv(other.name, other.dotenvFile ?? projectEnvName) : other.name;
}

export const endpoint: Check = {
	id: 'endpoint',
	get title() {
		return checkMessages.endpoint.title;
	},
	async run(ctx, signal) {
		const host = new URL(ctx.baseUrl).host;
		let provider = detectByHost(ctx.baseUrl);
		let reachesDeepSeek: boolean | 'unknown';
		let evidence: string[] = [];
		let unreachable = false;
		let cutOff = false;
		let proxyAnswer: number | undefined;
		// How the model list failed where nothing answered: the runner points this row to the Network row's finding with it,
		// as it does the other rows (checks/unreached.ts), so that they say the same of the same requests.
		let unanswered: Record<string, unknown> | undefined;
		// One of DeepSeek's websites (its API keys page, platform.deepseek.com/api_keys, pasted as the base URL): web pages, never the API.
		const website = isDeepSeekWebsiteHost(new URL(ctx.baseUrl).hostname);
		if (provider) {
			reachesDeepSeek = billsUsersDeepSeek(provider.id);
		} else {
			// The same GETs the auth and balance checks make: the client shares them.
			const [apiStatus, models, userBalance] = await Promise.all([
				sharedGet.apiStatus(ctx),
				sharedGet.models(ctx),
				sharedGet.userBalance(ctx),
			]);
			({provider, reachesDeepSeek, evidence} = detectByFingerprint({apiStatus, models, userBalance}));
			unreachable = [apiStatus, models, userBalance].every(result => result.kind === 'failure');
			cutOff = [apiStatus, models, userBalance].some(result => result.kind === 'failure' && result.partialStatus !== undefined);
			proxyAnswer = proxyAnswerOf([apiStatus, models, userBalance]);
			if (unreachable && models.kind === 'failure') {
				unanswered = {reason: models.reason, code: models.code ?? null, url: models.url, ...(models.tunnelUnanswered ? {tunnelUnanswered: true} : {})};
				if (models.partialStatus !== undefined) unanswered['partialHttpStatus'] = models.partialStatus;
			}
			if (website) reachesDeepSeek = false;
		}
		// The agent apps' settings files are read once the requests are on the wire (a host known by name awaits none above).
		await requestsOnTheWire(signal);
		const elsewhere = baseUrlsElsewhere(ctx.baseUrl, ctx.env, ctx.projectEnv, await ctx.appSettings());
		// An unrecognised service is named by its host, in the JSON as in every sentence.
		if (provider.id === 'unknown') provider = {...provider, name: host};
		// `anthropicFormat`: the user's tool speaks Anthropic's API, so DeepSeek's address for it ends in /anthropic.
		// A base URL ending in the path the user's tool adds itself: the checks used it without (url.ts).
		const pasted = endpointPathIn(ctx.rawBaseUrl);
		// A path only DeepSeek serves (/beta) at a service that does not pass calls on to DeepSeek as they are: the relay rule says to take it out.
		const deepSeekPath = reachesDeepSeek === true ? undefined : deepSeekOnlyPathIn(ctx.rawBaseUrl);
		// A self-hosted gateway's token and channel pages, where it answers (a disabled token's fix links the one, its bare 5xx's the other).
		const {keysPath, channelsPath} = provider.id === 'unknown' ? {} : providerRow(provider.id);
		const details = {
			provider, reachesDeepSeek, evidence, elsewhere, host, anthropicFormat: isAnthropicFormat(ctx.rawBaseUrl),
			...(pasted ? {endpointPath: pasted} : {}),
			...(deepSeekPath ? {deepSeekPath} : {}),
			...(keysPath === undefined ? {} : {keysUrl: ctx.baseUrl + keysPath}),
			...(channelsPath === undefined ? {} : {channelsUrl: ctx.baseUrl + channelsPath}),
			...(unanswered ? {unanswered} : {}),
		};
		let status: CheckStatus;
		let summary: string;
		if (unreachable) {
			status = 'error';
			const hop = firstHop(ctx.baseUrl, ctx.env);
			const proxy = 'viaProxy' in hop ? hop.viaProxy : undefined;
			summary = cutOff ? checkMessages.endpoint.answersCutOff(host)
				: proxy && proxyAnswer ? checkMessages.endpoint.proxyAnswered({host, proxy, status: proxyAnswer})
				: checkMessages.endpoint.unreachable(host);
		} else if (provider.id === 'deepseek') {
			status = elsewhere.length > 0 ? 'warn' : 'pass';
			summary = provider.detectedBy === 'host' ? checkMessages.endpoint.official(host) : checkMessages.endpoint.deepseekLike(host);
		} else if (passesKeyOn(provider.id)) {
			status = elsewhere.length > 0 ? 'warn' : 'pass';
			summary = checkMessages.endpoint.passesKeyOn(provider.name, host);
		} else if (provider.id !== 'unknown') {
			status = 'warn';
			summary = checkMessages.endpoint.relay(provider.name, host);
		} else if (reachesDeepSeek === false) {
			status = 'fail';
			summary = website ? checkMessages.endpoint.deepSeekWebsite(host) : checkMessages.endpoint.notDeepSeek(host);
		} else {
			status = 'warn';
			summary = checkMessages.endpoint.cannotTell(host);
		}
		if (elsewhere.length > 0 && status === 'pass') status = 'warn';
		const first = elsewhere[0];
		// Another service than the one checked: the text's naming renames only that one, so this one is named here as Chinese text calls it (硅基流动).
		if (first) summary = checkMessages.endpoint.withElsewhere(summary, elsewhereName(first), first.provider ? inFull(first.provider.name) : new URL(first.url).host, elsewhere.length, first.source && first.source !== 'dotenv' ? first.source : undefined);
		if (pasted) {
			if (status === 'pass') status = 'warn';
			summary = pasted.path.toLowerCase() === anthropicVersionPath ? checkMessages.endpoint.withAnthropicVersion(summary) : checkMessages.endpoint.withEndpointPath(summary, pasted.path, pasted.base);
		}
		return {status, summary, details};
	},
};

/**
 * The status a proxy answered in place of the service when it answered every call so (it
 * refused the tunnel or the login, or could not reach the service): the proxy did answer,
 * so "no answer" would be untrue. The client's failure code is that status (failures.ts).
 */
function proxyAnswerOf(results: readonly HttpResult[]): number | undefined {
	const statuses = results.map(result => {
		if (result.kind !== 'failure' || result.reason !== 'proxy') return undefined;
		return result.code === proxyLoginNotBasicCode ? 407 : /^\d{3}$/.test(result.code ?? '') ? Number(result.code) : undefined;
	});
	return statuses.every(status => status !== undefined) ? statuses[0] : undefined;
}
