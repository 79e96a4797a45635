// DeepSeek's balance and the money: empty, bonus credit only, the balance read (or not readable), where the money
// goes (drain), the alert saved, and DeepSeek's own account fine after a service in between refused. The helpers
// the 402 path's results share (topup.ts) are here too: the balance warning kept on a result, the alert's options,
// the wait for a top-up.
import {amountText} from '../../text/amount.js';
import type {BalanceInfo} from '../../domain/balance.js';
import {balanceAmounts} from '../../checks/balance.js';
import {compareDecimal, isDecimalString, isZeroAmount} from '../../domain/decimal.js';
import {alertAppliesTo} from '../../domain/balance-history.js';
import {fixes} from '../../fixes.js';
import {wizardText} from '../../messages/wizard.js';
import {passesKeyOn, providerRow} from '../../providers/table.js';
import {inFull} from '../../providers/naming.js';
import {sanitize} from '../../text/safe.js';
import type {Verdict} from '../../verdict.js';
import * as facts from '../facts.js';
import type {LeafContent, LeafNode, Option, View} from '../types.js';
import {alsoDeepSeekOption, defined, leaf, uniqueFixes, withDiagnosisFixes} from './shared.js';

/** DeepSeek's balance check warned (low, or bonus credit only): its sentence, safe to print. */
function balanceWarning(view: View): string | undefined {
	const result = view.results.get('balance');
	return result?.status === 'warn' && facts.reading(view.results) ? sanitize(result.summary) : undefined;
}

/**
 * A leaf of the 402 path with the balance's warning kept on it: first, with the top-up
 * first among the fixes (a low or bonus-only balance is what the path started from).
 */
export function withBalanceWarning(view: View, content: LeafContent): LeafContent {
	const warning = balanceWarning(view);
	if (!warning) return content;
	return {...content, lines: [wizardText.leaves.balanceWarning({summary: warning}), ...content.lines], fixes: uniqueFixes([fixes.topUp(), ...content.fixes])};
}

export const amount = (info: BalanceInfo) => `${amountText(info.total, info.currency)}`;

/** Set the low-balance alert; when one is set already, change it or remove it instead. */
export const setAlert = (view: View): Option[] => {
	const {alert} = view.known;
	if (!alert) return [{id: 'set_alert', label: wizardText.actions.setAlert, next: 'alert.input'}];
	const currency = alert.currency ?? view.known.currency ?? '';
	return [
		{id: 'set_alert', label: wizardText.actions.changeAlert({amount: alert.amount, currency}), next: 'alert.input'},
		{id: 'remove_alert', label: wizardText.actions.removeAlert, effect: {type: 'remove_alert'}},
	];
};

/** The alert set names another currency than the balance just read (the balance check does not apply it there); undefined when it does not. */
function alertElsewhere(view: View): {amount: string; currency: string; balanceCurrency: string} | undefined {
	const {alert} = view.known;
	const balanceCurrency = facts.mainBalance(facts.reading(view.results))?.currency;
	if (!alert?.currency || balanceCurrency === undefined || alertAppliesTo(alert, balanceCurrency)) return undefined;
	return {amount: alert.amount, currency: alert.currency, balanceCurrency};
}

/** A healthy balance: set the alert; with one set, done (the alert kept) before changing or removing it, unless it does not apply to this balance. */
export function healthyBalanceWays(view: View): Option[] {
	const {alert} = view.known;
	if (!alert || alertElsewhere(view)) return setAlert(view);
	const done: Option = {id: 'done', label: wizardText.actions.doneKeepAlert({amount: alert.amount, currency: alert.currency ?? view.known.currency ?? ''}), effect: {type: 'quit'}};
	return [done, ...setAlert(view)];
}

/** DeepSeek has no alerts: this tool can warn, or (one set) when it does. */
function alertLine(view: View): string {
	const {alert} = view.known;
	if (!alert) return wizardText.leaves.balance.noAlerts;
	// In another currency than this balance, as the balance check sees it: not applied, so not "warns when …".
	const elsewhere = alertElsewhere(view);
	if (elsewhere) return wizardText.leaves.balance.alertOtherCurrency(elsewhere);
	return wizardText.leaves.balance.alertSet({amount: alert.amount, currency: alert.currency ?? view.known.currency ?? ''});
}

/** Wait for a top-up to arrive (the balance is read again and again, free; the wait screen says how often and how long). */
export const waitForTopUp = (): Option => ({id: 'wait', label: wizardText.actions.waitForTopUp, next: 'wait.topup'});

/** Verdicts of the spending's checks that are about neither the money nor a leak (a 5xx, a 429, no clear cause): its result names them. */
const drainOther: ReadonlySet<Verdict> = new Set(['server_error', 'rate_limited', 'service_outage', 'unknown']);

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

export const zeroBalanceLeaf = (): LeafNode =>
	leaf('leaf.zero_balance', wizardText.leaves.zero.crumb, view => {
		const reading = facts.reading(view.results);
		return {
			tone: 'bad',
			// The title says the finding; the balance row under it, the numbers (as on the bonus-only leaf).
			title: zeroBalanceTitle(view),
			...(reading ? {restates: 'balance' as const, restatedAs: balanceAmounts(reading)} : {}),
			lines: [wizardText.leaves.zero.bonus, wizardText.leaves.zero.payg],
			fixes: withDiagnosisFixes(view, [fixes.topUp(), fixes.transactions()]),
			// A top-up made already that this balance does not show: why, before waiting for it.
			options: [{id: 'paid', label: wizardText.leaves.zero.paid, next: 'p402.paid_empty'}, waitForTopUp(), ...setAlert(view)],
			verdict: 'insufficient_balance',
		};
	});

export const bonusOnlyLeaf = (): LeafNode =>
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
	});

export const balanceLeaf = (): LeafNode =>
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
	});

// "Check my balance" where no balance could be read and nothing else is wrong (a gateway that does not pass the
// balance query on): not "no problem found"; the balance row says why, and DeepSeek itself can be asked.
export const balanceUnreadLeaf = (): LeafNode =>
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
	});

export const drainLeaf = (): LeafNode =>
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
	});

// Not through `leaf`: no check row is on this screen, and the balance row's ⚠ was against the mark before this
// alert. Where the balance stands against the new one is the title's to say.
export const alertSavedLeaf = (): LeafNode => ({kind: 'leaf', id: 'leaf.alert_saved', crumb: wizardText.leaves.alertSaved.crumb, content: view => {
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
}});

/**
 * Who refused the failing calls, named: the service they go to (kept aside when DeepSeek was checked too), as its own result
 * found it (`calls.provider`: by its host or by its answers, one-api on this computer; its address where none was found).
 * None before that check, or where a gateway passes the key on: it bills this very account (the general sentence).
 */
function refusedWhere({choices: {calls}}: View): string | undefined {
	if (calls === undefined || passesKeyOn(calls.provider)) return undefined;
	// A screen about DeepSeek: the other service in full (in Chinese by its Chinese name), as its own screen named it.
	const service = calls.provider === undefined ? (URL.parse(calls.baseUrl)?.host ?? calls.baseUrl) : inFull(providerRow(calls.provider).name);
	return wizardText.leaves.deepseekOk.refusedBy({service: sanitize(service)});
}

export const deepseekOkLeaf = (): LeafNode =>
	leaf('leaf.deepseek_ok', wizardText.leaves.deepseekOk.crumb, view => {
		const main = facts.mainBalance(facts.reading(view.results));
		const warning = balanceWarning(view);
		const figure = main ? amount(main) : '';
		// Reached after a service in between refused the calls: this account can take them, at DeepSeek's own address
		// (its /anthropic one for a tool that speaks Anthropic's API, as the endpoint check found for the calls' address).
		const useDeepSeek = facts.speaksAnthropic(view.results) ? fixes.useDeepSeekAnthropic() : fixes.useDeepSeek();
		const refused = refusedWhere(view);
		return {
			tone: warning ? 'warn' : 'good',
			title: warning ? wizardText.leaves.deepseekOk.titleMindBalance({amount: figure}) : wizardText.leaves.deepseekOk.title(figure),
			// The line naming the service found before says what the "Where calls go" row found: the row is its evidence, and
			// a short window keeps the line (leaf.ts notGoodAboveTrouble), not the row cut to its address.
			...(refused !== undefined && view.results.has('endpoint') ? {restates: 'endpoint' as const} : {}),
			lines: [...(refused === undefined ? wizardText.leaves.deepseekOk.lines : [refused]), ...(warning ? [wizardText.leaves.balanceWarning({summary: warning})] : [])],
			fixes: warning ? [useDeepSeek, fixes.topUp(), fixes.usage()] : [useDeepSeek, fixes.usage()],
			verdict: 'ok',
		};
	});
