// A DeepSeek balance as the tool knows it, whoever read it (the client's parser, the
// settings' history, the JSON document): amounts stay decimal strings, never floats.
import {isZeroAmount} from './decimal.js';

/** One currency of `/user/balance`, amounts kept as decimal strings. */
export type BalanceInfo = {currency: string; total: string; granted: string; toppedUp: string};

/** `/user/balance` parsed; also the `balance` object of `check --json`. */
export type BalanceReading = {isAvailable: boolean; balances: BalanceInfo[]};

/**
 * The currency that pays for calls, whose figures the findings speak of: the first with a total above
 * zero, else the first. An account can hold two (CNY and USD, each topped up in its own), and DeepSeek
 * lists an empty one first at times, in no fixed order (USD 0.00 before CNY 71.46 in a real answer,
 * Adolanium/hermes-resetwatch#12), which had read as "below 1.00 USD".
 */
export function mainOf<T extends {total: string}>(balances: readonly T[]): T | undefined {
	return balances.find(info => !isZeroAmount(info.total) && !info.total.startsWith('-')) ?? balances[0];
}

/** The currencies with the one that pays (mainOf) first, the others in the answer's order. */
export function payingFirst<T extends {total: string}>(balances: readonly T[]): T[] {
	const main = mainOf(balances);
	return main ? [main, ...balances.filter(info => info !== main)] : [];
}

/** The figures of a reading's currency that pays (mainOf). */
export function mainBalance(reading: BalanceReading | undefined): BalanceInfo | undefined {
	return reading ? mainOf(reading.balances) : undefined;
}

/** Nothing to pay with: no currency at all, or every total zero or negative. */
export function isEmptyBalance(reading: BalanceReading): boolean {
	return reading.balances.every(info => isZeroAmount(info.total) || info.total.startsWith('-'));
}
