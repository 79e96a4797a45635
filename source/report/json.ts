// `check --json`: the document as it is, cleaned once more on the way out.
import {jsonDocument} from '../text/ascii-text.js';
import {sanitizeDeep} from '../text/safe.js';
import type {CheckReport} from '../verdict.js';

/** Exactly the `check --json` document, 2-space indented, with a final newline (ASCII under a locale not in UTF-8). */
export function renderJson(report: CheckReport, options: {key?: string} = {}): string {
	// What the summary quotes is the text report's to use, not part of the documented document.
	const {quotes: _internal, ...documented} = report;
	return jsonDocument(sanitizeDeep(documented, options.key));
}
