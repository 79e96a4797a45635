// How many terminal columns text takes: Chinese, Japanese and Korean characters and the
// full-width forms take two. Everything laid out in a fixed width (wrapping, padding,
// cutting to one line) measures with these, never with a string's length.
import {asciiOnly, asciiText} from './ascii-text.js';

/** True for a character a terminal draws two columns wide (East Asian Wide and Fullwidth, and most emoji). */
export function isWide(char: string): boolean {
	const code = char.codePointAt(0) ?? 0;
	return (
		(code >= 0x1100 && code <= 0x115f) ||
		(code >= 0x2e80 && code <= 0xa4cf) ||
		(code >= 0xac00 && code <= 0xd7a3) ||
		(code >= 0xf900 && code <= 0xfaff) ||
		(code >= 0xfe30 && code <= 0xfe4f) ||
		(code >= 0xff00 && code <= 0xff60) ||
		(code >= 0xffe0 && code <= 0xffe6) ||
		(code >= 0x1f300 && code <= 0x1f64f) ||
		(code >= 0x1f900 && code <= 0x1f9ff) ||
		(code >= 0x20000 && code <= 0x3fffd)
	);
}

/** Terminal columns a string takes: East Asian wide characters count two. */
export function displayWidth(text: string): number {
	let width = 0;
	for (const char of text) width += isWide(char) ? 2 : 1;
	return width;
}

/** `text` padded with spaces to `width` columns (as padEnd, by columns). */
export function padEndColumns(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Where a text was cut: glyphs' ellipsis, without the symbols' module (this one is read before any screen). */
const ellipsis = asciiOnly ? asciiText('…') : '…';

/** `text` cut to at most `max` columns, with `…` (`...` in ASCII) where it was cut. */
export function cutToColumns(text: string, max: number): string {
	if (displayWidth(text) <= max) return text;
	let out = '';
	let width = 0;
	for (const char of text) {
		const next = width + (isWide(char) ? 2 : 1);
		if (next > max - displayWidth(ellipsis)) break;
		out += char;
		width = next;
	}
	return `${out}${ellipsis}`;
}
