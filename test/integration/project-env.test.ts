// The built CLI in a folder whose .env holds the key, as a program there would load it
// (dotenv), against the fake DeepSeek: the key is found there and sent, a different key
// in DEEPSEEK_API_KEY wins and is a warning, and neither key is ever printed whole.
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {fakeKey} from '../fake/server.js';
import {runCli} from '../helpers/run-cli.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const fake = useFake();
const project = mkdtempSync(path.join(tmpdir(), 'dsfix-project-'));
after(() => rmSync(project, {recursive: true, force: true}));
const otherKey = 'sk-' + 'aaaabbbbccccdddd'.repeat(2);

type Json = {verdict: string; summary: string; checks: Array<{id: string; status: string; summary: string; details: Record<string, unknown>}>};
const checkOf = (json: Json, id: string) => json.checks.find(item => item.id === id);

test('no DEEPSEEK_API_KEY in the shell, the key in ./.env: check finds it there and sends it (the server echoes its last four)', async () => {
	writeFileSync(path.join(project, '.env'), `# my app\nexport DEEPSEEK_API_KEY="${otherKey}"\n`);
	fake().setScenario('invalid_key');
	const run = await runCli(['check', '--json'], fakeEnv(fake(), 'invalid_key', {DEEPSEEK_API_KEY: undefined}), {cwd: project});
	const json = JSON.parse(run.stdout) as Json;
	assert.equal(checkOf(json, 'key_present')?.details['source'], 'dotenv');
	assert.equal(checkOf(json, 'auth')?.details['sentLastFour'], 'dddd', 'the .env key is the one sent');
	assert.equal(json.verdict, 'invalid_key');
	assert.ok(!run.stdout.includes(otherKey) && !run.stderr.includes(otherKey), 'the key never whole');
	// The plain text says where the key came from.
	const text = await runCli(['check'], fakeEnv(fake(), 'invalid_key', {DEEPSEEK_API_KEY: undefined}), {cwd: project});
	assert.match(text.stdout.replace(/\s+/g, ' '), /Found in DEEPSEEK_API_KEY in this folder's \.env \(/);
});

test('a no-break or full-width space around the key in ./.env: the white space a dotenv loader leaves out (not a key no program can send, as it is in the variable)', async () => {
	fake().setScenario('ok');
	for (const around of ['\u00a0', '\u3000']) {
		writeFileSync(path.join(project, '.env'), `DEEPSEEK_API_KEY=${fakeKey}${around}\n`);
		const run = await runCli(['check', '--json'], fakeEnv(fake(), 'ok', {DEEPSEEK_API_KEY: undefined}), {cwd: project});
		const json = JSON.parse(run.stdout) as Json;
		assert.equal(checkOf(json, 'key_present')?.details['source'], 'dotenv');
		assert.equal(checkOf(json, 'key_format')?.details['shape'], 'whitespace', JSON.stringify(around));
		assert.equal(json.verdict, 'ok', json.summary);
		assert.equal(run.code, 0);
		// The same characters in the variable: no program sends such a key.
		const inVariable = await runCli(['check', '--json'], fakeEnv(fake(), 'ok', {DEEPSEEK_API_KEY: `${fakeKey}${around}`}), {cwd: project});
		assert.equal((JSON.parse(inVariable.stdout) as Json).verdict, 'invalid_key', JSON.stringify(around));
	}
});

test('DEEPSEEK_API_KEY set and ./.env holding another key: the variable\'s key is sent (as dotenv leaves it), and key_present warns with both masked', async () => {
	writeFileSync(path.join(project, '.env'), `DEEPSEEK_API_KEY=${otherKey}\n`);
	fake().setScenario('ok');
	const run = await runCli(['check', '--json'], fakeEnv(fake(), 'ok'), {cwd: project});
	assert.equal(run.code, 0, run.stderr);
	const json = JSON.parse(run.stdout) as Json;
	const present = checkOf(json, 'key_present');
	assert.equal(present?.status, 'warn');
	assert.deepEqual(present?.details, {source: 'env', projectEnvKey: 'sk-…dddd', dotenvFile: '.env'});
	assert.equal(json.verdict, 'ok');
	assert.match(json.summary, /this folder's \.env sets another key \(sk-…dddd\)/, 'the ok summary names the warning');
	for (const key of [fakeKey, otherKey]) assert.ok(!run.stdout.includes(key) && !run.stderr.includes(key), 'neither key whole');
});

test('no DEEPSEEK_BASE_URL in the shell, one in ./.env: check calls that service (a program there would), and says so in the wizard\'s words', async () => {
	fake().setScenario('ok');
	const env = fakeEnv(fake(), 'ok');
	writeFileSync(path.join(project, '.env'), `DEEPSEEK_BASE_URL=${env['DEEPSEEK_BASE_URL']}\nOPENAI_BASE_URL=https://openrouter.ai/api/v1\n`);
	const run = await runCli(['check', '--json'], {...env, DEEPSEEK_BASE_URL: undefined}, {cwd: project});
	const json = JSON.parse(run.stdout) as Json & {baseUrl: string};
	assert.equal(json.baseUrl, fake().baseUrl, 'the .env base URL is the one checked');
	assert.equal(checkOf(json, 'auth')?.status, 'pass');
	const endpoint = checkOf(json, 'endpoint');
	assert.equal(endpoint?.status, 'warn');
	assert.match(endpoint?.summary ?? '', /But OPENAI_BASE_URL in this folder's \.env sends some tools to OpenRouter\./);
	const elsewhere = (endpoint?.details['elsewhere'] ?? []) as Array<{name: string; source?: string}>;
	assert.deepEqual(elsewhere.map(({name, source}) => ({name, source})), [{name: 'OPENAI_BASE_URL', source: 'dotenv'}]);
});

test('no DeepSeek key, a relay\'s token and address in ./.env\'s OPENAI_API_KEY and OPENAI_BASE_URL: check and balance offer that token where it is sent, naming the file', async () => {
	const token = 'sk-' + 'RelayToken'.repeat(4);
	writeFileSync(path.join(project, '.env'), `OPENAI_API_KEY=${token}\nOPENAI_BASE_URL=https://relay.example.cn/v1\n`);
	fake().setScenario('ok');
	for (const command of ['check', 'balance']) {
		const run = await runCli([command, '--json'], fakeEnv(fake(), 'ok', {DEEPSEEK_API_KEY: undefined}), {cwd: project});
		const json = JSON.parse(run.stdout) as Json & {fixes: Array<{id: string; title: string}>};
		assert.deepEqual(checkOf(json, 'key_present')?.details['keysSentElsewhere'], [{name: 'OPENAI_API_KEY', masked: 'sk-…oken', baseUrlVariable: 'OPENAI_BASE_URL', url: 'https://relay.example.cn/v1', dotenvFile: '.env', baseDotenvFile: '.env'}], command);
		assert.equal(json.verdict, 'no_key');
		assert.deepEqual(json.fixes.map(fix => fix.id), ['set_key', 'create_key']);
		assert.match(json.fixes[0]?.title ?? '', /^The key in OPENAI_API_KEY in this folder's \.env \(sk-…oken\) is sent to https:\/\/relay\.example\.cn\/v1, where OPENAI_BASE_URL in this folder's \.env points/);
		assert.ok(!run.stdout.includes(token) && !run.stderr.includes(token), 'the token never whole');
	}
});

test('.env.local, as Next.js and Vite load it: its key is found and sent, over the .env one, and named as from .env.local', async () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'dsfix-next-'));
	try {
		writeFileSync(path.join(folder, '.env'), `DEEPSEEK_API_KEY=${otherKey}\n`);
		writeFileSync(path.join(folder, '.env.local'), `DEEPSEEK_API_KEY=${fakeKey}\n`);
		fake().setScenario('ok');
		const run = await runCli(['check', '--json'], fakeEnv(fake(), 'ok', {DEEPSEEK_API_KEY: undefined}), {cwd: folder});
		const json = JSON.parse(run.stdout) as Json;
		assert.deepEqual(checkOf(json, 'key_present')?.details, {source: 'dotenv', dotenvFile: '.env.local'});
		assert.match(checkOf(json, 'key_present')?.summary ?? '', /in this folder's \.env\.local \(this shell does not set it; programs here that load \.env\.local send it\)/);
		assert.equal(checkOf(json, 'auth')?.status, 'pass', "the fake accepts only its own key: .env.local's was sent");
		// The environment over both, and the warning names the file that holds the other key.
		writeFileSync(path.join(folder, '.env.local'), `DEEPSEEK_API_KEY=${otherKey}\n`);
		const withVariable = JSON.parse((await runCli(['check', '--json'], fakeEnv(fake(), 'ok'), {cwd: folder})).stdout) as Json;
		assert.deepEqual(checkOf(withVariable, 'key_present')?.details, {source: 'env', projectEnvKey: 'sk-…dddd', dotenvFile: '.env.local'});
		assert.match(checkOf(withVariable, 'key_present')?.summary ?? '', /but this folder's \.env\.local sets another key \(sk-…dddd\)/);
		assert.equal(checkOf(withVariable, 'auth')?.status, 'pass');
		for (const key of [fakeKey, otherKey]) assert.ok(!run.stdout.includes(key) && !JSON.stringify(withVariable).includes(key), 'no key whole');
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
});

test('run from a subfolder of a repository: the key in ../.env is found (python-dotenv\'s find_dotenv loads it) and named so; not above the repository, nor above HOME', async () => {
	const root = mkdtempSync(path.join(tmpdir(), 'dsfix-walk-'));
	try {
		const repo = path.join(root, 'repo');
		const src = path.join(repo, 'src');
		mkdirSync(path.join(repo, '.git'), {recursive: true});
		mkdirSync(src);
		writeFileSync(path.join(repo, '.env'), `DEEPSEEK_API_KEY=${fakeKey}\n`);
		fake().setScenario('ok');
		const env = fakeEnv(fake(), 'ok', {DEEPSEEK_API_KEY: undefined, HOME: root});
		const json = JSON.parse((await runCli(['check', '--json'], env, {cwd: src})).stdout) as Json;
		assert.deepEqual(checkOf(json, 'key_present')?.details, {source: 'dotenv', dotenvFile: path.join('..', '.env')});
		assert.equal(checkOf(json, 'auth')?.status, 'pass');
		const text = await runCli(['check'], env, {cwd: src});
		assert.match(text.stdout.replace(/\s+/g, ' '), /Found in DEEPSEEK_API_KEY in \.\.\/\.env \(this shell does not set it; programs here that load \.\.\/\.env send it\)/);
		// The same file above the repository's root: another project's.
		rmSync(path.join(repo, '.env'));
		writeFileSync(path.join(root, '.env'), `DEEPSEEK_API_KEY=${fakeKey}\n`);
		const above = JSON.parse((await runCli(['check', '--json'], env, {cwd: src})).stdout) as Json;
		assert.equal(checkOf(above, 'key_present')?.details['source'], 'none', 'not above the repository root');
		// No repository: up to HOME, never above it.
		rmSync(path.join(repo, '.git'), {recursive: true});
		const aboveHome = JSON.parse((await runCli(['check', '--json'], {...env, HOME: repo}, {cwd: src})).stdout) as Json;
		assert.equal(checkOf(aboveHome, 'key_present')?.details['source'], 'none', 'not above HOME');
		const belowHome = JSON.parse((await runCli(['check', '--json'], env, {cwd: src})).stdout) as Json;
		assert.deepEqual(checkOf(belowHome, 'key_present')?.details, {source: 'dotenv', dotenvFile: path.join('..', '..', '.env')}, "HOME's own .env, as python-dotenv would load it");
	} finally {
		rmSync(root, {recursive: true, force: true});
	}
});

test('a key in ./.env with a character no request carries (a zero-width space, on its third line): the key format row says so and names the line, in both languages', async () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'dsfix-damaged-'));
	try {
		writeFileSync(path.join(folder, '.env'), `# my app\r\nOTHER=1\r\nDEEPSEEK_API_KEY=${otherKey.slice(0, 10)}\u200B${otherKey.slice(10)}\r\n`);
		const run = await runCli(['check', '--json'], fakeEnv(fake(), 'ok', {DEEPSEEK_API_KEY: undefined}), {cwd: folder});
		const json = JSON.parse(run.stdout) as Json;
		assert.equal(json.verdict, 'invalid_key');
		assert.match(checkOf(json, 'key_format')?.summary ?? '', /\(U\+200B: .* It is set on line 3 of this folder's \.env\.$/);
		assert.equal(checkOf(json, 'key_format')?.details['dotenvLine'], 3);
		assert.equal(checkOf(json, 'key_format')?.details['dotenvFile'], '.env');
		const zh = await runCli(['check'], fakeEnv(fake(), 'ok', {DEEPSEEK_API_KEY: undefined, DEEPSEEK_FIX_LANG: 'zh-CN', COLUMNS: '1000'}), {cwd: folder});
		assert.match(zh.stdout, /它设置在这个文件夹的 \.env 的第 3 行。/);
		assert.ok(!run.stdout.includes('aaaabbbb') && !zh.stdout.includes('aaaabbbb'), 'nothing of the key');
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
});

test('./.env saved as UTF-16 in Notepad: no loader reads it, so no key; check says which file and that it must be saved as UTF-8, the key never read', async () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'dsfix-utf16-'));
	try {
		writeFileSync(path.join(folder, '.env'), Buffer.from(`\uFEFFDEEPSEEK_API_KEY=${otherKey}\r\n`, 'utf16le'));
		const run = await runCli(['check', '--json'], fakeEnv(fake(), 'ok', {DEEPSEEK_API_KEY: undefined}), {cwd: folder});
		assert.equal(run.code, 1, run.stderr);
		const json = JSON.parse(run.stdout) as Json & {fixes: Array<{id: string; title: string}>};
		assert.equal(json.verdict, 'no_key');
		assert.deepEqual(checkOf(json, 'key_present')?.details['dotenvUtf16'], {file: '.env', encoding: 'UTF-16LE'});
		assert.match(json.summary, /this folder's \.env sets DEEPSEEK_API_KEY, but it is saved as UTF-16LE .*Save it as UTF-8\./);
		assert.deepEqual(json.fixes.map(fix => [fix.id, fix.title]), [['set_key', 'Save this folder\'s .env as UTF-8 (Notepad: File › Save as, Encoding: UTF-8), then run deepseek-fix again']]);
		assert.ok(!run.stdout.includes('aaaabbbb') && !run.stderr.includes('aaaabbbb'), 'nothing of the key');
		// The same file without DEEPSEEK_API_KEY in it is nothing to say.
		writeFileSync(path.join(folder, '.env'), Buffer.from('\uFEFFOTHER=1\r\n', 'utf16le'));
		const other = JSON.parse((await runCli(['check', '--json'], fakeEnv(fake(), 'ok', {DEEPSEEK_API_KEY: undefined}), {cwd: folder})).stdout) as Json;
		assert.equal(checkOf(other, 'key_present')?.details['dotenvUtf16'], undefined);
		assert.equal(checkOf(other, 'key_present')?.summary, 'No API key found: set DEEPSEEK_API_KEY or paste one in the wizard.');
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
});

test('./.env whose key line has a full-width ＝ (a Chinese input method\'s full-width mode): no loader reads that line, so no key; check names the file and line and says to type it half-width, in both languages, the key never read', async () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'dsfix-fullwidth-'));
	try {
		writeFileSync(path.join(folder, '.env'), `OPENAI_MODEL=deepseek-chat\nexport DEEPSEEK_API_KEY ＝ ${otherKey}\n`);
		const env = fakeEnv(fake(), 'ok', {DEEPSEEK_API_KEY: undefined});
		const run = await runCli(['check', '--json'], env, {cwd: folder});
		assert.equal(run.code, 1, run.stderr);
		const json = JSON.parse(run.stdout) as Json & {fixes: Array<{id: string; title: string}>};
		assert.equal(json.verdict, 'no_key');
		assert.deepEqual(checkOf(json, 'key_present')?.details['dotenvFullWidthEquals'], {file: '.env', line: 2});
		assert.match(json.summary, /^No key: line 2 of this folder's \.env sets DEEPSEEK_API_KEY with a full-width ＝ .*Type that ＝ again as = in half-width mode \(Shift\+Space\)\.$/);
		assert.deepEqual(json.fixes.map(fix => fix.id), ['set_key']);
		assert.match(json.fixes[0]?.title ?? '', /^On line 2 of this folder's \.env, replace the full-width ＝ after DEEPSEEK_API_KEY with = \(type it in half-width mode/);
		const zh = await runCli(['check'], {...env, DEEPSEEK_FIX_LANG: 'zh-CN', COLUMNS: '1000'}, {cwd: folder});
		assert.match(zh.stdout, /没有 key：这个文件夹的 \.env 第 2 行用全角“＝”设置 DEEPSEEK_API_KEY/);
		assert.ok(![run.stdout, run.stderr, zh.stdout].some(text => text.includes('aaaabbbb')), 'nothing of the key');
		// A line that sets the key with = is read as ever, whatever a line with ＝ says; so is a file without the key.
		writeFileSync(path.join(folder, '.env'), `DEEPSEEK_API_KEY＝${otherKey}\nDEEPSEEK_API_KEY=${otherKey}\n`);
		const both = JSON.parse((await runCli(['check', '--json'], env, {cwd: folder})).stdout) as Json;
		assert.equal(checkOf(both, 'key_present')?.status, 'pass');
		writeFileSync(path.join(folder, '.env'), 'OTHER＝1\n');
		const other = JSON.parse((await runCli(['check', '--json'], env, {cwd: folder})).stdout) as Json;
		assert.equal(checkOf(other, 'key_present')?.summary, 'No API key found: set DEEPSEEK_API_KEY or paste one in the wizard.');
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
});
