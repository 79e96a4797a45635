// One local server that answers for ANY host name: a test plays api.deepseek.com,
// openrouter.ai or a relay's host without touching the network. It listens on 127.0.0.1
// (http and https, with a test-only certificate), and the dispatcher it hands out connects
// every request there whatever its URL says; the Host header still names the real host.
import {once} from 'node:events';
import {readFileSync} from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net, {type AddressInfo, type Socket} from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import {Agent, type Dispatcher} from 'undici';

const tlsDir = path.resolve(import.meta.dirname, '..', 'fixtures', 'tls');
/** The test-only CA and the certificate it signed (see test/fixtures/tls/README.md). */
const authority = readFileSync(path.join(tlsDir, 'ca.pem'));
const certificate = readFileSync(path.join(tlsDir, 'server.pem'));
const privateKey = readFileSync(path.join(tlsDir, 'server-key.pem'));

export type AnyHostRequest = {method: string; host: string; path: string; authorization: string | undefined; body: string};
export type AnyHostHandler = (request: AnyHostRequest, response: http.ServerResponse) => void;

export type AnyHostServer = {
	/** Sends every connection to this server, http or https, whatever the host and port. */
	dispatcher: Dispatcher;
	requests: AnyHostRequest[];
	setHandler(handler: AnyHostHandler): void;
	close(): Promise<void>;
};

async function listen(server: net.Server): Promise<number> {
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	return (server.address() as AddressInfo).port;
}

export async function startAnyHostServer(): Promise<AnyHostServer> {
	const requests: AnyHostRequest[] = [];
	let handler: AnyHostHandler = (_request, response) => response.writeHead(503).end();
	const onRequest = (request: http.IncomingMessage, response: http.ServerResponse) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			const seen = {
				method: request.method ?? 'GET',
				host: (request.headers.host ?? '').replace(/:\d+$/, ''),
				path: new URL(request.url ?? '/', 'http://x').pathname,
				authorization: request.headers.authorization,
				body: Buffer.concat(chunks).toString('utf8'),
			};
			requests.push(seen);
			handler(seen, response);
		});
	};
	const plain = http.createServer(onRequest);
	const secure = https.createServer({key: privateKey, cert: certificate}, onRequest);
	const sockets = new Set<Socket>();
	for (const server of [plain, secure]) {
		server.on('connection', socket => {
			sockets.add(socket);
			socket.on('close', () => sockets.delete(socket));
		});
	}
	const [plainPort, securePort] = [await listen(plain), await listen(secure)];

	const dispatcher = new Agent({
		connect(options, callback) {
			const secureWanted = options.protocol === 'https:';
			const socket = secureWanted
				? tls.connect({host: '127.0.0.1', port: securePort, servername: options.servername || options.hostname, ca: authority, checkServerIdentity: () => undefined, ALPNProtocols: ['http/1.1']})
				: net.connect({host: '127.0.0.1', port: plainPort});
			const fail = (error: Error) => callback(error, null);
			socket.once('error', fail);
			socket.once(secureWanted ? 'secureConnect' : 'connect', () => {
				socket.removeListener('error', fail);
				callback(null, socket);
			});
		},
	});

	return {
		dispatcher,
		requests,
		setHandler(next) {
			handler = next;
		},
		async close() {
			await dispatcher.close();
			for (const socket of sockets) socket.destroy();
			await Promise.all([plain, secure].map(server => new Promise(resolve => server.close(resolve))));
		},
	};
}
