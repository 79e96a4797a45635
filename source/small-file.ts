// Reading a small text file of the user's (a .env, a shell's start-up file) without waiting on
// anything that is not one: opened non-blocking, so a FIFO left at its name never holds the run;
// only a regular file (fstat on the open descriptor, so a symlink to /dev/zero or a socket is
// nothing); at most `maxBytes`, read once. Never throws.
import {closeSync, constants as fsConstants, fstatSync, openSync, readSync} from 'node:fs';

const openFlags = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0) | (fsConstants.O_NOCTTY ?? 0);

/**
 * The first `maxBytes` of the regular file at `file` (`whole`: false when the file holds more), or undefined
 * where there is none, it is not a regular file, or it cannot be read.
 */
export function readSmallFile(file: string, maxBytes: number): {bytes: Buffer; whole: boolean} | undefined {
	let fd: number | undefined;
	try {
		fd = openSync(file, openFlags);
		const stat = fstatSync(fd);
		if (!stat.isFile()) return undefined;
		// Sized by the file, not the cap: a start-up file's cap is 1 MiB, and most are a few KiB.
		const length = Math.min(maxBytes, stat.size);
		const buffer = Buffer.allocUnsafe(length);
		const size = length === 0 ? 0 : readSync(fd, buffer, 0, length, 0);
		return {bytes: buffer.subarray(0, size), whole: stat.size <= maxBytes};
	} catch {
		return undefined;
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}
