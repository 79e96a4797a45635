// Relays end to end: `check --json` (the built CLI) pointed at relays and other vendors
// (played by the fake on 127.0.0.1, so only fingerprints and error signatures can tell):
// the provider named, its own balance read where possible, and the right verdict.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {fakeKey, type ScenarioName} from '../fake/server.js';
import {runCli} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

type Json = {
	baseUrl: string;
	verdict: string;
	summary: string;
	provider: {id: string; name: string; detectedBy: string; consoleUrl: string | null} | null;
	balance: null | {isAvailable: boolean; provider?: string; unit?: string; unlimited?: boolean; balances: Array<{currency: string; total: string}>};
	checks: Array<{id: string; status: string; summary: string; details: Record<string, unknown>}>;
	fixes: Array<{id: string; title: string; url: string | null}>;
};

type Row = {
	scenario: ScenarioName;
	probe?: boolean;
	verdict: string;
	provider: string;
	detectedBy: 'fingerprint';
	balance?: (json: Json) => void;
};

const rows: Row[] = [
	{scenario: 'openrouter_limit_zero', verdict: 'relay_insufficient_balance', provider: 'openrouter', detectedBy: 'fingerprint', balance: json => {
		assert.equal(json.balance?.provider, 'openrouter');
		assert.equal(json.balance?.unit, 'USD');
		assert.equal(json.balance?.balances[0]?.total, '0.00');
		// The key's own limit is what ran out: raising it comes first, a top-up after.
		assert.deepEqual(json.fixes.slice(0, 2).map(fix => [fix.id, fix.url]), [['raise_key_limit', 'https://openrouter.ai/settings/keys'], ['top_up_relay', 'https://openrouter.ai/settings/credits']]);
	}},
	{scenario: 'openrouter_no_limit', verdict: 'wrong_endpoint', provider: 'openrouter', detectedBy: 'fingerprint', balance: json => {
		assert.equal(json.balance?.unlimited, true);
		assert.match(json.checks.find(check => check.id === 'balance')?.summary ?? '', /cap/i);
	}},
	{scenario: 'siliconflow_410', verdict: 'wrong_endpoint', provider: 'siliconflow', detectedBy: 'fingerprint', balance: json => {
		const balance = json.checks.find(check => check.id === 'balance');
		assert.equal(balance?.status, 'skip', 'a discontinued reading is not an error');
		assert.match(balance?.summary ?? '', /no longer/i);
	}},
	{scenario: 'one_api_exhausted', verdict: 'relay_insufficient_balance', provider: 'one-api', detectedBy: 'fingerprint', balance: json => {
		assert.equal(json.balance?.provider, 'one-api');
		assert.equal(json.balance?.balances[0]?.total, '0.00');
		assert.ok(json.fixes.some(fix => fix.url === 'https://shop.example.com/topup'), 'the gateway\'s own top-up link');
		assert.ok(!json.fixes.some(fix => fix.url === 'https://platform.deepseek.com/top_up'), 'not DeepSeek\'s');
	}},
	{scenario: 'new_api_exhausted', verdict: 'relay_insufficient_balance', provider: 'new-api', detectedBy: 'fingerprint', balance: json => {
		assert.equal(json.balance?.isAvailable, false);
		assert.equal(json.balance?.balances[0]?.total, '0.00');
	}},
	// Blocked there: the operator (a ban) or the gateway's console (a disabled token) helps, not a new key.
	{scenario: 'one_api_user_banned', verdict: 'invalid_key', provider: 'one-api', detectedBy: 'fingerprint', balance: json => {
		const host = new URL(json.baseUrl).host;
		assert.ok(json.summary.includes(`${host} has blocked your account`), json.summary);
		assert.ok(json.summary.includes('用户已被封禁'), json.summary);
		// Who lifts the block is the first fix's to say (with "only they can"), not the summary's above it too.
		assert.ok(json.summary.includes('A new key or a top-up will not help.'), json.summary);
		assert.ok(!/lift the block/.test(json.summary), json.summary);
		assert.deepEqual(json.fixes.map(fix => fix.id), ['ask_operator', 'use_deepseek_base_url']);
		assert.ok(json.fixes[0]?.title.includes(host), json.fixes[0]?.title);
	}},
	{scenario: 'one_api_token_disabled', verdict: 'invalid_key', provider: 'one-api', detectedBy: 'fingerprint', balance: json => {
		assert.ok(json.summary.includes('has disabled this token'), json.summary);
		assert.ok(json.summary.includes('该令牌状态不可用'), json.summary);
		// Enabling it again or making a new one is the first fix's to say.
		assert.ok(!/console|enable it/.test(json.summary), json.summary);
		assert.deepEqual(json.fixes.map(fix => fix.id), ['enable_token', 'use_deepseek_base_url']);
		// The gateway's own token page, where it answers (one-api's web app route), as the other relay results link theirs.
		assert.equal(json.fixes[0]?.url, `${json.baseUrl}/token`);
	}},
	// The gateway's own reading says the token expired (its quota left): refused like a disabled token, whatever answers the calls get.
	{scenario: 'new_api_token_expired', verdict: 'invalid_key', provider: 'new-api', detectedBy: 'fingerprint', balance: json => {
		assert.equal(json.balance?.isAvailable, false);
		assert.equal((json.balance as {expiredOn?: string} | null)?.expiredOn, '2026-01-01');
		assert.equal(json.checks.find(check => check.id === 'balance')?.status, 'fail');
		assert.match(json.checks.find(check => check.id === 'balance')?.summary ?? '', /^This New API token expired on 2026-01-01/);
		// Its day, from the reading, rather than the refusal's "disabled or expired".
		assert.match(json.summary, /^This token expired on 2026-01-01, as 127\.0\.0\.1:\d+ reports it/);
		// Extending it is the first fix's to say.
		assert.doesNotMatch(json.summary, /Extend it|console/);
		assert.deepEqual(json.fixes.map(fix => fix.id), ['enable_token', 'use_deepseek_base_url']);
		// new-api's token page is under /console.
		assert.equal(json.fixes[0]?.url, `${json.baseUrl}/console/token`);
	}},
	// The user's own quota there ran out while the token still has some: the account is what to top up, not the token.
	{scenario: 'new_api_user_quota', probe: true, verdict: 'relay_insufficient_balance', provider: 'new-api', detectedBy: 'fingerprint', balance: json => {
		assert.match(json.summary, /your account there has run out of credit \(the quota every token of yours draws from, not this token's own limit\)/);
		assert.doesNotMatch(json.summary, /key or token you use there/);
		assert.deepEqual(json.fixes.map(fix => fix.id), ['top_up_relay', 'use_deepseek_base_url']);
		assert.equal(json.fixes[0]?.title, 'Ask whoever runs the gateway to top up your account there (its quota, not the token\'s)');
	}},
	{scenario: 'together_credit_limit', probe: true, verdict: 'relay_insufficient_balance', provider: 'together', detectedBy: 'fingerprint'},
	{scenario: 'fireworks_suspended', probe: true, verdict: 'relay_insufficient_balance', provider: 'fireworks', detectedBy: 'fingerprint'},
	// On 127.0.0.1 nothing but the error's wording hints at the vendor: never enough to name it.
	{scenario: 'ark_overdue', probe: true, verdict: 'relay_insufficient_balance', provider: 'unknown', detectedBy: 'fingerprint', balance: json => assert.doesNotMatch(json.summary, /Volcengine/)},
	{scenario: 'dashscope_arrearage', probe: true, verdict: 'relay_insufficient_balance', provider: 'unknown', detectedBy: 'fingerprint', balance: json => assert.doesNotMatch(json.summary, /Alibaba|DashScope/)},
	{scenario: 'openai_relay', probe: true, verdict: 'relay_insufficient_balance', provider: 'unknown', detectedBy: 'fingerprint', balance: json => assert.doesNotMatch(json.summary, /OpenAI/)},
];

describe('relays and other vendors', () => {
	const running = useFake();

	for (const row of rows) {
		test(`${row.scenario}${row.probe ? ' --probe' : ''} → ${row.verdict} (${row.provider})`, async () => {
			const fake = running();
			fake.setScenario(row.scenario);
			const run = await runCli(['check', '--json', ...(row.probe ? ['--probe'] : [])], fakeEnv(fake));
			const json = JSON.parse(run.stdout) as Json;
			assert.equal(json.verdict, row.verdict, json.summary);
			assert.equal(run.code, 1);
			assert.equal(json.provider?.id, row.provider);
			assert.equal(json.provider?.detectedBy, row.detectedBy);
			// An unrecognised service is named by its host, in the JSON as in the summary.
			if (row.provider === 'unknown') {
				assert.equal(json.provider?.name, new URL(fake.baseUrl).host);
				assert.ok(json.summary.includes(new URL(fake.baseUrl).host), json.summary);
			}
			assert.notEqual(json.verdict, 'insufficient_balance', 'never DeepSeek\'s balance when DeepSeek was not asked');
			assert.ok(!run.stdout.includes(fakeKey) && !run.stderr.includes(fakeKey));
			row.balance?.(json);
		});
	}
});

describe('a gateway token past its expiry', () => {
	const running = useFake();

	test('balance says the token expired, in the text and the JSON, with the fix to extend it or make a new one', async () => {
		const fake = running();
		fake.setScenario('new_api_token_expired');
		const env = fakeEnv(fake, 'new_api_token_expired');
		const [jsonRun, textRun] = await Promise.all([runCli(['balance', '--json'], env), runCli(['balance'], env)]);
		const json = JSON.parse(jsonRun.stdout) as Json;
		assert.equal(json.verdict, 'invalid_key', json.summary);
		assert.match(json.summary, /^This token expired on 2026-01-01, as 127\.0\.0\.1:\d+ reports it: the gateway refuses every call with it/);
		assert.equal(textRun.code, 1);
		assert.match(textRun.stdout, /1\.50 USD left/);
		assert.match(textRun.stdout, /This token expired on 2026-01-01: the gateway refuses calls with it/);
		assert.match(textRun.stdout, /Extend this token's expiry in 127\.0\.0\.1:\d+'s console, or make a new one\s+there/);
		assert.doesNotMatch(textRun.stdout, /Enable this token again/, 'an expired token is extended, not enabled');
	});
});

describe('a key a relay refuses', () => {
	const running = useFake();

	test('OpenRouter refusing the key (its model list is public: the test call meets the 401): the fix links its API keys page, in the JSON and in the text', async () => {
		const fake = running();
		fake.setScenario('openrouter_no_limit');
		// A DeepSeek-shaped key OpenRouter does not know (it answers 401 "User not found.").
		const env = fakeEnv(fake, 'openrouter_no_limit', {DEEPSEEK_API_KEY: `sk-${'1f'.repeat(16)}`});
		const [jsonRun, textRun] = await Promise.all([runCli(['check', '--json', '--probe'], env), runCli(['check', '--probe'], env)]);
		const json = JSON.parse(jsonRun.stdout) as Json;
		assert.equal(json.verdict, 'invalid_key', json.summary);
		assert.equal(json.provider?.id, 'openrouter');
		assert.deepEqual(json.fixes.map(fix => [fix.id, fix.url]), [['check_key_in_tool', 'https://openrouter.ai/settings/keys'], ['use_deepseek_base_url', null]]);
		assert.match(json.fixes[0]?.title ?? '', /a key made in OpenRouter/);
		assert.equal(textRun.code, 1);
		assert.match(textRun.stdout, /\n 1\. Use a key made in OpenRouter \(on its API keys page\), and check which key\n {4}your tool really sends\n {4}https:\/\/openrouter\.ai\/settings\/keys\n/);
	});
});
