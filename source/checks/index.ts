// The list of every live check. Adding a check = adding a file and a line here.
import {auth} from './auth.js';
import {balance} from './balance.js';
import {endpoint} from './endpoint.js';
import {keyExposure} from './key-exposure.js';
import {keyFormat} from './key-format.js';
import {keyPresent} from './key-present.js';
import {network} from './network.js';
import {probe} from './probe.js';
import {serviceStatus} from './service-status.js';
import type {Check, CheckId} from './types.js';
import {usageTrend} from './usage-trend.js';

export const allChecks: readonly Check[] = [
	keyPresent,
	keyFormat,
	network,
	endpoint,
	auth,
	balance,
	serviceStatus,
	probe,
	keyExposure,
	usageTrend,
];

/** The checks asked for plus every check they need, in allChecks' order. */
export function checksWithNeeds(ids: readonly CheckId[]): Check[] {
	const wanted = new Set<CheckId>();
	const add = (id: CheckId) => {
		if (wanted.has(id)) return;
		wanted.add(id);
		for (const need of allChecks.find(check => check.id === id)?.needs ?? []) add(need);
	};
	for (const id of ids) add(id);
	return allChecks.filter(check => wanted.has(check.id));
}

/**
 * The network check, run late (runner.ts, `networkOnNoConnection`) where these checks leave it out (`balance`, the
 * wizard's check steps but "Run every check"): only once a request got no connection, so that its row says why, and
 * the fix is the one `check` gives for the same failure (a dead proxy: start it; a proxy written without a scheme: how to write it).
 */
export function lateNetwork(checks: readonly Check[]): {networkOnNoConnection?: Check} {
	return checks.some(check => check.id === 'network') ? {} : {networkOnNoConnection: network};
}
