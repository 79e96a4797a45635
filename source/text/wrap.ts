// Word wrapping by display width, for the plain commands' text and the wizard's screens.
// Latin text breaks at spaces; Chinese (and other wide) text has none, so it may also
// break between two characters when one of them is wide (between two Chinese characters only
// where a word ends: chinese-words.ts), except before closing
// punctuation (，。、：）…), after opening punctuation (（“《…) and next to a straight quote
// (which may be either), and a paragraph does not end on a line of one character: the
// line-breaking rules Chinese typesetting follows, in the small form a terminal needs.
import {agentAppFlagNames} from '../deepseek/facts.js';
import {languages} from '../messages/language.js';
import {chineseWordStarts, isHanUnit} from './chinese-words.js';
import {QuickSegmenter} from './segmenter.js';
import {lineContinuation} from './shell.js';
import {paint, type Style} from './style.js';
import {displayWidth, isWide} from './width.js';

/**
 * A run of text in one set of styles. `joined`: it follows the span before it with no space between
 * (unless that one ends with a space), as a Chinese full-width colon and the text after it do.
 */
export type Span = {text: string; styles?: readonly Style[]; joined?: boolean};

/**
 * `markdown`: the text is Markdown (`report` read on a terminal), and every break must leave the document as it was.
 * A code span (`…`), elsewhere kept whole as a command to copy, breaks at its spaces like the text around it (the words
 * keptTogether keeps whole inside it still kept): a line ending inside one renders as a space. A command wider than
 * the window is left whole (the terminal folds it), never broken with the shell's continuation mark, which would be
 * part of the document.
 *
 * `breakLong`: a word wider than a line (a URL, a file's path) is broken at the width (after a `/`, `?` or
 * `&` past the row's first third, else a `.`, `-` or the like near the end, never inside a masked key or a
 * URL's scheme) and indented like the text, instead of one line past the width that the terminal would
 * break at column 0. It starts on the row it follows where that row has room for a part ending at a `/`,
 * `?` or `&` (no short row above it), else on a row of its own; the text goes on after its last part. The wizard's screens and the plain
 * commands' sentences alike; a fix's own link is never wrapped (it has a row to itself).
 */
export type WrapOptions = {width: number; color: boolean; indent?: string; hangingIndent?: string; breakLong?: boolean; markdown?: boolean};

/** Never at the start of a line. */
const closing = new Set('，。、；：？！）》」』】〉〕…‥—～·’”%‰,.;:?!)]}');
/** Never at the end of a line. */
const opening = new Set('（《「『【〈〔‘“([{');
/**
 * Never at the start of a line after a space either (a quote of a word with its space: “Bearer ”): the brackets, quotes
 * and Chinese punctuation. Not `…` (a masked key starts with it), `.` or `%`, which start words after a space.
 */
const closingAfterSpace = new Set('，。、；：？！）》」』】〉〕”),;:?!)]}');

const printableAscii = /^[\x20-\x7e]*$/u;

/** This tool's flags that take a value (docs/interface.md). */
const valueFlags = /--(?:base-url|key-from|model|below|wait-max|every|out|timeout|lang)/u.source;
/** Any value after such a flag in this tool's own command (“deepseek-fix check --model deepseek-chat”), without the punctuation after it. */
const anyValue = /[^\s，。；：、（）]*[^\s，。；：、（）.,;:]/u.source;
/**
 * A value as it looks after a flag in a sentence, which goes on in words after a flag written without one (“--timeout
 * stays”, “--timeout 多给些时间”): a number, a file's name, a path or a URL (a digit, `/`, `:`, `_`, `-` or a name's
 * `.ext`), a placeholder (FILE, AMOUNT), an agent app or a language as --key-from and --lang take them.
 */
const sentenceValue = String.raw`(?!--|\p{Script=Han})(?=[^\s，。；：、（）]*[\d/:_-]|[^\s，。；：、（）]*\.\w|[A-Z]{2,}\b|(?:${[...Object.values(agentAppFlagNames), ...languages].join('|')})\b)${anyValue}`;
/**
 * A command that sets an environment variable, as setCommand (text/shell.ts) writes it for each shell, in a sentence
 * (“e.g. export DEEPSEEK_API_KEY=sk-…”): typed as one thing, so read on one row. Its value ends where Chinese or
 * full-width punctuation begins (“sk-…（或在向导里粘贴）”): those are the sentence going on, and kept with the command they
 * made it too wide for a row, which then broke between the name and its value.
 */
const setVariable = /(?<![\w$-])(?:export [A-Za-z_]\w*=|set -gx [A-Za-z_]\w* |set [A-Za-z_]\w*=|\$env\.[A-Za-z_]\w* = )(?!\p{Script=Han})[^\s\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]*[^\s\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF.,;:]/u.source;

/**
 * Words that read as one and so are never split over two lines: the glossary's Latin terms
 * (docs/development.md, also inside Chinese sentences: “没有 API key”), an agent app's or a gateway's name of two words (“Claude Code”, “New API”), a window's size (“40 × 12”), a date with its time, a number with its unit or measure word (“0.00 CNY”, “20 ms”, “5 s”, “32 位”, “200 个”, “10 时”: not “10” above “时，”), “一” or “两” with its unit (“一小时”, “一分钟”, “一笔”: ICU reads 一|小时), a short number after “，” or “：” with the word after it (“退出码：0 没有发现问题，1 发现了问题，2 无法…”: not “2” at a row's end), a Chinese label of an
 * amount in a bracketed list (“（赠送 0.00，充值 47.44）”: not “充值” alone at a row's end), a status (“HTTP 301”), a name and a command the WSL advice writes bare (“WSL 2”, “wsl --shutdown”), the clock fix's commands (a user types
 * them whole: “sudo timedatectl set-ntp true”, “sudo hwclock -s”), this tool's own command with its flags and their values (“deepseek-fix check --key-from opencode”: a user copies it whole; one wider than the window breaks between its flags, commandPieces), a flag with its value in a sentence (“--out deepseek-report.md”, sentenceValue) or with the 时 after it (“指定 --wait 时”) and a command that sets a variable (“export DEEPSEEK_API_KEY=sk-…”, setVariable; either, where no row can hold it, breaks at its last space, atLastSpace), a name of two words in straight quotes (“"Allow LAN"”), a short Chinese name in quotes (“详见上面“调用去向”一行”), and a short
 * aside in brackets (“(default 5s)”, “（默认 5s）”; a longer one, a list of names, still
 * breaks inside rather than leave a word alone on the line before it), and a short Chinese item of a list after “、”
 * (“支付宝、微信支付、银行卡”: a term, a payment method or a product's name, the last one also before “？” or “！”: “…、团队功能？”; the list breaks at its “、” instead), and the
 * glossary's Chinese terms of three characters or more (“管理员”, “中转站”, “服务商”: “请联系这个服务的管”
 * above “理员” reads as two words).
 */
const keptTogether = new RegExp(
	[
		/\b(?:API keys?|base URL|trace id|Claude Code|New API|HTTP \d{3}|WSL 2|wsl --shutdown|sudo timedatectl set-ntp true|sudo hwclock -s)\b/u.source,
		String.raw`(?<![\w-])deepseek-fix(?: (?:check|balance|report|config))?(?: --(?:json|probe|wait|path|reset|forget-key)\b| ${valueFlags} ${anyValue})*`,
		// A flag with its value in a sentence, not after the command ("…with a longer --timeout (such as --timeout 60000)").
		String.raw`(?<![\w-])${valueFlags} ${sentenceValue}`,
		setVariable,
		// A flag with the 时 of “指定 --wait 时：”: a row that begins with “时：” reads as a word cut off.
		String.raw`(?<![\w-])--[a-z][a-z-]* 时`,
		// A name of two words in straight quotes, as a menu or a setting is called ("Allow LAN", "Insufficient Balance").
		// A short Chinese name in quotes, as an ending names a row (“调用去向”): not “调用 above 去向”.
		/“\p{Script=Han}{2,6}”/u.source,
		/(?<![\w"])"[^\s"]{1,20} [^\s"]{1,20}"(?![\w"])/u.source,
		/\d+ × \d+|\d{4}-\d\d-\d\d \d\d:\d\d(?: UTC)?|\d[\d.,]* (?:CNY|USD|ms|s)\b|\d[\d.,]* (?:毫秒|分钟|小时|秒|天|个|位|条|项|次|笔|种|时)|[一两几](?:毫秒|分钟|小时|秒|天|词|笔|条|项|种)|(?<=[，：；]|^)\d{1,3} \p{Script=Han}{2}|(?<=[（(，、；]|^)\p{Script=Han}{2} \d[\d.,]*(?: (?:CNY|USD)\b)?(?=[）)，、；。]|$)|[(（][^\s()（）]+ [^\s()（）]+[)）]|(?<=、)\p{Script=Han}{2,4}(?=[、，。；：）？！]|$)|管理员|中转站|服务商|状态页|解决办法|测试调用|赠送余额|充值余额|额度上限|用量页面|账单页面/u.source,
	].join('|'),
	'gu',
);
/** keptTogether with a code span (a command in backticks) kept whole too: what every text but Markdown is wrapped with. */
const keptTogetherWithCodeSpans = new RegExp(`\`[^\`]+\`|${keptTogether.source}`, keptTogether.flags);
const shortAside = 22;

/** Where a run of keptTogether starts and ends, and the spaces inside it (private-use characters, never in a message). */
const keptStart = '\uE000';
const keptEnd = '\uE001';
const keptSpace = '\uE002';

/**
 * `text` with keptTogether's matches marked (and code spans, unless `breakCodeSpans`), their spaces no longer places to
 * break. An aside too long to keep whole still keeps the words inside it (“（/tmp/x 处出错：EACCES）”: not “处出” above “错”).
 */
function markKeptTogether(text: string, breakCodeSpans = false): string {
	return text.replace(breakCodeSpans ? keptTogether : keptTogetherWithCodeSpans, words =>
		/^[(（]/u.test(words) && displayWidth(words) > shortAside ? words[0]! + markKeptTogether(words.slice(1), breakCodeSpans) : `${keptStart}${words.replaceAll(' ', keptSpace)}${keptEnd}`,
	);
}

/**
 * A piece that is never broken; `space` says whether a space stood before it. `continued`: part of a command that goes
 * on after it, which ends its row with the shell's continuation mark (its width counts the mark).
 */
type Piece = {text: string; width: number; space: boolean; styles: readonly Style[]; continued?: string};

/**
 * A straight quote opens or closes by where it stands, so it keeps to the character beside it
 * either way: an English sentence quoting a Chinese answer, `with "无权访问 auto 分组":`, must not
 * leave `"` at the end of a line or start one with `":`.
 */
const straightQuotes = new Set('"\'');

function canBreakBetween(before: string, after: string): boolean {
	if (closing.has(after) || opening.has(before) || straightQuotes.has(before) || straightQuotes.has(after)) return false;
	return isWide(before) || isWide(after);
}

/**
 * Split styled text into pieces: at spaces, and between characters where Chinese text may break (between two Han
 * characters only where a word starts, when `words`: the text needs more than one row).
 */
function piecesOf(spans: readonly Span[], words: boolean, breakCodeSpans = false): Piece[] {
	const pieces: Piece[] = [];
	// Span boundaries count as spaces, as the words of separate spans always did, unless the span is joined.
	let spanBefore: Span | undefined;
	for (const span of spans) {
		let space = !span.joined || spanBefore === undefined || spanBefore.text.endsWith(' ');
		spanBefore = span;
		for (const word of markKeptTogether(span.text, breakCodeSpans).split(' ')) {
			if (word === '') {
				space = true;
				continue;
			}
			// Printable ASCII never breaks inside a word and takes a column a character (most text: measured once, not per character).
			if (printableAscii.test(word)) {
				pieces.push({text: word, width: word.length, space, styles: span.styles ?? []});
				space = true;
				continue;
			}
			let current = '';
			let previous = '';
			// Inside a kept run past its first character: no break.
			let kept = false;
			let runStart = false;
			// Read without the kept runs' marks (offsets in that text), so the word list reads the sentence as written.
			const wordStarts = words ? chineseWordStarts(word.replaceAll(/[\uE000\uE001]/gu, '')) : undefined;
			let offset = 0;
			for (const char of word) {
				const at = offset;
				if (char === keptStart || char === keptEnd) {
					kept = runStart = char === keptStart;
					continue;
				}
				offset += char.length;
				const breakable = (!kept || runStart) && (!wordStarts || wordStarts.has(at) || !isHanUnit(previous.charCodeAt(0)) || !isHanUnit(char.charCodeAt(0)));
				runStart = false;
				if (current !== '' && breakable && canBreakBetween(previous, char)) {
					pieces.push(piece(current, space, span.styles));
					current = '';
					space = false;
				}
				current += char;
				previous = char;
			}
			pieces.push(piece(current, space, span.styles));
			space = true;
		}
	}
	return pieces;
}

/** A piece of text that is not plain ASCII: the spaces of its kept runs printed as spaces. */
function piece(text: string, space: boolean, styles: readonly Style[] = []): Piece {
	const shown = text.replaceAll(keptSpace, ' ');
	return {text: shown, width: displayWidth(shown), space, styles};
}

/** A line's pieces painted, neighbours in the same styles as one run (fewer escape sequences). */
function paintLine(start: string, pieces: readonly Piece[], color: boolean): string {
	let line = start;
	let run = '';
	let runStyles: readonly Style[] = [];
	pieces.forEach((piece, index) => {
		const separator = index > 0 && piece.space ? ' ' : '';
		if (index > 0 && piece.styles.join() === runStyles.join()) {
			run += separator + piece.text;
			return;
		}
		line += paint(run, runStyles, color) + separator;
		run = piece.text;
		runStyles = piece.styles;
	});
	return line + paint(run, runStyles, color);
}

/**
 * The indent of a line that starts with a word `wordWidth` columns wide (a URL): `indent`
 * when the word fits after it; fewer spaces when that makes it fit, so the terminal does
 * not wrap it in the middle; `indent` when nothing would (the word runs past the width,
 * still whole). An indent that is not all spaces (a list number) is kept as it is.
 */
export function fittingIndent(indent: string, wordWidth: number, width: number): string {
	const columns = displayWidth(indent);
	if (columns + wordWidth <= width || wordWidth > width || indent.trim() !== '') return indent;
	return ' '.repeat(width - wordWidth);
}

/** Where a long word may break: after one of these, near the end of the row. */
const urlBreaks = new Set('/.-_?&=#:,');
/** Where it breaks best: after a URL's or a path's own separators, anywhere past the row's first third. */
const pathBreaks = new Set('/?&');

/** A masked key (text/safe.ts maskKey: `sk-…abcd`, `…abcd`): never broken, so it reads as the one thing it is. */
const keyMask = /(?:sk-)?…[^\s…]{1,4}/gu;

/**
 * The graphemes of `text`, with the indexes after which it must not break: inside a masked key
 * (and before its last character, so a mask at a word's end stays with what comes before it).
 */
function graphemesOf(text: string): {chars: string[]; unbreakable: Set<number>} {
	// By grapheme: a character and its combining marks stay together.
	const chars = Array.from(new QuickSegmenter(undefined, {granularity: 'grapheme'}).segment(text), ({segment}) => segment);
	const unbreakable = new Set<number>();
	const starts: number[] = [];
	let offset = 0;
	for (const char of chars) {
		starts.push(offset);
		offset += char.length;
	}
	/** No break after the graphemes from the one starting at `from` to the one before the one ending at `end`. */
	const keep = (from: number, end: number) => {
		for (let index = Math.max(starts.findIndex(start => start >= from), 0); index < chars.length && starts[index]! < end - 1; index++) unbreakable.add(index);
	};
	// A URL's scheme and its "://" stay with the host, and an opening bracket with the scheme.
	for (const match of text.matchAll(/[a-z][a-z\d+.-]*:\/\//giu)) keep(opening.has(text[match.index - 1] ?? '') ? match.index - 1 : match.index, match.index + match[0].length + 1);
	// A masked key stays whole, and with what comes before it.
	for (const match of text.matchAll(keyMask)) keep(match.index - 1, match.index + match[0].length);
	return {chars, unbreakable};
}

/**
 * `piece` in parts of at most `first` columns, then `rest`: each as far as a URL break in the last third, else as far as
 * fits, never inside a masked key nor a URL's scheme; a `/`, `?` or `&` past the row's first third first. `firstAtBreak`:
 * the first part only where it ends at one of those (else none).
 */
function breakPiece(piece: Piece, first: number, rest: number, firstAtBreak = false): Piece[] {
	const parts: Piece[] = [];
	const {chars: all, unbreakable} = graphemesOf(piece.text);
	let done = 0;
	while (done < all.length) {
		const chars = all.slice(done);
		const room = Math.max(1, parts.length === 0 ? first : rest);
		let width = 0;
		let fits = 0;
		while (fits < chars.length && width + displayWidth(chars[fits] ?? '') <= room) width += displayWidth(chars[fits++] ?? '');
		if (fits < chars.length) {
			const allowed = (index: number) => !unbreakable.has(done + index);
			const lastBreak = (breaks: Set<string>, from: number) => chars.slice(0, fits).findLastIndex((char, index) => breaks.has(char) && index >= from && allowed(index));
			const nearEdge = lastBreak(urlBreaks, Math.floor(fits * 2 / 3));
			const pathBreak = lastBreak(pathBreaks, Math.floor(fits / 3));
			if (parts.length === 0 && firstAtBreak && pathBreak === -1) return [];
			const after = pathBreak !== -1 ? pathBreak : nearEdge;
			if (after !== -1) fits = after + 1;
			else {
				// No URL break near the edge: as far as fits, but never inside a mask (before it, else after it).
				let at = fits - 1;
				while (at >= 0 && !allowed(at)) at--;
				if (at < 0) {
					at = fits - 1;
					while (at < chars.length - 1 && !allowed(at)) at++;
				}
				fits = at + 1;
			}
		}
		const taken = Math.max(fits, 1);
		const text = chars.slice(0, taken).join('');
		parts.push({text, width: displayWidth(text), space: parts.length === 0 ? piece.space : false, styles: piece.styles});
		done += taken;
	}
	return parts;
}

/** The fewest columns a row's end gives a long word's first part: fewer read as a word cut short. */
const minimumHead = 10;

/** One line of output before it is painted: its indent and its pieces. */
type Row = {start: string; pieces: Piece[]};

/**
 * What does not end a paragraph alone on its line: a Chinese character with only closing punctuation after it
 * (“完。”), or a status code or an error code in brackets, written after what it qualifies (“(401)”,
 * “（ECONNREFUSED）”), with its closing punctuation. Not other words in brackets (a masked key, a host).
 */
function isWidow(text: string): boolean {
	const [first = '', ...rest] = text;
	if (/^\p{Script=Han}$/u.test(first) && rest.every(char => closing.has(char))) return true;
	return /^[(（](?:\d{3}|[A-Z][A-Z\d_]{2,})[)）][.,;:。，；：]?$/u.test(text);
}

/** A piece that is one Han character (Chinese text breaks between any two). */
const isHanCharacter = (piece: Piece | undefined): boolean => piece !== undefined && /^\p{Script=Han}$/u.test(piece.text);

/**
 * How many of `pieces`' last pieces the row after may take with a bracketed code without splitting a Chinese word
 * (“…失败（ECONNRESET）”, not “…失 / 败（ECONNRESET）”): a word of the dictionary is one piece already (piecesOf); a
 * lone Han character goes down with the one before it (a word of one character there is more often a word the
 * dictionary lacks than a word). One where the row ends in other text.
 */
function lastWordPieces(pieces: readonly Piece[]): number {
	const last = pieces.at(-1);
	return isHanCharacter(last) && isHanCharacter(pieces.at(-2)) && last?.space === false ? 2 : 1;
}

/**
 * A paragraph does not end on a line holding such a piece alone (“…已经用\n完。”, “…accept this key\n(401)”): the
 * line before gives it its last piece, when that fits and leaves the line before something. Before a code in
 * brackets, a Chinese word goes down whole (lastWordPieces), or nothing does where it does not fit.
 * Any two pieces may part (the punctuation and keep-together rules are inside pieces), so
 * the rules still hold.
 */
function avoidWidow(rows: Row[], hanging: string, width: number): void {
	const last = rows.at(-1);
	const before = rows.at(-2);
	const widow = last?.pieces.length === 1 ? last.pieces[0] : undefined;
	if (!last || !before || !widow || before.pieces.length < 2 || !isWidow(widow.text)) return;
	const count = /^\p{Script=Han}/u.test(widow.text) ? 1 : lastWordPieces(before.pieces);
	const moved = before.pieces.slice(-count);
	if (count >= before.pieces.length) return;
	const movedWidth = rowWidth(moved);
	const start = fittingIndent(hanging, movedWidth, width);
	if (displayWidth(start) + movedWidth + (widow.space ? 1 : 0) + widow.width > width) return;
	before.pieces.splice(-count);
	last.start = start;
	last.pieces.unshift(...moved);
}

/**
 * No plain word alone on a row inside a paragraph, where the piece after it was too wide to share the row (a URL): "…of
 * the / proxy / http://…" reads as a line of its own. The row before gives its last word (or an amount with its unit:
 * "1 reading: / 47.44 CNY at / 2026-12-05 21:50 UTC"), when that leaves it two and the two fit: "…of / the proxy /
 * http://…". The rows do not grow; a paragraph's last row is as it was.
 */
function avoidLoneWords(rows: Row[], width: number): void {
	for (let index = 1; index < rows.length - 1; index++) {
		const row = rows[index]!;
		const before = rows[index - 1]!;
		const [lone] = row.pieces;
		const moved = before.pieces.at(-1);
		if (row.pieces.length !== 1 || !lone || !moved || before.pieces.length < 3 || !/^\p{L}+[.,;:]?$/u.test(lone.text) || !/^(?:\p{L}+|\d[\d.,]* \p{L}+)$/u.test(moved.text)) continue;
		if (displayWidth(row.start) + moved.width + 1 + lone.width > width) continue;
		before.pieces.pop();
		row.pieces.unshift(moved);
		row.pieces[1] = {...lone, space: true};
	}
}

/**
 * No word alone on a row before an assignment too wide to share it ("→ Set / HTTPS_PROXY=http://…"): the assignment
 * breaks after its "=", its name joining the word ("→ Set HTTPS_PROXY= / http://…"), where the name fits there. The
 * value (an address) stays whole on its row, and the rows do not grow.
 */
function avoidLoneWordBeforeAssignment(rows: Row[], hanging: string, width: number): void {
	for (let index = 0; index < rows.length - 1; index++) {
		const row = rows[index]!;
		const next = rows[index + 1]!;
		// One word: a Chinese one is a piece a character.
		const word = row.pieces.map(piece => piece.text).join('');
		const wide = next.pieces[0];
		if (row.pieces.length === 0 || row.pieces.slice(1).some(piece => piece.space) || !wide || !wide.space || !/^\p{L}+$/u.test(word)) continue;
		const equals = wide.text.indexOf('=');
		if (equals < 1 || equals === wide.text.length - 1 || !/^[A-Za-z_][\w.-]*$/.test(wide.text.slice(0, equals))) continue;
		const name = wide.text.slice(0, equals + 1);
		const value = wide.text.slice(equals + 1);
		if (displayWidth(row.start) + displayWidth(word) + 1 + displayWidth(name) > width) continue;
		row.pieces.push({...wide, text: name, width: displayWidth(name)});
		next.pieces[0] = {...wide, text: value, width: displayWidth(value), space: false};
		// The row's indent was cut for the whole assignment (fittingIndent): the value alone keeps the text's.
		next.start = fittingIndent(hanging, rowWidth(next.pieces), width);
	}
}

/** The columns a row's pieces take, without its indent. */
function rowWidth(pieces: readonly Piece[]): number {
	return pieces.reduce((sum, piece, index) => sum + piece.width + (index > 0 && piece.space ? 1 : 0), 0);
}

/**
 * An assignment too wide for a row (`HTTPS_PROXY=http://172.29.160.1:10809,` at 36 columns) in two pieces, its name
 * with the "=" and its value, where each fits a row: the address then stays whole on its row, rather than breaking
 * inside it (breakLong). Any other piece as it is.
 */
function atAssignment(piece: Piece, room: number): Piece[] {
	const equals = piece.text.indexOf('=');
	if (equals < 1 || !/^[A-Za-z_][\w.-]*$/.test(piece.text.slice(0, equals))) return [piece];
	const name = piece.text.slice(0, equals + 1);
	const value = piece.text.slice(equals + 1);
	if (value === '' || displayWidth(name) > room || displayWidth(value) > room) return [piece];
	return [{...piece, text: name, width: displayWidth(name)}, {...piece, text: value, width: displayWidth(value), space: false}];
}

/**
 * A flag kept with its value (sentenceValue) or a command setting a variable (setVariable) that no row can hold (`--base-url`
 * and a long URL): in two pieces at its last space, the value then laid out as any word. A quoted value stays with its flag
 * (isQuotedWord), and this tool's command breaks as commandPieces says. Any other piece as it is.
 */
function atLastSpace(piece: Piece, room: number): Piece[] {
	if (piece.width <= room || isQuotedWord(piece) || isCommand(piece) || !/^(?:--[\w-]+|export|set|\$env\.)[ \w]/u.test(piece.text)) return [piece];
	const space = piece.text.lastIndexOf(' ');
	if (space < 1) return [piece];
	const [name, value] = [piece.text.slice(0, space), piece.text.slice(space + 1)];
	return [{...piece, text: name, width: displayWidth(name)}, {...piece, text: value, width: displayWidth(value), space: true}];
}

/** This tool's own command, kept whole (keptTogether). */
const isCommand = (piece: Piece): boolean => piece.text.startsWith('deepseek-fix ');

/**
 * A command's quoted argument (`--model 'a/b!'`, text/shell.ts shellWord): never broken over rows, even where it is wider
 * than the window. A row's end inside quotes is a newline in the value when pasted (no continuation mark can go there);
 * whole, it runs past the edge and the terminal folds it, which copies as one line.
 */
const isQuotedWord = (piece: Piece): boolean => /^(?:--[\w-]+ )?(['"]).+\1$/su.test(piece.text.replace(/ \\$/u, ''));

/**
 * A command of this tool wider than `width` in pieces that break only between its arguments, a flag with its value
 * (“deepseek-fix check” / “--base-url https://…”), or the flag above its value where the two do not fit `room`: never
 * inside a word. Each piece but the last ends its row, where it does, with the shell's continuation mark, so the rows
 * pasted run as one command. Any other piece as it is.
 */
function commandPieces(piece: Piece, width: number, room: number): Piece[] {
	if (!isCommand(piece) || piece.width <= width) return [piece];
	const mark = lineContinuation();
	const markWidth = mark === undefined ? 0 : mark.length + 1;
	const groups: string[] = [];
	for (const word of piece.text.split(' ')) {
		const last = groups.at(-1);
		const joins = last !== undefined && !word.startsWith('-') && (last.startsWith('-') ? !last.includes(' ') : groups.length === 1);
		if (joins && displayWidth(`${last} ${word}`) + markWidth <= room) groups[groups.length - 1] = `${last} ${word}`;
		else groups.push(word);
	}
	return groups.map((text, index) => {
		const continued = index < groups.length - 1 ? mark : undefined;
		return {...piece, text, width: displayWidth(text) + (continued === undefined ? 0 : markWidth), space: index === 0 ? piece.space : true, ...(continued === undefined ? {} : {continued})};
	});
}

/** A row's pieces with the continuation mark after its last, where that one is part of a command that goes on. */
function withContinuation(pieces: readonly Piece[]): readonly Piece[] {
	const last = pieces.at(-1);
	return last?.continued === undefined ? pieces : [...pieces.slice(0, -1), {...last, text: `${last.text} ${last.continued}`}];
}

/**
 * `cut` applied to the pieces `needs` picks, the others kept: the same array when it picks none (most
 * texts: a frame wraps dozens), so no array is made per piece. `needs` holds wherever `cut` may split.
 */
function cutWhere(pieces: Piece[], needs: (piece: Piece) => boolean, cut: (piece: Piece) => Piece[]): Piece[] {
	return pieces.some(needs) ? pieces.flatMap(each => (needs(each) ? cut(each) : [each])) : pieces;
}

/**
 * Word-wrap styled text. Widths are measured before colouring, so escape sequences never
 * count; a word longer than a line (a URL) gets a line of its own and is not broken, unless `breakLong`.
 */
export function wrapSpans(spans: readonly Span[], options: WrapOptions): string[] {
	const indent = options.indent ?? '';
	const hanging = options.hangingIndent ?? indent;
	const rows: Row[] = [];
	let start = indent;
	let line: Piece[] = [];
	let lineWidth = displayWidth(indent);
	const room = options.width - displayWidth(hanging);
	// Chinese words are looked up only where the text needs a second row (the word list's set is made then).
	const words = spans.reduce((sum, span) => sum + displayWidth(span.text) + 1, displayWidth(indent)) - 1 > options.width;
	const pieces = options.markdown ? piecesOf(spans, words, true) : cutWhere(piecesOf(spans, words), each => each.width > options.width && isCommand(each), each => commandPieces(each, options.width, room));
	const queue = cutWhere(
		cutWhere(pieces, each => each.width > room, each => atLastSpace(each, room)),
		each => options.breakLong === true && each.width > room,
		each => atAssignment(each, room),
	);
	for (let at = 0; at < queue.length; at++) {
		const piece = queue[at]!;
		// A command that fits the window starts a row of its own, less indented where it must (fittingIndent), unbroken.
		if (options.breakLong && piece.width > room && room > 0 && !(isCommand(piece) && piece.width <= options.width) && !isQuotedWord(piece)) {
			// It starts on the row it follows where that row has room for a part ending at a URL break (no short
			// row above it), else on a row of its own; then rows of its own, indented like the text (the first
			// line's indent when nothing came before it); the text goes on below.
			const left = options.width - lineWidth - (piece.space ? 1 : 0);
			const [head, ...tail] = line.length > 0 && left >= minimumHead ? breakPiece(piece, left, room, true) : [];
			if (head) {
				rows.push({start, pieces: [...line, head]});
				start = hanging;
			} else if (line.length > 0) {
				rows.push({start, pieces: line});
				start = hanging;
			} else start = rows.length === 0 ? indent : hanging;
			const parts = head ? breakPiece({...piece, text: tail.map(part => part.text).join('')}, room, room) : breakPiece(piece, options.width - displayWidth(start), room);
			// Its last part begins a row the text goes on on.
			const last = parts.pop();
			for (const part of parts) {
				rows.push({start, pieces: [{...part, space: false}]});
				start = hanging;
			}
			line = last ? [{...last, space: false}] : [];
			lineWidth = displayWidth(start) + (last?.width ?? 0);
			continue;
		}
		const gap = line.length > 0 && piece.space ? 1 : 0;
		if (line.length > 0 && lineWidth + gap + piece.width > options.width) {
			// Closing punctuation right after a span (a joined "：") never starts a line: the piece before it comes along; so
			// does a closing bracket or quote after a space (“Bearer ”开头: not a row starting with ”).
			const closes = piece.space ? closingAfterSpace.has(piece.text[0] ?? '') : closing.has(piece.text[0] ?? '');
			const carried = closes && line.length > 1 ? line.splice(-1) : [];
			const carriedWidth = carried.reduce((sum, each) => sum + each.width, 0);
			// Pulled left of the column the rows above and below keep: in parts, where it has parts, it keeps the column.
			const parts = carried.length === 0 && fittingIndent(hanging, piece.width, options.width) !== hanging ? partsOf(piece) : undefined;
			if (parts) {
				queue.splice(at, 1, ...parts);
				at--;
				continue;
			}
			rows.push({start, pieces: line});
			start = fittingIndent(hanging, carriedWidth + piece.width, options.width);
			line = carried;
			lineWidth = displayWidth(start) + carriedWidth;
		}
		if (line.length === 0 && rows.length === 0) {
			start = fittingIndent(indent, piece.width, options.width);
			lineWidth = displayWidth(start);
		}
		lineWidth += (line.length > 0 && piece.space ? 1 : 0) + piece.width;
		line.push(piece);
	}
	if (line.length > 0 || rows.length === 0) rows.push({start, pieces: line});
	avoidWidow(rows, hanging, options.width);
	avoidLoneWords(rows, options.width);
	avoidLoneWordBeforeAssignment(rows, hanging, options.width);
	return rows.map(row => paintLine(row.start, withContinuation(row.pieces), options.color));
}

/**
 * The parts a piece kept whole may still be broken into where the whole would start left of its row's column (the
 * value column of config's table), each part keeping the line-breaking rules (no row ends with an opening bracket nor
 * starts with closing punctuation): the words of a group kept together ("2026-12-05 17:32 UTC）：", "（或 -，直接输出报告）"),
 * else a word at its own joints, after a `-` inside it. Undefined for a piece with neither, and for a link, a path, a
 * command, a masked key or an id (`insufficient_balance`: looked up and matched as it is written, never "（insufficient_"
 * above "balance，"), which stay whole. Where there is no such break (“（ECONNREFUSED），”), the rule that gives way is
 * the column: the row is pulled left (fittingIndent), as a link's is, and the brackets keep to their words.
 */
function partsOf(piece: Piece): Piece[] | undefined {
	if (piece.text.includes('/') || piece.text.includes('`') || isCommand(piece) || /^\p{Ps}?deepseek-fix /u.test(piece.text)) return undefined;
	const words = piece.text.split(' ');
	if (words.length > 1) return words.map((text, index) => ({text, width: displayWidth(text), space: index === 0 ? piece.space : true, styles: piece.styles}));
	if (piece.text.search(keyMask) !== -1 || /[\p{L}\p{N}]_[\p{L}\p{N}]/u.test(piece.text)) return undefined;
	// After a `-` between two letters or digits: never next to a bracket or punctuation.
	const joints = piece.text.split(/(?<=[\p{L}\p{N}]-)(?=[\p{L}\p{N}])/u);
	if (joints.length < 2) return undefined;
	return joints.map((text, index) => ({text, width: displayWidth(text), space: index === 0 ? piece.space : false, styles: piece.styles}));
}

/** Word-wrap plain text to `width` columns (indent on the first line, hangingIndent after). */
export function wrapPlain(text: string, options: {width: number; indent?: string; hangingIndent?: string; breakLong?: boolean; markdown?: boolean}): string[] {
	return wrapSpans([{text}], {...options, color: false});
}
