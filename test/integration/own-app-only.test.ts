// OpenCode Zen serving its free models only to OpenCode's own app, played as https://opencode.ai
// on 127.0.0.1 (test/fake/vendors.ts; map-hosts.mjs, the test certificate names the host):
// `check --json --probe` reads its 403 FreeTierError as neither the key nor the money.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {after, before, test} from 'node:test';
import {fakeKey, startFake, type FakeServer} from '../fake/server.js';
import {scenario} from '../fake/scenarios.js';
import {runCli} from '../helpers/run-cli.js';
import {mappedHostsEnv} from '../helpers/with-fake.js';

const host = 'opencode.ai';
const tlsDir = path.resolve(import.meta.dirname, '..', 'fixtures', 'tls');
const tls = {key: readFileSync(path.join(tlsDir, 'server-key.pem')), cert: readFileSync(path.join(tlsDir, 'server.pem'))};

type CheckJson = {verdict: string; summary: string; provider: null | {id: string}; fixes: Array<{id: string; title: string}>};

let fake: FakeServer;
before(async () => {
	fake = await startFake({scenario: 'opencode_zen_own_app_only', tls});
});
after(async () => {
	await fake.close();
});

test('OpenCode Zen\'s 403 FreeTierError: check --json --probe says unknown, its first fix use_own_app; never a top-up or a new key', async () => {
	const run = await runCli(['check', '--json', '--probe'], mappedHostsEnv({
		DEEPSEEK_BASE_URL: fake.baseUrl.replace('127.0.0.1', host) + (scenario('opencode_zen_own_app_only').basePath ?? ''),
		DEEPSEEK_STATUS_URL: fake.statusUrl,
		DEEPSEEK_FIX_LANG: 'en',
		TEST_LOOPBACK_HOSTS: host,
	}));
	assert.ok(!`${run.stdout}${run.stderr}`.includes(fakeKey), 'the key never appears whole');
	const json = JSON.parse(run.stdout) as CheckJson;
	assert.equal(json.provider?.id, 'opencode-zen');
	assert.equal(json.verdict, 'unknown', json.summary);
	assert.equal(json.fixes[0]?.id, 'use_own_app', JSON.stringify(json.fixes));
	assert.equal(json.fixes[0]?.title, 'Use OpenCode Zen only from its own app, or get a plan or key meant for API use');
	// Its console after "not the key, not the balance": what its plans allow, not "check your key, balance and settings".
	assert.deepEqual(json.fixes.slice(1).map(fix => fix.id), ['relay_console', 'use_deepseek_base_url']);
	assert.equal(json.fixes[1]?.title, 'In the OpenCode Zen console, see whether a plan of its takes API calls from other programs');
	assert.match(json.summary, /not from other programs such as yours/);
	const ids = json.fixes.map(fix => fix.id);
	for (const never of ['top_up', 'top_up_relay', 'create_key', 'rotate_key']) assert.ok(!ids.includes(never), JSON.stringify(ids));
	assert.match(json.summary, /free tier can only be used from within OpenCode/);
	assert.match(json.summary, /a new key or a top-up will not help/);
});
