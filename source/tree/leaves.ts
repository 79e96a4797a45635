// The leaves of the tree: what was found and the fix, built from the check results.
import {projectEnvName} from '../project-env.js';
import type {BalanceInfo} from '../domain/balance.js';
import {answerStatus, blockedAt, chargeSettlingStatus, isSelfHostedGateway, localProxyOutOfCredit, onThisComputer, ownProxyOutOfDeepSeekCredit, relayMoneyWhat, relayUpstreamOutOfCredit} from '../diagnose.js';
import {balanceAmounts} from '../checks/balance.js';
import {assignmentShell} from '../checks/key-format.js';
import type {CheckId} from '../checks/types.js';
import {compareDecimal, isDecimalString, isZeroAmount} from '../domain/decimal.js';
import {fixes} from '../fixes.js';
import {checkMessages} from '../messages/checks.js';
import {fixMessages} from '../messages/fixes.js';
import {wizardText} from '../messages/wizard.js';
import {isPlaceholderTail} from '../deepseek/error-body.js';
import {isDeepSeekWebsiteHost} from '../deepseek/facts.js';
import {directFindingSaid, directRefusal} from '../deepseek/going-direct.js';
import {redirectMeaning, type RedirectMeaning} from '../deepseek/redirect.js';
import {outageCanReach, passesKeyOn} from '../providers/table.js';
import {containerPlace} from '../deepseek/container.js';
import {sanitize} from '../text/safe.js';
import {currentShell} from '../text/shell.js';
import type {Fix, KnownCause, Verdict} from '../verdict.js';
import * as facts from './facts.js';
import type {LeafContent, LeafNode, NodeId, Option, View} from './types.js';



/** Fixes without repeats (same id or same link), first one first. */
function uniqueFixes(list: readonly Fix[]): Fix[] {
	const seen = new Set<string>();
	return list.filter(item => {
		const keys = [item.id, item.url ?? ''].filter(Boolean);
		if (keys.some(key => seen.has(key))) return false;
		for (const key of keys) seen.add(key);
		return true;
	});
}

/** The API host reachable only through the proxy in `variable`: the title, crumb and line both results that find it say. */
function onlyThroughProxySaid(view: View, variable: string) {
	return {
		title: wizardText.leaves.reachable.onlyThroughProxyTitle({host: hostOf(view), variable}),
		crumb: wizardText.leaves.reachable.onlyThroughProxyCrumb,
		restates: 'network' as const,
		lines: [wizardText.leaves.reachable.onlyThroughProxy({variable})],
	};
}

/** The diagnosis' own fixes after the leaf's, without repeats. */
function withDiagnosisFixes(view: View, own: Fix[]): Fix[] {
	return uniqueFixes([...own, ...view.diagnosis.fixes]);
}

/**
 * Where the checks found what the leaf shows (the diagnosis' verdict is `verdict`), check's
 * fixes first, then the leaf's own: the first thing to do is the same in both, from one
 * source (diagnose/). Where the checks found nothing (the 5xx or 429 the user saw is over),
 * the leaf's own: what the user reported is why.
 */
function checkFirst(view: View, verdict: Verdict, own: Fix[]): Fix[] {
	return view.diagnosis.verdict === verdict ? uniqueFixes([...view.diagnosis.fixes, ...own]) : own;
}

/** DeepSeek's balance check warned (low, or bonus credit only): its sentence, safe to print. */
function balanceWarning(view: View): string | undefined {
	const result = view.results.get('balance');
	return result?.status === 'warn' && facts.reading(view.results) ? sanitize(result.summary) : undefined;
}

/**
 * A leaf of the 402 path with the balance's warning kept on it: first, with the top-up
 * first among the fixes (a low or bonus-only balance is what the path started from).
 */
function withBalanceWarning(view: View, content: LeafContent): LeafContent {
	const warning = balanceWarning(view);
	if (!warning) return content;
	return {...content, lines: [wizardText.leaves.balanceWarning({summary: warning}), ...content.lines], fixes: uniqueFixes([fixes.topUp(), ...content.fixes])};
}

const amount = (info: BalanceInfo) => `${info.total} ${info.currency}`;

/**
 * What DeepSeek's balance says about a 429 there: an empty one is the next failure (top up
 * first), a low one has lowered the account's concurrency (top up too), a healthy one is not
 * the cause; unread, the line says how to tell from the 429's own words.
 */
function deepSeekLimitByBalance(view: View): {line: string | undefined; fixes: Fix[]} {
	const text = wizardText.leaves.rateLimited;
	if (facts.balanceCannotPay(view.results)) {
		return {line: text.balanceEmpty, fixes: [fixes.topUp(), fixes.lowerConcurrency(), fixes.statusPage()]};
	}
	const reading = facts.reading(view.results);
	if (reading && facts.balanceLow(view.results)) {
		return {line: text.balanceLow, fixes: [fixes.lowerConcurrency(), fixes.topUp(), fixes.statusPage()]};
	}
	const main = facts.mainBalance(reading);
	return {line: main ? text.balanceFine({amount: amount(main)}) : text.lines[0], fixes: [fixes.lowerConcurrency(), fixes.statusPage()]};
}

/** Set the low-balance alert; when one is set already, change it or remove it instead. */
const setAlert = (view: View): Option[] => {
	const {alert} = view.known;
	if (!alert) return [{id: 'set_alert', label: wizardText.actions.setAlert, next: 'alert.input'}];
	const currency = alert.currency ?? view.known.currency ?? '';
	return [
		{id: 'set_alert', label: wizardText.actions.changeAlert({amount: alert.amount, currency}), next: 'alert.input'},
		{id: 'remove_alert', label: wizardText.actions.removeAlert, effect: {type: 'remove_alert'}},
	];
};

/** A healthy balance: set the alert; with one set, done (the alert kept) before changing or removing it. */
function healthyBalanceWays(view: View): Option[] {
	const {alert} = view.known;
	if (!alert) return setAlert(view);
	const done: Option = {id: 'done', label: wizardText.actions.doneKeepAlert({amount: alert.amount, currency: alert.currency ?? view.known.currency ?? ''}), effect: {type: 'quit'}};
	return [done, ...setAlert(view)];
}

/** DeepSeek has no alerts: this tool can warn, or (one set) when it does. */
function alertLine(view: View): string {
	const {alert} = view.known;
	if (!alert) return wizardText.leaves.balance.noAlerts;
	return wizardText.leaves.balance.alertSet({amount: alert.amount, currency: alert.currency ?? view.known.currency ?? ''});
}

/** Wait for a top-up to arrive (the balance is read again and again, free; the wait screen says how often and how long). */
const waitForTopUp = (): Option => ({id: 'wait', label: wizardText.actions.waitForTopUp, next: 'wait.topup'});

/** A check that went wrong: its row shows ⚠ or ✖. */
const troubled = (view: View) => [...view.results.values()].some(result => result.status !== 'pass' && result.status !== 'skip');

/**
 * Never a ✔ title above a ⚠ or ✖ row: a good finding with trouble in its evidence is shown as a warning (screen and record alike).
 * Trouble an earlier step saw has no row on this screen: a line names it, else the ⚠ would be unexplained.
 */
function notGoodAboveTrouble(content: LeafContent, view: View): LeafContent {
	if (content.tone !== 'good' || !troubled(view)) return content;
	const trouble = [...view.results.values()].filter(result => result.status !== 'pass' && result.status !== 'skip');
	const unseen = trouble.find(result => view.shown !== undefined && !view.shown.has(result.id));
	const line = unseen && wizardText.leaves.alsoSeen({title: sanitize(unseen.title), summary: sanitize(unseen.summary)});
	// Else a row on this screen says why: a short window keeps it, or the ⚠ would stand there unexplained.
	const why = line ? {lines: [line, ...content.lines]} : trouble[0] ? {warnedBy: trouble[0].id} : {};
	return {...content, tone: 'warn', ...why};
}

const leaf = (id: NodeId, crumb: string, content: (view: View) => LeafContent): LeafNode => ({kind: 'leaf', id, crumb, content: view => notGoodAboveTrouble(content(view), view)});

const defined = (lines: ReadonlyArray<string | undefined>): string[] => lines.filter((line): line is string => line !== undefined);

/** Verdicts of the spending's checks that are about neither the money nor a leak (a 5xx, a 429, no clear cause): its result names them. */
const drainOther: ReadonlySet<Verdict> = new Set(['server_error', 'rate_limited', 'service_outage', 'unknown']);

/** The same checks against DeepSeek's own base URL, with a DeepSeek key (the ds.* steps); what the calls use is kept aside. */
function alsoDeepSeekOption(view: View): Option {
	const {baseUrl, keyChoice} = view.choices;
	const calls = view.choices.calls ?? {baseUrl: baseUrl ?? view.known.baseUrl, ...(keyChoice ? {keyChoice} : {})};
	return {id: 'also_deepseek', label: wizardText.actions.alsoDeepSeek, shorter: [wizardText.actions.alsoDeepSeekShort], next: 'ds.key', sets: {baseUrl: view.known.deepseekBaseUrl, calls}};
}

/**
 * The empty-balance result's finding: the balance read, or (a gateway that does not pass the
 * balance query on) the test call's 402, or only the 402 the user reported.
 */
function zeroBalanceTitle(view: View): string {
	const reading = facts.reading(view.results);
	const text = wizardText.leaves.zero;
	if (!reading) return facts.httpStatus(view.results, 'probe') === 402 ? text.titleRefused : text.titleUnread;
	const unavailable = facts.balanceState(reading) === 'unavailable';
	return unavailable || !facts.mainBalance(reading) ? text.titleUnavailable : text.title;
}

/** Built with the tree, in the current language (nodes.ts). */
export const leaves = (): readonly LeafNode[] => [
	leaf('leaf.no_key', wizardText.leaves.noKey.crumb, () => ({
		tone: 'info',
		title: wizardText.leaves.noKey.title,
		lines: [...wizardText.leaves.noKey.lines, wizardText.leaves.noKey.giveToProgram({command: fixMessages.setKeyCommand({shell: currentShell()})})],
		fixes: [fixes.createKey(), fixes.topUp()],
		verdict: 'no_key',
	})),

	leaf('leaf.invalid_key', wizardText.leaves.invalidKey.crumb, invalidKeyContent),

	leaf('leaf.key_ok', wizardText.leaves.keyOk.crumb, view => {
		// This folder's .env sets a key that was not the one checked: the likeliest "another key".
		const checkedFromFile = (view.choices.keyChoice ?? view.known.key?.source) === 'dotenv';
		const inFile = checkedFromFile ? undefined : view.known.projectEnvKey;
		return {
			tone: 'good',
			title: wizardText.leaves.keyOk.title(facts.lastFours(view.results).sent ?? ''),
			// Its row then says the fact in one row; the line below says what it means here.
			...(inFile && facts.status(view.results, 'key_present') === 'warn' ? {restates: 'key_present' as const} : {}),
			lines: inFile ? [wizardText.leaves.keyOk.otherInProjectEnv(inFile, view.known.dotenvFiles?.key ?? projectEnvName)] : [...wizardText.leaves.keyOk.lines],
			fixes: [fixes.findKey()],
			verdict: 'ok',
		};
	}),

	leaf('leaf.network', wizardText.leaves.network.crumb, view => {
		const reason = facts.networkReason(view.results);
		// The service, or a proxy in between, answered that its own call on failed (a certificate it could not verify
		// behind it, no answer from there, its own secure connection, any other 5xx page of a proxy): it got there, so
		// check's finding and fix, never "cannot get through".
		const wayOut = view.diagnosis.verdict === 'network_error' && reason === undefined ? facts.wayOutFailure(view.results) : undefined;
		if (wayOut) {
			return {
				tone: 'bad',
				title: wizardText.leaves.network[`title${wayOut.kind}`]({host: hostOf(view)}),
				crumb: wizardText.leaves.network[`crumb${wayOut.kind}`],
				restates: wayOut.id,
				lines: [view.diagnosis.summary],
				fixes: withDiagnosisFixes(view, []),
				verdict: 'network_error',
			};
		}
		// A row that says the cause more precisely than the general line for its reason: that sentence is the first
		// line, in place of the general one (a short window drops rows, never the first line), and the row it restates
		// takes one row. A failed proxy's row names it, where it comes from and what to do; a variable that holds no
		// proxy URL: the network check's row says it first, in the same words as the API checks'; a proxy that never
		// answered the tunnel request: the row that timed out there says the proxy itself is stuck; a certificate not
		// trusted: the row that names its issuer (and the proxy it came through) or NODE_EXTRA_CA_CERTS's file; a proxy
		// app's fake-ip address that took no connection: the network row that names the address and the app; the
		// system's proxy settings, which browsers follow and the calls did not: the network row that names them.
		const route = facts.fakeIpRoute(view.results);
		const fakeIp = route?.connected === false;
		// Inside WSL 2, a proxy or service on loopback refused: the network row says why (Windows' 127.0.0.1 is not WSL's).
		const wsl = facts.wslLoopback(view.results);
		// Inside a container, the same: the host's 127.0.0.1 is not the container's.
		const container = facts.containerLoopback(view.results);
		// A certificate outside its dates: the network row names them and this computer's clock.
		const outOfDate = facts.certificateOutOfDate(view.results);
		// A name only containers resolve: the network row says where it comes from and what stands for it here.
		const inContainers = facts.unresolvedContainerName(view.results);
		const networkSaysWhy = facts.badProxy(view.results) !== undefined || fakeIp || wsl !== undefined || container !== undefined || outOfDate !== undefined || facts.systemProxy(view.results) !== undefined
			|| inContainers !== undefined;
		const preciseRow = (networkSaysWhy ? 'network' : facts.proxyFailure(view.results) ?? facts.silentProxy(view.results))
			?? facts.preciseUntrusted(view.results);
		const rowSaysWhy = preciseRow !== undefined && (view.shown === undefined || view.shown.has(preciseRow));
		const rowSays = preciseRow === undefined ? undefined : view.results.get(preciseRow)?.summary;
		// Going direct, measured beside the proxy that failed: the title says what it found, and so does a line under the
		// proxy's row where that row is not the network check's (whose own sentence says it): a refused tunnel, a login.
		const direct = facts.goingDirect(view.results);
		const directLine = direct && !(rowSaysWhy && preciseRow === 'network') ? directFindingSaid(direct.look, hostOf(view).replace(/:\d+$/, '')) : undefined;
		// The service was reached and began to answer: "cannot get through" would be wrong.
		const cut = preciseRow === undefined && facts.cutOffAnswer(view.results) !== undefined;
		const viaProxy = facts.networkProxy(view.results);
		const why = cut
			? wizardText.leaves.network.cutOff
			: rowSaysWhy && rowSays !== undefined
			? sanitize(rowSays)
			: reason === 'timeout' && viaProxy !== undefined
			? wizardText.leaves.network.timeoutViaProxy({proxy: sanitize(viaProxy)})
			: reason
			? wizardText.leaves.network.reasons[reason]
			: undefined;
		// What to check for this reason first, the status page after, as the lines say them. A network error's own
		// fixes are this pair by the network check's reason alone: the leaf's (a proxy named by any check) is not repeated beside it.
		// Where check's fixes are more precise (the diagnosis marks them: a proxy's login or variable, answers cut off, a
		// certificate file other tools trust, a proxy that other tools use or NO_PROXY bypassed), its fixes.
		// The host the calls go to, as check's fix names it (the endpoint check's): "allow api.deepseek.com" at openrouter.ai was wrong.
		const network = fixes.network(reason, hostOf(view), viaProxy !== undefined);
		const shownFixes = view.diagnosis.verdict !== 'network_error' ? withDiagnosisFixes(view, [network, fixes.statusPage()])
			: view.diagnosis.preciseFixes ? view.diagnosis.fixes : [network, fixes.statusPage()];
		// The status page's line only beside its fix: check leaves it out where the server is not known to be DeepSeek's.
		const statusAdvice = shownFixes.some(fix => fix.id === 'status_page') ? wizardText.leaves.network.statusAdvice : undefined;
		return {
			tone: 'bad',
			title: cut ? wizardText.leaves.network.cutOffTitle(hostOf(view))
				: fakeIp ? wizardText.leaves.network.titleFakeIp({host: hostOf(view)})
				: wsl ? wizardText.leaves.network.titleWsl({loopback: wsl.loopback})
				: container ? wizardText.leaves.network.titleContainer({loopback: container.loopback, place: containerPlace(container.kind)})
				: inContainers && inContainers.kind !== 'service_name' ? wizardText.leaves.network.titleContainerHost({name: inContainers.name})
				: outOfDate?.expired ? wizardText.leaves.network.titleExpired({host: outOfDate.host})
				: outOfDate ? wizardText.leaves.network.titleClockBehind
				: direct && directRefusal(direct.look, hostOf(view).replace(/:\d+$/, '')) === 'service' ? wizardText.leaves.network.titleServiceRefuses
				: direct ? wizardText.leaves.network.titleGoingDirect({works: direct.finding === 'works'})
				: wizardText.leaves.network.title(hostOf(view)),
			...(cut ? {crumb: wizardText.leaves.network.cutOffCrumb} : {}),
			...(rowSaysWhy && rowSays !== undefined ? {restates: preciseRow} : {}),
			// The proxy variables are beside the point where the app's TUN takes the calls whatever they say. Where it
			// connected, its node is the suspect: said first, as a short window keeps only the first line.
			lines: route?.connected && !cut && facts.isConnectionReason(reason)
				? defined([wizardText.leaves.network.fakeIpConnected({ip: route.address}), why, statusAdvice])
				// Where going direct works, the proxy variables are what to drop: "your program may need the same settings" would say the opposite.
				: defined([why, directLine, fakeIp || wsl || container || outOfDate || direct?.finding === 'works' ? undefined : wizardText.leaves.network.proxyAdvice, statusAdvice]),
			fixes: shownFixes,
			verdict: 'network_error',
		};
	}),

	leaf('leaf.relay', wizardText.leaves.relay.crumb, relayContent),

	leaf('leaf.zero_balance', wizardText.leaves.zero.crumb, view => {
		const reading = facts.reading(view.results);
		return {
			tone: 'bad',
			// The title says the finding; the balance row under it, the numbers (as on the bonus-only leaf).
			title: zeroBalanceTitle(view),
			...(reading ? {restates: 'balance' as const, restatedAs: balanceAmounts(reading)} : {}),
			lines: [wizardText.leaves.zero.bonus, wizardText.leaves.zero.payg],
			fixes: withDiagnosisFixes(view, [fixes.topUp(), fixes.transactions()]),
			options: [waitForTopUp(), ...setAlert(view)],
			verdict: 'insufficient_balance',
		};
	}),

	leaf('leaf.bonus_only', wizardText.leaves.bonusOnly.crumb, view => {
		const reading = facts.reading(view.results);
		return {
			tone: 'warn',
			// The title says the finding; the balance row under it, the numbers (its summary would say the finding again).
			title: wizardText.leaves.bonusOnly.title,
			...(reading ? {restates: 'balance' as const, restatedAs: balanceAmounts(reading)} : {}),
			lines: [...wizardText.leaves.bonusOnly.lines],
			fixes: [fixes.topUp()],
			options: setAlert(view),
			verdict: view.diagnosis.verdict,
		};
	}),

	leaf('leaf.balance', wizardText.leaves.balance.crumb, view => {
		const reading = facts.reading(view.results);
		const main = facts.mainBalance(reading);
		const low = balanceWarning(view) !== undefined;
		return {
			// Never "✔ Your balance" above "⚠ below 1.00".
			tone: low ? 'warn' : 'good',
			title: low ? wizardText.leaves.balance.titleLow({amount: main ? amount(main) : ''}) : wizardText.leaves.balance.title(main ? amount(main) : ''),
			// The Balance row under the title gives the split (granted, topped up), kept on a short screen before the
			// line under it (the one fact the user came for); a low one keeps its own words (the mark it is under).
			...(reading ? {restates: 'balance' as const, restatedAs: low ? balanceWarning(view) : balanceAmounts(reading)} : {}),
			// Not the split again in a line: that pushed the advice off a short screen.
			lines: defined([main && !isZeroAmount(main.granted) ? wizardText.leaves.balance.bonusFirst : undefined, alertLine(view)]),
			// Money enough: nothing to fix, so the alert (set it, or keep it and be done) comes first; the top-up stays, lower.
			fixes: low ? [fixes.topUp(), fixes.usage()] : [fixes.usage(), fixes.topUp()],
			options: low ? setAlert(view) : healthyBalanceWays(view),
			...(low ? {} : {waysFirst: true}),
			verdict: view.diagnosis.verdict,
		};
	}),

	// "Check my balance" where no balance could be read and nothing else is wrong (a gateway that does not pass the
	// balance query on): not "no problem found"; the balance row says why, and DeepSeek itself can be asked.
	leaf('leaf.balance_unread', wizardText.leaves.balanceUnread.crumb, view => {
		const provider = facts.provider(view.results);
		return {
			tone: 'warn',
			title: wizardText.leaves.balanceUnread.title,
			lines: provider && passesKeyOn(provider.id) ? [wizardText.leaves.balanceUnread.sameKey({name: sanitize(provider.name)})] : [],
			// Nothing to fix that is known: the way on is to read the balance where it can be read.
			fixes: [],
			options: [alsoDeepSeekOption(view)],
			waysFirst: true,
			verdict: view.diagnosis.verdict,
		};
	}),

	leaf('leaf.probe_ok', wizardText.leaves.probeOk.crumb, view =>
		withBalanceWarning(view, {
			tone: 'good',
			title: wizardText.leaves.probeOk.title,
			lines: [...wizardText.leaves.probeOk.lines],
			fixes: [fixes.findKey(), fixes.usage()],
			verdict: 'ok',
		}),
	),

	leaf('leaf.topup_pending', wizardText.leaves.topupPending.crumb, view =>
		withBalanceWarning(view, {
			tone: 'warn',
			title: wizardText.leaves.topupPending.title,
			lines: [...wizardText.leaves.topupPending.lines],
			fixes: [fixes.transactions(), fixes.support()],
			options: [waitForTopUp()],
			verdict: 'insufficient_balance',
		}),
	),

	leaf('leaf.topped_up', wizardText.leaves.toppedUp.crumb, view => {
		const main = facts.mainBalance(facts.reading(view.results));
		return {
			tone: 'good',
			title: main ? wizardText.leaves.toppedUp.title({amount: amount(main)}) : wizardText.leaves.toppedUp.titleNoAmount,
			lines: defined([wizardText.leaves.toppedUp.retry, facts.httpStatus(view.results, 'probe') === 402 ? wizardText.leaves.toppedUp.staleProbe : undefined]),
			fixes: [fixes.usage()],
			options: setAlert(view),
			verdict: view.diagnosis.verdict,
		};
	}),

	// The 402 path after a top-up arrived (p402.recovered), the user says the calls work: nothing paid, the alert offered first.
	leaf('leaf.calls_work', wizardText.leaves.callsWork.crumb, view => ({
		tone: 'good',
		title: wizardText.leaves.callsWork.title,
		lines: [...wizardText.leaves.callsWork.lines],
		fixes: [fixes.usage()],
		options: view.known.alert ? healthyBalanceWays(view) : [{id: 'set_alert', label: wizardText.leaves.callsWork.getWarned, next: 'alert.input'}],
		waysFirst: true,
		verdict: 'ok',
	})),

	leaf('leaf.wait_over', wizardText.leaves.waitOver.crumb, view => {
		const main = facts.mainBalance(facts.reading(view.results));
		return {
			tone: 'warn',
			title: main ? wizardText.leaves.waitOver.title({amount: amount(main)}) : wizardText.leaves.waitOver.titleUnread,
			lines: [...wizardText.leaves.waitOver.lines],
			fixes: [fixes.transactions(), fixes.topUp(), fixes.support()],
			options: [waitForTopUp()],
			verdict: view.diagnosis.verdict,
		};
	}),

	leaf('leaf.other_account', wizardText.leaves.otherAccount.crumb, view => {
		const {sent} = facts.lastFours(view.results);
		return withBalanceWarning(view, {
			tone: 'warn',
			title: wizardText.leaves.otherAccount.title,
			lines: defined([...wizardText.leaves.otherAccount.lines, sent ? wizardText.leaves.otherAccount.yourKey(sent) : undefined]),
			fixes: [fixes.findKey(), fixes.transactions()],
			verdict: 'insufficient_balance',
		});
	}),

	leaf('leaf.payment_failed', wizardText.leaves.paymentFailed.crumb, view =>
		withBalanceWarning(view, {
			tone: 'warn',
			title: wizardText.leaves.paymentFailed.title,
			lines: [...wizardText.leaves.paymentFailed.lines],
			fixes: [fixes.transactions(), fixes.topUp()],
			// Paid again another way: wait for that payment to arrive.
			options: [waitForTopUp()],
			verdict: 'insufficient_balance',
		}),
	),

	leaf('leaf.support', wizardText.leaves.support.crumb, view => {
		const trace = facts.traceId(view.results);
		return withBalanceWarning(view, {
			tone: 'bad',
			title: wizardText.leaves.support.title,
			lines: [...wizardText.leaves.support.lines, trace ? wizardText.leaves.support.trace(trace) : wizardText.leaves.support.noTrace],
			fixes: [fixes.support(trace)],
			verdict: 'insufficient_balance',
			...(trace ? {traceId: trace} : {}),
		});
	}),

	leaf('leaf.model_not_found', wizardText.leaves.modelNotFound.crumb, view => {
		const model = facts.probeModel(view.results);
		// The model question again, from what /models listed: a pick that works proves the name was it.
		const others = facts.probeModels(view.results).filter(id => id !== model);
		const text = wizardText.leaves.modelNotFound;
		const name = facts.serviceName(view.results) ?? hostOf(view);
		// The service has the model but no price for it: not "not available", and its spelling is not the point.
		const unpriced = facts.modelUnpriced(view.results);
		// Ark's console has to act (activate the model, or an endpoint's id to send): the spelling is not the point,
		// and where only an endpoint's id is taken, every listed model is refused alike.
		const access = facts.modelAccess(view.results);
		const spelling = !unpriced && access === undefined;
		return {
			tone: 'bad',
			...(unpriced
				? {title: text.unpricedTitle({model, name}), crumb: text.unpricedCrumb}
				: access === 'activate'
					? {title: text.notActivatedTitle({model, name}), crumb: text.notActivatedCrumb}
					: access === 'endpoint'
						? {title: text.endpointTitle({name}), crumb: text.endpointCrumb}
						: {title: text.title({model, name})}),
			// The summary restates the refused test call's row: that row is cut to one row under it.
			...(view.results.get('probe')?.status === 'fail' ? {restates: 'probe' as const} : {}),
			lines: spelling ? [view.diagnosis.summary, text.where] : [view.diagnosis.summary],
			fixes: withDiagnosisFixes(view, []),
			options: others.length > 0 && access !== 'endpoint' ? [{id: 'other_model', label: wizardText.actions.tryOtherModel, next: 'p402.probe_model', sets: {probe: true}}] : [],
			verdict: 'model_not_found',
		};
	}),

	leaf('leaf.rate_limited', wizardText.leaves.rateLimited.crumb, view => {
		const text = wizardText.leaves.rateLimited;
		// Calls that go to another service meet its limits: DeepSeek's limits and status page are not the ones to name.
		const name = serviceElsewhere(view);
		const found = facts.provider(view.results);
		// What is wrong now, if anything: the 429s the user saw may be over.
		const verdict = view.diagnosis.verdict;
		if (name) {
			// Its own first line in place of DeepSeek's; the advice on backing off holds anywhere.
			// Its console where it has one, else whoever runs it (as the diagnosis' contactThere).
			const ways = [fixes.lowerConcurrencyElsewhere(found, hostOf(view)), fixes.consoleOr(found, fixes.askOperatorAboutLimits(name))];
			// Only the paid call sees what the service behind it answers: offered, never picked by Enter.
			return {tone: 'warn', title: text.title, lines: defined([text.elsewhere({name}), text.lines[1]]), fixes: ways, options: probeThereOption(view, wizardText.actions.probeThereSymptom), verdict};
		}
		// DeepSeek lowers an account's concurrency as its balance runs low: the balance says whether money is part of it.
		const byBalance = deepSeekLimitByBalance(view);
		return {
			tone: 'warn',
			title: text.title,
			lines: defined([byBalance.line, text.lines[1]]),
			// Check's first: a 429 that names the balance asks for a top-up itself, which only its wording tells.
			fixes: checkFirst(view, 'rate_limited', byBalance.fixes),
			verdict,
		};
	}),

	leaf('leaf.server_error', wizardText.leaves.serverError.crumb, view => {
		const text = wizardText.leaves.serverError;
		// Calls that go to another service meet its failures: DeepSeek's side, status page and error codes are not the ones to name.
		const name = serviceElsewhere(view);
		// Its console where it has one (as the diagnosis' contactThere), else whoever runs it.
		const tell = name && fixes.consoleOr(facts.provider(view.results), fixes.askOperatorAboutErrors(name));
		// DeepSeek answers an empty balance with 402, but apps and gateways in between pass on 5xx of their own: never "not your balance" above an empty one.
		if (!name && facts.balanceCannotPay(view.results)) {
			return {
				tone: 'bad',
				title: text.titleBalanceEmpty,
				crumb: wizardText.leaves.zero.crumb,
				lines: defined([text.balanceEmpty, text.lines[1]]),
				fixes: checkFirst(view, 'server_error', [fixes.topUp(), fixes.statusPage(), fixes.errorCodes()]),
				options: [waitForTopUp()],
				verdict: view.diagnosis.verdict,
			};
		}
		// Taken with HTTP 200, then no answer (keep-alive lines only, or an error in its place): no 5xx came; the
		// diagnosis says what happened and what to do (retry later first), as check does.
		if (answerStatus([...view.results.values()], 'server_error') === 200) {
			return {tone: 'warn', title: text.titleAccepted({name}), crumb: text.crumbAccepted, lines: defined([view.diagnosis.summary, text.lines[1]]), fixes: view.diagnosis.fixes, verdict: view.diagnosis.verdict};
		}
		// A service on this computer: the user runs it, never "tell whoever runs it". One nothing recognises (a local proxy): its log, and a
		// VPN or system proxy in its way; a gateway recognised there (one-api, new-api): its log and its channels, as check says after the paid call.
		const provider = facts.provider(view.results);
		const gateway = isSelfHostedGateway(provider);
		if (name && onThisComputer(hostOf(view)) && (gateway || provider === undefined || provider.id === 'unknown')) {
			return {
				tone: 'warn',
				title: text.titleElsewhere({name}),
				lines: defined([gateway ? text.elsewhereLocalGateway({name}) : text.elsewhereLocal({name}), text.lines[1]]),
				fixes: gateway ? [fixes.localGatewayChannels(name, facts.channelsUrl(view.results)), fixes.retryLaterElsewhere()] : [fixes.retryLaterElsewhere(), fixes.localUpstreamNetwork(name)],
				options: probeThereOption(view, wizardText.actions.probeThereSymptom),
				verdict: view.diagnosis.verdict,
			};
		}
		// A low DeepSeek balance (the ⚠ row above): never "not your balance" over it, and the top-up among the fixes, as check gives it.
		const low = !name && facts.balanceLow(view.results) ? facts.mainBalance(facts.reading(view.results)) : undefined;
		const own = tell ? [fixes.retryLaterElsewhere(), tell] : low ? [fixes.statusPage(), fixes.topUp(), fixes.errorCodes()] : [fixes.statusPage(), fixes.errorCodes()];
		return {
			tone: 'warn',
			title: name ? text.titleElsewhere({name}) : text.title,
			// At another service only the paid call sees what the service behind it answers: offered, never picked by Enter.
			...(name ? {options: probeThereOption(view, wizardText.actions.probeThereSymptom)} : {}),
			// Its own first line in place of DeepSeek's; the advice on retrying holds anywhere.
			lines: name ? defined([text.elsewhere({name}), text.lines[1]]) : low ? defined([text.balanceLow({amount: amount(low)}), text.lines[1]]) : [...text.lines],
			fixes: checkFirst(view, 'server_error', own),
			// What is wrong now, if anything: the 5xx the user saw may be over.
			verdict: view.diagnosis.verdict,
		};
	}),

	leaf('leaf.outage', wizardText.leaves.outage.crumb, view => {
		const text = wizardText.leaves.outage;
		// Calls that go to a service that may send them on to DeepSeek: that service is named, and asked if the errors outlast the outage.
		const name = serviceElsewhere(view);
		// DeepSeek refused the key meanwhile: likelier the outage than the key, which is the one to check if the 401 stays (as the diagnosis says).
		const keyRefused = !name && facts.keyRejected(view.results);
		return {
			tone: 'bad',
			title: text.title(facts.serviceWorst(view.results) ?? 'unknown'),
			lines: [name ? text.elsewhere({name}) : keyRefused ? text.keyRefused : text.wait],
			fixes: name
				? [fixes.statusPage(), fixes.consoleOr(facts.provider(view.results), fixes.askOperatorAboutErrors(name))]
				: keyRefused
					? [fixes.statusPage(), fixes.checkKeyInTool()]
					: [fixes.statusPage()],
			verdict: 'service_outage',
		};
	}),

	leaf('leaf.reachable', wizardText.leaves.reachable.crumb, view => {
		const look = whereToLook(view);
		// This tool gets through, but ALL_PROXY, which the user's program may use, is dead: that is the finding.
		const theirs = facts.otherToolsProxyDown(view.results);
		if (theirs) {
			return {
				tone: 'bad',
				title: wizardText.leaves.reachable.otherToolsProxyTitle(theirs),
				crumb: wizardText.leaves.reachable.otherToolsProxyCrumb,
				restates: 'network' as const,
				lines: [wizardText.leaves.reachable.otherToolsProxy(theirs)],
				fixes: [fixes.otherToolsProxy(theirs.variable, theirs.proxy), ...look],
				verdict: view.diagnosis.verdict,
			};
		}
		// Reachable only through the proxy this tool uses: a Node program that ignores the proxy variables cannot connect.
		const proxied = facts.onlyThroughProxy(view.results);
		if (proxied) {
			return {
				tone: 'bad',
				...onlyThroughProxySaid(view, proxied.variable),
				fixes: [fixes.nodeEnvProxy(proxied.variable), ...look],
				verdict: view.diagnosis.verdict,
			};
		}
		// A base URL on this computer, and a proxy set that Python's clients would send its calls to: NO_PROXY first, as check's advice.
		const local = facts.localCallsProxy(view.results);
		return {
			tone: 'good',
			title: wizardText.leaves.reachable.title(hostOf(view)),
			lines: [...wizardText.leaves.reachable.lines],
			fixes: local ? [fixes.localNoProxy(local.variable, local.host), ...look] : look,
			verdict: view.diagnosis.verdict,
		};
	}),

	leaf('leaf.drain', wizardText.leaves.drain.crumb, view => {
		const found = facts.findings(view.results);
		const first = found.find(item => item.masked !== '') ?? found[0];
		// The key in use among them (the scan failed): rotating it comes before reading the usage page.
		const leaked = view.results.get('key_exposure')?.status === 'fail';
		const topUp = facts.balanceCannotPay(view.results) ? [fixes.topUp()] : [];
		// Something else wrong that these checks saw (DeepSeek failing or limiting the balance reading): not where the money
		// goes, so this stays the result (the usage page answers that whatever else is wrong), but it says what was seen, as
		// check does, with check's fixes after the usage page. A refused key and another service have their own results (nodes.ts).
		const other = drainOther.has(view.diagnosis.verdict);
		// Drained already (the balance cannot pay): the title says so, under a ✖, and the balance row under it the numbers
		// (as on the empty-balance result); check's summary would say the row's words again.
		const empty = topUp.length > 0 && view.diagnosis.verdict === 'insufficient_balance';
		const reading = facts.reading(view.results);
		return {
			tone: found.length > 0 || empty ? 'bad' : other ? 'warn' : 'info',
			title: empty ? wizardText.leaves.drain.titleEmpty : wizardText.leaves.drain.title,
			...(empty && reading ? {restates: 'balance' as const, restatedAs: balanceAmounts(reading)} : {}),
			lines: defined([
				first ? wizardText.leaves.drain.findings({file: first.file, line: first.line, masked: first.masked, more: found.length - 1}) : undefined,
				found.length > 0 ? wizardText.leaves.drain.leakAdvice : undefined,
				other ? view.diagnosis.summary : undefined,
				wizardText.leaves.drain.loops,
				wizardText.leaves.drain.rotate,
			]),
			// An empty balance fails the calls now: its top-up is among the fixes, after where the money went (as check gives it).
			fixes: uniqueFixes(leaked ? [fixes.rotateKey(), fixes.usage(), ...topUp] : [fixes.usage(), ...topUp, ...(other ? view.diagnosis.fixes : []), fixes.rotateKey()]),
			options: setAlert(view),
			verdict: view.diagnosis.verdict,
		};
	}),

	leaf('leaf.key_exposed', wizardText.leaves.keyExposed.crumb, view => {
		const found = facts.findings(view.results);
		// Where first, in one line: in a short window the first line is the one that stays.
		const shown = found.find(item => item.masked !== '') ?? found[0];
		// Places besides the one shown: a committed .env is a finding of its own (line 0), but no other place than the key's line in it.
		const more = found.filter(item => item !== shown && (item.file !== shown?.file || item.line > 0)).length;
		return {
			tone: 'bad',
			title: wizardText.leaves.keyExposed.title,
			lines: defined([
				shown ? wizardText.leaves.keyExposed.where({file: shown.file, line: shown.line, masked: shown.masked, more}) : undefined,
				wizardText.leaves.keyExposed.advice,
				wizardText.leaves.drain.rotate,
			]),
			fixes: withDiagnosisFixes(view, [fixes.rotateKey(), fixes.usage()]),
			verdict: 'key_exposed',
		};
	}),

	// Not through `leaf`: no check row is on this screen, and the balance row's ⚠ was against the mark before this
	// alert. Where the balance stands against the new one is the title's to say.
	{kind: 'leaf', id: 'leaf.alert_saved', crumb: wizardText.leaves.alertSaved.crumb, content: view => {
		// The app saves the alert before moving here; the value is the input step's.
		const amountText = view.choices.alertAmount ?? '';
		const currency = view.choices.alertCurrency ?? '';
		const main = facts.mainBalance(facts.reading(view.results));
		// Under it already: the first run of the line below warns (as `balance --below` would exit 1 now).
		const under = main !== undefined && main.currency.toUpperCase() === currency && isDecimalString(amountText) && compareDecimal(main.total, amountText) < 0;
		return {
			tone: under ? 'warn' : 'good',
			title: under ? wizardText.leaves.alertSaved.titleUnder({amount: amountText, currency, balance: amount(main)}) : wizardText.leaves.alertSaved.title(amountText, currency),
			lines: wizardText.leaves.alertSaved.lines(amountText),
			// No fix: the crontab line is what to do, and it must not give way to a top-up link.
			fixes: [],
		};
	}},

	leaf('leaf.deepseek_ok', wizardText.leaves.deepseekOk.crumb, view => {
		const main = facts.mainBalance(facts.reading(view.results));
		const warning = balanceWarning(view);
		const figure = main ? amount(main) : '';
		// Reached after a service in between refused the calls: this account can take them, at DeepSeek's own address
		// (its /anthropic one for a tool that speaks Anthropic's API, as the endpoint check found for the calls' address).
		const useDeepSeek = facts.speaksAnthropic(view.results) ? fixes.useDeepSeekAnthropic() : fixes.useDeepSeek();
		return {
			tone: warning ? 'warn' : 'good',
			title: warning ? wizardText.leaves.deepseekOk.titleMindBalance({amount: figure}) : wizardText.leaves.deepseekOk.title(figure),
			lines: [...wizardText.leaves.deepseekOk.lines, ...(warning ? [wizardText.leaves.balanceWarning({summary: warning})] : [])],
			fixes: warning ? [useDeepSeek, fixes.topUp(), fixes.usage()] : [useDeepSeek, fixes.usage()],
			verdict: 'ok',
		};
	}),

	leaf('leaf.ok', wizardText.leaves.ok.crumb, view => {
		// Never "✔ No problem found" above a ⚠ row: what warned is on the screen as the evidence.
		const warned = facts.warnings(view.results);
		// The summary would say "No problem found" again under the title: the balance row under it says the numbers instead.
		const reading = facts.reading(view.results);
		const balanceRow = reading && facts.status(view.results, 'balance') === 'pass' ? {restates: 'balance' as const, restatedAs: balanceAmounts(reading)} : {};
		// The one warning is that only the proxy gets through: said as the reachable result says it, so a short window,
		// which keeps only a row's first line, still shows the finding and not just the proxy's address.
		const proxied = warned.length === 1 ? facts.onlyThroughProxy(view.results) : undefined;
		if (proxied) {
			return {
				tone: 'warn',
				...onlyThroughProxySaid(view, proxied.variable),
				fixes: withDiagnosisFixes(view, []),
				verdict: 'ok',
			};
		}
		return warned.length === 0
			? {tone: 'good', title: wizardText.leaves.ok.title, ...balanceRow, lines: [], fixes: withDiagnosisFixes(view, []), verdict: 'ok'}
			: {tone: 'warn', title: wizardText.leaves.ok.titleWithWarnings({count: warned.length}), lines: [], fixes: withDiagnosisFixes(view, []), verdict: 'ok'};
	}),

	leaf('leaf.unknown', wizardText.leaves.unknown.crumb, view => {
		const trace = facts.traceId(view.results);
		const refused = facts.refusedCheck(view.results);
		const moderated = refused !== undefined && facts.refusedByModeration(view.results, refused);
		// Refused by another service: DeepSeek support cannot see its answers (the diagnosis says whom to ask).
		const elsewhere = serviceElsewhere(view);
		const origin = refused ? undefined : refusedForOrigin(view, elsewhere ?? hostOf(view));
		// A cause the summary names though no verdict does: the title says it too.
		const known = refused || origin ? undefined : knownCauseSaid(view.diagnosis.knownCause);
		return {
			tone: origin ? 'bad' : 'warn',
			// The summary says what was refused: "no clear cause" above it would contradict it.
			title: moderated ? wizardText.leaves.unknown.titleModerated : refused ? wizardText.leaves.unknown.titleRequestRefused : origin ? origin.title : known ? known.title : wizardText.leaves.unknown.title,
			...(refused ? {crumb: moderated ? wizardText.leaves.unknown.crumbModerated : wizardText.leaves.unknown.crumbRequestRefused} : origin ? {crumb: origin.crumb} : known ? {crumb: known.crumb} : {}),
			// The summary restates the refused call's row: that row is cut to one row under it.
			...(refused || origin ? {restates: refused ?? origin?.row} : {}),
			lines: [view.diagnosis.summary, elsewhere ? wizardText.leaves.unknown.adviceElsewhere({name: elsewhere}) : wizardText.leaves.unknown.advice],
			// The diagnosis' own first (whom to ask, with the trace id support needs); DeepSeek support among them where the calls go to DeepSeek.
			fixes: uniqueFixes([...view.diagnosis.fixes, ...(elsewhere ? [] : [fixes.support(trace)])]),
			verdict: 'unknown',
			...(trace ? {traceId: trace} : {}),
		};
	}),

	leaf('leaf.faq_plans', wizardText.leaves.faqPlans.crumb, () => ({
		tone: 'info',
		title: wizardText.leaves.faqPlans.title,
		lines: [...wizardText.leaves.faqPlans.lines],
		fixes: [fixes.topUp(), fixes.pricing()],
	})),

	leaf('leaf.faq_auto_reload', wizardText.leaves.faqAutoReload.crumb, view => ({
		tone: 'info',
		title: wizardText.leaves.faqAutoReload.title,
		lines: [...wizardText.leaves.faqAutoReload.lines],
		fixes: [fixes.topUp()],
		options: setAlert(view),
	})),

	leaf('leaf.faq_alerts', wizardText.leaves.faqAlerts.crumb, view => ({
		tone: 'info',
		title: wizardText.leaves.faqAlerts.title,
		lines: [...wizardText.leaves.faqAlerts.lines],
		fixes: [fixes.usage()],
		// Asked about alerts: setting one (or changing it) is the next step, not the usage page.
		options: setAlert(view),
		waysFirst: true,
	})),

	leaf('leaf.faq_teams', wizardText.leaves.faqTeams.crumb, () => ({
		tone: 'info',
		title: wizardText.leaves.faqTeams.title,
		lines: [...wizardText.leaves.faqTeams.lines],
		fixes: [fixes.createKey()],
	})),

	leaf('leaf.faq_cache', wizardText.leaves.faqCache.crumb, () => ({
		tone: 'info',
		title: wizardText.leaves.faqCache.title,
		lines: [...wizardText.leaves.faqCache.lines],
		fixes: [fixes.usage()],
		options: [{id: 'check_balance', label: wizardText.actions.checkBalance, next: 'balance.key'}],
	})),
];

/**
 * Where to look when the service answers this tool (the reachable leaf): DeepSeek's status
 * page; at another service, that service first (its console, as check's first fix there,
 * else whoever runs it), and DeepSeek's status page only where it may send the calls on to DeepSeek.
 */
function whereToLook(view: View): Fix[] {
	const name = serviceElsewhere(view);
	if (name === undefined) return [fixes.statusPage()];
	const found = facts.provider(view.results);
	return [fixes.consoleOr(found, fixes.askOperatorAboutErrors(name)), ...(outageCanReach(found?.id) ? [fixes.statusPage()] : [])];
}

/** The service the calls go to when it is not DeepSeek (its name, else its host); undefined when they reach DeepSeek. */
function serviceElsewhere(view: View): string | undefined {
	return facts.goesElsewhere(view.results) ? facts.serviceName(view.results) ?? hostOf(view) : undefined;
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
			// The balance row reads the expiry (and says to extend it): one row under a title that says it.
			...(expiredOn !== undefined ? {restates: 'balance' as const} : {}),
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
				: moneyWhat === 'prompt'
				? wizardText.leaves.relay.promptTooLong({name: titleName})
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
		tone: exhausted || unreadable || origin ? 'bad' : 'warn',
		title,
		// Answers nothing can read need not come from a relay (a captive portal, a wrong address).
		...(saysUnreadable ? {crumb: redirected ? wizardText.leaves.relay.crumbRedirect : wizardText.leaves.relay.crumbUnreadable} : {}),
		// A proxy on this computer passed the refusal on: the crumb says whose credit, as the title does.
		...(ownProxyEmpty || localAccountEmpty ? {crumb: wizardText.leaves.relay.crumbLocalProxy} : {}),
		// The summary under the title quotes the refused call's row: that row takes one row.
		...(origin ? {crumb: origin.crumb, restates: origin.row} : {}),
		// Nothing names the host: no "Relay" above it, and the line under the title says what the endpoint row says, so that row takes one row.
		...(title === wizardText.leaves.relay.notDeepSeek ? {crumb: wizardText.leaves.relay.crumbNotDeepSeek, ...(facts.reachesDeepSeek(view.results) === false ? {restates: 'endpoint' as const} : {})} : {}),
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

/**
 * The one paid test call through the service the calls go to, where the free checks found
 * nothing but where they go (check's wrong_endpoint): its answer to a call says what the
 * model list did not (whose balance a 402 is about, what a 401 refuses, what the service
 * behind a gateway answers it). Never what Enter picks (an extra option), and not where its
 * answers cannot be read (a web page, cut-off JSON to the model list): the call's would be
 * as unreadable, paid for nothing. None once the call was made.
 */
function probeThereOption(view: View, label: string): Option[] {
	if (view.diagnosis.verdict !== 'wrong_endpoint' || facts.answerUnreadable(view.results, 'auth') || view.results.has('probe')) return [];
	return [{id: 'probe_there', label, next: facts.probeModels(view.results).length > 0 ? 'p402.probe_model' : 'p402.check_probe', sets: {probe: true}}];
}

/**
 * A call refused for where it comes from (its country or region, its IP address, an app other than the service's own) or for
 * the account it comes from (the service not open to it) is the finding,
 * as check's summary says: the title, its crumb and the refused call's row. Region first, as the
 * diagnosis reads them.
 */
function refusedForOrigin(view: View, name: string): {row: CheckId; title: string; crumb: string} | undefined {
	const region = facts.regionRefusedCheck(view.results);
	if (region) return {row: region, title: wizardText.leaves.relay.regionRefused({name}), crumb: wizardText.leaves.relay.crumbRegionRefused};
	const address = facts.addressRefusedCheck(view.results);
	if (address) return {row: address, title: wizardText.leaves.relay.addressRefused({name}), crumb: wizardText.leaves.relay.crumbAddressRefused};
	const client = facts.clientRefusedCheck(view.results);
	if (client) return {row: client, title: wizardText.leaves.relay.clientRefused({name}), crumb: wizardText.leaves.relay.crumbClientRefused};
	const account = facts.accountRefused(view.results);
	if (account) return {row: account.id, title: wizardText.leaves.relay.accountRefused({name, personal: account.personal}), crumb: wizardText.leaves.relay.crumbAccountRefused};
	return undefined;
}

/** The unclear result's title and crumb for a cause its summary names (Diagnosis.knownCause). */
function knownCauseSaid(cause: KnownCause | undefined): {title: string; crumb: string} | undefined {
	const said = wizardText.leaves.unknown;
	switch (cause) {
		case 'edge_blocked':
			return {title: said.titleEdgeBlocked, crumb: said.crumbEdgeBlocked};
		case 'upstream_path':
			return {title: said.titleUpstreamPath, crumb: said.crumbWrongPath};
		case 'official_path':
			return {title: said.titleOfficialPath, crumb: said.crumbWrongPath};
		case 'key_not_sent':
			return {title: said.titleKeyNotSent, crumb: said.crumbKeyNotSent};
		case undefined:
			return undefined;
	}
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
	return kind === 'rate_limited' ? wizardText.leaves.relay.limited({name, status}) : wizardText.leaves.relay.failing({name, status});
}

/**
 * Why the key was refused, most certain first: the server got another key than this tool
 * sent (something in between replaced it), the key's shape (quotes, another vendor's),
 * or the very key refused (deleted, another account).
 */
function invalidKeyContent(view: View): LeafContent {
	const content = invalidKeyFinding(view);
	// What to do first is check's, from the same results (diagnose/key.ts invalidKey): one source for
	// both; the leaf's own steps follow it.
	const list = checkFirst(view, 'invalid_key', content.fixes);
	// After "also check my DeepSeek account" the key was picked for this check: the tool sends its calls (and a key)
	// to the service in between, so "check which key your tool sends" is no step here; finding the account's key is.
	return {...content, fixes: view.choices.calls ? uniqueFixes([...content.fixes, ...list.filter(fix => fix.id !== 'check_key_in_tool')]) : list};
}

function invalidKeyFinding(view: View): LeafContent {
	const text = wizardText.leaves.invalidKey;
	const {sent, echoed} = facts.lastFours(view.results);
	const shape = facts.keyShapeProblem(view.results);
	const base = {tone: 'bad', title: text.title, verdict: 'invalid_key'} as const;
	// The first line says why as the key check's row does: that row is cut to one row under it.
	const restatesAuth = {restates: 'auth'} as const;
	if (sent && echoed && echoed !== sent && !isPlaceholderTail(echoed)) {
		return {...base, ...restatesAuth, lines: [text.otherKey(echoed, sent), text.mislabel], fixes: [fixes.network('proxy'), fixes.findKey()]};
	}
	if (shape?.kind === 'non_ascii') {
		// Nothing was sent, so nothing was refused: the key's own characters are the finding, as check says.
		return {...base, title: text.titleUnsendable, crumb: text.crumbUnsendable, restates: 'key_format', lines: [text.shape.nonAscii({characters: sanitize(shape.characters)})], fixes: [fixes.copyKeyAgain()]};
	}
	if (shape) {
		const line = shape.kind === 'foreign' ? text.shape.foreign(sanitize(shape.vendor))
			: shape.kind === 'length' ? text.shape.length({length: shape.length})
			: shape.kind === 'assignment' ? text.shape.assignment({prefix: sanitize(shape.prefix), line: checkMessages.keyFormat.wholeLine[assignmentShell(shape.prefix)]})
			: text.shape[shape.kind];
		// The key format row says it too: one row under the line, as the 401's row.
		const fix = shape.kind === 'foreign' ? fixes.createKey() : shape.kind === 'bearer' || shape.kind === 'quoted' || shape.kind === 'assignment' ? fixes.unwrapKey(shape.kind) : fixes.checkKeyInTool();
		return {...base, ...restatesAuth, restatesAlso: 'key_format', lines: [line, text.mislabel], fixes: [fix]};
	}
	const same = sent !== undefined && echoed === sent;
	return {
		...base,
		...(same ? restatesAuth : {}),
		lines: defined([same ? text.sameKey(sent) : undefined, text.advice, text.mislabel]),
		fixes: [fixes.findKey()],
	};
}
