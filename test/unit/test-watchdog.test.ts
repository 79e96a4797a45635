// The test command's watchdog (scripts/test-watchdog.mjs): a run that prints nothing for too long is killed with
// its whole process group and run once more; a run that ends by itself, passing or failing, is never run again.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'node:test';
import assert from 'node:assert/strict';

const watchdog = path.resolve('scripts/test-watchdog.mjs');

/** Runs the watchdog over `node -e SCRIPT`; the script sees RUNS, a file it appends one line to per run. */
function watch(stallSeconds: number, script: string) {
	const folder = mkdtempSync(path.join(tmpdir(), 'watchdog-'));
	const runs = path.join(folder, 'runs');
	writeFileSync(runs, '');
	const result = spawnSync(process.execPath, [watchdog, '--stall-after', String(stallSeconds), process.execPath, '-e', script], {
		env: {...process.env, RUNS: runs, NODE_OPTIONS: ''},
		encoding: 'utf8',
		timeout: 60_000,
	});
	return {...result, runs: readFileSync(runs, 'utf8').split('\n').filter(Boolean), folder};
}

const countRun = "const fs = require('node:fs'); fs.appendFileSync(process.env.RUNS, 'run\\n'); const run = fs.readFileSync(process.env.RUNS, 'utf8').split('\\n').filter(Boolean).length;";

test('a run that ends by itself is passed through with its exit code and not run again, failing or not', () => {
	const failing = watch(30, `${countRun} console.log('# pass 3'); console.error('# fail 1'); process.exit(3);`);
	assert.equal(failing.status, 3);
	assert.equal(failing.stdout, '# pass 3\n');
	assert.equal(failing.stderr, '# fail 1\n');
	assert.equal(failing.runs.length, 1);
	const passing = watch(30, `${countRun} console.log('# pass 4');`);
	assert.equal(passing.status, 0);
	assert.equal(passing.runs.length, 1);
});

test('a run silent for the stall time after its test processes ended is killed and run once more', () => {
	// The first run prints, then hangs silently with no child left (as Node's runner does); the second ends.
	const result = watch(2, `${countRun} console.log('run ' + run); if (run === 1) setInterval(() => {}, 1000);`);
	assert.equal(result.status, 0);
	assert.equal(result.runs.length, 2);
	assert.equal(result.stdout, 'run 1\nrun 2\n');
	assert.match(result.stderr, /printed nothing for 2 s, and none of its test processes was left: the test runner itself hung/);
	assert.match(result.stderr, /running the tests once more/);
});

test('a run that stalls twice, with a test process still running, ends with exit code 1 and leaves no process behind', () => {
	const script = `${countRun} const {spawn} = require('node:child_process');
		const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {stdio: 'ignore'});
		fs.appendFileSync(process.env.RUNS + '.pids', child.pid + '\\n'); setInterval(() => {}, 1000);`;
	const result = watch(2, script);
	assert.equal(result.status, 1);
	assert.equal(result.runs.length, 2);
	assert.match(result.stderr, /printed nothing for 2 s while a test process was still running: a test may hang/);
	assert.match(result.stderr, /the second run stalled too; giving up \(exit code 1\)/);
	for (const pid of readFileSync(`${path.join(result.folder, 'runs')}.pids`, 'utf8').split('\n').filter(Boolean).map(Number)) {
		assert.ok(isGone(pid), `test process ${pid} is still running`);
	}
});

test('bad arguments are a clear sentence and exit code 2', () => {
	const noCommand = spawnSync(process.execPath, [watchdog], {encoding: 'utf8'});
	assert.equal(noCommand.status, 2);
	assert.match(noCommand.stderr, /^test-watchdog: No command given\. Usage: /);
	const badStall = spawnSync(process.execPath, [watchdog, '--stall-after', 'soon', 'true'], {encoding: 'utf8'});
	assert.equal(badStall.status, 2);
	assert.match(badStall.stderr, /--stall-after needs a number of seconds above 0/);
});

/** Gone, or a zombie waiting for a reaper (a container's first process may never reap it). */
function isGone(pid: number): boolean {
	try {
		process.kill(pid, 0);
	} catch {
		return true;
	}
	try {
		return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
	} catch {
		return true;
	}
}
