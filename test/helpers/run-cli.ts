// Runs the BUILT command line (dist/bin.js, what users get) as a child process.
import {spawn, type ChildProcess} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

export const binPath = path.resolve(import.meta.dirname, '..', '..', 'dist', 'bin.js');

export type CliRun = {code: number | null; stdout: string; stderr: string; ms: number};

/**
 * The home folder the CLI runs with unless a test gives its own: empty, so nothing of the real one
 * (a DEEPSEEK_API_KEY line in ~/.bashrc, which a run without a key reads: deepseek/saved-key.ts) changes a test.
 */
export const testHome = mkdtempSync(path.join(tmpdir(), 'deepseek-fix-home-'));

/** A fresh, empty settings folder (so no test sees another's remembered settings). */
export function tempConfigDir(): string {
	return mkdtempSync(path.join(tmpdir(), 'deepseek-fix-test-'));
}

/**
 * Run `deepseek-fix ...args` with exactly `env` (plus PATH, an empty HOME (testHome), and English unless `env`
 * says otherwise: the tests read English sentences whatever the machine's locale), no
 * TTY, and a hard limit so that a hang fails the test instead of stalling the suite.
 * A key set to undefined in `env` is left out (Node's spawn skips it).
 */
const defaultLimitMs = 60_000;

export type RunOptions = {
	/** The hang limit (default 60 s): far above any run's own deadlines, so that a loaded machine's slowness is not taken for a hang. */
	limitMs?: number;
	cwd?: string;
	node?: string;
	onSpawn?: (child: ChildProcess) => void;
	/** Close our end of its stdout at once, as `| head -0` does: its writes meet a closed pipe. */
	closedStdout?: boolean;
	/** Another copy of the built bin.js (the one a packed tarball holds). */
	bin?: string;
};

/** The preload every CLI child gets first (fake-container.mjs: no container unless TEST_CONTAINER plays one), before the test's own. */
export function withTestPreloads(env: Record<string, string | undefined>): Record<string, string | undefined> {
	const preload = `--import ${path.join(import.meta.dirname, 'fake-container.mjs')}`;
	return {...env, NODE_OPTIONS: env['NODE_OPTIONS'] ? `${preload} ${env['NODE_OPTIONS']}` : preload};
}

export function runCli(args: readonly string[], env: Record<string, string | undefined>, options: RunOptions = {}): Promise<CliRun> {
	return new Promise((resolve, reject) => {
		const began = Date.now();
		const child = spawn(options.node ?? process.execPath, [options.bin ?? binPath, ...args], {
			cwd: options.cwd ?? tmpdir(),
			env: withTestPreloads({PATH: process.env.PATH, HOME: testHome, DEEPSEEK_FIX_LANG: 'en', ...env}),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		if (options.closedStdout) child.stdout.destroy();
		options.onSpawn?.(child);
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		const limit = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`deepseek-fix ${args.join(' ')} did not finish within ${options.limitMs ?? defaultLimitMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
		}, options.limitMs ?? defaultLimitMs);
		child.on('error', reject);
		child.on('close', code => {
			clearTimeout(limit);
			resolve({code, stdout, stderr, ms: Date.now() - began});
		});
	});
}
