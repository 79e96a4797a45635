// `balance` after money came in: one line says by how much since the last look of this account, in this currency;
// not on a first reading, not for another key's or another currency's reading, not twice.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {accountOf} from '../../source/domain/balance-history.js';
import {normaliseBaseUrl} from '../../source/deepseek/url.js';
import {recordBalanceReading} from '../../source/settings/index.js';
import {fakeKey} from '../fake/server.js';
import {runCli} from '../helpers/run-cli.js';
import {waitUntil} from '../helpers/wait-until.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const fake = useFake();
const balanceReads = () => fake().requests.filter(request => request.path.endsWith('/user/balance')).length;
const up = /Up 47\.09 CNY since the last look \(0\.35 CNY, just now\)\./;

test('balance says how much came in since the last look of this account, once, and names it in the JSON', async () => {
	fake().setScenario('low_balance');
	const env = fakeEnv(fake(), 'low_balance');
	const first = await runCli(['balance'], env);
	assert.doesNotMatch(first.stdout, /since the last look/, 'a first reading');
	fake().setScenario('ok');
	const json = await runCli(['balance', '--json'], env);
	const document = JSON.parse(json.stdout) as {checks: Array<{id: string; details: Record<string, unknown>}>};
	const details = document.checks.find(check => check.id === 'balance')?.details;
	assert.deepEqual({total: (details?.['risenSince'] as {total?: string} | undefined)?.total, currency: (details?.['risenSince'] as {currency?: string} | undefined)?.currency}, {total: '0.35', currency: 'CNY'});
	// --json remembered 47.44: the text run after it has nothing new to say.
	assert.doesNotMatch((await runCli(['balance'], env)).stdout, /since the last look/);
});

test('the text run says it, in Chinese too; a wait says the top-up its own way, not twice', async () => {
	fake().setScenario('low_balance');
	const env = fakeEnv(fake(), 'low_balance');
	await runCli(['balance'], env);
	fake().setScenario('ok');
	const text = await runCli(['balance'], env);
	assert.equal(text.code, 0, text.stderr);
	assert.match(text.stdout, up);
	fake().setScenario('low_balance');
	await runCli(['balance'], env);
	fake().setScenario('ok');
	const zh = await runCli(['balance'], {...env, DEEPSEEK_FIX_LANG: 'zh-CN'});
	assert.match(zh.stdout, /比上次查询多了 47\.09 CNY（刚刚为 0\.35 CNY）。/);
	// Waiting for the top-up: the wait's closing line says it arrived; the balance above it does not say it again.
	fake().setScenario('low_balance');
	await runCli(['balance'], env);
	fake().setScenario('zero_balance');
	// The top-up comes once the wait's first reading has been answered empty: the fake picks its answer as it records
	// the request, so the first balance request recorded after this point was answered 0.00. (A fixed 1.5 s was once
	// shorter than the CLI's start on a loaded machine: its first reading was already 47.44, "nothing to wait for".)
	const reads = balanceReads();
	const waiting = runCli(['balance', '--wait', '--every', '100ms', '--wait-max', '10s'], env);
	await waitUntil(() => balanceReads() > reads, 'the wait\'s first reading', 20_000);
	fake().setScenario('ok');
	const waited = await waiting;
	assert.equal(waited.code, 0, waited.stderr);
	assert.match(waited.stdout, /your top-up arrived\./);
	assert.doesNotMatch(waited.stdout, /since the last look/);
});

test('not for another key\'s reading, nor one in another currency', async () => {
	fake().setScenario('ok');
	const env = fakeEnv(fake(), 'ok');
	// Another key's 0.35 CNY at this base URL (the fake accepts one key only, so it is written as a run with it would have).
	const url = normaliseBaseUrl(env['DEEPSEEK_BASE_URL'] ?? '');
	assert.ok(url.ok);
	await recordBalanceReading(env, {at: new Date().toISOString(), currency: 'CNY', total: '0.35', granted: '0.00', toppedUp: '0.35', account: accountOf(url.value.url, `${fakeKey}0`)});
	// The same with this key: the line is there (the reading above is only another account's).
	await recordBalanceReading(env, {at: new Date().toISOString(), currency: 'CNY', total: '0.35', granted: '0.00', toppedUp: '0.35', account: accountOf(url.value.url, fakeKey)});
	assert.match((await runCli(['balance'], env)).stdout, up);
	const other = fakeEnv(fake(), 'ok');
	await recordBalanceReading(other, {at: new Date().toISOString(), currency: 'CNY', total: '0.35', granted: '0.00', toppedUp: '0.35', account: accountOf(url.value.url, `${fakeKey}0`)});
	assert.doesNotMatch((await runCli(['balance'], other)).stdout, /since the last look/, 'another key at this base URL');
	fake().setScenario('usd');
	const usd = fakeEnv(fake(), 'usd');
	await runCli(['balance'], usd);
	fake().setScenario('ok');
	assert.doesNotMatch((await runCli(['balance'], usd)).stdout, /since the last look/, 'USD then, CNY now');
});
