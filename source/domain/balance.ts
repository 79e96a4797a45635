// A DeepSeek balance as the tool knows it, whoever read it (the client's parser, the
// settings' history, the JSON document): amounts stay decimal strings, never floats.
import {isZeroAmount} from './decimal.js';

/** One currency of `/user/balance`, amounts kept as decimal strings. */
export type BalanceInfo = {currency: string; total: string; granted: string; toppedUp: string};

/** `/user/balance` parsed; also the `balance` object of `check --json`. */
export type BalanceReading = {isAvailable: boolean; balances: BalanceInfo[]};

/** Nothing to pay with: no currency at all, or every total zero or negative. */
export function isEmptyBalance(reading: BalanceReading): boolean {
	return reading.balances.every(info => isZeroAmount(info.total) || info.total.startsWith('-'));
}
