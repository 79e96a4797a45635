// The user who comes back after topping up, through the real wizard against the fake: the
// 402 path found the balance empty last time, the fake now plays `ok` (the top-up arrived),
// and the same settings folder remembers that reading. The balance step says what changed,
// with the figures and when, and asks whether calls work again; Enter never picks the paid
// call. It does not when there is no earlier empty reading, or when that reading was
// another account's (another key, another base URL).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {accountOf} from '../../source/domain/balance-history.js';
import {normaliseBaseUrl} from '../../source/deepseek/url.js';
import {loadSettings} from '../../source/settings/index.js';
import {fakeKey} from '../fake/server.js';
import {assertFits, chatCalls, drive, flat, focusedLabel, walk402, world, type Driven, type World} from './helpers.js';

// The clock times on screen are this computer's: UTC here, so the test reads the same anywhere.
process.env['TZ'] = 'UTC';

const sizes = [
	{columns: 100, rows: 30},
	{columns: 40, rows: 15},
] as const;

/** The account of the fake's base URL with `key` (as the wizard stamps its readings). */
function accountFor(w: World, key = fakeKey, baseUrl = w.env['DEEPSEEK_BASE_URL'] ?? ''): string {
	const normalised = normaliseBaseUrl(baseUrl);
	assert.ok(normalised.ok);
	return accountOf(normalised.value.url, key) ?? '';
}

/** A settings file whose history holds one reading, five minutes before the wizard's "now" (10:00 UTC). */
async function history(w: World, sample: Record<string, string>) {
	await writeFile(path.join(w.configDir, 'config.json'), JSON.stringify({schemaVersion: 1, balanceHistory: [{at: '2026-11-20T09:55:00.000Z', currency: 'CNY', granted: '0.00', toppedUp: sample['total'] ?? '0.00', ...sample}]}));
}

const arrived = '0.00 CNY at 09:55 (5 minutes ago) → 47.44 CNY now: your top-up arrived.';

for (const size of sizes) {
	test(`came back after topping up (${size.columns}×${size.rows}): the empty reading last time, the balance now, "Check it again" asks whether calls work`, async () => {
		const w = await world('zero_balance');
		try {
			// First run: the 402 path to the empty balance, at 09:55.
			const first = drive(w.props({now: () => new Date('2026-11-20T09:55:00Z')}), size);
			await first.waitFor('What is happening?');
			await walk402(first);
			await first.waitFor('Your DeepSeek balance is empty');
			await first.press('q');
			await first.exited;
			first.unmount();
			const kept = loadSettings(w.env).settings.balanceHistory;
			assert.deepEqual(kept.map(sample => [sample.total, sample.account]), [['0.00', accountFor(w)]], 'the reading is remembered with its account');
			// Topped up: the fake plays ok, and the wizard starts again with the same settings, five minutes later.
			w.fake.setScenario('ok');
			const app = drive(w.props(), size);
			try {
				await app.waitFor('Check it again');
				await app.press('\r');
				const asked = flat(await app.waitFor('Do your calls work again?'));
				assert.ok(asked.includes(arrived) || size.columns < 100, asked);
				assert.match(asked, /0\.00 CNY at 09:55/, 'the figure then and when');
				assert.equal(focusedLabel(app.lastFrame()), '❯ Yes, they work now', 'Enter never picks the paid call');
				assert.doesNotMatch(asked, /May I make one real call/);
				await app.press('\r');
				const done = flat(await app.waitFor('Calls work again'));
				assert.equal(focusedLabel(app.lastFrame()), '❯ Get warned next time', 'the alert is offered first');
				assert.equal(chatCalls(w).length, 0, 'nothing paid');
				assertFits(app, size.columns, size.rows);
				assert.match(done, /Calls work again/);
				await app.press('q');
				assert.equal(await app.exited, 0);
			} finally {
				app.unmount();
			}
		} finally {
			await w.close();
		}
	});
}

/** The fake plays `ok`, an empty reading of this account is remembered: at 100×30, the 402 walk to "Do your calls work again?". */
async function askedAfterTopUp(): Promise<{w: World; app: Driven; asked: string}> {
	const w = await world('ok');
	await history(w, {total: '0.00', account: accountFor(w)});
	const app = drive(w.props(), {columns: 100, rows: 30});
	await app.waitFor('What is happening?');
	await walk402(app);
	return {w, app, asked: flat(await app.waitFor('Do your calls work again?'))};
}

test('the whole sentence at 100 columns, and "No, they still get 402" goes on to the paid call\'s question, "No" first', async () => {
	const {w, app, asked} = await askedAfterTopUp();
	try {
		assert.ok(asked.includes(arrived), asked);
		assert.match(asked, /Start › 402 › Where calls go › Key › Key check › Balance check › Top-up arrived/);
		await app.choose('No, they still get 402');
		await app.waitFor('May I make one real call');
		assert.equal(focusedLabel(app.lastFrame()), '❯ No, skip it');
		assert.equal(chatCalls(w).length, 0);
	} finally {
		app.unmount();
		await w.close();
	}
});

for (const size of sizes) {
	for (const [what, setup] of [
		['no earlier reading', async () => {}],
		['an earlier reading with credit', async (w: World) => history(w, {total: '12.00', account: accountFor(w)})],
		['an empty reading of another key', async (w: World) => history(w, {total: '0.00', account: accountFor(w, 'sk-' + '0'.repeat(32))})],
		['an empty reading at another base URL', async (w: World) => history(w, {total: '0.00', account: accountFor(w, fakeKey, 'https://api.deepseek.com')})],
	] as const) {
		test(`${what} (${size.columns}×${size.rows}): the balance step asks for the paid call as before, nothing said of a top-up`, async () => {
			const w = await world('ok');
			await setup(w);
			const app = drive(w.props(), size);
			try {
				await app.waitFor('What is happening?');
				await walk402(app);
				const asked = flat(await app.waitFor('May I make one real call'));
				assert.doesNotMatch(asked, /top-up arrived|work again/);
				assert.equal(focusedLabel(app.lastFrame()), '❯ No, skip it');
				assertFits(app, size.columns, size.rows);
			} finally {
				app.unmount();
				await w.close();
			}
		});
	}
}

test('"Check again" after "Yes, they work now": the same top-up, so the answer stands and the walk ends where it did, never at the paid call\'s question', async () => {
	const {w, app} = await askedAfterTopUp();
	try {
		await app.choose('Yes, they work now');
		await app.waitFor('Calls work again');
		await app.choose('Check again');
		// The replayed "yes" lands on the same result, checked afresh; not "yet calls fail", not the paid call.
		const again = flat(await app.waitFor(/What changed since the last check:\s+· Nothing\./));
		assert.match(again, /Calls work again/, again);
		assert.doesNotMatch(again, /May I make one real call|yet calls fail/, again);
		assert.equal(chatCalls(w).length, 0);
	} finally {
		app.unmount();
		await w.close();
	}
});
