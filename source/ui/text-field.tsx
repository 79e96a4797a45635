// A one-line text field (ink-text-input); masked for keys, with a masked preview so the
// user can tell the paste arrived without the key ever being shown. While it is on screen
// the terminal is asked for bracketed paste (ink's usePaste): a paste arrives whole, as
// text, so a line break in it never submits the field, however the terminal cuts it up.

import {useLayoutEffect, useRef, useState} from 'react';
import {Box, Text, usePaste} from 'ink';
import TextInput from 'ink-text-input';
import {wizardText} from '../messages/wizard.js';
import {isSkKeyOfWrongLength} from '../checks/key-format.js';
import {mainWrapper, readPastedKey, type KeyWrapper, type PastedKey} from '../checks/pasted-key.js';
import {maskKey} from '../text/safe.js';
import {inputErrorLine, Wrapped} from './text-blocks.js';

/** A pasted key is previewed (masked) from this length on. */
export const keyPreviewMinLength = 8;

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
	// The value as of the last key or paste: one that comes in the same chunk as Enter is not rendered yet.
	const latest = useRef(value);
	useLayoutEffect(() => {
		latest.current = value;
	}, [value]);
	const change = (next: string) => {
		latest.current = next;
		onChange(next);
	};
	// ink-text-input keeps its cursor to itself: a new one after each paste starts at the end, after the paste.
	const [pastes, setPastes] = useState(0);
	usePaste(text => {
		// Added at the end, then read as typed text is (keyFieldLines, then the submit): one path for a key however it came.
		change(latest.current + text);
		setPastes(count => count + 1);
	});
	return (
		<Box flexDirection="column">
			<Box maxHeight={rows} overflowY="hidden">
				<Text color="blue">{'> '}</Text>
				<Box flexShrink={1}>
					<TextInput
						key={pastes}
						value={value}
						placeholder={placeholder ?? ''}
						mask={secret ? '*' : undefined}
						// Kept as typed, spaces and line breaks too: what is left out of a paste is said (keyFieldLines).
						onChange={change}
						onSubmit={() => onSubmit(latest.current)}
					/>
				</Box>
			</Box>
			{notes.map(note => (
				<Wrapped key={note} dimColor text={note} width={width} />
			))}
			{error ? <Wrapped color="red" text={inputErrorLine(error)} width={width} /> : null}
		</Box>
	);
}
