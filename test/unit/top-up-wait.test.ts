// Waiting for a top-up: the pace and its back-off, "can pay" and "arrived", what can be
// watched at all, and the loop (with a clock the test moves, so no real seconds pass).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {balanceLook, nextLook, waitForTopUp, watchable, type WaitProgress} from '../../source/top-up-wait.js';
import {resultsOf} from '../../source/checks/details.js';
import type {CheckResult} from '../../source/checks/types.js';
import {canPay, nextLookMs, toppedUp, topUpWait} from '../../source/domain/top-up.js';
import {parseDuration} from '../../source/domain/duration.js';
import {timeMessages} from '../../source/messages/time.js';
import {auth, balance, deepseekAnswers, endpoint, failure, fakeApi, keyPresent, providerBalance, providers, readings, testContext} from '../helpers/results.js';

const cny = (total: string, isAvailable = true) => ({isAvailable, balances: [{currency: 'CNY', total, granted: '0.00', toppedUp: total}]});

test('the pace: every 5 s, doubled for each failed look in a row, never more than a minute', () => {
	assert.equal(topUpWait.everyMs, 5000);
	assert.equal(topUpWait.maxMs, 600_000);
	assert.deepEqual([0, 1, 2, 3, 4, 5, 40].map(failures => nextLookMs(5000, failures)), [5000, 10_000, 20_000, 40_000, 60_000, 60_000, 60_000]);
	assert.equal(nextLookMs(90_000, 3), 90_000, 'an interval longer than the cap stays as it is');
});

test('can pay: available, above zero, and not under the amount when one is given', () => {
	assert.equal(canPay(readings.toppedUp), true);
	assert.equal(canPay(readings.bonusOnly), true, 'bonus credit pays too');
	assert.equal(canPay(readings.zero), false);
	assert.equal(canPay(readings.blocked), false, 'DeepSeek says the account cannot make calls');
	assert.equal(canPay(readings.newAccount), false);
	assert.equal(canPay(undefined), false);
	assert.equal(canPay(cny('4.99'), '5'), false);
	assert.equal(canPay(cny('5.00'), '5'), true);
	// Two currencies: the one that pays is compared, not the first listed (an empty USD row before a funded CNY one).
	const twoCurrencies = {isAvailable: true, balances: [{currency: 'USD', total: '0.00', granted: '0.00', toppedUp: '0.00'}, {currency: 'CNY', total: '71.46', granted: '0.00', toppedUp: '71.46'}]};
	assert.equal(canPay(twoCurrencies, '5'), true);
});

test('a top-up arrived: it can pay and could not before, or it rose since', () => {
	assert.equal(toppedUp(readings.zero, readings.toppedUp), true);
	assert.equal(toppedUp(undefined, readings.toppedUp), true);
	assert.equal(toppedUp(readings.zero, readings.zero), false);
	assert.equal(toppedUp(cny('10.00'), cny('10.00')), false, 'credit that was there already is no top-up');
	assert.equal(toppedUp(cny('10.00'), cny('9.99')), false);
	assert.equal(toppedUp(cny('10.00'), cny('60.00')), true);
});

test('what can be watched: a DeepSeek balance, read or failing for now; not no key, a refused key, or a relay', () => {
	assert.equal(watchable(resultsOf([balance.reading(readings.zero)])), true);
	assert.equal(watchable(resultsOf([balance.unexpected(failure('timeout', 'No answer.'))])), true);
	assert.equal(watchable(resultsOf([balance.unexpected(deepseekAnswers.rateLimited())])), true);
	assert.equal(watchable(resultsOf([balance.unexpected(deepseekAnswers.unauthorized())])), false);
	assert.equal(watchable(resultsOf([balance.noKey()])), false);
	assert.equal(watchable(resultsOf([balance.notDeepSeek()])), false);
	const relay = balance.relay(providers.openrouter, {balance: providerBalance(providers.openrouter, '0.00', true), outcome: 'read', message: 'used up'});
	assert.equal(watchable(resultsOf([relay])), false);
	assert.equal(watchable(resultsOf([])), false);
});

/** A clock the loop reads; each look moves it on by `stepMs`. */
function steppedClock(stepMs: number) {
	let now = 1000;
	return {clock: () => now, advance: () => (now += stepMs)};
}

test('the loop looks until the balance can pay, and reports the wait before each pause', async () => {
	const time = steppedClock(5000);
	const answers = [balance.reading(readings.zero), balance.unexpected(failure('timeout', 'No answer.')), balance.reading(readings.toppedUp)];
	const progress: WaitProgress[] = [];
	const outcome = await waitForTopUp({
		look: async () => {
			time.advance();
			return answers.shift()!;
		},
		until: value => canPay(value),
		// Pauses of a millisecond or two: the test's clock says how long they "were".
		everyMs: 1,
		maxMs: 60_000,
		signal: new AbortController().signal,
		clock: time.clock,
		onProgress: report => progress.push(report),
	});
	assert.equal(outcome.outcome, 'arrived');
	assert.equal(outcome.looks, 3);
	assert.equal(outcome.elapsedMs, 15_000);
	assert.equal(outcome.last?.status, 'pass');
	assert.deepEqual(progress.map(report => report.nextAt - (report.startedAt + 5000 * report.looks)), [1, 1, 2], 'after a failed look the pause doubles');
	assert.deepEqual(progress.map(report => report.looks), [0, 1, 2]);
	assert.equal(progress[1]?.last?.status, 'fail', 'the last look is reported with the progress');
});

test('the loop gives up when the time is up, after one last look at the deadline', async () => {
	const time = steppedClock(400);
	let looks = 0;
	const outcome = await waitForTopUp({
		look: async () => {
			looks++;
			time.advance();
			return balance.reading(readings.zero);
		},
		until: value => canPay(value),
		everyMs: 1,
		maxMs: 1000,
		signal: new AbortController().signal,
		clock: time.clock,
	});
	assert.equal(outcome.outcome, 'timed_out');
	assert.equal(looks, 3, 'at 400, 800 and the deadline');
	assert.equal(outcome.last?.status, 'fail');
});

test('with a look\'s time given, the last look starts early enough to answer by the deadline', () => {
	// Without it: a pause on, the last look at the deadline itself.
	assert.deepEqual(nextLook(0, 30_000, 5000, undefined), {at: 5000, last: false});
	assert.deepEqual(nextLook(27_000, 30_000, 5000, undefined), {at: 30_000, last: false});
	// With it: the last look one pause (or the look's time, if shorter) before the deadline.
	assert.deepEqual(nextLook(0, 30_000, 5000, 10_000), {at: 5000, last: false});
	assert.deepEqual(nextLook(20_000, 30_000, 5000, 10_000), {at: 25_000, last: true});
	assert.deepEqual(nextLook(22_000, 30_000, 5000, 10_000), {at: 25_000, last: true});
	assert.deepEqual(nextLook(22_000, 30_000, 5000, 1000), {at: 27_000, last: false});
	assert.deepEqual(nextLook(27_500, 30_000, 5000, 1000), {at: 29_000, last: true});
	// A wait shorter than a look may take: the last look at once, cut off at the deadline.
	assert.deepEqual(nextLook(0, 1000, 5000, 30_000), {at: 0, last: true});
});

test('with the time a look takes known, the last look falls near the limit, not a pause before it', async () => {
	// A look answers at once; the first reading took 5 ms. Looks every second for 1.5 s: at 1 s, then
	// at 1.25 s (the least margin before the deadline), not at 0.5 s (one pause before it) as before.
	let looks = 0;
	const outcome = await waitForTopUp({
		look: async () => {
			looks++;
			return balance.reading(readings.zero);
		},
		until: value => canPay(value),
		everyMs: 1000,
		maxMs: 1500,
		lookMs: 20_000,
		firstLookMs: 5,
		signal: new AbortController().signal,
	});
	assert.equal(outcome.outcome, 'timed_out');
	assert.equal(looks, 2);
	// About 1250 ms, not 500: a timer may fire a fraction of a millisecond early against the monotonic clock the wait
	// measures with (libuv schedules from its cached loop time), so the bound leaves it room.
	assert.ok(outcome.elapsedMs >= 1200 && outcome.elapsedMs < 1500, `ended after ${outcome.elapsedMs} ms`);
	assert.equal(timeMessages.waited({ms: outcome.elapsedMs}), '1 s');
});

test('a wait that is over is said to the nearest second: "3 s" for 2.76 s, "1 s" for 0.76 s, milliseconds under half a second', () => {
	assert.equal(timeMessages.waited({ms: 2760}), '3 s');
	assert.equal(timeMessages.waited({ms: 2400}), '2 s');
	assert.equal(timeMessages.waited({ms: 757}), '1 s');
	assert.equal(timeMessages.waited({ms: 210}), '210 ms');
	assert.equal(timeMessages.waited({ms: 0}), '0 s');
	assert.equal(timeMessages.waited({ms: 599_800}), '10 min');
});

test('a look still running at the deadline is cut off: the wait ends then, and the look is not counted', async () => {
	let cut: unknown;
	const outcome = await waitForTopUp({
		// A read that takes far longer than the wait (a slow server).
		look: signal =>
			new Promise<CheckResult>(resolve => {
				const slow = setTimeout(() => resolve(balance.reading(readings.zero)), 5000);
				signal.addEventListener('abort', () => {
					clearTimeout(slow);
					cut = signal.reason;
					resolve(balance.unexpected(failure('timeout', 'No answer.')));
				});
			}),
		until: value => canPay(value),
		everyMs: 5000,
		maxMs: 50,
		lookMs: 30_000,
		signal: new AbortController().signal,
	});
	assert.equal(outcome.outcome, 'timed_out');
	assert.equal((cut as DOMException | undefined)?.name, 'TimeoutError', 'the look was aborted at the deadline');
	assert.equal(outcome.looks, 0);
	assert.equal(outcome.last, undefined, 'the cut-off look is not taken as a reading');
});

test('the loop stops at once when cancelled, and makes no look after', async () => {
	const controller = new AbortController();
	let looks = 0;
	const waiting = waitForTopUp({
		look: async () => {
			looks++;
			return balance.reading(readings.zero);
		},
		until: value => canPay(value),
		everyMs: 60_000,
		maxMs: 600_000,
		signal: controller.signal,
	});
	controller.abort();
	assert.equal((await waiting).outcome, 'cancelled');
	assert.equal(looks, 0);
});

test('one look runs the balance check alone, reading the earlier endpoint result: only /user/balance is asked', async () => {
	const api = fakeApi({'/user/balance': deepseekAnswers.balance(readings.toppedUp)});
	const ctx = testContext({api});
	const given: CheckResult[] = [keyPresent.found(), endpoint.official(), auth.accepted(), balance.reading(readings.zero)];
	const result = await balanceLook(() => ({ok: true, ctx}), given)(new AbortController().signal);
	assert.equal(result.id, 'balance');
	assert.equal(result.status, 'pass');
	assert.deepEqual(api.calls, ['GET /user/balance']);
	const unusable = await balanceLook(() => ({ok: false, message: 'the base URL cannot be used'}), given)(new AbortController().signal);
	assert.deepEqual([unusable.status, unusable.summary], ['error', 'the base URL cannot be used']);
});

test('spans of time: typed on the command line, and as people read them', () => {
	assert.deepEqual(['90s', '10m', '1h', '500ms', '2500', '1.5m', '10min', ' 5S '].map(parseDuration), [90_000, 600_000, 3_600_000, 500, 2500, 90_000, 600_000, 5000]);
	for (const bad of ['ten', '5x', '-1', '', '1e3', '5 m']) assert.equal(parseDuration(bad), undefined, bad);
	assert.deepEqual([0, 400, 1000, 45_900, 65_000, 600_000, 7_500_000, 3_600_000].map(ms => timeMessages.duration({ms})), ['0 s', '400 ms', '1 s', '45 s', '1 min 5 s', '10 min', '2 h 5 min', '1 h']);
	assert.deepEqual([4001, 5000, 0, -30].map(ms => timeMessages.countdown({ms})), ['5 s', '5 s', '0 s', '0 s']);
	// A wait's clock reads in whole seconds from its start: never "Waited 1 ms".
	assert.deepEqual([1, 999, 1000, 65_900, -30].map(ms => timeMessages.elapsed({ms})), ['0 s', '0 s', '1 s', '1 min 5 s', '0 s']);
	assert.deepEqual([5000, 60_000, 3 * 3_600_000 + 5, 86_400_000, 3 * 86_400_000].map(ms => timeMessages.ago({ms})), ['just now', '1 minute ago', '3 hours ago', '1 day ago', '3 days ago']);
});
