// A moment as every screen writes it: `2026-11-25 21:00 UTC`, the same in both languages.
import {sanitize} from './safe.js';

/** `at` (an ISO date, or anything Date reads) to the minute in UTC; anything unparsable is shown as given (sanitised). */
export function utcMinute(at: string): string {
	const date = new Date(at);
	return Number.isNaN(date.getTime()) ? sanitize(at) : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
