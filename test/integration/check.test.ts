// `deepseek-fix check --json` (the built CLI) against the local fake, one row per scenario:
// the verdict, the exit code, the whole summary, the fixes, the JSON shape, and the key never whole in any output.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import {fakeKey, type ScenarioName} from '../fake/server.js';
import {runCli} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const packageVersion = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}).version;

type Row = {
	scenario: ScenarioName;
	args?: string[];
	verdict: string;
	code: 0 | 1;
	/** The whole summary; a function gets the fake's host (with its port). */
	summary: string | RegExp | ((host: string) => string | RegExp);
	/** The fix ids, in order. */
	fixes: string[];
	also?: (json: CheckJson) => void;
};

type CheckJson = {
	schemaVersion: number;
	tool: {name: string; version: string};
	baseUrl: string;
	verdict: string;
	summary: string;
	checks: Array<{id: string; status: string; summary: string; durationMs: number; details: Record<string, unknown>}>;
	balance: null | {isAvailable: boolean; balances: Array<{currency: string; total: string; granted: string | null; toppedUp: string | null}>; provider?: string; unlimited?: boolean};
	provider: null | {id: string; name: string; detectedBy: string; consoleUrl: string | null};
	fixes: Array<{id: string; title: string; url: string | null}>;
};

const check = (json: CheckJson, id: string) => {
	const found = json.checks.find(item => item.id === id);
	assert.ok(found, `check ${id} present`);
	return found;
};

const okSummary = 'No problem found. Balance: 47.44 CNY (granted 0.00, topped up 47.44).';
const keyRefused = 'The key was rejected (401). The server received this very key (…cdef) and refuses it: it was deleted, or it belongs to another account.';
const notDeepSeek = (host: string) => `${host} is not DeepSeek's API: your calls do not reach DeepSeek, so its balance and errors are not DeepSeek's.`;

const rows: Row[] = [
	{scenario: 'ok', verdict: 'ok', code: 0, summary: okSummary, fixes: [], also: json => {
		assert.deepEqual(json.balance, {isAvailable: true, balances: [{currency: 'CNY', total: '47.44', granted: '0.00', toppedUp: '47.44'}]});
		assert.equal(check(json, 'probe').status, 'skip');
	}},
	{scenario: 'queued_keepalive', verdict: 'ok', code: 0, summary: okSummary, fixes: []},
	{scenario: 'zero_balance', verdict: 'insufficient_balance', code: 1, summary: 'Calls fail because of your DeepSeek balance. 0.00 CNY (granted 0.00, topped up 0.00): nothing left to pay for calls.', fixes: ['top_up', 'check_transactions', 'check_account', 'set_alert'], also: json => {
		assert.equal(check(json, 'balance').status, 'fail');
		assert.ok(json.fixes.some(fix => fix.url === 'https://platform.deepseek.com/top_up'));
	}},
	{scenario: 'bonus_only', verdict: 'ok', code: 0, summary: 'Nothing blocks your calls, but 1 warning — Balance: 5.00 CNY (granted 5.00, topped up 0.00): all of it is bonus credit, which expires.', fixes: ['top_up', 'set_alert'], also: json => {
		assert.equal(check(json, 'balance').status, 'warn');
		assert.match(check(json, 'balance').summary, /bonus/);
	}},
	{scenario: 'usd', verdict: 'ok', code: 0, summary: 'No problem found. Balance: 12.37 USD (granted 0.00, topped up 12.37).', fixes: [], also: json => assert.equal(json.balance?.balances[0]?.currency, 'USD')},
	{scenario: 'low_balance', verdict: 'ok', code: 0, summary: 'Nothing blocks your calls, but 1 warning — Balance: 0.35 CNY (granted 0.00, topped up 0.35): below 1.00 CNY.', fixes: ['top_up', 'set_alert'], also: json => assert.equal(check(json, 'balance').status, 'warn')},
	{scenario: 'invalid_key', verdict: 'invalid_key', code: 1, summary: keyRefused, fixes: ['check_key_in_tool', 'create_key'], also: json => {
		assert.equal(check(json, 'auth').status, 'fail');
		assert.equal(check(json, 'auth').details.echoedLastFour, fakeKey.slice(-4));
	}},
	{scenario: 'key_echo', verdict: 'invalid_key', code: 1, summary: keyRefused, fixes: ['check_key_in_tool', 'create_key']},
	// The server got another key than this tool sent: something in between replaced it.
	{scenario: 'key_replaced', verdict: 'invalid_key', code: 1, summary: 'The key was rejected (401). This tool sent the key ending …cdef, but the server received one ending …3210: something between here and DeepSeek (a proxy or a relay) replaced it.', fixes: ['check_proxy', 'check_key_in_tool']},
	{scenario: 'probe_402', verdict: 'ok', code: 0, summary: okSummary, fixes: []},
	{scenario: 'probe_402', args: ['--probe'], verdict: 'insufficient_balance', code: 1, summary: /^DeepSeek refuses calls with 402 although the balance shows 47\.44 CNY \(granted 0\.00, topped up 47\.44\)\. This needs DeepSeek support \(give them trace id [0-9a-f]{32}\)\.$/, fixes: ['check_transactions', 'check_account', 'contact_support'], also: json => {
		const probe = check(json, 'probe');
		assert.equal(probe.details.httpStatus, 402);
		assert.match(String(probe.details.traceId), /^[0-9a-f]{32}$/);
		assert.ok(json.fixes.some(fix => fix.id === 'contact_support' && fix.title.includes(String(probe.details.traceId))));
	}},
	{scenario: 'rate_limited', verdict: 'rate_limited', code: 1, summary: 'DeepSeek answers 429 Rate Limit Reached: too many requests at once for this account. Whether the balance plays a part is unknown, as it could not be read (DeepSeek\'s 429 says "based on your remaining balance" when a low balance lowered the limit).', fixes: ['reduce_concurrency', 'status_page']},
	{scenario: 'server_error', verdict: 'server_error', code: 1, summary: 'DeepSeek answers HTTP 500 (server error): a problem on DeepSeek\'s side, not your balance.', fixes: ['retry_with_backoff', 'status_page']},
	{scenario: 'overloaded', verdict: 'server_error', code: 1, summary: 'DeepSeek answers HTTP 503 (server overloaded): a problem on DeepSeek\'s side, not your balance.', fixes: ['retry_with_backoff', 'status_page']},
	// The host takes the connection and only answers later than --timeout: reached and slow, never "could not be reached".
	{scenario: 'slow', args: ['--timeout', '400'], verdict: 'network_error', code: 1, summary: host => new RegExp(`^The API was reached but answers slowly: ${host.replace(/\./g, '\\.')} took the connection in \\d+ ms, then sent no answer within the time allowed \\(--timeout\\)\\. The service may be busy or overloaded\\.$`), fixes: ['retry_later', 'status_page'], also: json => {
		assert.equal(check(json, 'network').status, 'pass');
		assert.match(json.fixes[0]?.title ?? '', /^Try again with a longer --timeout/);
		// The same requests, the same words on the "Where calls go" row as on the others: connected, no answer in time.
		assert.equal(check(json, 'endpoint').summary, 'Connected, but no answer within 0.4 s: the service answers slowly; allow more time with --timeout.');
		assert.equal(check(json, 'endpoint').summary, check(json, 'auth').summary);
		assert.equal((check(json, 'endpoint').details.unanswered as {reason?: string}).reason, 'timeout');
	}},
	// Answers that began and stalled: the server was reached, and the endpoint check says so too.
	{scenario: 'stalled_body', args: ['--timeout', '1500'], verdict: 'network_error', code: 1, summary: host => `The API was reached, but its answers came back incomplete. ${host} started answering (HTTP 200) but stopped sending before the answer was complete (gave up after 1.5 s): try again later.`, fixes: ['check_network'], also: json => {
		const endpoint = check(json, 'endpoint');
		assert.match(endpoint.summary, /^127\.0\.0\.1:\d+ began to answer but never finished, so which service it is cannot be told\.$/);
		assert.equal(check(json, 'auth').details.partialHttpStatus, 200);
	}},
	// A sentence with a colon of its own follows the verdict's lead after a full stop: never "A: B: C".
	{scenario: 'connection_reset', verdict: 'network_error', code: 1, summary: host => `The API was reached, but the connection was cut before any answer. ${host} closed the connection without answering: a firewall, proxy or VPN may be cutting it; try again, or from another network.`, fixes: ['check_network', 'status_page']},
	{scenario: 'malformed_json', verdict: 'wrong_endpoint', code: 1, summary: host => `${host} sends answers no API client can read (HTTP 200 with broken or cut-off JSON when listing models): the base URL is probably wrong, or something in between breaks the answers.`, fixes: ['use_deepseek_base_url']},
	{scenario: 'html_portal', verdict: 'wrong_endpoint', code: 1, summary: notDeepSeek, fixes: ['use_deepseek_base_url']},
	// A redirect is read, never followed: where it leads says what to set.
	{scenario: 'redirect_website', verdict: 'wrong_endpoint', code: 1, summary: 'The base URL redirects (HTTP 301) to DeepSeek\'s website, www.deepseek.com, instead of answering: DeepSeek\'s API is at https://api.deepseek.com.', fixes: ['use_deepseek_base_url'], also: json => {
		assert.equal(check(json, 'auth').summary, 'HTTP 301 when listing models: it redirects to https://www.deepseek.com/ (not followed).');
		assert.deepEqual(check(json, 'auth').details.redirect, {status: 301, location: 'https://www.deepseek.com/'});
	}},
	{scenario: 'redirect_login', verdict: 'wrong_endpoint', code: 1, summary: 'The base URL redirects every call (HTTP 302) to a login page at acme.cloudflareaccess.com, made for people who sign in with a browser: API calls cannot pass it. Neither your key nor your balance is the matter.', fixes: ['ask_operator', 'use_deepseek_base_url'], also: json => {
		assert.deepEqual(check(json, 'balance').details.redirect, {status: 302, location: 'https://acme.cloudflareaccess.com/cdn-cgi/access/login/ai.acme-corp.example'});
		assert.match(json.fixes[0]?.title ?? '', /^Ask whoever runs 127\.0\.0\.1:\d+ for an address without the login page, or a service token to send with the calls$/);
	}},
	{scenario: 'redirect_path', verdict: 'wrong_endpoint', code: 1, summary: host => `The base URL redirects (HTTP 301) to http://${host}/api/v1/models instead of answering: the API answers at that address now.`, fixes: ['fix_base_url', 'use_deepseek_base_url'], also: json => {
		assert.match(json.fixes[0]?.title ?? '', /^Set the base URL to http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
	}},
	// Another domain, the same call: the service seems to have moved; never followed, so the key stayed here, and only its operator can say.
	{scenario: 'redirect_host', verdict: 'wrong_endpoint', code: 1, summary: 'The base URL redirects (HTTP 301) to the same API call at api.new-relay.example: the service seems to have moved there. This tool does not follow it, so your key was not sent there.', fixes: ['ask_operator', 'use_deepseek_base_url'], also: json => {
		assert.match(json.fixes[0]?.title ?? '', /^Ask whoever runs 127\.0\.0\.1:\d+ whether the service moved to https:\/\/api\.new-relay\.example; if it did, set that as the base URL \(your key goes to it with every call\)$/);
	}},
	// Compressed although nobody asked: read as the JSON it is.
	{scenario: 'gzip_answers', verdict: 'ok', code: 0, summary: okSummary, fixes: [], also: json => assert.equal(check(json, 'balance').summary, '47.44 CNY (granted 0.00, topped up 47.44)')},
	{scenario: 'huge_body', verdict: 'wrong_endpoint', code: 1, summary: host => `${host} sends answers no API client can read (HTTP 200 with an answer far too large to be an API response when listing models): the base URL is probably wrong, or something in between breaks the answers.`, fixes: ['use_deepseek_base_url']},
	{scenario: 'status_outage', verdict: 'service_outage', code: 1, summary: 'DeepSeek\'s status page reports trouble (full outage, API service). Your key and balance look fine: failing calls are most likely due to it.', fixes: ['status_page', 'retry_with_backoff'], also: json => assert.equal(check(json, 'service_status').status, 'fail')},
	{scenario: 'status_outage_api_down', verdict: 'service_outage', code: 1, summary: 'DeepSeek reports trouble on its status page (full outage, API service) and the API is failing: wait for it to recover.', fixes: ['status_page', 'retry_with_backoff']},
	{scenario: 'status_unreachable', verdict: 'ok', code: 0, summary: okSummary, fixes: [], also: json => assert.equal(check(json, 'service_status').status, 'skip')},
	{scenario: 'openai_relay', args: ['--probe'], verdict: 'relay_insufficient_balance', code: 1, summary: host => `Your calls go to ${host}, not DeepSeek, and your balance there is used up. Your DeepSeek balance does not matter for these calls.`, fixes: ['ask_operator', 'use_deepseek_base_url']},
	{scenario: 'openai_relay', verdict: 'wrong_endpoint', code: 1, summary: notDeepSeek, fixes: ['use_deepseek_base_url']},
	// A status page that cannot be read is "unknown", never an outage.
	{scenario: 'status_html', verdict: 'ok', code: 0, summary: okSummary, fixes: [], also: json => {
		const status = check(json, 'service_status');
		assert.equal(status.status, 'skip');
		assert.equal(status.summary, 'Unknown. The status page answered HTTP 200 without a readable summary.');
		assert.equal(status.details.worst, 'unknown');
		assert.equal(status.details.bodyProblem, 'not_json');
	}},
	// A degraded API is worth a warning, named in the summary, not a verdict while the calls work.
	{scenario: 'status_degraded', verdict: 'ok', code: 0, summary: 'Nothing blocks your calls, but 1 warning — DeepSeek status: degraded (API service) — responses slowing down.', fixes: ['status_page'], also: json => {
		const status = check(json, 'service_status');
		assert.equal(status.status, 'warn');
		assert.equal(status.summary, 'degraded (API service) — responses slowing down.');
		assert.deepEqual(status.details, {
			worst: 'degraded',
			components: [{name: 'API 服务', status: 'degraded'}, {name: '网页对话服务', status: 'operational'}],
			incidents: ['API 服务响应变慢'],
		});
	}},
	// An answer that refuses the request itself: unknown (no verdict names it), and support gets the failed call's trace id.
	{scenario: 'content_risk', args: ['--probe'], verdict: 'unknown', code: 1, summary: `DeepSeek's content moderation refused what the request says (HTTP 400 "Content Exists Risk"): not the key or the balance.`, fixes: ['change_request', 'contact_support'], also: json => {
		const probe = check(json, 'probe');
		assert.equal(probe.status, 'fail');
		assert.equal(probe.details.httpStatus, 400);
		assert.equal(probe.details.errorMessage, 'Content Exists Risk');
		assert.match(String(probe.details.traceId), /^[0-9a-f]{32}$/);
		// The first fix links DeepSeek's error codes page, as the wizard's Enter opens it.
		assert.equal(json.fixes[0]?.url, 'https://api-docs.deepseek.com/quick_start/error_codes');
		assert.deepEqual(json.fixes[1], {id: 'contact_support', title: `Write to DeepSeek support (api-service@deepseek.com) with trace id ${String(probe.details.traceId)}`, url: 'mailto:api-service@deepseek.com'});
	}},
	{scenario: 'content_risk', verdict: 'ok', code: 0, summary: okSummary, fixes: [], also: json => assert.equal(check(json, 'probe').status, 'skip')},
];

describe('check --json against the fake DeepSeek', () => {
	const running = useFake();

	for (const row of rows) {
		test(`${row.scenario}${row.args ? ` ${row.args.join(' ')}` : ''} → ${row.verdict}`, async () => {
			const fake = running();
			fake.setScenario(row.scenario);
			const run = await runCli(['check', '--json', ...(row.args ?? [])], fakeEnv(fake));
			const json = JSON.parse(run.stdout) as CheckJson;
			assert.equal(json.verdict, row.verdict, `${json.summary}\n${JSON.stringify(json.checks.map(c => [c.id, c.status, c.summary]), null, 1)}`);
			assert.equal(run.code, row.code);
			assert.equal(json.schemaVersion, 1);
			assert.deepEqual(json.tool, {name: 'deepseek-fix', version: packageVersion});
			assert.equal(json.baseUrl, fake.baseUrl);
			const host = new URL(fake.baseUrl).host;
			if (row.summary instanceof RegExp) assert.match(json.summary, row.summary);
			else {
				const expected = typeof row.summary === 'function' ? row.summary(host) : row.summary;
				if (expected instanceof RegExp) assert.match(json.summary, expected);
				else assert.equal(json.summary, expected);
			}
			assert.deepEqual(json.fixes.map(fix => fix.id), row.fixes);
			for (const item of json.checks) {
				assert.match(item.status, /^(pass|warn|fail|skip|error)$/);
				assert.equal(typeof item.durationMs, 'number');
				assert.ok(item.summary.length > 0, `${item.id} has a summary`);
			}
			assert.ok(!run.stdout.includes(fakeKey) && !run.stderr.includes(fakeKey), 'the key never appears whole');
			assert.doesNotMatch(run.stderr, /at .+\(.+:\d+:\d+\)/, 'no stack trace');
			row.also?.(json);
		});
	}

	test('a key from $(cat file) or a Windows .env, with quotes and a line end: the quotes are named, never "deleted, or another account"', async () => {
		const fake = running();
		fake.setScenario('ok');
		for (const key of [`"${fakeKey}"\r`, `"${fakeKey}"\n`, `'${fakeKey}'\r\n`]) {
			const run = await runCli(['check', '--json'], fakeEnv(fake, 'ok', {DEEPSEEK_API_KEY: key}));
			const json = JSON.parse(run.stdout) as CheckJson;
			assert.equal(json.verdict, 'invalid_key', JSON.stringify(key));
			assert.match(check(json, 'key_format').summary, /wrapped in quotes/, JSON.stringify(key));
			assert.match(check(json, 'auth').summary, /wrapped in quotes, and they were sent as part of it/, JSON.stringify(key));
		}
		// A line end alone is left out: the key is accepted, with a warning.
		const crlf = await runCli(['check', '--json'], fakeEnv(fake, 'ok', {DEEPSEEK_API_KEY: `${fakeKey}\r\n`}));
		const json = JSON.parse(crlf.stdout) as CheckJson;
		assert.equal(check(json, 'auth').status, 'pass');
		assert.match(check(json, 'key_format').summary, /line break around it/);
	});

	test('a full-width space, a BOM or a no-break space around the key: no program can send it so, though this tool leaves it out; not "Nothing to fix"', async () => {
		const fake = running();
		fake.setScenario('ok');
		for (const key of [`${fakeKey}\u3000`, `\ufeff${fakeKey}`, `${fakeKey}\u00a0\n`]) {
			const run = await runCli(['check', '--json'], fakeEnv(fake, 'ok', {DEEPSEEK_API_KEY: key}));
			const json = JSON.parse(run.stdout) as CheckJson;
			// This tool's own calls went through without them.
			assert.equal(check(json, 'auth').status, 'pass', JSON.stringify(key));
			assert.equal(json.verdict, 'invalid_key', JSON.stringify(key));
			assert.equal(run.code, 1);
			assert.match(json.summary, /^The key has characters around it that are not plain spaces \(U\+/, json.summary);
			assert.match(json.summary, /remove them where the key is set\.$/, json.summary);
			assert.deepEqual(json.fixes.map(fix => fix.id), ['check_key_in_tool']);
			assert.ok(!run.stdout.includes(fakeKey), 'the key never appears whole');
		}
	});

	test('a server that never answers is asked each endpoint once per run (the balance check reuses the timeout)', async () => {
		const fake = running();
		fake.setScenario('slow');
		const before = fake.requests.length;
		const run = await runCli(['check', '--json', '--timeout', '500'], fakeEnv(fake));
		const json = JSON.parse(run.stdout) as CheckJson;
		assert.equal(json.verdict, 'network_error');
		const asked = fake.requests.slice(before).map(request => `${request.method} ${request.path}`);
		for (const path of ['/user/balance', '/models', '/api/status']) {
			assert.equal(asked.filter(request => request === `GET ${path}`).length, 1, asked.join(', '));
		}
		assert.equal(check(json, 'balance').details.reason, 'timeout');
	});

	test('a base URL ending in /anthropic/v1: the checks go to the API\'s own paths, and the warning and fix say Claude Code needs it without /v1', async () => {
		const fake = running();
		fake.setScenario('ok');
		const before = fake.requests.length;
		const run = await runCli(['check', '--json', '--base-url', `${fake.baseUrl}/anthropic/v1`], fakeEnv(fake));
		const json = JSON.parse(run.stdout) as CheckJson;
		// Before, the key check listed /anthropic/v1/models: a 404, and "no clear cause" with DeepSeek's support to write to.
		assert.equal(json.verdict, 'ok', json.summary);
		const asked = fake.requests.slice(before).map(request => `${request.method} ${request.path}`);
		assert.ok(asked.includes('GET /models'), asked.join(', '));
		assert.ok(!asked.some(request => request.includes('/anthropic')), asked.join(', '));
		const endpoint = check(json, 'endpoint');
		assert.equal(endpoint.status, 'warn');
		assert.equal(endpoint.details.anthropicFormat, true);
		assert.deepEqual(endpoint.details.endpointPath, {path: '/v1', base: `${fake.baseUrl}/anthropic`});
		assert.match(endpoint.summary, /The base URL ends in \/anthropic\/v1, but Claude Code and Anthropic's SDKs add \/v1\/messages themselves \(so they call …\/v1\/v1\/messages\); only a tool that adds \/messages alone/);
		assert.doesNotMatch(endpoint.summary, /give them/, 'the URL to write is the fix\'s, not said twice');
		assert.deepEqual(json.fixes, [{id: 'fix_base_url', title: `Set the base URL to ${fake.baseUrl}/anthropic, without /v1, in Claude Code and other tools that add /v1/messages`, url: null}]);
	});

	test('a base URL pasted with /chat/completions: the checks and the paid call go to the right paths, and a warning says what tools need', async () => {
		const fake = running();
		fake.setScenario('ok');
		const before = fake.requests.length;
		const run = await runCli(['check', '--json', '--probe', '--base-url', `${fake.baseUrl}/v1/chat/completions`], fakeEnv(fake));
		const json = JSON.parse(run.stdout) as CheckJson;
		assert.equal(json.verdict, 'ok', json.summary);
		assert.equal(run.code, 0);
		const asked = fake.requests.slice(before).map(request => `${request.method} ${request.path}`);
		assert.ok(asked.includes('POST /v1/chat/completions'), asked.join(', '));
		assert.ok(!asked.some(request => request.includes('completions/')), asked.join(', '));
		assert.equal(check(json, 'probe').status, 'pass');
		const endpoint = check(json, 'endpoint');
		assert.equal(endpoint.status, 'warn');
		assert.deepEqual(endpoint.details.endpointPath, {path: '/chat/completions', base: `${fake.baseUrl}/v1`});
		assert.match(json.summary, /The base URL ends in \/chat\/completions, which SDKs and most tools add themselves/);
		assert.deepEqual(json.fixes, [{id: 'fix_base_url', title: `Set the base URL to ${fake.baseUrl}/v1, without /chat/completions, in tools that add that path themselves (SDKs and most tools)`, url: null}]);
	});

	test('a typo in the base URL\'s path (/vl for /v1), with --probe: 404 to both calls, and the first fix is to correct that path, whole at 60 and 40 columns in both languages', async () => {
		const fake = running();
		fake.setScenario('ok');
		const args = ['check', '--probe', '--base-url', `${fake.baseUrl}/vl`];
		const json = JSON.parse((await runCli([...args, '--json'], fakeEnv(fake))).stdout) as CheckJson;
		assert.equal(json.verdict, 'wrong_endpoint', json.summary);
		assert.deepEqual(json.fixes.map(fix => fix.id), ['fix_base_url', 'use_deepseek_base_url']);
		const first = {en: 'What to do: 1. Correct the path in the base URL to the address the service\'s docs give for API calls', 'zh-CN': '解决办法： 1. 按这个服务的文档给出的 API 调用地址改正 base URL 里的路径'};
		for (const language of ['en', 'zh-CN'] as const) {
			for (const columns of ['60', '40']) {
				const {stdout} = await runCli(args, fakeEnv(fake, 'ok', {DEEPSEEK_FIX_LANG: language, COLUMNS: columns}));
				const flat = (text: string) => text.replace(/\s+/g, '');
				assert.ok(flat(stdout).includes(flat(first[language])), `the path first (${language}, ${columns}):\n${stdout}`);
			}
		}
	});
});
