// What a run of the built CLI loads: `check` and `balance` run from cron and in the
// middle of an outage, and every module loaded before the first request is start-up time
// (docs/development.md, "Performance"). Node's built-ins are counted by name, from a
// preload that records them at exit.
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {runCli, tempConfigDir} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const fake = useFake();
const preload = path.join(import.meta.dirname, '..', 'helpers', 'record-modules.mjs');

/**
 * Built-ins that neither command ever runs, and what used to load each: stdin created
 * for nothing (fs streams, fs/promises, readline), `performance` (perf_hooks), and the
 * module facades of ES imports of node:fs and node:util (worker_threads, the diff helpers),
 * and node:tls for a base URL of http:// (the look at an untrusted certificate's issuer, loaded
 * only when one was met), and node:zlib (loaded only for an answer the server compressed),
 * and node:http with its client, server and agent (undici read two values from it: the
 * build gives it a small stand-in, source/deepseek/undici-http.cjs).
 */
const neverNeeded = ['internal/fs/streams', 'internal/fs/promises', 'internal/readline/interface', 'perf_hooks', 'worker_threads', 'internal/util/diff', 'tls', '_tls_wrap', 'zlib', 'http', '_http_client', '_http_server', '_http_agent'];

async function builtinsLoadedBy(args: string[]): Promise<string[]> {
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'deepseek-fix-modules-')), 'modules.txt');
	const run = await runCli(args, fakeEnv(fake(), 'ok', {DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(), NODE_OPTIONS: `--import ${preload}`, RECORD_MODULES_FILE: file}));
	assert.equal(run.code, 0, run.stderr);
	assert.equal((JSON.parse(run.stdout) as {verdict: string}).verdict, 'ok');
	return readFileSync(file, 'utf8').trim().split('\n');
}

for (const args of [['check', '--json'], ['balance', '--json']]) {
	test(`${args.join(' ')} loads no built-in it never runs`, async () => {
		const loaded = await builtinsLoadedBy(args);
		// The run did load what it needs: the recording works.
		assert.ok(loaded.includes('net') && loaded.includes('stream'), loaded.join(' '));
		assert.deepEqual(neverNeeded.filter(name => loaded.includes(name)), []);
	});
}
