// How the wizard ends and when it saves (wizard/use-quit.ts): a save waits until the frame
// on screen is written (paint first, save after), and quitting waits for its last frame
// and for a save still under way before it reports the exit code.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {EventEmitter} from 'node:events';
import {setImmediate as nextTurn} from 'node:timers/promises';
// tsx compiles test files with the classic JSX runtime: React must be in scope.
import React, {useEffect} from 'react';
import {render, Text} from 'ink';
import {useQuit, type Quit} from '../../source/wizard/use-quit.js';

/** A terminal that holds the callback of every write until the test lets the writes finish. */
class HeldStdout extends EventEmitter {
	readonly columns = 80;
	readonly rows = 24;
	readonly isTTY = true;
	private readonly held: Array<() => void> = [];

	write = (_frame: string, encodingOrCallback?: BufferEncoding | (() => void), callback?: () => void) => {
		const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
		if (done) this.held.push(done);
		return true;
	};

	/** Every write so far is on the screen. */
	finishWrites() {
		for (const done of this.held.splice(0)) done();
	}
}

/** Hands the hook's controls to the test once mounted. */
function Probe({onReady, onExit}: {onReady: (quit: Quit) => void; onExit: (code: number) => void}) {
	const ending = useQuit(onExit);
	useEffect(() => onReady(ending), [onReady, ending]);
	return <Text>the frame</Text>;
}

async function mount() {
	const stdout = new HeldStdout();
	const exits: number[] = [];
	let controls: Quit | undefined;
	const instance = render(
		<Probe
			onReady={quit => {
				controls = quit;
			}}
			onExit={code => exits.push(code)}
		/>,
		{stdout: stdout as unknown as NodeJS.WriteStream, patchConsole: false, exitOnCtrlC: false},
	);
	await nextTurn();
	assert.ok(controls, 'the probe is mounted');
	return {stdout, exits, controls, instance};
}

/** A few turns of the event loop: enough for anything that does not wait on something. */
async function settle() {
	for (let turn = 0; turn < 5; turn++) await nextTurn();
}

test('a save waits until the frame on screen is written', async () => {
	const {stdout, controls, instance} = await mount();
	let saved = false;
	const save = new Promise<void>(resolve => {
		controls.saveAfterPaint(async () => {
			saved = true;
			resolve();
		});
	});
	await settle();
	assert.equal(saved, false, 'nothing is saved before the frame is out');
	stdout.finishWrites();
	await save;
	instance.unmount();
});

test('quitting waits for a save under way, then reports the exit code', async () => {
	const {stdout, exits, controls} = await mount();
	let finishSave = () => {};
	controls.saveAfterPaint(() => new Promise<void>(resolve => (finishSave = resolve)));
	await settle();
	stdout.finishWrites();
	await settle();
	controls.setExitCode(1);
	controls.quit();
	assert.equal(controls.signal.aborted, true, 'quitting aborts what is running');
	await settle();
	// The last frame (the record of the walk) is written first.
	stdout.finishWrites();
	await settle();
	assert.deepEqual(exits, [], 'the exit waits for the save');
	finishSave();
	await settle();
	assert.deepEqual(exits, [1]);
});

test('quitting waits until its last frame is written before it reports the exit code', async () => {
	const {stdout, exits, controls} = await mount();
	stdout.finishWrites();
	controls.quit();
	await settle();
	assert.deepEqual(exits, [], 'the last frame is not out yet');
	stdout.finishWrites();
	await settle();
	assert.deepEqual(exits, [0]);
});

/** A terminal that finishes each write at once (as a real one does soon after), keeping every frame. */
class PromptStdout extends EventEmitter {
	readonly columns = 80;
	readonly rows = 24;
	readonly isTTY = true;
	readonly frames: string[] = [];

	write = (frame: string, encodingOrCallback?: BufferEncoding | (() => void), callback?: () => void) => {
		this.frames.push(frame);
		const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
		if (done) process.nextTick(done);
		return true;
	};
}

/** A screen that moves on to "the result" and asks for a save in the same moment, as a check run's end does. */
function MovesOn({onReady}: {onReady: (moveOn: (save: () => Promise<unknown>) => void) => void}) {
	const ending = useQuit(undefined);
	const [screen, setScreen] = React.useState('the checks');
	const {saveAfterPaint} = ending;
	useEffect(
		() =>
			onReady(save => {
				setScreen('the result');
				saveAfterPaint(save);
			}),
		[onReady, saveAfterPaint],
	);
	return <Text>{screen}</Text>;
}

test('a save asked for with a new screen starts only once that screen is written', async () => {
	const stdout = new PromptStdout();
	let moveOn: ((save: () => Promise<unknown>) => void) | undefined;
	// Interactive, as the app renders it (app.tsx): under CI=true ink would otherwise write only its last frame.
	const instance = render(<MovesOn onReady={ready => (moveOn = ready)} />, {stdout: stdout as unknown as NodeJS.WriteStream, patchConsole: false, exitOnCtrlC: false, interactive: true});
	await settle();
	assert.ok(moveOn, 'the screen is mounted');
	const seenAtSave = await new Promise<string>(resolve => {
		moveOn!(async () => resolve(stdout.frames.join('')));
	});
	assert.match(seenAtSave, /the result/, 'the new screen is on the terminal before the save starts');
	instance.unmount();
});
