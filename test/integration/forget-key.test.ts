// `deepseek-fix config --forget-key`, as users get it (the built CLI as a child process): the
// remembered key goes, every other setting stays, the file stays 0600; --json; the refused
// combinations; a damaged or unreadable file changes nothing; the key never shown whole.
import assert from 'node:assert/strict';
import {chmodSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {runCli, tempConfigDir, type CliRun} from '../helpers/run-cli.js';

const key = 'sk-' + '0123456789abcdef'.repeat(2);

/** A file as the wizard leaves it after "Remember my key": the key, its source, and what else it remembered. */
const remembered = {
	schemaVersion: 1,
	baseUrl: 'https://api.deepseek.com',
	keySource: 'remembered',
	apiKey: key,
	balanceHistory: [
		{at: '2026-11-01T08:00:00.000Z', currency: 'CNY', total: '20.00', granted: '0.00', toppedUp: '20.00'},
		{at: '2026-11-02T08:00:00.000Z', currency: 'CNY', total: '15.50', granted: '0.00', toppedUp: '15.50'},
	],
	alertThreshold: '5',
	alertCurrency: 'CNY',
	probeModel: 'deepseek-chat',
	lastDiagnosis: {at: '2026-11-02T08:01:00.000Z', verdict: 'ok', summary: 'Your balance: 15.50 CNY', path: ['start=balance'], baseUrl: 'https://api.deepseek.com', language: 'en'},
};

function settingsFolder(contents?: string): {env: Record<string, string>; dir: string; file: string} {
	const dir = tempConfigDir();
	const file = path.join(dir, 'config.json');
	if (contents !== undefined) writeFileSync(file, contents, {mode: 0o600});
	return {env: {DEEPSEEK_FIX_CONFIG_DIR: dir}, dir, file};
}

/** Neither stream of any run holds the key whole, nor a long piece of it. */
function assertNoKey(runs: readonly CliRun[]): void {
	for (const run of runs) {
		for (const text of [run.stdout, run.stderr]) {
			assert.ok(!text.includes(key.slice(3, 19)) && !text.includes(key.slice(-16)), `the key (or a long piece of it) in: ${text}`);
		}
	}
}

test('config --forget-key forgets the remembered key and its source, keeps every other setting, the file 0600; a second run finds none', async () => {
	const {env, file} = settingsFolder(JSON.stringify(remembered));
	const first = await runCli(['config', '--forget-key'], env);
	assert.deepEqual({code: first.code, stdout: first.stdout, stderr: first.stderr}, {code: 0, stdout: 'Forgot the remembered key sk-…cdef; the other settings are kept.\n', stderr: ''});
	const {apiKey: _key, keySource: _source, ...rest} = remembered;
	assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), rest);
	if (process.platform !== 'win32') assert.equal(statSync(file).mode & 0o777, 0o600);
	const shown = await runCli(['config'], env);
	assert.match(shown.stdout, /API key\s+not remembered/);
	assert.match(shown.stdout, /Balance history\s+2 readings/);
	const second = await runCli(['config', '--forget-key'], env);
	assert.deepEqual({code: second.code, stdout: second.stdout}, {code: 0, stdout: 'No key is remembered: nothing to forget.\n'});
	assertNoKey([first, shown, second]);
});

test('config shows how to forget the key alone while one is remembered; the wizard-made file in Chinese too', async () => {
	const {env} = settingsFolder(JSON.stringify(remembered));
	const en = await runCli(['config'], {...env, COLUMNS: '40'});
	assert.match(en.stdout, /\n\nForget only the key with:\ndeepseek-fix config --forget-key\nForget everything with:\ndeepseek-fix config --reset\n$/);
	const zh = await runCli(['config', '--forget-key'], {...env, DEEPSEEK_FIX_LANG: 'zh-CN'});
	assert.equal(zh.stdout, '已清除记住的 key sk-…cdef，其他设置都保留着。\n');
	assertNoKey([en, zh]);
});

test('config --forget-key --json: one document with the key masked, exit 0; with no settings file, none is made', async () => {
	const {env, file} = settingsFolder(JSON.stringify(remembered));
	const run = await runCli(['config', '--forget-key', '--json'], env);
	assert.equal(run.code, 0);
	assert.equal(run.stderr, '');
	assert.deepEqual(JSON.parse(run.stdout), {path: file, ok: true, forgotten: true, message: 'Forgot the remembered key sk-…cdef; the other settings are kept.'});
	const empty = settingsFolder();
	const none = await runCli(['config', '--forget-key', '--json'], empty.env);
	assert.deepEqual(JSON.parse(none.stdout), {path: empty.file, ok: true, forgotten: false, message: 'No key is remembered: nothing to forget.'});
	assert.deepEqual(readdirSync(empty.dir), [], 'no file made to forget nothing in');
	assertNoKey([run, none]);
});

test('config --forget-key with --path or --reset: the conflicting-flags error, exit 2, the file untouched', async () => {
	const {env, file} = settingsFolder(JSON.stringify(remembered));
	for (const line of [['config', '--forget-key', '--path'], ['config', '--reset', '--forget-key'], ['config', '--forget-key', '--reset', '--json']]) {
		const run = await runCli(line, env);
		assert.equal(run.code, 2, line.join(' '));
		assert.equal(run.stdout, '');
		assert.equal(run.stderr, 'deepseek-fix: --path, --reset and --forget-key cannot be used together: use one of them. For usage, run deepseek-fix config --help\n');
	}
	assert.equal(readFileSync(file, 'utf8'), JSON.stringify(remembered));
});

test('a damaged settings file: moved aside as any run does, nothing lost, exit 2 saying a key in it is in that copy', async () => {
	const damaged = `{"schemaVersion": 1, "apiKey": "${key}", `;
	const {env, dir} = settingsFolder(damaged);
	const run = await runCli(['config', '--forget-key'], env);
	assert.equal(run.code, 2);
	assert.equal(run.stdout, '');
	const [aside, ...others] = readdirSync(dir);
	assert.ok(aside?.startsWith('config.json.corrupt-') && others.length === 0, `only the copy: ${readdirSync(dir).join(', ')}`);
	assert.equal(readFileSync(path.join(dir, aside ?? ''), 'utf8'), damaged, 'moved, not changed');
	assert.match(run.stderr, /was moved to .*config\.json\.corrupt-.*\nNo key was forgotten: a key that file held is in the copy now\. Delete the copy once you have copied back what you need\.\n$/s);
	const json = await runCli(['config', '--forget-key', '--json'], settingsFolder(damaged).env);
	assert.equal(json.code, 2);
	assert.deepEqual((({ok, forgotten}) => ({ok, forgotten}))(JSON.parse(json.stdout) as {ok: boolean; forgotten: boolean}), {ok: false, forgotten: false});
	assertNoKey([run, json]);
});

test('a settings file that cannot be read (a folder in its place): a sentence, exit 2, nothing changed', async () => {
	const {env, file} = settingsFolder();
	mkdirSync(file);
	const run = await runCli(['config', '--forget-key'], env);
	assert.equal(run.code, 2);
	assert.equal(run.stdout, '');
	assert.match(run.stderr, /could not be read \(EISDIR\).*\nNo key was forgotten: the settings file is as it was\.\n$/s);
	assert.ok(statSync(file).isDirectory());
});

test('a folder the settings cannot be written in (not as root): exit 2, the key still remembered, never shown whole', {skip: process.platform === 'win32' || process.getuid?.() === 0}, async () => {
	const {env, dir, file} = settingsFolder(JSON.stringify(remembered));
	chmodSync(dir, 0o500);
	try {
		const run = await runCli(['config', '--forget-key'], {...env, DEEPSEEK_API_KEY: key});
		assert.equal(run.code, 2);
		assert.match(run.stderr, /\nNo key was forgotten: the settings file is as it was\.\n$/);
		assert.equal(readFileSync(file, 'utf8'), JSON.stringify(remembered));
		assertNoKey([run]);
	} finally {
		chmodSync(dir, 0o700);
	}
});
