// The certificate file Node was told to trust besides its own (NODE_EXTRA_CA_CERTS), and the
// one other tools here are told to trust. Node reads its own from the process's environment
// only, once: a file it cannot read, it ignores with a warning on stderr ("Ignoring extra
// certs from …, load failed"), so an untrusted certificate then says nothing about what the
// file holds.
import {accessSync, constants, statSync} from 'node:fs';

type ExtraCaFile = {path: string; readable: boolean};

export function extraCaFile(env: Readonly<Record<string, string | undefined>> = process.env): ExtraCaFile | undefined {
	const path = env.NODE_EXTRA_CA_CERTS;
	if (!path?.trim()) return undefined;
	try {
		accessSync(path, constants.R_OK);
		return {path, readable: statSync(path).isFile()};
	} catch {
		return {path, readable: false};
	}
}

/**
 * The certificate file other tools on this machine are told to trust (Python's requests,
 * OpenSSL, curl), when Node is not: a company proxy or antivirus that intercepts HTTPS is
 * then most likely trusted there, and NODE_EXTRA_CA_CERTS pointed at the same file fixes it here.
 */
export function otherToolsCaFile(env: Readonly<Record<string, string | undefined>>): {variable: string; path: string} | undefined {
	if (env.NODE_EXTRA_CA_CERTS?.trim()) return undefined;
	for (const variable of ['REQUESTS_CA_BUNDLE', 'SSL_CERT_FILE', 'CURL_CA_BUNDLE']) {
		const path = env[variable]?.trim();
		if (path) return {variable, path};
	}
	return undefined;
}
