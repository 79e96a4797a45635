// Test preload for the CLI child (`node --import <this file> dist/bin.js …`): a resolver
// that does not answer (a DNS server gone behind a VPN, a firewall dropping port 53). Every
// name that is not loopback gets its answer, a failure (EAI_AGAIN), only after
// TEST_DNS_HANG_MS (default 40 s), and until then the lookup holds Node's event loop open,
// as the real getaddrinfo does from its thread (the resolver's own timeout: 5 s × attempts
// × servers). Aborting a request does not cancel a lookup. What this cannot play: at
// process.exit, libuv still joins the threads of the real lookups already under way.
// Plain JavaScript: the child is the built CLI on plain Node, without tsx.
import dns from 'node:dns';
import {syncBuiltinESMExports} from 'node:module';

const hangMs = Number(process.env.TEST_DNS_HANG_MS ?? 40_000);
/** Where the first unanswered lookup is noted, for a test that acts once the lookups are under way (TEST_DNS_STARTED_FILE). */
const startedFile = process.env.TEST_DNS_STARTED_FILE;
let started = false;
function noteStarted() {
	if (started || !startedFile) return;
	started = true;
	process.getBuiltinModule('node:fs').writeFileSync(startedFile, 'started\n');
}
const loopback = name => ['localhost', '::1'].includes(name) || /^127\.\d+\.\d+\.\d+$/.test(name);

function unanswered(hostname) {
	const error = new Error(`getaddrinfo EAI_AGAIN ${hostname}`);
	error.code = 'EAI_AGAIN';
	error.errno = -3001;
	error.syscall = 'getaddrinfo';
	error.hostname = hostname;
	return error;
}

const originalLookup = dns.lookup;
dns.lookup = function lookup(hostname, options, callback) {
	if (loopback(String(hostname).toLowerCase())) return originalLookup.call(this, hostname, options, callback);
	const done = typeof options === 'function' ? options : callback;
	noteStarted();
	// Not unref'd: a pending getaddrinfo keeps Node's event loop alive.
	setTimeout(() => done(unanswered(hostname)), hangMs);
	return {};
};

const originalPromisesLookup = dns.promises.lookup;
dns.promises.lookup = function lookup(hostname, options) {
	if (loopback(String(hostname).toLowerCase())) return originalPromisesLookup.call(this, hostname, options);
	noteStarted();
	return new Promise((_resolve, reject) => setTimeout(() => reject(unanswered(hostname)), hangMs));
};

// `import {lookup} from 'node:dns/promises'` (the bundle's network check) sees the new functions too.
syncBuiltinESMExports();
