// The text field's keys, fed in order as one chunk brings them: each sees what the one before did.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {fieldActionForKey, fieldReducer, fieldRows, initialFieldState, type FieldKey, type FieldState} from '../../source/ui/field-state.js';
import {layoutInput} from '../../source/ui/frame-layout.js';

const none: FieldKey = {upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, return: false, escape: false, tab: false, backspace: false, delete: false, ctrl: false, meta: false};
const press = (state: FieldState, input: string, key: Partial<FieldKey> = {}) => {
	const action = fieldActionForKey(input, {...none, ...key});
	return action ? fieldReducer(state, action) : state;
};

test('three Backspaces in a row delete three characters; at the start they do nothing', () => {
	let state = initialFieldState('abcdef');
	for (let index = 0; index < 3; index++) state = press(state, '', {backspace: true});
	assert.deepEqual(state, {value: 'abc', cursor: 3});
	for (let index = 0; index < 5; index++) state = press(state, '', {delete: true});
	assert.deepEqual(state, {value: '', cursor: 0});
});

test('typing goes in at the cursor; the arrows stop at both ends', () => {
	let state = initialFieldState('ac');
	state = press(state, '', {leftArrow: true});
	state = press(state, 'b');
	assert.deepEqual(state, {value: 'abc', cursor: 2});
	for (let index = 0; index < 5; index++) state = press(state, '', {rightArrow: true});
	assert.equal(state.cursor, 3);
	state = press(state, '', {home: true});
	assert.equal(state.cursor, 0);
});

test('Ctrl+U clears what is before the cursor; other Ctrl and Alt letters, Enter, Esc and Tab type nothing', () => {
	const state = initialFieldState('sk-abc');
	for (const [input, key] of [['a', {ctrl: true}], ['w', {ctrl: true}], ['b', {meta: true}], ['', {escape: true}], ['\t', {tab: true}], ['\r', {return: true}]] as const) {
		assert.equal(press(state, input, key), state, JSON.stringify([input, key]));
	}
	assert.deepEqual(press(state, 'u', {ctrl: true}), {value: '', cursor: 0});
});

test('a paste goes at the end, wherever the cursor was', () => {
	const state = fieldReducer({value: 'ab', cursor: 0}, {type: 'append', text: 'cd'});
	assert.deepEqual(state, {value: 'abcd', cursor: 4});
});

test('control characters that came in one chunk with text are not typed; line ends and tabs are (the key reading names them)', () => {
	assert.deepEqual(press(initialFieldState(''), '\u0001a\u0017b\r\n\t'), {value: 'ab\r\n\t', cursor: 5});
	assert.equal(fieldActionForKey('\u0001\u0017', none), undefined);
});

test('the field is cut into rows by character, the cursor cell after the text included, and the layout gives it that many rows', () => {
	const typed = 'not a url with spaces and a very long tail that wraps over two or three rows';
	// 76 characters in 38 columns after "> " (a window of 40): two full rows, and the cursor on a third. The layout gave
	// two (it counted the window's width, not the field's), so the end of what was typed was cut off.
	const drawn = fieldRows(typed, typed.length, 38);
	assert.deepEqual(drawn.rows.map(row => row.join('')), [typed.slice(0, 38), typed.slice(38), ' ']);
	assert.deepEqual({row: drawn.row, at: drawn.at}, {row: 2, at: 0});
	const inside = fieldRows(typed, 3, 38);
	assert.deepEqual({rows: inside.rows.length, row: inside.row, at: inside.at}, {rows: 2, row: 0, at: 3}, 'a cursor inside the text takes no cell of its own');
	assert.equal(fieldRows('x'.repeat(38), 38, 38).rows.length, 2, 'the cursor after a full row takes a row of its own');
	assert.deepEqual(fieldRows('密钥', 2, 3).rows, [['密'], ['钥', ' ']], 'a wide character is not split over two rows');
	assert.equal(layoutInput({width: 40, height: 15, question: 'Type the base URL', help: [], shown: typed, below: []}).fieldRows, 3);
	assert.equal(layoutInput({width: 40, height: 15, question: 'Type the base URL', help: [], shown: 'x'.repeat(38), below: []}).fieldRows, 2);
});
