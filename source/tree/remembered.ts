// What the start screen recalls from earlier runs: the last balance and how long ago it
// was read, the spending trend and the days it leaves, the alert, and the last diagnosis.
// Pure: the time is passed in.
import {amountText} from '../text/amount.js';
import {alertAppliesTo, sameRunMs} from '../domain/balance-history.js';
import {diagnoseMessages} from '../messages/diagnose.js';
import {inCurrentLanguage} from '../messages/language.js';
import {whoseMessages} from '../messages/whose.js';
import {wizardText} from '../messages/wizard.js';
import {agoFrom} from '../text/ago.js';
import type {Known} from './types.js';

/** `balanceAt` is a later run's reading than the result at `diagnosisAt` (both times). */
function readAfter(balanceAt: string | undefined, diagnosisAt: string | undefined): boolean {
	const balance = balanceAt === undefined ? Number.NaN : Date.parse(balanceAt);
	const diagnosis = diagnosisAt === undefined ? Number.NaN : Date.parse(diagnosisAt);
	return Number.isFinite(balance) && Number.isFinite(diagnosis) && balance - diagnosis > sameRunMs;
}

/** A remembered fact as a line, and what it is about; `short`: the line to draw where it gets one row and does not fit it. */
export type RememberedFact = {what: 'diagnosis' | 'balance' | 'alert'; text: string; short?: string};

/** The remembered facts as lines, most useful first. */
export function rememberedFacts(known: Known, now: Date): RememberedFact[] {
	const text = wizardText.start.remembered;
	const lines: RememberedFact[] = [];
	const {lastBalance, trend, alert, lastDiagnosis} = known;
	let summary: string | undefined;
	if (lastDiagnosis) {
		const when = agoFrom(lastDiagnosis.at, now);
		// Found in the other language: its verdict's name in this one, not a sentence in the other.
		summary = inCurrentLanguage(lastDiagnosis.language) ? lastDiagnosis.summary : diagnoseMessages.verdictNames[lastDiagnosis.verdict];
		const {changed} = lastDiagnosis;
		// Found with another key or base URL: said so, never shown as this one's result.
		if (changed) lines.push({what: 'diagnosis', text: text.diagnosisElsewhere({summary, ago: when ?? '', whose: whoseMessages.elsewhere({changed, keyWas: lastDiagnosis.keySource, keyIs: known.key?.source})})});
		// Cut to a row, a sentence loses its end ("Last time (1 minute ago): Your…"): the verdict's name, undated, says it.
		else lines.push({what: 'diagnosis', text: when ? text.diagnosis({summary, ago: when}) : text.diagnosisUndated({summary}), short: text.diagnosisUndated({summary: diagnoseMessages.verdictNames[lastDiagnosis.verdict]})});
	}
	if (lastBalance) {
		const amount = amountText(lastBalance.total, lastBalance.currency);
		const when = agoFrom(lastBalance.at, now) ?? '';
		const spending = trend?.currency === lastBalance.currency ? trend : undefined;
		// Read after last time's result (of this key and base URL): a top-up since may have made that result old news.
		const sinceThen = lastDiagnosis !== undefined && lastDiagnosis.changed === undefined && readAfter(lastBalance.at, lastDiagnosis.at);
		const label = sinceThen ? {sinceThen} : {};
		// With its currency, as the spending trend's row and every other amount write it.
		const perDay = spending && amountText(spending.burnPerDay.toFixed(2), spending.currency);
		const toppedUp = lastDiagnosis?.toppedUpSince;
		// Last time's result was found on a balance that could not pay, and this one can: the top-up is the news, not the amount alone.
		if (toppedUp?.currency === lastBalance.currency) lines.push({what: 'balance', text: text.toppedUpSince({before: amountText(toppedUp.total, toppedUp.currency), amount, ago: when})});
		// Days left only while there is something left: an empty balance lasts no days, it has run out (its own line says so).
		else if (perDay !== undefined && spending?.daysLeft !== null && spending?.daysLeft !== undefined && spending.daysLeft > 0) {
			lines.push({what: 'balance', text: text.balanceWithDaysLeft({amount, ago: when, perDay, days: Math.floor(spending.daysLeft), ...label})});
		} else if (perDay !== undefined) lines.push({what: 'balance', text: text.balanceWithSpending({amount, ago: when, perDay, ...label})});
		// The last diagnosis (of this key and base URL) named this balance already ("Your balance: 47.44 CNY"): the same amount again says nothing new.
		else if (sinceThen || lastDiagnosis?.changed !== undefined || !summary?.includes(amount)) lines.push({what: 'balance', text: text.balance({amount, ago: when, ...label})});
	}
	// In another currency than this account's last balance: not applied there (the balance check and its result say the same).
	if (alert?.currency !== undefined && !alertAppliesTo(alert, known.currency)) {
		lines.push({what: 'alert', text: text.alertOtherCurrency({amount: alert.amount, currency: alert.currency, balanceCurrency: known.currency ?? ''})});
	} else if (alert) lines.push({what: 'alert', text: text.alert({amount: alert.amount, currency: alert.currency ?? known.currency ?? ''})});
	return lines;
}
