// The leaked-key scan on odd files: only regular files are read (links, folders and
// missing files are skipped, never followed), one buffer for all, and every cap says how
// many files it left unread. (A FIFO in a tracked file's place is run through the built
// CLI in test/integration/key-exposure.test.ts: if it blocked, this process would hang.)
import assert from 'node:assert/strict';
import {chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, test} from 'node:test';
import {realTmpdir} from '../helpers/sealed-tmp.js';
import {gitListProblem, judgeScan, keyExposure, mayBeInRepository, scanFiles, scanLimits, type ExposureFinding, type ScanLimits} from '../../source/checks/key-exposure.js';
import {setLanguage} from '../../source/messages/language.js';
import {testContext} from '../helpers/results.js';
import {maskKey} from '../../source/text/safe.js';

const key = 'sk-' + '0123456789abcdef'.repeat(2);
// Random digits, as a real key has: a repeating block is an example key, which the scan leaves out.
const otherKey = 'sk-' + '425a79add9784253' + '435537727a176a47';
const never = new AbortController().signal;
let folder = '';

before(async () => {
	folder = await mkdtemp(path.join(tmpdir(), 'deepseek-fix-scan-'));
	await writeFile(path.join(folder, 'config.js'), `const apiKey = '${key}';\n`);
	await writeFile(path.join(folder, 'other.txt'), `OTHER=${otherKey}\n`);
	await writeFile(path.join(folder, 'plain.txt'), 'nothing here\n');
	await mkdir(path.join(folder, 'docs'));
	await writeFile(path.join(folder, 'docs', 'inside.txt'), `${key}\n`);
	await symlink('docs', path.join(folder, 'docs-link'));
	await symlink('/dev/tty', path.join(folder, 'tty-link'));
	await symlink('config.js', path.join(folder, 'config-link.js'));
});
after(async () => {
	await rm(folder, {recursive: true, force: true});
});

const limits = (overrides: Partial<ScanLimits>): ScanLimits => ({...scanLimits, ...overrides});

test('only regular files are read: links (to a folder, to /dev/tty, to a file), a folder and a missing file are skipped', async () => {
	const files = ['config.js', 'docs-link', 'tty-link', 'config-link.js', 'docs', 'gone.txt', 'plain.txt'];
	const scan = await scanFiles(folder, files, key, never);
	assert.deepEqual(scan.findings, [{file: 'config.js', line: 1, masked: maskKey(key), kind: 'current_key'}]);
	assert.equal(scan.scanned, 2);
	assert.equal(scan.skipped, 5);
	assert.equal(scan.notRead, 0);
	assert.equal(scan.stoppedBy, undefined);
});

test('one buffer for the whole scan, not one per file', async () => {
	const files = Array.from({length: 40}, (_, index) => ['config.js', 'other.txt', 'plain.txt'][index % 3] ?? '');
	const {alloc, allocUnsafe, allocUnsafeSlow} = Buffer;
	// Large buffers only: the test runner's reporter allocates small ones meanwhile.
	let large = 0;
	const counted = <T extends (size: number, ...rest: never[]) => Buffer>(original: T) => ((size: number, ...rest: never[]) => {
		if (size >= 64 * 1024) large++;
		return original.call(Buffer, size, ...rest);
	}) as unknown as T;
	Object.assign(Buffer, {alloc: counted(alloc), allocUnsafe: counted(allocUnsafe), allocUnsafeSlow: counted(allocUnsafeSlow)});
	try {
		const scan = await scanFiles(folder, files, key, never, limits({findings: 1000}));
		assert.equal(scan.scanned, 40);
	} finally {
		Object.assign(Buffer, {alloc, allocUnsafe, allocUnsafeSlow});
	}
	assert.equal(large, 1);
});

test('a cap on files: the rest is not read, and the summary says how many', async () => {
	const files = ['plain.txt', 'plain.txt', 'config.js', 'other.txt', 'plain.txt'];
	const scan = await scanFiles(folder, files, key, never, limits({files: 2}));
	assert.deepEqual({scanned: scan.scanned, notRead: scan.notRead, stoppedBy: scan.stoppedBy, findings: scan.findings.length}, {scanned: 2, notRead: 3, stoppedBy: 'files', findings: 0});
	const outcome = judgeScan(scan, files.length, limits({files: 2}));
	assert.equal(outcome.status, 'pass');
	assert.equal(outcome.summary, 'No keys in 2 tracked files. 3 tracked files were not read: the scan reads at most 2 files.');
	assert.equal(outcome.details.notRead, 3);
});

test('caps on bytes, time and findings stop the scan too, each said', async () => {
	const files = ['config.js', 'other.txt', 'plain.txt'];
	const bytes = await scanFiles(folder, files, key, never, limits({totalBytes: 10}));
	assert.deepEqual({stoppedBy: bytes.stoppedBy, notRead: bytes.notRead, scanned: bytes.scanned}, {stoppedBy: 'bytes', notRead: 2, scanned: 1});
	const time = await scanFiles(folder, files, key, never, limits({ms: 0}));
	assert.deepEqual({stoppedBy: time.stoppedBy, notRead: time.notRead}, {stoppedBy: 'time', notRead: 3});
	assert.match(judgeScan(time, 3, limits({ms: 0})).summary, /3 tracked files were not read: the scan stops after 0 s\.$/);
	const found = await scanFiles(folder, files, key, never, limits({findings: 1}));
	assert.deepEqual({stoppedBy: found.stoppedBy, notRead: found.notRead, findings: found.findings.length}, {stoppedBy: 'findings', notRead: 2, findings: 1});
	const outcome = judgeScan(found, 3, limits({findings: 1}));
	assert.equal(outcome.status, 'fail');
	assert.match(outcome.summary, /2 tracked files were not read: the scan stops after 1 findings\.$/);
});

test('a scan that reached the last file says nothing about unread files', async () => {
	const scan = await scanFiles(folder, ['other.txt'], key, never);
	const outcome = judgeScan(scan, 1);
	assert.equal(outcome.status, 'warn');
	assert.equal(outcome.summary, '1 tracked file is a committed .env file or holds a key-shaped string (other.txt:1).');
});

test('the summary names where the key is (path:line, as editors write it), how many more files hold it, then the other files', () => {
	const finding = (file: string, line: number, kind: ExposureFinding['kind']): ExposureFinding => ({file, line, masked: kind === 'env_file' ? '' : 'sk-…cdef', kind});
	const summary = (...findings: ExposureFinding[]) => judgeScan({findings, scanned: 40, skipped: 0, notRead: 0, stoppedBy: undefined}, 40).summary;
	assert.equal(summary(finding('src/app.ts', 7, 'current_key')), 'Your key is committed in src/app.ts:7: rotate it now.');
	// One file with the key twice is one file; two more files hold it too.
	assert.equal(
		summary(finding('src/app.ts', 7, 'current_key'), finding('src/app.ts', 9, 'current_key'), finding('test/a.ts', 1, 'current_key'), finding('docs/x.md', 3, 'current_key')),
		'Your key is committed in src/app.ts:7 and 2 more tracked files: rotate it now.',
	);
	// A committed .env that holds the key is the key's file, not another one.
	assert.equal(summary(finding('.env', 0, 'env_file'), finding('.env', 2, 'current_key')), 'Your key is committed in .env:2: rotate it now.');
	// Other files: counted once each, the first with a line named before a bare .env.
	assert.equal(
		summary(finding('src/app.ts', 7, 'current_key'), finding('config/.env', 0, 'env_file'), finding('scripts/old.py', 4, 'key_like'), finding('scripts/old.py', 9, 'key_like')),
		'Your key is committed in src/app.ts:7: rotate it now. 2 other tracked files are committed .env files or hold key-shaped strings (scripts/old.py:4 and 1 more).',
	);
	assert.equal(summary(finding('config/.env', 0, 'env_file')), '1 tracked file is a committed .env file or holds a key-shaped string (config/.env).');
	assert.equal(summary(), 'No keys in 40 tracked files.');
	setLanguage('zh-CN');
	try {
		assert.equal(summary(finding('src/app.ts', 7, 'current_key')), '在已提交的 src/app.ts:7 里有你的 key：请立即更换。');
		assert.equal(
			summary(finding('src/app.ts', 7, 'current_key'), finding('test/a.ts', 1, 'current_key'), finding('config/.env', 0, 'env_file')),
			'在 src/app.ts:7 等 2 个已提交的文件里有你的 key：请立即更换。另有 1 个受跟踪的文件是已提交的 .env 文件或含有形似 key 的字符串（config/.env）。',
		);
	} finally {
		setLanguage('en');
	}
});

test('a failed git ls-files: no repository, no git, another user\'s repository, or another failure (git\'s first line, without "fatal: ")', () => {
	assert.deepEqual(gitListProblem({code: 128}, 'fatal: not a git repository (or any of the parent directories): .git\n'), {kind: 'not_git'});
	assert.deepEqual(gitListProblem({code: 'ENOENT'}, ''), {kind: 'git_missing'});
	const dubious = "fatal: detected dubious ownership in repository at '/srv/app'\nTo add an exception for this directory, call:\n\n\tgit config --global --add safe.directory /srv/app\n";
	assert.deepEqual(gitListProblem({code: 128}, dubious), {kind: 'not_owner'});
	assert.deepEqual(gitListProblem({code: 128}, 'error: index file .git/index is too small\nfatal: index file corrupt\n'), {kind: 'git_failed', says: 'index file .git/index is too small'});
	assert.deepEqual(gitListProblem({code: 1}, ''), {kind: 'not_git'});
});

test('git could find a repository: a .git folder or worktree file here or above, or GIT_DIR; none under a plain temporary folder', async () => {
	// The machine's temporary folder, not the tests' sealed one (whose .git is above every scratch folder: helpers/sealed-tmp.ts).
	const top = await mkdtemp(path.join(realTmpdir, 'deepseek-fix-gitdir-'));
	try {
		await mkdir(path.join(top, 'repo', '.git'), {recursive: true});
		await mkdir(path.join(top, 'repo', 'src', 'deep'), {recursive: true});
		await mkdir(path.join(top, 'worktree', 'src'), {recursive: true});
		await writeFile(path.join(top, 'worktree', '.git'), 'gitdir: /elsewhere/.git/worktrees/w\n');
		await mkdir(path.join(top, 'plain'));
		assert.equal(mayBeInRepository(path.join(top, 'repo'), {}), 'maybe');
		assert.equal(mayBeInRepository(path.join(top, 'repo', 'src', 'deep'), {}), 'maybe');
		assert.equal(mayBeInRepository(path.join(top, 'worktree', 'src'), {}), 'maybe');
		assert.equal(mayBeInRepository(path.join(top, 'plain'), {}), 'none');
		assert.equal(mayBeInRepository(path.join(top, 'plain'), {GIT_DIR: path.join(top, 'repo', '.git')}), 'maybe');
	} finally {
		await rm(top, {recursive: true, force: true});
	}
});

test('a folder that may not be looked into (chmod 000 on it or above it) is "unreadable", not "no repository"', () => {
	// The system's answer to a user without permission (root is never refused, so it is played here).
	const denied = (file: string) => {
		if (file.startsWith('/locked/')) throw Object.assign(new Error(`EACCES: permission denied, lstat '${file}'`), {code: 'EACCES'});
		return undefined;
	};
	assert.equal(mayBeInRepository('/locked/project/src', {}, denied), 'unreadable');
	assert.equal(mayBeInRepository('/open/project', {}, denied), 'none');
	assert.equal(mayBeInRepository('/locked/project/src', {GIT_DIR: '/open/.git'}, denied), 'maybe', 'GIT_DIR names the repository: git is asked');
	const notAFolder = () => {
		throw Object.assign(new Error('ENOTDIR'), {code: 'ENOTDIR'});
	};
	assert.equal(mayBeInRepository('/a/file/below', {}, notAFolder), 'none');
});

test('check in a folder that cannot be read: key_exposure is skipped and says so, with what to do', {skip: (process.getuid?.() === 0 || process.platform === 'win32') && 'root reads every folder; the rule is played above'}, async () => {
	const top = await mkdtemp(path.join(tmpdir(), 'deepseek-fix-locked-'));
	const inside = path.join(top, 'project');
	await mkdir(inside);
	await chmod(top, 0o000);
	try {
		const result = await keyExposure.run(testContext({cwd: inside}), new AbortController().signal);
		assert.equal(result.status, 'skip');
		assert.equal(result.details['skipReason'], 'unreadable_folder');
		assert.match(result.summary, /cannot be read \(permission denied/);
	} finally {
		await chmod(top, 0o700);
		await rm(top, {recursive: true, force: true});
	}
});

test('outside a repository git is not even started; with GIT_DIR it is', async () => {
	const top = await mkdtemp(path.join(realTmpdir, 'deepseek-fix-nogit-'));
	const savedPath = process.env.PATH;
	try {
		// A git that only notes that it ran (and says what git says outside a repository).
		const bin = path.join(top, 'bin');
		await mkdir(bin);
		const marker = path.join(top, 'git-ran');
		await writeFile(path.join(bin, 'git'), `#!/bin/sh\necho ran >> '${marker}'\necho 'fatal: not a git repository (or any of the parent directories): .git' >&2\nexit 128\n`);
		await chmod(path.join(bin, 'git'), 0o755);
		process.env.PATH = `${bin}${path.delimiter}${savedPath ?? ''}`;
		const plain = path.join(top, 'plain');
		await mkdir(plain);
		const run = (env: Record<string, string>) => keyExposure.run(testContext({cwd: plain, env}), never);
		assert.deepEqual(await run({}), {status: 'skip', summary: 'Not scanned, as this folder is not a git repository.', details: {findings: [], skipReason: 'not_git'}});
		await assert.rejects(readFile(marker, 'utf8'), {code: 'ENOENT'});
		assert.equal((await run({GIT_DIR: path.join(top, 'missing.git')})).status, 'skip');
		assert.equal(await readFile(marker, 'utf8'), 'ran\n');
	} finally {
		process.env.PATH = savedPath;
		await rm(top, {recursive: true, force: true});
	}
});

test('a committed .env.local (where Next.js and Vite keep secrets) is as much a finding as a committed .env; .env.example is not', async () => {
	for (const name of ['.env', '.env.local', '.env.development.local', '.env.example']) await writeFile(path.join(folder, name), 'NOTHING=here\n');
	await mkdir(path.join(folder, 'web'), {recursive: true});
	await writeFile(path.join(folder, 'web', '.env.local'), 'NOTHING=here\n');
	const files = ['.env', '.env.local', '.env.development.local', '.env.example', 'web/.env.local'];
	const scan = await scanFiles(folder, files, key, never);
	assert.deepEqual(scan.findings.filter(finding => finding.kind === 'env_file').map(finding => finding.file), ['.env', '.env.local', '.env.development.local', 'web/.env.local']);
});
