// whenOnlyWaiting: work for the wait (the young-generation collection of fast-exit.ts) runs only
// once every request is written and before any answer has come, so that it holds back neither.
// Its own file: which requests this process has sent and had answered is kept per process,
// and the tests below build on each other in order.
import assert from 'node:assert/strict';
import diagnosticsChannel from 'node:diagnostics_channel';
import http from 'node:http';
import {test} from 'node:test';
import {createApiClient} from '../../source/deepseek/client.js';
import {whenOnlyWaiting} from '../../source/deepseek/wire.js';
import {listenOnLoopback} from '../helpers/raw-server.js';

// Only a request's headers being sent or its answer can end these waits (a hang fails by the test's timeout).
const patient = 60_000;

test('with no request written yet the work does not run', async () => {
	let ran = false;
	await whenOnlyWaiting(new AbortController().signal, () => (ran = true), patient);
	assert.equal(ran, false);
});

test('runs once the request is written and unanswered, not before; not after an answer', {timeout: 10_000}, async () => {
	let held: http.ServerResponse | undefined;
	let arrive = () => {};
	const arrived = new Promise<void>(resolve => (arrive = resolve));
	let hold = true;
	const server = http.createServer((_request, response) => {
		if (!hold) {
			response.end('{"data": []}');
			return;
		}
		held = response; // answered once the work has run
		arrive();
	});
	const port = await listenOnLoopback(server);
	let sentHeaders = 0;
	const record = () => sentHeaders++;
	diagnosticsChannel.subscribe('undici:client:sendHeaders', record);
	try {
		const api = createApiClient({baseUrl: `http://127.0.0.1:${port}`, apiKey: undefined, timeoutMs: 10_000, signal: new AbortController().signal, env: {}});
		const first = api.get('/models');
		const ranWith: number[] = [];
		await whenOnlyWaiting(new AbortController().signal, () => ranWith.push(sentHeaders), patient);
		assert.deepEqual(ranWith, [1], 'ran once, with the headers written');
		await arrived;
		held!.end('{"data": []}');
		await first;

		// An answer has come (the answers are being handled now): the work no longer runs.
		hold = false;
		const second = api.get('/user/balance');
		let ranLater = false;
		await whenOnlyWaiting(new AbortController().signal, () => (ranLater = true), patient);
		assert.equal(sentHeaders, 2);
		assert.equal(ranLater, false);
		await second;
	} finally {
		diagnosticsChannel.unsubscribe('undici:client:sendHeaders', record);
		server.closeAllConnections();
		server.close();
	}
});

test('does not run once its signal has fired', async () => {
	const controller = new AbortController();
	controller.abort();
	let ran = false;
	await whenOnlyWaiting(controller.signal, () => (ran = true), patient);
	assert.equal(ran, false);
});
