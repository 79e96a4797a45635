// The end of the wizard in a real terminal (the built CLI in a pseudo-terminal): after q
// the record of the walk is written once, as the last thing, with no frame drawn after it.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {keysOnScreens, runInTerminal, terminalAvailable, words, type KeyStep} from '../helpers/terminal.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const fake = useFake();

const count = (text: string, part: string) => text.split(part).length - 1;

test('q after the 402 walk: the record once, last, and exit 1', {skip: !terminalAvailable && 'no util-linux `script` here'}, async () => {
	fake().setScenario('zero_balance');
	// What must be on show (looked for after the previous step's), and the key to press then.
	// Down and Up first: the pointer moves only once the wizard reads keys itself (raw mode);
	// an Enter before that would be the terminal's own.
	const walk = keysOnScreens([
		['What is happening?', '\u001B[B'],
		['❯ They fail with something else', '\u001B[A'],
		['❯ My calls fail with 402', '\r'],
		['Which program makes the calls', '\r'],
		['Which address (base URL)', '\r'],
		['Which API key does it use?', '\r'],
		['Your DeepSeek balance is empty', 'q'],
	] satisfies KeyStep[]);
	const run = await runInTerminal([], {...fakeEnv(fake(), 'zero_balance'), TERM: 'xterm-256color'}, {react: walk.react});
	assert.deepEqual(walk.left(), [], run.output);
	assert.equal(run.code, 1, run.output);
	const seen = words(run.output);
	const record = '✔ What is happening? · My calls fail with 402 Insufficient Balance';
	assert.equal(count(seen, record), 1, seen);
	assert.equal(count(seen, '✔ Which API key does it use? · The key in DEEPSEEK_API_KEY (sk-…cdef)'), 1, seen);
	const after = seen.slice(seen.indexOf(record));
	assert.match(after, /✖ Your DeepSeek balance is empty\r?\n {2}→ Top up your balance/);
	assert.match(after, /https:\/\/platform\.deepseek\.com\/top_up/);
	assert.doesNotMatch(after, /❯|Enter pick|What to do:/, 'nothing of the screens after the record');
});
