// The leaf's row budget: what a window of a given height keeps, in which order parts give
// way, and how many actions are listed at once.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {CheckStatus} from '../../source/checks/types.js';
import type {CheckRowState} from '../../source/ui/check-row-state.js';
import {firstClauseEnd, layoutLeaf, layoutSaidOnce, scriptLines, type LeafLayoutInput, type LeafPart} from '../../source/ui/leaf-layout.js';
import {layoutHelp} from '../../source/ui/frame-layout.js';
import {helpRows} from '../../source/ui/screens/help.js';
import {setLanguage} from '../../source/messages/language.js';
import {wizardText} from '../../source/messages/wizard.js';
import {setShell} from '../../source/text/shell.js';
import {displayWidth} from '../../source/text/width.js';

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

const name = (part: LeafPart) => (part.kind === 'fixHeading' ? 'heading' : part.kind === 'moreFixes' ? `more${part.count}` : 'index' in part ? `${part.kind}${part.index}` : part.kind);
const kept = (input: LeafLayoutInput) => layoutLeaf(input).parts.map(name);

/** Rows that are not the parts': breadcrumb + key hints + one spare (3), the title (1), two actions (2). */
const fixedRows = 6;

test('a tall window keeps every part, drawn as checks, lines, the fix heading, fixes', () => {
	assert.deepEqual(kept(leaf()), ['check0', 'check1', 'line0', 'line1', 'line2', 'heading', 'fix0', 'fix1', 'fix2']);
});

test('as the window shrinks, parts give way from the least important, and hidden fixes leave a mark', () => {
	// check0 passed, check1 failed; the heading comes only with the first fix (2 rows together).
	const byBudget: Record<number, string[]> = {
		9: ['check0', 'check1', 'line0', 'line1', 'line2', 'heading', 'fix0', 'fix1', 'fix2'],
		8: ['check0', 'check1', 'line0', 'line1', 'heading', 'fix0', 'fix1', 'more1'],
		7: ['check0', 'check1', 'line0', 'heading', 'fix0', 'fix1', 'more1'],
		// Fixes are never hidden without a word: the mark comes right after the first fix,
		// before the passed check, the second fix, the failed check and the explanation.
		6: ['check0', 'check1', 'line0', 'heading', 'fix0', 'more2'],
		5: ['check1', 'line0', 'heading', 'fix0', 'more2'],
		4: ['line0', 'heading', 'fix0', 'more2'],
		3: ['heading', 'fix0', 'more2'],
		// The first fix and the mark do not fit together: the first fix stays.
		2: ['heading', 'fix0'],
		// No fix fits: the mark says there are three.
		1: ['more3'],
		0: [],
	};
	for (const [budget, expected] of Object.entries(byBudget)) {
		assert.deepEqual(kept(leaf({height: fixedRows + Number(budget)})), expected, `${budget} rows for the parts`);
	}
});

test('a part too tall for the rows left gives way, and a smaller, less important one still fits', () => {
	// The fix and its heading take 5 rows at 20 columns; the passed check 2 (1 when cut).
	const input = leaf({width: 20, lines: [], fixes: [{id: 'fix0', title: 'one two three four five six seven eight nine ten eleven', url: null}], checks: [row('passed', 'pass')], title: 'Empty'});
	assert.deepEqual(kept({...input, height: fixedRows + 1}), ['more1'], 'not even the fix cut to one row fits: the mark says it is there, before the check');
	assert.deepEqual(kept({...input, height: fixedRows + 5}), ['heading', 'fix0'], 'the fix comes first and takes all 5 rows');
	assert.deepEqual(kept({...input, height: fixedRows + 6}), ['check0', 'heading', 'fix0']);
});

test('a later fix never takes the place of an earlier one that did not fit: the fixes after it give way too', () => {
	// At 20 columns the second fix wraps to 4 rows, the others take one; the heading one more.
	const fixes = [
		{id: 'fix0', title: 'fix 0', url: null},
		{id: 'fix1', title: 'one two three four five six seven eight nine ten eleven', url: null},
		{id: 'fix2', title: 'fix 2', url: null},
	];
	const input = leaf({width: 20, lines: [], fixes, checks: [], title: 'Empty'});
	// Before, the third fix took the row the second could not use: "Or …" under a fix it was no alternative to, the one that mattered more hidden.
	assert.deepEqual(kept({...input, height: fixedRows + 4}), ['heading', 'fix0', 'more2']);
	assert.deepEqual(kept({...input, height: fixedRows + 6}), ['heading', 'fix0', 'more2']);
	assert.deepEqual(kept({...input, height: fixedRows + 7}), ['heading', 'fix0', 'fix1', 'fix2']);
});

test('a first fix too tall for the rows left keeps its heading, its title cut to one row and its whole link, before any check', () => {
	// At 20 columns the title wraps to 4 rows and the link, shown without https://, to 2; cut, the fix and its heading take 4.
	const fix = {id: 'fix0', title: 'one two three four five six seven eight nine ten eleven', url: 'https://platform.deepseek.com/api_keys'};
	const input = leaf({width: 20, lines: [], fixes: [fix], checks: [row('passed', 'pass')], title: 'Empty'});
	const fixParts = (height: number) => layoutLeaf({...input, height}).parts.map(part => (part.kind === 'fix' ? `fix0 ${part.titleRows ?? 'whole'}` : name(part)));
	assert.deepEqual(fixParts(fixedRows + 3), ['check0', 'more1'], 'the cut fix needs 4 rows: the mark says it is there');
	assert.deepEqual(fixParts(fixedRows + 4), ['heading', 'fix0 1']);
	assert.deepEqual(fixParts(fixedRows + 7), ['heading', 'fix0 whole']);
});

test('a tiny window keeps the start of the first line and the first fix, before the rest of the first line', () => {
	// The first line wraps to 4 rows at 40 columns; the fix and its heading take 2.
	const input = leaf({width: 40, lines: ['one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'], fixes: [{id: 'fix0', title: 'Top up', url: null}], checks: []});
	const lineRows = (height: number) => layoutLeaf({...input, height}).parts.map(part => (part.kind === 'line' ? `line0 ${part.rows ?? 'whole'}` : name(part)));
	assert.deepEqual(lineRows(fixedRows + 4), ['line0 2', 'heading', 'fix0'], 'the first two rows of why, and the fix');
	assert.deepEqual(lineRows(fixedRows + 5), ['line0 3', 'heading', 'fix0'], 'the rest of the line before more actions');
	assert.deepEqual(lineRows(fixedRows + 6), ['line0 whole', 'heading', 'fix0']);
	assert.deepEqual(lineRows(fixedRows + 3), ['heading', 'fix0'], 'no room for the fix beside the start of why: the fix stays, the line gives way');
});

test('a first fix cut keeps its first clause, before the start of why; with rows to spare, more of it before the rest of why, the other fixes and the checks', () => {
	// At 40 columns the title wraps to 7 rows, its first clause (through "(REQUESTS_CA_BUNDLE),") to 4; the first line to 4.
	const fix0 = {id: 'fix0', title: 'Put the certificate of "Corp Root CA" in one file with those of /etc/ssl/corp.pem (REQUESTS_CA_BUNDLE), and point NODE_EXTRA_CA_CERTS at that file, then run your program again from the same shell', url: null};
	const input = leaf({
		width: 40,
		checks: [row('failed', 'fail')],
		lines: ['one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'],
		fixes: [fix0, {id: 'fix1', title: 'fix 1', url: null}],
	});
	const parts = (height: number) => layoutLeaf({...input, height}).parts.map(part => (part.kind === 'fix' ? `fix${part.index} ${part.titleRows ?? 'whole'}` : part.kind === 'line' ? `line0 ${part.rows ?? 'whole'}` : name(part)));
	assert.deepEqual(parts(fixedRows + 6), ['heading', 'fix0 4', 'more1'], 'the clause with the mark, not its first row with the start of why');
	assert.deepEqual(parts(fixedRows + 7), ['heading', 'fix0 5', 'more1'], 'a row more goes to the fix, not to why or the failed check');
	assert.deepEqual(parts(fixedRows + 9), ['heading', 'fix0 whole', 'more1']);
	assert.deepEqual(parts(fixedRows + 11), ['line0 2', 'heading', 'fix0 whole', 'more1']);
	// Its third row holds only the path /etc/ssl/corp.pem, which a cut there would break: left out, its row to the mark.
	assert.deepEqual(parts(fixedRows + 4), ['heading', 'fix0 2', 'more1'], 'not even the clause fits: what fits, less a row a cut path would end');
});

test('a fix\'s first clause ends at its first comma, semicolon, colon or full stop outside brackets, quotes and commands', () => {
	const clause = (title: string) => title.slice(0, firstClauseEnd(title));
	assert.equal(clause('Put "a, b" (c, d) in e.pem (f), and point g at it'), 'Put "a, b" (c, d) in e.pem (f),');
	assert.equal(clause('Run `a; b` again: it helps'), 'Run `a; b` again:');
	assert.equal(clause('Set a proxy, e.g. Clash, first'), 'Set a proxy,');
	assert.equal(clause('Use https://example.com/a.b today'), 'Use https://example.com/a.b today');
	assert.equal(clause('把“a，b”的证书（c，d）放进同一个文件，再把 e 指向它'), '把“a，b”的证书（c，d）放进同一个文件，');
	assert.equal(clause('Top up'), 'Top up');
});

test('a first line cut so short that it only says the title again is left out: its rows go to the rest', () => {
	// At 40 columns, cut to 2 rows the line shows "127.0.0.1:3000 has blocked your / account there…": the title and one word.
	const title = '127.0.0.1:3000 has blocked your account';
	const line = `${title} there (HTTP 403 "用户已被封禁 (request id: 2026120503233628004)"): it refuses every call from that account, whatever key you send.`;
	const input = leaf({width: 40, title, lines: [line], fixes: [{id: 'fix0', title: 'Ask whoever runs it', url: null}, {id: 'fix1', title: 'Or use DeepSeek', url: null}], checks: []});
	const lineRows = (overrides: Partial<LeafLayoutInput>) => layoutLeaf({...input, ...overrides}).parts.map(part => (part.kind === 'line' ? `line0 ${part.rows ?? 'whole'}` : name(part)));
	// The title takes 2 rows at 40 columns: one more than fixedRows counts.
	const titled = fixedRows + 1;
	assert.deepEqual(lineRows({height: titled + 4}), ['heading', 'fix0', 'more1'], 'cut to 2 rows it would only repeat the title: left out');
	assert.deepEqual(lineRows({height: titled + 5}), ['heading', 'fix0', 'fix1'], 'its rows go to the fixes');
	assert.deepEqual(lineRows({height: titled + 6}), ['line0 3', 'heading', 'fix0', 'more1'], 'cut to 3 rows it shows the answer\'s words: kept');
	assert.deepEqual(lineRows({height: titled + 8}), ['line0 whole', 'heading', 'fix0', 'fix1']);
	// Another title over the same cut: the line adds to it, so it stays.
	assert.deepEqual(lineRows({title: 'Account blocked', height: fixedRows + 5}), ['line0 2', 'heading', 'fix0', 'more1']);
	// In Chinese, each character is a word: a cut that shows only the start of a long title is left out too.
	const zhTitle = '127.0.0.1:3000 封禁了你在那里的账号：无论发送哪个密钥它都会拒绝这个账号的所有调用';
	const zh = leaf({width: 40, title: zhTitle, lines: [`${zhTitle}，换一个密钥或充值都没有用，只有运行它的人能解除封禁。`], fixes: [{id: 'fix0', title: '请管理员解除封禁', url: null}], checks: []});
	const zhRows = (height: number) => layoutLeaf({...zh, height}).parts.map(part => (part.kind === 'line' ? `line0 ${part.rows ?? 'whole'}` : name(part)));
	// The title takes 3 rows at 40 columns.
	assert.deepEqual(zhRows(fixedRows + 2 + 4), ['heading', 'fix0'], 'cut to 2 rows it shows the title\'s first two rows');
	assert.deepEqual(zhRows(fixedRows + 2 + 5), ['line0 3', 'heading', 'fix0'], 'cut to 3 rows it goes past the title: kept');
});

test('a check row takes the rows its result wraps to, passed or not; short of rows it is cut to one row', () => {
	const reason = 'the balance endpoint answered 402 with a body nobody could read at all';
	const input = leaf({width: 30, lines: [], fixes: [], checks: [row('failed', 'fail', reason), row('passed', 'pass', reason)]});
	const wrapped = 3; // "failed: the balance endpoint answered…" at 28 columns
	const cuts = (height: number) => layoutLeaf({...input, height}).parts.map(part => (part.kind === 'check' ? `${name(part)}${part.cut ? ' cut' : ''}` : name(part)));
	assert.deepEqual(cuts(fixedRows + 1), ['check0 cut'], 'what went wrong first, cut to the row there is');
	assert.deepEqual(cuts(fixedRows + wrapped), ['check0']);
	assert.deepEqual(cuts(fixedRows + wrapped + 1), ['check0', 'check1 cut'], 'a passed row with more to say is cut, not dropped');
	assert.deepEqual(cuts(fixedRows + wrapped * 2), ['check0', 'check1'], 'and shown whole when the rows are there');
});

test('a fix with a link takes its link rows too; a mailto: link has none', () => {
	const input = leaf({lines: [], checks: [], fixes: [{id: 'top_up', title: 'Top up', url: 'https://platform.deepseek.com/top_up'}]});
	assert.deepEqual(kept({...input, height: fixedRows + 2}), ['more1'], 'heading 1 row, the fix 2 rows: all or nothing (and the mark says so)');
	assert.deepEqual(kept({...input, height: fixedRows + 3}), ['heading', 'fix0']);
	const mail = leaf({lines: [], checks: [], fixes: [{id: 'support', title: 'Write to support', url: 'mailto:api-service@deepseek.com'}]});
	assert.deepEqual(kept({...mail, height: fixedRows + 2}), ['heading', 'fix0']);
});

test('a notice takes rows from the parts; in a tiny window the notice and then the title are cut, the actions stay', () => {
	assert.deepEqual(kept(leaf({height: fixedRows + 3, notice: 'Saved.'})), ['heading', 'fix0']);
	assert.deepEqual(kept(leaf({height: fixedRows + 3})), ['heading', 'fix0', 'more2']);
	const long = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen';
	const tiny = layoutLeaf(leaf({width: 20, height: 9, title: long, notice: long}));
	// 6 rows between the breadcrumb and the hints: the actions' 2, then 1 for the notice at least, the title gets 3.
	assert.deepEqual({title: tiny.titleRows, notice: tiny.noticeRows, actions: tiny.actionRows, parts: tiny.parts}, {title: 3, notice: 1, actions: 2, parts: []});
});

test('actions: a short window lists 4 at once, a taller one 6, with two rows for the marks when they scroll; a small window shrinks them before the first fix', () => {
	const letters = (count: number) => Array.from({length: count}, (_, index) => String.fromCodePoint(97 + index));
	const manyLines = leaf({checks: [], fixes: [], lines: letters(30).map(letter => `line ${letter}`)});
	const linesKept = (height: number, actions: number) => kept({...manyLines, height, actions: letters(actions)}).length;
	assert.equal(layoutLeaf({...manyLines, height: 23, actions: letters(9)}).actionRows, 4 + 2);
	assert.equal(layoutLeaf({...manyLines, height: 24, actions: letters(9)}).actionRows, 6 + 2);
	assert.equal(layoutLeaf({...manyLines, height: 24, actions: letters(5)}).actionRows, 5, 'a list that fits takes its rows, no marks');
	// 30 rows: breadcrumb, hints and a spare row (3), the title (1), the actions.
	assert.equal(linesKept(30, 6), 30 - 3 - 1 - 6);
	assert.equal(linesKept(30, 7), 30 - 3 - 1 - 7, 'seven actions take no more rows than six and two marks: all show');
	assert.equal(linesKept(30, 9), 30 - 3 - 1 - 6 - 2, 'nine actions scroll: six rows and two marks');
	assert.equal(linesKept(23, 4), 23 - 3 - 1 - 4);
	assert.equal(linesKept(23, 7), 23 - 3 - 1 - 4 - 2, 'seven actions scroll in a short window');
	// An action label that wraps takes its rows: the tallest labels are counted, wherever they are in the list.
	const longLabel = kept({...manyLines, width: 40, height: 23, actions: [...letters(8), 'Open the top-up page of platform.deepseek.com in a browser']}).length;
	assert.equal(longLabel, 23 - 3 - 1 - (2 + 1 + 1 + 1) - 2);
	// 12 rows: 9 between the breadcrumb and the hints. The title 1; a fix with its heading and link 3;
	// the actions keep the focused one and both marks (3) and get the 2 rows left, not the 6 they could use.
	const small = layoutLeaf(leaf({height: 12, lines: [], checks: [], fixes: [{id: 'top_up', title: 'Top up', url: 'https://platform.deepseek.com/top_up'}], actions: letters(8)}));
	assert.deepEqual(small.parts.map(name), ['heading', 'fix0']);
	assert.equal(small.actionRows, 9 - 1 - 3);
});

/** Like a gateway's "token used up" result: a finding restated by a check row, a long why, two fixes with links, the script command, eight actions. */
function gatewayLeaf(width: number, height: number): LeafLayoutInput {
	return {
		title: "Your gateway's token is used up",
		lines: ['Your calls go to One API, not DeepSeek, and the key or token you use there has run out of credit: top it up or raise its limit in One API, or ask whoever runs it. Your DeepSeek balance does not matter for these calls.'],
		fixes: [
			{id: 'relay_top_up', title: 'Top up on One API (not on DeepSeek)', url: 'https://shop.example.com/topup'},
			{id: 'use_deepseek', title: "To use your DeepSeek account, set the base URL to https://api.deepseek.com and use a DeepSeek key", url: null},
		],
		checks: [row('balance', 'fail', "This token's quota on One API is used up (0.00 USD left): top up on the gateway, or ask its administrator."), row('route', 'warn', 'Calls go to One API (127.0.0.1:43827), not to DeepSeek: its own balance applies.')],
		restated: 'balance',
		restatedCarries: true,
		script: {command: 'deepseek-fix check --base-url http://127.0.0.1:43827/v1'},
		actions: ['Open shop.example.com/topup', 'Also check my DeepSeek account (needs a DeepSeek key)', 'Check again', 'Copy the link: shop.example.com/topup', 'Save a support report (no key in it)', 'Remember these settings for next time', 'Start over', 'Quit'],
		notice: undefined,
		width,
		height,
	};
}

test('a gateway result: in a small window the second fix is hidden and the mark says so, before the explanation, the other check and the actions beyond the focused one', () => {
	const byWindow: Record<string, string[]> = {
		'40×12': ['heading', 'fix0', 'more1'],
		// One row left for why: its first row, which holds its first clause ("Your calls go to One API,").
		'40×15': ['check0', 'line0', 'heading', 'fix0', 'more1'],
		'60×16': ['check0', 'line0', 'heading', 'fix0', 'more1'],
		'60×20': ['check0', 'line0', 'heading', 'fix0', 'more1'],
		'100×20': ['check0', 'check1', 'line0', 'heading', 'fix0', 'more1'],
		'100×30': ['check0', 'check1', 'line0', 'heading', 'fix0', 'fix1', 'script'],
	};
	for (const [window, expected] of Object.entries(byWindow)) {
		const [width, height] = window.split('×').map(Number);
		assert.deepEqual(layoutLeaf(gatewayLeaf(width ?? 0, height ?? 0)).parts.map(name), expected, window);
	}
});

test('at every window size from 40×12 to 100×40, a leaf that hides fixes says how many, and keeps the first fix while it fits', () => {
	const fixesWithMark = (parts: readonly LeafPart[]) => parts.filter(part => part.kind === 'fix').length + parts.reduce((sum, part) => sum + (part.kind === 'moreFixes' ? part.count : 0), 0);
	for (let width = 40; width <= 100; width += 5) {
		for (let height = 12; height <= 40; height++) {
			for (const input of [gatewayLeaf(width, height), leaf({width, height})]) {
				const {parts} = layoutLeaf(input);
				const at = `${width}×${height}: ${parts.map(name).join(' ')}`;
				assert.equal(fixesWithMark(parts), input.fixes.length, `every fix shown or counted, ${at}`);
				assert.ok(parts.some(part => part.kind === 'fix' && part.index === 0), `the first fix, ${at}`);
			}
		}
	}
});

test('when the mark\'s row would cut the first fix, the fix stays whole and the start of why gives way', () => {
	// At 40 columns the first line wraps to 4 rows (2 before the fix), the first fix to 2 (with its heading 3, cut 2).
	const input = leaf({
		width: 40,
		checks: [],
		lines: ['one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'],
		fixes: [
			{id: 'fix0', title: 'Rotate the key: delete it and create a new one', url: null},
			{id: 'fix1', title: 'fix 1', url: null},
		],
	});
	const parts = (height: number) => layoutLeaf({...input, height}).parts.map(part => (part.kind === 'fix' ? `fix${part.index} ${part.titleRows ?? 'whole'}` : part.kind === 'line' ? `line0 ${part.rows ?? 'whole'}` : name(part)));
	assert.deepEqual(parts(fixedRows + 5), ['heading', 'fix0 whole', 'more1'], 'not the start of why with the fix cut');
	assert.deepEqual(parts(fixedRows + 6), ['line0 2', 'heading', 'fix0 whole', 'more1']);
	assert.deepEqual(parts(fixedRows + 3), ['heading', 'fix0 1', 'more1'], 'cut, with the mark, when whole does not fit beside it');
});

test('what changed comes with its heading or not at all: never "What changed since the last check:" with nothing under it', () => {
	const input = leaf({lines: [], fixes: [], checks: [], changes: ['⚠ Still wrong: Network', '✔ Now fine: Balance']});
	assert.deepEqual(kept({...input, height: fixedRows + 3}), ['changesHeading', 'change0', 'change1']);
	assert.deepEqual(kept({...input, height: fixedRows + 2}), ['changesHeading', 'change0']);
	assert.deepEqual(kept({...input, height: fixedRows + 1}), [], 'one row left: not the heading alone, nor a change without it');
});

test('an action label that wraps gives its row to the first line when the first line lacks it (cut to one row with "…"), and keeps it when the first line fits anyway', () => {
	const narrow = leaf({
		title: 'DeepSeek does not accept this key (401)',
		lines: ['This tool sent the key ending …cdef, but DeepSeek received one ending …3210: something between here and DeepSeek (a proxy, a relay or a gateway) replaced it.'],
		fixes: [
			{id: 'fix0', title: 'Check HTTPS_PROXY / HTTP_PROXY / NO_PROXY: the proxy refused or rewrote the connection', url: null},
			{id: 'fix1', title: 'fix 1', url: null},
		],
		checks: [],
		actions: ['Check again', 'Open platform.deepseek.com/api_keys', 'Copy the link: platform.deepseek.com/api_keys', 'Save a support report', 'Remember', 'Start over', 'Quit'],
		width: 40,
		height: 15,
	});
	const layout = layoutLeaf(narrow);
	assert.equal(layout.actionsOneRow, true);
	assert.equal(layout.actionRows, 3, 'the focused action (one row) and both marks');
	assert.deepEqual(layout.parts.find(part => part.kind === 'line'), {kind: 'line', index: 0, rows: 2});
	const tall = layoutLeaf({...narrow, height: 30});
	assert.equal(tall.actionsOneRow, false, 'the first line fits whole: labels wrap as usual');
	const short = layoutLeaf({...narrow, lines: ['Short.']});
	assert.equal(short.actionsOneRow, false);
});

test('a fix\'s link that an action opens or copies is the first thing a short window leaves out: the fix stays and the first line gets the row; a link no action repeats stays', () => {
	const url = 'https://platform.deepseek.com/api_keys';
	const input = leaf({
		title: 'Key refused (401)',
		// Three rows at 40 columns.
		lines: ['DeepSeek received this very key and refuses it: it was deleted, or it belongs to another account.', 'line 1'],
		fixes: [{id: 'fix0', title: 'Check which key your tool sends', url}],
		checks: [],
		actions: ['Open platform.deepseek.com/api_keys', 'Quit'],
		actionLinks: [url],
		width: 40,
	});
	// The parts' rows: the first line 3, the fix heading 1, the fix 1 and its link 1, line 1 1.
	const fix = (layout: ReturnType<typeof layoutLeaf>) => layout.parts.find(part => part.kind === 'fix');
	const line0 = (layout: ReturnType<typeof layoutLeaf>) => layout.parts.find(part => part.kind === 'line' && part.index === 0);
	const tall = layoutLeaf({...input, height: fixedRows + 7});
	assert.deepEqual(fix(tall), {kind: 'fix', index: 0}, 'rows for everything: the link is drawn');
	const short = layoutLeaf({...input, height: fixedRows + 6});
	assert.deepEqual(fix(short), {kind: 'fix', index: 0, noLink: true}, 'the link gives way before the first line and the later lines');
	assert.deepEqual(line0(short), {kind: 'line', index: 0});
	assert.ok(short.parts.some(part => part.kind === 'line' && part.index === 1), 'even the later lines come before it');
	const notRepeated = layoutLeaf({...input, actionLinks: [], height: fixedRows + 6});
	assert.deepEqual(fix(notRepeated), {kind: 'fix', index: 0}, 'no action opens it: the link stays with its fix');
	assert.ok(!notRepeated.parts.some(part => part.kind === 'line' && part.index === 1), 'the later line gave way instead');
	const tiny = layoutLeaf({...input, height: fixedRows + 5});
	assert.deepEqual(line0(tiny), {kind: 'line', index: 0}, 'the first line whole, the link left out');
	assert.deepEqual(fix(tiny), {kind: 'fix', index: 0, noLink: true});
	assert.deepEqual(line0(layoutLeaf({...input, actionLinks: [], height: fixedRows + 5})), {kind: 'line', index: 0, rows: 2}, 'with the link kept, the first line is cut');
});

test('a link an action repeats that is wider than the window is never drawn broken over two rows: the action opens it and copies it whole', () => {
	const url = 'https://api-docs.deepseek.com/quick_start/error_codes';
	const input = leaf({lines: ['Why.'], checks: [], fixes: [{id: 'fix0', title: 'Retry later', url}], actions: ['Open api-docs.deepseek.com/quick_start/error_codes', 'Quit'], actionLinks: [url], width: 40, height: 40});
	assert.deepEqual(layoutLeaf(input).parts.find(part => part.kind === 'fix'), {kind: 'fix', index: 0, noLink: true});
	assert.deepEqual(layoutLeaf({...input, width: 60}).parts.find(part => part.kind === 'fix'), {kind: 'fix', index: 0}, 'one row wide enough: drawn');
});

test('a leaf with no line under its title keeps its first troubled row as its why: before the first fix, where the other rows give way', () => {
	// Four actions (three rows at the least: the focused one and the marks) and four rows for the rest: the mark, the
	// heading and the first fix, then the why before a fourth action.
	const input = leaf({lines: [], checks: [row('passed', 'pass'), row('warned', 'warn'), row('failed', 'fail')], actions: ['a', 'b', 'c', 'd'], height: 3 + 1 + 3 + 4});
	assert.deepEqual(kept(input), ['check1', 'heading', 'fix0', 'more2']);
	// With a line under the title, the line is why, and that row is one more troubled row, after the first fix.
	assert.deepEqual(kept({...input, lines: ['line 0']}), ['line0', 'heading', 'fix0', 'more2']);
});

test('the row that made a good title a warning (a key format warning under a balance read fine) is kept as a first line is, so the ⚠ is never unexplained', () => {
	// The balance result: the Balance row restates the title with its numbers, a line on alerts, two fixes; the key format row warns.
	const checks = [row('balance', 'pass'), row('key_format', 'warn')];
	const input = leaf({lines: ['alerts line'], checks, restated: 'balance', restatedCarries: true, fixes: [{id: 'fix0', title: 'fix 0', url: null}, {id: 'fix1', title: 'fix 1', url: null}]});
	const at = (budget: number, warnedBy?: string) => kept({...input, height: fixedRows + budget, warnedBy});
	// Without it the warning row was the first to give way after the later fix: the alerts line and the first fix came first.
	assert.deepEqual(at(5), ['check0', 'line0', 'heading', 'fix0', 'more1']);
	assert.deepEqual(at(5, 'key_format'), ['check0', 'check1', 'heading', 'fix0', 'more1']);
	assert.deepEqual(at(6, 'key_format'), ['check0', 'check1', 'line0', 'heading', 'fix0', 'fix1'], 'with room for all, all are drawn in their order');
	// A row that does not warn stands for nothing.
	assert.deepEqual(at(5, 'balance'), at(5));
});

/** The commands a result's script line may hold: DeepSeek's own, another base URL (58 columns), after an app's key. */
const scripts = [
	{command: 'deepseek-fix check'},
	{command: 'deepseek-fix check --base-url http://relay.example.net:18975'},
	{command: 'deepseek-fix check --probe --model deepseek-v4-pro --base-url https://gateway.example.org/v1', keyApp: 'claude_code' as const},
];

/**
 * The command as `lines` show it on rows of its own from the first column, broken between its arguments with each row but
 * the last ending with the shell's continuation mark (pasted, they run as the one command); undefined where no row starts it.
 */
function commandOnRows(lines: readonly string[], mark = '\\'): string | undefined {
	const start = lines.findIndex(line => line.startsWith('deepseek-fix '));
	if (start === -1) return undefined;
	const rows = lines.slice(start);
	assert.ok(rows.slice(0, -1).every(row => row.endsWith(` ${mark}`)) && !rows.at(-1)!.endsWith(mark), `each row but the last ends with "${mark}": ${rows.join(' | ')}`);
	return rows.map(row => (row.endsWith(` ${mark}`) ? row.slice(0, -2) : row)).join(' ');
}

test('the script line: one row where it fits, else its lead and the command on a row of its own; a command wider than the window on rows of its own broken between its arguments with the shell\'s continuation mark, or, where that cannot be, how wide a window shows it (both languages, 40, 60, 100 columns)', () => {
	for (const language of ['en', 'zh-CN'] as const) {
		setLanguage(language);
		try {
			for (const width of [40, 60, 100]) {
				for (const script of scripts) {
					const lines = scriptLines(script, width, '  ');
					const at = `${language} ${width}: ${lines.join(' | ')}`;
					assert.ok(lines.every(line => displayWidth(line) <= width), `no row wider than the window, ${at}`);
					const whole = lines.some(line => line.includes(script.command));
					assert.equal(whole, displayWidth(script.command) <= width, `the command whole on a row wherever it fits, ${at}`);
					if (!whole) assert.equal(commandOnRows(lines), script.command, `else on rows of its own that paste as the command, ${at}`);
				}
			}
			// Nushell has no continuation mark, and a URL wider than the window cannot break: how many columns it needs.
			setShell('nu');
			assert.match(scriptLines(scripts[1]!, 40, '  ').join(' '), new RegExp(`\\b${displayWidth(scripts[1]!.command)}\\b`));
			setShell('powershell');
			assert.equal(commandOnRows(scriptLines(scripts[2]!, 40, '  '), '`'), scripts[2]!.command);
			setShell('sh');
			const long = {command: 'deepseek-fix check --base-url https://a-very-long-gateway-name.example.org/v1'};
			assert.match(scriptLines(long, 40, '  ').join(' '), new RegExp(`\\b${displayWidth(long.command)}\\b`));
			// Where the sentence fits one row, it is that row, as before.
			assert.deepEqual(scriptLines(scripts[1]!, 100, '  '), [`  ${wizardText.ui.script({command: scripts[1]!.command})}`]);
		} finally {
			setLanguage('en');
			setShell('sh');
		}
	}
});

test('a result\'s command for scripts is reachable at 60×20 and 40×15, in both languages: where the result has no row for it, the help over it opens on it, the fix and the actions as they were', () => {
	const script = {command: 'deepseek-fix check --base-url http://127.0.0.1:43827/v1'};
	for (const language of ['en', 'zh-CN'] as const) {
		setLanguage(language);
		try {
			for (const [width, height] of [[60, 20], [40, 15]] as const) {
				const input = {...gatewayLeaf(width, height), script};
				const withScript = layoutLeaf(input);
				const without = layoutLeaf({...input, script: undefined});
				assert.deepEqual(withScript, without, `the script line takes nothing from the fixes or the actions, ${language} ${width}×${height}`);
				const help = layoutHelp(helpRows(width, '/tmp/config.json', script), height, 0);
				const shown = help.rows.map(row => row.text);
				const lead = wizardText.ui.scriptLead;
				assert.ok(help.rows.some(row => row.bold && row.text === lead), `the lead as the help's first heading, ${language} ${width}×${height}: ${shown.join(' | ')}`);
				const on = `the command on the help's first screen, ${language} ${width}×${height}: ${shown.join(' | ')}`;
				if (displayWidth(script.command) <= width) assert.ok(shown.some(text => text.includes(script.command)), on);
				else assert.equal(commandOnRows(shown.slice(shown.indexOf(lead) + 1, shown.indexOf('', shown.indexOf(lead) + 1))), script.command, on);
			}
			// Over a question, no command: the help as before.
			assert.ok(!helpRows(60, '/tmp/config.json').some(row => row.text === wizardText.ui.scriptLead));
		} finally {
			setLanguage('en');
		}
	}
});

test('a row whose result repeats the row above it says "Same as above." (its rows go to the rest); where the window leaves that row out, both are whole', () => {
	const slow = 'Connected, but no answer within 2.0 s: the service answers slowly; allow more time with --timeout.';
	const input = leaf({checks: [row('endpoint', 'pass', slow), row('auth', 'fail', slow)], fixes: [{id: 'fix0', title: 'fix 0', url: null}], width: 60});
	const summaries = (rows: readonly CheckRowState[]) => rows.map(each => (typeof each.state === 'object' ? each.state.summary : ''));
	const laidOut = (height: number) => layoutSaidOnce(input.checks, checks => ({checks, layout: layoutLeaf({...input, checks, height})}));
	const keptAt = (height: number) => laidOut(height).layout.parts.map(name);
	assert.deepEqual(summaries(laidOut(40).checks), [slow, 'Same as above.'], 'said once in a tall window');
	// The repeat takes one row, not two: the rows saved go to the rest (a second line under the title).
	assert.deepEqual(keptAt(13), ['check0', 'check1', 'line0', 'line1', 'heading', 'fix0']);
	assert.deepEqual(kept({...input, height: 13}), ['check0', 'check1', 'line0', 'heading', 'fix0'], 'whole, the repeat takes the row');
	// Short of rows the passed row gives way first: the failed one is then the first row drawn, and says its sentence.
	assert.deepEqual(keptAt(10), ['check1', 'line0', 'heading', 'fix0']);
	assert.deepEqual(summaries(laidOut(10).checks), [slow, slow], 'never "Same as above." under another row');
});

test('where the window leaves out a row between two repeats, only the row under the gap says its sentence again; the other repeats stay brief', () => {
	// A slow host: every request timed out alike; the status row (passed) gives way first, the test call's row stays.
	const slow = 'Connected, but no answer within 2.0 s: the service answers slowly; allow more time with --timeout.';
	const checks = [row('endpoint', 'warn', slow), row('auth', 'warn', slow), row('status', 'pass', slow), row('probe', 'fail', slow)];
	const input = leaf({checks, lines: ['line 0', 'line 1'], fixes: [{id: 'fix0', title: 'fix 0', url: null}], width: 60, height: 13});
	const laidOut = layoutSaidOnce(checks, said => ({said, layout: layoutLeaf({...input, checks: said})}));
	assert.deepEqual(laidOut.layout.parts.map(name), ['check0', 'check1', 'check3', 'line0', 'heading', 'fix0']);
	const summaries = laidOut.said.map(each => (typeof each.state === 'object' ? each.state.summary : ''));
	assert.deepEqual(summaries, [slow, 'Same as above.', 'Same as above.', slow], 'the authentication row stays brief; the test call, under the gap, is whole');
});
