// The leaf's row budget: what a window of a given height keeps, in which order parts give
// way, and how many actions are listed at once.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {CheckStatus} from '../../source/checks/types.js';
import type {CheckRowState} from '../../source/ui/check-row.js';
import {layoutLeaf, type LeafLayoutInput, type LeafPart} from '../../source/ui/leaf-layout.js';

function row(id: string, status: CheckStatus, summary = 'one short line'): CheckRowState {
	return {id, title: id, state: {id: 'balance', title: id, status, summary, details: {}, durationMs: 1}};
}

/** Every part one row high at 80 columns: the title, 2 check rows, 3 lines, the fix heading, 3 fixes, 2 actions. */
function leaf(overrides: Partial<LeafLayoutInput> = {}): LeafLayoutInput {
	return {
		title: 'Your balance is empty',
		lines: ['line 0', 'line 1', 'line 2'],
		fixes: [
			{id: 'fix0', title: 'fix 0', url: null},
			{id: 'fix1', title: 'fix 1', url: null},
			{id: 'fix2', title: 'fix 2', url: null},
		],
		checks: [row('passed', 'pass'), row('failed', 'fail')],
		actions: ['Quit', 'Start over'],
		notice: undefined,
		width: 80,
		height: 40,
		...overrides,
	};
}

const name = (part: LeafPart) => ('index' in part ? `${part.kind}${part.index}` : part.kind === 'fixHeading' ? 'heading' : part.kind);
const kept = (input: LeafLayoutInput) => layoutLeaf(input).parts.map(name);

/** Rows that are not the parts': breadcrumb + key hints + one spare (3), the title (1), two actions (2). */
const fixedRows = 6;

test('a tall window keeps every part, drawn as checks, lines, the fix heading, fixes', () => {
	assert.deepEqual(kept(leaf()), ['check0', 'check1', 'line0', 'line1', 'line2', 'heading', 'fix0', 'fix1', 'fix2']);
});

test('as the window shrinks, parts give way from the least important: later fixes, later lines, the second fix, passed checks, failed checks, the first fix, the heading, the first line', () => {
	// The order in which parts are kept, most important first (check0 passed, check1 failed).
	const importance = ['line0', 'heading', 'fix0', 'check1', 'check0', 'fix1', 'line1', 'line2', 'fix2'];
	for (let budget = importance.length; budget >= 0; budget--) {
		const expected = new Set(importance.slice(0, budget));
		const drawOrder = ['check0', 'check1', 'line0', 'line1', 'line2', 'heading', 'fix0', 'fix1', 'fix2'];
		assert.deepEqual(
			kept(leaf({height: fixedRows + budget})),
			drawOrder.filter(part => expected.has(part)),
			`${budget} rows for the parts`,
		);
	}
});

test('a part too tall for the rows left gives way, and a smaller, less important one still fits', () => {
	// The first line wraps to 3 rows at 20 columns; 2 rows are left for the parts.
	const input = leaf({width: 20, lines: ['one two three four five six seven eight nine ten eleven'], fixes: [], checks: [row('passed', 'pass')], title: 'Empty'});
	assert.deepEqual(kept({...input, height: fixedRows + 2}), ['check0']);
	assert.deepEqual(kept({...input, height: fixedRows + 4}), ['line0'], 'the first line comes first and takes all 4 rows');
	assert.deepEqual(kept({...input, height: fixedRows + 5}), ['check0', 'line0']);
});

test('a failed check takes the rows its reason wraps to; a passed one takes one row', () => {
	const reason = 'the balance endpoint answered 402 with a body nobody could read at all';
	const input = leaf({width: 30, lines: [], fixes: [], checks: [row('failed', 'fail', reason), row('passed', 'pass', reason)]});
	const failedRows = 3; // "failed: the balance endpoint answered…" at 28 columns
	assert.deepEqual(kept({...input, height: fixedRows + failedRows - 1}), ['check1'], 'the passed row fits, the failed one does not');
	assert.deepEqual(kept({...input, height: fixedRows + failedRows}), ['check0']);
	assert.deepEqual(kept({...input, height: fixedRows + failedRows + 1}), ['check0', 'check1']);
});

test('a fix with a link takes its link rows too; a mailto: link has none', () => {
	const input = leaf({lines: [], checks: [], fixes: [{id: 'top_up', title: 'Top up', url: 'https://platform.deepseek.com/top_up'}]});
	assert.deepEqual(kept({...input, height: fixedRows + 2}), ['heading'], 'heading 1 row, the fix 2 rows');
	assert.deepEqual(kept({...input, height: fixedRows + 3}), ['heading', 'fix0']);
	const mail = leaf({lines: [], checks: [], fixes: [{id: 'support', title: 'Write to support', url: 'mailto:api-service@deepseek.com'}]});
	assert.deepEqual(kept({...mail, height: fixedRows + 2}), ['heading', 'fix0']);
});

test('a notice takes rows from the parts', () => {
	assert.deepEqual(kept(leaf({height: fixedRows + 2, notice: 'Saved.'})), ['line0']);
	assert.deepEqual(kept(leaf({height: fixedRows + 2})), ['line0', 'heading']);
});

test('a short window lists 4 actions at once, a taller one 6; a list that scrolls takes two rows for its marks', () => {
	const letters = (count: number) => Array.from({length: count}, (_, index) => String.fromCodePoint(97 + index));
	const manyLines = leaf({checks: [], fixes: [], lines: letters(30).map(letter => `line ${letter}`)});
	const linesKept = (height: number, actions: number) => kept({...manyLines, height, actions: letters(actions)}).length;
	assert.equal(layoutLeaf({...manyLines, height: 23}).actionLimit, 4);
	assert.equal(layoutLeaf({...manyLines, height: 24}).actionLimit, 6);
	// 30 rows: breadcrumb, hints and a spare row (3), the title (1), the actions.
	assert.equal(linesKept(30, 6), 30 - 3 - 1 - 6);
	assert.equal(linesKept(30, 7), 30 - 3 - 1 - 6 - 2, 'seven actions scroll: six rows and two marks');
	assert.equal(linesKept(23, 4), 23 - 3 - 1 - 4);
	assert.equal(linesKept(23, 5), 23 - 3 - 1 - 4 - 2, 'five actions scroll in a short window');
	// An action label that wraps takes its rows: the tallest labels are counted, wherever they are in the list.
	const longLabel = kept({...manyLines, width: 40, height: 23, actions: [...letters(6), 'Open the top-up page of platform.deepseek.com in your browser']}).length;
	assert.equal(longLabel, 23 - 3 - 1 - (2 + 1 + 1 + 1) - 2);
});
