// The HTTP client every check uses: undici request() through the proxy from the
// environment, one deadline per request, capped bodies, the key only where it may go,
// and a result (never a thrown error) for anything the network does.
import {monotonicMs} from '../monotonic.js';
import type {Dispatcher} from './undici-parts.js';
import {dispatcherFor} from './dispatcher.js';
import {hasLogin, proxyFallback, route, type Env, type ProxyRoute} from './proxy.js';
import {toolName, toolVersion} from '../version.js';
import {baseUrlMessages} from '../messages/base-url.js';
import {oneLine, sanitize, unsendableKeyCharacters} from '../text/safe.js';
import {defaultMaxBodyBytes, interpretBody, readCapped} from './body.js';
import {traceIdHeader} from './facts.js';
import type {FailureContext} from './failures.js';
import {shownLogin, speaksSocks5} from './socks-port.js';
import {otherToolsCaFile} from './extra-ca.js';
import {redirectOf, type Redirect} from './redirect.js';
import {isAbsoluteHttpUrl, mayCarryKey, normaliseBaseUrl, resolveUrl} from './url.js';
import type {ApiClient, HttpAnswer, HttpResult, PresentedIssuer, RequestOptions} from './types.js';

export type ApiClientOptions = {
	/** As the user gave it; normalised here (trailing /v1 etc. stripped). */
	baseUrl: string;
	apiKey: string | undefined;
	/** Deadline for each request, headers and body together. */
	timeoutMs: number;
	/** Aborts every request of this client (e.g. Ctrl+C). */
	signal?: AbortSignal;
	userAgent?: string;
	/** Where HTTPS_PROXY / HTTP_PROXY / NO_PROXY are read (default: the process environment). */
	env?: Env;
	/** For tests only: every request goes through it, whatever the proxy variables say. */
	dispatcher?: Dispatcher;
};

/** undici's own timeouts only back ours up: they are coarse (fire up to ~1 s late). */
const undiciBackstopMs = 1000;

function assertTimeout(timeoutMs: number): void {
	if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new RangeError(`timeoutMs must be a positive number, got ${timeoutMs}`);
}

function firstHeader(value: string | string[] | undefined): string | undefined {
	const first = Array.isArray(value) ? value[0] : value;
	return first === undefined || first.trim() === '' ? undefined : first;
}

const redirectField = (redirect: Redirect | undefined) => (redirect === undefined ? {} : {redirect});

type Prepared = {url: URL; headers: Record<string, string>; cacheKey: string};

/**
 * What reads a failed or refused request and an answer's error body (failures.ts, error-body.ts,
 * presented-certificate.ts, the HTTP messages): it comes with the code loaded while the requests
 * travel (run-later.ts), not with the start. A failure before that code has loaded loads it then.
 */
type Reading = typeof import('../run-later.js');
let loaded: Reading | undefined;
async function reading(): Promise<Reading> {
	return loaded ??= await import('../run-later.js');
}

/** A request refused before anything was sent, said once the reading has loaded. */
type Refusal = (read: Reading) => HttpResult;

export function createApiClient(options: ApiClientOptions): ApiClient {
	assertTimeout(options.timeoutMs);
	const apiKey = options.apiKey?.trim() || undefined;
	const base = normaliseBaseUrl(options.baseUrl);
	const baseUrl = base.ok ? base.value.url : options.baseUrl.trim();
	const userAgent = options.userAgent ?? `${toolName}/${toolVersion}`;
	const env = options.env ?? process.env;
	const sharedGets = new Map<string, SharedRequest>();
	const issuers = new Map<string, Promise<PresentedIssuer | undefined>>();
	const socksPorts = new Map<string, Promise<boolean>>();

	/** Resolve the URL and decide on the key; the failure to say when no request may be made. */
	function prepare(pathOrUrl: string, requestOptions: RequestOptions, startedAt: number): Prepared | Refusal {
		if (requestOptions.timeoutMs !== undefined) assertTimeout(requestOptions.timeoutMs);
		const failAt = (url: URL | string, reason: 'invalid_url' | 'insecure_url' | 'unsendable_key', message: (read: Reading) => string): Refusal =>
			read => read.makeFailure({url, apiKey, startedAt}, {reason, message: message(read), code: undefined});
		if (!base.ok && !isAbsoluteHttpUrl(pathOrUrl)) {
			const reason = base.reason;
			return failAt(pathOrUrl, 'invalid_url', () => baseUrlMessages.relativeWithoutBase({path: pathOrUrl, reason}));
		}
		let url: URL;
		try {
			url = new URL(resolveUrl(baseUrl, pathOrUrl));
		} catch {
			return failAt(pathOrUrl, 'invalid_url', read => read.httpFailureMessages.invalidUrl({url: pathOrUrl}));
		}
		const headers: Record<string, string> = {
			accept: 'application/json',
			'user-agent': userAgent,
			...requestOptions.headers,
		};
		// The key goes only to the configured service, and never over plain http to another
		// machine. Refused even before a key is set: such a base URL can never work safely.
		const wantsAuth = requestOptions.auth !== false && base.ok && url.origin === base.value.origin;
		if (wantsAuth && !mayCarryKey(url)) {
			return failAt(url, 'insecure_url', read => read.httpFailureMessages.insecureUrl({host: url.host}));
		}
		const sendsKey = wantsAuth && apiKey !== undefined;
		// A zero-width space or a look-alike in the key: no header can carry it, so say why instead of undici's "invalid authorization header".
		const unsendable = sendsKey ? unsendableKeyCharacters(apiKey) : [];
		if (unsendable.length > 0) return failAt(url, 'unsendable_key', read => read.httpFailureMessages.unsendableKey({characters: unsendable}));
		if (sendsKey) headers.authorization = `Bearer ${apiKey}`;
		// Shared GETs: same URL and auth (and the rare extra headers or cap, which change the answer).
		const cacheKey = JSON.stringify([url.href, sendsKey, requestOptions.headers ?? {}, requestOptions.maxBytes ?? defaultMaxBodyBytes]);
		return {url, headers, cacheKey};
	}

	async function perform(
		method: 'GET' | 'POST',
		prepared: Prepared,
		body: string | undefined,
		requestOptions: RequestOptions,
		extraSignals: AbortSignal[],
		startedAt: number,
	): Promise<HttpResult> {
		const timeoutMs = requestOptions.timeoutMs ?? options.timeoutMs;
		const deadline = AbortSignal.timeout(timeoutMs);
		const signals = [deadline, ...(options.signal ? [options.signal] : []), ...extraSignals];
		const signal = AbortSignal.any(signals);
		const hop = route(prepared.url, env);
		const proxy = hop.kind === 'proxy' ? {shown: hop.shown, variable: hop.variable, hasLogin: hasLogin(hop.url), login: shownLogin(hop.url), fallback: proxyFallback(prepared.url, env, hop.variable)} : undefined;
		const context: FailureContext = {url: prepared.url, apiKey, startedAt, deadlineMs: timeoutMs, proxy};
		if (hop.kind === 'invalid') {
			const read = await reading();
			return read.makeFailure(context, {reason: 'proxy', message: read.proxyMessages.badVariable({variable: hop.variable, problem: hop.problem}), code: undefined});
		}
		try {
			const dispatcher = options.dispatcher ?? dispatcherFor(hop);
			const response = await dispatcher.request({
				origin: prepared.url.origin,
				path: `${prepared.url.pathname}${prepared.url.search}`,
				method,
				headers: body === undefined ? prepared.headers : {...prepared.headers, 'content-type': 'application/json'},
				body,
				signal,
				headersTimeout: timeoutMs + undiciBackstopMs,
				bodyTimeout: timeoutMs + undiciBackstopMs,
			});
			context.status = response.statusCode;
			// A connection closed mid-body is reported as a failure (connection_reset, or
			// timeout when it stalled), not as an answer: a partial body proves nothing, and
			// the message still names the status that had arrived. (A stream that errors ends
			// the for-await in readCapped and is destroyed by it.)
			const contentEncoding = firstHeader(response.headers['content-encoding']);
			const capped = await readCapped(response.body, requestOptions.maxBytes ?? defaultMaxBodyBytes, contentEncoding);
			const contentType = firstHeader(response.headers['content-type']);
			const {json, bodyProblem} = interpretBody(capped, contentType);
			const read = loaded ?? await reading();
			const traceId = firstHeader(response.headers[traceIdHeader]) ?? firstHeader(response.headers['x-request-id']);
			const answer: HttpAnswer = {
				kind: 'answer',
				url: sanitize(prepared.url.href, apiKey),
				status: response.statusCode,
				traceId: traceId === undefined ? undefined : oneLine(sanitize(traceId, apiKey), 200),
				contentType: contentType === undefined ? undefined : oneLine(sanitize(contentType, apiKey), 200),
				text: capped.text,
				json,
				bodyProblem,
				...redirectField(redirectOf(response.statusCode, firstHeader(response.headers.location), prepared.url, apiKey)),
				...(capped.notText?.problem === 'binary' ? {binaryBytes: capped.notText.bytes} : {}),
				apiError: read.readErrorBody(json, capped.tooLarge ? '' : capped.text, apiKey, response.statusCode, firstHeader(response.headers['x-amzn-errortype'])),
				durationMs: Math.round(monotonicMs() - startedAt),
			};
			return answer;
		} catch (error) {
			// Whatever undici throws once a signal fired is a consequence of the abort: as it stood
			// when the error came, not once the reading has loaded.
			const aborted = signal.aborted;
			const abortReason: unknown = signal.reason;
			const read = loaded ?? await reading();
			const failure = aborted ? read.failureFromAbort(abortReason, context) : read.failureFromError(error, context);
			// An http:// proxy that closed the tunnel request unanswered: a SOCKS port, if it answers SOCKS5's greeting.
			if (failure.reason === 'proxy' && failure.code === 'UND_ERR_PRX_CONN' && hop.kind === 'proxy' && hop.url.protocol === 'http:' && !aborted) {
				return await socksAt(hop.url, signal) ? read.failureFromError(error, {...context, speaksSocks: true}) : failure;
			}
			// An untrusted certificate: who signed it says who intercepts (read once per host and route).
			if (failure.reason !== 'tls' || !read.untrustedChainCode.test(failure.code ?? '') || aborted) return failure;
			const named = await issuerAt(prepared.url, hop, read);
			return named ? read.failureFromError(error, {...context, issuer: named}) : failure;
		}
	}

	/** Whether the http:// proxy at `proxy` answers SOCKS5's greeting, asked once per proxy in this client. */
	function socksAt(proxy: URL, signal: AbortSignal): Promise<boolean> {
		let look = socksPorts.get(proxy.host);
		if (!look) {
			look = speaksSocks5(proxy.hostname.replace(/^\[|\]$/g, ''), Number(proxy.port || 80), signal);
			socksPorts.set(proxy.host, look);
		}
		return look;
	}

	/** The look at who issued the certificate presented at `url`, made once per host and route in this client. */
	function issuerAt(url: URL, hop: Exclude<ProxyRoute, {kind: 'invalid'}>, read: Reading): Promise<PresentedIssuer | undefined> {
		const key = `${url.host} ${hop.kind === 'proxy' ? hop.url.href : ''}`;
		let issuer = issuers.get(key);
		if (!issuer) {
			issuer = read.presentedIssuer(url, hop, options.signal ?? new AbortController().signal, otherToolsCaFile(env)?.path);
			issuers.set(key, issuer);
		}
		return issuer;
	}

	/** A caller's signal fired before anything was sent: answer at once, send nothing. */
	function alreadyAborted(prepared: Prepared, signals: (AbortSignal | undefined)[], startedAt: number): Promise<HttpResult> | undefined {
		const fired = signals.find(candidate => candidate?.aborted);
		if (!fired) return undefined;
		const reason: unknown = fired.reason;
		return reading().then(read => read.failureFromAbort(reason, {url: prepared.url, apiKey, startedAt}));
	}

	return {
		baseUrl,
		// Not async: callers sharing a GET get the very same promise.
		get(pathOrUrl, requestOptions = {}) {
			const startedAt = monotonicMs();
			const prepared = prepare(pathOrUrl, requestOptions, startedAt);
			if (typeof prepared === 'function') return reading().then(prepared);
			const early = alreadyAborted(prepared, [options.signal, requestOptions.signal], startedAt);
			if (early) return early;
			let shared = sharedGets.get(prepared.cacheKey);
			if (!shared || shared.abandoned()) {
				// Failures are kept too: one run asks each endpoint once. After a timeout, asking
				// again would only wait a second full timeout (a new run gets a new client).
				shared = shareRequest(signal => perform('GET', prepared, undefined, requestOptions, [signal], startedAt));
				sharedGets.set(prepared.cacheKey, shared);
			}
			return shared.join(requestOptions.signal, reason =>
				reading().then(read => read.failureFromAbort(reason, {url: prepared.url, apiKey, startedAt})));
		},
		presentedIssuer(url) {
			const hop = route(url, env);
			return hop.kind === 'invalid' ? Promise.resolve(undefined) : reading().then(read => issuerAt(url, hop, read));
		},
		async post(pathOrUrl, body, requestOptions = {}) {
			const startedAt = monotonicMs();
			const prepared = prepare(pathOrUrl, requestOptions, startedAt);
			if (typeof prepared === 'function') return prepared(await reading());
			const early = alreadyAborted(prepared, [options.signal, requestOptions.signal], startedAt);
			if (early) return early;
			const signals = requestOptions.signal ? [requestOptions.signal] : [];
			return perform('POST', prepared, body === undefined ? undefined : JSON.stringify(body), requestOptions, signals, startedAt);
		},
	};
}

type SharedRequest = {
	promise: Promise<HttpResult>;
	/**
	 * A caller without a signal gets `promise` itself. A caller with one gets its own
	 * promise that settles early when its signal fires; the request itself is only
	 * aborted once every caller that joined has given up.
	 */
	join(signal: AbortSignal | undefined, onAbort: (reason: unknown) => Promise<HttpResult>): Promise<HttpResult>;
	/** Every caller gave up and the request was aborted: a new caller needs a new request. */
	abandoned(): boolean;
};

function shareRequest(start: (signal: AbortSignal) => Promise<HttpResult>): SharedRequest {
	const controller = new AbortController();
	let waiting = 0;
	let someoneWaitsUnconditionally = false;
	const promise = start(controller.signal);
	return {
		promise,
		abandoned: () => controller.signal.aborted,
		join(signal, onAbort) {
			if (!signal) {
				someoneWaitsUnconditionally = true;
				return promise;
			}
			if (signal.aborted) return onAbort(signal.reason);
			waiting += 1;
			return new Promise((resolve, reject) => {
				const giveUp = () => {
					waiting -= 1;
					if (waiting === 0 && !someoneWaitsUnconditionally) controller.abort(signal.reason);
					resolve(onAbort(signal.reason));
				};
				signal.addEventListener('abort', giveUp, {once: true});
				const stopListening = () => signal.removeEventListener('abort', giveUp);
				promise.then(
					result => {
						stopListening();
						resolve(result);
					},
					(error: unknown) => {
						stopListening();
						reject(error);
					},
				);
			});
		},
	};
}
