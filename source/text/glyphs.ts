// The symbols the tool draws beside its text, and what a terminal that cannot draw them gets
// instead. The Linux console (TERM=linux) and Windows' classic console host, whose fonts have
// no ✔, ✖, ⚠ or Braille and show a box or a question mark: is-unicode-supported decides, as
// it does for ink-select-input's pointer (❯ or >, through figures), so the menu and the rows
// agree; the fallbacks are figures' own. Arrows, box lines, "…", "·", "›" and "○" are in
// every console font and are drawn as they are. A locale whose characters are not UTF-8
// (zh_CN.GBK, en_US.ISO-8859-1: text/locale-charset.ts) reads this tool's UTF-8 bytes as
// other characters, and ✔ and ✖ alike as the same two: there the symbols are ASCII.
import process from 'node:process';
import isUnicodeSupported from 'is-unicode-supported';
import {nonUtf8Charset} from './locale-charset.js';

export type Glyphs = {
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
};

/** What the terminal can show: every symbol, a console font's, or only ASCII. */
export type GlyphSet = 'unicode' | 'console' | 'ascii';

const glyphSets: Readonly<Record<GlyphSet, Glyphs>> = {
	unicode: {tick: '✔', cross: '✖', warning: '⚠', info: 'ℹ', skip: '○', error: '!', spinner: 'dots'},
	console: {tick: '√', cross: '×', warning: '‼', info: 'i', skip: '○', error: '!', spinner: 'line'},
	// "!" is the warning's here, so a check that could not finish is "?": its answer is not known.
	ascii: {tick: '+', cross: 'x', warning: '!', info: 'i', skip: '-', error: '?', spinner: 'line'},
};

export const glyphsFor = (set: GlyphSet): Glyphs => glyphSets[set];

/** Pure: ASCII where the locale's characters are not UTF-8, else the console's where the font lacks the symbols. */
export function glyphSetFor(terminal: {unicodeSupported: boolean; nonUtf8Charset: string | undefined}): GlyphSet {
	if (terminal.nonUtf8Charset !== undefined) return 'ascii';
	return terminal.unicodeSupported ? 'unicode' : 'console';
}

/** This terminal's symbols, decided once. */
export const glyphs: Glyphs = glyphsFor(glyphSetFor({unicodeSupported: isUnicodeSupported(), nonUtf8Charset: nonUtf8Charset(process.env, process.platform)}));
