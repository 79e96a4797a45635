// Types of the HTTP client's results. Implementation: client.ts; parsers: parse.ts.
import type {Redirect} from './redirect.js';

/** Why a request produced no HTTP answer at all. */
export type HttpFailureReason =
	| 'timeout' // our deadline (AbortSignal.timeout) or undici's connect/headers/body timeout
	| 'aborted' // the user pressed Ctrl+C / the caller aborted
	| 'connection_refused'
	| 'connection_reset' // reset or closed by the other side before/mid response
	| 'dns' // ENOTFOUND / EAI_AGAIN
	| 'tls' // certificate or handshake problems
	| 'proxy' // the configured HTTP(S)_PROXY refused or failed
	| 'insecure_url' // refused to send the key over plain http to a non-loopback host
	| 'unsendable_key' // the key holds characters no HTTP header can carry: nothing was sent
	| 'invalid_url'
	| 'other';

/** What was wrong with a body that did arrive. */
export type BodyProblem =
	| 'empty'
	| 'not_json' // e.g. an HTML portal/login/captive page
	| 'malformed_json' // truncated or invalid JSON
	| 'too_large' // over the byte cap (once decompressed); reading stopped there
	| 'undecodable' // compressed (Content-Encoding) in a way that could not be undone
	| 'binary'; // bytes that are no text (never shown; `binaryBytes` holds their size)

/** The error an answer carries, read from any shape (error-body.ts): `{"error": {...}}`, `{code, message}`, plain text… */
export type ApiErrorBody = {
	/** Already stripped of escape sequences and with any API key masked. */
	message: string;
	type?: string | undefined;
	code?: string | number | undefined;
	param?: string | undefined;
	metadata?: Record<string, unknown> | undefined;
	/** An HTTP status the body names itself (`statusCode: 503`, `Error code: 402 - …` from a gateway). */
	status?: number | undefined;
	/** Read from the answer of the service behind a gateway, which the gateway carried in its own error (`details`). */
	passedOn?: true | undefined;
};

/** The server answered (any status). */
export type HttpAnswer = {
	kind: 'answer';
	/** The URL asked, safe to show (never holds the key). */
	url: string;
	status: number;
	/** `x-ds-trace-id` (or a relay's request id) when present. */
	traceId: string | undefined;
	contentType: string | undefined;
	/** Raw body text up to the cap, for parsers only: NOT safe to print as is. */
	text: string;
	/** Parsed JSON, or undefined when `bodyProblem` is set. */
	json: unknown;
	bodyProblem: BodyProblem | undefined;
	/** A 3xx with a Location: where it sends the call (never followed). */
	redirect?: Redirect;
	/** With bodyProblem `binary`: the body's size in bytes (decompressed). */
	binaryBytes?: number;
	/** Parsed error body when the JSON has one (also on HTTP 200, as one-api sends). */
	apiError: ApiErrorBody | undefined;
	durationMs: number;
};

/** No HTTP answer: the request failed before or while reading it. */
export type HttpFailure = {
	kind: 'failure';
	url: string;
	reason: HttpFailureReason;
	/** A clear sentence, safe to print. */
	message: string;
	/** The low-level code (ECONNRESET, UND_ERR_BODY_TIMEOUT, …) for details/debugging. */
	code: string | undefined;
	/**
	 * The status line had arrived when it failed: the server was reached and began its
	 * answer, and the body was cut off (a stall or a closed connection mid-body).
	 */
	partialStatus?: number;
	/** An HTTP proxy took the connection but never answered the tunnel request (CONNECT): the proxy itself is silent. */
	tunnelUnanswered?: true;
	/** An HTTP proxy opened the tunnel (answered CONNECT), then the connection closed before the service said anything: its way on failed. */
	tunnelClosed?: true;
	/**
	 * An HTTP proxy opened the tunnel to a port other than 443, then plain text came through it, not TLS: what answers
	 * at that port most likely speaks plain HTTP (the base URL's port or https:// is wrong), as direct (checks/network.ts plainAnswer).
	 */
	tunnelPlain?: true;
	/** An HTTP proxy refused the login its URL holds (407, or tinyproxy's 401). */
	loginRefused?: true;
	/** The http:// proxy is a SOCKS5 port: its URL with socks5://, its user kept and its password only as socks-port.ts's passwordMark. */
	socksUrl?: string;
	/** The certificate presented was not trusted: what is known about it. */
	untrusted?: UntrustedFacts;
	/**
	 * A proxy's failure told in its own words (proxyMessages.failed's `detail`, one sentence): `message` is built from
	 * them, and so is the row said again with other advice where going direct fails too (checks/unreached.ts).
	 */
	proxyWords?: string;
	durationMs: number;
};

/**
 * A certificate Node did not trust: who issued it (sanitised CN, O; null when it could not be read
 * again), the proxy the connection ran through when that is known (no login), and the file
 * NODE_EXTRA_CA_CERTS names, with whether Node could read it (when not, Node ignored it).
 */
/**
 * `systemTrusted`: this computer's own certificate store trusts the authority the certificate comes from (Node does not
 * read it). `otherToolsCaHoldsIssuer`: the file other tools here trust (deepseek/extra-ca.ts otherToolsCaFile) holds that
 * authority; only where such a file is named and the issuer was read. `otherToolsCaMissingRoot`: that file holds part of
 * the chain (an intermediate) and not the root that issued it (`CN, O`), without which Node does not trust it; the same
 * of NODE_EXTRA_CA_CERTS's file in `extraCaFile.missingRoot`. `chainRoot`: where `issuer` is an intermediate sent along,
 * the root above it (`CN, O`), the certificate Node needs.
 */
export type UntrustedFacts = {issuer: string | null; chainRoot?: string; proxy: string | null; extraCaFile: {path: string; readable: boolean; missingRoot?: string} | null; systemTrusted: boolean; otherToolsCaHoldsIssuer?: boolean; otherToolsCaMissingRoot?: string};

/** Who issued a certificate Node did not trust, and whether this computer's own store trusts its authority (presented-certificate.ts). */
/** `validFrom`, `validTo`: the certificate's dates (ISO), where they could be read; `otherToolsCaHolds`: as UntrustedFacts' `otherToolsCaHoldsIssuer`. */
export type PresentedIssuer = {issuer: string; chainRoot?: string; systemTrusted: boolean; otherToolsCaHolds?: boolean; otherToolsCaMissingRoot?: string; extraCaMissingRoot?: string; validFrom?: string; validTo?: string};

export type HttpResult = HttpAnswer | HttpFailure;

export type RequestOptions = {
	/** Send `Authorization: Bearer <key>` (default true). Only ever sent to the base URL's origin. */
	auth?: boolean;
	headers?: Record<string, string>;
	/** Extra abort signal (combined with the client's own and the timeout). */
	signal?: AbortSignal;
	/** Override the client's per-request deadline. */
	timeoutMs?: number;
	/** Override the body cap in bytes (default 1 MiB). */
	maxBytes?: number;
};

export type ApiClient = {
	/** The normalised base URL requests are resolved against. */
	readonly baseUrl: string;
	/**
	 * GET a path under the base URL (`/models`) or an absolute URL (the status page).
	 * Within one client, GETs with the same URL and auth share one request and its outcome,
	 * failures included: checks that need the same answer never ask twice (one client per run).
	 */
	get(pathOrUrl: string, options?: RequestOptions): Promise<HttpResult>;
	/** POST JSON (never shared). */
	post(pathOrUrl: string, body: unknown, options?: RequestOptions): Promise<HttpResult>;
	/**
	 * Who issued the certificate presented at `url`'s host, read the way requests go there (the same proxy),
	 * once per host and route in this client (presented-certificate.ts): only after a certificate was not trusted.
	 */
	presentedIssuer(url: URL): Promise<PresentedIssuer | undefined>;
};

export type Parsed<T> = {ok: true; value: T} | {ok: false; reason: string};

/**
 * Why a proxy variable holds no usable URL: `no_scheme` — only host:port (curl and Python's
 * requests take it as http://, Node's clients do not), kept in `bare` to be shown, since it
 * holds no login; `socks4` — a SOCKS4 proxy, which undici does not speak; `login` — a password
 * with an unencoded `/`, `?` or `#` (loginCutShort); `quoted` — a value inside quotes, which
 * became part of it (Windows' `set V="…"`, some .env and Docker files); `full_width` — full-width
 * characters a Chinese input method typed (`characters`, as typed), `bare` the URL in half-width ones
 * (without a login); `other`.
 */
export type BadProxy = {kind: 'no_scheme'; bare: string} | {kind: 'full_width'; bare: string; characters: string} | {kind: 'socks4'} | {kind: 'login'} | {kind: 'quoted'} | {kind: 'other'};
