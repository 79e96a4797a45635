// The text field's behaviour as a pure reducer, fed every key of a chunk in order (see
// use-immediate-reducer.ts): a held Backspace arrives as many in one chunk, and each must
// delete one more character. Ctrl and Alt combinations never type their letter into the
// field (Ctrl+U clears it, as in a shell; the others do nothing).
import {QuickSegmenter} from '../text/segmenter.js';
import {displayWidth} from '../text/width.js';

export type FieldState = {
	value: string;
	/** Where the next character goes: 0 … value.length. */
	cursor: number;
};

export type FieldAction =
	| {type: 'insert'; text: string}
	| {type: 'append'; text: string}
	| {type: 'delete-back'}
	| {type: 'clear-back'}
	| {type: 'move'; by: number}
	| {type: 'move-to'; at: 'start' | 'end'};

/** Keys as ink's useInput reports them (only the fields the field reads). */
export type FieldKey = {
	upArrow: boolean;
	downArrow: boolean;
	leftArrow: boolean;
	rightArrow: boolean;
	home?: boolean;
	end?: boolean;
	return: boolean;
	escape: boolean;
	tab: boolean;
	backspace: boolean;
	delete: boolean;
	ctrl: boolean;
	meta: boolean;
};

export function initialFieldState(value: string): FieldState {
	return {value, cursor: value.length};
}

/** What a key does to the field; undefined for a key it leaves to the screen (Enter, Esc, arrows up and down). */
export function fieldActionForKey(input: string, key: FieldKey): FieldAction | undefined {
	if (key.leftArrow) return {type: 'move', by: -1};
	if (key.rightArrow) return {type: 'move', by: 1};
	if (key.home) return {type: 'move-to', at: 'start'};
	if (key.end) return {type: 'move-to', at: 'end'};
	if (key.backspace || key.delete) return {type: 'delete-back'};
	if (key.ctrl && input === 'u') return {type: 'clear-back'};
	if (key.ctrl || key.meta || key.return || key.escape || key.tab || key.upArrow || key.downArrow || input === '') return undefined;
	// Control characters that came in one chunk with typed text (Ctrl+A, Ctrl+W over a slow link) are not typed either; line ends and tabs are, and the key's reading names them.
	// oxlint-disable-next-line no-control-regex -- dropping the control characters is this pattern's job
	const text = input.replaceAll(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
	return text === '' ? undefined : {type: 'insert', text};
}

export function fieldReducer(state: FieldState, action: FieldAction): FieldState {
	const {value, cursor} = state;
	switch (action.type) {
		case 'insert': {
			return {value: value.slice(0, cursor) + action.text + value.slice(cursor), cursor: cursor + action.text.length};
		}
		case 'append': {
			const next = value + action.text;
			return {value: next, cursor: next.length};
		}
		case 'delete-back': {
			return cursor === 0 ? state : {value: value.slice(0, cursor - 1) + value.slice(cursor), cursor: cursor - 1};
		}
		case 'clear-back': {
			return cursor === 0 ? state : {value: value.slice(cursor), cursor: 0};
		}
		case 'move': {
			const next = Math.min(Math.max(cursor + action.by, 0), value.length);
			return next === cursor ? state : {value, cursor: next};
		}
		case 'move-to': {
			const next = action.at === 'start' ? 0 : value.length;
			return next === cursor ? state : {value, cursor: next};
		}
	}
}

/**
 * The field's text as drawn: cut into rows of `columns` by character, not by word (a word
 * wrap would need one more row than the layout gave, and hide the end of what was typed),
 * with one cell more after the text for the cursor when it is at the end. The cell of
 * the cursor is `at` within `row`.
 */
export function fieldRows(shown: string, cursor: number, columns: number): {rows: string[][]; row: number; at: number} {
	const segments = Array.from(new QuickSegmenter(undefined, {granularity: 'grapheme'}).segment(shown));
	const cells = segments.map(({segment}) => segment);
	// The grapheme the cursor is on (its UTF-16 offset may fall inside one).
	const on = segments.findIndex(({segment, index}) => index + segment.length > cursor);
	const before = on === -1 ? cells.length : on;
	if (before === cells.length) cells.push(' ');
	const rows: string[][] = [[]];
	let used = 0;
	let row = 0;
	let at = 0;
	for (const [index, cell] of cells.entries()) {
		const width = Math.max(displayWidth(cell), 1);
		if (used + width > Math.max(columns, 2) && used > 0) {
			rows.push([]);
			used = 0;
		}
		if (index === before) {
			row = rows.length - 1;
			at = rows[row]!.length;
		}
		rows.at(-1)!.push(cell);
		used += width;
	}
	return {rows, row, at};
}
