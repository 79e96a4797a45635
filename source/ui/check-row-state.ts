// The state of one check row (waiting, running, or its result), as the wizard's check lists show it.
import {saysRoute as routeOf} from '../checks/details.js';
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
