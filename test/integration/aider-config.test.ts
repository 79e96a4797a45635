// The built CLI run where Aider keeps its DeepSeek key in ~/.aider.conf.yml (api-key: deepseek=…)
// and its base URL in ~/.env, no DEEPSEEK_API_KEY in the shell, against the fake playing an empty
// balance: the key is named (masked, with its entry and file) and never sent on its own; the relay
// in ~/.env is an endpoint warning. In both languages; nothing holds the key whole.
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {fakeKey} from '../fake/server.js';
import {runCli} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const fake = useFake();
const root = mkdtempSync(path.join(tmpdir(), 'dsfix-aider-cli-'));
after(() => rmSync(root, {recursive: true, force: true}));
const home = path.join(root, 'home');
const project = path.join(root, 'project');
mkdirSync(home, {recursive: true});
mkdirSync(project, {recursive: true});

type Json = {verdict: string; fixes: Array<{id: string; title: string}>; checks: Array<{id: string; status: string; summary: string; details: Record<string, unknown>}>};
const checkOf = (json: Json, id: string) => json.checks.find(item => item.id === id);

test('no key in the shell, Aider\'s in ~/.aider.conf.yml and its base URL in ~/.env: check names them, masked, sends nothing with the key, in both languages', async () => {
	fake().setScenario('zero_balance');
	writeFileSync(path.join(home, '.aider.conf.yml'), `model: deepseek\napi-key:\n  - deepseek=${fakeKey}\n`);
	writeFileSync(path.join(home, '.env'), 'DEEPSEEK_API_BASE=https://relay.example/v1\n');
	const env = fakeEnv(fake(), 'zero_balance', {DEEPSEEK_API_KEY: undefined, HOME: home});
	const run = await runCli(['check', '--json'], env, {cwd: project});
	const json = JSON.parse(run.stdout) as Json;
	assert.deepEqual(checkOf(json, 'key_present')?.details['elsewhere'], [
		{name: 'api-key deepseek', masked: `sk-…${fakeKey.slice(-4)}`, inProjectEnv: false, source: 'aider', settingsFile: '~/.aider.conf.yml'},
	]);
	assert.equal(json.verdict, 'no_key');
	assert.equal(json.fixes[0]?.id, 'set_key');
	assert.match(json.fixes[0]?.title ?? '', /the deepseek= item under api-key in Aider's ~\/\.aider\.conf\.yml \(sk-…/);
	assert.deepEqual(checkOf(json, 'endpoint')?.details['elsewhere'], [{name: 'DEEPSEEK_API_BASE', url: 'https://relay.example', provider: null, source: 'aider', settingsFile: '~/.env'}]);
	assert.equal(checkOf(json, 'balance')?.details['sentLastFour'] ?? null, null, 'the key was not sent');
	const text = await runCli(['check'], env, {cwd: project});
	assert.match(text.stdout.replace(/\s+/g, ' '), /Aider's ~\/\.aider\.conf\.yml sets the deepseek= item under api-key to a DeepSeek-shaped key \(sk-…\w{4}\), the key Aider sends/);
	assert.match(text.stdout.replace(/\s+/g, ' '), /DEEPSEEK_API_BASE in Aider's ~\/\.env sends Aider's calls to relay\.example/);
	const zh = await runCli(['check', '--lang', 'zh-CN'], env, {cwd: project});
	assert.match(zh.stdout.replace(/\s+/g, ' '), /Aider 的 ~\/\.aider\.conf\.yml 把 api-key 下的 deepseek= 设为一个 DeepSeek 格式的 key/);
	assert.match(zh.stdout.replace(/\s+/g, ' '), /~\/\.env 里的 DEEPSEEK_API_BASE 会让 Aider 的调用发往 relay\.example/);
	for (const out of [run.stdout, run.stderr, text.stdout, text.stderr, zh.stdout, zh.stderr]) assert.ok(!out.includes(fakeKey), 'never whole');
});

test('Aider\'s AIDER_… variables: AIDER_API_KEY=deepseek=… in the environment, and a project .env sending an openai/ model to a relay (AIDER_OPENAI_API_BASE): check names them, the environment\'s as such, in both languages', async () => {
	fake().setScenario('zero_balance');
	const home2 = path.join(root, 'home2');
	const project2 = path.join(root, 'project2');
	mkdirSync(home2, {recursive: true});
	mkdirSync(project2, {recursive: true});
	// No Aider file in the home folder: what Aider sends comes from its variables alone.
	const env = fakeEnv(fake(), 'zero_balance', {DEEPSEEK_API_KEY: undefined, HOME: home2, AIDER_API_KEY: `deepseek=${fakeKey}`});
	const run = await runCli(['check', '--json'], env, {cwd: project2});
	const json = JSON.parse(run.stdout) as Json;
	assert.deepEqual(checkOf(json, 'key_present')?.details['elsewhere'], [
		{name: 'AIDER_API_KEY deepseek', masked: `sk-…${fakeKey.slice(-4)}`, inProjectEnv: false, source: 'aider', inEnvironment: true},
	]);
	assert.equal(json.fixes[0]?.id, 'set_key');
	assert.match(json.fixes[0]?.title ?? '', /the deepseek= item of AIDER_API_KEY in the environment \(sk-…/);
	const text = await runCli(['check'], env, {cwd: project2});
	assert.match(text.stdout.replace(/\s+/g, ' '), /the deepseek= item of AIDER_API_KEY in the environment holds a DeepSeek-shaped key \(sk-…\w{4}\), the key Aider sends/);
	// The project's .env makes the model an openai/ one at a relay: the key is AIDER_OPENAI_API_KEY's, the base URL the .env's.
	writeFileSync(path.join(project2, '.env'), 'AIDER_MODEL=openai/deepseek-chat\nAIDER_OPENAI_API_BASE=https://openrouter.ai/api/v1\n');
	const relayEnv = {...env, AIDER_API_KEY: undefined, AIDER_OPENAI_API_KEY: fakeKey, AIDER_MODEL: 'sonnet'};
	const atRelay = JSON.parse((await runCli(['check', '--json'], relayEnv, {cwd: project2})).stdout) as Json;
	assert.deepEqual(checkOf(atRelay, 'key_present')?.details['elsewhere'], [
		{name: 'AIDER_OPENAI_API_KEY', masked: `sk-…${fakeKey.slice(-4)}`, inProjectEnv: false, source: 'aider', inEnvironment: true},
	]);
	const bases = (checkOf(atRelay, 'endpoint')?.details['elsewhere'] ?? []) as Array<Record<string, unknown>>;
	assert.deepEqual(bases.map(({name, url, source, settingsFile, inEnvironment}) => ({name, url, source, settingsFile, inEnvironment})), [{name: 'AIDER_OPENAI_API_BASE', url: 'https://openrouter.ai/api', source: 'aider', settingsFile: '.env', inEnvironment: undefined}]);
	assert.match(atRelay.fixes[0]?.title ?? '', /the key in AIDER_OPENAI_API_KEY in the environment \(sk-…\w{4}\) and run deepseek-fix check --base-url https:\/\/openrouter\.ai\/api/);
	const zh = await runCli(['check', '--lang', 'zh-CN'], relayEnv, {cwd: project2});
	assert.match(zh.stdout.replace(/\s+/g, ' '), /但环境变量 AIDER_OPENAI_API_KEY 的值是/);
	assert.match(zh.stdout.replace(/\s+/g, ' '), /\.env 里的 AIDER_OPENAI_API_BASE 会让 Aider 的调用发往/);
	for (const out of [run.stdout, run.stderr, text.stdout, text.stderr, zh.stdout, zh.stderr]) assert.ok(!out.includes(fakeKey), 'never whole');
});
