// Writing a file that only its owner may read (the support report): the text goes to a
// temporary file beside the target, created with mode 0600, and is renamed over it, so an
// existing file ends 0600 too (a plain write keeps the old mode) and a reader never sees
// half a report. A symbolic link at the target is refused rather than replaced: the user
// may believe the report goes where the link points.
import {randomBytes} from 'node:crypto';
import {constants} from 'node:fs';
import {access, lstat, open, rename, stat, unlink} from 'node:fs/promises';
import path from 'node:path';
import {errorCode} from './settings/file.js';

export type PrivateWrite =
	| {ok: true; path: string}
	/** `symlink`: the target is a symbolic link; `not_a_file`: a folder, device or pipe; `failed`: the system said no (`code`). */
	| {ok: false; why: 'symlink' | 'not_a_file' | 'failed'; code: string; path: string};

type Refusal = Extract<PrivateWrite, {ok: false}>;

function refusal(target: string, why: Refusal['why'], code: string): Refusal {
	return {ok: false, why, code, path: target};
}

/** What is at the target already: a link or a folder is refused; a file is replaced; nothing is fine. */
async function targetRefusal(target: string): Promise<Refusal | undefined> {
	try {
		const existing = await lstat(target);
		if (existing.isSymbolicLink()) return refusal(target, 'symlink', 'ELOOP');
		if (!existing.isFile()) return refusal(target, 'not_a_file', existing.isDirectory() ? 'EISDIR' : 'EINVAL');
	} catch (error) {
		if (errorCode(error) !== 'ENOENT') return refusal(target, 'failed', errorCode(error));
	}
	return undefined;
}

/**
 * Before the checks run: would writePrivateFile refuse FILE, or find no folder to write in?
 * `report --out` asks first, so that a wrong path is said at once, not after every check
 * (and the paid call with --probe) has run for nothing. The write itself checks again.
 */
export async function privateFileProblem(file: string): Promise<Refusal | undefined> {
	const target = path.resolve(file);
	const atTarget = await targetRefusal(target);
	if (atTarget) return atTarget;
	const folder = path.dirname(target);
	try {
		if (!(await stat(folder)).isDirectory()) return refusal(target, 'failed', 'ENOTDIR');
		await access(folder, constants.W_OK);
	} catch (error) {
		return refusal(target, 'failed', errorCode(error));
	}
	return undefined;
}

export async function writePrivateFile(file: string, text: string): Promise<PrivateWrite> {
	const target = path.resolve(file);
	const failed = (why: Refusal['why'], code: string): PrivateWrite => refusal(target, why, code);
	const atTarget = await targetRefusal(target);
	if (atTarget) return atTarget;
	const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
	let created = false;
	try {
		// 'wx': made new here (never an existing file, never through a link).
		const handle = await open(temporary, 'wx', 0o600);
		created = true;
		try {
			await handle.chmod(0o600); // whatever the umask left
			await handle.writeFile(text, 'utf8');
			await handle.sync();
		} finally {
			await handle.close();
		}
		await rename(temporary, target);
		return {ok: true, path: target};
	} catch (error) {
		if (created) await unlink(temporary).catch(() => undefined);
		return failed('failed', errorCode(error));
	}
}
