// Which parts of a leaf fit the window. ink redraws the whole screen, and cuts its top
// off, once a frame is as tall as the terminal; so a leaf always keeps its title, its
// notice and its actions, and keeps the rest by importance while rows remain. Pure, so
// the rules are tested without a terminal. The other screens' budgets are in
// frame-layout.ts.
import {wizardText} from '../messages/wizard.js';
import {glyphs} from '../text/glyphs.js';
import {displayWidth} from '../text/width.js';
import {withoutScheme} from '../text/link.js';
import {scriptSentence, type ScriptCommand} from '../tree/command.js';
import {lineContinuation} from '../text/shell.js';
import {fittingIndent, wrapPlain} from '../text/wrap.js';
import type {Fix} from '../verdict.js';
import {isTroubled, rowsSaidOnce, saysRoute, type CheckRowState} from './check-row-state.js';
import {checkRowCutRows, checkRowHeight, labelHeights, listFullRows, screenRows, type ListLabel, type RowBrief} from './frame-layout.js';
import {allot, clampLines, wrapLines, wrappedHeight, type Block} from './layout.js';

/**
 * What a short window keeps first, most important first. The checks are the evidence:
 * after the first line and the first fix, before the rest; what went wrong (it says why)
 * and where the calls go before what only passed.
 */
const leafImportance = [
	// After checking again: what changed is why the user asked.
	'changes',
	'firstLine',
	'fixHeading',
	'firstFix',
	'troubledChecks',
	// A row that passed but says where the calls go (a gateway, a proxy): it explains whose balance or refusal it is.
	'routeChecks',
	'passedChecks',
	'secondFix',
	'scriptCommand',
	'laterLines',
	'laterFixes',
	// A fix's link that an action opens or copies: the action still does it, so in a short
	// window the link's rows go to the explanation first.
	'repeatedLinks',
] as const;

type LeafImportance = (typeof leafImportance)[number];

/** A window shorter than this lists fewer actions at once. */
const shortWindowRows = 24;

/** Most actions listed at once, in a short window and otherwise; more scroll. */
const actionLimits = {short: 4, tall: 6} as const;

/** The "more above" and "more below" marks of an action list that scrolls. */
const scrollMarkRows = 2;

/** How a leaf's text is indented; the components draw it with the same values. */
export const leafIndents = {
	line: '  ',
	/** What changed: an icon after the indent, later lines under the text. */
	changeFirst: '  ',
	changeRest: '    ',
	/** The arrow ends in the third column ("  → ", " -> "), so the text starts where the lines under it do. */
	fixFirst: `${' '.repeat(3 - displayWidth(glyphs.arrow))}${glyphs.arrow} `,
	fixRest: '    ',
	/** Columns before a fix's link. */
	fixUrl: 4,
	/** Columns before an action's label (the list's pointer). */
	action: 2,
	/** Columns before a check's text (its icon). */
	check: 2,
} as const;

export type LeafPart =
	| {kind: 'changesHeading'}
	| {kind: 'change'; index: number}
	| {kind: 'check'; index: number; /** Cut at the edge (it wraps to more): to one row, or to `rows` (checkRowCutRows). */ cut: boolean; rows?: number; /** The first line restates it: one row, its first sentence when that fits; `restated` (the line under it says it): else a pointer there. */ brief?: RowBrief}
	| {kind: 'line'; index: number; /** Cut to this many rows (with "…"): a tiny window keeps the start of the first line. */ rows?: number}
	| {kind: 'fixHeading'}
	| {
			kind: 'fix';
			index: number;
			/** Its title cut to this many rows (with "…"): a tiny window keeps the first fix and its whole link. */ titleRows?: number;
			/** Its link is left out: an action opens or copies it, and the rows went to the rest. */ noLink?: true;
	  }
	/** "↓ 2 more": fixes left out for want of rows. */
	| {kind: 'moreFixes'; count: number}
	| {kind: 'script'};

export type LeafLayoutInput = {
	title: string;
	lines: readonly string[];
	fixes: readonly Fix[];
	/** The rows of the check step before the leaf. */
	checks: readonly CheckRowState[];
	/** The check whose finding the first line restates: its row takes one row at most. */
	restated?: string | undefined;
	/** A second check the first line restates: one row at most too (it carries no numbers). */
	restatedAlso?: string | undefined;
	/** That row says what the title leaves out (the numbers): it is kept before the first line, as part of the finding. */
	restatedCarries?: boolean;
	/** The row that turned a good title into a warning: it says why the ⚠, so it is kept as a first line is. */
	warnedBy?: string | undefined;
	/** The labels of the leaf's actions (with their shorter forms). */
	actions: readonly ListLabel[];
	/** The links the actions open or copy: a fix's link among them is the first thing a short window leaves out. */
	actionLinks?: readonly string[];
	notice: string | undefined;
	/** Text shown under the notice on its own line (a copied link), kept whole with the notice. */
	copyable?: string | undefined;
	/** What changed since the last check (checking again), one line each with its icon. */
	changes?: readonly string[];
	/** The command that does the same from a script (scriptLines draws it). */
	script?: ScriptCommand | undefined;
	width: number;
	height: number;
};

export type LeafLayout = {
	/** The parts kept, in the order they are drawn: what changed, checks, lines, the fix heading, fixes, the mark for fixes left out, the script command. */
	parts: LeafPart[];
	/** Rows the title and the notice may take (cut with "…" when a tiny window has fewer); the copyable text under the notice is not cut. */
	titleRows: number;
	noticeRows: number;
	/** Rows the action list may take, its marks included; it scrolls within them. */
	actionRows: number;
	/** Each action's label is cut to one row (with "…") where it would wrap: the first line needed the row. */
	actionsOneRow: boolean;
};

function actionLimit(height: number): number {
	return height < shortWindowRows ? actionLimits.short : actionLimits.tall;
}

/** A fix has a link line unless it is a mailto: link (the title names the address). */
export const showsUrl = (fix: Fix): fix is Fix & {url: string} => fix.url !== null && !fix.url.startsWith('mailto:');

/**
 * A fix's link as drawn at `width`: as far in as the other lines when it fits, less when
 * that makes it fit, without its https:// when only that fits (as the actions name it;
 * a terminal that supports links still opens the whole URL). ink breaks a line wider than
 * the window in the middle, and a link broken over two rows does not copy.
 */
export function fixUrlLine(url: string, width: number): string {
	const shown = displayWidth(url) <= width ? url : withoutScheme(url);
	return fittingIndent(' '.repeat(leafIndents.fixUrl), displayWidth(shown), width) + shown;
}

/**
 * The copyable text under a notice as drawn at `width`: a link wider than the window without
 * its https:// (as the actions name it), so no row breaks it; one wider even so is not drawn
 * broken (it would neither read nor copy): a sentence says how wide a window shows it.
 */
export function copyableLine(text: string, width: number): string {
	if (!/^https?:\/\//.test(text) || displayWidth(text) <= width) return text;
	const bare = withoutScheme(text);
	return displayWidth(bare) <= width ? bare : wizardText.ui.linkTooWide({columns: displayWidth(bare)});
}

/** The sentence that leads to the command where the command takes a row of its own: "Same from a script:". */
export const scriptLead = ({keyApp, keyFile}: ScriptCommand): string => (keyApp ? wizardText.ui.scriptAppKeyLead({app: keyApp, file: keyFile}) : wizardText.ui.scriptLead);

/**
 * The command on a row of its own at `width`, whole: after `indent`, or less indented where that makes it fit. One wider
 * than the window goes on rows of its own from the first column, broken only between its arguments (a flag with its
 * value), each row but the last ending with the shell's continuation mark (text/wrap.ts commandPieces): copied, the rows
 * run as one command. Where that cannot be (an argument wider than the window, a quoted value, Nushell, which has no
 * such mark), it is not drawn: a sentence says how wide a window shows it.
 */
export function commandRows(command: string, width: number, indent: string): string[] {
	const columns = displayWidth(command);
	if (columns <= width) return [fittingIndent(indent, columns, width) + command];
	const rows = lineContinuation() === undefined || /['"]/.test(command) ? [] : wrapPlain(command, {width});
	if (rows.length > 1 && rows.every(row => displayWidth(row) <= width)) return rows;
	return wrapLines(wizardText.ui.commandTooWide({columns}), width, indent);
}

/**
 * "Same from a script: …" as drawn at `width` after `indent`: the sentence wrapped where the command stays whole on one
 * of its rows (one row, where it fits); else its lead, then the command on a row of its own (commandRows). The leaf, the
 * record left after quitting and the help over a result draw it so.
 */
export function scriptLines(script: ScriptCommand, width: number, indent: string): string[] {
	const lines = wrapLines(scriptSentence(script.command, script.keyApp, script.keyFile), width, indent);
	if (lines.some(line => line.includes(script.command))) return lines;
	return [...wrapLines(scriptLead(script), width, indent), ...commandRows(script.command, width, indent)];
}

/** Rows of the script line past which it comes after the later lines: a command wider than the window, on rows of its own. */
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

/**
 * Where a fix's title ends its first clause (after the mark: "," ";" ":" or a full stop followed by a space, "，" "；"
 * "：" "。"), outside brackets, quotes and `commands`; its length where it has no other clause.
 */
export function firstClauseEnd(title: string): number {
	let depth = 0;
	let quoted = false;
	let ticked = false;
	for (let index = 0; index < title.length - 1; index++) {
		const char = title[index] ?? '';
		if (char === '`') ticked = !ticked;
		else if (ticked) continue;
		else if (char === '"') quoted = !quoted;
		else if ('(（“'.includes(char)) depth++;
		else if (')）”'.includes(char)) depth = Math.max(0, depth - 1);
		else if (depth > 0 || quoted) continue;
		else if ('，；：。！？'.includes(char)) return index + 1;
		else if (/[,;:.!?]/u.test(char) && /\s/u.test(title[index + 1] ?? '') && !/\b(?:e\.g|i\.e)$/u.test(title.slice(0, index))) return index + 1;
	}
	return title.length;
}

/**
 * Rows of a fix's title drawn at `width` through the end of its first clause: the least a cut first fix keeps ("→ Put
 * the certificate of…" tells nothing; the clause says what to do).
 */
export function firstClauseRows(title: string, width: number, first: string = leafIndents.fixFirst, rest: string = leafIndents.fixRest): number {
	const lines = wrapLines(title, width, first, rest);
	// The clause's characters, spaces aside (the wrap only drops spaces), counted through the rows.
	let left = title.slice(0, firstClauseEnd(title)).replaceAll(/\s+/gu, '').length;
	for (const [index, line] of lines.entries()) {
		left -= line.replace(index === 0 ? first : '', '').replaceAll(/\s+/gu, '').length;
		if (left <= 0) return index + 1;
	}
	return lines.length;
}

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
	// spelling."), gets the rows to that end, up to two more: the first fix is cut instead (to its first clause at the
	// least, where it still shows). Elsewhere the first fix stays whole, and why is cut.
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
	// A first fix cut keeps its first clause, or where even that cannot fit beside its heading and link in all the rows, what fits
	// (one row at least), as clampLines cuts it: less a last row that held only a file path (a path is whole or left out),
	// whose row then goes to the mark.
	const firstFixLeastRows = (fix: Fix) => {
		const fits = Math.max(1, budget - 1 - ownUrlRows(fix));
		const clause = firstClauseRows(fix.title, width);
		return clause <= fits ? clause : clampLines(wrapLines(fix.title, width, leafIndents.fixFirst, leafIndents.fixRest), fits).length;
	};
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
			// Where its head does not fit, its first row (cut with "…") rather than nothing, where that row holds its first clause
			// whole ("So it is One API, found before…"): a clause reads, a fragment does not.
			const head = index === 0 && first > 1 && firstClauseRows(line, width, leafIndents.line, leafIndents.line) === 1 ? {fallbackRows: 1} : {};
			return {part: {kind: 'line', index}, block: {priority: leafImportance.indexOf(lineImportance(index)), rows: index === 0 ? first : rows, ...head}};
		}),
		// The heading comes with the first fix: never a heading with nothing under it.
		// The first fix that does not fit whole keeps its heading, its title through its first clause at the least (more as
		// rows remain, before the rest of why, the other fixes and the checks) and its whole link (one an action repeats is a
		// block of its own).
		...input.fixes.map((fix, index): Candidate => ({
			part: {kind: 'fix', index},
			block: {
				priority: leafImportance.indexOf(index === 0 ? 'fixHeading' : fixImportance(index)),
				rows: fixRows(fix) + (index === 0 ? 1 : 0),
				...(index === 0 ? {fallbackRows: 1 + firstFixLeastRows(fix) + ownUrlRows(fix), shrinks: true} : {}),
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
	/**
	 * `mark`: the mark's row is given first; `firstFix`: the first fix comes before everything else, whole if it fits or
	 * cut to all the rows left ('first': before the mark too; 'firstCut': right after it).
	 */
	const fit = (rowsForParts: number, mark: boolean, firstFix: 'ranked' | 'first' | 'firstCut' = 'ranked') => {
		const moved = (block: Block): Block => (firstFix === 'ranked' ? block : {...block, priority: firstFixBeforeMark});
		const ranked = candidates.map((candidate, index) => (index === firstFixAt ? moved(candidate.block) : candidate.block));
		// The mark's block stays last (given.at(-1)).
		const before = [...ranked, actionsRest, firstLineRest];
		const blocks = [...before, ...repeatedLinks.map(link => link.block), ...(mark ? [{priority: firstFix === 'firstCut' ? firstFixBeforeMark - 1 : markFirst, rows: 1}] : [])];
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
				// The rows given less the heading and the fix's own link: its title's share.
				const fix = input.fixes[0];
				return [{kind: 'fixHeading'}, cut && fix !== undefined ? {...part, titleRows: rowsGiven - 1 - ownUrlRows(fix)} : part];
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
	// whole, ahead of the start of why if need be; else cut (to its first clause at the
	// least) with its link and the mark, the start of why given way if need be; else the
	// first fix alone; when no fix fits, the mark alone.
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

/**
 * A leaf laid out with each row that repeats the row above it said briefly ("Same as above.", check-row-state.ts
 * rowsSaidOnce), so the rows it saves go to the rest; where that layout keeps such a row but leaves out the one above,
 * that row gets its whole result back and the leaf is laid out again: "Same as above." under another row reads as
 * wrong, and the other brief rows stay brief (every row whole would say a timeout's sentence two or three times).
 */
export function layoutSaidOnce<T extends {layout: LeafLayout}>(rows: readonly CheckRowState[], layoutOf: (rows: readonly CheckRowState[]) => T): T {
	let brief = rowsSaidOnce(rows);
	// Each pass gives at least one row its whole result back, so this ends; the last resort is every row whole.
	for (let pass = 0; pass < rows.length; pass++) {
		const laidOut = layoutOf(brief);
		const drawn = (index: number) => laidOut.layout.parts.some(part => part.kind === 'check' && part.index === index);
		const orphaned = brief.map((row, index) => row !== rows[index] && drawn(index) && !drawn(index - 1));
		if (!orphaned.includes(true)) return laidOut;
		brief = brief.map((row, index) => (orphaned[index] ? rows[index]! : row));
	}
	return layoutOf(rows);
}
