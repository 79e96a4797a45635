// The GETs that several checks share (the client asks each endpoint once per run), and
// which of them a run makes whatever the answers say. `check` and `balance` start those
// as soon as the context is built, before the rest of the check code has loaded, so that
// the round trip overlaps with loading it (docs/development.md, "Performance"); the checks
// then join the requests already on their way. Small on purpose: no messages, no parsing.
import {apiPaths} from '../deepseek/facts.js';
import type {HttpResult} from '../deepseek/types.js';
import {detectByHost} from '../providers/host.js';
import {billsUsersDeepSeek} from '../providers/table.js';
import type {CheckContext, CheckId} from './types.js';

type Asking = Pick<CheckContext, 'api' | 'callBaseUrl' | 'statusUrl'>;
type Api = Pick<CheckContext, 'api'>;

/** Each shared GET, exactly as the checks make it (one place, so the shares always match). */
export const sharedGet = {
	/** one-api/new-api's status, asked without the key (the endpoint check's fingerprint). */
	apiStatus: (ctx: Api): Promise<HttpResult> => ctx.api.get('/api/status', {auth: false}),
	/** The model list (auth, the endpoint's fingerprint, the test call's model). */
	models: (ctx: Pick<CheckContext, 'api' | 'callBaseUrl'>): Promise<HttpResult> => ctx.api.get(`${ctx.callBaseUrl}${apiPaths.models}`),
	/** DeepSeek's balance (the balance check, the endpoint's fingerprint). */
	userBalance: (ctx: Api): Promise<HttpResult> => ctx.api.get(apiPaths.userBalance),
	/** The status page's summary (service_status). */
	statusPage: (ctx: Pick<CheckContext, 'api' | 'statusUrl'>): Promise<HttpResult> => ctx.api.get(ctx.statusUrl, {auth: false}),
} as const;

type SharedGet = keyof typeof sharedGet;

/**
 * Each check's `needs` (checks/*.ts), repeated here so that this module loads none of the
 * checks; a unit test keeps the two equal.
 */
export const needsOf: Readonly<Partial<Record<CheckId, readonly CheckId[]>>> = {
	key_format: ['key_present'],
	auth: ['key_present', 'key_format'],
	balance: ['key_present', 'key_format', 'endpoint'],
	probe: ['key_present', 'key_format'],
	usage_trend: ['balance'],
};

/** The checks asked for and every check they need. */
function withNeeds(ids: readonly CheckId[]): Set<CheckId> {
	const running = new Set<CheckId>();
	const add = (id: CheckId): void => {
		if (running.has(id)) return;
		running.add(id);
		for (const need of needsOf[id] ?? []) add(need);
	};
	for (const id of ids) add(id);
	return running;
}

/**
 * The shared GETs that a run of the checks `ids` (and what they need) makes for sure,
 * decided from the context alone; each rule mirrors the check named beside it. A GET
 * that depends on an answer (a relay's own balance) is left to its check.
 */
export function sureGets(ctx: Pick<CheckContext, 'baseUrl' | 'apiKey'>, ids: readonly CheckId[]): Set<SharedGet> {
	const checks = withNeeds(ids);
	const sure = new Set<SharedGet>();
	const known = detectByHost(ctx.baseUrl);
	// endpoint: an unknown host is fingerprinted with these three, key or not.
	if (checks.has('endpoint') && !known) for (const name of ['apiStatus', 'models', 'userBalance'] as const) sure.add(name);
	// auth: the model list, whenever there is a key.
	if (checks.has('auth') && ctx.apiKey) sure.add('models');
	// balance: DeepSeek's own balance, with a key, when the host is DeepSeek's (the endpoint
	// check, which balance needs, then says so from the host alone).
	if (checks.has('balance') && ctx.apiKey && billsUsersDeepSeek(known?.id)) sure.add('userBalance');
	// service_status: always the status page.
	if (checks.has('service_status')) sure.add('statusPage');
	return sure;
}

/** Starts the GETs a run of `ids` will make for sure; the checks' own calls then share them. */
export function startSureGets(ctx: Asking & Pick<CheckContext, 'baseUrl' | 'apiKey'>, ids: readonly CheckId[]): void {
	// The client never rejects (every failure is a result), and the checks read the results.
	for (const name of sureGets(ctx, ids)) void sharedGet[name](ctx);
}
