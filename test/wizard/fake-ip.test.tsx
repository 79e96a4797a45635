// The "no connection" result where the base URL's host resolves to a proxy app's fake-ip
// address (TUN mode: Clash, Mihomo, Surge, sing-box) and nothing takes the connection there:
// the app quit with its address still cached, or its node down. The preload plays the app
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

test('every check, the connection refused at the fake-ip address (100×30, 60×20, 40×15, English and Chinese): the title names the proxy app, the first fix reads whole, the proxy variables are not brought up', async () => {
	const port = await closedPort();
	const w = await world('ok', {env: {DEEPSEEK_BASE_URL: `https://api.deepseek.com:${port}`}, host: null});
	try {
		for (const [language, everyCheck, ownKey, skip, fixes, title, firstFix] of [
			['en', 'Run every check', 'The key in DEEPSEEK_API_KEY', 'No, skip it', 'What to do:', `✖ Your proxy app cannot get through to api.deepseek.com:${port}`,
				'Open your proxy app (Clash, Surge, sing-box…): check that it is running, pick another node, or set api.deepseek.com to DIRECT in its rules'],
			['zh-CN', '运行全部检查', 'DEEPSEEK_API_KEY', '不用，跳过', '解决办法：', `✖ 代理软件连不上 api.deepseek.com:${port}`,
				'打开你的代理软件（Clash、Surge、sing-box 等）：确认它在运行，换一个节点，或在它的规则里把 api.deepseek.com 设为直连（DIRECT）'],
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
					assert.doesNotMatch(leaf, /HTTPS_PROXY|status page|状态页/, where);
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
