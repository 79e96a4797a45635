// The last cleaning every rendered string gets (defence in depth: no key, no escape
// sequences from the network, even if an earlier step missed one).
import {oneLine, sanitize} from '../text/safe.js';

/** One line of safe text (summaries and titles must not break the layout). */
export function safeLine(text: string, key: string | undefined): string {
	return oneLine(sanitize(text, key), 2000);
}
