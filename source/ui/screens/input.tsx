// A question answered by typing: a base URL, an amount, or a key (masked).
import {useState} from 'react';
import {Box} from 'ink';
import type {InputNode, View} from '../../tree/types.js';
import {Question} from '../question.js';
import {TextField} from '../text-field.js';

type InputScreenProps = {
	node: InputNode;
	view: View;
	initial: string;
	width: number;
	/** Resolves to a sentence saying what is wrong, or undefined when accepted. */
	onSubmit: (value: string) => Promise<string | undefined>;
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
