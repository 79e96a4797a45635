// The row budget of the wizard's screens (menus, text fields, live checks), the pieces
// they share (allot, clampLines), and the keys of one read.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {CheckStatus} from '../../source/checks/types.js';
import type {CheckRowState} from '../../source/ui/check-row-state.js';
import {checkRowCutRows, checkRowHeight, frameRows, labelLines, layoutChecks, layoutInput, layoutMenu, listFullRows, minimumWindow, fitsWizard, type MenuLayoutInput} from '../../source/ui/frame-layout.js';
import {allot, clampLines, wrapLines} from '../../source/ui/layout.js';
import {listWindow} from '../../source/ui/select-state.js';
import {setLanguage} from '../../source/messages/language.js';
import {wizardText} from '../../source/messages/wizard.js';
import {splitKeys} from '../../source/wizard/use-wizard-keys.js';
import {addsToHistory, unchangedReadingMs} from '../../source/settings/index.js';
import {eraseVisibleScreen, followTerminalSize} from '../../source/wizard/terminal-size.js';
import {EventEmitter} from 'node:events';

function row(id: string, status: CheckStatus | 'running', summary = 'one short line'): CheckRowState {
	return {id, title: id, state: status === 'running' ? 'running' : {id: 'balance', title: id, status, summary, details: {}, durationMs: 1}};
}

test('allot: by priority, a fallback when the whole does not fit (all that is left, for one that shrinks), the elastic part takes what is left', () => {
	assert.deepEqual(allot([{priority: 1, rows: 3}, {priority: 0, rows: 2}], 4), [0, 2], 'the less important part does not fit whole');
	assert.deepEqual(allot([{priority: 1, rows: 3, fallbackRows: 1}, {priority: 0, rows: 2}], 4), [1, 2], 'its fallback does');
	assert.deepEqual(allot([{priority: 0, rows: 6, fallbackRows: 2, shrinks: true}, {priority: 1, rows: 1}], 4), [4, 0], 'one that shrinks takes all that is left, from its fallback up');
	assert.deepEqual(allot([{priority: 1, rows: 6, fallbackRows: 3, shrinks: true}, {priority: 0, rows: 2}], 4), [0, 2], 'not less than its fallback');
	assert.deepEqual(allot([{priority: 0, rows: 5, elastic: true}, {priority: 1, rows: 1}], 3), [3, 0], 'elastic takes what is left, up to its rows');
	assert.deepEqual(allot([{priority: 0, rows: 2, elastic: true}, {priority: 1, rows: 1}], 4), [2, 1]);
	assert.deepEqual(allot([{priority: 0, rows: 1}], -3), [0], 'no rows: nothing');
});

test('clampLines: at most the rows given, the cut marked', () => {
	assert.deepEqual(clampLines(['one two', 'three four'], 2), ['one two', 'three four']);
	assert.deepEqual(clampLines(['one two', 'three four', 'five'], 2), ['one two', 'three…'], 'cut after a whole word');
	assert.deepEqual(clampLines(['one', 'two'], 0), ['on…'], 'never nothing; a single word loses its last character');
	assert.deepEqual(clampLines(['  indented', 'more'], 1), ['  indente…'], 'the indent is no word');
});

test('clampLines: a quote a row before opened is never left open by the cut: kept past its close, else the row goes and the one before ends before the quote', () => {
	const opens = 'Put the certificate of "Corp Internal';
	assert.deepEqual(clampLines([opens, 'Root Certification Authority G2" in one', 'file'], 2), [opens, 'Root Certification Authority G2" in…'], 'room past the close: kept');
	assert.deepEqual(clampLines([opens, 'Root Certification Authority G2 Rev"', 'file'], 2), ['Put the certificate of…'], 'no room for the close: not "…Authority G2…", the quote still open');
	assert.deepEqual(clampLines(['→ 把“公司内部根证书', '颁发机构第二代扩展验证中级证书”', '的证书'], 2), ['→ 把…'], 'a curly quote the same');
	assert.deepEqual(clampLines(['Run `a "b` and then', 'c d e f g h i j k l m n', 'o'], 2), ['Run `a "b` and then', 'c d e f g h i j k l m…'], 'a quote inside a command opens nothing');
});

/** The start screen at 40 columns: every fact, two options that wrap, the question. */
function startMenu(height: number): MenuLayoutInput {
	return {
		width: 40,
		height,
		facts: [
			{kind: 'title', text: 'deepseek-fix: why do my DeepSeek API calls fail?'},
			{kind: 'key', text: 'Key: sk-…cdef (from DEEPSEEK_API_KEY)'},
			{kind: 'baseUrl', text: 'Base URL (from DEEPSEEK_BASE_URL): http://127.0.0.1:47311'},
		],
		previous: [],
		question: 'What is happening?',
		help: [],
		options: ['My calls fail with 402 Insufficient Balance', 'They fail with something else (401, 429, 5xx, timeouts)', 'Check my balance', 'Run every check', 'Plans', 'FAQ', 'More'],
	};
}

/** Rows a list drawn in `rows` takes for the item in focus, as select.tsx draws it (its scroll marks included). */
function listDrawnRows(heights: readonly number[], focused: number, rows: number): number {
	const window = listWindow(heights, focused, rows);
	return listFullRows(heights.slice(window.start, window.end)) + (window.start > 0 ? 1 : 0) + (window.end < heights.length ? 1 : 0);
}

/** Rows a menu layout draws: the facts kept, their blank row, the question, the list as given. */
function menuRows(input: MenuLayoutInput, focused = 0): number {
	const layout = layoutMenu(input);
	const factRows = input.facts.reduce((sum, fact, index) => sum + (layout.facts[index] ? Math.ceil(fact.text.length / input.width) : 0), 0);
	const heights = input.options.map(label => (label.length > input.width - 2 ? 2 : 1));
	return factRows + (layout.factsMargin ? 1 : 0) + 1 + listDrawnRows(heights, focused, layout.listRows);
}

test('a menu in a short window: the list keeps its floor, then the key and base URL, then the rest of the list, the title last', () => {
	const tall = layoutMenu(startMenu(30));
	assert.deepEqual(tall.facts, [true, true, true]);
	assert.equal(tall.factsMargin, true);
	assert.equal(tall.listRows, 9, 'the whole list: two labels wrap');
	const short = layoutMenu(startMenu(15));
	assert.deepEqual(short.facts, [false, true, true], 'the title gives way first');
	assert.equal(short.listRows, 12 - 1 - 1 - 2 - 1, '12 rows: the question, the key, the base URL (2), the blank row; the rest is the list');
	for (const height of [12, 13, 15, 20, 24]) {
		for (let focused = 0; focused < 7; focused++) {
			assert.ok(menuRows(startMenu(height), focused) <= height - frameRows, `${height} rows, item ${focused}: ${menuRows(startMenu(height), focused)} rows`);
		}
	}
});

test('a menu after a check step: what went wrong before what passed, passed rows cut to one row first; help lines give way before the list', () => {
	const input: MenuLayoutInput = {
		width: 40,
		height: 14,
		facts: [],
		previous: [row('passed', 'pass', 'a long result that wraps over two rows at forty columns'), row('failed', 'fail')],
		question: 'May I?',
		help: ['one help line that is long enough to wrap over two rows'],
		options: ['Yes', 'No'],
	};
	const layout = layoutMenu(input);
	assert.deepEqual(layout.previous, ['full', 'full']);
	const shorter = layoutMenu({...input, height: 10});
	assert.deepEqual(shorter.previous, ['cut', 'full']);
	assert.deepEqual(shorter.help, [true]);
	const shortest = layoutMenu({...input, height: 8});
	assert.deepEqual([shortest.previous, shortest.help, shortest.listRows], [['cut', 'full'], [false], 2]);
});

test('a text field: the help gives way, the value wraps and is cut to the rows left, what is wrong always shows', () => {
	const input = {width: 40, height: 12, question: 'Type the base URL your program uses, then Enter:', help: ['For example https://api.deepseek.com, or your relay.'], shown: 'https://example.org', below: []};
	assert.deepEqual(layoutInput(input), {help: [true], fieldRows: 1});
	const wrong = layoutInput({...input, height: 10, below: ['✖ The base URL must start with https://, for example https://example.org.', 'second line']});
	assert.deepEqual(layoutInput({...input, height: 10}).help, [true], 'without the error the help fits');
	assert.deepEqual(wrong.help, [false], 'the sentence saying what is wrong takes the help\'s rows');
	const huge = layoutInput({...input, shown: '*'.repeat(1000)});
	assert.equal(huge.fieldRows, 9 - 2, 'a huge paste is cut to the rows left, the question stays');
});

test('live checks: finished rows that passed give way first, then are counted in a mark; running and failed rows stay, a running one on one row (its time ticks)', () => {
	const rows = [row('a', 'pass'), row('b', 'pass'), row('c', 'running'), row('d', 'fail', 'a failure that is explained at length over several rows of forty columns'), row('e', 'skip')];
	const all = layoutChecks({width: 40, height: 30, title: 'Running every check…', rows, problem: undefined});
	assert.deepEqual(all, {rows: ['full', 'full', 'cut', 'full', 'full'], hidden: 0});
	// 7 rows for the screen: the title 1, the failure 3, the running row 1: 2 rows for three finished ones and the mark.
	const short = layoutChecks({width: 40, height: 10, title: 'Running every check…', rows, problem: undefined});
	assert.deepEqual(short, {rows: ['full', 'hidden', 'cut', 'full', 'hidden'], hidden: 2});
	const tiny = layoutChecks({width: 40, height: 7, title: 'Running every check…', rows, problem: undefined});
	assert.deepEqual(tiny.rows.filter(mode => mode !== 'hidden').length, 2, 'the failure (cut to one row) and the running row');
	assert.equal(tiny.rows[3], 'cut');
});

test('the smallest window the screens are drawn in is 40×12', () => {
	assert.equal(fitsWizard(minimumWindow.columns, minimumWindow.rows), true);
	assert.equal(fitsWizard(39, 30), false);
	assert.equal(fitsWizard(100, 11), false);
});

test('keys of one read: the wizard\'s letters and Enter one by one, anything else whole', () => {
	const plain = {upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false};
	assert.deepEqual(
		splitKeys('jj', plain).map(([input]) => input),
		['j', 'j'],
	);
	const enter = splitKeys('j\r', plain);
	assert.deepEqual(enter.map(([input, key]) => [input, key.return]), [['j', false], ['', true]]);
	assert.deepEqual(splitKeys('sk-abc', plain), [['sk-abc', plain]], 'a paste stays whole');
	assert.deepEqual(splitKeys('q', plain), [['q', plain]]);
	assert.deepEqual(splitKeys('jj', {...plain, ctrl: true}).length, 1);
});

test('check records a reading only when the history does not already tell it', () => {
	const at = (minutes: number) => new Date(Date.UTC(2026, 10, 20, 10, minutes)).toISOString();
	const sample = (minutes: number, total: string, currency = 'CNY') => ({at: at(minutes), currency, total, granted: '0.00', toppedUp: total});
	assert.equal(addsToHistory([], [sample(0, '5.00')]), true, 'the first reading');
	assert.equal(addsToHistory([sample(0, '5.00')], [sample(5, '5.00')]), false, 'the same, minutes later');
	assert.equal(addsToHistory([sample(0, '5.00')], [sample(5, '5.0')]), false, 'the same amount written otherwise');
	assert.equal(addsToHistory([sample(0, '5.00')], [sample(unchangedReadingMs / 60_000, '5.00')]), true, 'the same, ten minutes later: the span grows');
	assert.equal(addsToHistory([sample(0, '5.00')], [sample(1, '4.99')]), true, 'a change');
	assert.equal(addsToHistory([sample(0, '5.00')], [sample(1, '5.00', 'USD')]), true, 'another currency');
});

test('a resize: the screen is erased row by row (never CSI J or 2J) on a terminal, before the new size is applied', () => {
	const writes: string[] = [];
	const sizes: string[] = [];
	const stdout = Object.assign(new EventEmitter(), {columns: 100, rows: 30, isTTY: true, write: (text: string) => writes.push(text) > 0});
	const stop = followTerminalSize(stdout as unknown as NodeJS.WriteStream, size => sizes.push(`${size.columns}x${size.rows}:${writes.length}`));
	stdout.on('resize', () => sizes.push('ink'));
	stdout.columns = 40;
	stdout.rows = 15;
	stdout.emit('resize');
	assert.deepEqual(writes, [eraseVisibleScreen(15)]);
	assert.deepEqual(sizes, ['40x15:1', 'ink'], 'erased, then the size, then ink\'s own listener');
	assert.equal(eraseVisibleScreen(2), '\u001B[H\u001B[2K\u001B[1B\u001B[2K\u001B[1B\u001B[H');
	stop();
	stdout.emit('resize');
	assert.equal(writes.length, 1, 'stopped');
});

test('a label with no shorter form that must take one row ends after its last whole word that fits, with "…", never a word cut short', () => {
	assert.deepEqual(labelLines('Check again (makes the paid test call again)', 42, true), ['Check again (makes the paid test call…'], 'not "call a…"');
	assert.deepEqual(labelLines('Try again with a longer timeout (30 s for each request)', 44, true), ['Try again with a longer timeout (30 s for…'], 'not "for e…"');
});

test('a link option that would wrap (its verb alone on a row above the URL) takes its page in words on one row; where the URL fits, the URL', () => {
	const transactions = {label: 'Open platform.deepseek.com/transactions', shorter: ['Open the transactions page', 'Open the link'], whole: 'platform.deepseek.com/transactions'};
	assert.deepEqual(labelLines(transactions, 40), ['Open the transactions page']);
	assert.deepEqual(labelLines({...transactions, label: '打开 platform.deepseek.com/transactions', shorter: ['打开账单页面', '打开链接']}, 40), ['打开账单页面']);
	assert.deepEqual(labelLines(transactions, 60), ['Open platform.deepseek.com/transactions']);
	// No shorter label fits one row: the URL whole on a row of its own, never cut.
	assert.deepEqual(labelLines({...transactions, shorter: []}, 40), ['Open', '  platform.deepseek.com/transactions']);
});

test('"Also check my DeepSeek account" that would wrap at 40 columns is its short form on one row, in Chinese as in English, even with rows to spare; where it fits, whole', () => {
	const forms = () => ({label: wizardText.actions.alsoDeepSeek, shorter: [wizardText.actions.alsoDeepSeekShort]});
	try {
		for (const language of ['en', 'zh-CN'] as const) {
			setLanguage(language);
			assert.deepEqual(labelLines(forms(), 40), [wizardText.actions.alsoDeepSeekShort], language);
			assert.deepEqual(labelLines(forms(), 100), [wizardText.actions.alsoDeepSeek], language);
		}
	} finally {
		setLanguage('en');
	}
});

test('a check row\'s rows, whole and cut, come from one wrap kept by its text and width: another width, language or summary is wrapped anew', () => {
	const long = row('balance', 'warn', 'Found in DEEPSEEK_API_KEY (sk-…cdef), but ~/.zshrc sets another key (sk-…3210): a terminal started before that line changed keeps the old one.');
	const at = (width: number) => [checkRowHeight(long, width), checkRowCutRows(long, width)];
	const wrappedAt = (width: number) => wrapLines(wizardText.ui.checkRow(long.title, (long.state as {summary: string}).summary), width - 2);
	for (const width of [40, 60, 100, 40]) {
		const lines = wrappedAt(width);
		assert.deepEqual(at(width), [lines.length, lines.findLastIndex(line => line.includes('…3210')) + 1], `at ${width}`);
	}
	assert.notDeepEqual(at(40), at(100));
	try {
		setLanguage('zh-CN');
		assert.equal(checkRowHeight(long, 40), wrapLines(wizardText.ui.checkRow(long.title, (long.state as {summary: string}).summary), 38).length, 'the language\'s own words and wrap');
	} finally {
		setLanguage('en');
	}
	const short = row('balance', 'warn');
	assert.deepEqual([checkRowHeight(short, 40), checkRowCutRows(short, 40)], [1, 1], 'the same id and title, another summary');
});

test('the start screen of a returning user at 40×15: last time\'s result and the balance (or the top-up since) both stay, cut to a row where they must, in both languages', () => {
	for (const language of ['en', 'zh-CN'] as const) {
		setLanguage(language);
		try {
			const start = wizardText.start;
			const summary = language === 'en' ? 'Your DeepSeek balance is empty' : '余额不足';
			for (const balance of [
				start.remembered.balance({amount: '0.00 CNY', ago: 'just now'}),
				start.remembered.toppedUpSince({before: '0.00 CNY', amount: '47.44 CNY', ago: 'just now'}),
			]) {
				const input: MenuLayoutInput = {
					width: 40,
					height: 15,
					facts: [
						{kind: 'title', text: start.title},
						{kind: 'key', text: 'Key: sk-…cdef (from DEEPSEEK_API_KEY)'},
						{kind: 'baseUrl', text: start.baseUrl('http://127.0.0.1:18900', 'env', '.env')},
						{kind: 'lastTime', text: start.remembered.diagnosis({summary, ago: 'just now'})},
						{kind: 'lastBalance', text: balance},
						{kind: 'remembered', text: start.remembered.alert({amount: '5', currency: 'CNY'})},
					],
					previous: [],
					question: start.question,
					help: [],
					options: Object.values(start.options).filter((option): option is string => typeof option === 'string'),
				};
				const layout = layoutMenu(input);
				assert.deepEqual(layout.facts.slice(1, 5), [true, true, true, true], `${language}: the key, the base URL, last time and "${balance}"`);
				assert.ok(layout.factRows[4]! >= 1 && layout.listRows >= 6, `${language}: the balance has a row, the list its floor`);
				for (let height = 12; height <= 24; height++) {
					const other = layoutMenu({...input, height});
					const used = other.factRows.reduce((sum, rows) => sum + rows, 0) + (other.factsMargin ? 1 : 0) + 1 + other.listRows;
					assert.ok(used <= height - frameRows, `${language}, ${height} rows: ${used} rows used`);
				}
			}
		} finally {
			setLanguage('en');
		}
	}
});
