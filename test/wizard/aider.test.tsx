// The wizard where Aider keeps its DeepSeek key in .aider.conf.yml (api-key: deepseek=…), not in the
// shell: read after the first frame, the start screen then says a key is there, the key question
// offers it after the other apps', and the checks run with it; never remembered. Masked on every
// screen, in both languages, at 40x15 and 60x20.
import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fakeKey} from '../fake/server.js';
import {setLanguage} from '../../source/messages/language.js';
import {loadSettings} from '../../source/settings/index.js';
import {drive, flat, world, type World, testAppKeyFits} from './helpers.js';

afterEach(() => setLanguage('en'));

const masked = `sk-…${fakeKey.slice(-4)}`;
const otherKey = 'sk-' + 'aaaabbbbccccdddd'.repeat(2);

/** Aider's config in the folder the wizard runs in. */
async function aiderConfig(w: World, key = fakeKey): Promise<void> {
	await writeFile(path.join(w.configDir, '.aider.conf.yml'), `model: deepseek/deepseek-chat\napi-key:\n  - deepseek=${key}\n`);
}

test('no key in the shell, Aider\'s in its .aider.conf.yml: the start screen says so, the key question offers it, and the checks use it; never remembered', async () => {
	const w = await world('zero_balance', {key: undefined});
	await aiderConfig(w);
	const app = drive(w.props());
	try {
		const start = flat(await app.waitFor("Aider's settings hold one"));
		assert.match(start, new RegExp(`Key: none in DEEPSEEK_API_KEY; Aider's settings hold one \\(${masked}\\)`));
		await app.choose('My calls fail with 402');
		await app.choose('An editor or agent app');
		await app.choose('from DEEPSEEK_BASE_URL');
		const keyQuestion = flat(await app.waitFor('Which API key'));
		assert.match(keyQuestion, new RegExp(`Aider's \\.aider\\.conf\\.yml sets the deepseek= item under api-key to a DeepSeek-shaped key \\(${masked}\\)`));
		await app.choose("The key in Aider's settings");
		const result = flat(await app.waitFor('Your DeepSeek balance is empty', 10_000));
		const sent = w.fake.requests.filter(request => request.path.includes('/user/balance'));
		assert.ok(sent.length > 0 && sent.every(request => request.authorization === `Bearer ${fakeKey}`), 'the key Aider sends');
		assert.match(result, /Same from a script, with DEEPSEEK_API_KEY set to the key in Aider's settings: deepseek-fix check/);
		await app.choose('Remember these settings');
		assert.match(flat(await app.waitFor(/Remembered/)), /Remembered the base URL \(.*\), not the key: it stays in Aider's \.aider\.conf\.yml, where the wizard finds it next time; deepseek-fix check needs it in DEEPSEEK_API_KEY\./);
		assert.equal(loadSettings(w.env).settings.keySource, undefined, 'the pick is not remembered as a source');
		for (const frame of app.frames()) assert.ok(!frame.includes(fakeKey), 'never whole on screen');
	} finally {
		app.unmount();
		await w.close();
	}
});

test('keys in OpenCode\'s config and Aider\'s: Aider\'s is offered after OpenCode\'s, and once where they are the same', async () => {
	for (const [opencodeKey, offered] of [[otherKey, true], [fakeKey, false]] as const) {
		const w = await world('ok', {key: undefined});
		await aiderConfig(w);
		await writeFile(path.join(w.configDir, 'opencode.json'), JSON.stringify({provider: {deepseek: {options: {apiKey: opencodeKey}}}}));
		const app = drive(w.props());
		try {
			await app.waitFor("OpenCode's config holds one");
			await app.choose('My calls fail with 402');
			await app.choose('My own code');
			await app.choose('from DEEPSEEK_BASE_URL');
			const keyQuestion = flat(await app.waitFor(offered ? `The key in Aider's settings (${masked})` : 'Which API key'));
			if (offered) assert.ok(keyQuestion.indexOf("The key in OpenCode's config (sk-…dddd)") < keyQuestion.indexOf("The key in Aider's settings"), keyQuestion);
			else assert.doesNotMatch(keyQuestion, /Aider's settings/);
		} finally {
			app.unmount();
			await w.close();
		}
	}
});

testAppKeyFits('Aider', aiderConfig, {
	en: {start: 'settings hold one', baseUrl: 'from DEEPSEEK_BASE_URL', key: "The key in Aider's settings"},
	'zh-CN': {start: '设置里有一个', baseUrl: '来自 DEEPSEEK_BASE_URL', key: 'Aider 设置里的 key'},
});
