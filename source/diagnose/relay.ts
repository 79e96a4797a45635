// The relay rule: the calls go to another service (service.ts otherService), and a definite answer says what is
// wrong AT THAT SERVICE: blocked there, refused for where the calls come from, its money, its key, its rate limit, its
// failure, its model names; only with none is it "you meant DeepSeek, but the URL goes elsewhere". Inside it the
// first case that holds wins, as in rules.ts, where it comes before DeepSeek's key and balance rules.
import {isDeepSeekWebsiteHost} from '../deepseek/facts.js';
import {fixes} from '../fixes.js';
import {diagnoseMessages} from '../messages/diagnose.js';
import {accountRefusal, isBareNotFoundPage, isDeepSeekNotFound, lockEndsAt, moneyKinds, promptCapTokens, type Blocked} from '../providers/signatures/index.js';
import {passesKeyOn} from '../providers/table.js';
import type {ProviderInfo} from '../providers/types.js';
import type {Diagnosis} from '../verdict.js';
import type {Answer, Facts, Rule} from './facts.js';
import {answeringService, contactThere, isOperated, isSelfHostedGateway, nameToAsk, onThisComputer, otherService, type Service} from './service.js';
import {localProxyMoney, moneyAt, ownBillingPage, topUpThere, upstreamExhausted} from './money.js';
import {keyNotSent, modelNotOffered, requestRefused} from './request.js';

/**
 * The service refused the key because it blocked the user behind it or this token: a new
 * key or a top-up does not help; its operator (a ban) or its console (a token) does.
 * Named by host where someone runs it for the user (a gateway, an unrecognised service).
 */
export function blockedThere(facts: Facts): Diagnosis | undefined {
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
export function blockFound(facts: Facts): {found: Answer; what: Blocked; name: string; behindLocalProxy: boolean} | undefined {
	const found = facts.answers.find(answer => answer.blocked !== undefined);
	if (!found?.blocked) return undefined;
	const name = nameToAsk(facts, answeringService(facts));
	const gatewayBan = [facts.provider?.id, found.provider].some(id => id === 'one-api' || id === 'new-api');
	const behindLocalProxy = found.blocked === 'account' && onThisComputer(facts.host) && !gatewayBan;
	return {found, what: found.blocked, name, behindLocalProxy};
}

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
export const relay: Rule = facts => {
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
		// A role without the permission (an administrator grants it), a key's consumer not allowed on the route (whoever
		// runs the gateway allows it), the kind of account, or the service not enabled for it.
		const refused = accountRefusal(account);
		// A consumer not allowed: whoever runs the gateway is the first fix's already, and no console page shows it.
		const there = refused === 'consumer' ? [] : [service.provider?.consoleUrl ? fixes.accountConsole(service.provider) : fixes.askOperatorAboutErrors(name)];
		return {verdict: 'unknown', summary: diagnoseMessages.relayAccountRefused({name, status: account.status, said, refused}), fixes: [fixes.enableService(name, refused), ...there, fixes.useDeepSeek()]};
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
	// A subscription's long-context requests without paid extra usage: the standard context, or extra usage turned on; no top-up.
	if (what === 'extra_usage') {
		return {verdict: 'relay_insufficient_balance', summary: diagnoseMessages.relayExhausted({name, what, operator: isOperated(service)}), fixes: [fixes.standardContext(), fixes.extraUsageOn(service.provider, name), fixes.useDeepSeek()]};
	}
	// A subscription's extra usage used up, off or unclaimed: more bought, or turned on, on its usage page.
	if (what === 'extra_usage_pool') {
		return {verdict: 'relay_insufficient_balance', summary: diagnoseMessages.relayExhausted({name, what, operator: isOperated(service)}), fixes: [fixes.addExtraUsage(service.provider, name), fixes.useDeepSeek()]};
	}
	// A workspace's budget its administrators set: they raise it; neither a top-up nor the key's own limit does.
	if (what === 'admin_budget') {
		return {verdict: 'relay_insufficient_balance', summary: diagnoseMessages.relayExhausted({name, what, operator: isOperated(service)}), fixes: [fixes.askAdminBudget(name), fixes.useDeepSeek()]};
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
		// OpenRouter's error inside a 200's choice is the provider serving the model failing mid-answer: if it lasts, another
		// provider or model there, not its console's key and balance (the call was taken and paid for the partial output).
		if (failing.status === 200 && service.provider?.id === 'openrouter' && facts.string(failing.id, 'errorMessage') !== undefined) {
			return {verdict: 'server_error', summary: diagnoseMessages.relayServerError(name, failing.status, true), fixes: [fixes.retryLaterElsewhere(), fixes.otherProvider(name), fixes.useDeepSeek()]};
		}
		// Whom to tell if it keeps failing, where a fix says it (not its console): the summary then leaves it out.
		const contact = contactThere(service, fixes.askOperatorAboutErrors(name));
		return {verdict: 'server_error', summary: diagnoseMessages.relayServerError(name, failing.status, contact.id !== 'relay_console'), fixes: [fixes.retryLaterElsewhere(), contact, fixes.useDeepSeek()]};
	}
	// NVIDIA's bare 404 page is "no such model" only where the model list answered at the same base: a 404 page to
	// both is the path, read below (signatures/vendors.ts, the NVIDIA row).
	const noModel = facts.answer(kind => kind === 'model_not_found');
	const bareToBoth = isBareNotFoundPage(facts.httpStatus('probe'), facts.string('probe', 'errorMessage')) && facts.httpStatus('auth') === 404;
	if (noModel && !bareToBoth) {
		return modelNotOffered(facts, noModel, {name, at: isOperated(service) ? 'operated' : 'relay', provider: service.provider});
	}
	const refused = facts.answer(kind => kind === 'request_refused');
	// Refused by its moderation: "check your key, balance" would contradict "not the key or the balance"; a guardrail or
	// filter set on the key or workspace there (OpenRouter's) may be what blocks it.
	if (refused) return requestRefused(facts, refused, name, refused.moderation && service.provider?.consoleUrl ? fixes.moderationConsole(service.provider) : contactThere(service, fixes.askOperatorAboutRequest(name)));
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
	// A 404 the service answered in its own error, carrying the 404 of the service behind it (Pollinations'
	// `{"error": "404 Not Found", "details": {"error": {"message": "openai error: Resource not found"}}}` for models it
	// no longer serves, pollinations/pollinations#4602): the address set here is served; what is missing is behind it.
	if (facts.httpStatus('probe') === 404 && facts.detail('probe', 'passedOn') === true) {
		return {
			verdict: 'unknown',
			summary: diagnoseMessages.upstreamNotFound({name, said: facts.string('probe', 'errorMessage')}),
			fixes: [contactThere(service, fixes.askOperatorAboutErrors(name)), fixes.useDeepSeek()],
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
		// The path is the fix (a /beta already has its own, more precise one): before another console or DeepSeek's address.
		const path = onlyDeepSeeks ? ways : [fixes.correctBasePath(service.provider ? name : undefined), ...ways];
		return {verdict: 'wrong_endpoint', summary: diagnoseMessages.pathNotFound(facts.host ?? ''), fixes: path};
	}
	// The key was never sent (plain http to another computer): nothing there was checked with it, so https comes first.
	const unsent = facts.anyApi(check => facts.string(check, 'reason') === 'insecure_url');
	if (unsent) return {verdict: 'wrong_endpoint', ...keyNotSent(facts, unsent), fixes: [fixes.useHttps(), ...ways]};
	return {verdict: 'wrong_endpoint', summary: diagnoseMessages.wrongEndpoint(service.provider ? name : undefined, facts.host ?? ''), fixes: ways};
};
