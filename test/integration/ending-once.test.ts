// `check`'s text (the built CLI against the fake, at 60 and 40 columns, in both languages): where the verdict opens with
// words of its own and then quotes a row's result (a refused key, answers cut off), the line under the rows says those
// words and names the row, and the row's sentence is read once. `--json`'s summary keeps the whole sentence.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {ScenarioName} from '../fake/server.js';
import {runCli} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

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
});
