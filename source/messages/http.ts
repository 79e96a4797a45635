// Sentences about HTTP failures and unreadable answers (failures.ts, client.ts, parse.ts); a base
// URL's are in base-url.ts, which the start needs before any request.
// Values passed in are already safe to print; the client sanitises whole sentences again.
import type {BadProxy} from '../deepseek/types.js';
import {localized, type Messages} from './language.js';
import * as zhCN from './zh-CN/http.js';

/** Why a request produced no answer (client.ts, failures.ts). `host` includes the port when not the default. */
const httpFailureMessagesEn = {
	invalidUrl: (p: {url: string}) => `"${p.url}" is not a valid http(s) URL, so no request was made.`,
	insecureUrl: (p: {host: string}) =>
		`Refusing to send your API key to ${p.host} over plain http: use an https:// base URL (plain http is only allowed to this computer, e.g. localhost).`,
	timeout: (p: {host: string; seconds: string}) =>
		`${p.host} did not answer within ${p.seconds} s: the service may be slow or unreachable from here; try again, or allow more time with --timeout.`,
	/** No answer in time through a proxy: the proxy's CONNECT or the service behind it. */
	timeoutViaProxy: (p: {host: string; seconds: string; proxy: string; variable: string}) =>
		`${p.host} did not answer within ${p.seconds} s through the proxy ${p.proxy} (from ${p.variable}): the proxy, or the service behind it, may be slow or unreachable; check the proxy, try again, or allow more time with --timeout.`,
	/** The HTTP proxy took the connection, but never answered the request to open a tunnel (CONNECT) to `host`. */
	tunnelUnanswered: (p: {host: string; seconds: string; proxy: string; variable: string}) =>
		`${p.host} did not answer within ${p.seconds} s: the proxy ${p.proxy} (from ${p.variable}) took the connection but never answered the request to open a tunnel to it. A proxy answers that only once it has reached the service (Squid waits up to a minute by default), so it may still be trying to reach ${p.host} (its way out or its DNS slow or blocked), or it is stuck: try again with a longer --timeout (such as 70000) to read the proxy's own answer; if none comes, check or restart the proxy.`,
	/**
	 * The HTTP proxy opened the tunnel to `host` (answered CONNECT), then the connection closed before `host` said anything.
	 * What to do in the proxy app is check_network's title (fixes fakeIpApp), not said here again.
	 */
	tunnelClosed: (p: {host: string; proxy: string; variable: string}) =>
		`The proxy ${p.proxy} (from ${p.variable}) opened the tunnel to ${p.host}, then closed it before ${p.host} answered: a proxy app (Clash, v2rayN…) does so when its node cannot reach the host or its rules block it.`,
	timeoutMidBody: (p: {host: string; seconds: string; status: number}) =>
		`${p.host} started answering (HTTP ${p.status}) but stopped sending before the answer was complete (gave up after ${p.seconds} s): try again later.`,
	aborted: (p: {host: string}) => `The request to ${p.host} was cancelled before it finished.`,
	unsendableKey: (p: {characters: readonly string[]}) =>
		`Not sent, as the key holds characters no HTTP request can carry (${p.characters.join(', ')}).`,
	connectionRefused: (p: {host: string}) =>
		`${p.host} refused the connection: check the host and port in the base URL, and that the service is running.`,
	connectionReset: (p: {host: string}) =>
		`${p.host} closed the connection without answering: a firewall, proxy or VPN may be cutting it; try again, or from another network.`,
	connectionClosedMidBody: (p: {host: string; status: number}) =>
		`${p.host} closed the connection in the middle of its answer (HTTP ${p.status}): the answer is incomplete; try again.`,
	dns: (p: {host: string}) =>
		`Could not resolve ${p.host}: check the spelling of the address and your DNS/network.`,
	networkUnreachable: (p: {host: string}) =>
		`There is no network route to ${p.host}: check that this computer is online (and any VPN).`,
	/**
	 * The certificate presented for `host` is not trusted. `issuer`: who signed it (sanitised CN, O), when it could be read;
	 * `proxy`: the HTTPS proxy the connection ran through (no login); `extra`: the file NODE_EXTRA_CA_CERTS names, and
	 * whether Node could read it (when not, Node warned and ignored it).
	 */
	tlsUntrusted: (p: UntrustedCertificate) => {
		const head = p.issuer && p.systemTrusted
			? `The certificate presented for ${p.host} is not trusted by Node: it was issued by "${p.issuer}", which this computer's own certificate store trusts (a company or an antivirus puts its authority there), but Node does not read that store.`
			: p.issuer
			? `The certificate presented for ${p.host} is not trusted here: it was issued by "${p.issuer}", which this computer does not trust.`
			: `The certificate of ${p.host} is not trusted here.`;
		const proxied = p.proxy
			? `The connection ran through the proxy ${p.proxy.shown} (from ${p.proxy.variable}): most likely that proxy inspects HTTPS and puts its own certificate in place of the service's (if it only passes the connection on, the service's own certificate is the one not trusted).`
			: undefined;
		// Node reads the system's store when told to (22.19 and newer, which this tool needs anyway): no file to find.
		if (p.issuer && p.systemTrusted) return `${head}${proxied ? ` ${proxied}` : ''} Run with NODE_USE_SYSTEM_CA=1 (Node 22.19 or newer; your Node programs need it too), or try another network.`;
		const cause = proxied ?? 'A company proxy or antivirus that inspects HTTPS often causes this.';
		// Signed by an intermediate sent along: Node needs the root above it (docs/development.md).
		const its = p.issuer && p.chainRoot ? `the certificate of "${p.chainRoot}", the root above that issuer`
			: p.issuer ? `the certificate of "${p.issuer}"` : p.proxy ? "the proxy's certificate" : 'its certificate';
		const advice = !p.extra ? `Point NODE_EXTRA_CA_CERTS at ${its}, or try another network.`
			: p.extra.readable && p.extra.missingRoot ? `NODE_EXTRA_CA_CERTS names ${p.extra.file}, which holds only part of this chain, not its root "${p.extra.missingRoot}", and Node needs the root (an intermediate alone is not enough). Add the certificate of "${p.extra.missingRoot}" to that file, or try another network.`
			: p.extra.readable ? `NODE_EXTRA_CA_CERTS names ${p.extra.file}, which does not hold the certificate that signed it: add ${its} to that file (or point NODE_EXTRA_CA_CERTS at it), or try another network.`
			: `NODE_EXTRA_CA_CERTS names ${p.extra.file}, which cannot be read (missing, or not a file this user may read): Node warns and ignores it. Point NODE_EXTRA_CA_CERTS at ${its}, or try another network.`;
		return `${head} ${cause} ${advice}`;
	},
	tlsExpired: (p: {host: string}) =>
		`The certificate of ${p.host} has expired (or this computer's clock is wrong): check the date and time, then try again.`,
	tlsNameMismatch: (p: {host: string}) =>
		`The certificate presented for ${p.host} belongs to another name: something between you and the service (proxy, DNS, captive portal) is answering instead of it.`,
	tlsHandshake: (p: {host: string; code: string}) =>
		`The secure (TLS) connection to ${p.host} failed (${p.code}): check that the base URL uses https:// only where the service speaks it, and any proxy in between.`,
	notHttp: (p: {host: string}) =>
		`${p.host} answered with something that is not HTTP: check the port and the http/https in the base URL.`,
	other: (p: {host: string; detail: string}) => `The request to ${p.host} failed: ${p.detail}`,
};

/** What is known about a certificate Node did not trust (failures.ts). */
type UntrustedCertificate = {host: string; issuer?: string | undefined; chainRoot?: string | undefined; systemTrusted?: boolean | undefined; proxy?: {shown: string; variable: string} | undefined; extra?: {file: string; readable: boolean; missingRoot?: string | undefined} | undefined};

/** What unsetting the proxy variable does: connect directly, or use the proxy in `fallback` (proxy.ts proxyFallback). */
const unsetEn = (fallback: string | undefined) => (fallback ? `to use the proxy in ${fallback}` : 'to connect directly');

/** What proxyMessages.failed ends with (an arrow: the messages test reads its parameters from its text). */
const failedAdviceEn = (p: {variable: string; fallback?: string | undefined; unsetHelps?: boolean}): string =>
	p.unsetHelps === false ? `Check the proxy, or fix ${p.variable}.` : `Check the proxy, or unset ${p.variable} ${unsetEn(p.fallback)}.`;

/**
 * Failures of the proxy set in HTTPS_PROXY / HTTP_PROXY (failures.ts, client.ts). `proxy` is
 * shown as scheme://host:port, never with its login; `variable` is the one that set it;
 * `fallback`, the variable whose proxy applies once it is unset, if any.
 */
const proxyMessagesEn = {
	/** `unsetHelps: false`: going direct was tried and fails too (checks/network.ts), so unsetting the variable is not offered. */
	refused: (p: {proxy: string; variable: string; fallback?: string | undefined; unsetHelps?: boolean}) =>
		p.unsetHelps === false
			? `The proxy ${p.proxy} (from ${p.variable}) refused the connection: start the proxy, or fix ${p.variable}.`
			: `The proxy ${p.proxy} (from ${p.variable}) refused the connection: start the proxy, fix ${p.variable}, or unset it ${unsetEn(p.fallback)}.`,
	unreachable: (p: {proxy: string; variable: string; code: string; fallback?: string | undefined; unsetHelps?: boolean}) =>
		p.unsetHelps === false
			? `Could not connect to the proxy ${p.proxy} (from ${p.variable}; ${p.code}): check the proxy, or fix ${p.variable}.`
			: `Could not connect to the proxy ${p.proxy} (from ${p.variable}; ${p.code}): check the proxy, fix ${p.variable}, or unset it ${unsetEn(p.fallback)}.`,
	dns: (p: {proxy: string; variable: string; fallback?: string | undefined; unsetHelps?: boolean}) =>
		p.unsetHelps === false
			? `Could not resolve the host name of the proxy ${p.proxy} (from ${p.variable}): check its spelling.`
			: `Could not resolve the host name of the proxy ${p.proxy} (from ${p.variable}): check its spelling, or unset ${p.variable} ${unsetEn(p.fallback)}.`,
	/** `status`: 407, or 401 (tinyproxy's answer to a wrong login). */
	authRequired: (p: {proxy: string; variable: string; status: string}) =>
		`The proxy ${p.proxy} (from ${p.variable}) asks for a login (HTTP ${p.status}): put the user and password in the proxy URL, e.g. http://user:password@proxy:8080.`,
	authRejected: (p: {proxy: string; variable: string; status: string}) =>
		`The proxy ${p.proxy} (from ${p.variable}) did not accept the login in its URL (HTTP ${p.status}): check the user and password (percent-encode special characters, e.g. @ as %40).`,
	/** `schemes`: the logins the proxy offers (NTLM, Negotiate), none of them Basic. */
	authNotBasic: (p: {proxy: string; variable: string; schemes: string}) =>
		`The proxy ${p.proxy} (from ${p.variable}) asks for a Windows login (HTTP 407: ${p.schemes}), which this tool cannot give (only a Basic login, from the proxy URL): run a local proxy that logs in for you (Cntlm, Px) and set ${p.variable} to it, or ask the proxy's administrator for a Basic login.`,
	socksAuthRequired: (p: {proxy: string; variable: string}) =>
		`The SOCKS proxy ${p.proxy} (from ${p.variable}) asks for a login: put the user and password in the proxy URL, e.g. socks5://user:password@127.0.0.1:1080.`,
	socksAuthRejected: (p: {proxy: string; variable: string}) =>
		`The SOCKS proxy ${p.proxy} (from ${p.variable}) did not accept the login in its URL: check the user and password (percent-encode special characters, e.g. @ as %40).`,
	/** `detail`: the proxy's own reason, such as "Host unreachable." */
	socksRefusedTarget: (p: {proxy: string; variable: string; detail: string}) =>
		`The SOCKS proxy ${p.proxy} (from ${p.variable}) could not open a connection to the service: ${p.detail} The proxy may block this host or have no route to it; check its rules, or add the host to NO_PROXY.`,
	/** Reply 4 for a host name: the proxy looks names up itself, so it may not resolve this one (Dante answers a name it cannot resolve so). */
	socksNameUnreachable: (p: {proxy: string; variable: string; host: string}) =>
		`The SOCKS proxy ${p.proxy} (from ${p.variable}) could not reach ${p.host} (Host unreachable): the proxy looks the name up itself, and either cannot resolve it or has no route to it. Check the host name in the base URL, then the proxy's DNS and rules, or add the host to NO_PROXY.`,
	/** Reply 4 for an IP address: no name to resolve, so no route. */
	socksAddressUnreachable: (p: {proxy: string; variable: string; host: string}) =>
		`The SOCKS proxy ${p.proxy} (from ${p.variable}) could not reach ${p.host} (Host unreachable): it has no route to that address. Check the address in the base URL and the proxy's rules, or add the host to NO_PROXY.`,
	/** The SOCKS proxy reached `host`, which refused the connection at `port` (reply 5). */
	socksTargetRefused: (p: {proxy: string; variable: string; host: string; port: number}) =>
		`The SOCKS proxy ${p.proxy} (from ${p.variable}) reached ${p.host}, but it refused the connection on port ${p.port}: nothing takes connections there. Check the port in the base URL; if it is right, the service there is down.`,
	refusedTunnel: (p: {proxy: string; variable: string; status: string}) =>
		`The proxy ${p.proxy} (from ${p.variable}) refused to open a connection to the service (HTTP ${p.status}): the proxy may block this host; ask its administrator, or add the host to NO_PROXY.`,
	/** A 403 whose page does not say whose rule refused it (Squid's ERR_ACCESS_DENIED is one page for both). */
	refusedByRules: (p: {proxy: string; variable: string; status: string; host: string}) =>
		`The proxy ${p.proxy} (from ${p.variable}) refused to open a connection to ${p.host} (HTTP ${p.status}): its rules either do not serve this computer or block ${p.host}; ask its administrator, or add the host to NO_PROXY.`,
	/** A 403 whose page says the proxy serves other clients only (tinyproxy's "Access denied", its Allow rules). */
	refusedClient: (p: {proxy: string; variable: string; status: string; host: string}) =>
		`The proxy ${p.proxy} (from ${p.variable}) refused to open a connection to ${p.host} (HTTP ${p.status}, "Access denied"): its rules do not serve this computer, whatever the host; ask its administrator to allow this computer, or add the host to NO_PROXY.`,
	/** A 403 whose page says the proxy's filter names the host (tinyproxy's "Filtered"). */
	refusedFiltered: (p: {proxy: string; variable: string; status: string; host: string}) =>
		`The proxy ${p.proxy} (from ${p.variable}) refused to open a connection to ${p.host} (HTTP ${p.status}, "Filtered"): its filter blocks ${p.host}; ask its administrator to allow ${p.host}, or add the host to NO_PROXY.`,
	/** A 403 to a tunnel to a port other than 443, which Squid's and tinyproxy's default rules refuse. */
	refusedTunnelPort: (p: {proxy: string; variable: string; status: string; host: string; port: number}) =>
		`The proxy ${p.proxy} (from ${p.variable}) refused to open a connection to ${p.host} on port ${p.port} (HTTP ${p.status}): many proxies (Squid's and tinyproxy's default rules) open connections only to port 443; ask its administrator to allow port ${p.port}, use an address of the service on port 443, or add the host to NO_PROXY.`,
	/** The HTTP proxy's answer to CONNECT was not HTTP (a SOCKS or other service on that port). */
	notHttpProxy: (p: {proxy: string; variable: string}) =>
		`The proxy ${p.proxy} (from ${p.variable}) did not answer as an HTTP proxy: check the port in ${p.variable}; a SOCKS proxy's URL starts with socks5://.`,
	/**
	 * The http:// proxy closed the tunnel request unanswered, and its port answers as a SOCKS5 proxy (`socks`: its URL so,
	 * its password shown only as … where it has one: `password`). What to write is check_proxy's title (fixes
	 * proxySpeaksSocks, which says what goes in place of …): this says what was found and what that fix leaves out.
	 */
	speaksSocks: (p: {proxy: string; variable: string; socks: string; password: boolean}) =>
		`The proxy ${p.proxy} (from ${p.variable}) closed the tunnel request without answering: that port speaks SOCKS5, not HTTP (Clash's mixed-port, 7890 by default, speaks both). Python's httpx takes ${p.socks} only with pip install "httpx[socks]".`,
	/** The SOCKS5 proxy's answer was not SOCKS5 (an HTTP proxy or other service on that port). */
	notSocksProxy: (p: {proxy: string; variable: string}) =>
		`The proxy ${p.proxy} (from ${p.variable}) did not answer as a SOCKS5 proxy: check the port in ${p.variable}; an HTTP proxy's URL starts with http://.`,
	/** An https:// proxy that answered the TLS handshake in plain text. */
	tlsPlainProxy: (p: {proxy: string; variable: string; code: string}) =>
		`The proxy ${p.proxy} (from ${p.variable}) does not speak TLS, yet its URL starts with https:// (${p.code}): most proxies, local ones too, take plain HTTP; write http:// in ${p.variable}, also for https sites.`,
	/** Any other failed TLS handshake with an https:// proxy. */
	tlsProxy: (p: {proxy: string; variable: string; code: string}) =>
		`The secure (TLS) connection to the proxy ${p.proxy} (from ${p.variable}) failed (${p.code}): if the proxy has a certificate of its own, point NODE_EXTRA_CA_CERTS at it; if it takes plain HTTP, write http:// in ${p.variable}.`,
	/** The proxy answered CONNECT with a gateway error (502, 503, 504): it could not reach the service. */
	tunnelUnreached: (p: {proxy: string; variable: string; status: string}) =>
		`The proxy ${p.proxy} (from ${p.variable}) could not reach the service (it answered HTTP ${p.status} to the tunnel request): the service, or the proxy's own way out, may be down; try again later, or ask the proxy's administrator if it lasts.`,
	/**
	 * After `failed` (the proxy's own failure): going direct (DNS and a TCP connect, nothing sent), `host` took the
	 * connection. `variables`: those to unset for the calls to go direct (HTTPS_PROXY, or HTTPS_PROXY and HTTP_PROXY set alike).
	 */
	goingDirectWorks: (p: {failed: string; host: string; variables: readonly string[]}) =>
		`${p.failed} Going direct, ${p.host} is reachable: unsetting ${p.variables.join(' and ')} is enough, unless this network requires the proxy.`,
	/** After `failed`: going direct failed too (`code`, such as ENOTFOUND or ECONNREFUSED, never a timeout): the way around the proxy is no way out. Short: it follows the proxy's own sentence on small screens. */
	goingDirectFails: (p: {failed: string; code: string; variables: readonly string[]}) =>
		`${p.failed} Going direct fails too (${p.code}): this network needs the proxy (or is offline), so unsetting ${p.variables.join(' and ')} will not help.`,
	/**
	 * After `failed`: going direct, `hostPort` (the base URL's host and port) refused the connection (`code`:
	 * ECONNREFUSED, ECONNRESET): the host was reached, so the network is not offline, but the service there does not
	 * take connections. Unsetting the proxy variables alone will not help: the service must run first.
	 */
	goingDirectRefused: (p: {failed: string; hostPort: string; code: string; variables: readonly string[]}) =>
		`${p.failed} Going direct, ${p.hostPort} refuses the connection (${p.code}): the host is reached, but its service is down or on another port, so unsetting ${p.variables.join(' and ')} alone will not help.`,
	/** The same at api.deepseek.com, which takes connections on its port: a firewall on the way refused, so this network needs the proxy. */
	goingDirectFirewall: (p: {failed: string; hostPort: string; code: string; variables: readonly string[]}) =>
		`${p.failed} Going direct, ${p.hostPort} refuses the connection (${p.code}): DeepSeek's API takes connections, so a firewall on this network blocks it; this network needs the proxy, so unsetting ${p.variables.join(' and ')} will not help.`,
	/**
	 * A failure of the proxy said in its own words (`detail`, kept as the failure's `proxyWords`). `unsetHelps: false`:
	 * the network check's direct look found that going direct fails too (checks/unreached.ts says the rows again so
	 * from those words), so unsetting the variable is not offered.
	 */
	failed: (p: {proxy: string; variable: string; detail: string; fallback?: string | undefined; unsetHelps?: boolean}) =>
		`The proxy ${p.proxy} (from ${p.variable}) failed: ${p.detail} ${failedAdviceEn(p)}`,
	/** The HTTP proxy opened the tunnel to `host` at 443 (answered CONNECT 200), then plain text came through it, not TLS. */
	tunnelNotTls: (p: {proxy: string; variable: string; host: string; code: string}) =>
		`The proxy ${p.proxy} (from ${p.variable}) opened the tunnel to ${p.host}, but what came through it is plain text, not TLS (${p.code}): the proxy, or a filter behind it, answers in ${p.host}'s place (a block or login page); ask whoever runs the proxy to let ${p.host} through.`,
	/**
	 * The same at a port other than 443: as direct (checks.ts plainAnswer), what answers at that port most likely speaks
	 * plain HTTP itself; less often the proxy answers in its place. The plain text first: a short window keeps one or
	 * two rows of it under the title, which names host:port already.
	 */
	tunnelPlainPort: (p: {proxy: string; variable: string; host: string; port: number; code: string}) =>
		`Plain text, not TLS, came through the tunnel the proxy ${p.proxy} (from ${p.variable}) opened to ${p.host}:${p.port} (${p.code}): what answers at that port most likely speaks plain HTTP, so the port or the https:// in the base URL is wrong (less often, the proxy or a filter behind it answers in its place).`,
	/** `problem`: what is wrong with it, where that can be told (deepseek/types.ts BadProxy; `bare` holds no login). */
	badVariable: (p: {variable: string; problem: BadProxy}) => {
		switch (p.problem.kind) {
			case 'no_scheme':
				return `${p.variable} holds ${p.problem.bare} without a scheme: write http://${p.problem.bare} (curl and Python's requests read it so; Node programs, this tool too, need the http://), or unset it to connect directly.`;
			case 'full_width':
				return `${p.variable} holds full-width characters (${p.problem.characters}), as a Chinese input method types them: write it as ${p.problem.bare}, or unset it to connect directly.`;
			case 'socks4':
				return `${p.variable} names a SOCKS4 proxy, which this tool (like Node's HTTP clients) cannot use: give the proxy's socks5:// or http:// address, or unset it to connect directly.`;
			case 'quoted':
				return `${p.variable}'s value starts and ends with quotes, which became part of it (Windows' set command and some .env or Docker files keep them): remove the quotes.`;
			case 'login':
				return `The password in ${p.variable} holds a "/", "?" or "#" written as is, which ends the proxy's address early: write them as %2F, %3F and %23 (http://user:pa%2Fss@host:port).`;
			default:
				return `${p.variable} does not hold a proxy URL: write it as http://host:port (with a login: http://user:password@host:port), or unset it to connect directly.`;
		}
	},
};

/** Why an answer did not have the expected shape (parse.ts). */
const shapeMessagesEn = {
	balance: {
		notAnObject: 'The balance answer is not a JSON object, so it is not DeepSeek\'s /user/balance.',
		noAvailability: 'The balance answer has no true/false "is_available": it is not DeepSeek\'s /user/balance.',
		noBalanceList: 'The balance answer has no "balance_infos" list: it is not DeepSeek\'s /user/balance.',
		badEntry: (p: {index: number}) =>
			`Entry ${p.index + 1} of "balance_infos" in the balance answer is not an object with a currency.`,
		/** The currency is no code of three letters (CNY, USD): its value is never shown, it may be anything the server sent back. */
		badCurrency: (p: {index: number}) =>
			`The balance answer's currency in entry ${p.index + 1} of "balance_infos" is not a currency code such as CNY or USD.`,
		badAmount: (p: {field: string; index: number}) =>
			`The balance answer's "${p.field}" in entry ${p.index + 1} is not a decimal amount.`,
	},
	models: {
		notAnObject: 'The model list answer is not a JSON object.',
		notAList: 'The model list answer is not a list ("object" is not "list").',
		noDataList: 'The model list answer has no "data" list of models.',
		badEntry: (p: {index: number}) =>
			`Entry ${p.index + 1} of the model list has no text "id".`,
	},
	status: {
		notAnObject: 'The status page answer is not a JSON object with "data".',
		noComponents: 'The status page answer has no "components" list.',
		badComponent: (p: {index: number}) =>
			`Component ${p.index + 1} on the status page has no text "name" and "status".`,
		unknownStatus: (p: {status: string}) =>
			`The status page reports a component status this tool does not know ("${p.status}"), so the service status is unknown.`,
	},
};

// Every table above in each language; the Simplified Chinese ones are in zh-CN/http.ts, of the same types.
export type HttpFailureMessages = Messages<typeof httpFailureMessagesEn>;
export type ProxyMessages = Messages<typeof proxyMessagesEn>;
export type ShapeMessages = Messages<typeof shapeMessagesEn>;
export const httpFailureMessages: HttpFailureMessages = localized({en: httpFailureMessagesEn, 'zh-CN': zhCN.httpFailureMessages});
export const proxyMessages: ProxyMessages = localized({en: proxyMessagesEn, 'zh-CN': zhCN.proxyMessages});
export const shapeMessages: ShapeMessages = localized({en: shapeMessagesEn, 'zh-CN': zhCN.shapeMessages});
