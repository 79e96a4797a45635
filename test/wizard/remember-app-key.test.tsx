// "Remember these settings" says what it kept. After Claude Code's or OpenCode's key: the base
// URL, not the key, which stays in that app's settings; a key source remembered before is
// forgotten (it is no longer where the key comes from), and the next run finds the key in the
// app's settings again. After the remembered key: only the base URL is new. Both languages.
import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fakeKey} from '../fake/server.js';
import {setLanguage} from '../../source/messages/language.js';
import {loadSettings, rememberKey, rememberKeySource} from '../../source/settings/index.js';
import {drive, flat, flatIn, world, type World} from './helpers.js';

afterEach(() => setLanguage('en'));

const masked = `sk-…${fakeKey.slice(-4)}`;

async function claudeCodeSettings(w: World): Promise<void> {
	await mkdir(path.join(w.configDir, '.claude'), {recursive: true});
	await writeFile(path.join(w.configDir, '.claude', 'settings.json'), JSON.stringify({env: {ANTHROPIC_AUTH_TOKEN: fakeKey}}));
}

const words = {
	en: {
		start: 'What is happening?',
		fails402: 'My calls fail with 402',
		app: 'An editor or agent app',
		current: 'from DEEPSEEK_BASE_URL',
		appKey: "The key in Claude Code's settings",
		remembered: 'My remembered key',
		leaf: 'Your DeepSeek balance is empty',
		remember: 'Remember these settings',
		said: /Remembered the base URL \(.*config\.json\), not the key: it stays in Claude Code's \.claude\/settings\.json, where the wizard finds it next time; deepseek-fix check needs it in DEEPSEEK_API_KEY\./,
		saidRemembered: /Remembered the base URL \(.*config\.json\); your key was remembered there already\./,
	},
	'zh-CN': {
		start: '遇到了什么情况？',
		fails402: '调用失败，报 402',
		app: '编辑器插件或 AI 编程工具',
		current: '来自 DEEPSEEK_BASE_URL',
		appKey: 'Claude Code 设置里的 key',
		remembered: '已记住的 key',
		leaf: '你的 DeepSeek 余额已用完',
		remember: '记住这些设置',
		said: /已记住baseURL（.*config\.json），没有记住key：它仍在ClaudeCode的\.claude\/settings\.json里，向导下次会在那里找到它；deepseek-fixcheck要等DEEPSEEK_API_KEY里有它才会用。/,
		saidRemembered: /已记住 base URL（.*config\.json）；你的 key 之前已经记在这里。/,
	},
} as const;

for (const language of ['en', 'zh-CN'] as const) {
	const say = words[language];
	test(`${language}: remembering the settings after Claude Code's key keeps the base URL, forgets the old key source, says where the key stays, and the next run offers it again`, async () => {
		setLanguage(language);
		const w = await world('zero_balance', {key: undefined, env: {DEEPSEEK_FIX_LANG: language}});
		await claudeCodeSettings(w);
		// A run before this one remembered that the key came from DEEPSEEK_API_KEY: no longer true.
		await rememberKeySource(w.env, 'env');
		const app = drive(w.props());
		try {
			await app.waitFor(say.start);
			await app.choose(say.fails402);
			await app.choose(say.app);
			await app.choose(say.current);
			await app.choose(say.appKey);
			await app.waitFor(say.leaf, 10_000);
			await app.choose(say.remember);
			await app.waitFor(/config\.json/);
			assert.match(flatIn(language, app.lastFrame() ?? ''), say.said);
			const {settings} = loadSettings(w.env);
			assert.equal(settings.keySource, undefined, 'the source remembered before is forgotten');
			assert.equal(settings.apiKey, undefined, 'the key is not copied');
			assert.equal(settings.baseUrl, w.env['DEEPSEEK_BASE_URL']);
			for (const frame of app.frames()) assert.ok(!frame.includes(fakeKey));
		} finally {
			app.unmount();
		}
		// The next run, still without DEEPSEEK_API_KEY: what the notice promised.
		const next = drive(w.props({env: {...w.env, DEEPSEEK_BASE_URL: undefined}}));
		try {
			const start = flat(await next.waitFor(say.start));
			assert.ok(start.includes(masked), start);
			await next.choose(say.fails402);
			await next.choose(say.app);
			await next.waitFor(language === 'en' ? 'remembered' : '已记住');
			await next.choose(language === 'en' ? 'remembered' : '已记住');
			assert.ok(flat(await next.waitFor(say.appKey)).includes(masked));
		} finally {
			next.unmount();
			await w.close();
		}
	});

	test(`${language}: at 40×15 the notice after Claude Code's key is shown whole, down to where deepseek-fix check finds the key`, async () => {
		setLanguage(language);
		const w = await world('zero_balance', {key: undefined, env: {DEEPSEEK_FIX_LANG: language}});
		await claudeCodeSettings(w);
		const app = drive(w.props(), {columns: 40, rows: 15});
		try {
			await app.waitFor(say.start);
			await app.choose(say.fails402);
			await app.choose(say.app);
			await app.choose(say.current);
			await app.choose(say.appKey);
			await app.waitFor(say.leaf, 10_000);
			await app.choose(say.remember);
			await app.waitFor(language === 'en' ? 'Remembered the base URL' : '已记住 base URL');
			// Not cut with "…" before its last sentence, the one that says what check needs.
			assert.match(flatIn(language, app.lastFrame() ?? ''), language === 'en' ? /needs it in DEEPSEEK_API_KEY\./ : /DEEPSEEK_API_KEY里有它才会用。/);
		} finally {
			app.unmount();
			await w.close();
		}
	});

	test(`${language}: remembering the settings after the remembered key says only the base URL is new, and keeps the key's source`, async () => {
		setLanguage(language);
		const w = await world('zero_balance', {key: undefined, env: {DEEPSEEK_FIX_LANG: language}});
		await rememberKey(w.env, fakeKey);
		const app = drive(w.props());
		try {
			await app.waitFor(say.start);
			await app.choose(say.fails402);
			await app.choose(say.app);
			await app.choose(say.current);
			await app.choose(say.remembered);
			await app.waitFor(say.leaf, 10_000);
			await app.choose(say.remember);
			await app.waitFor(/config\.json/);
			assert.match(flat(app.lastFrame()), say.saidRemembered);
			assert.equal(loadSettings(w.env).settings.keySource, 'remembered');
		} finally {
			app.unmount();
			await w.close();
		}
	});
}
