// The key and base URL Claude Code sends, from the `env` of its settings files: read safely
// (regular files, a size cap, anything odd is nothing), the project's files over the user's,
// named (masked) by key_present and endpoint, never used in place of the key in use.
import {test} from 'node:test';
import diagnosticsChannel from 'node:diagnostics_channel';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {claudeCodeEnvFrom, claudeCodeFound, claudeCodeManagedFile, claudeCodeSettingsFiles, mergeClaudeCodeEnvs, readClaudeCodeEnv} from '../../source/claude-code-env.js';
import {buildContext, deepSeekKeysElsewhere} from '../../source/context.js';
import {baseUrlsElsewhere, endpoint} from '../../source/checks/endpoint.js';
import {keyPresent} from '../../source/checks/key-present.js';
import {diagnose} from '../../source/diagnose.js';
import {setLanguage} from '../../source/messages/language.js';
import {testContext, testKey} from '../helpers/results.js';

const otherKey = 'sk-' + 'aaaabbbbccccdddd'.repeat(2);
const settings = (env: unknown) => JSON.stringify({env});

async function inFolders(run: (folders: {home: string; project: string}) => void | Promise<void>): Promise<void> {
	const root = mkdtempSync(path.join(tmpdir(), 'dsfix-claude-'));
	try {
		const home = path.join(root, 'home');
		const project = path.join(root, 'project');
		mkdirSync(path.join(home, '.claude'), {recursive: true});
		mkdirSync(path.join(project, '.claude'), {recursive: true});
		await run({home, project});
	} finally {
		rmSync(root, {recursive: true, force: true});
	}
}

test('claudeCodeEnvFrom: the key and base-URL variables of `env`, strings only; not JSON, no env, env not an object, non-strings and blanks are nothing', () => {
	assert.deepEqual(claudeCodeEnvFrom(settings({ANTHROPIC_AUTH_TOKEN: ` ${testKey} `, ANTHROPIC_BASE_URL: 'https://api.deepseek.com/anthropic', ANTHROPIC_MODEL: 'deepseek-chat'}), '~/.claude/settings.json'), {
		ANTHROPIC_AUTH_TOKEN: {value: testKey, file: '~/.claude/settings.json'},
		ANTHROPIC_BASE_URL: {value: 'https://api.deepseek.com/anthropic', file: '~/.claude/settings.json'},
	});
	assert.deepEqual(claudeCodeEnvFrom(`\uFEFF${settings({ANTHROPIC_API_KEY: testKey})}`, 'f').ANTHROPIC_API_KEY?.value, testKey, 'a byte-order mark is skipped');
	for (const text of ['{"env": {', 'not json', '[]', 'null', '"text"', '{}', settings(null), settings([testKey]), settings('ANTHROPIC_AUTH_TOKEN'), settings({ANTHROPIC_AUTH_TOKEN: 42, ANTHROPIC_API_KEY: {value: testKey}, ANTHROPIC_BASE_URL: '  '})]) {
		assert.deepEqual(claudeCodeEnvFrom(text, 'f'), {}, text);
	}
	// An inherited name is no setting of the file.
	assert.deepEqual(claudeCodeEnvFrom('{"env": {"__proto__": {"ANTHROPIC_AUTH_TOKEN": "x"}}}', 'f'), {});
});

test('the files, strongest first: the project\'s local settings, its shared settings, then the user\'s (CLAUDE_CONFIG_DIR in place of ~/.claude)', () => {
	const shown = (env: Record<string, string>) => claudeCodeSettingsFiles('/p', env, null).map(file => file.shownAs);
	assert.deepEqual(shown({HOME: '/h'}), ['.claude/settings.local.json', '.claude/settings.json', '~/.claude/settings.json']);
	assert.equal(claudeCodeSettingsFiles('/p', {HOME: '/h'}, null)[2]?.file, path.join('/h', '.claude', 'settings.json'));
	assert.deepEqual(shown({HOME: '/h', CLAUDE_CONFIG_DIR: '/c'}), ['.claude/settings.local.json', '.claude/settings.json', path.join('/c', 'settings.json')]);
	assert.deepEqual(shown({USERPROFILE: '/w'}).length, 3);
	assert.deepEqual(shown({}), ['.claude/settings.local.json', '.claude/settings.json']);
	const merged = mergeClaudeCodeEnvs([
		claudeCodeEnvFrom(settings({ANTHROPIC_AUTH_TOKEN: otherKey}), 'local'),
		claudeCodeEnvFrom(settings({ANTHROPIC_AUTH_TOKEN: testKey, ANTHROPIC_BASE_URL: 'https://shared.example'}), 'shared'),
		claudeCodeEnvFrom(settings({ANTHROPIC_BASE_URL: 'https://user.example', ANTHROPIC_API_KEY: testKey}), 'user'),
	]);
	assert.deepEqual(merged, {
		ANTHROPIC_AUTH_TOKEN: {value: otherKey, file: 'local'},
		ANTHROPIC_BASE_URL: {value: 'https://shared.example', file: 'shared'},
		ANTHROPIC_API_KEY: {value: testKey, file: 'user'},
	});
});

test('Claude Code\'s managed settings, where its docs put them on each system, come first and win over every other file', async () => {
	assert.equal(claudeCodeManagedFile('linux'), '/etc/claude-code/managed-settings.json');
	assert.equal(claudeCodeManagedFile('darwin'), '/Library/Application Support/ClaudeCode/managed-settings.json');
	assert.equal(claudeCodeManagedFile('win32'), 'C:\\Program Files\\ClaudeCode\\managed-settings.json');
	assert.deepEqual(claudeCodeSettingsFiles('/p', {HOME: '/h'}, '/etc/claude-code/managed-settings.json').map(file => file.shownAs), [
		'/etc/claude-code/managed-settings.json',
		'.claude/settings.local.json',
		'.claude/settings.json',
		'~/.claude/settings.json',
	]);
	assert.equal(claudeCodeSettingsFiles('/p', {HOME: '/h'})[0]?.file, claudeCodeManagedFile(process.platform), 'this system\'s by default');
	await inFolders(async ({home, project}) => {
		const managed = path.join(home, 'managed-settings.json');
		writeFileSync(path.join(project, '.claude', 'settings.local.json'), settings({ANTHROPIC_AUTH_TOKEN: testKey, ANTHROPIC_BASE_URL: 'https://local.example'}));
		assert.equal(readClaudeCodeEnv(project, {HOME: home}, managed).ANTHROPIC_BASE_URL?.value, 'https://local.example', 'no managed file: the project\'s');
		writeFileSync(managed, settings({ANTHROPIC_BASE_URL: 'https://managed.example'}));
		const read = readClaudeCodeEnv(project, {HOME: home}, managed);
		assert.deepEqual(read.ANTHROPIC_BASE_URL, {value: 'https://managed.example', file: managed}, 'the managed file wins, named by its path');
		assert.equal(read.ANTHROPIC_AUTH_TOKEN?.value, testKey, 'variable by variable: what it leaves unset comes from the others');
	});
});

test('readClaudeCodeEnv: regular files only, at most 256 KiB; missing, a folder, a FIFO, a huge file or bad JSON are nothing, and the next file still counts', async () => {
	await inFolders(async ({home, project}) => {
		const env = {HOME: home};
		// No managed settings here (this machine's own are left out).
		const read = (cwd: string, vars: Record<string, string>) => readClaudeCodeEnv(cwd, vars, path.join(home, 'managed-settings.json'));
		assert.deepEqual(read(project, env), {}, 'no files');
		writeFileSync(path.join(home, '.claude', 'settings.json'), settings({ANTHROPIC_AUTH_TOKEN: testKey}));
		assert.equal(read(project, env).ANTHROPIC_AUTH_TOKEN?.file, '~/.claude/settings.json');
		writeFileSync(path.join(project, '.claude', 'settings.json'), settings({ANTHROPIC_AUTH_TOKEN: otherKey}));
		assert.deepEqual(read(project, env).ANTHROPIC_AUTH_TOKEN, {value: otherKey, file: '.claude/settings.json'}, 'the project over the user');
		mkdirSync(path.join(project, '.claude', 'settings.local.json'));
		assert.equal(read(project, env).ANTHROPIC_AUTH_TOKEN?.value, otherKey, 'a folder in its place is nothing');
		rmSync(path.join(project, '.claude', 'settings.local.json'), {recursive: true});
		execFileSync('mkfifo', [path.join(project, '.claude', 'settings.local.json')]);
		assert.equal(read(project, env).ANTHROPIC_AUTH_TOKEN?.value, otherKey, 'a FIFO is never waited on');
		rmSync(path.join(project, '.claude', 'settings.local.json'));
		// Valid JSON past the cap (its first 256 KiB would parse too): left out whole.
		writeFileSync(path.join(project, '.claude', 'settings.json'), settings({ANTHROPIC_AUTH_TOKEN: otherKey}) + ' '.repeat(256 * 1024));
		assert.equal(read(project, env).ANTHROPIC_AUTH_TOKEN?.value, testKey, 'a huge file is nothing');
		writeFileSync(path.join(project, '.claude', 'settings.json'), '{"env": {"ANTHROPIC_AUTH_TOKEN": ');
		assert.equal(read(project, env).ANTHROPIC_AUTH_TOKEN?.value, testKey, 'broken JSON is nothing');
		assert.deepEqual(read(project, {CLAUDE_CONFIG_DIR: path.join(home, 'elsewhere')}), {}, 'CLAUDE_CONFIG_DIR replaces ~/.claude');
	});
});

test('a run with a key reads no settings file before the endpoint check asks, and once', async () => {
	await inFolders(async ({home, project}) => {
		writeFileSync(path.join(home, '.claude', 'settings.json'), settings({ANTHROPIC_BASE_URL: 'https://relay.example/anthropic'}));
		let reads = 0;
		const built = buildContext({env: {HOME: home, DEEPSEEK_API_KEY: testKey}, flags: {}, settings: {schemaVersion: 1, balanceHistory: []}, signal: new AbortController().signal, cwd: project, appSettings: async () => {
			reads++;
			return {claude_code: claudeCodeFound(readClaudeCodeEnv(project, {HOME: home}, null))};
		}});
		assert.ok(built.ok);
		assert.equal(reads, 0);
		// The default reader is lazy too, and reads once.
		const lazy = buildContext({env: {HOME: home}, flags: {}, settings: {schemaVersion: 1, balanceHistory: []}, signal: new AbortController().signal, cwd: project});
		assert.ok(lazy.ok);
		assert.equal(lazy.ctx.appSettings(), lazy.ctx.appSettings());
		assert.equal((await lazy.ctx.appSettings()).claude_code?.baseUrl?.value, 'https://relay.example/anthropic');
	});
});

test('key_present without a key names the key in Claude Code\'s settings, masked, with its file; never when DEEPSEEK_API_KEY is set; the fix says how to check it', async () => {
	setLanguage('en');
	// Sent to DeepSeek's Anthropic endpoint: without a base URL Claude Code sends it to api.anthropic.com, said first (app-key-to-vendor.test.ts).
	const appSettings = async () => ({claude_code: claudeCodeFound(claudeCodeEnvFrom(settings({ANTHROPIC_AUTH_TOKEN: testKey, ANTHROPIC_BASE_URL: 'https://api.deepseek.com/anthropic'}), '~/.claude/settings.json'))});
	const result = await keyPresent.run(testContext({apiKey: undefined, keySource: 'none', appSettings}), new AbortController().signal);
	assert.equal(result.status, 'fail');
	assert.deepEqual(result.details['elsewhere'], [{name: 'ANTHROPIC_AUTH_TOKEN', masked: 'sk-…cdef', inProjectEnv: false, source: 'claude_code', settingsFile: '~/.claude/settings.json'}]);
	assert.match(result.summary, /Claude Code's ~\/\.claude\/settings\.json sets ANTHROPIC_AUTH_TOKEN to a DeepSeek-shaped key \(sk-…cdef\)/);
	assert.ok(!JSON.stringify(result).includes(testKey), 'never whole');
	const diagnosis = diagnose([{id: 'key_present', title: 'API key', durationMs: 1, ...result}]);
	assert.equal(diagnosis.verdict, 'no_key');
	assert.equal(diagnosis.fixes[0]?.id, 'set_key');
	assert.match(diagnosis.fixes[0]?.title ?? '', /ANTHROPIC_AUTH_TOKEN in Claude Code's ~\/\.claude\/settings\.json \(sk-…cdef\), or pick it in the wizard/);
	assert.ok(!JSON.stringify(diagnosis).includes(testKey));
	// With a key in use, the settings are not even read.
	let read = false;
	const withKey = await keyPresent.run(testContext({appSettings: async () => {
		read = true;
		return appSettings();
	}}), new AbortController().signal);
	assert.equal(withKey.status, 'pass');
	assert.equal(read, false);
});

test('deepSeekKeysElsewhere: the settings\' key after the environment\'s, not again when it is the same key; only DeepSeek-shaped keys', () => {
	const inSettings = {claude_code: claudeCodeFound(claudeCodeEnvFrom(settings({ANTHROPIC_AUTH_TOKEN: testKey, ANTHROPIC_API_KEY: 'sk-ant-not-deepseek'}), '.claude/settings.json'))};
	assert.deepEqual(deepSeekKeysElsewhere({}, undefined, inSettings).map(found => [found.name, found.source, found.settingsFile]), [['ANTHROPIC_AUTH_TOKEN', 'claude_code', '.claude/settings.json']]);
	assert.deepEqual(deepSeekKeysElsewhere({ANTHROPIC_AUTH_TOKEN: testKey}, undefined, inSettings).map(found => found.source), [undefined], 'the same key is named once, as the shell\'s');
	assert.deepEqual(deepSeekKeysElsewhere({OPENAI_API_KEY: otherKey}, undefined, inSettings).map(found => found.name), ['OPENAI_API_KEY', 'ANTHROPIC_AUTH_TOKEN']);
});

test('endpoint reads the agent apps\' settings only once the requests are on the wire, also for a host it knows by name (no GET awaited)', async () => {
	const request = {};
	diagnosticsChannel.channel('undici:request:create').publish({request});
	let asked = 0;
	const running = endpoint.run(testContext({baseUrl: 'https://api.deepseek.com', appSettings: async () => (asked++, {})}), new AbortController().signal);
	for (let turn = 0; turn < 5; turn++) await new Promise(resolve => setImmediate(resolve));
	assert.equal(asked, 0, 'Claude Code\'s settings were read before the request was written');
	diagnosticsChannel.channel('undici:client:sendHeaders').publish({request});
	assert.equal((await running).status, 'pass');
	assert.equal(asked, 1);
});

test('endpoint: Claude Code\'s base URL joins elsewhere where it differs from the one checked and from the others, named with its file', async () => {
	setLanguage('en');
	const inSettings = (url: string) => ({claude_code: claudeCodeFound(claudeCodeEnvFrom(settings({ANTHROPIC_BASE_URL: url}), '~/.claude/settings.json'))});
	assert.deepEqual(baseUrlsElsewhere('https://api.deepseek.com', {}, undefined, inSettings('https://api.deepseek.com/anthropic')), [], '/anthropic is DeepSeek\'s own root');
	assert.deepEqual(baseUrlsElsewhere('https://api.deepseek.com', {ANTHROPIC_BASE_URL: 'https://relay.example'}, undefined, inSettings('https://relay.example/anthropic')).map(found => found.source), [undefined]);
	const found = baseUrlsElsewhere('https://api.deepseek.com', {}, undefined, inSettings('https://relay.example/anthropic'));
	assert.deepEqual(found.map(({name, url, source, settingsFile}) => ({name, url, source, settingsFile})), [{name: 'ANTHROPIC_BASE_URL', url: 'https://relay.example', source: 'claude_code', settingsFile: '~/.claude/settings.json'}]);
	const result = await endpoint.run(testContext({baseUrl: 'https://api.deepseek.com', appSettings: async () => inSettings('https://relay.example/anthropic')}), new AbortController().signal);
	assert.equal(result.status, 'warn');
	assert.match(result.summary, /But ANTHROPIC_BASE_URL in Claude Code's ~\/\.claude\/settings\.json sends Claude Code's calls to relay\.example\./);
});
