// What Node itself trusts of a three-level chain (root → intermediate → leaf, test/fixtures/tls/generate-chain.sh),
// with NODE_EXTRA_CA_CERTS holding part of it: the facts the advice about a certificate file rests on
// (presented-certificate.ts `trustedBy`, docs/development.md). A real TLS server on 127.0.0.1 presents the leaf with
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

const run = promisify(execFile);
const tlsDir = path.join(import.meta.dirname, '..', 'fixtures', 'tls');
const pem = (name: string) => readFileSync(path.join(tlsDir, name), 'utf8');
const root = pem('chain-root.pem');
const intermediate = pem('chain-intermediate.pem');
const leaf = pem('chain-leaf.pem');
const key = pem('chain-leaf-key.pem');

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
};

/** The child: one connection with Node's defaults, printing "trusted" or OpenSSL's code. */
const child = `const s = require('node:tls').connect({host: '127.0.0.1', port: Number(process.argv[1]), servername: 'api.deepseek.com'});
s.on('secureConnect', () => { console.log('trusted'); s.destroy(); });
s.on('error', error => console.log(error.code));`;

async function nodeSays(port: number, file: string): Promise<string> {
	const {stdout} = await run(process.execPath, ['-e', child, String(port)], {env: {...process.env, NODE_EXTRA_CA_CERTS: file}, encoding: 'utf8'});
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
	});
	after(() => {
		for (const server of servers) server.close();
	});

	test('the server sends the intermediate: the root is enough, the intermediate alone is not', async () => {
		const port = ports.withIntermediate ?? 0;
		assert.equal(await nodeSays(port, held.root), 'trusted');
		assert.equal(await nodeSays(port, held.both), 'trusted');
		assert.equal(await nodeSays(port, held.intermediate), 'UNABLE_TO_GET_ISSUER_CERT');
		assert.equal(await nodeSays(port, held.leaf), 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY');
	});

	test('the server sends the leaf alone: the root is not enough (Node fetches no intermediate), both are', async () => {
		const port = ports.leafOnly ?? 0;
		assert.equal(await nodeSays(port, held.both), 'trusted');
		assert.equal(await nodeSays(port, held.root), 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
		assert.equal(await nodeSays(port, held.intermediate), 'UNABLE_TO_GET_ISSUER_CERT');
		assert.equal(await nodeSays(port, held.leaf), 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
	});
});
