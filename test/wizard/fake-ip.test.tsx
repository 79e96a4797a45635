// The "no connection" result where the base URL's host resolves to a proxy app's fake-ip
// address (TUN mode: Clash, Mihomo, Surge, sing-box) and nothing takes the connection there:
// the app quit with its address still cached, or its TUN mode off (no TCP connection made there). The preload plays the app
// (TEST_FAKE_IP_HOSTS: the name resolves to 198.18.0.2, connections to that range land on
// 127.0.0.1, here on a port where nothing listens).
import '../helpers/map-hosts.mjs';
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {closedPort} from '../helpers/raw-server.js';
import {setLanguage} from '../../source/messages/language.js';
import {drive, firstFixShown, world} from './helpers.js';

before(() => {
	process.env['TEST_FAKE_IP_HOSTS'] = 'api.deepseek.com';
});
after(() => {
	delete process.env['TEST_FAKE_IP_HOSTS'];
	setLanguage('en');
});

test('every check, the connection refused at the fake-ip address (100×30, 60×20, 40×15, English and Chinese): the title names the proxy app, the first fix (the app with its TUN mode on, or its HTTP port) reads whole, no other proxy variable brought up', async () => {
	const port = await closedPort();
	const w = await world('ok', {env: {DEEPSEEK_BASE_URL: `https://api.deepseek.com:${port}`}, host: null});
	try {
		for (const [language, everyCheck, ownKey, skip, fixes, title, firstFix] of [
			['en', 'Run every check', 'The key in DEEPSEEK_API_KEY', 'No, skip it', 'What to do:', `✖ Your proxy app cannot get through to api.deepseek.com:${port}`,
				'Start your proxy app (Clash, Surge, sing-box…) with TUN mode on, or set HTTPS_PROXY to its HTTP port (as http://127.0.0.1:7890)'],
			['zh-CN', '运行全部检查', 'DEEPSEEK_API_KEY', '不用，跳过', '解决办法：', `✖ 代理软件连不上 api.deepseek.com:${port}`,
				'启动你的代理软件（Clash、Surge、sing-box 等）并打开 TUN 模式，或把 HTTPS_PROXY 设为它的 HTTP 端口（如 http://127.0.0.1:7890）'],
		] as const) {
			setLanguage(language);
			for (const [columns, rows] of [[100, 30], [60, 20], [40, 15]] as const) {
				const app = drive(w.props(), {columns, rows});
				try {
					await app.choose(everyCheck);
					await app.choose(ownKey);
					await app.choose(skip);
					const leaf = await app.waitFor(fixes, 8000);
					const where = `${language} ${columns}×${rows}\n${leaf}`;
					// The title whole (the line under it, which it runs into once joined, is the Network row's sentence).
					const titleLine = leaf.replace(/\n {2}/g, ' ').split('\n').find(line => line.startsWith('✖ ')) ?? '';
					assert.ok(titleLine === title || titleLine.startsWith(`${title} `), where);
					const shown = firstFixShown(leaf);
					// Chinese wraps between any two characters: compared without the spaces.
					if (language === 'en') assert.equal(shown.replace(/\s+/g, ' '), firstFix, where);
					else assert.equal(shown.replace(/\s+/g, ''), firstFix.replace(/\s+/g, ''), where);
					// HTTPS_PROXY only as the first fix's way through the app's HTTP port, not as a proxy variable gone wrong.
					assert.doesNotMatch(leaf, /status page|状态页/, where);
					assert.equal(leaf.split('HTTPS_PROXY').length, 2, where);
					if (columns === 100) assert.match(leaf.replace(/\s+/g, ' '), /198\.18\.0\.2/, where);
				} finally {
					app.unmount();
				}
			}
		}
	} finally {
		await w.close();
	}
});
