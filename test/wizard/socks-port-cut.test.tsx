// An http:// proxy URL naming a SOCKS5 port (Clash's socks-port): the result's rows at 40×15 and 60×20 never end inside
// a URL (scheme://…): the proxy's address is shown whole or left out, as a file path is, in both languages.
import '../helpers/map-hosts.mjs';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {startSocks5} from '../helpers/socks5-proxy.js';
import {firstFixShown, flatIn, resultInBothLanguages, walkEveryCheck} from './helpers.js';

const proxyHost = 'proxy.corp.example';

for (const size of [{columns: 40, rows: 15}, {columns: 60, rows: 20}]) {
	test(`http:// at a SOCKS5 port (${size.columns}×${size.rows}): no row ends inside a URL, in both languages`, async () => {
		process.env.TEST_LOOPBACK_HOSTS = proxyHost;
		const socks = await startSocks5({routes: {}});
		const proxy = `http://${proxyHost}:${socks.port}`;
		try {
			await resultInBothLanguages(
				'ok',
				size,
				async app => walkEveryCheck(app),
				(leaf, language) => {
					for (const row of leaf.split('\n')) assert.doesNotMatch(row, /:\/\/\S*…$/u, `${language}: a row ends inside an address:\n${leaf}`);
					// The fix, shown whole, names the socks5:// URL to write.
					assert.ok(flatIn(language, firstFixShown(leaf)).includes(`socks5://${proxyHost}:${socks.port}`), `${language}: the fix's URL:\n${leaf}`);
				},
				{env: {DEEPSEEK_BASE_URL: 'https://api.deepseek.com', HTTPS_PROXY: proxy}},
			);
		} finally {
			delete process.env.TEST_LOOPBACK_HOSTS;
			await socks.close();
		}
	});
}
