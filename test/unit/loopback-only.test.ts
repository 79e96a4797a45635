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
