// What changed between two runs of the same checks (checking again, or waiting for a
// top-up): the balance before → after and what that means for calls, what works now that
// did not, what went wrong since, and what is still wrong. Pure.
import {gotNoConnection} from '../checks/details.js';
import {checkIds, type CheckId, type CheckResult} from '../checks/types.js';
import {arrivalSentence, sinceLastLook} from '../checks/balance.js';
import {canPay} from '../domain/top-up.js';
import {compareDecimal} from '../domain/decimal.js';
import {wizardText} from '../messages/wizard.js';
import {sanitize} from '../text/safe.js';
import * as facts from './facts.js';

/** good: fixed since; bad: went wrong since; still: wrong then and now; same: nothing changed. */
export type ChangeTone = 'good' | 'bad' | 'still' | 'same';

type Change = {tone: ChangeTone; text: string};

type Results = ReadonlyMap<CheckId, CheckResult>;

const troubled = (result: CheckResult) => result.status !== 'pass' && result.status !== 'skip';

/**
 * When the reading before was taken: the balance check after names it as the last reading of
 * this account (the wizard keeps this walk's readings in the history it reads), when the
 * figures are the same; else unknown.
 */
function readAt(was: {total: string; currency: string}, after: Results): string | undefined {
	const last = facts.toppedUpSince(after);
	return last && last.currency === was.currency && compareDecimal(last.total, was.total) === 0 ? last.at : undefined;
}

/** The DeepSeek balance before and after, when both were read in the same currency. */
function balanceChange(before: Results, after: Results, now: Date | undefined): Change | undefined {
	const was = facts.mainBalance(facts.reading(before));
	const is = facts.mainBalance(facts.reading(after));
	if (!was || !is || was.currency !== is.currency) return undefined;
	const text = wizardText.changes;
	const amounts = {before: was.total, after: is.total, currency: is.currency};
	const couldPay = canPay(facts.reading(before));
	const canPayNow = canPay(facts.reading(after));
	const moved = compareDecimal(is.total, was.total);
	const amount = {amount: is.total, currency: is.currency};
	// The same figure, but DeepSeek's is_available changed.
	// A top-up arrived: the sentence the 402 path and `balance --wait` say (checks/balance.ts).
	if (!couldPay && canPayNow) return {tone: 'good', text: moved > 0 ? arrivalSentence({total: was.total, at: readAt(was, after)}, is, now) : text.accountCanPay(amount)};
	if (couldPay && !canPayNow) return {tone: 'bad', text: moved === 0 ? text.accountCannotPay(amount) : text.balanceCannotPay(amounts)};
	if (!canPayNow) return {tone: 'still', text: moved === 0 ? text.balanceStillEmpty(amount) : text.balanceStillCannotPay(amounts)};
	if (moved === 0) return undefined;
	return {tone: moved > 0 ? 'good' : 'same', text: moved > 0 ? text.balanceUp(amounts) : text.balanceDown(amounts)};
}

/** One check's change, in the words that fit it. */
function checkChange(was: CheckResult, is: CheckResult): Change | undefined {
	const text = wizardText.changes;
	// The check's own row, under this block, says the rest.
	const words = {title: sanitize(is.title)};
	if (troubled(was) && !troubled(is)) {
		if (is.id === 'auth') return {tone: 'good', text: text.keyAccepted};
		if (is.id === 'probe') return {tone: 'good', text: text.testCallWorks};
		return {tone: 'good', text: text.fixed(words)};
	}
	if (!troubled(was) && troubled(is)) return {tone: 'bad', text: text.broke(words)};
	if (troubled(was) && troubled(is)) return {tone: 'still', text: text.still(words)};
	return undefined;
}

/** `result` is a check other than the network one that got no connection, in a run whose network check failed. */
function unreachedBecauseOfNetwork(result: CheckResult, run: Results): boolean {
	return result.id !== 'network' && result.status !== 'pass' && run.get('network')?.status === 'fail' && gotNoConnection(result.details);
}

/**
 * The changes from `before` to `after`, in the checks' order; one "nothing changed" line when
 * there are none. `now`: for how long ago the balance before was read.
 */
export function whatChanged(before: Results, after: Results, now?: Date): Change[] {
	const changes: Change[] = [];
	const balance = balanceChange(before, after, now);
	if (balance) changes.push(balance);
	for (const id of checkIds) {
		const was = before.get(id);
		const is = after.get(id);
		// The balance said it already, in figures. A check whose request got no connection where the network check
		// failed was never made this time: the Network line says why ("Still wrong: Authentication" would blame the key).
		if (!was || !is || (id === 'balance' && balance) || unreachedBecauseOfNetwork(is, after)) continue;
		const change = checkChange(was, is);
		if (change) changes.push(change);
	}
	return changes.length > 0 ? changes : [{tone: 'same', text: wizardText.changes.nothing}];
}

/**
 * On a walk's first run: the money that came in since the last look at this account on an earlier run (the balance
 * check names that reading), as `balance` says it; nothing when the balance did not rise.
 */
export function sinceEarlierRun(after: Results, now?: Date): Change[] {
	const line = sinceLastLook({toppedUp: facts.toppedUpSince(after), risen: facts.risenSince(after)}, facts.mainBalance(facts.reading(after)), now);
	return line ? [{tone: 'good', text: line}] : [];
}
