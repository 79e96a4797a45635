// An agent app that sends a DeepSeek key to its vendor's own API (Claude Code without a base URL → api.anthropic.com),
// which refuses it: key_present warns (`appKeysToVendor`), the ok verdict stays with a fix in that app's settings file,
// and the wizard's key-accepted leaf leads with that fix. An Anthropic key there, or a base URL set to DeepSeek's, is no mistake.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {AppFound, AppSettings} from '../../source/app-settings.js';
import {keyPresent} from '../../source/checks/key-present.js';
import {appKeysToVendor} from '../../source/checks/app-keys.js';
import type {KeyStores} from '../../source/deepseek/saved-key.js';
import {diagnose} from '../../source/diagnose.js';
import {invalidKeyLeaf, keyOkLeaf} from '../../source/tree/leaves/key.js';
import {checkResult, testContext, testKey} from '../helpers/results.js';

const otherKey = testKey.slice(0, -2) + testKey.slice(-1) + testKey.slice(-2, -1);
const never = new AbortController().signal;
const noStores: KeyStores = {platform: 'linux', env: {}, readFile: () => undefined, run: async () => undefined};
const anthropicKey = 'sk-ant-api03-' + 'x'.repeat(40);

const claude = (key: string, baseUrl?: string, name = 'ANTHROPIC_AUTH_TOKEN'): AppFound => ({
	keys: [{name, value: key, file: '~/.claude/settings.json'}],
	...(baseUrl === undefined ? {} : {baseUrl: {name: 'ANTHROPIC_BASE_URL', value: baseUrl, file: '~/.claude/settings.json'}}),
});
const opencode: AppFound = {keys: [{name: 'provider.deepseek.options.apiKey', value: otherKey, file: 'opencode.json'}]};

async function present(apps: AppSettings) {
	const ctx = testContext({keyStores: noStores, appSettings: async () => apps});
	return keyPresent.later!(ctx, never, await keyPresent.run(ctx, never));
}

const toAnthropic = {source: 'claude_code', name: 'ANTHROPIC_AUTH_TOKEN', masked: `sk-…${otherKey.slice(-4)}`, settingsFile: '~/.claude/settings.json', host: 'api.anthropic.com', setting: 'ANTHROPIC_BASE_URL', deepSeekUrl: 'https://api.deepseek.com/anthropic'};

test('the rule: a DeepSeek key Claude Code sends to Anthropic\'s API is listed; an Anthropic key, a DeepSeek base URL, a relay, the other apps are not', () => {
	assert.deepEqual(appKeysToVendor({}, {claude_code: claude(otherKey)}), [toAnthropic]);
	// The key checked is no excuse: Claude Code still sends it to Anthropic.
	assert.equal(appKeysToVendor({}, {claude_code: claude(testKey)}).length, 1, 'the same key as the one checked');
	assert.equal(appKeysToVendor({}, {claude_code: claude(otherKey, 'https://api.anthropic.com')}).length, 1, 'Anthropic\'s API written out');
	assert.equal(appKeysToVendor({ANTHROPIC_BASE_URL: 'https://api.anthropic.com/'}, {claude_code: claude(otherKey)}).length, 1, 'the environment\'s, Anthropic\'s');
	assert.deepEqual(appKeysToVendor({}, {claude_code: claude(anthropicKey)}), [], 'an Anthropic key');
	assert.deepEqual(appKeysToVendor({}, {claude_code: claude(anthropicKey, undefined, 'ANTHROPIC_API_KEY')}), [], 'an Anthropic key in ANTHROPIC_API_KEY');
	assert.deepEqual(appKeysToVendor({}, {claude_code: claude(otherKey, 'https://api.deepseek.com/anthropic')}), [], 'DeepSeek\'s base URL');
	assert.deepEqual(appKeysToVendor({ANTHROPIC_BASE_URL: 'https://api.deepseek.com/anthropic'}, {claude_code: claude(otherKey)}), [], 'DeepSeek\'s base URL in the environment');
	assert.deepEqual(appKeysToVendor({}, {claude_code: claude(otherKey, 'https://openrouter.ai/api')}), [], 'a relay');
	assert.deepEqual(appKeysToVendor({}, {opencode}), [], 'OpenCode\'s DeepSeek provider calls DeepSeek');
	assert.deepEqual(appKeysToVendor({}, {}), []);
});

test('key_present: warns naming the app, its file, the key masked, where it goes and the fix; the ok verdict gets the fix; nothing whole', async () => {
	const result = await present({claude_code: claude(otherKey)});
	assert.equal(result.status, 'warn');
	assert.equal(
		result.summary,
		`ANTHROPIC_AUTH_TOKEN in Claude Code's ~/.claude/settings.json holds a DeepSeek key (sk-…${otherKey.slice(-4)}), but Claude Code sends it to api.anthropic.com, not to DeepSeek: that API refuses it (401 "invalid x-api-key"). Set ANTHROPIC_BASE_URL to https://api.deepseek.com/anthropic in the "env" of ~/.claude/settings.json.`,
	);
	assert.deepEqual(result.details['appKeysToVendor'], [toAnthropic]);
	assert.ok(!JSON.stringify(result).includes(otherKey) && !JSON.stringify(result).includes(testKey));
	const diagnosis = diagnose([checkResult('key_present', result)]);
	assert.equal(diagnosis.verdict, 'ok');
	assert.deepEqual(diagnosis.fixes[0], {
		id: 'check_key_in_tool',
		title: 'Send Claude Code\'s calls to DeepSeek: set ANTHROPIC_BASE_URL to https://api.deepseek.com/anthropic in the "env" of ~/.claude/settings.json (it sends its DeepSeek key to api.anthropic.com now)',
		url: null,
	});
	// No warning where Claude Code sends an Anthropic key there, or its DeepSeek key to DeepSeek's.
	for (const found of [claude(anthropicKey), claude(testKey, 'https://api.deepseek.com/anthropic')]) {
		const ok = await present({claude_code: found});
		assert.equal(ok.status, 'pass', ok.summary);
		assert.equal(ok.details['appKeysToVendor'], undefined);
	}
});

test('the wizard\'s key-accepted leaf (the 401 path) leads with that app\'s fix', () => {
	const [sent] = appKeysToVendor({}, {claude_code: claude(otherKey)});
	const node = keyOkLeaf();
	const view = {known: {appKeysToVendor: [sent!]} as never, choices: {}, results: new Map(), diagnosis: {verdict: 'ok', summary: '', fixes: []} as never};
	const content = node.content(view);
	assert.match(content.fixes[0]?.title ?? '', /^Send Claude Code's calls to DeepSeek: set ANTHROPIC_BASE_URL/);
	assert.equal(keyOkLeaf().content({...view, known: {} as never}).fixes.some(fix => /Claude Code/.test(fix.title)), false);
});

test('no key at all: key_present names Claude Code sending its DeepSeek key to Anthropic first; no_key leads with that app\'s fix, then checking its key', async () => {
	const ctx = testContext({apiKey: undefined, keySource: 'none', keyStores: noStores, appSettings: async () => ({claude_code: claude(otherKey)})});
	const result = await keyPresent.run(ctx, never);
	assert.equal(result.status, 'fail');
	assert.equal(
		result.summary,
		`No key in DEEPSEEK_API_KEY. ANTHROPIC_AUTH_TOKEN in Claude Code's ~/.claude/settings.json holds a DeepSeek key (sk-…${otherKey.slice(-4)}), but Claude Code sends it to api.anthropic.com, not to DeepSeek: that API refuses it (401 "invalid x-api-key"). Set ANTHROPIC_BASE_URL to https://api.deepseek.com/anthropic in the "env" of ~/.claude/settings.json. To check that key itself, set DEEPSEEK_API_KEY to it, or pick it in the wizard.`,
	);
	assert.deepEqual(result.details['appKeysToVendor'], [toAnthropic]);
	assert.equal((result.details['elsewhere'] as unknown[]).length, 1, 'its key is still offered');
	assert.ok(!JSON.stringify(result).includes(otherKey));
	const diagnosis = diagnose([checkResult('key_present', result)]);
	assert.equal(diagnosis.verdict, 'no_key');
	assert.equal(diagnosis.summary, result.summary);
	assert.deepEqual(diagnosis.fixes.map(fix => fix.id), ['check_key_in_tool', 'set_key', 'create_key']);
	assert.match(diagnosis.fixes[0]!.title, /^Send Claude Code's calls to DeepSeek: set ANTHROPIC_BASE_URL/);
	// Claude Code sent to DeepSeek's already: the sentence of a key found in its settings, as before.
	const fine = await keyPresent.run({...ctx, appSettings: async () => ({claude_code: claude(otherKey, 'https://api.deepseek.com/anthropic')})}, never);
	assert.match(fine.summary, /^No key in DEEPSEEK_API_KEY, but /);
	assert.equal(fine.details['appKeysToVendor'], undefined);
	assert.equal(diagnose([checkResult('key_present', fine)]).fixes[0]?.id, 'set_key');
});

test('the wizard\'s key-refused leaf (the 401 path) gives that app\'s fix: first where the key refused is the one it sends, after the leaf\'s own first step where another key was refused', () => {
	const [sent] = appKeysToVendor({}, {claude_code: claude(otherKey)});
	/** DeepSeek refuses the key checked (`checked`), echoing it back: the key itself, deleted or of another account. */
	const refused = (checked: string, keyChoice?: 'claude_code') => {
		const results = [
			checkResult('key_format', {status: 'pass', summary: '', details: {shape: 'ok', masked: `sk-…${checked.slice(-4)}`, length: checked.length}}),
			checkResult('auth', {status: 'fail', summary: '', details: {httpStatus: 401, sentLastFour: checked.slice(-4), echoedLastFour: checked.slice(-4)}}),
		];
		return {known: {appKeysToVendor: [sent!]} as never, choices: keyChoice ? {keyChoice} : {}, results: new Map(results.map(item => [item.id, item])), diagnosis: diagnose(results)};
	};
	const appFix = /^Send Claude Code's calls to DeepSeek: set ANTHROPIC_BASE_URL/;
	const theirs = invalidKeyLeaf().content(refused(otherKey)).fixes;
	assert.match(theirs[0]?.title ?? '', appFix, 'the key Claude Code sends was refused: its route first');
	assert.match(invalidKeyLeaf().content(refused(otherKey, 'claude_code')).fixes[0]?.title ?? '', appFix, 'picked from its settings');
	const another = invalidKeyLeaf().content(refused(testKey)).fixes;
	assert.doesNotMatch(another[0]?.title ?? '', appFix, 'another key refused: the leaf\'s own first step first');
	assert.match(another[1]?.title ?? '', appFix);
	assert.equal(another.filter(fix => appFix.test(fix.title)).length, 1, 'once');
	assert.deepEqual(theirs.slice(1).map(fix => fix.title), [another[0]?.title, ...another.slice(2).map(fix => fix.title)], 'the leaf\'s own steps kept, beside the app\'s');
	const none = invalidKeyLeaf().content({...refused(testKey), known: {} as never}).fixes;
	assert.equal(none.some(fix => appFix.test(fix.title)), false, 'no app that sends its key elsewhere: no such fix');
});

test('check\'s invalid_key: DeepSeek refused the key Claude Code sends to Anthropic: that app\'s fix first, then the key\'s own; another key refused: the app\'s after the first', () => {
	const [sent] = appKeysToVendor({}, {claude_code: claude(otherKey)});
	const refusedBy = (checked: string, source = 'env') => [
		checkResult('key_present', {status: 'warn', summary: '', details: {source, appKeysToVendor: [sent!]}}),
		checkResult('key_format', {status: 'pass', summary: '', details: {shape: 'ok', masked: `sk-…${checked.slice(-4)}`, length: checked.length}}),
		checkResult('auth', {status: 'fail', summary: 'Rejected (401)', details: {httpStatus: 401, sentLastFour: checked.slice(-4), echoedLastFour: checked.slice(-4)}}),
	];
	const appFix = /^Send Claude Code's calls to DeepSeek: set ANTHROPIC_BASE_URL/;
	const theirs = diagnose(refusedBy(otherKey));
	assert.equal(theirs.verdict, 'invalid_key');
	assert.equal(theirs.fixes[0]?.id, 'check_key_in_tool');
	assert.match(theirs.fixes[0]!.title, appFix, 'the same last four: its route first');
	assert.match(diagnose(refusedBy(otherKey, 'claude_code')).fixes[0]!.title, appFix, 'picked from its settings');
	const another = diagnose(refusedBy(testKey));
	assert.doesNotMatch(another.fixes[0]!.title, appFix, 'another key refused: the key\'s own fix first');
	assert.match(another.fixes[1]!.title, appFix);
	assert.deepEqual(theirs.fixes.slice(1), [another.fixes[0], ...another.fixes.slice(2)], 'the key\'s own fixes kept, beside the app\'s');
	assert.equal(theirs.fixes.filter(fix => appFix.test(fix.title)).length, 1, 'once');
	// The wizard's key-refused leaf, with check's list carrying it: still once, in the same place.
	const leafOf = (results: ReturnType<typeof refusedBy>) => invalidKeyLeaf().content({known: {appKeysToVendor: [sent!]} as never, choices: {}, results: new Map(results.map(item => [item.id, item])), diagnosis: diagnose(results)}).fixes;
	const leaf = leafOf(refusedBy(otherKey));
	assert.match(leaf[0]!.title, appFix);
	assert.equal(leaf.filter(fix => appFix.test(fix.title)).length, 1, 'once on the wizard\'s screen');
	assert.match(leafOf(refusedBy(testKey))[1]!.title, appFix);
	// No app sending its key elsewhere: the list as before.
	const without = diagnose(refusedBy(otherKey).map(item => (item.id === 'key_present' ? {...item, details: {source: 'env'}} : item)));
	assert.equal(without.fixes.some(fix => appFix.test(fix.title)), false);
});

test('the shell\'s DeepSeek key in ANTHROPIC_AUTH_TOKEN or ANTHROPIC_API_KEY, where Claude Code\'s settings set none and point at (or leave it at) Anthropic\'s API: the key it sends, listed as the environment\'s; key_present says so and where to set the base URL, in both languages', async () => {
	const settingsAt = (baseUrl?: string, keys: AppFound['keys'] = []): AppFound => ({keys, ...(baseUrl === undefined ? {} : {baseUrl: {name: 'ANTHROPIC_BASE_URL', value: baseUrl, file: '.claude/settings.local.json'}})});
	const fromShell = {source: 'claude_code', name: 'ANTHROPIC_AUTH_TOKEN', masked: `sk-…${otherKey.slice(-4)}`, inEnvironment: true, baseUrlFile: '.claude/settings.local.json', host: 'api.anthropic.com', setting: 'ANTHROPIC_BASE_URL', deepSeekUrl: 'https://api.deepseek.com/anthropic'};
	assert.deepEqual(appKeysToVendor({ANTHROPIC_AUTH_TOKEN: otherKey}, {claude_code: settingsAt('https://api.anthropic.com')}), [fromShell]);
	assert.deepEqual(appKeysToVendor({ANTHROPIC_API_KEY: ` ${otherKey} `}, {claude_code: settingsAt('https://api.anthropic.com')}), [{...fromShell, name: 'ANTHROPIC_API_KEY'}], 'ANTHROPIC_API_KEY, trimmed');
	// Its settings hold an Anthropic key in ANTHROPIC_API_KEY and no base URL: the shell's ANTHROPIC_AUTH_TOKEN is still sent, to Anthropic's.
	const {baseUrlFile: _, ...noBaseFile} = fromShell;
	assert.deepEqual(appKeysToVendor({ANTHROPIC_AUTH_TOKEN: otherKey}, {claude_code: settingsAt(undefined, [{name: 'ANTHROPIC_API_KEY', value: anthropicKey, file: '~/.claude/settings.json'}])}), [noBaseFile]);
	// The settings' own value of the same variable wins over the shell's (Claude Code applies its settings' env over it).
	assert.deepEqual(appKeysToVendor({ANTHROPIC_AUTH_TOKEN: otherKey}, {claude_code: settingsAt('https://api.anthropic.com', [{name: 'ANTHROPIC_AUTH_TOKEN', value: anthropicKey, file: '~/.claude/settings.json'}])}), []);
	// Sent to DeepSeek's (its settings, or the shell's base URL), an Anthropic key in the shell, or no sign of Claude Code's settings at all: nothing.
	assert.deepEqual(appKeysToVendor({ANTHROPIC_AUTH_TOKEN: otherKey}, {claude_code: settingsAt('https://api.deepseek.com/anthropic')}), []);
	assert.deepEqual(appKeysToVendor({ANTHROPIC_AUTH_TOKEN: anthropicKey}, {claude_code: settingsAt('https://api.anthropic.com')}), []);
	assert.deepEqual(appKeysToVendor({ANTHROPIC_AUTH_TOKEN: otherKey}, {claude_code: settingsAt()}), [], 'no settings: nothing says Claude Code is set up here');
	assert.deepEqual(appKeysToVendor({ANTHROPIC_AUTH_TOKEN: otherKey}, {}), []);
	const ctx = testContext({env: {ANTHROPIC_AUTH_TOKEN: otherKey}, keyStores: noStores, appSettings: async () => ({claude_code: settingsAt('https://api.anthropic.com')})});
	const result = await keyPresent.later!(ctx, never, await keyPresent.run(ctx, never));
	assert.equal(result.status, 'warn');
	assert.equal(result.summary, `ANTHROPIC_AUTH_TOKEN in the environment holds a DeepSeek key (sk-…${otherKey.slice(-4)}), but Claude Code sends it to api.anthropic.com, not to DeepSeek: that API refuses it (401 "invalid x-api-key"). Set ANTHROPIC_BASE_URL to https://api.deepseek.com/anthropic in the "env" of .claude/settings.local.json.`);
	assert.deepEqual(result.details['appKeysToVendor'], [fromShell]);
	assert.equal(diagnose([checkResult('key_present', result)]).fixes[0]?.title, 'Send Claude Code\'s calls to DeepSeek: set ANTHROPIC_BASE_URL to https://api.deepseek.com/anthropic in the "env" of .claude/settings.local.json (it sends its DeepSeek key to api.anthropic.com now)');
	const {setLanguage} = await import('../../source/messages/language.js');
	setLanguage('zh-CN');
	try {
		const zh = await keyPresent.later!(ctx, never, await keyPresent.run(ctx, never));
		assert.match(zh.summary, /^环境变量 ANTHROPIC_AUTH_TOKEN 是 DeepSeek 的 key/);
		assert.match(zh.summary, /请在 \.claude\/settings\.local\.json 的 "env" 里把 ANTHROPIC_BASE_URL 设为/);
	} finally {
		setLanguage('en');
	}
	assert.ok(!JSON.stringify(result).includes(otherKey));
});

test('the rule for Codex: its DeepSeek provider\'s base_url at OpenAI\'s own API is listed, with that base_url set to DeepSeek\'s in the file that sets it as the fix; at DeepSeek\'s or a relay\'s it is not', () => {
	const codex = (baseUrl: string, baseFile = '~/.codex/config.toml'): AppFound => ({
		keys: [{name: 'model_providers.deepseek.env_key ($DEEPSEEK_API_KEY)', value: otherKey, file: '~/.codex/config.toml', variable: 'DEEPSEEK_API_KEY'}],
		baseUrl: {name: 'model_providers.deepseek.base_url', value: baseUrl, file: baseFile},
	});
	const toOpenAi = {source: 'codex', name: 'model_providers.deepseek.env_key ($DEEPSEEK_API_KEY)', masked: `sk-…${otherKey.slice(-4)}`, settingsFile: '~/.codex/config.toml', host: 'api.openai.com', setting: 'model_providers.deepseek.base_url', deepSeekUrl: 'https://api.deepseek.com'};
	assert.deepEqual(appKeysToVendor({}, {codex: codex('https://api.openai.com/v1')}), [toOpenAi]);
	// The base_url set in another layer (the system's file) than the key: the fix names that file.
	assert.deepEqual(appKeysToVendor({}, {codex: codex('https://api.openai.com/v1', '/etc/codex/config.toml')}), [{...toOpenAi, baseUrlFile: '/etc/codex/config.toml'}]);
	assert.deepEqual(appKeysToVendor({}, {codex: codex('https://api.deepseek.com')}), [], 'DeepSeek\'s base URL');
	assert.deepEqual(appKeysToVendor({}, {codex: codex('https://openrouter.ai/api/v1')}), [], 'a relay');
	assert.deepEqual(appKeysToVendor({}, {codex: {keys: codex('https://api.openai.com/v1').keys}}), [], 'no base_url read: nothing to fix');
});
