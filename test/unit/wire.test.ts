// requestsOnTheWire: local work (the leaked-key scan's git spawn) waits until the requests
// already started have been written to their sockets — not until they are answered.
import assert from 'node:assert/strict';
import diagnosticsChannel from 'node:diagnostics_channel';
import {once} from 'node:events';
import http from 'node:http';
import {test} from 'node:test';
import {createApiClient} from '../../source/deepseek/client.js';
import {requestsOnTheWire} from '../../source/deepseek/wire.js';
import {listenOnLoopback} from '../helpers/raw-server.js';

const turn = () => new Promise(resolve => setImmediate(resolve));

// A long wait cap: only the headers being sent can end these waits (a hang fails by the test's timeout).
const patient = 60_000;

test('resolves once a request started in the same turn has sent its headers, long before the answer', {timeout: 10_000}, async () => {
	const server = http.createServer(); // reads requests, never answers
	const port = await listenOnLoopback(server);
	const sentHeaders: unknown[] = [];
	const record = (message: unknown) => sentHeaders.push(message);
	diagnosticsChannel.subscribe('undici:client:sendHeaders', record);
	const controller = new AbortController();
	try {
		const api = createApiClient({baseUrl: `http://127.0.0.1:${port}`, apiKey: undefined, timeoutMs: 10_000, signal: controller.signal, env: {}});
		const answer = api.get('/models');
		await requestsOnTheWire(new AbortController().signal, patient);
		assert.equal(sentHeaders.length, 1);
		controller.abort();
		assert.equal((await answer).kind, 'failure');
	} finally {
		diagnosticsChannel.unsubscribe('undici:client:sendHeaders', record);
		server.closeAllConnections();
		server.close();
	}
});

test('waits while a request cannot be sent (a proxy that never opens the tunnel), until its signal fires', async () => {
	const proxy = http.createServer();
	const connectArrived = once(proxy, 'connect'); // and never answered
	const port = await listenOnLoopback(proxy);
	const controller = new AbortController();
	try {
		const api = createApiClient({baseUrl: 'https://api.deepseek.com', apiKey: undefined, timeoutMs: 10_000, signal: controller.signal, env: {HTTPS_PROXY: `http://127.0.0.1:${port}`}});
		const answer = api.get('/models');
		const scanSignal = new AbortController();
		let onTheWire = false;
		const waiting = requestsOnTheWire(scanSignal.signal, patient).then(() => (onTheWire = true));
		const [, socket] = await connectArrived;
		await turn();
		await turn();
		assert.equal(onTheWire, false);
		scanSignal.abort();
		await waiting;
		assert.equal(onTheWire, true);
		controller.abort();
		(socket as {destroy(): void}).destroy();
		await answer;
	} finally {
		proxy.closeAllConnections();
		proxy.close();
	}
});

test('with nothing in flight it resolves after one turn', async () => {
	await requestsOnTheWire(new AbortController().signal);
});
