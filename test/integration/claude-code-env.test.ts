// The built CLI run where Claude Code keeps its DeepSeek key and base URL in its settings
// files (a home folder's ~/.claude/settings.json, a project's .claude/), no DEEPSEEK_API_KEY
// in the shell, against the fake playing an empty balance: the key is named (masked, with its
// file) and never sent on its own; set as the fix says, it and the /anthropic base URL check
// what Claude Code sends. Nothing holds the key whole.
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {fakeKey} from '../fake/server.js';
import {runCli} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const fake = useFake();
const root = mkdtempSync(path.join(tmpdir(), 'dsfix-claude-cli-'));
after(() => rmSync(root, {recursive: true, force: true}));
const home = path.join(root, 'home');
const project = path.join(root, 'project');
mkdirSync(path.join(home, '.claude'), {recursive: true});
mkdirSync(path.join(project, '.claude'), {recursive: true});

type Json = {verdict: string; summary: string; fixes: Array<{id: string; title: string}>; checks: Array<{id: string; status: string; summary: string; details: Record<string, unknown>}>};
const checkOf = (json: Json, id: string) => json.checks.find(item => item.id === id);
const userSettings = (env: Record<string, string>) => writeFileSync(path.join(home, '.claude', 'settings.json'), JSON.stringify({env, permissions: {allow: []}}, null, 2));

test('no key in the shell, Claude Code\'s key in ~/.claude/settings.json: check names it with its file, masked, sends nothing with it, and its first fix says how to check it', async () => {
	fake().setScenario('zero_balance');
	userSettings({ANTHROPIC_AUTH_TOKEN: fakeKey, ANTHROPIC_BASE_URL: `${fake().baseUrl}/anthropic`, ANTHROPIC_MODEL: 'deepseek-chat'});
	const env = fakeEnv(fake(), 'zero_balance', {DEEPSEEK_API_KEY: undefined, HOME: home});
	const run = await runCli(['check', '--json'], env, {cwd: project});
	const json = JSON.parse(run.stdout) as Json;
	const present = checkOf(json, 'key_present');
	assert.deepEqual(present?.details['elsewhere'], [{name: 'ANTHROPIC_AUTH_TOKEN', masked: `sk-…${fakeKey.slice(-4)}`, inProjectEnv: false, source: 'claude_code', settingsFile: '~/.claude/settings.json'}]);
	assert.equal(json.verdict, 'no_key');
	assert.equal(json.fixes[0]?.id, 'set_key');
	assert.match(json.fixes[0]?.title ?? '', /ANTHROPIC_AUTH_TOKEN in Claude Code's ~\/\.claude\/settings\.json/);
	// Its /anthropic base URL is DeepSeek's (the fake's) root, the one checked: not "elsewhere".
	assert.deepEqual(checkOf(json, 'endpoint')?.details['elsewhere'], []);
	assert.equal(checkOf(json, 'balance')?.details['sentLastFour'] ?? null, null, 'the key was not sent');
	const text = await runCli(['check'], env, {cwd: project});
	const report = await runCli(['report'], env, {cwd: project});
	assert.match(report.stdout, /ANTHROPIC_AUTH_TOKEN/);
	assert.ok(!report.stdout.includes(fakeKey) && !report.stderr.includes(fakeKey), 'the report never holds it whole');
	assert.match(text.stdout.replace(/\s+/g, ' '), /Claude Code's ~\/\.claude\/settings\.json sets ANTHROPIC_AUTH_TOKEN to a DeepSeek-shaped key/);
	for (const out of [run.stdout, run.stderr, text.stdout, text.stderr]) assert.ok(!out.includes(fakeKey), 'never whole');
});

test('the project\'s .claude/settings.local.json over the user\'s, and a relay there is an endpoint warning that names the file', async t => {
	fake().setScenario('zero_balance');
	userSettings({ANTHROPIC_AUTH_TOKEN: 'sk-' + 'aaaabbbbccccdddd'.repeat(2)});
	writeFileSync(path.join(project, '.claude', 'settings.local.json'), JSON.stringify({env: {ANTHROPIC_AUTH_TOKEN: fakeKey, ANTHROPIC_BASE_URL: 'https://relay.example/anthropic'}}));
	t.after(() => rmSync(path.join(project, '.claude', 'settings.local.json'), {force: true}));
	const run = await runCli(['check', '--json'], fakeEnv(fake(), 'zero_balance', {DEEPSEEK_API_KEY: undefined, HOME: home}), {cwd: project});
	const json = JSON.parse(run.stdout) as Json;
	const elsewhere = checkOf(json, 'key_present')?.details['elsewhere'] as Array<{settingsFile: string; masked: string}>;
	assert.deepEqual(elsewhere.map(found => [found.settingsFile, found.masked]), [['.claude/settings.local.json', `sk-…${fakeKey.slice(-4)}`]]);
	const endpoint = checkOf(json, 'endpoint');
	assert.deepEqual(endpoint?.details['elsewhere'], [{name: 'ANTHROPIC_BASE_URL', url: 'https://relay.example', provider: null, source: 'claude_code', settingsFile: '.claude/settings.local.json'}]);
	assert.match(endpoint?.summary ?? '', /ANTHROPIC_BASE_URL in Claude Code's \.claude\/settings\.local\.json sends Claude Code's calls to relay\.example/);
});

test('the key and /anthropic base URL from Claude Code\'s settings, set as the fix says: check reads the empty balance Claude Code meets (402)', async () => {
	fake().setScenario('zero_balance');
	const baseUrl = `${fake().baseUrl}/anthropic`;
	userSettings({ANTHROPIC_AUTH_TOKEN: fakeKey, ANTHROPIC_BASE_URL: baseUrl});
	const env = fakeEnv(fake(), 'zero_balance', {HOME: home, DEEPSEEK_BASE_URL: baseUrl});
	const run = await runCli(['check', '--json'], env, {cwd: project});
	const json = JSON.parse(run.stdout) as Json;
	assert.equal(json.verdict, 'insufficient_balance', run.stdout);
	assert.equal(checkOf(json, 'key_present')?.status, 'pass');
	assert.deepEqual(checkOf(json, 'endpoint')?.details['elsewhere'], [], 'the same base URL is no other place');
	// The settings file is only read: as it was, and nothing the tool wrote holds the key.
	assert.ok(readFileSync(path.join(home, '.claude', 'settings.json'), 'utf8').includes(baseUrl));
	const configDir = env['DEEPSEEK_FIX_CONFIG_DIR']!;
	for (const file of readdirSync(configDir)) assert.ok(!readFileSync(path.join(configDir, file), 'utf8').includes(fakeKey));
});
