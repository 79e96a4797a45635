// The arrow-key list: its pure reducer, and the real component under ink-testing-library,
// including the chunk that carries Down and Enter together (ink-select-input 6.2 picks
// the previous item there).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
// tsx compiles test files with the classic JSX runtime: React must be in scope.
import React from 'react';
import {render} from 'ink-testing-library';
import {Select, type SelectItem} from '../../source/ui/select.js';
import {initialSelectState, selectActionForKey, selectReducer, visibleWindow, type SelectKey} from '../../source/ui/select-state.js';
import {waitForText} from './helpers.js';

const items: SelectItem[] = [
	{id: 'a', label: 'Alpha'},
	{id: 'b', label: 'Bravo'},
	{id: 'c', label: 'Charlie'},
];

const noKey: SelectKey = {upArrow: false, downArrow: false, return: false, ctrl: false, meta: false};

test('the reducer moves with wrap-around, jumps to the ends, and picks once', () => {
	let state = initialSelectState(3);
	state = selectReducer(state, {type: 'focus-previous'});
	assert.equal(state.focusedIndex, 2, 'up from the first wraps to the last');
	state = selectReducer(state, {type: 'focus-next'});
	assert.equal(state.focusedIndex, 0, 'down from the last wraps to the first');
	state = selectReducer(state, {type: 'focus-last'});
	assert.equal(state.focusedIndex, 2);
	state = selectReducer(state, {type: 'focus-first'});
	state = selectReducer(state, {type: 'focus-next'});
	state = selectReducer(state, {type: 'pick'});
	assert.equal(state.pickedIndex, 1);
	assert.equal(selectReducer(state, {type: 'focus-next'}), state, 'after a pick, keys change nothing');
	assert.equal(selectReducer(state, {type: 'pick'}), state);
	assert.equal(initialSelectState(3, 7).focusedIndex, 2, 'a remembered index beyond the list is clamped');
	assert.equal(selectReducer(initialSelectState(0), {type: 'pick'}).pickedIndex, undefined, 'an empty list picks nothing');
});

test('keys map to list actions; other keys are left to the rest of the app', () => {
	assert.deepEqual(selectActionForKey('', {...noKey, downArrow: true}), {type: 'focus-next'});
	assert.deepEqual(selectActionForKey('j', noKey), {type: 'focus-next'});
	assert.deepEqual(selectActionForKey('k', noKey), {type: 'focus-previous'});
	assert.deepEqual(selectActionForKey('', {...noKey, return: true}), {type: 'pick'});
	assert.deepEqual(selectActionForKey('', {...noKey, home: true}), {type: 'focus-first'});
	assert.equal(selectActionForKey('q', noKey), undefined);
	assert.equal(selectActionForKey('j', {...noKey, ctrl: true}), undefined);
});

test('the visible window keeps the focused item in view', () => {
	assert.deepEqual(visibleWindow(3, 0, 5), {start: 0, end: 3});
	assert.deepEqual(visibleWindow(10, 0, 4), {start: 0, end: 4});
	assert.deepEqual(visibleWindow(10, 6, 4), {start: 4, end: 8});
	assert.deepEqual(visibleWindow(10, 9, 4), {start: 6, end: 10});
});

function renderSelect(props: {initialId?: string; limit?: number} = {}) {
	const picked: string[] = [];
	const rendered = render(<Select items={items} onPick={item => picked.push(item.id)} {...props} />);
	const lastFrame = () => rendered.lastFrame() ?? '';
	return {...rendered, picked, lastFrame};
}

test('Down and Enter arriving in one chunk pick the item below, not the one above', async () => {
	const {stdin, picked, lastFrame, unmount} = renderSelect();
	await waitForText(lastFrame, '❯ Alpha');
	stdin.write('\u001B[B\r');
	await delay(20);
	assert.deepEqual(picked, ['b']);
	// Enter pressed again before the next screen replaced the list: no second pick.
	stdin.write('\r');
	await delay(20);
	assert.deepEqual(picked, ['b']);
	unmount();
});

test('keys pressed one at a time move and pick; j/k work; the previous answer is highlighted', async () => {
	const {stdin, picked, lastFrame, unmount} = renderSelect({initialId: 'c'});
	await waitForText(lastFrame, '❯ Charlie');
	stdin.write('k');
	await waitForText(lastFrame, '❯ Bravo');
	stdin.write('k');
	await waitForText(lastFrame, '❯ Alpha');
	stdin.write('j');
	await waitForText(lastFrame, '❯ Bravo');
	stdin.write('\r');
	await delay(20);
	assert.deepEqual(picked, ['b']);
	unmount();
});

test('a long list scrolls and says there is more', async () => {
	const {stdin, lastFrame, unmount} = renderSelect({limit: 2});
	await waitForText(lastFrame, '↓ more');
	assert.ok(!lastFrame().includes('Charlie'));
	stdin.write('\u001B[B');
	await delay(15);
	stdin.write('\u001B[B');
	await waitForText(lastFrame, '❯ Charlie');
	assert.match(lastFrame(), /↑ more/);
	unmount();
});
