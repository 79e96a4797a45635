// Alibaba Model Studio (DashScope) played as https://dashscope.aliyuncs.com on 127.0.0.1 (map-hosts.mjs; the test
// certificate names the host): its 429 "You exceeded your current quota" is its tokens-per-minute limit there, a
// rate limit, never an empty balance; its 400 Arrearage is an account in arrears. Off its host the same 429 words
// are OpenAI's for an empty account (test/unit/providers-signatures.test.ts), which the scenario's comment says.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {fakeKey, startFake, type ScenarioName} from '../fake/server.js';
import {scenario} from '../fake/scenarios.js';
import {runCli} from '../helpers/run-cli.js';
import {mappedHostsEnv} from '../helpers/with-fake.js';

const host = 'dashscope.aliyuncs.com';
const tlsDir = path.resolve(import.meta.dirname, '..', 'fixtures', 'tls');
const tls = {key: readFileSync(path.join(tlsDir, 'server-key.pem')), cert: readFileSync(path.join(tlsDir, 'server.pem'))};

type CheckJson = {verdict: string; summary: string; provider: null | {id: string}; fixes: Array<{id: string; title: string}>};

/** `check` with `args` against the fake played at the host, its output. */
async function runAtHost(name: ScenarioName, args: readonly string[], language: 'en' | 'zh-CN' = 'en'): Promise<string> {
	const fake = await startFake({scenario: name, tls});
	try {
		const run = await runCli([...args], mappedHostsEnv({
			DEEPSEEK_BASE_URL: fake.baseUrl.replace('127.0.0.1', host) + (scenario(name).basePath ?? ''),
			DEEPSEEK_STATUS_URL: fake.statusUrl,
			DEEPSEEK_FIX_LANG: language,
			TEST_LOOPBACK_HOSTS: host,
		}));
		assert.ok(!`${run.stdout}${run.stderr}`.includes(fakeKey), 'the key never appears whole');
		return run.stdout;
	} finally {
		await fake.close();
	}
}

const checkAtHost = async (name: ScenarioName): Promise<CheckJson> => JSON.parse(await runAtHost(name, ['check', '--json', '--probe'])) as CheckJson;

test('dashscope_rate_limited at its host: rate_limited, Model Studio named, never a top-up', async () => {
	const json = await checkAtHost('dashscope_rate_limited');
	assert.equal(json.provider?.id, 'dashscope');
	assert.equal(json.verdict, 'rate_limited', json.summary);
	assert.match(json.summary, /answers 429: too many requests there/);
	assert.doesNotMatch(json.summary, /used up|credit/);
	const ids = json.fixes.map(fix => fix.id);
	for (const never of ['top_up', 'top_up_relay']) assert.ok(!ids.includes(never), JSON.stringify(ids));
});

test('dashscope_arrearage at its host: the account in arrears, relay_insufficient_balance', async () => {
	const json = await checkAtHost('dashscope_arrearage');
	assert.equal(json.provider?.id, 'dashscope');
	assert.equal(json.verdict, 'relay_insufficient_balance', json.summary);
	assert.match(json.summary, /suspended or in arrears/);
});

test('check\'s and balance\'s text at its host name Model Studio in full once, in the header, and by its short name after (Chinese: 百炼); check\'s JSON keeps the full name in every summary', async () => {
	const full = 'Alibaba Cloud Model Studio (DashScope)';
	const squeeze = (text: string) => text.replace(/\s+/g, '');
	const count = (text: string, words: string) => squeeze(text).split(squeeze(words)).length - 1;
	for (const [language, short] of [['en', 'Model Studio'], ['zh-CN', '百炼']] as const) {
		const text = await runAtHost('dashscope_arrearage', ['check'], language);
		assert.equal(count(text, full), 1, text);
		assert.ok(squeeze(text.split('\n').slice(0, 2).join('')).includes(squeeze(full)), `the header names it first:\n${text}`);
		// The "Where calls go" and Balance rows, the verdict, the first fix.
		assert.ok(count(text, short) - (full.includes(short) ? 1 : 0) >= 4, text);
		// balance: its heading, then why there are no figures, the verdict and the first fix.
		const balance = await runAtHost('dashscope_arrearage', ['balance'], language);
		assert.equal(count(balance, full), 1, balance);
		assert.ok(squeeze(balance.split('\n').slice(0, 2).join('')).includes(squeeze(full)), `the heading names it first:\n${balance}`);
		assert.ok(count(balance, short) - (full.includes(short) ? 1 : 0) >= 4, balance);
	}
	const json = JSON.parse(await runAtHost('dashscope_arrearage', ['check', '--json'])) as CheckJson & {checks: Array<{id: string; summary: string}>};
	for (const id of ['endpoint', 'balance']) assert.ok(json.checks.find(check => check.id === id)?.summary.includes(full), id);
});
