// `check --json`: the document as it is, cleaned once more on the way out.
import {sanitizeDeep} from '../text/safe.js';
import type {CheckReport} from '../verdict.js';

/** Exactly the `check --json` document, 2-space indented, with a final newline. */
export function renderJson(report: CheckReport, options: {key?: string} = {}): string {
	return `${JSON.stringify(sanitizeDeep(report, options.key), null, 2)}\n`;
}
