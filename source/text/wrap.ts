// Word wrapping by display width, for the plain commands' text and the wizard's screens.
import {paint, type Style} from './style.js';
import {displayWidth} from './width.js';

/** A run of text in one set of styles. */
export type Span = {text: string; styles?: readonly Style[]};

export type WrapOptions = {width: number; color: boolean; indent?: string; hangingIndent?: string};

/**
 * Word-wrap styled text. Widths are measured before colouring, so escape sequences never
 * count; a word longer than a line (a URL) gets a line of its own and is not broken.
 */
export function wrapSpans(spans: readonly Span[], options: WrapOptions): string[] {
	const indent = options.indent ?? '';
	const hanging = options.hangingIndent ?? indent;
	const words = spans.flatMap(span =>
		span.text
			.split(' ')
			.filter(word => word !== '')
			.map(word => ({text: word, styles: span.styles ?? []})),
	);
	const lines: string[] = [];
	let line = indent;
	let lineWidth = displayWidth(indent);
	let lineHasWords = false;
	for (const word of words) {
		const wordWidth = displayWidth(word.text);
		if (lineHasWords && lineWidth + 1 + wordWidth > options.width) {
			lines.push(line);
			line = hanging;
			lineWidth = displayWidth(hanging);
			lineHasWords = false;
		}
		if (lineHasWords) {
			line += ' ';
			lineWidth += 1;
		}
		line += paint(word.text, word.styles, options.color);
		lineWidth += wordWidth;
		lineHasWords = true;
	}
	if (lineHasWords || lines.length === 0) lines.push(line);
	return lines;
}

/** Word-wrap plain text to `width` columns (indent on the first line, hangingIndent after). */
export function wrapPlain(text: string, options: {width: number; indent?: string; hangingIndent?: string}): string[] {
	return wrapSpans([{text}], {...options, color: false});
}
