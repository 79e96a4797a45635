import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {once} from 'node:events';
import {readFileSync} from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import {brotliCompressSync, deflateRawSync, deflateSync, gzipSync} from 'node:zlib';
import {performance} from 'node:perf_hooks';
import {createApiClient, type ApiClientOptions} from '../../source/deepseek/client.js';
import {echoedKeyLastFour} from '../../source/deepseek/error-body.js';
import {failureFromError, isTlsErrorCode} from '../../source/deepseek/failures.js';
import {defaultMaxBodyBytes} from '../../source/deepseek/body.js';
import {toolVersion} from '../../source/version.js';
import type {HttpAnswer, HttpFailure, HttpResult} from '../../source/deepseek/types.js';
import {startProxy} from '../helpers/connect-proxy.js';
// Names other than loopback ones fail to resolve here, as in the CLI tests: no lookup leaves this computer.
import '../helpers/map-hosts.mjs';
import {closedPort, listenOnLoopback, readRequestBody, startRawServer, type RawHandler, type RawServer} from '../helpers/raw-server.js';

// Keep a developer's proxy out of these tests: clients read the process environment unless given `env`.
for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'NO_PROXY', 'no_proxy']) delete process.env[name];

const key = 'sk-' + '0123456789abcdef'.repeat(2);
const keyTail = key.slice(-4);

const servers: RawServer[] = [];
after(async () => {
	await Promise.all(servers.map(server => server.close()));
});

async function serve(handler: RawHandler): Promise<RawServer> {
	const server = await startRawServer(handler);
	servers.push(server);
	return server;
}

function client(baseUrl: string, extra: Partial<ApiClientOptions> = {}) {
	return createApiClient({baseUrl, apiKey: key, timeoutMs: 5000, ...extra});
}

function answer(result: HttpResult): HttpAnswer {
	assert.equal(result.kind, 'answer', `expected an answer, got ${JSON.stringify(result)}`);
	return result as HttpAnswer;
}

function failure(result: HttpResult): HttpFailure {
	assert.equal(result.kind, 'failure', `expected a failure, got ${JSON.stringify({...result, text: undefined})}`);
	return result as HttpFailure;
}

function assertKeyFree(result: HttpResult): void {
	const visible = result.kind === 'failure'
		? [result.message, result.url, result.code ?? '']
		: [result.url, result.traceId ?? '', result.contentType ?? '', JSON.stringify(result.apiError ?? {})];
	for (const text of visible) {
		assert.ok(!text.includes(key), `key leaked: ${text}`);
		assert.ok(!text.includes(key.slice(3, 20)), `part of the key leaked: ${text}`);
	}
}

function json(response: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
	response.writeHead(status, {'content-type': 'application/json', ...headers});
	response.end(JSON.stringify(body));
}

test('200 JSON: parsed, trace id read, the right headers sent', async () => {
	const server = await serve((_request, response) => {
		json(response, 200, {is_available: true, balance_infos: []}, {'x-ds-trace-id': 'trace-123'});
	});
	const result = answer(await client(`${server.url}/v1`).get('/user/balance'));
	assert.equal(result.status, 200);
	assert.deepEqual(result.json, {is_available: true, balance_infos: []});
	assert.equal(result.bodyProblem, undefined);
	assert.equal(result.apiError, undefined);
	assert.equal(result.traceId, 'trace-123');
	assert.equal(result.contentType, 'application/json');
	assert.equal(result.url, `${server.url}/user/balance`);
	assert.ok(Number.isInteger(result.durationMs) && result.durationMs >= 0, `durationMs ${result.durationMs}`);
	const [request] = server.requests;
	assert.equal(request?.method, 'GET');
	assert.equal(request?.url, '/user/balance');
	assert.equal(request?.headers.authorization, `Bearer ${key}`);
	assert.equal(request?.headers.accept, 'application/json');
	assert.equal(request?.headers['user-agent'], `deepseek-fix/${toolVersion}`);
});

test('trace id falls back to x-request-id and is sanitised', async () => {
	const server = await serve((_request, response) => json(response, 200, {}, {'x-request-id': `req-9 ${key}`}));
	const result = answer(await client(server.url).get('/models'));
	assert.equal(result.traceId, `req-9 sk-…${keyTail}`);
	assertKeyFree(result);
});

test('an AWS error type named in x-amzn-errortype is read as the error\'s type (Amazon Bedrock\'s body holds the message alone)', async () => {
	const server = await serve((_request, response) => {
		json(response, 400, {message: 'User messages cannot contain reasoning content. Please remove the reasoning content and try again.'}, {'x-amzn-errortype': 'ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/'});
	});
	const result = answer(await client(server.url).post('/chat/completions', {}));
	assert.equal(result.apiError?.type, 'ValidationException');
});

test('401 with an error body: apiError parsed, echoed last four readable', async () => {
	const server = await serve((_request, response) => {
		json(response, 401, {error: {message: `Authentication Fails, Your api key: ****${keyTail} is invalid`, type: 'authentication_error', param: null, code: 'invalid_request_error'}});
	});
	const result = answer(await client(server.url).get('/models'));
	assert.equal(result.status, 401);
	assert.equal(result.apiError?.type, 'authentication_error');
	assert.equal(result.apiError?.code, 'invalid_request_error');
	assert.equal(echoedKeyLastFour(result.apiError?.message ?? ''), keyTail);
});

test('an error body on HTTP 200 (as one-api sends it) is still an apiError', async () => {
	const server = await serve((_request, response) => json(response, 200, {error: {message: 'quota exhausted', type: 'one_api_error'}}));
	const result = answer(await client(server.url).get('/dashboard/billing/usage'));
	assert.equal(result.status, 200);
	assert.equal(result.apiError?.message, 'quota exhausted');
});

test('a 401 whose whole body is one JSON string (SiliconFlow\'s "Invalid token") is that message', async () => {
	const server = await serve((_request, response) => json(response, 401, 'Invalid token'));
	const result = answer(await client(server.url).get('/models'));
	assert.equal(result.status, 401);
	assert.equal(result.apiError?.message, 'Invalid token');
});

test('the key never appears, even when the server echoes all of it', async () => {
	const server = await serve((_request, response) => {
		json(response, 401, {error: {message: `Your api key ${key} is invalid (Bearer ${key})`, type: key}}, {'x-ds-trace-id': key});
	});
	const result = answer(await client(server.url).get('/models'));
	assert.ok(result.apiError?.message.includes(`sk-…${keyTail}`));
	assertKeyFree(result);
	// Failures too: a key in a URL the caller passes, and a refused connection.
	const port = await closedPort();
	const refused = failure(await client(server.url).get(`http://127.0.0.1:${port}/?key=${key}`));
	assertKeyFree(refused);
});

test('keep-alive lines sent while queued are skipped before the JSON', async () => {
	const server = await serve((_request, response) => {
		response.writeHead(200, {'content-type': 'application/json'});
		response.write('\n\n: keep-alive\n\n');
		// The answer comes in a later chunk, as it does when the request leaves the queue.
		setImmediate(() => response.end(': keep-alive\n\n{"object":"list","data":[{"id":"deepseek-v4-flash"}]}'));
	});
	const result = answer(await client(server.url).get('/models'));
	assert.equal(result.bodyProblem, undefined);
	assert.deepEqual(result.json, {object: 'list', data: [{id: 'deepseek-v4-flash'}]});
});

test('an HTML page is not_json, malformed JSON is malformed_json, nothing is empty', async () => {
	const server = await serve((request, response) => {
		if (request.url === '/html') {
			response.writeHead(200, {'content-type': 'text/html'});
			response.end('<!doctype html><title>Login</title>');
		} else if (request.url === '/broken') {
			response.writeHead(200, {'content-type': 'application/json'});
			response.end('{"is_available": tru');
		} else {
			response.writeHead(502);
			response.end();
		}
	});
	const api = client(server.url);
	const html = answer(await api.get('/html'));
	assert.equal(html.bodyProblem, 'not_json');
	assert.equal(html.json, undefined);
	assert.ok(html.text.startsWith('<!doctype'));
	const broken = answer(await api.get('/broken'));
	assert.equal(broken.bodyProblem, 'malformed_json');
	const empty = answer(await api.get('/empty'));
	assert.equal(empty.status, 502);
	assert.equal(empty.bodyProblem, 'empty');
});

test('a body the server compressed anyway (gzip, x-gzip, deflate raw or wrapped, br, two in a row) is read as its JSON', async () => {
	const body = JSON.stringify({object: 'list', data: [{id: 'deepseek-v4-flash'}]});
	const encoded: Record<string, Buffer> = {
		gzip: gzipSync(body),
		'x-gzip': gzipSync(body),
		deflate: deflateSync(body),
		'deflate ': deflateRawSync(body),
		br: brotliCompressSync(body),
		'gzip, br': brotliCompressSync(gzipSync(body)),
	};
	const server = await serve((request, response) => {
		const encoding = decodeURIComponent((request.url ?? '').split('/').pop() ?? '');
		response.writeHead(200, {'content-type': 'application/json', 'content-encoding': encoding});
		response.end(encoded[encoding]);
	});
	const api = client(server.url);
	for (const encoding of Object.keys(encoded)) {
		const result = answer(await api.get(`/models/${encodeURIComponent(encoding)}`));
		assert.equal(result.bodyProblem, undefined, encoding);
		assert.deepEqual(result.json, {object: 'list', data: [{id: 'deepseek-v4-flash'}]}, encoding);
	}
});

test('a compressed error answer (401 in gzip) is read in the server\'s words, not as bytes', async () => {
	const body = JSON.stringify({error: {message: 'Authentication Fails, Your api key: ****abcd is invalid', type: 'authentication_error'}});
	const server = await serve((_request, response) => {
		response.writeHead(401, {'content-type': 'application/json', 'content-encoding': 'gzip'});
		response.end(gzipSync(body));
	});
	const result = answer(await client(server.url).get('/models'));
	assert.equal(result.apiError?.message, 'Authentication Fails, Your api key: ****abcd is invalid');
});

test('a gzip bomb stops at the cap once decompressed: too_large, nothing of it kept', async () => {
	// 64 MiB of zeros in 64 KiB: far under the cap on the wire, far over it decompressed.
	const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
	assert.ok(bomb.byteLength < defaultMaxBodyBytes);
	const server = await serve((_request, response) => {
		response.writeHead(200, {'content-type': 'application/json', 'content-encoding': 'gzip'});
		response.end(bomb);
	});
	const result = answer(await client(server.url).get('/models'));
	assert.equal(result.bodyProblem, 'too_large');
	assert.equal(result.text, '');
	// The cap given for one request holds for decompressed bytes too.
	const small = gzipSync(JSON.stringify({data: 'x'.repeat(500)}));
	const capped = await serve((_request, response) => {
		response.writeHead(200, {'content-type': 'application/json', 'content-encoding': 'gzip'});
		response.end(small);
	});
	assert.equal(answer(await client(capped.url).get('/models', {maxBytes: 200})).bodyProblem, 'too_large');
});

test('a body that does not decompress, or an encoding this tool does not know, is undecodable', async () => {
	const server = await serve((request, response) => {
		const lies = request.url === '/models/lies';
		response.writeHead(200, {'content-type': 'application/json', 'content-encoding': lies ? 'gzip' : 'compress'});
		response.end(lies ? '{"object": "list", "data": []}' : gzipSync('{}').subarray(0, 8));
	});
	const api = client(server.url);
	for (const path of ['/models/lies', '/models/unknown']) {
		const result = answer(await api.get(path));
		assert.equal(result.bodyProblem, 'undecodable', path);
		assert.equal(result.text, '', path);
		assert.equal(result.apiError, undefined, path);
	}
});

test('a binary body is never kept as text: binary, with its size; a page with a few stray bytes is still text', async () => {
	const binary = Buffer.from(Array.from({length: 300}, (_, index) => (index * 151 + 7) % 256));
	const latin1 = Buffer.concat([Buffer.from('<html><body>'), Buffer.from('Caf\xe9 ferm\xe9 pour la journ\xe9e. '.repeat(20), 'latin1'), Buffer.from('</body></html>')]);
	const server = await serve((request, response) => {
		response.writeHead(request.url === '/models/page' ? 403 : 401, {'content-type': request.url === '/models/page' ? 'text/html' : 'application/octet-stream'});
		response.end(request.url === '/models/page' ? latin1 : binary);
	});
	const api = client(server.url);
	const result = answer(await api.get('/models/binary'));
	assert.equal(result.bodyProblem, 'binary');
	assert.equal(result.binaryBytes, 300);
	assert.equal(result.text, '');
	assert.equal(result.apiError, undefined);
	const page = answer(await api.get('/models/page'));
	assert.equal(page.bodyProblem, 'not_json');
	assert.equal(page.binaryBytes, undefined);
	assert.ok(page.text.startsWith('<html>'));
});

test('a redirect is read, never followed: the key goes nowhere else, the Location is resolved and cut to origin and path', async () => {
	const seen: string[] = [];
	const server = await serve((request, response) => {
		seen.push(`${request.url} ${request.headers.authorization === undefined ? 'no key' : 'key'}`);
		if (request.url === '/api/v1/models') return json(response, 200, {object: 'list', data: []});
		response.writeHead(301, {'content-type': 'text/html', location: `/api/v1/models?token=${key}#x`});
		response.end('<html><head><title>301 Moved Permanently</title></head></html>');
	});
	const result = answer(await client(server.url).get('/models'));
	assert.equal(result.status, 301);
	assert.deepEqual(result.redirect, {status: 301, location: `${server.url}/api/v1/models`});
	assert.deepEqual(seen, ['/models key'], 'asked once, and not where it pointed');
	assertKeyFree(result);
	const plain = answer(await client(server.url).get('/api/v1/models'));
	assert.equal(plain.redirect, undefined);
});

test('a body cut short (Content-Length larger than sent) is a connection_reset failure naming the status', async () => {
	const server = await serve((_request, response) => {
		response.writeHead(200, {'content-type': 'application/json', 'content-length': '200'});
		response.write('{"is_available": true, "bal');
		setImmediate(() => response.socket?.end());
	});
	const result = failure(await client(server.url).get('/user/balance'));
	assert.equal(result.reason, 'connection_reset');
	assert.match(result.message, /127\.0\.0\.1:\d+/);
	assert.match(result.message, /HTTP 200/);
});

test('a 50 MB body: reading stops at the cap, quickly, and reports too_large with the status', async () => {
	const total = 50 * 1024 * 1024;
	const chunk = Buffer.alloc(64 * 1024, 'a');
	let written = 0;
	let responseClosed: Promise<unknown> | undefined;
	const server = await serve((_request, response) => {
		responseClosed = once(response, 'close');
		response.writeHead(200, {'content-type': 'application/json'});
		const pump = () => {
			while (written < total && !response.destroyed) {
				written += chunk.length;
				if (!response.write(chunk)) {
					response.once('drain', pump);
					return;
				}
			}
			if (!response.destroyed) response.end();
		};
		pump();
	});
	const began = performance.now();
	const result = answer(await client(server.url).get('/models'));
	const elapsed = performance.now() - began;
	assert.equal(result.status, 200);
	assert.equal(result.bodyProblem, 'too_large');
	assert.equal(result.json, undefined);
	assert.equal(Buffer.byteLength(result.text), defaultMaxBodyBytes);
	// Not a speed target: it ends long before the whole 64 MB would have been read.
	assert.ok(elapsed < 10_000, `took ${elapsed} ms`);
	await responseClosed;
	assert.ok(written < total / 2, `server wrote ${written} bytes before the client hung up`);
});

test('maxBytes overrides the cap', async () => {
	const server = await serve((_request, response) => json(response, 200, {data: 'x'.repeat(500)}));
	const result = answer(await client(server.url).get('/models', {maxBytes: 100}));
	assert.equal(result.bodyProblem, 'too_large');
	assert.equal(Buffer.byteLength(result.text), 100);
});

test('a server that stalls before the headers times out within about timeoutMs', async () => {
	const server = await serve(() => undefined);
	const began = performance.now();
	const result = failure(await client(server.url, {timeoutMs: 300}).get('/user/balance'));
	const elapsed = performance.now() - began;
	assert.equal(result.reason, 'timeout');
	// Not before the deadline; and it ends (the server never answers: without the timeout, never).
	assert.ok(elapsed >= 250 && elapsed < 10_000, `took ${elapsed} ms`);
	assert.match(result.message, /did not answer within 0\.\d s/);
});

test('a timeout this process notices late (busy loading code) still names the deadline, not the wait', async () => {
	const server = await serve(() => undefined);
	const pending = client(server.url, {timeoutMs: 200}).get('/user/balance');
	// Keep the event loop busy well past the deadline, as `check` loading its code would.
	const busyUntil = performance.now() + 700;
	while (performance.now() < busyUntil) {
		// busy
	}
	const result = failure(await pending);
	assert.equal(result.reason, 'timeout');
	assert.match(result.message, /did not answer within 0\.2 s/);
});

test('a server that stalls mid-body times out and says the answer had started', async () => {
	const server = await serve((_request, response) => {
		response.writeHead(200, {'content-type': 'application/json'});
		response.write('{"is_available": ');
	});
	const began = performance.now();
	const result = failure(await client(server.url, {timeoutMs: 300}).get('/user/balance'));
	const elapsed = performance.now() - began;
	assert.equal(result.reason, 'timeout');
	assert.match(result.message, /HTTP 200/);
	assert.equal(result.partialStatus, 200, 'the failure keeps the status that had arrived');
	assert.ok(elapsed < 10_000, `took ${elapsed} ms`);
});

test('a per-request timeoutMs overrides the client\'s', async () => {
	const server = await serve(() => undefined);
	const began = performance.now();
	const result = failure(await client(server.url, {timeoutMs: 60_000}).get('/models', {timeoutMs: 200}));
	assert.equal(result.reason, 'timeout');
	// The request's 200 ms, not the client's 60 s.
	assert.ok(performance.now() - began < 30_000);
});

test('a connection reset before the answer is connection_reset', async () => {
	const server = await serve(request => request.socket.destroy());
	const result = failure(await client(server.url).get('/models'));
	assert.equal(result.reason, 'connection_reset');
	assert.match(result.message, /closed the connection/);
	assert.ok(result.code);
	assert.equal(result.partialStatus, undefined, 'nothing had arrived');
});

test('a closed port is connection_refused, naming host and port', async () => {
	const port = await closedPort();
	const result = failure(await client(`http://127.0.0.1:${port}`).get('/models'));
	assert.equal(result.reason, 'connection_refused');
	assert.equal(result.code, 'ECONNREFUSED');
	assert.ok(result.message.includes(`127.0.0.1:${port}`));
});

test('a user abort mid-request is aborted, not timeout', async () => {
	const controller = new AbortController();
	const server = await serve(() => controller.abort());
	const result = failure(await client(server.url).get('/models', {signal: controller.signal}));
	assert.equal(result.reason, 'aborted');
	assert.equal(server.requests.length, 1);
});

test('aborting the client\'s own signal mid-body is aborted too', async () => {
	const controller = new AbortController();
	const server = await serve((_request, response) => {
		response.writeHead(200);
		response.write('{"a":');
		setImmediate(() => controller.abort());
	});
	const result = failure(await client(server.url, {signal: controller.signal}).get('/models'));
	assert.equal(result.reason, 'aborted');
});

test('a caller deadline (AbortSignal.timeout) counts as timeout', async () => {
	const server = await serve(() => undefined);
	const result = failure(await client(server.url).get('/models', {signal: AbortSignal.timeout(100)}));
	assert.equal(result.reason, 'timeout');
});

test('an already aborted signal sends nothing', async () => {
	const server = await serve((_request, response) => json(response, 200, {}));
	const result = failure(await client(server.url).post('/chat/completions', {}, {signal: AbortSignal.abort()}));
	assert.equal(result.reason, 'aborted');
	const viaClient = failure(await client(server.url, {signal: AbortSignal.abort()}).get('/models'));
	assert.equal(viaClient.reason, 'aborted');
	assert.equal(server.requests.length, 0);
});

test('plain http to another machine with auth: insecure_url, and no request leaves', async () => {
	// Every request to api.example.test would go through this "proxy": it proves nothing was sent.
	const trap = await serve((_request, response) => json(response, 200, {}));
	const api = client('http://api.example.test/v1', {env: {HTTP_PROXY: trap.url, HTTPS_PROXY: trap.url}});
	const result = failure(await api.get('/user/balance'));
	assert.equal(result.reason, 'insecure_url');
	assert.match(result.message, /api\.example\.test/);
	assert.equal(result.url, 'http://api.example.test/user/balance');
	const post = failure(await api.post('/chat/completions', {model: 'x'}));
	assert.equal(post.reason, 'insecure_url');
	assert.equal(trap.requests.length, 0);
	// Without auth there is no key to protect: the request may go (here, to the trap).
	const open = answer(await api.get('/api/status', {auth: false}));
	assert.equal(open.status, 200);
	assert.equal(trap.requests.length, 1);
	assert.equal(trap.requests[0]?.headers.authorization, undefined);
});

test('the key is sent only to the base URL\'s origin', async () => {
	const other = await serve((_request, response) => json(response, 200, {data: {components: []}}));
	const own = await serve((_request, response) => json(response, 200, {}));
	const api = client(own.url);
	answer(await api.get(`${other.url}/summary`));
	assert.equal(other.requests[0]?.headers.authorization, undefined);
	answer(await api.get(`${own.url}/models`));
	assert.equal(own.requests[0]?.headers.authorization, `Bearer ${key}`);
	answer(await api.get('/api/status', {auth: false}));
	assert.equal(own.requests[1]?.headers.authorization, undefined);
	// No key, no header.
	answer(await createApiClient({baseUrl: own.url, apiKey: undefined, timeoutMs: 5000}).get('/models'));
	assert.equal(own.requests[2]?.headers.authorization, undefined);
});

test('GETs are shared within a client (one request, the same promise); POSTs never', async () => {
	const server = await serve((request, response) => {
		void readRequestBody(request).then(body => json(response, 200, {echo: body}));
	});
	const api = client(server.url);
	const first = api.get('/models');
	const second = api.get('/models');
	assert.equal(first, second);
	const [a, b] = await Promise.all([first, second]);
	assert.equal(a, b);
	answer(await api.get('/models'));
	assert.equal(server.requests.length, 1);
	// Different auth is a different request.
	answer(await api.get('/models', {auth: false}));
	assert.equal(server.requests.length, 2);
	// Another client asks again.
	answer(await client(server.url).get('/models'));
	assert.equal(server.requests.length, 3);
	const posts = await Promise.all([api.post('/chat/completions', {max_tokens: 1}), api.post('/chat/completions', {max_tokens: 1})]);
	assert.equal(server.requests.length, 5);
	assert.deepEqual(answer(posts[0]).json, {echo: '{"max_tokens":1}'});
	assert.equal(server.requests[3]?.method, 'POST');
	assert.equal(server.requests[3]?.headers['content-type'], 'application/json');
});

test('a shared GET survives one caller giving up', async () => {
	let release: (() => void) | undefined;
	let arrived: () => void = () => undefined;
	const firstArrived = new Promise<void>(resolve => {
		arrived = resolve;
	});
	const server = await serve((request, response) => {
		if (request.url !== '/user/balance') return json(response, 200, {fresh: true});
		release = () => json(response, 200, {ok: true});
		arrived();
	});
	const api = client(server.url);
	const impatient = new AbortController();
	const patient = new AbortController();
	const first = api.get('/user/balance', {signal: impatient.signal});
	const second = api.get('/user/balance', {signal: patient.signal});
	await firstArrived;
	impatient.abort();
	assert.equal(failure(await first).reason, 'aborted');
	release?.();
	assert.deepEqual(answer(await second).json, {ok: true});
	assert.equal(server.requests.filter(request => request.url === '/user/balance').length, 1);

	// When every caller gives up, the shared request is dropped: the next caller gets a new one.
	const lonely = new AbortController();
	const abandoned = api.get('/models', {signal: lonely.signal});
	lonely.abort();
	assert.equal(failure(await abandoned).reason, 'aborted');
	assert.deepEqual(answer(await api.get('/models')).json, {fresh: true});
});

test('a failed GET is remembered within a client: asking again reuses the outcome; a new client asks anew', async () => {
	const server = await serve((request, response) => {
		if (server.requests.length === 1) request.socket.destroy();
		else json(response, 200, {second: true});
	});
	const api = client(server.url);
	assert.equal(failure(await api.get('/models')).reason, 'connection_reset');
	assert.equal(failure(await api.get('/models')).reason, 'connection_reset');
	assert.equal(server.requests.length, 1);
	assert.deepEqual(answer(await client(server.url).get('/models')).json, {second: true});
	assert.equal(server.requests.length, 2);
});

test('a GET every caller gave up on is asked again by the next caller', async () => {
	let firstArrived = () => {};
	const arrived = new Promise<void>(resolve => (firstArrived = resolve));
	const server = await serve((_request, response) => {
		if (server.requests.length === 1) firstArrived(); // and never answers: the caller gives up
		else json(response, 200, {second: true});
	});
	const api = client(server.url);
	const caller = new AbortController();
	const first = api.get('/models', {signal: caller.signal});
	await arrived;
	caller.abort();
	assert.equal(failure(await first).reason, 'aborted');
	assert.deepEqual(answer(await api.get('/models')).json, {second: true});
	assert.equal(server.requests.length, 2);
});

test('an unresolvable host is dns, never a throw', async () => {
	const result = failure(await client('https://api.deepseek-fix-test.invalid', {timeoutMs: 8000}).get('/models'));
	assert.equal(result.reason, 'dns');
	assert.match(result.message, /Could not resolve api\.deepseek-fix-test\.invalid/);
});

test('a proxy that refuses connections is named, with the variable that set it', async () => {
	const port = await closedPort();
	const env = {HTTPS_PROXY: `http://127.0.0.1:${port}`, http_proxy: `http://127.0.0.1:${port}`};
	// https goes through a CONNECT tunnel; plain http (no key: the status page) is forwarded.
	const tunnel = failure(await client('https://api.deepseek.com', {env}).get('/models'));
	assert.equal(tunnel.reason, 'proxy');
	assert.equal(tunnel.message, `The proxy http://127.0.0.1:${port} (from HTTPS_PROXY) refused the connection: start the proxy, fix HTTPS_PROXY, or unset it to connect directly.`);
	// Beside another proxy in http_proxy, unsetting HTTPS_PROXY would not connect directly: https then takes that one (undici's rule).
	const other = await closedPort();
	const beside = failure(await client('https://api.deepseek.com', {env: {...env, http_proxy: `http://127.0.0.1:${other}`}}).get('/models'));
	assert.equal(beside.message, `The proxy http://127.0.0.1:${port} (from HTTPS_PROXY) refused the connection: start the proxy, fix HTTPS_PROXY, or unset it to use the proxy in http_proxy.`);
	const plain = failure(await client('https://api.deepseek.com', {env}).get('http://status.example.test/summary', {auth: false}));
	assert.equal(plain.reason, 'proxy');
	assert.equal(plain.message, `The proxy http://127.0.0.1:${port} (from http_proxy) refused the connection: start the proxy, fix http_proxy, or unset it to connect directly.`);
});

test('through a CONNECT proxy: the tunnel is opened to the service, and the key travels only inside it', async () => {
	const target = await serve((request, response) => json(response, 200, {seen: request.url}));
	// The proxy opens the tunnel to `api.deepseek.com:443`, which here is a plain-http server:
	// the TLS handshake fails, but only after the proxy said yes — the CONNECT was really sent.
	// Plain text through a tunnel to port 443 is read as the proxy's own page: the proxy's failure.
	const proxy = await startProxy({routes: {'api.deepseek.com:443': target.port}});
	try {
		const result = failure(await client('https://api.deepseek.com', {env: {https_proxy: proxy.url}}).get('/models'));
		assert.equal(result.reason, 'proxy');
		assert.match(result.message, /opened the tunnel to api\.deepseek\.com, but what came through it is plain text, not TLS/);
		assert.deepEqual(proxy.seen.map(seen => `${seen.method} ${seen.target} ${seen.status}`), ['CONNECT api.deepseek.com:443 200']);
		assert.ok(!proxy.received().includes(key), 'the key crossed the proxy in clear text');
	} finally {
		await proxy.close();
	}
});

test('a proxy URL with a path, query or fragment is the proxy at its host and port, as curl and Python\'s requests take it', async () => {
	const target = await serve((_request, response) => json(response, 200, {}));
	const proxy = await startProxy({routes: {'status.example.test:80': target.port}});
	try {
		for (const value of [`${proxy.url}/`, `${proxy.url}/proxy.pac`, `${proxy.url}/a/b?x=1#y`]) {
			const result = answer(await client('https://api.deepseek.com', {env: {HTTP_PROXY: value}}).get('http://status.example.test/summary', {auth: false}));
			assert.equal(result.status, 200, value);
			// Through a CONNECT tunnel too: undici refused such a URL on every request ("invalid url").
			assert.notEqual(failure(await client('https://api.deepseek.com', {env: {HTTPS_PROXY: value}}).get('/models')).reason, 'other', value);
		}
		assert.deepEqual(proxy.seen.map(seen => `${seen.method} ${seen.target} ${seen.status}`), [
			'GET http://status.example.test/summary 200', 'CONNECT api.deepseek.com:443 502',
			'GET http://status.example.test/summary 200', 'CONNECT api.deepseek.com:443 502',
			'GET http://status.example.test/summary 200', 'CONNECT api.deepseek.com:443 502',
		]);
	} finally {
		await proxy.close();
	}
});

test('a proxy asking for a login (407): told to add one, or that the one given was refused; never shown', async () => {
	const target = await serve((_request, response) => json(response, 200, {}));
	const proxy = await startProxy({routes: {'api.deepseek.com:443': target.port, 'status.example.test:80': target.port}, login: {user: 'alice', password: 's3cret'}});
	try {
		const shown = proxy.url;
		const noLogin = failure(await client('https://api.deepseek.com', {env: {HTTPS_PROXY: proxy.url}}).get('/models'));
		assert.equal(noLogin.reason, 'proxy');
		assert.equal(noLogin.message, `The proxy ${shown} (from HTTPS_PROXY) asks for a login (HTTP 407): put the user and password in the proxy URL, e.g. http://user:password@proxy:8080.`);
		const wrongUrl = `http://alice:wrong@127.0.0.1:${proxy.port}`;
		const wrong = failure(await client('https://api.deepseek.com', {env: {HTTPS_PROXY: wrongUrl}}).get('/models'));
		assert.equal(wrong.message, `The proxy ${shown} (from HTTPS_PROXY) did not accept the login in its URL (HTTP 407): check the user and password (percent-encode special characters, e.g. @ as %40).`);
		assert.ok(!JSON.stringify(wrong).includes('wrong'));
		// The refused login is flagged (its fix: correct it); a missing one is not (its fix: put one in).
		assert.equal(wrong.loginRefused, true);
		assert.equal(noLogin.loginRefused, undefined);
		// A password with no user is a login given all the same.
		const passwordOnly = failure(await client('https://api.deepseek.com', {env: {HTTPS_PROXY: `http://:s3cret@127.0.0.1:${proxy.port}`}}).get('/models'));
		assert.equal(passwordOnly.message, wrong.message);
		// A forwarded plain-http request answered 407 says the same.
		const plain = failure(await client('https://api.deepseek.com', {env: {HTTP_PROXY: proxy.url}}).get('http://status.example.test/summary', {auth: false}));
		assert.equal(plain.message, `The proxy ${shown} (from HTTP_PROXY) asks for a login (HTTP 407): put the user and password in the proxy URL, e.g. http://user:password@proxy:8080.`);
		// With the right login the proxy forwards the request.
		const rightUrl = `http://alice:s3cret@127.0.0.1:${proxy.port}`;
		const ok = answer(await client('https://api.deepseek.com', {env: {HTTP_PROXY: rightUrl}}).get('http://status.example.test/summary', {auth: false}));
		assert.equal(ok.status, 200);
		assert.equal(proxy.seen.at(-1)?.headers['proxy-authorization'], `Basic ${Buffer.from('alice:s3cret').toString('base64')}`);
	} finally {
		await proxy.close();
	}
});

// Squid's and tinyproxy's own refusals of a tunnel, as recorded from the real proxies (test/fixtures/proxies).
test('Squid and tinyproxy refusing a tunnel: their real answers read as the login, the port or the way out, never as a blocked host', async () => {
	const login = {user: 'alice', password: 'Zq7#visible?pw'};
	const withLogin = (proxy: {port: number}, password: string) => `http://alice:${encodeURIComponent(password)}@127.0.0.1:${proxy.port}`;
	const squid = await startProxy({routes: {}, product: 'squid', connectPorts: [443], login});
	const tinyproxy = await startProxy({routes: {}, product: 'tinyproxy', connectPorts: [443], login});
	try {
		for (const proxy of [squid, tinyproxy]) {
			const get = async (base: string, password?: string) => failure(await client(base, {env: {HTTPS_PROXY: password === undefined ? proxy.url : withLogin(proxy, password)}}).get('/models'));
			// A port other than 443: both answer 403 (Squid before asking for the login, tinyproxy after).
			const port = await get('https://api.deepseek.com:8443', login.password);
			assert.equal(port.reason, 'proxy');
			assert.equal(port.code, '403');
			assert.equal(port.message, `The proxy ${proxy.url} (from HTTPS_PROXY) refused to open a connection to api.deepseek.com on port 8443 (HTTP 403): many proxies (Squid's and tinyproxy's default rules) open connections only to port 443; ask its administrator to allow port 8443, use an address of the service on port 443, or add the host to NO_PROXY.`);
			const noLogin = await get('https://api.deepseek.com');
			assert.equal(noLogin.message, `The proxy ${proxy.url} (from HTTPS_PROXY) asks for a login (HTTP 407): put the user and password in the proxy URL, e.g. http://user:password@proxy:8080.`);
			// Nothing listens where the tunnel should go: Squid's 503, tinyproxy's 500.
			const unreached = await get('https://api.deepseek.com', login.password);
			assert.equal(unreached.code, proxy === squid ? '503' : '500');
			assert.equal(unreached.message, `The proxy ${proxy.url} (from HTTPS_PROXY) could not reach the service (it answered HTTP ${unreached.code} to the tunnel request): the service, or the proxy's own way out, may be down; try again later, or ask the proxy's administrator if it lasts.`);
			assert.ok(!JSON.stringify([port, noLogin, unreached]).includes('visible'));
		}
		// A wrong login: Squid asks again (407), tinyproxy answers 401.
		const wrongAt = async (proxy: typeof squid) => failure(await client('https://api.deepseek.com', {env: {HTTPS_PROXY: withLogin(proxy, 'Zq7#wrong?pw')}}).get('/models'));
		const [squidWrong, tinyproxyWrong] = [await wrongAt(squid), await wrongAt(tinyproxy)];
		assert.deepEqual([squidWrong.code, tinyproxyWrong.code], ['407', '401']);
		assert.deepEqual([squidWrong.loginRefused, tinyproxyWrong.loginRefused], [true, true]);
		assert.equal(tinyproxyWrong.reason, 'proxy');
		assert.equal(tinyproxyWrong.message, `The proxy ${tinyproxy.url} (from HTTPS_PROXY) did not accept the login in its URL (HTTP 401): check the user and password (percent-encode special characters, e.g. @ as %40).`);
		assert.ok(!JSON.stringify([squidWrong, tinyproxyWrong]).includes('wrong'));
		assert.deepEqual(tinyproxy.seen.map(seen => `${seen.target} ${seen.status}`), [
			'api.deepseek.com:8443 403', 'api.deepseek.com:443 407', 'api.deepseek.com:443 500', 'api.deepseek.com:443 401',
		]);
	} finally {
		await Promise.all([squid.close(), tinyproxy.close()]);
	}
});

test('a proxy that offers only a Windows login (407 with NTLM, Negotiate): said so, with what to do instead; a login in its URL does not change that, and is never shown', async () => {
	const proxy = await startProxy({routes: {}, login: {user: 'alice', password: 's3cret'}, offers: ['Negotiate', 'NTLM']});
	const basicToo = await startProxy({routes: {}, login: {user: 'alice', password: 's3cret'}, offers: ['NTLM', 'Basic realm="corp, main"']});
	try {
		const expected = `The proxy ${proxy.url} (from HTTPS_PROXY) asks for a Windows login (HTTP 407: Negotiate, NTLM), which this tool cannot give (only a Basic login, from the proxy URL): run a local proxy that logs in for you (Cntlm, Px) and set HTTPS_PROXY to it, or ask the proxy's administrator for a Basic login.`;
		for (const value of [proxy.url, `http://alice:wrong@127.0.0.1:${proxy.port}`]) {
			const result = failure(await client('https://api.deepseek.com', {env: {HTTPS_PROXY: value}}).get('/models'));
			assert.equal(result.reason, 'proxy');
			assert.equal(result.code, 'PROXY_LOGIN_NOT_BASIC');
			assert.equal(result.message, expected);
		}
		// A proxy that offers Basic beside NTLM takes a login in the URL: the sentence says to give one.
		const basic = failure(await client('https://api.deepseek.com', {env: {HTTPS_PROXY: basicToo.url}}).get('/models'));
		assert.equal(basic.code, '407');
		assert.match(basic.message, /asks for a login \(HTTP 407\): put the user and password in the proxy URL/);
	} finally {
		await proxy.close();
		await basicToo.close();
	}
});

test('a proxy variable that holds no proxy URL: one sentence naming the variable, nothing sent', async () => {
	const target = await serve((_request, response) => json(response, 200, {}));
	const result = failure(await client('https://api.deepseek.com', {env: {HTTPS_PROXY: 'proxy.corp.example:3128'}}).get('/models'));
	assert.equal(result.reason, 'proxy');
	assert.equal(result.message, 'HTTPS_PROXY holds proxy.corp.example:3128 without a scheme: write http://proxy.corp.example:3128 (curl and Python\'s requests read it so; Node programs, this tool too, need the http://), or unset it to connect directly.');
	assert.equal(target.requests.length, 0);
});

test('a proxy variable that holds no usable proxy URL says what is wrong where it can tell, and never shows a login', async () => {
	const said = async (value: string) => failure(await client('https://api.deepseek.com', {env: {HTTPS_PROXY: value}}).get('/models')).message;
	assert.match(await said('socks4://127.0.0.1:1080'), /^HTTPS_PROXY names a SOCKS4 proxy, which this tool .* cannot use: give the proxy's socks5:\/\/ or http:\/\/ address/);
	assert.match(await said('socks4a://127.0.0.1:1080'), /names a SOCKS4 proxy/);
	const cut = await said('http://alice:20/24s3cret@127.0.0.1:3128');
	assert.match(cut, /^The password in HTTPS_PROXY holds a "\/", "\?" or "#" written as is.*%2F, %3F and %23/);
	assert.ok(!cut.includes('alice') && !cut.includes('s3cret'), cut);
	// A login without a scheme is not "host:port": never echoed.
	const login = await said('alice:s3cret@127.0.0.1:3128');
	assert.match(login, /^HTTPS_PROXY does not hold a proxy URL/);
	assert.ok(!login.includes('s3cret'), login);
	assert.match(await said('127.0.0.1:7890'), /^HTTPS_PROXY holds 127\.0\.0\.1:7890 without a scheme: write http:\/\/127\.0\.0\.1:7890 /);
	assert.match(await said('::::'), /^HTTPS_PROXY does not hold a proxy URL/);
	// Quotes kept in the value (Windows' set HTTPS_PROXY="…"): said so, the value (and its login) never shown.
	for (const quoted of ['"http://alice:s3cret@127.0.0.1:7890"', "'socks5://127.0.0.1:7890'", '"127.0.0.1:7890"']) {
		const message = await said(quoted);
		assert.match(message, /^HTTPS_PROXY's value starts and ends with quotes, which became part of it .*: remove the quotes\.$/, quoted);
		assert.ok(!message.includes('s3cret') && !message.includes('7890'), message);
	}
});

test('loopback targets bypass the proxy: a local gateway over http never hands the key to it', async () => {
	const target = await serve((request, response) => json(response, 200, {auth: request.headers.authorization === `Bearer ${key}`}));
	const proxy = await startProxy({routes: {[`127.0.0.1:${target.port}`]: target.port}});
	try {
		const env = {HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url};
		const result = answer(await client(target.url, {env}).get('/models'));
		assert.deepEqual(result.json, {auth: true});
		assert.equal(proxy.seen.length, 0);
		assert.ok(!proxy.received().includes(key));
	} finally {
		await proxy.close();
	}
});

test('https to a plain-http port is a tls failure', async () => {
	const server = await serve((_request, response) => json(response, 200, {}));
	const result = failure(await client(`https://127.0.0.1:${server.port}`).get('/models'));
	assert.equal(result.reason, 'tls');
	assert.match(result.message, /127\.0\.0\.1/);
});

test('an unusable base URL fails each relative request, absolute URLs still work', async () => {
	const server = await serve((_request, response) => json(response, 200, {ok: true}));
	const api = client('api.deepseek.com');
	const relative = failure(await api.get('/models'));
	assert.equal(relative.reason, 'invalid_url');
	assert.match(relative.message, /https:\/\/api\.deepseek\.com/);
	const absolute = answer(await api.get(`${server.url}/summary`));
	assert.equal(absolute.status, 200);
	assert.equal(server.requests[0]?.headers.authorization, undefined);
	assert.equal(api.baseUrl, 'api.deepseek.com');
	assert.equal(client('https://api.deepseek.com/v1/').baseUrl, 'https://api.deepseek.com');
});

test('programmer errors throw: a non-positive timeout', async () => {
	assert.throws(() => createApiClient({baseUrl: 'https://api.deepseek.com', apiKey: undefined, timeoutMs: 0}), RangeError);
	const api = createApiClient({baseUrl: 'https://api.deepseek.com', apiKey: undefined, timeoutMs: 1000});
	assert.throws(() => api.get('/models', {timeoutMs: Number.NaN}), RangeError);
	await assert.rejects(api.post('/chat/completions', {}, {timeoutMs: -5}), RangeError);
});

test('failureFromError maps undici/Node errors by code, following causes', () => {
	const context = {url: new URL('https://api.example.com/models'), apiKey: key, startedAt: performance.now()};
	const reasonFor = (error: unknown) => failureFromError(error, context).reason;
	const coded = (code: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(code), {code, ...extra});
	assert.equal(reasonFor(coded('UND_ERR_CONNECT_TIMEOUT')), 'timeout');
	assert.equal(reasonFor(coded('UND_ERR_HEADERS_TIMEOUT')), 'timeout');
	assert.equal(reasonFor(coded('UND_ERR_BODY_TIMEOUT')), 'timeout');
	assert.equal(reasonFor(new DOMException('late', 'TimeoutError')), 'timeout');
	assert.equal(reasonFor(new DOMException('stop', 'AbortError')), 'aborted');
	assert.equal(reasonFor(coded('ECONNREFUSED', {address: '1.2.3.4', port: 443})), 'connection_refused');
	assert.equal(reasonFor(coded('ECONNRESET')), 'connection_reset');
	assert.equal(reasonFor(coded('UND_ERR_SOCKET')), 'connection_reset');
	assert.equal(reasonFor(coded('EPIPE')), 'connection_reset');
	assert.equal(reasonFor(coded('ENOTFOUND', {hostname: 'api.example.com'})), 'dns');
	assert.equal(reasonFor(coded('EAI_AGAIN', {hostname: 'api.example.com'})), 'dns');
	for (const code of ['CERT_HAS_EXPIRED', 'ERR_TLS_CERT_ALTNAME_INVALID', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'EPROTO']) {
		assert.equal(isTlsErrorCode(code), true, code);
		assert.equal(reasonFor(coded(code)), 'tls', code);
	}
	assert.equal(isTlsErrorCode('ECONNRESET'), false);
	assert.match(failureFromError(coded('CERT_HAS_EXPIRED'), context).message, /expired/);
	assert.match(failureFromError(coded('SELF_SIGNED_CERT_IN_CHAIN'), context).message, /NODE_EXTRA_CA_CERTS/);
	// The code is found down the cause chain and inside an AggregateError.
	assert.equal(reasonFor(new TypeError('fetch failed', {cause: coded('ECONNRESET')})), 'connection_reset');
	const aggregate = Object.assign(new AggregateError([coded('ECONNREFUSED', {address: '::1', port: 443}), coded('ECONNREFUSED', {address: '127.0.0.1', port: 443})]), {code: 'ECONNREFUSED'});
	assert.equal(reasonFor(aggregate), 'connection_refused');
	// Through a proxy, failing to connect means failing to reach the proxy (the proxy connects to the service).
	const proxied = {...context, proxy: {shown: 'http://proxy.corp:3128', variable: 'HTTPS_PROXY', hasLogin: false}};
	const viaProxy = failureFromError(coded('ECONNREFUSED', {address: '10.0.0.2', port: 3128}), proxied);
	assert.equal(viaProxy.reason, 'proxy');
	assert.equal(viaProxy.message, 'The proxy http://proxy.corp:3128 (from HTTPS_PROXY) refused the connection: start the proxy, fix HTTPS_PROXY, or unset it to connect directly.');
	assert.equal(failureFromError(coded('ENOTFOUND', {hostname: 'proxy.corp'}), proxied).message, 'Could not resolve the host name of the proxy http://proxy.corp:3128 (from HTTPS_PROXY): check its spelling, or unset HTTPS_PROXY to connect directly.');
	assert.equal(failureFromError(coded('ECONNRESET'), proxied).reason, 'connection_reset');
	// A proxy failure's own detail never carries a login from a URL it quotes.
	const detail = failureFromError(Object.assign(new Error('proxy'), {code: 'UND_ERR_PRX_CONN', cause: new Error('cannot reach http://bob:hunter2@proxy.corp:3128')}), proxied);
	assert.equal(detail.reason, 'proxy');
	assert.ok(!detail.message.includes('hunter2') && !detail.message.includes('bob'), detail.message);
	// An "@" written as is in the password: the address starts after the last "@" (as URLs read it), so no part of the password stays.
	const unencoded = failureFromError(Object.assign(new Error('proxy'), {code: 'UND_ERR_PRX_CONN', cause: new Error('cannot reach http://bob:Secr3t@Pass9@proxy.corp:3128/x@y')}), proxied);
	assert.ok(!/bob|Secr3t|Pass9/.test(unencoded.message), unencoded.message);
	assert.match(unencoded.message, /cannot reach http:\/\/proxy\.corp:3128\/x@y\./);
	// Unknown errors: 'other', with the detail, key masked.
	const unknown = failureFromError(new Error(`weird ${key}`), context);
	assert.equal(unknown.reason, 'other');
	assert.ok(!unknown.message.includes(key));
	assert.equal(failureFromError('a string', context).reason, 'other');
	assert.equal(failureFromError(undefined, context).reason, 'other');
});

test('a key holding characters no header can carry is not sent: the failure names them by code point, and requests without the key still go', async () => {
	const server = await serve((_request, response) => json(response, 200, {ok: true}));
	const api = client(server.url, {apiKey: `${key}\u200b`});
	const refused = failure(await api.get('/models'));
	assert.equal(refused.reason, 'unsendable_key');
	assert.equal(refused.message, 'Not sent, as the key holds characters no HTTP request can carry (U+200B).');
	assert.equal(server.requests.length, 0, 'nothing reached the server');
	const status = answer(await api.get('/api/status', {auth: false}));
	assert.equal(status.status, 200);
});

test('a certificate not trusted, met directly: the sentence names who issued it (read again, nothing sent), and no proxy', async () => {
	const tlsDir = path.join(import.meta.dirname, '..', 'fixtures', 'tls');
	let requests = 0;
	const server = https.createServer({key: readFileSync(path.join(tlsDir, 'server-key.pem')), cert: readFileSync(path.join(tlsDir, 'server.pem'))}, (_request, response) => {
		requests++;
		response.end('{}');
	});
	const port = await listenOnLoopback(server);
	try {
		const client = createApiClient({baseUrl: `https://127.0.0.1:${port}`, apiKey: 'sk-unit-test-key-0000', timeoutMs: 5000, env: {}});
		const result = await client.get('/models');
		assert.equal(result.kind, 'failure');
		const failure = result as HttpFailure;
		assert.equal(failure.reason, 'tls');
		const issuer = 'deepseek-fix test CA (fixture, never trust outside tests)';
		assert.deepEqual(failure.untrusted, {issuer, proxy: null, extraCaFile: process.env.NODE_EXTRA_CA_CERTS ? failure.untrusted?.extraCaFile : null, systemTrusted: false});
		assert.match(failure.message, new RegExp(`issued by "${issuer.replaceAll(/[()]/g, '\\$&')}", which this computer does not trust\\. A company proxy or antivirus that inspects HTTPS often causes this\\.`));
		assert.doesNotMatch(failure.message, /ran through the proxy/);
		assert.equal(requests, 0, 'the look sends nothing inside the connection');
	} finally {
		server.closeAllConnections();
		server.close();
	}
});
