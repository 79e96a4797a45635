// Test preload for the CLI child (`node --import <this file> dist/bin.js …`): plays remote
// hosts on this computer. Names listed in TEST_LOOPBACK_HOSTS (comma-separated) resolve to
// 127.0.0.1; loopback names and addresses resolve as usual; every other name fails with
// ENOTFOUND, so nothing a test runs can reach a real address by name.
// Plain JavaScript: the child is the built CLI on plain Node, without tsx.
import dns from 'node:dns';
import {syncBuiltinESMExports} from 'node:module';

/** Read at each lookup, so that an in-process test can name its hosts after importing this file. */
const mapped = () => new Set((process.env.TEST_LOOPBACK_HOSTS ?? '').split(',').map(name => name.trim().toLowerCase()).filter(Boolean));
const loopbackNames = new Set(['localhost', '127.0.0.1', '::1']);

/** The loopback answer for `hostname`, or undefined when it must not resolve. */
function answerFor(hostname) {
	const name = String(hostname).toLowerCase().replace(/\.$/, '');
	if (mapped().has(name)) return {address: '127.0.0.1', family: 4};
	if (loopbackNames.has(name) || /^127\.\d+\.\d+\.\d+$/.test(name)) return undefined;
	return null;
}

function notFound(hostname) {
	const error = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
	error.code = 'ENOTFOUND';
	error.errno = -3008;
	error.syscall = 'getaddrinfo';
	error.hostname = hostname;
	return error;
}

function wantsAll(options) {
	return typeof options === 'object' && options !== null && options.all === true;
}

const originalLookup = dns.lookup;
dns.lookup = function lookup(hostname, options, callback) {
	const done = typeof options === 'function' ? options : callback;
	const answer = answerFor(hostname);
	if (answer === undefined) return originalLookup.call(this, hostname, options, callback);
	process.nextTick(() => {
		if (answer === null) done(notFound(hostname));
		else if (wantsAll(options)) done(null, [answer]);
		else done(null, answer.address, answer.family);
	});
	return {};
};

const originalPromisesLookup = dns.promises.lookup;
dns.promises.lookup = async function lookup(hostname, options) {
	const answer = answerFor(hostname);
	if (answer === undefined) return originalPromisesLookup.call(this, hostname, options);
	if (answer === null) throw notFound(hostname);
	return wantsAll(options) ? [answer] : answer;
};

// `import {lookup} from 'node:dns/promises'` (the bundle's network check) sees the new functions too.
syncBuiltinESMExports();
