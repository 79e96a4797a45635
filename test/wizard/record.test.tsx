// What the wizard leaves behind, through the real wizard against the fake: the record of
// the walk when it ends (answers, the result, its fix and link), the equivalent command on
// each result screen, and copying a link or a trace id.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {fakeKey} from '../fake/server.js';
import {flat, keys, leftOnTerminal, session, walk402, walkToSupportAfterPaidCall, world, type Driven} from './helpers.js';

const recordLines = [
	'✔ What is happening? · My calls fail with 402 Insufficient Balance',
	'✔ Which program makes the calls that fail? · My own code (an OpenAI-compatible SDK)',
	'✔ Which API key does it use? · The key in DEEPSEEK_API_KEY (sk-…cdef)',
	'✖ Your DeepSeek balance is empty',
	'  → Top up your balance (pay-as-you-go; card, PayPal, Alipay, WeChat Pay)',
	'    https://platform.deepseek.com/top_up',
];

for (const [how, quit] of [
	['q', async (app: Driven) => app.press('q')],
	['the Quit action', async (app: Driven) => app.choose('Quit')],
] as const) {
	test(`quitting with ${how} leaves the record of the walk on the terminal, once, and nothing else`, async () => {
		const w = await world('zero_balance');
		await session(w, async app => {
			await walk402(app);
			await app.waitFor('Your DeepSeek balance is empty');
			await quit(app);
			assert.equal(await app.exited, 1);
			const last = leftOnTerminal(app);
			for (const line of recordLines) assert.equal(last.split('\n').filter(row => row === line).length, 1, `"${line}" once in:\n${last}`);
			assert.match(last, /^✔ Which address \(base URL\) does it send them to\? · http:\/\/127\.0\.0\.1:\d+ \(from DEEPSEEK_BASE_URL\)$/m);
			assert.match(last, /^ {2}Same from a script: deepseek-fix check --base-url http:\/\/127\.0\.0\.1:\d+$/m);
			assert.doesNotMatch(last, /❯|Enter pick|What to do:|Start ›/, 'no menu, key hints or breadcrumb: only the record');
			assert.ok(!last.includes(fakeKey), 'no key');
		});
	});
}

test('Ctrl+C still leaves only "Cancelled."', async () => {
	const w = await world('zero_balance');
	await session(w, async app => {
		await walk402(app);
		await app.waitFor('Your DeepSeek balance is empty');
		await app.press(keys.ctrlC);
		assert.equal(await app.exited, 130);
		assert.equal(leftOnTerminal(app).trim(), 'Cancelled.');
	});
});

test('quitting before any answer leaves nothing behind', async () => {
	const w = await world('ok');
	await session(w, async app => {
		const frames = app.frames().length;
		await app.press('q');
		assert.equal(await app.exited, 0);
		assert.ok(app.frames().slice(frames).every(frame => !frame.includes('·')), 'no record');
	});
});

test('each result screen shows the command that does the same from a script: the paid call and its model too', async () => {
	const w = await world('probe_402');
	await session(w, async app => {
		await walkToSupportAfterPaidCall(app);
		const leaf = flat(await app.waitFor('This needs DeepSeek support'));
		assert.match(leaf, /Same from a script: deepseek-fix check --probe --model deepseek-v4-flash --base-url http:\/\/127\.0\.0\.1:\d+/);
	});
	const balance = await world('ok');
	await session(balance, async app => {
		await app.choose('Check my balance');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const leaf = flat(await app.waitFor('Your balance: 47.44 CNY'));
		assert.match(leaf, /Same from a script: deepseek-fix balance --base-url/);
	});
});

test('copy: OSC 52 to the terminal with the link, and the link on its own line to select', async () => {
	const w = await world('zero_balance', {env: {TERM: 'xterm-256color'}});
	const written: string[] = [];
	await session(
		w,
		async app => {
			await walk402(app);
			await app.choose('Copy the link: platform.deepseek.com/top_up');
			const screen = await app.waitFor('Copied the link to the clipboard');
			assert.match(flat(screen), /Copied the link to the clipboard\. If your terminal blocks clipboard access, select it here:/);
			assert.match(screen, /^https:\/\/platform\.deepseek\.com\/top_up$/m);
			assert.deepEqual(written, [`\u001B]52;c;${Buffer.from('https://platform.deepseek.com/top_up').toString('base64')}\u0007`]);
		},
		{terminal: {isTTY: true, write: data => written.push(data)}},
	);
});

test('copy where the terminal cannot be asked (not a terminal, TERM=dumb): the text on its own line only', async () => {
	for (const terminal of [{isTTY: false}, {isTTY: true}]) {
		const w = await world('probe_402', {env: {TERM: 'dumb'}});
		const written: string[] = [];
		await session(
			w,
			async app => {
				await walkToSupportAfterPaidCall(app);
				await app.waitFor('Give them this trace id');
				await app.choose('Copy the trace id');
				const screen = await app.waitFor('This terminal cannot be asked to copy');
				assert.match(flat(screen), /This terminal cannot be asked to copy: select the trace id here and copy it\./);
				assert.match(screen, /^[0-9a-f-]{16,}$/m, 'the trace id on its own line');
				assert.deepEqual(written, []);
			},
			{terminal: {...terminal, write: data => written.push(data)}},
		);
	}
});
