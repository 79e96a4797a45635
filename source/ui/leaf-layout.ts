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
import {isTroubled, saysRoute, type CheckRowState} from './check-row-state.js';
import {checkRowCutRows, checkRowHeight, labelHeights, listFullRows, screenRows, type ListLabel, type RowBrief} from './frame-layout.js';
import {allot, clampLines, wrapLines, wrappedHeight, type Block} from './layout.js';

/**
 * What a short window keeps first, most important first. The checks are the evidence:
 * after the first line and the first fix, before the rest; what went wrong (it says why)
 * and where the calls go before what only passed.
 */
export const leafImportance = [
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

export type LeafImportance = (typeof leafImportance)[number];

/** A window shorter than this lists fewer actions at once. */
export const shortWindowRows = 24;

/** Most actions listed at once, in a short window and otherwise; more scroll. */
export const actionLimits = {short: 4, tall: 6} as const;

/** The "more above" and "more below" marks of an action list that scrolls. */
export const scrollMarkRows = 2;

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

export function actionLimit(height: number): number {
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
export const scriptLead = ({keyApp}: ScriptCommand): string => (keyApp ? wizardText.ui.scriptAppKeyLead({app: keyApp}) : wizardText.ui.scriptLead);

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
	const lines = wrapLines(scriptSentence(script.command, script.keyApp), width, indent);
	if (lines.some(line => line.includes(script.command))) return lines;
	return [...wrapLines(scriptLead(script), width, indent), ...commandRows(script.command, width, indent)];
}

/** Rows of the script line past which it comes after the later lines: a command wider than the window, on rows of its own. */
