// How fast is the balance going? Burn rate from remembered readings plus today's, so a
// user can see a runaway job or a leaked key before the balance hits zero.
import {checkMessages} from '../messages/checks.js';
import {lastReadingIn} from '../domain/balance-history.js';
import {mainBalance} from '../domain/balance.js';
import {compareDecimal} from '../domain/decimal.js';
import {reading} from './details.js';
import type {BalanceSample, Check} from './types.js';

type Trend = {currency: string; burnPerDay: number; daysLeft: number | null; spanHours: number; samples: number};

const hour = 3_600_000;
/** A trend over less than this is noise. */
const minimumSpanHours = 1;

/**
 * Pure: spending per day over the readings of one currency. Rises between readings are
 * top-ups and are not spending, so only drops are added up.
 */
export function burnRate(samples: readonly BalanceSample[], currency: string): Trend | undefined {
	const points = samples
		.filter(sample => sample.currency === currency)
		.map(sample => ({at: Date.parse(sample.at), total: Number(sample.total)}))
		.filter(point => Number.isFinite(point.at) && Number.isFinite(point.total))
		.sort((a, b) => a.at - b.at);
	const first = points[0];
	const last = points.at(-1);
	if (!first || !last || points.length < 2) return undefined;
	const spanHours = (last.at - first.at) / hour;
	if (spanHours < minimumSpanHours) return undefined;
	let spent = 0;
	for (let index = 1; index < points.length; index++) {
		const drop = points[index - 1]!.total - points[index]!.total;
		if (drop > 0) spent += drop;
	}
	const burnPerDay = (spent / spanHours) * 24;
	const daysLeft = burnPerDay > 0 ? last.total / burnPerDay : null;
	return {currency, burnPerDay, daysLeft, spanHours, samples: points.length};
}

export const usageTrend: Check = {
	id: 'usage_trend',
	get title() {
		return checkMessages.usageTrend.title;
	},
	needs: ['balance'],
	async run(ctx) {
		const current = mainBalance(reading(ctx.results));
		const samples: BalanceSample[] = [...ctx.balanceHistory];
		if (current) samples.push({at: ctx.now.toISOString(), currency: current.currency, total: current.total});
		const currency = current?.currency ?? ctx.balanceHistory.at(-1)?.currency;
		const trend = currency ? burnRate(samples, currency) : undefined;
		// Risen since the last reading of this account: a top-up. Where no spending can be told yet, that is what the row says.
		const earlier = current ? lastReadingIn(ctx.balanceHistory, current.currency) : undefined;
		const rise = current && earlier && compareDecimal(current.total, earlier.total) > 0 ? checkMessages.usageTrend.toppedUp({before: earlier.total, total: current.total, currency: current.currency}) : undefined;
		// The earlier readings of this currency: another currency's (the account's before it moved to USD) say nothing of this one's spending.
		const earlierOfIt = ctx.balanceHistory.filter(sample => sample.currency === currency).length;
		if (!trend) return {status: 'skip', summary: rise ?? checkMessages.usageTrend.notEnough(earlierOfIt), details: {burnPerDay: null, daysLeft: null}};
		const details = {...trend, burnPerDay: round(trend.burnPerDay), daysLeft: trend.daysLeft === null ? null : round(trend.daysLeft)};
		if (trend.burnPerDay === 0) return {status: 'pass', summary: rise ?? checkMessages.usageTrend.flat(trend.spanHours), details};
		const status = trend.daysLeft !== null && trend.daysLeft < 3 ? 'warn' : 'pass';
		// An empty balance (or one in debt) lasts no days at any pace: the rate alone, the balance row says it is empty.
		const lasts = trend.daysLeft === null || trend.daysLeft <= 0 ? null : round(trend.daysLeft);
		return {status, summary: checkMessages.usageTrend.burning(round(trend.burnPerDay).toFixed(2), trend.currency, lasts), details};
	},
};

function round(value: number): number {
	return Math.round(value * 100) / 100;
}
