// The row budget of every wizard screen. ink redraws a frame in place only while it is
// shorter than the terminal; a frame as tall as the window, or taller, is drawn from the
// top again and pushes rows into the scrollback with every key. So each screen decides
// here, without a terminal, what it shows in the rows there are: lists scroll, what
// matters least gives way first, and nothing ever makes a frame reach `height`. The leaf's
// own budget is in leaf-layout.ts, built on the same pieces.
import {wizardText} from '../messages/wizard.js';
import {isTroubled, type CheckRowState} from './check-row-state.js';
import {displayWidth} from '../text/width.js';
import {allot, cutAtWord, rowsOf, wrapLines, wrappedHeight, type Block} from './layout.js';
import {fieldRows as drawnFieldRows} from './field-state.js';

/** The breadcrumb and the key hints, and one row spare: a frame as tall as the window is redrawn whole. */
export const frameRows = 3;

/** The smallest window the wizard draws its screens in; a smaller one gets a one-line notice instead. */
export const minimumWindow = {columns: 40, rows: 12} as const;

export const fitsWizard = (width: number, height: number) => width >= minimumWindow.columns && height >= minimumWindow.rows;

/** Rows a screen may use between the breadcrumb and the key hints. */
export const screenRows = (height: number) => Math.max(height - frameRows, 1);

/** Columns before a list item's label (its pointer). */
const listIndent = 2;

/** A list that cannot show everything keeps at least this many rows (marks included), before optional text. */
const listFloorRows = 6;

/** A label that wraps continues two columns further in, so each item's start stands out. */
const labelHangingIndent = '  ';

/** A list item's label, with the shorter ones it may be drawn as (a link option's page in words). */
export type ListLabel = string | {label: string; shorter?: readonly string[] | undefined; /** Text of the label that must be on one row to be read (a link): else a shorter label. */ whole?: string | undefined};

/**
 * A list item's label wrapped to `width` (after the pointer). A label with a word wider
 * than a line would be broken mid-word over rows (a link at its slashes), and `oneRow` (a short leaf that needs the
 * row for its explanation, leaf-layout.ts) allows a label one row: where the label does not
 * fit so, the first of its shorter labels that does is drawn instead ("Open the
 * transactions page" for "Open platform.deepseek.com/transactions"), so a link is never
 * shown cut; a label with none that fits is cut to one row with "…". A label that would
 * wrap takes a shorter one-row label too, where one fits, in every language alike: a link's
 * verb alone on a row above the URL reads as two options, and a sentence's tail on a row
 * of its own ("DeepSeek 的 key）") as a second one.
 */
export function labelLines(item: ListLabel, width: number, oneRow = false): string[] {
	const {label, shorter = [], whole} = typeof item === 'string' ? {label: item} : item;
	const room = width - listIndent;
	const fits = (lines: readonly string[]) => !(oneRow && lines.length > 1) && lines.every(line => displayWidth(line) <= room);
	const lines = wrapLines(label, room, '', labelHangingIndent);
	// A link broken over rows at a slash reads as two and copies as neither.
	const readable = fits(lines) && (whole === undefined || lines.some(line => line.includes(whole)));
	// A label that wraps leaves a piece alone on a row ("Open", then the URL): its shorter form on one row reads better.
	if (readable && lines.length === 1) return lines;
	for (const other of shorter) {
		const otherLines = wrapLines(other, room, '', labelHangingIndent);
		if (otherLines.length === 1 && fits(otherLines)) return otherLines;
	}
	return readable ? lines : [cutAtWord(label, room)];
}

/** Rows each label of a list takes at `width` (`oneRow`: each on one row, see labelLines). */
export function labelHeights(labels: readonly ListLabel[], width: number, oneRow = false): number[] {
	return labels.map(label => labelLines(label, width, oneRow).length);
}

/** Rows a list needs to show everything. */
export const listFullRows = (heights: readonly number[]) => heights.reduce((sum, rows) => sum + rows, 0);

/** The least a scrolling list gets: its floor, and never less than its tallest item with both marks. */
function listMinimumRows(heights: readonly number[]): number {
	const full = listFullRows(heights);
	return Math.min(full, Math.max(listFloorRows, Math.max(0, ...heights) + 2));
}

/** How one check row is drawn: whole (wrapped), cut to one row at the edge, or not at all. */
export type RowMode = 'full' | 'cut' | 'hidden';

/**
 * A check row said again elsewhere on its screen: `restated`, by the line under it (when its first clause does not
 * fit, it points there); `restatedAlso`, by that line or the title (it is cut).
 */
export type RowBrief = 'restated' | 'restatedAlso';

/** Rows a check row takes whole: its icon, then "Title: summary" wrapped (as the language words it). */
export function checkRowHeight(row: CheckRowState, width: number): number {
	return checkRowFit(row, width).rows;
}

const checkRowText = (row: CheckRowState) => wizardText.ui.checkRow(row.title, typeof row.state === 'object' ? row.state.summary : wizardText.ui.running);

/** A key as every sentence shows it (text/safe.ts maskKey): `sk-…abcd`, `…abcd`. */
const maskedKey = /…[^\s…]{4}(?![^\s)）,，:：;；.。])/u;

/**
 * The rows a check row cut to fit keeps (fewer than checkRowHeight, with "…"): through the last key it names, so a
 * row that names a second key (another in ~/.zshrc, an app's) shows it, not "Found in DEEPSEEK_API_KEY (sk-…cdef), but…";
 * else one.
 */
export function checkRowCutRows(row: CheckRowState, width: number): number {
	return checkRowFit(row, width).cutRows;
}

/**
 * Both, from one wrap of the row's text, kept by text and width: a screen is laid out several times for one frame (the
 * leaf's tries, the frame's budget, the drawing), each asking every row, and wrapping is most of that work.
 */
function checkRowFit(row: CheckRowState, width: number): {rows: number; cutRows: number} {
	const text = checkRowText(row);
	const key = `${width}\n${text}`;
	let fit = rowFits.get(key);
	if (fit === undefined) {
		const lines = wrapLines(text, width - 2);
		fit = {rows: rowsOf(lines, width - 2), cutRows: Math.max(1, lines.findLastIndex(line => maskedKey.test(line)) + 1)};
		// A run shows a few dozen rows at a few widths; the bound only keeps a long session's resizes from piling up.
		if (rowFits.size >= 512) rowFits.clear();
		rowFits.set(key, fit);
	}
	return fit;
}

const rowFits = new Map<string, {rows: number; cutRows: number}>();

// ---- the menu -------------------------------------------------------------------------

/** A start-screen fact, by what it is (so the budget knows what matters most). */
export type FactKind = 'title' | 'key' | 'appRefused' | 'baseUrl' | 'provider' | 'keyNote' | 'notice' | 'lastTime' | 'lastBalance' | 'remembered';

export type MenuLayoutInput = {
	width: number;
	height: number;
	/** The start screen's facts in drawing order (none on other menus); `short`: drawn where the fact is cut (menu.tsx). */
	facts: ReadonlyArray<{kind: FactKind; text: string; short?: string | undefined}>;
	/** The check rows shown as the reason for the question. */
	previous: readonly CheckRowState[];
	question: string;
	help: readonly string[];
	/** The options' labels. */
	options: readonly string[];
};

type MenuLayout = {
	/** Which facts are drawn (same order as given), and whether the blank row under them is. */
	facts: boolean[];
	/** The rows each fact is given (fewer than it wraps to: cut with "…"). */
	factRows: number[];
	factsMargin: boolean;
	previous: RowMode[];
	help: boolean[];
	/** Rows the option list may take (marks included); it scrolls within them. */
	listRows: number;
};

/** What a short window keeps first on a menu, most important first. */
const menuPriority = {
	question: 0,
	listFloor: 1,
	key: 2,
	/**
	 * An agent app whose calls are all refused (Claude Code's DeepSeek key sent to api.anthropic.com): the 401 the
	 * person likely came with, so before the base URL; cut to a row where it must.
	 */
	appRefused: 3,
	baseUrl: 4,
	provider: 5,
	/** A warning about the key (this folder's .env holds another): after the key and base URL themselves. */
	keyNote: 6,
	notice: 7,
	/** Last time's diagnosis: what "Check it again" (the first answer then) is about; cut to a row where it must. */
	lastTime: 8,
	/**
	 * The last balance, or the top-up since last time's result: what a returning user comes back to see (has the money
	 * arrived?), so it goes with last time's diagnosis, before the blank row; cut to a row where it must.
	 */
	lastBalance: 9,
	/** The blank row between the facts and the question. */
	margin: 10,
	/** What else earlier runs left (the alert). */
	remembered: 11,
	troubledRow: 12,
	help: 13,
	listRest: 14,
	title: 15,
	passedRow: 16,
} as const;

/** Facts worth a row cut with "…" where they do not fit whole: their start says what they are about. */
const cutToARow: ReadonlySet<FactKind> = new Set(['appRefused', 'keyNote', 'lastTime', 'lastBalance']);

export function layoutMenu(input: MenuLayoutInput): MenuLayout {
	const first = layoutWithDiagnosis(input);
	// The base URL left out (an app's refused calls, said whole above it, took its rows): that note in its short line,
	// then the base URL in its own, each a row at 40 columns, so that both are read.
	const base = input.facts.findIndex(fact => fact.kind === 'baseUrl');
	if (base === -1 || first.facts[base] === true) return first;
	const shortened = (kinds: ReadonlySet<FactKind>) => ({...input, facts: input.facts.map(fact => (kinds.has(fact.kind) && fact.short !== undefined ? {...fact, text: fact.short} : fact))});
	for (const kinds of [new Set<FactKind>(['appRefused']), new Set<FactKind>(['appRefused', 'baseUrl'])]) {
		const shorter = layoutWithDiagnosis(shortened(kinds));
		if (shorter.facts[base] === true) return shorter;
	}
	return first;
}

/** The layout, with last time's diagnosis in its short line's rows where it must (and may leave the balance its row). */
function layoutWithDiagnosis(input: MenuLayoutInput): MenuLayout {
	const whole = layoutMenuOnce(input, undefined);
	const diagnosis = input.facts.findIndex(fact => fact.kind === 'lastTime');
	const fact = input.facts[diagnosis];
	if (fact === undefined) return whole;
	const balance = input.facts.findIndex(fact => fact.kind === 'lastBalance');
	const balanceShown = (layout: MenuLayout) => balance === -1 || layout.facts[balance] === true;
	const fullRows = wrappedHeight(fact.text, input.width);
	if ((whole.factRows[diagnosis] ?? 0) >= fullRows && balanceShown(whole)) return whole;
	// Last time's diagnosis whole leaves no row for the balance beside it, or does not fit: in its short line's rows (a
	// row, or two where it names whose it was) it still says what was found, and may leave the balance its row.
	const shortRows = Math.min(fullRows, fact.short === undefined ? 1 : wrappedHeight(fact.short, input.width));
	const cut = layoutMenuOnce(input, shortRows);
	const readable = (layout: MenuLayout) => (layout.factRows[diagnosis] ?? 0) >= shortRows;
	if (readable(cut) && balanceShown(cut)) return cut;
	// Not both: the diagnosis readable before the balance (cut to one row, a result for another key says neither).
	if (readable(whole)) return whole;
	return readable(cut) ? cut : whole;
}

/** `diagnosisRows`: the most rows last time's diagnosis gets (its short line's). */
function layoutMenuOnce(input: MenuLayoutInput, diagnosisRows: number | undefined): MenuLayout {
	const {width} = input;
	const heights = labelHeights(input.options, width);
	const full = listFullRows(heights);
	const floor = listMinimumRows(heights);
	const blocks: Block[] = [
		{priority: menuPriority.question, rows: wrappedHeight(input.question, width)},
		{priority: menuPriority.listFloor, rows: floor},
		{priority: menuPriority.listRest, rows: full - floor, elastic: true},
		...input.facts.map((fact): Block => ({
			priority: menuPriority[fact.kind],
			rows: diagnosisRows !== undefined && fact.kind === 'lastTime' ? Math.min(diagnosisRows, wrappedHeight(fact.text, width)) : wrappedHeight(fact.text, width),
			...(cutToARow.has(fact.kind) ? {fallbackRows: 1} : {}),
		})),
		...input.previous.map((row): Block => ({
			priority: isTroubled(row) ? menuPriority.troubledRow : menuPriority.passedRow,
			rows: checkRowHeight(row, width),
			fallbackRows: 1,
		})),
		...input.help.map((line): Block => ({priority: menuPriority.help, rows: wrappedHeight(line, width)})),
	];
	const hasFacts = input.facts.length > 0;
	if (hasFacts) blocks.push({priority: menuPriority.margin, rows: 1});
	const given = allot(blocks, screenRows(input.height));
	const factsFrom = 3;
	const previousFrom = factsFrom + input.facts.length;
	const helpFrom = previousFrom + input.previous.length;
	const factRows = input.facts.map((_, index) => given[factsFrom + index] ?? 0);
	const facts = factRows.map(rows => rows > 0);
	return {
		facts,
		factRows,
		// The blank row only separates facts from the question: none without them.
		factsMargin: hasFacts && facts.some(Boolean) && (given.at(-1) ?? 0) > 0,
		previous: input.previous.map((row, index) => rowMode(given[previousFrom + index] ?? 0, checkRowHeight(row, width))),
		help: input.help.map((_, index) => (given[helpFrom + index] ?? 0) > 0),
		listRows: (given[1] ?? 0) + (given[2] ?? 0),
	};
}

function rowMode(given: number, full: number): RowMode {
	if (given === 0) return 'hidden';
	return given >= full ? 'full' : 'cut';
}

// ---- the text field --------------------------------------------------------------------

type InputLayoutInput = {
	width: number;
	height: number;
	question: string;
	help: readonly string[];
	/** What the field shows: the value (masked for a key) or its placeholder. */
	shown: string;
	/** Lines under the field that must stay (the key's masked preview, what is wrong). */
	below: readonly string[];
};

type InputLayout = {
	help: boolean[];
	/** Rows the field may take: a value wider than the window wraps, a huge paste is cut. */
	fieldRows: number;
};

export function layoutInput(input: InputLayoutInput): InputLayout {
	const {width} = input;
	const rows = screenRows(input.height);
	const fixed = wrappedHeight(input.question, width) + input.below.reduce((sum, line) => sum + wrappedHeight(line, width), 0);
	// As the field draws it (text-field.tsx): after "> ", cut by character, the cursor's cell after the text.
	const fieldRows = Math.max(1, Math.min(drawnFieldRows(input.shown, input.shown.length, Math.max(width - 2, 2)).rows.length, rows - fixed));
	const given = allot(
		input.help.map(line => ({priority: 0, rows: wrappedHeight(line, width)})),
		rows - fixed - fieldRows,
	);
	return {help: given.map(given => given > 0), fieldRows};
}

// ---- live checks -----------------------------------------------------------------------

type ChecksLayoutInput = {
	width: number;
	height: number;
	title: string;
	rows: readonly CheckRowState[];
	/** Why the checks could not start, shown instead of the rows. */
	problem: string | undefined;
};

type ChecksLayout = {
	rows: RowMode[];
	/** Finished rows left out for want of rows (a mark says how many). */
	hidden: number;
};

/** On the live screen what is still running and what went wrong matter most; finished, passed rows give way first. */
const checksPriority = {troubled: 0, pending: 1, passed: 2} as const;

export function layoutChecks(input: ChecksLayoutInput): ChecksLayout {
	const {width} = input;
	const budget = screenRows(input.height) - wrappedHeight(input.title, width) - (input.problem ? wrappedHeight(input.problem, width) : 0);
	if (input.problem) return {rows: input.rows.map(() => 'hidden'), hidden: 0};
	const blocks = input.rows.map((row): Block => {
		const pending = typeof row.state !== 'object';
		return {
			priority: pending ? checksPriority.pending : isTroubled(row) ? checksPriority.troubled : checksPriority.passed,
			rows: pending ? 1 : checkRowHeight(row, width),
			fallbackRows: 1,
		};
	});
	const fit = (rows: number) => {
		const given = allot(blocks, rows);
		// A row still running is one row, cut at the edge: its time ticks and must not wrap.
		return input.rows.map((row, index) => (typeof row.state !== 'object' && (given[index] ?? 0) > 0 ? 'cut' : rowMode(given[index] ?? 0, blocks[index]?.rows ?? 1)));
	};
	const modes = fit(budget);
	if (!modes.includes('hidden')) return {rows: modes, hidden: 0};
	// One row for the mark that says how many finished rows are not shown.
	const fewer = fit(budget - 1);
	return {rows: fewer, hidden: fewer.filter(mode => mode === 'hidden').length};
}

// ---- the help --------------------------------------------------------------------------

/** One row of the help, already fitted to the window's width; headings are bold. */
export type HelpRow = {text: string; bold?: boolean};

export type HelpLayout = {
	/** The rows on show. */
	rows: HelpRow[];
	/** Rows above and below them; when the help scrolls, a row for each mark is kept (blank at either end). */
	above: number;
	below: number;
	/** The furthest the help scrolls (0: it all fits, no marks). */
	maxOffset: number;
};

/** The help in the rows there are: all of it, or a window from `offset` (clamped) between two mark rows. */
export function layoutHelp(rows: readonly HelpRow[], height: number, offset: number): HelpLayout {
	const budget = screenRows(height);
	if (rows.length <= budget) return {rows: [...rows], above: 0, below: 0, maxOffset: 0};
	const shown = Math.max(budget - 2, 1);
	const maxOffset = rows.length - shown;
	const start = Math.min(Math.max(offset, 0), maxOffset);
	return {rows: rows.slice(start, start + shown), above: start, below: rows.length - start - shown, maxOffset};
}

/** Rows one key of Page Up / Page Down moves the help by. */
export const helpPageRows = (height: number) => Math.max(screenRows(height) - 3, 1);
