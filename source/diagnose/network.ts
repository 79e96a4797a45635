// The way to the service and what stands in it: the network, proxies (their failures, logins, policies, pages),
// certificates, a proxy on this computer whose own way out failed, a redirect, Cloudflare's refusal in front of a
// service. These rules come before the relay and key rules (rules.ts): a call that never reached the service says
// nothing about its key or its money. unreadableAnswers alone comes after the relay rule, which reads more.
import * as details from '../checks/details.js';
import type {CheckId} from '../checks/types.js';
import {officialApiHost} from '../deepseek/facts.js';
import {redirectMeaning} from '../deepseek/redirect.js';
import {proxyTlsFailure} from '../deepseek/in-between.js';
import {directRefusal, withDirectFinding} from '../deepseek/going-direct.js';
import {fixes} from '../fixes.js';
import {diagnoseMessages} from '../messages/diagnose.js';
import {checkMessages} from '../messages/checks.js';
import {sanitize} from '../text/safe.js';
import type {Diagnosis, Fix} from '../verdict.js';
import type {Facts, Rule} from './facts.js';
import {onThisComputer, otherService} from './service.js';

export const networkError: Rule = facts => {
	// The network check's own connect can fail where requests still get through (an odd
	// proxy set-up): only believe it when no API check got an answer.
	const networkFailed = facts.status('network') === 'fail' && !facts.apiAnswered;
	const failedId = networkFailed ? 'network' : facts.anyApi(id => details.isNetworkReason(facts.string(id, 'reason')));
	if (!failedId) return undefined;
	// A proxy that failed is the cause: its own sentence names it (never its login) and says what to do.
	const proxyId = facts.proxyFailure;
	// A variable that holds no usable proxy URL: nothing was sent, so what to write is the only fix (not the status page).
	const bad = facts.badProxy;
	// A proxy that asks for a login (407): its user and password, not NO_PROXY (the network needs the proxy).
	const plainProxyFix = fixes.network('proxy');
	// Nothing listening at the proxy: start it (on this computer, a proxy or VPN app that is not running), not "check it or NO_PROXY".
	const refused = facts.proxyRefused;
	// Going direct, measured beside the proxy that failed: where it works, unsetting the variable is the first fix;
	// where it fails too, the way around the proxy (unset, NO_PROXY) is no way out, and is not offered.
	const direct = proxyId ? facts.goingDirect : undefined;
	// Going direct, the base URL's service refused (not DeepSeek's API, where a firewall did): the network is reached, so
	// the proxy is not proven to be the only way, and the service must be started too, after the proxy's own fix.
	const serviceRefused = direct && directRefusal(direct.look, (facts.host ?? officialApiHost).replace(/:\d+$/, '')) === 'service';
	const socksPort = facts.proxySpeaksSocks;
	const proxyFix = socksPort ? fixes.proxySpeaksSocks(socksPort) : facts.proxyAsksLogin ? fixes.proxyLogin(facts.proxyLoginRefused) : facts.proxyLoginNotBasic ? fixes.proxyLoginNotBasic() : refused ? fixes.proxyRefused(refused, direct !== undefined)
		: direct?.finding === 'fails' && !serviceRefused ? fixes.repairProxy(direct.look.unset) : plainProxyFix;
	// The failed proxy's variable hides its upper-case twin's proxy: unsetting it uses that one, first.
	const shadowed = facts.shadowedProxy;
	const unset = direct?.finding === 'works' ? [fixes.unsetProxy(direct.look.unset, facts.host ?? officialApiHost)] : [];
	const service = serviceRefused ? [fixes.network('connection_refused', facts.host)] : [];
	// DeepSeek's status page says nothing about a service elsewhere that refuses connections.
	const proxyFixes = [...(shadowed ? [fixes.proxyShadows(shadowed)] : []), ...unset, proxyFix, ...service, ...(serviceRefused ? [] : [fixes.statusPage()])];
	// Inside WSL 2, a proxy or service on loopback refused: the one on Windows is not there. Mirrored networking, Windows'
	// address, or running it inside WSL, in place of "start the proxy" or "check the host and port" (the user sees it running).
	const wsl = networkFailed ? facts.wslLoopback : undefined;
	// A certificate outside its dates: this computer's clock first, unless a service other than DeepSeek let its own lapse.
	const outOfDate = networkFailed ? facts.certificateOutOfDate : undefined;
	if (outOfDate) {
		const said = networkLed(facts);
		const setClock = fixes.setClock(outOfDate.clock);
		if (!outOfDate.expired) return networkDiagnosis(said, [setClock], true);
		if (outOfDate.host === officialApiHost) return networkDiagnosis(said, [setClock, fixes.oldCertificateOnTheWay(outOfDate.host)], true);
		return networkDiagnosis(said, [fixes.lapsedCertificate(outOfDate.host, outOfDate.validTo), fixes.useDeepSeek(), setClock], true);
	}
	if (wsl) return networkDiagnosis(proxyId ? {summary: facts.result('network')?.summary ?? ''} : networkLed(facts), fixes.wslLoopback(wsl), true);
	// Inside a container, the same: the host's 127.0.0.1 is not the container's (a codespace's host is not the user's computer).
	const inContainer = networkFailed ? facts.containerLoopback : undefined;
	if (inContainer) return networkDiagnosis(proxyId ? {summary: facts.result('network')?.summary ?? ''} : networkLed(facts), fixes.containerLoopback(inContainer), true);
	// A name only containers resolve (host.docker.internal, a Compose service's): localhost stands for it outside them.
	const inContainers = networkFailed ? facts.unresolvedContainerName : undefined;
	if (inContainers) return networkDiagnosis(networkLed(facts), fixes.containerName(inContainers), true);
	if (proxyId) {
		const failed = facts.result(proxyId)?.summary ?? '';
		if (bad) return networkDiagnosis({summary: failed}, [fixes.badProxy(bad)], true);
		// The network check's own failure at the proxy says what going direct found; an API check's (a tunnel refused) does not.
		const summary = direct && proxyId !== 'network' ? withDirectFinding(failed, direct.look, (facts.host ?? officialApiHost).replace(/:\d+$/, '')) : failed;
		return networkDiagnosis({summary}, proxyFixes, proxyFixes[0] !== plainProxyFix);
	}
	const reason = facts.string(failedId, 'reason');
	// Answers that began and then stalled or broke off: the service was reached, and at
	// DeepSeek's own host its load is the likely cause, so its status page comes first. At a
	// host not known to be DeepSeek, its status page says nothing about that server: whoever
	// runs it can see what stalls there (a proxy on this computer is the user's own).
	const cut = facts.cutOffAnswer;
	if (cut) {
		const network = fixes.network(facts.string(cut, 'reason'), facts.host);
		const rowSaid = facts.result(cut)?.summary ?? '';
		const summary = facts.quoting(diagnoseMessages.answersCutOff(rowSaid), rowSaid, {as: 'lead', lead: 'answersCutOff'});
		if (facts.host === officialApiHost) return networkDiagnosis(summary, [fixes.statusPage(), network], true);
		if (facts.provider?.id === 'deepseek') return networkDiagnosis(summary, [network, fixes.statusPage()], true);
		const name = otherService(facts)?.name ?? facts.host;
		const ask = name === undefined || onThisComputer(facts.host) ? [] : [fixes.askOperatorAboutErrors(name)];
		return networkDiagnosis(summary, [network, ...ask], true);
	}
	// The host took the connection (the network check, no proxy) and only the answers came too late: it is reached and
	// slow, not unreachable. More time first, then the status page (a slow relay may be waiting on DeepSeek).
	const slow = facts.slowAnswer;
	if (slow) {
		const summary = diagnoseMessages.slowAnswer({host: facts.host ?? officialApiHost, connectMs: slow.connectMs});
		// The first row that says the timeout (the endpoint check's; the API checks' then read "Same as above.").
		const row = facts.firstRowSaying(slow.id);
		return networkDiagnosis({summary, ...(row === undefined ? {} : {quotes: {as: 'slow', row, connectMs: slow.connectMs}})}, [fixes.allowMoreTime(), fixes.statusPage()], true);
	}
	// Direct failed, but NO_PROXY sent it around the proxy set, or the proxy in ALL_PROXY answers: the way through a proxy first.
	const bypassed = facts.bypassedProxy;
	const theirs = failedId === 'network' ? facts.otherToolsProxyUnused : undefined;
	// Or the proxy in ALL_PROXY answers no more than the direct way: the program that goes through it cannot connect until it runs.
	const theirsDown = failedId === 'network' && !theirs ? facts.otherToolsProxyDown : undefined;
	// Or no proxy variable at all, where the system's settings give browsers a proxy (or a script to find one).
	const system = failedId === 'network' ? facts.systemProxy : undefined;
	const viaProxy = bypassed ? fixes.noProxyBypass(bypassed)
		: theirs ? fixes.throughOtherToolsProxy(theirs.variable, theirs.suggested, theirs.login)
		: theirsDown ? fixes.otherToolsProxy(theirsDown.variable, theirsDown.proxy)
		: system && fixes.systemProxy(system);
	// A handshake answered in plain text at the base URL's port (direct, or through a proxy's tunnel to a port other than
	// 443): its https:// or port, not a certificate, nor DeepSeek's status.
	const tunnel = reason === 'tls' && failedId !== 'network' ? facts.plainTunnel : undefined;
	const plain = failedId === 'network' && (reason === 'tls' || reason === 'connection_reset') ? facts.plainAnswer : tunnel && {at: tunnel.at, suggested: null};
	const trust = plain ? undefined : tlsFix(facts, reason, failedId);
	// Through a proxy the network check passes (it sees no TLS): the API check's sentence names no file, so the verdict says which.
	const untrusted = facts.untrustedCertificate(failedId);
	const ca = trust && failedId !== 'network' && !untrusted?.systemTrusted ? facts.otherToolsCa : undefined;
	const said = facts.result(failedId)?.summary ?? '';
	// A proxy app's fake-ip address that took no connection: that app, then the DNS cache it may have left, not the network or
	// DeepSeek. One that took it, where the calls then got no answer: the app is running, and the node it picked the likely cause.
	const route = facts.fakeIpRoute;
	const fakeIp = route && (failedId === 'network' ? !route.connected : route.connected && details.isConnectionReason(reason)) ? route : undefined;
	// Nothing listens at a service on this computer (a local relay or gateway not running): DeepSeek's status page says nothing
	// about that. A slow or broken answer from one may still come from DeepSeek behind it.
	const local = reason === 'connection_refused' && onThisComputer(facts.host);
	const general = [trust ?? fixes.network(reason, facts.host, facts.string('network', 'proxy') !== undefined), ...(local ? [] : [fixes.statusPage()])];
	// A known service's name that resolved to this computer, where nothing serves it: the hosts file or a blocker, nothing else.
	const here = failedId === 'network' ? facts.resolvedHereRoute : undefined;
	// A tunnel the proxy opened and then closed unanswered: the proxy app's node or rules, as at a fake-ip address that connected.
	const closed = !trust && reason === 'connection_reset' && facts.closedTunnel !== undefined;
	// Nothing carrying the fake-ip address (the app quit, its TUN mode off): start it with TUN on, or go through its HTTP port
	// (said only where the system's proxy settings give no address for it, which the fix before names).
	const own = fakeIp?.unrouted ? [fixes.fakeIpUnrouted(viaProxy !== undefined), fixes.flushDns()]
		: fakeIp ? [fixes.fakeIpApp(fakeIp.host), fakeIp.connected ? fixes.statusPage() : fixes.flushDns()]
		: here ? [here.private ? fixes.privateDnsEntry(here.host) : fixes.hostsEntry(here.host)]
		: plain ? [fixes.plainAnswer(plain)]
		: closed ? [fixes.fakeIpApp(facts.host ?? officialApiHost), fixes.statusPage()]
		: general;
	const shown = ca ? checkMessages.network.trustedElsewhere({failed: said, ...ca, holdsIssuer: untrusted?.otherToolsCaHoldsIssuer, missingRoot: untrusted?.otherToolsCaMissingRoot}) : said;
	// The network check connected to the host itself, then the API's connection broke off unanswered: reached, so not "could
	// not be reached" under its ✔ row. (Through a proxy or a fake-ip address, what connected was not the host.)
	const lead = reason === 'connection_reset' && details.reachedDirectly(facts.result('network')) !== undefined ? 'connectionCutOff' : 'network';
	const detail = fakeIp?.connected ? diagnoseMessages.throughFakeIp({failed: shown, ip: fakeIp.address}) : shown;
	return networkDiagnosis(
		facts.quoting(diagnoseMessages[lead](detail), detail, {as: 'lead', lead}),
		[...(viaProxy ? [viaProxy] : []), ...own],
		viaProxy !== undefined || trust !== undefined || fakeIp !== undefined || here !== undefined || plain !== undefined || closed || local,
	);
};

/**
 * The network-error rule's diagnosis. `precise`: its fixes name this cause more precisely than the general pair
 * (check the network for its reason, then the status page), which the wizard's network leaf shows otherwise.
 */
function networkDiagnosis(said: Pick<Diagnosis, 'summary' | 'quotes'>, fixList: Fix[], precise: boolean): Diagnosis {
	return {verdict: 'network_error', ...said, fixes: fixList, ...(precise ? {preciseFixes: true} : {})};
}

/** "The API could not be reached", then the network row's result, quoting it. */
function networkLed(facts: Facts): Pick<Diagnosis, 'summary' | 'quotes'> {
	const said = facts.result('network')?.summary ?? '';
	return facts.quoting(diagnoseMessages.network(said), said, {as: 'lead', lead: 'network'});
}

/**
 * A certificate not trusted that this computer's own store trusts: NODE_USE_SYSTEM_CA=1 is the fix (it is sure to
 * work, where a file other tools trust may not hold that authority). Else a failed TLS handshake where other tools
 * here trust a certificate file, unless that file was read and lacks the authority that issued the certificate:
 * pointing Node at it is the fix. Else, for a certificate not trusted, with its issuer or NODE_EXTRA_CA_CERTS's file
 * known: that certificate, and where it goes.
 */
function tlsFix(facts: Facts, reason: string | undefined, failedId: CheckId): Fix | undefined {
	if (reason !== 'tls') return undefined;
	const untrusted = facts.untrustedCertificate(failedId);
	if (untrusted?.systemTrusted) return fixes.trustInterceptor(untrusted);
	const ca = facts.otherToolsCa;
	if (ca && untrusted?.otherToolsCaHoldsIssuer !== false) return fixes.trustOtherToolsCa(ca.variable, ca.path);
	const missingRoot = untrusted?.otherToolsCaMissingRoot;
	if (ca && untrusted && missingRoot !== undefined) return fixes.trustMissingRoot(ca.variable, ca.path, {...untrusted, otherToolsCaMissingRoot: missingRoot});
	return untrusted && details.namesCertificate(untrusted) ? fixes.trustInterceptor(untrusted) : undefined;
}

/** A proxy's fix, then DeepSeek's status page where the calls go to DeepSeek's own host (elsewhere its page says nothing). */
function atDeepSeekThenStatusPage(host: string, first: Fix): Fix[] {
	return host === officialApiHost ? [first, fixes.statusPage()] : [first];
}

/**
 * An answer with HTTP 407 (Proxy Authentication Required) is a proxy's, whatever its words
 * and whatever the host: only proxies send it (RFC 9110). The calls go through one that
 * wants a login (seen: CodeGPT's "Request failed with status code 407", diffbot/code-gpt-docs#33).
 */
export const proxyAsksLogin: Rule = facts => {
	const id = facts.anyApi(check => facts.httpStatus(check) === 407);
	if (!id) return undefined;
	const host = facts.host ?? '';
	return {
		verdict: 'network_error',
		summary: diagnoseMessages.proxyAsksLogin({host, detail: facts.result(id)?.summary ?? ''}),
		fixes: atDeepSeekThenStatusPage(host, fixes.proxyLogin()),
	};
};

/**
 * An egress proxy that refuses the calls by its policy, in its own words (details
 * `proxyPolicy`: OpenShell's 403 "connection not allowed by policy" and "… not permitted by
 * policy", NVIDIA/NemoClaw#4809 and #4542): the host is not on what it lets through. Not the
 * key (NemoClaw's Hermes said "Your API key was rejected"), not the balance, not the service.
 */
export const proxyRefusesByPolicy: Rule = facts => {
	const id = facts.anyApi(check => facts.string(check, 'proxyPolicy') !== undefined);
	if (!id) return undefined;
	const host = facts.host ?? '';
	return {
		verdict: 'network_error',
		summary: diagnoseMessages.proxyRefusesByPolicy({host, detail: facts.string(id, 'proxyPolicy') ?? ''}),
		fixes: atDeepSeekThenStatusPage(host, fixes.network('proxy')),
	};
};

/**
 * A service that answers 5xx because it could not verify the certificate of the service
 * behind it (details `upstreamCertificate`): something intercepts HTTPS on its way out, or
 * its machine lacks root certificates. Retrying does not help; whoever runs it can.
 */
export const upstreamCertificate: Rule = facts => {
	const id = facts.anyApi(check => facts.detail(check, 'upstreamCertificate') === true);
	if (!id) return undefined;
	const name = otherService(facts)?.name ?? facts.host ?? diagnoseMessages.thisService;
	return {
		verdict: 'network_error',
		summary: diagnoseMessages.upstreamCertificate({name, status: facts.httpStatus(id) ?? 500, detail: facts.string(id, 'errorMessage') ?? facts.result(id)?.summary ?? ''}),
		fixes: [fixes.upstreamCertificate(name)],
	};
};

/**
 * A proxy on this computer that answers 5xx because it could not get its call through to
 * the service behind it (details `upstreamUnreachable`): no answer came from there, so it is
 * the way out from the proxy (the VPN or proxy it goes through) that failed, not that
 * service (CC Switch: SaladDay/cc-switch-cli#242, #251, farion1231/cc-switch#4505, and
 * 9router, decolua/9router#2367, where calls straight to DeepSeek worked). A remote
 * gateway's own way out is its operator's: that stays a failure on its side. Before a
 * certificate refused on another call: where nothing gets through, that is the first to fix.
 */
export const localUpstreamUnreachable: Rule = facts => {
	if (!onThisComputer(facts.host)) return undefined;
	const id = facts.anyApi(check => facts.string(check, 'upstreamUnreachable') !== undefined);
	if (!id) return undefined;
	const name = otherService(facts)?.name ?? facts.host ?? diagnoseMessages.thisService;
	return {
		verdict: 'network_error',
		summary: diagnoseMessages.localUpstreamUnreachable({name, status: facts.httpStatus(id) ?? 502, detail: facts.string(id, 'upstreamUnreachable') ?? ''}),
		fixes: [fixes.localUpstreamNetwork(name), fixes.statusPage()],
	};
};

/**
 * An API check was sent elsewhere (a 3xx with a Location, never followed) and no API check
 * passed: where it leads says what the base URL should be (deepseek/redirect.ts). It is
 * `wrong_endpoint`, as no API answers at this address: the same API at another path, a
 * login page in front of it (only its operator can give a way past), or a website. On
 * api.deepseek.com, which never redirects, something in between answered (unreadableAnswers).
 */
export const redirected: Rule = facts => {
	const seen = facts.redirect;
	if (!seen || facts.host === officialApiHost || details.apiCheckIds.some(id => facts.status(id) === 'pass')) return undefined;
	const meaning = redirectMeaning(seen.asked, seen.location);
	if (!meaning) return undefined;
	const said = {status: seen.status, location: sanitize(seen.location)};
	switch (meaning.kind) {
		case 'base_url':
			// The row says the whole URL it redirects to: check's ending names that row rather than read the URL again.
			return {
				verdict: 'wrong_endpoint',
				summary: diagnoseMessages.redirectToBaseUrl(said),
				fixes: [fixes.setBaseUrl(meaning.baseUrl), fixes.useDeepSeek()],
				quotes: {as: 'redirect', row: seen.id, status: seen.status},
			};
		case 'login':
			return {verdict: 'wrong_endpoint', summary: diagnoseMessages.redirectToLogin({status: seen.status, host: sanitize(meaning.host)}), fixes: [fixes.askForAddressWithoutLogin(facts.host ?? meaning.host), fixes.useDeepSeek()]};
		case 'moved':
			// DeepSeek's own API: its address is the fix. Another host: only whoever runs this one can say it moved there,
			// and the key would go with the calls.
			return meaning.deepSeekApi
				? {verdict: 'wrong_endpoint', summary: diagnoseMessages.redirectToDeepSeekApi({status: seen.status}), fixes: [fixes.useDeepSeek()]}
				: {
					verdict: 'wrong_endpoint',
					summary: diagnoseMessages.redirectMoved({status: seen.status, host: sanitize(meaning.host)}),
					fixes: [fixes.askOperatorAboutMove(facts.host ?? sanitize(new URL(seen.asked).host), meaning.baseUrl), fixes.useDeepSeek()],
				};
		case 'elsewhere':
			return {verdict: 'wrong_endpoint', summary: diagnoseMessages.redirectElsewhere({status: seen.status, host: sanitize(meaning.host), deepSeek: meaning.deepSeekWebsite}), fixes: [fixes.useDeepSeek()]};
	}
};

/**
 * Cloudflare's own refusal (deepseek/in-between.ts) to a call: its firewall or challenge
 * stopped it before the service saw it, so what the service is (a relay, or a host that
 * cannot be told apart) does not matter. No verdict names that, so it stays `unknown`; the
 * summary says it is neither the key nor the balance, and whoever runs the service can let
 * API calls through. An answer in words to another call comes first.
 */
export const edgeBlocked: Rule = facts => {
	// DeepSeek's own API has no such front: a page there is something in between (unreadableAnswers).
	if (facts.host === officialApiHost) return undefined;
	const name = facts.serviceName ?? diagnoseMessages.thisService;
	const blockedAt = (check: CheckId) => facts.string(check, 'edgeBlock') !== undefined;
	const id = facts.anyApi(blockedAt);
	// A call that got through and was answered in words (a 402 on chat next to a challenge on /models) says more.
	if (!id || facts.answers.some(found => !blockedAt(found.id))) return undefined;
	const block = facts.string(id, 'edgeBlock') ?? '';
	return {
		verdict: 'unknown',
		summary: diagnoseMessages.edgeBlocked({name, status: facts.httpStatus(id) ?? 403, block}),
		fixes: [fixes.askOperatorToLetThrough(name), fixes.useDeepSeek()],
		knownCause: 'edge_blocked',
	};
};

export const unreadableAnswers: Rule = facts => {
	// A front server's 5xx page to a check that reads no words (the balance) is the failure rule's, not this one's.
	const id = facts.anyApi(check => facts.unreadable(check));
	if (!id) return undefined;
	const host = facts.string('endpoint', 'host') ?? '';
	const summary = facts.result(id)?.summary ?? '';
	// A proxy's own page (Squid, tinyproxy, mitmproxy, Zscaler) names what is in between, whatever the host and status.
	const proxy = facts.string(id, 'proxyPage');
	if (proxy) {
		const said = {host: facts.host ?? '', proxy, status: facts.httpStatus(id) ?? 0};
		// Its page for its own TLS connection that failed: it reached the host, but would not trust it (not "could not reach").
		const tlsFailed = facts.string(id, 'proxyError') === proxyTlsFailure;
		return {
			verdict: 'network_error',
			summary: tlsFailed ? diagnoseMessages.proxyTlsFails(said) : diagnoseMessages.proxyPageAnswers({...said, detail: summary}),
			fixes: atDeepSeekThenStatusPage(host, fixes.network('proxy')),
		};
	}
	return host === officialApiHost
		? {verdict: 'network_error', ...facts.quoting(diagnoseMessages.interceptedAnswers(summary), summary, {as: 'lead', lead: 'interceptedAnswers'}), fixes: [fixes.network('proxy'), fixes.statusPage()]}
		: {verdict: 'wrong_endpoint', ...facts.quoting(diagnoseMessages.unreadableAnswers(host, summary), summary, {as: 'brackets', host}), fixes: [fixes.useDeepSeek()]};
};
