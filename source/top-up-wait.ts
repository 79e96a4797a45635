// Waiting for a top-up, the loop: look at the balance at the pace of domain/top-up.ts
// until a rule says stop. The wizard's "Wait for my top-up" and `deepseek-fix balance
// --wait` both use it, each passing its request deadline as lookMs, so they look at the
// same pace, stop on the same rule and end by the same deadline. Each look runs the
// balance check alone, on a new client (a client keeps its answers for its lifetime),
// with the earlier run's endpoint result: the only request is DeepSeek's free
// `GET /user/balance`, never a paid call.
import {setTimeout as sleep} from 'node:timers/promises';
import {deadlineSignal} from './deadline.js';
import {monotonicMs} from './monotonic.js';
import {balance} from './checks/balance.js';
import {httpStatus, providerBalance, reading as readingOf, resultsOf, type Results} from './checks/details.js';
import {runChecks} from './checks/runner.js';
import type {CheckResult} from './checks/types.js';
import type {BaseContext} from './context.js';
import type {BalanceReading} from './domain/balance.js';
import {nextLookMs} from './domain/top-up.js';

/**
 * There is a DeepSeek balance to watch: the balance check read one, or failed in a way a
 * later look may not (the network, a timeout, 429, 5xx). Not when there is no key, the key
 * is refused, or the calls go to another service (its balance is not DeepSeek's).
 */
export function watchable(results: Results): boolean {
	if (readingOf(results)) return true;
	const result = results.get('balance');
	if (!result || result.status === 'skip' || providerBalance(results)) return false;
	const code = httpStatus(results, 'balance');
	return code !== 401 && code !== 403;
}

export type WaitProgress = {
	/** Clock readings (ms): when the wait began, when it gives up, when the next look is due. */
	startedAt: number;
	deadline: number;
	nextAt: number;
	/** Looks made so far, and the last one's balance result. */
	looks: number;
	last: CheckResult | undefined;
};

export type WaitOutcome = {
	outcome: 'arrived' | 'timed_out' | 'cancelled';
	/** The last look's balance result (undefined when none was made). */
	last: CheckResult | undefined;
	looks: number;
	elapsedMs: number;
};

type WaitOptions = {
	/** One look: the balance check's result. */
	look: (signal: AbortSignal) => Promise<CheckResult>;
	/** Whether this reading ends the wait. */
	until: (value: BalanceReading | undefined) => boolean;
	everyMs: number;
	maxMs: number;
	signal: AbortSignal;
	/** A monotonic clock in ms (tests may pass their own). */
	clock?: () => number;
	/** Called before each pause, with when the next look is due. */
	onProgress?: (progress: WaitProgress) => void;
	/**
	 * How long one look may take (the request timeout). Given, the whole wait ends by its
	 * deadline: the last look starts early enough to answer by then (one pause or this
	 * long before it, whichever is shorter, or less with `firstLookMs`; at once if that has passed), and a look still
	 * running at the deadline is aborted and not counted. Without it, the last look is
	 * made at the deadline itself.
	 */
	lookMs?: number;
	/**
	 * How long the reading before the wait took (the first run's balance check), if known. With `lookMs`, the last look
	 * is then not one pause before the deadline but about the time an answer takes (twice the slowest seen, at least
	 * `answerMarginMs`): the wait ends near the limit asked for, not a pause short of it.
	 */
	firstLookMs?: number | undefined;
};

/** The least time left for the last look's answer before the deadline. */
const answerMarginMs = 250;

/** How long before the deadline the last look starts, given the slowest look seen: twice that, at least the margin, never more than `lookMs`. */
function lastLookLead(lookMs: number | undefined, slowestMs: number | undefined): number | undefined {
	if (lookMs === undefined || slowestMs === undefined) return lookMs;
	return Math.min(lookMs, Math.max(answerMarginMs, 2 * slowestMs));
}

/** Look at the balance until `until` holds, the time is up (one last look by the deadline) or `signal` aborts. */
export async function waitForTopUp(options: WaitOptions): Promise<WaitOutcome> {
	const clock = options.clock ?? monotonicMs;
	const {lookMs} = options;
	const startedAt = clock();
	const deadline = startedAt + options.maxMs;
	let failures = 0;
	let looks = 0;
	let last: CheckResult | undefined;
	let lastLookMade = false;
	let slowestMs = options.firstLookMs;
	const end = (outcome: WaitOutcome['outcome']): WaitOutcome => ({outcome, last, looks, elapsedMs: clock() - startedAt});
	for (;;) {
		const now = clock();
		if (now >= deadline || lastLookMade) return end('timed_out');
		const next = nextLook(now, deadline, nextLookMs(options.everyMs, failures), lastLookLead(lookMs, slowestMs));
		const nextAt = next.at;
		lastLookMade = next.last;
		options.onProgress?.({startedAt, deadline, nextAt, looks, last});
		try {
			await sleep(nextAt - now, undefined, {signal: options.signal});
		} catch {
			return end('cancelled');
		}
		const cutOff = lookMs === undefined ? undefined : deadlineSignal(deadline - clock(), 'wait deadline');
		let result: CheckResult;
		const lookStarted = clock();
		try {
			result = await options.look(cutOff ? AbortSignal.any([options.signal, cutOff.signal]) : options.signal);
		} finally {
			cutOff?.stop();
		}
		if (options.signal.aborted) return end('cancelled');
		if (cutOff?.signal.aborted) return end('timed_out');
		last = result;
		looks++;
		slowestMs = Math.max(slowestMs ?? 0, clock() - lookStarted);
		const value = readingOf(resultsOf([result]));
		failures = value === undefined ? failures + 1 : 0;
		if (options.until(value)) return end('arrived');
	}
}

/**
 * When the next look is due, and whether it is the last: a pause on, but never after the
 * last look's time: the deadline, or with `lookMs` given, early enough to answer by it
 * (one pause or `lookMs` before it, whichever is shorter; at once if that has passed).
 */
export function nextLook(now: number, deadline: number, pauseMs: number, lookMs: number | undefined): {at: number; last: boolean} {
	const lastAt = lookMs === undefined ? deadline : Math.max(now, deadline - Math.min(pauseMs, lookMs));
	return {at: Math.min(now + pauseMs, lastAt), last: lookMs !== undefined && now + pauseMs >= lastAt};
}

/**
 * One look: the balance check alone, on the context `build` makes for it (a new client),
 * reading the endpoint result of the run before (so it sends only `GET /user/balance`).
 */
export function balanceLook(
	build: (signal: AbortSignal) => {ok: true; ctx: BaseContext} | {ok: false; message: string},
	given: readonly CheckResult[],
): (signal: AbortSignal) => Promise<CheckResult> {
	return async signal => {
		const built = build(signal);
		if (!built.ok) return {id: 'balance', title: balance.title, status: 'error', summary: built.message, durationMs: 0, details: {reading: null}};
		const [result] = await runChecks([balance], built.ctx, {signal, given: given.filter(earlier => earlier.id !== 'balance')});
		// runChecks returns one result per check given: this is the balance check's.
		return result!;
	};
}
