// main() run in this process with PassThrough streams, its stdout and stderr collected: the
// full parser and run without spawning the built CLI.
import {PassThrough} from 'node:stream';
import {main, type Io} from '../../source/cli.js';

/** `cwd`: the folder the run is in (its dotenv files, the leaked-key scan); this process's by default. */
export async function mainOutput(argv: readonly string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): Promise<{code: number; stdout: string; stderr: string}> {
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	const chunks = {stdout: [] as Buffer[], stderr: [] as Buffer[]};
	stdout.on('data', (chunk: Buffer) => chunks.stdout.push(chunk));
	stderr.on('data', (chunk: Buffer) => chunks.stderr.push(chunk));
	const io = {stdout, stderr, stdin: process.stdin, env, cwd} as unknown as Io;
	const code = await main(argv, io);
	return {code, stdout: Buffer.concat(chunks.stdout).toString('utf8'), stderr: Buffer.concat(chunks.stderr).toString('utf8')};
}
