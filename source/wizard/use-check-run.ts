// Runs the checks of a check step: once per visit (the walk's runSerial changes exactly
// then, and on back), a row per check going from waiting to running to its result, and
// the results handed to the walk. A run is aborted when the user steps back, starts over
// or quits, and what it reports after that is dropped.
import {useEffect, useEffectEvent, useState} from 'react';
import {checksWithNeeds, lateNetwork} from '../checks/index.js';
import {checkDeadlineMs, runChecks} from '../checks/runner.js';
import type {CheckId, CheckResult} from '../checks/types.js';
import type {BaseContext} from '../context.js';
import {currentStep, type Action} from '../tree/step.js';
import type {TreeNode, WizardState} from '../tree/types.js';
import type {CheckRowState} from '../ui/check-row-state.js';
import {useLatest} from '../ui/use-latest.js';
import {rowsFor, type Progress} from './check-step-rows.js';
import type {LastRun} from './effects.js';
import {rowBatch} from './row-batch.js';

type CheckRunOptions = {
	state: WizardState;
	node: TreeNode;
	/** Aborted when the wizard ends. */
	signal: AbortSignal;
	/** Why this step's checks cannot run (an unusable base URL): they are not started. */
	problem: string | undefined;
	/** The context the run's checks get. */
	context: (signal: AbortSignal) => {ok: true; ctx: BaseContext} | {ok: false; message: string};
	/** A run is starting with this base URL and key. */
	onStart: (run: LastRun) => void;
	dispatch: (action: Action) => void;
	/** The results, once they are in the walk (and on their way to the screen). */
	onResults: (results: readonly CheckResult[]) => void;
	/** A monotonic clock (ms): when each check started, for the time it has taken. */
	clock: () => number;
};

type CheckRun = {
	/** The rows of the check step on show (all waiting until its run reports). */
	rows: CheckRowState[];
	/** Why the checks could not start. */
	problem: string | undefined;
};

/** A row's new state, and when it changed. */
type RowChange = {id: CheckId; value: CheckRowState['state']; at: number};

/** How far one run has got, tagged with its runSerial: a stale run never shows. */
type RunReport = {serial: number; progress: Progress; started: ReadonlyMap<CheckId, number>; timeoutMs: number};

export function useCheckRun(options: CheckRunOptions): CheckRun {
	const {state, node} = options;
	const [report, setReport] = useState<RunReport>({serial: -1, progress: new Map(), started: new Map(), timeoutMs: 0});
	/** The results arrive renders later: they go to what the app hands in by then. */
	const latest = useLatest(options);

	const start = useEffectEvent((serial: number) => {
		const step = currentStep(options.state);
		if (options.node.kind !== 'checks' || step.results || options.problem !== undefined) return undefined;
		const {id: nodeId, checks: checkIds} = options.node;
		const controller = new AbortController();
		const signal = AbortSignal.any([controller.signal, options.signal]);
		const built = options.context(signal);
		if (!built.ok) return () => controller.abort();
		options.onStart({baseUrl: built.ctx.baseUrl, apiKey: built.ctx.apiKey, keySource: built.ctx.keySource});
		const {timeoutMs} = built.ctx;
		// Rows change together once the loop is free (row-batch.ts): a burst of answers is one render.
		const rowChanges = rowBatch<RowChange>(changes =>
			setReport(previous => {
				const same = previous.serial === serial;
				const started = new Map(same ? previous.started : []);
				const progress = new Map(same ? previous.progress : []);
				for (const {id, value, at} of changes) {
					if (value === 'running') started.set(id, at);
					progress.set(id, value);
				}
				return {serial, progress, started, timeoutMs};
			}),
		);
		signal.addEventListener('abort', rowChanges.cancel, {once: true});
		const update = (id: CheckId, value: CheckRowState['state']) => {
			if (!signal.aborted) rowChanges.add({id, value, at: options.clock()});
		};
		const checks = checksWithNeeds(checkIds);
		// The checks of the run: the step's, and the network check once it starts late to say why a request got no connection.
		const inRun = new Set(checks.map(check => check.id));
		let reported = 0;
		void runChecks(checks, built.ctx, {
			signal,
			// A step without the network check runs it late, as `check` and `balance` do: the same finding, the same first fix.
			...lateNetwork(checks),
			onStart: id => {
				inRun.add(id);
				update(id, 'running');
			},
			// The last result comes with the end of the run, and the walk moves on with all of
			// them: one render of the next screen, not first a check list it replaces at once.
			onResult: result => {
				reported += 1;
				if (reported < inRun.size) update(result.id, result);
			},
		}).then(results => {
			if (signal.aborted) return;
			// The rows still queued change in the same render as the walk moves on: never drawn alone.
			rowChanges.flush();
			latest.current.dispatch({type: 'checks_done', node: nodeId, run: serial, results});
			latest.current.onResults(results);
		});
		return () => controller.abort();
	});

	useEffect(() => start(state.runSerial), [state.runSerial]);

	const current = report.serial === state.runSerial;
	const progress = current ? report.progress : new Map<CheckId, CheckRowState['state']>();
	const rows = node.kind === 'checks' ? rowsFor(node, progress) : [];
	return {rows: current ? rows.map(row => withTiming(row, report)) : rows, problem: options.problem};
}

/** A running row with when it started and its deadlines, to show the time it takes. */
function withTiming(row: CheckRowState, report: RunReport): CheckRowState {
	const startedAt = report.started.get(row.id as CheckId);
	if (row.state !== 'running' || startedAt === undefined) return row;
	return {...row, timing: {startedAt, timeoutMs: report.timeoutMs, deadlineMs: checkDeadlineMs(report.timeoutMs)}};
}
