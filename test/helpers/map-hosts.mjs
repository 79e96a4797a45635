// Test preload for the CLI child (`node --import <this file> dist/bin.js …`): plays remote
// hosts on this computer. Names listed in TEST_LOOPBACK_HOSTS (comma-separated) resolve to
// 127.0.0.1; loopback names and addresses resolve as usual; every other name fails with
// ENOTFOUND, and a connection to an address off this computer fails with ENETUNREACH, so
// nothing a test runs can reach a real address, by name or by number. Every test process
// loads it too (through isolate-git.ts).
// A name given with a port (`api.deepseek.com:19001`) is also served on that port: a TLS
// connection to it on 443, the port its https URL implies, goes to that port instead. That
// plays a fixed address such as DeepSeek's own https://api.deepseek.com (the wizard's
// "Also check my DeepSeek account") with a fake on a port of its own.
// Names listed in TEST_FAKE_IP_HOSTS play a proxy app in TUN + fake-ip mode (Clash, Mihomo,
// Surge, sing-box): each resolves to an address of its own in 198.18.0.0/15, and every
// connection to that range lands on 127.0.0.1, on the same port (a port given with the name
// stands for 443, as above), as the app's TUN takes it. So the network check and the requests
// meet the route as on a user's computer: the fake address from the lookup, the fake behind it.
// Names listed in TEST_PRIVATE_IP_HOSTS resolve to an address on a private network (192.168.0.2 for the
// first), as a hosts file line, a router's or an ad blocker's DNS may answer them; a connection there fails as
// any off this computer does (ENETUNREACH), so nothing reaches a real address.
// Names listed in TEST_DUAL_STACK_HOSTS resolve to ::1 first, then 127.0.0.1, as a dual-stack
// name does on most systems (IPv6 first): where only IPv4 listens (the fakes listen on
// 127.0.0.1), the IPv6 address refuses and the IPv4 one connects, as on a network without IPv6.
// Names listed in TEST_SLOW_NOT_FOUND_HOSTS fail as every other name does, but only after
// TEST_SLOW_NOT_FOUND_MS (default 1500): a resolver that is slow to say no, so that a test can
// see a step while it waits on a lookup, however loaded the machine. The list wins over the
// others: a name a test listed earlier in the same process still fails.
// Plain JavaScript: the child is the built CLI on plain Node, without tsx.
import dns from 'node:dns';
import net from 'node:net';
import {syncBuiltinESMExports} from 'node:module';

/** Each entry of `variable` (TEST_LOOPBACK_HOSTS, TEST_FAKE_IP_HOSTS): its name and the port that stands for 443, if it gives one. */
const entriesOf = variable => (process.env[variable] ?? '').split(',').map(entry => entry.trim().toLowerCase()).filter(Boolean).map(entry => {
	const [, name = entry, port] = /^(.+?)(?::(\d+))?$/.exec(entry) ?? [];
	return {name, port: port === undefined ? undefined : Number(port)};
});
const entries = () => [...entriesOf('TEST_LOOPBACK_HOSTS'), ...entriesOf('TEST_FAKE_IP_HOSTS'), ...entriesOf('TEST_DUAL_STACK_HOSTS')];

/** The fake-ip address of `name`: 198.18.0.2 for the first name listed, as Clash hands them out from the start of its range. */
const fakeIpOf = name => {
	const index = entriesOf('TEST_FAKE_IP_HOSTS').findIndex(entry => entry.name === name);
	return index < 0 ? undefined : `198.18.0.${index + 2}`;
};
/** 198.18.0.0/15, the range the proxy apps take their fake addresses from. */
const inFakeIpRange = address => /^198\.1[89]\.\d+\.\d+$/.test(String(address));

/** Read at each lookup, so that an in-process test can name its hosts after importing this file. */
const mapped = () => new Set(entriesOf('TEST_LOOPBACK_HOSTS').map(entry => entry.name));

/** The port a TLS connection to `name` on 443 goes to instead, if its entry gives one. */
const portFor = name => entries().find(entry => entry.port !== undefined && entry.name === String(name ?? '').toLowerCase().replace(/\.$/, ''))?.port;
const loopbackNames = new Set(['localhost', '127.0.0.1', '::1']);

/** The loopback answer for `hostname` (a list for a dual-stack name), null when it must not resolve, undefined to ask the system. */
function answerFor(hostname) {
	const name = String(hostname).toLowerCase().replace(/\.$/, '');
	// A slow not-found name fails even where an earlier test of the same process mapped it (names are never unmapped).
	if (notFoundDelayMs(name) > 0) return null;
	if (entriesOf('TEST_DUAL_STACK_HOSTS').some(entry => entry.name === name)) return [{address: '::1', family: 6}, {address: '127.0.0.1', family: 4}];
	const fakeIp = fakeIpOf(name);
	if (fakeIp) return {address: fakeIp, family: 4};
	const privateAt = entriesOf('TEST_PRIVATE_IP_HOSTS').findIndex(entry => entry.name === name);
	if (privateAt >= 0) return {address: `192.168.0.${privateAt + 2}`, family: 4};
	if (mapped().has(name)) return {address: '127.0.0.1', family: 4};
	if (loopbackNames.has(name) || /^127\.\d+\.\d+\.\d+$/.test(name)) return undefined;
	return null;
}

/** How long a lookup of `hostname` takes to fail: a slow not-found name's delay, else 0 (the next tick). */
function notFoundDelayMs(hostname) {
	const name = String(hostname).toLowerCase().replace(/\.$/, '');
	if (!entriesOf('TEST_SLOW_NOT_FOUND_HOSTS').some(entry => entry.name === name)) return 0;
	return Number(process.env['TEST_SLOW_NOT_FOUND_MS'] ?? 1500);
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
	if (answer === null && notFoundDelayMs(hostname) > 0) {
		setTimeout(() => done(notFound(hostname)), notFoundDelayMs(hostname));
		return {};
	}
	process.nextTick(() => {
		const answers = [answer].flat();
		if (answer === null) done(notFound(hostname));
		else if (wantsAll(options)) done(null, answers);
		else done(null, answers[0].address, answers[0].family);
	});
	return {};
};

const originalPromisesLookup = dns.promises.lookup;
dns.promises.lookup = async function lookup(hostname, options) {
	const answer = answerFor(hostname);
	if (answer === undefined) return originalPromisesLookup.call(this, hostname, options);
	if (answer === null) {
		if (notFoundDelayMs(hostname) > 0) await new Promise(resolve => setTimeout(resolve, notFoundDelayMs(hostname)));
		throw notFound(hostname);
	}
	const answers = [answer].flat();
	return wantsAll(options) ? answers : answers[0];
};

// A connection through a proxy's tunnel (`socket`) keeps its port: the proxy is the one to reach it.
// The network check connects to the address it looked up, with the name as `servername`.
// node:tls is loaded only when an entry gives a port: the CLI tests measure when it loads. A test
// process (marked by test-process.mjs, loaded before this file) names its hosts after loading it,
// so there it is always in place.
if (entries().some(entry => entry.port !== undefined) || globalThis[Symbol.for('deepseek-fix.test-process')] === true) {
	const {default: tls} = await import('node:tls');
	const originalTlsConnect = tls.connect;
	tls.connect = function connect(...parameters) {
		const [options] = parameters;
		if (typeof options === 'object' && options !== null && !options.socket && Number(options.port ?? 443) === 443) {
			const port = portFor(options.servername) ?? portFor(options.host);
			if (port !== undefined) parameters[0] = {...options, port};
		}
		return originalTlsConnect.apply(this, parameters);
	};
}

/** Loopback, as an address: 127.0.0.0/8, ::1, and IPv4 loopback written as IPv6. */
const isLoopbackAddress = address => address.startsWith('127.') || address === '::1' || /^::ffff:127\./i.test(address);

/**
 * `socket` fails as on a network with no route there, on the next tick (as a real connect fails): no test
 * connects to an address off this computer, whatever it is given (a documentation address such as 203.0.113.7
 * does connect on some networks). Names are held by the lookups above; this holds the addresses given as such.
 */
function unreachable(socket, host, port) {
	const error = new Error(`connect ENETUNREACH ${host}:${port} (a test reaches only this computer: test/helpers/map-hosts.mjs)`);
	Object.assign(error, {code: 'ENETUNREACH', errno: -101, syscall: 'connect', address: host, port});
	process.nextTick(() => socket.destroy(error));
	return socket;
}

// The TUN: a connection to the fake-ip range goes to 127.0.0.1, whether it is given the address
// (the network check connects to the one it looked up) or a name to look up (undici's requests).
// Always in place, as the names are read at each lookup (an in-process test names them after
// importing this file): it changes only connections to 198.18.0.0/15, which nothing else dials.
{
	const originalConnect = net.Socket.prototype.connect;
	const toTun = address => (inFakeIpRange(address) ? '127.0.0.1' : address);
	net.Socket.prototype.connect = function connect(...parameters) {
		// net.connect and tls.connect pass their options already parsed, as the first item of an array.
		const parsed = Array.isArray(parameters[0]);
		const options = parsed ? parameters[0][0] : parameters[0];
		// socket.connect(port, host): the address as given.
		const given = typeof options === 'object' && options !== null ? options.host : typeof parameters[1] === 'string' ? parameters[1] : undefined;
		if (typeof given === 'string' && net.isIP(given) !== 0 && !isLoopbackAddress(given) && !inFakeIpRange(given)) {
			return unreachable(this, given, typeof options === 'object' && options !== null ? options.port : options);
		}
		if (typeof options === 'object' && options !== null && typeof options.host === 'string') {
			const lookup = options.lookup ?? dns.lookup;
			const rerouted = {
				...options,
				host: toTun(options.host),
				lookup(hostname, lookupOptions, callback) {
					const done = typeof lookupOptions === 'function' ? lookupOptions : callback;
					const given = typeof lookupOptions === 'function' ? [] : [lookupOptions];
					return lookup.call(dns, hostname, ...given, (error, address, family) => {
						if (error) done(error);
						// A name a lookup of its own resolved off this computer: as unreachable as the address itself.
						else if (!Array.isArray(address) && !isLoopbackAddress(address) && !inFakeIpRange(address)) done(Object.assign(new Error(`connect ENETUNREACH ${address} (a test reaches only this computer)`), {code: 'ENETUNREACH', syscall: 'connect', address}));
						else if (Array.isArray(address)) done(null, address.map(entry => (inFakeIpRange(entry.address) ? {address: '127.0.0.1', family: 4} : entry)));
						else done(null, toTun(address), inFakeIpRange(address) ? 4 : family);
					});
				},
			};
			if (parsed) parameters[0][0] = rerouted;
			else parameters[0] = rerouted;
		}
		return originalConnect.apply(this, parameters);
	};
}

// `import {lookup} from 'node:dns/promises'` (the bundle's network check) and `import tls from 'node:tls'` see the new functions too.
syncBuiltinESMExports();
