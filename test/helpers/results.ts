// Fixtures for engine tests: check results (`Results`) shaped exactly like the real checks' (same
// details keys, built with the same helpers and sentences), canned HTTP answers, a fake
// ApiClient and a check context — so diagnose, runner and check tests need no network.
import {judgeBalance} from '../../source/checks/balance.js';
import {judgeAuth} from '../../source/checks/auth.js';
import {judgeKeyFormat} from '../../source/checks/key-format.js';
import {allChecks} from '../../source/checks/index.js';
import {judgeProbe} from '../../source/checks/probe.js';
import {httpFacts, unexpected} from '../../source/checks/http-outcome.js';
import type {BalanceSample, CheckContext, CheckId, CheckOutcome, CheckResult, CheckStatus, KeySource} from '../../source/checks/types.js';
import {defaultStatusUrl, officialApiHost} from '../../source/deepseek/facts.js';
import {readErrorBody} from '../../source/deepseek/error-body.js';
import type {BalanceReading} from '../../source/domain/balance.js';
import type {ApiClient, BodyProblem, HttpAnswer, HttpFailure, HttpFailureReason, HttpResult, RequestOptions} from '../../source/deepseek/types.js';
import {checkMessages as m} from '../../source/messages/checks.js';
import {proxyMessages} from '../../source/messages/http.js';
import {providerInfo} from '../../source/providers/detect.js';
import type {ProviderBalance, ProviderInfo} from '../../source/providers/types.js';
import {noProjectEnv} from '../../source/project-env.js';
import {noAppSettings} from '../../source/app-settings.js';
import {judgeScan, type ExposureFinding} from '../../source/checks/key-exposure.js';
import {lastFour, maskKey} from '../../source/text/safe.js';

/** A made-up key shaped like DeepSeek's (never a real one). */
export const testKey = 'sk-' + '0123456789abcdef'.repeat(2);
export const officialBase = `https://${officialApiHost}`;
export const traceId = 'f3a9c2d4e5b60718293a4b5c6d7e8f90';
export const modelIds = ['deepseek-v4-flash', 'deepseek-v4-pro'];

export function checkResult(id: CheckId, outcome: CheckOutcome): CheckResult {
	const title = allChecks.find(check => check.id === id)?.title ?? id;
	return {id, title, durationMs: 1, ...outcome};
}

// ---- HTTP answers, as the client returns them ----

export type AnswerOptions = {url?: string; traceId?: string; bodyProblem?: BodyProblem; text?: string; contentType?: string};

/** An HTTP answer with `body` as its JSON (or, with a bodyProblem, only as text). */
export function answer(status: number, body: unknown, options: AnswerOptions = {}): HttpAnswer {
	const json = options.bodyProblem ? undefined : body;
	return {
		kind: 'answer',
		url: options.url ?? `${officialBase}/models`,
		status,
		traceId: options.traceId,
		contentType: options.contentType ?? 'application/json',
		text: options.text ?? (typeof body === 'string' ? body : JSON.stringify(body)),
		json,
		bodyProblem: options.bodyProblem,
		apiError: readErrorBody(json, options.bodyProblem === 'too_large' ? '' : (options.text ?? (typeof body === 'string' ? body : JSON.stringify(body)))),
		durationMs: 5,
	};
}

export function failure(reason: HttpFailureReason, message: string, url = `${officialBase}/models`): HttpFailure {
	const codes: Partial<Record<HttpFailureReason, string>> = {dns: 'ENOTFOUND', connection_refused: 'ECONNREFUSED', connection_reset: 'ECONNRESET', timeout: 'UND_ERR_HEADERS_TIMEOUT', tls: 'CERT_HAS_EXPIRED'};
	return {kind: 'failure', url, reason, message, code: codes[reason], durationMs: 5};
}

/** DeepSeek's error body (docs/deepseek-api.md, "Error answers"). */
export function deepseekError(message: string, type = 'invalid_request_error'): unknown {
	return {error: {message, type, param: null, code: 'invalid_request_error'}};
}

export const deepseekAnswers = {
	unauthorized: (sentKey = testKey, url?: string) =>
		answer(401, deepseekError(`Authentication Fails, Your api key: ****${lastFour(sentKey)} is invalid`, 'authentication_error'), {url, traceId}),
	insufficient: (url = `${officialBase}/chat/completions`) => answer(402, deepseekError('Insufficient Balance', 'unknown_error'), {url, traceId}),
	rateLimited: (url?: string) => answer(429, deepseekError('Rate Limit Reached', 'rate_limit_reached_error'), {url, traceId}),
	serverError: (url?: string) => answer(500, deepseekError('Server Error', 'server_error'), {url, traceId}),
	overloaded: (url?: string) => answer(503, deepseekError('Server Overloaded', 'server_overloaded_error'), {url, traceId}),
	notFound: (url?: string) => answer(404, deepseekError('Not Found'), {url, traceId}),
	models: (ids = modelIds, url?: string) => answer(200, {object: 'list', data: ids.map(id => ({id, object: 'model', owned_by: 'deepseek'}))}, {url, traceId}),
	balance: (reading: BalanceReading, url = `${officialBase}/user/balance`) =>
		answer(200, {
			is_available: reading.isAvailable,
			balance_infos: reading.balances.map(info => ({currency: info.currency, total_balance: info.total, granted_balance: info.granted, topped_up_balance: info.toppedUp})),
		}, {url, traceId}),
};

const cny = (total: string, granted: string, toppedUp: string, isAvailable = true): BalanceReading => ({
	isAvailable,
	balances: [{currency: 'CNY', total, granted, toppedUp}],
});

export const readings = {
	toppedUp: cny('47.44', '0.00', '47.44'),
	zero: cny('0.00', '0.00', '0.00', false),
	bonusOnly: cny('5.00', '5.00', '0.00'),
	low: cny('0.35', '0.00', '0.35'),
	blocked: cny('12.00', '0.00', '12.00', false),
	newAccount: {isAvailable: false, balances: []} satisfies BalanceReading,
};

// ---- providers, as detect.ts reports them ----

export const providers = {
	deepseek: providerInfo('deepseek', 'host'),
	openrouter: providerInfo('openrouter', 'host'),
	siliconflow: providerInfo('siliconflow', 'host'),
	zhipu: providerInfo('zhipu', 'host'),
	oneApi: providerInfo('one-api', 'fingerprint', 'https://gateway.example.org/topup'),
	cloudflareAiGateway: providerInfo('cloudflare-ai-gateway', 'host'),
	unknown: providerInfo('unknown', 'fingerprint'),
};

export function providerBalance(provider: ProviderInfo, remaining: string | null, exhausted: boolean, extra: Partial<ProviderBalance> = {}): ProviderBalance {
	return {provider: provider.id, unit: 'USD', remaining, granted: null, toppedUp: null, unlimited: false, exhausted, source: '/api/v1/key', note: undefined, ...extra};
}

// ---- one builder per check, mirroring checks/*.ts ----

const gatewayHost = 'gateway.example.org';

export const keyPresent = {
	found: (source: KeySource = 'env') => checkResult('key_present', {status: 'pass', summary: m.keyPresent.found(source, '.env'), details: {source, ...(source === 'dotenv' ? {dotenvFile: '.env'} : {})}}),
	missing: () => checkResult('key_present', {status: 'fail', summary: m.keyPresent.missing, details: {source: 'none', envBlank: false}}),
	blank: () => checkResult('key_present', {status: 'fail', summary: m.keyPresent.blankEnv, details: {source: 'none', envBlank: true}}),
	/** The environment's key, and ~/.zshrc (or Windows' user variables) saves another for new shells, sk-…dddd. */
	otherInStartup: (place: 'zshrc' | 'windows' = 'zshrc') => {
		const saved = place === 'zshrc' ? {kind: 'file' as const, file: '~/.zshrc', masked: 'sk-…dddd'} : {kind: 'windows_user' as const, masked: 'sk-…dddd'};
		return checkResult('key_present', {status: 'warn', summary: m.keyPresent.otherInStartup({saved, used: maskKey(testKey)}), details: {source: 'env', startupKey: saved}});
	},
	/** No key, but `name` (in the folder's .env when `inProjectEnv`) holds a DeepSeek-shaped one, sk-…cdef. */
	elsewhere: (name: string, inProjectEnv = false) =>
		checkResult('key_present', {
			status: 'fail',
			summary: m.keyPresent.missingButElsewhere({variable: inProjectEnv ? m.endpoint.inProjectEnv(name, '.env') : name, masked: 'sk-…cdef', offered: !inProjectEnv}),
			details: {source: 'none', envBlank: false, elsewhere: [{name, masked: 'sk-…cdef', inProjectEnv, ...(inProjectEnv ? {dotenvFile: '.env'} : {})}]},
		}),
	/** No key, but OPENAI_API_KEY holds `masked` and OPENAI_BASE_URL sends it to the relay `url` (with `elsewhere`: a DeepSeek-shaped one, named there too). */
	/** `files`: the dotenv files the key (`dotenvFile`) and its base URL (`baseDotenvFile`) are in, where not the shell's. */
	sentElsewhere: (masked: string, url: string, elsewhere = false, files: {dotenvFile?: string; baseDotenvFile?: string} = {}) => {
		const named = elsewhere ? keyPresent.elsewhere('OPENAI_API_KEY', files.dotenvFile !== undefined) : keyPresent.missing();
		const sent = [{name: 'OPENAI_API_KEY', masked, baseUrlVariable: 'OPENAI_BASE_URL', url, ...files}];
		return {...named, details: {...named.details, keysSentElsewhere: sent}};
	},
};

export const keyFormat = {
	looksRight: (key = testKey) =>
		checkResult('key_format', {status: 'pass', summary: m.keyFormat.looksRight(maskKey(key)), details: {shape: 'deepseek', masked: maskKey(key), length: key.length}}),
	noKey: () => checkResult('key_format', {status: 'skip', summary: m.keyFormat.noKey, details: {}}),
	/** The key_format check over `key`, as key-format.ts judges it. */
	of: (key: string) => checkResult('key_format', judgeKeyFormat(key)),
};

export const network = {
	reached: (host = officialApiHost) =>
		checkResult('network', {status: 'pass', summary: m.network.reached(host, true, 42, undefined), details: {host, port: 443, proxy: null, address: '203.0.113.7', connectMs: 42}}),
	dnsFailed: (host = officialApiHost) =>
		checkResult('network', {status: 'fail', summary: m.network.dnsFailed(host), details: {host, port: 443, proxy: null, stage: 'dns', code: 'ENOTFOUND', reason: 'dns'}}),
	refused: (host = officialApiHost) =>
		checkResult('network', {status: 'fail', summary: m.network.refused(host, 443), details: {host, port: 443, proxy: null, address: '203.0.113.7', stage: 'connect', code: 'ECONNREFUSED', reason: 'connection_refused'}}),
	/** The host resolved to a proxy app's fake-ip address (TUN mode), and the connection there failed as `reason` says; `unrouted`: before any TCP connection (nothing carries the address). */
	fakeIpFailed: (reason: 'connection_refused' | 'tls', host = officialApiHost, unrouted = false) => {
		const summary = reason === 'tls' ? m.network.tlsFailed(host, 'EPROTO') : m.network.fakeIpFailed({host, ip: '198.18.0.2', failure: 'refused', ms: 10_000, code: 'ECONNREFUSED', unrouted});
		const code = reason === 'tls' ? 'EPROTO' : 'ECONNREFUSED';
		return checkResult('network', {status: 'fail', summary, details: {host, port: 443, proxy: null, address: '198.18.0.2', fakeIp: true, stage: reason === 'tls' ? 'tls' : 'connect', code, reason, ...(unrouted ? {fakeIpUnrouted: true} : {})}});
	},
	/** Reached through a proxy app's fake-ip address: its TUN mode carries the calls. */
	reachedThroughFakeIp: (host = officialApiHost) => {
		const summary = m.network.throughFakeIp({reached: m.network.reached(host, true, 42, undefined), ip: '198.18.0.2'});
		return checkResult('network', {status: 'pass', summary, details: {host, port: 443, proxy: null, address: '198.18.0.2', fakeIp: true, connectMs: 42}});
	},
	/** Inside WSL 2, the base URL on localhost refused: Windows (the default gateway) at `windowsHost`, or not known; `mode` as wslinfo said it. */
	wslRefused: (windowsHost: string | null = '172.29.96.1', mode: string | null = 'nat') =>
		checkResult('network', {
			status: 'fail',
			summary: m.network.wslRefused({host: 'localhost:3000', loopback: 'localhost', mode}),
			details: {host: 'localhost', port: 3000, proxy: null, address: '127.0.0.1', stage: 'connect', code: 'ECONNREFUSED', reason: 'connection_refused', wsl: {windowsHost, proxyVariable: null, networkingMode: mode}},
		}),
	/** Inside WSL 2, the proxy app's port on 127.0.0.1 (from HTTPS_PROXY) refused. */
	wslRefusedAtProxy: (windowsHost: string | null = '172.29.96.1', mode: string | null = 'nat') => {
		const proxy = 'http://127.0.0.1:7890';
		return checkResult('network', {
			status: 'fail',
			summary: m.network.wslProxyRefused({url: proxy, variable: 'HTTPS_PROXY', loopback: '127.0.0.1', mode}),
			details: {host: '127.0.0.1', port: 7890, proxy, address: '127.0.0.1', stage: 'connect', code: 'ECONNREFUSED', reason: 'connection_refused', wsl: {windowsHost, proxyVariable: 'HTTPS_PROXY', networkingMode: mode}},
		});
	},
	/** The first hop is the proxy in HTTPS_PROXY, and nothing listens there. */
	refusedAtProxy: (proxy = 'http://proxy.corp.example:3128') => {
		const url = new URL(proxy);
		const summary = proxyMessages.refused({proxy, variable: 'HTTPS_PROXY'});
		return checkResult('network', {status: 'fail', summary, details: {host: url.hostname, port: Number(url.port), proxy, proxyVariable: 'HTTPS_PROXY', address: url.hostname === '127.0.0.1' ? '127.0.0.1' : '203.0.113.9', stage: 'connect', code: 'ECONNREFUSED', reason: 'connection_refused'}});
	},
};

type EndpointFacts = {provider: ProviderInfo; reachesDeepSeek: boolean | 'unknown'; evidence?: string[]; host: string; anthropicFormat?: boolean};

function endpointResult(status: CheckStatus, summary: string, facts: EndpointFacts): CheckResult {
	return checkResult('endpoint', {status, summary, details: {provider: facts.provider, reachesDeepSeek: facts.reachesDeepSeek, evidence: facts.evidence ?? [], elsewhere: [], host: facts.host, anthropicFormat: facts.anthropicFormat ?? false}});
}

/** An unrecognised service, named by its host as the endpoint check names it. */
const unknownAt = (host: string): ProviderInfo => ({...providers.unknown, name: host});

export const endpoint = {
	official: () => endpointResult('pass', m.endpoint.official(officialApiHost), {provider: providers.deepseek, reachesDeepSeek: true, host: officialApiHost}),
	/** A relay found by host or fingerprint. */
	relay: (provider: ProviderInfo, host: string, evidence: string[] = []) => endpointResult('warn', m.endpoint.relay(provider.name, host), {provider, reachesDeepSeek: false, evidence, host}),
	/** A gateway that passes the user's own DeepSeek key on (Cloudflare's AI Gateway on its DeepSeek path). */
	passesKeyOn: (provider: ProviderInfo, host: string) => endpointResult('pass', m.endpoint.passesKeyOn(provider.name, host), {provider, reachesDeepSeek: true, host}),
	/** Fingerprints say "not DeepSeek" but not who (e.g. /user/balance answers 404). */
	notDeepSeek: (host = gatewayHost) => endpointResult('fail', m.endpoint.notDeepSeek(host), {provider: unknownAt(host), reachesDeepSeek: false, evidence: ['GET /user/balance answers 404'], host}),
	/** One of DeepSeek's websites as the base URL (platform.deepseek.com/api_keys): never its API, whatever it answers. */
	deepSeekWebsite: (host = 'platform.deepseek.com') => endpointResult('fail', m.endpoint.deepSeekWebsite(host), {provider: unknownAt(host), reachesDeepSeek: false, evidence: [], host}),
	cannotTell: (host = gatewayHost) => endpointResult('warn', m.endpoint.cannotTell(host), {provider: unknownAt(host), reachesDeepSeek: 'unknown', host}),
	unreachable: (host = officialApiHost) => endpointResult('error', m.endpoint.unreachable(host), {provider: unknownAt(host), reachesDeepSeek: 'unknown', host}),
	/** The same result for a base URL an Anthropic-format tool uses (ending in /anthropic, or Anthropic's own). */
	inAnthropicFormat: (result: CheckResult): CheckResult => ({...result, details: {...result.details, anthropicFormat: true}}),
};

export const auth = {
	accepted: (ids = modelIds, url?: string) => checkResult('auth', judgeAuth(deepseekAnswers.models(ids, url), testKey)),
	/** An answer refusing the key (or the money behind it), judged as auth.ts does. */
	refused: (reply: HttpAnswer, sentKey = testKey) => checkResult('auth', judgeAuth(reply, sentKey)),
	/** Any other status, a body problem, or no answer at all. */
	unexpected: (result: HttpResult) => checkResult('auth', judgeAuth(result, testKey)),
	noKey: () => checkResult('auth', {status: 'skip', summary: m.auth.noKey, details: {}}),
};

export const balance = {
	/** DeepSeek's /user/balance read and judged. */
	reading: (reading: BalanceReading, ctx: Partial<Pick<CheckContext, 'alertThreshold' | 'balanceHistory'>> = {}) => {
		const judged = judgeBalance(reading, {alertThreshold: ctx.alertThreshold, balanceHistory: ctx.balanceHistory ?? []});
		return checkResult('balance', {...judged, details: {...httpFacts(deepseekAnswers.balance(reading)), ...judged.details}});
	},
	unexpected: (result: HttpResult) => {
		const outcome = unexpected(result, m.balance.what);
		return checkResult('balance', {...outcome, details: {...outcome.details, reading: null}});
	},
	/** A relay's own balance (relayBalance in balance.ts). */
	relay: (provider: ProviderInfo, read: {balance: ProviderBalance | null; outcome: string; message: string; said?: Record<string, unknown>}) => {
		const status: CheckStatus = read.said ? 'fail' : read.outcome === 'read' && read.balance ? (read.balance.exhausted ? 'fail' : 'pass') : read.outcome === 'failed' ? 'error' : 'skip';
		return checkResult('balance', {status, summary: read.message, details: {reading: null, providerBalance: read.balance, outcome: read.outcome, provider: provider.id, ...read.said}});
	},
	notDeepSeek: () => checkResult('balance', {status: 'skip', summary: m.balance.notDeepSeek, details: {reading: null}}),
	noKey: () => checkResult('balance', {status: 'skip', summary: m.balance.noKey, details: {reading: null}}),
};

export const serviceStatus = {
	operational: () =>
		checkResult('service_status', {status: 'pass', summary: m.serviceStatus.operational, details: {worst: 'operational', components: [{name: 'API', status: 'operational'}], incidents: []}}),
	trouble: (worst: 'degraded' | 'maintenance' | 'partial_outage' | 'full_outage', incident = 'API requests failing') => {
		const status: CheckStatus = worst === 'partial_outage' || worst === 'full_outage' ? 'fail' : 'warn';
		return checkResult('service_status', {status, summary: m.serviceStatus.trouble(worst, ['API'], incident, false), details: {worst, components: [{name: 'API', status: worst}], incidents: [incident]}});
	},
	unknown: () => {
		const result = failure('connection_reset', 'The connection was reset.', defaultStatusUrl);
		return checkResult('service_status', {status: 'skip', summary: m.serviceStatus.unknown(result.message), details: {...httpFacts(result), worst: 'unknown'}});
	},
};

export const probe = {
	notAllowed: () => checkResult('probe', {status: 'skip', summary: m.probe.notAllowed, details: {}}),
	/** The wizard's question was answered "no". */
	declined: () => checkResult('probe', {status: 'skip', summary: m.probe.declined, details: {}}),
	/** An answer to the 1-token call, judged as probe.ts does. */
	answered: (reply: HttpAnswer, model = modelIds[0] ?? 'deepseek-v4-flash') => checkResult('probe', judgeProbe(reply, model)),
	failed: (result: HttpFailure, model = modelIds[0] ?? 'deepseek-v4-flash') => checkResult('probe', judgeProbe(result, model)),
};

/** A scan of 12 tracked files that found `findings`, judged as key-exposure.ts does. */
const scanned = (...findings: ExposureFinding[]) => checkResult('key_exposure', judgeScan({findings, scanned: 12, skipped: 0, notRead: 0, stoppedBy: undefined}, 12));

export const keyExposure = {
	clean: () => scanned(),
	leaked: () => scanned({file: 'src/config.ts', line: 3, masked: maskKey(testKey), kind: 'current_key'}),
	suspicious: () => scanned({file: '.env', line: 0, masked: '', kind: 'env_file'}),
};

export const usageTrend = {
	notEnough: () => checkResult('usage_trend', {status: 'skip', summary: m.usageTrend.notEnough(0), details: {burnPerDay: null, daysLeft: null}}),
	fastBurn: () =>
		checkResult('usage_trend', {
			status: 'warn',
			summary: m.usageTrend.burning('20.00', 'CNY', 2.37),
			details: {currency: 'CNY', burnPerDay: 20, daysLeft: 2.37, spanHours: 48, samples: 3},
		}),
};

/** A run where every check is fine (official API, topped-up balance, no probe). */
export function healthyRun(): CheckResult[] {
	return [
		keyPresent.found(),
		keyFormat.looksRight(),
		network.reached(),
		endpoint.official(),
		auth.accepted(),
		balance.reading(readings.toppedUp),
		serviceStatus.operational(),
		probe.notAllowed(),
		keyExposure.clean(),
		usageTrend.notEnough(),
	];
}

/** The healthy run with some results replaced (same id) or added. */
export function scenario(...changes: CheckResult[]): CheckResult[] {
	const base = healthyRun();
	const byId = new Map(changes.map(change => [change.id, change]));
	const replaced = base.map(result => byId.get(result.id) ?? result);
	return [...replaced, ...changes.filter(change => !base.some(result => result.id === change.id))];
}

export const bonusHistory: BalanceSample[] = [
	{at: '2026-10-01T09:00:00.000Z', currency: 'CNY', total: '10.00', granted: '10.00', toppedUp: '0.00'},
	{at: '2026-10-20T09:00:00.000Z', currency: 'CNY', total: '2.50', granted: '2.50', toppedUp: '0.00'},
];

// ---- a fake client and context ----

export type Route = HttpResult | ((options: RequestOptions | undefined) => HttpResult | Promise<HttpResult>);

export type FakeApi = ApiClient & {calls: string[]};

/** Answers by exact URL, then by path; anything else fails like an unreachable host. */
export function fakeApi(routes: Record<string, Route>, baseUrl = officialBase): FakeApi {
	const calls: string[] = [];
	const respond = async (method: string, pathOrUrl: string, options: RequestOptions | undefined): Promise<HttpResult> => {
		calls.push(`${method} ${pathOrUrl}`);
		const path = /^https?:/.test(pathOrUrl) ? new URL(pathOrUrl).pathname : pathOrUrl;
		const route = routes[pathOrUrl] ?? routes[path];
		if (route === undefined) return failure('connection_refused', `No route for ${pathOrUrl} in this test.`, pathOrUrl);
		return typeof route === 'function' ? route(options) : route;
	};
	return {
		baseUrl,
		calls,
		get: (pathOrUrl, options) => respond('GET', pathOrUrl, options),
		post: (pathOrUrl, _body, options) => respond('POST', pathOrUrl, options),
		// No certificate to look at: these answers come from no server.
		presentedIssuer: async () => undefined,
	};
}

export function testContext(overrides: Partial<CheckContext> = {}): CheckContext {
	return {
		baseUrl: officialBase,
		rawBaseUrl: officialBase,
		callBaseUrl: officialBase,
		apiKey: testKey,
		keySource: 'env',
		projectEnv: noProjectEnv,
		appSettings: async () => noAppSettings,
		statusUrl: defaultStatusUrl,
		timeoutMs: 1000,
		allowProbe: false,
		env: {},
		cwd: process.cwd(),
		balanceHistory: [],
		alertThreshold: undefined,
		now: new Date('2026-11-02T12:00:00.000Z'),
		api: fakeApi({}),
		results: new Map(),
		...overrides,
	};
}
