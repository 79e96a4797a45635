// The agent apps' settings as one record (app-settings.ts): each app's reader, its timing, and the apps' order.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {readAppSettings, readAppsLater, readAppsNow} from '../../source/app-settings.js';
import {claudeCodeFound} from '../../source/claude-code-env.js';
import {appKey, deepSeekKeysElsewhere} from '../../source/context.js';
import {baseUrlsElsewhere} from '../../source/checks/endpoint.js';
import {testKey} from '../helpers/results.js';

const otherKey = 'sk-' + 'aaaabbbbccccdddd'.repeat(2);

test('claudeCodeFound: the key variables in the order Claude Code prefers them, the base URL named by its variable', () => {
	const found = claudeCodeFound({ANTHROPIC_API_KEY: {value: otherKey, file: 'f'}, ANTHROPIC_AUTH_TOKEN: {value: testKey, file: 'f'}, ANTHROPIC_BASE_URL: {value: 'https://relay.example/anthropic', file: 'f'}});
	assert.deepEqual(found.keys.map(key => key.name), ['ANTHROPIC_AUTH_TOKEN', 'ANTHROPIC_API_KEY']);
	assert.deepEqual(found.baseUrl, {name: 'ANTHROPIC_BASE_URL', value: 'https://relay.example/anthropic', file: 'f'});
	assert.equal(appKey(found)?.value, testKey);
	assert.equal(appKey({keys: [{name: 'ANTHROPIC_AUTH_TOKEN', value: 'sk-ant-not-deepseek', file: 'f'}, {name: 'ANTHROPIC_API_KEY', value: otherKey, file: 'f'}]})?.name, 'ANTHROPIC_API_KEY', 'the first DeepSeek-shaped one');
	assert.deepEqual(claudeCodeFound({}), {keys: []});
});

test('the apps read where asked (Claude Code, OpenCode) and those read later (Continue, Aider, Codex), and all of them in order', async () => {
	const root = mkdtempSync(path.join(tmpdir(), 'dsfix-apps-'));
	try {
		const home = path.join(root, 'home');
		const project = path.join(root, 'project');
		mkdirSync(path.join(home, '.claude'), {recursive: true});
		mkdirSync(path.join(home, '.config', 'opencode'), {recursive: true});
		mkdirSync(path.join(home, '.continue'), {recursive: true});
		mkdirSync(path.join(root, '.git'));
		mkdirSync(project);
		writeFileSync(path.join(home, '.claude', 'settings.json'), JSON.stringify({env: {ANTHROPIC_BASE_URL: 'https://a.example/anthropic'}}));
		writeFileSync(path.join(home, '.config', 'opencode', 'opencode.json'), JSON.stringify({provider: {deepseek: {options: {baseURL: 'https://b.example/v1'}}}}));
		writeFileSync(path.join(home, '.continue', 'config.yaml'), 'name: c\nversion: 1.0.0\nschema: v1\nmodels:\n  - provider: deepseek\n    apiBase: https://c.example/v1\n');
		const env = {HOME: home};
		const base = (found: Awaited<ReturnType<typeof readAppSettings>>) => Object.fromEntries(Object.entries(found).map(([app, values]) => [app, values?.baseUrl?.value]));
		assert.deepEqual(base(readAppsNow(project, env)), {claude_code: 'https://a.example/anthropic', opencode: 'https://b.example/v1'});
		assert.deepEqual(base(await readAppsLater(project, env)), {continue: 'https://c.example/v1', aider: undefined, codex: undefined});
		const all = await readAppSettings(project, env);
		assert.deepEqual(base(all), {claude_code: 'https://a.example/anthropic', opencode: 'https://b.example/v1', continue: 'https://c.example/v1', aider: undefined, codex: undefined});
		// Named in the apps' order, whatever the record's.
		const reversed = Object.fromEntries(Object.entries(all).reverse());
		assert.deepEqual(baseUrlsElsewhere('https://api.deepseek.com', {}, undefined, reversed).map(found => found.source), ['claude_code', 'opencode', 'continue']);
	} finally {
		rmSync(root, {recursive: true, force: true});
	}
});

test('deepSeekKeysElsewhere: the apps\' keys in the apps\' order, each key once', () => {
	const value = (name: string, key: string) => ({name, value: key, file: 'f'});
	const apps = {continue: {keys: [value('models[0].apiKey', otherKey)]}, claude_code: {keys: [value('ANTHROPIC_AUTH_TOKEN', testKey), value('ANTHROPIC_API_KEY', testKey)]}};
	assert.deepEqual(deepSeekKeysElsewhere({}, undefined, apps).map(found => [found.source, found.name]), [['claude_code', 'ANTHROPIC_AUTH_TOKEN'], ['continue', 'models[0].apiKey']]);
});
