// Spans of time as people read them (en): how long something took or may take, and how
// long ago something happened. The numbers are worked out here, from milliseconds, so
// every screen and command says "1 min 5 s" the same way.

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const timeMessages = {
	/** A span: `400 ms` (under a second), `45 s`, `1 min 5 s`, `10 min`, `2 h 5 min` (seconds rounded down). */
	duration: ({ms}: {ms: number}): string => {
		if (ms > 0 && ms < second) return `${Math.round(ms)} ms`;
		const whole = Math.max(0, Math.floor(ms / second));
		const hours = Math.floor(whole / 3600);
		const minutes = Math.floor((whole % 3600) / 60);
		const seconds = whole % 60;
		if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
		if (minutes > 0) return seconds > 0 ? `${minutes} min ${seconds} s` : `${minutes} min`;
		return `${seconds} s`;
	},
	/** A countdown: whole seconds rounded up, so "in 1 s" shows until the moment itself. */
	countdown: ({ms}: {ms: number}): string => timeMessages.duration({ms: Math.ceil(Math.max(0, ms) / second) * second}),
	/** How long ago: `just now`, `5 minutes ago`, `3 hours ago`, `2 days ago`. */
	ago: ({ms}: {ms: number}): string => {
		if (ms < minute) return 'just now';
		if (ms < hour) return `${plural(Math.floor(ms / minute), 'minute', 'minutes')} ago`;
		if (ms < day) return `${plural(Math.floor(ms / hour), 'hour', 'hours')} ago`;
		return `${plural(Math.floor(ms / day), 'day', 'days')} ago`;
	},
} as const;
