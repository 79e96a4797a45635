// A question answered by typing: a base URL, an amount, or a key (masked). In a short
// window the help lines give way first (layoutInput in frame-layout.ts).
import {useState} from 'react';
import {Box} from 'ink';
import {inputErrorLine} from '../text-blocks.js';
import type {InputNode, View} from '../../tree/types.js';
import {layoutInput} from '../frame-layout.js';
import {Question} from '../question.js';
import {keyFieldLines, TextField} from '../text-field.js';

type InputScreenProps = {
	node: InputNode;
	view: View;
	initial: string;
	width: number;
	height: number;
	/** Resolves to a sentence saying what is wrong, or undefined when accepted. */
	onSubmit: (value: string) => Promise<string | undefined>;
	/** What the answer's save waits for (another run's settings lock), under the field until it resolves. */
	waiting?: string | undefined;
};

export function InputScreen({node, view, initial, width, height, onSubmit, waiting}: InputScreenProps) {
	const [value, setValue] = useState(initial);
	const [error, setError] = useState<string | undefined>();
	const question = node.question(view);
	const help = node.help?.(view) ?? [];
	// After Enter, the error alone: it is often the same sentence as the note it replaces.
	const notes = [...(node.secret && !error ? keyFieldLines(value) : []), ...(waiting ? [waiting] : [])];
	const below = [...notes, ...(error ? [inputErrorLine(error)] : [])];
	// What the field draws: a key as its stars (the line breaks around a paste take no row there).
	const shown = value === '' ? (node.placeholder ?? '') : node.secret ? '*'.repeat(value.length) : value;
	const layout = layoutInput({width, height, question, help, shown, below});
	return (
		<Box flexDirection="column">
			<Question text={question} help={help.filter((_, index) => layout.help[index])} width={width} />
			<TextField
				value={value}
				secret={node.secret}
				placeholder={node.placeholder}
				error={error}
				notes={notes}
				width={width}
				rows={layout.fieldRows}
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
