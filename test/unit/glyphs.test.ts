// The symbols beside the text, and the console's fallbacks for them.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {glyphsFor} from '../../source/text/glyphs.js';
import {displayWidth} from '../../source/text/width.js';

test('a console gets √ × ‼ i and a turning line; other terminals ✔ ✖ ⚠ ℹ and Braille dots', () => {
	assert.deepEqual(glyphsFor(false), {tick: '√', cross: '×', warning: '‼', info: 'i', spinner: 'line'});
	assert.deepEqual(glyphsFor(true), {tick: '✔', cross: '✖', warning: '⚠', info: 'ℹ', spinner: 'dots'});
});

test('each fallback takes the column its symbol takes, so no row moves, and is a character every console font has (Latin-1 or general punctuation and maths)', () => {
	const drawn = glyphsFor(true);
	const fallback = glyphsFor(false);
	for (const name of ['tick', 'cross', 'warning', 'info'] as const) {
		assert.equal(displayWidth(fallback[name]), displayWidth(drawn[name]), name);
		assert.equal(displayWidth(fallback[name]), 1, name);
		assert.match(fallback[name], /^[\u0020-\u007E\u00A0-\u00FF\u2010-\u203F\u2200-\u22FF]$/u, name);
	}
});
