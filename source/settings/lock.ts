// One writer at a time for the settings file: parallel runs (cron `balance` jobs, a
// wizard next to them) each read, change and write the whole file, and without a lock
// the last writer drops the others' readings. proper-lockfile's lock is a folder made
// with mkdir (atomic, also on network drives) next to the file; the holder refreshes its
// time, so a lock left by a killed process counts as stale after `staleLockMs` and is taken
// over. Loaded only when writing, like conf.
import {lstatSync, mkdir, mkdirSync, realpath, realpathSync, rmdir, rmdirSync, stat, statSync, utimes, utimesSync} from 'node:fs';
import {setTimeout as delay} from 'node:timers/promises';

/**
 * The file-system calls the lock makes, and nothing else: proper-lockfile copies every
 * property of the fs it is given, and reading all of node:fs's would load its lazy parts
 * (fs streams, fs/promises, readline), a few milliseconds on the way to every `balance`
 * run's exit (docs/development.md, "Performance").
 */
const lockFs = {mkdir, mkdirSync, realpath, realpathSync, rmdir, rmdirSync, stat, statSync, utimes, utimesSync};

/** A lock whose holder has not refreshed it for this long belongs to a dead process. */
export const staleLockMs = 5000;

/**
 * How long a write waits for another run's lock before it gives up with a sentence. Each
 * holder loads conf under the lock, which takes a second or more on a busy server: twenty
 * cron runs started together then queue for longer than 8 s.
 */
export const lockWaitMs = 15_000;

/**
 * How long a write waits quietly before `onWait` is told: another run's write takes
 * milliseconds, so only a lock held longer than this is worth a sentence (else a run sits
 * silent for up to `lockWaitMs`).
 */
export const quietWaitMs = 1000;

export type LockOptions = {
	waitMs?: number;
	signal?: AbortSignal;
	/** Called once when the lock has been busy for `quietMs` (default quietWaitMs). */
	onWait?: () => void;
	quietMs?: number;
};

type Release = () => void;

type LockOutcome =
	| {ok: true; release: Release}
	| {ok: false; why: 'busy'}
	| {ok: false; why: 'cancelled'}
	/** Something that is not a folder (a file, a symbolic link) is where the lock goes: no run made it. */
	| {ok: false; why: 'in_the_way'; lockPath: string}
	| {ok: false; why: 'failed'; error: unknown};

function isBusy(error: unknown): boolean {
	return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ELOCKED';
}

/**
 * The lock is a folder; anything else at its path was put there by something else, and
 * proper-lockfile would read it as a lock held by another run (waiting `staleLockMs` for it
 * to go stale, then failing to remove it with ENOTDIR). Nothing will ever release it, so
 * there is nothing to wait for. Only asked after an attempt failed: one lstat.
 */
function notAFolder(lockPath: string): boolean {
	try {
		const stats = lstatSync(lockPath, {throwIfNoEntry: false});
		return stats !== undefined && !stats.isDirectory();
	} catch {
		return false;
	}
}

/**
 * Take the lock of `file`, waiting at most `waitMs` (short random pauses, so that twenty
 * runs started together do not retry in step). Never throws; `signal` ends the wait; a
 * file where the lock goes ends it at once.
 */
export async function lockFile(file: string, options: LockOptions = {}): Promise<LockOutcome> {
	let lockSync: typeof import('proper-lockfile').lockSync;
	try {
		// A CommonJS package: its exports are `default` both in Node and in the bundle.
		({lockSync} = (await import('proper-lockfile')).default);
	} catch (error) {
		return {ok: false, why: 'failed', error};
	}
	const started = Date.now();
	const deadline = started + (options.waitMs ?? lockWaitMs);
	let told = false;
	let pauseMs = 5;
	for (;;) {
		if (options.signal?.aborted) return {ok: false, why: 'cancelled'};
		try {
			// Each attempt is synchronous (a few file-system calls): a write nobody else holds
			// the lock for runs straight through, as it did before there was a lock.
			const release = lockSync(file, {
				fs: lockFs,
				realpath: false,
				stale: staleLockMs,
				// Our writes take milliseconds; if one ever outlived the stale time and lost the
				// lock, its write is already atomic: nothing to do but not crash.
				onCompromised: () => {},
			});
			return {
				ok: true,
				release: () => {
					try {
						release();
					} catch {
						// Already gone (taken over as stale): nothing left to release.
					}
				},
			};
		} catch (error) {
			const lockPath = `${file}.lock`;
			if (notAFolder(lockPath)) return {ok: false, why: 'in_the_way', lockPath};
			if (!isBusy(error)) return {ok: false, why: 'failed', error};
			if (Date.now() >= deadline) return {ok: false, why: 'busy'};
			if (!told && Date.now() - started >= (options.quietMs ?? quietWaitMs)) {
				told = true;
				options.onWait?.();
			}
		}
		try {
			await delay(pauseMs / 2 + Math.random() * pauseMs, undefined, {signal: options.signal});
		} catch {
			return {ok: false, why: 'cancelled'};
		}
		pauseMs = Math.min(pauseMs * 2, 100);
	}
}
