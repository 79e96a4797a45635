// The text field's keys, fed in order as one chunk brings them: each sees what the one before did.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {fieldActionForKey, fieldReducer, initialFieldState, type FieldKey, type FieldState} from '../../source/ui/field-state.js';

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
