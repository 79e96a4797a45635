// The built CLI run where Continue keeps its DeepSeek key and base URL in ~/.continue/config.yaml
// (the key as a secret in ~/.continue/.env, as Continue's docs suggest), no DEEPSEEK_API_KEY in the
// shell, against the fake playing an empty balance: the key is named (masked, with its place and
// file) and never sent on its own; a relay there is an endpoint warning. Nothing holds the key whole.
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {fakeKey} from '../fake/server.js';
import {runCli} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const fake = useFake();
const root = mkdtempSync(path.join(tmpdir(), 'dsfix-continue-cli-'));
after(() => rmSync(root, {recursive: true, force: true}));
const home = path.join(root, 'home');
const project = path.join(root, 'project');
const continueDir = path.join(home, '.continue');
mkdirSync(continueDir, {recursive: true});
mkdirSync(project, {recursive: true});

type Json = {verdict: string; fixes: Array<{id: string; title: string}>; checks: Array<{id: string; status: string; summary: string; details: Record<string, unknown>}>};
const checkOf = (json: Json, id: string) => json.checks.find(item => item.id === id);

test('no key in the shell, Continue\'s DeepSeek model in ~/.continue/config.yaml with its key a secret in ~/.continue/.env: check names it, masked, sends nothing with it; its apiBase on a relay is an endpoint warning', async () => {
	fake().setScenario('zero_balance');
	writeFileSync(path.join(continueDir, 'config.yaml'), [
		'name: Local Config', 'version: 1.0.0', 'schema: v1', 'models:',
		'  - name: DeepSeek Chat', '    provider: deepseek', '    model: deepseek-chat',
		'    apiKey: ${{ secrets.DEEPSEEK_API_KEY }}', '    apiBase: https://relay.example/v1', '',
	].join('\n'));
	writeFileSync(path.join(continueDir, '.env'), `DEEPSEEK_API_KEY=${fakeKey}\n`);
	const env = fakeEnv(fake(), 'zero_balance', {DEEPSEEK_API_KEY: undefined, HOME: home});
	const run = await runCli(['check', '--json'], env, {cwd: project});
	const json = JSON.parse(run.stdout) as Json;
	assert.deepEqual(checkOf(json, 'key_present')?.details['elsewhere'], [
		{name: 'models[0].apiKey (secrets.DEEPSEEK_API_KEY, ~/.continue/.env)', masked: `sk-…${fakeKey.slice(-4)}`, inProjectEnv: false, source: 'continue', settingsFile: '~/.continue/config.yaml'},
	]);
	assert.equal(json.verdict, 'no_key');
	assert.equal(json.fixes[0]?.id, 'set_key');
	assert.match(json.fixes[0]?.title ?? '', /in Continue's ~\/\.continue\/config\.yaml/);
	assert.deepEqual(checkOf(json, 'endpoint')?.details['elsewhere'], [{name: 'models[0].apiBase', url: 'https://relay.example', provider: null, source: 'continue', settingsFile: '~/.continue/config.yaml'}]);
	assert.equal(checkOf(json, 'balance')?.details['sentLastFour'] ?? null, null, 'the key was not sent');
	const text = await runCli(['check'], env, {cwd: project});
	assert.match(text.stdout.replace(/\s+/g, ' '), /Continue's ~\/\.continue\/config\.yaml sets models\[0\]\.apiKey \(secrets\.DEEPSEEK_API_KEY, ~\/\.continue\/\.env\) to a DeepSeek-shaped key/);
	const zh = await runCli(['check', '--lang', 'zh-CN'], env, {cwd: project});
	assert.match(zh.stdout.replace(/\s+/g, ' '), /Continue 的 ~\/\.continue\/config\.yaml/);
	for (const out of [run.stdout, run.stderr, text.stdout, text.stderr, zh.stdout, zh.stderr]) assert.ok(!out.includes(fakeKey), 'never whole');
});
