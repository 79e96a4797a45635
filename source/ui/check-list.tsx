// Live checks: a spinner while one runs, then ✔ ✖ ⚠ and its result.

import {Box, Text} from 'ink';
import Spinner from 'ink-spinner';
import {timeMessages} from '../messages/time.js';
import {wizardText} from '../messages/wizard.js';
import {glyphs} from '../text/glyphs.js';
import {checkStatusIcons} from '../text/status-icons.js';
import {sanitize} from '../text/safe.js';
import {rowsSaidOnce, type CheckRowState} from './check-row-state.js';
import {useTick} from './clock.js';
import type {RowBrief, RowMode} from './frame-layout.js';
import {displayWidth} from '../text/width.js';
import {clampLines, cutAtWord, wrapLines} from './layout.js';

function Icon({state}: {state: CheckRowState['state']}) {
	if (state === 'running') return <Spinner type={glyphs.spinner} />;
	if (state === 'waiting') return <Text dimColor>{glyphs.dot}</Text>;
	const {icon, color} = checkStatusIcons[state.status];
	return <Text color={color}>{icon}</Text>;
}

/** "running… 3 s of 10 s" once a check has run for a second: the deadline of each request, then the check's own. */
function useElapsed(row: CheckRowState): string | undefined {
	const {timing} = row;
	const now = useTick(row.state === 'running' && timing !== undefined);
	if (row.state !== 'running' || !timing) return undefined;
	const ms = now - timing.startedAt;
	if (ms < 1000) return undefined;
	// The request's limit as set (--timeout 1500: "1.5 s"); the check's own, which adds a margin, in whole seconds.
	const deadline = ms < timing.timeoutMs ? timeMessages.limit({ms: timing.timeoutMs}) : timeMessages.duration({ms: timing.deadlineMs});
	return wizardText.ui.runningFor({elapsed: timeMessages.duration({ms}), deadline});
}

function detail(state: CheckRowState['state'], elapsed?: string): string {
	if (state === 'waiting') return wizardText.ui.waiting;
	if (state === 'running') return elapsed ?? wizardText.ui.running;
	// Summaries are safe already (the runner sanitises them); once more costs nothing.
	return sanitize(state.summary);
}

const count = (text: string, mark: string): number => text.split(mark).length - 1;

/** No quotation or bracket left open: a stop inside a service's quoted words ("Incorrect model ID. Please …") ends no sentence of ours. */
const closed = (text: string): boolean =>
	count(text, '"') % 2 === 0 && count(text, '“') === count(text, '”') && count(text, '（') === count(text, '）') && count(text, '(') === count(text, ')');

/** The text up to the first of `ends` (a global pattern) that is outside quotes and brackets, when it has one. */
function upToFirst(text: string, ends: RegExp): string | undefined {
	for (const end of text.matchAll(ends)) {
		const head = text.slice(0, end.index + end[0].length);
		if (closed(head)) return head;
	}
	return undefined;
}

/** The text up to its first full stop ("." before a space, or "。"), when it has one. */
const firstSentence = (text: string): string | undefined => upToFirst(text, /\.(?=\s)|。/gu);

/** The text up to its first clause's end (":" or ";" before a space, "：" or "；"), when it has one. */
const firstClause = (text: string): string | undefined => upToFirst(text, /[:;](?=\s)|[：；]/gu);

/**
 * A row said again elsewhere on its screen, as drawn: its first sentence when that fits, with no "…" promising more;
 * cut to one row, its first clause when that fits ("…" for the rest), else a pointer to the line under it when that line
 * says it (a cut mid-phrase reads as broken: "(from…"); else the whole, to be cut.
 */
function briefText(whole: string, label: string, title: string, width: number, cut: boolean, brief: RowBrief | undefined): string {
	if (brief === undefined) return whole;
	const sentence = firstSentence(whole);
	if (sentence !== undefined && displayWidth(sentence) <= width) return sentence;
	if (!cut) return whole;
	const clause = firstClause(whole.slice(label.length));
	const head = clause === undefined ? undefined : `${label}${clause.slice(0, -1)}`.trimEnd();
	if (head !== undefined && displayWidth(head) + displayWidth(glyphs.ellipsis) <= width) return `${head}${glyphs.ellipsis}`;
	return brief === 'restated' ? wizardText.ui.checkRow(title, wizardText.ui.restatedBelow) : whole;
}

function RowText({row, width, cut, cutRows, brief}: {row: CheckRowState; width: number; cut: boolean; cutRows: number; brief: RowBrief | undefined}) {
	const label = wizardText.ui.checkLabel(row.title);
	const shown = briefText(wizardText.ui.checkRow(row.title, detail(row.state, useElapsed(row))), label, row.title, width, cut, brief);
	// Cut to one row after its last whole word (a word cut short reads as another), or to `cutRows` rows with "…", or
	// wrapped here by words (see layout.ts); the label is drawn in bold.
	const oneRow = cut && cutRows <= 1;
	const [first = '', ...rest] = oneRow ? [cutAtWord(shown, width)] : cut ? clampLines(wrapLines(shown, width), cutRows) : wrapLines(shown, width);
	const bold = first.startsWith(label) ? label : '';
	return (
		<Text wrap={oneRow ? 'truncate-end' : 'wrap'} dimColor={row.state === 'waiting'}>
			<Text bold>{bold}</Text>
			{[first.slice(bold.length), ...rest].join('\n')}
		</Text>
	);
}

/**
 * One check: its icon, then "Title: result" wrapped whole, or cut at the edge to one row, or to `cutRows` (`brief`: at
 * its first sentence when that fits, else "Title: see below." or cut).
 */
export function CheckRow({row, width, cut = false, cutRows = 1, brief}: {row: CheckRowState; width: number; cut?: boolean; cutRows?: number; brief?: RowBrief}) {
	return (
		<Box>
			<Box width={2} flexShrink={0}>
				<Icon state={row.state} />
			</Box>
			<Box flexShrink={1}>
				<RowText row={row} width={width - 2} cut={cut} cutRows={cutRows} brief={brief} />
			</Box>
		</Box>
	);
}

/**
 * The rows of a check step; `modes` (from the screen's budget) cuts or leaves out some. A result that repeats the row
 * drawn above it says so briefly: the budget counted it whole, so the frame only gets shorter.
 */
export function CheckList({rows, width, modes}: {rows: readonly CheckRowState[]; width: number; modes?: readonly RowMode[]}) {
	const drawn = rowsSaidOnce(rows, index => (modes?.[index] ?? 'full') !== 'hidden');
	return (
		<Box flexDirection="column">
			{drawn.map((row, index) => {
				const mode = modes?.[index] ?? 'full';
				return mode === 'hidden' ? null : <CheckRow key={row.id} row={row} width={width} cut={mode === 'cut'} />;
			})}
		</Box>
	);
}
