// Reading the repository's Markdown the way GitHub renders it: fenced code left out of
// prose, headings with GitHub's anchors, and a section's tables.

/** Markdown without its fenced code blocks. */
export function withoutFences(markdown: string): string {
	return markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

/** The headings of `level` (2 for `## `), in order, as written (links and backticks dropped). */
export function headings(markdown: string, level?: number): string[] {
	const marks = level === undefined ? '#{1,6}' : `#{${level}}`;
	return [...withoutFences(markdown).matchAll(new RegExp(`^${marks}[ \\t]+(.+?)[ \\t#]*$`, 'gm'))].map(([, heading]) =>
		(heading ?? '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replaceAll('`', ''));
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces → `-` (before repeats are numbered). */
export function slug(heading: string): string {
	return heading.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replaceAll(' ', '-');
}

/** The anchors GitHub gives a file's headings (repeats numbered `-1`, `-2`…). */
export function headingAnchors(markdown: string): Set<string> {
	const anchors = new Set<string>();
	const seen = new Map<string, number>();
	for (const heading of headings(markdown)) {
		const anchor = slug(heading);
		const count = seen.get(anchor) ?? 0;
		seen.set(anchor, count + 1);
		anchors.add(count === 0 ? anchor : `${anchor}-${count}`);
	}
	return anchors;
}

/** The text from the heading `heading` (written out, `## Flags`) to the next heading of its level or above. */
export function section(markdown: string, heading: string): string {
	const start = markdown.indexOf(`\n${heading}\n`);
	if (start === -1) throw new Error(`no heading "${heading}"`);
	const level = heading.indexOf(' ');
	const rest = markdown.slice(start + heading.length + 2);
	const next = rest.search(new RegExp(`^#{1,${level}} `, 'm'));
	return next === -1 ? rest : rest.slice(0, next);
}

/** The cells of each row of the first table in `text` whose header's first cell is `firstHeader`. */
export function tableRows(text: string, firstHeader: string): string[][] {
	const lines = text.split('\n');
	const header = lines.findIndex(line => line.startsWith(`| ${firstHeader} |`));
	if (header === -1) throw new Error(`no table headed "${firstHeader}"`);
	const rows: string[][] = [];
	for (const line of lines.slice(header + 2)) {
		if (!line.startsWith('|')) break;
		// `\|` inside a cell is a pipe, not a border.
		rows.push(line.slice(1, -1).split(/(?<!\\)\|/).map(cell => cell.trim()));
	}
	return rows;
}
