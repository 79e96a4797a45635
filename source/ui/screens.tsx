// One component per kind of tree node: a question with a list, a text field, live checks,
// and a leaf (what was found, the fix, the actions). Presentational: the app hands in what
// to show and gets the user's picks back.
import {useState, type ReactNode} from 'react';
import {Box} from 'ink';
import {wizardText} from '../messages/wizard.js';
import type {ChecksNode, InputNode, Known, LeafNode, MenuNode, Option, View} from '../tree/types.js';
import {CheckList, isTroubled, type CheckRowState} from './check-list.js';
import {fitParts, wrappedHeight} from './layout.js';
import {FixHeading, FixLine, LeafTitle, showsUrl, Wrapped} from './leaf-view.js';
import {Select} from './select.js';
import {TextField} from './text-field.js';

export type Notice = {text: string; tone: 'good' | 'bad'};

function Question({text, help, width}: {text: string; help: readonly string[]; width: number}) {
	return (
		<>
			<Wrapped bold text={text} width={width} />
			{help.map(line => (
				<Wrapped key={line} dimColor text={line} width={width} />
			))}
		</>
	);
}

function StartFacts({known, notice, width}: {known: Known; notice: string | undefined; width: number}) {
	const s = wizardText.start;
	return (
		<Box flexDirection="column" marginBottom={1}>
			<Wrapped bold text={s.title} width={width} />
			<Wrapped text={known.key ? s.key(known.key.masked, known.key.source) : known.envKeyBlank ? s.blankEnvKey : s.noKey} width={width} />
			<Wrapped text={s.baseUrl(known.baseUrl, known.baseUrlSource)} width={width} />
			{known.providerName ? <Wrapped color="yellow" text={s.provider(known.providerName)} width={width} /> : null}
			{notice ? <Wrapped color="yellow" text={wizardText.ui.settingsNotice(notice)} width={width} /> : null}
		</Box>
	);
}

type MenuScreenProps = {
	node: MenuNode;
	view: View;
	initialId: string | undefined;
	/** Results of the check step just before, shown as the reason for the question. */
	previous: readonly CheckRowState[];
	/** A note about the settings file, shown once on the start screen. */
	settingsNotice: string | undefined;
	width: number;
	onPick(id: string): void;
};

export function MenuScreen({node, view, initialId, previous, settingsNotice, width, onPick}: MenuScreenProps) {
	return (
		<Box flexDirection="column">
			{node.id === 'start' ? <StartFacts known={view.known} notice={settingsNotice} width={width} /> : null}
			{previous.length > 0 ? <CheckList rows={previous} width={width} compact /> : null}
			<Question text={node.question(view)} help={node.help?.(view) ?? []} width={width} />
			<Select items={node.options(view)} initialId={initialId} onPick={item => onPick(item.id)} />
		</Box>
	);
}

type InputScreenProps = {
	node: InputNode;
	view: View;
	initial: string;
	width: number;
	/** Resolves to a sentence saying what is wrong, or undefined when accepted. */
	onSubmit(value: string): Promise<string | undefined>;
};

export function InputScreen({node, view, initial, width, onSubmit}: InputScreenProps) {
	const [value, setValue] = useState(initial);
	const [error, setError] = useState<string | undefined>();
	return (
		<Box flexDirection="column">
			<Question text={node.question(view)} help={node.help?.(view) ?? []} width={width} />
			<TextField
				value={value}
				secret={node.secret}
				placeholder={node.placeholder}
				error={error}
				onChange={next => {
					setValue(next);
					setError(undefined);
				}}
				onSubmit={submitted => {
					void onSubmit(submitted).then(setError);
				}}
			/>
		</Box>
	);
}

type ChecksScreenProps = {node: ChecksNode; rows: readonly CheckRowState[]; problem: string | undefined; width: number};

export function ChecksScreen({node, rows, problem, width}: ChecksScreenProps) {
	return (
		<Box flexDirection="column">
			<Wrapped bold text={node.title} width={width} />
			{problem ? <Wrapped color="red" text={wizardText.ui.contextError(problem)} width={width} /> : <CheckList rows={rows} width={width} />}
		</Box>
	);
}

type LeafScreenProps = {
	node: LeafNode;
	view: View;
	options: readonly Option[];
	initialId: string | undefined;
	previous: readonly CheckRowState[];
	notice: Notice | undefined;
	width: number;
	height: number;
	onPick(id: string): void;
};

/** Most actions listed at once (fewer in a short window); more scroll. */
const actionRows = (height: number) => (height < 24 ? 4 : 6);

export function LeafScreen({node, view, options, initialId, previous, notice, width, height, onPick}: LeafScreenProps) {
	const content = node.content(view);
	// One screen: breadcrumb, title, hints and the actions always; the rest by importance
	// while rows remain (ink would cut off the top of a frame as tall as the terminal).
	const limit = actionRows(height);
	const visibleActions = Math.min(options.length, limit);
	const labelRows = options.map(option => wrappedHeight(option.label, width - 2)).sort((a, b) => b - a);
	const scrollMarks = options.length > visibleActions ? 2 : 0;
	const actionsHeight = labelRows.slice(0, visibleActions).reduce((sum, rows) => sum + rows, 0) + scrollMarks;
	const noticeHeight = notice ? wrappedHeight(notice.text, width) : 0;
	const titleHeight = wrappedHeight(content.title, width - 2, '  ');
	// Breadcrumb and key hints, and one row spare: a frame as tall as the window is redrawn whole.
	const budget = height - 3 - titleHeight - actionsHeight - noticeHeight;
	type Piece = {priority: number; rows: number; render: () => ReactNode};
	const pieces: Piece[] = [
		// The checks are the evidence: after the first line and the first fix, before the
		// rest. What went wrong wraps; what passed gets one row.
		...previous.map((row, index) => {
			const troubled = isTroubled(row);
			const summary = typeof row.state === 'object' ? row.state.summary : '';
			return {
				priority: (troubled ? 2.5 : 2.8) + index / 100,
				rows: troubled ? wrappedHeight(`${row.title}: ${summary}`, width - 2) : 1,
				render: () => <CheckList key={`row:${row.id}`} rows={[row]} width={width} compact />,
			};
		}),
		...content.lines.map((line, index) => ({
			priority: index === 0 ? 0 : 20 + index,
			rows: wrappedHeight(line, width, '  '),
			render: () => <Wrapped key={`line:${index}`} text={line} width={width} indent="  " />,
		})),
		...(content.fixes.length > 0 ? [{priority: 1, rows: 1, render: () => <FixHeading key="fixes" />}] : []),
		...content.fixes.map((fix, index) => ({
			priority: index < 2 ? 2 + index : 30 + index,
			rows: wrappedHeight(fix.title, width, '  → ', '    ') + (showsUrl(fix) ? wrappedHeight(fix.url, width - 4) : 0),
			render: () => <FixLine key={`fix:${fix.id}`} fix={fix} width={width} />,
		})),
	];
	const kept = fitParts(pieces, budget);
	return (
		<Box flexDirection="column">
			<LeafTitle tone={content.tone} title={content.title} width={width} />
			{pieces.filter((_, index) => kept.has(index)).map(piece => piece.render())}
			{notice ? <Wrapped color={notice.tone === 'good' ? 'green' : 'red'} text={notice.text} width={width} /> : null}
			<Select items={options} initialId={initialId} limit={limit} onPick={item => onPick(item.id)} />
		</Box>
	);
}
