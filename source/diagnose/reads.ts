// The reads the rules make, for the rest of the program: the wizard's tree (tree/leaves/), `check --json` and
// run-later ask the same questions of one run's results here, so they never disagree with the diagnosis.
import type {CheckId, CheckResult} from '../checks/types.js';
import {moneyKinds, type Blocked, type SignatureKind} from '../providers/signatures/index.js';
import type {ProviderInfo} from '../providers/types.js';
import {Facts} from './facts.js';
import {otherService} from './service.js';
import {localProxyMoney, moneyAt, type MoneyWhat, ownProxyPassedOnDeepSeek, passedOnMoneyRefusal} from './money.js';
import {blockFound} from './relay.js';

export const diagnosisTraceIds = (results: readonly CheckResult[]): string[] => new Facts(results).traceIds();

/** The provider for `check --json` (same rule as the diagnosis uses). */
export const diagnosedProvider = (results: readonly CheckResult[]): ProviderInfo | null => new Facts(results).provider ?? null;

/** How the money ran out at the other service the calls go to, as the relay rule words it; undefined when it did not. */
export function relayMoneyWhat(results: readonly CheckResult[]): MoneyWhat | undefined {
	const facts = new Facts(results);
	const service = otherService(facts);
	return service && moneyAt(facts, service);
}

/** Whether the service the calls go to has blocked the user behind the key ('account'), this token ('token') or the token's group ('group'), and its name as the diagnosis gives it. */
export function blockedAt(results: readonly CheckResult[]): {what: Blocked; name: string; behindLocalProxy: boolean; status: number; said: string | undefined; rows: CheckId[]} | undefined {
	const facts = new Facts(results);
	const block = blockFound(facts);
	// `rows`: the checks whose answers hold that block, in check order (the key check's and the balance reading's, say).
	const rows = block ? facts.answers.filter(answer => answer.blocked === block.what).map(answer => answer.id) : [];
	return block && {what: block.what, name: block.name, behindLocalProxy: block.behindLocalProxy, status: block.found.status, said: facts.string(block.found.id, 'errorMessage'), rows};
}

/** The upstream (e.g. DeepSeek) whose own refusal for money a remote service passed on, as upstreamExhausted reads it: the user's balance there is not the problem. */
export function relayUpstreamOutOfCredit(results: readonly CheckResult[]): string | undefined {
	const facts = new Facts(results);
	const passedOn = passedOnMoneyRefusal(facts);
	return otherService(facts) && passedOn && !passedOn.ownProxy ? passedOn.upstream : undefined;
}

/** Whether an unrecognised service on this computer passed on a refusal for money (localProxyMoney): the account it uses at its provider ran out. */
export function localProxyOutOfCredit(results: readonly CheckResult[]): boolean {
	const facts = new Facts(results);
	const service = otherService(facts);
	const what = service && moneyAt(facts, service);
	return service !== undefined && what !== undefined && localProxyMoney(facts, service, what) !== undefined;
}

/** Whether a proxy on this computer passed on DeepSeek's own "Insufficient Balance" (the account behind it is mostly the user's). */
export function ownProxyOutOfDeepSeekCredit(results: readonly CheckResult[]): boolean {
	const facts = new Facts(results);
	return ownProxyPassedOnDeepSeek(facts, facts.answer(kind => moneyKinds.has(kind)));
}

/** The status of the first definite answer of `kind` the calls got (the paid call's first), as the rules read it. */
export const answerStatus = (results: readonly CheckResult[], kind: SignatureKind): number | undefined => new Facts(results).answer(found => found === kind)?.status;

/** The status of the rate limit the relay rule reads, where it is a charge made earlier still being settled there (`chargeSettling`). */
export function chargeSettlingStatus(results: readonly CheckResult[]): number | undefined {
	const limited = new Facts(results).answer(kind => kind === 'rate_limited');
	return limited?.chargeSettling ? limited.status : undefined;
}
