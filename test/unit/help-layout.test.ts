// The help's rows and their budget (layoutHelp), and its state (helpReducer): rows fitted
// to the width in both languages, the settings file shown whole, a window that scrolls
// between its marks and never past either end.
import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {setLanguage} from '../../source/messages/language.js';
import {layoutHelp, screenRows, type HelpRow} from '../../source/ui/frame-layout.js';
import {helpRows} from '../../source/ui/screens/help.js';
import {displayWidth} from '../../source/text/width.js';
import {helpReducer} from '../../source/wizard/use-help.js';

afterEach(() => setLanguage('en'));

const file = '/home/someone-with-a-long-name/.config/deepseek-fix/config.json';
const rows = (count: number): HelpRow[] => Array.from({length: count}, (_, index) => ({text: `row ${index}`}));

for (const language of ['en', 'zh-CN'] as const) {
	for (const width of [40, 60, 100]) {
		test(`helpRows in ${language} at ${width} columns: no row wider than the window, the settings file whole`, () => {
			setLanguage(language);
			const help = helpRows(width, file);
			for (const row of help) assert.ok(displayWidth(row.text) <= width, `wider than ${width}: "${row.text}"`);
			const joined = help.map(row => row.text.trim()).join('');
			assert.ok(joined.includes(file), 'the path, broken over rows, adds up to the file');
			assert.ok(help.some(row => row.bold), 'headings');
		});
	}
}

test('helpRows: keys beside what they do where there is room, over it where not', () => {
	const wide = helpRows(100, file).map(row => row.text);
	assert.ok(wide.some(text => /^ {2}deepseek-fix balance --below 5 {2}exit code 1/.test(text)), wide.join('\n'));
	const narrow = helpRows(40, file).map(row => row.text);
	const at = narrow.indexOf('  deepseek-fix balance --below 5');
	assert.ok(at !== -1, narrow.join('\n'));
	assert.match(narrow[at + 1] ?? '', /^ {4}exit code 1/);
	assert.ok(narrow.some(text => /^ {2}Esc +back a step \(Backspace too\)$/.test(text)), 'the keys stay in two columns at 40');
});

test('layoutHelp: all rows when they fit, no marks and nothing to scroll', () => {
	const layout = layoutHelp(rows(5), 15, 3);
	assert.deepEqual(layout, {rows: rows(5), above: 0, below: 0, maxOffset: 0});
	assert.equal(layoutHelp(rows(screenRows(15)), 15, 0).maxOffset, 0, 'exactly the screen\'s rows still fit');
});

test('layoutHelp: a window between two mark rows, its offset clamped to both ends', () => {
	const budget = screenRows(15);
	const all = rows(30);
	const top = layoutHelp(all, 15, 0);
	assert.equal(top.rows.length, budget - 2, 'two rows for the marks');
	assert.equal(top.above, 0);
	assert.equal(top.below, 30 - (budget - 2));
	assert.equal(top.maxOffset, 30 - (budget - 2));
	const end = layoutHelp(all, 15, 1000);
	assert.equal(end.above, top.maxOffset);
	assert.equal(end.below, 0);
	assert.deepEqual(end.rows.at(-1), all.at(-1));
	assert.equal(layoutHelp(all, 15, -5).above, 0);
	assert.equal(layoutHelp(all, 15, 4).rows[0]?.text, 'row 4');
});

test('helpReducer: opens at the top, scrolls within 0…max, closes (and opens at the top again)', () => {
	let state = helpReducer({open: false, offset: 0}, {type: 'open'});
	assert.deepEqual(state, {open: true, offset: 0});
	state = helpReducer(state, {type: 'scroll', by: 3, max: 5});
	assert.equal(state.offset, 3);
	state = helpReducer(state, {type: 'scroll', by: 10, max: 5});
	assert.equal(state.offset, 5, 'not past the end');
	state = helpReducer(state, {type: 'scroll', by: Number.NEGATIVE_INFINITY, max: 5});
	assert.equal(state.offset, 0, 'Home');
	assert.equal(helpReducer(state, {type: 'scroll', by: -1, max: 5}), state, 'not before the top: the same state');
	state = helpReducer(helpReducer(state, {type: 'scroll', by: 2, max: 5}), {type: 'close'});
	assert.deepEqual(state, {open: false, offset: 0});
	assert.deepEqual(helpReducer(state, {type: 'open'}), {open: true, offset: 0});
});
