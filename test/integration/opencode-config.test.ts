// The built CLI run where OpenCode keeps its DeepSeek key and base URL in its config files
// (a home folder's ~/.config/opencode/opencode.json, a project's opencode.jsonc with comments
// and trailing commas), no DEEPSEEK_API_KEY in the shell, against the fake playing an empty
// balance: the key is named (masked, with its field and file) and never sent on its own; set
// as the fix says, it checks what OpenCode sends. Nothing holds the key whole.
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {fakeKey} from '../fake/server.js';
import {runCli} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const fake = useFake();
const root = mkdtempSync(path.join(tmpdir(), 'dsfix-opencode-cli-'));
after(() => rmSync(root, {recursive: true, force: true}));
const home = path.join(root, 'home');
const project = path.join(root, 'project');
const userFile = path.join(home, '.config', 'opencode', 'opencode.json');
mkdirSync(path.dirname(userFile), {recursive: true});
mkdirSync(project, {recursive: true});

type Json = {verdict: string; summary: string; fixes: Array<{id: string; title: string}>; checks: Array<{id: string; status: string; summary: string; details: Record<string, unknown>}>};
const checkOf = (json: Json, id: string) => json.checks.find(item => item.id === id);
const userConfig = (options: Record<string, string>) =>
	writeFileSync(userFile, JSON.stringify({$schema: 'https://opencode.ai/config.json', model: 'deepseek/deepseek-chat', provider: {deepseek: {options}}}, null, 2));

test('no key in the shell, OpenCode\'s key in ~/.config/opencode/opencode.json: check names it with its field and file, masked, sends nothing with it, and its first fix says how to check it', async () => {
	fake().setScenario('zero_balance');
	userConfig({apiKey: fakeKey, baseURL: `${fake().baseUrl}/v1`});
	const env = fakeEnv(fake(), 'zero_balance', {DEEPSEEK_API_KEY: undefined, HOME: home});
	const run = await runCli(['check', '--json'], env, {cwd: project});
	const json = JSON.parse(run.stdout) as Json;
	assert.deepEqual(checkOf(json, 'key_present')?.details['elsewhere'], [
		{name: 'provider.deepseek.options.apiKey', masked: `sk-…${fakeKey.slice(-4)}`, inProjectEnv: false, source: 'opencode', settingsFile: '~/.config/opencode/opencode.json'},
	]);
	assert.equal(json.verdict, 'no_key');
	assert.equal(json.fixes[0]?.id, 'set_key');
	assert.match(json.fixes[0]?.title ?? '', /provider\.deepseek\.options\.apiKey in OpenCode's ~\/\.config\/opencode\/opencode\.json/);
	// Its …/v1 base URL is the fake's root, the one checked: not "elsewhere".
	assert.deepEqual(checkOf(json, 'endpoint')?.details['elsewhere'], []);
	assert.equal(checkOf(json, 'balance')?.details['sentLastFour'] ?? null, null, 'the key was not sent');
	const text = await runCli(['check'], env, {cwd: project});
	assert.match(text.stdout.replace(/\s+/g, ' '), /OpenCode's ~\/\.config\/opencode\/opencode\.json sets provider\.deepseek\.options\.apiKey to a DeepSeek-shaped key/);
	const report = await runCli(['report'], env, {cwd: project});
	for (const out of [run.stdout, run.stderr, text.stdout, text.stderr, report.stdout, report.stderr]) assert.ok(!out.includes(fakeKey), 'never whole');
});

test('the project\'s opencode.jsonc (comments, trailing commas) over the user\'s, a relay there is an endpoint warning naming the file, and "{env:NAME}" names the variable', async t => {
	fake().setScenario('zero_balance');
	userConfig({apiKey: 'sk-' + 'aaaabbbbccccdddd'.repeat(2)});
	const projectFile = path.join(project, 'opencode.jsonc');
	writeFileSync(projectFile, `{\n  // DeepSeek through a relay\n  "provider": {\n    "deepseek": {"options": {"apiKey": "{env:MY_DS_KEY}", "baseURL": "https://relay.example/v1",},},\n  },\n}\n`);
	t.after(() => rmSync(projectFile, {force: true}));
	const run = await runCli(['check', '--json'], fakeEnv(fake(), 'zero_balance', {DEEPSEEK_API_KEY: undefined, HOME: home, MY_DS_KEY: fakeKey}), {cwd: project});
	const json = JSON.parse(run.stdout) as Json;
	const elsewhere = checkOf(json, 'key_present')?.details['elsewhere'] as Array<{name: string; settingsFile: string; masked: string}>;
	assert.deepEqual(elsewhere.map(found => [found.name, found.settingsFile, found.masked]), [['provider.deepseek.options.apiKey ({env:MY_DS_KEY})', 'opencode.jsonc', `sk-…${fakeKey.slice(-4)}`]]);
	const endpoint = checkOf(json, 'endpoint');
	assert.deepEqual(endpoint?.details['elsewhere'], [{name: 'provider.deepseek.options.baseURL', url: 'https://relay.example', provider: null, source: 'opencode', settingsFile: 'opencode.jsonc'}]);
	assert.match(endpoint?.summary ?? '', /provider\.deepseek\.options\.baseURL in OpenCode's opencode\.jsonc sends OpenCode's calls to relay\.example/);
	assert.ok(!run.stdout.includes(fakeKey));
});

test('the key from OpenCode\'s config, set as the fix says: check reads the empty balance OpenCode meets (402); the file is only read', async () => {
	fake().setScenario('zero_balance');
	const baseUrl = `${fake().baseUrl}/v1`;
	userConfig({apiKey: fakeKey, baseURL: baseUrl});
	const before = readFileSync(userFile, 'utf8');
	const env = fakeEnv(fake(), 'zero_balance', {HOME: home, DEEPSEEK_BASE_URL: baseUrl});
	const run = await runCli(['check', '--json'], env, {cwd: project});
	const json = JSON.parse(run.stdout) as Json;
	assert.equal(json.verdict, 'insufficient_balance', run.stdout);
	assert.equal(checkOf(json, 'key_present')?.status, 'pass');
	assert.deepEqual(checkOf(json, 'endpoint')?.details['elsewhere'], [], 'the same base URL is no other place');
	assert.equal(readFileSync(userFile, 'utf8'), before);
	const configDir = env['DEEPSEEK_FIX_CONFIG_DIR']!;
	for (const file of readdirSync(configDir)) assert.ok(!readFileSync(path.join(configDir, file), 'utf8').includes(fakeKey));
});
