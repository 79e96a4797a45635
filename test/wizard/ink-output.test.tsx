// The build's ink output stage (scripts/ink-output-plugin.mjs) draws the wizard's real screens
// byte for byte as ink's own does: every frame of "Run every check" to its result, for
// several results, in English and Chinese, with colours on, at 100 × 30 and 40 × 15. Each
// frame ink renders is recorded as what was written to its Output and drawn again through
// the build's (test/unit/ink-output-plugin has the edge cases).
import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import chalk from 'chalk';
import {setLanguage} from '../../source/messages/language.js';
import {wizardText} from '../../source/messages/wizard.js';
import {frameOf, inkOutput, quickOutput, type Operation, type Output} from '../helpers/quick-output.js';
import {drive, walkEveryCheck, world, type Driven} from './helpers.js';

afterEach(() => setLanguage('en'));

type Recorded = {width: number; height: number; operations: Operation[]};

/** Wait until the checks are done and a result with its options stays on screen. */
async function result(app: Driven): Promise<string> {
	let last = '';
	for (let same = 0, tries = 0; same < 5; tries++) {
		const frame = app.lastFrame();
		const done = frame.includes('❯') && !frame.includes(wizardText.probe.questionEverything.slice(0, 12));
		same = done && frame === last ? same + 1 : 0;
		last = frame;
		if (tries > 500) throw new Error(`no result on screen:\n${frame}`);
		await delay(20);
	}
	return last;
}

/** Every frame ink renders while `run` runs: what was written to its Output, and the grid's size. */
async function recording(run: () => Promise<void>): Promise<Recorded[]> {
	const Ink = await inkOutput();
	const recorded: Recorded[] = [];
	const {get} = Ink.prototype;
	const {level} = chalk;
	// Colours on, as runWizard turns them on in a terminal (drive renders to a test stream).
	chalk.level = 1;
	// ink's renderer makes an Output of this very module for each frame.
	Ink.prototype.get = function (this: Output & {width: number; height: number}) {
		recorded.push({width: this.width, height: this.height, operations: [...this.operations]});
		return get.call(this);
	};
	try {
		await run();
	} finally {
		Ink.prototype.get = get;
		chalk.level = level;
	}
	return recorded;
}

test('the build\'s ink output draws every frame of the wizard\'s result screens as ink\'s own does (four results, en and zh-CN, colours on, 100 × 30 and 40 × 15)', async () => {
	const results = new Set<string>();
	const recorded = await recording(async () => {
		for (const language of ['en', 'zh-CN'] as const) {
			for (const size of [{columns: 100, rows: 30}, {columns: 40, rows: 15}]) {
				for (const name of ['ok', 'invalid_key', 'zero_balance', 'status_outage'] as const) {
					setLanguage(language);
					const w = await world(name);
					const app = drive(w.props(), size);
					try {
						await app.waitFor('❯');
						await walkEveryCheck(app);
						results.add(await result(app));
					} finally {
						app.unmount();
						await w.close();
					}
				}
			}
		}
	});
	assert.equal(results.size, 16, 'sixteen different result screens');
	const styled = recorded.filter(frame => frame.operations.some(operation => operation.type === 'write' && operation.text.includes('\u001B[')));
	// Colours are on: at least as many styled frames as result screens (each draws its marks in colour). Not a share of
	// all frames: how many frames a run draws (a spinner's step, rows drawn together or one by one) depends on the
	// machine's speed and on how the check rows are batched.
	assert.ok(styled.length >= results.size, `frames with colours: ${styled.length} of ${recorded.length}`);
	assert.ok(recorded.some(frame => frame.width === 40) && recorded.some(frame => frame.width === 100));
	const [Ink, Quick] = [await inkOutput(), await quickOutput()];
	for (const [index, {width, height, operations}] of recorded.entries()) {
		// Compared as strings first: assert's diff of two long frames takes minutes.
		const [quick, ink] = [frameOf(Quick, width, height, operations), frameOf(Ink, width, height, operations)];
		if (quick !== ink) assert.fail(`frame ${index} of ${recorded.length} differs:\n${JSON.stringify(quick)}\n${JSON.stringify(ink)}`);
	}
});
