// The arrow-key list. Behaviour lives in the pure reducer of select-state.ts; this wires
// keys to it and draws the rows. Unlike ink-select-input 6.2, keys that arrive in one
// chunk (Down and Enter together) are applied in order (see use-immediate-reducer.ts).
// Give it a new `key` when its items change.
import {Box, Text} from 'ink';
import {Indicator, Item} from 'ink-select-input';
import {wizardText} from '../messages/wizard.js';
import {useScreenKeys} from './screen-keys.js';
import {initialSelectState, selectActionForKey, selectReducer, visibleWindow} from './select-state.js';
import {useImmediateReducer} from './use-immediate-reducer.js';

export type SelectItem = {
	/** Stable id reported back on pick. */
	id: string;
	label: string;
};

type Props = {
	items: readonly SelectItem[];
	/** The item highlighted first (the previous answer when the user stepped back). */
	initialId?: string | undefined;
	/** Called once, with the item Enter picked. */
	onPick: (item: SelectItem) => void;
	/** False while something else (a text field) owns the keyboard. */
	isActive?: boolean;
	/** Most rows to show at once; the list scrolls beyond that. */
	limit?: number;
};

export function Select({items, initialId, onPick, isActive = true, limit = 0}: Props) {
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

	const {focusedIndex} = list.state;
	const {start, end} = visibleWindow(items.length, focusedIndex, limit);
	return (
		<Box flexDirection="column">
			{start > 0 ? <Text dimColor>{wizardText.ui.moreAbove}</Text> : null}
			{items.slice(start, end).map((item, offset) => {
				const isSelected = start + offset === focusedIndex;
				return (
					<Box key={item.id}>
						<Indicator isSelected={isSelected} />
						<Box flexShrink={1}>
							<Item isSelected={isSelected} label={item.label} />
						</Box>
					</Box>
				);
			})}
			{end < items.length ? <Text dimColor>{wizardText.ui.moreBelow}</Text> : null}
		</Box>
	);
}
