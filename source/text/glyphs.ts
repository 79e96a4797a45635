// The symbols the tool draws beside its text, and what a terminal that cannot draw them gets
// instead. The Linux console (TERM=linux) and Windows' classic console host, whose fonts have
// no ✔, ✖, ⚠ or Braille and show a box or a question mark: is-unicode-supported decides, as
// figures does for its pointer (❯ or >), so the menu and the rows agree; the fallbacks are
// figures' own. Arrows, "…", "·", "•", "›" and "○" are in every console font and are drawn as
// they are. A locale whose characters are not UTF-8 (zh_CN.GBK, en_US.ISO-8859-1:
// text/locale-charset.ts) reads this tool's UTF-8 bytes as other characters, and ✔ and ✖
// alike as the same two: there every symbol is ASCII, and so is the English text
// (text/ascii-text.ts).
import process from 'node:process';
import isUnicodeSupported from 'is-unicode-supported';
import {asciiText} from './ascii-text.js';
import {nonUtf8Charset} from './locale-charset.js';

type Glyphs = {
	tick: string;
	cross: string;
	warning: string;
	info: string;
	/** A check that did not run. */
	skip: string;
	/** A check that could not finish (it threw, ran over its time, was cancelled). */
	error: string;
	/** ink-spinner's type while a check runs: Braille dots, or a turning line (- \ | /). */
	spinner: 'dots' | 'line';
	/** The menu's pointer on the chosen item (figures' pointer, as ink-select-input drew it). */
	pointer: string;
	/** Before a result's first fix. */
	arrow: string;
	/** Where a text was cut. */
	ellipsis: string;
	/** A check that waits its turn, a figure that did not change: a small mark in the icon's column. */
	dot: string;
};

/** What the terminal can show: every symbol, a console font's, or only ASCII. */
export type GlyphSet = 'unicode' | 'console' | 'ascii';

const marks = {arrow: '→', ellipsis: '…', dot: '·'} as const;

const glyphSets: Readonly<Record<GlyphSet, Glyphs>> = {
	unicode: {tick: '✔', cross: '✖', warning: '⚠', info: 'ℹ', skip: '○', error: '!', spinner: 'dots', pointer: '❯', ...marks},
	console: {tick: '√', cross: '×', warning: '‼', info: 'i', skip: '○', error: '!', spinner: 'line', pointer: '>', ...marks},
	// "!" is the warning's here, so a check that could not finish is "?": its answer is not known. The marks
	// are the English texts' own ASCII forms (text/ascii-text.ts); "." for the dot, which stands alone in a
	// column of icons, not between words as "·" in a line of key hints ("|" there).
	ascii: {
		tick: '+',
		cross: 'x',
		warning: '!',
		info: 'i',
		skip: '-',
		error: '?',
		spinner: 'line',
		pointer: asciiText('❯'),
		arrow: asciiText(marks.arrow),
		ellipsis: asciiText(marks.ellipsis),
		dot: '.',
	},
};

export const glyphsFor = (set: GlyphSet): Glyphs => glyphSets[set];

/** Pure: ASCII where the locale's characters are not UTF-8, else the console's where the font lacks the symbols. */
export function glyphSetFor(terminal: {unicodeSupported: boolean; nonUtf8Charset: string | undefined}): GlyphSet {
	if (terminal.nonUtf8Charset !== undefined) return 'ascii';
	return terminal.unicodeSupported ? 'unicode' : 'console';
}

/** This terminal's symbols, decided once. */
export const glyphs: Glyphs = glyphsFor(glyphSetFor({unicodeSupported: isUnicodeSupported(), nonUtf8Charset: nonUtf8Charset(process.env, process.platform)}));
