// The built CLI where DEEPSEEK_API_KEY holds one key and Claude Code's ~/.claude/settings.json sends another to the
// base URL checked ("deepseek-fix says 47 CNY, Claude Code still says 402"): key_present warns, naming the app, its
// file and both keys masked, and the fix names `check --key-from claude-code`, which checks the key Claude Code
// sends (the fake accepts only its own key: that one is refused). Unknown apps and apps without a key are argument errors.
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {fakeKey} from '../fake/server.js';
import {runCli} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const fake = useFake();
const root = mkdtempSync(path.join(tmpdir(), 'dsfix-app-keys-'));
after(() => rmSync(root, {recursive: true, force: true}));
const home = path.join(root, 'home');
const project = path.join(root, 'project');
mkdirSync(path.join(home, '.claude'), {recursive: true});
mkdirSync(project, {recursive: true});

// Claude Code's key: the fake key with its last two characters swapped (no new key-shaped literal).
const otherKey = fakeKey.slice(0, -2) + fakeKey.slice(-1) + fakeKey.slice(-2, -1);
const userSettings = (env: Record<string, string>) => writeFileSync(path.join(home, '.claude', 'settings.json'), JSON.stringify({env}, null, 2));

type Json = {verdict: string; summary: string; fixes: Array<{id: string; title: string}>; checks: Array<{id: string; status: string; summary: string; details: Record<string, unknown>}>};
const checkOf = (json: Json, id: string) => json.checks.find(item => item.id === id);

test('check --json: Claude Code sends another key to the base URL checked: key_present warns, appKeys masked, the fix names --key-from', async () => {
	fake().setScenario('ok');
	userSettings({ANTHROPIC_AUTH_TOKEN: otherKey, ANTHROPIC_BASE_URL: `${fake().baseUrl}/anthropic`});
	const env = fakeEnv(fake(), 'ok', {HOME: home});
	const run = await runCli(['check', '--json'], env, {cwd: project});
	const json = JSON.parse(run.stdout) as Json;
	const present = checkOf(json, 'key_present');
	assert.equal(present?.status, 'warn');
	assert.deepEqual(present?.details['appKeys'], [{source: 'claude_code', name: 'ANTHROPIC_AUTH_TOKEN', masked: `sk-…${otherKey.slice(-4)}`, settingsFile: '~/.claude/settings.json'}]);
	assert.match(present?.summary ?? '', /is the key checked; ANTHROPIC_AUTH_TOKEN in Claude Code's ~\/\.claude\/settings\.json sets another/);
	assert.equal(json.verdict, 'ok');
	assert.equal(run.code, 0, 'a warning, as the .env\'s other key: exit 0');
	assert.ok(json.fixes.some(fix => fix.title === 'Check the key Claude Code sends: deepseek-fix check --key-from claude-code'), JSON.stringify(json.fixes));
	for (const out of [run.stdout, run.stderr]) assert.ok(!out.includes(otherKey) && !out.includes(fakeKey), 'never whole');
	// A relay in Claude Code's settings: its key is the relay's, not compared.
	userSettings({ANTHROPIC_AUTH_TOKEN: otherKey, ANTHROPIC_BASE_URL: 'https://openrouter.ai/api'});
	const relay = JSON.parse((await runCli(['check', '--json'], env, {cwd: project})).stdout) as Json;
	assert.equal(checkOf(relay, 'key_present')?.status, 'pass');
});

test('check: Claude Code and OpenCode each send another key: the JSON and the human output give each app its fix, in the apps\' order, as the wizard offers each', async () => {
	fake().setScenario('ok');
	userSettings({ANTHROPIC_AUTH_TOKEN: otherKey, ANTHROPIC_BASE_URL: `${fake().baseUrl}/anthropic`});
	const thirdKey = fakeKey.slice(0, -3) + fakeKey.slice(-1) + fakeKey.slice(-3, -1);
	const openCodeDir = path.join(home, '.config', 'opencode');
	mkdirSync(openCodeDir, {recursive: true});
	writeFileSync(path.join(openCodeDir, 'opencode.json'), JSON.stringify({provider: {deepseek: {options: {apiKey: thirdKey, baseURL: `${fake().baseUrl}/v1`}}}}));
	try {
		const env = fakeEnv(fake(), 'ok', {HOME: home});
		const titles = ['Check the key Claude Code sends: deepseek-fix check --key-from claude-code', 'Check the key OpenCode sends: deepseek-fix check --key-from opencode'];
		const json = JSON.parse((await runCli(['check', '--json'], env, {cwd: project})).stdout) as Json;
		assert.deepEqual((checkOf(json, 'key_present')?.details['appKeys'] as Array<{source: string}> | undefined)?.map(app => app.source), ['claude_code', 'opencode']);
		assert.deepEqual(json.fixes.filter(fix => fix.id === 'check_key_in_tool').map(fix => fix.title), titles);
		const human = await runCli(['check'], {...env, COLUMNS: '200'}, {cwd: project});
		const shown = human.stdout.replace(/\s+/g, ' ');
		for (const title of titles) assert.ok(shown.includes(title), shown);
		for (const out of [human.stdout, human.stderr]) assert.ok(!out.includes(otherKey) && !out.includes(thirdKey), 'never whole');
	} finally {
		rmSync(openCodeDir, {recursive: true, force: true});
	}
});

test('check --key-from claude-code checks the key Claude Code sends (refused by the fake: another key); unknown apps and apps without a key are argument errors', async () => {
	fake().setScenario('ok');
	userSettings({ANTHROPIC_AUTH_TOKEN: otherKey, ANTHROPIC_BASE_URL: `${fake().baseUrl}/anthropic`});
	const env = fakeEnv(fake(), 'ok', {HOME: home});
	const run = await runCli(['check', '--json', '--key-from', 'claude-code'], env, {cwd: project});
	const json = JSON.parse(run.stdout) as Json;
	assert.deepEqual(checkOf(json, 'key_present')?.details, {source: 'claude_code', settingsFile: '~/.claude/settings.json'});
	assert.equal(checkOf(json, 'key_present')?.status, 'pass');
	assert.equal(json.verdict, 'invalid_key');
	assert.equal(checkOf(json, 'auth')?.details['sentLastFour'], otherKey.slice(-4), 'Claude Code\'s key was the one sent');
	for (const out of [run.stdout, run.stderr]) assert.ok(!out.includes(otherKey), 'never whole');
	const unknown = await runCli(['check', '--key-from', 'cursor'], env, {cwd: project});
	assert.equal(unknown.code, 2);
	assert.match(unknown.stderr, /--key-from needs one of claude-code, opencode, continue, aider, codex, not "cursor"/);
	const none = await runCli(['balance', '--key-from', 'opencode'], env, {cwd: project});
	assert.equal(none.code, 2);
	assert.match(none.stderr, /OpenCode's settings hold no DeepSeek key/);
	const bare = await runCli(['--key-from', 'claude-code'], env, {cwd: project});
	assert.equal(bare.code, 2);
	assert.match(bare.stderr, /--key-from goes with check, balance or report/);
	assert.equal((await runCli(['config', '--key-from', 'claude-code'], env, {cwd: project})).code, 2, 'config takes no key');
});

test('Claude Code\'s key from the shell (ANTHROPIC_AUTH_TOKEN, its settings setting only the base URL): appKeys and --key-from take the key it sends, named as the environment\'s', async () => {
	fake().setScenario('ok');
	userSettings({ANTHROPIC_BASE_URL: `${fake().baseUrl}/anthropic`});
	const env = fakeEnv(fake(), 'ok', {HOME: home, ANTHROPIC_AUTH_TOKEN: otherKey});
	const json = JSON.parse((await runCli(['check', '--json'], env, {cwd: project})).stdout) as Json;
	const present = checkOf(json, 'key_present');
	assert.equal(present?.status, 'warn');
	assert.deepEqual(present?.details['appKeys'], [{source: 'claude_code', name: 'ANTHROPIC_AUTH_TOKEN', masked: `sk-…${otherKey.slice(-4)}`, inEnvironment: true}]);
	assert.match(present?.summary ?? '', /is the key checked; ANTHROPIC_AUTH_TOKEN in the environment sets another/);
	const run = await runCli(['check', '--json', '--key-from', 'claude-code'], env, {cwd: project});
	const picked = JSON.parse(run.stdout) as Json;
	assert.deepEqual(checkOf(picked, 'key_present')?.details, {source: 'claude_code', inEnvironment: true, keyVariable: 'ANTHROPIC_AUTH_TOKEN'});
	assert.equal(checkOf(picked, 'key_present')?.summary, 'Found in ANTHROPIC_AUTH_TOKEN in the environment, which Claude Code sends.');
	assert.equal(checkOf(picked, 'auth')?.details['sentLastFour'], otherKey.slice(-4), 'the shell\'s key was the one sent');
	for (const out of [run.stdout, run.stderr]) assert.ok(!out.includes(otherKey), 'never whole');
	// Its settings' own value wins over the shell's, as Claude Code applies it.
	userSettings({ANTHROPIC_AUTH_TOKEN: fakeKey, ANTHROPIC_BASE_URL: `${fake().baseUrl}/anthropic`});
	const own = JSON.parse((await runCli(['check', '--json', '--key-from', 'claude-code'], env, {cwd: project})).stdout) as Json;
	assert.deepEqual(checkOf(own, 'key_present')?.details, {source: 'claude_code', settingsFile: '~/.claude/settings.json'});
	assert.equal(own.verdict, 'ok');
});

test('check: Claude Code\'s settings hold a DeepSeek key and no base URL (it goes to api.anthropic.com): key_present warns, appKeysToVendor masked, the fix sets ANTHROPIC_BASE_URL, the verdict stays ok (exit 0), in English and Chinese', async () => {
	fake().setScenario('ok');
	userSettings({ANTHROPIC_AUTH_TOKEN: otherKey});
	const env = fakeEnv(fake(), 'ok', {HOME: home});
	const run = await runCli(['check', '--json'], env, {cwd: project});
	const json = JSON.parse(run.stdout) as Json;
	const present = checkOf(json, 'key_present');
	assert.equal(present?.status, 'warn');
	assert.deepEqual(present?.details['appKeysToVendor'], [{source: 'claude_code', name: 'ANTHROPIC_AUTH_TOKEN', masked: `sk-…${otherKey.slice(-4)}`, settingsFile: '~/.claude/settings.json', host: 'api.anthropic.com', setting: 'ANTHROPIC_BASE_URL', deepSeekUrl: 'https://api.deepseek.com/anthropic'}]);
	assert.match(present?.summary ?? '', /Claude Code sends it to api\.anthropic\.com, not to DeepSeek/);
	assert.equal(json.verdict, 'ok');
	assert.equal(run.code, 0);
	assert.equal(json.fixes[0]?.title, 'Send Claude Code\'s calls to DeepSeek: set ANTHROPIC_BASE_URL to https://api.deepseek.com/anthropic in the "env" of ~/.claude/settings.json (it sends its DeepSeek key to api.anthropic.com now)');
	const zh = await runCli(['check'], {...env, DEEPSEEK_FIX_LANG: 'zh-CN'}, {cwd: project});
	assert.match(zh.stdout.replace(/\s+/g, ''), /ClaudeCode把它发给了api\.anthropic\.com/);
	assert.match(zh.stdout.replace(/\s+/g, ''), /让ClaudeCode的调用发往DeepSeek/);
	for (const out of [run.stdout, run.stderr, zh.stdout, zh.stderr]) assert.ok(!out.includes(otherKey) && !out.includes(fakeKey), 'never whole');
	// Claude Code sent to DeepSeek's Anthropic endpoint in the same file: no such warning.
	userSettings({ANTHROPIC_AUTH_TOKEN: otherKey, ANTHROPIC_BASE_URL: 'https://api.deepseek.com/anthropic'});
	const fixed = JSON.parse((await runCli(['check', '--json'], env, {cwd: project})).stdout) as Json;
	assert.equal(checkOf(fixed, 'key_present')?.details['appKeysToVendor'], undefined);
});

test('check with no DEEPSEEK_API_KEY: Claude Code\'s settings hold a DeepSeek key and no base URL: no_key (exit 1), the summary and first fix name the Claude Code case, in English and Chinese', async () => {
	fake().setScenario('ok');
	userSettings({ANTHROPIC_AUTH_TOKEN: otherKey});
	const env = fakeEnv(fake(), 'ok', {HOME: home, DEEPSEEK_API_KEY: undefined});
	const run = await runCli(['check', '--json'], env, {cwd: project});
	const json = JSON.parse(run.stdout) as Json;
	assert.equal(json.verdict, 'no_key');
	assert.equal(run.code, 1);
	assert.equal(checkOf(json, 'key_present')?.details['appKeysToVendor'] !== undefined, true);
	assert.match(json.summary, /^No key in DEEPSEEK_API_KEY\. ANTHROPIC_AUTH_TOKEN in Claude Code's ~\/\.claude\/settings\.json holds a DeepSeek key .* sends it to api\.anthropic\.com/);
	assert.match(json.fixes[0]?.title ?? '', /^Send Claude Code's calls to DeepSeek/);
	const text = await runCli(['check'], env, {cwd: project});
	assert.match(text.stdout.replace(/\s+/g, ' '), /Claude Code sends it to api\.anthropic\.com/);
	const zh = await runCli(['check'], {...env, DEEPSEEK_FIX_LANG: 'zh-CN'}, {cwd: project});
	assert.match(zh.stdout.replace(/\s+/g, ''), /DEEPSEEK_API_KEY里没有key。.*ClaudeCode把它发给了api\.anthropic\.com/);
	for (const out of [run.stdout, run.stderr, text.stdout, zh.stdout]) assert.ok(!out.includes(otherKey), 'never whole');
});

test('check: DeepSeek refuses DEEPSEEK_API_KEY, the same key Claude Code\'s settings send to api.anthropic.com: invalid_key leads with Claude Code\'s fix, the key\'s own fixes after it', async () => {
	fake().setScenario('ok');
	userSettings({ANTHROPIC_AUTH_TOKEN: otherKey});
	// The fake accepts only its own key: Claude Code's, set in the shell too, is refused.
	const env = {...fakeEnv(fake(), 'ok', {HOME: home}), DEEPSEEK_API_KEY: otherKey};
	const run = await runCli(['check', '--json'], env, {cwd: project});
	const json = JSON.parse(run.stdout) as Json;
	assert.equal(json.verdict, 'invalid_key');
	assert.deepEqual(json.fixes.map(fix => fix.id), ['check_key_in_tool', 'check_key_in_tool', 'create_key']);
	assert.match(json.fixes[0]?.title ?? '', /^Send Claude Code's calls to DeepSeek: set ANTHROPIC_BASE_URL/);
	assert.equal(json.fixes[1]?.title, 'Check which key your tool really sends');
	for (const out of [run.stdout, run.stderr]) assert.ok(!out.includes(otherKey), 'never whole');
});

test('check: Codex\'s DeepSeek provider at api.openai.com with a DeepSeek key (env_key): key_present warns, appKeysToVendor names its base_url and file, the first fix sets that base_url to DeepSeek\'s, in English and Chinese', async () => {
	fake().setScenario('ok');
	const codexHome = path.join(root, 'codex-home');
	mkdirSync(codexHome, {recursive: true});
	writeFileSync(path.join(codexHome, 'config.toml'), 'model_provider = "deepseek"\n\n[model_providers.deepseek]\nname = "DeepSeek"\nbase_url = "https://api.openai.com/v1"\nenv_key = "CODEX_DS_KEY"\n');
	// A home of its own: Claude Code's settings the other tests write would be listed too.
	const env = fakeEnv(fake(), 'ok', {HOME: codexHome, CODEX_HOME: codexHome, CODEX_DS_KEY: otherKey});
	const run = await runCli(['check', '--json'], env, {cwd: project});
	const json = JSON.parse(run.stdout) as Json;
	const present = checkOf(json, 'key_present');
	assert.equal(present?.status, 'warn');
	const file = `${codexHome}/config.toml`;
	assert.deepEqual(present?.details['appKeysToVendor'], [{source: 'codex', name: 'model_providers.deepseek.env_key ($CODEX_DS_KEY)', masked: `sk-…${otherKey.slice(-4)}`, settingsFile: file, host: 'api.openai.com', setting: 'model_providers.deepseek.base_url', deepSeekUrl: 'https://api.deepseek.com'}]);
	assert.equal(present?.summary, `CODEX_DS_KEY in the environment holds a DeepSeek key (sk-…${otherKey.slice(-4)}), but Codex sends it to api.openai.com, not to DeepSeek: that API refuses it (401 "Incorrect API key provided"). Set model_providers.deepseek.base_url to https://api.deepseek.com in ${file}.`);
	assert.equal(json.verdict, 'ok');
	assert.equal(run.code, 0);
	assert.equal(json.fixes[0]?.title, `Send Codex's calls to DeepSeek: set model_providers.deepseek.base_url to https://api.deepseek.com in ${file} (it sends its DeepSeek key to api.openai.com now)`);
	const text = await runCli(['check'], env, {cwd: project});
	assert.match(text.stdout.replace(/\s+/g, ' '), /Codex sends it to api\.openai\.com, not to DeepSeek/);
	assert.doesNotMatch(text.stdout, /"env" of/, 'Codex\'s config has no "env"');
	const zh = await runCli(['check'], {...env, DEEPSEEK_FIX_LANG: 'zh-CN'}, {cwd: project});
	assert.match(zh.stdout.replace(/\s+/g, ''), /Codex把它发给了api\.openai\.com/);
	assert.match(zh.stdout.replace(/\s+/g, ''), /让Codex的调用发往DeepSeek：在.*config\.toml里把model_providers\.deepseek\.base_url设为https:\/\/api\.deepseek\.com/);
	for (const out of [run.stdout, run.stderr, text.stdout, zh.stdout]) assert.ok(!out.includes(otherKey), 'never whole');
	// Its base_url set to DeepSeek's: nothing said.
	writeFileSync(path.join(codexHome, 'config.toml'), 'model_provider = "deepseek"\n\n[model_providers.deepseek]\nbase_url = "https://api.deepseek.com"\nenv_key = "CODEX_DS_KEY"\n');
	const fixed = JSON.parse((await runCli(['check', '--json'], env, {cwd: project})).stdout) as Json;
	assert.equal(checkOf(fixed, 'key_present')?.details['appKeysToVendor'], undefined);
});
