// "5 minutes ago" for a time the settings or the balance history hold (an ISO string), in the
// language of the moment: one rule for the start screen's lines and the balance check's.
import {timeMessages} from '../messages/time.js';

/**
 * How long before `now` the time `at` was, in words (`5 minutes ago`, `5 分钟前`); undefined without both, or where `at`
 * is no time. A time after `now` (a clock set back since) is `just now`.
 */
export function agoFrom(at: string | undefined, now: Date | undefined): string | undefined {
	const then = at === undefined ? Number.NaN : Date.parse(at);
	return now && Number.isFinite(then) ? timeMessages.ago({ms: Math.max(0, now.getTime() - then)}) : undefined;
}
