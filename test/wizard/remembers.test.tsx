// The start screen remembers, through the real wizard with a settings file from earlier
// runs: the last balance and when, the spending trend and the days it leaves, the alert,
// the last diagnosis with "Check it again" first; an alert that is set is changed or
// removed, not offered as if there were none.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {accountOf} from '../../source/domain/balance-history.js';
import {normaliseBaseUrl} from '../../source/deepseek/url.js';
import {setLanguage} from '../../source/messages/language.js';
import {loadSettings, recordBalanceReading, rememberDiagnosis, setAlertThreshold} from '../../source/settings/index.js';
import {fakeKey} from '../fake/server.js';
import {assertFits, drive, flat, session, waitUntil, world, pasteKey} from './helpers.js';

/** Two readings a day apart (1.20 CNY spent), an alert under 5 CNY, last time's diagnosis: all 3 hours before the wizard's "now". */
async function earlierRuns(env: Record<string, string>) {
	await recordBalanceReading(env, [
		{at: '2026-11-19T10:00:00.000Z', currency: 'CNY', total: '48.64', granted: '0.00', toppedUp: '48.64'},
		{at: '2026-11-20T07:00:00.000Z', currency: 'CNY', total: '47.44', granted: '0.00', toppedUp: '47.44'},
	]);
	await setAlertThreshold(env, '5', 'CNY');
	await rememberDiagnosis({...env}, {at: '2026-11-20T07:00:00.000Z', verdict: 'insufficient_balance', summary: 'Your DeepSeek balance is empty: 0.00 CNY', path: ['start=balance', 'balance.key=env', 'balance.check', 'leaf.zero_balance'], baseUrl: env['DEEPSEEK_BASE_URL'] ?? ''});
}

test('the start screen recalls the last balance, the trend, the alert and last time, with "Check it again" first', async () => {
	const w = await world('ok');
	await earlierRuns(w.env);
	await session(w, async app => {
		const start = flat(app.lastFrame());
		assert.match(start, /Last time \(3 hours ago\): Your DeepSeek balance is empty: 0\.00 CNY/);
		assert.match(start, /Last balance: 47\.44 CNY, 3 hours ago; spending about 1\.37 CNY a day, enough for about 34 days/);
		assert.match(start, /Low-balance alert: under 5 CNY/);
		assert.match(app.lastFrame(), /❯ Check it again/);
		assert.match(start, /Check my balance \/ change the alert \(now under 5 CNY\)/);
		assert.doesNotMatch(start, /set a low-balance alert/);
		await app.choose('Check it again');
		const again = flat(await app.waitFor('Your balance: 47.44 CNY'));
		assert.match(again, /Start › Balance › Key › Balance check › Balance/);
	});
});

test('an alert that is set: change it or remove it; once removed, set one', async () => {
	const w = await world('ok');
	await earlierRuns(w.env);
	await session(w, async app => {
		await app.choose('Check my balance');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const leaf = flat(await app.waitFor('Your balance: 47.44 CNY'));
		assert.match(leaf, /Change the low-balance alert \(now under 5 CNY\)/);
		assert.doesNotMatch(leaf, /Set a low-balance alert/);
		// Not "this tool can warn you" when it is set to: when it warns.
		assert.match(leaf, /your alert here \(under 5 CNY\) warns when deepseek-fix balance --below 5 runs, from cron for example/, leaf);
		assert.doesNotMatch(leaf, /this tool can warn you\./, leaf);
		await app.choose('Remove the low-balance alert');
		await app.waitFor('Removed the low-balance alert.');
		assert.equal(loadSettings(w.env).settings.alertThreshold, undefined);
		await app.waitFor('Set a low-balance alert');
		assert.doesNotMatch(flat(app.lastFrame()), /Change the low-balance alert|Remove the low-balance alert|your alert here/);
		assert.match(flat(app.lastFrame()), /this tool can warn you\./);
	});
});

test('a first run recalls nothing, and offers to set an alert', async () => {
	const w = await world('ok');
	await session(w, async app => {
		const start = flat(app.lastFrame());
		assert.doesNotMatch(start, /Last time|Last balance|Low-balance alert|Check it again/);
		assert.match(start, /Check my balance \/ set a low-balance alert/);
	});
});

test('last time\'s result is remembered with whose it was: with another key or base URL the start screen says so', async () => {
	const w = await world('ok');
	const otherKey = 'sk-' + 'fedcba9876543210'.repeat(2);
	const fresh = () => {
		const app = drive(w.props());
		return app.waitFor('What is happening?').then(frame => {
			app.unmount();
			return flat(frame);
		});
	};
	try {
		const first = drive(w.props());
		await first.waitFor('What is happening?');
		await first.choose('Check my balance');
		await first.choose('The key in DEEPSEEK_API_KEY');
		await first.waitFor('Your balance: 47.44 CNY');
		await waitUntil(() => loadSettings(w.env).settings.lastDiagnosis !== undefined, 'the diagnosis is remembered');
		first.unmount();
		const baseUrl = w.env['DEEPSEEK_BASE_URL'] ?? '';
		assert.equal(loadSettings(w.env).settings.lastDiagnosis?.account, accountOf(baseUrl, fakeKey));
		// The same key and base URL: last time's, as it was.
		assert.match(await fresh(), /Last time \(just now\): Your balance: 47\.44 CNY/);
		// Another key at that base URL: another account's result, said so; its balance is not this one's.
		w.env['DEEPSEEK_API_KEY'] = otherKey;
		const otherAccount = await fresh();
		// The same source with another key in it: said by what that source held then, not "with another key".
		assert.match(otherAccount, /Last time \(just now\), for the key DEEPSEEK_API_KEY held then, not the one it holds now: Your balance: 47\.44 CNY/);
		assert.doesNotMatch(otherAccount, /Last balance/);
		// Another base URL (the key as before).
		w.env['DEEPSEEK_API_KEY'] = fakeKey;
		w.env['DEEPSEEK_BASE_URL'] = baseUrl.replace('127.0.0.1', 'localhost');
		assert.match(await fresh(), /Last time \(just now\), at another base URL than the one in use now: Your balance: 47\.44 CNY/);
	} finally {
		await w.close();
	}
});

test('an alert set in another currency than the balance read: said not to apply, never "warns when --below 5 runs" of a USD balance', async () => {
	const w = await world('usd');
	await setAlertThreshold(w.env, '5', 'CNY');
	await session(w, async app => {
		await app.choose('Check my balance');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const leaf = flat(await app.waitFor('Your balance: 12.37 USD'));
		assert.match(leaf, /Your alert here is under 5 CNY, and this balance is in USD: the alert does not apply to it\. Change it to an amount in USD\./, leaf);
		assert.doesNotMatch(leaf, /warns when deepseek-fix balance --below 5 runs|Done: keep the alert/);
		assert.match(app.lastFrame(), /❯ Change the low-balance alert \(now under 5 CNY\)/, 'changing it comes first');
	});
});

test('the start screen says an alert in another currency than the last balance does not apply, as the balance result does', async () => {
	const w = await world('usd');
	await recordBalanceReading(w.env, [{at: '2026-11-20T07:00:00.000Z', currency: 'USD', total: '12.37', granted: '0.00', toppedUp: '12.37'}]);
	await setAlertThreshold(w.env, '5', 'CNY');
	await session(w, async app => {
		const start = flat(app.lastFrame());
		assert.match(start, /Low-balance alert: under 5 CNY, which does not apply to this balance in USD/, start);
	});
});

test('the start screen shows an alert in the last balance\'s currency as it is', async () => {
	const w = await world('usd');
	await recordBalanceReading(w.env, [{at: '2026-11-20T07:00:00.000Z', currency: 'USD', total: '12.37', granted: '0.00', toppedUp: '12.37'}]);
	await setAlertThreshold(w.env, '5', 'USD');
	await session(w, async app => {
		const start = flat(app.lastFrame());
		assert.match(start, /Low-balance alert: under 5 USD/, start);
		assert.doesNotMatch(start, /does not apply/, start);
	});
});

test('the balance result says how much came in since an earlier run\'s look at this account', async () => {
	const w = await world('ok');
	const url = normaliseBaseUrl(w.env['DEEPSEEK_BASE_URL'] ?? '');
	assert.ok(url.ok);
	await recordBalanceReading(w.env, [{at: '2026-11-20T08:00:00.000Z', currency: 'CNY', total: '0.35', granted: '0.00', toppedUp: '0.35', account: accountOf(url.value.url, fakeKey)}]);
	await session(w, async app => {
		await app.choose('Check my balance');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const leaf = flat(await app.waitFor('Your balance: 47.44 CNY'));
		assert.match(leaf, /What changed since the last check: ✔ Up 47\.09 CNY since the last look \(0\.35 CNY, 2 hours ago\)\./, leaf);
	});
});

test('a balance read on a later run than last time\'s result is said to be since then, not beside it as if the same', async () => {
	const w = await world('ok');
	await rememberDiagnosis({...w.env}, {at: '2026-11-20T07:00:00.000Z', verdict: 'insufficient_balance', summary: 'Your DeepSeek balance is empty', path: ['start=balance', 'balance.key=env', 'balance.check', 'leaf.zero_balance'], baseUrl: w.env['DEEPSEEK_BASE_URL'] ?? ''});
	// The same run's reading, saved a moment after its result: the last balance, as before.
	await recordBalanceReading(w.env, [{at: '2026-11-20T07:00:00.500Z', currency: 'CNY', total: '0.00', granted: '0.00', toppedUp: '0.00'}]);
	await session(w, async app => {
		const start = flat(app.lastFrame());
		assert.match(start, /Last time \(3 hours ago\): Your DeepSeek balance is empty/);
		assert.match(start, /Last balance: 0\.00 CNY, 2 hours ago/, start);
	});
});

test('a balance read on a later run (balance --wait after a top-up) is since then', async () => {
	const w = await world('ok');
	await rememberDiagnosis({...w.env}, {at: '2026-11-20T07:00:00.000Z', verdict: 'insufficient_balance', summary: 'Your DeepSeek balance is empty', path: ['start=balance', 'balance.key=env', 'balance.check', 'leaf.zero_balance'], baseUrl: w.env['DEEPSEEK_BASE_URL'] ?? ''});
	await recordBalanceReading(w.env, [
		{at: '2026-11-20T07:00:00.500Z', currency: 'CNY', total: '0.00', granted: '0.00', toppedUp: '0.00'},
		{at: '2026-11-20T09:00:00.000Z', currency: 'CNY', total: '47.44', granted: '0.00', toppedUp: '47.44'},
	]);
	await session(w, async app => {
		const start = flat(app.lastFrame());
		assert.match(start, /Last time \(3 hours ago\): Your DeepSeek balance is empty/);
		assert.match(start, /Balance since then: 47\.44 CNY, 1 hour ago/, start);
	});
});

test('"I don\'t have a key" picked while a key is set is the user\'s answer, not a finding: last time\'s result stays; with no key it is remembered', async () => {
	const w = await world('ok');
	try {
		await rememberDiagnosis({...w.env}, {at: '2026-11-20T07:00:00.000Z', verdict: 'ok', summary: 'Your balance: 47.44 CNY', path: ['start=balance', 'balance.key=env', 'balance.check', 'leaf.balance'], baseUrl: w.env['DEEPSEEK_BASE_URL'] ?? ''});
		const app = drive(w.props());
		await app.waitFor('What is happening?');
		await app.choose('My calls fail with 402');
		await app.choose('My own code');
		await app.choose('from DEEPSEEK_BASE_URL');
		await app.choose("I don't have a key");
		await app.waitFor('You need a DeepSeek API key');
		// Quit: the app exits only once the saves it started after paint are done (use-quit.ts), so
		// a save of this result, had there been one, is on disk by the time it has exited.
		await app.press('q');
		await app.exited;
		app.unmount();
		assert.equal(loadSettings(w.env).settings.lastDiagnosis?.summary, 'Your balance: 47.44 CNY');
		const again = drive(w.props());
		const start = flat(await again.waitFor('What is happening?'));
		again.unmount();
		assert.doesNotMatch(start, /Last time.*(no key|need a DeepSeek API key)/);
		// No key anywhere: the same answer agrees with what the tool found, and is remembered.
		delete w.env['DEEPSEEK_API_KEY'];
		const keyless = drive(w.props());
		await keyless.waitFor('What is happening?');
		await keyless.choose('My calls fail with 402');
		await keyless.choose('My own code');
		await keyless.choose('from DEEPSEEK_BASE_URL');
		await keyless.choose("I don't have a key");
		await keyless.waitFor('You need a DeepSeek API key');
		await waitUntil(() => loadSettings(w.env).settings.lastDiagnosis?.verdict === 'no_key', 'the no-key result is remembered');
		keyless.unmount();
	} finally {
		await w.close();
	}
});

test('last time\'s result for a key that was pasted, or an app\'s: the start screen says which key it was, in English and Chinese', async () => {
	const w = await world('ok');
	const pastedKey = 'sk-' + '0123456789abcdef'.split('').reverse().join('').repeat(2);
	const fresh = async (language: 'en' | 'zh-CN' = 'en') => {
		setLanguage(language);
		try {
			const app = drive(w.props());
			const frame = await app.waitFor(language === 'en' ? 'What is happening?' : '遇到了什么情况？');
			app.unmount();
			return flat(frame);
		} finally {
			setLanguage('en');
		}
	};
	try {
		const first = drive(w.props());
		await first.waitFor('What is happening?');
		await first.choose('Check my balance');
		await pasteKey(first, pastedKey);
		await first.waitFor('DeepSeek does not accept this key (401)');
		await waitUntil(() => loadSettings(w.env).settings.lastDiagnosis !== undefined, 'the diagnosis is remembered');
		first.unmount();
		assert.equal(loadSettings(w.env).settings.lastDiagnosis?.keySource, 'prompt');
		// The key in DEEPSEEK_API_KEY now: the pasted one is not named on the start screen, so the line says what it was.
		assert.match(await fresh(), /Last time \(just now\), for a key you pasted, not the one in use now: DeepSeek does not accept this key/);
		assert.match(await fresh('zh-CN'), /上次（刚刚）检查的是你粘贴的 key，不是现在用的这个：/);
		// A result for the key in Claude Code's settings (as the wizard remembers it when that key was picked).
		const baseUrl = w.env['DEEPSEEK_BASE_URL'] ?? '';
		await rememberDiagnosis(w.env, {verdict: 'ok', summary: 'No problem found.', path: ['start'], baseUrl, account: accountOf(baseUrl, pastedKey), keySource: 'claude_code'});
		assert.match(await fresh(), /Last time \(just now\), for Claude Code's key, not the one in use now: No problem found\./);
		assert.match(await fresh('zh-CN'), /上次（刚刚）检查的是 Claude Code 设置里的 key，不是现在用的这个：/);
	} finally {
		await w.close();
	}
});

test('last time\'s result for a pasted key, in a short window: what was found and for which key, both readable, the menu still there', async () => {
	const w = await world('ok');
	const baseUrl = w.env['DEEPSEEK_BASE_URL'] ?? '';
	const pastedKey = 'sk-' + 'fedcba9876543210'.repeat(2);
	await recordBalanceReading(w.env, [{at: '2026-11-20T07:00:00.000Z', currency: 'CNY', total: '47.44', granted: '0.00', toppedUp: '47.44'}]);
	await rememberDiagnosis(w.env, {at: '2026-11-20T07:00:00.000Z', verdict: 'insufficient_balance', summary: 'Your DeepSeek balance is empty: 0.00 CNY', path: ['start=balance', 'balance.key=prompt', 'balance.check', 'leaf.zero_balance'], baseUrl, account: accountOf(baseUrl, pastedKey), keySource: 'prompt'});
	const seen = {
		en: {question: 'What is happening?', again: 'Check it again', whose: 'for a key you pasted', what: 'insufficient balance'},
		'zh-CN': {question: '遇到了什么情况？', again: '按上次的步骤再检查一次', whose: '你粘贴的 key', what: '余额不足'},
	} as const;
	try {
		for (const size of [{columns: 40, rows: 15}, {columns: 60, rows: 20}]) {
			for (const language of ['en', 'zh-CN'] as const) {
				setLanguage(language);
				try {
					const app = drive(w.props(), size);
					const frame = await app.waitFor(seen[language].question);
					assertFits(app, size.columns, size.rows);
					app.unmount();
					const start = flat(frame);
					const at = `${size.columns}x${size.rows} ${language}:\n${frame}`;
					assert.ok(start.includes(seen[language].whose), `whose key it was, at ${at}`);
					// The whole sentence where it fits, else the verdict's name.
					assert.ok(start.includes(seen[language].what) || start.includes(language === 'en' ? 'balance is empty' : '余额已用完'), `what was found, at ${at}`);
					assert.doesNotMatch(frame, /…$/mu, `nothing cut, at ${at}`);
					assert.ok(frame.includes(`❯ ${seen[language].again}`), `the menu, at ${at}`);
				} finally {
					setLanguage('en');
				}
			}
		}
	} finally {
		await w.close();
	}
});
