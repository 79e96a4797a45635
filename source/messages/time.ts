// Spans of time as people read them (en): how long something took or may take, and how
// long ago something happened. The numbers are worked out once, in domain/duration.ts,
// so every screen and command (in either language) says "1 min 5 s" the same way.
import {agoParts, countdownMs, elapsedMs, roundedMs, spanParts} from '../domain/duration.js';
import {localized, type Messages} from './language.js';
import * as zhCN from './zh-CN/time.js';

const agoUnits = {minutes: ['minute', 'minutes'], hours: ['hour', 'hours'], days: ['day', 'days']} as const;

const timeMessagesEn = {
	/** A span: `400 ms` (under a second), `45 s`, `1 min 5 s`, `10 min`, `2 h 5 min` (seconds rounded down). */
	duration: (p: {ms: number}): string => {
		const span = spanParts(p.ms);
		if ('ms' in span) return `${span.ms} ms`;
		const {hours, minutes, seconds} = span;
		if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
		if (minutes > 0) return seconds > 0 ? `${minutes} min ${seconds} s` : `${minutes} min`;
		return `${seconds} s`;
	},
	/** A time limit as set: `1.5 s` for one under a minute in part-seconds (--timeout 1500 is not "1 s"), else as a span. */
	limit: (p: {ms: number}): string =>
		p.ms >= 1000 && p.ms < 60_000 && p.ms % 1000 !== 0 ? `${(p.ms / 1000).toFixed(1)} s` : timeMessagesEn.duration(p),
	/** A countdown: whole seconds rounded up, so "in 1 s" shows until the moment itself. */
	countdown: (p: {ms: number}): string => timeMessagesEn.duration({ms: countdownMs(p.ms)}),
	/** Time gone by on a clock that ticks each second (a wait): whole seconds rounded down, `0 s` at the start, never `1 ms`. */
	elapsed: (p: {ms: number}): string => timeMessagesEn.duration({ms: elapsedMs(p.ms)}),
	/** How long a wait that is over lasted: to the nearest second (a 3 s wait that ended at 2.8 s is "3 s"), under half a second as it is. */
	waited: (p: {ms: number}): string => timeMessagesEn.duration({ms: roundedMs(p.ms)}),
	/** How long ago: `just now`, `5 minutes ago`, `3 hours ago`, `2 days ago`. */
	ago: (p: {ms: number}): string => {
		const ago = agoParts(p.ms);
		if (ago.unit === 'now') return 'just now';
		const [one, many] = agoUnits[ago.unit];
		return `${ago.count} ${ago.count === 1 ? one : many} ago`;
	},
};

// The same in Simplified Chinese: zh-CN/time.ts, of the same type.
export type TimeMessages = Messages<typeof timeMessagesEn>;
export const timeMessages: TimeMessages = localized({en: timeMessagesEn, 'zh-CN': zhCN.timeMessages});
