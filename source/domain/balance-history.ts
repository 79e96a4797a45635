// The remembered balance readings, read one way everywhere: whose account a reading is
// (the base URL and key it was read with, as a fingerprint), the readings of one account,
// the one before now, and whether a top-up arrived since it. The burn rate (usage_trend),
// the balance check, the start screen and the 402 path all read the history through this.
import {sha256} from '@noble/hashes/sha2.js';
import {bytesToHex, utf8ToBytes} from '@noble/hashes/utils.js';
import type {BalanceSample} from '../checks/types.js';
import {mainOf, type BalanceReading} from './balance.js';
import {compareDecimal} from './decimal.js';
import {canPay} from './top-up.js';

/** What an account fingerprint looks like in the settings file. */
export const accountPattern = /^[0-9a-f]{16}$/;

/**
 * The account a reading belongs to: a fingerprint of the normalised base URL and the key
 * (SHA-256, 16 hex digits: nothing of the key can be read back from it). Undefined without a key.
 */
export function accountOf(baseUrl: string, key: string | undefined): string | undefined {
	const trimmed = key?.trim();
	if (!trimmed) return undefined;
	// @noble/hashes, not node:crypto: the context reads the history before the first request,
	// and loading node:crypto there (16 built-in modules) cost `check` ~1 MiB and a few ms.
	return bytesToHex(sha256(utf8ToBytes(`${baseUrl}\n${trimmed}`))).slice(0, 16);
}

/**
 * The readings of one account, oldest first. A reading without an account was remembered
 * before readings named theirs (one history per settings folder then): it counts as any
 * account's, as it did. Without an account (no key), only those.
 */
export function readingsOf(history: readonly BalanceSample[], account: string | undefined): BalanceSample[] {
	return history.filter(sample => sample.account === undefined || sample.account === account);
}

/** The latest reading of this currency in `history` (one account's, from readingsOf). */
export function lastReadingIn(history: readonly BalanceSample[], currency: string): BalanceSample | undefined {
	return history.findLast(sample => sample.currency === currency);
}

/** An alert level as the balance check applies it: its currency, when it names one, must be the reading's. */
export type AlertLevel = {amount: string; currency: string | undefined} | undefined;

/**
 * Whether an alert level applies to a balance in `currency`: it names no currency, or that one. The one rule
 * for the balance check, the wizard's balance result and its start screen. A currency not read yet (undefined): it applies.
 */
export function alertAppliesTo(alert: {currency?: string | undefined}, currency: string | undefined): boolean {
	return alert.currency === undefined || currency === undefined || alert.currency === currency;
}

function under(total: string, alert: AlertLevel, currency: string): boolean {
	return alert !== undefined && alertAppliesTo(alert, currency) && compareDecimal(total, alert.amount) < 0;
}

/**
 * A top-up arrived since the last remembered reading of this account (`history`, from
 * readingsOf): the balance can pay now and is not under the alert, and then it was empty
 * (zero or less), unavailable (DeepSeek's is_available false) or under the alert. The earlier reading, else undefined.
 */
export function arrivedSince(history: readonly BalanceSample[], now: BalanceReading | undefined, alert?: AlertLevel): BalanceSample | undefined {
	const main = now && mainOf(now.balances);
	if (!main || !canPay(now)) return undefined;
	const earlier = lastReadingIn(history, main.currency);
	if (!earlier) return undefined;
	// Could not pay then (and can now, not under the alert): so it has risen.
	const couldNotPay = earlier.unavailable === true || compareDecimal(earlier.total, '0') <= 0 || under(earlier.total, alert, main.currency);
	return couldNotPay && !under(main.total, alert, main.currency) ? earlier : undefined;
}

/**
 * The balance rose since the last remembered reading of this account (`history`, from readingsOf) in the currency
 * that pays now: that reading, else undefined. Only a reading that names this account counts (one from before readings
 * named theirs may be another account's), only one in the same currency, and none on a first reading.
 */
export function risenSince(history: readonly BalanceSample[], now: BalanceReading | undefined): BalanceSample | undefined {
	const main = now && mainOf(now.balances);
	if (!main) return undefined;
	const earlier = lastReadingIn(history.filter(sample => sample.account !== undefined), main.currency);
	return earlier && compareDecimal(main.total, earlier.total) > 0 ? earlier : undefined;
}
