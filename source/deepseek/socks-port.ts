// An http:// proxy URL that names a SOCKS port: Clash's socks-port (7891 beside its mixed
// 7890), a v2ray or Shadowsocks client's SOCKS inbound. Such a port closes the HTTP tunnel
// request (CONNECT) without a word, which reads as "the proxy failed: other side closed".
// One SOCKS5 greeting tells it apart: a SOCKS5 server answers it with version 5.
import net from 'node:net';

/** How long the greeting may take: a local proxy app answers at once. */
const greetingMs = 1500;

/** The greeting: version 5, one method offered, "no login" (RFC 1928). Nothing else is sent. */
const greeting = Buffer.from([5, 1, 0]);

/**
 * Does `host`:`port` answer a SOCKS5 greeting as a SOCKS5 server does (version 5, then the method it picked: none,
 * a login, or none acceptable)? False on anything else, on no answer within greetingMs, or when `signal` fires.
 */
export function speaksSocks5(host: string, port: number, signal: AbortSignal): Promise<boolean> {
	return new Promise(resolve => {
		if (signal.aborted) {
			resolve(false);
			return;
		}
		const socket = net.connect({host, port});
		const done = (answer: boolean) => {
			clearTimeout(timer);
			signal.removeEventListener('abort', onAbort);
			socket.destroy();
			resolve(answer);
		};
		const onAbort = () => done(false);
		const timer = setTimeout(() => done(false), greetingMs);
		signal.addEventListener('abort', onAbort, {once: true});
		socket.once('connect', () => socket.write(greeting));
		let answer = Buffer.alloc(0);
		socket.on('data', (chunk: Buffer) => {
			answer = Buffer.concat([answer, chunk]);
			if (answer.length >= 2) done(answer[0] === 5 && (answer[1] === 0 || answer[1] === 2 || answer[1] === 0xFF));
		});
		socket.once('error', () => done(false));
		socket.once('close', () => done(false));
	});
}

/** What stands for a proxy's password in a URL given back to the user (socks5://alice:…@host:port): never the password. */
export const passwordMark = '…';

/** A proxy URL's login as a URL given back may show it: the user as the URL writes it, and whether a password follows (never which). */
export type ShownLogin = {user: string; password: boolean};

/** The login of `url`, to show: undefined where it has none. */
export function shownLogin(url: URL): ShownLogin | undefined {
	return url.username === '' && url.password === '' ? undefined : {user: url.username, password: url.password !== ''};
}

/**
 * `proxy` (an http:// proxy URL as shown, no login) with socks5:// in place of its scheme; with `login`, its user kept
 * and its password as passwordMark (the SOCKS port of an app that asks for a login wants the same one).
 */
export function asSocks5(proxy: string, login?: ShownLogin): string {
	const at = login ? `${login.user}${login.password ? `:${passwordMark}` : ''}@` : '';
	return proxy.replace(/^https?:\/\//i, `socks5://${at}`);
}
