import {test} from 'node:test';
import assert from 'node:assert/strict';
import process from 'node:process';
import {setImmediate as nextTurn} from 'node:timers/promises';
import {stopOnSignals} from '../../source/stop-signals.js';

test('stopOnSignals: the first SIGTERM or SIGHUP aborts and says "Stopped (…)." with 143 or 129; a second one exits at once', async () => {
	for (const [signal, code] of [['SIGTERM', 143], ['SIGHUP', 129], ['SIGINT', 130]] as const) {
		const controller = new AbortController();
		const exits: number[] = [];
		const stopping = stopOnSignals(controller, exitCode => exits.push(exitCode));
		try {
			process.emit(signal);
			assert.equal(controller.signal.aborted, true);
			assert.deepEqual(stopping.ended(), {line: signal === 'SIGINT' ? 'Cancelled.' : `Stopped (${signal}).`, code});
			assert.deepEqual(exits, []);
			process.emit(signal);
			assert.deepEqual(exits, [code]);
		} finally {
			stopping.remove();
		}
	}
});

test('stopOnSignals: the signal conf\'s atomic writer raises again (a `once` listener that re-raises it) is no second signal', async () => {
	const controller = new AbortController();
	const exits: number[] = [];
	const stopping = stopOnSignals(controller, exitCode => exits.push(exitCode));
	// As when-exit does: listen once, then raise the same signal again (it arrives a turn later).
	process.once('SIGTERM', () => setImmediate(() => process.emit('SIGTERM')));
	try {
		process.emit('SIGTERM');
		await nextTurn();
		await nextTurn();
		assert.equal(controller.signal.aborted, true);
		assert.deepEqual(exits, [], 'the echo does not end the run at once');
		process.emit('SIGTERM');
		assert.deepEqual(exits, [143], 'a real second signal does');
	} finally {
		stopping.remove();
	}
});
