// `deepseek-fix check --json` (the built CLI) against the local fake, one row per scenario:
// the verdict, the exit code, the JSON shape, and the key never whole in any output.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {fakeKey, type ScenarioName} from '../fake/server.js';
import {runCli} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

type Row = {scenario: ScenarioName; verdict: string; code: 0 | 1; args?: string[]; provider?: string; also?: (json: CheckJson) => void};

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

const rows: Row[] = [
	{scenario: 'ok', verdict: 'ok', code: 0, also: json => {
		assert.deepEqual(json.balance, {isAvailable: true, balances: [{currency: 'CNY', total: '47.44', granted: '0.00', toppedUp: '47.44'}]});
		assert.equal(check(json, 'probe').status, 'skip');
	}},
	{scenario: 'queued_keepalive', verdict: 'ok', code: 0},
	{scenario: 'zero_balance', verdict: 'insufficient_balance', code: 1, also: json => {
		assert.equal(check(json, 'balance').status, 'fail');
		assert.ok(json.fixes.some(fix => fix.url === 'https://platform.deepseek.com/top_up'));
	}},
	{scenario: 'bonus_only', verdict: 'ok', code: 0, also: json => {
		assert.equal(check(json, 'balance').status, 'warn');
		assert.match(check(json, 'balance').summary, /bonus/);
	}},
	{scenario: 'usd', verdict: 'ok', code: 0, also: json => assert.equal(json.balance?.balances[0]?.currency, 'USD')},
	{scenario: 'low_balance', verdict: 'ok', code: 0, also: json => assert.equal(check(json, 'balance').status, 'warn')},
	{scenario: 'invalid_key', verdict: 'invalid_key', code: 1, also: json => {
		assert.equal(check(json, 'auth').status, 'fail');
		assert.equal(check(json, 'auth').details.echoedLastFour, fakeKey.slice(-4));
	}},
	{scenario: 'key_echo', verdict: 'invalid_key', code: 1},
	{scenario: 'probe_402', verdict: 'ok', code: 0},
	{scenario: 'probe_402', args: ['--probe'], verdict: 'insufficient_balance', code: 1, also: json => {
		const probe = check(json, 'probe');
		assert.equal(probe.details.httpStatus, 402);
		assert.ok(typeof probe.details.traceId === 'string' && probe.details.traceId.length > 0);
		assert.ok(json.fixes.some(fix => fix.id === 'contact_support' && fix.title.includes(String(probe.details.traceId))));
	}},
	{scenario: 'rate_limited', verdict: 'rate_limited', code: 1},
	{scenario: 'server_error', verdict: 'server_error', code: 1},
	{scenario: 'overloaded', verdict: 'server_error', code: 1},
	{scenario: 'slow', args: ['--timeout', '400'], verdict: 'network_error', code: 1},
	{scenario: 'stalled_body', args: ['--timeout', '400'], verdict: 'network_error', code: 1},
	{scenario: 'connection_reset', verdict: 'network_error', code: 1},
	{scenario: 'malformed_json', verdict: 'wrong_endpoint', code: 1},
	{scenario: 'html_portal', verdict: 'wrong_endpoint', code: 1},
	{scenario: 'huge_body', verdict: 'wrong_endpoint', code: 1},
	{scenario: 'status_outage', verdict: 'service_outage', code: 1, also: json => assert.equal(check(json, 'service_status').status, 'fail')},
	{scenario: 'status_outage_api_down', verdict: 'service_outage', code: 1},
	{scenario: 'status_unreachable', verdict: 'ok', code: 0, also: json => assert.equal(check(json, 'service_status').status, 'skip')},
	{scenario: 'openai_relay', args: ['--probe'], verdict: 'relay_insufficient_balance', code: 1},
	{scenario: 'openai_relay', verdict: 'wrong_endpoint', code: 1},
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
			assert.equal(json.tool.name, 'deepseek-fix');
			assert.equal(json.baseUrl, fake.baseUrl);
			assert.ok(json.summary.length > 10);
			for (const item of json.checks) {
				assert.match(item.status, /^(pass|warn|fail|skip|error)$/);
				assert.equal(typeof item.durationMs, 'number');
				assert.ok(item.summary.length > 0, `${item.id} has a summary`);
			}
			if (row.verdict !== 'ok') assert.ok(json.fixes.length > 0, 'a problem comes with fixes');
			assert.ok(!run.stdout.includes(fakeKey) && !run.stderr.includes(fakeKey), 'the key never appears whole');
			assert.doesNotMatch(run.stderr, /at .+\(.+:\d+:\d+\)/, 'no stack trace');
			row.also?.(json);
		});
	}

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
});
