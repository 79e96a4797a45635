// The bottom line: which keys do what on this screen.

import {Text} from 'ink';

export function KeyHints({text}: {text: string}) {
	return (
		<Text dimColor wrap="truncate-end">
			{text}
		</Text>
	);
}
