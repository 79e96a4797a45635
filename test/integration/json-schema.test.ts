// Every JSON document the built CLI prints, held to its published schema (docs/schema/,
// ajv in strict mode): `check --json --probe` and `balance --json` against every scenario
// of the fake DeepSeek (relays and gateways among them), then `config --json` on the
// settings those runs left; and the runs around them: no key, a host nothing answers at,
// `balance --wait`, Chinese, `config --path`, `config --reset`, an unusable settings file.
// A field the code prints that the schema does not know, or one it requires that the code
// leaves out, fails here.
import assert from 'node:assert/strict';
import {existsSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import type {ValidateFunction} from 'ajv/dist/2020.js';
import {scenarioNames, startFake, type FakeServer, type ScenarioName} from '../fake/server.js';
import {closedPort} from '../helpers/raw-server.js';
import {runCli, tempConfigDir} from '../helpers/run-cli.js';
import {describeErrors, schemaValidators, type SchemaName} from '../helpers/json-schemas.js';
import {fakeEnv} from '../helpers/with-fake.js';

/** Fakes running side by side, one per lane; each lane plays its scenarios one after another. */
const lanes = 3;
/** For the scenarios that never answer or never finish (a check then ends as a timeout: still a document). */
const neverDone: ReadonlySet<ScenarioName> = new Set(['slow', 'stalled_body', 'huge_body']);
const timeout = ['--timeout', '1000'];

const validators = schemaValidators();

/** The contract's check ids in its order, written out here: a reordered list in the code fails too. */
const contractOrder = ['key_present', 'key_format', 'network', 'endpoint', 'auth', 'balance', 'service_status', 'probe', 'key_exposure', 'usage_trend'];
const idsOf = (document: Record<string, unknown>) => (document.checks as Array<{id: string}>).map(check => check.id);

function assertValid(schema: SchemaName, stdout: string, what: string): Record<string, unknown> {
	let document: unknown;
	assert.doesNotThrow(() => (document = JSON.parse(stdout)), `${what}: one JSON document on stdout\n${stdout.slice(0, 500)}`);
	const validate: ValidateFunction = validators[schema];
	assert.ok(validate(document), `${what} does not match docs/schema/${schema}.schema.json:\n${describeErrors(validate.errors)}`);
	return document as Record<string, unknown>;
}

describe('the JSON documents match their schemas', () => {
	const fakes: FakeServer[] = [];
	before(async () => {
		for (let lane = 0; lane < lanes; lane++) fakes.push(await startFake({scenario: 'ok'}));
	});
	after(async () => {
		await Promise.all(fakes.map(fake => fake.close()));
	});

	test(`check --json --probe and balance --json for each of the fake's ${scenarioNames.length} scenarios, config --json on the settings they left`, async () => {
		const failures: string[] = [];
		const seen = {verdicts: new Set<unknown>(), providers: new Set<unknown>()};
		let remembered = 0;
		const play = async (fake: FakeServer, name: ScenarioName) => {
			fake.setScenario(name);
			const env = fakeEnv(fake, name);
			const deadline = neverDone.has(name) ? timeout : [];
			try {
				const checked = assertValid('check', (await runCli(['check', '--json', '--probe', ...deadline], env)).stdout, `${name}: check --json --probe`);
				assert.deepEqual(idsOf(checked), contractOrder, `${name}: check --json lists the ten checks in the contract's order`);
				seen.verdicts.add(checked.verdict);
				seen.providers.add((checked.provider as {id?: unknown} | null)?.id);
				const balance = idsOf(assertValid('balance', (await runCli(['balance', '--json', ...deadline], env)).stdout, `${name}: balance --json`));
				assert.deepEqual(balance, contractOrder.filter(id => balance.includes(id)), `${name}: balance --json keeps the same order`);
				// The settings those runs left (remembered readings); without a file it is the defaults, checked below.
				if (existsSync(path.join(env.DEEPSEEK_FIX_CONFIG_DIR ?? '', 'config.json'))) {
					assertValid('config', (await runCli(['config', '--json'], env)).stdout, `${name}: config --json`);
					remembered++;
				}
			} catch (error) {
				failures.push(error instanceof Error ? error.message : String(error));
			}
		};
		const queue = [...scenarioNames];
		await Promise.all(fakes.map(async fake => {
			for (let name = queue.shift(); name !== undefined; name = queue.shift()) await play(fake, name);
		}));
		assert.deepEqual(failures, []);
		// The sweep is wide: it meets many verdicts and services, not only DeepSeek's happy path.
		assert.ok(seen.verdicts.size >= 8, [...seen.verdicts].join(', '));
		assert.ok(seen.providers.size >= 5, [...seen.providers].join(', '));
		assert.ok(remembered >= 5, `config --json saw ${remembered} remembered settings`);
	});

	test('no key, and a host where nothing answers', async () => {
		const fake = fakes[0] as FakeServer;
		fake.setScenario('ok');
		const noKey = fakeEnv(fake, 'ok', {DEEPSEEK_API_KEY: undefined});
		const none = assertValid('check', (await runCli(['check', '--json', '--probe'], noKey)).stdout, 'no key: check --json');
		assert.equal(none.verdict, 'no_key');
		assert.equal(none.balance, null);
		assertValid('balance', (await runCli(['balance', '--json'], noKey)).stdout, 'no key: balance --json');
		const closed = fakeEnv(fake, 'ok', {DEEPSEEK_BASE_URL: `http://127.0.0.1:${await closedPort()}`});
		const unreachable = assertValid('check', (await runCli(['check', '--json', '--probe', ...timeout], closed)).stdout, 'nothing answers: check --json');
		assert.equal(unreachable.verdict, 'network_error');
		assertValid('balance', (await runCli(['balance', '--json', ...timeout], closed)).stdout, 'nothing answers: balance --json');
	});

	test('balance --wait --json (with its wait field) and a run in Chinese', async () => {
		const fake = fakes[1] as FakeServer;
		fake.setScenario('zero_balance');
		const env = fakeEnv(fake, 'zero_balance');
		const waited = assertValid('balance', (await runCli(['balance', '--wait', '--wait-max', '300ms', '--every', '100ms', '--json'], env)).stdout, 'balance --wait --json');
		assert.equal((waited.wait as {outcome?: unknown}).outcome, 'timed_out');
		assertValid('check', (await runCli(['check', '--json', '--lang', 'zh-CN'], env)).stdout, 'check --json --lang zh-CN');
	});

	test('config --json, --path --json, --reset --json and --forget-key --json: no file, a newer file set aside, a file with settings', async () => {
		const empty = {DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir()};
		const defaults = assertValid('config', (await runCli(['config', '--json'], empty)).stdout, 'config --json, no file');
		assert.equal(defaults.exists, false);
		assertValid('config', (await runCli(['config', '--path', '--json'], empty)).stdout, 'config --path --json');
		assertValid('config', (await runCli(['config', '--reset', '--json'], empty)).stdout, 'config --reset --json, no file');
		const newer = {DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir()};
		writeFileSync(path.join(newer.DEEPSEEK_FIX_CONFIG_DIR, 'config.json'), '{"schemaVersion": 99, "future": true}');
		const movedAside = assertValid('config', (await runCli(['config', '--json'], newer)).stdout, 'config --json, a newer file');
		assert.equal(typeof movedAside.notice, 'string');
		const leftover = assertValid('config', (await runCli(['config', '--reset', '--json'], newer)).stdout, 'config --reset --json, a copy set aside');
		assert.equal((leftover.leftovers as unknown[]).length, 1);
		const kept = {DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir()};
		writeFileSync(path.join(kept.DEEPSEEK_FIX_CONFIG_DIR, 'config.json'), JSON.stringify({schemaVersion: 1, baseUrl: 'https://api.deepseek.com', keySource: 'env', balanceHistory: [], alertThreshold: '5', alertCurrency: 'CNY', language: 'zh-CN', lastDiagnosis: {at: '2026-11-20T07:00:00.000Z', verdict: 'ok', summary: 'Your balance: 47.44 CNY', path: ['start=balance'], baseUrl: 'https://api.deepseek.com', language: 'en', account: '0123456789abcdef'}}));
		assertValid('config', (await runCli(['config', '--json'], kept)).stdout, 'config --json, a file with settings');
		assertValid('config', (await runCli(['config', '--forget-key', '--json'], empty)).stdout, 'config --forget-key --json, no file');
		const forgot = assertValid('config', (await runCli(['config', '--forget-key', '--json'], kept)).stdout, 'config --forget-key --json, no key');
		assert.equal(forgot.forgotten, false);
		const reset = assertValid('config', (await runCli(['config', '--reset', '--json'], kept)).stdout, 'config --reset --json, a file');
		assert.equal(reset.deleted, true);
	});
});
