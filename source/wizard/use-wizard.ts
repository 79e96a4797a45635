// The walk through the tree: the pure step reducer (tree/step.ts) with its newest state
// readable at once by every key of a chunk, the view of the current step, and the notice
// an action left on the screen.
import {useCallback, useMemo, useState} from 'react';
import {currentNode, currentOptions, currentStep, initialState, optionsOf, step, viewOf, type Action} from '../tree/step.js';
import type {Known, Option, TreeNode, View, WizardState} from '../tree/types.js';
import type {Notice} from '../ui/notice.js';
import {useImmediateReducer} from '../ui/use-immediate-reducer.js';
import {useLatest} from '../ui/use-latest.js';
import {cleanSentence} from '../text/safe.js';

type Wizard = {
	/** The walk as this render draws it. */
	state: WizardState;
	view: View;
	node: TreeNode;
	options: Option[];
	/** Changes whenever the screen must start afresh (a new step, or a pick that stayed). */
	screenKey: string;
	notice: Notice | undefined;
	showNotice: (notice: Notice | undefined) => void;
	/** The newest walk, its node and its view, for handlers: a key may come before the next render. */
	latest: () => WizardState;
	latestNode: () => TreeNode;
	latestView: () => View;
	dispatch: (action: Action) => WizardState;
	/** An option picked on the screen on show: the walk moves (or stays) and the option comes back for its effect. */
	pick: (id: string) => Option | undefined;
};

type WizardOptions = {
	/** Called when a step is entered, with the walk as it is then (a leaf remembers its verdict). */
	onEnter: (state: WizardState) => void;
};

export function useWizard(known: Known, {onEnter}: WizardOptions): Wizard {
	const latestKnown = useLatest(known);
	const reducer = useCallback((state: WizardState, action: Action) => step(state, action, latestKnown.current), [latestKnown]);
	const walk = useImmediateReducer(reducer, initialState);
	const [notice, setNotice] = useState<Notice | undefined>();
	// An action's outcome may quote a path (the settings file, a saved report): cleaned as every such sentence.
	const showNotice = useCallback((shown: Notice | undefined) => setNotice(shown && {...shown, text: cleanSentence(shown.text)}), []);
	/** Bumped when a pick stays on the same screen, so its list is ready for the next pick. */
	const [picksThatStayed, setPicksThatStayed] = useState(0);

	const dispatch = useCallback(
		(action: Action) => {
			const {before, after} = walk.dispatch(action);
			if (after.trail !== before.trail) {
				setNotice(undefined);
				if (currentStep(after) !== currentStep(before)) onEnter(after);
			}
			return after;
		},
		[walk, onEnter],
	);

	const pick = useCallback(
		(id: string) => {
			const current = walk.latest();
			const option = currentOptions(current, latestKnown.current).find(candidate => candidate.id === id);
			if (!option) return undefined;
			const after = dispatch({type: 'pick', node: currentStep(current).node, option: option.id});
			if (currentStep(after) === currentStep(current)) setPicksThatStayed(count => count + 1);
			return option;
		},
		[walk, dispatch, latestKnown],
	);

	const latestNode = useCallback(() => currentNode(walk.latest()), [walk]);
	const latestView = useCallback(() => viewOf(walk.latest(), latestKnown.current), [walk, latestKnown]);

	const {state} = walk;
	const view = useMemo(() => viewOf(state, known), [state, known]);
	const node = currentNode(state);
	const options = useMemo(() => optionsOf(node, view), [node, view]);
	return {
		state,
		view,
		node,
		options,
		screenKey: `${state.trail.length}:${node.id}:${picksThatStayed}`,
		notice,
		showNotice,
		latest: walk.latest,
		latestNode,
		latestView,
		dispatch,
		pick,
	};
}
