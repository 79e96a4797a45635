// "Did you mean …?": which typos find their word, and which words are too far to suggest.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {editDistance, nearest} from '../../source/text/nearest.js';

test('edit distance counts inserts, deletes, replacements and swapped neighbours as one each', () => {
	assert.equal(editDistance('below', 'below'), 0);
	assert.equal(editDistance('belwo', 'below'), 1);
	assert.equal(editDistance('jsn', 'json'), 1);
	assert.equal(editDistance('jsonn', 'json'), 1);
	assert.equal(editDistance('timout', 'timeout'), 1);
	assert.equal(editDistance('xyz', 'json'), 4);
});

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
});
