// The remembered readings, read one way: whose account a reading is, the readings of one
// account, whether a top-up arrived since the last one (domain/balance-history.ts); and
// those who read them through it: the balance check's detail, the spending trend's row,
// the start screen's last balance, the settings file.
import {createHash} from 'node:crypto';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {judgeBalance, sinceLastLook} from '../../source/checks/balance.js';
import type {BalanceSample, CheckContext, CheckOutcome} from '../../source/checks/types.js';
import {usageTrend} from '../../source/checks/usage-trend.js';
import {buildContext} from '../../source/context.js';
import type {BalanceReading} from '../../source/domain/balance.js';
import {accountOf, arrivedSince, arrivedSinceResult, readingsOf, risenSince} from '../../source/domain/balance-history.js';
import {subtractDecimal} from '../../source/domain/decimal.js';
import {addsToHistory, compactHistory, defaultSettings, samplesFromReading, validate} from '../../source/settings/index.js';
import {knownFrom} from '../../source/tree/known.js';
import {agentApps} from '../../source/deepseek/facts.js';
import {diagnoseMessages} from '../../source/messages/diagnose.js';
import {languages, setLanguage} from '../../source/messages/language.js';
import {wrappedHeight} from '../../source/ui/layout.js';
import {rememberedFacts} from '../../source/tree/remembered.js';
import {testContext, testKey} from '../helpers/results.js';

const base = 'https://api.deepseek.com';
const mine = accountOf(base, testKey) ?? '';
const otherKey = 'sk-' + 'fedcba9876543210'.repeat(2);
const theirs = accountOf(base, otherKey) ?? '';
const cny = (total: string, isAvailable = true): BalanceReading => ({isAvailable, balances: [{currency: 'CNY', total, granted: '0.00', toppedUp: total}]});
const sample = (total: string, extra: Partial<BalanceSample> = {}): BalanceSample => ({at: '2026-11-20T09:55:00.000Z', currency: 'CNY', total, ...extra});

test('accountOf: one fingerprint per base URL and key, nothing of the key in it, none without a key', () => {
	assert.match(mine, /^[0-9a-f]{16}$/);
	assert.equal(accountOf(base, ` ${testKey}\n`), mine, 'the key as sent (trimmed)');
	assert.notEqual(theirs, mine, 'another key');
	assert.notEqual(accountOf('https://relay.example/v1', testKey), mine, 'another base URL');
	assert.equal(accountOf(base, undefined), undefined);
	assert.equal(accountOf(base, '  '), undefined);
	for (let start = 0; start + 8 <= testKey.length; start++) assert.ok(!mine.includes(testKey.slice(start, start + 8).toLowerCase()));
});

test('accountOf is SHA-256 of the base URL and the key, its first 16 hex digits: the fingerprints in settings files stay the same whatever computes them', () => {
	const expected = createHash('sha256').update(`${base}\n${testKey}`).digest('hex').slice(0, 16);
	assert.equal(mine, expected);
	assert.equal(accountOf(base, '密钥'), createHash('sha256').update(`${base}\n密钥`).digest('hex').slice(0, 16), 'UTF-8, as node:crypto hashes a string');
});

test('accountOf asked again, for the same account or another: each answer is that base URL\'s and key\'s, never the one before', () => {
	const hash = (url: string, key: string) => createHash('sha256').update(`${url}\n${key}`).digest('hex').slice(0, 16);
	const other = 'https://api.example.com/v1';
	const lines: [string, string][] = [[base, testKey], [base, testKey], [other, testKey], [base, testKey], [base, `${testKey}0`], [base, ` ${testKey} `], [other, `${testKey}0`], [base, testKey]];
	for (const [url, key] of lines) assert.equal(accountOf(url, key), hash(url, key.trim()), `${url} ${key.length}`);
	assert.equal(accountOf(base, ' '), undefined);
	assert.equal(accountOf(base, testKey), hash(base, testKey));
});

test('readingsOf: this account\'s readings and those from before readings named theirs, never another account\'s', () => {
	const history = [sample('1', {account: theirs}), sample('2'), sample('3', {account: mine})];
	assert.deepEqual(readingsOf(history, mine).map(s => s.total), ['2', '3']);
	assert.deepEqual(readingsOf(history, theirs).map(s => s.total), ['1', '2']);
	assert.deepEqual(readingsOf(history, undefined).map(s => s.total), ['2']);
});

test('arrivedSince: empty or under the alert last time, can pay now and risen: the earlier reading', () => {
	assert.deepEqual(arrivedSince([sample('0.00')], cny('47.44')), sample('0.00'));
	assert.deepEqual(arrivedSince([sample('-0.50')], cny('47.44')), sample('-0.50'), 'owing is empty too');
	assert.deepEqual(arrivedSince([sample('3.00', {unavailable: true})], cny('47.44')), sample('3.00', {unavailable: true}), 'DeepSeek said it could not pay then');
	assert.deepEqual(arrivedSince([sample('2.00')], cny('47.44'), {amount: '5', currency: 'CNY'}), sample('2.00'), 'under the alert then');
	assert.deepEqual(arrivedSince([sample('2.00')], cny('47.44'), {amount: '5', currency: undefined}), sample('2.00'), 'an alert without a currency');
	// The last one counts, not any earlier empty one.
	assert.equal(arrivedSince([sample('0.00'), sample('12.00')], cny('47.44')), undefined);
});

test('arrivedSince: nothing when there is no earlier empty reading, the balance is still empty, or nothing rose', () => {
	assert.equal(arrivedSince([], cny('47.44')), undefined, 'no history');
	assert.equal(arrivedSince([sample('12.00')], cny('47.44')), undefined, 'credit then: a top-up, but calls did not fail for money');
	assert.equal(arrivedSince([sample('0.00')], cny('0.00')), undefined, 'still empty');
	assert.equal(arrivedSince([sample('0.00')], cny('47.44', false)), undefined, 'DeepSeek says it cannot pay');
	assert.equal(arrivedSince([sample('0.00')], undefined), undefined, 'not read');
	assert.equal(arrivedSince([sample('0.00', {currency: 'USD'})], cny('47.44')), undefined, 'another currency');
	assert.equal(arrivedSince([sample('2.00')], cny('3.00'), {amount: '5', currency: 'CNY'}), undefined, 'still under the alert');
	assert.equal(arrivedSince([sample('2.00')], cny('47.44'), {amount: '5', currency: 'USD'}), undefined, 'an alert in another currency');
	assert.equal(arrivedSince([sample('2.00')], cny('47.44')), undefined, 'no alert: 2.00 could pay');
});

test('the balance check names the top-up in its details only for this account\'s earlier empty reading', () => {
	const judged = (history: BalanceSample[]) => judgeBalance(cny('47.44'), {alertThreshold: undefined, balanceHistory: history}).details['toppedUpSince'];
	assert.deepEqual(judged([sample('0.00', {account: mine})]), {at: '2026-11-20T09:55:00.000Z', total: '0.00', currency: 'CNY'});
	assert.equal(judged([]), undefined);
	const ctx = buildContext({env: {DEEPSEEK_API_KEY: testKey, DEEPSEEK_BASE_URL: base}, flags: {}, settings: {...defaultSettings(), balanceHistory: [sample('0.00', {account: theirs})]}, signal: new AbortController().signal, cwd: '/'});
	assert.ok(ctx.ok);
	assert.deepEqual(ctx.ctx.balanceHistory, [], 'the checks get only this account\'s readings');
	assert.equal(judgeBalance(cny('47.44'), ctx.ctx).details['toppedUpSince'], undefined);
});

test('subtractDecimal: exact, with the more precise of the two\'s decimals', () => {
	assert.equal(subtractDecimal('47.44', '0.35'), '47.09');
	assert.equal(subtractDecimal('50', '0.5'), '49.5');
	assert.equal(subtractDecimal('0.3', '0.1'), '0.2', 'no float rounding');
	assert.equal(subtractDecimal('10', '12.5'), '-2.5');
	assert.equal(subtractDecimal('100', '99'), '1');
	assert.equal(subtractDecimal('0.10', '0.05'), '0.05');
});

test('risenSince: this account\'s last reading in the currency that pays, when the balance is higher now', () => {
	assert.deepEqual(risenSince([sample('0.35', {account: mine})], cny('47.44')), sample('0.35', {account: mine}));
	// The last one counts: a rise before it that has been spent since is not money that came in since the last look.
	assert.equal(risenSince([sample('10.00', {account: mine}), sample('47.44', {account: mine})], cny('47.44')), undefined, 'the same as last time');
	assert.equal(risenSince([sample('50.00', {account: mine})], cny('47.44')), undefined, 'lower: spent, not risen');
	assert.equal(risenSince([], cny('47.44')), undefined, 'a first reading');
	assert.equal(risenSince([sample('0.35', {account: mine, currency: 'USD'})], cny('47.44')), undefined, 'another currency');
	assert.equal(risenSince([sample('0.35')], cny('47.44')), undefined, 'a reading from before readings named their account may be another\'s');
	assert.equal(risenSince([sample('0.35', {account: mine})], undefined), undefined, 'not read');
});

test('the balance check names the rise in its details; the line says it, the top-up sentence where it could not pay then', () => {
	const details = judgeBalance(cny('47.44'), {alertThreshold: undefined, balanceHistory: [sample('0.35', {account: mine})]}).details;
	assert.deepEqual(details['risenSince'], {at: '2026-11-20T09:55:00.000Z', total: '0.35', currency: 'CNY'});
	assert.equal(details['toppedUpSince'], undefined, '0.35 could pay');
	const now = {total: '47.44', currency: 'CNY'};
	const at = new Date('2026-11-20T11:55:00.000Z');
	assert.equal(sinceLastLook({risen: {at: '2026-11-20T09:55:00.000Z', total: '0.35'}}, now, at), 'Up 47.09 CNY since the last look (0.35 CNY, 2 hours ago).');
	assert.equal(sinceLastLook({risen: {at: '2026-11-20T09:55:00.000Z', total: '0.35'}}, now), 'Up 47.09 CNY since the last look (0.35 CNY).');
	assert.match(sinceLastLook({toppedUp: {at: '2026-11-20T09:55:00.000Z', total: '0.00'}, risen: {at: '2026-11-20T09:55:00.000Z', total: '0.00'}}, now, at) ?? '', /^0\.00 CNY at \d\d:\d\d \(2 hours ago\) → 47\.44 CNY now: your top-up arrived\.$/);
	assert.equal(sinceLastLook({}, now, at), undefined);
	// Another account's readings never reach the check (buildContext keeps this account's).
	const ctx = buildContext({env: {DEEPSEEK_API_KEY: testKey, DEEPSEEK_BASE_URL: base}, flags: {}, settings: {...defaultSettings(), balanceHistory: [sample('0.35', {account: theirs})]}, signal: new AbortController().signal, cwd: '/'});
	assert.ok(ctx.ok);
	assert.equal(judgeBalance(cny('47.44'), ctx.ctx).details['risenSince'], undefined);
});

test('the start screen\'s last balance is this account\'s', () => {
	const known = (history: BalanceSample[]) =>
		knownFrom({env: {DEEPSEEK_API_KEY: testKey, DEEPSEEK_BASE_URL: base}, flags: {}, settings: {...defaultSettings(), balanceHistory: history}, deepseekBaseUrl: base}).lastBalance?.total;
	assert.equal(known([sample('5.00', {account: mine}), sample('9.00', {account: theirs})]), '5.00');
	assert.equal(known([sample('9.00', {account: theirs})]), undefined);
	assert.equal(known([sample('7.00')]), '7.00', 'a reading from before accounts were named');
});

test('last time\'s result says whose it was: another key or base URL than the one in use, never shown as this one\'s', () => {
	const diagnosis = (extra: object) => ({at: '2026-11-20T07:00:00.000Z', verdict: 'ok', summary: 'Your balance: 47.44 CNY', path: ['start=balance'], baseUrl: base, ...extra});
	const changed = (extra: object, env: Record<string, string> = {DEEPSEEK_API_KEY: testKey, DEEPSEEK_BASE_URL: base}) =>
		knownFrom({env, flags: {}, settings: validate({schemaVersion: 1, lastDiagnosis: diagnosis(extra)}).settings, deepseekBaseUrl: base}).lastDiagnosis?.changed;
	assert.equal(changed({account: mine}), undefined, 'the same key and base URL');
	assert.equal(changed({account: theirs}), 'key');
	assert.equal(changed({account: mine}, {DEEPSEEK_BASE_URL: base}), 'key', 'no key now');
	assert.equal(changed({account: mine}, {DEEPSEEK_API_KEY: testKey, DEEPSEEK_BASE_URL: 'https://relay.example/v1'}), 'baseUrl');
	assert.equal(changed({account: mine}, {DEEPSEEK_API_KEY: testKey, DEEPSEEK_BASE_URL: `${base}/v1/`}), undefined, 'the same base URL, written otherwise');
	assert.equal(changed({}), undefined, 'a file from before: not known');
	assert.equal(changed({}, {DEEPSEEK_API_KEY: testKey, DEEPSEEK_BASE_URL: 'https://relay.example/v1'}), 'baseUrl', 'a file from before names its base URL');
	const kept = validate({schemaVersion: 1, lastDiagnosis: diagnosis({account: 'sk-not-a-fingerprint'})});
	assert.equal(kept.settings.lastDiagnosis?.summary, 'Your balance: 47.44 CNY', 'an account that is no fingerprint costs nothing else');
	assert.equal(kept.settings.lastDiagnosis?.account, undefined);
	assert.equal(validate({schemaVersion: 1, lastDiagnosis: diagnosis({account: mine})}).settings.lastDiagnosis?.account, mine);
	// On the start screen: said so, and the balance of this account on its own line even where the amounts are alike.
	const known = knownFrom({env: {DEEPSEEK_API_KEY: otherKey, DEEPSEEK_BASE_URL: base}, flags: {}, settings: validate({schemaVersion: 1, lastDiagnosis: diagnosis({account: mine}), balanceHistory: [sample('47.44', {account: theirs})]}).settings, deepseekBaseUrl: base});
	assert.deepEqual(
		rememberedFacts(known, new Date('2026-11-20T10:00:00.000Z')).map(fact => fact.text),
		['Last time (3 hours ago), for another key than the one in use now: Your balance: 47.44 CNY', 'Last balance: 47.44 CNY, 5 minutes ago'],
	);
	// Where that key came from is kept with it: said by that, as a stranger can tell which key it was.
	const fact = (keySource: string) =>
		rememberedFacts(knownFrom({env: {DEEPSEEK_API_KEY: otherKey, DEEPSEEK_BASE_URL: base}, flags: {}, settings: validate({schemaVersion: 1, lastDiagnosis: diagnosis({account: mine, keySource})}).settings, deepseekBaseUrl: base}), new Date('2026-11-20T10:00:00.000Z'))[0]?.text;
	assert.equal(fact('prompt'), 'Last time (3 hours ago), for a key you pasted, not the one in use now: Your balance: 47.44 CNY');
	assert.equal(fact('env'), 'Last time (3 hours ago), for the key DEEPSEEK_API_KEY held then, not the one it holds now: Your balance: 47.44 CNY');
	assert.equal(fact('dotenv'), 'Last time (3 hours ago), for the key in a .env file, not the one in use now: Your balance: 47.44 CNY');
	assert.equal(fact('codex'), "Last time (3 hours ago), for Codex's key, not the one in use now: Your balance: 47.44 CNY");
	assert.equal(fact('flag'), 'Last time (3 hours ago), for another key than the one in use now: Your balance: 47.44 CNY', 'a source no file keeps is dropped');
});

test('a top-up since last time\'s result: the reading it was found on (or one since) could not pay, the latest can, of this account in one currency', () => {
	const at = (minute: string) => `2026-11-20T09:${minute}:00.000Z`;
	const found = at('00');
	// The result's own reading is remembered a moment after it; balance --wait then remembers the new money.
	const empty = sample('0.00', {at: '2026-11-20T09:00:00.002Z', account: mine, unavailable: true});
	const paid = sample('47.44', {at: at('05'), account: mine});
	assert.deepEqual(arrivedSinceResult([empty, paid], found), empty);
	assert.deepEqual(arrivedSinceResult([sample('10.00', {at: at('00'), account: mine}), sample('0.00', {at: at('03'), account: mine}), paid], found), sample('0.00', {at: at('03'), account: mine}), 'empty since the result, then topped up');
	assert.equal(arrivedSinceResult([sample('47.44', {at: '2026-11-20T09:00:00.002Z', account: mine}), paid], found), undefined, 'found on a balance that could pay');
	assert.equal(arrivedSinceResult([sample('0.00', {at: '2026-11-20T08:59:59.000Z', account: mine}), sample('47.44', {at: '2026-11-20T09:00:00.002Z', account: mine}), paid], found), undefined, 'empty before the result, which saw the money');
	assert.equal(arrivedSinceResult([empty, sample('0.00', {at: at('05'), account: mine})], found), undefined, 'still empty');
	assert.equal(arrivedSinceResult([empty, sample('47.44', {at: at('05'), account: mine, currency: 'USD'})], found), undefined, 'another currency');
	assert.equal(arrivedSinceResult([sample('0.00', {at: '2026-11-20T09:00:00.002Z'}), sample('47.44', {at: at('05')})], found), undefined, 'readings from before accounts were named');
	assert.equal(arrivedSinceResult([empty, sample('3.00', {at: at('05'), account: mine})], found, {amount: '5', currency: undefined}), undefined, 'under the alert');
	assert.equal(arrivedSinceResult([empty, paid], undefined), undefined, 'a result not dated');
	// Through what the start screen knows: only where the result was this account's, and said there.
	const known = (diagnosisAccount: string, key = testKey) =>
		knownFrom({
			env: {DEEPSEEK_API_KEY: key, DEEPSEEK_BASE_URL: base},
			flags: {},
			settings: validate({schemaVersion: 1, lastDiagnosis: {at: found, verdict: 'insufficient_balance', summary: 'Your DeepSeek balance is empty', path: ['start=402'], baseUrl: base, account: diagnosisAccount}, balanceHistory: [empty, paid, sample('0.00', {at: at('06'), account: theirs})]}).settings,
			deepseekBaseUrl: base,
		});
	assert.deepEqual(known(mine).lastDiagnosis?.toppedUpSince, {at: empty.at, total: '0.00', currency: 'CNY'});
	assert.equal(known(theirs).lastDiagnosis?.toppedUpSince, undefined, 'another account\'s result');
	assert.equal(known(mine, otherKey).lastDiagnosis?.toppedUpSince, undefined, 'another key now');
	assert.deepEqual(
		rememberedFacts(known(mine), new Date(at('10'))).map(fact => fact.text),
		['Last time (10 minutes ago): Your DeepSeek balance is empty', 'Top-up since then: 0.00 CNY → 47.44 CNY, 5 minutes ago'],
	);
});

test('last time\'s result for another key or base URL has a short line for a short window: whose and what, in two rows at 40 columns', () => {
	const verdicts = Object.keys(diagnoseMessages.verdictNames) as Array<keyof typeof diagnoseMessages.verdictNames>;
	const now = new Date('2026-11-20T10:00:00.000Z');
	try {
		for (const language of languages) {
			setLanguage(language);
			for (const verdict of verdicts) {
				// The key in DEEPSEEK_API_KEY now; last time's from each source (env: what it held then), or at another base URL.
				const cases = [...['prompt', 'env', 'dotenv', 'remembered', 'flag', ...agentApps].map(keySource => ({account: mine, keySource, baseUrl: base})), {account: theirs, keySource: 'env', baseUrl: 'https://relay.example/v1'}];
				for (const extra of cases) {
					const settings = validate({schemaVersion: 1, lastDiagnosis: {at: '2026-11-20T07:00:00.000Z', verdict, summary: 'A sentence long enough to wrap a narrow window twice over, whatever it says.', path: ['start'], language, ...extra}}).settings;
					const [fact] = rememberedFacts(knownFrom({env: {DEEPSEEK_API_KEY: otherKey, DEEPSEEK_BASE_URL: base}, flags: {}, settings, deepseekBaseUrl: base}), now);
					const at = `${language} ${verdict} ${extra.keySource} ${extra.baseUrl}: ${fact?.short}`;
					assert.ok(fact?.short?.includes(diagnoseMessages.verdictNames[verdict]), `what was found, ${at}`);
					assert.ok(wrappedHeight(fact?.short ?? '', 40) <= 2, `two rows at 40 columns, ${at}`);
				}
			}
		}
	} finally {
		setLanguage('en');
	}
});

const trendOf = (history: BalanceSample[], now: string, total: string): Promise<CheckOutcome> => {
	const results = new Map([['balance', {id: 'balance', title: 'Balance', status: 'pass', summary: '', durationMs: 1, details: {reading: cny(total)}}]] as const);
	const ctx: CheckContext = testContext({results, balanceHistory: history, now: new Date(now)});
	return usageTrend.run(ctx, new AbortController().signal);
};

test('the spending trend after a top-up reads as a top-up, never as spending, within the hour or after it', async () => {
	const soon = await trendOf([sample('0.00')], '2026-11-20T10:00:00Z', '47.44');
	assert.equal(soon.summary, 'Topped up since the last reading (0.00 → 47.44 CNY); no spending to measure since.');
	const later = await trendOf([sample('0.00')], '2026-11-20T16:00:00Z', '47.44');
	assert.equal(later.status, 'pass');
	assert.equal(later.summary, 'Topped up since the last reading (0.00 → 47.44 CNY); no spending to measure since.');
	assert.equal(later.details['burnPerDay'], 0);
	// Spent before the top-up: the rate of that spending, never a negative one.
	const spent = await trendOf([sample('10.00', {at: '2026-11-19T10:00:00.000Z'}), sample('0.00')], '2026-11-20T16:00:00Z', '47.44');
	assert.equal(spent.summary, 'About 8.00 CNY a day; at this pace the balance lasts 5 days.');
	// Spent down to nothing: the rate, not how long an empty balance lasts.
	const emptied = await trendOf([sample('10.00', {at: '2026-11-19T10:00:00.000Z'})], '2026-11-20T10:00:00.000Z', '0.00');
	assert.equal(emptied.summary, 'About 10.00 CNY a day.');
	assert.equal(emptied.status, 'warn', 'still a warning');
	// Readings in another currency only: none of this one's, not "10 earlier readings, spanning less than an hour".
	const usd = (total: string): BalanceReading => ({isAvailable: true, balances: [{currency: 'USD', total, granted: '0.00', toppedUp: total}]});
	const results = new Map([['balance', {id: 'balance', title: 'Balance', status: 'pass', summary: '', durationMs: 1, details: {reading: usd('12.37')}}]] as const);
	const otherCurrency = await usageTrend.run(testContext({results, balanceHistory: [sample('47.44', {at: '2026-11-19T10:00:00.000Z'}), sample('47.40')], now: new Date('2026-11-20T16:00:00Z')}), new AbortController().signal);
	assert.equal(otherCurrency.summary, 'No earlier readings yet: check, balance and the wizard remember each one, so the trend shows from a run an hour or more later.');
	// Nothing rose: as before.
	assert.equal((await trendOf([sample('47.44')], '2026-11-20T16:00:00Z', '47.44')).summary, 'No spending over the last 6 h.');
});

test('the settings file keeps a reading\'s account and unavailability, drops a malformed one, and keeps each account\'s runs apart', () => {
	assert.deepEqual(samplesFromReading(cny('3.00', false), new Date('2026-11-20T09:55:00.000Z'), mine), [sample('3.00', {granted: '0.00', toppedUp: '3.00', account: mine, unavailable: true})]);
	const kept = validate({schemaVersion: 1, balanceHistory: [sample('1.00', {account: mine, unavailable: true}), {...sample('2.00'), account: 'sk-not-a-fingerprint'}, {...sample('3.00'), unavailable: 'yes'}]});
	assert.deepEqual(kept.settings.balanceHistory, [sample('1.00', {account: mine, unavailable: true})]);
	assert.deepEqual(kept.dropped, ['balanceHistory']);
	// Three equal readings in a row keep their first and last, each account on its own.
	const at = (hour: number) => `2026-11-20T0${hour}:00:00.000Z`;
	const runs = compactHistory([sample('5', {at: at(1), account: mine}), sample('5', {at: at(2), account: theirs}), sample('5', {at: at(3), account: mine}), sample('5', {at: at(4), account: mine})]);
	assert.deepEqual(runs.map(s => [s.at.slice(11, 13), s.account === mine]), [['01', true], ['02', false], ['04', true]]);
	// Another account's equal reading minutes later is news: its own history.
	assert.equal(addsToHistory([sample('5', {account: theirs})], [sample('5', {at: '2026-11-20T09:56:00.000Z', account: mine})]), true);
	assert.equal(addsToHistory([sample('5', {account: mine})], [sample('5', {at: '2026-11-20T09:56:00.000Z', account: mine})]), false);
	assert.equal(addsToHistory([sample('5', {account: mine})], [sample('5', {at: '2026-11-20T09:56:00.000Z', account: mine, unavailable: true})]), true, 'DeepSeek stopped the account: news');
	assert.equal(compactHistory([sample('5', {at: at(1)}), sample('5', {at: at(2), unavailable: true}), sample('5', {at: at(3)})]).length, 3, 'not a run of equal readings');
});
