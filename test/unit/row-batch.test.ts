// The check rows' changes gathered until the loop is free (wizard/row-batch.ts): changes of
// one moment go on together, a flush hands on what is queued at once, a cancel drops it, and
// a change waits two turns of the loop (input arrived meanwhile is read first).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {setImmediate as nextTurn} from 'node:timers/promises';
import {afterPendingInput, rowBatch} from '../../source/wizard/row-batch.js';

/** A `later` the test runs by hand. */
function byHand() {
	const pending: Array<() => void> = [];
	let cancelled = 0;
	const later = (run: () => void) => {
		pending.push(run);
		return () => {
			cancelled += 1;
		};
	};
	return {later, runAll: () => pending.splice(0).forEach(run => run()), cancelled: () => cancelled, asked: () => pending.length};
}

test('changes of one moment are handed on together, once', () => {
	const delivered: string[][] = [];
	const clock = byHand();
	const batch = rowBatch<string>(items => delivered.push([...items]), clock.later);
	batch.add('a running');
	batch.add('b running');
	batch.add('a done');
	assert.equal(clock.asked(), 1, 'one hand-over asked for the moment');
	assert.deepEqual(delivered, []);
	clock.runAll();
	assert.deepEqual(delivered, [['a running', 'b running', 'a done']]);
	batch.add('b done');
	clock.runAll();
	assert.deepEqual(delivered, [['a running', 'b running', 'a done'], ['b done']]);
});

test('a flush hands on what is queued at once, and the hand-over asked for is called off', () => {
	const delivered: string[][] = [];
	const clock = byHand();
	const batch = rowBatch<string>(items => delivered.push([...items]), clock.later);
	batch.flush();
	assert.deepEqual(delivered, [], 'nothing queued, nothing handed on');
	batch.add('a done');
	batch.flush();
	assert.deepEqual(delivered, [['a done']]);
	assert.equal(clock.cancelled(), 1);
	batch.add('b done');
	assert.equal(clock.asked(), 2, 'a change after the flush asks for a hand-over of its own');
});

test('a cancel drops what is queued', () => {
	const delivered: string[][] = [];
	const clock = byHand();
	const batch = rowBatch<string>(items => delivered.push([...items]), clock.later);
	batch.add('a done');
	batch.cancel();
	batch.flush();
	assert.deepEqual(delivered, []);
	assert.equal(clock.cancelled(), 1);
});

test('by default a change waits two turns of the loop, so that the input polled between them is read first', async () => {
	const events: string[] = [];
	setImmediate(() => setImmediate(() => events.push('second turn, queued earlier')));
	afterPendingInput(() => events.push('handed on'));
	setImmediate(() => events.push('first turn'));
	for (let turn = 0; turn < 3; turn++) await nextTurn();
	assert.deepEqual(events, ['first turn', 'second turn, queued earlier', 'handed on']);
});

test('by default a cancelled hand-over never runs', async () => {
	let ran = false;
	const cancel = afterPendingInput(() => (ran = true));
	await nextTurn();
	cancel();
	for (let turn = 0; turn < 3; turn++) await nextTurn();
	assert.equal(ran, false);
});
