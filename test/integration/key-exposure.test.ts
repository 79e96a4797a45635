// The built CLI in a repository whose tracked files are odd: a symlink to a folder, a
// symlink to /dev/tty, and a FIFO where a committed file was. The scan must read the
// regular files, skip the rest without opening them, and the process must end (a read
// of the FIFO would block forever: runCli's limit turns a hang into a failure).
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdir, mkdtemp, rm, symlink, unlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {promisify} from 'node:util';
import {fakeKey} from '../fake/server.js';
import {runCli} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const run = promisify(execFile);
const running = useFake();

async function oddRepository(): Promise<string> {
	const folder = await mkdtemp(path.join(tmpdir(), 'deepseek-fix-odd-repo-'));
	const git = (...args: string[]) => run('git', args, {cwd: folder});
	await git('init', '-q');
	await writeFile(path.join(folder, 'config.js'), `export const apiKey = '${fakeKey}';\n`);
	await writeFile(path.join(folder, 'pipe.txt'), 'a committed file that becomes a FIFO\n');
	await mkdir(path.join(folder, 'docs'));
	await writeFile(path.join(folder, 'docs', 'index.md'), '# docs\n');
	await symlink('docs', path.join(folder, 'docs-link'));
	await symlink('/dev/tty', path.join(folder, 'tty-link'));
	await git('add', '--', 'config.js', 'pipe.txt', 'docs/index.md', 'docs-link', 'tty-link');
	await git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'fixture');
	await unlink(path.join(folder, 'pipe.txt'));
	await run('mkfifo', [path.join(folder, 'pipe.txt')]);
	return folder;
}

/** `check --json` run in `cwd`: the process's output and the key_exposure result. */
async function exposureCheck(cwd: string) {
	const result = await runCli(['check', '--json'], fakeEnv(running()), {cwd, limitMs: 15_000});
	const json = JSON.parse(result.stdout) as {checks: Array<{id: string; status: string; summary: string; details: Record<string, unknown>}>};
	const exposure = json.checks.find(check => check.id === 'key_exposure');
	assert.ok(exposure, result.stdout);
	return {result, exposure};
}

test('check in a repository with a FIFO, a link to a folder and a link to /dev/tty: ends, reads only regular files', async () => {
	const folder = await oddRepository();
	try {
		const {result, exposure} = await exposureCheck(folder);
		assert.equal(exposure.status, 'fail', exposure.summary);
		assert.deepEqual(exposure.details.findings, [{file: 'config.js', line: 1, masked: 'sk-…cdef', kind: 'current_key'}]);
		assert.equal(exposure.details.trackedFiles, 5);
		assert.equal(exposure.details.scannedFiles, 2);
		assert.equal(exposure.details.skippedFiles, 3);
		assert.equal(result.stderr, '');
	} finally {
		await rm(folder, {recursive: true, force: true});
	}
});

test('check in a subfolder of a repository: a key committed one folder up is found (paths shown from here)', async () => {
	const folder = await oddRepository();
	const below = path.join(folder, 'docs');
	try {
		const {exposure} = await exposureCheck(below);
		assert.equal(exposure.status, 'fail', exposure.summary);
		assert.deepEqual(exposure.details.findings, [{file: '../config.js', line: 1, masked: 'sk-…cdef', kind: 'current_key'}]);
		assert.equal(exposure.details.trackedFiles, 5);
	} finally {
		await rm(folder, {recursive: true, force: true});
	}
});
