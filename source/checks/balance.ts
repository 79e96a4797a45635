// What is left to spend? DeepSeek's `/user/balance` (free), or — when the calls go to a
// relay — that relay's own balance read with the user's key.
import {provider as endpointProvider} from './details.js';
import {checkMessages} from '../messages/checks.js';
import {compareDecimal, isZeroAmount, subtractDecimal} from '../domain/decimal.js';
import {parseBalance} from '../deepseek/parse.js';
import {readProviderBalance} from '../providers/balance.js';
import {isOtherService, passesKeyOn} from '../providers/table.js';
import {isEmptyBalance, mainOf, payingFirst, type BalanceInfo, type BalanceReading} from '../domain/balance.js';
import {clockTime} from '../domain/duration.js';
import {agoFrom} from '../text/ago.js';
import {alertAppliesTo, arrivedSince, risenSince} from '../domain/balance-history.js';
import type {ProviderInfo} from '../providers/types.js';
import {httpFacts, serverSays, signatureOf, unexpected} from './http-outcome.js';
import type {BalanceSample, Check, CheckContext, CheckOutcome} from './types.js';
import {sharedGet} from './sure-gets.js';

/** Without an alert threshold of the user's own, a total under this is called low. */
export const defaultLowBalance = '1.00';

/**
 * Each currency's total with its granted and topped-up parts: the numbers, without a finding. The
 * currency that pays (mainOf) comes first, whatever the answer's order, and another with nothing in it
 * is its total alone: an empty USD row listed before 71.46 CNY had led the row with its three zeros.
 */
export function balanceAmounts(reading: BalanceReading): string {
	const parts = payingFirst(reading.balances).map((info, index) => (index > 0 && isZeroAmount(info.total) ? checkMessages.balance.emptyAmount(info) : checkMessages.balance.amounts(info)));
	return parts.join(checkMessages.balance.currencySeparator);
}

/** The last remembered reading of this currency that still had bonus credit. */
function lastBonus(history: readonly BalanceSample[], currency: string): BalanceSample | undefined {
	return history.findLast(sample => sample.currency === currency && sample.granted !== undefined && !isZeroAmount(sample.granted));
}

export {isEmptyBalance} from '../domain/balance.js';

/**
 * The one sentence for a top-up that arrived: `before` (the reading that could not pay, and
 * when it was read, where known) against the balance `now`, as of the moment `at`.
 */
export function arrivalSentence(before: {total: string; at?: string | undefined}, now: Pick<BalanceInfo, 'total' | 'currency'>, at?: Date): string {
	const then = before.at === undefined ? Number.NaN : Date.parse(before.at);
	const ago = agoFrom(before.at, at);
	const when = Number.isFinite(then) ? {clock: clockTime(new Date(then)), ...(ago === undefined ? {} : {ago})} : {};
	return checkMessages.balance.arrived({before: before.total, total: now.total, currency: now.currency, ...when});
}

/**
 * The line on money that came in since the last look, as the wizard's balance result and `balance` say it: the top-up
 * sentence where the balance could not pay then (`toppedUpSince`), else how much it rose (`risenSince`), how long ago
 * (as of `at`, where given); undefined when it did not rise.
 */
export function sinceLastLook(since: {toppedUp?: {at: string; total: string} | undefined; risen?: {at: string; total: string} | undefined}, now: Pick<BalanceInfo, 'total' | 'currency'> | undefined, at?: Date): string | undefined {
	if (!now) return undefined;
	if (since.toppedUp) return arrivalSentence(since.toppedUp, now, at);
	if (!since.risen) return undefined;
	const ago = agoFrom(since.risen.at, at);
	return checkMessages.balance.risen({up: subtractDecimal(now.total, since.risen.total), before: since.risen.total, currency: now.currency, ...(ago === undefined ? {} : {ago})});
}

/** Pure: judge a DeepSeek balance reading. */
export function judgeBalance(reading: BalanceReading, ctx: Pick<CheckContext, 'alertThreshold' | 'balanceHistory'>): CheckOutcome {
	// Empty (or under the alert) at the last reading of this account, and not now: the top-up arrived since.
	const earlier = arrivedSince(ctx.balanceHistory, reading, ctx.alertThreshold);
	// Risen since the last reading of this account in this currency (a top-up, whether or not it could pay before).
	const lower = risenSince(ctx.balanceHistory, reading);
	const details = {
		reading,
		...(earlier ? {toppedUpSince: {at: earlier.at, total: earlier.total, currency: earlier.currency}} : {}),
		...(lower ? {risenSince: {at: lower.at, total: lower.total, currency: lower.currency}} : {}),
	};
	const main = mainOf(reading.balances);
	if (!main) return {status: 'fail', summary: checkMessages.balance.noBalances, details};
	const text = balanceAmounts(reading);
	const empty = isEmptyBalance(reading);
	if (empty || !reading.isAvailable) {
		if (!empty) return {status: 'fail', summary: checkMessages.balance.notAvailable(text), details};
		const bonus = lastBonus(ctx.balanceHistory, main.currency);
		const summary = bonus?.granted ? checkMessages.balance.bonusRanOut(text, bonus.granted, bonus.at.slice(0, 10)) : checkMessages.balance.zero(text);
		return {status: 'fail', summary, details};
	}
	const threshold = ctx.alertThreshold;
	const lowMark = threshold && alertAppliesTo(threshold, main.currency) ? threshold.amount : defaultLowBalance;
	// `low`: a warning about the amount, not about bonus credit (DeepSeek also lowers concurrency as it runs low).
	if (compareDecimal(main.total, lowMark) < 0) return {status: 'warn', summary: checkMessages.balance.low(text, lowMark, main.currency), details: {...details, low: true}};
	if (isZeroAmount(main.toppedUp) && !isZeroAmount(main.granted)) return {status: 'warn', summary: checkMessages.balance.bonusOnly(text), details};
	return {status: 'pass', summary: text, details};
}

async function relayBalance(provider: ProviderInfo, ctx: CheckContext, signal: AbortSignal): Promise<CheckOutcome> {
	const read = await readProviderBalance(provider, ctx.api, signal);
	// A request that got no answer keeps its facts (reason, url…) as DeepSeek's balance does, so the row can point to the Network row.
	const details = {reading: null, providerBalance: read.balance, outcome: read.outcome, provider: provider.id, ...(read.failure ? httpFacts(read.failure) : {})};
	// A block the gateway named (a banned user, a disabled token) is a finding, in its own words, with the HTTP facts the key check keeps.
	if (read.said) {
		const {signature, answer} = read.said;
		return {status: 'fail', summary: checkMessages.auth.relayRefused(answer.status, serverSays(answer), signature.message), details: {...details, ...httpFacts(answer), signature}};
	}
	if (read.outcome !== 'read' || !read.balance) {
		const status = read.outcome === 'failed' ? 'error' : 'skip';
		return {status, summary: read.message, details};
	}
	// An expired gateway token is refused whatever quota it has left.
	return {status: read.balance.exhausted || read.balance.expiredOn !== undefined ? 'fail' : 'pass', summary: read.message, details};
}

export const balance: Check = {
	id: 'balance',
	get title() {
		return checkMessages.balance.title;
	},
	needs: ['key_present', 'key_format', 'endpoint'],
	async run(ctx, signal) {
		if (!ctx.apiKey) return {status: 'skip', summary: checkMessages.balance.noKey, details: {reading: null}};
		const provider = endpointProvider(ctx.results);
		if (provider && isOtherService(provider.id)) return relayBalance(provider, ctx, signal);
		if (ctx.results.get('endpoint')?.details.reachesDeepSeek === false) {
			return {status: 'skip', summary: checkMessages.balance.notDeepSeek, details: {reading: null}};
		}
		const result = await sharedGet.userBalance(ctx);
		// A gateway that passes the key on may not pass this query on: say so plainly, not as a failure of DeepSeek's.
		const gateway = provider !== undefined && passesKeyOn(provider.id) ? provider : undefined;
		const said = gateway && result.kind !== 'failure' ? signatureOf(result) : undefined;
		if (gateway && result.kind !== 'failure' && (result.status !== 200 || !parseBalance(result.json).ok) && said?.provider !== 'deepseek') {
			// Its own refusal (its token, its limit) is kept, as the key check keeps one: the diagnosis reads it from `balance` alone.
			const own = said?.provider === gateway.id ? {signature: said} : {};
			const summary = own.signature ? checkMessages.balance.refusedByGateway : checkMessages.balance.notPassedOn;
			return {status: 'skip', summary: summary(gateway.name, result.status), details: {...httpFacts(result), reading: null, notPassedOn: true, ...own}};
		}
		if (result.kind === 'failure' || result.status !== 200) {
			const outcome = unexpected(result, checkMessages.balance.what);
			return {...outcome, details: {...outcome.details, reading: null}};
		}
		const parsed = parseBalance(result.json);
		if (!parsed.ok) {
			const outcome = unexpected(result, checkMessages.balance.what);
			// JSON that is no balance answer, nor an error, nor a broken body: why it cannot be read (a currency that is no code, a missing list), never the value itself.
			const plain = result.bodyProblem === undefined && serverSays(result) === undefined && !result.redirect;
			return {...outcome, ...(plain ? {summary: checkMessages.balance.unreadable(result.status, parsed.reason)} : {}), details: {...outcome.details, reading: null, parseError: parsed.reason}};
		}
		const judged = judgeBalance(parsed.value, ctx);
		return {...judged, details: {...httpFacts(result), ...judged.details}};
	},
};
