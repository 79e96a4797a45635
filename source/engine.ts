// Runs checks and assembles the document every front end renders (CheckReport).
import {providerBalance, reading, resultsOf} from './checks/details.js';
import {runChecks, type RunOptions} from './checks/runner.js';
import {checksWithNeeds, lateNetwork} from './checks/index.js';
import type {CheckId, CheckResult} from './checks/types.js';
import type {BaseContext} from './context.js';
import {diagnose, diagnosedProvider} from './diagnose.js';
import type {ProviderBalance} from './providers/types.js';
import {toolName, toolVersion} from './version.js';
import type {BalanceJson, CheckReport} from './verdict.js';

/**
 * A relay's one entry. `granted` carried a key's limit (or the credits bought) before
 * `limit` did; it still does, so readers of the documented field keep working.
 */
function relayEntry(balance: ProviderBalance, total: string): BalanceJson['balances'][number] {
	const entry = {currency: balance.unit, total, granted: balance.granted ?? balance.limit ?? null, toppedUp: balance.toppedUp};
	return balance.limit === undefined ? entry : {...entry, limit: balance.limit};
}

/** A relay's balance in the `balance` shape of `check --json` (plus provider/unit). */
function providerBalanceJson(balance: ProviderBalance): BalanceJson {
	return {
		// An expired token cannot make calls, whatever quota it has left.
		isAvailable: !balance.exhausted && balance.expiredOn === undefined,
		balances: balance.remaining === null ? [] : [relayEntry(balance, balance.remaining)],
		provider: balance.provider,
		unit: balance.unit,
		unlimited: balance.unlimited,
		source: balance.source,
		...(balance.note ? {note: balance.note} : {}),
		...(balance.expiredOn === undefined ? {} : {expiredOn: balance.expiredOn}),
	};
}

function balanceOf(results: readonly CheckResult[]): BalanceJson | null {
	const byId = resultsOf(results);
	const relay = providerBalance(byId);
	return reading(byId) ?? (relay ? providerBalanceJson(relay) : null);
}

export function buildCheckReport(ctx: Pick<BaseContext, 'baseUrl'>, results: readonly CheckResult[]): CheckReport {
	const diagnosis = diagnose(results);
	return {
		schemaVersion: 1,
		tool: {name: toolName, version: toolVersion},
		baseUrl: ctx.baseUrl,
		verdict: diagnosis.verdict,
		summary: diagnosis.summary,
		checks: [...results],
		balance: balanceOf(results),
		provider: diagnosedProvider(results),
		fixes: diagnosis.fixes,
		// Internal (report/json.ts leaves it out): the row the summary says again, for check's text.
		...(diagnosis.quotes ? {quotes: diagnosis.quotes} : {}),
	};
}

/**
 * The report built once from no results, and thrown away: pure (nothing is kept), so that V8 has
 * compiled the diagnosis's rules (each function compiles when it is first called) while the
 * requests travel, not after the last answer (docs/development.md, "What each change saved").
 */
export function warmReport(ctx: Pick<BaseContext, 'baseUrl'>): void {
	buildCheckReport(ctx, []);
}

/** Run the given checks (and what they need) and build the report. */
export async function runDiagnosis(ctx: BaseContext, ids: readonly CheckId[], options: RunOptions): Promise<CheckReport> {
	const checks = checksWithNeeds(ids);
	// `balance` leaves the network check out: it runs only if a request got no connection, to say why.
	const results = await runChecks(checks, ctx, {...options, ...lateNetwork(checks)});
	return buildCheckReport(ctx, results);
}
