// colourWanted: the one rule for colour in the text reports and the wizard.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {colourWanted} from '../../source/text/colour.js';

const tty = {isTTY: true};
const pipe = {isTTY: false};

test('colour only on a terminal, unless NO_COLOR, TERM=dumb or FORCE_COLOR say otherwise', () => {
	const rows: Array<[Record<string, string>, {isTTY: boolean}, boolean]> = [
		[{}, tty, true],
		[{}, pipe, false],
		[{TERM: 'xterm-256color'}, tty, true],
		[{NO_COLOR: '1'}, tty, false],
		[{NO_COLOR: 'false'}, tty, false], // any non-empty value
		[{NO_COLOR: ''}, tty, true], // empty is unset
		[{TERM: 'dumb'}, tty, false],
		[{FORCE_COLOR: '1'}, pipe, true],
		[{FORCE_COLOR: 'true'}, pipe, true],
		[{FORCE_COLOR: '3'}, pipe, true],
		[{FORCE_COLOR: '1', NO_COLOR: '1'}, pipe, true],
		[{FORCE_COLOR: '1', TERM: 'dumb'}, tty, true],
		[{FORCE_COLOR: '0'}, tty, false],
		[{FORCE_COLOR: 'false'}, tty, false],
		[{FORCE_COLOR: ''}, pipe, false], // empty is unset
	];
	for (const [env, output, expected] of rows) assert.equal(colourWanted(env, output), expected, `${JSON.stringify(env)} ${output.isTTY ? 'tty' : 'pipe'}`);
});
