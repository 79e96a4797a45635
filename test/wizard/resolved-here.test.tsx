// The "no connection" result where api.deepseek.com resolves to this computer (a hosts file line, an ad blocker;
// map-hosts.mjs plays it: the name is 127.0.0.1 and its 443 a closed port): titled that the name points here, and at
// 40×15 the one fix is shown whole, its flush command at its end included, in both languages.
import '../helpers/map-hosts.mjs';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {closedPort} from '../helpers/raw-server.js';
import {dnsFlushCommand} from '../../source/deepseek/fake-ip.js';
import {firstFixShown, flatIn, resultInBothLanguages, walkTimeouts} from './helpers.js';

test('api.deepseek.com pointing to this computer (40×15): the title says so, and the fix ends with the DNS flush command, not cut, in both languages', {skip: process.platform !== 'linux' && 'the hosts file and flush command named are Linux\'s'}, async () => {
	process.env.TEST_LOOPBACK_HOSTS = `api.deepseek.com:${await closedPort()}`;
	try {
		await resultInBothLanguages(
			'ok',
			{columns: 40, rows: 15},
			walkTimeouts,
			(leaf, language) => {
				assert.match(flatIn(language, leaf), language === 'en' ? /api\.deepseek\.com points to this computer, not the service/ : /api\.deepseek\.com指向了本机，而不是这个服务/, leaf);
				const fix = flatIn(language, firstFixShown(leaf));
				assert.ok(fix.endsWith(flatIn(language, dnsFlushCommand())), `${language}: the fix whole:\n${leaf}`);
			},
			{env: {DEEPSEEK_BASE_URL: 'https://api.deepseek.com'}},
		);
	} finally {
		delete process.env.TEST_LOOPBACK_HOSTS;
	}
});
