// What the bundled parts of undici get for `require('node:http')` (scripts/undici-plugins.mjs).
// They read two things from it: Node's limit on a response's header size, once as the client
// loads, and the IncomingMessage class, to clear the socket of an http.IncomingMessage given as
// a request body before destroying it. Loading node:http itself (its agent, client, server and
// parser modules) costs every run about a millisecond before its first request.
'use strict';

// Node's own default; `--max-http-header-size` (a flag, or in NODE_OPTIONS) changes it, and
// then the value is read from node:http itself.
const nodeDefault = 16_384;
const flagged = value => /(?:^|\s)--max-http-header-size(?:[=\s]|$)/.test(value);

module.exports = {
	get maxHeaderSize() {
		const set = process.execArgv.some(flagged) || flagged(process.env.NODE_OPTIONS ?? '');
		return set ? process.getBuiltinModule('node:http').maxHeaderSize : nodeDefault;
	},
	// This tool's request bodies are strings: no body is ever an http.IncomingMessage, and
	// nothing is made with this class.
	IncomingMessage: class IncomingMessage {},
};
