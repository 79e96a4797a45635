// The wizard where Continue keeps its DeepSeek model's key in its config.yaml (as a secret in its
// .env), not in the shell: read after the first frame, the start screen then says a key is there,
// the key question offers it after OpenCode's, and the checks run with it. Masked on every screen,
// in both languages, at 40x15 and 60x20.
import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fakeKey} from '../fake/server.js';
import {setLanguage} from '../../source/messages/language.js';
import {loadSettings} from '../../source/settings/index.js';
import {drive, flat, world, type World, testAppKeyFits} from './helpers.js';

afterEach(() => setLanguage('en'));

const masked = `sk-…${fakeKey.slice(-4)}`;
const otherKey = 'sk-' + 'aaaabbbbccccdddd'.repeat(2);

/** Continue's folder in the world (CONTINUE_GLOBAL_DIR): config.yaml with a DeepSeek model whose key is a secret in its .env. */
async function continueConfig(w: World, key = fakeKey): Promise<Record<string, string>> {
	const folder = path.join(w.configDir, 'continue');
	await mkdir(folder, {recursive: true});
	await writeFile(path.join(folder, 'config.yaml'), 'name: Local Config\nversion: 1.0.0\nschema: v1\nmodels:\n  - name: DeepSeek\n    provider: deepseek\n    model: deepseek-chat\n    apiKey: ${{ secrets.DEEPSEEK_API_KEY }}\n');
	await writeFile(path.join(folder, '.env'), `DEEPSEEK_API_KEY=${key}\n`);
	return {CONTINUE_GLOBAL_DIR: folder};
}

test('no key in the shell, Continue\'s in its config: the start screen says so, the key question offers it, and the checks use it; never remembered', async () => {
	const w = await world('zero_balance', {key: undefined});
	const env = {...w.env, ...(await continueConfig(w))};
	const app = drive(w.props({env}));
	try {
		const start = flat(await app.waitFor("Continue's config holds one"));
		assert.match(start, new RegExp(`Key: none in DEEPSEEK_API_KEY; Continue's config holds one \\(${masked}\\)`));
		await app.choose('My calls fail with 402');
		await app.choose('An editor or agent app');
		await app.choose('from DEEPSEEK_BASE_URL');
		const keyQuestion = flat(await app.waitFor('Which API key'));
		assert.match(keyQuestion, new RegExp(`Continue's ~?[^ ]*config\\.yaml sets models\\[0\\]\\.apiKey \\(secrets\\.DEEPSEEK_API_KEY, [^)]*\\) to a DeepSeek-shaped key \\(${masked}\\)`));
		await app.choose("The key in Continue's config");
		const result = flat(await app.waitFor('Your DeepSeek balance is empty', 10_000));
		const sent = w.fake.requests.filter(request => request.path.includes('/user/balance'));
		assert.ok(sent.length > 0 && sent.every(request => request.authorization === `Bearer ${fakeKey}`), 'the key Continue sends');
		assert.match(result, /Same from a script, with DEEPSEEK_API_KEY set to the key in Continue's config: deepseek-fix check/);
		await app.choose('Remember these settings');
		assert.match(flat(await app.waitFor(/Remembered/)), /Remembered the base URL \(.*\), not the key: it stays in Continue's .*config\.yaml, where the wizard finds it next time; deepseek-fix check needs it in DEEPSEEK_API_KEY\./);
		assert.equal(loadSettings(env).settings.keySource, undefined, 'the pick is not remembered as a source');
		for (const frame of app.frames()) assert.ok(!frame.includes(fakeKey), 'never whole on screen');
	} finally {
		app.unmount();
		await w.close();
	}
});

test('keys in OpenCode\'s config and Continue\'s: Continue\'s is offered after OpenCode\'s, and once where they are the same', async () => {
	const w = await world('ok', {key: undefined});
	const env = {...w.env, ...(await continueConfig(w))};
	await writeFile(path.join(w.configDir, 'opencode.json'), JSON.stringify({provider: {deepseek: {options: {apiKey: otherKey}}}}));
	const app = drive(w.props({env}));
	try {
		await app.waitFor("OpenCode's config holds one");
		await app.choose('My calls fail with 402');
		await app.choose('My own code');
		await app.choose('from DEEPSEEK_BASE_URL');
		const keyQuestion = flat(await app.waitFor(`The key in Continue's config (${masked})`));
		assert.ok(keyQuestion.indexOf("The key in OpenCode's config (sk-…dddd)") < keyQuestion.indexOf("The key in Continue's config"), keyQuestion);
	} finally {
		app.unmount();
		await w.close();
	}
	const same = await world('ok', {key: undefined});
	const sameEnv = {...same.env, ...(await continueConfig(same))};
	await writeFile(path.join(same.configDir, 'opencode.json'), JSON.stringify({provider: {deepseek: {options: {apiKey: fakeKey}}}}));
	const again = drive(same.props({env: sameEnv}));
	try {
		await again.waitFor("OpenCode's config holds one");
		await again.choose('My calls fail with 402');
		await again.choose('My own code');
		await again.choose('from DEEPSEEK_BASE_URL');
		const keyQuestion = flat(await again.waitFor('Which API key'));
		assert.doesNotMatch(keyQuestion, /Continue's config/);
	} finally {
		again.unmount();
		await same.close();
	}
});

testAppKeyFits('Continue', continueConfig, {
	en: {start: "Continue's config holds one", baseUrl: 'from DEEPSEEK_BASE_URL', key: "The key in Continue's config"},
	'zh-CN': {start: 'Continue 的配置里有一个', baseUrl: '来自 DEEPSEEK_BASE_URL', key: 'Continue 配置里的 key'},
});
