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
	if (lastAccount?.baseUrl === baseUrl && lastAccount.key === trimmed) return lastAccount.account;
	// @noble/hashes, not node:crypto: the context reads the history before the first request,
	// and loading node:crypto there (16 built-in modules) cost `check` ~1 MiB and a few ms.
	const account = bytesToHex(sha256(utf8ToBytes(`${baseUrl}\n${trimmed}`))).slice(0, 16);
	lastAccount = {baseUrl, key: trimmed, account};
	return account;
}

/** The last fingerprint made: `check` and `balance` ask for the same one for the context and again for the reading they keep. */
let lastAccount: {baseUrl: string; key: string; account: string} | undefined;

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
type AlertLevel = {amount: string; currency: string | undefined} | undefined;

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
	// Could not pay then (and can now, not under the alert): so it has risen.
	return earlier && couldNotPay(earlier, alert) && !under(main.total, alert, main.currency) ? earlier : undefined;
}

/** A remembered reading that could not pay: empty (zero or less), unavailable (is_available false) or under the alert. */
function couldNotPay(sample: BalanceSample, alert: AlertLevel): boolean {
	return sample.unavailable === true || compareDecimal(sample.total, '0') <= 0 || under(sample.total, alert, sample.currency);
}

/** The run that found a result remembers its reading a moment after it (the wizard saves both as its result shows). */
export const sameRunMs = 60_000;

/**
 * Where in `history` the reading a result found at `at` was made on: the nearest one within a minute of it, else the
 * last one before (a result found without reading the balance), else the first one after; -1 without readings.
 */
function resultReading(history: readonly BalanceSample[], at: number): number {
	let nearest = -1;
	history.forEach((sample, index) => {
		const distance = Math.abs(Date.parse(sample.at) - at);
		if (distance <= sameRunMs && (nearest === -1 || distance < Math.abs(Date.parse(history[nearest]!.at) - at))) nearest = index;
	});
	if (nearest !== -1) return nearest;
	const before = history.findLastIndex(sample => Date.parse(sample.at) <= at);
	return before === -1 ? history.findIndex(sample => Date.parse(sample.at) > at) : before;
}

/**
 * A top-up arrived after a result found at `diagnosisAt` (the last diagnosis, of this account: the caller checks
 * whose it was): the latest reading of this account (`history`, from readingsOf) can pay, and the reading the result
 * was found on, or one since, in the same currency could not. That reading (the last that could not), else undefined.
 * The latest reading alone cannot tell: `balance --wait` (or the wizard's wait) remembers the new money, and the
 * next run then compares with a reading that already shows it. Only readings that name this account count (one from
 * before readings named theirs may be another account's), and only those in the latest reading's currency.
 */
export function arrivedSinceResult(history: readonly BalanceSample[], diagnosisAt: string | undefined, alert?: AlertLevel): BalanceSample | undefined {
	const at = diagnosisAt === undefined ? Number.NaN : Date.parse(diagnosisAt);
	const named = history.filter(sample => sample.account !== undefined);
	const latest = named.at(-1);
	if (!Number.isFinite(at) || !latest || couldNotPay(latest, alert)) return undefined;
	const first = resultReading(named, at);
	if (first === -1) return undefined;
	return named.slice(first, -1).findLast(sample => sample.currency === latest.currency && couldNotPay(sample, alert));
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
