// The arrow-key list. Behaviour lives in the pure reducer of select-state.ts; this wires
// keys to it and draws the rows. Unlike ink-select-input 6.2, keys that arrive in one
// chunk (Down and Enter together) are applied in order (see use-immediate-reducer.ts).
// Give it a new `key` when its items change.
import {Box, Text} from 'ink';
import {Item} from 'ink-select-input';
import {glyphs} from '../text/glyphs.js';
import {wizardText} from '../messages/wizard.js';
import {labelHeights, labelLines} from './frame-layout.js';
import {useScreenKeys} from './screen-keys.js';
import {initialSelectState, listWindow, selectActionForKey, selectReducer} from './select-state.js';
import {useImmediateReducer} from './use-immediate-reducer.js';

export type SelectItem = {
	/** Stable id reported back on pick. */
	id: string;
	label: string;
	/** Shorter labels for a window where `label` would be cut (labelLines). */
	shorter?: readonly string[] | undefined;
	whole?: string | undefined;
};

type Props = {
	items: readonly SelectItem[];
	/** The item highlighted first (the previous answer when the user stepped back). */
	initialId?: string | undefined;
	/** Called once, with the item Enter picked. */
	onPick: (item: SelectItem) => void;
	/** False while something else (a text field) owns the keyboard. */
	isActive?: boolean;
	/** Most rows to take, the "more" marks included; the list scrolls beyond that (0: no limit). */
	rows?: number;
	/** Columns to wrap the labels to (the screen budgets their rows); unwrapped without it. */
	width?: number | undefined;
	/** Each label cut to one row with "…" where it would wrap (the screen budgets one row each). */
	oneRow?: boolean | undefined;
};

/** ink-select-input's pointer, drawn with this terminal's (figures' own, or ASCII where the locale is not UTF-8). */
function Indicator({isSelected}: {isSelected: boolean}) {
	return <Box marginRight={1}>{isSelected ? <Text color="blue">{glyphs.pointer}</Text> : <Text> </Text>}</Box>;
}

export function Select({items, initialId, onPick, isActive = true, rows = 0, width, oneRow = false}: Props) {
	const list = useImmediateReducer(selectReducer, () => initialSelectState(items.length, Math.max(items.findIndex(item => item.id === initialId), 0)));

	useScreenKeys((input, key) => {
		const action = selectActionForKey(input, key);
		if (!action) return;
		const {before, after} = list.dispatch(action);
		if (after.pickedIndex !== undefined && before.pickedIndex === undefined) {
			const picked = items[after.pickedIndex];
			if (picked) onPick(picked);
		}
	}, isActive);

	const labels = items.map(item => (width === undefined ? [item.label] : labelLines(item, width, oneRow)));
	const {focusedIndex} = list.state;
	const heights = width === undefined ? items.map(() => 1) : labelHeights(items, width, oneRow);
	const {start, end} = listWindow(heights, focusedIndex, rows);
	return (
		<Box flexDirection="column">
			{start > 0 ? <Text dimColor>{wizardText.ui.moreAbove({count: start})}</Text> : null}
			{items.slice(start, end).map((item, offset) => {
				const isSelected = start + offset === focusedIndex;
				return (
					<Box key={item.id}>
						<Indicator isSelected={isSelected} />
						<Box flexShrink={1}>
							<Item isSelected={isSelected} label={(labels[start + offset] ?? [item.label]).join('\n')} />
						</Box>
					</Box>
				);
			})}
			{end < items.length ? <Text dimColor>{wizardText.ui.moreBelow({count: items.length - end})}</Text> : null}
		</Box>
	);
}
