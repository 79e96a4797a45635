// Every screen of the real wizard, at 40×15, 60×20 and 100×30: no frame is ever as tall
// as the terminal (ink would redraw it from the top and push rows into the scrollback with
// every key), and no line is wider than it. Each journey passes every kind of screen:
// menus (the start screen with all its facts, questions with help, the reason rows of a
// check step), text fields (long values, errors, the key's preview), live checks, and
// results (with scrolling actions, hidden fixes, a notice); the help over them, scrolled;
// and a window too small for them.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {eraseVisibleScreen} from '../../source/wizard/terminal-size.js';
import {fakeKey} from '../fake/server.js';
import {assertFits, chatCalls, drive, flat, keys, session, walk402, walkEveryCheck, world, type Driven, type World} from './helpers.js';

const sizes = [
	{columns: 40, rows: 15},
	{columns: 60, rows: 20},
	{columns: 100, rows: 30},
] as const;

/** A settings file with last time's diagnosis, a reading, and one invalid field (the start screen's note). */
async function rememberedStart(w: World) {
	await writeFile(
		path.join(w.configDir, 'config.json'),
		JSON.stringify({
			schemaVersion: 1,
			alertThreshold: 'not an amount',
			balanceHistory: [{at: '2026-11-19T10:00:00.000Z', currency: 'CNY', total: '3.00', granted: '0.00', toppedUp: '3.00'}],
			lastDiagnosis: {
				at: '2026-11-19T10:00:00.000Z',
				verdict: 'insufficient_balance',
				summary: 'Calls fail because of your DeepSeek balance. 0.00 CNY (granted 0.00, topped up 0.00): nothing left to pay for calls.',
				path: ['start=402', 'p402.program=own_code'],
				baseUrl: w.env['DEEPSEEK_BASE_URL'],
			},
		}),
	);
}

/** Presses `key` `times` times (every frame they draw is checked at the end). */
async function pressTimes(app: Driven, key: string, times: number) {
	for (let index = 0; index < times; index++) await app.press(key);
}

for (const size of sizes) {
	const label = `${size.columns}×${size.rows}`;

	test(`${label}: the start screen with everything on it, scrolled through`, async () => {
		const w = await world('ok');
		await rememberedStart(w);
		await session(
			w,
			async app => {
				const start = await app.waitFor('Check it again');
				if (size.rows >= 30) assert.match(flat(start), /Last time \(.*\): Calls fail because of your DeepSeek balance/, 'what earlier runs left, in a window with room for it');
				// What "Check it again" is about, in every window (by its verdict's name where it gets a row), above the other things remembered.
				assert.match(start, /^Last time( \(.*\): Calls|: insufficient balance$)/m, start);
				await pressTimes(app, keys.down, 9);
				assertFits(app, size.columns, size.rows);
				assert.match(app.lastFrame(), /↑ \d+ more|Check it again/, 'the list is there');
				assert.match(app.lastFrame().trimEnd().split('\n').at(-1) ?? '', /· q quit$/, 'the key hints are whole, the last one too');
			},
			{},
			size,
		);
	});

	test(`${label}: the help over the start screen and over a result, scrolled to its end`, async () => {
		const w = await world('zero_balance');
		await session(
			w,
			async app => {
				await app.press('?');
				await app.waitFor('Keys');
				await app.press('\u001B[F');
				await app.waitFor('deepseek-fix report');
				await app.press('?');
				await app.choose('Check my balance');
				await app.choose('The key in DEEPSEEK_API_KEY');
				await app.waitFor('What to do:');
				await app.press('?');
				await app.waitFor('Keys');
				await pressTimes(app, keys.down, 30);
				await app.waitFor('deepseek-fix report');
				assertFits(app, size.columns, size.rows);
				assert.match(app.lastFrame().trimEnd().split('\n').at(-1) ?? '', /Esc close · q quit$/, 'the key hints are whole');
			},
			{},
			size,
		);
	});

	test(`${label}: the 402 path through its questions, checks and the permission, to support, with a notice`, async () => {
		const w = await world('probe_402');
		await session(
			w,
			async app => {
				await app.choose('My calls fail with 402');
				await app.choose('My own code');
				await app.choose('from DEEPSEEK_BASE_URL');
				await app.choose('The key in DEEPSEEK_API_KEY');
				await app.waitFor(/May I make one\s+real call/);
				await pressTimes(app, keys.down, 3);
				await app.choose('No, skip it');
				await app.choose('None of these');
				await app.waitFor('This needs DeepSeek support');
				await app.choose('Save a support report');
				await app.waitFor(/Saved the support report|support report to/);
				await pressTimes(app, keys.up, 4);
				assertFits(app, size.columns, size.rows);
				assert.equal(chatCalls(w).length, 0);
				// In a narrow window the hints are worded shorter, never cut before "q quit".
				assert.match(app.lastFrame().trimEnd().split('\n').at(-1) ?? '', /Esc back · (?:\? help · )?q quit$/, 'the key hints are whole');
			},
			{},
			size,
		);
	});

	test(`${label}: text fields with a long value, a wrong one, and a pasted key`, async () => {
		const w = await world('ok');
		await session(
			w,
			async app => {
				await app.choose('My calls fail with 402');
				await app.choose('My own code');
				await app.choose('Another address');
				await app.waitFor('Type the base URL');
				await app.type('not a url with spaces and a very long tail that wraps over two or three rows');
				await app.press(keys.enter);
				await app.waitFor('✖');
				await app.press(keys.escape);
				await app.choose('from DEEPSEEK_BASE_URL');
				await app.choose('Paste a key');
				await app.waitFor('Paste the key');
				await app.type(fakeKey);
				await app.waitFor('Looks like');
				await app.press(keys.escape);
				await app.press(keys.escape);
				await app.press(keys.escape);
				await app.press(keys.escape);
				await app.choose('Check my balance');
				await app.choose('The key in DEEPSEEK_API_KEY');
				await app.choose('Set a low-balance alert');
				await app.waitFor('Warn me when');
				await app.type('ten yuan please');
				await app.press(keys.enter);
				await app.waitFor('✖');
				assertFits(app, size.columns, size.rows);
			},
			{},
			size,
		);
	});

	test(`${label}: every check, live and as a result with ten rows of evidence and a warning`, async () => {
		const w = await world('low_balance');
		await session(
			w,
			async app => {
				await walkEveryCheck(app);
				await app.waitFor('Nothing blocks your calls', 8000);
				await pressTimes(app, keys.down, 8);
				await app.choose('Open platform.deepseek.com/top_up');
				await app.waitFor('Opening');
				assertFits(app, size.columns, size.rows);
			},
			{},
			size,
		);
	});

	test(`${label}: a relay's result and a refused key's`, async () => {
		const relay = await world('one_api_exhausted');
		await session(
			relay,
			async app => {
				await app.choose('My calls fail with 402');
				await app.choose('A relay or gateway');
				await app.choose('from DEEPSEEK_BASE_URL');
				await app.choose('The key in DEEPSEEK_API_KEY');
				await app.waitFor("Your gateway's token is used up");
				assertFits(app, size.columns, size.rows);
			},
			{},
			size,
		);
		const refused = await world('invalid_key');
		await session(
			refused,
			async app => {
				await app.choose('They fail with something else');
				await app.choose('401');
				await app.choose('The key in DEEPSEEK_API_KEY');
				await app.waitFor('does not accept this');
				assertFits(app, size.columns, size.rows);
			},
			{},
			size,
		);
	});
}

test('a window smaller than 40×12 gets one sentence that fits, and only q and Ctrl+C act', async () => {
	for (const size of [
		{columns: 39, rows: 30},
		{columns: 100, rows: 11},
		{columns: 30, rows: 4},
	]) {
		const w = await world('ok');
		const app = drive(w.props(), size);
		try {
			const frame = await app.waitFor('too small');
			assert.match(frame.replace(/\s+/g, ' '), new RegExp(`\\(${size.columns} × ${size.rows}\\)`));
			await app.press(keys.enter);
			await app.press(keys.down, keys.enter);
			assert.equal(w.fake.requests.length, 0, 'nothing picked unseen');
			assertFits(app, size.columns, size.rows);
			await app.press('q');
			assert.equal(await app.exited, 0);
		} finally {
			app.unmount();
			await w.close();
		}
	}
});

test('60×20: fixes that do not fit leave a mark saying how many', async () => {
	const w = await world('zero_balance');
	await session(
		w,
		async app => {
			await walk402(app);
			const leaf = await app.waitFor('Your DeepSeek balance is empty');
			// The mark right above the actions; the line on bonus credit takes its two rows whole, and the top-up link
			// (which would give its row first: the action right under the fixes opens it) still has one.
			assert.match(leaf, /→ Top up your balance[\s\S]*\n {2}↓ 2 more fixes in a taller window\n❯ Open platform\.deepseek\.com\/top_up\n/);
			assert.match(leaf, /^ {2}Granted credit is spent first and expires; new accounts\n {2}get none\.$/m, leaf);
			assert.match(leaf, /^ +https:\/\/platform\.deepseek\.com\/top_up$/m, leaf);
			assertFits(app, 60, 20);
		},
		{},
		{columns: 60, rows: 20},
	);
});

for (const size of [
	{columns: 40, rows: 15},
	{columns: 60, rows: 20},
]) {
	test(`${size.columns}×${size.rows}: a gateway's result never hides its second fix without a word`, async () => {
		const w = await world('one_api_exhausted');
		await session(
			w,
			async app => {
				await walk402(app, 'A relay or gateway');
				const leaf = await app.waitFor("Your gateway's token is used up");
				// The fix's link gives way first: the action just under it opens it.
				assert.match(leaf, /→ Top up on One API \(not on DeepSeek\)\n {2}↓ 1 more fix in a taller window\n❯ Open shop\.example\.com\/topup/);
				assert.doesNotMatch(flat(leaf), /base URL to https:\/\/api\.deepseek\.com/, 'the second fix is the one hidden');
				assertFits(app, size.columns, size.rows);
			},
			{},
			size,
		);
	});
}

test('100×30: a passed row with something to say is shown whole, not cut with "…"', async () => {
	const w = await world('ok');
	await session(
		w,
		async app => {
			await walkEveryCheck(app);
			const leaf = await app.waitFor('No problem found', 8000);
			assert.ok(flat(leaf).includes('○ Spending trend: No earlier readings yet: check, balance and the wizard remember each one, so the trend shows from a run an hour or more later.'), leaf);
			assert.ok(flat(leaf).includes('○ Test call: Not run, as you chose to skip this paid call.'), leaf);
			assert.doesNotMatch(leaf, /--probe/, 'the wizard asked; a flag means nothing here');
			assert.doesNotMatch(leaf, /…$/m, 'no row cut at the edge');
			assertFits(app, 100, 30);
		},
		{},
		{columns: 100, rows: 30},
	);
});

test('a resize while the spinners run: the screen is erased row by row before the redraw, and every frame after it fits the new size', async () => {
	const w = await world('slow');
	await session(
		w,
		async app => {
			await walkEveryCheck(app);
			await app.waitFor('running…');
			const before = app.raw().length;
			app.resize({columns: 40, rows: 15});
			await app.waitFor(/^Start › … › Key › Permission › Checks$/m);
			const written = app.raw().slice(before);
			assert.equal(written[0], eraseVisibleScreen(15), 'the erase comes first, before any frame for the new size');
			assert.doesNotMatch(written[0] ?? '', /\u001B\[2?J/, 'never an erase that pushes the screen into the scrollback');
			assertFits(app, 40, 15, app.frames().length - (written.length - 1));
			const wider = app.raw().length;
			app.resize({columns: 60, rows: 20});
			await app.waitFor(/Start › All checks › Key › Permission › Checks/);
			assert.equal(app.raw()[wider], eraseVisibleScreen(20), 'a larger window erases too: the rows it pulls back from the scrollback are gone');
			assertFits(app, 60, 20, app.frames().length - (app.raw().length - wider - 1));
			await app.press(keys.ctrlC);
		},
		{},
		{columns: 100, rows: 30, tty: true},
	);
});
