// "Did you mean …?": which typos find their word, and which words are too far to suggest.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {nearest} from '../../source/text/nearest.js';

test('a typo finds its word; a word too far away finds none', () => {
	const flags = ['json', 'probe', 'model', 'below', 'wait', 'wait-max', 'every', 'out', 'path', 'reset', 'base-url', 'timeout', 'lang', 'help', 'version'];
	assert.equal(nearest('belwo', flags), 'below');
	assert.equal(nearest('Json', flags), 'json');
	assert.equal(nearest('baseurl', flags), 'base-url');
	assert.equal(nearest('wait-mx', flags), 'wait-max');
	assert.equal(nearest('xyz', flags), undefined);
	assert.equal(nearest('key', flags), undefined, 'no flag takes the key: nothing to suggest');
	assert.equal(nearest('blah', ['check', 'balance', 'report', 'config']), undefined);
	assert.equal(nearest('chekc', ['check', 'balance', 'report', 'config']), 'check');
	assert.equal(nearest('timout', flags), 'timeout');
	assert.equal(nearest('jsonn', flags), 'json');
	// Two edits are too many for a word of four letters or fewer…
	assert.equal(nearest('jsxx', flags), undefined);
	// …but two neighbouring letters swapped are one slip, at any length.
	assert.equal(nearest('jsno', flags), 'json');
	assert.equal(nearest('ouT', flags), 'out');
	assert.equal(nearest('hlep', flags), 'help');
	assert.equal(nearest('nosj', flags), undefined, 'a word turned round is not a slip');
	assert.equal(nearest('jnos', flags), undefined, 'two swaps are not one');
});
