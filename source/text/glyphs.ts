// The symbols the tool draws beside its text, and what a terminal that cannot draw them gets
// instead: the Linux console (TERM=linux) and Windows' classic console host, whose fonts have
// no ✔, ✖, ⚠ or Braille and show a box or a question mark. is-unicode-supported decides, as
// it does for ink-select-input's pointer (❯ or >, through figures), so the menu and the rows
// agree; the fallbacks are figures' own. Arrows, box lines, "…", "·", "›" and "○" are in
// every console font and are drawn as they are.
import isUnicodeSupported from 'is-unicode-supported';

export type Glyphs = {
	tick: string;
	cross: string;
	warning: string;
	info: string;
	/** ink-spinner's type while a check runs: Braille dots, or a turning line. */
	spinner: 'dots' | 'line';
};

const unicodeGlyphs: Glyphs = {tick: '✔', cross: '✖', warning: '⚠', info: 'ℹ', spinner: 'dots'};
const consoleGlyphs: Glyphs = {tick: '√', cross: '×', warning: '‼', info: 'i', spinner: 'line'};

export const glyphsFor = (unicode: boolean): Glyphs => (unicode ? unicodeGlyphs : consoleGlyphs);

/** This terminal's symbols, decided once. */
export const glyphs: Glyphs = glyphsFor(isUnicodeSupported());
