// Fitting a screen into the terminal: text wrapped by words before ink sees it (ink's own
// wrapping keeps a space at the start of a line when a word ends at the edge), how many
// rows that takes, and which parts of a leaf to keep when the window is short (ink redraws
// the whole screen, and cuts off its top, once a frame is as tall as the terminal).
import {glyphs} from '../text/glyphs.js';
import {displayWidth, isWide} from '../text/width.js';
import {wrapPlain} from '../text/wrap.js';

/** `text` word-wrapped to `width` columns; `first`/`rest` prefix the first and later lines. */
export function wrapLines(text: string, width: number, first = '', rest = first): string[] {
	// A word wider than a row (a URL) is broken over rows indented like the text: ink would break it at column 0.
	return wrapPlain(text, {width: Math.max(width, 10), indent: first, hangingIndent: rest, breakLong: true});
}

/** Rows the wrapped text takes (a word longer than a line, such as a URL, breaks over more). */
export function wrappedHeight(text: string, width: number, first = '', rest = first): number {
	return rowsOf(wrapLines(text, Math.max(width, 10), first, rest), width);
}

/** Rows wrapped lines take at `width` (wrapLines' output; a line wider than a row takes more). */
export function rowsOf(lines: readonly string[], width: number): number {
	const usable = Math.max(width, 10);
	return lines.reduce((rows, line) => rows + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
}

/**
 * `text` on one row of `width`: whole when it fits, else up to its last word that fits with "…" after it (a word
 * cut short reads as another), and before a bracket the cut would leave open on a word or less ("no connection (see…" reads
 * as broken), or after a Chinese comma or colon with a character or two after it ("，不…").
 */
export function cutAtWord(text: string, width: number): string {
	if (displayWidth(text) <= width) return text;
	const [head = ''] = wrapLines(text, width - displayWidth(glyphs.ellipsis));
	const open = Math.max(head.lastIndexOf('('), head.lastIndexOf('（'));
	const inside = head.slice(open + 1).trimEnd();
	// Open with a word or less in it ("(see", "（原因见"): more in it ("(granted 0.00,") still says something.
	const brokenOff = open > 0 && !/[)）\s]/u.test(inside) && displayWidth(inside) <= 6;
	// Chinese breaks between any two characters: one or two of them after a comma or a colon read as a word cut short
	// ("，不…"), and so does the mark alone.
	const comma = Math.max(...['，', '；', '、', '：'].map(mark => head.lastIndexOf(mark)));
	const shortTail = comma > 0 && /^[^\s(（]{0,2}$/u.test(head.slice(comma + 1).trimEnd());
	const before = brokenOff ? head.slice(0, open).trimEnd() : shortTail ? head.slice(0, comma) : '';
	return `${(before === '' ? head : before).trimEnd()}${glyphs.ellipsis}`;
}

export type Part = {
	/** Lower is more important; parts are kept in this order while rows remain. */
	priority: number;
	rows: number;
};

export type Block = Part & {
	/** A shorter form (a row cut at the edge) for when the whole part does not fit. */
	fallbackRows?: number;
	/** With `fallbackRows`: when the whole part does not fit, it takes all that is left, from its fallback up (a text cut where the rows end). */
	shrinks?: boolean;
	/** Takes what is left, up to `rows` (the rest of a list that can scroll). */
	elastic?: boolean;
};

/**
 * Rows given to each block within `budget`, most important first (0: left out). A block
 * that does not fit whole gets its fallback when that fits (one that shrinks, all that is
 * left); an elastic one gets what is left. A big block that does not fit never stops smaller, less important ones.
 */
export function allot(blocks: readonly Block[], budget: number): number[] {
	const order = blocks.map((block, index) => ({block, index})).sort((a, b) => a.block.priority - b.block.priority || a.index - b.index);
	const given = blocks.map(() => 0);
	let left = Math.max(budget, 0);
	for (const {block, index} of order) {
		const rows = block.elastic ? Math.min(block.rows, left) : block.rows <= left ? block.rows : block.fallbackRows !== undefined && block.fallbackRows <= left ? (block.shrinks ? left : block.fallbackRows) : 0;
		given[index] = rows;
		left -= rows;
	}
	return given;
}

/**
 * Where the outermost bracket, quote or `command` that `text` opens and leaves open starts (its length: none). A straight
 * quote or a backtick opens or closes by count; inside a `command` nothing else counts.
 */
function unclosedAt(text: string): number {
	const open: number[] = [];
	let quote = -1;
	let tick = -1;
	for (let index = 0; index < text.length; index++) {
		const char = text[index] ?? '';
		if (tick !== -1) {
			if (char === '`') tick = -1;
		} else if (char === '`') tick = index;
		else if (char === '"') quote = quote === -1 ? index : -1;
		else if ('(（“'.includes(char)) open.push(index);
		else if (')）”'.includes(char)) open.pop();
	}
	return Math.min(...[open[0], quote, tick].filter((at): at is number => at !== undefined && at !== -1), text.length);
}

/** The quote (straight or curly) `text` leaves open at its end, counted as unclosedAt counts them; undefined where none is. */
function quoteLeftOpen(text: string): '"' | '“' | undefined {
	let straight = false;
	let curly = 0;
	let tick = false;
	for (const char of text) {
		if (tick) tick = char !== '`';
		else if (char === '`') tick = true;
		else if (char === '"') straight = !straight;
		else if (char === '“') curly++;
		else if (char === '”') curly = Math.max(curly - 1, 0);
	}
	return straight ? '"' : curly > 0 ? '“' : undefined;
}

/** `word` without the brackets and quotes that open it. */
const withoutOpening = (word: string): string => word.replace(/^[(（“"'`]+/u, '');

/**
 * A file path as a sentence names it (/etc/ssl/corp.pem, ~/.zshrc, ./.env, ../.env, C:\\certs\\ca.pem), after any opening
 * bracket or quote: a word with a slash in it, not an address (scheme://, which links show whole elsewhere).
 */
export const isFilePath = (word: string): boolean => {
	const bare = withoutOpening(word);
	return /^(?:~|\.{1,2})?\/|^[A-Za-z]:\\/u.test(bare) && !bare.includes('://');
};

/** An address in a sentence (http://proxy.corp.example:7891, socks5://…), after any opening bracket or quote: cut, it reads as another port or host. */
export const isAddress = (word: string): boolean => /^[A-Za-z][A-Za-z\d+.-]*:\/\/\S/u.test(withoutOpening(word));

/** The word of `line` that its first `length` characters end inside of (none where they end between words). */
function wordCutAt(line: string, length: number): string | undefined {
	if (length >= line.length || /\s/u.test(line[length] ?? ' ') || length === 0 || /\s/u.test(line[length - 1] ?? ' ')) return undefined;
	const start = line.slice(0, length).search(/\S+$/u);
	const end = line.slice(length).search(/\s|$/u);
	return line.slice(start, length + end);
}

/**
 * At most `rows` of `lines`; the last one kept ends in "…" when some were cut. The cut never ends inside a bracket,
 * a quote or a `command` its row opened (as the wrapping never leaves an opening bracket at a line's end, nor breaks a
 * command): "→ Change what your app sends…", not "→ Change what your app sends (its length,…". Nor inside a file path
 * or an address: it is whole or left out ("… with those of…", not "… /tmp/ca/i.pe…" or "http://proxy.corp.example:789…",
 * another port), with its row where it is all the row holds.
 * Nor inside a quote a row before it opened ("Corp Root / CA…"): the last row is kept past the quote's close, or left
 * out, the row before then ending before the quote.
 */
export function clampLines(lines: readonly string[], rows: number): string[] {
	if (lines.length <= rows) return [...lines];
	const clamped = clampLastRow(lines, rows);
	// A row that held only a path or an address, cut, or that a quote from the rows before runs through: the rows before
	// it end in the mark instead.
	return clamped === undefined ? clampLines(lines, rows - 1) : clamped;
}

/** clampLines' cut of the last row kept; undefined where that row holds nothing readable but a path or an address it would cut, or ends inside a quote a row before opened. */
function clampLastRow(lines: readonly string[], rows: number): string[] | undefined {
	const kept = lines.slice(0, Math.max(rows, 1));
	const last = kept.length - 1;
	const line = kept[last] ?? '';
	// Cut where a sentence ends, what is kept is whole: no word of it gives way to the mark.
	if (/[.!?。！？]$/u.test(line.trimEnd()) && last > 0) return kept;
	// The mark takes as many columns as it has ("..." where the locale's characters are not UTF-8: text/glyphs.ts).
	const room = displayWidth(line) - displayWidth(glyphs.ellipsis);
	const readable = (text: string) => /[\p{L}\p{N}]/u.test(text);
	// A quote the rows before leave open: this row starts inside it, so its first closing quote closes that one.
	const carried = last > 0 ? (quoteLeftOpen(kept.slice(0, last).join(' ')) ?? '') : '';
	// Before the mark, no comma or colon ("NODE_EXTRA_CA_CERTS=…:…" reads as a sentence going on).
	const closed = (text: string) => text.slice(0, Math.max(unclosedAt(carried + text) - carried.length, 0)).replace(/[\s,;:，；：、]+$/u, '');
	// One step shorter: the last whole word, or in Chinese (which breaks between any two characters) the last
	// character; failing that (a line of one word, "→ 按…（Retry-After"), the last character.
	const shorter = (text: string) => {
		const lastChar = /.$/u.exec(text)?.[0] ?? '';
		const wordCut = isWide(lastChar) ? text.slice(0, -lastChar.length) : text.replace(/\s+\S+$/u, '');
		const charCut = text.replace(/\s*\S$/u, '');
		return [...(wordCut === text ? [] : [wordCut]), charCut].map(closed).find(readable) ?? charCut;
	};
	let cut = shorter(line);
	for (let next = cut; displayWidth(cut) > room && cut !== ''; cut = next) {
		next = shorter(cut);
		if (next === cut) break;
	}
	// Ending inside a path or an address: it goes, and where nothing readable is left, the row (unless it is the only one).
	const inside = wordCutAt(line, cut.length);
	if (inside !== undefined && (isFilePath(inside) || isAddress(inside))) {
		const before = closed(cut.replace(/\S+$/u, ''));
		if (!readable(before)) return last > 0 ? undefined : [`${cut}${glyphs.ellipsis}`];
		cut = before;
	}
	// Still inside a quote (a row before opened it, or this row holds nothing readable before it): this row goes, and
	// the one before ends before that quote.
	if (last > 0 && quoteLeftOpen(carried + cut) !== undefined) return undefined;
	kept[last] = `${cut}${glyphs.ellipsis}`;
	return kept;
}
