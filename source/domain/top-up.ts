// Waiting for a top-up, the rules: how often to look, how far to back off after a failed
// look, when a balance can pay, and when a top-up has arrived. One source for the wizard's
// "Wait for my top-up" and `deepseek-fix balance --wait` (the loop is source/top-up-wait.ts).
import {isEmptyBalance, mainOf, type BalanceReading} from './balance.js';
import {compareDecimal} from './decimal.js';

export const topUpWait = {
	/** Look this often while the balance can be read. */
	everyMs: 5_000,
	/** Give up after this long (`--wait-max` and the wizard's default). */
	maxMs: 10 * 60_000,
	/** After failed looks the pause doubles, up to this (or the interval, if longer). */
	backoffCapMs: 60_000,
} as const;

/** The pause before the next look: the interval, doubled for each failed look in a row, capped. */
export function nextLookMs(everyMs: number, failuresInARow: number): number {
	const cap = Math.max(topUpWait.backoffCapMs, everyMs);
	return Math.min(everyMs * 2 ** Math.min(failuresInARow, 30), cap);
}

/** The balance can pay for calls: available, more than zero, and not under `below` when one is given. */
export function canPay(value: BalanceReading | undefined, below?: string): boolean {
	if (!value?.isAvailable || isEmptyBalance(value)) return false;
	const main = mainOf(value.balances);
	return below === undefined || (main !== undefined && compareDecimal(main.total, below) >= 0);
}

/**
 * A top-up has arrived: the balance can pay now, and it either could not before or has
 * risen since (a top-up that did not show yet, on a balance that had credit).
 */
export function toppedUp(before: BalanceReading | undefined, now: BalanceReading | undefined, below?: string): boolean {
	if (!canPay(now, below)) return false;
	if (!canPay(before, below)) return true;
	const was = before && mainOf(before.balances);
	const is = now && mainOf(now.balances);
	return was !== undefined && is !== undefined && was.currency === is.currency && compareDecimal(is.total, was.total) > 0;
}
