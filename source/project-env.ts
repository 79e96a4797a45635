// The `.env` file of the folder the tool runs in. Programs there often read their DeepSeek
// key from it (dotenv, python-dotenv, Vite, Next.js…), while the shell that starts
// deepseek-fix never does: without it the tool would check no key, or another one than the
// program sends. Only DEEPSEEK_API_KEY, the base-URL variables and the other tools' key
// variables (named, never sent) are taken from it. The file is the user's and may be
// anything: a regular file only (a FIFO in its place is never waited on), its first 64 KiB.
import {closeSync, constants as fsConstants, fstatSync, openSync, readSync} from 'node:fs';
import path from 'node:path';
import {parseEnv} from 'node:util';
import {baseUrlEnvVars, keyEnvVar, otherKeyEnvVars, type BaseUrlEnvVar, type OtherKeyEnvVar} from './deepseek/facts.js';

/** The file's name, as messages show it (relative to the folder the tool runs in). */
export const projectEnvName = '.env';

const maxBytes = 64 * 1024;
const openFlags = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0) | (fsConstants.O_NOCTTY ?? 0);

export type ProjectEnv = {
	/** DEEPSEEK_API_KEY as the file sets it; undefined when it sets none, or only blanks. */
	key: string | undefined;
	/** The base-URL variables it sets to something (DEEPSEEK_BASE_URL, OPENAI_BASE_URL…). */
	baseUrls: Readonly<Partial<Record<BaseUrlEnvVar, string>>>;
	/** Other tools' key variables it sets to something (OPENAI_API_KEY…): named when no key is found, never sent. */
	otherKeys: Readonly<Partial<Record<OtherKeyEnvVar, string>>>;
};

export const noProjectEnv: ProjectEnv = {key: undefined, baseUrls: {}, otherKeys: {}};

/** Pure: what a `.env` file's text sets that the tool uses. */
export function projectEnvFrom(text: string): ProjectEnv {
	let values: Record<string, string>;
	try {
		// A byte-order mark (Windows editors) would become part of the first name; dotenv's own parser skips it.
		values = parseEnv(text.replace(/^\uFEFF/, '')) as Record<string, string>;
	} catch {
		return noProjectEnv;
	}
	const key = values[keyEnvVar];
	return {key: key !== undefined && key.trim() !== '' ? key : undefined, baseUrls: setAmong(values, baseUrlEnvVars), otherKeys: setAmong(values, otherKeyEnvVars)};
}

/** Those of `names` that `values` sets to something other than spaces. */
function setAmong<Name extends string>(values: Record<string, string>, names: readonly Name[]): Partial<Record<Name, string>> {
	const found: Partial<Record<Name, string>> = {};
	for (const name of names) {
		const value = values[name]?.trim();
		if (value) found[name] = value;
	}
	return found;
}

/** The `.env` in `cwd`, read once per run; nothing when there is none or it cannot be read. */
export function readProjectEnv(cwd: string): ProjectEnv {
	let fd: number | undefined;
	try {
		fd = openSync(path.join(cwd, projectEnvName), openFlags);
		if (!fstatSync(fd).isFile()) return noProjectEnv;
		const buffer = Buffer.allocUnsafe(maxBytes);
		const size = readSync(fd, buffer, 0, maxBytes, 0);
		// A binary file is no .env.
		const bytes = buffer.subarray(0, size);
		return bytes.includes(0) ? noProjectEnv : projectEnvFrom(bytes.toString('utf8'));
	} catch {
		return noProjectEnv;
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}
