// `balance` at a new-api gateway (the built CLI against the fake): /api/usage/token/ reads the token's own limit,
// never the account's quota a call also needs, so the output says so wherever the token could still pay.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {runCli} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const flat = (text: string) => text.replace(/\s+/g, '');

describe('balance at new-api: the token\'s limit, and that the account\'s quota is not read', () => {
	const running = useFake();
	test('new_api_user_quota: 1.50 USD left on the token, and the account\'s quota named as unread (60 and 40 columns, both languages)', async () => {
		const fake = running();
		fake.setScenario('new_api_user_quota');
		for (const language of ['en', 'zh-CN'] as const) {
			const env = fakeEnv(fake, 'new_api_user_quota', {DEEPSEEK_FIX_LANG: language});
			for (const columns of ['60', '40']) {
				const {stdout} = await runCli(['balance'], {...env, COLUMNS: columns});
				assert.match(stdout, language === 'en' ? /1\.50 USD left/ : /剩余 1\.50 USD/u, stdout);
				const said = language === 'en'
					? 'This is the token\'s own limit: your account\'s quota on New API, which every token draws from, cannot be read with a token.'
					: '这是令牌自己的额度上限：你在 New API 上的账号额度（所有令牌共用）无法用令牌查询。';
				assert.ok(flat(stdout).includes(flat(said)), `${language}, ${columns}:\n${stdout}`);
			}
		}
	});

	test('new_api_exhausted: a used-up token says nothing of the account\'s quota', async () => {
		const fake = running();
		fake.setScenario('new_api_exhausted');
		const {stdout} = await runCli(['balance'], {...fakeEnv(fake, 'new_api_exhausted', {DEEPSEEK_FIX_LANG: 'en'}), COLUMNS: '60'});
		assert.doesNotMatch(stdout, /token's own limit/, stdout);
	});
});
