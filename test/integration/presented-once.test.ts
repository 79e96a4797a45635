// presentedIssuer looks at the chain a server presented up to three times (the file other tools trust,
// NODE_EXTRA_CA_CERTS's file, this computer's store) and for the root it ends at: the chain is parsed once for all
// of them. Counted with a spy on X509Certificate, which parses the chain's certificates from their DER bytes (the
// authorities' come as PEM text). The answer is the one the three looks gave before.
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import {after, test} from 'node:test';
import {presentedIssuer} from '../../source/deepseek/presented-certificate.js';
import {listenOnLoopback} from '../helpers/raw-server.js';

const tlsDir = path.join(import.meta.dirname, '..', 'fixtures', 'tls');
const pem = (name: string) => readFileSync(path.join(tlsDir, `chain-${name}.pem`), 'utf8');
const files = mkdtempSync(path.join(tmpdir(), 'presented-once-'));
const intermediateOnly = path.join(files, 'intermediate.pem');
writeFileSync(intermediateOnly, pem('intermediate'));
const extraCa = process.env.NODE_EXTRA_CA_CERTS;
after(() => {
	rmSync(files, {recursive: true, force: true});
	if (extraCa === undefined) delete process.env.NODE_EXTRA_CA_CERTS;
	else process.env.NODE_EXTRA_CA_CERTS = extraCa;
});

test('the chain presented is parsed once per look, whatever files are read against it, and read as before: each file lacks the root', async () => {
	const server = tls.createServer({key: pem('leaf-key'), cert: `${pem('leaf')}${pem('intermediate')}`}, socket => socket.end());
	const port = await listenOnLoopback(server);
	const crypto = process.getBuiltinModule('node:crypto');
	const original = crypto.X509Certificate;
	let fromDer = 0;
	crypto.X509Certificate = class extends original {
		constructor(data: ConstructorParameters<typeof original>[0]) {
			super(data);
			if (Buffer.isBuffer(data)) fromDer++;
		}
	};
	// Both files hold only the intermediate: read, and the root named as the one they lack.
	process.env.NODE_EXTRA_CA_CERTS = intermediateOnly;
	try {
		const found = await presentedIssuer(new URL(`https://127.0.0.1:${port}`), {kind: 'direct'}, AbortSignal.timeout(10_000), intermediateOnly);
		assert.ok(found, 'read');
		assert.equal(found.otherToolsCaHolds, false);
		assert.match(found.otherToolsCaMissingRoot ?? '', /deepseek-fix test root/);
		assert.match(found.extraCaMissingRoot ?? '', /deepseek-fix test root/);
		assert.equal(found.systemTrusted, false);
		assert.equal(fromDer, 2, 'the leaf and the intermediate, once each');
	} finally {
		crypto.X509Certificate = original;
		server.close();
	}
});
