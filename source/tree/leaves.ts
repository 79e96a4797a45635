// The leaves of the tree: what was found and the fix, built from the check results.
import type {BalanceInfo} from '../domain/balance.js';
import {fixes} from '../fixes.js';
import {wizardText} from '../messages/wizard.js';
import {sanitize} from '../text/safe.js';
import type {Fix, Verdict} from '../verdict.js';
import * as facts from './facts.js';
import type {LeafContent, LeafNode, NodeId, Option, View} from './types.js';

const t = wizardText.leaves;


/** The diagnosis' own fixes after the leaf's, without repeats (same id or same link). */
function withDiagnosisFixes(view: View, own: Fix[]): Fix[] {
	const seen = new Set<string>();
	return [...own, ...view.diagnosis.fixes].filter(item => {
		const keys = [item.id, item.url ?? ''].filter(Boolean);
		if (keys.some(key => seen.has(key))) return false;
		for (const key of keys) seen.add(key);
		return true;
	});
}

const amount = (info: BalanceInfo) => `${info.total} ${info.currency}`;

const setAlert = (): Option => ({id: 'set_alert', label: wizardText.actions.setAlert, next: 'alert.input'});

const leaf = (id: NodeId, crumb: string, content: (view: View) => LeafContent): LeafNode => ({kind: 'leaf', id, crumb, content});

const defined = (lines: ReadonlyArray<string | undefined>): string[] => lines.filter((line): line is string => line !== undefined);

export const leaves: readonly LeafNode[] = [
	leaf('leaf.no_key', t.noKey.crumb, () => ({
		tone: 'info',
		title: t.noKey.title,
		lines: [...t.noKey.lines],
		fixes: [fixes.createKey(), fixes.topUp()],
		verdict: 'no_key',
	})),

	leaf('leaf.invalid_key', t.invalidKey.crumb, view => {
		const {sent, echoed} = facts.lastFours(view.results);
		const detail =
			sent && echoed
				? echoed === sent
					? t.invalidKey.sameKey(sent)
					: t.invalidKey.otherKey(echoed, sent)
				: undefined;
		return {
			tone: 'bad',
			title: t.invalidKey.title,
			lines: defined([detail, t.invalidKey.advice, t.invalidKey.mislabel]),
			fixes: [fixes.findKey()],
			verdict: 'invalid_key',
		};
	}),

	leaf('leaf.key_ok', t.keyOk.crumb, view => ({
		tone: 'good',
		title: t.keyOk.title(facts.lastFours(view.results).sent ?? ''),
		lines: [...t.keyOk.lines],
		fixes: [fixes.findKey()],
		verdict: 'ok',
	})),

	leaf('leaf.network', t.network.crumb, view => {
		const reason = facts.networkReason(view.results);
		return {
			tone: 'bad',
			title: t.network.title(hostOf(view)),
			lines: defined([reason ? t.network.reasons[reason] : undefined, t.network.proxyAdvice, t.network.statusAdvice]),
			fixes: withDiagnosisFixes(view, [fixes.statusPage()]),
			verdict: 'network_error',
		};
	}),

	leaf('leaf.relay', t.relay.crumb, relayContent),

	leaf('leaf.zero_balance', t.zero.crumb, view => {
		const reading = facts.reading(view.results);
		const main = facts.mainBalance(reading);
		const unavailable = reading !== undefined && facts.balanceState(reading) === 'unavailable';
		return {
			tone: 'bad',
			title: unavailable || !main ? t.zero.titleUnavailable : t.zero.title(amount(main)),
			lines: [t.zero.bonus, t.zero.payg],
			fixes: withDiagnosisFixes(view, [fixes.topUp(), fixes.transactions()]),
			options: [setAlert()],
			verdict: 'insufficient_balance',
		};
	}),

	leaf('leaf.bonus_only', t.bonusOnly.crumb, view => {
		const main = facts.mainBalance(facts.reading(view.results));
		return {
			tone: 'warn',
			title: t.bonusOnly.title(main ? amount(main) : ''),
			lines: [...t.bonusOnly.lines],
			fixes: [fixes.topUp()],
			options: [setAlert()],
			verdict: view.diagnosis.verdict,
		};
	}),

	leaf('leaf.balance', t.balance.crumb, view => {
		const main = facts.mainBalance(facts.reading(view.results));
		return {
			tone: 'good',
			title: t.balance.title(main ? amount(main) : ''),
			lines: defined([main ? t.balance.split(main.toppedUp, main.granted, main.currency) : undefined, t.balance.noAlerts]),
			fixes: [fixes.topUp(), fixes.usage()],
			options: [setAlert()],
			verdict: view.diagnosis.verdict,
		};
	}),

	leaf('leaf.probe_ok', t.probeOk.crumb, view => ({
		tone: 'good',
		title: t.probeOk.title,
		lines: [...t.probeOk.lines],
		fixes: [fixes.findKey(), fixes.usage()],
		verdict: 'ok',
	})),

	leaf('leaf.topup_pending', t.topupPending.crumb, () => ({
		tone: 'warn',
		title: t.topupPending.title,
		lines: [...t.topupPending.lines],
		fixes: [fixes.transactions(), fixes.support()],
		verdict: 'insufficient_balance',
	})),

	leaf('leaf.other_account', t.otherAccount.crumb, view => {
		const {sent} = facts.lastFours(view.results);
		return {
			tone: 'warn',
			title: t.otherAccount.title,
			lines: defined([...t.otherAccount.lines, sent ? t.otherAccount.yourKey(sent) : undefined]),
			fixes: [fixes.findKey(), fixes.transactions()],
			verdict: 'insufficient_balance',
		};
	}),

	leaf('leaf.payment_failed', t.paymentFailed.crumb, () => ({
		tone: 'warn',
		title: t.paymentFailed.title,
		lines: [...t.paymentFailed.lines],
		fixes: [fixes.transactions(), fixes.topUp()],
		verdict: 'insufficient_balance',
	})),

	leaf('leaf.support', t.support.crumb, view => {
		const trace = facts.traceId(view.results);
		return {
			tone: 'bad',
			title: t.support.title,
			lines: [...t.support.lines, trace ? t.support.trace(trace) : t.support.noTrace],
			fixes: [fixes.support(trace)],
			verdict: 'insufficient_balance',
		};
	}),

	leaf('leaf.rate_limited', t.rateLimited.crumb, view => ({
		tone: 'warn',
		title: t.rateLimited.title,
		lines: [...t.rateLimited.lines],
		fixes: [fixes.lowerConcurrency(), fixes.statusPage()],
		// What is wrong now, if anything: the 429s the user saw may be over.
		verdict: view.diagnosis.verdict,
	})),

	leaf('leaf.server_error', t.serverError.crumb, view => ({
		tone: 'warn',
		title: t.serverError.title,
		lines: [...t.serverError.lines],
		fixes: [fixes.statusPage(), fixes.errorCodes()],
		// What is wrong now, if anything: the 5xx the user saw may be over.
		verdict: view.diagnosis.verdict,
	})),

	leaf('leaf.outage', t.outage.crumb, view => ({
		tone: 'bad',
		title: t.outage.title(facts.serviceWorst(view.results) ?? 'unknown'),
		lines: [t.outage.wait],
		fixes: [fixes.statusPage()],
		verdict: 'service_outage',
	})),

	leaf('leaf.reachable', t.reachable.crumb, view => ({
		tone: 'good',
		title: t.reachable.title(hostOf(view)),
		lines: [...t.reachable.lines],
		fixes: [fixes.statusPage()],
		verdict: view.diagnosis.verdict,
	})),

	leaf('leaf.drain', t.drain.crumb, view => {
		const found = facts.findings(view.results);
		const shown = found.slice(0, 3);
		return {
			tone: found.length > 0 ? 'bad' : 'info',
			title: t.drain.title,
			lines: defined([
				found.length > 0 ? t.drain.findingsHeading : undefined,
				...shown.map(item => t.drain.finding(item.file, item.line, item.masked)),
				found.length > shown.length ? t.drain.moreFindings(found.length - shown.length) : undefined,
				found.length > 0 ? t.drain.leakAdvice : undefined,
				t.drain.loops,
				t.drain.rotate,
			]),
			fixes: [fixes.usage(), fixes.rotateKey()],
			options: [setAlert()],
			verdict: view.diagnosis.verdict,
		};
	}),

	leaf('leaf.key_exposed', t.keyExposed.crumb, view => {
		const found = facts.findings(view.results);
		// Where first, in one line: in a short window the first line is the one that stays.
		const shown = found.find(item => item.masked !== '') ?? found[0];
		return {
			tone: 'bad',
			title: t.keyExposed.title,
			lines: defined([
				shown ? t.keyExposed.where({file: shown.file, line: shown.line, masked: shown.masked, more: found.length - 1}) : undefined,
				t.keyExposed.advice,
				t.drain.rotate,
			]),
			fixes: withDiagnosisFixes(view, [fixes.rotateKey(), fixes.usage()]),
			verdict: 'key_exposed',
		};
	}),

	leaf('leaf.alert_saved', t.alertSaved.crumb, view => {
		// The app saves the alert before moving here; the value is the input step's.
		const amountText = view.choices.alertAmount ?? '';
		const currency = view.choices.alertCurrency ?? '';
		return {
			tone: 'good',
			title: t.alertSaved.title(amountText, currency),
			lines: t.alertSaved.lines(amountText),
			fixes: [fixes.topUp()],
		};
	}),

	leaf('leaf.deepseek_ok', t.deepseekOk.crumb, view => {
		const main = facts.mainBalance(facts.reading(view.results));
		return {
			tone: 'good',
			title: t.deepseekOk.title(main ? amount(main) : ''),
			lines: [...t.deepseekOk.lines],
			fixes: [fixes.usage()],
			verdict: 'ok',
		};
	}),

	leaf('leaf.ok', t.ok.crumb, view => ({
		tone: 'good',
		title: t.ok.title,
		lines: [view.diagnosis.summary],
		fixes: withDiagnosisFixes(view, []),
		verdict: 'ok',
	})),

	leaf('leaf.unknown', t.unknown.crumb, view => ({
		tone: 'warn',
		title: t.unknown.title,
		lines: [view.diagnosis.summary, t.unknown.advice],
		fixes: withDiagnosisFixes(view, [fixes.support()]),
		verdict: 'unknown',
	})),

	leaf('leaf.faq_plans', t.faqPlans.crumb, () => ({
		tone: 'info',
		title: t.faqPlans.title,
		lines: [...t.faqPlans.lines],
		fixes: [fixes.topUp(), fixes.pricing()],
	})),

	leaf('leaf.faq_auto_reload', t.faqAutoReload.crumb, () => ({
		tone: 'info',
		title: t.faqAutoReload.title,
		lines: [...t.faqAutoReload.lines],
		fixes: [fixes.topUp()],
		options: [setAlert()],
	})),

	leaf('leaf.faq_alerts', t.faqAlerts.crumb, () => ({
		tone: 'info',
		title: t.faqAlerts.title,
		lines: [...t.faqAlerts.lines],
		fixes: [fixes.usage()],
		options: [setAlert()],
	})),

	leaf('leaf.faq_teams', t.faqTeams.crumb, () => ({
		tone: 'info',
		title: t.faqTeams.title,
		lines: [...t.faqTeams.lines],
		fixes: [fixes.createKey()],
	})),

	leaf('leaf.faq_cache', t.faqCache.crumb, () => ({
		tone: 'info',
		title: t.faqCache.title,
		lines: [...t.faqCache.lines],
		fixes: [fixes.usage()],
		options: [{id: 'check_balance', label: wizardText.actions.checkBalance, next: 'balance.key'}],
	})),
];

function hostOf(view: View): string {
	const fromEndpoint = view.results.get('endpoint')?.details['host'];
	if (typeof fromEndpoint === 'string') return sanitize(fromEndpoint);
	try {
		return new URL(view.choices.baseUrl ?? view.known.baseUrl).host;
	} catch {
		return view.choices.baseUrl ?? view.known.baseUrl;
	}
}

function relayContent(view: View): LeafContent {
	const provider = facts.provider(view.results);
	const balance = facts.providerBalance(view.results);
	const url = view.choices.baseUrl ?? view.known.baseUrl;
	const named = provider && provider.id !== 'unknown' && provider.id !== 'deepseek' ? provider : undefined;
	const gateway = named !== undefined && (named.id === 'one-api' || named.id === 'new-api' || balance?.unit === 'quota');
	const exhausted = view.diagnosis.verdict === 'relay_insufficient_balance' || balance?.exhausted === true;
	const name = named ? sanitize(named.name) : undefined;
	const title = !name
		? t.relay.notDeepSeek
		: exhausted
			? gateway
				? t.relay.tokenUsedUp
				: t.relay.balanceUsedUp(name)
			: t.relay.goesTo(name);
	const own: Fix[] = [];
	if (named) {
		own.push(fixes.relayTopUp(named));
	}
	// What is wrong at that service (the relay rule), when a call got a definite answer.
	const definite = ['relay_insufficient_balance', 'invalid_key', 'rate_limited', 'server_error'].includes(view.diagnosis.verdict);
	const verdict: Verdict = definite || view.diagnosis.verdict === 'wrong_endpoint'
		? view.diagnosis.verdict
		: exhausted
			? 'relay_insufficient_balance'
			: 'wrong_endpoint';
	return {
		tone: exhausted ? 'bad' : 'warn',
		title,
		lines: defined([
			name ? t.relay.why(name, url) : t.relay.whyUnknown(url),
			definite ? view.diagnosis.summary : undefined,
			name ? (gateway ? t.relay.topUpToken : t.relay.topUpThere(name)) : undefined,
		]),
		fixes: withDiagnosisFixes(view, own),
		options: [
			{id: 'also_deepseek', label: wizardText.actions.alsoDeepSeek, next: 'ds.key', sets: {baseUrl: view.known.deepseekBaseUrl}},
		],
		verdict,
	};
}
