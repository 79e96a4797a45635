// What Node itself trusts of a three-level chain (root → intermediate → leaf, test/fixtures/tls/generate-chain.sh),
// with NODE_EXTRA_CA_CERTS holding part of it: the facts the advice about a certificate file rests on
// (presented-certificate.ts `trustedBy`, docs/development.md), and a check that the rule says the same for each. A real TLS server on 127.0.0.1 presents the leaf with
// or without the intermediate; a child Node (this one, its OpenSSL defaults: no partial chain) connects once per file.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import {promisify} from 'node:util';
import {after, before, describe, test} from 'node:test';
import {listenOnLoopback} from '../helpers/raw-server.js';
import {trustedBy} from '../../source/deepseek/presented-certificate.js';

const run = promisify(execFile);
const tlsDir = path.join(import.meta.dirname, '..', 'fixtures', 'tls');
const pem = (name: string) => readFileSync(path.join(tlsDir, name), 'utf8');
const root = pem('chain-root.pem');
const intermediate = pem('chain-intermediate.pem');
const leaf = pem('chain-leaf.pem');
const key = pem('chain-leaf-key.pem');
const impostor = pem('chain-impostor-root.pem');

const files = mkdtempSync(path.join(tmpdir(), 'partial-chain-'));
const trustFile = (name: string, text: string) => {
	const file = path.join(files, `${name}.pem`);
	writeFileSync(file, text);
	return file;
};
const held = {
	root: trustFile('root', root),
	intermediate: trustFile('intermediate', intermediate),
	both: trustFile('both', `${intermediate}${root}`),
	leaf: trustFile('leaf', leaf),
	impostor: trustFile('impostor', `${intermediate}${impostor}`),
};
const pems = (text: string) => text.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/gu) ?? [];
const der = (text: string) => pems(text).map(block => Buffer.from(block.replaceAll(/-----[^-]+-----|\s/gu, ''), 'base64'));

/** The child: one connection with Node's defaults, printing "trusted" or OpenSSL's code. */
const child = `const s = require('node:tls').connect({host: '127.0.0.1', port: Number(process.argv[1]), servername: 'api.deepseek.com'});
s.on('secureConnect', () => { console.log('trusted'); s.destroy(); });
s.on('error', error => console.log(error.code));`;

async function nodeSays(port: number, file: string, env: Record<string, string | undefined> = {NODE_EXTRA_CA_CERTS: file}): Promise<string> {
	const {stdout} = await run(process.execPath, ['-e', child, String(port)], {env: {...process.env, ...env}, encoding: 'utf8'});
	return stdout.trim();
}

const servers: tls.Server[] = [];
async function serving(cert: string): Promise<number> {
	const server = tls.createServer({key, cert}, socket => socket.end());
	servers.push(server);
	return listenOnLoopback(server);
}

describe('what Node trusts of a chain, by what NODE_EXTRA_CA_CERTS holds', () => {
	const ports: Record<string, number> = {};
	before(async () => {
		ports.withIntermediate = await serving(`${leaf}${intermediate}`);
		ports.leafOnly = await serving(leaf);
		ports.withRoot = await serving(`${leaf}${intermediate}${root}`);
	});
	after(() => {
		for (const server of servers) server.close();
	});

	/** What Node says, and that the tool's rule (presented-certificate.ts trustedBy) says the same of the same file and chain. */
	async function both(port: number, sent: string, file: keyof typeof held): Promise<string> {
		const said = await nodeSays(port, held[file]);
		const rule = trustedBy(der(sent), pems(readFileSync(held[file], 'utf8')));
		assert.equal(rule.holds, said === 'trusted', `${file}: Node says ${said}, the rule ${JSON.stringify(rule)}`);
		return said;
	}

	test('the server sends the intermediate: the root is enough, the intermediate alone is not (and the rule names the root it lacks)', async () => {
		const [port, sent] = [ports.withIntermediate ?? 0, `${leaf}${intermediate}`];
		assert.equal(await both(port, sent, 'root'), 'trusted');
		assert.equal(await both(port, sent, 'both'), 'trusted');
		assert.equal(await both(port, sent, 'intermediate'), 'UNABLE_TO_GET_ISSUER_CERT');
		assert.equal(await both(port, sent, 'leaf'), 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY');
		// The root's name and key identifier with another key: named alike is not issued (OpenSSL finds it, and the signature fails).
		assert.equal(await both(port, sent, 'impostor'), 'CERT_SIGNATURE_FAILURE');
		assert.deepEqual(trustedBy(der(sent), pems(intermediate)), {holds: false, missingRoot: 'deepseek-fix test root (fixture, tests only)'});
	});

	test('the server sends the leaf alone: the root is not enough (Node fetches no intermediate), both are', async () => {
		const [port, sent] = [ports.leafOnly ?? 0, leaf];
		assert.equal(await both(port, sent, 'both'), 'trusted');
		assert.equal(await both(port, sent, 'root'), 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
		assert.equal(await both(port, sent, 'intermediate'), 'UNABLE_TO_GET_ISSUER_CERT');
		assert.equal(await both(port, sent, 'leaf'), 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
		assert.equal(await both(port, sent, 'impostor'), 'CERT_SIGNATURE_FAILURE');
	});

	test('the server sends the root too: it counts only from the file', async () => {
		const [port, sent] = [ports.withRoot ?? 0, `${leaf}${intermediate}${root}`];
		assert.equal(await both(port, sent, 'root'), 'trusted');
		assert.equal(await both(port, sent, 'intermediate'), 'UNABLE_TO_GET_ISSUER_CERT');
		assert.equal(await both(port, sent, 'leaf'), 'SELF_SIGNED_CERT_IN_CHAIN');
		assert.equal(await both(port, sent, 'impostor'), 'CERT_SIGNATURE_FAILURE');
	});

	// This computer's own store with NODE_USE_SYSTEM_CA=1 (OpenSSL's file here, played by SSL_CERT_FILE): the same rule.
	test('the computer\'s own store read with NODE_USE_SYSTEM_CA=1: the root is enough, the intermediate alone is not', async () => {
		const port = ports.withIntermediate ?? 0;
		const store = (file: keyof typeof held) => ({NODE_EXTRA_CA_CERTS: undefined, NODE_USE_SYSTEM_CA: '1', SSL_CERT_FILE: held[file], SSL_CERT_DIR: path.join(files, 'none')});
		assert.equal(await nodeSays(port, held.root, store('root')), 'trusted');
		assert.equal(await nodeSays(port, held.intermediate, store('intermediate')), 'UNABLE_TO_GET_ISSUER_CERT');
		assert.equal(await nodeSays(port, held.both, store('both')), 'trusted');
	});
});
