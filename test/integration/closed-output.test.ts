// A reader that goes away (`deepseek-fix check | head -0`, `| true`): every command ends
// quietly with 141 (128 + SIGPIPE, as shells report), no stack trace on stderr.
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {closeSync, existsSync, openSync} from 'node:fs';
import {test} from 'node:test';
import {binPath, runCli} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const fake = useFake();

const commands: ReadonlyArray<readonly string[]> = [
	['--version'],
	['--help'],
	['balance', '--help'],
	['help', 'check'],
	['check'],
	['check', '--json'],
	['balance'],
	['balance', '--json'],
	['report'],
	['config'],
	['config', '--path'],
	['config', '--json'],
	[],
];

for (const args of commands) {
	test(`deepseek-fix ${args.join(' ') || '(no command, not a terminal)'} with its stdout closed: exit 141, nothing on stderr`, async () => {
		const run = await runCli(args, fakeEnv(fake(), 'ok'), {closedStdout: true});
		assert.equal(run.stderr.replace('Not a terminal: running the plain check instead of the wizard.\n', ''), '', run.stderr);
		assert.equal(run.code, 141);
	});
}

test('stdout that fails otherwise (a full disk: /dev/full): one sentence on stderr, exit 2', {skip: !existsSync('/dev/full') && 'no /dev/full here', timeout: 20_000}, async () => {
	const full = openSync('/dev/full', 'w');
	try {
		const child = spawn(process.execPath, [binPath, '--help'], {env: {PATH: process.env.PATH}, stdio: ['ignore', full, 'pipe']});
		let stderr = '';
		child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		const [code] = (await once(child, 'close')) as [number | null];
		assert.equal(code, 2);
		assert.equal(stderr, 'deepseek-fix: could not write its output (ENOSPC); check where the output goes (a full disk, a closed file).\n');
	} finally {
		closeSync(full);
	}
});
