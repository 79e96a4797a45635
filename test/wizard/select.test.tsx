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
import {initialSelectState, listWindow, selectActionForKey, selectReducer, type SelectKey} from '../../source/ui/select-state.js';
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

test('the visible window keeps the focused item in view, within the rows, its marks counted', () => {
	const ones = (count: number) => Array.from({length: count}, () => 1);
	assert.deepEqual(listWindow(ones(3), 0, 5), {start: 0, end: 3}, 'a list that fits shows everything');
	assert.deepEqual(listWindow(ones(10), 0, 0), {start: 0, end: 10}, 'no limit');
	assert.deepEqual(listWindow(ones(10), 0, 5), {start: 0, end: 4}, 'at the top: four items and the mark below');
	assert.deepEqual(listWindow(ones(10), 6, 5), {start: 5, end: 8}, 'in the middle: both marks, three items around the focused one');
	assert.deepEqual(listWindow(ones(10), 9, 5), {start: 6, end: 10}, 'at the bottom: the mark above and four items');
	// Items of two rows: the rows, not the count, decide.
	assert.deepEqual(listWindow([2, 2, 2, 1, 1], 0, 6), {start: 0, end: 2}, 'two tall items and the mark below');
	assert.deepEqual(listWindow([2, 2, 2, 1, 1], 4, 6), {start: 2, end: 5}, 'the mark above, then 2 + 1 + 1 rows');
	assert.deepEqual(listWindow([3, 3], 1, 3), {start: 1, end: 2}, 'an item taller than the rows left still shows, alone');
	for (let focused = 0; focused < 7; focused++) {
		const heights = [1, 2, 1, 2, 1, 2, 1];
		const {start, end} = listWindow(heights, focused, 6);
		const rows = heights.slice(start, end).reduce((sum, height) => sum + height, 0) + (start > 0 ? 1 : 0) + (end < heights.length ? 1 : 0);
		assert.ok(start <= focused && focused < end, `focused ${focused} in view`);
		assert.ok(rows <= 6, `focused ${focused}: ${rows} rows`);
	}
});

function renderSelect(props: {initialId?: string; rows?: number} = {}) {
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

test('a long list scrolls and says how many items are above and below', async () => {
	const {stdin, lastFrame, unmount} = renderSelect({rows: 2});
	await waitForText(lastFrame, '↓ 2 more');
	assert.ok(!lastFrame().includes('Bravo'));
	stdin.write('\u001B[B');
	await waitForText(lastFrame, '❯ Bravo');
	assert.match(lastFrame(), /↑ 1 more[\s\S]*↓ 1 more/);
	stdin.write('\u001B[B');
	await waitForText(lastFrame, '❯ Charlie');
	assert.match(lastFrame(), /↑ 2 more/);
	assert.equal(lastFrame().split('\n').length, 2, 'the mark and the item: the rows given');
	unmount();
});
