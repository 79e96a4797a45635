// The "no connection" result where the proxy is off and, going direct, the relay's host refuses its port
// (relay.example is 127.0.0.1 here, map-hosts.mjs; both ports closed): the title says the service refuses too, not
// "going direct fails" (which reads as a network that needs the proxy), and it fits 40×15 in both languages.
import '../helpers/map-hosts.mjs';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {closedPort} from '../helpers/raw-server.js';
import {flatIn, resultInBothLanguages, walkTimeouts} from './helpers.js';

process.env.TEST_LOOPBACK_HOSTS = 'relay.example';

test('a proxy that is off, and going direct the relay\'s port refuses (40×15): "The proxy fails; the service refuses", the relay\'s host and port named, in both languages', async () => {
	const [proxyPort, relayPort] = [await closedPort(), await closedPort()];
	await resultInBothLanguages(
		'ok',
		{columns: 40, rows: 15},
		walkTimeouts,
		(leaf, language) => {
			assert.match(leaf, language === 'en' ? /^✖ The proxy fails; the service refuses$/m : /^✖ 代理出错；服务也拒绝连接$/m, leaf);
			assert.doesNotMatch(flatIn(language, leaf), /going direct fails|直连也连不上/, leaf);
		},
		{env: {DEEPSEEK_BASE_URL: `https://relay.example:${relayPort}/v1`, HTTPS_PROXY: `http://127.0.0.1:${proxyPort}`}},
	);
});
