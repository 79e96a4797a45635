// The built CLI run where Codex CLI keeps its DeepSeek provider in ~/.codex/config.toml, no DEEPSEEK_API_KEY in the
// shell, against the fake: the key its env_key names (or its bearer token) is named masked, with its setting and
// file, and never sent on its own; its base_url at a relay is an endpoint warning; --key-from codex checks it. In
// both languages; nothing holds the key whole.
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {fakeKey} from '../fake/server.js';
import {runCli} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const fake = useFake();
const root = mkdtempSync(path.join(tmpdir(), 'dsfix-codex-cli-'));
after(() => rmSync(root, {recursive: true, force: true}));
const home = path.join(root, 'home');
const project = path.join(root, 'project');
mkdirSync(path.join(home, '.codex'), {recursive: true});
mkdirSync(project, {recursive: true});
const config = (text: string) => writeFileSync(path.join(home, '.codex', 'config.toml'), text);

type Json = {verdict: string; fixes: Array<{id: string; title: string}>; checks: Array<{id: string; status: string; summary: string; details: Record<string, unknown>}>};
const checkOf = (json: Json, id: string) => json.checks.find(item => item.id === id);

test('no key in the shell, Codex\'s provider at a relay with env_key: check names the key and base URL, masked, sends nothing with the key, in both languages', async () => {
	fake().setScenario('zero_balance');
	config('model = "deepseek/deepseek-chat"\nmodel_provider = "deepseek"\n\n[model_providers.deepseek]\nname = "DeepSeek"\nbase_url = "https://openrouter.ai/api/v1"\nenv_key = "MY_DS_KEY"\n');
	const env = fakeEnv(fake(), 'zero_balance', {DEEPSEEK_API_KEY: undefined, HOME: home, MY_DS_KEY: fakeKey});
	const run = await runCli(['check', '--json'], env, {cwd: project});
	const json = JSON.parse(run.stdout) as Json;
	assert.deepEqual(checkOf(json, 'key_present')?.details['elsewhere'], [
		{name: 'model_providers.deepseek.env_key ($MY_DS_KEY)', masked: `sk-…${fakeKey.slice(-4)}`, inProjectEnv: false, source: 'codex', settingsFile: '~/.codex/config.toml'},
	]);
	assert.equal(json.verdict, 'no_key');
	assert.equal(json.fixes[0]?.id, 'set_key');
	assert.deepEqual(checkOf(json, 'endpoint')?.details['elsewhere'], [{name: 'model_providers.deepseek.base_url', url: 'https://openrouter.ai/api', provider: {id: 'openrouter', name: 'OpenRouter', consoleUrl: 'https://openrouter.ai/settings/credits', detectedBy: 'host'}, source: 'codex', settingsFile: '~/.codex/config.toml'}]);
	assert.equal(checkOf(json, 'balance')?.details['sentLastFour'] ?? null, null, 'the key was not sent');
	const text = await runCli(['check'], env, {cwd: project});
	// The key is in the variable env_key names, not in config.toml (which only names the variable): said as the variable.
	assert.match(text.stdout.replace(/\s+/g, ' '), /but MY_DS_KEY in the environment holds a DeepSeek-shaped key \(sk-…\w{4}\), the key Codex sends/);
	assert.doesNotMatch(text.stdout, /config\.toml sets/);
	const zh = await runCli(['check', '--lang', 'zh-CN'], env, {cwd: project});
	assert.match(zh.stdout.replace(/\s+/g, ' '), /但环境变量 MY_DS_KEY 的值是一个 DeepSeek 格式的 key/);
	assert.doesNotMatch(zh.stdout, /config\.toml 把/);
	for (const out of [run.stdout, run.stderr, text.stdout, text.stderr, zh.stdout, zh.stderr]) assert.ok(!out.includes(fakeKey), 'never whole');
});

test('check --key-from codex checks the bearer token Codex sends; without one, an argument error', async () => {
	fake().setScenario('ok');
	config(`model_provider = "ds"\n[model_providers.ds]\nbase_url = "https://api.deepseek.com"\nexperimental_bearer_token = "${fakeKey}"\n`);
	const env = fakeEnv(fake(), 'ok', {DEEPSEEK_API_KEY: undefined, HOME: home});
	const run = await runCli(['check', '--json', '--key-from', 'codex'], env, {cwd: project});
	const json = JSON.parse(run.stdout) as Json;
	assert.deepEqual(checkOf(json, 'key_present')?.details, {source: 'codex', settingsFile: '~/.codex/config.toml'});
	assert.equal(json.verdict, 'ok');
	assert.equal(checkOf(json, 'auth')?.details['sentLastFour'], fakeKey.slice(-4), 'Codex\'s key was the one sent');
	for (const out of [run.stdout, run.stderr]) assert.ok(!out.includes(fakeKey), 'never whole');
	config('model_provider = "ds"\n[model_providers.ds]\nbase_url = "http://localhost:11434/v1"\n');
	const none = await runCli(['check', '--key-from', 'codex'], env, {cwd: project});
	assert.equal(none.code, 2);
	assert.match(none.stderr, /Codex's settings hold no DeepSeek key/);
});

test('a DeepSeek provider only in the project\'s .codex/config.toml (trusted or not): check says once that Codex ignores it, and --key-from codex finds no key', async () => {
	fake().setScenario('ok');
	const trusted = path.join(root, 'trusted');
	mkdirSync(path.join(trusted, '.codex'), {recursive: true});
	writeFileSync(path.join(trusted, '.codex', 'config.toml'), `model_provider = "ds"\n[model_providers.ds]\nbase_url = "https://api.deepseek.com"\nexperimental_bearer_token = "${fakeKey}"\n`);
	const env = fakeEnv(fake(), 'ok', {HOME: home});
	for (const trust of [`[projects."${trusted}"]\ntrust_level = "trusted"\n`, '']) {
		config(trust);
		const run = await runCli(['check', '--json'], env, {cwd: trusted});
		const keyPresent = checkOf(JSON.parse(run.stdout) as Json, 'key_present');
		assert.deepEqual(keyPresent?.details['ignoredAppSettings'], [{source: 'codex', settingsFile: '.codex/config.toml'}]);
		assert.equal(keyPresent?.status, 'pass');
		assert.equal(keyPresent?.summary.match(/Codex ignores/g)?.length, 1, 'said once');
		assert.match(keyPresent?.summary ?? '', /Codex ignores the DeepSeek provider in \.codex\/config\.toml: a project's config may not set model_provider or model_providers, trusted or not; set them in ~\/\.codex\/config\.toml\./);
	}
	const zh = await runCli(['check', '--lang', 'zh-CN'], env, {cwd: trusted});
	assert.match(zh.stdout.replace(/\s+/g, ''), /Codex会忽略\.codex\/config\.toml里的DeepSeek服务商设置/);
	const none = await runCli(['check', '--key-from', 'codex'], {...env, DEEPSEEK_API_KEY: undefined}, {cwd: trusted});
	assert.equal(none.code, 2);
	assert.match(none.stderr.replace(/\s+/g, ' '), /none in ~\/\.codex\/config\.toml or its other settings files \(it ignores the DeepSeek provider in \.codex\/config\.toml/);
	for (const out of [zh.stdout, none.stderr]) assert.ok(!out.includes(fakeKey), 'never whole');
});
