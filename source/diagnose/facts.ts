// The reads the rules make over one run's results: `Facts` (each read a thin wrapper over checks/details.ts, which
// knows the details' shapes), the definite answers the calls got (`Answer`), the `Rule` type every theme's rules
// share, and `dedupe` for their fix lists. Nothing here picks a verdict: the rules in this folder do, in the order
// rules.ts gives them.
import * as details from '../checks/details.js';
import {resultsOf, type Results, type SignatureDetail} from '../checks/details.js';
import {checkIds, type CheckId, type CheckResult} from '../checks/types.js';
import type {BalanceReading} from '../domain/balance.js';
import type {UntrustedFacts} from '../deepseek/types.js';
import type {AgentApp} from '../deepseek/facts.js';
import type {Blocked, ModelAccess, SignatureKind} from '../providers/signatures/index.js';
import {isModelAccess} from '../providers/signatures/types.js';
import type {ProviderBalance, ProviderInfo} from '../providers/types.js';
import {sanitize} from '../text/safe.js';
import {fixes, repeatsFix} from '../fixes.js';
import type {Diagnosis, Fix, Quote} from '../verdict.js';

/** A definite answer one API check got: what it means (providers/signatures/) and at which status. */
export type Answer = {id: CheckId; kind: SignatureKind; status: number; provider: string; blocked?: Blocked; upstream?: string; unverified?: true; adminBudget?: true; inFlightBudget?: true; chargeSettling?: true; personalAccount?: true; roleAccess?: true; consumerAccess?: true; freeTierOnly?: true; planLimit?: true; extraUsage?: true; extraUsagePool?: true; promptTooLong?: true; moderation?: true; promptCap?: true; noPaymentMethod?: true; billingPage?: string; networkRules?: true; unpriced?: true; modelAccess?: ModelAccess};

/** The signature's flags an answer keeps as they are (each `true` or left out). */
const answerFlags = ['adminBudget', 'unverified', 'inFlightBudget', 'chargeSettling', 'personalAccount', 'roleAccess', 'consumerAccess', 'freeTierOnly', 'planLimit', 'extraUsage', 'extraUsagePool', 'promptTooLong', 'moderation', 'promptCap', 'noPaymentMethod', 'networkRules', 'unpriced'] as const satisfies ReadonlyArray<keyof Answer & keyof SignatureDetail>;

/** How a summary says a row again (Diagnosis.quotes), without the row, which Facts.quoting finds. */
export type QuoteHow = WithoutRow<Quote>;
type WithoutRow<Each> = Each extends {row: CheckId} ? Omit<Each, 'row'> : never;

/** The reads the rules need, over one run's results (see checks/details.ts). */
export class Facts {
	readonly #byId: Results;
	readonly #rows: readonly CheckResult[];
	constructor(results: readonly CheckResult[]) {
		this.#byId = resultsOf(results);
		// In the rows' order (checkIds), whatever order the results came in: the diagnosis never depends on it.
		this.#rows = checkIds.flatMap(id => this.#byId.get(id) ?? []);
	}

	/**
	 * A summary that says `said` again (`how`), and the row it quotes: the first row that did not pass and says `said`
	 * word for word (a later one may repeat it). None: the summary is all there is (Diagnosis.quotes).
	 */
	quoting(summary: string, said: string | undefined, how: QuoteHow): Pick<Diagnosis, 'summary' | 'quotes'> {
		const row = said === undefined ? undefined : this.#rows.find(result => result.status !== 'pass' && result.summary === said)?.id;
		return row === undefined ? {summary} : {summary, quotes: {...how, row} as Quote};
	}

	/** The rows that warned (checks/details.ts). */
	warnings(): CheckResult[] {
		return details.warnings(this.#byId);
	}

	/** The first row that says what `id`'s row says, whatever its mark (checks/details.ts). */
	firstRowSaying(id: CheckId): CheckId | undefined {
		return details.firstRowSaying(this.#rows, id);
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

	/** With no key: the keys other tools' variables send to another address (checks/details.ts). */
	keysSentElsewhere() {
		return details.keysSentElsewhereFound(this.#byId);
	}

	/** Where an agent app sends its calls, where that is not the base URL checked (checks/details.ts). */
	appBaseUrl(app: AgentApp) {
		return details.appBaseUrlElsewhere(this.#byId, app);
	}

	/** With no key: the dotenv file that holds it but no loader reads (UTF-16; a full-width ＝), or where DEEPSEEK_API_KEY is saved for later shells (checks/details.ts). */
	dotenvUtf16() {
		return details.dotenvUtf16Found(this.#byId);
	}
	dotenvFullWidth() {
		return details.dotenvFullWidthFound(this.#byId);
	}
	savedKey() {
		return details.savedKeyFound(this.#byId);
	}

	/** The agent apps that send another key than the one checked (checks/details.ts). */
	appKeys() {
		return details.appKeysFound(this.#byId);
	}

	/** The agent apps that send a DeepSeek key to their vendor's own API (checks/details.ts). */
	appKeysToVendor() {
		return details.appKeysToVendorFound(this.#byId);
	}

	/** With the environment's key: another key saved for new shells (checks/details.ts). */
	startupKey() {
		return details.startupKeyFound(this.#byId);
	}

	/** The check's answer could not be read at all (checks/details.ts). */
	unreadable(id: CheckId): boolean {
		return details.answerUnreadable(this.#byId, id);
	}

	/** The key works, but neither the balance nor a paid call was seen (details.ts). */
	get balanceUnseen(): boolean {
		return details.balanceUnseen(this.#byId);
	}

	/** The first API check's redirect (never followed), if any. */
	get redirect(): ReturnType<typeof details.redirectSeen> {
		return details.redirectSeen(this.#byId);
	}

	/** The service behind the base URL, as the endpoint check found it (by host or fingerprint). */
	get provider(): ProviderInfo | undefined {
		return details.provider(this.#byId);
	}

	/** Whom to write to about these calls: DeepSeek's support only where they reach DeepSeek (fixes.ts `supportWhereCallsGo`). */
	supportWhereCallsGo(traceId: string | undefined): Fix[] {
		return fixes.supportWhereCallsGo(this.#byId, traceId);
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
			if (isModelAccess(found.modelAccess)) answer.modelAccess = found.modelAccess;
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

	/** The API check that timed out at a host the network check connected to directly (checks/details.ts), and that connect time, if any. */
	get slowAnswer(): {id: CheckId; connectMs: number} | undefined {
		return details.slowAnswer(this.#byId);
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
	get fakeIpRoute(): ReturnType<typeof details.fakeIpRoute> {
		return details.fakeIpRoute(this.#byId);
	}

	/** The known service's name that resolved to this computer, where the network check's connection failed (checks/details.ts). */
	get resolvedHereRoute(): ReturnType<typeof details.resolvedHereRoute> {
		return details.resolvedHereRoute(this.#byId);
	}

	/** The network check's handshake answered in plain text at the base URL's port (checks/details.ts), if so. */
	get plainAnswer(): ReturnType<typeof details.plainAnswer> {
		return details.plainAnswer(this.#byId);
	}

	/** An API check's tunnel through an HTTP proxy answered in plain text at a port other than 443 (checks/details.ts), if so. */
	get plainTunnel(): ReturnType<typeof details.plainTunnel> {
		return details.plainTunnel(this.#byId);
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
	get proxyLoginRefused(): boolean {
		return details.proxyLoginRefused(this.#byId);
	}

	get proxyAsksLogin(): boolean {
		return details.proxyAsksLogin(this.#byId);
	}

	/** Nothing listening at the proxy the network check went to (checks/details.ts), if so. */
	get proxyRefused(): ReturnType<typeof details.proxyRefused> {
		return details.proxyRefused(this.#byId);
	}

	/** An API check whose tunnel an HTTP proxy opened and then closed unanswered (checks/details.ts). */
	get closedTunnel(): CheckId | undefined {
		return details.closedTunnel(this.#byId);
	}

	/** The http:// proxy that failed is a SOCKS5 port: its variable and its socks5:// URL (checks/details.ts). */
	get proxySpeaksSocks(): ReturnType<typeof details.proxySpeaksSocks> {
		return details.proxySpeaksSocks(this.#byId);
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

/** Fixes without repeats (the same id; each app's key check is its own: repeatsFix), first one first. */
export function dedupe(list: Fix[]): Fix[] {
	const kept: Fix[] = [];
	for (const item of list) if (!kept.some(earlier => repeatsFix(item, earlier))) kept.push(item);
	return kept;
}
