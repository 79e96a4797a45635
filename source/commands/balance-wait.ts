// `deepseek-fix balance --wait`: after the first reading, look at the balance again and
// again (source/top-up-wait.ts: the same pace and rule as the wizard's "Wait for my
// top-up") until it can pay, the time is up, or Ctrl+C. stdout gets one result at the end
// (the balance text, or with --json one document); a status line on stderr counts down to
// the next look, only when stderr is a terminal.
import {stderrLine} from '../text/stderr-line.js';
import {balanceLook, watchable, waitForTopUp, type WaitOutcome, type WaitProgress} from '../top-up-wait.js';
import {canPay} from '../domain/top-up.js';
import {compareDecimal} from '../domain/decimal.js';
import {arrivalSentence} from '../checks/balance.js';
import {mainBalance} from '../domain/balance.js';
import {reading, resultsOf} from '../checks/details.js';
import type {CheckResult} from '../checks/types.js';
import type {BaseContext} from '../context.js';
import {buildCheckReport} from '../engine.js';
import {cliMessages} from '../messages/cli.js';
import {timeMessages} from '../messages/time.js';
import {renderBalanceText, renderJson, withoutAlertFix} from '../report/index.js';
import {eraseRow, statusRow} from '../text/colour.js';
import {wrapPlain} from '../text/wrap.js';
import type {CheckReport} from '../verdict.js';
import {monotonicMs} from '../monotonic.js';

type BalanceWaitOptions = {
	/** The report of the first reading (the usual `balance` run). */
	first: CheckReport;
	/** A context for one look (a new client each time). */
	context: (signal: AbortSignal) => {ok: true; ctx: BaseContext} | {ok: false; message: string};
	below: string | undefined;
	everyMs: number;
	maxMs: number;
	/** Each request's deadline (--timeout): the wait still ends by maxMs (a late look is cut off). */
	lookMs: number;
	json: boolean;
	color: boolean;
	/** Columns of stdout's text (outputWidth); undefined: the renderer's default. */
	width: number | undefined;
	/** Columns of the closing line's stream (stderr with --json); undefined: one unwrapped line. */
	messageWidth: number | undefined;
	/** Whether stderr gets a status line rewritten every second (a terminal that can erase). */
	statusLine: boolean;
	apiKey: string | undefined;
	stdout: NodeJS.WriteStream;
	stderr: NodeJS.WriteStream;
	signal: AbortSignal;
};

type BalanceWaitResult = {
	/** 0 the balance can pay, 1 the time ran out, 2 nothing to watch, 130 cancelled. */
	code: number;
	/** The report printed (its reading is the one to remember); undefined when cancelled. */
	report: CheckReport | undefined;
};

const amountOf = (report: CheckReport) => {
	const main = mainBalance(reading(resultsOf(report.checks)));
	return main ? {total: main.total, currency: main.currency} : undefined;
};

/** The first run's results with the last look's balance result in place of the first one. */
function withLook(first: CheckReport, look: CheckResult | undefined): CheckResult[] {
	return first.checks.map(result => (look && result.id === look.id ? look : result));
}

export async function runBalanceWait(options: BalanceWaitOptions): Promise<BalanceWaitResult> {
	const {first, stderr} = options;
	const byId = resultsOf(first.checks);
	if (!watchable(byId)) {
		print(first, undefined, options);
		stderr.write(stderrLine(cliMessages.waitNothingToWatch({problem: first.summary}), stderr));
		return {code: 2, report: first};
	}
	if (canPay(reading(byId), options.below)) {
		print(first, undefined, options);
		return {code: 0, report: first};
	}
	// When the first reading was taken: the top-up arrived since.
	const began = new Date();
	const status = statusLine(stderr, options.maxMs, options.statusLine);
	let outcome: WaitOutcome;
	try {
		outcome = await waitForTopUp({
			look: balanceLook(options.context, first.checks),
			until: value => canPay(value, options.below),
			everyMs: options.everyMs,
			maxMs: options.maxMs,
			lookMs: options.lookMs,
			firstLookMs: first.checks.find(result => result.id === 'balance')?.durationMs,
			signal: options.signal,
			onProgress: progress => status.update(progress, first),
		});
	} finally {
		status.stop();
	}
	if (outcome.outcome === 'cancelled') return {code: 130, report: undefined};
	const report: CheckReport = {
		...withoutAlert(buildCheckReport(first, withLook(first, outcome.last)), options.below),
		wait: {outcome: outcome.outcome === 'arrived' ? 'can_pay' : 'timed_out', waitedMs: Math.round(outcome.elapsedMs), looks: outcome.looks},
	};
	print(report, outcome, options, began);
	return {code: outcome.outcome === 'arrived' ? 0 : 1, report};
}

/** With --below: the wait's own threshold is the alert, so the report does not suggest one. */
function withoutAlert(report: CheckReport, below: string | undefined): CheckReport {
	return below === undefined ? report : withoutAlertFix(report);
}

/** The balance as `balance` prints it, then one line on how the wait ended (stderr with --json). */
function print(report: CheckReport, outcome: WaitOutcome | undefined, options: BalanceWaitOptions, began = new Date()): void {
	const {stdout, stderr} = options;
	// Still under --below's threshold when the wait ends: where to top up, as `balance --below` says it.
	const underThreshold = options.below !== undefined && !canPay(reading(resultsOf(report.checks)), options.below);
	stdout.write(options.json ? renderJson(report, {key: options.apiKey}) : renderBalanceText(report, {color: options.color, width: options.width, key: options.apiKey, underThreshold}));
	const amount = amountOf(report);
	const waited = timeMessages.waited({ms: outcome?.elapsedMs ?? 0});
	const {below} = options;
	let line: string | undefined;
	const before = outcome && amountOf(options.first);
	const now = mainBalance(reading(resultsOf(report.checks)));
	// A top-up arrived: the sentence the wizard says (checks/balance.ts), from the first reading (when the wait began) to now.
	if (outcome?.outcome === 'arrived' && before && now && before.currency === now.currency && compareDecimal(now.total, before.total) > 0) {
		line = arrivalSentence({total: before.total, at: began.toISOString()}, now, new Date());
	} else if (outcome?.outcome === 'arrived' && amount) line = cliMessages.waitArrived({...amount, waited});
	else if (outcome?.outcome === 'timed_out' && !amount) line = cliMessages.waitTimedOutUnread({waited});
	else if (outcome?.outcome === 'timed_out' && amount) line = below === undefined ? cliMessages.waitTimedOut({...amount, waited}) : cliMessages.waitTimedOutBelow({...amount, below, waited});
	else if (!outcome && amount && canPay(reading(resultsOf(report.checks)), below)) line = below === undefined ? cliMessages.waitNotNeeded(amount) : cliMessages.waitNotNeededBelow({...amount, below});
	if (!line) return;
	const out = options.json ? stderr : stdout;
	// Wrapped by words like the balance text above it (a link is never broken).
	const lines = options.messageWidth ? wrapPlain(line, {width: options.messageWidth}) : [line];
	// In text, a blank line first: the report above ends with its fixes, and this line is none of them.
	out.write(`${options.json ? '' : '\n'}${lines.join('\n')}\n`);
}

/** The status line on stderr: rewritten in place each second, only on a terminal. */
function statusLine(stderr: NodeJS.WriteStream, maxMs: number, rewritable: boolean) {
	let latest: {progress: WaitProgress; first: CheckReport} | undefined;
	let timer: NodeJS.Timeout | undefined;
	const draw = () => {
		if (!latest) return;
		const {progress, first} = latest;
		const now = monotonicMs();
		const next = timeMessages.countdown({ms: progress.nextAt - now});
		const waited = timeMessages.elapsed({ms: now - progress.startedAt});
		const max = timeMessages.duration({ms: maxMs});
		const look = progress.last ?? first.checks.find(result => result.id === 'balance');
		const main = look ? mainBalance(reading(resultsOf([look]))) : undefined;
		const facts = main ? {total: main.total, currency: main.currency, next, waited, max} : undefined;
		// Whole at 40 columns too: a shorter form where the whole does not fit (text/colour.ts statusRow).
		const text = facts
			? [cliMessages.waitStatus(facts), cliMessages.waitStatusShort(facts), cliMessages.waitStatusShortest(facts)]
			: cliMessages.waitStatusUnread({problem: look?.summary ?? '', next, waited, max});
		stderr.write(`${eraseRow}${statusRow(text, stderr)}`);
	};
	return {
		update(progress: WaitProgress, first: CheckReport) {
			if (!rewritable) return;
			latest = {progress, first};
			draw();
			timer ??= setInterval(draw, 1000).unref();
		},
		stop() {
			if (timer) clearInterval(timer);
			if (latest) stderr.write(eraseRow);
		},
	};
}
