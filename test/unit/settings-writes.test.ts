// Writing settings safely: folders made one level at a time (never a recursive mkdir),
// one writer at a time (a lock with a bounded wait, stale locks taken over).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lock} from 'proper-lockfile';
import {loadSettings, recordBalanceReading, rememberBaseUrl} from '../../source/settings/index.js';
import {makeFolders} from '../../source/settings/file.js';
import {staleLockMs} from '../../source/settings/lock.js';

function tempDir(): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), 'deepseek-fix-writes-'));
}

const reading = (at: string, total: string) => ({at, currency: 'CNY', total});

test('makeFolders makes each missing level with mode 0700 and accepts a folder that is there', () => {
	const base = tempDir();
	const deep = path.join(base, 'a', 'b', 'c');
	assert.deepEqual(makeFolders(deep), {ok: true});
	for (const folder of [path.join(base, 'a'), path.join(base, 'a', 'b'), deep]) {
		assert.ok(fs.statSync(folder).isDirectory());
		if (process.platform !== 'win32') assert.equal(fs.statSync(folder).mode & 0o777, 0o700 & ~process.umask());
	}
	assert.deepEqual(makeFolders(deep), {ok: true}, 'already there');
});

test('makeFolders names the file in the way (a path under a regular file)', () => {
	const base = tempDir();
	const file = path.join(base, 'plain-file');
	fs.writeFileSync(file, '');
	assert.deepEqual(makeFolders(path.join(file, 'settings', 'deeper')), {ok: false, folder: file, code: 'ENOTDIR'});
	assert.deepEqual(makeFolders(file), {ok: false, folder: file, code: 'ENOTDIR'});
});

test('a settings folder under a regular file: the save says which file is in the way', async () => {
	const base = tempDir();
	const file = path.join(base, 'plain-file');
	fs.writeFileSync(file, '');
	const env = {DEEPSEEK_FIX_CONFIG_DIR: path.join(file, 'deepseek-fix')};
	const saved = await rememberBaseUrl(env, 'https://api.deepseek.com');
	assert.equal(saved.ok, false);
	assert.equal(!saved.ok && saved.message, `Settings could not be saved: ${file} is a file, so the folder ${path.join(file, 'deepseek-fix')} cannot be created. Set DEEPSEEK_FIX_CONFIG_DIR to another folder.`);
});

test('a lock held by another writer: the save waits a bounded time, then says so; the file is untouched', async () => {
	const dir = tempDir();
	const env = {DEEPSEEK_FIX_CONFIG_DIR: dir};
	await recordBalanceReading(env, reading('2026-01-01T00:00:00Z', '3.00'));
	const file = path.join(dir, 'config.json');
	const before = fs.readFileSync(file, 'utf8');
	const release = await lock(file, {realpath: false});
	try {
		const saved = await recordBalanceReading(env, reading('2026-01-02T00:00:00Z', '2.00'), {lockWaitMs: 300});
		assert.equal(saved.ok, false);
		assert.ok(!saved.ok && saved.reason === 'busy');
		assert.match(!saved.ok ? saved.message : '', /another deepseek-fix kept .*config\.json locked/);
		assert.equal(fs.readFileSync(file, 'utf8'), before);
		// Ctrl+C ends the wait at once.
		const controller = new AbortController();
		const waiting = recordBalanceReading(env, reading('2026-01-03T00:00:00Z', '1.00'), {signal: controller.signal, lockWaitMs: 60_000});
		controller.abort();
		const cancelled = await waiting;
		assert.ok(!cancelled.ok && cancelled.reason === 'cancelled');
	} finally {
		await release();
	}
	// Released: the next save lands, on top of what was there.
	assert.equal((await recordBalanceReading(env, reading('2026-01-04T00:00:00Z', '0.50'))).ok, true);
	assert.deepEqual(loadSettings(env).settings.balanceHistory.map(sample => sample.total), ['3.00', '0.50']);
	assert.equal(fs.existsSync(`${file}.lock`), false, 'the lock is gone after the save');
});

test('a save kept waiting by another writer\'s lock says so once (onWait, with the file and the longest wait); one that waits for nothing says nothing', async () => {
	const dir = tempDir();
	const env = {DEEPSEEK_FIX_CONFIG_DIR: dir};
	const told: Array<{path: string; seconds: number}> = [];
	const onWait = (wait: {path: string; seconds: number}) => told.push(wait);
	assert.equal((await recordBalanceReading(env, reading('2026-01-01T00:00:00Z', '3.00'), {onWait, quietMs: 0})).ok, true);
	assert.deepEqual(told, [], 'no lock held: nothing to say');
	const file = path.join(dir, 'config.json');
	const release = await lock(file, {realpath: false});
	try {
		// Held for the whole wait: told once (not at every retry), before the wait ends in its own sentence.
		const saved = await recordBalanceReading(env, reading('2026-01-02T00:00:00Z', '2.00'), {lockWaitMs: 300, onWait, quietMs: 0});
		assert.ok(!saved.ok && saved.reason === 'busy');
		assert.deepEqual(told, [{path: file, seconds: 0}]);
		// A wait shorter than the quiet time says nothing.
		told.length = 0;
		await recordBalanceReading(env, reading('2026-01-02T00:00:00Z', '2.00'), {lockWaitMs: 300, onWait, quietMs: 60_000});
		assert.deepEqual(told, []);
	} finally {
		await release();
	}
});

test('a file where the lock goes (not a folder, so no run made it): the save says so at once, without waiting for it to go stale', async () => {
	for (const [what, age] of [['a file just made', 0], ['an old file', staleLockMs + 60_000], ['a symbolic link to a folder', 0]] as const) {
		const dir = tempDir();
		const env = {DEEPSEEK_FIX_CONFIG_DIR: dir};
		const lockPath = path.join(dir, 'config.json.lock');
		if (what.startsWith('a symbolic link')) fs.symlinkSync(tempDir(), lockPath);
		else fs.writeFileSync(lockPath, '');
		const then = new Date(Date.now() - age);
		if (age > 0) fs.utimesSync(lockPath, then, then);
		const started = Date.now();
		const saved = await recordBalanceReading(env, reading('2026-01-01T00:00:00Z', '3.00'));
		assert.ok(Date.now() - started < 1000, `${what}: answered in ${Date.now() - started} ms`);
		assert.equal(saved.ok, false, what);
		assert.equal(
			!saved.ok && saved.message,
			`Settings were not saved: ${lockPath} is a file, where deepseek-fix makes a folder as its lock while it writes; something else put it there. Delete that file and run again.`,
			what,
		);
		assert.equal(fs.existsSync(path.join(dir, 'config.json')), false, `${what}: nothing written`);
		assert.ok(fs.lstatSync(lockPath), `${what}: left in place`);
	}
});

test('a lock left behind by a killed process (not refreshed for longer than the stale time) is taken over', async () => {
	const dir = tempDir();
	const env = {DEEPSEEK_FIX_CONFIG_DIR: dir};
	const lockDir = path.join(dir, 'config.json.lock');
	fs.mkdirSync(lockDir);
	const old = new Date(Date.now() - staleLockMs - 60_000);
	fs.utimesSync(lockDir, old, old);
	const saved = await recordBalanceReading(env, reading('2026-01-01T00:00:00Z', '3.00'), {lockWaitMs: 300});
	assert.equal(saved.ok, true, !saved.ok ? saved.message : '');
	assert.equal(fs.existsSync(lockDir), false);
});
