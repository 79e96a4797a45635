// The arrow-key list's behaviour as a pure reducer (ink-ui's use-select-state shape), so it
// can be tested without a terminal and fed every key of a chunk in order.

type SelectState = {
	/** How many items the list has. */
	count: number;
	/** The highlighted item. */
	focusedIndex: number;
	/** Set by Enter: the item picked (the component reports it once). */
	pickedIndex: number | undefined;
};

type SelectAction =
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

type ListWindow = {
	/** The items shown: from `start` up to (not including) `end`. */
	start: number;
	end: number;
};

/**
 * The items to show when the list may take only `rows` rows, an item taking `heights[i]`
 * rows: the focused item stays in view, near the middle where the list allows, and each
 * side with items left out takes one row for its mark ("↑ 2 more"). A list that fits
 * (or `rows` ≤ 0: no limit) shows everything.
 */
export function listWindow(heights: readonly number[], focusedIndex: number, rows: number): ListWindow {
	const count = heights.length;
	const total = heights.reduce((sum, height) => sum + height, 0);
	if (rows <= 0 || total <= rows) return {start: 0, end: count};
	const focused = Math.min(Math.max(focusedIndex, 0), count - 1);
	const rowsOf = (start: number, end: number) =>
		heights.slice(start, end).reduce((sum, height) => sum + height, 0) + (start > 0 ? 1 : 0) + (end < count ? 1 : 0);
	let start = focused;
	let end = focused + 1;
	for (let grew = true; grew; ) {
		grew = false;
		if (end < count && rowsOf(start, end + 1) <= rows) {
			end++;
			grew = true;
		}
		if (start > 0 && rowsOf(start - 1, end) <= rows) {
			start--;
			grew = true;
		}
	}
	return {start, end};
}
