// The help `?` opens over a menu or a result: whether it is open and how far it is
// scrolled, readable at once by the next key of a chunk (as the walk is). The screen under
// it is kept (ui/wizard-view.tsx), so closing returns to the same option.
import {useCallback} from 'react';
import {useImmediateReducer} from '../ui/use-immediate-reducer.js';

type HelpState = {open: boolean; offset: number};

type HelpAction = {type: 'open'} | {type: 'close'} | {type: 'scroll'; by: number; max: number};

const closed: HelpState = {open: false, offset: 0};

export function helpReducer(state: HelpState, action: HelpAction): HelpState {
	switch (action.type) {
		case 'open':
			return state.open ? state : {open: true, offset: 0};
		case 'close':
			return state.open ? closed : state;
		case 'scroll': {
			const offset = Math.min(Math.max(state.offset + action.by, 0), Math.max(action.max, 0));
			return offset === state.offset ? state : {...state, offset};
		}
	}
}

type Help = {
	/** The help as this render draws it; undefined while closed. */
	shown: HelpState | undefined;
	isOpen: () => boolean;
	open: () => void;
	close: () => void;
	/** Moves by `by` rows (±Infinity: to either end), never past `max`. */
	scroll: (by: number, max: number) => void;
};

export function useHelp(): Help {
	const help = useImmediateReducer(helpReducer, () => closed);
	const {dispatch, latest} = help;
	const isOpen = useCallback(() => latest().open, [latest]);
	const open = useCallback(() => void dispatch({type: 'open'}), [dispatch]);
	const close = useCallback(() => void dispatch({type: 'close'}), [dispatch]);
	const scroll = useCallback((by: number, max: number) => void dispatch({type: 'scroll', by, max}), [dispatch]);
	return {shown: help.state.open ? help.state : undefined, isOpen, open, close, scroll};
}
