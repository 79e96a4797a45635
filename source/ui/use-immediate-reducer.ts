// A pure reducer whose newest state the next key can read at once. Keys that arrive in
// one chunk (Down and Enter together, a paste, tmux send-keys) are handled one after
// another before React renders again, and each must see what the key before it did: React
// state alone would hand the second key the state of the last render.
import {useCallback, useRef, useState} from 'react';

type ImmediateReducer<State, Action> = {
	/** The state of this render: what to draw. */
	state: State;
	/** Applies `action` to the newest state at once; says what the state was and is now. */
	dispatch: (action: Action) => {before: State; after: State};
	/** The newest state, for handlers (a render draws `state`). */
	latest: () => State;
};

export function useImmediateReducer<State, Action>(reducer: (state: State, action: Action) => State, initial: () => State): ImmediateReducer<State, Action> {
	const [state, setState] = useState(initial);
	const newest = useRef(state);
	const dispatch = useCallback(
		(action: Action) => {
			const before = newest.current;
			const after = reducer(before, action);
			if (after !== before) {
				newest.current = after;
				setState(after);
			}
			return {before, after};
		},
		[reducer],
	);
	const latest = useCallback(() => newest.current, []);
	return {state, dispatch, latest};
}
