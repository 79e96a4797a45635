// The wizard where Codex CLI keeps its DeepSeek provider in its config.toml (CODEX_HOME here), not the shell: read
// after the first frame, the start screen then says a key is there, the key question offers it, and the checks run
// with it. Masked on every screen, in both languages, at 40x15 and 60x20.
import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fakeKey} from '../fake/server.js';
import {setLanguage} from '../../source/messages/language.js';
import {drive, flat, world, type World, testAppKeyFits} from './helpers.js';

afterEach(() => setLanguage('en'));

const masked = `sk-…${fakeKey.slice(-4)}`;

/** Codex's config.toml in CODEX_HOME (the wizard's own folder): a DeepSeek provider whose env_key names CODEX_DS_KEY. */
async function codexConfig(w: World): Promise<Record<string, string>> {
	await writeFile(path.join(w.configDir, 'config.toml'), 'model_provider = "deepseek"\n\n[model_providers.deepseek]\nname = "DeepSeek"\nbase_url = "https://api.deepseek.com"\nenv_key = "CODEX_DS_KEY"\n');
	return {...w.env, CODEX_HOME: w.configDir, CODEX_DS_KEY: fakeKey};
}

test('no key in DEEPSEEK_API_KEY, Codex\'s in the variable its env_key names: the start screen says so, the key question offers it, and the checks use it', async () => {
	const w = await world('zero_balance', {key: undefined});
	const env = await codexConfig(w);
	const app = drive(w.props({env}));
	try {
		assert.match(flat(await app.waitFor("Codex's config holds one")), new RegExp(`Key: none in DEEPSEEK_API_KEY; Codex's config holds one \\(${masked}\\)`));
		await app.choose('My calls fail with 402');
		await app.choose('An editor or agent app');
		await app.choose('from DEEPSEEK_BASE_URL');
		const keyQuestion = flat(await app.waitFor('Which API key'));
		// The key is in the variable env_key names, not in config.toml: said as the variable, without the file.
		assert.match(keyQuestion, new RegExp(`CODEX_DS_KEY in the environment holds a DeepSeek-shaped key \\(${masked}\\)`));
		assert.doesNotMatch(keyQuestion, /config\.toml sets/);
		await app.choose("The key in Codex's config");
		await app.waitFor('Your DeepSeek balance is empty', 10_000);
		const sent = w.fake.requests.filter(request => request.path.includes('/user/balance'));
		assert.ok(sent.length > 0 && sent.every(request => request.authorization === `Bearer ${fakeKey}`), 'the key Codex sends');
		// Remembered: the key stays where Codex really reads it, the variable env_key names, not config.toml.
		await app.choose('Remember these settings');
		const notice = flat(await app.waitFor(/Remembered/));
		assert.match(notice, /not the key: it stays in CODEX_DS_KEY, the environment variable Codex reads it from, set in the shell that starts it;/);
		assert.doesNotMatch(notice, /stays in Codex's/);
		for (const frame of app.frames()) assert.ok(!frame.includes(fakeKey), 'never whole on screen');
	} finally {
		app.unmount();
		await w.close();
	}
});

testAppKeyFits('Codex', codexConfig, {
	en: {start: 'config holds one', baseUrl: 'from DEEPSEEK_BASE_URL', key: "The key in Codex's config"},
	'zh-CN': {start: '配置里有一个', baseUrl: '来自 DEEPSEEK_BASE_URL', key: 'Codex 配置里的 key'},
});
