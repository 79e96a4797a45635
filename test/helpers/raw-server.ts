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

/** A port that was just free and has nothing listening on it (connections are refused). */
export async function closedPort(): Promise<number> {
	const server = http.createServer();
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	const {port} = server.address() as AddressInfo;
	server.close();
	await once(server, 'close');
	return port;
}

/** Resolves with the request body as text. */
export async function readRequestBody(request: http.IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of request) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}
