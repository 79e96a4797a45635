// The small assert the build gives undici in place of node:assert (scripts/build.mjs).
import assert from 'node:assert/strict';
import {createRequire} from 'node:module';
import {test} from 'node:test';

const require = createRequire(import.meta.url);
const undiciAssert = require('../../source/deepseek/undici-assert.cjs') as ((value: unknown, message?: string | Error) => void) & {ok: unknown};

test('the small assert passes a truthy value and throws an AssertionError (ERR_ASSERTION) on a falsy one', () => {
	assert.doesNotThrow(() => undiciAssert(1));
	assert.doesNotThrow(() => undiciAssert('text'));
	for (const falsy of [false, 0, '', null, undefined]) {
		assert.throws(() => undiciAssert(falsy), {name: 'AssertionError', code: 'ERR_ASSERTION'});
	}
	assert.throws(() => undiciAssert(false, 'socket already closed'), {name: 'AssertionError', message: 'socket already closed'});
	assert.equal(undiciAssert.ok, undiciAssert);
});

test('an Error given as the message is what the small assert throws, as node:assert does', () => {
	const reason = new TypeError('bad state');
	assert.throws(() => undiciAssert(false, reason), error => error === reason);
});
