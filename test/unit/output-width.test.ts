// Which width the text commands wrap to: the terminal's, else COLUMNS, else the renderer's default.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {outputWidth} from '../../source/text/output-width.js';

test('a terminal: its own width, whatever COLUMNS says', () => {
	assert.equal(outputWidth({COLUMNS: '44'}, {isTTY: true, columns: 120}), 120);
	assert.equal(outputWidth({}, {isTTY: true, columns: 60}), 60);
});

test('a terminal that reports no width: COLUMNS, else none', () => {
	assert.equal(outputWidth({COLUMNS: '50'}, {isTTY: true, columns: 0}), 50);
	assert.equal(outputWidth({}, {isTTY: true, columns: 0}), undefined);
});

test('a pipe or a file: COLUMNS when it is a whole number above 0, else none', () => {
	assert.equal(outputWidth({COLUMNS: '44'}, {}), 44);
	assert.equal(outputWidth({COLUMNS: ' 72 '}, {isTTY: false, columns: 100}), 72);
	for (const columns of [undefined, '', '0', 'wide', '-5', '4.5', '99999']) {
		assert.equal(outputWidth({COLUMNS: columns}, {}), undefined, `COLUMNS=${String(columns)}`);
	}
});
