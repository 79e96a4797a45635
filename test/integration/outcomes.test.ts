// Honest outcomes from the real command line: a blank DEEPSEEK_API_KEY is no key; a key
// committed to the repository the tool runs in is a problem of its own (key_exposed).
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {fakeKey} from '../fake/server.js';
import {runCli, tempConfigDir} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const fake = useFake();

type Document = {verdict: string; summary: string; checks: Array<{id: string; status: string; summary: string}>; fixes: Array<{id: string; url: string | null}>};

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

test('the key in use committed to this repository: verdict key_exposed, exit 1, the rotate-key fix in text, JSON and report', async () => {
	fake().setScenario('ok');
	const repo = tempConfigDir();
	execFileSync('git', ['init', '-q'], {cwd: repo});
	writeFileSync(path.join(repo, '.env'), `DEEPSEEK_API_KEY=${fakeKey}\n`);
	execFileSync('git', ['add', '.env'], {cwd: repo});
	const env = fakeEnv(fake(), 'ok');
	const json = await runCli(['check', '--json'], env, {cwd: repo});
	assert.equal(json.code, 1, json.stderr);
	const document = JSON.parse(json.stdout) as Document;
	assert.equal(document.verdict, 'key_exposed');
	assert.equal(document.fixes[0]?.id, 'rotate_key');
	assert.equal(document.fixes[0]?.url, 'https://platform.deepseek.com/api_keys');
	assert.ok(!json.stdout.includes(fakeKey));
	const text = await runCli(['check'], env, {cwd: repo});
	assert.equal(text.code, 1);
	assert.match(text.stdout, /Your API key is committed in files git tracks in this folder/);
	assert.match(text.stdout, /1\. Rotate the key/);
	const report = await runCli(['report'], env, {cwd: repo});
	assert.equal(report.code, 1);
	assert.match(report.stdout, /\*\*Verdict:\*\* Key leaked \(`key_exposed`\)/);
	assert.match(report.stdout, /`Rotate the key[^`]*`: <https:\/\/platform\.deepseek\.com\/api_keys>/);
	// The same repository without the key: nothing to report.
	writeFileSync(path.join(repo, '.env'), 'DEEPSEEK_API_KEY=\n');
	execFileSync('git', ['add', '.env'], {cwd: repo});
	assert.equal((await runCli(['check'], env, {cwd: repo})).code, 0);
});
