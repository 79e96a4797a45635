// What the bundled parts of undici get for `require('node:assert')` (scripts/build.mjs).
// They only call it as `assert(condition[, message])`, to check their own invariants; the
// build fails if one starts using anything else. Node's assert loads six more modules at
// start-up (its diff, colours, call tracker…) for error messages a failed invariant of
// undici's would never need. A failure still throws an AssertionError (code ERR_ASSERTION),
// which the client reports like any other unexpected error.
'use strict';

class AssertionError extends Error {
	constructor(message) {
		super(message);
		this.name = 'AssertionError';
		this.code = 'ERR_ASSERTION';
	}
}

function assert(value, message) {
	if (value) return;
	if (message instanceof Error) throw message;
	throw new AssertionError(message ?? 'undici: an internal check failed');
}

assert.ok = assert;
assert.AssertionError = AssertionError;
module.exports = assert;
