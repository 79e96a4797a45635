// Tiny local HTTP servers for client tests: each test scripts exactly how the server misbehaves.
import {once} from 'node:events';
import http from 'node:http';
import net from 'node:net';
import type {AddressInfo} from 'node:net';

export type RawServer = {
	/** `http://127.0.0.1:<port>` */
	url: string;
	port: number;
	/** Requests received so far, in order. */
	requests: http.IncomingMessage[];
	close(): Promise<void>;
};

export type RawHandler = (request: http.IncomingMessage, response: http.ServerResponse) => void;

/** Listen on 127.0.0.1 on a free port; resolves to the port. */
export async function listenOnLoopback(server: net.Server): Promise<number> {
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	return (server.address() as AddressInfo).port;
}

/** Start a server on 127.0.0.1 with a random port. */
export async function startRawServer(handler: RawHandler): Promise<RawServer> {
	const requests: http.IncomingMessage[] = [];
	const server = http.createServer((request, response) => {
		requests.push(request);
		handler(request, response);
	});
	const port = await listenOnLoopback(server);
	return {
		url: `http://127.0.0.1:${port}`,
		port,
		requests,
		async close() {
			server.closeAllConnections();
			server.close();
			await once(server, 'close');
		},
	};
}

/** A TCP server on 127.0.0.1 that accepts and closes connections: something that answers a connect. */
export async function startTcpServer(): Promise<{port: number; close(): Promise<void>}> {
	const server = net.createServer(socket => socket.end());
	const port = await listenOnLoopback(server);
	return {port, close: () => new Promise(resolve => server.close(() => resolve()))};
}

/**
 * An HTTP proxy on 127.0.0.1 that opens every tunnel (200) and then sends plain HTTP through it, not TLS: a service
 * at that port that speaks plain HTTP, as the client sees it through the tunnel.
 */
export async function startPlainTunnelProxy(): Promise<{port: number; close(): Promise<void>}> {
	const server = net.createServer(socket => {
		socket.on('error', () => {});
		socket.once('data', () => socket.write('HTTP/1.1 200 Connection established\r\n\r\nHTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\n\r\nplain HTTP here'));
	});
	const port = await listenOnLoopback(server);
	return {port, close: () => new Promise(resolve => server.close(() => resolve()))};
}

/** The next port below 1024 to try (each call takes another, so a test's two closed ports differ). */
let nextLowPort = 1;

/** Whether a connection to 127.0.0.1:`port` is refused. */
function refuses(port: number): Promise<boolean> {
	return new Promise(resolve => {
		const socket = net.connect({host: '127.0.0.1', port});
		socket.once('connect', () => {
			socket.destroy();
			resolve(false);
		});
		socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
	});
}

/**
 * A port with nothing listening on it (connections are refused), for good: one below 1024. A port that was
 * just free (bound to port 0, then closed) could be handed to the next server a test starts (a fake, a
 * proxy), which then answered where the test expected a refusal; port 0 hands out only ports of the
 * ephemeral range (32768–60999 on Linux, 49152–65535 on Windows and macOS), never one below 1024.
 */
export async function closedPort(): Promise<number> {
	for (; nextLowPort < 1024; nextLowPort++) {
		const port = nextLowPort;
		if (await refuses(port)) {
			nextLowPort++;
			return port;
		}
	}
	throw new Error('No port below 1024 refuses connections on 127.0.0.1.');
}

/** Resolves with the request body as text. */
export async function readRequestBody(request: http.IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of request) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}
