// The certificate file Node was told to trust besides its own (NODE_EXTRA_CA_CERTS).
// Node reads it from the process's environment only, once: a file it cannot read, it
// ignores with a warning on stderr ("Ignoring extra certs from …, load failed"), so an
// untrusted certificate then says nothing about what the file holds.
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
