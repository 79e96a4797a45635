// Has a key leaked into the current project? Looks at the git-tracked files of the whole
// repository, also from a subfolder (what gets pushed): committed .env files and
// key-shaped strings. Findings are shown masked.
//
// The files are the user's, and may be anything: only regular files are read (a tracked
// symlink, a FIFO or a device in a tracked file's place is never opened, so nothing can
// block), one at a time into one buffer, with caps on files, bytes and time.
import {execFile} from 'node:child_process';
import {closeSync, constants as fsConstants, fstatSync, lstatSync, openSync, readSync} from 'node:fs';
import path from 'node:path';
import {monotonicMs} from '../monotonic.js';
import {requestsOnTheWire} from '../deepseek/wire.js';
import {checkMessages} from '../messages/checks.js';
import {maskKey} from '../text/safe.js';
import type {Check, CheckOutcome} from './types.js';

export type ExposureFinding = {file: string; line: number; masked: string; kind: 'current_key' | 'key_like' | 'env_file'};

export type ScanLimits = {files: number; bytesPerFile: number; totalBytes: number; ms: number; findings: number};

/** Bounds so that a huge monorepo (or a slow disk) cannot make the check slow. */
export const scanLimits: ScanLimits = {files: 5000, bytesPerFile: 512 * 1024, totalBytes: 64 * 1024 * 1024, ms: 2000, findings: 20};

/** Which cap stopped a scan before the last file. */
type ScanCap = 'files' | 'bytes' | 'time' | 'findings';

type ScanResult = {
	findings: ExposureFinding[];
	/** Regular files read. */
	scanned: number;
	/** Symlinks, FIFOs, devices, folders (submodules), vanished or unreadable files: not opened or not read. */
	skipped: number;
	/** Files never looked at because a cap was reached. */
	notRead: number;
	stoppedBy: ScanCap | undefined;
};

const keyLike = /\b(?:sk-[0-9a-f]{32}|sk-or-v1-[0-9a-f]{64})\b/g;
const envFile = /(?:^|\/)\.env(?:\.(?!example$|sample$|template$|dist$)[\w.-]+)?$/;
/** Never wait on a FIFO or a terminal, never follow a link swapped in after lstat (0 where the OS lacks the flag). */
const openFlags = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0) | (fsConstants.O_NOFOLLOW ?? 0) | (fsConstants.O_NOCTTY ?? 0);
/** Files read between two yields to the event loop (the reads are synchronous: far less CPU per file). */
const filesPerTurn = 64;

/** Why the tracked files could not be listed: no repository here, a folder that may not be read, no git, another user's repository, or another git error (its own first line). */
type GitListProblem = {kind: 'not_git'} | {kind: 'unreadable_folder'} | {kind: 'git_missing'} | {kind: 'not_owner'} | {kind: 'git_failed'; says: string};

/**
 * Every tracked file of the repository `cwd` is in, also from a subfolder (`:(top)`): a key
 * committed one folder up leaks as much. Paths come relative to `cwd` (`../.env`).
 */
function gitTrackedFiles(cwd: string, signal: AbortSignal): Promise<string[] | GitListProblem> {
	return new Promise(resolve => {
		execFile('git', ['ls-files', '-z', ':(top)'], {cwd, signal, maxBuffer: 32 * 1024 * 1024, encoding: 'utf8'}, (error, stdout, stderr) => {
			if (!error) resolve(stdout.split('\0').filter(Boolean));
			else resolve(gitListProblem(error, stderr));
		});
	});
}

/**
 * Whether git could find a repository from `cwd`: GIT_DIR is set, or a `.git` (a folder, or
 * a worktree's file) is there or in a folder above. Outside one git is not started at all:
 * starting a process blocks this thread for ~10 ms, and cron runs mostly start in a home
 * folder (docs/development.md, "Performance"). `unreadable`: a folder on the way may not be
 * looked into (permissions on it or above it), so whether there is a repository is not known.
 */
export function mayBeInRepository(cwd: string, env: Readonly<Record<string, string | undefined>>, stat: (file: string) => unknown = gitEntry): 'maybe' | 'none' | 'unreadable' {
	if (env.GIT_DIR) return 'maybe';
	for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
		try {
			if (stat(path.join(folder, '.git'))) return 'maybe';
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'EACCES' || code === 'EPERM') return 'unreadable';
		}
		if (path.dirname(folder) === folder) return 'none';
	}
}

/** The `.git` entry at `file` (undefined when there is none); throws when it may not be looked for. */
const gitEntry = (file: string) => lstatSync(file, {throwIfNoEntry: false});

/** Pure: what a failed `git ls-files` means, from its error and stderr. */
export function gitListProblem(error: {code?: unknown}, stderr: string): GitListProblem {
	if (error.code === 'ENOENT') return {kind: 'git_missing'};
	if (/not a git repository/i.test(stderr)) return {kind: 'not_git'};
	// git's safe.directory rule: it reads no repository that another user owns.
	if (/dubious ownership/i.test(stderr)) return {kind: 'not_owner'};
	const says = stderr.split('\n').map(line => line.replace(/^(?:fatal|error): /, '').trim()).find(Boolean);
	return says ? {kind: 'git_failed', says} : {kind: 'not_git'};
}

/**
 * The first bytes of a regular file into `buffer`: their count, or undefined when the path
 * is anything else (checked with lstat before opening, and again on the open descriptor).
 */
function readRegularFile(file: string, buffer: Buffer, maxBytes: number): number | undefined {
	try {
		const stat = lstatSync(file, {throwIfNoEntry: false});
		if (!stat?.isFile()) return undefined;
		if (stat.size === 0 || maxBytes === 0) return 0;
		const fd = openSync(file, openFlags);
		try {
			return fstatSync(fd).isFile() ? readSync(fd, buffer, 0, Math.min(maxBytes, buffer.length), 0) : undefined;
		} finally {
			closeSync(fd);
		}
	} catch {
		return undefined;
	}
}

/**
 * A key-shaped string written as an example, not a key: its hex digits repeat a block of at
 * most 16, the last one maybe cut short (sk- and 1234567890abcdef twice, sk-abcdef1234567890…,
 * sk-000…0: docs, .env.example files and tests of public projects write them so). A real key's random digits do that with odds below 1 in 10^19.
 */
export function isExampleKey(key: string): boolean {
	const digits = key.replace(/^sk-(?:or-v1-)?/, '');
	for (let block = 1; block <= 16; block++) {
		if (digits.slice(0, block).repeat(Math.ceil(digits.length / block)).slice(0, digits.length) === digits) return true;
	}
	return false;
}

/** Pure: key-shaped strings in one file's text (the current key wherever it is; no example keys). */
export function findKeys(text: string, file: string, currentKey: string | undefined): ExposureFinding[] {
	const found: ExposureFinding[] = [];
	const lines = text.split('\n');
	for (const [index, line] of lines.entries()) {
		if (currentKey && currentKey.length >= 8 && line.includes(currentKey)) {
			found.push({file, line: index + 1, masked: maskKey(currentKey), kind: 'current_key'});
			continue;
		}
		for (const match of line.matchAll(keyLike)) {
			if (isExampleKey(match[0])) continue;
			found.push({file, line: index + 1, masked: maskKey(match[0]), kind: 'key_like'});
		}
	}
	return found;
}

/** Which cap, if any, stops the scan before `index`. */
function capReached(state: {index: number; bytes: number; found: number; began: number}, limits: ScanLimits): ScanCap | undefined {
	if (state.index >= limits.files) return 'files';
	if (state.bytes >= limits.totalBytes) return 'bytes';
	if (state.found >= limits.findings) return 'findings';
	if (monotonicMs() - state.began >= limits.ms) return 'time';
	return undefined;
}

/** Scan the tracked `files` under `cwd` for the current key and key-shaped strings. */
export async function scanFiles(cwd: string, files: readonly string[], currentKey: string | undefined, signal: AbortSignal, limits: ScanLimits = scanLimits): Promise<ScanResult> {
	const buffer = Buffer.allocUnsafe(limits.bytesPerFile);
	const key = currentKey && currentKey.length >= 8 ? currentKey : undefined;
	const findings: ExposureFinding[] = [];
	const state = {index: 0, bytes: 0, found: 0, began: monotonicMs()};
	let scanned = 0;
	let skipped = 0;
	let stoppedBy: ScanCap | undefined;
	for (; state.index < files.length; state.index++) {
		if (state.index % filesPerTurn === filesPerTurn - 1) await new Promise(resolve => setImmediate(resolve));
		if (signal.aborted) break;
		stoppedBy = capReached(state, limits);
		if (stoppedBy) break;
		const file = files[state.index] ?? '';
		if (envFile.test(file)) findings.push({file, line: 0, masked: '', kind: 'env_file'});
		const size = readRegularFile(path.join(cwd, file), buffer, Math.min(limits.bytesPerFile, limits.totalBytes - state.bytes));
		if (size === undefined) {
			skipped++;
			continue;
		}
		const bytes = buffer.subarray(0, size);
		state.bytes += size;
		if (bytes.includes(0)) continue; // binary
		scanned++;
		// Decoding and splitting only pay off where a key could be.
		if (bytes.includes('sk-') || (key !== undefined && bytes.includes(key))) findings.push(...findKeys(bytes.toString('utf8'), file, key));
		state.found = findings.length;
	}
	return {findings: findings.slice(0, limits.findings), scanned, skipped, notRead: files.length - state.index, stoppedBy};
}

/** Where a finding is, as editors and `grep -n` write it: `path:line`, or the path alone for a committed .env. */
const placeOf = (finding: ExposureFinding): string => (finding.line > 0 ? `${finding.file}:${finding.line}` : finding.file);

/**
 * What the findings say, by file (a committed .env that holds a key is two findings in one place to mend): where the
 * key in use is, first and alone where it is; then the other files, with the first of them named.
 */
function findingsSummary(findings: readonly ExposureFinding[]): string {
	const m = checkMessages.keyExposure;
	const keyFiles = new Set(findings.filter(finding => finding.kind === 'current_key').map(finding => finding.file));
	const others = findings.filter(finding => !keyFiles.has(finding.file));
	const otherFiles = new Set(others.map(finding => finding.file)).size;
	// Of the other files' findings, the one with a line (a key-shaped string) before a bare committed .env.
	const firstOther = others.find(finding => finding.line > 0) ?? others[0];
	const key = findings.find(finding => finding.kind === 'current_key');
	const rest = firstOther ? m.suspicious({count: otherFiles, place: placeOf(firstOther), other: key !== undefined}) : undefined;
	return key ? m.currentKey({place: placeOf(key), more: keyFiles.size - 1, others: rest}) : (rest ?? '');
}

/** Pure: the check's outcome for a scan of `trackedFiles` tracked files. */
export function judgeScan(scan: ScanResult, trackedFiles: number, limits: ScanLimits = scanLimits): CheckOutcome {
	const {findings} = scan;
	const details = {findings, scannedFiles: scan.scanned, trackedFiles, skippedFiles: scan.skipped, notRead: scan.notRead};
	const leaked = findings.some(finding => finding.kind === 'current_key');
	const status = leaked ? 'fail' : findings.length > 0 ? 'warn' : 'pass';
	const summary = leaked || findings.length > 0 ? findingsSummary(findings) : checkMessages.keyExposure.clean(scan.scanned);
	if (!scan.stoppedBy || scan.notRead === 0) return {status, summary, details};
	return {status, summary: checkMessages.keyExposure.withUnread({summary, notRead: scan.notRead, cap: scan.stoppedBy, limits}), details};
}

function skipSummary(problem: GitListProblem, cwd: string): string {
	const m = checkMessages.keyExposure;
	switch (problem.kind) {
		case 'git_failed':
			return m.gitFailed({says: problem.says});
		case 'not_owner':
			return m.notOwner;
		case 'git_missing':
			return m.gitMissing;
		case 'unreadable_folder':
			return m.unreadableFolder({folder: cwd});
		default:
			return m.notGit;
	}
}

export const keyExposure: Check = {
	id: 'key_exposure',
	get title() {
		return checkMessages.keyExposure.title;
	},
	async run(ctx, signal) {
		// Spawning git blocks this thread until it has started: not while connects are pending.
		await requestsOnTheWire(signal);
		const repository = mayBeInRepository(ctx.cwd, ctx.env);
		const files = repository === 'maybe' ? await gitTrackedFiles(ctx.cwd, signal) : ({kind: repository === 'none' ? 'not_git' : 'unreadable_folder'} as const);
		if (!Array.isArray(files)) return {status: 'skip', summary: skipSummary(files, ctx.cwd), details: {findings: [], skipReason: files.kind}};
		return judgeScan(await scanFiles(ctx.cwd, files, ctx.apiKey?.trim(), signal), files.length);
	},
};
