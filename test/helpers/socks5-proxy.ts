// A small SOCKS5 proxy on 127.0.0.1 (RFC 1928, with RFC 1929's user/password login when
// asked), as the local proxies of Clash, V2Ray or ssh -D behave: CONNECT only. Like the
// CONNECT proxy beside it, it never resolves names: each target `host:port` is routed to
// a loopback port given by the test, and any other target gets "host unreachable".
import net, {type Socket} from 'node:net';
import {listenOnLoopback} from './raw-server.js';

export type Socks5Options = {
	/** Target `host:port` (as the client names it) → loopback port it really goes to. */
	routes: Record<string, number>;
	/** A login the proxy demands (method 0x02); without it, no login (method 0x00). */
	login?: {user: string; password: string};
	/** Targets its rules refuse: reply 2, "connection not allowed by ruleset", as Dante's `socks block` answers. */
	blocked?: string[];
};

export type Socks5Proxy = {
	port: number;
	/** `host:port` of every CONNECT, and whether the login (when one is demanded) was right. */
	seen: Array<{target: string; loggedIn: boolean}>;
	close(): Promise<void>;
};

const reply = (code: number) => Buffer.from([0x05, code, 0x00, 0x01, 0, 0, 0, 0, 0, 0]);

/** A reply naming the target as it was asked (a name, address type 3): Dante's to a name it could not resolve. */
function replyNaming(code: number, host: string, port: number): Buffer {
	const name = Buffer.from(host);
	const portBytes = Buffer.alloc(2);
	portBytes.writeUInt16BE(port);
	return Buffer.concat([Buffer.from([0x05, code, 0x00, 0x03, name.length]), name, portBytes]);
}

/** Reads exactly `count` bytes from the socket (the handshake is small and strictly ordered). */
function reader(socket: Socket) {
	let buffered = Buffer.alloc(0);
	let waiting: {count: number; resolve: (bytes: Buffer) => void} | undefined;
	const pump = () => {
		if (waiting && buffered.length >= waiting.count) {
			const {count, resolve} = waiting;
			waiting = undefined;
			const bytes = buffered.subarray(0, count);
			buffered = buffered.subarray(count);
			resolve(bytes);
		}
	};
	const onData = (chunk: Buffer) => {
		buffered = Buffer.concat([buffered, chunk]);
		pump();
	};
	socket.on('data', onData);
	return {
		read: (count: number) =>
			new Promise<Buffer>(resolve => {
				waiting = {count, resolve};
				pump();
			}),
		/** Stop reading; whatever came after the handshake (the client's first TLS bytes). */
		release(): Buffer {
			socket.off('data', onData);
			return buffered;
		},
	};
}

export async function startSocks5(options: Socks5Options): Promise<Socks5Proxy> {
	const seen: Socks5Proxy['seen'] = [];
	const sockets = new Set<Socket>();
	const server = net.createServer(client => {
		sockets.add(client);
		client.on('close', () => sockets.delete(client));
		client.on('error', () => client.destroy());
		void handshake(client).catch(() => client.destroy());
	});

	async function handshake(client: Socket): Promise<void> {
		const input = reader(client);
		const [version, methodCount] = await input.read(2);
		if (version !== 0x05) return void client.destroy();
		const methods = [...(await input.read(methodCount ?? 0))];
		const wanted = options.login ? 0x02 : 0x00;
		if (!methods.includes(wanted)) return void client.end(Buffer.from([0x05, 0xff]));
		client.write(Buffer.from([0x05, wanted]));
		let loggedIn = true;
		if (options.login) {
			const [, userLength] = await input.read(2);
			const user = (await input.read(userLength ?? 0)).toString();
			const [passwordLength] = await input.read(1);
			const password = (await input.read(passwordLength ?? 0)).toString();
			loggedIn = user === options.login.user && password === options.login.password;
			client.write(Buffer.from([0x01, loggedIn ? 0x00 : 0x01]));
			if (!loggedIn) return void client.end();
		}
		const [, command, , addressType] = await input.read(4);
		let host: string;
		if (addressType === 0x03) host = (await input.read((await input.read(1))[0] ?? 0)).toString();
		else if (addressType === 0x01) host = [...(await input.read(4))].join('.');
		else return void client.end(reply(0x08)); // address type not supported
		const port = (await input.read(2)).readUInt16BE(0);
		const target = `${host}:${port}`;
		seen.push({target, loggedIn});
		const routed = options.routes[target];
		if (command !== 0x01) return void client.end(reply(0x07)); // command not supported
		// As Dante 1.4.2 answers (a real one, run by hand): its rules first, then a name it cannot resolve, then a refused connection.
		if (options.blocked?.includes(target)) return void client.end(reply(0x02)); // connection not allowed by ruleset
		if (routed === undefined) return void client.end(addressType === 0x03 ? replyNaming(0x04, host, port) : reply(0x04)); // host unreachable
		const upstream = net.connect(routed, '127.0.0.1');
		sockets.add(upstream);
		upstream.on('close', () => sockets.delete(upstream));
		// Nothing listens where the target goes: reply 5, connection refused (Dante's, not a silent close).
		let connected = false;
		upstream.on('error', () => (connected ? client.destroy() : client.end(reply(0x05))));
		upstream.once('connect', () => {
			connected = true;
			client.write(reply(0x00));
			const early = input.release();
			if (early.length > 0) upstream.write(early);
			client.pipe(upstream).pipe(client);
		});
	}

	const port = await listenOnLoopback(server);
	return {
		port,
		seen,
		async close() {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>(resolve => server.close(() => resolve()));
		},
	};
}
