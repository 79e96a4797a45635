// The built CLI ends with its connections open, and the end closes them: bin.ts ends the
// process once the output is written, so closing each socket, client, pool and agent of
// undici first only delayed that end (~1.7 ms of CPU after `check`'s last answer, where the
// start-up targets are measured: docs/development.md, "Performance"). main() called in a
// process that goes on (tests, another caller) still closes them, as it always did.
import assert from 'node:assert/strict';
import diagnosticsChannel from 'node:diagnostics_channel';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import {test} from 'node:test';
import type {Socket} from 'node:net';
import {main, type Io} from '../../source/cli.js';
import {closeDispatchers} from '../../source/deepseek/dispatcher.js';
import {runCli, tempConfigDir} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const fake = useFake();
const preload = path.join(import.meta.dirname, '..', 'helpers', 'record-sockets.mjs');

for (const args of [['check', '--json'], ['balance', '--json']]) {
	test(`the built CLI's ${args.join(' ')} leaves its connections to the process's end, which closes them`, async () => {
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'deepseek-fix-sockets-')), 'sockets.json');
		const run = await runCli(args, fakeEnv(fake(), 'ok', {DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(), NODE_OPTIONS: `--import ${preload}`, RECORD_SOCKETS_FILE: file}));
		assert.equal(run.code, 0, run.stderr);
		assert.equal((JSON.parse(run.stdout) as {verdict: string}).verdict, 'ok');
		const sockets = JSON.parse(readFileSync(file, 'utf8')) as {connected: number; open: number};
		// The run connected (the recording works), and nothing closed a socket before the end.
		assert.ok(sockets.connected > 0, JSON.stringify(sockets));
		assert.equal(sockets.open, sockets.connected);
	});
}

/** `deepseek-fix balance --json` run by main() in this process: the sockets undici connected, and whether each was still open after main() returned. */
async function socketsAfterMain(options: Parameters<typeof main>[2]): Promise<boolean[]> {
	const sockets: Socket[] = [];
	const connected = (message: unknown) => sockets.push((message as {socket: Socket}).socket);
	diagnosticsChannel.subscribe('undici:client:connected', connected);
	const stdout = new PassThrough().resume();
	const stderr = new PassThrough().resume();
	const io = {stdout, stderr, stdin: process.stdin, env: fakeEnv(fake(), 'ok', {DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir()}), cwd: tmpdir()} as unknown as Io;
	try {
		assert.equal(await main(['balance', '--json'], io, options), 0);
		return sockets.map(socket => !socket.destroyed);
	} finally {
		diagnosticsChannel.unsubscribe('undici:client:connected', connected);
		await closeDispatchers();
	}
}

test('main() closes its connections before it returns, unless the process ends right after', async () => {
	const closing = await socketsAfterMain(undefined);
	assert.ok(closing.length > 0);
	assert.deepEqual(closing.filter(Boolean), [], 'every socket closed by main()');
	const ending = await socketsAfterMain({exitsAfter: true});
	assert.ok(ending.length > 0);
	assert.deepEqual(ending.filter(open => !open), [], 'left for the end of the process');
});
