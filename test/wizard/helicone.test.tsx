// Helicone's DeepSeek gateway passes the user's own DeepSeek key on: the fake plays
// https://deepseek.helicone.ai on 127.0.0.1 (map-hosts.mjs; the test certificate names it). Its refusal
// of its own key (Helicone-Auth) ends on Helicone's key page, not on a new DeepSeek key; a 402 through
// it (DeepSeek's top-up) is played with Cloudflare's in test/wizard/cloudflare-ai-gateway.test.tsx.
import '../helpers/map-hosts.mjs';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {setLanguage} from '../../source/messages/language.js';
import {drive, flat, focusedLabel, session, world} from './helpers.js';

process.env.TEST_LOOPBACK_HOSTS = 'deepseek.helicone.ai';

const fixTitles = (screen: string) => screen.split('\n').filter(line => line.startsWith('  → ')).map(line => line.slice(4));

test('Helicone refuses its own key (401 "Invalid Helicone API key", Run every check with the paid call): Helicone stops the calls, its key page first, no new DeepSeek key', async () => {
	const w = await world('helicone_auth');
	await session(w, async app => {
		await app.choose('Run every check');
		await app.choose('The key in DEEPSEEK_API_KEY');
		await app.choose('Yes, make the one paid test call');
		const leaf = await app.waitFor('What to do:', 8000);
		assert.match(flat(leaf), /✖ Helicone stops your calls itself \(401\), before DeepSeek/, leaf);
		assert.match(fixTitles(leaf)[0] ?? '', /^Helicone-Auth header: have your tool send a valid Helicone API key in it/, leaf);
		assert.equal(focusedLabel(leaf), '❯ Open helicone.ai/developer', leaf);
		assert.doesNotMatch(flat(leaf), /DeepSeek does not accept this key|Also check my DeepSeek account|not to DeepSeek|switch off/, leaf);
	});
	setLanguage('zh-CN');
	try {
		const zh = await world('helicone_auth');
		const app = drive(zh.props(), {columns: 100, rows: 30});
		try {
			await app.waitFor('遇到了什么情况？', 5000);
			await app.choose('运行全部检查');
			await app.choose('DEEPSEEK_API_KEY');
			await app.choose('可以，发起这次付费测试调用');
			const leaf = await app.waitFor('解决办法：', 8000);
			assert.match(flat(leaf), /请求头 Helicone-Auth：让你的工具在里面发送一个有效的 Helicone API key/, leaf);
		} finally {
			app.unmount();
			await zh.close();
		}
	} finally {
		setLanguage('en');
	}
});

test('the start screen says Helicone passes the key on, not that its address is not DeepSeek\'s (the balance is DeepSeek\'s), in both languages at 60 × 20', async () => {
	const w = await world('helicone_402');
	try {
		for (const [language, question, says] of [
			['en', 'What is happening?', 'Helicone passes your own DeepSeek key on to DeepSeek.'],
			['zh-CN', '遇到了什么情况？', 'Helicone会把你自己的DeepSeekkey转发给DeepSeek。'],
		] as const) {
			setLanguage(language);
			const app = drive(w.props(), {columns: 60, rows: 20});
			try {
				const start = await app.waitFor(question, 5000);
				assert.ok((language === 'en' ? flat(start) : start.replace(/\s+/g, '')).includes(says), start);
				assert.doesNotMatch(start, /not to DeepSeek|不是 DeepSeek/, start);
			} finally {
				app.unmount();
			}
		}
	} finally {
		setLanguage('en');
		await w.close();
	}
});
