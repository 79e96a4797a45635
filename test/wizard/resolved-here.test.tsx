// The "no connection" result where api.deepseek.com resolves to this computer (a hosts file line, an ad blocker;
// map-hosts.mjs plays it: the name is 127.0.0.1 and its 443 a closed port), or to a private network's address
// (192.168.0.2, where nothing is reached): titled where the name points, and at 40×15 the one fix is shown whole,
// the command at its end included, in both languages.
import '../helpers/map-hosts.mjs';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {closedPort} from '../helpers/raw-server.js';
import {dnsFlushCommand} from '../../source/deepseek/fake-ip.js';
import {firstFixShown, flatIn, resultInBothLanguages, walkTimeouts} from './helpers.js';

const linuxOnly = {skip: process.platform !== 'linux' && 'the hosts file and commands named are Linux\'s'};

/** The network result at 40×15 in both languages with `variable` set to `value` for the preload; `look` sees the screen and its first fix, flat. */
async function pointedElsewhere(variable: string, value: string, look: (leaf: string, fix: string, language: 'en' | 'zh-CN') => void): Promise<void> {
	process.env[variable] = value;
	try {
		await resultInBothLanguages('ok', {columns: 40, rows: 15}, walkTimeouts, (leaf, language) => look(leaf, flatIn(language, firstFixShown(leaf)), language), {env: {DEEPSEEK_BASE_URL: 'https://api.deepseek.com'}});
	} finally {
		delete process.env[variable];
	}
}

test('api.deepseek.com pointing to this computer (40×15): the title says so, and the fix ends with the DNS flush command, not cut, in both languages', linuxOnly, async () => {
	await pointedElsewhere('TEST_LOOPBACK_HOSTS', `api.deepseek.com:${await closedPort()}`, (leaf, fix, language) => {
		assert.match(flatIn(language, leaf), language === 'en' ? /api\.deepseek\.com points to this computer, not the service/ : /api\.deepseek\.com指向了本机，而不是这个服务/, leaf);
		assert.ok(fix.endsWith(flatIn(language, dnsFlushCommand())), `${language}: the fix whole:\n${leaf}`);
	});
});

test('api.deepseek.com pointing to a private network (40×15): the title says so, and the fix names the hosts file, then the router\'s or ad blocker\'s DNS, and the nslookup that compares, whole, in both languages', linuxOnly, async () => {
	await pointedElsewhere('TEST_PRIVATE_IP_HOSTS', 'api.deepseek.com', (leaf, fix, language) => {
		assert.match(flatIn(language, leaf), language === 'en' ? /api\.deepseek\.com points to a private network, not the service/ : /api\.deepseek\.com指向了内网地址，而不是这个服务/, leaf);
		assert.match(fix, language === 'en' ? /\/etc\/hosts.*router.*ad blocker/ : /\/etc\/hosts.*路由器.*广告拦截/, `${language}: the hosts file, then the DNS:\n${leaf}`);
		assert.ok(fix.endsWith(flatIn(language, 'nslookup api.deepseek.com 1.1.1.1')), `${language}: the fix whole:\n${leaf}`);
	});
});
