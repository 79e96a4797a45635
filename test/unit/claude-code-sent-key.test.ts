// The key Claude Code sends is read one way everywhere (appSentKey): its settings' env value, else the shell's
// ANTHROPIC_AUTH_TOKEN / ANTHROPIC_API_KEY where its settings set anything. key_present's `appKeys` (another key sent to
// DeepSeek), the wizard's key question and its run, and the script line all take it, and name a shell key as
// "ANTHROPIC_AUTH_TOKEN in the environment", not as the settings'. (--key-from: test/integration/app-keys.test.ts.)
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {AppFound} from '../../source/app-settings.js';
import {otherAppKeys} from '../../source/checks/app-keys.js';
import {noProjectEnv} from '../../source/project-env.js';
import {setLanguage} from '../../source/messages/language.js';
import {wizardText} from '../../source/messages/wizard.js';
import {defaultSettings} from '../../source/settings/index.js';
import {scriptKeyApp, scriptSentence} from '../../source/tree/command.js';
import {knownFrom} from '../../source/tree/known.js';
import {nodeOf} from '../../source/tree/nodes.js';
import type {Known, View} from '../../source/tree/types.js';
import {runContext} from '../../source/wizard/run-context.js';
import {testKey} from '../helpers/results.js';

const otherKey = testKey.slice(0, -2) + testKey.slice(-1) + testKey.slice(-2, -1);
const masked = `sk-…${otherKey.slice(-4)}`;
const file = '~/.claude/settings.json';
// Its settings send it to DeepSeek's Anthropic address and set no key: the shell's is the one it sends.
const baseOnly: AppFound = {keys: [], baseUrl: {name: 'ANTHROPIC_BASE_URL', value: 'https://api.deepseek.com/anthropic', file}};
const env = {DEEPSEEK_API_KEY: testKey, ANTHROPIC_AUTH_TOKEN: otherKey};
const knownWith = (claude: AppFound): Known => knownFrom({env, flags: {}, settings: defaultSettings(), deepseekBaseUrl: 'https://api.deepseek.com', apps: {claude_code: claude}});
const viewOf = (known: Known, choices: View['choices'] = {}): View => ({known, choices, results: new Map(), diagnosis: undefined as never});
const keyLabels = (known: Known) => {
	const menu = nodeOf('all.key');
	assert.ok(menu.kind === 'menu');
	return menu.options(viewOf(known)).map(option => [option.id, typeof option.label === 'function' ? '' : option.label]);
};

test('key_present\'s appKeys: the shell\'s key Claude Code sends to DeepSeek, listed as the environment\'s; its settings\' own value wins', () => {
	assert.deepEqual(otherAppKeys(testKey, 'https://api.deepseek.com', env, {claude_code: baseOnly}), [{source: 'claude_code', name: 'ANTHROPIC_AUTH_TOKEN', masked, inEnvironment: true}]);
	assert.deepEqual(otherAppKeys(testKey, 'https://api.deepseek.com', {...env, ANTHROPIC_AUTH_TOKEN: undefined, ANTHROPIC_API_KEY: otherKey}, {claude_code: baseOnly})[0]?.name, 'ANTHROPIC_API_KEY');
	const ownKey: AppFound = {...baseOnly, keys: [{name: 'ANTHROPIC_AUTH_TOKEN', value: testKey, file}]};
	assert.deepEqual(otherAppKeys(testKey, 'https://api.deepseek.com', env, {claude_code: ownKey}), [], 'its settings send the key checked');
	assert.deepEqual(otherAppKeys(testKey, 'https://api.deepseek.com', env, {claude_code: {keys: []}}), [], 'no settings: nothing says Claude Code is set up here');
});

test('the wizard: the key question offers the shell\'s key Claude Code sends, named as the environment\'s, and the walk checks that key; the script line names the variable', () => {
	const known = knownWith(baseOnly);
	assert.deepEqual(known.appKeys?.claude_code, {masked, name: 'ANTHROPIC_AUTH_TOKEN', file: '', keyVariable: 'ANTHROPIC_AUTH_TOKEN'});
	assert.equal(known.otherAppKeys?.[0]?.inEnvironment, true);
	const labels = keyLabels(known);
	assert.deepEqual(labels.find(([id]) => id === 'claude_code'), ['claude_code', `The key Claude Code sends: ANTHROPIC_AUTH_TOKEN in the environment (${masked})`]);
	assert.ok(!labels.some(([id]) => id === 'variable:ANTHROPIC_AUTH_TOKEN'), 'offered once, as Claude Code\'s');
	const picked = viewOf(known, {keyChoice: 'claude_code'});
	const built = runContext(picked, {env, flags: {}, settings: defaultSettings(), pastedKey: undefined, cwd: '/nowhere', projectEnv: noProjectEnv, appSettings: {claude_code: baseOnly}, now: new Date()}, new AbortController().signal);
	assert.ok(built.ok);
	assert.deepEqual([built.ctx.apiKey, built.ctx.keySource], [otherKey, 'claude_code']);
	assert.equal(scriptKeyApp(picked), 'ANTHROPIC_AUTH_TOKEN');
	assert.equal(scriptSentence('deepseek-fix check', scriptKeyApp(picked)), 'Same from a script, with DEEPSEEK_API_KEY set to the key in ANTHROPIC_AUTH_TOKEN: deepseek-fix check');
	// The key in its settings: said as before.
	const inSettings = knownWith({...baseOnly, keys: [{name: 'ANTHROPIC_AUTH_TOKEN', value: otherKey, file}]});
	assert.deepEqual(keyLabels(inSettings).find(([id]) => id === 'claude_code'), ['claude_code', `The key in Claude Code's settings (${masked})`]);
	assert.equal(scriptKeyApp(viewOf(inSettings, {keyChoice: 'claude_code'})), 'claude_code');
	setLanguage('zh-CN');
	try {
		assert.deepEqual(keyLabels(known).find(([id]) => id === 'claude_code'), ['claude_code', `Claude Code 发送的 key：环境变量 ANTHROPIC_AUTH_TOKEN（${masked}）`]);
		assert.equal(wizardText.start.otherKeyInApp({app: 'claude_code', masked, variable: 'ANTHROPIC_AUTH_TOKEN'}), `环境变量 ANTHROPIC_AUTH_TOKEN 里是另一个 key：${masked}（Claude Code 发送的是它）`);
	} finally {
		setLanguage('en');
	}
	assert.ok(!JSON.stringify(known).includes(otherKey), 'masked');
});

test('no DEEPSEEK_API_KEY, and the shell\'s ANTHROPIC_AUTH_TOKEN is the key Claude Code sends: the key question\'s help says to pick it (it is offered, as Claude Code\'s), not to paste it', () => {
	const known = knownFrom({env: {ANTHROPIC_AUTH_TOKEN: otherKey}, flags: {}, settings: defaultSettings(), deepseekBaseUrl: 'https://api.deepseek.com', apps: {claude_code: baseOnly}});
	const menu = nodeOf('all.key');
	assert.ok(menu.kind === 'menu');
	assert.deepEqual(menu.help?.(viewOf(known), new Date()), [wizardText.key.help, `ANTHROPIC_AUTH_TOKEN in the environment holds a DeepSeek-shaped key (${masked}): pick it to check the key Claude Code sends.`]);
	assert.deepEqual(keyLabels(known).map(([id]) => id), ['claude_code', 'paste', 'none']);
});
