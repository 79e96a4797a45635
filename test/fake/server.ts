// The local fake DeepSeek (and relays, and status page) on 127.0.0.1: real sockets, real
// status codes and bodies, and real misbehaviour (resets, stalls, floods, delays).
//
// Besides the services it plays, the fake answers its own control path, which is never
// recorded or delayed: `GET /__scenario` names the current scenario, and
// `POST /__scenario/<name>` switches to another one while it runs.
import {once} from 'node:events';
import http, {type IncomingMessage, type ServerResponse} from 'node:http';
import https from 'node:https';
import type {Socket} from 'node:net';
import {setTimeout as sleep} from 'node:timers/promises';
import {brotliCompressSync, gzipSync} from 'node:zlib';
import {defaultStatusUrl} from '../../source/deepseek/facts.js';
import {scenario, isScenarioName, scenarioNames, type ScenarioName} from './scenarios.js';
import type {FakeRequest, Reply} from './reply.js';
import {statusSummary} from './status-page.js';

export {scenarioNames, keepAlivePrelude, type ScenarioName} from './scenarios.js';

/** The key the fake accepts unless told otherwise (made up, built in code). */
export const fakeKey = 'sk-' + '0123456789abcdef'.repeat(2);
export const statusPath = '/status/summary';
/** The real status page's path: an https fake reached as its host answers there too. */
const realStatusPath = new URL(defaultStatusUrl).pathname;
export const controlPath = '/__scenario';
/** Pause between the keep-alive lines and the JSON in `queued_keepalive`. */
const keepAliveGapMs = 20;
/** How much of a request body is kept in `requests`. */
const recordedBodyLimit = 1024 * 1024;

export type RecordedRequest = {
	method: string;
	/** The request target as sent: path and query string. */
	path: string;
	authorization: string | undefined;
	body: string;
};

/** One line of the fake's activity (what `npm run fake` logs). */
export type ActivityEntry = {
	method: string;
	path: string;
	authorization: string | undefined;
	/** `200`, `401`, `reset`, `200 stalled`, `200 flood`, `scenario → ok`, `aborted` … */
	outcome: string;
};

export type FakeOptions = {
	scenario: ScenarioName;
	/** Delay before every answer's headers. */
	latencyMs?: number;
	/** The key the fake accepts (default `fakeKey`). */
	validKey?: string;
	/** Port to listen on (default 0: any free port). */
	port?: number;
	onActivity?: (entry: ActivityEntry) => void;
	/** Serve https with this certificate (for playing api.deepseek.com behind a proxy). */
	tls?: {key: string | Buffer; cert: string | Buffer};
};

export type FakeServer = {
	/** `http://127.0.0.1:PORT` (https with `tls`): what DEEPSEEK_BASE_URL is set to. */
	baseUrl: string;
	/** `http://127.0.0.1:PORT/status/summary`: what DEEPSEEK_STATUS_URL is set to. */
	statusUrl: string;
	requests: RecordedRequest[];
	readonly scenario: ScenarioName;
	setScenario(name: ScenarioName): void;
	/** Stops listening and destroys every open socket, stalled ones included. */
	close(): Promise<void>;
};

function bearerKey(authorization: string | undefined): string | undefined {
	const match = /^Bearer(?: (.*))?$/i.exec(authorization?.trim() ?? '');
	return match ? (match[1] ?? '').trim() : undefined;
}

async function readBody(request: IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	let kept = 0;
	for await (const chunk of request as AsyncIterable<Buffer>) {
		if (kept < recordedBodyLimit) {
			chunks.push(chunk);
			kept += chunk.length;
		}
	}
	return Buffer.concat(chunks).toString('utf8').slice(0, recordedBodyLimit);
}

/** A JSON document of `bytes` bytes or a little more, produced chunk by chunk. */
function* jsonFlood(bytes: number): Generator<Buffer> {
	const head = Buffer.from('{"object":"list","data":[');
	const tail = Buffer.from('{"id":"deepseek-v4-pro","object":"model","owned_by":"deepseek"}]}');
	const entry = '{"id":"deepseek-v4-flash","object":"model","owned_by":"deepseek"},';
	const block = Buffer.from(entry.repeat(Math.ceil(64 * 1024 / entry.length)));
	yield head;
	for (let sent = head.length + tail.length; sent < bytes; sent += block.length) yield block;
	yield tail;
}

/** Perform a reply on the response; resolves with what was done (for the activity log). */
async function perform(reply: Reply, request: IncomingMessage, response: ServerResponse, signal: AbortSignal): Promise<string> {
	switch (reply.kind) {
		case 'answer': {
			if (reply.encoding !== undefined) {
				const body = reply.encoding === 'br' ? brotliCompressSync(reply.body) : gzipSync(reply.body);
				response.writeHead(reply.status, {...reply.headers, 'content-encoding': reply.encoding, 'content-length': String(body.byteLength)});
				response.end(body);
				return `${reply.status} ${reply.encoding}`;
			}
			if (reply.prelude === undefined) {
				response.writeHead(reply.status, {...reply.headers, 'content-length': String(Buffer.byteLength(reply.body))});
				response.end(reply.body);
				return String(reply.status);
			}
			// Like DeepSeek while queued: the lines come first, the answer a moment later.
			response.writeHead(reply.status, reply.headers);
			response.write(reply.prelude);
			await sleep(keepAliveGapMs, undefined, {signal});
			response.end(reply.body);
			return `${reply.status} after keep-alive`;
		}
		case 'reset': {
			request.socket.resetAndDestroy();
			return 'reset';
		}
		case 'stall': {
			response.writeHead(reply.status, reply.headers);
			response.write(reply.partial);
			// Nothing more is ever written; close() or the client ends the socket.
			return `${reply.status} stalled`;
		}
		case 'flood': {
			response.writeHead(reply.status, reply.headers);
			for (const chunk of jsonFlood(reply.bytes)) {
				if (signal.aborted) return `${reply.status} flood aborted`;
				if (!response.write(chunk)) await once(response, 'drain', {signal});
			}
			response.end();
			return `${reply.status} flood`;
		}
		case 'later': {
			await sleep(reply.delayMs, undefined, {signal});
			return perform(reply.reply, request, response, signal);
		}
	}
}

export async function startFake(options: FakeOptions): Promise<FakeServer> {
	const validKey = options.validKey ?? fakeKey;
	const latencyMs = options.latencyMs ?? 0;
	const requests: RecordedRequest[] = [];
	const sockets = new Set<Socket>();
	const closing = new AbortController();
	let current: ScenarioName = options.scenario;

	const control = (method: string, path: string, response: ServerResponse): string => {
		const name = path.slice(controlPath.length + 1);
		if (method === 'POST' && isScenarioName(name)) {
			current = name;
			response.writeHead(200, {'content-type': 'text/plain; charset=utf-8'}).end(`scenario: ${name}\n`);
			return `scenario → ${name}`;
		}
		if (method === 'GET' && path === controlPath) {
			response.writeHead(200, {'content-type': 'text/plain; charset=utf-8'}).end(`${current}\n`);
			return current;
		}
		response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end(`unknown scenario; known: ${scenarioNames.join(', ')}\n`);
		return '404 unknown scenario';
	};

	const handle = async (request: IncomingMessage, response: ServerResponse): Promise<string> => {
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		const method = request.method ?? 'GET';
		const body = await readBody(request);
		if (url.pathname === controlPath || url.pathname.startsWith(`${controlPath}/`)) return control(method, url.pathname, response);

		const authorization = request.headers.authorization;
		requests.push({method, path: request.url ?? '/', authorization, body});
		const fakeRequest: FakeRequest = {method, path: url.pathname, query: url.searchParams, authorization, key: bearerKey(authorization), validKey, body};
		const playing = scenario(current);
		const answer = url.pathname === statusPath || url.pathname === realStatusPath ? playing.status ?? (() => statusSummary('operational')) : playing.api;
		const reply = answer(fakeRequest);

		// Stop waiting and writing when the client goes away or the fake closes.
		const gone = new AbortController();
		response.on('close', () => gone.abort());
		const signal = AbortSignal.any([closing.signal, gone.signal]);
		if (latencyMs > 0) await sleep(latencyMs, undefined, {signal});
		return perform(reply, request, response, signal);
	};

	const listener = (request: IncomingMessage, response: ServerResponse) => {
		response.on('error', () => {});
		const report = (outcome: string) =>
			options.onActivity?.({method: request.method ?? 'GET', path: request.url ?? '/', authorization: request.headers.authorization, outcome});
		handle(request, response).then(
			report,
			(error: unknown) => {
				if (error instanceof Error && error.name === 'AbortError') {
					report('aborted');
					return;
				}
				// A bug in the fake itself: say so loudly rather than hang the client.
				process.stderr.write(`fake server error: ${error instanceof Error ? error.stack : String(error)}\n`);
				if (!response.headersSent) response.writeHead(599, {'content-type': 'text/plain'}).end('fake server error\n');
				else response.destroy();
			},
		);
	};
	// Offers HTTP/2 first, as real API hosts do: a client that accepts it would get it (and fail here).
	const server = options.tls
		? https.createServer({key: options.tls.key, cert: options.tls.cert, ALPNProtocols: ['h2', 'http/1.1']}, listener)
		: http.createServer(listener);
	server.on('connection', (socket: Socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	server.on('clientError', (_error, socket) => socket.destroy());

	server.listen(options.port ?? 0, '127.0.0.1');
	await once(server, 'listening');
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('the fake server has no TCP address');
	const baseUrl = `${options.tls ? 'https' : 'http'}://127.0.0.1:${address.port}`;

	let closed: Promise<void> | undefined;
	return {
		baseUrl,
		statusUrl: baseUrl + statusPath,
		requests,
		get scenario() {
			return current;
		},
		setScenario(name) {
			current = name;
		},
		close() {
			closed ??= new Promise<void>(resolve => {
				closing.abort();
				server.close(() => resolve());
				for (const socket of sockets) socket.destroy();
			});
			return closed;
		},
	};
}
