// Honest outcomes from the real command line: a blank DEEPSEEK_API_KEY is no key.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {runCli} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const fake = useFake();

type Document = {verdict: string; checks: Array<{id: string; status: string; summary: string}>};

test('DEEPSEEK_API_KEY of spaces: verdict no_key, exit 1, and the key line says the variable is set but blank', async () => {
	fake().setScenario('ok');
	const env = fakeEnv(fake(), 'ok', {DEEPSEEK_API_KEY: '   '});
	const json = await runCli(['check', '--json'], env);
	assert.equal(json.code, 1);
	const document = JSON.parse(json.stdout) as Document;
	assert.equal(document.verdict, 'no_key');
	const present = document.checks.find(check => check.id === 'key_present');
	assert.equal(present?.status, 'fail');
	assert.match(present?.summary ?? '', /DEEPSEEK_API_KEY is set but blank/);
	const text = await runCli(['check'], env);
	assert.equal(text.code, 1);
	assert.match(text.stdout, /DEEPSEEK_API_KEY is set but blank/);
	assert.equal(fake().requests.filter(request => request.authorization !== undefined).length, 0, 'no request went out with a key header');
});
