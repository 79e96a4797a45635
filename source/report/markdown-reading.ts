// `report` on a terminal: the support report's Markdown laid out for reading at the window's width, where the
// terminal would fold its long lines in the middle of a word. Paragraphs, list items and the closing note are
// wrapped by words (text/wrap.ts: Chinese by its word list, commands whole), a list item's rows under its text (a
// hanging indent, so it stays one item); headings, tables, rules and code blocks are left as they are. Every break is a
// soft line break, so the wrapped Markdown renders to the same document as the file `--out` writes; that holds inside a
// code span too (a line ending in one renders as a space), so a long one (a check's result, a fix) breaks at its spaces;
// a command wider than the window is left for the terminal to fold (a continuation mark would change the document).
import {displayWidth} from '../text/width.js';
import {wrapPlain} from '../text/wrap.js';

/** A list item's marker and the space after it: "- ", "12. ". */
const listItem = /^(?:[-*+]|\d{1,9}[.)]) +/u;

/**
 * What a row must not begin with when it continues a paragraph: it would start a block of its own (a heading, a quote,
 * a list item, a rule or a setext underline, a table row, a code fence), or a hard break would end the row before.
 */
const startsBlock = /^(?:#{1,6}(?: |$)|>|[-*+](?: |$)|\d{1,9}[.)](?: |$)|-[- ]*$|=+ *$|(?:_ *){3,}$|\||```|~~~)/u;

/** `markdown` (the report as `renderMarkdown` writes it) wrapped at `width` columns for a terminal. */
export function markdownForReading(markdown: string, width: number): string {
	const out: string[] = [];
	let fenced = false;
	for (const line of markdown.split('\n')) {
		const fence = /^(?:```|~~~)/u.test(line);
		if (fence) fenced = !fenced;
		if (fenced || fence || displayWidth(line) <= width || /^(?:#|\||---$)/u.test(line)) {
			out.push(line);
			continue;
		}
		// A list item's marker starts its first row, its text beside it (never the marker alone on a row).
		const marker = listItem.exec(line)?.[0] ?? '';
		// A row that fits only with less indent (a link) has less: a lazy continuation line, still the same item.
		const rows = wrapPlain(line.slice(marker.length), {width, indent: marker, hangingIndent: ' '.repeat(marker.length), markdown: true});
		out.push(...softRows(line, rows).map(row => row.trimEnd()));
	}
	return out.join('\n');
}

/**
 * `rows` (the wrap of `line`), a row that would begin a block of its own put back at the end of the row before (wider
 * than the window, folded by the terminal: a break that changed the document would be worse). Rows that are not the
 * line's own text in order, broken only at one space or between two characters (Chinese), are not used: the line stays
 * whole (two spaces in a code span are its content, and two before a line ending would be a hard break).
 */
function softRows(line: string, rows: readonly string[]): string[] {
	const kept: string[] = [];
	let from = 0;
	for (const [index, row] of rows.entries()) {
		// The first row's list marker is part of the line as it was.
		const text = index === 0 ? row : row.trimStart();
		const at = line.indexOf(text, from);
		const before = line.slice(from, at);
		if (at === -1 || (index > 0 && before !== '' && before !== ' ')) return [line];
		from = at + text.length;
		if (kept.length > 0 && startsBlock.test(text)) kept[kept.length - 1] += before + text;
		else kept.push(row);
	}
	return kept;
}
