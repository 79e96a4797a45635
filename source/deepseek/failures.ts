// Turning what undici/Node throw into an HttpFailure: a reason, a low-level code and a
// sentence that names the host and says what to do. Never throws.
import {isIP} from 'node:net';
import {monotonicMs} from '../monotonic.js';
import {httpFailureMessages, proxyMessages} from '../messages/http.js';
import {oneLine, sanitize} from '../text/safe.js';
import {dnsCodes, isConnectCode, proxyLoginNotBasicCode, proxySpeaksSocksCode, unreachableCodes} from './connect-codes.js';
import {asSocks5, type ShownLogin} from './socks-port.js';
import {extraCaFile} from './extra-ca.js';
import {tunnelRefusalOf, type TunnelRefusal} from './in-between.js';
import {isProxyHopError, proxyAuthOfferOf, tunnelAnswered, tunnelRefusalPage, tunnelUnanswered} from './proxy-notes.js';
import type {HttpFailure, HttpFailureReason, PresentedIssuer, UntrustedFacts} from './types.js';
import {portOf} from './url.js';

/** What the failure is about: the request, the key to keep out of text, where it stood. */
export type FailureContext = {
	url: URL;
	apiKey: string | undefined;
	/** monotonicMs() when the request started. */
	startedAt: number;
	/**
	 * The request's own deadline (ms). A timeout is reported as this long even when the
	 * process noticed it late (busy loading code while the request waited).
	 */
	deadlineMs?: number | undefined;
	/** Set once the status line arrived: the failure happened while reading the body. */
	status?: number | undefined;
	/** The proxy the request went through (from proxy.ts' route), if any. */
	proxy?: ProxyInUse | undefined;
	/** Who signed the certificate presented, when it was not trusted and could be read again (presented-certificate.ts). */
	issuer?: PresentedIssuer | undefined;
	/** The http:// proxy closed the tunnel request unanswered, and its port answered a SOCKS5 greeting (socks-port.ts). */
	speaksSocks?: true | undefined;
};

/** A proxy as failures name it: never with its login. */
/** `login`: the URL's login as sentences may show it (the user; never the password), where it has one. */
export type ProxyInUse = {shown: string; variable: string; hasLogin: boolean; login?: ShownLogin | undefined; fallback?: string | undefined};

type Described = {reason: HttpFailureReason; message: string; code: string | undefined; tunnelUnanswered?: true; tunnelClosed?: true; tunnelPlain?: true; loginRefused?: true; untrusted?: UntrustedFacts; socksUrl?: string; proxyWords?: string};

/**
 * `scheme://user:password@host` → `scheme://host`: a proxy login quoted in an error never
 * reaches a message. The address starts after the last `@` before the path, as URLs read it:
 * a password with an `@` written as is (`p@ss`) leaves nothing behind.
 */
function withoutLogins(text: string): string {
	return text.replaceAll(/([a-z][a-z\d+.-]*:\/\/)[^\s/?#]*@/gi, '$1');
}

/** Build the failure; url and message are sanitised here, so callers can pass any text. */
export function makeFailure(
	context: Omit<FailureContext, 'url'> & {url: URL | string},
	described: Described,
): HttpFailure {
	return {
		kind: 'failure',
		url: sanitize(typeof context.url === 'string' ? context.url : context.url.href, context.apiKey),
		reason: described.reason,
		message: sanitize(described.message, context.apiKey),
		code: described.code,
		...(context.status === undefined ? {} : {partialStatus: context.status}),
		...(described.tunnelUnanswered ? {tunnelUnanswered: true} : {}),
		...(described.tunnelClosed ? {tunnelClosed: true} : {}),
		...(described.tunnelPlain ? {tunnelPlain: true} : {}),
		...(described.loginRefused ? {loginRefused: true} : {}),
		...(described.untrusted ? {untrusted: described.untrusted} : {}),
		...(described.socksUrl === undefined ? {} : {socksUrl: sanitize(described.socksUrl, context.apiKey)}),
		...(described.proxyWords === undefined ? {} : {proxyWords: sanitize(described.proxyWords, context.apiKey)}),
		durationMs: Math.round(monotonicMs() - context.startedAt),
	};
}

/** An abort signal fired: a `TimeoutError` reason (ours or the caller's deadline) is a timeout, anything else a cancel. */
export function failureFromAbort(abortReason: unknown, context: FailureContext): HttpFailure {
	return makeFailure(context, isTimeoutReason(abortReason) ? timedOut(context, 'TimeoutError') : cancelled(context));
}

function isTimeoutReason(abortReason: unknown): boolean {
	return abortReason instanceof Error && abortReason.name === 'TimeoutError';
}

/** Map an error thrown by undici (or Node under it) while requesting or reading the body. */
export function failureFromError(error: unknown, context: FailureContext): HttpFailure {
	return makeFailure(context, describeError(error, context));
}

const timeoutCodes = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT', 'TimeoutError']);
const abortCodes = new Set(['UND_ERR_ABORTED', 'UND_ERR_ABORT', 'ABORT_ERR', 'AbortError']);
const resetCodes = new Set([
	'ECONNRESET',
	'UND_ERR_SOCKET',
	'EPIPE',
	'ECONNABORTED',
	'UND_ERR_CLOSED',
	'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);
/** Certificate and handshake problems (OpenSSL's verify codes and Node's ERR_TLS_/ERR_SSL_ codes). */
export function isTlsErrorCode(code: string): boolean {
	return /^(?:CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|SELF_SIGNED_|DEPTH_ZERO_|HOSTNAME_MISMATCH|EPROTO$|ERR_OSSL_)/.test(code);
}

type Link = {
	name: string;
	code: string | undefined;
	message: string;
	/** Thrown while connecting to the proxy itself (`markProxyHop`). */
	proxyHop: boolean;
};

/**
 * The login schemes a proxy offered (NTLM, Negotiate…) when none is Basic, the only one
 * undici sends from the URL's user and password: such a proxy cannot be given its login
 * there. Undefined when it offered Basic, or nothing was noted.
 */
function loginOfferedNotBasic(proxy: string): string | undefined {
	const offer = proxyAuthOfferOf(proxy);
	// Each challenge starts with its scheme's name; a part holding `=` first is a parameter of the one before.
	const schemes = (offer ?? '').split(',').flatMap(part => /^\s*([a-z][\w-]*)(?:\s|$)/i.exec(part)?.[1] ?? []);
	return schemes.length > 0 && !schemes.some(scheme => scheme.toLowerCase() === 'basic') ? oneLine(sanitize(schemes.join(', ')), 80) : undefined;
}

/** The error, its `cause` chain and an AggregateError's `errors` (Happy Eyeballs tries several addresses). */
function errorChain(error: unknown): Link[] {
	const links: Link[] = [];
	const pending: unknown[] = [error];
	const seen = new Set<unknown>();
	while (pending.length > 0 && links.length < 20) {
		const current = pending.shift();
		if (typeof current !== 'object' || current === null || seen.has(current)) continue;
		seen.add(current);
		const record = current as Record<string, unknown>;
		links.push({
			name: typeof record.name === 'string' ? record.name : '',
			// DOMException has a numeric `code`: only string codes are meaningful here.
			code: typeof record.code === 'string' ? record.code : undefined,
			message: typeof record.message === 'string' ? record.message : '',
			proxyHop: isProxyHopError(current),
		});
		pending.push(record.cause);
		if (Array.isArray(record.errors)) pending.push(...(record.errors as unknown[]));
	}
	return links;
}

/** OpenSSL's words for a TLS handshake answered in plain text (an HTTP server's "400 Bad Request"). */
export const plainTextAnswer = /WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|HTTP_REQUEST/;

/** The failure when it is the proxy's own (it could not be reached, refused the tunnel or the login). */
function describeProxy(links: Link[], proxy: ProxyInUse, context: FailureContext): Described | undefined {
	const named = {proxy: proxy.shown, variable: proxy.variable, fallback: proxy.fallback};
	const socks = proxy.shown.startsWith('socks');
	// A SOCKS port named with http://: it closed the tunnel request without a word, and answered SOCKS5's greeting.
	if (!socks && context.speaksSocks) {
		// Its login kept: the user as written, the password only as passwordMark (the sentence says it stays as it is).
		const socksUrl = asSocks5(proxy.shown, proxy.login);
		return {reason: 'proxy', message: proxyMessages.speaksSocks({...named, socks: socksUrl, password: proxy.login?.password === true}), code: proxySpeaksSocksCode, socksUrl};
	}
	for (const link of links) {
		// The tunnel opened, then plain text came through it. To the service's port 443, where it speaks TLS: the proxy's
		// own page (a filter's block or login page), not the service, and no certificate setting can help. To another
		// port, as direct (checks/network.ts plainAnswer): most likely the service there speaks plain HTTP itself.
		const tunnelled = !socks && !link.proxyHop && tunnelAnswered(proxy.shown, context.url);
		if (tunnelled && link.code !== undefined && plainTextAnswer.test(link.code)) {
			const port = portOf(context.url);
			return port === 443
				? {reason: 'proxy', message: proxyMessages.tunnelNotTls({...named, host: context.url.hostname, code: link.code}), code: link.code}
				: {reason: 'tls', message: proxyMessages.tunnelPlainPort({...named, host: context.url.hostname, port, code: link.code}), code: link.code, tunnelPlain: true};
		}
		if (link.proxyHop && link.code !== undefined && isTlsErrorCode(link.code)) {
			const message = plainTextAnswer.test(link.code) ? proxyMessages.tlsPlainProxy({...named, code: link.code}) : proxyMessages.tlsProxy({...named, code: link.code});
			return {reason: 'proxy', message, code: link.code};
		}
		// An HTTP proxy's tunnel carries TLS, so before any status the only plain HTTP read
		// is the proxy's own answer to CONNECT (for a plain-http target, the proxy's answer).
		if (!socks && context.status === undefined && (link.code?.startsWith('HPE_') === true || link.name === 'HTTPParserError')) {
			return {reason: 'proxy', message: proxyMessages.notHttpProxy(named), code: link.code ?? link.name};
		}
		if (link.code === 'UND_ERR_SOCKS5_VERSION' || link.code === 'UND_ERR_SOCKS5_REPLY_VERSION') {
			return {reason: 'proxy', message: proxyMessages.notSocksProxy(named), code: link.code};
		}
		const tunnel = /Proxy response \((\d+)\)/.exec(link.message);
		// tinyproxy answers a wrong login 401 (WWW-Authenticate), not 407: a login refused all the same.
		if (link.message.includes('Proxy Authentication Required') || tunnel?.[1] === '407' || tunnel?.[1] === '401') {
			const status = tunnel?.[1] ?? '407';
			const schemes = status === '407' ? loginOfferedNotBasic(proxy.shown) : undefined;
			if (schemes !== undefined) return {reason: 'proxy', message: proxyMessages.authNotBasic({...named, schemes}), code: proxyLoginNotBasicCode};
			// With a login in its URL, the proxy refused that login: the fix is to correct it, not to add one.
			if (proxy.hasLogin) return {reason: 'proxy', message: proxyMessages.authRejected({...named, status}), code: status, loginRefused: true};
			return {reason: 'proxy', message: proxyMessages.authRequired({...named, status}), code: status};
		}
		if (tunnel?.[1] !== undefined) {
			// The page the proxy sent with its refusal, where one was kept: whose rule it was.
			const page = tunnelRefusalPage(proxy.shown, context.url);
			return refusedTunnel(tunnel[1], named, context.url, page === undefined ? undefined : tunnelRefusalOf(page));
		}
		if (link.code !== undefined && isConnectCode(link.code)) {
			const code = link.code;
			const message = code === 'ECONNREFUSED' ? proxyMessages.refused(named) : dnsCodes.has(code) ? proxyMessages.dns(named) : proxyMessages.unreachable({...named, code});
			return {reason: 'proxy', message, code};
		}
		// A SOCKS5 proxy says no in its own terms (undici's UND_ERR_SOCKS5_* codes).
		if (link.code === 'UND_ERR_SOCKS5_AUTH_REJECTED' || link.code === 'UND_ERR_SOCKS5_AUTH_FAILED') {
			const message = proxy.hasLogin ? proxyMessages.socksAuthRejected(named) : proxyMessages.socksAuthRequired(named);
			return {reason: 'proxy', message, code: link.code};
		}
		// Connection refused (reply 5): the proxy reached the host, and nothing takes connections at that port there (Dante says so).
		if (link.code === 'UND_ERR_SOCKS5_REPLY_5') {
			return {reason: 'proxy', message: proxyMessages.socksTargetRefused({...named, host: context.url.hostname, port: portOf(context.url)}), code: link.code};
		}
		// Host unreachable (reply 4): for a name, also the proxy's own lookup failing (Dante answers so).
		if (link.code === 'UND_ERR_SOCKS5_REPLY_4') {
			const host = context.url.hostname.replace(/^\[(.*)\]$/, '$1');
			const message = isIP(host) === 0 ? proxyMessages.socksNameUnreachable({...named, host}) : proxyMessages.socksAddressUnreachable({...named, host});
			return {reason: 'proxy', message, code: link.code};
		}
		if (link.code?.startsWith('UND_ERR_SOCKS5_REPLY_')) {
			return {reason: 'proxy', message: proxyMessages.socksRefusedTarget({...named, detail: sentence(link.message.replace(/^SOCKS5 connection failed: /, ''))}), code: link.code};
		}
		if (link.code?.startsWith('UND_ERR_SOCKS5')) return inItsWords(named, sentence(link.message), link.code);
		if (link.code === 'UND_ERR_PRX_CONN' || link.code === 'UND_ERR_PRX_TLS') {
			const detail = links.find(other => other !== link && other.message !== '')?.message ?? link.message;
			return inItsWords(named, sentence(detail), link.code);
		}
	}
	return undefined;
}

/** A proxy's failure in its own words (`words`): its sentence, and the words kept as a fact to say it again from. */
function inItsWords(named: {proxy: string; variable: string; fallback?: string | undefined}, words: string, code: string): Described {
	return {reason: 'proxy', message: proxyMessages.failed({...named, detail: words}), code, proxyWords: words};
}

/**
 * The proxy answered the tunnel request (CONNECT) with `status`. 500, 502, 503, 504: it tried
 * and could not reach the service, not its rules (tinyproxy says 500 "Unable to connect",
 * Squid 503). A 403 to a port other than 443: Squid's and tinyproxy's default rules open
 * tunnels only to 443 (`SSL_ports`, `ConnectPort`), so the port, not the host, is the likely cause.
 * Else a 403 is a rule about the client or about the host: its page may say which (`refusal`).
 */
function refusedTunnel(status: string, named: {proxy: string; variable: string}, target: URL, refusal: TunnelRefusal | undefined): Described {
	const port = portOf(target);
	const host = target.hostname;
	const message = /^50[0234]$/.test(status) ? proxyMessages.tunnelUnreached({...named, status})
		: status === '403' && port !== 443 ? proxyMessages.refusedTunnelPort({...named, status, host, port})
		: status !== '403' ? proxyMessages.refusedTunnel({...named, status})
		: refusal === 'client' ? proxyMessages.refusedClient({...named, status, host})
		: refusal === 'filter' ? proxyMessages.refusedFiltered({...named, status, host})
		: proxyMessages.refusedByRules({...named, status, host});
	return {reason: 'proxy', message, code: status};
}

/** An error's own text as the end of one of our sentences. */
function sentence(detail: string): string {
	const line = oneLine(withoutLogins(detail), 200);
	return /[.!?]$/.test(line) ? line : `${line}.`;
}

function seconds(context: FailureContext): string {
	const elapsed = monotonicMs() - context.startedAt;
	return (Math.min(elapsed, context.deadlineMs ?? elapsed) / 1000).toFixed(1);
}

function timedOut(context: FailureContext, code: string | undefined): Described {
	const host = context.url.host;
	const proxy = context.proxy;
	if (context.status === undefined && proxy && tunnelUnanswered(proxy.shown, context.url)) {
		const message = httpFailureMessages.tunnelUnanswered({host, seconds: seconds(context), proxy: proxy.shown, variable: proxy.variable});
		return {reason: 'timeout', message, code, tunnelUnanswered: true};
	}
	const message = context.status !== undefined
		? httpFailureMessages.timeoutMidBody({host, seconds: seconds(context), status: context.status})
		: proxy
			? httpFailureMessages.timeoutViaProxy({host, seconds: seconds(context), proxy: proxy.shown, variable: proxy.variable})
			: httpFailureMessages.timeout({host, seconds: seconds(context)});
	return {reason: 'timeout', message, code};
}

function cancelled(context: FailureContext): Described {
	return {reason: 'aborted', message: httpFailureMessages.aborted({host: context.url.host}), code: 'AbortError'};
}

/** OpenSSL's codes for a chain that ends at no certificate authority this process trusts. */
export const untrustedChainCode = /SELF_SIGNED|UNABLE_TO_|UNTRUSTED|CERT_REJECTED|CERT_SIGNATURE/;

function describeTls(code: string, host: string, context: FailureContext): Described {
	const message = /EXPIRED|NOT_YET_VALID/.test(code) ? httpFailureMessages.tlsExpired({host})
		: /ALTNAME|HOSTNAME_MISMATCH/.test(code) ? httpFailureMessages.tlsNameMismatch({host})
		: untrustedChainCode.test(code) ? undefined
		: httpFailureMessages.tlsHandshake({host, code});
	return message === undefined ? {...untrusted(host, context), code} : {reason: 'tls', message, code};
}

/** An untrusted chain, with what is known: who signed it, the proxy it came through, the file NODE_EXTRA_CA_CERTS names. */
function untrusted(host: string, context: FailureContext): Described {
	const {message, facts} = untrustedCertificate(host, context.issuer, context.proxy);
	return {reason: 'tls', message, code: undefined, untrusted: facts};
}

/**
 * What is said of a certificate not trusted at `host`, and its facts: by the API checks' requests, and by the
 * network check's own handshake (checks/network.ts). The proxy is named only where the issuer was read through it.
 */
export function untrustedCertificate(host: string, presented: PresentedIssuer | undefined, proxy: Pick<ProxyInUse, 'shown' | 'variable'> | undefined): {message: string; facts: UntrustedFacts} {
	const extra = extraCaFile();
	const facts: UntrustedFacts = {
		issuer: presented?.issuer ?? null,
		...(presented?.chainRoot === undefined ? {} : {chainRoot: presented.chainRoot}),
		proxy: presented && proxy ? proxy.shown : null,
		extraCaFile: extra ? {path: oneLine(extra.path, 200), readable: extra.readable, ...(presented?.extraCaMissingRoot === undefined ? {} : {missingRoot: presented.extraCaMissingRoot})} : null,
		systemTrusted: presented?.systemTrusted ?? false,
		...(presented?.otherToolsCaHolds === undefined ? {} : {otherToolsCaHoldsIssuer: presented.otherToolsCaHolds}),
		...(presented?.otherToolsCaMissingRoot === undefined ? {} : {otherToolsCaMissingRoot: presented.otherToolsCaMissingRoot}),
	};
	const message = httpFailureMessages.tlsUntrusted({
		host,
		issuer: facts.issuer ?? undefined,
		chainRoot: facts.chainRoot,
		systemTrusted: facts.systemTrusted,
		proxy: facts.proxy && proxy ? {shown: facts.proxy, variable: proxy.variable} : undefined,
		extra: facts.extraCaFile ? {file: facts.extraCaFile.path, readable: facts.extraCaFile.readable, missingRoot: facts.extraCaFile.missingRoot} : undefined,
	});
	return {message, facts};
}


function describeError(error: unknown, context: FailureContext): Described {
	const links = errorChain(error);
	const host = context.url.host;
	// Through a proxy, this process only ever connects to the proxy: the proxy opens the
	// connection to the service and reports failures there as a status (502, 407…).
	const viaProxy = context.proxy ? describeProxy(links, context.proxy, context) : undefined;
	if (viaProxy) return viaProxy;

	// The first link whose code (or, for DOMExceptions, name) is known decides.
	for (const link of links) {
		const code = link.code ?? link.name;
		if (timeoutCodes.has(code)) return timedOut(context, code);
		if (abortCodes.has(code)) return {...cancelled(context), code};
		if (code === 'ECONNREFUSED') return {reason: 'connection_refused', message: httpFailureMessages.connectionRefused({host}), code};
		if (resetCodes.has(code) || code.startsWith('ERR_HTTP2_')) {
			// Through an HTTP proxy that opened the tunnel, closed before the service said a word: the proxy's way on (a
			// proxy app answers CONNECT at once, then closes where the node it picked cannot reach the host).
			const proxy = context.proxy;
			if (context.status === undefined && proxy && tunnelAnswered(proxy.shown, context.url)) {
				return {reason: 'connection_reset', message: httpFailureMessages.tunnelClosed({host, proxy: proxy.shown, variable: proxy.variable}), code, tunnelClosed: true};
			}
			const message = context.status === undefined
				? httpFailureMessages.connectionReset({host})
				: httpFailureMessages.connectionClosedMidBody({host, status: context.status});
			return {reason: 'connection_reset', message, code};
		}
		if (dnsCodes.has(code)) return {reason: 'dns', message: httpFailureMessages.dns({host}), code};
		if (isTlsErrorCode(code)) return describeTls(code, host, context);
		if (unreachableCodes.has(code)) return {reason: 'other', message: httpFailureMessages.networkUnreachable({host}), code};
		if (code.startsWith('HPE_') || link.name === 'HTTPParserError') {
			return {reason: 'other', message: httpFailureMessages.notHttp({host}), code: link.code ?? link.name};
		}
	}
	const first = links[0];
	const detail = first?.message ? sentence(first.message) : sentence(String(error));
	return {reason: 'other', message: httpFailureMessages.other({host, detail}), code: first?.code ?? (first?.name || undefined)};
}
