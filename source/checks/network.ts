// Can this machine reach the base URL's host at all? DNS, then a TCP connect and, for
// https, a TLS handshake. With a proxy configured it is the proxy that must be reachable.
import {lookup} from 'node:dns/promises';
import net from 'node:net';
import {monotonicMs} from '../monotonic.js';
import {isFakeIp, type FakeIpFailure} from '../deepseek/fake-ip.js';
import {hostsFilePath, resolvedHere, resolvedPrivate} from '../deepseek/resolved-here.js';
import {officialApiHost} from '../deepseek/facts.js';
import {baseUrlWithHost, isLoopbackHost, portOf} from '../deepseek/url.js';
import {utcMinute} from '../text/when.js';
import {clockSystem, thisMachine, wsl2, type ClockSystem} from '../deepseek/wsl.js';
import {containerName} from '../deepseek/container-names.js';
import {runningContainer, thisContainer, type Container} from '../deepseek/container.js';
import {isTlsErrorCode, plainTextAnswer, untrustedCertificate, untrustedChainCode} from '../deepseek/failures.js';
import {asProxyOfOurs, bypassedProxy, firstHop, hasLogin, localCallsProxy, otherToolsProxy, proxyChoice, emptyNoProxyHides, proxyFallback, proxyPort, readByAllClients, unsetToGoDirect, type FirstHop} from '../deepseek/proxy.js';
import {directFinding, withDirectFinding, type DirectLook} from '../deepseek/going-direct.js';
import {readSystemProxy} from '../deepseek/system-proxy.js';
import {othersSkipCertificateChecks, verifiedTls} from '../deepseek/tls-policy.js';
import {otherToolsCaFile} from '../deepseek/extra-ca.js';
import {proxyMessages} from '../messages/http.js';
import {checkMessages} from '../messages/checks.js';
import {sanitize} from '../text/safe.js';
import type {Check, CheckContext, CheckOutcome} from './types.js';

/** The addresses a name resolved to, in the order the system gave them (on most dual-stack systems, IPv6 first). */
type Resolved = ReadonlyArray<{address: string; family: number}>;

/** Every address `host` resolves to (itself, for an address), within `signal`: connect tries them in turn. */
async function resolve(host: string, signal: AbortSignal): Promise<Resolved> {
	const family = net.isIP(host);
	return family === 0 ? raceAbort(lookup(host, {all: true}), signal) : [{address: host, family}];
}

/**
 * Connects to the first hop as the requests do: with several addresses, Happy Eyeballs (Node's
 * autoSelectFamily, which undici's connections use too), so an IPv6 address that does not
 * connect is not the whole answer where IPv4 does. Gives the address that connected, and the
 * ones tried before it that did not. `seen.tcp`: whether a TCP connection was made, where TLS then failed or timed out
 * (at a fake-ip address: the proxy app's TUN took it, and something behind it failed).
 */
async function connect(target: FirstHop, addresses: Resolved, signal: AbortSignal, seen: {tcp: boolean} = {tcp: false}): Promise<{ms: number; address: string; notConnected: string[]}> {
	// node:tls costs ~10 ms to load: only when the first hop really is TLS.
	const tls = target.tls ? await import('node:tls') : undefined;
	const [first] = addresses;
	const where = addresses.length > 1 || first === undefined
		? {host: target.host, autoSelectFamily: true, lookup: ((_name, _options, done) => done(null, [...addresses])) as net.LookupFunction}
		: {host: first.address};
	return new Promise((resolve, reject) => {
		const began = monotonicMs();
		const socket = tls
			? tls.connect({...where, port: target.port, servername: net.isIP(target.host) ? undefined : target.host, ...verifiedTls})
			: net.connect({...where, port: target.port});
		const finish = (error?: Error) => {
			// The one that connected, as resolved (a TUN in between may show the socket another remote address).
			const remote = socket.remoteAddress;
			const address = addresses.find(entry => entry.address === remote)?.address ?? first?.address ?? target.host;
			// "address:port" for each address tried, the one that connected last.
			const tried = (socket.autoSelectFamilyAttemptedAddresses ?? []).map(entry => entry.slice(0, entry.lastIndexOf(':')));
			socket.destroy();
			signal.removeEventListener('abort', onAbort);
			if (error) reject(error);
			else resolve({ms: Math.round(monotonicMs() - began), address, notConnected: tried.filter(entry => entry !== address)});
		};
		const onAbort = () => finish(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
		signal.addEventListener('abort', onAbort, {once: true});
		socket.once('connect', () => {
			seen.tcp = true;
		});
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
	get title() {
		return checkMessages.network.title;
	},
	async run(ctx, signal) {
		const outcome = await reach(ctx, signal);
		const api = new URL(ctx.baseUrl);
		return api.protocol === 'https:' && othersSkipCertificateChecks(ctx.env) ? withCertificateChecksOff(outcome, api.hostname) : outcome;
	},
};

/**
 * NODE_TLS_REJECT_UNAUTHORIZED=0: this tool checked the certificate anyway (deepseek/tls-policy.ts), but the
 * user's Node programs do not, and send the key to whatever answers. Said on a connection that worked (a
 * warning: anything on the way could read the key) and after a certificate not trusted (they connect anyway).
 */
function withCertificateChecksOff(outcome: CheckOutcome, host: string): CheckOutcome {
	const details = {...outcome.details, certificateChecksOff: true};
	if (outcome.status === 'pass' || outcome.status === 'warn') {
		return {status: 'warn', summary: checkMessages.network.certificateChecksOff({reached: outcome.summary, host}), details};
	}
	if (outcome.details?.['untrustedCertificate']) return {...outcome, summary: checkMessages.network.certificateChecksOffUntrusted({failed: outcome.summary}), details};
	return {...outcome, details};
}

async function reach(ctx: CheckContext, signal: AbortSignal): Promise<CheckOutcome> {
	const target = firstHop(ctx.baseUrl, ctx.env);
	if ('invalidProxy' in target) {
		const summary = proxyMessages.badVariable({variable: target.invalidProxy, problem: target.problem});
		// What is wrong with it, for the fix to say what to write (`bare` holds no login).
		const badProxy = {variable: target.invalidProxy, ...target.problem};
		return {status: 'fail', summary, details: {proxy: null, stage: 'proxy', code: null, reason: 'proxy', badProxy}};
	}
	// The base URL, parsed once for the proxy rules below.
	const api = new URL(ctx.baseUrl);
	// With a proxy, the first hop is the proxy: a failure there is said as the client says the proxy's (failures.ts).
	const proxy = target.viaProxy && target.proxyVariable ? {proxy: target.viaProxy, variable: target.proxyVariable, fallback: proxyFallback(api, ctx.env, target.proxyVariable)} : undefined;
	const deadline = AbortSignal.any([signal, AbortSignal.timeout(ctx.timeoutMs)]);
	// What the proxy variable taken leaves aside, said after the proxy's sentence: its upper-case twin (whose
	// proxy unsetting it would use), and where the proxy answers, the http proxy taken for https (others go direct).
	const choice = target.viaProxy === undefined ? undefined : proxyChoice(api, ctx.env);
	const details: Record<string, unknown> = {host: target.host, port: target.port, proxy: target.viaProxy ?? null};
	// Which variable set that proxy, for a fix to name (the sentence names it too).
	if (target.viaProxy !== undefined && target.proxyVariable) details.proxyVariable = target.proxyVariable;
	if (choice) details.proxyChoice = {variable: choice.variable, shadows: choice.shadows ?? null, httpForHttps: choice.httpForHttps};
	// An empty no_proxy hiding the NO_PROXY that names this host: the others go direct.
	const hidden = target.viaProxy !== undefined && emptyNoProxyHides(api, ctx.env);
	if (hidden) details.emptyNoProxy = true;
	const withChoice = (said: string, answered = false) => {
		const shadowed = choice?.shadows ? checkMessages.network.proxyShadows({reached: said, variable: choice.variable, twin: choice.shadows}) : said;
		const told = answered && choice?.httpForHttps ? checkMessages.network.httpProxyForHttps({reached: shadowed, variable: choice.variable, host: api.hostname}) : shadowed;
		return hidden ? checkMessages.network.emptyNoProxy({reached: told, host: api.hostname}) : told;
	};
	// Through an http(s) proxy to a host elsewhere: can this computer reach that host directly too? Where only the
	// proxy gets through, a program that does not read the proxy variables (Node's fetch) cannot connect.
	// Not where curl and Python's clients would go direct themselves (HTTP_PROXY for https, an empty no_proxy):
	// those sentences say so. Started beside the proxy's connect, so it costs nothing where it works.
	const warnsDirect = proxy !== undefined && /^https?:/.test(proxy.proxy) && !choice?.httpForHttps;
	// The variables to unset for the calls to go direct (none where that would reach another proxy): where the proxy
	// itself fails, or refuses the tunnel (an API check's failure, diagnose/network.ts), whether going direct works says
	// which way out is the one (going-direct.ts). A SOCKS proxy, and HTTP_PROXY taken for https, too.
	const unset = proxy ? unsetToGoDirect(api, ctx.env) : undefined;
	const directTry = proxy && (warnsDirect || unset) && !hidden && !isLoopbackHost(api.hostname)
		? reachable(api.hostname.replace(/^\[|\]$/g, ''), portOf(api), AbortSignal.any([deadline, AbortSignal.timeout(directMs)]))
		: undefined;
	/** The direct look's finding as the detail records it (`unset` where unsetting goes direct), once it is done. */
	const directLook = async (): Promise<DirectLook | undefined> => {
		const look = directTry && (await directTry);
		return look && {reachable: look.reachable, code: look.code ?? null, unset: unset ?? [], port: portOf(api)};
	};
	/**
	 * A failure of the proxy itself (its connect, its name): what going direct found, said after it, and its detail.
	 * `resay`: the proxy's sentence without "or unset it", for where going direct fails too (it would not help).
	 */
	const withDirect = async (failed: string, failure: Record<string, unknown>, resay?: () => string) => {
		const look = await directLook();
		if (!look) return {failed, failure};
		const said = resay && directFinding(look) === 'fails' ? resay() : failed;
		return {failed: withDirectFinding(said, look, api.hostname), failure: {...failure, directConnect: look}};
	};
	// ALL_PROXY is not ours to use, but the user's program may send its calls through it.
	const theirs = target.viaProxy === undefined ? otherToolsProxy(api, ctx.env) : undefined;
	// A side look: a dropped connect must not hold the whole run for the full deadline.
	const theirsReached = theirs ? reachProxy(theirs.url, AbortSignal.any([deadline, AbortSignal.timeout(otherToolsProxyMs)])) : undefined;
	// A proxy is set, but NO_PROXY sends this host around it: where going direct fails, that entry is the likely cause.
	const bypassed = target.viaProxy === undefined ? bypassedProxy(api, ctx.env) : undefined;
	/**
	 * A direct failure where NO_PROXY sent the request around the proxy set, or while ALL_PROXY
	 * holds a proxy that answers (the user's program most likely goes through it): say so, and how to check that way.
	 */
	const throughTheirs = async (failed: string, failure: Record<string, unknown>) => {
		if (bypassed) {
			const shown = {...bypassed, entry: sanitize(bypassed.entry)};
			return {status: 'fail' as const, summary: checkMessages.network.noProxyBypass({failed, host: target.host, ...shown}), details: {...failure, bypassedProxy: shown}};
		}
		const other = theirs && (await theirsReached);
		// Nothing answers there either: a program that goes through it (a VPN client's proxy left off) cannot connect at all.
		if (theirs && other && !other.reachable) {
			return {
				status: 'fail' as const,
				summary: checkMessages.network.otherToolsProxyAlsoDown({failed, variable: theirs.variable, proxy: theirs.shown}),
				details: {...failure, otherToolsProxy: {variable: theirs.variable, proxy: theirs.shown, reachable: false, code: other.code ?? null}},
			};
		}
		if (!theirs) return throughSystemProxy(failed, failure);
		const suggested = other?.reachable ? asProxyOfOurs(theirs) : undefined;
		if (!suggested) return {status: 'fail' as const, summary: failed, details: failure};
		// Its login is never shown: the sentence says to copy it from the variable (a SOCKS proxy with one refuses calls without it).
		const login = hasLogin(theirs.url);
		return {
			status: 'fail' as const,
			summary: checkMessages.network.otherToolsProxyUnused({failed, variable: theirs.variable, proxy: theirs.shown, suggested, login}),
			details: {...failure, otherToolsProxy: {variable: theirs.variable, proxy: theirs.shown, reachable: true, code: null, suggested, ...(login ? {login: true} : {})}},
		};
	};
	/**
	 * Going direct failed with no proxy variable at all: the system's own proxy settings (a proxy app's
	 * "system proxy", a company's PAC script) are what browsers follow and Node programs do not read.
	 */
	const throughSystemProxy = async (failed: string, failure: Record<string, unknown>) => {
		const none = {status: 'fail' as const, summary: failed, details: failure};
		if (target.viaProxy !== undefined || isLoopbackHost(api.hostname)) return none;
		const look = AbortSignal.any([deadline, AbortSignal.timeout(otherToolsProxyMs)]);
		const system = await readSystemProxy(api.hostname, ctx.env, process.platform, look);
		if (!system) return none;
		const from = system.from;
		if (system.proxy === undefined) {
			const pac = system.pac ? sanitize(system.pac) : '';
			return {status: 'fail' as const, summary: checkMessages.network.systemPac({failed, from, pac, host: api.hostname}), details: {...failure, systemProxy: {from, pac}}};
		}
		const proxy = sanitize(system.proxy);
		const reached = await reachProxy(new URL(system.proxy), look);
		const systemProxy = {from, proxy, reachable: reached.reachable, code: reached.code ?? null};
		return reached.reachable
			? {status: 'fail' as const, summary: checkMessages.network.systemProxyUnused({failed, from, proxy}), details: {...failure, systemProxy}}
			: {status: 'fail' as const, summary: checkMessages.network.systemProxyDown({failed, from, proxy}), details: {...failure, systemProxy}};
	};
	let resolved: Resolved;
	try {
		resolved = await resolve(target.host, deadline);
	} catch (error) {
		const code = errorCode(error);
		// A name only containers resolve, going direct: where it comes from, and localhost for it here (no proxy or
		// system setting would resolve it either).
		const inContainers = code !== 'TIMEOUT' && !proxy ? containerName(target.host) : undefined;
		if (inContainers) {
			const containerNameFound = {...inContainers, port: target.port, suggested: sanitize(baseUrlWithHost(ctx.rawBaseUrl, ctx.baseUrl, 'localhost'))};
			const summary = checkMessages.network.containerNameUnresolved(inContainers);
			return {status: 'fail', summary, details: {...details, stage: 'dns', code, reason: 'dns', containerName: containerNameFound}};
		}
		const summary = code === 'TIMEOUT' ? checkMessages.network.dnsSlow(target.host, ctx.timeoutMs)
			: proxy ? withChoice(proxyMessages.dns(proxy))
			: target.host === officialApiHost ? checkMessages.network.dnsFailedOfficial(target.host)
			: checkMessages.network.dnsFailed(target.host);
		const resay = proxy && code !== 'TIMEOUT' ? () => withChoice(proxyMessages.dns({...proxy, unsetHelps: false})) : undefined;
		const said = await withDirect(summary, {...details, stage: 'dns', code, reason: code === 'TIMEOUT' ? 'timeout' : 'dns'}, resay);
		return throughTheirs(said.failed, said.failure);
	}
	// The first address the system gave, until one connects (the fake-ip range is the app's, whichever is first).
	let address = resolved[0]?.address ?? target.host;
	details.address = address;
	// Going direct to a proxy app's fake-ip address: that app's TUN carries the connection, whatever the proxy variables say.
	const fakeIp = target.viaProxy === undefined && isFakeIp(address);
	if (fakeIp) details.fakeIp = true;
	// Going direct, a known service's name that resolved to this computer or 0.0.0.0: a hosts file line or a blocker's answer.
	const here = target.viaProxy === undefined && resolvedHere(target.host, address);
	// …or to an address on a private network: a hosts file line, a router's, a blocker's or a company's DNS.
	const inPrivate = target.viaProxy === undefined && !fakeIp && !here && resolvedPrivate(target.host, address);
	const seen = {tcp: false};
	// At a fake-ip address, no TCP connection and no reset (which only something there sends): nothing carries the address.
	const unroutedBy = (reason: string, code: string) => fakeIp && reason !== 'tls' && !seen.tcp && fakeIpFailure(reason, code) !== 'reset';
	try {
		const connected = await connect(target, resolved, deadline, seen);
		const {ms} = connected;
		address = connected.address;
		details.address = address;
		// Addresses tried first that did not connect (IPv6 where the network has none): a program that waits on each in turn is slower to start.
		if (connected.notConnected.length > 0) details.notConnected = connected.notConnected;
		const reachedThere = checkMessages.network.reached(target.host, target.tls, ms, target.viaProxy);
		const direct = connected.notConnected.length > 0 ? checkMessages.network.reachedAfterOthers({reached: reachedThere, address, others: connected.notConnected}) : reachedThere;
		const reached = withChoice(fakeIp ? checkMessages.network.throughFakeIp({reached: direct, ip: address}) : direct, true);
		const other = await theirsReached;
		if (theirs && other) {
			const otherDetails = {variable: theirs.variable, proxy: theirs.shown, reachable: other.reachable, code: other.code ?? null};
			const withOther = {...details, connectMs: ms, otherToolsProxy: otherDetails};
			if (other.reachable) return {status: 'pass', summary: reached, details: withOther};
			return {status: 'warn', summary: checkMessages.network.otherToolsProxyDown(reached, theirs.variable, theirs.shown), details: withOther};
		}
		// A base URL on this computer: this tool goes direct, Python's clients through the proxy NO_PROXY does not exempt it from.
		const local = target.viaProxy === undefined ? localCallsProxy(api, ctx.env) : undefined;
		if (local) {
			const summary = checkMessages.network.localCallsProxied({reached, variable: local.variable, proxy: local.shown, host: target.host});
			return {status: 'warn', summary, details: {...details, connectMs: ms, localCallsProxy: {variable: local.variable, proxy: local.shown}}};
		}
		// Through a proxy this check sees no TLS handshake with the service: a company proxy that
		// intercepts HTTPS fails the API checks' instead. The certificate file other tools trust
		// is kept for that case (diagnose/network.ts reads it only beside a TLS failure).
		const caFile = target.viaProxy === undefined ? undefined : otherToolsCaFile(ctx.env);
		// Direct through a `*.` entry of NO_PROXY, which curl and Python's clients do not read: theirs go through the proxy.
		const suggested = bypassed && readByAllClients(bypassed.entry);
		if (bypassed && suggested) {
			const shown = {...bypassed, entry: sanitize(bypassed.entry), suggested: sanitize(suggested)};
			const summary = checkMessages.network.noProxyWildcard({reached, host: target.host, ...shown});
			return {status: 'pass', summary, details: {...details, connectMs: ms, noProxyWildcard: shown}};
		}
		const passed = {...details, connectMs: ms, ...(caFile ? {otherToolsCa: caFile} : {})};
		const directConnect = await directLook();
		if (!directConnect || !proxy) return {status: 'pass', summary: reached, details: passed};
		// Through a SOCKS proxy, or HTTP_PROXY taken for https, only recorded: for a tunnel the proxy may yet refuse.
		if (directConnect.reachable || !warnsDirect) return {status: 'pass', summary: reached, details: {...passed, directConnect}};
		const summary = checkMessages.network.onlyThroughProxy({reached, host: api.hostname, variable: proxy.variable, code: directConnect.code ?? 'UNKNOWN'});
		return {status: 'warn', summary, details: {...passed, directConnect}};
	} catch (error) {
		const code = errorCode(error);
		const reason = code === 'ECONNREFUSED' ? 'connection_refused' : isTlsErrorCode(code) ? 'tls' : code === 'TIMEOUT' || code === 'ABORT_ERR' ? 'timeout' : 'connection_reset';
		// A certificate out of its dates (direct: through a proxy this check makes no handshake with the service): its
		// dates, read by the same look as an issuer, beside this computer's clock, which is the likelier cause.
		const dates = reason === 'tls' && target.viaProxy === undefined && outOfDateCode.test(code) ? await certificateDates(ctx, api, deadline) : undefined;
		// A handshake answered in plain text, direct, at a port other than 443 or on this computer: the base URL's
		// https:// (or its port) is wrong, most often a gateway here that takes http://; not something intercepting HTTPS.
		const local = isLoopbackHost(target.host);
		// …or, on this computer, reset at the TLS greeting once TCP connected: what Node's own HTTP server does with one.
		const resetAtGreeting = code === 'ECONNRESET' && target.tls && seen.tcp && local && target.viaProxy === undefined;
		const plain = (reason === 'tls' && target.viaProxy === undefined && plainTextAnswer.test(code) && (target.port !== 443 || local)) || resetAtGreeting;
		// The certificate file other tools trust is beside the point there: no authority is missing (nor any certificate, plain).
		const caFile = reason === 'tls' && !dates && !plain ? otherToolsCaFile(ctx.env) : undefined;
		// A certificate not trusted: said as the API checks' requests say it, with who issued it (their look,
		// shared with them: once per host), waited for only within this check's deadline.
		const untrusted = reason === 'tls' && untrustedChainCode.test(code)
			? untrustedCertificate(api.host, await raceAbort(ctx.api.presentedIssuer(api), deadline).catch(() => undefined), undefined)
			: undefined;
		const certificateSaid = untrusted ? untrusted.message
			: dates ? datesSaid(target.host, code, dates)
			: plain ? checkMessages.network.plainAnswer({host: target.host, port: target.port, code, local})
			: checkMessages.network.tlsFailed(target.host, code);
		// A known service's name sent to this computer, where a program here answered on the service's port (443) with a
		// certificate of an authority not trusted, its own: said first. Another port named in the base URL is a setup of its own.
		const tlsSaid = here && untrusted && target.port === 443 ? checkMessages.network.resolvedHereTls({host: target.host, ip: address, hostsFile: hostsFilePath(), certificate: certificateSaid}) : certificateSaid;
		// Refused on loopback inside WSL 2: what listens on Windows' 127.0.0.1 is not there (deepseek/wsl.ts).
		// Its networking mode from wslinfo, within this check's deadline (run-tool.ts holds the tool to 2 s).
		const inWsl = reason === 'connection_refused' && isLoopbackHost(target.host) ? await wsl2(thisMachine(ctx.env), deadline) : undefined;
		const wsl = inWsl && {windowsHost: inWsl.windowsHost, proxyVariable: proxy?.variable ?? null, networkingMode: inWsl.networkingMode};
		// Refused on loopback inside a container (not WSL 2): what listens on the host's 127.0.0.1 is not there (deepseek/container.ts).
		const inContainer = reason === 'connection_refused' && isLoopbackHost(target.host) && !wsl ? await runningContainer(thisContainer(ctx.env), deadline) : undefined;
		const container = inContainer && {
			...inContainer, proxyVariable: proxy?.variable ?? null,
			suggested: atContainerHost(proxy ? proxy.proxy : ctx.rawBaseUrl, ctx.baseUrl, inContainer),
		};
		// A certificate this computer's own store trusts has its own, surer advice (NODE_USE_SYSTEM_CA=1): no other file is named.
		// The proxy's own sentence; without "or unset it" where going direct fails too (withDirect).
		const proxySaid = (unsetHelps: boolean) =>
			proxy ? withChoice(reason === 'connection_refused' ? proxyMessages.refused({...proxy, unsetHelps}) : proxyMessages.unreachable({...proxy, code, unsetHelps})) : '';
		const summary =
			caFile && !untrusted?.facts.systemTrusted ? checkMessages.network.trustedElsewhere({failed: tlsSaid, ...caFile, holdsIssuer: untrusted?.facts.otherToolsCaHoldsIssuer, missingRoot: untrusted?.facts.otherToolsCaMissingRoot})
			: reason === 'tls' ? tlsSaid
			: fakeIp ? checkMessages.network.fakeIpFailed({host: target.host, ip: address, failure: fakeIpFailure(reason, code), ms: ctx.timeoutMs, code, unrouted: unroutedBy(reason, code)})
			: here ? checkMessages.network.resolvedHereFailed({host: target.host, ip: address, failure: fakeIpFailure(reason, code), ms: ctx.timeoutMs, code, hostsFile: hostsFilePath()})
			: inPrivate ? checkMessages.network.resolvedPrivateFailed({host: target.host, ip: address, failure: fakeIpFailure(reason, code), ms: ctx.timeoutMs, code, hostsFile: hostsFilePath()})
			: resetAtGreeting ? checkMessages.network.plainAnswer({host: target.host, port: target.port, code, local, reset: true})
			: wsl && proxy ? withChoice(checkMessages.network.wslProxyRefused({url: proxy.proxy, variable: proxy.variable, loopback: target.host, mode: wsl.networkingMode}))
			: wsl ? checkMessages.network.wslRefused({host: `${target.host}:${target.port}`, loopback: target.host, mode: wsl.networkingMode})
			: container && proxy ? withChoice(checkMessages.network.containerProxyRefused({url: proxy.proxy, variable: proxy.variable, loopback: target.host, kind: container.kind}))
			: container ? checkMessages.network.containerRefused({host: `${target.host}:${target.port}`, loopback: target.host, kind: container.kind})
			: proxy ? proxySaid(true)
			: reason === 'connection_refused' ? checkMessages.network.refused(target.host, target.port)
			: reason === 'timeout' ? checkMessages.network.connectSlow(target.host, ctx.timeoutMs)
			: checkMessages.network.connectFailed(target.host, code);
		const failure = {
			...details, stage: reason === 'tls' ? 'tls' : 'connect', code, reason,
			...(caFile ? {otherToolsCa: caFile} : {}), ...(untrusted ? {untrustedCertificate: untrusted.facts} : {}), ...(wsl ? {wsl} : {}),
			...(container ? {container} : {}),
			...(dates ? {certificateDates: dates} : {}),
			...(plain ? {plainAnswer: {suggested: local ? withScheme(ctx.baseUrl, 'http:', target.port) : null}} : {}),
			...(here && reason !== 'tls' ? {resolvedHere: true} : {}),
			...(inPrivate && reason !== 'tls' ? {resolvedPrivate: true} : {}),
			// Nothing carries the fake-ip address (the app quit, or its TUN mode is off).
			...(unroutedBy(reason, code) ? {fakeIpUnrouted: true} : {}),
		};
		// A failed handshake is something on the way rewriting TLS: its own sentence says what to do. So does a proxy
		// on loopback inside WSL 2 or a container; elsewhere, what going direct found follows the proxy's failure.
		if (reason === 'tls') return {status: 'fail', summary, details: failure};
		const said = proxy && !wsl && !container && !fakeIp ? await withDirect(summary, failure, summary === proxySaid(true) ? () => proxySaid(false) : undefined) : {failed: summary, failure};
		return throughTheirs(said.failed, said.failure);
	}
}

/** `baseUrl` with `scheme`, at the port it named or implied (https://localhost is port 443, which http:// would leave). */
function withScheme(baseUrl: string, scheme: string, port: number): string {
	const url = new URL(baseUrl);
	url.protocol = scheme;
	url.port = String(port);
	return url.href.replace(/\/$/, '');
}

/** `url` (the proxy's, or the base URL as configured) with the container's host in place of loopback; null where the host is not known. */
function atContainerHost(url: string, fallback: string, container: Container): string | null {
	const host = container.hostName ?? container.hostAddress;
	return host === null ? null : sanitize(baseUrlWithHost(url, fallback, host));
}

/** OpenSSL's codes for a certificate used outside its dates. */
const outOfDateCode = /^CERT_(?:HAS_EXPIRED|NOT_YET_VALID)$/;

/** The certificate's dates, this computer's time, and how this system sets its clock (the fix names its command). */
type CertificateDates = {validFrom: string; validTo: string; checkedAt: string; clock: ClockSystem};

/** The presented certificate's dates and this computer's time now (ISO), or undefined where the look could not read them. */
async function certificateDates(ctx: CheckContext, api: URL, deadline: AbortSignal): Promise<CertificateDates | undefined> {
	const look = await raceAbort(ctx.api.presentedIssuer(api), deadline).catch(() => undefined);
	if (look?.validFrom === undefined || look.validTo === undefined) return undefined;
	return {validFrom: look.validFrom, validTo: look.validTo, checkedAt: new Date().toISOString(), clock: clockSystem(thisMachine(ctx.env))};
}

/** Not yet valid: the clock is behind. Expired: the clock is ahead, or the certificate lapsed (which DeepSeek's is very unlikely to). */
function datesSaid(host: string, code: string, dates: CertificateDates): string {
	const shown = {host, from: utcMinute(dates.validFrom), to: utcMinute(dates.validTo), now: utcMinute(dates.checkedAt)};
	return code === 'CERT_NOT_YET_VALID' ? checkMessages.network.certificateNotYetValid(shown)
		: checkMessages.network.certificateExpired({...shown, atDeepSeek: host === officialApiHost});
}

/** How a connection that failed before TLS did, as the fake-ip sentence tells it (an unreachable route is `other`, with its code). */
function fakeIpFailure(reason: string, code: string): FakeIpFailure {
	if (reason === 'connection_refused') return 'refused';
	if (reason === 'timeout') return 'timeout';
	return code === 'ECONNRESET' || code === 'EPIPE' ? 'reset' : 'other';
}

/** How long the look at ALL_PROXY or the system's proxy may take: a proxy that takes no connection in this long is no use to the tools that need it. */
const otherToolsProxyMs = 3000;

/** How long the direct look beside a proxy may take: a host that takes no connection in this long is not reached by a program going direct either. */
const directMs = 3000;

/** Does anything answer at a proxy's host and port (ALL_PROXY's, the system's)? */
async function reachProxy(url: URL, signal: AbortSignal): Promise<{reachable: boolean; code?: string}> {
	return reachable(url.hostname.replace(/^\[|\]$/g, ''), proxyPort(url), signal);
}

/**
 * Does anything take a connection at `host`:`port`, going direct? DNS and a TCP connect only, closed at once:
 * nothing is sent over it (the tools that use it speak to it, not this one).
 */
async function reachable(host: string, port: number, signal: AbortSignal): Promise<{reachable: boolean; code?: string}> {
	const hop: FirstHop = {host, port, tls: false, viaProxy: undefined};
	try {
		await connect(hop, await resolve(host, signal), signal);
		return {reachable: true};
	} catch (error) {
		return {reachable: false, code: errorCode(error)};
	}
}

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
