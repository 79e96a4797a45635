// `balance`: each currency with total, granted and topped-up credit; a relay's with its
// unit and note; the reason when none could be read.
import {sinceLastLook} from '../checks/balance.js';
import {resultsOf, risenSince, toppedUpSince} from '../checks/details.js';
import {alertAppliesTo} from '../domain/balance-history.js';
import {mainOf, payingFirst} from '../domain/balance.js';
import {compareDecimal} from '../domain/decimal.js';
import {balanceTextMessages} from '../messages/report.js';
import {namingFor} from '../providers/naming.js';
import type {Style} from '../text/style.js';
import {wrapSpans, type WrapOptions} from '../text/wrap.js';
import {fixes} from '../fixes.js';
import type {BalanceJson, CheckReport, Fix} from '../verdict.js';
import {safeLine} from './safe-line.js';
import {bracketedProvider, fixLines, plainWrap, type TextRenderOptions} from './text.js';

/** One currency/unit of a balance; a relay's granted/toppedUp are null when it does not split them, and its limit set when it has one. */
type BalanceEntry = BalanceJson['balances'][number];

function isReport(input: CheckReport | BalanceJson | null): input is CheckReport {
	return input !== null && 'checks' in input && 'verdict' in input;
}

export function isRelayBalance(balance: BalanceJson): boolean {
	return balance.provider !== undefined && balance.provider !== 'deepseek';
}

function unitWords(unit: string): string {
	return unit === 'quota' ? balanceTextMessages.quotaUnit : unit;
}

/** A heading line, then the optional detail lines indented under it. */
function entryLines(heading: string, details: ReadonlyArray<string | undefined>, wrap: WrapOptions, key: string | undefined): string[] {
	const nested = {...wrap, indent: '  ', hangingIndent: '    '};
	return [
		...wrapSpans([{text: safeLine(heading, key), styles: ['bold']}], wrap),
		...details.flatMap(detail => (detail === undefined ? [] : wrapSpans([{text: safeLine(detail, key)}], nested))),
	];
}

function deepseekBalanceLines(entry: BalanceEntry, wrap: WrapOptions, key: string | undefined): string[] {
	const {currency, total, granted, toppedUp} = entry;
	return entryLines(
		balanceTextMessages.total({currency, total}),
		[
			granted === null ? undefined : balanceTextMessages.granted({amount: granted}),
			toppedUp === null ? undefined : balanceTextMessages.toppedUp({amount: toppedUp}),
		],
		wrap,
		key,
	);
}

function relayBalanceLines(balance: BalanceJson, entry: BalanceEntry, wrap: WrapOptions, key: string | undefined): string[] {
	const unit = unitWords(balance.unit ?? entry.currency);
	const {total, granted, toppedUp, limit} = entry;
	// With a limit there is no bonus/paid split: `granted` only repeats the limit (for older readers of the JSON).
	const split = limit === undefined;
	return entryLines(
		balanceTextMessages.relayRemaining({amount: total, unit}),
		[
			limit === undefined ? undefined : balanceTextMessages.relayLimit({amount: limit, unit}),
			!split || granted === null ? undefined : balanceTextMessages.relayGranted({amount: granted, unit}),
			!split || toppedUp === null ? undefined : balanceTextMessages.relayToppedUp({amount: toppedUp, unit}),
		],
		wrap,
		key,
	);
}

/** `balance --below` is the alert itself: its output does not suggest setting one (the set_alert fix). */
export function withoutAlertFix(report: CheckReport): CheckReport {
	return {...report, fixes: report.fixes.filter(fix => fix.id !== 'set_alert')};
}

/** `alert`: the low-balance alert remembered in the wizard, said when the balance that can still pay is under it (not with --below, whose own line says it). */
type BalanceRenderOptions = TextRenderOptions & {
	alert?: {amount: string; currency: string | undefined} | undefined;
	/** The time of the reading, to say how long ago the last look was (the money that came in since); without it, no "ago". */
	now?: Date | undefined;
	/** Under `balance --below`'s threshold: where to top up (topUpFix), also where the balance can still pay. */
	underThreshold?: boolean | undefined;
};

/**
 * Where to top up the balance this report read, the one rule for `balance`'s output: DeepSeek's own account (also
 * through a gateway that passes the key on), its top-up page; a relay's, its page where the provider table knows one
 * (fixes.relayTopUp), else none: whoever runs it is the one to ask, which the diagnosis says where it matters.
 */
export function topUpFix(report: CheckReport): Fix | undefined {
	const {balance} = report;
	if (!balance) return undefined;
	if (!isRelayBalance(balance)) return fixes.topUp();
	const relay = report.provider ? fixes.relayTopUp(report.provider) : undefined;
	return relay?.url ? relay : undefined;
}

/** The `balance` command's output: each currency with total, granted and topped-up credit; a relay's with its unit and note. */
export function renderBalanceText(input: CheckReport | BalanceJson | null, options: BalanceRenderOptions): string {
	const key = options.key;
	const wrap: WrapOptions = plainWrap(options);
	const report = isReport(input) ? input : undefined;
	const balance = report ? report.balance : (input as BalanceJson | null);
	const lines: string[] = [];
	// The service in full where it is first named (the heading), by its short name after, as in check's text.
	const name = namingFor(report?.provider);
	const say = (text: string, styles: Style[] = []) => lines.push(...wrapSpans([{text: safeLine(name(text), key), styles}], wrap));

	if (balance && isRelayBalance(balance)) {
		say(balanceTextMessages.relayHeading({provider: report?.provider?.name ?? balance.provider ?? ''}), ['bold']);
	} else if (report) {
		say(balanceTextMessages.heading({where: headerWhere(report)}), ['bold']);
	}
	if (!balance) {
		if (!report) {
			say(balanceTextMessages.unreadable, ['red']);
			return `${lines.join('\n')}\n`;
		}
		// A service that offers no reading for a key (any more), or a gateway that passes the key on but not the
		// balance query: that is why there are no figures, as its row says, not that reading failed. Else why it
		// could not be read is the diagnosis (no key, 401, a relay…). Either way with the diagnosis' fixes.
		const offersNone = report.checks.find(check => check.id === 'balance' && check.status === 'skip' && (['unsupported', 'discontinued'].includes(String(check.details['outcome'])) || check.details['notPassedOn'] === true));
		if (offersNone) say(balanceTextMessages.notOffered({why: offersNone.summary, reason: report.summary}), ['yellow']);
		else say(balanceTextMessages.unreadableBecause({reason: report.summary}), ['red']);
		lines.push('', ...fixLines(report, {...wrap, key}, name));
		return `${lines.join('\n')}\n`;
	}
	const relay = isRelayBalance(balance);
	if (balance.balances.length === 0 && !balance.unlimited) say(balanceTextMessages.noBalances);
	// The currency that pays first, as check's row gives it: an empty USD listed before 71.46 CNY led the listing.
	for (const info of payingFirst(balance.balances)) {
		lines.push(...(relay ? relayBalanceLines(balance, info, wrap, key) : deepseekBalanceLines(info, wrap, key)));
	}
	if (relay) {
		if (balance.expiredOn !== undefined) say(balanceTextMessages.tokenExpired({date: balance.expiredOn}), ['red']);
		// The reader's note already explains a key without a cap when it has one.
		if (balance.unlimited && !balance.note) say(balanceTextMessages.unlimited);
		if (balance.note) say(balance.note, ['dim']);
		if (balance.source) say(balanceTextMessages.readFrom({source: balance.source}), ['dim']);
	} else if (!balance.isAvailable) {
		say(balanceTextMessages.notAvailable, ['red']);
	}
	const main = relay ? undefined : mainOf(balance.balances);
	// Money that came in since the last look of this account (not after a wait: its own closing line says the top-up).
	const since = report && !report.wait ? sinceLastLook({toppedUp: toppedUpSince(resultsOf(report.checks)), risen: risenSince(resultsOf(report.checks))}, main, options.now) : undefined;
	if (since) say(since, ['green']);
	const {alert} = options;
	// The alert set in the wizard applies here as in the balance check (its currency, when it names one): a returning user sees it crossed.
	if (alert && main && report?.checks.find(check => check.id === 'balance')?.status === 'warn' && alertAppliesTo(alert, main.currency) && compareDecimal(main.total, alert.amount) < 0) {
		say(balanceTextMessages.underAlert({amount: alert.amount, currency: main.currency}), ['yellow']);
	}
	// Nothing left to pay with: where to top up, as `check` would say.
	if (report && report.checks.find(check => check.id === 'balance')?.status === 'fail') lines.push('', ...fixLines(report, {...wrap, key}, name));
	else if (report && options.underThreshold) {
		// Under --below's threshold, yet able to pay: the alert a cron mail carries, with the link to act on it.
		const fix = topUpFix(report);
		if (fix) lines.push('', ...fixLines({...report, fixes: [fix]}, {...wrap, key}, name));
	}
	return `${lines.join('\n')}\n`;
}

function headerWhere(report: CheckReport): string {
	const provider = bracketedProvider(report);
	return provider === undefined ? report.baseUrl : balanceTextMessages.withProvider({baseUrl: report.baseUrl, provider});
}
