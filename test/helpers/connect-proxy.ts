// A small HTTP proxy on 127.0.0.1, as corporate proxies behave: CONNECT tunnels for https
// targets, absolute-URI forwarding for plain http ones, optional Basic login (407). It
// never resolves names: each target `host:port` is routed to a loopback port given by
// the test (api.deepseek.com:443 → the https fake), and any other target gets 502, like
// a proxy that cannot reach it. It records everything it received in clear text.
// With `product`, its refusals of a tunnel are a real Squid's or tinyproxy's, byte for byte
// (test/fixtures/proxies: recorded from the real proxies). With `bump`, it intercepts HTTPS
// as Squid's ssl-bump does: it opens the tunnel, makes the TLS connection itself with a
// certificate its own CA signed (sent with that CA, as Squid sends it), and reads the calls; with
// `interceptor: 'mitmproxy'`, as mitmproxy does for a host it cannot resolve (its recorded 502 page).
import {once} from 'node:events';
import {readFileSync} from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net, {type Socket} from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import {listenOnLoopback} from './raw-server.js';

export type ProxyOptions = {
	/** Target `host:port` (as the client names it) → loopback port it really goes to. */
	routes: Record<string, number>;
	/** Basic login the proxy demands; without it, or with other credentials, it answers 407. */
	login?: {user: string; password: string};
	/** The logins its 407 offers, one Proxy-Authenticate header each (default: Basic; a Windows proxy: Negotiate, NTLM). */
	offers?: string[];
	/** Refuse every tunnel with 403 and an HTML page, as Squid does for a host its rules deny (after the login, if any). */
	forbidAll?: boolean;
	/**
	 * Refuse tunnels as this real proxy does, with its recorded answers: Squid answers a
	 * wrong login 407 again and an unreachable target 503; tinyproxy a wrong login 401
	 * (not 407) and an unreachable target 500 (not 502). Without it: 407 and 502, no body.
	 */
	product?: Product;
	/**
	 * The only ports a tunnel may go to (Squid's `SSL_ports`, tinyproxy's `ConnectPort`, both
	 * 443 by default): a tunnel to another port gets 403. Squid checks the port before the
	 * login, tinyproxy after it. Without it: any port.
	 */
	connectPorts?: number[];
	/**
	 * With `product`: refuse every request (after the login) with the real proxy's 403, for a
	 * rule about this client (tinyproxy's Allow: "Access denied") or about the host (tinyproxy's
	 * Filter: "Filtered"); Squid's ERR_ACCESS_DENIED page is the same for both, and its own page
	 * for a forwarded plain-http request.
	 */
	deny?: 'client' | 'host';
	/**
	 * Intercept HTTPS as Squid 5.7 with ssl-bump does (test/fixtures/proxies/README.md): the tunnel
	 * opens ("200 Connection established") before the service is reached, the client meets a
	 * certificate the proxy's CA signed, that CA sent along (a client that does not trust it says
	 * SELF_SIGNED_CERT_IN_CHAIN), and each call is made again by the proxy: `verified`, the proxy
	 * trusts the service's certificate and passes its answers on (where nothing listens at the service,
	 * its recorded 503 ERR_CONNECT_FAIL page); `unverified`, it does not, and
	 * answers each call with its recorded 503 ERR_SECURE_CONNECT_FAIL page.
	 */
	bump?: 'verified' | 'unverified';
	/**
	 * Who intercepts with `bump` (default Squid). mitmproxy 8.1.1 opens every tunnel before it looks the target up,
	 * so a target it cannot resolve (one with no route here) gets its recorded 502 page inside the tunnel
	 * (mitmproxy-502.http, "[Errno -2] Name or service not known"), where Squid refuses the tunnel itself.
	 */
	interceptor?: 'squid' | 'mitmproxy';
	/** With `bump`: the key and certificates it presents instead of the test CA's (a leaf, then the chain it sends along). */
	bumpTls?: {key: Buffer; cert: Buffer};
};

type Product = 'squid' | 'tinyproxy';

/** The refusals recorded from each real proxy (test/fixtures/proxies/README.md). */
type Refusal = 'login' | 'wrongLogin' | 'port' | 'unreachable' | 'client' | 'host' | 'forwardClient' | 'forwardHost';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures');
const testTls = (name: string) => readFileSync(path.join(fixtures, 'tls', name));

/** The bumping proxy's side of the TLS connection: a certificate the test CA signed, then that CA, as Squid sends its own. */
const bumpingTls = () => ({key: testTls('server-key.pem'), cert: Buffer.concat([testTls('server.pem'), testTls('ca.pem')])});

const recorded: Record<Product, Record<Refusal, string>> = {
	squid: {login: 'squid-407', wrongLogin: 'squid-407', port: 'squid-403', unreachable: 'squid-503', client: 'squid-403', host: 'squid-403', forwardClient: 'squid-403-get', forwardHost: 'squid-403-get'},
	tinyproxy: {
		login: 'tinyproxy-407', wrongLogin: 'tinyproxy-401', port: 'tinyproxy-403', unreachable: 'tinyproxy-500',
		client: 'tinyproxy-403-client', host: 'tinyproxy-403-filtered', forwardClient: 'tinyproxy-403-client', forwardHost: 'tinyproxy-403-filtered',
	},
};

/** A real proxy's whole answer, as recorded, and its status. */
function recordedAnswer(product: Product, refusal: Refusal): {bytes: Buffer; status: number} {
	const bytes = readFileSync(path.join(fixtures, 'proxies', `${recorded[product][refusal]}.http`));
	return {bytes, status: Number(/^HTTP\/1\.\d (\d{3})/.exec(bytes.toString('latin1'))?.[1])};
}

export type SeenRequest = {
	/** CONNECT, or the method of a forwarded plain-http request. */
	method: string;
	/** `host:port` for CONNECT, the absolute URL for a forwarded request. */
	target: string;
	/** Every header as received (names lower-cased). */
	headers: Record<string, string | string[] | undefined>;
	/** What the proxy answered (200 tunnel open, 407, 502, or the forwarded answer's status). */
	status: number;
};

export type TestProxy = {
	/** `http://127.0.0.1:PORT` */
	url: string;
	port: number;
	seen: SeenRequest[];
	/** Every byte clients sent through the proxy, tunnels included (TLS there: ciphertext). */
	received(): string;
	close(): Promise<void>;
};

function basic(login: NonNullable<ProxyOptions['login']>): string {
	return `Basic ${Buffer.from(`${login.user}:${login.password}`).toString('base64')}`;
}

export async function startProxy(options: ProxyOptions): Promise<TestProxy> {
	const seen: SeenRequest[] = [];
	const bytes: Buffer[] = [];
	const sockets = new Set<Socket>();
	const offers = options.offers ?? ['Basic realm="corp"'];
	const allowed = (headers: http.IncomingHttpHeaders) => !options.login || headers['proxy-authorization'] === basic(options.login);
	const record = (method: string, target: string, headers: http.IncomingHttpHeaders, status: number) => {
		seen.push({method, target, headers: {...headers}, status});
	};

	const server = http.createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			const body = Buffer.concat(chunks);
			bytes.push(Buffer.from(`${request.method} ${request.url}\r\n${request.rawHeaders.join('\r\n')}\r\n\r\n`), body);
			const target = request.url ?? '';
			let url: URL | undefined;
			try {
				url = new URL(target);
			} catch {}
			const port = url ? options.routes[`${url.hostname}:${url.port || '80'}`] : undefined;
			if (options.product && options.deny && allowed(request.headers)) {
				const answer = recordedAnswer(options.product, options.deny === 'client' ? 'forwardClient' : 'forwardHost');
				record(request.method ?? '', target, request.headers, answer.status);
				response.socket?.end(answer.bytes);
				return;
			}
			const status = !allowed(request.headers) ? 407 : port === undefined || !url ? 502 : 0;
			if (status !== 0 || !url || port === undefined) {
				record(request.method ?? '', target, request.headers, status);
				response.writeHead(status, status === 407 ? {'proxy-authenticate': offers, 'content-length': '0'} : {'content-length': '0'}).end();
				return;
			}
			const headers = {...request.headers};
			delete headers['proxy-authorization'];
			delete headers['proxy-connection'];
			const upstream = http.request({host: '127.0.0.1', port, method: request.method, path: `${url.pathname}${url.search}`, headers}, answer => {
				record(request.method ?? '', target, request.headers, answer.statusCode ?? 0);
				response.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(response);
			});
			upstream.on('error', () => response.destroy());
			upstream.end(body);
		});
	});

	server.on('connect', (request: http.IncomingMessage, client: Socket, head: Buffer) => {
		bytes.push(Buffer.from(`CONNECT ${request.url}\r\n${request.rawHeaders.join('\r\n')}\r\n\r\n`), head);
		const target = request.url ?? '';
		client.on('error', () => {});
		const product = options.product;
		const refuse = (refusal: Refusal) => {
			if (product === undefined) return false;
			const answer = recordedAnswer(product, refusal);
			record('CONNECT', target, request.headers, answer.status);
			client.end(answer.bytes);
			return true;
		};
		const portAllowed = options.connectPorts === undefined || options.connectPorts.includes(Number(target.split(':').at(-1)));
		const refusePort = () => {
			if (refuse('port')) return;
			record('CONNECT', target, request.headers, 403);
			client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
		};
		if (product === 'squid' && !portAllowed) {
			refusePort();
			return;
		}
		if (!allowed(request.headers)) {
			if (refuse(request.headers['proxy-authorization'] === undefined ? 'login' : 'wrongLogin')) return;
			record('CONNECT', target, request.headers, 407);
			client.end(`HTTP/1.1 407 Proxy Authentication Required\r\n${offers.map(offer => `Proxy-Authenticate: ${offer}\r\n`).join('')}Content-Length: 0\r\n\r\n`);
			return;
		}
		if (!portAllowed) {
			refusePort();
			return;
		}
		if (options.deny && refuse(options.deny)) return;
		if (options.forbidAll) {
			record('CONNECT', target, request.headers, 403);
			const page = '<html><body><h1>ERROR</h1><p>Access Denied.</p></body></html>\n';
			client.end(`HTTP/1.1 403 Forbidden\r\nServer: squid\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: ${page.length}\r\nX-Squid-Error: ERR_ACCESS_DENIED 0\r\n\r\n${page}`);
			return;
		}
		const port = options.routes[target];
		if (port === undefined && options.bump && options.interceptor === 'mitmproxy') {
			record('CONNECT', target, request.headers, 200);
			bump(client, head, target, undefined, options.bump);
			return;
		}
		if (port === undefined) {
			if (refuse('unreachable')) return;
			record('CONNECT', target, request.headers, 502);
			client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
			return;
		}
		record('CONNECT', target, request.headers, 200);
		if (options.bump) {
			bump(client, head, target, port, options.bump);
			return;
		}
		const upstream = net.connect({host: '127.0.0.1', port}, () => {
			client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
			if (head.length > 0) upstream.write(head);
			client.on('data', (chunk: Buffer) => bytes.push(chunk));
			upstream.pipe(client);
			client.pipe(upstream);
		});
		sockets.add(upstream);
		upstream.on('close', () => sockets.delete(upstream));
		upstream.on('error', () => client.destroy());
		client.on('close', () => upstream.destroy());
	});
	/**
	 * Squid's ssl-bump (or mitmproxy): the tunnel opens at once; inside it, this proxy is the TLS server, and it makes each
	 * call again. No `port`: mitmproxy could not resolve the target, and answers each call with its page.
	 */
	function bump(client: Socket, head: Buffer, target: string, port: number | undefined, mode: 'verified' | 'unverified'): void {
		client.write('HTTP/1.1 200 Connection established\r\n\r\n');
		if (head.length > 0) client.unshift(head);
		const secure = new tls.TLSSocket(client, {isServer: true, ...(options.bumpTls ?? bumpingTls())});
		secure.on('error', () => client.destroy());
		const host = target.replace(/:\d+$/, '');
		const inside = http.createServer((request, response) => {
			const chunks: Buffer[] = [];
			request.on('data', (chunk: Buffer) => chunks.push(chunk));
			request.on('end', () => {
				const body = Buffer.concat(chunks);
				bytes.push(Buffer.from(`${request.method} https://${target}${request.url}\r\n${request.rawHeaders.join('\r\n')}\r\n\r\n`), body);
				if (port === undefined) {
					record(request.method ?? '', `https://${target}${request.url}`, request.headers, 502);
					response.socket?.end(readFileSync(path.join(fixtures, 'proxies', 'mitmproxy-502.http')));
					return;
				}
				if (mode === 'unverified') {
					record(request.method ?? '', `https://${target}${request.url}`, request.headers, 503);
					response.socket?.end(readFileSync(path.join(fixtures, 'proxies', 'squid-bump-503.http')));
					return;
				}
				const again = https.request({host: '127.0.0.1', port, servername: host, ca: testTls('ca.pem'), method: request.method, path: request.url, headers: request.headers}, answer => {
					record(request.method ?? '', `https://${target}${request.url}`, request.headers, answer.statusCode ?? 0);
					response.writeHead(answer.statusCode ?? 502, answer.headers);
					answer.pipe(response);
				});
				// Nothing listens at the service: the real Squid answered inside the tunnel with its ERR_CONNECT_FAIL page (recorded).
				again.on('error', (error: NodeJS.ErrnoException) => {
					if (error.code !== 'ECONNREFUSED') {
						response.destroy();
						return;
					}
					record(request.method ?? '', `https://${target}${request.url}`, request.headers, 503);
					response.socket?.end(readFileSync(path.join(fixtures, 'proxies', 'squid-bump-503-connect-fail.http')));
				});
				again.end(body);
			});
		});
		inside.emit('connection', secure);
	}

	server.on('connection', (socket: Socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});

	const port = await listenOnLoopback(server);
	return {
		url: `http://127.0.0.1:${port}`,
		port,
		seen,
		received: () => Buffer.concat(bytes).toString('latin1'),
		async close() {
			for (const socket of sockets) socket.destroy();
			server.closeAllConnections();
			server.close();
			await once(server, 'close');
		},
	};
}
