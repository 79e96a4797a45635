// Who signed the certificate a service presented, when Node did not trust it. undici's error
// keeps only OpenSSL's code, so this makes the same connection again (through the same
// proxy), accepts any certificate, reads the issuer and closes: nothing is sent inside,
// and no key. A company proxy or antivirus that inspects HTTPS names itself there.
import net from 'node:net';
import type {X509Certificate} from 'node:crypto';
import type {Certificate, DetailedPeerCertificate} from 'node:tls';
import type {PresentedIssuer} from './types.js';
import type {ProxyRoute} from './proxy.js';
import {proxyPort} from './proxy.js';
import {oneLine, sanitize} from '../text/safe.js';
import {readSmallFile} from '../small-file.js';
import {extraCaFile} from './extra-ca.js';

/**
 * node:tls, read when a look is made: a static import would load it before every run's first
 * request, also for an http:// base URL that never needs it (start-up).
 */
const tlsModule = () => process.getBuiltinModule('node:tls');

/** How long the look may take: it only adds a name to a failure already known. */
const lookMs = 3000;

type Route = Exclude<ProxyRoute, {kind: 'invalid'}>;

/**
 * `CN, O` of the certificate's issuer, as shown (sanitised: it is network text), and whether this computer's own
 * certificate store trusts the authority the chain ends at, and the file other tools here trust (`otherToolsFile`,
 * where one is named) holds it; undefined when it cannot be read.
 */
export async function presentedIssuer(url: URL, route: Route, signal: AbortSignal, otherToolsFile?: string): Promise<PresentedIssuer | undefined> {
	// SOCKS proxies are left aside: the sentence then names no issuer.
	if (route.kind === 'proxy' && route.url.protocol !== 'http:' && route.url.protocol !== 'https:') return undefined;
	const deadline = AbortSignal.any([signal, AbortSignal.timeout(lookMs)]);
	const sockets: net.Socket[] = [];
	// The TLS socket inside the tunnel first, then the tunnel: the other way round crashes Node 22 (SIGSEGV).
	const closeAll = () => {
		for (const socket of sockets.toReversed()) socket.destroy();
	};
	deadline.addEventListener('abort', closeAll, {once: true});
	try {
		const host = url.hostname.replace(/^\[|\]$/g, '');
		const port = Number(url.port) || 443;
		const carrier = route.kind === 'proxy' ? await tunnel(route.url, `${url.hostname}:${port}`, sockets) : undefined;
		const secure = tlsModule().connect({
			...(carrier ? {socket: carrier} : {host, port}),
			servername: net.isIP(host) ? undefined : host,
			// Only to read the certificate: the connection is closed before anything is sent.
			rejectUnauthorized: false,
		});
		keep(sockets, secure);
		await settled(secure, 'secureConnect');
		const peer = secure.getPeerCertificate();
		const issuer = issuerName(peer.issuer);
		if (issuer === undefined) return undefined;
		// Parsed once, for the three looks below (the other tools' file, NODE_EXTRA_CA_CERTS's, the system store) and its root.
		const sent = parsedChain(sentChain(secure.getPeerCertificate(true)));
		const inFile = otherToolsFile === undefined ? undefined : heldIn(sent, bundleCertificates(otherToolsFile));
		const fileFacts = inFile ? {otherToolsCaHolds: inFile.holds, ...(inFile.missingRoot === undefined ? {} : {otherToolsCaMissingRoot: inFile.missingRoot})} : {};
		// NODE_EXTRA_CA_CERTS's own file, which Node read and still did not trust the chain with: part of it, or none.
		const extra = extraCaFile();
		const extraMissing = extra?.readable ? heldIn(sent, bundleCertificates(extra.path)).missingRoot : undefined;
		const root = chainRoot(sent);
		const above = root === undefined || root === issuer ? {} : {chainRoot: root};
		return {issuer, ...above, systemTrusted: heldIn(sent, systemStore()).holds, ...fileFacts, ...(extraMissing === undefined ? {} : {extraCaMissingRoot: extraMissing}), ...validity(peer)};
	} catch {
		return undefined;
	} finally {
		deadline.removeEventListener('abort', closeAll);
		// Closed before the answer is used: nothing of the look outlives it.
		const closed = sockets.filter(socket => !socket.closed).map(socket => new Promise(resolve => socket.once('close', resolve)));
		closeAll();
		await Promise.all(closed);
	}
}

/** A tunnel through an HTTP(S) proxy (CONNECT, with its login if the URL holds one), open once it answered 200. */
async function tunnel(proxy: URL, target: string, sockets: net.Socket[]): Promise<net.Socket> {
	const host = proxy.hostname.replace(/^\[|\]$/g, '');
	const socket = proxy.protocol === 'https:'
		? tlsModule().connect({host, port: proxyPort(proxy), servername: net.isIP(host) ? undefined : host})
		: net.connect({host, port: proxyPort(proxy)});
	keep(sockets, socket);
	await settled(socket, proxy.protocol === 'https:' ? 'secureConnect' : 'connect');
	const login = proxy.username || proxy.password
		? `Proxy-Authorization: Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}\r\n`
		: '';
	socket.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n${login}\r\n`);
	const head = await answerHead(socket);
	if (!/^HTTP\/1\.[01] 200/.test(head.toString('latin1'))) throw new Error('tunnel refused');
	// Bytes after the proxy's answer belong to the TLS server inside.
	const rest = head.subarray(head.indexOf('\r\n\r\n') + 4);
	if (rest.length > 0) socket.unshift(rest);
	return socket;
}

/** Closed by presentedIssuer at the end; an error after the look (the socket closing under it) is of no interest. */
function keep(sockets: net.Socket[], socket: net.Socket): void {
	socket.on('error', () => {});
	sockets.push(socket);
}

/** The proxy's answer up to its blank line; the socket is paused there, so nothing after it is lost. */
function answerHead(socket: net.Socket): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		let head = Buffer.alloc(0);
		const done = (error?: Error) => {
			socket.off('data', onData).off('error', done).off('close', onClose);
			if (error) reject(error);
			else resolve(head);
		};
		const onClose = () => done(new Error('closed'));
		const onData = (chunk: Buffer) => {
			head = Buffer.concat([head, chunk]);
			if (head.includes('\r\n\r\n')) {
				socket.pause();
				done();
			} else if (head.length > 16_384) done(new Error('proxy answer too long'));
		};
		socket.on('data', onData).once('error', done).once('close', onClose);
	});
}

function settled(socket: net.Socket, event: string): Promise<unknown[]> {
	return new Promise((resolve, reject) => {
		const onEvent = (...args: unknown[]) => {
			socket.off('error', onError).off('close', onError);
			resolve(args);
		};
		const onError = (error?: unknown) => {
			socket.off(event, onEvent);
			reject(error instanceof Error ? error : new Error('closed'));
		};
		socket.once(event, onEvent).once('error', onError).once('close', onError);
	});
}

/** The certificates as sent, the leaf first: each one's issuer as Node gave it, until one is its own (a root) or missing. */
function sentChain(leaf: DetailedPeerCertificate): Buffer[] {
	const chain = [leaf];
	for (let next = leaf.issuerCertificate; next && !chain.includes(next); next = next.issuerCertificate) chain.push(next);
	return chain.map(certificate => certificate.raw);
}

/**
 * This computer's own store (Windows' or macOS's store; OpenSSL's file and folder elsewhere). A company proxy or
 * antivirus installs its authority there, so browsers trust it, while Node trusts only its own list unless
 * NODE_USE_SYSTEM_CA=1 says otherwise. Read only here, after a certificate was not trusted.
 */
function systemStore(): readonly string[] {
	try {
		return tlsModule().getCACertificates('system');
	} catch {
		return [];
	}
}

/** A certificate file is a few hundred kB (a system bundle); past this it is not one, and is not read. */
const bundleMaxBytes = 4 * 1024 * 1024;

/**
 * The PEM certificates in a file other tools are told to trust (REQUESTS_CA_BUNDLE…): none when it is missing,
 * too large, not a regular file or holds none (small-file.ts: a FIFO at its name never holds the run). It only
 * shapes the advice, so nothing about it may fail the run.
 */
function bundleCertificates(file: string): readonly string[] {
	const read = readSmallFile(file, bundleMaxBytes);
	if (!read?.whole) return [];
	return read.bytes.toString('latin1').match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/gu) ?? [];
}

/** Whether a file or store holds what Node needs to trust a chain, and where it holds part of it (an intermediate), the root it lacks. */
type Held = {holds: boolean; missingRoot?: string};

/**
 * Whether Node, trusting `authorities` (PEM) besides its own list, would trust the chain `sent` (DER, the leaf first),
 * as OpenSSL builds it with Node's defaults (docs/development.md, measured): from the leaf up, each issuer is looked
 * for in the authorities first, else among the certificates sent; once one came from the authorities, the rest of
 * the way must too, and it must end at a self-signed root (no partial chain: an intermediate alone is not enough).
 * Issued means signed, not only named. Parsing every authority of a store takes most of a second: only those whose
 * bytes hold the common name looked for are parsed (a DN string escapes "," and the like with a backslash). A
 * certificate that cannot be parsed is none.
 */
export function trustedBy(sent: readonly Buffer[], authorities: readonly string[]): Held {
	return heldIn(parsedChain(sent), authorities);
}

/** The chain sent, parsed: undefined where a certificate of it cannot be parsed (then no file or store holds it). */
type ParsedChain = readonly X509Certificate[] | undefined;

/** `sent` (DER, the leaf first) parsed once, for every look at it (presentedIssuer looks up to three times, and for its root). */
function parsedChain(sent: readonly Buffer[]): ParsedChain {
	try {
		const {X509Certificate} = process.getBuiltinModule('node:crypto');
		return sent.map(raw => new X509Certificate(raw));
	} catch {
		return undefined;
	}
}

/** trustedBy for a chain parsed already. */
function heldIn(chain: ParsedChain, authorities: readonly string[]): Held {
	if (chain === undefined) return {holds: false};
	try {
		const {X509Certificate} = process.getBuiltinModule('node:crypto');
		const parsed = new Map<string, InstanceType<typeof X509Certificate> | undefined>();
		const parse = (pem: string) => {
			if (!parsed.has(pem)) {
				try {
					parsed.set(pem, new X509Certificate(pem));
				} catch {
					parsed.set(pem, undefined);
				}
			}
			return parsed.get(pem);
		};
		type Certificate = (typeof chain)[number];
		/** The authorities whose bytes hold that DN's common name (all, where it has none). */
		const named = (distinguishedName: string) => {
			const name = commonName(distinguishedName);
			const bytes = name ? Buffer.from(name) : undefined;
			return authorities.filter(pem => !bytes || Buffer.from(pem.replaceAll(/-----[^-]+-----|\s/gu, ''), 'base64').includes(bytes));
		};
		const held = (certificate: Certificate) => named(certificate.subject).some(pem => parse(pem)?.fingerprint256 === certificate.fingerprint256);
		const issuerAmongAuthorities = (certificate: Certificate) =>
			named(certificate.issuer).map(pem => parse(pem)).find(authority => authority !== undefined && signed(certificate, authority));
		let current = chain[0];
		let inAuthorities = false;
		for (let depth = 0; current && depth < 10; depth++) {
			if (isSelfSigned(current)) return {holds: inAuthorities || held(current)};
			const fromAuthorities = issuerAmongAuthorities(current);
			if (fromAuthorities) {
				inAuthorities = true;
				current = fromAuthorities;
				continue;
			}
			// Part of the chain is held, not the root above it: the one to add.
			if (inAuthorities) {
				const missingRoot = shownName(current.issuer);
				return missingRoot === undefined ? {holds: false} : {holds: false, missingRoot};
			}
			const issuer = current;
			current = chain.find(candidate => candidate !== issuer && signed(issuer, candidate));
		}
		return {holds: false};
	} catch {
		return {holds: false};
	}
}

/**
 * The root the chain sent ends at, `CN, O` as issuerName shows it: the last certificate's own name where it is
 * self-signed, else its issuer's (a root the server left out, as it should). Undefined where it cannot be read.
 */
function chainRoot(sent: ParsedChain): string | undefined {
	try {
		const top = sent?.at(-1);
		if (!top) return undefined;
		return shownName(isSelfSigned(top) ? top.subject : top.issuer);
	} catch {
		return undefined;
	}
}

/** Issued means signed, not only named: `child` names `parent` as its issuer and `parent`'s key verifies it. */
const signed = (child: X509Certificate, parent: X509Certificate): boolean => child.checkIssued(parent) && child.verify(parent.publicKey);

/** A root: issued by itself, by the same test. */
const isSelfSigned = (certificate: X509Certificate): boolean => signed(certificate, certificate);

/** A DN string's common name, unescaped ("CN=a\\, b" reads "a, b"). */
function commonName(distinguishedName: string): string | undefined {
	return /^CN=(.*)$/mu.exec(distinguishedName)?.[1]?.replaceAll(/\\(.)/gu, '$1');
}

/** A DN string's `CN, O` as shown (issuerName), where it has either. */
function shownName(distinguishedName: string): string | undefined {
	const organisation = /^O=(.*)$/mu.exec(distinguishedName)?.[1]?.replaceAll(/\\(.)/gu, '$1');
	return issuerName({CN: commonName(distinguishedName), O: organisation} as Certificate);
}

/** `CN, O` (either alone when the other is missing or the same). */
export function issuerName(issuer: Certificate | undefined): string | undefined {
	const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
	const name = first(issuer?.CN);
	const organisation = first(issuer?.O);
	const parts = [name, organisation !== name ? organisation : undefined].filter(part => part !== undefined);
	return parts.length === 0 ? undefined : oneLine(sanitize(parts.join(', ')), 120);
}

/** The certificate's dates as ISO strings (OpenSSL writes "Jan  1 00:00:00 2100 GMT"), where both read as dates. */
function validity(peer: {valid_from?: string; valid_to?: string}): {validFrom?: string; validTo?: string} {
	const from = new Date(peer.valid_from ?? '');
	const to = new Date(peer.valid_to ?? '');
	return Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) ? {} : {validFrom: from.toISOString(), validTo: to.toISOString()};
}
