// "Wait for my top-up" through the real wizard against the fake: it reads the free balance
// endpoint again and again (every few ms here, not every 5 s), shows the balance and the
// countdown, and ends the moment a top-up arrives; or when the time is up; Esc stops it.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import {chatCalls, flat, keys, session, waitUntil, walk402, world, type Driven} from './helpers.js';

const balanceReads = (w: Awaited<ReturnType<typeof world>>) => w.fake.requests.filter(request => request.path.endsWith('/user/balance')).length;

/**
 * Until every look on its way has reached the fake and been answered (or seen dropped): the fake runs in
 * this process, so a request written to loopback is read within a few turns of the event loop, counted in
 * turns, not in time, which a loaded machine stretches.
 */
async function looksLanded(w: Awaited<ReturnType<typeof world>>): Promise<void> {
	for (let turn = 0; turn < 20; turn++) await new Promise(resolve => setImmediate(resolve));
	await waitUntil(() => w.activity.filter(entry => entry.path.endsWith('/user/balance')).length === balanceReads(w), 'the fake has answered every look it received');
}

/** The 402 walk to the empty balance, then "Wait for my top-up": the wait screen on show. */
async function waitOnEmptyBalance(app: Driven): Promise<void> {
	await walk402(app);
	await app.waitFor('Your DeepSeek balance is empty');
	await app.choose('Wait for my top-up');
	await app.waitFor('Waiting for your top-up');
}

// The clock times on screen are this computer's: UTC here, so the tests read the same anywhere.
process.env['TZ'] = 'UTC';

test('waiting on the empty balance ends the moment the top-up arrives, with the new figure and when the empty one was read', async () => {
	const w = await world('zero_balance');
	// The wizard's clock: the empty reading at 09:55, the top-up seen ten minutes later.
	let clock = new Date('2026-11-20T09:55:00Z');
	await session(
		w,
		async app => {
			await walk402(app);
			await app.waitFor('Your DeepSeek balance is empty');
			await app.choose('Wait for my top-up');
			const waiting = flat(await app.waitFor('Waiting for your top-up to arrive'));
			assert.match(waiting, /Balance now: 0\.00 CNY\. Next look in \d+ s\./);
			assert.match(waiting, /Waited \d+ s of up to 10 min\./);
			assert.match(waiting, /It stops by itself the moment the balance can pay\. Only the free balance endpoint is read: nothing is charged\./);
			assert.match(waiting, /Esc stop waiting · q quit/);
			const reads = balanceReads(w);
			await waitUntil(() => balanceReads(w) > reads + 1, 'it looks again and again');
			const before = w.fake.requests.length;
			clock = new Date('2026-11-20T10:05:00Z');
			w.fake.setScenario('ok');
			const done = flat(await app.waitFor('Your balance can pay for calls again: 47.44 CNY'));
			assert.match(done, /✔ 0\.00 CNY at 09:55 \(10 minutes ago\) → 47\.44 CNY now: your top-up arrived\./);
			assert.match(done, /Check again/);
			assert.match(done, /Same from a script: deepseek-fix balance --wait --base-url/);
			assert.deepEqual(new Set(w.fake.requests.slice(before).map(request => `${request.method} ${request.path}`)), new Set(['GET /user/balance']), 'only the free balance endpoint');
			assert.equal(chatCalls(w).length, 0);
			await app.press('q');
			assert.equal(await app.exited, 0);
		},
		{timing: {waitEveryMs: 20}, now: () => clock},
	);
});

test('waiting on a top-up that does not show yet (the balance had credit) ends when the balance rises', async () => {
	const w = await world('low_balance');
	await session(
		w,
		async app => {
			await walk402(app);
			await app.choose('No, skip it');
			await app.choose('I topped up recently');
			await app.waitFor('A top-up that does not show yet');
			await app.choose('Wait for my top-up');
			await app.waitFor('Balance now: 0.35 CNY');
			const reads = balanceReads(w);
			await waitUntil(() => balanceReads(w) > reads + 1, 'credit that was there already does not end the wait');
			assert.match(app.lastFrame(), /Waiting for your top-up/);
			w.fake.setScenario('ok');
			const done = flat(await app.waitFor('Your balance can pay for calls again: 47.44 CNY'));
			assert.match(done, /Balance 0\.35 → 47\.44 CNY: topped up\./);
		},
		{timing: {waitEveryMs: 20}},
	);
});

test('when the time is up: no top-up yet, the balance still empty, the transactions page, wait again', async () => {
	const w = await world('zero_balance');
	await session(
		w,
		async app => {
			await walk402(app);
			await app.choose('Wait for my top-up');
			const over = flat(await app.waitFor('No top-up arrived while waiting'));
			assert.match(over, /No top-up arrived while waiting: the balance is still 0\.00 CNY/);
			assert.match(over, /https:\/\/platform\.deepseek\.com\/transactions/);
			assert.match(over, /Wait for my top-up/);
			assert.match(over, /Still: the balance is 0\.00 CNY/);
		},
		{timing: {waitEveryMs: 20, waitMaxMs: 100}},
	);
});

test('a look still running when the time is up is cut off: the wait ends by its end and says so, as balance --wait does', async () => {
	const w = await world('zero_balance');
	await session(
		w,
		async app => {
			await waitOnEmptyBalance(app);
			// Every look from now on would answer after 30 s, within the 60 s request deadline.
			w.fake.setScenario('slow');
			// A generous bound: far below the slow answer, far above the 1 s wait.
			const over = flat(await app.waitFor('No top-up arrived while waiting', 15_000));
			assert.match(over, /the balance is still 0\.00 CNY/, over);
		},
		{timing: {waitEveryMs: 20, waitMaxMs: 1000}, flags: {timeoutMs: 60_000}},
	);
});

test('Esc stops waiting: back to the result, and no more looks', async () => {
	const w = await world('zero_balance');
	await session(
		w,
		async app => {
			await waitOnEmptyBalance(app);
			await app.press(keys.escape);
			await app.waitFor('Your DeepSeek balance is empty');
			// A look written just before Esc may reach the fake after the frame on a loaded machine: let it land first.
			await looksLanded(w);
			const reads = balanceReads(w);
			// Kept: a wait that still ran would look again within 20 ms. This timer is due later than any
			// the wait had set, so it fires after them (timers run in the order they are due, however late),
			// and the look such a timer started has then landed as above: the wait had its chance to look.
			await delay(150);
			await looksLanded(w);
			assert.equal(balanceReads(w), reads);
			assert.match(app.lastFrame(), /Your DeepSeek balance is empty/);
		},
		{timing: {waitEveryMs: 20}},
	);
});

test('at 40 columns a duration never breaks between its number and its unit', async () => {
	const w = await world('zero_balance');
	await session(
		w,
		async app => {
			await waitOnEmptyBalance(app);
			await app.waitFor('Next look in');
			const frame = app.lastFrame();
			// 1 s, rounded up from the 20 ms wait; 0 s when a loaded machine draws the frame after the wait ran out.
			assert.match(flat(frame), /Next look in [01] s\./);
			assert.doesNotMatch(frame, /\d\s*\n\s*(s|ms|min)\b/, frame);
			await app.press(keys.escape);
		},
		{timing: {waitEveryMs: 20}},
		{columns: 40, rows: 15},
	);
});
