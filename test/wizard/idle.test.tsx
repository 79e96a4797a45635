// A wizard left open costs nothing once its screen has settled: no timer keeps rendering
// (the "running… 3 s" tick, a spinner) after the checks have ended, at a menu, a result,
// the help or the text field. Measured with a tick of 2 ms: a timer left running would
// render (and read the clock) a hundred times in the window below, where a settled screen
// renders at most for a late save's outcome.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import {drive, keys, openKeyField, walk402, world, type Driven} from './helpers.js';

/** How often the screen was drawn and the clock read while nothing happened for 100+ ticks. */
async function quiet(app: Driven, reads: () => number): Promise<{frames: number; reads: number}> {
	// Let a late save's outcome (the readings, the diagnosis) land first.
	await delay(100);
	const before = {frames: app.raw().length, reads: reads()};
	await delay(250);
	return {frames: app.raw().length - before.frames, reads: reads() - before.reads};
}

const settled = (where: string, counted: {frames: number; reads: number}) => {
	assert.ok(counted.frames <= 2, `${where}: ${counted.frames} frames drawn while idle`);
	assert.ok(counted.reads <= 4, `${where}: the clock read ${counted.reads} times while idle`);
};

test('idle at the start menu, a result after the checks, the help and the key field: nothing keeps rendering', async () => {
	const w = await world('zero_balance');
	let reads = 0;
	let now = 0;
	const clock = () => {
		reads += 1;
		now += 1;
		return now;
	};
	const app = drive(w.props({timing: {clock, tickMs: 2}}));
	try {
		await app.waitFor('What is happening?');
		settled('start menu', await quiet(app, () => reads));
		await walk402(app);
		await app.waitFor('What to do:', 8000);
		settled('result', await quiet(app, () => reads));
		await app.press('?');
		await app.waitFor('Keys');
		settled('help', await quiet(app, () => reads));
		await app.press(keys.escape);
		await app.choose('Start over');
		await app.choose('Check my balance');
		await openKeyField(app);
		await app.type('sk-abc');
		settled('key field', await quiet(app, () => reads));
	} finally {
		app.unmount();
		await w.close();
	}
});
