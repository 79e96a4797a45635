// The bottom line: which keys do what on this screen. A narrow window gets the short
// wording, so the last key ("q quit") is never cut off.

import {Text} from 'ink';
import {wizardText} from '../messages/wizard.js';
import {displayWidth} from '../text/width.js';

export type HintKind = keyof typeof wizardText.ui.hints;

export function KeyHints({kind, width}: {kind: HintKind; width: number}) {
	const full = wizardText.ui.hints[kind];
	return (
		<Text dimColor wrap="truncate-end">
			{displayWidth(full) <= width ? full : wizardText.ui.hintsNarrow[kind]}
		</Text>
	);
}
