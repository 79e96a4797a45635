// WSL 2 as the network check tells it after a refused loopback connection: the kernel's release
// and WSL's variables, the networking mode wslinfo gives, and Windows' address as the VM's default
// gateway (/proc/net/route).
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {defaultGateway} from '../../source/deepseek/default-route.js';
import {clockSystem, modeOf, thisMachine, wsl2, type MachineReader} from '../../source/deepseek/wsl.js';

/** /proc/net/route in WSL 2's NAT networking: the default route via Windows at 172.29.96.1, then its subnet. */
const natRoutes = [
	'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT',
	'eth0\t00000000\t01601DAC\t0003\t0\t0\t0\t00000000\t0\t0\t0',
	'eth0\t00601DAC\t00000000\t0001\t0\t0\t0\t00F0FFFF\t0\t0\t0',
].join('\n');

/** A machine as the tests describe it; wslinfo absent (WSL before 2.0) unless `mode` is given. */
function machine(over: Partial<Omit<MachineReader, 'networkingMode'>> & {release?: string; mode?: string}): MachineReader {
	const {mode, ...rest} = over;
	return {platform: 'linux', env: {}, osRelease: () => over.release ?? '6.8.0-45-generic', routeTable: () => natRoutes, networkingMode: async () => mode, ...rest};
}

const never = new AbortController().signal;
const inWsl2 = (over: Parameters<typeof machine>[0]) => wsl2(machine(over), never);
const unknownMode = {windowsHost: '172.29.96.1', networkingMode: null};

test('WSL 2 by its kernel (5.15 "-microsoft-standard-WSL2", 4.19 "-microsoft-standard"), with Windows at the default gateway', async () => {
	assert.deepEqual(await inWsl2({release: '5.15.153.1-microsoft-standard-WSL2'}), unknownMode);
	assert.deepEqual(await inWsl2({release: '4.19.128-microsoft-standard'}), unknownMode);
	assert.deepEqual(await inWsl2({release: '6.6.87.2-microsoft-standard-WSL2', env: {WSL_DISTRO_NAME: 'Ubuntu'}}), unknownMode);
});

test('a kernel of the user\'s own in WSL 2: WSL_DISTRO_NAME or WSL_INTEROP says it', async () => {
	assert.deepEqual(await inWsl2({env: {WSL_DISTRO_NAME: 'Ubuntu-22.04'}}), unknownMode);
	assert.deepEqual(await inWsl2({env: {WSL_INTEROP: '/run/WSL/1234_interop'}}), unknownMode);
});

test('not WSL 2: WSL 1 (its 127.0.0.1 is Windows\'), plain Linux, an empty variable, another system', async () => {
	assert.equal(await inWsl2({release: '4.4.0-19041-Microsoft', env: {WSL_DISTRO_NAME: 'Ubuntu'}}), undefined);
	assert.equal(await inWsl2({}), undefined);
	assert.equal(await inWsl2({env: {WSL_DISTRO_NAME: ' '}}), undefined);
	assert.equal(await inWsl2({platform: 'darwin', env: {WSL_DISTRO_NAME: 'Ubuntu'}}), undefined);
	assert.equal(await inWsl2({platform: 'win32', release: '10.0.22631'}), undefined);
});

test('the default gateway, lowest byte first; null with no default route, no gateway flag or no table', async () => {
	assert.equal(defaultGateway(natRoutes), '172.29.96.1');
	// This kind of table on a Docker host: 192.0.2.1.
	assert.equal(defaultGateway('Iface\tDestination\tGateway\tFlags\tRefCnt\tUse\tMetric\tMask\nens4\t00000000\t010200C0\t0003\t0\t0\t0\t00000000'), '192.0.2.1');
	const onlySubnet = natRoutes.split('\n').filter((_, index) => index !== 1).join('\n');
	assert.equal(defaultGateway(onlySubnet), null);
	assert.equal(defaultGateway(natRoutes.replace('\t0003\t', '\t0001\t')), null);
	assert.equal(defaultGateway(''), null);
	assert.equal(defaultGateway(undefined), null);
	assert.deepEqual(await inWsl2({release: '5.15.153.1-microsoft-standard-WSL2', routeTable: () => undefined}), {windowsHost: null, networkingMode: null});
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

const wsl2Kernel = '5.15.167.4-microsoft-standard-WSL2';

test('the networking mode as WSL runs it: mirrored shares Windows\' loopback (not this case), NAT has Windows at the gateway', async () => {
	assert.equal(await inWsl2({release: wsl2Kernel, mode: 'mirrored'}), undefined);
	// A distro of version 1 under WSL 2's service: wslinfo says wsl1, its network is Windows'.
	assert.equal(await inWsl2({env: {WSL_DISTRO_NAME: 'Ubuntu'}, mode: 'wsl1'}), undefined);
	assert.deepEqual(await inWsl2({release: wsl2Kernel, mode: 'nat'}), {windowsHost: '172.29.96.1', networkingMode: 'nat'});
	// Bridged: the default gateway is the LAN's router, not Windows; VirtioProxy (NAT's fallback) and none: not known.
	for (const mode of ['bridged', 'virtioproxy', 'none']) {
		assert.deepEqual(await inWsl2({release: wsl2Kernel, mode}), {windowsHost: null, networkingMode: mode});
	}
});

test('wslinfo\'s answer: one word, trimmed and lower-cased; anything else, or nothing, is no answer', () => {
	assert.equal(modeOf('nat\n'), 'nat');
	assert.equal(modeOf(' Mirrored\r\n'), 'mirrored');
	assert.equal(modeOf('virtioproxy\n'), 'virtioproxy');
	assert.equal(modeOf(''), undefined);
	assert.equal(modeOf(undefined), undefined);
	assert.equal(modeOf('wslinfo: unknown option --networking-mode\n'), undefined);
	assert.equal(modeOf('\u001B[31mnat'), undefined);
});

test('this machine asks /usr/bin/wslinfo by its full path, only when asked, and reads a failed run as no answer', async () => {
	const calls: Array<{file: string; args: readonly string[]}> = [];
	const reader = thisMachine({PATH: '/tmp/bin'}, async (file, args) => {
		calls.push({file, args});
		return calls.length === 1 ? 'mirrored\n' : undefined;
	});
	assert.equal(calls.length, 0);
	assert.equal(await reader.networkingMode(never), 'mirrored');
	assert.deepEqual(calls, [{file: '/usr/bin/wslinfo', args: ['--networking-mode']}]);
	assert.equal(await reader.networkingMode(never), undefined);
});
