// The fake-ip range of the proxy apps in TUN mode (198.18.0.0/15), and the command that flushes a DNS cache that outlived one.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {dnsFlushCommand, isFakeIp} from '../../source/deepseek/fake-ip.js';

test('198.18.0.0/15 is fake-ip, to its edges; the addresses on either side, IPv6 and non-addresses are not', () => {
	const rows: Array<[string, boolean]> = [
		['198.17.255.255', false],
		['198.18.0.0', true],
		['198.18.0.2', true],
		['198.19.255.255', true],
		['198.20.0.0', false],
		['198.1.18.0', false],
		['19.18.0.1', false],
		['1198.18.0.1', false],
		['198.18.0.256', false],
		['198.18.0', false],
		['::ffff:198.18.0.1', false],
		['2001:db8::1', false],
		['127.0.0.1', false],
	];
	for (const [address, fake] of rows) assert.equal(isFakeIp(address), fake, address);
});

test('the DNS cache flush of each system: macOS, Windows, and Linux with systemd-resolved', () => {
	assert.equal(dnsFlushCommand('darwin'), 'sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder');
	assert.equal(dnsFlushCommand('win32'), 'ipconfig /flushdns');
	assert.equal(dnsFlushCommand('linux'), 'sudo resolvectl flush-caches');
});
