// Helicone's DeepSeek gateway at the address users write, https://deepseek.helicone.ai without a
// port: the row that says where the calls go is as long as theirs. The fake listens on a port of its
// own; map-hosts.mjs sends a TLS connection on 443 there, once TEST_LOOPBACK_HOSTS names a port when
// it loads (hence the import after setting it).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {setLanguage} from '../../source/messages/language.js';
import {drive, flat, world} from './helpers.js';

process.env.TEST_LOOPBACK_HOSTS = 'deepseek.helicone.ai:443';
// A side-effect module with no types: named through a string, which TypeScript does not resolve.
const mapHosts: string = '../helpers/map-hosts.mjs';
await import(mapHosts);

test('an empty balance through Helicone at its own address, every check (60 × 20): the row saying the calls go through Helicone to DeepSeek\'s balance shows whole before rows that only passed, in both languages', async () => {
	const w = await world('helicone_402');
	process.env.TEST_LOOPBACK_HOSTS = `deepseek.helicone.ai:${new URL(w.fake.baseUrl).port}`;
	const env = {...w.env, DEEPSEEK_BASE_URL: 'https://deepseek.helicone.ai'};
	try {
		for (const [language, everyCheck, ownKey, skip, fixes, says, passed] of [
			['en', 'Run every check', 'The key in DEEPSEEK_API_KEY', 'No, skip it', 'What to do:', 'Where calls go: Calls go through Helicone (deepseek.helicone.ai), which passes your own DeepSeek key on to DeepSeek: your DeepSeek balance applies.', /✔ (API key|Key format|Network):/],
			// Its first line takes one row in Chinese: the rows that passed fit too.
			['zh-CN', '运行全部检查', 'DEEPSEEK_API_KEY', '不用，跳过', '解决办法：', '调用去向：调用经过 Helicone（deepseek.helicone.ai），它把你自己的 DeepSeek key 转发给 DeepSeek：扣的是你的 DeepSeek 余额。', undefined],
		] as const) {
			setLanguage(language);
			const app = drive({...w.props(), env}, {columns: 60, rows: 20});
			try {
				await app.choose(everyCheck);
				await app.choose(ownKey);
				await app.choose(skip);
				const leaf = await app.waitFor(fixes, 8000);
				assert.ok((language === 'en' ? flat(leaf) : leaf.replace(/\s+/g, '')).includes(language === 'en' ? says : says.replace(/\s+/g, '')), leaf);
				if (passed) assert.doesNotMatch(leaf, passed, leaf);
			} finally {
				app.unmount();
			}
		}
	} finally {
		setLanguage('en');
		await w.close();
	}
});
