// Who the calls go to when it is not DeepSeek (`otherService`), and how to name that service or whom to ask there.
// The outage, network, relay, money and request rules all name the service the same way, so it is made here once.
import {officialApiHost} from '../deepseek/facts.js';
import {isBareAddress, isLoopbackHost} from '../deepseek/url.js';
import {fixes, type MadeFix} from '../fixes.js';
import {diagnoseMessages} from '../messages/diagnose.js';
import {moneyKinds} from '../providers/signatures/index.js';
import {isOtherService, passesKeyOn} from '../providers/table.js';
import type {ProviderInfo} from '../providers/types.js';
import type {Fix} from '../verdict.js';
import type {Facts} from './facts.js';

/**
 * The service the calls go to when it is not DeepSeek: its product when the host or a
 * fingerprint recognised it, else its host. An error's wording never names it.
 */
export type Service = {
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

/**
 * Calls go to another service: a relay or vendor named by host or fingerprint, a base URL
 * that does not answer like DeepSeek — or one that cannot be told apart but refuses money
 * in words that are not DeepSeek's.
 */
export function otherService(facts: Facts): Service | undefined {
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
export function nameToAsk(facts: Facts, name: string): string {
	return isOperatedProvider(facts.provider) ? (facts.host ?? name) : name;
}

/** A gateway anyone may run (one-api, new-api): on this computer, the user runs it. */
export function isSelfHostedGateway(provider: ProviderInfo | undefined): boolean {
	return provider?.id === 'one-api' || provider?.id === 'new-api';
}

/**
 * Someone runs the service for the user (a gateway, or a host nothing recognises): that person is the one to ask; a named
 * service (a cloud, a reseller) is asked through its support.
 */
export function isOperatedProvider(provider: ProviderInfo | undefined): boolean {
	return provider === undefined || isSelfHostedGateway(provider) || provider.id === 'unknown';
}

export function isOperated(service: Service): boolean {
	return isOperatedProvider(service.provider);
}

/** Its console where it has one; else whoever runs it (`ask`: about what, when not its money or errors in general). */
export function contactThere(service: Service, ask: MadeFix = fixes.askOperator(service.name)): Fix {
	return fixes.consoleOr(service.provider, ask);
}

/** DeepSeek's own name, or the host when the endpoint could not tell who answers. */
export function answeringService(facts: Facts): string {
	return facts.provider?.id === 'deepseek' ? diagnoseMessages.deepseek : (facts.serviceName ?? diagnoseMessages.thisService);
}
