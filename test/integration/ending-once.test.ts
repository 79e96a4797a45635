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
	{scenario: 'zero_balance', row: 'balance', en: 'Calls fail because of your DeepSeek balance: see the Balance row above.', zh: '调用失败，问题出在你的 DeepSeek 余额上，详见上面“余额”一行。'},
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

	test('connection_reset: under a ✔ Network row, the ending says the connection was made and then cut, never that the API could not be reached', async () => {
		const fake = running();
		fake.setScenario('connection_reset');
		for (const language of ['en', 'zh-CN'] as const) {
			const env = fakeEnv(fake, 'connection_reset', {DEEPSEEK_FIX_LANG: language});
			for (const columns of ['60', '40']) {
				const {stdout} = await runCli(['check'], {...env, COLUMNS: columns});
				assert.match(stdout, language === 'en' ? /✔ Network: / : /✔ 网络：/u, stdout);
				const ending = language === 'en'
					? 'The API was reached, but the connection was cut before any answer: see the Authentication row above.What to do:'
					: '连上了 API，但连接在响应前就断开了，详见上面“身份验证”一行。解决办法：';
				assert.ok(flat(stdout).includes(flat(ending)), `the ending (${language}, ${columns}):\n${stdout}`);
				assert.doesNotMatch(flat(stdout), language === 'en' ? /couldnotbereached/ : /无法连接API/u);
			}
		}
	});

	test('malformed_json: the ending names the Authentication row in its brackets, not that row\'s result again', async () => {
		const fake = running();
		fake.setScenario('malformed_json');
		const host = new URL(fake.baseUrl).host;
		for (const language of ['en', 'zh-CN'] as const) {
			const env = fakeEnv(fake, 'malformed_json', {DEEPSEEK_FIX_LANG: language});
			const json = JSON.parse((await runCli(['check', '--json'], env)).stdout) as Json;
			const said = json.checks.find(check => check.id === 'auth')?.summary.replace(/[.。]$/u, '') ?? '';
			assert.ok(said.length > 20 && json.summary.includes(said), `the JSON summary keeps the row's sentence (${language}): ${json.summary}`);
			for (const columns of ['60', '40']) {
				const {stdout} = await runCli(['check'], {...env, COLUMNS: columns});
				assert.equal(flat(stdout).split(flat(said)).length - 1, 1, `the row's sentence once (${language}, ${columns}):\n${stdout}`);
				const ending = language === 'en'
					? `${host} sends answers no API client can read (see the Authentication row above): the base URL is probably wrong, or something in between breaks the answers.What to do:`
					: `${host} 返回的内容任何 API 客户端都无法解析（详见上面“身份验证”一行）：base URL 多半填错了，或者中间的某个环节破坏了响应。解决办法：`;
				assert.ok(flat(stdout).includes(flat(ending)), `the ending (${language}, ${columns}):\n${stdout}`);
			}
		}
	});

	test('slow: the ending names the row that says the wait and the --timeout, and adds the connect time', async () => {
		const fake = running();
		fake.setScenario('slow');
		for (const language of ['en', 'zh-CN'] as const) {
			const env = fakeEnv(fake, 'slow', {DEEPSEEK_FIX_LANG: language});
			for (const columns of ['60', '40']) {
				const {stdout} = await runCli(['check', '--timeout', '1500'], {...env, COLUMNS: columns});
				const ending = language === 'en'
					? /The API was reached but answers slowly: see the Where calls go row above\. It took the connection in \d+ ms; the service may be busy or overloaded\.What to do:/
					: /连上了API，但响应很慢，详见上面“调用去向”一行。连接只用了\d+ms，服务可能繁忙或过载。解决办法：/u;
				assert.match(flat(stdout), new RegExp(flat(ending.source), ending.flags), `${language}, ${columns}:\n${stdout}`);
				assert.equal(flat(stdout).split(language === 'en' ? 'answersslowly' : '响应很慢').length - 1, 2, `the row's words and the ending's, once each:\n${stdout}`);
			}
		}
	});

	test('redirect_login and redirect_host: the Balance row says its redirect is the one above, so the URL is read once', async () => {
		const fake = running();
		for (const scenario of ['redirect_login', 'redirect_host'] as const) {
			fake.setScenario(scenario);
			for (const language of ['en', 'zh-CN'] as const) {
				const env = fakeEnv(fake, scenario, {DEEPSEEK_FIX_LANG: language});
				const json = JSON.parse((await runCli(['check', '--json'], env)).stdout) as Json;
				const host = scenario === 'redirect_login' ? 'acme.cloudflareaccess.com' : 'api.new-relay.example';
				assert.ok(json.checks.find(check => check.id === 'balance')?.summary.includes(host), 'the JSON keeps the balance row\'s own sentence');
				for (const columns of ['60', '40']) {
					const {stdout} = await runCli(['check'], {...env, COLUMNS: columns});
					const balanceRow = language === 'en' ? '!Balance:HTTP30\\dtoo:thesameredirectasabove\\(notfollowed\\)\\.' : '!余额：同样是HTTP30\\d：与上面相同的重定向（未跟随）。';
					assert.match(flat(stdout), new RegExp(balanceRow, 'u'), `${scenario}, ${language}, ${columns}:\n${stdout}`);
					const rows = stdout.split('\n\n')[1] ?? '';
					assert.equal(flat(rows).split(`https://${host}`).length - 1, 1, `the redirect's URL once in the rows (${scenario}, ${language}, ${columns}):\n${stdout}`);
				}
			}
		}
	});

	test('redirect_path: the redirect\'s whole URL is read once, in the Authentication row; the ending names that row and the fix gives the base URL', async () => {
		const fake = running();
		fake.setScenario('redirect_path');
		const location = `${fake.baseUrl}/api/v1/models`;
		for (const language of ['en', 'zh-CN'] as const) {
			const env = fakeEnv(fake, 'redirect_path', {DEEPSEEK_FIX_LANG: language});
			const json = JSON.parse((await runCli(['check', '--json'], env)).stdout) as Json;
			assert.ok(json.summary.includes(location), `the JSON summary keeps the URL (${language}): ${json.summary}`);
			for (const columns of ['60', '40']) {
				const {stdout} = await runCli(['check'], {...env, COLUMNS: columns});
				assert.equal(flat(stdout).split(flat(location)).length - 1, 1, `the URL once (${language}, ${columns}):\n${stdout}`);
				const ending = language === 'en'
					? 'The base URL redirects (HTTP 301) to the address in the Authentication row above instead of answering: the API answers at that address now.What to do: 1. Set the base URL to '
					: 'base URL 把调用重定向到上面“身份验证”一行里的地址（HTTP 301），而不是给出响应：API 已经换到了那个地址。解决办法： 1. 把 base URL 设为 ';
				assert.ok(flat(stdout).includes(flat(`${ending}${fake.baseUrl}/api/v1`)), `the ending, then the base URL to set (${language}, ${columns}):\n${stdout}`);
			}
		}
	});

	test('another service that took the key and whose balance cannot be read (SiliconFlow, a gateway nothing names), no --probe: the ending suggests the one paid call, the only way to know what calls get there', async () => {
		const fake = running();
		for (const scenario of ['siliconflow_no_balance', 'gateway_quota_zh'] as const) {
			fake.setScenario(scenario);
			for (const language of ['en', 'zh-CN'] as const) {
				const env = fakeEnv(fake, scenario, {DEEPSEEK_FIX_LANG: language});
				const {stdout} = await runCli(['check'], {...env, COLUMNS: '60'});
				const suggestion = language === 'en' ? 'To see what a real call gets (one 1-token call, a fraction of a cent): deepseek-fix check --probe' : '运行 deepseek-fix check --probe，看看真实调用会得到什么';
				assert.ok(flat(stdout).includes(flat(suggestion)), `${scenario}, ${language}:\n${stdout}`);
				const probed = await runCli(['check', '--probe'], {...env, COLUMNS: '60'});
				assert.ok(!probed.stdout.includes('check --probe'), `the call was made: nothing to suggest (${scenario}, ${language})`);
			}
		}
	});

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
