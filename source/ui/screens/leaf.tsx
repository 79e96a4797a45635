// A leaf: what was found, the evidence, the fixes with their links, and the actions. What
// fits a short window is decided by leaf-layout.ts.
import type {ReactNode} from 'react';
import {Box, Text} from 'ink';
import {provider} from '../../checks/details.js';
import {wizardText} from '../../messages/wizard.js';
import {glyphs} from '../../text/glyphs.js';
import {sinceEarlierRun, whatChanged, type ChangeTone} from '../../tree/changes.js';
import type {LeafNode, Option, View} from '../../tree/types.js';
import type {CheckRowState} from '../check-row-state.js';
import {CheckRow} from '../check-list.js';
import {useClocks} from '../clock.js';
import {copyableLine, layoutLeaf, layoutSaidOnce, leafIndents, scriptLines, type LeafPart} from '../leaf-layout.js';
import {namedLayout, type NamedLeaf} from '../leaf-naming.js';
import type {ScriptCommand} from '../../tree/command.js';
import {noticeColour, type Notice} from '../notice.js';
import {Select} from '../select.js';
import {FixHeading, FixLine, LeafTitle, Wrapped} from '../text-blocks.js';

type LeafScreenProps = {
	node: LeafNode;
	view: View;
	options: readonly Option[];
	initialId: string | undefined;
	/** The rows of the check step before the leaf (the evidence). */
	previous: readonly CheckRowState[];
	notice: Notice | undefined;
	/** The command that does the same from a script. */
	script: ScriptCommand | undefined;
	width: number;
	height: number;
	onPick: (id: string) => void;
};

const changeIcons: Record<ChangeTone, {icon: string; color: string | undefined}> = {
	good: {icon: glyphs.tick, color: 'green'},
	bad: {icon: glyphs.cross, color: 'red'},
	still: {icon: glyphs.warning, color: 'yellow'},
	same: {icon: glyphs.dot, color: undefined},
};

/** The row the title restates, saying `text` (the numbers) instead of its summary when the leaf gives one. */
function restatedRow(row: CheckRowState, text: string | undefined): CheckRowState {
	return text === undefined || typeof row.state !== 'object' ? row : {...row, state: {...row.state, summary: text}};
}

export function LeafScreen({node, view, options, initialId, previous, notice, script, width, height, onPick}: LeafScreenProps) {
	const leaf = node.content(view);
	const leafRows = previous.map(row => (row.id === leaf.restates ? restatedRow(row, leaf.restatedAs) : row));
	const {now} = useClocks();
	// Checked again: what changed since; else, where the result is about the balance, money that came in since an earlier run's look.
	const changes = view.before ? whatChanged(view.before, view.results, now()) : leaf.restates === 'balance' ? sinceEarlierRun(view.results, now()) : [];
	const changeLines = changes.map(change => `${changeIcons[change.tone].icon} ${change.text}`);
	const layoutOf = ({content, rows}: NamedLeaf) =>
		layoutLeaf({
			title: content.title,
			lines: content.lines,
			fixes: content.fixes,
			checks: rows,
			restated: content.restates,
			restatedAlso: content.restatesAlso,
			restatedCarries: content.restatedAs !== undefined,
			warnedBy: content.warnedBy,
			actions: options.map(option => ({label: option.label, shorter: option.shorter, whole: option.whole})),
			actionLinks: options.flatMap(option => (option.effect?.type === 'open' ? [option.effect.url] : option.effect?.type === 'copy' && option.effect.what === 'link' ? [option.effect.text] : [])),
			notice: notice?.text,
			copyable: notice?.copyable,
			changes: changeLines,
			script,
			width,
			height,
		});
	const {content, rows, layout} = layoutSaidOnce(leafRows, said => namedLayout(leaf, said, provider(view.results), layoutOf));
	const draw = (part: LeafPart): ReactNode => {
		switch (part.kind) {
			case 'changesHeading':
				return (
					<Text key="changes" bold>
						{wizardText.changes.heading}
					</Text>
				);
			case 'change': {
				const change = changes[part.index];
				const line = changeLines[part.index];
				return change && line ? <Wrapped key={`change:${part.index}`} text={line} width={width} indent={leafIndents.changeFirst} hanging={leafIndents.changeRest} color={changeIcons[change.tone].color} /> : null;
			}
			case 'script':
				return script ? (
					<Text key="script" dimColor>
						{scriptLines(script, width, leafIndents.line).join('\n')}
					</Text>
				) : null;
			case 'check': {
				const row = rows[part.index];
				return row ? <CheckRow key={`row:${row.id}`} row={row} width={width} cut={part.cut} cutRows={part.rows} brief={part.brief} /> : null;
			}
			case 'line': {
				const line = content.lines[part.index];
				return line === undefined ? null : <Wrapped key={`line:${part.index}`} text={line} width={width} indent={leafIndents.line} rows={part.rows} />;
			}
			case 'fixHeading':
				return <FixHeading key="fixes" />;
			case 'fix': {
				const fix = content.fixes[part.index];
				return fix ? <FixLine key={`fix:${part.index}:${fix.id}`} fix={fix} width={width} titleRows={part.titleRows} noLink={part.noLink} /> : null;
			}
			case 'moreFixes':
				return (
					<Text key="more-fixes" dimColor wrap="truncate-end">
						{wizardText.ui.moreFixes({count: part.count})}
					</Text>
				);
		}
	};
	return (
		<Box flexDirection="column">
			<LeafTitle tone={content.tone} title={content.title} width={width} rows={layout.titleRows} />
			{layout.parts.map(draw)}
			{notice ? <Wrapped color={noticeColour(notice)} text={notice.text} width={width} rows={layout.noticeRows} /> : null}
			{notice?.copyable ? <Wrapped text={copyableLine(notice.copyable, width)} width={width} /> : null}
			<Select items={options} initialId={initialId} rows={layout.actionRows} width={width} oneRow={layout.actionsOneRow} onPick={item => onPick(item.id)} />
		</Box>
	);
}
