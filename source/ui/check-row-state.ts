// The state of one check row (waiting, running, or its result), as the wizard's check lists show it.
import {saysRoute as routeOf} from '../checks/details.js';
import {resultsSaidOnce} from '../checks/same-as-above.js';
import type {CheckResult} from '../checks/types.js';

export type CheckRowState = {
	id: string;
	title: string;
	state: 'waiting' | 'running' | CheckResult;
	/** While running: when it started (the app's clock, ms), each request's deadline and the check's own. */
	timing?: {startedAt: number; timeoutMs: number; deadlineMs: number};
};

/** A check that went wrong (its reason is worth the rows it takes). */
export const isTroubled = (row: CheckRowState) => typeof row.state === 'object' && row.state.status !== 'pass' && row.state.status !== 'skip';

/** A row that says where the calls go (a gateway or a proxy in between): checks/details.ts saysRoute. */
export const saysRoute = (row: CheckRowState) => typeof row.state === 'object' && routeOf(row.state);

/**
 * The rows with each result that is word for word the row's above it, or the same redirect, said briefly
 * (checks/same-as-above.ts), but
 * where `drawn(index)` says the row above is not on the screen: "Same as above." under another row reads as wrong.
 */
export function rowsSaidOnce(rows: readonly CheckRowState[], drawn: (index: number) => boolean = () => true): CheckRowState[] {
	const said = resultsSaidOnce(rows.map(row => (typeof row.state === 'object' ? row.state : undefined)));
	return rows.map((row, index) => {
		const summary = said[index];
		return typeof row.state !== 'object' || summary === undefined || summary === row.state.summary || !drawn(index - 1) ? row : {...row, state: {...row.state, summary}};
	});
}
