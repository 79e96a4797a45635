// Runs checks concurrently: each starts as soon as the checks it needs are done, has its
// own deadline, and is timed. A check that throws or overruns becomes an `error` result:
// the runner never rejects, so one broken check cannot hide the others. A check whose
// request got no connection where the network check failed too points to that row, and a balance
// refused with a 401 where the key check was refused with one points to its row (unreached.ts).
// A check's `later` step (local work once the requests are on the wire) holds only its own row:
// the checks that need it start with its first outcome.
import {deadlineSignal} from '../deadline.js';
import {monotonicMs} from '../monotonic.js';
import {checkMessages} from '../messages/checks.js';
import {cleanSentence, sanitize, sanitizeDeep} from '../text/safe.js';
import {checkIds, type Check, type CheckContext, type CheckId, type CheckOutcome, type CheckResult} from './types.js';
import {mayPointToAuth, mayPointToNetwork, pointToAuth, pointToNetwork} from './unreached.js';

export type RunOptions = {
	signal: AbortSignal;
	onStart?(id: CheckId): void;
	onResult?(result: CheckResult): void;
	/** Results from an earlier run that these checks may read instead of running them again. */
	given?: readonly CheckResult[];
	/**
	 * The network check, where the run leaves it out (`balance`): run only once a request of
	 * the others got no connection, so that its row says why, as it does in `check` (a
	 * proxy that NO_PROXY sends the host around, a lower-case proxy variable hiding its twin).
	 */
	networkOnNoConnection?: Check;
};

/**
 * A check may make two requests in series (fingerprint, then the relay's balance); the
 * client enforces the per-request deadline with a precise message, this is the backstop.
 */
export function checkDeadlineMs(timeoutMs: number): number {
	return timeoutMs * 2 + 500;
}

export async function runChecks(
	checks: readonly Check[],
	context: Omit<CheckContext, 'results'>,
	options: RunOptions,
): Promise<CheckResult[]> {
	const byId = new Map(checks.map(check => [check.id, check]));
	const results = new Map<CheckId, CheckResult>(options.given?.map(result => [result.id, result]));
	const running = new Map<CheckId, Promise<CheckResult>>();
	/** Each check's result as the checks that need it read it: before its `later` step, if it has one. */
	const ready = new Map<CheckId, Promise<void>>();

	const start = (check: Check): Promise<CheckResult> => {
		const existing = running.get(check.id);
		if (existing) return existing;
		let markReady = () => {};
		ready.set(check.id, new Promise<void>(resolve => (markReady = resolve)));
		const promise = (async () => {
			const needs = (check.needs ?? []).flatMap((id): Array<Promise<void>> => {
				const needed = byId.get(id);
				if (!needed) return [];
				void start(needed);
				return [ready.get(id) ?? Promise.resolve()];
			});
			await Promise.all(needs);
			options.onStart?.(check.id);
			const began = monotonicMs();
			const outcome = await runOne(check, {...context, results: new Map(results)}, options.signal);
			const durationMs = Math.round(monotonicMs() - began);
			// No connection, and the network check of this run may say why: wait for it, then point to its row.
			const network = check.id === 'network' ? undefined : (byId.get('network') ?? (mayPointToNetwork(outcome) ? late(options.networkOnNoConnection) : undefined));
			// The balance refused as the key was: wait for the key check, then point to its row.
			const auth = byId.get('auth');
			const pointed =
				network && mayPointToNetwork(outcome)
					? pointToNetwork(outcome, await start(network), context.env, context.timeoutMs, check.saysFailure)
					: mayPointToAuth(check.id, outcome)
					? pointToAuth(auth ? await start(auth) : results.get('auth'))
					: undefined;
			const toResult = (done: CheckOutcome, summary: string, ms: number): CheckResult => ({
				id: check.id,
				title: check.title,
				status: done.status,
				summary: cleanSentence(summary, context.apiKey),
				durationMs: ms,
				// Details are printed (--json, the report) and stored (balance readings): every
				// string in them is cleaned with the key here, once, like the summary.
				details: sanitizeDeep(done.details, context.apiKey),
			});
			let result = toResult(outcome, pointed ?? outcome.summary, durationMs);
			results.set(check.id, result);
			markReady();
			if (check.later && result.status !== 'error') {
				const later = check.later.bind(check);
				const settled = await runOne(check, {...context, results: new Map(results)}, options.signal, (ctx, signal) => later(ctx, signal, outcome));
				result = toResult(settled, settled === outcome ? result.summary : settled.summary, Math.round(monotonicMs() - began));
				results.set(check.id, result);
			}
			options.onResult?.(result);
			return result;
		})();
		running.set(check.id, promise);
		return promise;
	};

	/** A check these did not include, from now on one of the run's. */
	const late = (check: Check | undefined): Check | undefined => {
		if (check) byId.set(check.id, check);
		return check;
	};

	const asked = await Promise.all(checks.map(check => start(check)));
	// A check started late (`late`) gets its row too, in the order of the check ids.
	if (byId.size === checks.length) return asked;
	const extra = await Promise.all([...byId.values()].filter(check => !checks.includes(check)).map(check => start(check)));
	return [...asked, ...extra].sort((a, b) => checkIds.indexOf(a.id) - checkIds.indexOf(b.id));
}

async function runOne(check: Check, context: CheckContext, outer: AbortSignal, step: Check['run'] = (ctx, signal) => check.run(ctx, signal)): Promise<CheckOutcome> {
	const deadlineMs = checkDeadlineMs(context.timeoutMs);
	// A check stuck on nothing must still end at its deadline (deadline.ts: a ref'd timer).
	const deadline = deadlineSignal(deadlineMs, 'deadline');
	const signal = AbortSignal.any([outer, deadline.signal]);
	if (signal.aborted) {
		deadline.stop();
		return cancelled(outer, deadlineMs);
	}
	let onAbort: (() => void) | undefined;
	const aborted = new Promise<CheckOutcome>(resolve => {
		onAbort = () => {
			resolve(cancelled(outer, deadlineMs));
		};
		signal.addEventListener('abort', onAbort, {once: true});
	});
	try {
		return await Promise.race([step(context, signal), aborted]);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return {status: 'error', summary: checkMessages.crashed(sanitize(message, context.apiKey)), details: {}};
	} finally {
		deadline.stop();
		if (onAbort) signal.removeEventListener('abort', onAbort);
	}
}

function cancelled(outer: AbortSignal, deadlineMs: number): CheckOutcome {
	return outer.aborted
		? {status: 'error', summary: checkMessages.cancelled, details: {reason: 'aborted'}}
		: {status: 'error', summary: checkMessages.overran(deadlineMs), details: {reason: 'timeout'}};
}
