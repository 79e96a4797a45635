// One pure function from check results to the single most likely root cause, its
// summary and the fixes. The order of the rules below IS the product: the first rule
// that holds wins, so more certain and more fundamental causes come first (a missing
// key before anything else, a 401 before the balance, a relay before DeepSeek's balance).
import * as details from './checks/details.js';
import {resultsOf, type Results, type SignatureDetail} from './checks/details.js';
import type {CheckId, CheckResult} from './checks/types.js';
import type {BalanceReading} from './deepseek/types.js';
import {officialApiHost} from './deepseek/facts.js';
import {fixes} from './fixes.js';
import {diagnoseMessages as m} from './messages/diagnose.js';
import {providerFromSignature, type ErrorSignatureMatch} from './providers/signatures.js';
import type {ProviderBalance, ProviderInfo} from './providers/types.js';
import type {Diagnosis, Fix, Verdict} from './verdict.js';

/** Error signatures (providers/signatures.ts) that mean "the relay's money ran out". */
const exhaustedKinds = new Set(['balance_exhausted', 'token_exhausted', 'user_quota', 'account_overdue', 'model_needs_paid_balance']);

/** The reads the rules need, over one run's results (see checks/details.ts). */
class Facts {
	readonly #byId: Results;
	constructor(results: readonly CheckResult[]) {
		this.#byId = resultsOf(results);
	}

	result(id: CheckId): CheckResult | undefined {
		return this.#byId.get(id);
	}

	status(id: CheckId): string | undefined {
		return details.status(this.#byId, id);
	}

	detail(id: CheckId, key: string): unknown {
		return details.detail(this.#byId, id, key);
	}

	string(id: CheckId, key: string): string | undefined {
		return details.stringDetail(this.#byId, id, key);
	}

	httpStatus(id: CheckId): number | undefined {
		return details.httpStatus(this.#byId, id);
	}

	/**
	 * The service behind the base URL: what the endpoint check found, or — when that
	 * could not tell — the vendor whose error signature the probe or auth check saw.
	 */
	get provider(): ProviderInfo | undefined {
		const found = details.provider(this.#byId);
		if (found && found.id !== 'unknown') return found;
		const signature = this.signature('probe') ?? this.signature('auth');
		// OpenAI's wording ("insufficient_quota") is passed through by many gateways: on a
		// host that is not OpenAI's it names nobody.
		if (signature && !['unknown', 'deepseek', 'openai'].includes(signature.provider)) {
			return providerFromSignature(signature as ErrorSignatureMatch);
		}
		return found;
	}

	get reading(): BalanceReading | undefined {
		return details.reading(this.#byId);
	}

	get providerBalance(): ProviderBalance | undefined {
		return details.providerBalance(this.#byId);
	}

	signature(id: CheckId): SignatureDetail | undefined {
		return details.signature(this.#byId, id);
	}

	get apiAnswered(): boolean {
		return details.apiAnswered(this.#byId);
	}

	anyApi(predicate: (id: CheckId) => boolean): CheckId | undefined {
		return details.apiCheckIds.find(id => this.#byId.has(id) && predicate(id));
	}

	traceIds(): string[] {
		const ids = [...this.#byId.values()].map(result => result.details.traceId).filter((id): id is string => typeof id === 'string' && id.length > 0);
		return [...new Set(ids)];
	}
}

const fix = fixes;

type Rule = (facts: Facts) => Diagnosis | undefined;

const noKey: Rule = facts =>
	facts.status('key_present') === 'fail' ? {verdict: 'no_key', summary: m.noKey, fixes: [fix.createKey(), fix.setKey()]} : undefined;

/** Any API check that got no answer for a network reason, or an API answer of 429/5xx. */
function apiTrouble(facts: Facts): CheckId | undefined {
	return facts.anyApi(id => {
		const status = facts.httpStatus(id);
		return details.isNetworkReason(facts.string(id, 'reason')) || (status !== undefined && status >= 500);
	});
}

const outageSeen: Rule = facts =>
	facts.status('service_status') === 'fail' && apiTrouble(facts)
		? {verdict: 'service_outage', summary: m.outage(facts.result('service_status')?.summary ?? ''), fixes: [fix.statusPage(), fix.retryLater()]}
		: undefined;

const networkError: Rule = facts => {
	// The network check's own connect can fail where requests still get through (an odd
	// proxy set-up): only believe it when no API check got an answer.
	const networkFailed = facts.status('network') === 'fail' && !facts.apiAnswered;
	const failedId = networkFailed ? 'network' : facts.anyApi(id => details.isNetworkReason(facts.string(id, 'reason')));
	if (!failedId) return undefined;
	const reason = facts.string(failedId, 'reason');
	return {
		verdict: 'network_error',
		summary: m.network(facts.result(failedId)?.summary ?? ''),
		fixes: [fix.network(reason), fix.statusPage()],
	};
};

const relay: Rule = facts => {
	const provider = facts.provider;
	const reachesDeepSeek = facts.detail('endpoint', 'reachesDeepSeek');
	const isRelay = provider !== undefined && provider.id !== 'deepseek' && provider.id !== 'unknown';
	if (!isRelay && reachesDeepSeek !== false) return undefined;
	const signature = facts.signature('probe') ?? facts.signature('auth');
	const exhaustedBySignature = signature !== undefined && signature.provider !== 'deepseek' && exhaustedKinds.has(signature.kind);
	if (provider && isRelay && (facts.providerBalance?.exhausted === true || exhaustedBySignature)) {
		// one-api/new-api balances are per token by default: the user tops up that token.
		const what = provider.id === 'one-api' || provider.id === 'new-api' || signature?.kind === 'token_exhausted' ? 'token' : 'balance';
		return {
			verdict: 'relay_insufficient_balance',
			summary: m.relayExhausted(provider.name, what),
			fixes: [fix.relayTopUp(provider), fix.useDeepSeek()],
		};
	}
	if (facts.status('auth') === 'fail' && signature?.kind !== 'balance_exhausted') {
		const name = provider && isRelay ? provider.name : undefined;
		return {verdict: 'invalid_key', summary: m.relayKeyRejected(name), fixes: provider && isRelay ? [fix.relayConsole(provider), fix.useDeepSeek()] : [fix.useDeepSeek(), fix.checkKeyInTool()]};
	}
	const name = provider && isRelay ? provider.name : undefined;
	const fixes = provider && isRelay ? [fix.relayConsole(provider), fix.useDeepSeek()] : [fix.useDeepSeek()];
	return {verdict: 'wrong_endpoint', summary: m.wrongEndpoint(name, facts.string('endpoint', 'host') ?? ''), fixes};
};

const unreadableAnswers: Rule = facts => {
	const id = facts.anyApi(check => facts.string(check, 'bodyProblem') !== undefined);
	if (!id) return undefined;
	const host = facts.string('endpoint', 'host') ?? '';
	const summary = facts.result(id)?.summary ?? '';
	return host === officialApiHost
		? {verdict: 'network_error', summary: m.interceptedAnswers(summary), fixes: [fix.network('proxy'), fix.statusPage()]}
		: {verdict: 'wrong_endpoint', summary: m.unreadableAnswers(host, summary), fixes: [fix.useDeepSeek()]};
};

const invalidKey: Rule = facts =>
	facts.status('auth') === 'fail'
		? {verdict: 'invalid_key', summary: m.invalidKey(facts.result('auth')?.summary ?? ''), fixes: [fix.checkKeyInTool(), fix.createKey()]}
		: undefined;

const rateLimited: Rule = facts =>
	facts.anyApi(id => facts.httpStatus(id) === 429)
		? {verdict: 'rate_limited', summary: m.rateLimited, fixes: [fix.lowerConcurrency(), fix.retryLater()]}
		: undefined;

const serverError: Rule = facts => {
	const id = facts.anyApi(check => (facts.httpStatus(check) ?? 0) >= 500);
	return id ? {verdict: 'server_error', summary: m.serverError(facts.httpStatus(id) ?? 500), fixes: [fix.retryLater(), fix.statusPage()]} : undefined;
};

const insufficientBalance: Rule = facts => {
	const reading = facts.reading;
	const probe402 = facts.httpStatus('probe') === 402;
	const balanceFailed = facts.status('balance') === 'fail' && reading !== undefined;
	if (!balanceFailed && !probe402) return undefined;
	const traceId = facts.string('probe', 'traceId');
	if (!balanceFailed && probe402 && reading === undefined) {
		// A 402 and no balance to compare it with: the plain reading of 402 comes first.
		return {
			verdict: 'insufficient_balance',
			summary: m.refusedBalanceUnknown(traceId),
			fixes: [fix.topUp(), fix.transactions(), fix.sameAccount(), fix.support(traceId)],
		};
	}
	if (!balanceFailed && probe402) {
		return {
			verdict: 'insufficient_balance',
			summary: m.paidButRefused(facts.result('balance')?.summary ?? '', traceId),
			fixes: [fix.transactions(), fix.sameAccount(), fix.support(traceId)],
		};
	}
	return {
		verdict: 'insufficient_balance',
		summary: m.insufficient(facts.result('balance')?.summary ?? ''),
		fixes: [fix.topUp(), fix.transactions(), fix.sameAccount(), fix.setAlert()],
	};
};

const outageOnly: Rule = facts =>
	facts.status('service_status') === 'fail'
		? {verdict: 'service_outage', summary: m.outageApiFine(facts.result('service_status')?.summary ?? ''), fixes: [fix.statusPage(), fix.retryLater()]}
		: undefined;

const inconclusive: Rule = facts => {
	const id = facts.anyApi(check => facts.status(check) === 'error' || facts.status(check) === 'fail');
	return id
		? {verdict: 'unknown', summary: m.unknown(facts.result(id)?.summary ?? ''), fixes: [fix.support(facts.traceIds()[0]), fix.statusPage()]}
		: undefined;
};

const rules: readonly Rule[] = [
	noKey,
	outageSeen,
	networkError,
	relay,
	unreadableAnswers,
	invalidKey,
	rateLimited,
	serverError,
	insufficientBalance,
	outageOnly,
	inconclusive,
];

/** Things worth doing even when nothing is broken (low balance, leaked key, fast burn). */
function adviceWhenOk(facts: Facts): {notes: string[]; fixes: Fix[]} {
	const notes: string[] = [];
	const fixes: Fix[] = [];
	if (facts.status('key_exposure') === 'fail' || facts.status('key_exposure') === 'warn') {
		notes.push(facts.result('key_exposure')?.summary ?? '');
		fixes.push(fix.rotateKey());
	}
	if (facts.status('balance') === 'warn') {
		notes.push(facts.result('balance')?.summary ?? '');
		fixes.push(fix.topUp(), fix.setAlert());
	}
	if (facts.status('usage_trend') === 'warn') {
		notes.push(facts.result('usage_trend')?.summary ?? '');
		fixes.push(fix.usage());
	}
	return {notes, fixes: dedupe(fixes)};
}

function dedupe(fixes: Fix[]): Fix[] {
	const seen = new Set<string>();
	return fixes.filter(item => !seen.has(item.id) && seen.add(item.id));
}

export function diagnose(results: readonly CheckResult[]): Diagnosis {
	const facts = new Facts(results);
	const advice = adviceWhenOk(facts);
	for (const rule of rules) {
		const found = rule(facts);
		if (found) {
			// A leaked key matters whatever else is wrong.
			const rotate = facts.status('key_exposure') === 'fail' ? [fix.rotateKey()] : [];
			return {...found, fixes: dedupe([...found.fixes, ...rotate])};
		}
	}
	const verdict: Verdict = 'ok';
	const balance = facts.result('balance');
	const balanceText = balance?.status === 'pass' || balance?.status === 'warn' ? balance.summary : undefined;
	return {verdict, summary: m.ok(balanceText, advice.notes.filter(note => note !== balanceText)), fixes: advice.fixes};
}

export const diagnosisTraceIds = (results: readonly CheckResult[]): string[] => new Facts(results).traceIds();

/** The provider for `check --json` (same rule as the diagnosis uses). */
export const diagnosedProvider = (results: readonly CheckResult[]): ProviderInfo | null => new Facts(results).provider ?? null;
