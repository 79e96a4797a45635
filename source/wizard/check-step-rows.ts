// The rows a check list shows, from the checks of a check step and how far each has got.
import {allChecks, checksWithNeeds} from '../checks/index.js';
import type {CheckId} from '../checks/types.js';
import {nodeOf} from '../tree/nodes.js';
import type {ChecksNode, WizardState} from '../tree/types.js';
import {isTroubled, type CheckRowState} from '../ui/check-row-state.js';

/** How far each check of a run has got: not started, running, or its result. */
export type Progress = ReadonlyMap<CheckId, CheckRowState['state']>;

/**
 * The rows of a check step: the node's own checks, then any check they needed that went wrong, and the network check
 * where it ran late to say why a request got no connection (the rows that got none point to it). On the result
 * (`lateFirst`) the late row comes first, as a leaf short of rows keeps the first ones; while the checks run it comes
 * last, so that the rows above do not move down a row when it starts.
 */
export function rowsFor(node: ChecksNode, progress: Progress, lateFirst = false): CheckRowState[] {
	const late: CheckRowState[] = [];
	const own: CheckRowState[] = [];
	const needed: CheckRowState[] = [];
	const steps = checksWithNeeds(node.checks);
	for (const check of allChecks) {
		const state = progress.get(check.id);
		const row = {id: check.id, title: check.title, state: state ?? ('waiting' as const)};
		if (node.checks.includes(check.id)) own.push(row);
		else if (!steps.includes(check)) {
			if (state !== undefined) late.push(row);
		} else if (isTroubled(row)) needed.push(row);
	}
	return lateFirst ? [...late, ...own, ...needed] : [...own, ...needed, ...late];
}

/** The check rows of the step just before the current one, when that was a check step. */
export function previousRows(state: WizardState): CheckRowState[] {
	const previous = state.trail.at(-2);
	if (!previous?.results) return [];
	const node = nodeOf(previous.node);
	if (node.kind !== 'checks') return [];
	return rowsFor(node, new Map(previous.results.map(result => [result.id, result])), true);
}
