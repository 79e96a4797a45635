// Writing a file that only its owner may read (the support report): the text goes to a
// temporary file beside the target, created with mode 0600, and is renamed over it, so an
// existing file ends 0600 too (a plain write keeps the old mode) and a reader never sees
// half a report. A symbolic link at the target is refused rather than replaced: the user
// may believe the report goes where the link points.
import {randomBytes} from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';
import {errorCode} from './settings/file.js';

export type PrivateWrite =
	| {ok: true; path: string}
	/**
	 * `symlink`: the target is a symbolic link; `folder`: it is a folder; `not_a_file`: a device or pipe;
	 * `no_new_files`: its folder exists but the system makes no file there (ENOENT in /proc); `failed`: the system said no (`code`).
	 */
	| {ok: false; why: 'symlink' | 'folder' | 'not_a_file' | 'no_new_files' | 'failed'; code: string; path: string};

export type Refusal = Extract<PrivateWrite, {ok: false}>;

/** The file system calls used here: the real ones, or (in tests) ones that fail as a full or read-only disk does. */
export type PrivateFileSystem = Pick<typeof fsPromises, 'lstat' | 'stat' | 'open' | 'rename' | 'unlink'>;

function refusal(target: string, why: Refusal['why'], code: string): Refusal {
	return {ok: false, why, code, path: target};
}

/** The system's refusal: ENOENT where the folder is there (a system folder such as /proc takes no new files) is not "no such folder". */
async function systemRefusal(fs: PrivateFileSystem, target: string, code: string): Promise<Refusal> {
	if (code !== 'ENOENT') return refusal(target, 'failed', code);
	const folder = await fs.stat(path.dirname(target)).catch(() => undefined);
	return refusal(target, folder?.isDirectory() ? 'no_new_files' : 'failed', code);
}

/** A new file beside the target, made with mode 0600 ('wx': made new here, never an existing file, never through a link). */
async function openBeside(fs: PrivateFileSystem, target: string) {
	const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
	return {temporary, handle: await fs.open(temporary, 'wx', 0o600)};
}

/** What is at the target already: a link or a folder is refused; a file is replaced; nothing is fine. */
async function targetRefusal(fs: PrivateFileSystem, target: string): Promise<Refusal | undefined> {
	try {
		const existing = await fs.lstat(target);
		if (existing.isSymbolicLink()) return refusal(target, 'symlink', 'ELOOP');
		if (existing.isDirectory()) return refusal(target, 'folder', 'EISDIR');
		if (!existing.isFile()) return refusal(target, 'not_a_file', 'EINVAL');
	} catch (error) {
		if (errorCode(error) !== 'ENOENT') return refusal(target, 'failed', errorCode(error));
	}
	return undefined;
}

/**
 * Before the checks run: would writePrivateFile refuse FILE, or find no folder to write in?
 * `report --out` asks first, so that a wrong path is said at once, not after every check
 * (and the paid call with --probe) has run for nothing. The write itself checks again.
 * It makes (and removes) an empty file beside FILE, as the write will: asking the system
 * whether the folder is writable says yes to root, also in /proc or on a read-only disk.
 */
export async function privateFileProblem(file: string, fs: PrivateFileSystem = fsPromises): Promise<Refusal | undefined> {
	const target = path.resolve(file);
	const atTarget = await targetRefusal(fs, target);
	if (atTarget) return atTarget;
	try {
		if (!(await fs.stat(path.dirname(target))).isDirectory()) return refusal(target, 'failed', 'ENOTDIR');
		const {temporary, handle} = await openBeside(fs, target);
		await handle.close();
		await fs.unlink(temporary);
	} catch (error) {
		return systemRefusal(fs, target, errorCode(error));
	}
	return undefined;
}

export async function writePrivateFile(file: string, text: string, fs: PrivateFileSystem = fsPromises): Promise<PrivateWrite> {
	const target = path.resolve(file);
	const atTarget = await targetRefusal(fs, target);
	if (atTarget) return atTarget;
	let temporary: string | undefined;
	try {
		const opened = await openBeside(fs, target);
		temporary = opened.temporary;
		const {handle} = opened;
		try {
			await handle.chmod(0o600); // whatever the umask left
			await handle.writeFile(text, 'utf8');
			await handle.sync();
		} finally {
			await handle.close();
		}
		await fs.rename(temporary, target);
		return {ok: true, path: target};
	} catch (error) {
		if (temporary !== undefined) await fs.unlink(temporary).catch(() => undefined);
		return systemRefusal(fs, target, errorCode(error));
	}
}
