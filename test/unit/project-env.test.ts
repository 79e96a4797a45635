// The key a program in this folder may load from its .env: read as dotenv reads it, used
// after DEEPSEEK_API_KEY and before the remembered key, and a different one is a warning.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {buildContext, resolveBaseUrlWithSource, resolveKey, usableBaseUrl, type ContextOptions} from '../../source/context.js';
import {baseUrlsElsewhere} from '../../source/checks/endpoint.js';
import {keyPresent} from '../../source/checks/key-present.js';
import {dotenvFolders, mergeProjectEnvs, noProjectEnv, projectEnvFrom, readProjectEnv, utf16Encoding} from '../../source/project-env.js';

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
	// Windows: a byte-order mark first, CRLF line ends.
	assert.equal(projectEnvFrom(`\uFEFFDEEPSEEK_API_KEY=${fileKey}\r\nOTHER=1\r\n`).key, fileKey);
	assert.equal(projectEnvFrom(`OPENAI_API_KEY=${fileKey}\n`).key, undefined, 'only DEEPSEEK_API_KEY');
	assert.equal(projectEnvFrom('DEEPSEEK_API_KEY=\n').key, undefined);
	assert.equal(projectEnvFrom('DEEPSEEK_API_KEY="   "\n').key, undefined);
	assert.equal(projectEnvFrom('').key, undefined);
	assert.equal(projectEnvFrom('this is not an env file at all {"json": true}').key, undefined);
	assert.deepEqual(projectEnvFrom('OPENAI_API_KEY=sk-abc\nANTHROPIC_AUTH_TOKEN=\n').otherKeys, {OPENAI_API_KEY: 'sk-abc'});
	// The base-URL variables too, nothing else.
	assert.deepEqual(projectEnvFrom('DEEPSEEK_BASE_URL=https://relay.example/v1\nOPENAI_BASE_URL=" https://api.openai.com/v1 "\nANTHROPIC_BASE_URL=\nHTTPS_PROXY=http://proxy:8080\n').baseUrls, {
		DEEPSEEK_BASE_URL: 'https://relay.example/v1',
		OPENAI_BASE_URL: 'https://api.openai.com/v1',
	});
});

test('readProjectEnv: the .env of the folder, only a regular file; none, a folder, a FIFO or a binary file is nothing (and nothing blocks)', () => {
	inFolder(folder => {
		assert.equal(readProjectEnv(folder, {}).key, undefined, 'no .env');
		writeFileSync(path.join(folder, '.env'), `DEEPSEEK_API_KEY=${fileKey}\n`);
		assert.equal(readProjectEnv(folder, {}).key, fileKey);
		// A symlinked .env (a shared one) is read like the program reads it.
		const other = path.join(folder, 'sub');
		mkdirSync(other);
		symlinkSync(path.join(folder, '.env'), path.join(other, '.env'));
		assert.equal(readProjectEnv(other, {}).key, fileKey);
	});
	inFolder(folder => {
		mkdirSync(path.join(folder, '.env'));
		assert.equal(readProjectEnv(folder, {}).key, undefined, 'a folder named .env');
	});
	inFolder(folder => {
		writeFileSync(path.join(folder, '.env'), Buffer.concat([Buffer.from(`DEEPSEEK_API_KEY=${fileKey}\n`), Buffer.from([0, 1, 2])]));
		assert.equal(readProjectEnv(folder, {}).key, undefined, 'a binary file');
	});
	inFolder(folder => {
		execFileSync('mkfifo', [path.join(folder, '.env')]);
		assert.equal(readProjectEnv(folder, {}).key, undefined, 'a FIFO is never waited on');
	});
});

test('the line that sets the key, as an editor numbers it: CRLF, a byte-order mark, export, spaces; the last of two (dotenv keeps the last); the kept file\'s', () => {
	assert.equal(projectEnvFrom(`\uFEFFDEEPSEEK_API_KEY=${fileKey}\r\n`).keyLine, 1);
	assert.equal(projectEnvFrom(`# mine\r\nOTHER=1\r\n  export DEEPSEEK_API_KEY = "${fileKey}" # here\r\n`).keyLine, 3);
	assert.equal(projectEnvFrom(`DEEPSEEK_API_KEY=${envKey}\nX=1\nDEEPSEEK_API_KEY=${fileKey}\n`).keyLine, 3);
	assert.equal(projectEnvFrom(`# DEEPSEEK_API_KEY=${envKey}\nDEEPSEEK_API_KEY_OLD=1\nDEEPSEEK_API_KEY=${fileKey}\n`).keyLine, 3);
	assert.equal(projectEnvFrom('DEEPSEEK_API_KEY=\n').keyLine, undefined, 'no key, no line');
	const merged = mergeProjectEnvs([projectEnvFrom('OTHER=1\n', '.env.local'), projectEnvFrom(`\n\nDEEPSEEK_API_KEY=${fileKey}\n`, '.env')]);
	assert.equal(merged.keyLine, 3, 'the line in .env, whose key is kept');
	assert.equal(mergeProjectEnvs([projectEnvFrom(`DEEPSEEK_API_KEY=${fileKey}\n`, '.env.local'), projectEnvFrom(`\n\nDEEPSEEK_API_KEY=${envKey}\n`, '.env')]).keyLine, 1);
});

test('a .env saved as UTF-16 (Notepad\'s "Unicode"), with or without a byte-order mark, either byte order: no key (no loader reads it), the file named where it sets one', () => {
	const line = `DEEPSEEK_API_KEY=${fileKey}\r\n`;
	const little = (text: string) => Buffer.from(text, 'utf16le');
	const big = (text: string) => little(text).swap16();
	assert.equal(utf16Encoding(little(`\uFEFF${line}`)), 'UTF-16LE');
	assert.equal(utf16Encoding(little(line)), 'UTF-16LE');
	assert.equal(utf16Encoding(big(`\uFEFF${line}`)), 'UTF-16BE');
	assert.equal(utf16Encoding(big(line)), 'UTF-16BE');
	assert.equal(utf16Encoding(Buffer.from(`\uFEFF${line}`)), undefined, 'UTF-8 with its byte-order mark');
	assert.equal(utf16Encoding(Buffer.from(line)), undefined);
	for (const [bytes, encoding] of [[little(`\uFEFF${line}`), 'UTF-16LE'], [big(`\uFEFF${line}`), 'UTF-16BE'], [little(`# mine\r\nexport ${line}`).subarray(0, -1), 'UTF-16LE']] as const) {
		inFolder(folder => {
			writeFileSync(path.join(folder, '.env'), bytes);
			const read = readProjectEnv(folder, {});
			assert.equal(read.key, undefined, encoding);
			assert.deepEqual(read.utf16, {file: '.env', encoding});
		});
	}
	inFolder(folder => {
		writeFileSync(path.join(folder, '.env'), little('\uFEFFOPENAI_API_KEY=sk-abc\r\n'));
		assert.equal(readProjectEnv(folder, {}).utf16, undefined, 'no DEEPSEEK_API_KEY in it: nothing to say');
	});
});

test('.env.local over .env, variable by variable, as Next.js and Vite load them; each value names its file', () => {
	const merged = mergeProjectEnvs([
		projectEnvFrom(`DEEPSEEK_API_KEY=${fileKey}\n`, '.env.local'),
		projectEnvFrom(`DEEPSEEK_API_KEY=${envKey}\nDEEPSEEK_BASE_URL=https://relay.example/v1\n`, '.env'),
	]);
	assert.equal(merged.key, fileKey);
	assert.deepEqual(merged.baseUrls, {DEEPSEEK_BASE_URL: 'https://relay.example/v1'}, "what only .env sets still comes through");
	assert.deepEqual(merged.from, {DEEPSEEK_API_KEY: '.env.local', DEEPSEEK_BASE_URL: '.env'});
	inFolder(folder => {
		writeFileSync(path.join(folder, '.env'), `DEEPSEEK_API_KEY=${envKey}\n`);
		writeFileSync(path.join(folder, '.env.local'), `DEEPSEEK_API_KEY=${fileKey}\n`);
		assert.deepEqual(readProjectEnv(folder, {}), {key: fileKey, keyLine: 1, baseUrls: {}, otherKeys: {}, from: {DEEPSEEK_API_KEY: '.env.local'}});
		// Blank in .env.local is no key: .env's comes through.
		writeFileSync(path.join(folder, '.env.local'), 'DEEPSEEK_API_KEY=\n');
		assert.deepEqual(readProjectEnv(folder, {}).from, {DEEPSEEK_API_KEY: '.env'});
	});
});

test('dotenvFolders: the folders up to the repository root or the home folder, both included; neither above: only this one', () => {
	const root = path.resolve('/work-sample');
	const at = (...parts: string[]) => path.join(root, ...parts);
	const repoAt = (folder: string) => (candidate: string) => candidate === folder;
	const none = () => false;
	assert.deepEqual(dotenvFolders(at('home', 'me', 'app', 'src'), at('home', 'me'), none), [at('home', 'me', 'app', 'src'), at('home', 'me', 'app'), at('home', 'me')]);
	assert.deepEqual(dotenvFolders(at('home', 'me', 'app', 'src'), at('home', 'me'), repoAt(at('home', 'me', 'app'))), [at('home', 'me', 'app', 'src'), at('home', 'me', 'app')], 'the repository root first');
	assert.deepEqual(dotenvFolders(at('home', 'me', 'app'), at('home', 'me'), repoAt(at('home', 'me', 'app'))), [at('home', 'me', 'app')], 'run at the root: no walk');
	assert.deepEqual(dotenvFolders(at('home', 'me'), at('home', 'me'), none), [at('home', 'me')], 'run in the home folder: no walk');
	assert.deepEqual(dotenvFolders(at('srv', 'app', 'src'), at('home', 'me'), none), [at('srv', 'app', 'src')], 'outside the home folder and any repository: this folder only, never the whole disk');
	assert.deepEqual(dotenvFolders(at('srv', 'app', 'src'), undefined, repoAt(at('srv', 'app'))), [at('srv', 'app', 'src'), at('srv', 'app')]);
});

test('readProjectEnv walks up to the nearest .env (python-dotenv\'s find_dotenv), no further than the repository root or the home folder', () => {
	inFolder(home => {
		const app = path.join(home, 'app');
		const src = path.join(app, 'src', 'jobs');
		mkdirSync(src, {recursive: true});
		mkdirSync(path.join(app, '.git'));
		writeFileSync(path.join(app, '.env'), `DEEPSEEK_API_KEY=${fileKey}\n`);
		const found = readProjectEnv(src, {HOME: home});
		assert.equal(found.key, fileKey);
		assert.deepEqual(found.from, {DEEPSEEK_API_KEY: path.join('..', '..', '.env')});
		// Next.js and Vite read .env.local in their own folder only: none is looked for above.
		writeFileSync(path.join(app, '.env.local'), `DEEPSEEK_API_KEY=${envKey}\n`);
		assert.equal(readProjectEnv(src, {HOME: home}).key, fileKey, 'no .env.local from above');
		rmSync(path.join(app, '.env.local'));
		// This folder's .env.local still wins (a Node program here loads it); its own .env, even empty, ends the walk.
		writeFileSync(path.join(src, '.env.local'), `DEEPSEEK_API_KEY=${envKey}\n`);
		assert.deepEqual(readProjectEnv(src, {HOME: home}).from, {DEEPSEEK_API_KEY: '.env.local'});
		rmSync(path.join(src, '.env.local'));
		writeFileSync(path.join(src, '.env'), '# nothing here\n');
		assert.equal(readProjectEnv(src, {HOME: home}).key, undefined, "the nearest .env is the one loaded");
		rmSync(path.join(src, '.env'));
		// Above the repository's root: another project's file.
		rmSync(path.join(app, '.env'));
		writeFileSync(path.join(home, '.env'), `DEEPSEEK_API_KEY=${fileKey}\n`);
		assert.equal(readProjectEnv(src, {HOME: home}).key, undefined, 'not above the repository root');
		// No repository: up to the home folder, its own .env included, nothing above it.
		rmSync(path.join(app, '.git'), {recursive: true});
		assert.deepEqual(readProjectEnv(src, {HOME: home}).from, {DEEPSEEK_API_KEY: path.join('..', '..', '..', '.env')});
		assert.equal(readProjectEnv(src, {HOME: app}).key, undefined, 'not above the home folder');
	});
});

function options(extra: Partial<ContextOptions> = {}): ContextOptions {
	return {env: {}, flags: {}, settings: {schemaVersion: 1, balanceHistory: []}, signal: new AbortController().signal, cwd: '/tmp/project', ...extra};
}

test('the key\'s precedence: DEEPSEEK_API_KEY, then the folder\'s .env, then the remembered key; a pasted key beats them all', () => {
	const projectEnv = {...noProjectEnv, key: fileKey, baseUrls: {}};
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
	const fromFile = await present({projectEnv: {...noProjectEnv, key: fileKey, baseUrls: {}}});
	assert.deepEqual(fromFile, {
		status: 'pass',
		summary: "Found in DEEPSEEK_API_KEY in this folder's .env (this shell does not set it; programs here that load .env send it).",
		details: {source: 'dotenv', dotenvFile: '.env'},
	});
	// The file that set it is named: this folder's .env.local, or ../.env above it.
	const local = await present({projectEnv: projectEnvFrom(`DEEPSEEK_API_KEY=${fileKey}\n`, '.env.local')});
	assert.match(local.summary, /in this folder's \.env\.local \(this shell does not set it; programs here that load \.env\.local send it\)/);
	assert.deepEqual(local.details, {source: 'dotenv', dotenvFile: '.env.local'});
	const above = await present({env: {DEEPSEEK_API_KEY: envKey}, projectEnv: projectEnvFrom(`DEEPSEEK_API_KEY=${fileKey}\n`, path.join('..', '.env'))});
	assert.match(above.summary, /but \.\.[/\\]\.env sets another key \(sk-…dddd\)/);
	const differ = await present({env: {DEEPSEEK_API_KEY: envKey}, projectEnv: {...noProjectEnv, key: fileKey, baseUrls: {}}});
	assert.equal(differ.status, 'warn');
	assert.match(differ.summary, /^Found in DEEPSEEK_API_KEY \(sk-…4444\), but this folder's \.env sets another key \(sk-…dddd\)\. dotenv and python-dotenv leave a variable that is already set alone, so a program started from this shell sends sk-…4444/);
	assert.deepEqual(differ.details, {source: 'env', projectEnvKey: 'sk-…dddd', dotenvFile: '.env'});
	assert.doesNotMatch(JSON.stringify(differ), new RegExp(`${envKey}|${fileKey}`), 'neither key whole');
	// The same key in both (spaces around it do not count), or none in the file: nothing to warn about.
	assert.equal((await present({env: {DEEPSEEK_API_KEY: envKey}, projectEnv: {...noProjectEnv, key: ` ${envKey}\n`, baseUrls: {}}})).status, 'pass');
	assert.equal((await present({env: {DEEPSEEK_API_KEY: envKey}})).status, 'pass');
});

test('the base URL\'s precedence: --base-url, DEEPSEEK_BASE_URL, then the folder\'s .env, then the remembered one; a bad one in .env is named as that', () => {
	const projectEnv = {...noProjectEnv, key: undefined, baseUrls: {DEEPSEEK_BASE_URL: 'https://relay.example/v1'}};
	const remembered = {schemaVersion: 1 as const, balanceHistory: [], baseUrl: 'https://remembered.example'};
	assert.deepEqual(resolveBaseUrlWithSource(options({flags: {baseUrl: 'https://flag.example'}, env: {DEEPSEEK_BASE_URL: 'https://env.example'}, projectEnv})), {value: 'https://flag.example', source: 'flag'});
	assert.deepEqual(resolveBaseUrlWithSource(options({env: {DEEPSEEK_BASE_URL: 'https://env.example'}, projectEnv, settings: remembered})), {value: 'https://env.example', source: 'env'});
	assert.deepEqual(resolveBaseUrlWithSource(options({env: {DEEPSEEK_BASE_URL: ''}, projectEnv, settings: remembered})), {value: 'https://relay.example/v1', source: 'dotenv'});
	assert.deepEqual(resolveBaseUrlWithSource(options({settings: remembered})), {value: 'https://remembered.example', source: 'remembered'});
	const bad = usableBaseUrl(options({projectEnv: {...noProjectEnv, key: undefined, baseUrls: {DEEPSEEK_BASE_URL: 'api.deepseek.com'}}}));
	assert.equal(bad.ok, false);
	assert.match(bad.ok ? '' : bad.message, /^deepseek-fix: the base URL in DEEPSEEK_BASE_URL in this folder's \.env cannot be used\./);
	const badAbove = usableBaseUrl(options({projectEnv: projectEnvFrom('DEEPSEEK_BASE_URL=api.deepseek.com\n', path.join('..', '.env'))}));
	assert.match(badAbove.ok ? '' : badAbove.message, /^deepseek-fix: the base URL in DEEPSEEK_BASE_URL in \.\.[/\\]\.env cannot be used\./, 'the file that set it');
});

test('base-URL variables set only in the .env are compared as the environment\'s are, marked as from .env; the environment\'s own value wins', () => {
	const projectEnv = {...noProjectEnv, key: undefined, baseUrls: {OPENAI_BASE_URL: 'https://openrouter.ai/api/v1', ANTHROPIC_BASE_URL: 'https://api.anthropic.com'}};
	const found = baseUrlsElsewhere('https://api.deepseek.com', {ANTHROPIC_BASE_URL: 'https://api.deepseek.com/anthropic'}, projectEnv);
	assert.deepEqual(found.map(({name, url, source}) => ({name, url, source})), [{name: 'OPENAI_BASE_URL', url: 'https://openrouter.ai/api', source: 'dotenv'}]);
	const fromLocal = baseUrlsElsewhere('https://api.deepseek.com', {}, projectEnvFrom('OPENAI_BASE_URL=https://openrouter.ai/api/v1\n', '.env.local'));
	assert.equal(fromLocal[0]?.dotenvFile, '.env.local');
});

test('no key found, but another tool\'s variable holds a DeepSeek-shaped key: key_present names it (masked), never uses it; from the environment, else the .env', async () => {
	const deepSeekShaped = 'sk-' + '0123456789abcdef'.repeat(2);
	const missing = await present({env: {OPENAI_API_KEY: deepSeekShaped}});
	assert.equal(missing.status, 'fail');
	assert.equal(
		missing.summary,
		'No key in DEEPSEEK_API_KEY, but OPENAI_API_KEY holds a DeepSeek-shaped key (sk-…cdef), as the OpenAI SDK or Claude Code reads it: to check that key, set DEEPSEEK_API_KEY to it, or pick it in the wizard.',
	);
	assert.deepEqual(missing.details['elsewhere'], [{name: 'OPENAI_API_KEY', masked: 'sk-…cdef', inProjectEnv: false}]);
	assert.ok(!JSON.stringify(missing).includes(deepSeekShaped), 'never whole');
	const built = buildContext(options({env: {OPENAI_API_KEY: deepSeekShaped}}));
	assert.ok(built.ok && built.ctx.apiKey === undefined, 'never sent');
	// Claude Code's variable, in the folder's .env only.
	const inFile = await present({projectEnv: {...noProjectEnv, otherKeys: {ANTHROPIC_AUTH_TOKEN: deepSeekShaped}}});
	assert.match(inFile.summary, /^No key in DEEPSEEK_API_KEY, but ANTHROPIC_AUTH_TOKEN in this folder's \.env holds a DeepSeek-shaped key \(sk-…cdef\)/);
	// The wizard offers no row for a dotenv file's: pasting it is the way there.
	assert.match(inFile.summary, /or paste it in the wizard\.$/);
	const inLocal = await present({projectEnv: projectEnvFrom(`ANTHROPIC_AUTH_TOKEN=${deepSeekShaped}\n`, '.env.local')});
	assert.match(inLocal.summary, /but ANTHROPIC_AUTH_TOKEN in this folder's \.env\.local holds/);
	assert.deepEqual(inLocal.details['elsewhere'], [{name: 'ANTHROPIC_AUTH_TOKEN', masked: 'sk-…cdef', inProjectEnv: true, dotenvFile: '.env.local'}]);
	// Another vendor's key there is not named: it is not the one to check.
	assert.equal((await present({env: {OPENAI_API_KEY: 'sk-proj-' + 'a'.repeat(40), ANTHROPIC_API_KEY: 'sk-ant-api03-' + 'b'.repeat(40)}})).summary, 'No API key found: set DEEPSEEK_API_KEY or paste one in the wizard.');
});
