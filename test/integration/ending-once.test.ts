// `check`'s text (the built CLI against the fake, at 60 and 40 columns, in both languages): where the verdict opens with
// words of its own and then quotes a row's result (a refused key, answers cut off), the line under the rows says those
// words and names the row, and the row's sentence is read once. `--json`'s summary keeps the whole sentence.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {ScenarioName} from '../fake/server.js';
import {runCli} from '../helpers/run-cli.js';
import {fakeEnv, mappedHostsEnv, useFake} from '../helpers/with-fake.js';

type Json = {summary: string; checks: Array<{id: string; title: string; status: string; summary: string}>};

const cases: Array<{scenario: ScenarioName; row: string; en: string; zh: string}> = [
	{scenario: 'invalid_key', row: 'auth', en: 'The key was rejected (401): see the Authentication row above.', zh: 'key 被拒绝（401），详见上面“身份验证”一行。'},
	{scenario: 'key_replaced', row: 'auth', en: 'The key was rejected (401): see the Authentication row above.', zh: 'key 被拒绝（401），详见上面“身份验证”一行。'},
];

const flat = (text: string) => text.replace(/\s+/g, '');

describe('check\'s text ends with the verdict pointing at the row it quotes, not the row\'s sentence again', () => {
	const running = useFake();
	for (const {scenario, row, en, zh} of cases) {
		test(scenario, async () => {
			const fake = running();
			fake.setScenario(scenario);
			for (const language of ['en', 'zh-CN'] as const) {
				const env = fakeEnv(fake, scenario, {DEEPSEEK_FIX_LANG: language});
				const json = JSON.parse((await runCli(['check', '--json'], env)).stdout) as Json;
				const said = json.checks.find(check => check.id === row)?.summary ?? '';
				const rest = said.replace(/^[^.。]*[.。]/u, '');
				assert.ok(rest.length > 20 && json.summary.endsWith(rest), `the JSON summary keeps the row's sentence (${language}): ${json.summary}`);
				for (const columns of ['60', '40']) {
					const {stdout} = await runCli(['check'], {...env, COLUMNS: columns});
					assert.equal(flat(stdout).split(flat(rest)).length - 1, 1, `the row's sentence once (${language}, ${columns}):\n${stdout}`);
					const ending = language === 'en' ? `${en}What to do:` : `${zh}解决办法：`;
					assert.ok(flat(stdout).includes(flat(ending)), `the ending, then the fixes (${language}, ${columns}):\n${stdout}`);
				}
			}
		});
	}

	test('a relay known by its host at a plain http:// base URL: the key was never sent, so the ending says so and https is the first fix, not its console', async () => {
		const fake = running();
		fake.setScenario('ok');
		const port = new URL(fake.baseUrl).port;
		for (const language of ['en', 'zh-CN'] as const) {
			const env = mappedHostsEnv({TEST_LOOPBACK_HOSTS: 'api.siliconflow.cn', DEEPSEEK_BASE_URL: `http://api.siliconflow.cn:${port}/v1`, DEEPSEEK_STATUS_URL: fake.statusUrl, DEEPSEEK_FIX_LANG: language});
			const json = JSON.parse((await runCli(['check', '--json'], env)).stdout) as Json & {verdict: string; fixes: Array<{id: string}>};
			assert.equal(json.verdict, 'wrong_endpoint', json.summary);
			assert.deepEqual(json.fixes.map(fix => fix.id), ['use_https', 'relay_console', 'use_deepseek_base_url']);
			for (const columns of ['60', '40']) {
				const {stdout} = await runCli(['check'], {...env, COLUMNS: columns});
				const ending = language === 'en'
					? 'Nothing was checked with your key: see the Authentication row above.What to do: 1. Set the base URL to the service\'s https:// address, then run the check again'
					: '没有用你的 key 做任何检查，详见上面“身份验证”一行。解决办法： 1. 把 base URL 改成这个服务的 https:// 地址，然后再检查一次';
				assert.ok(flat(stdout).includes(flat(ending)), `the ending, then https first (${language}, ${columns}):\n${stdout}`);
			}
		}
	});
});
