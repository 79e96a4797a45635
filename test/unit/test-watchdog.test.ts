// The test command's watchdog (scripts/test-watchdog.mjs): a run silent for too long while its runner shows a hang's
// signature is killed with its whole process group and run once more; a slow test is waited for; a run that ends by
// itself, passing or failing, is never run again.
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

// The hang's first signature: silent while the runner spins (two threads, so that it shows on a loaded machine too).
const spin = "new (require('node:worker_threads').Worker)('for (;;) {}', {eval: true}); setTimeout(() => { for (;;) {} }, 100);";

test('a run silent for the stall time while the runner spins is killed and run once more', () => {
	// A live test process under it too, so that only the spinning tells the hang.
	const script = `${countRun} console.log('run ' + run); if (run === 1) {
		require('node:child_process').spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], {stdio: 'ignore'}); ${spin} }`;
	const result = watch(1, script);
	assert.equal(result.status, 0);
	assert.equal(result.runs.length, 2);
	assert.equal(result.stdout, 'run 1\nrun 2\n');
	assert.match(result.stderr, /test-watchdog: The test run printed nothing for \d+ s while the test runner kept a CPU \d+ % busy: it hung/);
	assert.match(result.stderr, /running the tests once more/);
});

test('a run silent for the stall time with no test process left under an idle runner is killed and run once more', () => {
	const result = watch(1, `${countRun} console.log('run ' + run); if (run === 1) setInterval(() => {}, 1000);`);
	assert.equal(result.status, 0);
	assert.equal(result.runs.length, 2);
	assert.match(result.stderr, /printed nothing for \d+ s, and no test process was left under the runner: it hung/);
});

test('a slow test is not a hang: an idle runner waiting for a live test process is left alone however long it is silent', () => {
	const script = `${countRun} const {spawn} = require('node:child_process');
		spawn(process.execPath, ['-e', 'setTimeout(() => {}, 4000)'], {stdio: 'ignore'}).on('exit', () => console.log('slow test done'));`;
	const result = watch(1, script);
	assert.equal(result.status, 0);
	assert.equal(result.runs.length, 1);
	assert.equal(result.stdout, 'slow test done\n');
	assert.equal(result.stderr, '');
});

test('a run that hangs twice ends with exit code 1 and leaves no process of its group behind', () => {
	const script = `${countRun} const {spawn} = require('node:child_process');
		const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {stdio: 'ignore'});
		fs.appendFileSync(process.env.RUNS + '.pids', child.pid + '\\n'); ${spin}`;
	const result = watch(1, script);
	assert.equal(result.status, 1);
	assert.equal(result.runs.length, 2);
	assert.match(result.stderr, /the second run hung too; giving up \(exit code 1\)/);
	for (const pid of readFileSync(`${path.join(result.folder, 'runs')}.pids`, 'utf8').split('\n').filter(Boolean).map(Number)) {
		assert.ok(goneSoon(pid), `test process ${pid} is still running`);
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
/**
 * Whether the process goes within 5 s. SIGKILL is delivered asynchronously: on a busy machine a
 * process of the killed group can still be on its way out when the watchdog has exited.
 */
function goneSoon(pid: number): boolean {
	const pause = new Int32Array(new SharedArrayBuffer(4));
	for (let waited = 0; waited < 5000; waited += 50) {
		if (isGone(pid)) return true;
		Atomics.wait(pause, 0, 0, 50);
	}
	return isGone(pid);
}

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
