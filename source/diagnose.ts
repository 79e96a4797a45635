// One pure function from check results to the single most likely root cause, its
// summary and the fixes. The order of the rules below IS the product: the first rule
// that holds wins, so more certain and more fundamental causes come first (a missing
// key before anything else, a 401 before the balance, a relay before DeepSeek's balance).
import * as details from './checks/details.js';
import {resultsOf, type Results, type SignatureDetail} from './checks/details.js';
import type {CheckId, CheckResult} from './checks/types.js';
import type {BalanceReading} from './domain/balance.js';
import {isAgentApp, isDeepSeekWebsiteHost, officialApiHost} from './deepseek/facts.js';
import {redirectMeaning} from './deepseek/redirect.js';
import {anthropicApiHost, isBareAddress, isLoopbackHost} from './deepseek/url.js';
import {isPlaceholderTail} from './deepseek/error-body.js';
import {proxyTlsFailure} from './deepseek/in-between.js';
import {directRefusal, withDirectFinding} from './deepseek/going-direct.js';
import type {UntrustedFacts} from './deepseek/types.js';
import {isModelName, probeModelChoices} from './domain/models.js';
import {fixes, type MadeFix} from './fixes.js';
import {diagnoseMessages} from './messages/diagnose.js';
import {checkMessages} from './messages/checks.js';
import {isBareNotFoundPage, isDeepSeekNotFound, lockEndsAt, moneyKinds, promptCapTokens, type Blocked, type ModelAccess, type SignatureKind} from './providers/signatures.js';
import {billingPageIn, isOtherService, outageCanReach, passesKeyOn, providerRow} from './providers/table.js';
import type {ProviderBalance, ProviderInfo} from './providers/types.js';
import {sanitize} from './text/safe.js';
import type {Diagnosis, Fix, Verdict} from './verdict.js';

/** A definite answer one API check got: what it means (providers/signatures.ts) and at which status. */
type Answer = {id: CheckId; kind: SignatureKind; status: number; provider: string; blocked?: Blocked; upstream?: string; unverified?: true; inFlightBudget?: true; chargeSettling?: true; personalAccount?: true; freeTierOnly?: true; planLimit?: true; promptTooLong?: true; moderation?: true; promptCap?: true; noPaymentMethod?: true; billingPage?: string; networkRules?: true; unpriced?: true; modelAccess?: ModelAccess};

/** The signature's flags an answer keeps as they are (each `true` or left out). */
const answerFlags = ['unverified', 'inFlightBudget', 'chargeSettling', 'personalAccount', 'freeTierOnly', 'planLimit', 'promptTooLong', 'moderation', 'promptCap', 'noPaymentMethod', 'networkRules', 'unpriced'] as const satisfies ReadonlyArray<keyof Answer & keyof SignatureDetail>;

/**
 * The service the calls go to when it is not DeepSeek: its product when the host or a
 * fingerprint recognised it, else its host. An error's wording never names it.
 */
type Service = {
	provider: ProviderInfo | undefined;
	name: string;
	/**
	 * Whom to ask there, for sentences that send the user to it: "<name> (its support)", or for a service known only by
	 * a bare address (an IP, localhost, a single-label host) "whoever runs the service at <address>". Made once, here.
	 */
	ask: string;
};

/** The service named `name` (a product, or its host), with whom to ask there (see Service). */
function serviceNamed(provider: ProviderInfo | undefined, name: string, host: string | undefined): Service {
	return {provider, name, ask: diagnoseMessages.whomToAsk({name, bareAddress: provider === undefined && name === host && isBareAddress(name)})};
}

/** The reads the rules need, over one run's results (see checks/details.ts). */
class Facts {
	readonly #byId: Results;
	constructor(results: readonly CheckResult[]) {
		this.#byId = resultsOf(results);
	}

	result(id: CheckId): CheckResult | undefined {
		return this.#byId.get(id);
	}

	status(id: CheckId): string | undefined {
		return details.status(this.#byId, id);
	}

	detail(id: CheckId, key: string): unknown {
		return details.detail(this.#byId, id, key);
	}

	string(id: CheckId, key: string): string | undefined {
		return details.stringDetail(this.#byId, id, key);
	}

	httpStatus(id: CheckId): number | undefined {
		return details.httpStatus(this.#byId, id);
	}

	keyElsewhere() {
		return details.keyElsewhere(this.#byId);
	}

	/** With no key: where DEEPSEEK_API_KEY is saved for later shells (checks/details.ts). */
	savedKey() {
		return details.savedKeyFound(this.#byId);
	}

	/** With the environment's key: another key saved for new shells (checks/details.ts). */
	startupKey() {
		return details.startupKeyFound(this.#byId);
	}

	/** The check's answer could not be read at all (checks/details.ts). */
	unreadable(id: CheckId): boolean {
		return details.answerUnreadable(this.#byId, id);
	}

	/** The first API check's redirect (never followed), if any. */
	get redirect(): ReturnType<typeof details.redirectSeen> {
		return details.redirectSeen(this.#byId);
	}

	/** The service behind the base URL, as the endpoint check found it (by host or fingerprint). */
	get provider(): ProviderInfo | undefined {
		return details.provider(this.#byId);
	}

	/** The base URL's host (with its port), safe to print. */
	get host(): string | undefined {
		const host = this.string('endpoint', 'host');
		return host === undefined ? undefined : sanitize(host);
	}

	/** The name to give the service in a sentence: 'DeepSeek', a product, or the host. */
	get serviceName(): string | undefined {
		const provider = this.provider;
		return provider && provider.id !== 'unknown' ? provider.name : this.host;
	}

	/** The definite answers the calls got, the paid call's first (it is what the user's app does). */
	get answers(): Answer[] {
		return (['probe', 'auth', 'balance'] as const).flatMap(id => {
			const found = this.signature(id);
			const status = typeof found?.status === 'number' ? found.status : this.httpStatus(id);
			if (!found || status === undefined) return [];
			const answer: Answer = {id, kind: found.kind as SignatureKind, status, provider: found.provider};
			if (found.blocked === 'account' || found.blocked === 'token' || found.blocked === 'group') answer.blocked = found.blocked;
			if (typeof found.upstream === 'string') answer.upstream = sanitize(found.upstream);
			for (const flag of answerFlags) if (found[flag] === true) answer[flag] = true;
			if (typeof found.billingPage === 'string') answer.billingPage = found.billingPage;
			if (found.modelAccess === 'activate' || found.modelAccess === 'endpoint') answer.modelAccess = found.modelAccess;
			return [answer];
		});
	}

	answer(test: (kind: SignatureKind) => boolean): Answer | undefined {
		return this.answers.find(found => test(found.kind));
	}

	get reading(): BalanceReading | undefined {
		return details.reading(this.#byId);
	}

	get providerBalance(): ProviderBalance | undefined {
		return details.providerBalance(this.#byId);
	}

	signature(id: CheckId): SignatureDetail | undefined {
		return details.signature(this.#byId, id);
	}

	get apiAnswered(): boolean {
		return details.apiAnswered(this.#byId);
	}

	/** The API check whose answer was cut off after its status line (checks/details.ts), if any. */
	get cutOffAnswer(): CheckId | undefined {
		return details.cutOffAnswer(this.#byId);
	}

	/** The certificate file other tools trust, named when the network check's TLS handshake failed (checks/details.ts). */
	get otherToolsCa(): {variable: string; path: string} | undefined {
		return details.otherToolsCa(this.#byId);
	}

	/** What check `id` knew about a certificate it did not trust: its issuer, the proxy, NODE_EXTRA_CA_CERTS's file (checks/details.ts). */
	untrustedCertificate(id: CheckId): UntrustedFacts | undefined {
		return details.untrustedCertificate(this.#byId, id);
	}

	/** The endpoint path pasted at the end of the base URL, and the URL without it (checks/details.ts). */
	get endpointPath(): {path: string; base: string} | undefined {
		return details.endpointPath(this.#byId);
	}

	get deepSeekPath(): {path: string; base: string} | undefined {
		return details.deepSeekPath(this.#byId);
	}

	get speaksAnthropic(): boolean {
		return details.speaksAnthropic(this.#byId);
	}

	/** A direct failure while ALL_PROXY holds a proxy that answers (checks/details.ts), if so. */
	get otherToolsProxyUnused(): {variable: string; suggested: string; login: boolean} | undefined {
		return details.otherToolsProxyUnused(this.#byId);
	}

	/** A base URL on this computer that Python's HTTP clients would call through a proxy (checks/details.ts), if so. */
	get onlyThroughProxy(): {variable: string} | undefined {
		return details.onlyThroughProxy(this.#byId);
	}

	get localCallsProxy(): {variable: string; proxy: string; host: string} | undefined {
		return details.localCallsProxy(this.#byId);
	}

	/** A failed proxy from a lower-case variable whose upper-case twin holds another (checks/details.ts), if so. */
	get shadowedProxy(): ReturnType<typeof details.shadowedProxy> {
		return details.shadowedProxy(this.#byId);
	}

	/** A direct failure where NO_PROXY sent the request around the proxy set (checks/details.ts), if so. */
	get bypassedProxy(): ReturnType<typeof details.bypassedProxy> {
		return details.bypassedProxy(this.#byId);
	}

	/** The certificate outside its dates the network check's handshake met (checks/details.ts). */
	get certificateOutOfDate(): ReturnType<typeof details.certificateOutOfDate> {
		return details.certificateOutOfDate(this.#byId);
	}

	/** Inside WSL 2, the proxy or service on loopback that refused the network check (checks/details.ts). */
	get wslLoopback(): details.WslLoopback | undefined {
		return details.wslLoopback(this.#byId);
	}

	/** Inside a container, the proxy or service on loopback that refused the network check (checks/details.ts). */
	get containerLoopback(): details.ContainerLoopback | undefined {
		return details.containerLoopback(this.#byId);
	}

	/** The base URL's host, a name only containers resolve, did not resolve here (checks/details.ts). */
	get unresolvedContainerName(): ReturnType<typeof details.unresolvedContainerName> {
		return details.unresolvedContainerName(this.#byId);
	}

	/** The proxy app's fake-ip address the network check's connection went to, and whether it connected (checks/details.ts). */
	get fakeIpRoute(): {address: string; host: string; connected: boolean} | undefined {
		return details.fakeIpRoute(this.#byId);
	}

	/** A direct failure with no proxy variable, where the system's proxy settings name a proxy or a script (checks/details.ts), if so. */
	get systemProxy(): ReturnType<typeof details.systemProxy> {
		return details.systemProxy(this.#byId);
	}

	/** ALL_PROXY with nothing answering there (checks/details.ts), if so. */
	get otherToolsProxyDown(): {variable: string; proxy: string} | undefined {
		return details.otherToolsProxyDown(this.#byId);
	}

	/** A proxy variable that holds no usable proxy URL (checks/details.ts), if so. */
	get badProxy(): ReturnType<typeof details.badProxy> {
		return details.badProxy(this.#byId);
	}

	/** The check whose failure is the proxy's own (checks/details.ts), if any. */
	get proxyFailure(): CheckId | undefined {
		return details.proxyFailure(this.#byId);
	}

	/** What going direct found beside the proxy that failed on its own (checks/details.ts), where it is a finding. */
	get goingDirect(): ReturnType<typeof details.goingDirect> {
		return details.goingDirect(this.#byId);
	}

	/** The proxy that failed asked for a login (checks/details.ts). */
	get proxyAsksLogin(): boolean {
		return details.proxyAsksLogin(this.#byId);
	}

	/** Nothing listening at the proxy the network check went to (checks/details.ts), if so. */
	get proxyRefused(): ReturnType<typeof details.proxyRefused> {
		return details.proxyRefused(this.#byId);
	}

	get proxyLoginNotBasic(): boolean {
		return details.proxyLoginNotBasic(this.#byId);
	}

	anyApi(predicate: (id: CheckId) => boolean): CheckId | undefined {
		return details.apiCheckIds.find(id => this.#byId.has(id) && predicate(id));
	}

	traceIds(): string[] {
		const ids = [...this.#byId.values()].map(result => result.details.traceId).filter((id): id is string => typeof id === 'string' && id.length > 0);
		return [...new Set(ids)];
	}
}

export type Rule = (facts: Facts) => Diagnosis | undefined;

/**
 * No key to check — or one no request can carry: characters no HTTP header can hold (a
 * zero-width or no-break space, a look-alike copied out of a web page or a chat), so no
 * request with it is sent, by this tool or any other. Both certain, from the key alone.
 */
const noKey: Rule = facts => {
	if (facts.string('key_format', 'shape') === 'non_ascii') {
		return {verdict: 'invalid_key', summary: facts.result('key_format')?.summary ?? '', fixes: [fixes.copyKeyAgain()]};
	}
	if (facts.status('key_present') !== 'fail') return undefined;
	if (facts.detail('key_present', 'envBlank') === true) return {verdict: 'no_key', summary: diagnoseMessages.noKeyBlank, fixes: [fixes.createKey(), fixes.setKey()]};
	// Another tool's variable holds a DeepSeek-shaped key: that key is the likely one, not a new one to create.
	const found = facts.keyElsewhere();
	if (found) return {verdict: 'no_key', summary: facts.result('key_present')?.summary ?? diagnoseMessages.noKey, fixes: [fixes.setKeyFrom(found), fixes.createKey()]};
	// Saved for later shells but not in this one: loading it is the fix, not a new key.
	const saved = facts.savedKey();
	if (saved) return {verdict: 'no_key', summary: facts.result('key_present')?.summary ?? diagnoseMessages.noKey, fixes: [fixes.loadSavedKey(saved), fixes.createKey()]};
	return {verdict: 'no_key', summary: diagnoseMessages.noKey, fixes: [fixes.createKey(), fixes.setKey()]};
};

/**
 * An API check whose failure DeepSeek's outage explains: a 5xx, or no answer on the way to
 * DeepSeek — unless a proxy failed on its own (not reached, or refused the login), which is
 * this computer's path, not DeepSeek's servers. A proxy's gateway error on the tunnel (502,
 * 503, 504) still counts: the proxy could not reach DeepSeek.
 */
function apiTrouble(facts: Facts): CheckId | undefined {
	return facts.anyApi(id => {
		const status = facts.httpStatus(id);
		if (status !== undefined && status >= 500) return true;
		const reason = facts.string(id, 'reason');
		if (reason === 'proxy') return /^50[234]$/.test(facts.string(id, 'code') ?? '');
		return details.isNetworkReason(reason);
	});
}

/** A 5xx from a service the calls go to instead of DeepSeek (not Cloudflare's challenge in front of it). */
function failureThere(facts: Facts): CheckId | undefined {
	return facts.anyApi(id => (facts.httpStatus(id) ?? 0) >= 500 && facts.string(id, 'edgeBlock') === undefined);
}

/**
 * The status page shows an outage and the calls fail in a way it explains. When the calls go
 * to another service, only its 5xx count, and only where it may send them on to DeepSeek (a
 * router, a gateway, a host nothing recognises): a host that cannot be reached, or a cloud
 * that serves the models itself, has its own trouble (the network and relay rules).
 */
const outageSeen: Rule = facts => {
	if (facts.status('service_status') !== 'fail') return undefined;
	const status = facts.result('service_status')?.summary ?? '';
	const service = otherService(facts);
	if (!service) return apiTrouble(facts) ? {verdict: 'service_outage', summary: diagnoseMessages.outage(status), fixes: [fixes.statusPage(), fixes.retryLater()]} : undefined;
	const failing = outageCanReach(service.provider?.id) ? failureThere(facts) : undefined;
	if (!failing) return undefined;
	const {name} = service;
	return {
		verdict: 'service_outage',
		summary: diagnoseMessages.outageElsewhere({name, httpStatus: facts.httpStatus(failing) ?? 500, status}),
		fixes: [fixes.statusPage(), fixes.retryLaterElsewhere(), contactThere(service, fixes.askOperatorAboutErrors(name))],
	};
};

const networkError: Rule = facts => {
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
	const proxyFix = facts.proxyAsksLogin ? fixes.proxyLogin() : facts.proxyLoginNotBasic ? fixes.proxyLoginNotBasic() : refused ? fixes.proxyRefused(refused, direct !== undefined)
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
		const said = diagnoseMessages.network(facts.result('network')?.summary ?? '');
		const setClock = fixes.setClock(outOfDate.clock);
		if (!outOfDate.expired) return networkDiagnosis(said, [setClock], true);
		if (outOfDate.host === officialApiHost) return networkDiagnosis(said, [setClock, fixes.oldCertificateOnTheWay(outOfDate.host)], true);
		return networkDiagnosis(said, [fixes.lapsedCertificate(outOfDate.host, outOfDate.validTo), fixes.useDeepSeek(), setClock], true);
	}
	if (wsl) return networkDiagnosis(proxyId ? facts.result('network')?.summary ?? '' : diagnoseMessages.network(facts.result('network')?.summary ?? ''), fixes.wslLoopback(wsl), true);
	// Inside a container, the same: the host's 127.0.0.1 is not the container's (a codespace's host is not the user's computer).
	const inContainer = networkFailed ? facts.containerLoopback : undefined;
	if (inContainer) return networkDiagnosis(proxyId ? facts.result('network')?.summary ?? '' : diagnoseMessages.network(facts.result('network')?.summary ?? ''), fixes.containerLoopback(inContainer), true);
	// A name only containers resolve (host.docker.internal, a Compose service's): localhost stands for it outside them.
	const inContainers = networkFailed ? facts.unresolvedContainerName : undefined;
	if (inContainers) return networkDiagnosis(diagnoseMessages.network(facts.result('network')?.summary ?? ''), fixes.containerName(inContainers), true);
	if (proxyId) {
		const failed = facts.result(proxyId)?.summary ?? '';
		if (bad) return networkDiagnosis(failed, [fixes.badProxy(bad)], true);
		// The network check's own failure at the proxy says what going direct found; an API check's (a tunnel refused) does not.
		const summary = direct && proxyId !== 'network' ? withDirectFinding(failed, direct.look, (facts.host ?? officialApiHost).replace(/:\d+$/, '')) : failed;
		return networkDiagnosis(summary, proxyFixes, proxyFixes[0] !== plainProxyFix);
	}
	const reason = facts.string(failedId, 'reason');
	// Answers that began and then stalled or broke off: the service was reached, and at
	// DeepSeek's own host its load is the likely cause, so its status page comes first. At a
	// host not known to be DeepSeek, its status page says nothing about that server: whoever
	// runs it can see what stalls there (a proxy on this computer is the user's own).
	const cut = facts.cutOffAnswer;
	if (cut) {
		const network = fixes.network(facts.string(cut, 'reason'), facts.host);
		const summary = diagnoseMessages.answersCutOff(facts.result(cut)?.summary ?? '');
		if (facts.host === officialApiHost) return networkDiagnosis(summary, [fixes.statusPage(), network], true);
		if (facts.provider?.id === 'deepseek') return networkDiagnosis(summary, [network, fixes.statusPage()], true);
		const name = otherService(facts)?.name ?? facts.host;
		const ask = name === undefined || onThisComputer(facts.host) ? [] : [fixes.askOperatorAboutErrors(name)];
		return networkDiagnosis(summary, [network, ...ask], true);
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
	const trust = tlsFix(facts, reason, failedId);
	// Through a proxy the network check passes (it sees no TLS): the API check's sentence names no file, so the verdict says which.
	const ca = trust && failedId !== 'network' && !facts.untrustedCertificate(failedId)?.systemTrusted ? facts.otherToolsCa : undefined;
	const said = facts.result(failedId)?.summary ?? '';
	// A proxy app's fake-ip address that took no connection: that app, then the DNS cache it may have left, not the network or
	// DeepSeek. One that took it, where the calls then got no answer: the app is running, and the node it picked the likely cause.
	const route = facts.fakeIpRoute;
	const fakeIp = route && (failedId === 'network' ? !route.connected : route.connected && details.isConnectionReason(reason)) ? route : undefined;
	// Nothing listens at a service on this computer (a local relay or gateway not running): DeepSeek's status page says nothing
	// about that. A slow or broken answer from one may still come from DeepSeek behind it.
	const local = reason === 'connection_refused' && onThisComputer(facts.host);
	const general = [trust ?? fixes.network(reason, facts.host, facts.string('network', 'proxy') !== undefined), ...(local ? [] : [fixes.statusPage()])];
	const own = !fakeIp ? general : [fixes.fakeIpApp(fakeIp.host), fakeIp.connected ? fixes.statusPage() : fixes.flushDns()];
	const shown = ca ? checkMessages.network.trustedElsewhere({failed: said, variable: ca.variable, path: ca.path}) : said;
	return networkDiagnosis(
		diagnoseMessages.network(fakeIp?.connected ? diagnoseMessages.throughFakeIp({failed: shown, ip: fakeIp.address}) : shown),
		[...(viaProxy ? [viaProxy] : []), ...own],
		viaProxy !== undefined || trust !== undefined || fakeIp !== undefined || local,
	);
};

/**
 * The network-error rule's diagnosis. `precise`: its fixes name this cause more precisely than the general pair
 * (check the network for its reason, then the status page), which the wizard's network leaf shows otherwise.
 */
function networkDiagnosis(summary: string, fixList: Fix[], precise: boolean): Diagnosis {
	return {verdict: 'network_error', summary, fixes: fixList, ...(precise ? {preciseFixes: true} : {})};
}

/**
 * A certificate not trusted that this computer's own store trusts: NODE_USE_SYSTEM_CA=1 is the fix (it is sure to
 * work, where a file other tools trust may not hold that authority). Else a failed TLS handshake where other tools
 * here trust a certificate file: pointing Node at it is the fix. Else, for a certificate not trusted, with its issuer
 * or NODE_EXTRA_CA_CERTS's file known: that certificate, and where it goes.
 */
function tlsFix(facts: Facts, reason: string | undefined, failedId: CheckId): Fix | undefined {
	if (reason !== 'tls') return undefined;
	const untrusted = facts.untrustedCertificate(failedId);
	if (untrusted?.systemTrusted) return fixes.trustInterceptor(untrusted);
	const ca = facts.otherToolsCa;
	if (ca) return fixes.trustOtherToolsCa(ca.variable, ca.path);
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
const proxyAsksLogin: Rule = facts => {
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
const proxyRefusesByPolicy: Rule = facts => {
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
const upstreamCertificate: Rule = facts => {
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
const localUpstreamUnreachable: Rule = facts => {
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
 * Calls go to another service: a relay or vendor named by host or fingerprint, a base URL
 * that does not answer like DeepSeek — or one that cannot be told apart but refuses money
 * in words that are not DeepSeek's.
 */
function otherService(facts: Facts): Service | undefined {
	const provider = facts.provider;
	// A gateway that passes the user's own DeepSeek key on (table.ts `passesKeyOn`) is another
	// service only where it answered in its own name (its auth, its rate limit, its credits):
	// everything else it passed on is DeepSeek's answer about the user's own account.
	if (provider !== undefined && passesKeyOn(provider.id)) {
		return facts.answers.some(answer => answer.provider === provider.id) ? serviceNamed(provider, provider.name, facts.host) : undefined;
	}
	const named = provider !== undefined && isOtherService(provider.id) ? provider : undefined;
	const reachesDeepSeek = facts.detail('endpoint', 'reachesDeepSeek');
	const host = facts.host;
	if (!named && reachesDeepSeek !== false) {
		const foreignMoney = facts.answer(kind => moneyKinds.has(kind));
		const foreign = reachesDeepSeek === 'unknown' && host !== undefined && host !== officialApiHost && foreignMoney !== undefined && foreignMoney.provider !== 'deepseek';
		if (!foreign) return undefined;
	}
	return serviceNamed(named, named?.name ?? host ?? diagnoseMessages.thisService, host);
}

type MoneyWhat = 'token' | 'account' | 'balance' | 'request' | 'prompt' | 'prompt_cap' | 'paid_model' | 'overdue' | 'free_tier' | 'plan_limit' | 'no_payment_method';

/** How the money ran out, for the sentence (money kinds of providers/signatures.ts). */
function moneyWhat(kind: SignatureKind | undefined, service: Service, balance: ProviderBalance | undefined): MoneyWhat {
	if (kind === 'request_too_costly') return 'request';
	if (kind === 'model_needs_paid_balance') return 'paid_model';
	if (kind === 'account_overdue') return 'overdue';
	// A gateway user's own quota, which every token of theirs draws from: the token's limit is not what ran out.
	if (kind === 'user_quota') return 'account';
	// one-api/new-api balances are per token by default: the user tops up that token.
	const gateway = service.provider?.id === 'one-api' || service.provider?.id === 'new-api';
	// A key whose own credit limit is used up: its limit is what to raise, whatever words the call got.
	const keyLimitUsedUp = balance?.keyLimit === true && balance.exhausted;
	return gateway || kind === 'token_exhausted' || keyLimitUsedUp ? 'token' : 'balance';
}

/** How the money ran out at `service`, when an answer said so or its balance reads used up. */
function moneyAt(facts: Facts, service: Service): MoneyWhat | undefined {
	const money = facts.answer(kind => moneyKinds.has(kind));
	// The account takes a model's free quota only (Model Studio), which is used up: a setting to switch off.
	if (money?.freeTierOnly) return 'free_tier';
	// The plan's allowance for the week or month (OpenCode Go): it comes back at the reset.
	if (money?.planLimit) return 'plan_limit';
	// No payment method was ever added there (OpenCode Zen): one is added, nothing is topped up.
	if (money?.noPaymentMethod) return 'no_payment_method';
	// The prompt is longer than the key's plan takes at all (a free key's cap, ChatAnywhere): a shorter conversation or a paid key.
	if (money?.promptCap) return 'prompt_cap';
	// The prompt alone costs more than the credit left (OpenRouter): a shorter conversation, not a lower max_tokens.
	if (money?.promptTooLong) return 'prompt';
	return money || facts.providerBalance?.exhausted === true ? moneyWhat(money?.kind, service, facts.providerBalance) : undefined;
}

/** A proxy on this computer passed on DeepSeek's own refusal for money (see upstreamExhausted). */
function ownProxyPassedOnDeepSeek(facts: Facts, money: Answer | undefined): boolean {
	return money?.upstream === 'DeepSeek' && onThisComputer(facts.host);
}

/** Whether the base URL's host (`host:port`, as the endpoint check gives it) is this computer. */
export function onThisComputer(host: string | undefined): boolean {
	if (host === undefined) return false;
	try {
		return isLoopbackHost(new URL(`http://${host}`).hostname);
	} catch {
		return false;
	}
}

/** How to name the service in what to do there: its host where someone runs it for the user (whom to ask), else `name`. */
function nameToAsk(facts: Facts, name: string): string {
	return isOperatedProvider(facts.provider) ? (facts.host ?? name) : name;
}

/** A gateway anyone may run (one-api, new-api): on this computer, the user runs it. */
export function isSelfHostedGateway(provider: ProviderInfo | undefined): boolean {
	return provider?.id === 'one-api' || provider?.id === 'new-api';
}

/** Someone runs the service for the user (a gateway, or a host nothing recognises): that person is the one to ask. */
function isOperatedProvider(provider: ProviderInfo | undefined): boolean {
	return provider === undefined || isSelfHostedGateway(provider) || provider.id === 'unknown';
}

function isOperated(service: Service): boolean {
	return isOperatedProvider(service.provider);
}

/** Where to top up, or whom to ask, at that service (`page`: the user's own billing page there, see ownBillingPage). */
function topUpThere(service: Service, what?: MoneyWhat, page?: string): Fix {
	// An account in arrears there (an unpaid bill, a spending limit): what is due is paid, not a balance topped up.
	const kind = what === 'account' || what === 'overdue' || what === 'no_payment_method' ? what : 'token';
	return service.provider ? fixes.relayTopUp(service.provider, kind, page) : fixes.askOperator(service.name);
}

/** The user's own billing page that the answer about money names, only in the exact shape that service's own table row gives. */
function ownBillingPage(facts: Facts, service: Service): string | undefined {
	const page = facts.answer(kind => moneyKinds.has(kind))?.billingPage;
	return page !== undefined && service.provider && billingPageIn(page, [providerRow(service.provider.id)]) === page ? page : undefined;
}

/** Its console where it has one; else whoever runs it (`ask`: about what, when not its money or errors in general). */
function contactThere(service: Service, ask: MadeFix = fixes.askOperator(service.name)): Fix {
	return fixes.consoleOr(service.provider, ask);
}

/**
 * The service refused the key because it blocked the user behind it or this token: a new
 * key or a top-up does not help; its operator (a ban) or its console (a token) does.
 * Named by host where someone runs it for the user (a gateway, an unrecognised service).
 */
function blockedThere(facts: Facts): Diagnosis | undefined {
	const block = blockFound(facts);
	if (!block) return undefined;
	const {found, what, name, behindLocalProxy} = block;
	const deepseek = facts.provider?.id === 'deepseek';
	const said = facts.string(found.id, 'errorMessage');
	// A lock that says when it ends ("suspended until …") lifts by itself then.
	const until = what === 'account' ? lockEndsAt(said) : undefined;
	const summary = diagnoseMessages.blocked({name, what, status: found.status, said, deepseek, until});
	// DeepSeek's own block is a matter for its support; anyone else's for its operator or console.
	if (deepseek) return {verdict: 'invalid_key', summary, fixes: [fixes.support(facts.string(found.id, 'traceId'))]};
	if (behindLocalProxy) {
		return {verdict: 'invalid_key', summary: diagnoseMessages.blockedBehindLocalProxy({name, status: found.status, said, until}), fixes: [fixes.askProviderToUnblock(name), fixes.useDeepSeek()]};
	}
	const keysUrl = facts.string('endpoint', 'keysUrl');
	const first = what === 'account' ? fixes.askOperatorToUnblock(name) : what === 'group' ? fixes.moveTokenGroup(name, keysUrl) : fixes.enableToken(name, false, keysUrl);
	return {verdict: 'invalid_key', summary, fixes: [first, fixes.useDeepSeek()]};
}

/**
 * The gateway's own reading says the token expired (its quota may be left): it refuses every
 * call with it, as a disabled token (an answer that says so is read first, blockedThere).
 */
function tokenExpiredThere(facts: Facts, service: Service): Diagnosis | undefined {
	const date = facts.providerBalance?.expiredOn;
	if (date === undefined) return undefined;
	const name = nameToAsk(facts, service.name);
	return {verdict: 'invalid_key', summary: diagnoseMessages.tokenExpiredThere({name, date}), fixes: [fixes.enableToken(name, true, facts.string('endpoint', 'keysUrl')), fixes.useDeepSeek()]};
}

/**
 * The answer that says the service blocked the user or the token, and the name to give that
 * service: its host where someone runs it for the user. `behindLocalProxy`: the lock is not the
 * service's own. A proxy on this computer blocks no one: it passed on the lock of the provider
 * behind it (Kiro's, through OmniRoute), which may be DeepSeek itself with the user's own account
 * (DeepSeek's suspension, OmniRoute#10667). A gateway's own ban (one-api's 用户已被封禁) is the
 * gateway's, wherever it runs.
 */
function blockFound(facts: Facts): {found: Answer; what: Blocked; name: string; behindLocalProxy: boolean} | undefined {
	const found = facts.answers.find(answer => answer.blocked !== undefined);
	if (!found?.blocked) return undefined;
	const name = nameToAsk(facts, answeringService(facts));
	const gatewayBan = [facts.provider?.id, found.provider].some(id => id === 'one-api' || id === 'new-api');
	const behindLocalProxy = found.blocked === 'account' && onThisComputer(facts.host) && !gatewayBan;
	return {found, what: found.blocked, name, behindLocalProxy};
}

/** The API host of an upstream whose own words signatures.ts recognises (passedOnFrom). */
const upstreamApiHosts: Readonly<Record<string, string>> = {DeepSeek: officialApiHost, Anthropic: anthropicApiHost};

/**
 * A refusal for money the service passed on from its upstream (`upstream`), while its own
 * balance does not read used up; `ownProxy`: passed on by a proxy on this computer.
 */
function passedOnMoneyRefusal(facts: Facts): {upstream: string; ownProxy: boolean} | undefined {
	const money = facts.answer(kind => moneyKinds.has(kind));
	if (money?.upstream === undefined || facts.providerBalance?.exhausted === true) return undefined;
	// Its own words from its own host are no answer passed on: the account is the user's there.
	if (upstreamApiHosts[money.upstream] === facts.host) return undefined;
	return {upstream: money.upstream, ownProxy: ownProxyPassedOnDeepSeek(facts, money)};
}

/**
 * A service on this computer that nothing recognises (a local proxy, router or account
 * manager: Kiro's, Codex++'s, OmniRoute) passed on a refusal for money: such a proxy has no
 * balance of its own, so what ran out is the account it uses at the provider behind it, and
 * the user set that up in it. Only for a 402 answer: not a gateway's own quota (one-api,
 * new-api, in their words or with another status) nor a key's budget there (LiteLLM's), which
 * are the service's own wherever it runs.
 */
function localProxyMoney(facts: Facts, service: Service, what: MoneyWhat): Diagnosis | undefined {
	const recognised = service.provider !== undefined && service.provider.id !== 'unknown';
	// A key's or token's own limit (a LiteLLM budget: 'token') is set at the service itself.
	if (recognised || !onThisComputer(facts.host) || !['balance', 'account'].includes(what)) return undefined;
	// Such proxies pass their provider's 402 on (all four seen); a gateway's own quota answers
	// 403, 401 or 429 in its own words (one-api's 额度不足, an OpenAI-style insufficient_quota).
	const money = facts.answer(kind => moneyKinds.has(kind));
	if (money?.status !== 402 || ['one-api', 'new-api', 'litellm'].includes(money.provider)) return undefined;
	return {verdict: 'relay_insufficient_balance', summary: diagnoseMessages.localProxyExhausted({name: service.name}), fixes: [fixes.localProxyAccount(service.name), fixes.useDeepSeek()]};
}

/**
 * The service passed on its upstream provider's own refusal for money (signatures.ts
 * `upstream`): the account the service uses there cannot pay, not the user's balance at the
 * service — unless the service's own balance reads used up too. Its operator fixes it, or
 * another model or provider there; a top-up there does not help.
 */
function upstreamExhausted(facts: Facts, service: Service): Diagnosis | undefined {
	const passedOn = passedOnMoneyRefusal(facts);
	if (!passedOn) return undefined;
	// A proxy on this computer (LiteLLM, a local router) mostly calls DeepSeek with the key
	// the user gave it: the empty account is then the user's own DeepSeek account.
	if (passedOn.ownProxy) {
		return {verdict: 'relay_insufficient_balance', summary: diagnoseMessages.localProxyUpstreamExhausted({name: service.name}), fixes: [fixes.topUp(), fixes.useDeepSeek()]};
	}
	const summary = diagnoseMessages.relayUpstreamExhausted({name: service.name, upstream: passedOn.upstream, ask: service.ask});
	// Whoever runs a gateway tops up its upstream account; a recognised service's support, from its console.
	const first = isOperated(service) || !service.provider ? fixes.askOperatorForUpstream(service.name, passedOn.upstream) : fixes.askSupportForUpstream(service.provider, passedOn.upstream);
	return {verdict: 'relay_insufficient_balance', summary, fixes: [first, fixes.useDeepSeek()]};
}

/**
 * An API check was sent elsewhere (a 3xx with a Location, never followed) and no API check
 * passed: where it leads says what the base URL should be (deepseek/redirect.ts). It is
 * `wrong_endpoint`, as no API answers at this address: the same API at another path, a
 * login page in front of it (only its operator can give a way past), or a website. On
 * api.deepseek.com, which never redirects, something in between answered (unreadableAnswers).
 */
const redirected: Rule = facts => {
	const seen = facts.redirect;
	if (!seen || facts.host === officialApiHost || details.apiCheckIds.some(id => facts.status(id) === 'pass')) return undefined;
	const meaning = redirectMeaning(seen.asked, seen.location);
	if (!meaning) return undefined;
	const said = {status: seen.status, location: sanitize(seen.location)};
	switch (meaning.kind) {
		case 'base_url':
			return {verdict: 'wrong_endpoint', summary: diagnoseMessages.redirectToBaseUrl(said), fixes: [fixes.setBaseUrl(meaning.baseUrl), fixes.useDeepSeek()]};
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
const edgeBlocked: Rule = facts => {
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

/**
 * A gateway that passes the user's own DeepSeek key on (Cloudflare's AI Gateway) refused the
 * calls in its own name (otherService: only then is it another service): its own token, its
 * rate or spend limit, its Unified Billing credits. Its own pages; DeepSeek past it as the way round.
 */
function gatewayRefused(facts: Facts, provider: ProviderInfo): Diagnosis | undefined {
	const own = facts.answers.find(answer => answer.provider === provider.id);
	if (!own) return undefined;
	const said = facts.string(own.id, 'errorMessage');
	const name = provider.name;
	if (own.kind === 'invalid_key') {
		return {verdict: 'invalid_key', summary: diagnoseMessages.gatewayRefused({name, status: own.status, said, why: 'auth'}), fixes: [fixes.gatewayToken(provider), fixes.bypassGateway(provider)]};
	}
	if (own.kind === 'rate_limited') {
		return {verdict: 'rate_limited', summary: diagnoseMessages.gatewayRefused({name, status: own.status, said, why: 'limit'}), fixes: [fixes.lowerConcurrencyElsewhere(provider, facts.host, own.status), fixes.relayConsole(provider), fixes.bypassGateway(provider)]};
	}
	if (moneyKinds.has(own.kind)) {
		return {verdict: 'relay_insufficient_balance', summary: diagnoseMessages.gatewayRefused({name, status: own.status, said, why: 'credits'}), fixes: [fixes.relayTopUp(provider, 'account'), fixes.bypassGateway(provider)]};
	}
	return undefined;
}

/**
 * The relay rule: when calls go to another service, a definite answer says what is wrong
 * AT THAT SERVICE (its money, its key, its rate limit, its failure). Only with no definite
 * answer is it "you meant DeepSeek, but the URL goes elsewhere".
 */
const relay: Rule = facts => {
	const service = otherService(facts);
	if (!service) return undefined;
	const {name} = service;
	if (service.provider && passesKeyOn(service.provider.id)) return gatewayRefused(facts, service.provider);
	// Blocked there: every call is refused, whatever else the answers say. A token the
	// gateway's own reading says expired is named with its day (its refusal says only
	// "disabled or expired"), unless the account behind it is banned.
	const expired = blockFound(facts)?.what === 'account' ? undefined : tokenExpiredThere(facts, service);
	if (expired) return expired;
	const blocked = blockedThere(facts);
	if (blocked) return blocked;
	// Refused for where the calls come from: before the key, since such a 403 fails the key check too.
	const region = facts.answer(kind => kind === 'region_refused');
	if (region) {
		const said = facts.string(region.id, 'errorMessage');
		return {verdict: 'unknown', summary: diagnoseMessages.relayRegionRefused({name, status: region.status, said}), fixes: [fixes.callFromServedRegion(name), contactThere(service, fixes.askOperatorAboutErrors(name)), fixes.useDeepSeek()]};
	}
	// Refused for the IP address the calls come from (the key's allow-list there): the same reason to come before the key.
	const address = facts.answer(kind => kind === 'address_refused');
	if (address) {
		const said = facts.string(address.id, 'errorMessage');
		// The resource's own network rules (Azure's virtual network or firewall), not a key's list: its networking settings.
		const byNetwork = address.networkRules === true;
		const summary = (byNetwork ? diagnoseMessages.relayNetworkRulesRefused : diagnoseMessages.relayAddressRefused)({name, status: address.status, said});
		return {verdict: 'unknown', summary, fixes: [byNetwork ? fixes.allowCallerNetwork(name) : fixes.allowCallerAddress(name), contactThere(service, fixes.askOperatorAboutErrors(name)), fixes.useDeepSeek()]};
	}
	// Taken only from its own app or an approved channel: neither the key nor the money, so before both.
	const client = facts.answer(kind => kind === 'client_refused');
	if (client) {
		const said = facts.string(client.id, 'errorMessage');
		return {verdict: 'unknown', summary: diagnoseMessages.relayClientRefused({name, status: client.status, said}), fixes: [fixes.useOwnApp(name), service.provider?.consoleUrl ? fixes.ownAppConsole(service.provider) : fixes.askOperatorAboutErrors(name), fixes.useDeepSeek()]};
	}
	// Not open to this account at all (not enabled for its organization, or not for personal accounts): a setting or the
	// kind of account there, neither the key nor the money nor a rate, so before all three. Its console then for the
	// account's organization or team, never "check your key, balance" after "not the key, not the balance".
	const account = facts.answer(kind => kind === 'account_refused');
	if (account) {
		const said = facts.string(account.id, 'errorMessage');
		const personal = account.personalAccount === true;
		return {verdict: 'unknown', summary: diagnoseMessages.relayAccountRefused({name, status: account.status, said, personal}), fixes: [fixes.enableService(name, personal), service.provider?.consoleUrl ? fixes.accountConsole(service.provider) : fixes.askOperatorAboutErrors(name), fixes.useDeepSeek()]};
	}
	const upstream = upstreamExhausted(facts, service);
	if (upstream) return upstream;
	const what = moneyAt(facts, service);
	const local = what && localProxyMoney(facts, service, what);
	if (local) return local;
	// A free key's cap on a prompt's tokens: a shorter conversation, or a paid key there; no top-up, no limit to raise.
	if (what === 'prompt_cap') {
		// The cap, where the answer names it ("limited to 4096"): a number the user can set a context length by.
		const capped = facts.answer(kind => moneyKinds.has(kind));
		const capTokens = capped ? promptCapTokens(facts.string(capped.id, 'errorMessage')) : undefined;
		return {verdict: 'relay_insufficient_balance', summary: diagnoseMessages.relayExhausted({name, what, operator: isOperated(service), capTokens}), fixes: [fixes.shorterPromptCapped(capTokens), fixes.paidKeyThere(service.provider, name), fixes.useDeepSeek()]};
	}
	if (what) {
		// A key's own limit used up: raising that limit is what helps (a top-up only when the account ran dry too).
		const keyLimit = (what === 'token' || (what === 'prompt' && facts.answer(kind => kind === 'token_exhausted'))) && service.provider ? fixes.raiseKeyLimit(service.provider) : undefined;
		const extra = what === 'request' ? [fixes.lowerMaxTokens()] : what === 'prompt' ? [fixes.shorterPrompt(), ...(keyLimit ? [keyLimit] : [])] : keyLimit ? [keyLimit] : what === 'free_tier' ? [fixes.freeTierOnlyOff(service.provider, name, facts.host)] : [];
		return {verdict: 'relay_insufficient_balance', summary: diagnoseMessages.relayExhausted({name, what, operator: isOperated(service)}), fixes: [...extra, topUpThere(service, what, ownBillingPage(facts, service)), fixes.useDeepSeek()]};
	}
	if (facts.status('auth') === 'fail' || facts.answer(kind => kind === 'invalid_key')) {
		return {
			verdict: 'invalid_key',
			summary: diagnoseMessages.relayKeyRejected({name, product: service.provider !== undefined}),
			// Its API keys page, where known, is the page for the key it refused; else its console.
			fixes: service.provider
				? [fixes.checkKeyThere(service.provider, facts.host) ?? fixes.relayConsole(service.provider), fixes.useDeepSeek()]
				: [fixes.useDeepSeek(), fixes.checkKeyInTool()],
		};
	}
	const limited = facts.answer(kind => kind === 'rate_limited');
	if (limited) {
		const slower = fixes.lowerConcurrencyElsewhere(service.provider, facts.host, limited.status);
		// Kept low until the account is verified there: its console lifts it, waiting does not.
		if (limited.unverified) {
			return {verdict: 'rate_limited', summary: diagnoseMessages.relayRateLimitedUnverified(name, limited.status), fixes: [contactThere(service, fixes.askOperatorAboutLimits(name)), slower, fixes.useDeepSeek()]};
		}
		// The cost of the paid calls in flight holds the budget the balance allows: it frees as they settle (this
		// 402 is the one to retry, after the wait it names), and more credit there raises it.
		if (limited.inFlightBudget) {
			return {verdict: 'rate_limited', summary: diagnoseMessages.relayRateLimitedInFlight(name, limited.status), fixes: [fixes.retryAfterInFlight(), slower, topUpThere(service), fixes.useDeepSeek()]};
		}
		// A charge made earlier still being settled there: a short wait, whatever billing link the answer carries. Not a
		// top-up (the balance is not what is short) nor fewer calls at once; who runs it is the one to ask if it stays,
		// which the first fix says: its console after it where it has one, never "tell whoever runs it" a second time.
		if (limited.chargeSettling) {
			const console = service.provider?.consoleUrl ? [fixes.relayConsole(service.provider)] : [];
			return {verdict: 'rate_limited', summary: diagnoseMessages.relayChargeSettling(name, limited.status), fixes: [fixes.retryAfterChargeSettles(service.ask), ...console, fixes.useDeepSeek()]};
		}
		return {verdict: 'rate_limited', summary: diagnoseMessages.relayRateLimited(name, limited.status), fixes: [slower, fixes.retryLaterElsewhere(), contactThere(service, fixes.askOperatorAboutLimits(name)), fixes.useDeepSeek()]};
	}
	const failing = facts.answer(kind => kind === 'server_error');
	if (failing) {
		// A service on this computer whose 5xx names no cause: the user runs it, its own log says which side failed, and
		// a VPN or system proxy in its way was the cause where users found one (Codex++'s bare 502 "Unknown error", BigPizzaV3/CodexPlusPlus#1567
		// and #670; CC Switch's empty 502 with Clash Verge on, farion1231/cc-switch#770): never "ask whoever runs it".
		// A gateway recognised there (one-api, new-api) runs here too: its log, and its channels, where the provider behind it is set.
		const recognised = service.provider !== undefined && service.provider.id !== 'unknown';
		if (onThisComputer(facts.host) && facts.detail(failing.id, 'bareFailure') === true && (!recognised || isSelfHostedGateway(service.provider))) {
			return recognised
				? {verdict: 'server_error', summary: diagnoseMessages.localGatewayServerError({name, status: failing.status}), fixes: [fixes.localGatewayChannels(name, facts.string('endpoint', 'channelsUrl')), fixes.retryLaterElsewhere(), fixes.useDeepSeek()]}
				: {verdict: 'server_error', summary: diagnoseMessages.localServerError({name, status: failing.status}), fixes: [fixes.retryLaterElsewhere(), fixes.localUpstreamNetwork(name), fixes.useDeepSeek()]};
		}
		// Whom to tell if it keeps failing, where a fix says it (not its console): the summary then leaves it out.
		const contact = contactThere(service, fixes.askOperatorAboutErrors(name));
		return {verdict: 'server_error', summary: diagnoseMessages.relayServerError(name, failing.status, contact.id !== 'relay_console'), fixes: [fixes.retryLaterElsewhere(), contact, fixes.useDeepSeek()]};
	}
	// NVIDIA's bare 404 page is "no such model" only where the model list answered at the same base: a 404 page to
	// both is the path, read below (signatures.ts, the NVIDIA row).
	const noModel = facts.answer(kind => kind === 'model_not_found');
	const bareToBoth = isBareNotFoundPage(facts.httpStatus('probe'), facts.string('probe', 'errorMessage')) && facts.httpStatus('auth') === 404;
	if (noModel && !bareToBoth) {
		return modelNotOffered(facts, noModel, {name, at: isOperated(service) ? 'operated' : 'relay', provider: service.provider});
	}
	const refused = facts.answer(kind => kind === 'request_refused');
	if (refused) return requestRefused(facts, refused, name, contactThere(service, fixes.askOperatorAboutRequest(name)));
	// One of DeepSeek's websites as the base URL (OpenManus with platform.deepseek.com/api_keys, FoundationAgents/OpenManus#81:
	// 405 to every call, which had read as no clear cause): what it is, and DeepSeek's API address. Before DeepSeek's own
	// Not Found below, which at a website would say the address set in a service is wrong.
	if (facts.host !== undefined && isDeepSeekWebsiteHost(facts.host.replace(/:\d+$/, ''))) {
		return {verdict: 'wrong_endpoint', summary: diagnoseMessages.deepSeekWebsite(facts.host), fixes: [fixes.useDeepSeek()]};
	}
	// DeepSeek's own "Not Found. Please check the configuration." passed on: the service reaches DeepSeek, at an
	// address DeepSeek does not serve (claude-code-router#250: its DeepSeek URL was the base where it wants the whole
	// endpoint). Not wrong_endpoint ("calls do not reach DeepSeek"): they do; the address set in the service is wrong.
	if (isDeepSeekNotFound(facts.httpStatus('probe'), facts.string('probe', 'errorMessage'))) {
		const local = onThisComputer(facts.host);
		return {
			verdict: 'unknown',
			summary: diagnoseMessages.upstreamPathNotFound({name, local}),
			fixes: [local ? fixes.deepSeekAddressInProxy(name) : contactThere(service, fixes.askOperatorAboutDeepSeekAddress(name)), fixes.useDeepSeek()],
			knownCause: 'upstream_path',
		};
	}
	// A base URL ending in a path only DeepSeek serves (/beta): the service's own address is the base URL without it
	// (new-api's 404 "Invalid URL (POST /v1/beta/chat/completions)", QuantumNous/new-api#999), before DeepSeek's.
	const onlyDeepSeeks = facts.deepSeekPath;
	const ways = [
		...(onlyDeepSeeks ? [fixes.withoutDeepSeekPath(name, onlyDeepSeeks.base, onlyDeepSeeks.path)] : []),
		...(service.provider ? [fixes.relayConsole(service.provider)] : []),
		fixes.useDeepSeek(),
	];
	// 404 to the model list and to the chat call alike (no "no such model" in it): the host is
	// there, the path is not, e.g. an extra /v1 the service does not have.
	if (facts.httpStatus('auth') === 404 && facts.httpStatus('probe') === 404) {
		return {verdict: 'wrong_endpoint', summary: diagnoseMessages.pathNotFound(facts.host ?? ''), fixes: ways};
	}
	return {verdict: 'wrong_endpoint', summary: diagnoseMessages.wrongEndpoint(service.provider ? name : undefined, facts.host ?? ''), fixes: ways};
};

const unreadableAnswers: Rule = facts => {
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
		? {verdict: 'network_error', summary: diagnoseMessages.interceptedAnswers(summary), fixes: [fixes.network('proxy'), fixes.statusPage()]}
		: {verdict: 'wrong_endpoint', summary: diagnoseMessages.unreadableAnswers(host, summary), fixes: [fixes.useDeepSeek()]};
};

/** The key as the server echoed it proves a wrong or placeholder key was sent. */
function echoShowsWrongKey(facts: Facts): boolean {
	const echoed = facts.string('auth', 'echoedLastFour');
	return echoed !== undefined && (isPlaceholderTail(echoed) || echoed !== facts.string('auth', 'sentLastFour'));
}

/**
 * A 401 while DeepSeek's status page shows an outage: during outages DeepSeek has refused
 * valid keys ("Authentication Fails (no such user)"). Unless the echo shows another key
 * was sent, the outage is the likelier cause.
 */
const keyRefusedInOutage: Rule = facts => {
	const refusedAt = keyRefusedAt(facts);
	return refusedAt !== undefined && facts.httpStatus(refusedAt) === 401 && facts.status('service_status') === 'fail' && !echoShowsWrongKey(facts)
		? {
			verdict: 'service_outage',
			summary: diagnoseMessages.outageKeyRefused(facts.result('service_status')?.summary ?? ''),
			// Its retry advice says to retry these 401s after the outage, as the summary does, not "never retry 401".
			fixes: [fixes.statusPage(), fixes.retryAfterOutage(), fixes.checkKeyInTool()],
		}
		: undefined;
};

/**
 * The check that saw the key refused: the key check, or — where it did not run (the
 * `balance` command) — a 401 to the balance reading, which is just as definite.
 */
function keyRefusedAt(facts: Facts): CheckId | undefined {
	if (facts.status('auth') === 'fail') return 'auth';
	return facts.status('auth') === undefined && facts.httpStatus('balance') === 401 ? 'balance' : undefined;
}

const invalidKey: Rule = facts => {
	const refusedAt = keyRefusedAt(facts);
	if (refusedAt === undefined) return undefined;
	const blocked = blockedThere(facts);
	if (blocked) return blocked;
	// A money answer to the key check ("Insufficient Balance") is the balance talking, not a refused key.
	const authKind = facts.signature(refusedAt)?.kind as SignatureKind | undefined;
	if (authKind !== undefined && moneyKinds.has(authKind)) return undefined;
	const detail = facts.result(refusedAt)?.summary ?? '';
	// An incident in progress is worth naming next to a 401, even a minor one.
	const incident = facts.status('service_status') === 'warn' ? facts.result('service_status')?.summary : undefined;
	// The server got another key than the one sent: something in between replaced it.
	const replaced = echoShowsWrongKey(facts) && !isPlaceholderTail(facts.string('auth', 'echoedLastFour') ?? '');
	// Another vendor's key: a DeepSeek key is what is missing.
	const shape = facts.string('key_format', 'shape');
	const foreign = shape === 'foreign';
	// "Bearer ", quotes or NAME= sent as part of the key: removing them is the fix the summary names.
	const wrapped = shape === 'bearer' || shape === 'quoted' || shape === 'assignment' ? shape : undefined;
	// A start-up file (or Windows' variables) saves another DeepSeek key for new shells: this shell was started before it
	// changed, and the new key is likely the one meant. Not checked: it may belong with another base URL than this one.
	const stale = replaced || wrapped ? undefined : facts.startupKey();
	// The key checked is the one an agent app's settings hold (picked in the wizard): that file is where a working one goes.
	const fromApp = facts.string('key_present', 'source');
	const sentKey = isAgentApp(fromApp) ? fixes.replaceAppKey(fromApp) : fixes.checkSentKey();
	// A new key is a fix of its own below (or no help at all), so the check does not offer one too.
	const own = replaced ? [fixes.network('proxy'), fixes.checkSentKey()] : foreign ? [fixes.createKey(), sentKey] : wrapped ? [fixes.unwrapKey(wrapped)] : [sentKey];
	const first = stale ? [fixes.useStartupKey(stale), ...own] : own;
	// A replaced key is no reason to make a new one: what replaced it would replace that too.
	const last = replaced ? [] : [fixes.createKey()];
	// A row that opens "Rejected (401)" already says the key is refused: the summary says it once, not "not accepted. Rejected".
	const lead = checkMessages.auth.rejected401;
	const refused = detail.startsWith(lead) ? diagnoseMessages.keyRejected(detail.slice(lead.length)) : diagnoseMessages.invalidKey(detail);
	const said = stale ? diagnoseMessages.staleKeyRefused(refused, stale) : refused;
	return incident
		? {verdict: 'invalid_key', summary: diagnoseMessages.invalidKeyDuringIncident(said, incident), fixes: dedupe([...first, fixes.statusPage(), ...last])}
		: {verdict: 'invalid_key', summary: said, fixes: dedupe([...first, ...last])};
};

/** DeepSeek's own name, or the host when the endpoint could not tell who answers. */
function answeringService(facts: Facts): string {
	return facts.provider?.id === 'deepseek' ? diagnoseMessages.deepseek : (facts.serviceName ?? diagnoseMessages.thisService);
}

/** DeepSeek's balance, when it reads empty (or unable to pay): worth saying next to any other trouble. */
function emptyBalance(facts: Facts): string | undefined {
	return facts.status('balance') === 'fail' && facts.reading !== undefined ? (facts.result('balance')?.summary ?? '') : undefined;
}

const rateLimited: Rule = facts => {
	const id = facts.anyApi(check => facts.httpStatus(check) === 429 || facts.signature(check)?.kind === 'rate_limited');
	if (!id) return undefined;
	// DeepSeek scales an account's concurrency with its balance, and says so in the 429.
	const byBalance = /balance|余额/i.test(facts.string(id, 'errorMessage') ?? '');
	const name = answeringService(facts);
	const deepseek = name === diagnoseMessages.deepseek;
	// The 429 is what fails now, but "not a balance problem" must not stand next to an empty balance.
	const empty = deepseek && !byBalance ? emptyBalance(facts) : undefined;
	// Nor next to a low one (it lowers the limit), nor one that could not be read (as the wizard's 429 result reads it).
	const balance = !deepseek || byBalance || empty !== undefined
		? undefined
		: facts.reading === undefined
			? 'unread'
			: facts.detail('balance', 'low') === true ? 'low' : undefined;
	if (!deepseek) {
		return {
			verdict: 'rate_limited',
			// What really came back: a relay may send its rate limit with 200.
			summary: diagnoseMessages.rateLimited({name, byBalance, status: facts.httpStatus(id)}),
			fixes: [fixes.lowerConcurrencyElsewhere(facts.provider, facts.host, facts.httpStatus(id)), fixes.retryLaterElsewhere()],
		};
	}
	return {
		verdict: 'rate_limited',
		summary: empty === undefined ? diagnoseMessages.rateLimited({name, byBalance, status: facts.httpStatus(id), ...(balance ? {balance} : {})}) : diagnoseMessages.rateLimitedBalanceEmpty({balance: empty}),
		// Sending fewer already says to retry with backoff: the status page, not that again (as the wizard's 429 result).
		// An empty balance is the next failure, and a 429 that names the balance asks for a top-up itself
		// ("Please top up your balance to restore your concurrency"): the top-up first. A merely low one
		// the 429 does not name: sending fewer first, the top-up next to it.
		fixes: empty !== undefined || byBalance
			? [fixes.topUp(), fixes.lowerConcurrency(), fixes.statusPage()]
			: [fixes.lowerConcurrency(), ...(balance === 'low' ? [fixes.topUp()] : []), fixes.statusPage()],
	};
};

const serverError: Rule = facts => {
	const failing = facts.answer(kind => kind === 'server_error');
	// A gateway's 503 "no channel for this model" is about the model, not a failure.
	const id = failing?.id ?? facts.anyApi(check => (facts.httpStatus(check) ?? 0) >= 500 && facts.signature(check)?.kind !== 'model_not_found');
	if (!id) return undefined;
	const status = failing?.status ?? facts.httpStatus(id) ?? 500;
	// A 200 with no completion: accepted, then only keep-alive lines, or an error text.
	const how = status !== 200 ? 'status' : facts.string(id, 'bodyProblem') === 'empty' ? 'empty' : 'error_body';
	const name = answeringService(facts);
	const deepseek = name === diagnoseMessages.deepseek;
	const empty = deepseek ? emptyBalance(facts) : undefined;
	// An empty balance is the next failure once the 5xx stops (DeepSeek answers it 402): its top-up first, as for a 429.
	const ways = deepseek ? (empty === undefined ? [fixes.retryLater(), fixes.statusPage()] : [fixes.topUp(), fixes.retryLater(), fixes.statusPage()]) : [fixes.retryLaterElsewhere()];
	return {verdict: 'server_error', summary: diagnoseMessages.serverError({name, status, how, emptyBalance: empty}), fixes: ways};
};

const insufficientBalance: Rule = facts => {
	const reading = facts.reading;
	const probe402 = facts.httpStatus('probe') === 402;
	const balanceFailed = facts.status('balance') === 'fail' && reading !== undefined;
	if (!balanceFailed && !probe402) return undefined;
	const traceId = facts.string('probe', 'traceId');
	if (!balanceFailed && probe402 && reading === undefined) {
		// A 402 and no balance to compare it with: the plain reading of 402 comes first.
		return {
			verdict: 'insufficient_balance',
			summary: diagnoseMessages.refusedBalanceUnknown(traceId),
			fixes: [fixes.topUp(), fixes.transactions(), fixes.sameAccount(), fixes.support(traceId)],
		};
	}
	if (!balanceFailed && probe402) {
		return {
			verdict: 'insufficient_balance',
			summary: diagnoseMessages.paidButRefused(facts.result('balance')?.summary ?? '', traceId),
			fixes: [fixes.transactions(), fixes.sameAccount(), fixes.support(traceId)],
		};
	}
	return {
		verdict: 'insufficient_balance',
		summary: diagnoseMessages.insufficient(facts.result('balance')?.summary ?? ''),
		fixes: [fixes.topUp(), fixes.transactions(), fixes.sameAccount(), fixes.setAlert()],
	};
};

/**
 * Where a "no such model" answer came from, for the advice: DeepSeek (its model page), a
 * recognised relay or cloud (its own names for DeepSeek's models), or a service someone
 * runs for the user (a gateway, an unrecognised host: they can enable the model).
 */
type ModelService = {name: string; at: 'deepseek' | 'relay' | 'operated'; provider?: ProviderInfo | undefined};

/** The models the service lists (the auth check's `/models` reading); undefined when it could not be read. */
function listedModels(facts: Facts): string[] | undefined {
	const value = facts.detail('auth', 'models');
	return Array.isArray(value) ? value.filter(isModelName) : undefined;
}

/** The calls name a model the service does not offer (or not to this key). */
function modelNotOffered(facts: Facts, found: Answer, service: ModelService): Diagnosis {
	const asked = facts.string(found.id, 'model');
	const model = asked === undefined ? undefined : sanitize(asked);
	const listed = listedModels(facts);
	// A few ids to pick from, the DeepSeek ones first (domain/models.ts ranks them).
	const others = probeModelChoices((listed ?? []).filter(id => id !== asked), undefined, 4).map(id => sanitize(id));
	// A gateway that sent the name on unchanged to DeepSeek, which does not serve it
	// (signatures.ts `modelRefusedBy`): the names DeepSeek serves are in its answer, and the
	// gateway's operator maps names.
	if (found.upstream === 'DeepSeek' && service.at !== 'deepseek') {
		const summary = diagnoseMessages.modelRefusedUpstream({name: service.name, upstream: found.upstream, model, status: found.status});
		const operator = service.at === 'operated' ? [fixes.askOperatorToMapModel(service.name, found.upstream)] : [];
		return {verdict: 'model_not_found', summary, fixes: [fixes.useListedModel(others), fixes.deepseekModels(), ...operator]};
	}
	// A gateway with no price for the model (new-api): its operator prices it; another model may do meanwhile.
	if (found.unpriced === true) {
		return {verdict: 'model_not_found', summary: diagnoseMessages.modelUnpriced({name: service.name, model, status: found.status, others}), fixes: [fixes.askOperatorToPriceModel(service.name), fixes.useListedModel(others)]};
	}
	// Volcengine Ark's refusals its console lifts: activating the model, or an inference endpoint to name instead.
	// Another listed model is refused alike (not activated, or named by its id), so that comes after, if at all.
	if (found.modelAccess !== undefined) {
		const summary = diagnoseMessages.modelAccess({name: service.name, model, status: found.status, access: found.modelAccess});
		const console = fixes.modelAccessConsole(found.modelAccess, service.provider, service.name, facts.host);
		return {verdict: 'model_not_found', summary, fixes: found.modelAccess === 'activate' ? [console, fixes.useListedModel(others)] : [console]};
	}
	const summary = diagnoseMessages.modelNotFound({
		name: service.name,
		model,
		status: found.status,
		listed: asked !== undefined && listed?.includes(asked) === true,
		others,
		listUnread: listed === undefined,
		deepseek: service.at === 'deepseek',
	});
	const where = {deepseek: [fixes.deepseekModels()], relay: [fixes.relayModelNames(service.name)], operated: [fixes.relayModelNames(service.name), fixes.askOperatorForModel(service.name)]}[service.at];
	return {verdict: 'model_not_found', summary, fixes: [fixes.useListedModel(others), ...where]};
}

/**
 * A call got "no such model": the model name is wrong for this service (or not open to
 * this key). It blocks the calls that name it, not every call: every cause that blocks
 * every call (no key, a refused key, the network, money) comes first.
 */
const modelNotFound: Rule = facts => {
	const found = facts.answer(kind => kind === 'model_not_found');
	if (!found) return undefined;
	const name = answeringService(facts);
	return modelNotOffered(facts, found, {name, at: name === diagnoseMessages.deepseek ? 'deepseek' : 'operated'});
};

/**
 * DeepSeek's own host lists the models for the key but answers the chat call 404 Not Found,
 * in words that name no model and no request: the host and the key are right, the path the
 * calls take is not one DeepSeek serves (Codex calling /responses before DeepSeek had it,
 * BigPizzaV3/CodexPlusPlus#793, which had read as no clear cause; tools that post to the address as
 * entered, adding no path, gradusnikov/eclipse-chatgpt-plugin#55, laoning666/synology-chat-bot#2,
 * SubtitleEdit/subtitleedit#13044: the whole endpoint first). A "no such model" 404 is
 * modelNotFound's, before; an outage on the status page comes after, as the API answered.
 */
const officialPathNotFound: Rule = facts => {
	if (facts.host !== officialApiHost || facts.status('auth') !== 'pass' || facts.httpStatus('probe') !== 404) return undefined;
	// Not wrong_endpoint ("calls do not reach DeepSeek"): they do. No verdict names a path, so unknown, with what to check.
	return {
		verdict: 'unknown',
		summary: diagnoseMessages.officialPathNotFound(facts.host),
		fixes: [fixes.wholeEndpoint(), fixes.useDeepSeek(), fixes.support(facts.string('probe', 'traceId') ?? facts.traceIds()[0])],
		knownCause: 'official_path',
	};
};

const outageOnly: Rule = facts => {
	if (facts.status('service_status') !== 'fail') return undefined;
	const status = facts.result('service_status')?.summary ?? '';
	// "Your key and balance look fine" only when they were checked and are.
	const vouched = facts.status('auth') === 'pass' && ['pass', 'warn'].includes(facts.status('balance') ?? '');
	const unexplained = facts.anyApi(check => facts.status(check) === 'fail' || facts.status(check) === 'error');
	const summary = vouched
		? diagnoseMessages.outageApiFine(status)
		: unexplained === undefined
			? diagnoseMessages.outageNotChecked({status})
			: diagnoseMessages.outageUnchecked({status, detail: facts.result(unexplained)?.summary ?? ''});
	return {verdict: 'service_outage', summary, fixes: [fixes.statusPage(), fixes.retryLater()]};
};

/**
 * The key in use is in files git tracks here. It blocks no call, so every cause that does
 * comes first; it comes before `unknown`, because a committed key is a certain finding
 * that needs doing something now, while `unknown` only says that a check went wrong in a
 * way we could not name (its row still shows in the report).
 */
const keyExposed: Rule = facts =>
	facts.status('key_exposure') === 'fail'
		? {verdict: 'key_exposed', summary: diagnoseMessages.keyExposed, fixes: [fixes.rotateKey(), fixes.usage()]}
		: undefined;

/**
 * The service refused the request for what it asks (too long, a max_tokens out of range,
 * content it will not process). No verdict names that, so it stays `unknown`, but the
 * summary says it is neither the key nor the money, and what to change.
 */
function requestRefused(facts: Facts, found: Answer, name: string, ask: Fix): Diagnosis {
	const said = facts.string(found.id, 'errorMessage');
	// Not lower_max_tokens: its title speaks of credit, and here the money is fine.
	// What the summary says to do first; whom to ask after.
	const change = fixes.changeRequest(name === diagnoseMessages.deepseek, found.moderation === true);
	const summary = (found.moderation ? diagnoseMessages.requestModerated : diagnoseMessages.requestRefused)({name, status: found.status, said});
	return {verdict: 'unknown', summary, fixes: [change, ask]};
}

/**
 * DeepSeek's own host takes the key (its model list answers) and answers the chat call 400 or
 * 422 in words no rule reads: DeepSeek's error codes give both for the request alone (400
 * "Invalid Format", 422 "Invalid Parameters"); a model, money or a rate limit has words of its
 * own, read before. A client that prints only the status line (Spring's WebClient,
 * spring-projects/spring-ai#6118) or a body whose Markdown ate the underscores
 * ("Invalid maxtokens value", dataelement/Clawith#571) had read as no clear cause.
 */
function officialRequestRefusal(facts: Facts): Answer | undefined {
	const status = facts.httpStatus('probe');
	if (facts.host !== officialApiHost || facts.status('auth') !== 'pass' || (status !== 400 && status !== 422)) return undefined;
	return facts.answers.some(found => found.id === 'probe') ? undefined : {id: 'probe', kind: 'request_refused', status, provider: 'deepseek'};
}

const inconclusive: Rule = facts => {
	const refused = facts.answer(kind => kind === 'request_refused') ?? officialRequestRefusal(facts);
	if (refused) {
		const name = answeringService(facts);
		const ask = name === diagnoseMessages.deepseek ? fixes.support(facts.string(refused.id, 'traceId') ?? facts.traceIds()[0]) : fixes.askOperatorAboutRequest(name);
		return requestRefused(facts, refused, name, ask);
	}
	const id = facts.anyApi(check => facts.status(check) === 'error' || facts.status(check) === 'fail');
	// The key was never sent (plain http to another computer): not a cause for support, a base URL to change.
	if (id && facts.string(id, 'reason') === 'insecure_url') {
		return {verdict: 'unknown', summary: diagnoseMessages.keyNotSentInsecure(facts.result(id)?.summary ?? ''), fixes: [fixes.useHttps()], knownCause: 'key_not_sent'};
	}
	return id
		? {verdict: 'unknown', summary: diagnoseMessages.unknown(facts.result(id)?.summary ?? ''), fixes: [fixes.support(facts.string(id, 'traceId') ?? facts.traceIds()[0]), fixes.statusPage()]}
		: undefined;
};

/** A rule and its name (tests swap neighbours by name to prove that each order is pinned). */
export type NamedRule = {readonly name: string; readonly rule: Rule};

/** The rules in order: the first that holds wins. */
export const orderedRules: readonly NamedRule[] = Object.entries({
	noKey,
	outageSeen,
	networkError,
	proxyAsksLogin,
	proxyRefusesByPolicy,
	localUpstreamUnreachable,
	upstreamCertificate,
	edgeBlocked,
	redirected,
	relay,
	unreadableAnswers,
	keyRefusedInOutage,
	invalidKey,
	rateLimited,
	serverError,
	insufficientBalance,
	modelNotFound,
	officialPathNotFound,
	outageOnly,
	keyExposed,
	inconclusive,
}).map(([name, rule]) => ({name, rule}));

/** Things worth doing even when nothing is broken (low balance, leaked key, fast burn, an incident). */
function adviceWhenOk(facts: Facts): Fix[] {
	const advised: Fix[] = [];
	// A base URL ending in the path tools add themselves: the checks worked around it, the user's tools may not.
	const pasted = facts.endpointPath;
	if (pasted) advised.push(fixes.baseUrlWithoutPath(pasted.base, pasted.path));
	// A dead ALL_PROXY: the likeliest reason a program fails where these checks get through.
	const theirs = facts.otherToolsProxyDown;
	if (theirs) advised.push(fixes.otherToolsProxy(theirs.variable, theirs.proxy));
	// A base URL on this computer that Python's clients would call through a proxy: these checks went direct.
	const local = facts.localCallsProxy;
	if (local) advised.push(fixes.localNoProxy(local.variable, local.host));
	// The API host reachable only through the proxy: a Node program that does not read its variable cannot connect.
	const proxied = facts.onlyThroughProxy;
	if (proxied) advised.push(fixes.nodeEnvProxy(proxied.variable));
	// A committed key of the one in use is the key_exposed verdict; key-shaped strings are advice.
	if (facts.status('key_exposure') === 'warn') advised.push(fixes.rotateKey());
	if (facts.status('balance') === 'warn') advised.push(fixes.topUp(), fixes.setAlert());
	if (facts.status('usage_trend') === 'warn') advised.push(fixes.usage());
	// A minor incident (degraded, partial): it may explain slow or failing calls.
	if (facts.status('service_status') === 'warn') advised.push(fixes.statusPage());
	return dedupe(advised);
}

/**
 * The advice to use DeepSeek names the address the user's kind of tool needs: a tool that
 * speaks Anthropic's API (its base URL ends in /anthropic, or is Anthropic's own) needs
 * DeepSeek's /anthropic one, where the bare URL would break it.
 */
function inToolsFormat(facts: Facts, list: Fix[]): Fix[] {
	if (!facts.speaksAnthropic) return list;
	const anthropic = fixes.useDeepSeekAnthropic();
	return list.map(fix => (fix.id === anthropic.id ? anthropic : fix));
}

function dedupe(list: Fix[]): Fix[] {
	const seen = new Set<string>();
	return list.filter(item => !seen.has(item.id) && seen.add(item.id));
}

/** The diagnosis of one run's results; `rules` is there for tests that try another order. */
export function diagnose(results: readonly CheckResult[], rules: readonly NamedRule[] = orderedRules): Diagnosis {
	const facts = new Facts(results);
	for (const {rule} of rules) {
		const found = rule(facts);
		if (found) {
			// A leaked key matters whatever else is wrong.
			const rotate = facts.status('key_exposure') === 'fail' ? [fixes.rotateKey()] : [];
			return {...found, fixes: inToolsFormat(facts, dedupe([...found.fixes, ...rotate]))};
		}
	}
	const verdict: Verdict = 'ok';
	// Nothing blocks the calls; every check that warned is named (never "no problem" next to a ⚠).
	const warned = details.warnings(resultsOf(results));
	if (warned.length > 0) {
		const warnings = warned.map(result => diagnoseMessages.warning({title: result.title, summary: result.summary}));
		return {verdict, summary: diagnoseMessages.okWithWarnings({warnings}), fixes: adviceWhenOk(facts)};
	}
	const balance = facts.result('balance');
	return {verdict, summary: diagnoseMessages.ok(balance?.status === 'pass' ? balance.summary : undefined), fixes: adviceWhenOk(facts)};
}

export const diagnosisTraceIds = (results: readonly CheckResult[]): string[] => new Facts(results).traceIds();

/** The provider for `check --json` (same rule as the diagnosis uses). */
export const diagnosedProvider = (results: readonly CheckResult[]): ProviderInfo | null => new Facts(results).provider ?? null;

/** How the money ran out at the other service the calls go to, as the relay rule words it; undefined when it did not. */
export function relayMoneyWhat(results: readonly CheckResult[]): MoneyWhat | undefined {
	const facts = new Facts(results);
	const service = otherService(facts);
	return service && moneyAt(facts, service);
}

/** Whether the service the calls go to has blocked the user behind the key ('account'), this token ('token') or the token's group ('group'), and its name as the diagnosis gives it. */
export function blockedAt(results: readonly CheckResult[]): {what: Blocked; name: string; behindLocalProxy: boolean; status: number; said: string | undefined} | undefined {
	const facts = new Facts(results);
	const block = blockFound(facts);
	return block && {what: block.what, name: block.name, behindLocalProxy: block.behindLocalProxy, status: block.found.status, said: facts.string(block.found.id, 'errorMessage')};
}

/** The upstream (e.g. DeepSeek) whose own refusal for money a remote service passed on, as upstreamExhausted reads it: the user's balance there is not the problem. */
export function relayUpstreamOutOfCredit(results: readonly CheckResult[]): string | undefined {
	const facts = new Facts(results);
	const passedOn = passedOnMoneyRefusal(facts);
	return otherService(facts) && passedOn && !passedOn.ownProxy ? passedOn.upstream : undefined;
}

/** Whether an unrecognised service on this computer passed on a refusal for money (localProxyMoney): the account it uses at its provider ran out. */
export function localProxyOutOfCredit(results: readonly CheckResult[]): boolean {
	const facts = new Facts(results);
	const service = otherService(facts);
	const what = service && moneyAt(facts, service);
	return service !== undefined && what !== undefined && localProxyMoney(facts, service, what) !== undefined;
}

/** Whether a proxy on this computer passed on DeepSeek's own "Insufficient Balance" (the account behind it is mostly the user's). */
export function ownProxyOutOfDeepSeekCredit(results: readonly CheckResult[]): boolean {
	const facts = new Facts(results);
	return ownProxyPassedOnDeepSeek(facts, facts.answer(kind => moneyKinds.has(kind)));
}

/** The status of the first definite answer of `kind` the calls got (the paid call's first), as the rules read it. */
export const answerStatus = (results: readonly CheckResult[], kind: SignatureKind): number | undefined => new Facts(results).answer(found => found === kind)?.status;

/** The status of the rate limit the relay rule reads, where it is a charge made earlier still being settled there (`chargeSettling`). */
export function chargeSettlingStatus(results: readonly CheckResult[]): number | undefined {
	const limited = new Facts(results).answer(kind => kind === 'rate_limited');
	return limited?.chargeSettling ? limited.status : undefined;
}
