// The diagnosis vocabulary shared by diagnose(), the reports and the wizard.
import type {CheckId, CheckResult} from './checks/types.js';
import type {BalanceInfo} from './domain/balance.js';
import type {ProviderId, ProviderInfo} from './providers/types.js';

/**
 * Stable verdicts, in diagnose()'s order (most certain, most fundamental cause first).
 * `key_exposed` and `model_not_found` are extensions of the contract (readme: verdicts).
 */
export const verdicts = [
	'ok',
	'no_key',
	'invalid_key',
	'insufficient_balance',
	'wrong_endpoint',
	'relay_insufficient_balance',
	'service_outage',
	'rate_limited',
	'server_error',
	'network_error',
	'model_not_found',
	'key_exposed',
	'unknown',
] as const;
export type Verdict = (typeof verdicts)[number];

/**
 * Every fix id the tool can recommend (docs/interface.md), in the order that page lists
 * them. `source/fixes.ts`, where every fix is made, types its ids with this list, so a new
 * fix must be added here, and the test of docs/schema/check.schema.json then asks for it
 * in the schema too.
 */
export const fixIds = [
	'create_key',
	'set_key',
	'check_key_in_tool',
	'find_key',
	'top_up',
	'check_transactions',
	'check_account',
	'contact_support',
	'use_deepseek_base_url',
	'relay_console',
	'top_up_relay',
	'ask_operator',
	'lower_max_tokens',
	'shorter_prompt',
	'status_page',
	'retry_with_backoff',
	'retry_later',
	'reduce_concurrency',
	'check_proxy',
	'check_dns',
	'check_tls',
	'check_network',
	'rotate_key',
	'set_alert',
	'check_usage',
	'pricing',
	'error_codes',
	'use_listed_model',
	'model_list',
	'relay_model_names',
	'change_request',
	'fix_base_url',
	'use_https',
	'change_region',
	'allow_address',
	'use_own_app',
	'enable_service',
	'enable_token',
	'raise_key_limit',
	'check_gateway_channels',
	'wsl_networking',
	'set_clock',
	'node_env_proxy',
	'unset_proxy',
	'other_provider',
] as const;
export type FixId = (typeof fixIds)[number];

/** One concrete thing to do; `url` is the page that does it (null when none exists). */
export type Fix = {id: string; title: string; url: string | null};

/**
 * `preciseFixes`: set by the network-error rule where its first fix names this cause (a proxy's login or
 * variable, answers cut off, a certificate file other tools trust, a proxy that other tools use or NO_PROXY
 * bypassed) rather than the general network pair (check the network for the reason, then the status page):
 * the wizard's network leaf then shows these fixes, not its own pair. Internal: `check --json` leaves it out.
 */
export type Diagnosis = {verdict: Verdict; summary: string; fixes: Fix[]; preciseFixes?: true; knownCause?: KnownCause; quotes?: Quote};

/**
 * `quotes`: the row the summary says again, and how, set by the rule where it makes the summary, so that `check`'s
 * text names that row under the rows rather than read its sentence twice (report/text.ts). `whole`: the summary is
 * the row's result word for word; `lead`: the opening words `diagnoseMessages.leads[lead]`, then the row's result (a
 * refused key: the rest of the row after "Rejected (401)"); `brackets`: unreadable answers at `host`, the row's
 * result in brackets; `slow`: a reached host too slow to answer, the first row that says the timeout; `redirect`:
 * calls sent to another path of the same API, the row that says where (its whole URL); `warnings`:
 * nothing blocks the calls and the summary is every ⚠ row's result. Internal, as `preciseFixes`: `check --json`
 * leaves it out. A row that passed is never quoted.
 */
export type Quote =
	| {as: 'whole'; row: CheckId}
	| {as: 'lead'; row: CheckId; lead: QuoteLead}
	| {as: 'brackets'; row: CheckId; host: string}
	| {as: 'slow'; row: CheckId; connectMs: number}
	| {as: 'redirect'; row: CheckId; status: number}
	| {as: 'warnings'; rows: CheckId[]};

/** The opening words a summary says before a row's result (messages/diagnose.ts `leads`). */
export type QuoteLead = 'network' | 'answersCutOff' | 'connectionCutOff' | 'interceptedAnswers' | 'unknown' | 'invalidKey' | 'insufficient' | 'keyRejected' | 'keyNotSentInsecure';

/**
 * `knownCause`: an `unknown` verdict whose summary still names what is wrong, though no verdict names it
 * (Cloudflare refusing the calls, DeepSeek reached at an address it does not serve, a path DeepSeek does not
 * serve, the key not sent over plain http): the wizard's title says that, not "No clear cause found" above it.
 * Internal, as `preciseFixes`: `check --json` leaves it out.
 */
export type KnownCause = 'edge_blocked' | 'upstream_path' | 'official_path' | 'key_not_sent';

/**
 * `balance` in `check --json`: DeepSeek's reading, or a relay's in the same shape. For
 * relays `granted`/`toppedUp` are null when the service does not split its balance.
 */
export type BalanceJson = {
	isAvailable: boolean;
	/** `limit`, extension: a relay's key or token limit, or the credits bought, that `total` is left of (not a bonus). */
	balances: Array<Pick<BalanceInfo, 'currency' | 'total'> & {granted: string | null; toppedUp: string | null; limit?: string}>;
	/** Extension: set when the balance is a relay's, not DeepSeek's. */
	provider?: ProviderId;
	unit?: string;
	unlimited?: boolean;
	source?: string;
	note?: string;
	/** Extension: the day (YYYY-MM-DD) a gateway token expired; it is refused whatever quota it has left. */
	expiredOn?: string;
};

/** The document `check --json` prints (schemaVersion 1); also what report.ts renders. */
export type CheckReport = {
	schemaVersion: 1;
	tool: {name: string; version: string};
	baseUrl: string;
	verdict: Verdict;
	summary: string;
	checks: CheckResult[];
	balance: BalanceJson | null;
	/** Extension (docs/interface.md): the service behind the base URL; null when not determined. */
	provider: ProviderInfo | null;
	fixes: Fix[];
	/** Internal, never in the JSON (report/json.ts leaves it out): the row the summary says again (Diagnosis.quotes). */
	quotes?: Quote;
	/** Extension, only from `balance --wait`: how the wait ended, after how long and how many looks. */
	wait?: {outcome: 'can_pay' | 'timed_out'; waitedMs: number; looks: number};
};
