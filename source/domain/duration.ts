// Spans of time typed on the command line: `90s`, `10m`, `1h`, `500ms`, or a bare number
// of milliseconds (as --timeout takes them).

const units: Record<string, number> = {ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000};

/** Milliseconds, or undefined when `text` is not a span (`10m`, `90s`, `1.5m`, `2500`). */
export function parseDuration(text: string): number | undefined {
	const match = /^(\d+(?:\.\d+)?)(ms|s|m|min|h)?$/i.exec(text.trim());
	if (!match) return undefined;
	const [, amount = '', unit = 'ms'] = match;
	const ms = Number(amount) * (units[unit.toLowerCase()] ?? Number.NaN);
	return Number.isFinite(ms) ? Math.round(ms) : undefined;
}

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

/**
 * A span as it is said, in every language: under a second in milliseconds; else whole
 * hours, minutes and seconds (seconds rounded down).
 */
type SpanParts = {ms: number} | {hours: number; minutes: number; seconds: number};

export function spanParts(ms: number): SpanParts {
	if (ms > 0 && ms < second) return {ms: Math.round(ms)};
	const whole = Math.max(0, Math.floor(ms / second));
	return {hours: Math.floor(whole / 3600), minutes: Math.floor((whole % 3600) / 60), seconds: whole % 60};
}

/** A countdown's span: whole seconds rounded up, so "in 1 s" shows until the moment itself. */
export function countdownMs(ms: number): number {
	return Math.ceil(Math.max(0, ms) / second) * second;
}

/** Time gone by, as a clock that ticks each second shows it: whole seconds rounded down (0 at the start). */
export function elapsedMs(ms: number): number {
	return Math.floor(Math.max(0, ms) / second) * second;
}

/** A span that is over, as a person says it: to the nearest whole second (2.8 s is "3 s", not "2 s"; 0.76 s is "1 s"), under half a second as it is. */
export function roundedMs(ms: number): number {
	return ms < second / 2 ? Math.max(0, ms) : Math.round(ms / second) * second;
}

/** How long ago, in the largest whole unit; under a minute is `now`. */
type AgoParts = {unit: 'now'} | {unit: 'minutes' | 'hours' | 'days'; count: number};

export function agoParts(ms: number): AgoParts {
	if (ms < minute) return {unit: 'now'};
	if (ms < hour) return {unit: 'minutes', count: Math.floor(ms / minute)};
	if (ms < day) return {unit: 'hours', count: Math.floor(ms / hour)};
	return {unit: 'days', count: Math.floor(ms / day)};
}

/** A moment as a clock on this computer shows it: `11:52` (local time, 24 hours). */
export function clockTime(at: Date): string {
	return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}
