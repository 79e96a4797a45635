// The arrow-key list's behaviour as a pure reducer (ink-ui's use-select-state shape), so it
// can be tested without a terminal and fed every key of a chunk in order.

export type SelectState = {
	/** How many items the list has. */
	count: number;
	/** The highlighted item. */
	focusedIndex: number;
	/** Set by Enter: the item picked (the component reports it once). */
	pickedIndex: number | undefined;
};

export type SelectAction =
	| {type: 'focus-next'}
	| {type: 'focus-previous'}
	| {type: 'focus-first'}
	| {type: 'focus-last'}
	| {type: 'pick'};

/** Keys as ink's useInput reports them (only the fields the list reads). */
export type SelectKey = {
	upArrow: boolean;
	downArrow: boolean;
	pageUp?: boolean;
	pageDown?: boolean;
	home?: boolean;
	end?: boolean;
	return: boolean;
	ctrl: boolean;
	meta: boolean;
};

export function initialSelectState(count: number, focusedIndex = 0): SelectState {
	const inRange = count === 0 ? 0 : Math.min(Math.max(focusedIndex, 0), count - 1);
	return {count, focusedIndex: inRange, pickedIndex: undefined};
}

export function selectReducer(state: SelectState, action: SelectAction): SelectState {
	// Once picked, the list is done: keys that arrive before the next screen replaces it
	// (one fast chunk such as "Enter Enter") must not pick a second time.
	if (state.pickedIndex !== undefined || state.count === 0) return state;
	switch (action.type) {
		case 'focus-next':
			return {...state, focusedIndex: (state.focusedIndex + 1) % state.count};
		case 'focus-previous':
			return {...state, focusedIndex: (state.focusedIndex - 1 + state.count) % state.count};
		case 'focus-first':
			return {...state, focusedIndex: 0};
		case 'focus-last':
			return {...state, focusedIndex: state.count - 1};
		case 'pick':
			return {...state, pickedIndex: state.focusedIndex};
	}
}

/** Which list action a key press means; undefined for keys the list leaves to others. */
export function selectActionForKey(input: string, key: SelectKey): SelectAction | undefined {
	if (key.ctrl || key.meta) return undefined;
	if (key.downArrow || input === 'j') return {type: 'focus-next'};
	if (key.upArrow || input === 'k') return {type: 'focus-previous'};
	if (key.home || key.pageUp) return {type: 'focus-first'};
	if (key.end || key.pageDown) return {type: 'focus-last'};
	if (key.return) return {type: 'pick'};
	return undefined;
}

/**
 * The slice of items to show when only `limit` rows fit: the focused item stays visible,
 * near the middle where the list allows.
 */
export function visibleWindow(count: number, focusedIndex: number, limit: number): {start: number; end: number} {
	if (limit <= 0 || count <= limit) return {start: 0, end: count};
	const start = Math.min(Math.max(focusedIndex - Math.floor(limit / 2), 0), count - limit);
	return {start, end: start + limit};
}
