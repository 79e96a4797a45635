// A one-line text field (ink-text-input); masked for keys, with a masked preview so the
// user can tell the paste arrived without the key ever being shown.

import {Box, Text} from 'ink';
import TextInput from 'ink-text-input';
import {wizardText} from '../messages/wizard.js';
import {isSkKeyOfWrongLength, unquotedPastedKey} from '../checks/key-format.js';
import {maskKey} from '../text/safe.js';
import {Wrapped} from './text-blocks.js';

/** A pasted key is previewed (masked) from this length on. */
export const keyPreviewMinLength = 8;

/** The masked preview under a key being typed or pasted (undefined while too short to show): an sk- key of the wrong length says so before it is sent. */
export function keyPreview(typed: string): string | undefined {
	// The quotes a pasted key brought along are left out when it is sent (app.tsx): the preview says what will be.
	const value = unquotedPastedKey(typed);
	if (value.length < keyPreviewMinLength) return undefined;
	const masked = maskKey(value);
	return isSkKeyOfWrongLength({masked, length: value.length}) ? wizardText.ui.keyPreviewWrongLength({masked, length: value.length})
		: value === typed ? wizardText.ui.keyPreview(masked, value.length)
		: wizardText.ui.keyPreviewUnquoted({masked, length: value.length});
}

type Props = {
	value: string;
	secret: boolean;
	placeholder?: string | undefined;
	error?: string | undefined;
	/** Columns to wrap the preview and the error to. */
	width: number;
	/** Rows the value may take (a huge paste is cut, never the frame). */
	rows: number;
	onChange: (value: string) => void;
	onSubmit: (value: string) => void;
};

export function TextField({value, secret, placeholder, error, width, rows, onChange, onSubmit}: Props) {
	return (
		<Box flexDirection="column">
			<Box maxHeight={rows} overflowY="hidden">
				<Text color="blue">{'> '}</Text>
				<Box flexShrink={1}>
					<TextInput
						value={value}
						placeholder={placeholder ?? ''}
						mask={secret ? '*' : undefined}
						onChange={next => {
							// A pasted key often brings a line break or spaces along; they are never part of it.
							onChange(secret ? next.replace(/\s+/g, '') : next);
						}}
						onSubmit={onSubmit}
					/>
				</Box>
			</Box>
			{secret && keyPreview(value) ? <Wrapped dimColor text={keyPreview(value) ?? ''} width={width} /> : null}
			{error ? <Wrapped color="red" text={wizardText.ui.inputError(error)} width={width} /> : null}
		</Box>
	);
}
