// WSL 2 as the network check tells it after a refused loopback connection: the kernel's release
// and WSL's variables, and Windows' address as the VM's default gateway (/proc/net/route).
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {clockSystem, defaultGateway, wsl2, type MachineReader} from '../../source/deepseek/wsl.js';

/** /proc/net/route in WSL 2's NAT networking: the default route via Windows at 172.29.96.1, then its subnet. */
const natRoutes = [
	'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT',
	'eth0\t00000000\t01601DAC\t0003\t0\t0\t0\t00000000\t0\t0\t0',
	'eth0\t00601DAC\t00000000\t0001\t0\t0\t0\t00F0FFFF\t0\t0\t0',
].join('\n');

function machine(over: Partial<MachineReader> & {release?: string}): MachineReader {
	return {platform: 'linux', env: {}, osRelease: () => over.release ?? '6.8.0-45-generic', routeTable: () => natRoutes, ...over};
}

test('WSL 2 by its kernel (5.15 "-microsoft-standard-WSL2", 4.19 "-microsoft-standard"), with Windows at the default gateway', () => {
	assert.deepEqual(wsl2(machine({release: '5.15.153.1-microsoft-standard-WSL2'})), {windowsHost: '172.29.96.1'});
	assert.deepEqual(wsl2(machine({release: '4.19.128-microsoft-standard'})), {windowsHost: '172.29.96.1'});
	assert.deepEqual(wsl2(machine({release: '6.6.87.2-microsoft-standard-WSL2', env: {WSL_DISTRO_NAME: 'Ubuntu'}})), {windowsHost: '172.29.96.1'});
});

test('a kernel of the user\'s own in WSL 2: WSL_DISTRO_NAME or WSL_INTEROP says it', () => {
	assert.deepEqual(wsl2(machine({env: {WSL_DISTRO_NAME: 'Ubuntu-22.04'}})), {windowsHost: '172.29.96.1'});
	assert.deepEqual(wsl2(machine({env: {WSL_INTEROP: '/run/WSL/1234_interop'}})), {windowsHost: '172.29.96.1'});
});

test('not WSL 2: WSL 1 (its 127.0.0.1 is Windows\'), plain Linux, an empty variable, another system', () => {
	assert.equal(wsl2(machine({release: '4.4.0-19041-Microsoft', env: {WSL_DISTRO_NAME: 'Ubuntu'}})), undefined);
	assert.equal(wsl2(machine({})), undefined);
	assert.equal(wsl2(machine({env: {WSL_DISTRO_NAME: ' '}})), undefined);
	assert.equal(wsl2(machine({platform: 'darwin', env: {WSL_DISTRO_NAME: 'Ubuntu'}})), undefined);
	assert.equal(wsl2(machine({platform: 'win32', release: '10.0.22631'})), undefined);
});

test('the default gateway, lowest byte first; null with no default route, no gateway flag or no table', () => {
	assert.equal(defaultGateway(natRoutes), '172.29.96.1');
	// This kind of table on a Docker host: 192.0.2.1.
	assert.equal(defaultGateway('Iface\tDestination\tGateway\tFlags\tRefCnt\tUse\tMetric\tMask\nens4\t00000000\t010200C0\t0003\t0\t0\t0\t00000000'), '192.0.2.1');
	const onlySubnet = natRoutes.split('\n').filter((_, index) => index !== 1).join('\n');
	assert.equal(defaultGateway(onlySubnet), null);
	assert.equal(defaultGateway(natRoutes.replace('\t0003\t', '\t0001\t')), null);
	assert.equal(defaultGateway(''), null);
	assert.equal(defaultGateway(undefined), null);
	assert.deepEqual(wsl2(machine({release: '5.15.153.1-microsoft-standard-WSL2', routeTable: () => undefined})), {windowsHost: null});
});

test('whose clock fix applies: WSL 2\'s own (its clock drifts after sleep), macOS\'s, Windows\', else Linux\'s', () => {
	assert.equal(clockSystem(machine({release: '5.15.153.1-microsoft-standard-WSL2'})), 'wsl');
	assert.equal(clockSystem(machine({env: {WSL_DISTRO_NAME: 'Ubuntu'}})), 'wsl');
	assert.equal(clockSystem(machine({release: '4.4.0-19041-Microsoft', env: {WSL_DISTRO_NAME: 'Ubuntu'}})), 'linux');
	assert.equal(clockSystem(machine({})), 'linux');
	assert.equal(clockSystem(machine({platform: 'darwin', release: '24.1.0'})), 'darwin');
	assert.equal(clockSystem(machine({platform: 'win32', release: '10.0.22631'})), 'win32');
	assert.equal(clockSystem(machine({platform: 'freebsd', release: '14.1-RELEASE'})), 'linux');
});
