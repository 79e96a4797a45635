// A relay's balance says what that service really has. "Granted" and "topped up" are
// bonus and paid credit (DeepSeek's split, and SiliconFlow's); OpenRouter and the
// gateways have a key's limit or a token's quota instead, so their balance says what is
// left of how much, and never "granted". `check --json` keeps `granted` as documented
// (the limit, for older readers) and adds `limit`.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {ScenarioName} from '../fake/server.js';
import {runCli} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

type Entry = {currency: string; total: string; granted: string | null; toppedUp: string | null; limit?: string};

/** The balance, before the fixes (which may well say "top up"). */
const balancePart = (text: string) => text.split('\n\n')[0] ?? '';

const withLimit: Array<{scenario: ScenarioName; left: string; limit: string; unit: string}> = [
	{scenario: 'openrouter_limit_zero', left: '0.00', limit: '0.00', unit: 'USD'},
	{scenario: 'one_api_exhausted', left: '0.00', limit: '10.00', unit: 'USD'},
];

describe('a relay balance without a bonus/paid split', () => {
	const running = useFake();

	for (const row of withLimit) {
		test(`${row.scenario}: what is left of how much, in English and Chinese; the JSON keeps granted and adds limit`, async () => {
			const fake = running();
			fake.setScenario(row.scenario);
			const english = await runCli(['balance'], fakeEnv(fake, row.scenario, {DEEPSEEK_FIX_LANG: 'en'}));
			assert.match(english.stdout, new RegExp(`^${row.left} ${row.unit} left\\n  of ${row.limit} ${row.unit} in all$`, 'm'), english.stdout);
			assert.doesNotMatch(balancePart(english.stdout), /granted|topped up/i, english.stdout);
			const chinese = await runCli(['balance'], fakeEnv(fake, row.scenario, {DEEPSEEK_FIX_LANG: 'zh-CN'}));
			assert.match(chinese.stdout, new RegExp(`^剩余 ${row.left} ${row.unit}\\n  总共 ${row.limit} ${row.unit}$`, 'm'), chinese.stdout);
			assert.doesNotMatch(balancePart(chinese.stdout), /赠送|充值/, chinese.stdout);
			const report = await runCli(['report'], fakeEnv(fake, row.scenario, {DEEPSEEK_FIX_LANG: 'en'}));
			assert.match(report.stdout, /\| Currency \| Left \| In all \(the limit, or the credits bought\) \|/, report.stdout);
			assert.doesNotMatch(report.stdout, /Granted \(bonus\)/);
			const json = JSON.parse((await runCli(['balance', '--json'], fakeEnv(fake))).stdout) as {balance: {balances: Entry[]}};
			assert.deepEqual(json.balance.balances, [{currency: row.unit, total: row.left, granted: row.limit, toppedUp: null, limit: row.limit}]);
		});
	}

	test('DeepSeek keeps its granted / topped-up split, and has no limit', async () => {
		const fake = running();
		fake.setScenario('bonus_only');
		const text = (await runCli(['balance'], fakeEnv(fake, 'bonus_only', {DEEPSEEK_FIX_LANG: 'en'}))).stdout;
		assert.match(text, /^ {2}granted 5\.00 \(bonus credit: spent first, expires\)$/m, text);
		assert.doesNotMatch(text, /in all/);
		const json = JSON.parse((await runCli(['balance', '--json'], fakeEnv(fake))).stdout) as {balance: {balances: Entry[]}};
		assert.deepEqual(json.balance.balances, [{currency: 'CNY', total: '5.00', granted: '5.00', toppedUp: '0.00'}]);
	});
});
