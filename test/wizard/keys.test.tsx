// Keys that arrive in one chunk (fast typing, a paste, tmux send-keys) each act on the
// screen the key before them led to, not on the last frame drawn.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {focusedLabel, keys, session, world, type Driven} from './helpers.js';

/** Move the list's pointer to the option containing `label`, without picking it. */
async function focus(app: Driven, label: string) {
	for (let moves = 0; moves < 30; moves++) {
		if (focusedLabel(app.lastFrame()).includes(label)) return;
		await app.press(keys.down);
	}
	throw new Error(`No option "${label}" in:\n${app.lastFrame()}`);
}

test('Enter that opens the key field and Backspace in the same chunk: Backspace edits the field, it does not go back', async () => {
	await session(await world('ok', {key: undefined}), async app => {
		await app.choose('Check my balance');
		await app.waitFor('Paste a key');
		await focus(app, 'Paste a key');
		await app.press(`${keys.enter}${keys.backspace}`);
		await app.waitFor('Paste the key, then press Enter');
		await app.type('x');
		await app.waitFor('> *');
		assert.match(app.lastFrame(), /Paste the key/, 'still at the key field');
	});
});
