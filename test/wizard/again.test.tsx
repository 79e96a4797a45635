// Checking again from a result screen, through the real wizard against the fake (which
// changes scenario between the runs, as a top-up or a recovery would): the path's checks
// run afresh, and the screen says what changed. Also the time a long check has taken, and
// "try again with a longer timeout" after a timeout.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {runCli} from '../helpers/run-cli.js';
import {setLanguage} from '../../source/messages/language.js';
import {assertFits, chatCalls, drive, flat, focusedLabel, keys, session, walk402, world} from './helpers.js';

// The clock times on screen are this computer's: UTC here, so the tests read the same anywhere.
process.env['TZ'] = 'UTC';

test('check again after a top-up: the balance before (when it was read) → after, and calls will work again', async () => {
	const w = await world('zero_balance');
	// The wizard's clock: the empty reading at 09:55, checked again five minutes later.
	let clock = new Date('2026-11-20T09:55:00Z');
	await session(w, async app => {
		await walk402(app);
		await app.waitFor('✖ Your DeepSeek balance is empty\n');
		const readsBefore = w.fake.requests.length;
		w.fake.setScenario('ok');
		clock = new Date('2026-11-20T10:00:00Z');
		await app.choose('Check again');
		const screen = flat(await app.waitFor('Your balance can pay for calls again: 47.44 CNY'));
		assert.ok(w.fake.requests.length > readsBefore, 'the checks ran again');
		assert.match(screen, /What changed since the last check: ✔ 0\.00 CNY at 09:55 \(5 minutes ago\) → 47\.44 CNY now: your top-up arrived\./);
		assert.match(screen, /Calls that failed with 402 Insufficient Balance work again now: retry them\./);
		assert.match(screen, /Start › 402 › Where calls go › Key › Key check › Balance check › Topped up/);
		assert.equal(chatCalls(w).length, 0, 'no paid call was made to find out');
		// Checked again once more: the same top-up with its figures, and whether the calls work; never "yet calls fail" and the paid call's question.
		await app.choose('Check again');
		const once = flat(await app.waitFor('Do your calls work again?'));
		assert.match(once, /0\.00 CNY at 09:55 \(5 minutes ago\) → 47\.44 CNY now: your top-up arrived\./);
		assert.doesNotMatch(once, /May I make one real call|yet calls fail/);
		assert.equal(focusedLabel(app.lastFrame()), '❯ Yes, they work now');
		await app.press('q');
		assert.equal(await app.exited, 0, 'nothing is wrong any more');
	}, {now: () => clock});
});

test('check again with nothing changed: the same result, and what is still wrong', async () => {
	const w = await world('zero_balance');
	await session(w, async app => {
		await walk402(app);
		await app.waitFor('✖ Your DeepSeek balance is empty\n');
		await app.choose('Check again');
		const screen = flat(await app.waitFor('What changed since the last check'));
		assert.match(screen, /✖ Your DeepSeek balance is empty What changed since the last check: .* ✖ Balance: 0\.00 CNY \(granted 0\.00, topped up 0\.00\) /);
		assert.match(screen, /⚠ Still: the balance is 0\.00 CNY, nothing to pay for calls with\./);
		await app.press('q');
		assert.equal(await app.exited, 1);
	});
});

test('check again after a new key: the key is accepted now, and the result follows it', async () => {
	const w = await world('invalid_key');
	await session(w, async app => {
		await app.choose('They fail with something else');
		await app.choose('401 Authentication Fails');
		await app.choose('The key in DEEPSEEK_API_KEY');
		await app.waitFor('DeepSeek does not accept this key (401)');
		w.fake.setScenario('ok');
		await app.choose('Check again');
		const screen = flat(await app.waitFor('DeepSeek accepts this key'));
		assert.match(screen, /What changed since the last check: ✔ The key is accepted now\./);
	});
});

test('check again after an outage: the service recovered', async () => {
	const w = await world('status_outage_api_down');
	await session(w, async app => {
		await app.choose('They fail with something else');
		await app.choose('500 Server Error or 503');
		await app.waitFor('DeepSeek reports trouble');
		w.fake.setScenario('ok');
		await app.choose('Check again');
		const screen = flat(await app.waitFor('What changed since the last check'));
		assert.match(screen, /✔ Now fine: DeepSeek status/);
		assert.doesNotMatch(screen, /DeepSeek reports trouble/);
	});
});

test('a long check shows how long it has run, of its deadline', async () => {
	const w = await world('slow');
	let now = 0;
	await session(
		w,
		async app => {
			await walk402(app);
			await app.waitFor('Authentication: running…');
			now += 3400;
			// The screen moves on at the next tick (every 10 ms here).
			const screen = await app.waitFor('Authentication: running… 3 s of 10 s');
			assert.match(screen, /Where calls go: running… 3 s of 10 s/);
			now += 8000;
			// Past a request's deadline, a check may still make a second request: its own deadline shows.
			await app.waitFor('Authentication: running… 11 s of 20 s');
		},
		{timing: {clock: () => now, tickMs: 10}},
	);
});

test('--timeout 1500: the deadline shows as set, "1 s of 1.5 s", not rounded down to "1 s of 1 s"', async () => {
	const w = await world('slow');
	let now = 0;
	await session(
		w,
		async app => {
			await walk402(app);
			await app.waitFor('Authentication: running…');
			now += 1200;
			const screen = await app.waitFor('Authentication: running… 1 s of 1.5 s');
			assert.match(screen, /Where calls go: running… 1 s of 1\.5 s/);
		},
		{timing: {clock: () => now, tickMs: 10}, flags: {timeoutMs: 1500}},
	);
});

test('a timeout offers a longer one, which the next run uses (and the one after offers longer still)', async () => {
	const w = await world('slow');
	await session(
		w,
		async app => {
			await walk402(app);
			const leaf = flat(await app.waitFor('Try again with a longer timeout', 8000));
			assert.match(leaf, /answers too slowly/, 'it took the connection: slow, not unreachable');
			assert.match(leaf, /Try again with a longer timeout \(400 ms for each request\)/);
			// The API checks that timed out alike: the sentence once, the rows under it say so (checks/same-as-above.ts).
			assert.equal(leaf.split('no answer within 0.2 s').length - 1, 1, `the sentence once:\n${leaf}`);
			assert.match(leaf, /! Authentication: Same as above\./);
			await app.choose('Try again with a longer timeout');
			await app.waitFor('Checking the key');
			const again = flat(await app.waitFor('(800 ms for each request)', 8000));
			assert.match(again, /no answer within 0\.4 s/, 'the run had the longer deadline');
			assert.match(again, /Same from a script: deepseek-fix check --base-url \S+ --timeout 400/);
			assert.match(again, /What changed since the last check/);
			await app.press(keys.escape);
		},
		{flags: {timeoutMs: 200}},
	);
});

test('after a top-up that balance --wait saw: the start screen says it, and checking again asks whether the calls work, never the paid call', async () => {
	const w = await world('zero_balance');
	try {
		const first = drive(w.props({now: () => new Date('2026-11-20T09:55:00Z')}));
		await first.waitFor('What is happening?');
		await walk402(first);
		await first.waitFor('✖ Your DeepSeek balance is empty\n');
		first.unmount();
		// The top-up arrives; `balance --wait` (from cron) sees it and remembers the new reading.
		w.fake.setScenario('ok');
		const waited = await runCli(['balance', '--wait'], w.env);
		assert.equal(waited.code, 0, waited.stderr);
		const second = drive(w.props());
		const start = flat(await second.waitFor('What is happening?'));
		assert.match(start, /Last time \(5 minutes ago\): Your DeepSeek balance is empty Top-up since then: 0\.00 CNY → 47\.44 CNY/);
		assert.equal(focusedLabel(second.lastFrame()), '❯ Check again: do the calls work now?');
		await second.press(keys.enter);
		const screen = flat(await second.waitFor('Do your calls work again?'));
		assert.match(screen, /0\.00 CNY at 09:55 \(5 minutes ago\) → 47\.44 CNY now: your top-up arrived\./);
		assert.doesNotMatch(screen, /May I make one real call|yet calls fail/);
		assert.equal(chatCalls(w).length, 0, 'no paid call was made to find out');
		second.unmount();
	} finally {
		await w.close();
	}
});

// At 40×15 the rows are short: last time's result whole had left no row for the balance, and a returning user saw only
// "Last time: …". Both stay (the result by its verdict's name where a row is all it gets), in both languages.
test('a returning user at 40×15 sees last time\'s result and the balance, or the top-up since, in both languages', async () => {
	const w = await world('zero_balance');
	try {
		const first = drive(w.props({now: () => new Date('2026-11-20T09:55:00Z')}));
		await first.waitFor('What is happening?');
		await walk402(first);
		await first.waitFor('✖ Your DeepSeek balance is empty\n');
		// Quit: the exit waits for the saves after paint (the diagnosis this start screen shows next).
		await first.press('q');
		await first.exited;
		first.unmount();
		const size = {columns: 40, rows: 15};
		const startScreen = async (language: 'en' | 'zh-CN', question: string) => {
			setLanguage(language);
			const app = drive(w.props(), size);
			try {
				const start = flat(await app.waitFor(question));
				assertFits(app, size.columns, size.rows);
				return start;
			} finally {
				app.unmount();
				setLanguage('en');
			}
		};
		const empty = {en: await startScreen('en', 'What is happening?'), 'zh-CN': await startScreen('zh-CN', '遇到了什么情况？')};
		assert.match(empty.en, /Last time: insufficient balance Last balance: 0\.00 CNY, 5 minutes ago/, empty.en);
		assert.match(empty['zh-CN'], /上次（5 分钟前）：余额不足\s*上次余额：0\.00 CNY（5 分钟前）/, empty['zh-CN']);
		w.fake.setScenario('ok');
		const waited = await runCli(['balance', '--wait'], w.env);
		assert.equal(waited.code, 0, waited.stderr);
		const topped = {en: await startScreen('en', 'What is happening?'), 'zh-CN': await startScreen('zh-CN', '遇到了什么情况？')};
		assert.match(topped.en, /Last time: insufficient balance Top-up since then: 0\.00 CNY → 47\.44/, topped.en);
		assert.match(topped['zh-CN'], /上次（5 分钟前）：余额不足\s*此后已充值：0\.00 CNY → 47\.44 CNY/, topped['zh-CN']);
	} finally {
		await w.close();
	}
});
