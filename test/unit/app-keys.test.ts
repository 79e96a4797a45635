// An agent app's settings give it another DeepSeek key than the one checked (key_present's `appKeys`): only an app
// whose calls go to DeepSeek's API or to the base URL checked; compared trimmed; masked only; one sentence with the
// .env's and the start-up file's; the ok verdict's fix names `check --key-from`; the wizard's leaf offers that key.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {AppFound, AppSettings} from '../../source/app-settings.js';
import {keyPresent} from '../../source/checks/key-present.js';
import {otherAppKeys} from '../../source/checks/app-keys.js';
import type {CheckContext} from '../../source/checks/types.js';
import type {KeyStores} from '../../source/deepseek/saved-key.js';
import {diagnose} from '../../source/diagnose.js';
import {projectEnvFrom} from '../../source/project-env.js';
import {fixes} from '../../source/fixes.js';
import {uniqueFixes} from '../../source/tree/leaves/shared.js';
import {leafOptions} from '../../source/tree/step.js';
import {checkResult, officialBase, testContext, testKey} from '../helpers/results.js';

// The other key: the test key with its last two characters swapped, so no key-shaped literal sits here.
const otherKey = testKey.slice(0, -2) + testKey.slice(-1) + testKey.slice(-2, -1);
const otherMasked = `sk-…${otherKey.slice(-4)}`;
const never = new AbortController().signal;
const noStores: KeyStores = {platform: 'linux', env: {}, readFile: () => undefined, run: async () => undefined};

const claude = (key: string, baseUrl?: string): AppFound => ({
	keys: [{name: 'ANTHROPIC_AUTH_TOKEN', value: key, file: '~/.claude/settings.json'}],
	...(baseUrl === undefined ? {} : {baseUrl: {name: 'ANTHROPIC_BASE_URL', value: baseUrl, file: '~/.claude/settings.json'}}),
});
const opencode = (key: string, baseUrl?: string): AppFound => ({
	keys: [{name: 'provider.deepseek.options.apiKey', value: key, file: 'opencode.json'}],
	...(baseUrl === undefined ? {} : {baseUrl: {name: 'provider.deepseek.options.baseURL', value: baseUrl, file: 'opencode.json'}}),
});

/** key_present as the runner runs it: `run`, then its `later` step. */
async function present(overrides: Partial<CheckContext>, apps: AppSettings) {
	const ctx = testContext({keyStores: noStores, appSettings: async () => apps, ...overrides});
	return keyPresent.later!(ctx, never, await keyPresent.run(ctx, never));
}

test('the rule: another key that goes to DeepSeek is listed; the same key (trimmed), none, a relay or Anthropic\'s API are not', () => {
	const listed = otherAppKeys(testKey, officialBase, {}, {claude_code: claude(otherKey, 'https://api.deepseek.com/anthropic')});
	assert.deepEqual(listed, [{source: 'claude_code', name: 'ANTHROPIC_AUTH_TOKEN', masked: otherMasked, settingsFile: '~/.claude/settings.json'}]);
	assert.deepEqual(otherAppKeys(testKey, officialBase, {}, {claude_code: claude(` ${testKey}\n`, 'https://api.deepseek.com/anthropic')}), [], 'the same key, with spaces');
	assert.deepEqual(otherAppKeys(`${testKey} `, officialBase, {}, {opencode: opencode(testKey)}), [], 'the same key, the checked one with a space');
	assert.deepEqual(otherAppKeys(testKey, officialBase, {}, {claude_code: {keys: []}, opencode: {keys: [{name: 'x', value: '   ', file: 'opencode.json'}]}}), [], 'blank or none');
	assert.deepEqual(otherAppKeys(testKey, officialBase, {}, {claude_code: claude(otherKey, 'https://openrouter.ai/api/v1')}), [], 'a relay');
	assert.deepEqual(otherAppKeys(testKey, officialBase, {}, {claude_code: claude(otherKey)}), [], 'Claude Code with no base URL calls Anthropic');
	// Claude Code without one in its settings: the environment's ANTHROPIC_BASE_URL.
	assert.equal(otherAppKeys(testKey, officialBase, {ANTHROPIC_BASE_URL: 'https://api.deepseek.com/anthropic'}, {claude_code: claude(otherKey)}).length, 1);
	// OpenCode's DeepSeek provider with no baseURL calls DeepSeek's; the base URL checked (a local one) counts as DeepSeek's.
	assert.equal(otherAppKeys(testKey, officialBase, {}, {opencode: opencode(otherKey)}).length, 1);
	assert.equal(otherAppKeys(testKey, 'http://127.0.0.1:8080', {}, {opencode: opencode(otherKey, 'http://127.0.0.1:8080/v1')}).length, 1);
	assert.deepEqual(otherAppKeys(testKey, 'http://127.0.0.1:8080', {}, {opencode: opencode(otherKey, 'http://127.0.0.1:9999/v1')}), [], 'another local server');
	const two = otherAppKeys(testKey, officialBase, {}, {claude_code: claude(otherKey, 'https://api.deepseek.com/anthropic'), opencode: opencode(otherKey)});
	assert.deepEqual(two.map(found => found.source), ['claude_code', 'opencode']);
	assert.doesNotMatch(JSON.stringify(two), new RegExp(otherKey.slice(3, 20)));
});

test('key_present: warns with the app, its setting and file, both keys masked; details list every app; nothing whole', async () => {
	const apps = {claude_code: claude(otherKey, 'https://api.deepseek.com/anthropic'), opencode: opencode(otherKey)};
	const result = await present({}, apps);
	assert.equal(result.status, 'warn');
	assert.equal(
		result.summary,
		"DEEPSEEK_API_KEY (sk-…cdef) is the key checked; ANTHROPIC_AUTH_TOKEN in Claude Code's ~/.claude/settings.json sets another (sk-…cdfe): Claude Code's calls use that key's account. 1 more app sends another key too.",
	);
	assert.deepEqual(result.details['appKeys'], [
		{source: 'claude_code', name: 'ANTHROPIC_AUTH_TOKEN', masked: otherMasked, settingsFile: '~/.claude/settings.json'},
		{source: 'opencode', name: 'provider.deepseek.options.apiKey', masked: otherMasked, settingsFile: 'opencode.json'},
	]);
	assert.ok(!JSON.stringify(result).includes(otherKey) && !JSON.stringify(result).includes(testKey));
	// The same key in the app: it passes, as before.
	assert.equal((await present({}, {claude_code: claude(testKey, 'https://api.deepseek.com/anthropic')})).status, 'pass');
	// A remembered key is compared too: the app still sends its own.
	assert.match((await present({keySource: 'remembered'}, apps)).summary, /^The remembered key \(sk-…cdef\) is the key checked;/);
});

test('key_present: the .env\'s other key keeps its sentence, an app\'s other key is added as a detail; DEEPSEEK_API_KEY in a .env Aider loads is the .env\'s, not Aider\'s', async () => {
	const thirdKey = testKey.slice(0, -3) + testKey.slice(-1) + testKey.slice(-3, -1);
	const result = await present({projectEnv: projectEnvFrom(`DEEPSEEK_API_KEY=${otherKey}\n`)}, {opencode: opencode(thirdKey)});
	assert.equal(result.status, 'warn');
	assert.match(result.summary, /^Found in DEEPSEEK_API_KEY \(sk-…cdef\), but this folder's \.env sets another key/);
	assert.equal((result.details['appKeys'] as unknown[]).length, 1);
	for (const file of ['.env', '../.env', '~/.env']) {
		const aider: AppFound = {keys: [{name: 'DEEPSEEK_API_KEY', value: otherKey, file}]};
		assert.equal((await present({}, {aider})).status, 'pass', file);
	}
	// DEEPSEEK_API_KEY in the file AIDER_ENV_FILE names (not a .env other programs load): Aider's own.
	assert.equal((await present({}, {aider: {keys: [{name: 'DEEPSEEK_API_KEY', value: otherKey, file: 'conf/aider.env'}]}})).status, 'warn', 'conf/aider.env');
	// Aider's own settings are its own: its YAML's api-key item, an AIDER_… variable in a .env.
	for (const [name, file] of [['api-key deepseek', '~/.aider.conf.yml'], ['AIDER_OPENAI_API_KEY', '.env']]) {
		const aider: AppFound = {keys: [{name: name!, value: otherKey, file: file!}], baseUrl: {name: 'AIDER_OPENAI_API_BASE', value: 'https://api.deepseek.com', file: file!}};
		assert.equal((await present({}, {aider})).status, 'warn', name);
	}
});

test('the ok verdict: each app\'s key gets a fix naming check --key-from, in the apps\' order; the wizard\'s leaf offers to check each first', async () => {
	const present_ = await present({}, {claude_code: claude(otherKey, 'https://api.deepseek.com/anthropic'), opencode: opencode(otherKey)});
	const results = [checkResult('key_present', present_)];
	const diagnosis = diagnose(results);
	assert.equal(diagnosis.verdict, 'ok');
	assert.deepEqual(diagnosis.fixes.filter(fix => fix.id === 'check_key_in_tool'), [
		{id: 'check_key_in_tool', title: 'Check the key Claude Code sends: deepseek-fix check --key-from claude-code', url: null},
		{id: 'check_key_in_tool', title: 'Check the key OpenCode sends: deepseek-fix check --key-from opencode', url: null},
	]);
	// The wizard's lists keep both (one fix per id, but one per app for these), and still one of the same app's.
	assert.deepEqual(uniqueFixes([...diagnosis.fixes, fixes.checkAppKey('opencode'), fixes.checkKeyInTool()]), diagnosis.fixes);
	// Without the warning, no such fix.
	assert.equal(diagnose([checkResult('key_present', {status: 'pass', summary: 'Found in DEEPSEEK_API_KEY.', details: {source: 'env'}})]).fixes.some(fix => fix.id === 'check_key_in_tool'), false);
	const view = {known: {} as never, choices: {}, results: new Map(results.map(result => [result.id, result])), diagnosis};
	const options = leafOptions({tone: 'good', title: 'All good', lines: [], fixes: diagnosis.fixes, verdict: 'ok'}, view);
	assert.deepEqual(options[0], {id: 'check_key:claude_code', label: 'Check the key Claude Code sends (sk-…cdfe)', effect: {type: 'check_again', keyChoice: 'claude_code'}});
	assert.deepEqual(options[1], {id: 'check_key:opencode', label: 'Check the key OpenCode sends (sk-…cdfe)', effect: {type: 'check_again', keyChoice: 'opencode'}});
});
