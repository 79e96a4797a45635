// Which parts of a leaf fit the window. ink redraws the whole screen, and cuts its top
// off, once a frame is as tall as the terminal; so a leaf always keeps its title, its
// notice and its actions, and keeps the rest by importance while rows remain. Pure, so
// the rules are tested without a terminal.
import type {Fix} from '../verdict.js';
import {isTroubled, type CheckRowState} from './check-row.js';
import {fitParts, wrappedHeight} from './layout.js';

/**
 * What a short window keeps first, most important first. The checks are the evidence:
 * after the first line and the first fix, before the rest; what went wrong (it says why)
 * before what passed.
 */
export const leafImportance = [
	// After checking again: what changed is why the user asked.
	'changes',
	'firstLine',
	'fixHeading',
	'firstFix',
	'troubledChecks',
	'passedChecks',
	'secondFix',
	'scriptCommand',
	'laterLines',
	'laterFixes',
] as const;

export type LeafImportance = (typeof leafImportance)[number];

/** The breadcrumb and the key hints, and one row spare: a frame as tall as the window is redrawn whole. */
export const frameRows = 3;

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
	fixFirst: '  → ',
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
	| {kind: 'check'; index: number}
	| {kind: 'line'; index: number}
	| {kind: 'fixHeading'}
	| {kind: 'fix'; index: number}
	| {kind: 'script'};

export type LeafLayoutInput = {
	title: string;
	lines: readonly string[];
	fixes: readonly Fix[];
	/** The rows of the check step before the leaf. */
	checks: readonly CheckRowState[];
	/** The labels of the leaf's actions. */
	actions: readonly string[];
	notice: string | undefined;
	/** Text shown under the notice on its own line (a copied link), kept with the notice. */
	copyable?: string | undefined;
	/** What changed since the last check (checking again), one line each with its icon. */
	changes?: readonly string[];
	/** The command that does the same from a script. */
	script?: string | undefined;
	width: number;
	height: number;
};

export type LeafLayout = {
	/** The parts kept, in the order they are drawn: what changed, checks, lines, the fix heading, fixes, the script command. */
	parts: LeafPart[];
	/** Most actions listed at once; the list scrolls beyond that. */
	actionLimit: number;
};

export function actionLimit(height: number): number {
	return height < shortWindowRows ? actionLimits.short : actionLimits.tall;
}

/** A fix has a link line unless it is a mailto: link (the title names the address). */
export const showsUrl = (fix: Fix): fix is Fix & {url: string} => fix.url !== null && !fix.url.startsWith('mailto:');

const lineImportance = (index: number): LeafImportance => (index === 0 ? 'firstLine' : 'laterLines');
const fixImportance = (index: number): LeafImportance => (index === 0 ? 'firstFix' : index === 1 ? 'secondFix' : 'laterFixes');

/** Rows the actions take: the tallest labels that can be on screen at once, and the scroll marks. */
function actionsHeight(labels: readonly string[], limit: number, width: number): number {
	const visible = Math.min(labels.length, limit);
	const tallestFirst = labels.map(label => wrappedHeight(label, width - leafIndents.action)).sort((a, b) => b - a);
	const marks = labels.length > visible ? scrollMarkRows : 0;
	return tallestFirst.slice(0, visible).reduce((sum, rows) => sum + rows, 0) + marks;
}

export function layoutLeaf(input: LeafLayoutInput): LeafLayout {
	const {width} = input;
	const limit = actionLimit(input.height);
	const noticeHeight = (input.notice === undefined ? 0 : wrappedHeight(input.notice, width)) + (input.copyable === undefined ? 0 : wrappedHeight(input.copyable, width));
	const changes = input.changes ?? [];
	const titleHeight = wrappedHeight(input.title, width - 2, '  ');
	const budget = input.height - frameRows - titleHeight - actionsHeight(input.actions, limit, width) - noticeHeight;

	type Candidate = {part: LeafPart; importance: LeafImportance; rows: number};
	const candidates: Candidate[] = [
		...(changes.length > 0 ? [{part: {kind: 'changesHeading'}, importance: 'changes', rows: 1} satisfies Candidate] : []),
		...changes.map((change, index): Candidate => ({part: {kind: 'change', index}, importance: 'changes', rows: wrappedHeight(change, width, leafIndents.changeFirst, leafIndents.changeRest)})),
		...input.checks.map((row, index): Candidate => {
			const troubled = isTroubled(row);
			const summary = typeof row.state === 'object' ? row.state.summary : '';
			return {
				part: {kind: 'check', index},
				importance: troubled ? 'troubledChecks' : 'passedChecks',
				// What went wrong wraps; what passed gets one row.
				rows: troubled ? wrappedHeight(`${row.title}: ${summary}`, width - leafIndents.check) : 1,
			};
		}),
		...input.lines.map((line, index): Candidate => ({
			part: {kind: 'line', index},
			importance: lineImportance(index),
			rows: wrappedHeight(line, width, leafIndents.line),
		})),
		...(input.fixes.length > 0 ? [{part: {kind: 'fixHeading'}, importance: 'fixHeading', rows: 1} satisfies Candidate] : []),
		...input.fixes.map((fix, index): Candidate => ({
			part: {kind: 'fix', index},
			importance: fixImportance(index),
			rows:
				wrappedHeight(fix.title, width, leafIndents.fixFirst, leafIndents.fixRest) + (showsUrl(fix) ? wrappedHeight(fix.url, width - leafIndents.fixUrl) : 0),
		})),
		...(input.script === undefined ? [] : [{part: {kind: 'script'}, importance: 'scriptCommand', rows: wrappedHeight(input.script, width, leafIndents.line)} satisfies Candidate]),
	];
	const kept = fitParts(
		candidates.map(candidate => ({priority: leafImportance.indexOf(candidate.importance), rows: candidate.rows})),
		budget,
	);
	return {parts: candidates.filter((_, index) => kept.has(index)).map(candidate => candidate.part), actionLimit: limit};
}
