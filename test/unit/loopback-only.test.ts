// The test preload (test/helpers/map-hosts.mjs, loaded in every test process) holds every test to this
// computer: an address off it fails as unreachable, by number as by name, whatever this machine's network does.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import {closedPort} from '../helpers/raw-server.js';

/** The error (or none) a TCP connect to `host`:`port` ends with. */
function connectOutcome(connect: () => net.Socket): Promise<string> {
	return new Promise(resolve => {
		const socket = connect();
		socket.once('connect', () => {
			socket.destroy();
			resolve('connected');
		});
		socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
	});
}

test('an address off this computer is unreachable: a documentation address, a private one, IPv6, either way of calling connect', async () => {
	assert.equal(await connectOutcome(() => net.connect({host: '203.0.113.7', port: 443})), 'ENETUNREACH');
	assert.equal(await connectOutcome(() => net.connect(443, '10.0.0.1')), 'ENETUNREACH');
	assert.equal(await connectOutcome(() => new net.Socket().connect(443, '2001:db8::1')), 'ENETUNREACH');
});

test('a name not mapped does not resolve; this computer\'s addresses still connect', async () => {
	assert.equal(await connectOutcome(() => net.connect({host: 'api.deepseek.com', port: 443})), 'ENOTFOUND');
	const server = net.createServer(socket => socket.destroy());
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	try {
		const {port} = server.address() as net.AddressInfo;
		assert.equal(await connectOutcome(() => net.connect({host: '127.0.0.1', port})), 'connected');
		assert.equal(await connectOutcome(() => net.connect(port, 'localhost')), 'connected');
		const closed = await closedPort();
		assert.equal(await connectOutcome(() => net.connect({host: '127.0.0.1', port: closed})), 'ECONNREFUSED');
	} finally {
		server.close();
	}
});

test('a slow not-found name fails to resolve, also when a test of the same process mapped it before, and other names are left as they are', async t => {
	const saved = {loopback: process.env['TEST_LOOPBACK_HOSTS'], slow: process.env['TEST_SLOW_NOT_FOUND_HOSTS'], ms: process.env['TEST_SLOW_NOT_FOUND_MS']};
	t.after(() => {
		for (const [name, value] of [['TEST_LOOPBACK_HOSTS', saved.loopback], ['TEST_SLOW_NOT_FOUND_HOSTS', saved.slow], ['TEST_SLOW_NOT_FOUND_MS', saved.ms]] as const) {
			if (value === undefined) delete process.env[name];
			else process.env[name] = value;
		}
	});
	process.env['TEST_LOOPBACK_HOSTS'] = 'slow.example.com,mapped.example.com';
	process.env['TEST_SLOW_NOT_FOUND_HOSTS'] = 'slow.example.com';
	process.env['TEST_SLOW_NOT_FOUND_MS'] = '50';
	const {lookup} = await import('node:dns/promises');
	await assert.rejects(lookup('slow.example.com'), {code: 'ENOTFOUND'});
	assert.equal((await lookup('mapped.example.com')).address, '127.0.0.1');
	assert.equal(await connectOutcome(() => net.connect({host: 'slow.example.com', port: 443})), 'ENOTFOUND');
});
