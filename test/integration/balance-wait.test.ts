// `deepseek-fix balance --wait` (the built CLI against the fake): it looks at the free
// balance endpoint until the balance can pay (exit 0), the time is up (1) or Ctrl+C (130);
// one result on stdout at the end; a countdown on stderr only in a terminal.
import {test, after, before} from 'node:test';
import assert from 'node:assert/strict';
import {startFake, type FakeServer} from '../fake/server.js';
import {runCli} from '../helpers/run-cli.js';
import {runInTerminal, terminalAvailable} from '../helpers/terminal.js';
import {fakeEnv} from '../helpers/with-fake.js';

let fake: FakeServer;
/** Called on each answer the fake gives; a test sets it to act on what the CLI asked. */
let onAnswer: (path: string) => void = () => {};
before(async () => {
	fake = await startFake({scenario: 'zero_balance', onActivity: entry => onAnswer(entry.path)});
});
after(async () => {
	await fake.close();
});

const balanceReads = () => fake.requests.filter(request => request.path.endsWith('/user/balance')).length;
const paidCalls = () => fake.requests.filter(request => request.method === 'POST').length;

/** The balance is empty for the first read, and topped up from the next one on. */
function topUpAfterFirstRead() {
	fake.setScenario('zero_balance');
	onAnswer = path => {
		if (path.endsWith('/user/balance')) fake.setScenario('ok');
	};
}

test('a top-up arrives: exit 0, the new balance on stdout, only free balance reads after the first run', async () => {
	topUpAfterFirstRead();
	fake.requests.length = 0;
	const run = await runCli(['balance', '--wait', '--every', '100ms'], fakeEnv(fake, 'zero_balance'));
	assert.equal(run.code, 0, run.stderr);
	assert.match(run.stdout, /^47\.44 CNY$/m);
	// The sentence the wizard says of a top-up: the first reading, when it was taken, and now.
	assert.match(run.stdout, /0\.00 CNY at \d\d:\d\d \(just now\) → 47\.44 CNY now: your top-up arrived\.\n$/);
	assert.doesNotMatch(run.stdout, /^0\.00 CNY$/m, 'one result: the final one');
	assert.equal(run.stderr, '', 'no countdown when stderr is not a terminal');
	assert.ok(balanceReads() >= 2, 'it looked again');
	assert.equal(paidCalls(), 0, 'never a paid call');
	assert.deepEqual(new Set(fake.requests.slice(-1).map(request => request.path)), new Set(['/user/balance']), 'a look asks for the balance only');
});

test('the time runs out: exit 1, the balance still empty, and where to look', async () => {
	fake.setScenario('zero_balance');
	onAnswer = () => {};
	const run = await runCli(['balance', '--wait', '--wait-max', '300ms', '--every', '100ms'], fakeEnv(fake, 'zero_balance'));
	assert.equal(run.code, 1, run.stderr);
	assert.match(run.stdout, /^0\.00 CNY$/m);
	// Where to look is the report's fixes (the transactions page among them), said once; the last line is set apart.
	assert.match(run.stdout, /\n\nStopped waiting after \d+ ms: the balance is still 0\.00 CNY\. To wait longer, use --wait-max\.\n$/);
	assert.equal(run.stdout.split('https://platform.deepseek.com/transactions').length, 2, run.stdout);
});

test('--wait-max 3s: the last look falls near the limit, and the wait is said as the 3 s it was', async () => {
	fake.setScenario('zero_balance');
	onAnswer = () => {};
	const run = await runCli(['balance', '--wait', '--wait-max', '3s', '--json'], fakeEnv(fake, 'zero_balance'));
	assert.equal(run.code, 1, run.stderr);
	const document = JSON.parse(run.stdout) as {wait: {waitedMs: number; looks: number}};
	assert.ok(document.wait.waitedMs >= 2500 && document.wait.waitedMs <= 3000, `waited ${document.wait.waitedMs} ms`);
	assert.match(run.stderr, /^Stopped waiting after 3 s: the balance is still 0\.00 CNY\./);
});

test('a read slower than --wait-max is cut off: the wait ends by its deadline, exit 1', async () => {
	// The first reading answers; every look after it would take the slow scenario's 30 s.
	fake.setScenario('zero_balance');
	onAnswer = path => {
		if (path.endsWith('/user/balance')) fake.setScenario('slow');
	};
	const began = performance.now();
	const run = await runCli(['balance', '--wait', '--wait-max', '1s', '--timeout', '20000', '--json'], fakeEnv(fake, 'zero_balance'));
	const tookMs = performance.now() - began;
	onAnswer = () => {};
	fake.setScenario('zero_balance');
	assert.equal(run.code, 1, run.stderr);
	const document = JSON.parse(run.stdout) as {wait: {outcome: string; waitedMs: number}; balance: {balances: Array<{total: string}>}};
	assert.equal(document.wait.outcome, 'timed_out');
	assert.ok(document.wait.waitedMs < 2000, `waited ${document.wait.waitedMs} ms`);
	assert.equal(document.balance.balances[0]?.total, '0.00', 'the last reading that came in');
	assert.match(run.stderr, /Stopped waiting after/);
	// A generous bound: the slow look alone would hold it 20 s (its --timeout).
	assert.ok(tookMs < 12_000, `took ${Math.round(tookMs)} ms`);
});

test('--json: one document on stdout with how the wait ended; the sentence on stderr', async () => {
	topUpAfterFirstRead();
	const run = await runCli(['balance', '--wait', '--every', '100ms', '--json'], fakeEnv(fake, 'zero_balance'));
	assert.equal(run.code, 0, run.stderr);
	const document = JSON.parse(run.stdout) as {verdict: string; balance: {balances: Array<{total: string}>}; wait: {outcome: string; waitedMs: number; looks: number}};
	assert.equal(document.verdict, 'ok');
	assert.equal(document.balance.balances[0]?.total, '47.44');
	assert.equal(document.wait.outcome, 'can_pay');
	assert.ok(document.wait.looks >= 1 && document.wait.waitedMs >= 0, JSON.stringify(document.wait));
	assert.match(run.stderr, /^0\.00 CNY at \d\d:\d\d \(just now\) → 47\.44 CNY now: your top-up arrived\.\n$/);
});

test('a balance that can pay already, or is not under --below: exit 0 at once, nothing to wait for', async () => {
	fake.setScenario('ok');
	onAnswer = () => {};
	const before = balanceReads();
	const run = await runCli(['balance', '--wait'], fakeEnv(fake, 'ok'));
	assert.equal(run.code, 0, run.stderr);
	assert.match(run.stdout, /The balance can already pay for calls: 47\.44 CNY\. Nothing to wait for\./);
	assert.equal(balanceReads() - before, 1, 'one read, no waiting');
	const below = await runCli(['balance', '--wait', '--below', '100', '--wait-max', '250ms', '--every', '100ms'], fakeEnv(fake, 'ok'));
	assert.equal(below.code, 1, 'waits for 100 CNY, which never comes');
	assert.match(below.stdout, /Stopped waiting after \d+ ms: the balance is 47\.44 CNY, still under 100 CNY\./);
	assert.match(below.stdout, /What to do:\n 1\. Top up your balance .*\n {4}https:\/\/platform\.deepseek\.com\/top_up\n/, 'still under it: where to top up');
	assert.doesNotMatch(run.stdout, /top_up/, 'able to pay, no threshold: no link');
});

test('--wait --below on an empty balance: the fixes do not suggest the --below just given', async () => {
	fake.setScenario('zero_balance');
	onAnswer = () => {};
	const run = await runCli(['balance', '--wait', '--below', '5', '--wait-max', '250ms', '--every', '100ms'], fakeEnv(fake, 'zero_balance'));
	assert.equal(run.code, 1);
	assert.match(run.stdout, /What to do:\n 1\. Top up your balance/);
	assert.doesNotMatch(run.stdout, /Get warned next time/);
});

test('nothing to wait for: a refused key ends at once with exit 2 and says why', async () => {
	fake.setScenario('invalid_key');
	onAnswer = () => {};
	const run = await runCli(['balance', '--wait', '--every', '100ms'], fakeEnv(fake, 'invalid_key'));
	assert.equal(run.code, 2);
	assert.match(run.stderr, /--wait watches a DeepSeek balance, and there is none to watch here\. The key is not accepted\./);
});

test('bad flags: exit 2 with a sentence', async () => {
	for (const [args, problem] of [
		[['balance', '--wait-max', '5m'], /--wait-max says how to wait: add --wait/],
		[['balance', '--wait', '--wait-max', 'soon'], /--wait-max needs a span of time between 100ms and 24h/],
		[['balance', '--wait', '--every', '10ms'], /--every needs a span of time between 100ms and 10m/],
		[['check', '--wait'], /--wait does not apply to "check"/],
	] as const) {
		const run = await runCli(args, fakeEnv(fake, 'zero_balance'));
		assert.equal(run.code, 2, args.join(' '));
		assert.match(run.stderr, problem);
	}
});

test('Ctrl+C while waiting: exit 130, "Cancelled." and nothing on stdout', async () => {
	fake.setScenario('zero_balance');
	let interrupt = () => {};
	onAnswer = path => {
		if (path.endsWith('/user/balance')) interrupt();
	};
	const run = await runCli(['balance', '--wait', '--every', '100ms'], fakeEnv(fake, 'zero_balance'), {
		onSpawn: child => {
			interrupt = () => child.kill('SIGINT');
		},
	});
	assert.equal(run.code, 130);
	assert.equal(run.stdout, '');
	assert.match(run.stderr, /Cancelled\./);
});

test('in a terminal, stderr counts down to the next look', {skip: !terminalAvailable && 'no util-linux `script` here'}, async () => {
	fake.setScenario('zero_balance');
	onAnswer = () => {};
	const run = await runInTerminal(['balance', '--wait', '--wait-max', '1500ms', '--every', '500ms'], fakeEnv(fake, 'zero_balance'));
	assert.equal(run.code, 1, run.output);
	assert.match(run.output, /0\.00 CNY · next look in 1 s · waited \d+ s of 1 s for a top-up · Ctrl\+C stops/);
});

test('in a terminal 40 columns wide, the status line is a shorter form, whole, in both languages', {skip: !terminalAvailable && 'no util-linux `script` here'}, async () => {
	fake.setScenario('zero_balance');
	onAnswer = () => {};
	for (const [language, shown] of [
		['en', /0\.00 CNY · next in 1 s · waited \d+ s(?!…)/],
		['zh-CN', /0\.00 CNY · 1 秒后再查 · 已等待 \d+ 秒(?!…)/],
	] as const) {
		const run = await runInTerminal(['balance', '--wait', '--wait-max', '1500ms', '--every', '500ms'], {...fakeEnv(fake, 'zero_balance'), DEEPSEEK_FIX_LANG: language}, {columns: 40});
		assert.equal(run.code, 1, run.output);
		assert.match(run.output, shown, run.output);
		assert.doesNotMatch(run.output, /Ctrl\+C stops|Ctrl\+C 停止|充值 \d…/, run.output);
	}
});

test('on a dumb terminal, no status line: it could not be rewritten in place', {skip: !terminalAvailable && 'no util-linux `script` here'}, async () => {
	fake.setScenario('zero_balance');
	onAnswer = () => {};
	const run = await runInTerminal(['balance', '--wait', '--wait-max', '1000ms', '--every', '500ms'], {...fakeEnv(fake, 'zero_balance'), TERM: 'dumb'});
	assert.equal(run.code, 1, run.output);
	assert.doesNotMatch(run.output, /next look in|\u001B\[K/);
	assert.match(run.output, /0\.00 CNY/);
});
