// Fitting a screen into the terminal: text wrapped by words before ink sees it (ink's own
// wrapping keeps a space at the start of a line when a word ends at the edge), how many
// rows that takes, and which parts of a leaf to keep when the window is short (ink redraws
// the whole screen, and cuts off its top, once a frame is as tall as the terminal).
import {displayWidth} from '../text/width.js';
import {wrapPlain} from '../text/wrap.js';

/** `text` word-wrapped to `width` columns; `first`/`rest` prefix the first and later lines. */
export function wrapLines(text: string, width: number, first = '', rest = first): string[] {
	return wrapPlain(text, {width: Math.max(width, 10), indent: first, hangingIndent: rest});
}

/** Rows the wrapped text takes (a word longer than a line, such as a URL, breaks over more). */
export function wrappedHeight(text: string, width: number, first = '', rest = first): number {
	const usable = Math.max(width, 10);
	return wrapLines(text, usable, first, rest).reduce((rows, line) => rows + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
}

export type Part = {
	/** Lower is more important; parts are kept in this order while rows remain. */
	priority: number;
	rows: number;
};

/**
 * Which parts fit in `budget` rows, most important first; the result keeps the parts'
 * original order (indexes into `parts`).
 */
export function fitParts(parts: readonly Part[], budget: number): Set<number> {
	const order = parts.map((part, index) => ({...part, index})).sort((a, b) => a.priority - b.priority || a.index - b.index);
	const kept = new Set<number>();
	let left = budget;
	for (const part of order) {
		if (part.rows > left) continue;
		kept.add(part.index);
		left -= part.rows;
	}
	return kept;
}
