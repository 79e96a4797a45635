// The bottom line: which keys do what on this screen. A narrow window gets the short
// wording, so the last key ("q quit") is never cut off.

import {Text} from 'ink';
import {wizardText} from '../messages/wizard.js';
import {displayWidth} from '../text/width.js';

export type HintKind = keyof typeof wizardText.ui.hints;

/** The hints for `kind` as worded for a window `width` columns wide. */
export function hintLine(kind: HintKind, width: number): string {
	const full = wizardText.ui.hints[kind];
	return displayWidth(full) <= width ? full : wizardText.ui.hintsNarrow[kind];
}

export function KeyHints({kind, width}: {kind: HintKind; width: number}) {
	return (
		<Text dimColor wrap="truncate-end">
			{hintLine(kind, width)}
		</Text>
	);
}
