// The rules in order, and diagnose(). The order IS the product: the first rule that holds wins, so more certain
// and more fundamental causes come first (a missing key before anything else, a 401 before the balance, a relay
// before DeepSeek's balance). A test swaps every two neighbours by name (test/unit/diagnose.test.ts) and fails
// unless some case notices, so a new rule goes where a case pins it.
import type {CheckResult} from '../checks/types.js';
import {fixes} from '../fixes.js';
import {diagnoseMessages} from '../messages/diagnose.js';
import type {Diagnosis, Fix, Verdict} from '../verdict.js';
import {dedupe, Facts, type Rule} from './facts.js';
import {variablesToVendorFixes} from './app-fixes.js';
import {outageOnly, outageSeen} from './outage.js';
import {edgeBlocked, localUpstreamUnreachable, networkError, proxyAsksLogin, proxyRefusesByPolicy, redirected, unreadableAnswers, upstreamCertificate} from './network.js';
import {insufficientBalance} from './money.js';
import {relay} from './relay.js';
import {invalidKey, keyExposed, keyRefusedInOutage, noKey} from './key.js';
import {inconclusive, modelNotFound, officialPathNotFound, rateLimited, serverError} from './request.js';

/** A rule and its name (tests swap neighbours by name to prove that each order is pinned). */
type NamedRule = {readonly name: string; readonly rule: Rule};

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
	// An agent app sends another key than the one checked: that key's account is the one its calls use. Each app's,
	// in the apps' order (the summary names the first): each sends its own.
	for (const app of facts.appKeys()) advised.push(fixes.checkAppKey(app.source));
	// An agent app sends a DeepSeek key to its vendor's own API (Claude Code's to Anthropic's), which refuses it: that app's setting.
	for (const sent of facts.appKeysToVendor()) advised.push(fixes.appToDeepSeek(sent));
	// …and another tool's variable that sends a DeepSeek key to its vendor's own API (OPENAI_BASE_URL at api.openai.com).
	advised.push(...variablesToVendorFixes(facts.keysSentElsewhere()));
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

/** The diagnosis of one run's results; `rules` is there for tests that try another order. */
export function diagnose(results: readonly CheckResult[], rules: readonly NamedRule[] = orderedRules): Diagnosis {
	const facts = new Facts(results);
	const found = foundBy(facts, rules);
	// A summary that is a row's result word for word quotes that row whole (a rule that quotes it another way says so).
	return found.quotes ? found : {...found, ...facts.quoting(found.summary, found.summary, {as: 'whole'})};
}

function foundBy(facts: Facts, rules: readonly NamedRule[]): Diagnosis {
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
	const warned = facts.warnings();
	if (warned.length > 0) {
		const warnings = warned.map(result => diagnoseMessages.warning({title: result.title, summary: result.summary}));
		return {verdict, summary: diagnoseMessages.okWithWarnings({warnings}), quotes: {as: 'warnings', rows: warned.map(result => result.id)}, fixes: adviceWhenOk(facts)};
	}
	const balance = facts.result('balance');
	// A key that works says nothing of the money behind it: "no problem" alone would read as "your calls are paid for".
	if (facts.balanceUnseen) {
		return {verdict, summary: diagnoseMessages.okBalanceUnread, fixes: adviceWhenOk(facts)};
	}
	return {verdict, summary: diagnoseMessages.ok(balance?.status === 'pass' ? balance.summary : undefined), fixes: adviceWhenOk(facts)};
}
