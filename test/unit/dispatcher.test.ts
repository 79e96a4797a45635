// closeDispatchers (source/deepseek/dispatcher.ts): at the end of a run every connection is
// closed, also one whose request never got an answer, with one error made without a stack
// trace (formatting undici's own errors' stacks cost milliseconds after the output).
import assert from 'node:assert/strict';
import {createServer, type Socket} from 'node:net';
import {test} from 'node:test';
import {closeDispatchers, dispatcherFor} from '../../source/deepseek/dispatcher.js';

test('closing ends a request still waiting, with a stackless error, and the next run gets a new agent', async t => {
	const sockets = new Set<Socket>();
	// Accepts the connection and never answers (a server or proxy that hangs).
	const server = createServer(socket => {
		sockets.add(socket);
		socket.on('error', () => {});
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	t.after(() => {
		for (const socket of sockets) socket.destroy();
		server.close();
	});
	const {port} = server.address() as {port: number};
	const connected = new Promise(resolve => server.once('connection', resolve));
	const first = dispatcherFor({kind: 'direct'});
	const pending = first.request({origin: `http://127.0.0.1:${port}`, path: '/user/balance', method: 'GET'});
	// Once the server holds the connection, the request is on a socket.
	await connected;
	await closeDispatchers();
	const error = await pending.then(() => undefined, (reason: unknown) => reason);
	assert.ok(error instanceof Error, 'the waiting request failed');
	assert.match(error.message, /the run is over/);
	assert.doesNotMatch(error.stack ?? '', /\n\s+at /, 'no stack frames were captured');
	assert.notEqual(dispatcherFor({kind: 'direct'}), first, 'a new agent after closing');
	await closeDispatchers();
});
