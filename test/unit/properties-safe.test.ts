// Properties of the one place that makes text printable (source/text/safe.ts), over generated
// text: ordinary characters, escape sequences, bidi and invisible characters, NUL, and the key in
// use in every form a server may echo it (plain, upper-cased, without `sk-`, %-encoded, cut into
// groups by whitespace, full-width), pieces of it too. sanitize leaves no whole key and no control
// character, and cleaning twice changes nothing more (each renderer cleans again what the checks cleaned).
import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import '../helpers/property-seed.js';
import {oneLine, sanitize} from '../../source/text/safe.js';
import {arbitraryKey, assertNoControls, assertNoWholeKey, hostileText, keyForm} from '../helpers/hostile-input.js';

const arbitraryText = arbitraryKey.chain(key =>
	fc.record({
		key: fc.constant(key),
		text: fc.array(fc.oneof(hostileText(key), keyForm(key), keyForm(key).map(form => form.slice(0, 20))), {maxLength: 5}).map(pieces => pieces.join('')),
	}),
);

test('sanitize: no whole key, no control character, and a second pass changes nothing', () => {
	fc.assert(
		fc.property(arbitraryText, ({key, text}) => {
			const clean = sanitize(text, key);
			assertNoWholeKey(clean, key, 'sanitized text');
			assertNoControls(clean, 'sanitized text');
			assert.equal(sanitize(clean, key), clean, 'a second pass');
			assertNoWholeKey(oneLine(clean, 80), key, 'one line of it');
		}),
		{numRuns: 3000, includeErrorInReport: true},
	);
});
