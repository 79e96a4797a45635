// The built CLI on answers seen in the real world (played by the fake on 127.0.0.1): the
// relay rule (a definite answer says what is wrong at THAT service, named by product or
// host), error bodies of every shape, "accepted but no answer", placeholder keys, a 401
// during an outage, and the test call's model (--model).
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {fakeKey, type ScenarioName} from '../fake/server.js';
import {platformUrls} from '../../source/deepseek/facts.js';
import {deepseekModelIds} from '../fake/deepseek.js';
import {startRawServer} from '../helpers/raw-server.js';
import {runCli, tempConfigDir} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

type Json = {
	verdict: string;
	summary: string;
	provider: {id: string; name: string; detectedBy: string; consoleUrl: string | null} | null;
	checks: Array<{id: string; status: string; summary: string; details: Record<string, unknown>}>;
	fixes: Array<{id: string; title: string; url: string | null}>;
};

type Row = {
	scenario: ScenarioName;
	args?: string[];
	env?: Record<string, string>;
	verdict: string;
	/** Provider id in the JSON ('unknown': then its name is the host). */
	provider: string;
	fixes?: string[];
	notFixes?: string[];
	says?: (string | RegExp)[];
	neverSays?: (string | RegExp)[];
	probeSays?: RegExp;
	/** The fake is a proxy on this computer passing DeepSeek's own 402 on: DeepSeek's top-up page is the fix. */
	ownProxy?: true;
};

const rows: Row[] = [
	// ---- relays: money ----
	{scenario: 'siliconflow_no_balance', args: ['--probe'], verdict: 'relay_insufficient_balance', provider: 'siliconflow', fixes: ['top_up_relay', 'use_deepseek_base_url'], says: ['SiliconFlow', 'not DeepSeek']},
	// "can only afford 0" even for max_tokens 1: the credits are gone, a smaller request would not help.
	{scenario: 'openrouter_cannot_afford', args: ['--probe'], verdict: 'relay_insufficient_balance', provider: 'openrouter', fixes: ['top_up_relay', 'use_deepseek_base_url'], notFixes: ['lower_max_tokens'], says: ['OpenRouter', 'used up']},
	{scenario: 'openrouter_prompt_too_long', args: ['--probe'], verdict: 'relay_insufficient_balance', provider: 'openrouter', fixes: ['shorter_prompt', 'top_up_relay', 'use_deepseek_base_url'], notFixes: ['lower_max_tokens'], says: ['OpenRouter', 'prompt this long']},
	{scenario: 'gateway_quota_zh', args: ['--probe'], verdict: 'relay_insufficient_balance', provider: 'unknown', fixes: ['ask_operator', 'use_deepseek_base_url'], notFixes: ['top_up'], probeSays: /额度不足/},
	{scenario: 'gateway_quota_zh_401', verdict: 'relay_insufficient_balance', provider: 'unknown', fixes: ['ask_operator', 'use_deepseek_base_url'], notFixes: ['top_up']},
	// The fake is on this computer, so it plays a local proxy (LiteLLM, a router): the DeepSeek account behind it is
	// mostly the user's. The same answer from a remote service (ask whoever runs it) is pinned by the corpus
	// (opencode-go-402-deepseek-body-relayed) and the diagnose unit rows.
	{scenario: 'gateway_wrapped_402', args: ['--probe'], ownProxy: true, verdict: 'relay_insufficient_balance', provider: 'unknown', fixes: ['top_up', 'use_deepseek_base_url'], notFixes: ['ask_operator', 'contact_support'], says: ['a proxy on this computer', 'most likely your own account', 'Instead of topping it up, you can give the proxy the key of an account with credit'], neverSays: ['top it up']},
	// A workspace's budget its administrators set (OpenRouter's 403): they raise it; the summary says so, not a key's credit run out.
	{scenario: 'openrouter_workspace_budget', args: ['--probe'], verdict: 'relay_insufficient_balance', provider: 'openrouter', fixes: ['ask_operator', 'use_deepseek_base_url'], notFixes: ['top_up_relay', 'raise_key_limit'], says: ['OpenRouter', 'the budget your workspace or organization there sets'], neverSays: ['run out of credit', 'top up on'], probeSays: /Workspace monthly budget of \$500\.00 exceeded/},
	// ---- refused for where the calls come from: neither the key nor the money ----
	{scenario: 'gateway_region_refused', args: ['--probe'], verdict: 'unknown', provider: 'unknown', fixes: ['change_region', 'use_deepseek_base_url'], notFixes: ['top_up', 'create_key'], says: ['refuses them for the country or region they come from', 'not the key, not the balance'], probeSays: /Country, region, or territory not supported/},
	{scenario: 'gateway_address_refused', args: ['--probe'], verdict: 'unknown', provider: 'unknown', fixes: ['allow_address', 'ask_operator', 'use_deepseek_base_url'], notFixes: ['top_up', 'create_key'], says: ['refuses them for the IP address they come from', 'Not the key, not the balance'], probeSays: /Access denied\. Your IP is 203\.0\.113\.7/},
	// ---- something intercepts HTTPS on the gateway's way out: no retry helps ----
	{scenario: 'gateway_upstream_unreachable', args: ['--probe'], verdict: 'network_error', provider: 'unknown', fixes: ['check_network'], notFixes: ['retry_later', 'ask_operator'], says: ['a proxy on this computer', 'could not get through to the service behind it'], probeSays: /^HTTP 502 — a 1-token call to deepseek-chat was refused with "CC Switch local proxy failed/},
	{scenario: 'gateway_bare_502', args: ['--probe'], verdict: 'server_error', provider: 'unknown', fixes: ['retry_later', 'check_network', 'use_deepseek_base_url'], notFixes: ['ask_operator'], says: ['a service on this computer', 'its own log or window says which']},
	// A gateway recognised there runs on this computer too: the user runs it, so its log and its channels (linked), never "ask whoever runs it".
	{scenario: 'one_api_bare_502', args: ['--probe'], verdict: 'server_error', provider: 'one-api', fixes: ['check_gateway_channels', 'retry_later', 'use_deepseek_base_url'], notFixes: ['ask_operator', 'relay_console'], says: ['a gateway on this computer', 'its own log says which', 'set in its channels'], neverSays: ['ask whoever runs it']},
	{scenario: 'gateway_upstream_certificate', args: ['--probe'], verdict: 'network_error', provider: 'unknown', fixes: ['check_tls'], notFixes: ['retry_later', 'check_network'], says: ['does not trust that service\'s certificate', 'retrying will not help'], probeSays: /x509: certificate/},
	// ---- relays: rate limits and failures are theirs, not DeepSeek's ----
	// A service not open to this account (not enabled for its organization, or not for personal accounts): neither the key,
	// the money nor a rate limit, whatever the status.
	{scenario: 'gateway_account_not_enabled', args: ['--probe'], verdict: 'unknown', provider: 'unknown', fixes: ['enable_service', 'ask_operator', 'use_deepseek_base_url'], notFixes: ['top_up_relay', 'reduce_concurrency', 'check_key_in_tool'], says: ['does not let this account use it', 'not enabled there for your account or its organization'], neverSays: ['rejects'], probeSays: /not enabled for your organization/},
	{scenario: 'gateway_personal_account', args: ['--probe'], verdict: 'unknown', provider: 'unknown', fixes: ['enable_service', 'ask_operator', 'use_deepseek_base_url'], notFixes: ['top_up_relay', 'reduce_concurrency', 'retry_later'], says: ['not open to personal accounts', 'not a rate limit'], neverSays: ['too many requests'], probeSays: /personal accounts/},
	// A charge still being settled there: a minute's wait, never a top-up, whatever billing link the answer carries.
	{scenario: 'gateway_charge_settling', args: ['--probe'], verdict: 'rate_limited', provider: 'unknown', fixes: ['retry_later', 'use_deepseek_base_url'], notFixes: ['top_up_relay', 'top_up', 'reduce_concurrency', 'ask_operator'], says: ['still being settled', 'not an empty balance'], neverSays: ['used up', 'Retry in a minute'], probeSays: /prior charge is still being reconciled/},
	{scenario: 'openrouter_in_flight_budget', args: ['--probe'], verdict: 'rate_limited', provider: 'openrouter', fixes: ['retry_later', 'reduce_concurrency', 'top_up_relay'], says: ['OpenRouter', 'in flight', 'It passes within seconds, and more credit there raises that limit'], neverSays: ['used up', 'retry after the wait', 'send fewer'], probeSays: /in-flight requests/},
	{scenario: 'openrouter_upstream_429', args: ['--probe'], verdict: 'rate_limited', provider: 'openrouter', fixes: ['reduce_concurrency'], says: ['OpenRouter', '429'], neverSays: ['DeepSeek answers', 'Send fewer', 'retry later'], probeSays: /rate-limited upstream/},
	// During DeepSeek's outage a router's 5xx may be that outage passed on: the outage, with the router named.
	{scenario: 'openrouter_502_in_outage', args: ['--probe'], verdict: 'service_outage', provider: 'openrouter', fixes: ['status_page', 'retry_later', 'relay_console'], notFixes: ['retry_with_backoff'], says: ['Your calls go to OpenRouter, not DeepSeek, and it answers HTTP 502', 'full outage'], probeSays: /HTTP 502/},
	// A guardrail on the key or workspace blocking the prompt (OpenRouter's 403): the words, then the guardrail there; no key or balance to check.
	{scenario: 'openrouter_no_endpoints_tools', args: ['--probe'], verdict: 'model_not_found', provider: 'openrouter', fixes: ['use_listed_model', 'relay_console'], notFixes: ['top_up_relay'], says: ['none of the providers it sends that model to serves the call as sent', 'not your key or your balance'], probeSays: /No endpoints found that support tool use/},
	{scenario: 'openrouter_guardrail', args: ['--probe'], verdict: 'unknown', provider: 'openrouter', fixes: ['change_request', 'relay_console'], notFixes: ['top_up_relay', 'use_deepseek_base_url'], says: ['content moderation', 'not the key or the balance'], probeSays: /prompt injection patterns detected/},
	// A role without the service's permission (Hatz's AI Gateway): an administrator adds it to the role; the service is enabled.
	{scenario: 'hatz_role_without_access', args: ['--probe'], verdict: 'unknown', provider: 'unknown', fixes: ['enable_service', 'ask_operator', 'use_deepseek_base_url'], notFixes: ['top_up_relay', 'check_key_in_tool'], says: ['your role there does not include access to it', 'not a rate limit'], neverSays: ['not enabled there for your account'], probeSays: /Your role does not include LLM Gateway access/},
	// A parameter named as required (Kindo's schema check): the request the app sends, not a wrong address.
	{scenario: 'kindo_max_tokens_required', args: ['--probe'], verdict: 'unknown', provider: 'unknown', fixes: ['change_request', 'ask_operator'], notFixes: ['top_up_relay', 'use_deepseek_base_url'], says: ['refuses the request itself', 'max_tokens is required'], probeSays: /max_tokens is required/},
	// ---- the model the calls name is not there (or not for this key) ----
	{scenario: 'one_api_no_channel', args: ['--probe'], verdict: 'model_not_found', provider: 'one-api', fixes: ['use_listed_model', 'ask_operator'], says: ['One API lists the model "deepseek-chat" but refuses it', '503'], neverSays: ['DeepSeek answers', 'DeepSeek\'s side'], notFixes: ['status_page', 'retry_later']},
	{scenario: 'ok', args: ['--probe', '--model', 'deepseek-gpt'], verdict: 'model_not_found', provider: 'deepseek', fixes: ['use_listed_model', 'model_list'], notFixes: ['contact_support', 'status_page'], says: ['DeepSeek does not offer the model "deepseek-gpt" (HTTP 400)', 'It lists: deepseek-v4-flash, deepseek-v4-pro.'], neverSays: ['No clear cause'], probeSays: /HTTP 400 — a 1-token call to deepseek-gpt was refused with "Model Not Exist"/},
	{scenario: 'retired_model', args: ['--probe', '--model', 'deepseek-chat'], verdict: 'model_not_found', provider: 'deepseek', fixes: ['model_list'], says: ['"deepseek-chat"', 'deepseek-v4-flash']},
	{scenario: 'siliconflow_410', args: ['--probe', '--model', 'deepseek-chat'], verdict: 'model_not_found', provider: 'siliconflow', fixes: ['use_listed_model', 'relay_model_names'], notFixes: ['model_list', 'top_up_relay'], says: ['SiliconFlow does not offer the model "deepseek-chat" (HTTP 400)', 'deepseek-ai/DeepSeek-V3'], probeSays: /Model does not exist/},
	// ---- without the paid call there is no definite answer: the URL is the finding ----
	{scenario: 'gateway_quota_zh', verdict: 'wrong_endpoint', provider: 'unknown'},
	// ---- DeepSeek: accepted, then nothing (or an error) instead of a completion ----
	// OpenRouter's 200 whose first choice carries the provider's failure: that error, not a completion that worked.
	{scenario: 'openrouter_choice_error', args: ['--probe'], verdict: 'server_error', provider: 'openrouter', fixes: ['retry_later', 'other_provider', 'use_deepseek_base_url'], notFixes: ['top_up_relay', 'relay_console'], says: ['OpenRouter', 'an error in place of one'], neverSays: ['worked'], probeSays: /HTTP 200 with an error instead of an answer .*"Provider disconnected mid-stream"/},
	{scenario: 'empty_200', args: ['--probe'], verdict: 'server_error', provider: 'deepseek', says: ['accepted the call but sent no answer'], neverSays: ['worked', 'Retry later'], probeSays: /no answer/},
	{scenario: 'queue_timeout_200', args: ['--probe'], verdict: 'server_error', provider: 'deepseek', neverSays: ['worked', 'Retry later'], probeSays: /900-second/},
	// ---- keys ----
	{scenario: 'invalid_key', env: {DEEPSEEK_API_KEY: '${DEEPSEEK_API_KEY}'}, verdict: 'invalid_key', provider: 'deepseek', fixes: ['check_key_in_tool'], says: ['placeholder', '…KEY}']},
	{scenario: 'invalid_key', env: {DEEPSEEK_API_KEY: 'YOUR_DEEPSEEK_KEY'}, verdict: 'invalid_key', provider: 'deepseek', says: ['placeholder', '…_KEY']},
	{scenario: 'status_outage_401', verdict: 'service_outage', provider: 'deepseek', fixes: ['status_page', 'retry_with_backoff'], says: ['401', 'full outage, API service']},
	// ---- DeepSeek's concurrency shrinks with the balance ----
	{scenario: 'rate_limited_balance', args: ['--probe'], verdict: 'rate_limited', provider: 'deepseek', fixes: ['top_up', 'reduce_concurrency'], says: ['balance'], neverSays: ['Top up', 'send fewer']},
];

function has(text: string, part: string | RegExp): boolean {
	return typeof part === 'string' ? text.includes(part) : part.test(text);
}

describe('real-world answers through the built CLI', () => {
	const running = useFake();

	for (const row of rows) {
		const label = `${row.scenario}${row.args ? ` ${row.args.join(' ')}` : ''}${row.env ? ` (key ${JSON.stringify(row.env.DEEPSEEK_API_KEY)})` : ''}`;
		test(`${label} → ${row.verdict}`, async () => {
			const fake = running();
			fake.setScenario(row.scenario);
			const run = await runCli(['check', '--json', ...(row.args ?? [])], fakeEnv(fake, row.scenario, row.env));
			const json = JSON.parse(run.stdout) as Json;
			const context = `${json.summary}\n${json.checks.map(c => `${c.id} ${c.status}: ${c.summary}`).join('\n')}`;
			assert.equal(json.verdict, row.verdict, context);
			assert.equal(run.code, 1);
			assert.equal(json.provider?.id, row.provider);
			if (row.provider === 'unknown') {
				const host = new URL(fake.baseUrl).host;
				assert.equal(json.provider?.name, host);
				assert.ok(json.summary.includes(host), 'an unrecognised service is named by its host');
			}
			const ids = json.fixes.map(fix => fix.id);
			for (const id of row.fixes ?? []) assert.ok(ids.includes(id), `fix ${id} in ${ids.join(', ')}`);
			for (const id of row.notFixes ?? []) assert.ok(!ids.includes(id), `no fix ${id} in ${ids.join(', ')}`);
			for (const part of row.says ?? []) assert.ok(has(json.summary, part), `summary says ${String(part)}: ${json.summary}`);
			for (const part of row.neverSays ?? []) assert.ok(!has(json.summary, part), `summary never says ${String(part)}: ${json.summary}`);
			if (row.probeSays) assert.match(json.checks.find(check => check.id === 'probe')?.summary ?? '', row.probeSays);
			if (row.verdict === 'relay_insufficient_balance' && !row.ownProxy) {
				assert.ok(!json.fixes.some(fix => fix.url === 'https://platform.deepseek.com/top_up'), 'never DeepSeek\'s top-up for a relay\'s money');
			}
			if (row.provider !== 'deepseek') {
				assert.ok(!json.fixes.some(fix => fix.url === platformUrls.rateLimit), 'never DeepSeek\'s rate-limit page for another service\'s limits');
			}
			assert.ok(!run.stdout.includes(fakeKey) && !run.stderr.includes(fakeKey));
		});
	}

	test('OpenRouter\'s 402 for its in-flight spending budget: retried after its wait first (no "never retry 402"), then fewer at once, then credit there', async () => {
		const fake = running();
		fake.setScenario('openrouter_in_flight_budget');
		const run = await runCli(['check', '--json', '--probe'], fakeEnv(fake, 'openrouter_in_flight_budget'));
		const json = JSON.parse(run.stdout) as Json;
		assert.deepEqual(json.fixes.map(fix => fix.id), ['retry_later', 'reduce_concurrency', 'top_up_relay', 'use_deepseek_base_url']);
		assert.match(json.fixes[0]!.title, /Retry-After/);
		// Sending fewer names no 429 it never sent.
		assert.equal(json.fixes[1]!.title, 'Send fewer requests at once, and retry the refused ones with backoff');
		assert.ok(!json.fixes.some(fix => /never retry 402/.test(fix.title)), json.fixes.map(fix => fix.title).join('\n'));
		assert.equal(json.fixes[2]!.url, 'https://openrouter.ai/settings/credits');
		const probe = json.checks.find(check => check.id === 'probe');
		assert.equal((probe?.details['signature'] as {inFlightBudget?: boolean} | undefined)?.inFlightBudget, true);
	});

	test('a service known only by its address (the fake on 127.0.0.1): whoever runs the service there is the one to ask, not "its support", in both languages', async () => {
		const fake = running();
		fake.setScenario('gateway_charge_settling');
		const host = new URL(fake.baseUrl).host;
		for (const [lang, ask] of [['en', `If it stays, ask whoever runs the service at ${host}`], ['zh-CN', `如果一直不消失，请联系 ${host} 上这个服务的管理员`]] as const) {
			const run = await runCli(['check', '--json', '--probe'], fakeEnv(fake, 'gateway_charge_settling', {DEEPSEEK_FIX_LANG: lang}));
			const json = JSON.parse(run.stdout) as Json;
			const retry = json.fixes.find(fix => fix.id === 'retry_later');
			assert.ok(retry?.title.endsWith(ask), `${lang}: ${retry?.title}`);
			assert.ok(!json.fixes.some(fix => /its support|它的客服/.test(fix.title)), json.fixes.map(fix => fix.title).join('\n'));
		}
	});

	test('--model: the test call uses the model asked for, and says so', async () => {
		const fake = running();
		fake.setScenario('probe_402');
		const model = deepseekModelIds[1];
		const before = fake.requests.length;
		const run = await runCli(['check', '--json', '--probe', '--model', model], fakeEnv(fake));
		const json = JSON.parse(run.stdout) as Json;
		const chats = fake.requests.slice(before).filter(request => request.path.endsWith('/chat/completions'));
		assert.equal(chats.length, 1);
		assert.equal((JSON.parse(chats[0]?.body ?? '{}') as {model?: string}).model, model);
		const probe = json.checks.find(check => check.id === 'probe');
		assert.equal(probe?.details.model, model);
		assert.ok(probe?.summary.includes(model), probe?.summary);
	});

	test('without --model: DeepSeek\'s chat model from the list, on a relay the DeepSeek model it lists', async () => {
		const fake = running();
		for (const [scenario, expected] of [['ok', 'deepseek-v4-flash'], ['one_api_no_channel', 'deepseek-chat'], ['openrouter_upstream_429', 'deepseek/deepseek-chat-v3-0324']] as const) {
			fake.setScenario(scenario);
			const run = await runCli(['check', '--json', '--probe'], fakeEnv(fake));
			const json = JSON.parse(run.stdout) as Json;
			assert.equal(json.checks.find(check => check.id === 'probe')?.details.model, expected, scenario);
		}
	});

	test('--model without --probe, or with a name that is no model name, is refused before any request', async () => {
		const fake = running();
		fake.setScenario('ok');
		const before = fake.requests.length;
		for (const args of [['check', '--model', 'deepseek-chat'], ['check', '--probe', '--model', 'two words'], ['report', '--model', 'x'], ['balance', '--model', 'deepseek-chat']]) {
			const run = await runCli(args, fakeEnv(fake));
			assert.equal(run.code, 2, args.join(' '));
			assert.match(run.stderr, /--model/);
			assert.doesNotMatch(run.stderr, /at .+\(.+:\d+:\d+\)/);
		}
		assert.equal(fake.requests.length, before, 'nothing was asked');
	});
});

/** Error bodies of every shape, each from an unidentified gateway's chat endpoint (the rest of it answers as gateways do). */
const shapes: Array<{name: string; status: number; type: string; body: string; verdict: string; deepseekWording?: true}> = [
	{name: '{"type","message","statusCode"}', status: 503, type: 'application/json', body: '{"type":"server_error","message":"Service temporarily unavailable","statusCode":503}', verdict: 'server_error'},
	{name: '{"success":false,"message"} in Chinese', status: 403, type: 'application/json', body: '{"success":false,"message":"余额不足，请充值"}', verdict: 'relay_insufficient_balance'},
	{name: '{"detail"} (FastAPI)', status: 402, type: 'application/json', body: '{"detail":"Insufficient credits"}', verdict: 'relay_insufficient_balance'},
	{name: '{"code":"INSUFFICIENT_BALANCE"} (a string code)', status: 403, type: 'application/json', body: '{"code":"INSUFFICIENT_BALANCE","message":"Insufficient account balance"}', verdict: 'relay_insufficient_balance'},
	{name: '{"msg"} rate limit', status: 429, type: 'application/json', body: '{"msg":"请求过于频繁，请稍后再试"}', verdict: 'rate_limited'},
	{name: 'a Python repr passed on as text', status: 402, type: 'text/plain', body: "Error code: 402 - {'error': {'message': 'Insufficient Balance', 'type': 'unknown_error', 'param': None, 'code': 'invalid_request_error'}}", verdict: 'relay_insufficient_balance'},
	// DeepSeek's own 401 wording on /user/balance: it answers like DeepSeek, and is named so.
	{name: 'plain text 401 with a placeholder echo', status: 401, type: 'text/plain', body: 'Authentication Fails, Your api key: ****_KEY is invalid', verdict: 'invalid_key', deepseekWording: true},
];

describe('error bodies of every shape through the built CLI', () => {
	for (const shape of shapes) {
		test(`${shape.name} (HTTP ${shape.status}) → ${shape.verdict}`, async () => {
			const server = await startRawServer((request, response) => {
				const path = new URL(request.url ?? '/', 'http://x').pathname;
				if (path.endsWith('/chat/completions') || (shape.status === 401 && request.headers.authorization)) {
					response.writeHead(shape.status, {'content-type': shape.type}).end(shape.body);
				} else if (path.endsWith('/models')) {
					response.writeHead(200, {'content-type': 'application/json'}).end('{"object":"list","data":[{"id":"deepseek-chat","object":"model","owned_by":"custom"}]}');
				} else {
					response.writeHead(404, {'content-type': 'application/json'}).end('{"error":{"message":"Not Found"}}');
				}
			});
			try {
				const env = {DEEPSEEK_API_KEY: fakeKey, DEEPSEEK_BASE_URL: `${server.url}/v1`, DEEPSEEK_STATUS_URL: `${server.url}/status`, DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(), NO_COLOR: '1'};
				const run = await runCli(['check', '--json', '--probe'], env);
				const json = JSON.parse(run.stdout) as Json;
				assert.equal(json.verdict, shape.verdict, `${json.summary}\n${json.checks.map(c => `${c.id} ${c.status}: ${c.summary}`).join('\n')}`);
				assert.equal(json.provider?.name, shape.deepseekWording ? 'DeepSeek' : new URL(server.url).host, 'named by its host');
			} finally {
				await server.close();
			}
		});
	}
});
