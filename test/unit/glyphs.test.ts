// The symbols beside the text, and the fallbacks for a console font and for a locale whose
// characters are not UTF-8.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {glyphSetFor, glyphsFor, type GlyphSet} from '../../source/text/glyphs.js';
import {displayWidth} from '../../source/text/width.js';

const names = ['tick', 'cross', 'warning', 'info', 'skip', 'error'] as const;

test('a console gets √ × ‼ i and a turning line; other terminals ✔ ✖ ⚠ ℹ and Braille dots; a locale not in UTF-8 ASCII', () => {
	assert.deepEqual(glyphsFor('console'), {tick: '√', cross: '×', warning: '‼', info: 'i', skip: '○', error: '!', spinner: 'line', pointer: '>', arrow: '→', ellipsis: '…', dot: '·'});
	assert.deepEqual(glyphsFor('unicode'), {tick: '✔', cross: '✖', warning: '⚠', info: 'ℹ', skip: '○', error: '!', spinner: 'dots', pointer: '❯', arrow: '→', ellipsis: '…', dot: '·'});
	assert.deepEqual(glyphsFor('ascii'), {tick: '+', cross: 'x', warning: '!', info: 'i', skip: '-', error: '?', spinner: 'line', pointer: '>', arrow: '->', ellipsis: '...', dot: '.'});
});

test('which set: ASCII wherever the locale names a charset that is not UTF-8, else the console\'s where the font lacks the symbols', () => {
	type Row = [unicodeSupported: boolean, nonUtf8Charset: string | undefined, set: GlyphSet];
	const rows: Row[] = [
		[true, undefined, 'unicode'],
		[false, undefined, 'console'],
		[true, 'GBK', 'ascii'],
		[false, 'ISO-8859-1', 'ascii'],
	];
	for (const [unicodeSupported, nonUtf8Charset, set] of rows) assert.equal(glyphSetFor({unicodeSupported, nonUtf8Charset}), set, `${unicodeSupported} ${nonUtf8Charset}`);
});

test('each fallback takes the column its symbol takes, so no row moves, and is a character every console font has (Latin-1 or general punctuation and maths)', () => {
	const drawn = glyphsFor('unicode');
	for (const set of ['console', 'ascii'] as const) {
		const fallback = glyphsFor(set);
		for (const name of names) {
			assert.equal(displayWidth(fallback[name]), displayWidth(drawn[name]), `${set} ${name}`);
			assert.equal(displayWidth(fallback[name]), 1, `${set} ${name}`);
			assert.match(fallback[name], /^[\u0020-\u007E\u00A0-\u00FF\u2010-\u203F\u2200-\u22FF\u25CB]$/u, `${set} ${name}`);
		}
	}
});

test('in ASCII every symbol is ASCII (any other byte is another character in GBK or Latin-1), and no two statuses share one', () => {
	const ascii = glyphsFor('ascii');
	for (const name of names) assert.match(ascii[name], /^[!-~]$/, name);
	assert.equal(new Set(names.map(name => ascii[name])).size, names.length);
});
