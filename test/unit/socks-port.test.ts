// The SOCKS5 greeting that tells a SOCKS port named with http:// (deepseek/socks-port.ts).
import assert from 'node:assert/strict';
import net from 'node:net';
import {after, test} from 'node:test';
import {asSocks5, speaksSocks5} from '../../source/deepseek/socks-port.js';
import {closedPort, listenOnLoopback} from '../helpers/raw-server.js';

const servers: net.Server[] = [];
after(() => {
	for (const server of servers) server.close();
});

/** A loopback server that answers the first bytes it gets with `answer` (nothing where it is undefined: it closes). */
async function answering(answer: Buffer | string | undefined): Promise<number> {
	const server = net.createServer(socket => socket.once('data', () => (answer === undefined ? socket.destroy() : socket.end(answer))));
	servers.push(server);
	return listenOnLoopback(server);
}

test('a SOCKS5 server\'s answers to the greeting count (no login, a login, none acceptable); an HTTP server\'s, a close or a closed port do not', async () => {
	const never = new AbortController().signal;
	for (const method of [0x00, 0x02, 0xFF]) assert.equal(await speaksSocks5('127.0.0.1', await answering(Buffer.from([5, method])), never), true, String(method));
	assert.equal(await speaksSocks5('127.0.0.1', await answering('HTTP/1.1 400 Bad Request\r\n\r\n'), never), false);
	assert.equal(await speaksSocks5('127.0.0.1', await answering(Buffer.from([4, 0])), never), false);
	assert.equal(await speaksSocks5('127.0.0.1', await answering(undefined), never), false);
	assert.equal(await speaksSocks5('127.0.0.1', await closedPort(), never), false);
	assert.equal(await speaksSocks5('127.0.0.1', await answering(Buffer.from([5, 0])), AbortSignal.abort()), false);
});

test('asSocks5 puts socks5:// in place of the http(s) scheme', () => {
	assert.equal(asSocks5('http://127.0.0.1:7891'), 'socks5://127.0.0.1:7891');
	assert.equal(asSocks5('HTTPS://proxy.corp.example:1080'), 'socks5://proxy.corp.example:1080');
});
