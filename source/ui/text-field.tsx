// A one-line text field (ink-text-input); masked for keys, with a masked preview so the
// user can tell the paste arrived without the key ever being shown.

import {Box, Text} from 'ink';
import TextInput from 'ink-text-input';
import {wizardText} from '../messages/wizard.js';
import {maskKey} from '../text/safe.js';

type Props = {
	value: string;
	secret: boolean;
	placeholder?: string | undefined;
	error?: string | undefined;
	onChange: (value: string) => void;
	onSubmit: (value: string) => void;
};

export function TextField({value, secret, placeholder, error, onChange, onSubmit}: Props) {
	return (
		<Box flexDirection="column">
			<Box>
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
			{secret && value.length >= 8 ? <Text dimColor>{wizardText.ui.keyPreview(maskKey(value), value.length)}</Text> : null}
			{error ? <Text color="red">{wizardText.ui.inputError(error)}</Text> : null}
		</Box>
	);
}
