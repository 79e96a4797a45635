// Cloudflare's AI Gateway on its DeepSeek path, played as https://gateway.ai.cloudflare.com on
// 127.0.0.1 (test/fake/cloudflare.ts; map-hosts.mjs, the test certificate names the host): it
// passes the user's own DeepSeek key on, so DeepSeek's own 402 is the user's DeepSeek account,
// its balance is DeepSeek's read through it, and only its own refusals are the gateway's.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fakeKey, startFake, type FakeServer} from '../fake/server.js';
import {scenario, type ScenarioName} from '../fake/scenarios.js';
import {runCli, tempConfigDir} from '../helpers/run-cli.js';

const host = 'gateway.ai.cloudflare.com';
const tlsDir = path.resolve(import.meta.dirname, '..', 'fixtures', 'tls');
const tls = {key: readFileSync(path.join(tlsDir, 'server-key.pem')), cert: readFileSync(path.join(tlsDir, 'server.pem'))};

type CheckJson = {
	verdict: string;
	summary: string;
	provider: null | {id: string; name: string; detectedBy: string; consoleUrl: string | null};
	balance: null | {balances: Array<{currency: string; total: string}>; provider?: string};
	checks: Array<{id: string; status: string; summary: string; details: Record<string, unknown>}>;
	fixes: Array<{id: string; title: string; url: string | null}>;
};

let fake: FakeServer;
before(async () => {
	fake = await startFake({scenario: 'cloudflare_ai_gateway_402', tls});
});
after(async () => {
	await fake.close();
});

/** The built CLI against the fake played as the gateway's host: its stdout. */
async function cli(name: ScenarioName, args: string[], lang = 'en'): Promise<string> {
	fake.setScenario(name);
	const baseUrl = fake.baseUrl.replace('127.0.0.1', host) + (scenario(name).basePath ?? '');
	const run = await runCli(args, {
		DEEPSEEK_API_KEY: fakeKey,
		DEEPSEEK_BASE_URL: baseUrl,
		DEEPSEEK_STATUS_URL: fake.statusUrl,
		DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(),
		DEEPSEEK_FIX_LANG: lang,
		NO_COLOR: '1',
		NODE_EXTRA_CA_CERTS: path.join(tlsDir, 'ca.pem'),
		NODE_OPTIONS: `--import ${path.resolve(import.meta.dirname, '..', 'helpers', 'map-hosts.mjs')}`,
		TEST_LOOPBACK_HOSTS: host,
	});
	assert.ok(!`${run.stdout}${run.stderr}`.includes(fakeKey), 'the key never appears whole');
	return run.stdout;
}

async function checkJson(name: ScenarioName, lang = 'en'): Promise<{json: CheckJson; text: string}> {
	const text = await cli(name, ['check', '--json', '--probe'], lang);
	try {
		return {json: JSON.parse(text) as CheckJson, text};
	} catch {
		throw new Error(`not JSON: ${text}`);
	}
}

const find = (json: CheckJson, id: string) => {
	const found = json.checks.find(item => item.id === id);
	assert.ok(found, `check ${id} present`);
	return found;
};

describe('Cloudflare AI Gateway passes the user\'s own DeepSeek key on', () => {
	test('DeepSeek\'s 402 through it: the user\'s own DeepSeek balance, read through the gateway; the fix is DeepSeek\'s top-up, not the gateway\'s support', async () => {
		const {json} = await checkJson('cloudflare_ai_gateway_402');
		assert.equal(json.provider?.id, 'cloudflare-ai-gateway');
		assert.equal(json.provider?.detectedBy, 'host');
		const endpoint = find(json, 'endpoint');
		assert.equal(endpoint.details.reachesDeepSeek, true);
		assert.equal(endpoint.status, 'pass');
		assert.match(endpoint.summary, /^Calls go through Cloudflare AI Gateway \(gateway\.ai\.cloudflare\.com:\d+\), which passes your own DeepSeek key on to DeepSeek: your DeepSeek balance applies\.$/);
		assert.equal(json.verdict, 'insufficient_balance', json.summary);
		assert.deepEqual(json.balance?.balances.map(({currency, total}) => ({currency, total})), [{currency: 'CNY', total: '0.00'}]);
		assert.equal(json.balance?.provider, undefined, 'DeepSeek\'s balance, not a relay\'s');
		assert.equal(json.fixes[0]?.url, 'https://platform.deepseek.com/top_up', JSON.stringify(json.fixes));
		assert.doesNotMatch(JSON.stringify(json.fixes), /support|dash\.cloudflare\.com/i);
		assert.ok(fake.requests.some(request => request.path.endsWith('/deepseek/user/balance')), 'the balance was asked of the gateway');
	});

	test('a gateway that does not pass /user/balance on: the balance says plainly it was not read and why; the 402 is still the user\'s DeepSeek account', async () => {
		const {json} = await checkJson('cloudflare_ai_gateway_no_balance');
		const balance = find(json, 'balance');
		assert.equal(balance.status, 'skip');
		assert.match(balance.summary, /^Not read, as Cloudflare AI Gateway did not pass the balance query on to DeepSeek \(HTTP 404\)\. Calls still draw on your DeepSeek balance: see it at platform\.deepseek\.com\.$/);
		assert.equal(json.balance, null);
		assert.equal(json.verdict, 'insufficient_balance', json.summary);
		assert.equal(json.fixes[0]?.url, 'https://platform.deepseek.com/top_up', JSON.stringify(json.fixes));
	});

	test('`check` without the paid call through a gateway that does not pass the balance query on: not a plain "no problem", and the paid call is suggested, in both languages', async () => {
		// The key works and nothing failed, but no check saw the money: this user's calls get 402 (the scenario's chat answer).
		const json = JSON.parse(await cli('cloudflare_ai_gateway_no_balance', ['check', '--json'])) as CheckJson;
		assert.equal(json.verdict, 'ok');
		assert.equal(json.summary, 'No problem found in what could be checked, but the balance could not be read here: only a real call shows whether it is paid for.');
		const text = (await cli('cloudflare_ai_gateway_no_balance', ['check'])).replace(/\s+/g, ' ');
		assert.match(text, /No problem found in what could be checked, but the balance could not be read here/, text);
		assert.match(text, /To see what a real call gets \(one 1-token call, a fraction of a cent\): deepseek-fix check --probe/, text);
		const chinese = (await cli('cloudflare_ai_gateway_no_balance', ['check'], 'zh-CN')).replace(/\s+/g, '');
		assert.match(chinese, /能检查的部分没有发现问题，但这里查询不到余额/, chinese);
		assert.match(chinese, /运行deepseek-fixcheck--probe，看看真实调用会得到什么/, chinese);
	});

	test('`balance` through a gateway that does not pass the query on says why there are no figures, not only that reading failed', async () => {
		const text = (await cli('cloudflare_ai_gateway_no_balance', ['balance'])).replace(/\s+/g, ' ');
		// Named in full in the heading, by its short name after.
		assert.match(text, /Not read, as Cloudflare did not pass the balance query on to DeepSeek \(HTTP 404\)\. Calls still draw on your DeepSeek balance: see it at platform\.deepseek\.com\./, text);
		assert.doesNotMatch(text, /The balance could not be read/, text);
		// The base URL as the user has it, the gateway's account id not taken for a key (wider than the row: broken after a "/").
		assert.match(text.replace(/\/ /g, '/'), /gateway\.ai\.cloudflare\.com:\d+\/v1\/5f0e4c2a9b7d41e3a8c6d2b0f1e9a7c3\/my-gateway\/deepseek/, text);
	});

	test('`balance` alone through its own 401 (code 2009): the gateway\'s token, not a new DeepSeek key', async () => {
		const text = (await cli('cloudflare_ai_gateway_auth', ['balance'])).replace(/\s+/g, ' ');
		assert.match(text, /Cloudflare refuses the calls itself \(HTTP 401 "Unauthorized"\)/, text);
		assert.match(text, /cf-aig-authorization header/, text);
		assert.doesNotMatch(text, /Create an API key|platform\.deepseek\.com\/api_keys/, text);
	});

	test('its own 401 on the balance query: the row says the gateway refused it, not that it does not pass the query on', async () => {
		// `balance` reads it without the key check's 401 before it (check's row points to Authentication instead).
		const balanceRow = async (lang: string) => {
			const json = JSON.parse(await cli('cloudflare_ai_gateway_auth', ['balance', '--json'], lang)) as CheckJson;
			return find(json, 'balance');
		};
		const balance = await balanceRow('en');
		assert.equal(balance.status, 'skip');
		assert.equal(balance.details['notPassedOn'], true, 'the same facts as before');
		assert.equal(balance.summary, 'Not read, as Cloudflare AI Gateway refused the balance query itself (HTTP 401). Calls still draw on your DeepSeek balance: see it at platform.deepseek.com.');
		assert.match((await balanceRow('zh-CN')).summary, /^未查询到，因为 Cloudflare AI Gateway 自己拒绝了余额查询（HTTP 401）。调用扣的仍是你的 DeepSeek 余额/);
	});

	test('the same in Chinese', async () => {
		const {json} = await checkJson('cloudflare_ai_gateway_no_balance', 'zh-CN');
		assert.match(find(json, 'endpoint').summary, /^调用经过 Cloudflare AI Gateway（gateway\.ai\.cloudflare\.com:\d+），它把你自己的 DeepSeek key 转发给 DeepSeek：扣的是你的 DeepSeek 余额。$/);
		assert.match(find(json, 'balance').summary, /^未查询到，因为 Cloudflare AI Gateway 没有把余额查询转发给 DeepSeek（HTTP 404）。/);
	});

	test('its own 401 (code 2009, Authenticated Gateway): the gateway refuses, not DeepSeek; the fix links its authentication page, not DeepSeek\'s API keys', async () => {
		const {json} = await checkJson('cloudflare_ai_gateway_auth');
		assert.equal(json.verdict, 'invalid_key', json.summary);
		assert.equal(json.summary, 'Cloudflare AI Gateway refuses the calls itself (HTTP 401 "Unauthorized"), before they reach DeepSeek: it wants a token of its own (its authentication setting is on), besides your DeepSeek key. Your DeepSeek key and balance are not the problem.');
		assert.deepEqual(json.fixes.map(({id, url}) => ({id, url})), [
			{id: 'check_key_in_tool', url: 'https://developers.cloudflare.com/ai-gateway/configuration/authentication/'},
			{id: 'use_deepseek_base_url', url: null},
		]);
		assert.match(json.fixes[0]?.title ?? '', /^cf-aig-authorization header: have your tool send Cloudflare AI Gateway's own token in it, besides your DeepSeek key/);
	});

	test('its own 429 (code 2003): its rate limit, with its own page; DeepSeek\'s balance still read through it', async () => {
		const {json} = await checkJson('cloudflare_ai_gateway_429');
		assert.equal(json.verdict, 'rate_limited', json.summary);
		assert.equal(json.summary, 'Cloudflare AI Gateway refuses the calls itself (HTTP 429 "Rate limited"), before they reach DeepSeek: a rate or spend limit set on the gateway is reached; wait for its window to pass, or raise the limit in its settings. Your DeepSeek key and balance are not the problem.');
		assert.deepEqual(json.fixes.map(({id, url}) => ({id, url})), [
			{id: 'reduce_concurrency', url: 'https://developers.cloudflare.com/ai-gateway/features/rate-limiting/'},
			{id: 'relay_console', url: 'https://dash.cloudflare.com/?to=/:account/ai/ai-gateway'},
			{id: 'use_deepseek_base_url', url: null},
		]);
		assert.equal(json.balance?.balances[0]?.total, '47.44');
	});
});
