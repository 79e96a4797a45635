// A one-line text field; masked for keys, with a masked preview so the user can tell the
// paste arrived without the key ever being shown. While it is on screen the terminal is
// asked for bracketed paste (ink's usePaste): a paste arrives whole, as text, so a line
// break in it never submits the field, however the terminal cuts it up. Keys go through
// the pure reducer of field-state.ts, each seeing what the key before it did (a held
// Backspace comes as many in one chunk; ink-text-input deleted one of them).

import {Box, Text, useInput, usePaste} from 'ink';
import {wizardText} from '../messages/wizard.js';
import {isSkKeyOfWrongLength} from '../checks/key-format.js';
import {mainWrapper, readPastedKey, type KeyWrapper, type PastedKey} from '../checks/pasted-key.js';
import {maskKey} from '../text/safe.js';
import {inputErrorLine, Wrapped} from './text-blocks.js';
import {fieldActionForKey, fieldReducer, fieldRows, initialFieldState, type FieldAction} from './field-state.js';
import {useImmediateReducer} from './use-immediate-reducer.js';

/** A pasted key is previewed (masked) from this length on. */
const keyPreviewMinLength = 8;

/**
 * The lines under a key being typed or pasted (none while too short to show): the key the
 * field keeps, masked, and what it left out around it; or why the paste is not one key.
 * The key is sent as kept (app.tsx reads the paste the same way).
 */
export function keyFieldLines(typed: string): string[] {
	if (typed.trim().length < keyPreviewMinLength) return [];
	const read = readPastedKey(typed);
	if (read.kind !== 'key') return [pasteProblem(read)];
	const {key} = read;
	if (key.length < keyPreviewMinLength) return [];
	const masked = maskKey(key);
	const preview = isSkKeyOfWrongLength({masked, length: key.length}) ? wizardText.ui.keyPreviewWrongLength({masked, length: key.length}) : wizardText.ui.keyPreview(masked, key.length);
	const wrapper = mainWrapper(read.removed);
	return wrapper ? [preview, removedLine(wrapper, read.removed)] : [preview];
}

/** Why a paste is not taken as a key: one sentence, said under the field and again on Enter. */
export function pasteProblem(read: Exclude<PastedKey, {kind: 'key'}>): string {
	return read.kind === 'several_keys' ? wizardText.ui.keySeveral({count: read.count}) : wizardText.ui.keyNotOne;
}

function removedLine(wrapper: KeyWrapper, removed: readonly KeyWrapper[]): string {
	const said = wizardText.ui.keyRemoved;
	switch (wrapper.kind) {
		case 'assignment': {
			return said.assignment({name: wrapper.name});
		}
		case 'bearer': {
			return removed.some(({kind}) => kind === 'quotes') ? said.bearerQuoted : said.bearer;
		}
		default: {
			return said[wrapper.kind];
		}
	}
}

type Props = {
	value: string;
	secret: boolean;
	placeholder?: string | undefined;
	error?: string | undefined;
	/** Dim lines under the field (a key's preview: keyFieldLines). */
	notes?: readonly string[];
	/** Columns to wrap the preview and the error to. */
	width: number;
	/** Rows the value may take (a huge paste is cut, never the frame). */
	rows: number;
	onChange: (value: string) => void;
	onSubmit: (value: string) => void;
};

export function TextField({value, secret, placeholder, error, notes = [], width, rows, onChange, onSubmit}: Props) {
	const field = useImmediateReducer(fieldReducer, () => initialFieldState(value));
	const apply = (action: FieldAction) => {
		const {before, after} = field.dispatch(action);
		if (after.value !== before.value) onChange(after.value);
	};
	useInput((input, key) => {
		if (key.return) {
			onSubmit(field.latest().value);
			return;
		}
		const action = fieldActionForKey(input, key);
		if (action) apply(action);
	});
	// Added at the end, then read as typed text is (keyFieldLines, then the submit): one path for a key however it came.
	usePaste(text => apply({type: 'append', text}));
	return (
		<Box flexDirection="column">
			<Box maxHeight={rows} overflowY="hidden">
				<Text color="blue">{'> '}</Text>
				<Box flexShrink={1}>
					<FieldText state={field.state} secret={secret} placeholder={placeholder ?? ''} width={width} />
				</Box>
			</Box>
			{notes.map(note => (
				<Wrapped key={note} dimColor text={note} width={width} />
			))}
			{error ? <Wrapped color="red" text={inputErrorLine(error)} width={width} /> : null}
		</Box>
	);
}

// Inverse video, written out rather than through chalk: it is not a colour, so the cursor stays visible under NO_COLOR.
const inverse = (text: string) => `\u001B[7m${text}\u001B[27m`;

/** The columns after "> ": the field's rows are cut to them (fieldRows), as layoutInput counts them. */
const fieldColumns = (width: number) => Math.max(width - 2, 2);

/** The value (masked for a key) with the cursor drawn on the character it is before, or the placeholder in grey. */
function FieldText({state, secret, placeholder, width}: {state: {value: string; cursor: number}; secret: boolean; placeholder: string; width: number}) {
	const {value, cursor} = state;
	if (value === '') {
		return (
			<Text>
				{inverse(placeholder.slice(0, 1) || ' ')}
				<Text color="gray">{placeholder.slice(1)}</Text>
			</Text>
		);
	}
	const {rows, row, at} = fieldRows(secret ? '*'.repeat(value.length) : value, cursor, fieldColumns(width));
	const lines = rows.map((cells, index) => (index === row ? cells.map((cell, cellIndex) => (cellIndex === at ? inverse(cell) : cell)) : cells).join(''));
	return <Text>{lines.join('\n')}</Text>;
}
