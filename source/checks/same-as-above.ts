// A check row whose result is word for word the row's just above it (three API checks that timed out
// alike) says so briefly: the same long sentence two or three times in a row reads like a mistake and
// takes rows a small window needs. The row keeps its own title and status mark; `check --json` keeps
// every summary whole. One rule for `check`'s text report and the wizard's result rows, which say a
// redirect like the row's above (the same status and host) briefly too.
import {textReportMessages} from '../messages/report.js';
import {displayWidth} from '../text/width.js';
import type {CheckResult} from './types.js';

/**
 * Columns a repeated result must exceed to be said briefly: a short one ("Skipped, as there is no key.", "Not checked
 * (no connection; see Network).") says more than "Same as above." and costs at most a row; a long one (a timeout's
 * advice, ~100 columns) takes two or three rows each time it is repeated.
 */
const briefAbove = 60;

/**
 * The results as the rows say them: each that is word for word the one above it (as given, so a third repeat
 * says so too) and wider than `briefAbove` becomes "Same as above."; `undefined` is a row with no result yet.
 */
export function saidOnce(summaries: readonly (string | undefined)[]): Array<string | undefined> {
	return summaries.map((summary, index) =>
		summary !== undefined && index > 0 && summaries[index - 1] === summary && displayWidth(summary) > briefAbove ? textReportMessages.sameAsAbove : summary,
	);
}

/** A row's redirect as its details hold it: its status and the host it sends to ("302 login.example"). */
function redirectSeen(check: Pick<CheckResult, 'details'> | undefined): {status: number; at: string} | undefined {
	const redirect = check?.details['redirect'];
	if (typeof redirect !== 'object' || redirect === null) return undefined;
	const {status, location} = redirect as {status?: unknown; location?: unknown};
	if (typeof status !== 'number' || typeof location !== 'string' || !URL.canParse(location)) return undefined;
	return {status, at: `${status} ${new URL(location).host}`};
}

/**
 * saidOnce, and then each row whose redirect is the row's just above (same status, same host) says so briefly: the
 * long URL is read once. `undefined` is a row with no result yet.
 */
export function resultsSaidOnce(checks: ReadonlyArray<Pick<CheckResult, 'summary' | 'details'> | undefined>): Array<string | undefined> {
	return saidOnce(checks.map(check => check?.summary)).map((summary, index) => {
		const here = redirectSeen(checks[index]);
		return here && here.at === redirectSeen(checks[index - 1])?.at ? textReportMessages.sameRedirect({status: here.status}) : summary;
	});
}
