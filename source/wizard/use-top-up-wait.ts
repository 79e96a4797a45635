// "Wait for my top-up": on a wait step, look at the balance again and again (the loop and
// its pace are source/top-up-wait.ts, shared with `balance --wait`) until a top-up
// arrives or the time is up, then hand the last look to the walk. Like a check run: one
// per visit (runSerial), aborted on Esc, restart and quit, progress tagged with its run.
import {useEffect, useEffectEvent, useState} from 'react';
import {balanceLook, waitForTopUp, type WaitProgress} from '../top-up-wait.js';
import type {CheckResult} from '../checks/types.js';
import type {BaseContext} from '../context.js';
import {toppedUp} from '../domain/top-up.js';
import * as facts from '../tree/facts.js';
import {currentStep, type Action} from '../tree/step.js';
import type {TreeNode, View, WizardState} from '../tree/types.js';
import {useLatest} from '../ui/use-latest.js';

type TopUpWaitOptions = {
	state: WizardState;
	node: TreeNode;
	view: View;
	/** Aborted when the wizard ends. */
	signal: AbortSignal;
	/** The context of one look (a new client each time). */
	context: (signal: AbortSignal) => {ok: true; ctx: BaseContext} | {ok: false; message: string};
	everyMs: number;
	maxMs: number;
	/** Each request's deadline: the wait still ends by maxMs, a look running then cut off (as balance --wait). */
	lookMs: number;
	clock: () => number;
	dispatch: (action: Action) => void;
	/** The last look, once it is in the walk. */
	onResults: (results: readonly CheckResult[]) => void;
};

/** How far the wait on show has got (undefined before it reports, and on other steps). */
type TopUpWait = WaitProgress | undefined;

export function useTopUpWait(options: TopUpWaitOptions): TopUpWait {
	const {state, node} = options;
	const [report, setReport] = useState<{serial: number; progress: WaitProgress} | undefined>();
	const latest = useLatest(options);

	const start = useEffectEvent((serial: number) => {
		if (options.node.kind !== 'wait' || currentStep(options.state).results) return undefined;
		const nodeId = options.node.id;
		const controller = new AbortController();
		const signal = AbortSignal.any([controller.signal, options.signal]);
		const earlier = [...options.view.results.values()];
		const before = facts.reading(options.view.results);
		void waitForTopUp({
			look: balanceLook(options.context, earlier),
			until: now => toppedUp(before, now),
			everyMs: options.everyMs,
			maxMs: options.maxMs,
			lookMs: options.lookMs,
			firstLookMs: options.view.results.get('balance')?.durationMs,
			clock: options.clock,
			signal,
			onProgress: progress => {
				if (!signal.aborted) setReport({serial, progress});
			},
		}).then(outcome => {
			if (signal.aborted || outcome.outcome === 'cancelled') return;
			const results = outcome.last ? [outcome.last] : [];
			latest.current.dispatch({type: 'wait_done', node: nodeId, run: serial, arrived: outcome.outcome === 'arrived', results});
			latest.current.onResults(results);
		});
		return () => controller.abort();
	});

	useEffect(() => start(state.runSerial), [state.runSerial]);

	return node.kind === 'wait' && report?.serial === state.runSerial ? report.progress : undefined;
}
