// Can this machine reach the base URL's host at all? DNS, then a TCP connect and, for
// https, a TLS handshake. With a proxy configured it is the proxy that must be reachable.
import {lookup} from 'node:dns/promises';
import net from 'node:net';
import {performance} from 'node:perf_hooks';
import {isTlsErrorCode} from '../deepseek/failures.js';
import {checkMessages as m} from '../messages/checks.js';
import type {Check} from './types.js';

type Target = {host: string; port: number; tls: boolean; viaProxy: string | undefined};

type NoProxyEntry = {hostname: string; port: number; wildcard: boolean};

/** NO_PROXY entries parsed as undici's EnvHttpProxyAgent parses them (`host[:port]`, `*`, `.suffix`, `*.sub`). */
function parseNoProxy(noProxy: string): NoProxyEntry[] {
	return noProxy.split(/[,\s]/).filter(Boolean).map(entry => {
		const ipv6WithPort = /^\[(.+)\]:(\d+)$/.exec(entry);
		const unbracketed = entry.replace(/^\[(.+)\]$/, '$1');
		const hostPort = (unbracketed.match(/:/g) ?? []).length === 1 ? /^(.+):(\d+)$/.exec(unbracketed) : null;
		const hostname = ipv6WithPort?.[1] ?? hostPort?.[1] ?? unbracketed;
		const port = Number(ipv6WithPort?.[2] ?? hostPort?.[2] ?? 0);
		return {hostname: hostname.replace(/^\*?\./, '').replace(/^(.+)\.$/, '$1').toLowerCase(), port, wildcard: entry.startsWith('*')};
	});
}

/**
 * Does NO_PROXY exempt host:port? The same rules as undici's EnvHttpProxyAgent, which
 * the real requests go through: `*` matches all, `example.com` and `.example.com` match the
 * domain and its subdomains, `*.example.com` only subdomains, `host:port` only that port.
 */
export function bypassesProxy(host: string, noProxy: string | undefined, port = 0): boolean {
	const hostname = host.toLowerCase();
	return parseNoProxy(noProxy ?? '').some(entry => {
		if (entry.port && entry.port !== port) return false;
		if (entry.hostname === '*') return true;
		if (!entry.wildcard && hostname === entry.hostname) return true;
		return hostname.endsWith(`.${entry.hostname}`);
	});
}

/** Where the first hop of a request to `baseUrl` goes (the proxy, when one applies). */
export function firstHop(baseUrl: string, env: Readonly<Record<string, string | undefined>>): Target {
	const url = new URL(baseUrl);
	const secure = url.protocol === 'https:';
	// undici reads the lowercase names first, and uses the http proxy for https too.
	const httpProxy = env.http_proxy ?? env.HTTP_PROXY;
	const proxy = secure ? (env.https_proxy ?? env.HTTPS_PROXY ?? httpProxy) : httpProxy;
	const host = url.hostname.replace(/^\[|\]$/g, '');
	const port = Number(url.port) || (secure ? 443 : 80);
	if (proxy && !bypassesProxy(host, env.no_proxy ?? env.NO_PROXY, port)) {
		try {
			const proxyUrl = new URL(proxy);
			return {
				host: proxyUrl.hostname.replace(/^\[|\]$/g, ''),
				port: Number(proxyUrl.port) || (proxyUrl.protocol === 'https:' ? 443 : 80),
				tls: false,
				viaProxy: `${proxyUrl.protocol}//${proxyUrl.host}`,
			};
		} catch {
			// A malformed proxy variable: undici would fail on it too; test the host directly.
		}
	}
	return {host, port, tls: secure, viaProxy: undefined};
}

async function connect(target: Target, address: string, signal: AbortSignal): Promise<{ms: number; tlsError?: string}> {
	// node:tls costs ~10 ms to load: only when the first hop really is TLS.
	const tls = target.tls ? await import('node:tls') : undefined;
	return new Promise((resolve, reject) => {
		const began = performance.now();
		const socket = tls
			? tls.connect({host: address, port: target.port, servername: net.isIP(target.host) ? undefined : target.host})
			: net.connect({host: address, port: target.port});
		const finish = (error?: Error) => {
			socket.destroy();
			signal.removeEventListener('abort', onAbort);
			if (error) reject(error);
			else resolve({ms: Math.round(performance.now() - began)});
		};
		const onAbort = () => finish(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
		signal.addEventListener('abort', onAbort, {once: true});
		socket.once(target.tls ? 'secureConnect' : 'connect', () => finish());
		socket.once('error', finish);
	});
}

function errorCode(error: unknown): string {
	if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
	if (error instanceof Error && error.name === 'TimeoutError') return 'TIMEOUT';
	return 'UNKNOWN';
}

export const network: Check = {
	id: 'network',
	title: m.network.title,
	async run(ctx, signal) {
		const target = firstHop(ctx.baseUrl, ctx.env);
		const deadline = AbortSignal.any([signal, AbortSignal.timeout(ctx.timeoutMs)]);
		const details: Record<string, unknown> = {host: target.host, port: target.port, proxy: target.viaProxy ?? null};
		let address: string;
		try {
			address = net.isIP(target.host) ? target.host : (await raceAbort(lookup(target.host), deadline)).address;
		} catch (error) {
			const code = errorCode(error);
			const summary = code === 'TIMEOUT' ? m.network.dnsSlow(target.host, ctx.timeoutMs) : m.network.dnsFailed(target.host, target.viaProxy);
			return {status: 'fail', summary, details: {...details, stage: 'dns', code, reason: code === 'TIMEOUT' ? 'timeout' : 'dns'}};
		}
		details.address = address;
		try {
			const {ms} = await connect(target, address, deadline);
			return {status: 'pass', summary: m.network.reached(target.host, target.tls, ms, target.viaProxy), details: {...details, connectMs: ms}};
		} catch (error) {
			const code = errorCode(error);
			const reason = code === 'ECONNREFUSED' ? 'connection_refused' : isTlsErrorCode(code) ? 'tls' : code === 'TIMEOUT' || code === 'ABORT_ERR' ? 'timeout' : 'connection_reset';
			const summary =
				reason === 'tls' ? m.network.tlsFailed(target.host, code)
				: reason === 'connection_refused' ? m.network.refused(target.host, target.port, target.viaProxy)
				: reason === 'timeout' ? m.network.connectSlow(target.host, ctx.timeoutMs, target.viaProxy)
				: m.network.connectFailed(target.host, code, target.viaProxy);
			return {status: 'fail', summary, details: {...details, stage: reason === 'tls' ? 'tls' : 'connect', code, reason}};
		}
	},
};

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
	return new Promise((resolve, reject) => {
		if (signal.aborted) {
			reject(signal.reason);
			return;
		}
		const onAbort = () => reject(signal.reason);
		signal.addEventListener('abort', onAbort, {once: true});
		promise.then(
			value => {
				signal.removeEventListener('abort', onAbort);
				resolve(value);
			},
			(error: unknown) => {
				signal.removeEventListener('abort', onAbort);
				reject(error);
			},
		);
	});
}
