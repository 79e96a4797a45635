// The key a program in this folder may load from its .env: read as dotenv reads it, used
// after DEEPSEEK_API_KEY and before the remembered key, and a different one is a warning.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {buildContext, resolveKey, type ContextOptions} from '../../source/context.js';
import {keyPresent} from '../../source/checks/key-present.js';
import {projectEnvFrom, readProjectEnv} from '../../source/project-env.js';

const envKey = 'sk-' + '1111222233334444'.repeat(2);
const fileKey = 'sk-' + 'aaaabbbbccccdddd'.repeat(2);
const rememberedKey = 'sk-' + '5555666677778888'.repeat(2);

function inFolder(run: (folder: string) => void): void {
	const folder = mkdtempSync(path.join(tmpdir(), 'dsfix-dotenv-'));
	try {
		run(folder);
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
}

test('a .env is read as dotenv reads it: export, quotes, comments, spaces; a blank value or none is no key', () => {
	assert.equal(projectEnvFrom(`DEEPSEEK_API_KEY=${fileKey}\n`).key, fileKey);
	assert.equal(projectEnvFrom(`# the key\nexport DEEPSEEK_API_KEY="${fileKey}"\nOTHER=1\n`).key, fileKey);
	assert.equal(projectEnvFrom(`DEEPSEEK_API_KEY = '${fileKey}' # mine\n`).key, fileKey);
	assert.equal(projectEnvFrom(`OPENAI_API_KEY=${fileKey}\n`).key, undefined, 'only DEEPSEEK_API_KEY');
	assert.equal(projectEnvFrom('DEEPSEEK_API_KEY=\n').key, undefined);
	assert.equal(projectEnvFrom('DEEPSEEK_API_KEY="   "\n').key, undefined);
	assert.equal(projectEnvFrom('').key, undefined);
	assert.equal(projectEnvFrom('this is not an env file at all {"json": true}').key, undefined);
});

test('readProjectEnv: the .env of the folder, only a regular file; none, a folder, a FIFO or a binary file is nothing (and nothing blocks)', () => {
	inFolder(folder => {
		assert.equal(readProjectEnv(folder).key, undefined, 'no .env');
		writeFileSync(path.join(folder, '.env'), `DEEPSEEK_API_KEY=${fileKey}\n`);
		assert.equal(readProjectEnv(folder).key, fileKey);
		// A symlinked .env (a shared one) is read like the program reads it.
		const other = path.join(folder, 'sub');
		mkdirSync(other);
		symlinkSync(path.join(folder, '.env'), path.join(other, '.env'));
		assert.equal(readProjectEnv(other).key, fileKey);
	});
	inFolder(folder => {
		mkdirSync(path.join(folder, '.env'));
		assert.equal(readProjectEnv(folder).key, undefined, 'a folder named .env');
	});
	inFolder(folder => {
		writeFileSync(path.join(folder, '.env'), Buffer.concat([Buffer.from(`DEEPSEEK_API_KEY=${fileKey}\n`), Buffer.from([0, 1, 2])]));
		assert.equal(readProjectEnv(folder).key, undefined, 'a binary file');
	});
	inFolder(folder => {
		execFileSync('mkfifo', [path.join(folder, '.env')]);
		assert.equal(readProjectEnv(folder).key, undefined, 'a FIFO is never waited on');
	});
});

function options(extra: Partial<ContextOptions> = {}): ContextOptions {
	return {env: {}, flags: {}, settings: {schemaVersion: 1, balanceHistory: []}, signal: new AbortController().signal, cwd: '/tmp/project', ...extra};
}

test('the key\'s precedence: DEEPSEEK_API_KEY, then the folder\'s .env, then the remembered key; a pasted key beats them all', () => {
	const projectEnv = {key: fileKey};
	const remembered = {schemaVersion: 1 as const, balanceHistory: [], apiKey: rememberedKey};
	assert.deepEqual(resolveKey(options({env: {DEEPSEEK_API_KEY: envKey}, projectEnv, settings: remembered})), {value: envKey, source: 'env'});
	assert.deepEqual(resolveKey(options({projectEnv, settings: remembered})), {value: fileKey, source: 'dotenv'});
	assert.deepEqual(resolveKey(options({env: {DEEPSEEK_API_KEY: '  '}, projectEnv})), {value: fileKey, source: 'dotenv'}, 'a blank variable is no key');
	assert.deepEqual(resolveKey(options({settings: remembered})), {value: rememberedKey, source: 'remembered'});
	assert.deepEqual(resolveKey(options({projectEnv, key: {value: envKey, source: 'prompt'}})), {value: envKey, source: 'prompt'});
});

async function present(extra: Partial<ContextOptions>) {
	const built = buildContext(options(extra));
	assert.ok(built.ok);
	return keyPresent.run({...built.ctx, results: new Map()}, new AbortController().signal);
}

test('key_present says where the key came from, and warns (both keys masked) when DEEPSEEK_API_KEY and the .env hold different keys', async () => {
	const fromFile = await present({projectEnv: {key: fileKey}});
	assert.deepEqual(fromFile, {
		status: 'pass',
		summary: "Found in DEEPSEEK_API_KEY in this folder's .env file (this shell does not set it; programs here that load .env send it).",
		details: {source: 'dotenv'},
	});
	const differ = await present({env: {DEEPSEEK_API_KEY: envKey}, projectEnv: {key: fileKey}});
	assert.equal(differ.status, 'warn');
	assert.match(differ.summary, /^Found in DEEPSEEK_API_KEY \(sk-…4444\), but this folder's \.env sets another key \(sk-…dddd\)\. dotenv and python-dotenv leave a variable that is already set alone, so a program started from this shell sends sk-…4444/);
	assert.deepEqual(differ.details, {source: 'env', projectEnvKey: 'sk-…dddd'});
	assert.doesNotMatch(JSON.stringify(differ), new RegExp(`${envKey}|${fileKey}`), 'neither key whole');
	// The same key in both (spaces around it do not count), or none in the file: nothing to warn about.
	assert.equal((await present({env: {DEEPSEEK_API_KEY: envKey}, projectEnv: {key: ` ${envKey}\n`}})).status, 'pass');
	assert.equal((await present({env: {DEEPSEEK_API_KEY: envKey}})).status, 'pass');
});
