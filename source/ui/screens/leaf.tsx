// A leaf: what was found, the evidence, the fixes with their links, and the actions. What
// fits a short window is decided by leaf-layout.ts.
import type {ReactNode} from 'react';
import {Box} from 'ink';
import type {LeafNode, Option, View} from '../../tree/types.js';
import type {CheckRowState} from '../check-row.js';
import {CheckList} from '../check-list.js';
import {layoutLeaf, leafIndents, type LeafPart} from '../leaf-layout.js';
import type {Notice} from '../notice.js';
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
	width: number;
	height: number;
	onPick: (id: string) => void;
};

export function LeafScreen({node, view, options, initialId, previous, notice, width, height, onPick}: LeafScreenProps) {
	const content = node.content(view);
	const layout = layoutLeaf({
		title: content.title,
		lines: content.lines,
		fixes: content.fixes,
		checks: previous,
		actions: options.map(option => option.label),
		notice: notice?.text,
		width,
		height,
	});
	const draw = (part: LeafPart): ReactNode => {
		switch (part.kind) {
			case 'check': {
				const row = previous[part.index];
				return row ? <CheckList key={`row:${row.id}`} rows={[row]} width={width} compact /> : null;
			}
			case 'line': {
				const line = content.lines[part.index];
				return line === undefined ? null : <Wrapped key={`line:${part.index}`} text={line} width={width} indent={leafIndents.line} />;
			}
			case 'fixHeading':
				return <FixHeading key="fixes" />;
			case 'fix': {
				const fix = content.fixes[part.index];
				return fix ? <FixLine key={`fix:${fix.id}`} fix={fix} width={width} /> : null;
			}
		}
	};
	return (
		<Box flexDirection="column">
			<LeafTitle tone={content.tone} title={content.title} width={width} />
			{layout.parts.map(draw)}
			{notice ? <Wrapped color={notice.tone === 'good' ? 'green' : 'red'} text={notice.text} width={width} /> : null}
			<Select items={options} initialId={initialId} limit={layout.actionLimit} onPick={item => onPick(item.id)} />
		</Box>
	);
}
