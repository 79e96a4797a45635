// The fake DeepSeek/relays/status page behaves like the real services, scenario by scenario.
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {createInterface} from 'node:readline';
import {X509Certificate} from 'node:crypto';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {fakeKey, keepAlivePrelude, scenarioNames, startFake, type FakeServer, type ScenarioName} from '../fake/server.js';
import {scenario} from '../fake/scenarios.js';
import {detectByHost, matchHost} from '../../source/providers/detect.js';

type Call = {method?: 'GET' | 'POST'; key?: string | null; body?: unknown; signal?: AbortSignal};

async function call(fake: FakeServer, path: string, {method = 'GET', key = fakeKey, body, signal}: Call = {}): Promise<Response> {
	const headers: Record<string, string> = {};
	if (key !== null) headers.authorization = `Bearer ${key}`;
	if (body !== undefined) headers['content-type'] = 'application/json';
	// A redirect_… scenario's Location is where the call would go next: read, never followed (it names real hosts).
	return fetch(fake.baseUrl + path, {
		method,
		headers,
		redirect: 'manual',
		...(body === undefined ? {} : {body: JSON.stringify(body)}),
		...(signal ? {signal} : {}),
	});
}

const probe = {model: 'deepseek-v4-flash', messages: [{role: 'user', content: 'Hi'}], max_tokens: 1};

function chat(fake: FakeServer, path = '/chat/completions', body: unknown = probe, key: string | null = fakeKey) {
	return call(fake, path, {method: 'POST', body, key});
}

async function withFake(scenario: ScenarioName, run: (fake: FakeServer) => Promise<void>, latencyMs?: number): Promise<void> {
	const fake = await startFake({scenario, ...(latencyMs === undefined ? {} : {latencyMs})});
	try {
		await run(fake);
	} finally {
		await fake.close();
	}
}

async function jsonOf(response: Response): Promise<unknown> {
	return JSON.parse(await response.text()) as unknown;
}

/** A DeepSeek answer: the expected status, JSON, and a trace id. */
async function deepseekAnswer(response: Response, status: number): Promise<unknown> {
	assert.equal(response.status, status);
	assert.equal(response.headers.get('content-type'), 'application/json');
	assert.match(response.headers.get('x-ds-trace-id') ?? '', /^[0-9a-f]{32}$/);
	return jsonOf(response);
}

function deepseekError(message: string, type: string) {
	return {error: {message, type, param: null, code: 'invalid_request_error'}};
}

function balanceBody(isAvailable: boolean, currency: string, total: string, granted: string, toppedUp: string) {
	return {is_available: isAvailable, balance_infos: [{currency, total_balance: total, granted_balance: granted, topped_up_balance: toppedUp}]};
}

/** The error a rejected fetch carries underneath `TypeError: fetch failed`. */
function causeCode(error: unknown): string | undefined {
	const cause = error instanceof Error ? error.cause : undefined;
	return cause instanceof Error && 'code' in cause ? String(cause.code) : undefined;
}

test('every scenario the integration tests rely on exists', () => {
	const required = [
		'ok', 'zero_balance', 'bonus_only', 'usd', 'low_balance', 'invalid_key', 'probe_402', 'rate_limited', 'server_error',
		'overloaded', 'slow', 'stalled_body', 'malformed_json', 'html_portal', 'huge_body', 'connection_reset', 'queued_keepalive',
		'key_echo', 'status_outage', 'status_unreachable', 'status_outage_api_down', 'openai_relay', 'openrouter_limit_zero',
		'openrouter_no_limit', 'siliconflow_410', 'one_api_exhausted', 'new_api_exhausted', 'new_api_user_quota',
		'together_credit_limit', 'fireworks_suspended', 'ark_overdue', 'dashscope_arrearage', 'model_listed_not_served',
	];
	for (const name of required) assert.ok(scenarioNames.includes(name as ScenarioName), name);
	assert.doesNotMatch(fakeKey, /^$/);
});

test('a scenario that plays a named host plays its real API: the test certificate names the host, and the table recognises the base URL by a rule for exactly that host', async () => {
	const certificate = new X509Certificate(await readFile(path.resolve(import.meta.dirname, '..', 'fixtures', 'tls', 'server.pem')));
	const named = scenarioNames.filter(name => scenario(name).host !== undefined);
	assert.ok(named.length >= 12, named.join(', '));
	for (const name of named) {
		const {host = '', basePath = ''} = scenario(name);
		assert.equal(certificate.checkHost(host), host, `${name}: test/fixtures/tls/generate.sh must name ${host}`);
		const baseUrl = `https://${host}${basePath}`;
		const detected = detectByHost(baseUrl);
		assert.ok(detected && detected.id !== 'unknown' && detected.id !== 'deepseek', `${name}: ${baseUrl} is no named service's`);
		assert.equal(matchHost(host, basePath)?.rule.pattern, host, `${name}: ${host} is a rule's own host, not one a wildcard happens to match`);
	}
});

test('ok: balance, models and a 1-token completion, with trace ids, recorded', async () => {
	await withFake('ok', async fake => {
		assert.deepEqual(await deepseekAnswer(await call(fake, '/user/balance'), 200), balanceBody(true, 'CNY', '47.44', '0.00', '47.44'));
		const models = await deepseekAnswer(await call(fake, '/models'), 200);
		assert.deepEqual(models, {object: 'list', data: [
			{id: 'deepseek-v4-flash', object: 'model', owned_by: 'deepseek'},
			{id: 'deepseek-v4-pro', object: 'model', owned_by: 'deepseek'},
		]});
		assert.deepEqual(await deepseekAnswer(await call(fake, '/v1/models'), 200), models);

		for (const path of ['/chat/completions', '/v1/chat/completions']) {
			const completion = await deepseekAnswer(await chat(fake, path), 200) as {
				object: string; model: string; choices: {message: {content: string}; finish_reason: string}[]; usage: {completion_tokens: number; total_tokens: number; prompt_tokens: number};
			};
			assert.equal(completion.object, 'chat.completion');
			assert.equal(completion.model, 'deepseek-v4-flash');
			assert.equal(completion.choices[0]?.finish_reason, 'length');
			assert.equal(completion.usage.completion_tokens, 1);
			assert.equal(completion.usage.total_tokens, completion.usage.prompt_tokens + 1);
		}

		assert.deepEqual(fake.requests[0], {method: 'GET', path: '/user/balance', authorization: `Bearer ${fakeKey}`, body: ''});
		assert.equal(fake.requests.at(-1)?.body, JSON.stringify(probe));
	});
});

test('ok: streamed completions arrive as SSE chunks ending in [DONE]', async () => {
	await withFake('ok', async fake => {
		const response = await chat(fake, '/chat/completions', {...probe, stream: true});
		assert.equal(response.status, 200);
		assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
		const events = (await response.text()).split('\n\n').filter(Boolean);
		assert.equal(events.at(-1), 'data: [DONE]');
		const first = JSON.parse(events[0]!.slice('data: '.length)) as {object: string};
		assert.equal(first.object, 'chat.completion.chunk');
	});
});

test('a wrong or missing key gets the 401 echoing the last four characters sent', async () => {
	await withFake('ok', async fake => {
		const wrong = 'sk-' + 'feedface'.repeat(3) + '9b7a';
		assert.deepEqual(
			await deepseekAnswer(await call(fake, '/user/balance', {key: wrong}), 401),
			deepseekError('Authentication Fails, Your api key: ****9b7a is invalid', 'authentication_error'),
		);
		assert.deepEqual(
			await deepseekAnswer(await call(fake, '/models', {key: null}), 401),
			deepseekError('Authentication Fails, Your api key: **** is invalid', 'authentication_error'),
		);
		assert.equal(fake.requests[1]?.authorization, undefined);
	});
	await withFake('invalid_key', async fake => {
		const body = await deepseekAnswer(await call(fake, '/user/balance'), 401);
		assert.deepEqual(body, deepseekError(`Authentication Fails, Your api key: ****${fakeKey.slice(-4)} is invalid`, 'authentication_error'));
		await deepseekAnswer(await chat(fake), 401);
	});
});

test('key_echo: the 401 message carries the whole key that was sent', async () => {
	await withFake('key_echo', async fake => {
		const body = await deepseekAnswer(await call(fake, '/user/balance'), 401) as {error: {message: string}};
		assert.ok(body.error.message.includes(fakeKey));
	});
});

test('unknown paths and wrong methods answer DeepSeek-style JSON errors', async () => {
	await withFake('ok', async fake => {
		assert.deepEqual(await deepseekAnswer(await call(fake, '/v2/nothing'), 404), deepseekError('Not Found', 'invalid_request_error'));
		await deepseekAnswer(await call(fake, '/chat/completions'), 405);
	});
});

test('chat refuses bodies and models DeepSeek would refuse', async () => {
	await withFake('ok', async fake => {
		const response = await fetch(`${fake.baseUrl}/chat/completions`, {method: 'POST', headers: {authorization: `Bearer ${fakeKey}`}, body: '{"model":'});
		await deepseekAnswer(response, 400);
		await deepseekAnswer(await chat(fake, '/chat/completions', {model: 'deepseek-v4-flash'}), 422);
		assert.deepEqual(
			await deepseekAnswer(await chat(fake, '/chat/completions', {...probe, model: 'gpt-4o'}), 400),
			deepseekError('Model Not Exist', 'invalid_request_error'),
		);
	});
});

test('model_listed_not_served: /models still lists deepseek-chat, chat answers it DeepSeek\'s 400 "Model Not Exist" and serves the 2026 ids', async () => {
	await withFake('model_listed_not_served', async fake => {
		const models = await jsonOf(await call(fake, '/models')) as {data: {id: string; owned_by: string}[]};
		assert.deepEqual(models.data.map(model => model.id), ['deepseek-chat', 'deepseek-v4-flash', 'deepseek-v4-pro']);
		assert.deepEqual(
			await deepseekAnswer(await chat(fake, '/chat/completions', {...probe, model: 'deepseek-chat'}), 400),
			deepseekError('Model Not Exist', 'invalid_request_error'),
		);
		assert.equal((await chat(fake)).status, 200);
	});
});

test('balances: zero, bonus only, USD and low', async () => {
	const cases: [ScenarioName, unknown][] = [
		['zero_balance', balanceBody(false, 'CNY', '0.00', '0.00', '0.00')],
		['bonus_only', balanceBody(true, 'CNY', '5.00', '5.00', '0.00')],
		['usd', balanceBody(true, 'USD', '12.37', '0.00', '12.37')],
		['low_balance', balanceBody(true, 'CNY', '0.35', '0.00', '0.35')],
	];
	for (const [scenario, expected] of cases) {
		await withFake(scenario, async fake => {
			assert.deepEqual(await deepseekAnswer(await call(fake, '/user/balance'), 200), expected, scenario);
		});
	}
});

test('zero_balance and probe_402: chat answers 402 Insufficient Balance with a trace id', async () => {
	for (const scenario of ['zero_balance', 'probe_402'] as const) {
		await withFake(scenario, async fake => {
			assert.deepEqual(await deepseekAnswer(await chat(fake), 402), deepseekError('Insufficient Balance', 'unknown_error'));
		});
	}
	await withFake('probe_402', async fake => {
		assert.equal((await deepseekAnswer(await call(fake, '/user/balance'), 200) as {is_available: boolean}).is_available, true);
	});
});

test('rate_limited, server_error, overloaded: the right status everywhere', async () => {
	const cases: [ScenarioName, number, string][] = [
		['rate_limited', 429, 'Rate Limit Reached'],
		['server_error', 500, 'Server Error'],
		['overloaded', 503, 'Server Overloaded'],
		['status_outage_api_down', 503, 'Server Overloaded'],
	];
	for (const [scenario, status, message] of cases) {
		await withFake(scenario, async fake => {
			for (const response of [await call(fake, '/user/balance'), await call(fake, '/models'), await chat(fake)]) {
				const body = await deepseekAnswer(response, status) as {error: {message: string}};
				assert.equal(body.error.message, message);
			}
		});
	}
});

test('the status page: operational, outage with an incident, degraded, HTML, unreachable', async () => {
	type Summary = {data: {page: unknown; components: {name: string; status: string}[]; active_changes: unknown[]}};
	const apiStatus = (summary: Summary) => summary.data.components.find(component => component.name === 'API 服务')?.status;
	await withFake('ok', async fake => {
		const response = await fetch(fake.statusUrl);
		assert.equal(response.status, 200);
		assert.equal(response.headers.get('x-ds-trace-id'), null);
		const summary = await jsonOf(response) as Summary;
		assert.equal(apiStatus(summary), 'operational');
		assert.deepEqual(summary.data.active_changes, []);
	});
	for (const [scenario, status] of [['status_outage', 'full_outage'], ['status_outage_api_down', 'full_outage'], ['status_degraded', 'degraded']] as const) {
		await withFake(scenario, async fake => {
			const summary = await jsonOf(await fetch(fake.statusUrl)) as Summary;
			assert.equal(apiStatus(summary), status);
			assert.equal(summary.data.active_changes.length, 1);
		});
	}
	await withFake('status_outage', async fake => {
		await deepseekAnswer(await call(fake, '/user/balance'), 200);
	});
	await withFake('status_html', async fake => {
		assert.match((await fetch(fake.statusUrl)).headers.get('content-type') ?? '', /^text\/html/);
	});
	await withFake('status_unreachable', async fake => {
		await assert.rejects(fetch(fake.statusUrl), error => causeCode(error) === 'ECONNRESET');
		await deepseekAnswer(await call(fake, '/models'), 200);
	});
});

test('connection_reset: the socket is reset as soon as a request arrives', async () => {
	await withFake('connection_reset', async fake => {
		await assert.rejects(call(fake, '/user/balance'), error => causeCode(error) === 'ECONNRESET');
		await assert.rejects(chat(fake), error => causeCode(error) === 'ECONNRESET');
		assert.equal(fake.requests.length, 2);
	});
});

test('slow: nothing arrives before the caller gives up; close() does not wait for it', async () => {
	const fake = await startFake({scenario: 'slow'});
	await assert.rejects(call(fake, '/user/balance', {signal: AbortSignal.timeout(200)}), {name: 'TimeoutError'});
	const pending = call(fake, '/models').catch((error: unknown) => error);
	await waitFor(() => fake.requests.length === 2);
	const started = performance.now();
	await fake.close();
	// Not a speed target: close() must not wait for the stalled answer (which never comes).
	assert.ok(performance.now() - started < 10_000);
	assert.ok(await pending instanceof Error);
});

async function waitFor(condition: () => boolean): Promise<void> {
	while (!condition()) await new Promise(resolve => setImmediate(resolve));
}

test('stalled_body: headers and half a body arrive, then nothing; close() ends it promptly', async () => {
	const fake = await startFake({scenario: 'stalled_body'});
	const controller = new AbortController();
	const response = await call(fake, '/user/balance', {signal: controller.signal});
	assert.equal(response.status, 200);
	assert.match(response.headers.get('x-ds-trace-id') ?? '', /^[0-9a-f]{32}$/);
	const reader = response.body!.getReader();
	const first = await reader.read();
	assert.match(new TextDecoder().decode(first.value), /^\{"is_available":true/);
	setTimeout(() => controller.abort(), 200);
	await assert.rejects(reader.read(), {name: 'AbortError'});

	const stalled = await call(fake, '/models');
	const rest = stalled.text().catch((error: unknown) => error);
	const started = performance.now();
	await fake.close();
	assert.ok(performance.now() - started < 10_000, 'close() did not wait for the stalled body');
	assert.ok(await rest instanceof Error);
});

test('malformed_json: 200 application/json that does not parse', async () => {
	await withFake('malformed_json', async fake => {
		const response = await call(fake, '/user/balance');
		assert.equal(response.status, 200);
		assert.equal(response.headers.get('content-type'), 'application/json');
		const text = await response.text();
		assert.match(text, /^\{"is_available"/);
		assert.throws(() => JSON.parse(text), SyntaxError);
	});
});

test('redirect_…: a 3xx with a Location on every path, as nginx and Cloudflare Access send it; the fake follows nothing', async () => {
	const expected: Array<[string, number, (path: string, origin: string) => RegExp, RegExp]> = [
		['redirect_website', 301, () => /^https:\/\/www\.deepseek\.com\/$/, /<title>301 Moved Permanently<\/title>[\s\S]*<center>nginx<\/center>/],
		['redirect_login', 302, path => new RegExp(`^https://acme\\.cloudflareaccess\\.com/cdn-cgi/access/login/ai\\.acme-corp\\.example\\?kid=[0-9a-f]{64}&redirect_url=${encodeURIComponent(path)}&meta=`), /^$/],
		['redirect_path', 301, path => new RegExp(`^/api/v1${path}$`), /<title>301 Moved Permanently<\/title>/],
	];
	for (const [name, status, location, page] of expected) {
		await withFake(name as ScenarioName, async fake => {
			for (const [path, method] of [['/models', 'GET'], ['/user/balance', 'GET'], ['/chat/completions', 'POST']] as const) {
				const response = await fetch(fake.baseUrl + path, {method, redirect: 'manual', headers: {authorization: `Bearer ${fakeKey}`}});
				assert.equal(response.status, status, `${name} ${path}`);
				assert.match(response.headers.get('location') ?? '', location(path, fake.baseUrl), `${name} ${path}`);
				assert.match(await response.text(), page, `${name} ${path}`);
			}
			assert.equal(fake.requests.length, 3, 'only the calls made: nothing followed');
		});
	}
});

test('html_portal: 200 text/html on every path', async () => {
	await withFake('html_portal', async fake => {
		for (const response of [await call(fake, '/user/balance'), await chat(fake), await fetch(fake.statusUrl)]) {
			assert.equal(response.status, 200);
			assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
			assert.match(await response.text(), /<html>/);
		}
	});
});

test('huge_body: a JSON body streams for many megabytes (read 5 MB, then abort)', async () => {
	await withFake('huge_body', async fake => {
		const controller = new AbortController();
		const response = await call(fake, '/user/balance', {signal: controller.signal});
		assert.equal(response.status, 200);
		assert.equal(response.headers.get('content-type'), 'application/json');
		assert.equal(response.headers.get('content-length'), null);
		const reader = response.body!.getReader();
		let received = 0;
		let start = '';
		while (received < 5 * 1024 * 1024) {
			const {value, done} = await reader.read();
			assert.equal(done, false, 'the body ended before 5 MB');
			if (start === '') start = new TextDecoder().decode(value.subarray(0, 20));
			received += value.length;
		}
		controller.abort();
		assert.match(start, /^\{"object":"list"/);
	});
});

test('queued_keepalive: blank lines and keep-alive comments come before the JSON', async () => {
	await withFake('queued_keepalive', async fake => {
		const text = await (await call(fake, '/user/balance')).text();
		assert.ok(text.startsWith(keepAlivePrelude));
		assert.match(text, /^\n+: keep-alive\n/);
		assert.deepEqual(JSON.parse(text.slice(keepAlivePrelude.length)), balanceBody(true, 'CNY', '47.44', '0.00', '47.44'));
		const completion = await (await chat(fake)).text();
		assert.equal((JSON.parse(completion.slice(keepAlivePrelude.length)) as {object: string}).object, 'chat.completion');
	});
});

test('latencyMs delays every answer', async () => {
	await withFake('ok', async fake => {
		const started = performance.now();
		assert.equal((await call(fake, '/user/balance')).status, 200);
		assert.ok(performance.now() - started >= 195, 'the answer was delayed');
		const statusStarted = performance.now();
		assert.equal((await fetch(fake.statusUrl)).status, 200);
		assert.ok(performance.now() - statusStarted >= 195, 'the status page too');
	}, 200);
});

test('setScenario and POST /__scenario/<name> switch scenarios while running', async () => {
	await withFake('ok', async fake => {
		fake.setScenario('zero_balance');
		assert.equal(fake.scenario, 'zero_balance');
		await deepseekAnswer(await chat(fake), 402);
		const switched = await fetch(`${fake.baseUrl}/__scenario/rate_limited`, {method: 'POST'});
		assert.equal(switched.status, 200);
		assert.equal(await (await fetch(`${fake.baseUrl}/__scenario`)).text(), 'rate_limited\n');
		await deepseekAnswer(await call(fake, '/models'), 429);
		assert.equal((await fetch(`${fake.baseUrl}/__scenario/nonsense`, {method: 'POST'})).status, 404);
		assert.equal(fake.scenario, 'rate_limited');
		assert.ok(fake.requests.every(request => !request.path.startsWith('/__scenario')), 'control calls are not recorded');
	});
});

test('openai_relay: OpenAI models, Invalid URL for /user/balance, 429 insufficient_quota', async () => {
	await withFake('openai_relay', async fake => {
		const models = await jsonOf(await call(fake, '/v1/models')) as {data: {id: string; owned_by: string}[]};
		assert.ok(models.data.some(model => model.id === 'gpt-4o'));
		assert.ok(models.data.every(model => ['openai', 'system'].includes(model.owned_by)));
		const balance = await call(fake, '/user/balance');
		assert.equal(balance.status, 404);
		assert.equal((await jsonOf(balance) as {error: {message: string}}).error.message, 'Invalid URL (GET /user/balance)');
		const refused = await chat(fake, '/v1/chat/completions');
		assert.equal(refused.status, 429);
		assert.deepEqual(await jsonOf(refused), {error: {
			message: 'You exceeded your current quota, please check your plan and billing details.',
			type: 'insufficient_quota',
			param: null,
			code: 'insufficient_quota',
		}});
		assert.equal((await call(fake, '/v1/models', {key: 'sk-' + 'ab'.repeat(20)})).status, 401);
	});
});

test('openrouter_limit_zero: key limit 0, models with slugs and pricing, 402 with limit_source', async () => {
	await withFake('openrouter_limit_zero', async fake => {
		for (const path of ['/api/v1/models', '/models']) {
			const models = await jsonOf(await call(fake, path, {key: null})) as {data: {id: string; canonical_slug: string; pricing: {prompt: string}}[]};
			const v3 = models.data.find(model => model.id === 'deepseek/deepseek-chat-v3-0324');
			assert.equal(v3?.canonical_slug, 'deepseek/deepseek-chat-v3-0324');
			assert.equal(typeof v3?.pricing.prompt, 'string');
		}
		const key = await jsonOf(await call(fake, '/api/v1/key')) as {data: {limit: number | null; limit_remaining: number | null}};
		assert.equal(key.data.limit, 0);
		assert.equal(key.data.limit_remaining, 0);
		const refused = await chat(fake, '/api/v1/chat/completions', {...probe, model: 'deepseek/deepseek-chat-v3-0324'});
		assert.equal(refused.status, 402);
		const body = await jsonOf(refused) as {error: {code: number; message: string; metadata: {limit_source: string}}};
		assert.equal(body.error.code, 402);
		assert.equal(body.error.message, 'Insufficient credits. Add more using https://openrouter.ai/settings/credits');
		assert.equal(body.error.metadata.limit_source, 'openrouter_key_limit');
		assert.equal((await call(fake, '/api/v1/key', {key: null})).status, 401);
		assert.equal((await call(fake, '/user/balance')).status, 404);
	});
});

test('openrouter_no_limit: limit null, /credits refused for an ordinary key, chat works', async () => {
	await withFake('openrouter_no_limit', async fake => {
		const key = await jsonOf(await call(fake, '/api/v1/key')) as {data: {limit: null; limit_remaining: null; usage: number}};
		assert.equal(key.data.limit, null);
		assert.equal(key.data.limit_remaining, null);
		assert.ok(key.data.usage > 0);
		assert.equal((await call(fake, '/api/v1/credits')).status, 403);
		const completion = await chat(fake, '/api/v1/chat/completions', {...probe, model: 'deepseek/deepseek-chat-v3-0324'});
		assert.equal(completion.status, 200);
		assert.equal((await jsonOf(completion) as {usage: {completion_tokens: number}}).usage.completion_tokens, 1);
		assert.equal((await chat(fake, '/api/v1/chat/completions')).status, 400, 'a DeepSeek model id is not an OpenRouter one');
	});
});

test('siliconflow_410: /v1/user/info is gone, Pro models need paid balance', async () => {
	await withFake('siliconflow_410', async fake => {
		const models = await jsonOf(await call(fake, '/v1/models')) as {data: {id: string}[]};
		const ids = models.data.map(model => model.id);
		assert.ok(ids.includes('deepseek-ai/DeepSeek-V3') && ids.includes('Pro/deepseek-ai/DeepSeek-R1'));
		assert.equal((await call(fake, '/v1/user/info')).status, 410);
		const refused = await chat(fake, '/v1/chat/completions', {...probe, model: 'Pro/deepseek-ai/DeepSeek-R1'});
		assert.equal(refused.status, 403);
		assert.deepEqual(await jsonOf(refused), {
			code: 30011,
			message: 'The selected model requires paid balance. Your paid balance is insufficient. Please top up and try again.',
			data: null,
		});
		assert.equal((await chat(fake, '/v1/chat/completions', {...probe, model: 'deepseek-ai/DeepSeek-V3'})).status, 200);
	});
});

test('one_api_exhausted: fingerprint, billing in USD, SPA page, 401 该令牌额度已用尽', async () => {
	await withFake('one_api_exhausted', async fake => {
		const status = await jsonOf(await call(fake, '/api/status', {key: null})) as {success: boolean; data: Record<string, unknown>};
		assert.equal(status.success, true);
		assert.equal(status.data.system_name, 'One API');
		assert.equal(status.data.version, 'v0.6.10');
		assert.equal(status.data.quota_per_unit, 500_000);
		assert.equal(status.data.display_in_currency, true);
		assert.equal(status.data.top_up_link, 'https://shop.example.com/topup');
		for (const prefix of ['', '/v1']) {
			const subscription = await jsonOf(await call(fake, `${prefix}/dashboard/billing/subscription`)) as {hard_limit_usd: number};
			assert.equal(subscription.hard_limit_usd, 10);
			assert.deepEqual(await jsonOf(await call(fake, `${prefix}/dashboard/billing/usage`)), {object: 'list', total_usage: 1000});
		}
		// Its API answers under /v1 only: the root's /user/balance and /models are its web app (docs/relays.md).
		for (const path of ['/user/balance', '/models']) {
			const page = await call(fake, path);
			assert.equal(page.status, 200);
			assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
		}
		const missing = await call(fake, '/v1/user/balance');
		assert.equal(missing.status, 404);
		assert.equal((await jsonOf(missing) as {error: {message: string}}).error.message, 'Invalid URL (GET /v1/user/balance)');
		const models = await jsonOf(await call(fake, '/v1/models')) as {data: {owned_by: string}[]};
		assert.ok(models.data.some(model => model.owned_by === 'deepseek'));
		const refused = await chat(fake, '/v1/chat/completions');
		assert.equal(refused.status, 401);
		const body = await jsonOf(refused) as {error: {message: string; type: string}};
		assert.match(body.error.message, /^该令牌额度已用尽 \(request id: \d{19}\)$/);
		assert.equal(body.error.type, 'one_api_error');
	});
});

test('one_api_user_banned / one_api_token_disabled: the fingerprint answers, every call with the key is refused as one-api\'s TokenAuth does', async () => {
	for (const [scenario, status, message] of [['one_api_user_banned', 403, '用户已被封禁'], ['one_api_token_disabled', 401, '该令牌状态不可用']] as const) {
		await withFake(scenario, async fake => {
			const statusPage = await jsonOf(await call(fake, '/api/status', {key: null})) as {success: boolean; data: Record<string, unknown>};
			assert.equal(statusPage.data.system_name, 'One API');
			for (const [method, path] of [['GET', '/v1/models'], ['GET', '/dashboard/billing/subscription'], ['GET', '/v1/dashboard/billing/usage'], ['POST', '/v1/chat/completions']] as const) {
				const refused = method === 'POST' ? await chat(fake, path) : await call(fake, path);
				assert.equal(refused.status, status, `${scenario}: ${method} ${path}`);
				const body = await jsonOf(refused) as {error: {message: string; type: string}};
				assert.match(body.error.message, new RegExp(`^${message} \\(request id: \\d{19}\\)$`));
				assert.equal(body.error.type, 'one_api_error');
			}
			// An unknown token is still only an invalid one.
			assert.equal((await call(fake, '/v1/models', {key: 'sk-unknown'})).status, 401);
		});
	}
});

test('new_api_exhausted: generic 401 无效的令牌, billing errors as 200, token usage at zero', async () => {
	await withFake('new_api_exhausted', async fake => {
		const status = await jsonOf(await call(fake, '/api/status', {key: null})) as {data: Record<string, unknown>};
		assert.equal(status.data.system_name, 'New API');
		assert.match(String(status.data.version), /^v0\.9\./);
		const invalid = {error: {message: '无效的令牌', type: 'new_api_error'}};
		const refused = await chat(fake, '/v1/chat/completions');
		assert.equal(refused.status, 401);
		assert.deepEqual(await jsonOf(refused), invalid);
		const billing = await call(fake, '/v1/dashboard/billing/subscription');
		assert.equal(billing.status, 200);
		assert.deepEqual(await jsonOf(billing), invalid);
		assert.deepEqual(await jsonOf(await call(fake, '/api/usage/token/')), {code: true, message: 'ok', data: {
			object: 'token_usage', name: 'my-token', total_granted: 500_000, total_used: 500_000, total_available: 0,
			unlimited_quota: false, model_limits: {}, model_limits_enabled: false, expires_at: 0,
		}});
		const unknownKey = await call(fake, '/api/usage/token/', {key: 'sk-' + 'ab'.repeat(20)});
		assert.equal(unknownKey.status, 401);
		assert.deepEqual(await jsonOf(await chat(fake, '/v1/chat/completions', probe, 'sk-' + 'ab'.repeat(20))), invalid);
	});
});

test('new_api_user_quota: 403 insufficient_user_quota while the token still has quota', async () => {
	await withFake('new_api_user_quota', async fake => {
		const refused = await chat(fake, '/v1/chat/completions');
		assert.equal(refused.status, 403);
		const body = await jsonOf(refused) as {error: {message: string; type: string; code: string}};
		assert.equal(body.error.message, '用户额度不足, 剩余额度: 0');
		assert.equal(body.error.type, 'new_api_error');
		assert.equal(body.error.code, 'insufficient_user_quota');
		const usage = await jsonOf(await call(fake, '/api/usage/token/')) as {data: {total_available: number}};
		assert.ok(usage.data.total_available > 0);
	});
});

test('together, fireworks, ark, dashscope: their model ids, no /user/balance, their exhausted errors', async () => {
	const cases: [ScenarioName, string, string, number, (body: never) => unknown, unknown][] = [
		['together_credit_limit', '/v1', 'deepseek-ai/DeepSeek-V3', 402, (body: {error: {type: string}}) => body.error.type, 'credit_limit'],
		['fireworks_suspended', '/inference/v1', 'accounts/fireworks/models/deepseek-v3', 412, (body: {error: {code: string}}) => body.error.code, 'PRECONDITION_FAILED'],
		['ark_overdue', '/api/v3', 'deepseek-v3-1-250821', 403, (body: {error: {code: string}}) => body.error.code, 'AccountOverdueError'],
		['dashscope_arrearage', '/compatible-mode/v1', 'deepseek-v3', 400, (body: {error: {code: string}}) => body.error.code, 'Arrearage'],
	];
	for (const [scenario, prefix, modelId, status, field, expected] of cases) {
		await withFake(scenario, async fake => {
			const models = await jsonOf(await call(fake, `${prefix}/models`)) as {data?: {id: string}[]} | {id: string}[];
			const ids = (Array.isArray(models) ? models : models.data ?? []).map(model => model.id);
			assert.ok(ids.includes(modelId), scenario);
			assert.equal((await call(fake, '/user/balance')).status, 404, scenario);
			const refused = await chat(fake, `${prefix}/chat/completions`, {...probe, model: modelId});
			assert.equal(refused.status, status, scenario);
			assert.equal(field(await jsonOf(refused) as never), expected, scenario);
		});
	}
});

/** A real answer of the corpus `file` (test/fixtures/), by its id. */
async function realAnswer(file: string, id: string): Promise<{status: number; body: string}> {
	const corpus = JSON.parse(await readFile(path.resolve(import.meta.dirname, '..', 'fixtures', file), 'utf8')) as {entries: Array<{id: string; status: number; body: string}>};
	const entry = corpus.entries.find(item => item.id === id);
	assert.ok(entry, id);
	return entry;
}

test('the model refusals and rate limits of Ark, Model Studio and AiHubMix: their models with the key, no /user/balance, and chat the corpus entry\'s status and body, byte for byte', async () => {
	const cases: Array<[ScenarioName, string, string, string]> = [
		['ark_service_not_open', '/api/v3', 'deepseek-v3-1-250821', 'volcengine-ark-403-service-not-open-doc'],
		['ark_model_id_disabled', '/api/v3', 'deepseek-v3-1-250821', 'volcengine-ark-404-model-id-access-disabled-doc'],
		['dashscope_rate_limited', '/compatible-mode/v1', 'deepseek-v3', 'dashscope-429-exceeded-current-quota-tpm-doc'],
		['aihubmix_incorrect_model', '/v1', 'deepseek-v3.2', 'aihubmix-503-incorrect-model-id-doc'],
		['aihubmix_provider_rate_limit', '/v1', 'deepseek-v3.2', 'aihubmix-503-rate-limited-by-provider-doc'],
	];
	for (const [name, prefix, modelId, id] of cases) {
		const entry = await realAnswer('real-errors.json', id);
		await withFake(name, async fake => {
			const models = await jsonOf(await call(fake, `${prefix}/models`)) as {data: Array<{id: string}>};
			assert.ok(models.data.some(model => model.id === modelId), name);
			assert.equal((await call(fake, '/user/balance')).status, 404, name);
			const refused = await chat(fake, `${prefix}/chat/completions`, {...probe, model: modelId});
			assert.equal(refused.status, entry.status, name);
			assert.equal(await refused.text(), entry.body, name);
		});
	}
});

test('opencode_zen_own_app_only: its models with the key, no /user/balance, and chat 403 with the corpus entry\'s FreeTierError body, byte for byte', async () => {
	const entry = await realAnswer('real-errors.json', 'opencode-zen-403-free-tier-only-from-within-opencode');
	await withFake('opencode_zen_own_app_only', async fake => {
		assert.equal((await call(fake, '/zen/v1/models')).status, 200);
		assert.equal((await call(fake, '/user/balance')).status, 404);
		const refused = await chat(fake, '/zen/v1/chat/completions');
		assert.equal(refused.status, entry.status);
		assert.match(refused.headers.get('content-type') ?? '', /^application\/json/);
		assert.equal(await refused.text(), entry.body);
	});
});

test('opencode_zen_no_payment_method: chat 401 CreditsError whose message is the corpus entry\'s words, its billing page included', async () => {
	const entry = await realAnswer('real-errors.json', 'opencode-zen-401-no-payment-method-own-deepseek-key');
	await withFake('opencode_zen_no_payment_method', async fake => {
		const refused = await chat(fake, '/zen/v1/chat/completions');
		assert.equal(refused.status, entry.status);
		assert.deepEqual(await refused.json(), {type: 'error', error: {type: 'CreditsError', message: entry.body}});
	});
});

test('usd_empty_cny_funded: /user/balance answers the real two-currency body (an empty USD row, then 71.46 CNY), value for value', async () => {
	const entry = await realAnswer('real-balances.json', 'deepseek-usd-empty-cny-funded-hermes-resetwatch');
	await withFake('usd_empty_cny_funded', async fake => {
		const answer = await call(fake, '/user/balance');
		assert.equal(answer.status, entry.status);
		assert.deepEqual(await answer.json(), JSON.parse(entry.body));
	});
});

/** The scenarios that break a common path on purpose: a reset, or no answer within the test's 300 ms. */
const brokenOnPurpose: Partial<Record<ScenarioName, {api?: 'reset' | 'timeout'; status?: 'reset'}>> = {
	connection_reset: {api: 'reset', status: 'reset'},
	slow: {api: 'timeout'},
	status_unreachable: {status: 'reset'},
};

/** How a fetch failed: 'reset' (the socket closed without an answer) or 'timeout' (the signal's deadline). */
function failureOf(error: unknown): string {
	if (error instanceof DOMException && error.name === 'TimeoutError') return 'timeout';
	const code = error instanceof TypeError && error.cause instanceof Error ? (error.cause as Error & {code?: string}).code : undefined;
	return code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' ? 'reset' : `unexpected: ${String(error)} (${String(code)})`;
}

test('no scenario trips over its own feet on the common paths; the broken ones fail exactly as meant', async () => {
	for (const scenario of scenarioNames) {
		await withFake(scenario, async fake => {
			const broken = brokenOnPurpose[scenario] ?? {};
			// A short deadline only where the fake is meant to stall; elsewhere a generous one, so
			// that a busy machine's slow answer is never taken for a timeout.
			const deadline = (expected: string | undefined) => AbortSignal.timeout(expected === 'timeout' ? 300 : 10_000);
			const attempts: Array<[string, string | undefined, () => Promise<Response>]> = [
				['GET /user/balance', broken.api, () => call(fake, '/user/balance', {signal: deadline(broken.api)})],
				['GET /v1/models', broken.api, () => call(fake, '/v1/models', {signal: deadline(broken.api)})],
				['POST /chat/completions', broken.api, () => call(fake, '/chat/completions', {method: 'POST', body: probe, signal: deadline(broken.api)})],
				['GET the status page', broken.status, () => fetch(fake.statusUrl, {signal: deadline(broken.status)})],
			];
			for (const [what, expected, attempt] of attempts) {
				const outcome = await attempt().then(response => response, (error: unknown) => failureOf(error));
				if (typeof outcome === 'string') {
					assert.equal(outcome, expected, `${scenario}: ${what} failed`);
					continue;
				}
				assert.equal(expected, undefined, `${scenario}: ${what} answered HTTP ${outcome.status}, expected a ${expected}`);
				assert.notEqual(outcome.status, 599, `${scenario}: ${what}: the fake itself failed`);
				await outcome.body?.cancel();
			}
		});
	}
});

test('npm run fake: prints the export line, answers, and stops on SIGTERM', async () => {
	const child = spawn(process.execPath, ['--import', 'tsx', 'test/fake/cli.ts', 'usd'], {stdio: ['ignore', 'pipe', 'pipe']});
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => {
		stderr += chunk.toString();
	});
	try {
		const [line] = await once(createInterface({input: child.stdout}), 'line') as [string];
		const match = /^export DEEPSEEK_BASE_URL=(\S+) DEEPSEEK_STATUS_URL=(\S+) DEEPSEEK_API_KEY=(\S+)$/.exec(line);
		assert.ok(match, line);
		const [, baseUrl, statusUrl, key] = match;
		assert.equal(statusUrl, `${baseUrl}/status/summary`);
		const response = await fetch(`${baseUrl}/user/balance`, {headers: {authorization: `Bearer ${key}`}});
		assert.deepEqual(await jsonOf(response), balanceBody(true, 'USD', '12.37', '0.00', '12.37'));
		const exited = once(child, 'exit');
		child.kill('SIGTERM');
		const [code] = await exited as [number | null];
		assert.equal(code, 0);
		assert.match(stderr, /GET \/user\/balance → 200 \(key sk-…cdef\)/);
		assert.ok(!stderr.includes(key!), 'the key is never logged whole');
	} finally {
		if (child.exitCode === null) child.kill('SIGKILL');
	}
});

test('npm run fake: an unknown scenario lists the known ones and exits 2', async () => {
	const child = spawn(process.execPath, ['--import', 'tsx', 'test/fake/cli.ts', 'no_such_thing'], {stdio: ['ignore', 'pipe', 'pipe']});
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => {
		stderr += chunk.toString();
	});
	const [code] = await once(child, 'exit') as [number | null];
	assert.equal(code, 2);
	assert.match(stderr, /Unknown scenario "no_such_thing"/);
	for (const name of scenarioNames) assert.ok(stderr.includes(name), name);
});
