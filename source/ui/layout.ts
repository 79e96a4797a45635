// Fitting a screen into the terminal: how many rows wrapped text takes, and which parts
// of a leaf to keep when the window is short (ink redraws the whole screen, and cuts off
// its top, once a frame is as tall as the terminal).
import {displayWidth} from '../report.js';

/** Rows `text` takes when word-wrapped to `width` columns (as ink wraps: by words). */
export function wrappedHeight(text: string, width: number): number {
	const usable = Math.max(width, 1);
	let rows = 0;
	for (const paragraph of text.split('\n')) {
		let line = 0;
		rows++;
		for (const word of paragraph.split(/\s+/).filter(Boolean)) {
			const size = displayWidth(word);
			const needed = line === 0 ? size : line + 1 + size;
			if (needed <= usable) {
				line = needed;
				continue;
			}
			if (line > 0) rows++;
			// A word longer than the line is broken over as many rows as it needs.
			rows += Math.floor(Math.max(size - 1, 0) / usable);
			line = size % usable || usable;
		}
	}
	return rows;
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
