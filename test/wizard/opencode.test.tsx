// The wizard where OpenCode keeps its DeepSeek key and base URL in its config (the project's
// opencode.jsonc, with comments), not in the shell: the start screen says a key is there, the
// 402 path for an agent app offers that base URL and that key, and the checks then run with
// what OpenCode sends. Offered after Claude Code's, once per key. Masked on every screen, in
// both languages, at 40x15 and 60x20.
import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fakeKey} from '../fake/server.js';
import {setLanguage} from '../../source/messages/language.js';
import {drive, flat, world, type World, testAppKeyFits, saveAndRememberWithoutTheKey} from './helpers.js';

afterEach(() => setLanguage('en'));

const masked = `sk-…${fakeKey.slice(-4)}`;
const otherKey = 'sk-' + 'aaaabbbbccccdddd'.repeat(2);
const thirdKey = 'sk-' + '1111222233334444'.repeat(2);

/** The project's opencode.jsonc (the wizard runs in the world's folder): DeepSeek's provider with `options`. */
async function openCodeConfig(w: World, options: Record<string, string> = {apiKey: fakeKey, baseURL: `${w.fake.baseUrl}/v1`}): Promise<void> {
	const text = `{\n  "$schema": "https://opencode.ai/config.json",\n  // DeepSeek\n  "provider": {"deepseek": {"options": ${JSON.stringify(options)},},},\n}\n`;
	await writeFile(path.join(w.configDir, 'opencode.jsonc'), text);
}

test('no key in the shell, OpenCode\'s in its config: the start screen says so, an agent app\'s 402 walk offers its base URL and key, and the checks use them', async () => {
	const w = await world('zero_balance', {key: undefined});
	await openCodeConfig(w);
	const app = drive(w.props({env: {...w.env, DEEPSEEK_BASE_URL: undefined}}));
	try {
		const start = flat(await app.waitFor('What is happening?'));
		assert.match(start, new RegExp(`Key: none in DEEPSEEK_API_KEY; OpenCode's config holds one \\(${masked}\\)`));
		await app.choose('My calls fail with 402');
		await app.choose('An editor or agent app');
		assert.match(flat(await app.waitFor('Which address')), /The base URL in OpenCode's config \(http:\/\/127\.0\.0\.1:\d+\/v1\)/, 'as OpenCode\'s config writes it');
		await app.choose("The base URL in OpenCode's config");
		const keyQuestion = flat(await app.waitFor('Which API key'));
		assert.match(keyQuestion, new RegExp(`OpenCode's opencode\\.jsonc sets provider\\.deepseek\\.options\\.apiKey to a DeepSeek-shaped key \\(${masked}\\)`));
		await app.choose("The key in OpenCode's config");
		await app.waitFor('Your DeepSeek balance is empty', 10_000);
		const sent = w.fake.requests.filter(request => request.path.includes('/user/balance'));
		assert.ok(sent.length > 0 && sent.every(request => request.authorization === `Bearer ${fakeKey}`), 'the key OpenCode sends, to the base URL it sends it to');
		assert.ok(sent.every(request => request.path === '/user/balance'), 'at the root of /v1');
		await saveAndRememberWithoutTheKey(app, w);
	} finally {
		app.unmount();
		await w.close();
	}
});

test('keys in DEEPSEEK_API_KEY, Claude Code\'s settings and OpenCode\'s config: the key question offers all three in that order, and picking OpenCode\'s checks that one', async () => {
	const w = await world('ok', {key: otherKey});
	await mkdir(path.join(w.configDir, '.claude'), {recursive: true});
	await writeFile(path.join(w.configDir, '.claude', 'settings.json'), JSON.stringify({env: {ANTHROPIC_AUTH_TOKEN: thirdKey}}));
	await openCodeConfig(w, {apiKey: fakeKey});
	const app = drive(w.props());
	try {
		await app.waitFor('What is happening?');
		await app.choose('My calls fail with 402');
		await app.choose('An editor or agent app');
		await app.choose('from DEEPSEEK_BASE_URL');
		const keyQuestion = flat(await app.waitFor('Which API key'));
		const order = ['The key in DEEPSEEK_API_KEY (sk-…dddd)', "The key in Claude Code's settings (sk-…4444)", `The key in OpenCode's config (${masked})`].map(label => keyQuestion.indexOf(label));
		assert.ok(order.every((at, index) => at >= 0 && (index === 0 || at > order[index - 1]!)), keyQuestion);
		await app.choose("The key in OpenCode's config");
		await app.waitFor(/Money left|balance/i, 10_000);
		const models = w.fake.requests.filter(request => request.path.endsWith('/models'));
		assert.ok(models.length > 0 && models.every(request => request.authorization === `Bearer ${fakeKey}`));
	} finally {
		app.unmount();
		await w.close();
	}
});

test('the same key in Claude Code\'s settings and OpenCode\'s config is offered once, as Claude Code\'s', async () => {
	const w = await world('ok', {key: undefined});
	await mkdir(path.join(w.configDir, '.claude'), {recursive: true});
	await writeFile(path.join(w.configDir, '.claude', 'settings.json'), JSON.stringify({env: {ANTHROPIC_AUTH_TOKEN: fakeKey}}));
	await openCodeConfig(w, {apiKey: fakeKey});
	const app = drive(w.props());
	try {
		await app.waitFor('What is happening?');
		await app.choose('My calls fail with 402');
		await app.choose('My own code');
		await app.choose('from DEEPSEEK_BASE_URL');
		const keyQuestion = flat(await app.waitFor('Which API key'));
		assert.match(keyQuestion, /The key in Claude Code's settings/);
		assert.doesNotMatch(keyQuestion, /OpenCode's config/);
	} finally {
		app.unmount();
		await w.close();
	}
});

testAppKeyFits('OpenCode', w => openCodeConfig(w, {apiKey: fakeKey, baseURL: 'https://relay.example/v1'}), {
	en: {start: "OpenCode's config holds one", baseUrl: "The base URL in OpenCode's config", key: "The key in OpenCode's config"},
	'zh-CN': {start: 'OpenCode 的配置里有一个', baseUrl: 'OpenCode 配置里的 base URL', key: 'OpenCode 配置里的 key'},
});
