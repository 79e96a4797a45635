// Which parts of a leaf fit the window (layoutLeaf): ink redraws the whole screen, and cuts
// its top off, once a frame is as tall as the terminal; so a leaf always keeps its title, its
// notice and its actions, and keeps the rest by importance while rows remain. Pure, so the
// rules are tested without a terminal. Only the leaf screen uses it, and both load after the
// wizard's first frame (ui/screens/leaf-module.ts); what other screens share is leaf-layout.ts.
import {glyphs} from '../text/glyphs.js';
import type {ScriptCommand} from '../tree/command.js';
import type {Fix} from '../verdict.js';
import {isTroubled, saysRoute, type CheckRowState} from './check-row-state.js';
import {checkRowCutRows, checkRowHeight, labelHeights, listFullRows, screenRows, type ListLabel, type RowBrief} from './frame-layout.js';
import {allot, clampLines, wrapLines, wrappedHeight, type Block} from './layout.js';
import {actionLimit, copyableLine, fixUrlLine, leafImportance, leafIndents, scriptLines, scrollMarkRows, showsUrl, type LeafImportance, type LeafLayout, type LeafLayoutInput, type LeafPart} from './leaf-layout.js';
const scriptRowsBeforeLaterLines = 2;

/**
 * The script line's block: before the later lines where it takes a row or two, after them where a command wider than the
 * window takes rows of its own (the help over the result still opens on it): "Add the line above with crontab -e" keeps
 * its row at 40×15.
 */
function scriptCandidate(script: ScriptCommand, width: number): Candidate {
	const rows = scriptLines(script, width, leafIndents.line).length;
	const priority = rows > scriptRowsBeforeLaterLines ? leafImportance.indexOf('laterLines') + 0.5 : leafImportance.indexOf('scriptCommand');
	return {part: {kind: 'script'}, block: {priority, rows}};
}

const lineImportance = (index: number): LeafImportance => (index === 0 ? 'firstLine' : 'laterLines');
const fixImportance = (index: number): LeafImportance => (index === 0 ? 'firstFix' : index === 1 ? 'secondFix' : 'laterFixes');

/** Rows the actions take at most: the tallest labels that can be on screen at once, and the scroll marks. */
function actionsHeight(heights: readonly number[], limit: number): number {
	const visible = Math.min(heights.length, limit);
	const tallestFirst = [...heights].sort((a, b) => b - a);
	const marks = heights.length > visible ? scrollMarkRows : 0;
	return tallestFirst.slice(0, visible).reduce((sum, rows) => sum + rows, 0) + marks;
}

type Candidate = {part: LeafPart; block: Block};

/** The actions beyond their floor give way after the first fix: in a small window the fix and its link come first. */
const actionsRestPriority = leafImportance.indexOf('firstFix') + 0.5;

/**
 * The first line's first rows come before the first fix, the rest of it after: a tiny
 * window shows the start of why (cut with "…") and the fix with its link, not all of
 * why and no fix.
 */
const firstLineHeadRows = 2;
const firstLineRestPriority = leafImportance.indexOf('firstFix') + 0.25;

/** Rows of the first fix's title a tiny window keeps (cut with "…"), when the fix does not fit whole. */
const firstFixTitleRows = 1;

/** A restated row with the numbers the title leaves out comes just before the first line. */
const restatedCarriesPriority = leafImportance.indexOf('firstLine') - 0.5;

/**
 * A fix is never hidden without a word: when fixes do not all fit, the mark saying how
 * many takes its row before anything but the first fix (it outranks the explanation, the
 * checks, and the actions beyond the focused one). The title, the notice and the focused
 * action are outside the budget.
 */
const markFirst = -2;
const firstFixBeforeMark = -3;

/** Rows of the first line a layout shows (0: none). */
function firstLineRows(layout: LeafLayout, input: LeafLayoutInput): number {
	const part = layout.parts.find(kept => kept.kind === 'line' && kept.index === 0);
	if (part?.kind !== 'line') return 0;
	return part.rows ?? wrappedHeight(input.lines[0] ?? '', input.width, leafIndents.line);
}

/**
 * `allot`, with the fixes (blocks `firstFixAt` on, `fixCount` of them) kept in their order:
 * a later fix never takes the place of an earlier one that did not fit (they are ordered
 * by how much they matter, and "Or …" reads as the one before's alternative), so the fixes
 * after the first one left out are left out too, and their rows go to the parts after them.
 */
function allotFixesInOrder(blocks: readonly Block[], budget: number, firstFixAt: number, fixCount: number): number[] {
	if (firstFixAt === -1) return allot(blocks, budget);
	const fixGiven = (given: readonly number[]) => given.slice(firstFixAt, firstFixAt + fixCount);
	const given = allot(blocks, budget);
	const firstLeftOut = fixGiven(given).indexOf(0);
	if (firstLeftOut === -1 || fixGiven(given).slice(firstLeftOut).every(rows => rows === 0)) return given;
	// Rows no budget has: the later fixes give way.
	const leftOut = blocks.map((block, index) => (index > firstFixAt + firstLeftOut && index < firstFixAt + fixCount ? {priority: block.priority, rows: Number.POSITIVE_INFINITY} : block));
	return allot(leftOut, budget);
}

/** Words to compare a title with: each Chinese character is one, as the text breaks there; case and punctuation aside. */
const wordsOf = (text: string) =>
	text.replaceAll(glyphs.ellipsis, ' ').split(/\s+|(?=\p{Script=Han})|(?<=\p{Script=Han})/u)
		.map(word => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
		.filter(word => word !== '');

/**
 * Whether the first line, cut to the rows a layout gave it, only says the title again: what it shows is the title's
 * first words, or all of them and one more, before its "…" ("… has blocked your account there…" under "… has blocked
 * your account").
 */
function cutLineRepeatsTitle(layout: LeafLayout, input: LeafLayoutInput): boolean {
	const part = layout.parts.find(kept => kept.kind === 'line' && kept.index === 0);
	if (part?.kind !== 'line' || part.rows === undefined) return false;
	const shown = wordsOf(clampLines(wrapLines(input.lines[0] ?? '', input.width, leafIndents.line), part.rows).join(' '));
	const title = wordsOf(input.title);
	// Shorter than the title, a cut that is its start says nothing at all; longer, one word more is not worth its rows.
	return title.length > 0 && shown.slice(0, title.length).every((word, index) => title[index] === word) && shown.length - title.length <= 1;
}

export function layoutLeaf(input: LeafLayoutInput): LeafLayout {
	const layout = layoutLeafCutting(input, false);
	// Its rows go to the fixes and the checks instead: the rest of why is for a taller window.
	if (cutLineRepeatsTitle(layout, input)) return layoutLeafCutting(input, true);
	// A first line whose cut would fall inside an address ("…of the proxy http://no-such-proxy.invalid:808…", which reads
	// as another port) before the end of its first sentence, which says what to do ("(from HTTPS_PROXY): check its
	// spelling."), gets the rows to that end, up to two more: the first fix is cut to its first row instead (where it
	// still shows). Elsewhere the first fix stays whole, and why is cut.
	const shown = firstLineRows(layout, input);
	const sentence = firstSentenceRows(input);
	if (shown === 0 || sentence === undefined || sentence <= shown || sentence > shown + sentenceRowsMore || !cutInAddress(input, shown)) return layout;
	const whole = layoutLeafCutting(input, false, sentence);
	// Only where the first fix still shows and every fix left out is counted.
	const counted = whole.parts.filter(part => part.kind === 'fix').length + whole.parts.reduce((sum, part) => sum + (part.kind === 'moreFixes' ? part.count : 0), 0);
	return firstLineRows(whole, input) >= sentence && whole.parts.some(part => part.kind === 'fix' && part.index === 0) && counted === input.fixes.length ? whole : layout;
}

/** Whether the first line cut to `rows` ends in an address (scheme://…), which its "…" would cut short. */
function cutInAddress(input: LeafLayoutInput, rows: number): boolean {
	const lines = wrapLines(input.lines[0] ?? '', input.width, leafIndents.line);
	return lines.length > rows && /\b[a-z][a-z\d+.-]*:\/\/\S+$/iu.test(lines[rows - 1]?.trimEnd() ?? '');
}

/** At most this many rows more than it was given go to the first line's first sentence (layoutLeaf). */
const sentenceRowsMore = 2;

/** Rows the first line takes through the end of its first sentence, where it has more after it; else undefined. */
function firstSentenceRows(input: LeafLayoutInput): number | undefined {
	const line = input.lines[0] ?? '';
	const end = /(?<!\b(?:e\.g|i\.e))[.!?](?=\s)|[。！？](?=.)/u.exec(line);
	return end === null ? undefined : wrappedHeight(line.slice(0, end.index + 1), input.width, leafIndents.line);
}

/** `withoutFirstLine`: the first line gets no rows (it would only say the title again); `headRows`: the first line's rows before the first fix. */
function layoutLeafCutting(input: LeafLayoutInput, withoutFirstLine: boolean, headRows = firstLineHeadRows): LeafLayout {
	const wrapped = layoutLeafWith(input, false, withoutFirstLine, headRows);
	// An action label that wraps keeps a row for itself in the actions' floor (it may be the
	// focused one) even where it is not on screen. When that row is what the first line
	// lacks (a short window cuts why, or leaves it out), the labels are cut to one row with
	// "…", as a link's are: the fixes above say the same whole, and why is read first.
	const wraps = labelHeights(input.actions, input.width).some(height => height > 1);
	if (!wraps || input.lines.length === 0) return wrapped;
	const shown = firstLineRows(wrapped, input);
	if (shown >= wrappedHeight(input.lines[0] ?? '', input.width, leafIndents.line)) return wrapped;
	const cut = layoutLeafWith(input, true, withoutFirstLine, headRows);
	return firstLineRows(cut, input) > shown ? cut : wrapped;
}

function layoutLeafWith(input: LeafLayoutInput, actionsOneRow: boolean, withoutFirstLine: boolean, headRows = firstLineHeadRows): LeafLayout {
	const {width} = input;
	const rows = screenRows(input.height);
	// A leaf with no line under its title ("nothing blocks, but 1 warning"): its first troubled row says why, so it is
	// kept as a first line is, before the first fix (cut to a row where it must); so is the row that made a good title a warning.
	const standsForWhy = input.lines.length === 0 ? input.checks.find(isTroubled) : input.checks.find(row => row.id === input.warnedBy && isTroubled(row));
	const rowPriority = (row: CheckRowState) =>
		input.restatedCarries && row.id === input.restated
			? restatedCarriesPriority
			: row === standsForWhy
				? leafImportance.indexOf('firstLine')
				: leafImportance.indexOf(isTroubled(row) ? 'troubledChecks' : saysRoute(row) ? 'routeChecks' : 'passedChecks');
	const actionHeights = labelHeights(input.actions, width, actionsOneRow);
	const actionsCap = Math.min(actionsHeight(actionHeights, actionLimit(input.height)), listFullRows(actionHeights));
	// The focused action and both marks, at the least.
	const actionsFloor = Math.min(actionsCap, Math.max(0, ...actionHeights) + scrollMarkRows);
	// The title, the notice and the actions' floor always show; in a tiny window the
	// notice and then the title are cut to the rows left.
	// The title is drawn after its one-column icon and a space (text-blocks.tsx).
	const titleFull = wrappedHeight(`• ${input.title}`, width, '', '  ');
	const noticeFull = input.notice === undefined ? 0 : wrappedHeight(input.notice, width);
	// A copied link stays whole under its notice: it is there to be selected.
	const copyableRows = input.copyable === undefined ? 0 : wrappedHeight(copyableLine(input.copyable, width), width);
	const titleRows = Math.max(1, Math.min(titleFull, rows - actionsFloor - copyableRows - Math.min(noticeFull, 1)));
	const noticeRows = input.notice === undefined ? 0 : Math.max(1, Math.min(noticeFull, rows - actionsFloor - copyableRows - titleRows));
	const budget = rows - titleRows - noticeRows - copyableRows - actionsFloor;
	const changes = input.changes ?? [];

	const fixUrlRows = (fix: Fix) => (showsUrl(fix) ? wrappedHeight(fixUrlLine(fix.url, width), width) : 0);
	// A link an action opens or copies is a block of its own, the last to get rows; the fix's other rows do without it.
	const repeatsAction = (fix: Fix) => showsUrl(fix) && (input.actionLinks ?? []).includes(fix.url);
	const ownUrlRows = (fix: Fix) => (repeatsAction(fix) ? 0 : fixUrlRows(fix));
	const fixRows = (fix: Fix) => wrappedHeight(fix.title, width, leafIndents.fixFirst, leafIndents.fixRest) + ownUrlRows(fix);
	const candidates: Candidate[] = [
		// The heading comes with the first change, as the fix heading with the first fix: never a heading with nothing under it.
		...changes.map((change, index): Candidate => ({
			part: {kind: 'change', index},
			block: {priority: leafImportance.indexOf('changes'), rows: wrappedHeight(change, width, leafIndents.changeFirst, leafIndents.changeRest) + (index === 0 ? 1 : 0)},
		})),
		...input.checks.map((row, index): Candidate => ({
			part: {kind: 'check', index, cut: false},
			// A row that does not fit whole is cut to one row (through the last key it names: checkRowCutRows), at the importance
			// of its kind; one the first line restates, always to one (unless it carries the numbers: then whole, if it fits).
			block: (row.id === input.restated && !input.restatedCarries) || row.id === input.restatedAlso
				? {priority: rowPriority(row), rows: 1, fallbackRows: 1}
				: {priority: rowPriority(row), rows: checkRowHeight(row, width), fallbackRows: checkRowCutRows(row, width)},
		})),
		...input.lines.map((line, index): Candidate => {
			const rows = wrappedHeight(line, width, leafIndents.line);
			const first = withoutFirstLine ? 0 : Math.min(rows, headRows);
			return {part: {kind: 'line', index}, block: {priority: leafImportance.indexOf(lineImportance(index)), rows: index === 0 ? first : rows}};
		}),
		// The heading comes with the first fix: never a heading with nothing under it.
		// The first fix that does not fit whole keeps its heading, the first row of its title and its whole link (one an action repeats is a block of its own).
		...input.fixes.map((fix, index): Candidate => ({
			part: {kind: 'fix', index},
			block: {
				priority: leafImportance.indexOf(index === 0 ? 'fixHeading' : fixImportance(index)),
				rows: fixRows(fix) + (index === 0 ? 1 : 0),
				...(index === 0 ? {fallbackRows: 1 + firstFixTitleRows + ownUrlRows(fix)} : {}),
			},
		})),
		...(input.script === undefined ? [] : [scriptCandidate(input.script, width)]),
	];
	/**
	 * The blocks of the links actions repeat, after the candidates (their fix's index): drawn
	 * with their fix, never alone. One wider than the window is never drawn: broken over two
	 * rows it neither reads nor copies, and the action opens it and copies it whole.
	 */
	const repeatedLinks = input.fixes.flatMap((fix, index) =>
		repeatsAction(fix) ? [{index, block: {priority: leafImportance.indexOf('repeatedLinks'), rows: fixUrlRows(fix) === 1 ? 1 : 0}}] : [],
	);
	const firstFixAt = candidates.findIndex(candidate => candidate.part.kind === 'fix');
	const firstChangeAt = candidates.findIndex(candidate => candidate.part.kind === 'change');
	const actionsRest = {priority: actionsRestPriority, rows: actionsCap - actionsFloor, elastic: true};
	const firstLineAt = candidates.findIndex(candidate => candidate.part.kind === 'line');
	const firstLineFull = input.lines[0] === undefined || withoutFirstLine ? 0 : wrappedHeight(input.lines[0], width, leafIndents.line);
	const firstLineRest = {priority: firstLineRestPriority, rows: Math.max(firstLineFull - headRows, 0), elastic: true};
	/** `mark`: the mark's row is given first; `firstFix`: the first fix comes before it (whole if it fits, or cut). */
	const fit = (rowsForParts: number, mark: boolean, firstFix: 'ranked' | 'first' | 'firstCut' = 'ranked') => {
		const moved = (block: Block): Block =>
			firstFix === 'ranked' ? block : {...block, priority: firstFixBeforeMark, ...(firstFix === 'firstCut' && block.fallbackRows !== undefined ? {rows: block.fallbackRows} : {})};
		const ranked = candidates.map((candidate, index) => (index === firstFixAt ? moved(candidate.block) : candidate.block));
		// The mark's block stays last (given.at(-1)).
		const before = [...ranked, actionsRest, firstLineRest];
		const blocks = [...before, ...repeatedLinks.map(link => link.block), ...(mark ? [{priority: markFirst, rows: 1}] : [])];
		const given = allotFixesInOrder(blocks, rowsForParts, firstFixAt, input.fixes.length);
		// The repeated links' rows follow the blocks before them, in the order of repeatedLinks.
		const linkShown = (fixIndex: number) => {
			const at = repeatedLinks.findIndex(link => link.index === fixIndex);
			return at === -1 || (given[before.length + at] ?? 0) > 0;
		};
		const firstFixKept = firstFixAt !== -1 && (given[firstFixAt] ?? 0) > 0;
		const firstFixWhole = firstFixKept && given[firstFixAt] === candidates[firstFixAt]?.block.rows;
		const parts = candidates.flatMap((candidate, index): LeafPart[] => {
			const rowsGiven = given[index] ?? 0;
			if (rowsGiven === 0) return [];
			if (candidate.part.kind === 'check') {
				const row = input.checks[candidate.part.index];
				const cut = row !== undefined && rowsGiven < checkRowHeight(row, width);
				const brief = row?.id === input.restated ? 'restated' : row?.id === input.restatedAlso ? 'restatedAlso' : undefined;
				const part = cut && rowsGiven > 1 ? {...candidate.part, cut, rows: rowsGiven} : {...candidate.part, cut};
				return [brief === undefined ? part : {...part, brief}];
			}
			if (index === firstLineAt) {
				const rows = rowsGiven + (given[candidates.length + 1] ?? 0);
				return [rows < firstLineFull ? {kind: 'line', index: 0, rows} : candidate.part];
			}
			// Later changes only under the first, which brings the heading.
			if (candidate.part.kind === 'change') {
				if (candidate.part.index !== 0) return (given[firstChangeAt] ?? 0) > 0 ? [candidate.part] : [];
				return [{kind: 'changesHeading'}, candidate.part];
			}
			// Later fixes only under the first (and its heading).
			if (candidate.part.kind === 'fix') {
				if (!firstFixKept) return [];
				const part = linkShown(candidate.part.index) ? candidate.part : {...candidate.part, noLink: true as const};
				if (candidate.part.index !== 0) return [part];
				const cut = rowsGiven < candidate.block.rows;
				return [{kind: 'fixHeading'}, cut ? {...part, titleRows: firstFixTitleRows} : part];
			}
			return [candidate.part];
		});
		const hiddenFixes = input.fixes.length - parts.filter(part => part.kind === 'fix').length;
		const marked = mark && hiddenFixes > 0 && (given.at(-1) ?? 0) > 0;
		// The mark goes right under the fixes, before the script command.
		const afterFixes = parts.findIndex(part => part.kind === 'script');
		const withMark = afterFixes === -1 ? [...parts, {kind: 'moreFixes', count: hiddenFixes} satisfies LeafPart] : [...parts.slice(0, afterFixes), {kind: 'moreFixes', count: hiddenFixes} satisfies LeafPart, ...parts.slice(afterFixes)];
		return {
			parts: marked ? withMark : parts,
			hiddenFixes,
			marked,
			firstFixKept,
			firstFixWhole,
			actionRows: actionsFloor + (given[candidates.length] ?? 0),
		};
	};
	const plain = fit(budget, false);
	if (plain.hiddenFixes === 0) return {parts: plain.parts, titleRows, noticeRows, actionRows: plain.actionRows, actionsOneRow};
	// Fixes left out: the mark takes a row, but never the first fix's. Best the first fix
	// whole, ahead of the start of why if need be; else cut to its first row and its link,
	// with the mark; else the first fix alone; when no fix fits, the mark alone.
	const marked = [fit(budget, true), fit(budget, true, 'first'), fit(budget, true, 'firstCut')];
	// With more head rows than usual (layoutLeaf: through the first sentence), only layouts that give them.
	const headKept = (layout: {parts: LeafPart[]}) => headRows <= firstLineHeadRows || layout.parts.some(part => part.kind === 'line' && part.index === 0 && (part.rows ?? headRows) >= headRows);
	const saysAll = marked.filter(layout => layout.firstFixKept && (layout.marked || layout.hiddenFixes === 0) && headKept(layout));
	const kept =
		saysAll.find(layout => layout.firstFixWhole) ??
		saysAll[0] ??
		[plain, fit(budget, false, 'first')].find(layout => layout.firstFixKept) ??
		marked.find(layout => layout.marked) ??
		plain;
	return {parts: kept.parts, titleRows, noticeRows, actionRows: kept.actionRows, actionsOneRow};
}
