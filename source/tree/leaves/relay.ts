// The calls go to another service (a relay, a gateway, a proxy on this computer, an address that is not an API): the
// relay result, whose title says the first thing found there (blocked, refused for where the calls come from, its
// money, a redirect, answers nothing can read, or only where the calls go). refusedForOrigin is the unknown result's
// too (ok.ts): a call refused for where it comes from.
import {answerStatus, blockedAt, chargeSettlingStatus, localProxyOutOfCredit, ownProxyOutOfDeepSeekCredit, relayMoneyWhat, relayUpstreamOutOfCredit} from '../../diagnose.js';
import type {CheckId} from '../../checks/types.js';
import {fixes} from '../../fixes.js';
import {wizardText} from '../../messages/wizard.js';
import {isDeepSeekWebsiteHost} from '../../deepseek/facts.js';
import {redirectMeaning, type RedirectMeaning} from '../../deepseek/redirect.js';
import {passesKeyOn} from '../../providers/table.js';
import {sanitize} from '../../text/safe.js';
import type {Fix, Verdict} from '../../verdict.js';
import * as facts from '../facts.js';
import type {LeafContent, LeafNode, Option, View} from '../types.js';
import {alsoDeepSeekOption, defined, hostOf, leaf, probeThereOption, withDiagnosisFixes} from './shared.js';

export const relayLeaf = (): LeafNode =>
	leaf('leaf.relay', wizardText.leaves.relay.crumb, relayContent);

/** The rows a leaf's line restates, each cut to one row: the first as `restates`, a second as `restatesAlso`. */
const restatedRows = ([first, second]: readonly CheckId[]): Pick<LeafContent, 'restates' | 'restatesAlso'> => ({
	...(first === undefined ? {} : {restates: first}),
	...(second === undefined ? {} : {restatesAlso: second}),
});

function relayContent(view: View): LeafContent {
	const provider = facts.provider(view.results);
	const balance = facts.providerBalance(view.results);
	const url = view.choices.baseUrl ?? view.known.baseUrl;
	const named = provider && provider.id !== 'unknown' && provider.id !== 'deepseek' ? provider : undefined;
	const gateway = named !== undefined && (named.id === 'one-api' || named.id === 'new-api' || balance?.unit === 'quota');
	const exhausted = view.diagnosis.verdict === 'relay_insufficient_balance' || balance?.exhausted === true;
	// A gateway token that still reads credit: the user's own quota behind it is the likelier one used up.
	const tokenHasCredit = gateway && balance !== undefined && !balance.exhausted && balance.expiredOn === undefined;
	// How the money ran out there, as the diagnosis reads it (for the title).
	const moneyWhat = exhausted ? relayMoneyWhat([...view.results.values()]) : undefined;
	const name = named ? sanitize(named.name) : undefined;
	const alsoDeepSeek = alsoDeepSeekOption(view);
	// Blocked there (a banned account, a disabled token): that is the finding, and a top-up
	// there is no fix. Named as the diagnosis names it: by host where someone runs the gateway.
	const blocked = blockedAt([...view.results.values()]);
	if (blocked) {
		// A token known to have expired: the title says the day, so the line says only what it means.
		const expiredOn = blocked.what === 'token' ? balance?.expiredOn : undefined;
		// A group refused: the title says so and the first fix where to move the token, so the line gives the answer and what it means.
		const groupWhy = blocked.what === 'group' ? wizardText.leaves.relay.tokenGroupWhy({status: blocked.status, said: blocked.said}) : undefined;
		return {
			tone: 'bad',
			title: blocked.behindLocalProxy
				? wizardText.leaves.relay.lockedBehindProxy({name: blocked.name})
				: blocked.what === 'account'
				? wizardText.leaves.relay.accountBlocked({name: blocked.name})
				: blocked.what === 'group'
				? wizardText.leaves.relay.tokenGroupRefused({name: blocked.name})
				: expiredOn !== undefined
				? wizardText.leaves.relay.tokenExpired({name: blocked.name, date: expiredOn})
				: wizardText.leaves.relay.tokenDisabled({name: blocked.name}),
			crumb: blocked.what === 'account' ? wizardText.leaves.relay.crumbBlocked : wizardText.leaves.relay.crumbTokenDisabled,
			// The balance row reads the expiry (and says to extend it): one row under a title that says it. Else the line
			// under the title quotes the refusal the rows that met it hold (the key check's, the balance's): one row each, not it twice.
			...(expiredOn !== undefined ? {restates: 'balance' as const} : restatedRows(blocked.rows)),
			lines: [groupWhy ?? (expiredOn !== undefined ? wizardText.leaves.relay.tokenExpiredWhy : view.diagnosis.summary)],
			fixes: withDiagnosisFixes(view, []),
			options: [alsoDeepSeek],
			verdict: view.diagnosis.verdict,
		};
	}
	// A gateway that passes the user's own DeepSeek key on, stopping the calls in its own name (its token, its
	// limits, its credits): check's summary says what and its fixes where; no "not DeepSeek", no other DeepSeek key.
	if (named && passesKeyOn(named.id)) {
		const status = facts.gatewayRefusal(view.results, named.id);
		if (status !== undefined) {
			return {tone: 'bad', title: wizardText.leaves.relay.gatewayRefused({name: sanitize(named.name), status}), crumb: wizardText.leaves.relay.crumbGateway, lines: [view.diagnosis.summary], fixes: withDiagnosisFixes(view, []), options: [], verdict: view.diagnosis.verdict};
		}
	}
	// The endpoint found it answers like an API, but its answers cannot be read: never "does not reach DeepSeek" under "✔ answers like DeepSeek's API".
	const unreadable = !name && view.diagnosis.verdict === 'wrong_endpoint' && facts.reachesDeepSeek(view.results) !== false;
	const trouble = troubleThere(view, name ?? hostOf(view));
	// Its upstream's own 402 passed on: the account the service uses there, not the user's balance or token at it.
	const upstream = relayUpstreamOutOfCredit([...view.results.values()]);
	const ownProxyEmpty = ownProxyOutOfDeepSeekCredit([...view.results.values()]);
	// An unrecognised proxy on this computer passed on a refusal for money: the account set up in it, at its provider.
	const localAccountEmpty = !ownProxyEmpty && !upstream && localProxyOutOfCredit([...view.results.values()]);
	// The title says the answers cannot be read (nothing above it in the order below says more).
	const saysUnreadable = unreadable && !trouble && !ownProxyEmpty && !upstream && !localAccountEmpty;
	// Unreadable because the calls were sent elsewhere (never followed): the title says where, as check's summary does.
	const redirect = saysUnreadable ? redirectFound(view) : undefined;
	const redirected = redirect && redirectTitle(view, redirect);
	// Refused for where the calls come from: that is the finding (as check's summary says), not where they go, nor money there.
	const origin = !trouble && view.diagnosis.verdict === 'unknown' ? refusedForOrigin(view, name ?? hostOf(view)) : undefined;
	// Nothing names the host, but an answer said its credit is used up or its account is in arrears: that is the finding (as check's summary says), by host.
	const titleName = name ?? (exhausted ? hostOf(view) : undefined);
	const title = trouble
		? trouble
		: origin
		? origin.title
		: ownProxyEmpty
		? wizardText.leaves.relay.localProxyEmpty({host: hostOf(view)})
		: upstream
		? wizardText.leaves.relay.upstreamOutOfCredit({name: name ?? hostOf(view), upstream})
		: localAccountEmpty
		? wizardText.leaves.relay.localProxyAccountEmpty({host: hostOf(view)})
		: redirected
		? redirected
		: unreadable
		? wizardText.leaves.relay.unreadable({host: hostOf(view)})
		: !titleName
		? wizardText.leaves.relay.notDeepSeek
		: exhausted
			? moneyWhat === 'free_tier'
				? wizardText.leaves.relay.freeTierOnly({name: titleName})
				: moneyWhat === 'plan_limit'
				? wizardText.leaves.relay.planLimit({name: titleName})
				: moneyWhat === 'prompt_cap'
				? wizardText.leaves.relay.promptCapped({name: titleName})
				: moneyWhat === 'extra_usage'
				? wizardText.leaves.relay.extraUsage({name: titleName})
				: moneyWhat === 'prompt'
				? wizardText.leaves.relay.promptTooLong({name: titleName})
				: moneyWhat === 'admin_budget'
				? wizardText.leaves.relay.adminBudget({name: titleName})
				: moneyWhat === 'no_payment_method'
				? wizardText.leaves.relay.noPaymentMethod({name: titleName})
				: moneyWhat === 'account'
				? wizardText.leaves.relay.accountUsedUp({name: titleName})
				: gateway
				? wizardText.leaves.relay.tokenUsedUp
				: moneyWhat === 'token'
					? wizardText.leaves.relay.keyLimitUsedUp({name: titleName})
					: moneyWhat === 'overdue'
					? wizardText.leaves.relay.accountOverdue({name: titleName})
					: wizardText.leaves.relay.balanceUsedUp(titleName)
			: wizardText.leaves.relay.goesTo(titleName);
	// Nothing found there but where the calls go, and its balance read (the balance branch's answer): that row carries the
	// numbers the title leaves out, kept before the line under it; the Where calls go row says the title again, one row.
	const balanceRow = view.results.get('balance');
	// A reading with no amount (an OpenRouter key with no cap, its credits unread) carries nothing the title leaves out: an
	// ordinary passed row, after the line under the title (a short window keeps why, not the start of that row).
	const routeTitle = titleName !== undefined && title === wizardText.leaves.relay.goesTo(titleName);
	const balanceThere = routeTitle && balance !== undefined && balanceRow?.status === 'pass'
		? balance.remaining === null
			? {restates: 'endpoint' as const}
			: {restates: 'balance' as const, restatedAs: balanceRow.summary, restatesAlso: 'endpoint' as const}
		: {};
	// "Insufficient balance" only where a 402 was reported (the 402 path asks which program) or an out-of-credit answer seen.
	const moneyMentioned = view.choices.program !== undefined || exhausted;
	// What is wrong at that service (the relay rule), when a call got a definite answer.
	const definite = ['relay_insufficient_balance', 'invalid_key', 'rate_limited', 'server_error'].includes(view.diagnosis.verdict);
	// Its money, its rate limit, its failure: the summary and its fixes say where the calls go and what to do there, once (a top-up is no fix for a 429).
	const summaryOnly = ['relay_insufficient_balance', 'rate_limited', 'server_error'].includes(view.diagnosis.verdict);
	// A refused key is no matter of money there: the diagnosis' key fix (its API keys page) leads.
	const keyRefused = view.diagnosis.verdict === 'invalid_key';
	const own: Fix[] = [];
	// A top-up there only where money came up: else the diagnosis' own (its console, DeepSeek's base URL) lead, as check gives them.
	if (named && moneyMentioned && !summaryOnly && !keyRefused && !origin) {
		own.push(fixes.relayTopUp(named, tokenHasCredit ? 'account' : 'token'));
	}
	// A 402 or a 401 reported, and nothing but where the calls go found (a 401 path's key accepted on the model list): the
	// paid call through it shows what it refuses (whose balance that 402 is about: DeepSeek's own passed on, e.g. by a
	// proxy on this computer, or the account there; the key, its credit, the region). Never what Enter picks, and not
	// where its answers cannot be read (a web page, cut-off JSON to the model list): the call's would be as unreadable, paid for nothing.
	// A 429, a 5xx or a network error reported: what a call through it gets, the service behind it's answer included.
	const reported = view.choices.program !== undefined ? '402' : view.choices.reported;
	const probeThere = reported === undefined ? [] : probeThereOption(view, reported === '402' ? wizardText.actions.probeThere : reported === '401' ? wizardText.actions.probeThere401 : wizardText.actions.probeThereSymptom);
	// One of DeepSeek's websites as the base URL: check's summary says so, and gives the API's address (not "does not answer like DeepSeek's API").
	const deepSeekWebsite = view.diagnosis.verdict === 'wrong_endpoint' && isDeepSeekWebsiteHost(hostOf(view).replace(/:\d+$/, ''));
	const verdict: Verdict = definite || origin || view.diagnosis.verdict === 'wrong_endpoint'
		? view.diagnosis.verdict
		: exhausted
			? 'relay_insufficient_balance'
			: 'wrong_endpoint';
	return {
		// A relay is a warning (its calls may work); an endpoint row that failed (a web page, a host that is no API) is not:
		// a ⚠ title over the ✖ row it restates would say the same finding is milder than it is.
		tone: exhausted || unreadable || origin || view.results.get('endpoint')?.status === 'fail' ? 'bad' : 'warn',
		title,
		// After the paid call it offers: what that call found, not the name of the result walked on from again.
		// A subscription's extra usage is no credit bought there: the crumb says which it is.
		...(view.results.has('probe') ? {crumb: !exhausted ? wizardText.leaves.relay.crumbAnswerThere : moneyWhat === 'extra_usage' || moneyWhat === 'extra_usage_pool' ? wizardText.leaves.relay.crumbExtraUsage : wizardText.leaves.relay.crumbCreditThere} : {}),
		// Answers nothing can read need not come from a relay (a captive portal, a wrong address).
		...(saysUnreadable ? {crumb: redirected ? wizardText.leaves.relay.crumbRedirect : wizardText.leaves.relay.crumbUnreadable} : {}),
		// The line under the title says the redirect's whole URL, as the row it quotes does (Diagnosis.quotes): that row takes one row.
		...(redirected && view.diagnosis.quotes?.as === 'redirect' ? {restates: view.diagnosis.quotes.row} : {}),
		// A proxy on this computer passed the refusal on: the crumb says whose credit, as the title does.
		...(ownProxyEmpty || localAccountEmpty ? {crumb: wizardText.leaves.relay.crumbLocalProxy} : {}),
		// The summary under the title quotes the refused call's row: that row takes one row.
		...(origin ? {crumb: origin.crumb, restates: origin.row} : {}),
		// Nothing names the host: no "Relay" above it, and the line under the title says what the endpoint row says, so that row takes one row.
		...(title === wizardText.leaves.relay.notDeepSeek ? {...(view.results.has('probe') ? {} : {crumb: wizardText.leaves.relay.crumbNotDeepSeek}), ...(facts.reachesDeepSeek(view.results) === false ? {restates: 'endpoint' as const} : {})} : {}),
		...balanceThere,
		// Its money, rate limit or failure: the summary under the title starts with where the calls go ("Your calls go to
		// OpenRouter, not DeepSeek"), as the endpoint row does: that row takes one row, not the same sentence twice.
		...(summaryOnly && !origin && !('restates' in balanceThere) ? {restates: 'endpoint' as const} : {}),
		// Any other "Your calls go to SiliconFlow, not to DeepSeek" (its balance unread, the 402 path's why line under it):
		// the title says what the endpoint row says; that row takes one row, cut, and points nowhere (nothing below says it).
		...(routeTitle && !summaryOnly && !('restates' in balanceThere) ? {restatesAlso: 'endpoint' as const} : {}),
		// A local proxy's empty account: the title says whose; one line says why, not check's whole paragraph again.
		lines: localAccountEmpty ? [wizardText.leaves.relay.localProxyAccountWhy] : summaryOnly || origin ? [view.diagnosis.summary] : defined([
			unreadable || deepSeekWebsite ? view.diagnosis.summary : name ? (moneyMentioned ? wizardText.leaves.relay.why(name) : wizardText.leaves.relay.whyNoMoney({name, url})) : wizardText.leaves.relay.whyUnknown(url),
			definite ? view.diagnosis.summary : undefined,
			name && moneyMentioned && !keyRefused ? (tokenHasCredit ? wizardText.leaves.relay.topUpAccount : gateway ? wizardText.leaves.relay.topUpToken : wizardText.leaves.relay.topUpThere(name)) : undefined,
		]),
		fixes: withDiagnosisFixes(view, own),
		options: [...(redirect ? checkAtRedirectOption(redirect) : []), alsoDeepSeek, ...probeThere],
		verdict,
	};
}

/** What the API checks' first redirect means for the base URL (deepseek/redirect.ts, as check's rule reads it). */
function redirectFound(view: View): RedirectMeaning | undefined {
	const seen = facts.redirectSeen(view.results);
	return seen === undefined ? undefined : redirectMeaning(seen.asked, seen.location);
}

/**
 * A redirect that names the same API at another address (`base_url`, or DeepSeek's own API): the checks run again
 * there, first (check's first fix is to set it), and "Remember these settings" then keeps it.
 */
function checkAtRedirectOption(meaning: RedirectMeaning): Option[] {
	// To another host only where that is DeepSeek's own API: the key goes with the calls.
	if (meaning.kind !== 'base_url' && !(meaning.kind === 'moved' && meaning.deepSeekApi)) return [];
	const url = sanitize(meaning.baseUrl);
	return [{id: 'check_at_redirect', label: wizardText.actions.checkAgainAt({url}), shorter: [wizardText.actions.checkAgainAtShort], whole: url, effect: {type: 'check_again', baseUrl: meaning.baseUrl}}];
}

/** Where the redirect leads, as a title (the rule check's summary follows). */
function redirectTitle(view: View, meaning: RedirectMeaning): string {
	const host = hostOf(view);
	switch (meaning.kind) {
		case 'login':
			return wizardText.leaves.relay.redirectLogin({host});
		case 'base_url':
			return wizardText.leaves.relay.redirectBaseUrl({host});
		case 'moved':
			return wizardText.leaves.relay.redirectMoved({host, target: sanitize(meaning.host), deepSeek: meaning.deepSeekApi});
		case 'elsewhere':
			return wizardText.leaves.relay.redirectElsewhere({host, target: sanitize(meaning.host)});
	}
}

/**
 * A call refused for where it comes from (its country or region, its IP address, an app other than the service's own) or for
 * the account it comes from (the service not open to it) is the finding,
 * as check's summary says: the title, its crumb and the refused call's row. Region first, as the
 * diagnosis reads them.
 */
export function refusedForOrigin(view: View, name: string): {row: CheckId; title: string; crumb: string} | undefined {
	const region = facts.regionRefusedCheck(view.results);
	if (region) return {row: region, title: wizardText.leaves.relay.regionRefused({name}), crumb: wizardText.leaves.relay.crumbRegionRefused};
	const address = facts.addressRefusedCheck(view.results);
	if (address) return {row: address, title: wizardText.leaves.relay.addressRefused({name}), crumb: wizardText.leaves.relay.crumbAddressRefused};
	const client = facts.clientRefusedCheck(view.results);
	if (client) return {row: client, title: wizardText.leaves.relay.clientRefused({name}), crumb: wizardText.leaves.relay.crumbClientRefused};
	const account = facts.accountRefused(view.results);
	if (account) return {row: account.id, title: wizardText.leaves.relay.accountRefused({name, refused: account.refused}), crumb: wizardText.leaves.relay.crumbAccountRefused({refused: account.refused})};
	return undefined;
}

/** A 429 or a failure at the other service is the finding, for the title; the summary under it says where the calls go. */
function troubleThere(view: View, name: string): string | undefined {
	const {verdict} = view.diagnosis;
	const kind = verdict === 'rate_limited' ? 'rate_limited' : verdict === 'server_error' ? 'server_error' : undefined;
	const status = kind && answerStatus([...view.results.values()], kind);
	if (status === undefined) return undefined;
	// A charge still being settled there: a wait, which "limits your requests" would not say.
	const settling = kind === 'rate_limited' ? chargeSettlingStatus([...view.results.values()]) : undefined;
	if (settling !== undefined) return wizardText.leaves.relay.chargeSettling({name, status: settling});
	if (kind === 'rate_limited') return wizardText.leaves.relay.limited({name, status});
	// A 200 whose body is an error in place of the answer (OpenRouter's choice error): it did answer, with that error.
	const errorIn200 = status === 200 && typeof view.results.get('probe')?.details['errorMessage'] === 'string';
	return errorIn200 ? wizardText.leaves.relay.errorInsteadOfAnswer({name}) : wizardText.leaves.relay.failing({name, status});
}
