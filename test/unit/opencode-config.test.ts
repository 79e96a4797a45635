// The key and base URL OpenCode sends to DeepSeek, from its config files: JSONC read safely
// (regular files, a size cap, anything odd is nothing), the project's files over the user's,
// "{env:NAME}" a reference to this environment, "{file:…}" never followed; named (masked) by
// key_present and endpoint after Claude Code's, never used in place of the key in use.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {claudeCodeEnvFrom, claudeCodeFound} from '../../source/claude-code-env.js';
import {foundOf} from '../../source/app-settings.js';
import {buildContext, deepSeekKeysElsewhere} from '../../source/context.js';
import {baseUrlsElsewhere, endpoint} from '../../source/checks/endpoint.js';
import {keyPresent} from '../../source/checks/key-present.js';
import {diagnose} from '../../source/diagnose.js';
import {setLanguage} from '../../source/messages/language.js';
import {jsoncToJson, mergeOpenCodeProviders, openCodeConfigFiles, openCodeConfigOf, openCodeManagedDir, openCodeProvidersFrom, readOpenCodeConfig} from '../../source/opencode-config.js';
import {testContext, testKey} from '../helpers/results.js';

const otherKey = 'sk-' + 'aaaabbbbccccdddd'.repeat(2);
const config = (provider: unknown) => JSON.stringify({$schema: 'https://opencode.ai/config.json', provider});
const deepseek = (options: Record<string, unknown>) => config({deepseek: {options}});
const of = (text: string, env: Record<string, string> = {}, file = 'opencode.json') => openCodeConfigOf(openCodeProvidersFrom(text, file), env);

async function inFolders(run: (folders: {home: string; project: string; global: string}) => void | Promise<void>): Promise<void> {
	const root = mkdtempSync(path.join(tmpdir(), 'dsfix-opencode-'));
	try {
		const home = path.join(root, 'home');
		const project = path.join(root, 'project');
		const global = path.join(home, '.config', 'opencode');
		mkdirSync(global, {recursive: true});
		mkdirSync(project, {recursive: true});
		// The repository's root: OpenCode's project walk stops here, not at the filesystem's root.
		mkdirSync(path.join(root, '.git'));
		await run({home, project, global});
	} finally {
		rmSync(root, {recursive: true, force: true});
	}
}

test('jsoncToJson: comments and trailing commas go, outside strings only (a URL\'s // and an escaped quote stay)', () => {
	const text = `{
		// the provider
		"provider": {"deepseek": {"options": {
			"baseURL": "https://api.deepseek.com/v1", /* a block
			comment */ "apiKey": "a \\"quoted\\" // not a comment",
		},},},
	}`;
	assert.deepEqual(JSON.parse(jsoncToJson(text)), {provider: {deepseek: {options: {baseURL: 'https://api.deepseek.com/v1', apiKey: 'a "quoted" // not a comment'}}}});
	assert.deepEqual(JSON.parse(jsoncToJson('{"a": "x,}", "b": [1, 2, ], }')), {a: 'x,}', b: [1, 2]}, 'trailing commas go, a comma in a string stays');
	assert.deepEqual(JSON.parse(jsoncToJson('{"a": "x \\" // y", "b": "\\\\"} // z')), {a: 'x " // y', b: '\\'}, 'an escaped quote does not end the string; an escaped backslash does not escape the quote');
	assert.throws(() => JSON.parse(jsoncToJson('{"a": 1 /* never closed')), 'what is still broken, JSON.parse refuses');
});

test('provider.deepseek.options: its apiKey and baseURL, named with their field and file; not JSON, no provider, non-strings and blanks are nothing', () => {
	assert.deepEqual(of(deepseek({apiKey: ` ${testKey} `, baseURL: 'https://api.deepseek.com'})), {
		key: {name: 'provider.deepseek.options.apiKey', value: testKey, file: 'opencode.json'},
		baseUrl: {name: 'provider.deepseek.options.baseURL', value: 'https://api.deepseek.com', file: 'opencode.json'},
	});
	assert.equal(of(`\uFEFF// JSONC\n${deepseek({apiKey: testKey})}`).key?.value, testKey, 'a byte-order mark and comments');
	for (const text of ['{"provider": {', 'not json', '[]', 'null', '{}', config(null), config([testKey]), config({deepseek: 'x'}), deepseek({apiKey: 42, baseURL: '  '}), config({deepseek: {options: [testKey]}})]) {
		assert.deepEqual(of(text), {}, text);
	}
	assert.deepEqual(of(deepseek({apiKey: 'sk-not-deepseek-shaped'})), {}, 'only a DeepSeek-shaped key');
});

test('references: "{env:NAME}" is NAME\'s value in this environment, named with the variable; unset is nothing; "{file:…}" is never followed', async () => {
	await inFolders(async ({project}) => {
		const keyFile = path.join(project, 'key.txt');
		writeFileSync(keyFile, testKey);
		assert.deepEqual(of(deepseek({apiKey: '{env:MY_DEEPSEEK}'}), {MY_DEEPSEEK: testKey}).key, {name: 'provider.deepseek.options.apiKey ({env:MY_DEEPSEEK})', value: testKey, file: 'opencode.json'});
		assert.deepEqual(of(deepseek({apiKey: '{env:MY_DEEPSEEK}'}), {}), {});
		assert.deepEqual(of(deepseek({apiKey: `{file:${keyFile}}`, baseURL: '{file:./url.txt}'})), {}, 'the file it names holds a key, but is not read');
		assert.deepEqual(of(deepseek({apiKey: `prefix-{env:MY_DEEPSEEK}`}), {MY_DEEPSEEK: testKey}), {}, 'a value only partly a reference is neither a key nor followed');
	});
});

test('other providers: one on the OpenAI-compatible package with a DeepSeek-shaped key, or whose baseURL is DeepSeek\'s or a known relay\'s; a local model server\'s is not ours', () => {
	const compatible = (options: Record<string, unknown>, npm = '@ai-sdk/openai-compatible') => ({npm, name: 'x', options});
	assert.deepEqual(of(config({ds: compatible({apiKey: testKey, baseURL: 'https://relay.example/v1'})})), {
		key: {name: 'provider.ds.options.apiKey', value: testKey, file: 'opencode.json'},
		baseUrl: {name: 'provider.ds.options.baseURL', value: 'https://relay.example/v1', file: 'opencode.json'},
	});
	assert.deepEqual(of(config({ollama: compatible({baseURL: 'http://127.0.0.1:11434/v1'})})), {});
	assert.equal(of(config({router: compatible({apiKey: 'sk-or-v1-x', baseURL: 'https://openrouter.ai/api/v1'})})).baseUrl?.name, 'provider.router.options.baseURL');
	assert.deepEqual(of(config({other: compatible({apiKey: testKey}, '@ai-sdk/anthropic')})), {}, 'another package is another service');
	// deepseek's own first; its key with the other's base URL is not mixed.
	const both = of(config({ds: compatible({apiKey: otherKey, baseURL: 'https://relay.example/v1'}), deepseek: {options: {apiKey: testKey}}}));
	assert.deepEqual([both.key?.name, both.baseUrl], ['provider.deepseek.options.apiKey', undefined]);
	// Nor where the other's is a known relay's: the key's provider sets no baseURL, so it goes to DeepSeek's own.
	const known = of(config({router: compatible({baseURL: 'https://openrouter.ai/api/v1'}), deepseek: {options: {apiKey: testKey}}}));
	assert.deepEqual([known.key?.name, known.baseUrl], ['provider.deepseek.options.apiKey', undefined]);
	assert.equal(of(config({router: compatible({baseURL: 'https://openrouter.ai/api/v1'})})).baseUrl?.name, 'provider.router.options.baseURL', 'without a key, the known relay\'s base URL is the one named');
});

test('the files, strongest first, as OpenCode\'s loader merges them: managed, the .opencode folders, the project walk up to the repository\'s root (opencode.jsonc over opencode.json in each), OPENCODE_CONFIG, then the user\'s folder; merged option by option', () => {
	const none = {isRepoRoot: (folder: string) => folder === '/p', managedDir: null};
	const shown = (env: Record<string, string>, cwd = '/p', places: Parameters<typeof openCodeConfigFiles>[2] = none) => openCodeConfigFiles(cwd, env, places).map(file => file.shownAs);
	const pair = (folder: string) => [`${folder}opencode.jsonc`, `${folder}opencode.json`];
	const user = ['~/.config/opencode/opencode.jsonc', '~/.config/opencode/opencode.json', '~/.config/opencode/config.json'];
	assert.deepEqual(shown({HOME: '/h'}), [...pair('~/.opencode/'), ...pair('.opencode/'), ...pair(''), ...user]);
	assert.equal(openCodeConfigFiles('/p', {HOME: '/h'}, none)[6]?.file, path.join('/h', '.config', 'opencode', 'opencode.jsonc'));
	assert.deepEqual(shown({HOME: '/h', XDG_CONFIG_HOME: '/x', OPENCODE_CONFIG: 'conf/oc.json'}), [...pair('~/.opencode/'), ...pair('.opencode/'), ...pair(''), 'conf/oc.json', '/x/opencode/opencode.jsonc', '/x/opencode/opencode.json', '/x/opencode/config.json']);
	assert.equal(openCodeConfigFiles('/p', {OPENCODE_CONFIG: 'conf/oc.json'}, none)[4]?.file, path.resolve('/p', 'conf/oc.json'));
	assert.deepEqual(shown({}), [...pair('.opencode/'), ...pair('')]);
	// From a subfolder of a repository: each folder up to its root, the nearest first; their .opencode folders the farthest first (OpenCode merges them nearest first).
	const inRepo = {isRepoRoot: (folder: string) => folder === '/h/repo', managedDir: '/etc/opencode'};
	assert.deepEqual(shown({HOME: '/h', OPENCODE_CONFIG_DIR: '/cfg'}, '/h/repo/sub', inRepo), [
		...pair('/etc/opencode/'),
		...pair('/cfg/'),
		...pair('~/.opencode/'),
		...pair('../.opencode/'),
		...pair('.opencode/'),
		...pair(''),
		...pair('../'),
		...user,
	]);
	// Outside a repository OpenCode's worktree is the filesystem's root: every folder up to it.
	assert.deepEqual(shown({}, '/a/b', {isRepoRoot: () => false, managedDir: null}), [...pair('../../.opencode/'), ...pair('../.opencode/'), ...pair('.opencode/'), ...pair(''), ...pair('../'), ...pair('../../')]);
	assert.deepEqual(shown({OPENCODE_DISABLE_PROJECT_CONFIG: 'true'}, '/h/repo/sub', inRepo), pair('/etc/opencode/'), 'no project files with OPENCODE_DISABLE_PROJECT_CONFIG');
	assert.equal(openCodeManagedDir('linux'), '/etc/opencode');
	assert.equal(openCodeManagedDir('darwin'), '/Library/Application Support/opencode');
	assert.equal(openCodeManagedDir('win32', {ProgramData: 'D:\\Data'}), 'D:\\Data\\opencode');
	const merged = openCodeConfigOf(mergeOpenCodeProviders([
		openCodeProvidersFrom(deepseek({apiKey: otherKey}), 'opencode.json'),
		openCodeProvidersFrom(deepseek({apiKey: testKey, baseURL: 'https://relay.example'}), 'opencode.jsonc'),
		openCodeProvidersFrom(deepseek({baseURL: 'https://user.example'}), '~/.config/opencode/opencode.json'),
	]), {});
	assert.deepEqual(merged, {key: {name: 'provider.deepseek.options.apiKey', value: otherKey, file: 'opencode.json'}, baseUrl: {name: 'provider.deepseek.options.baseURL', value: 'https://relay.example', file: 'opencode.jsonc'}});
});

test('readOpenCodeConfig: regular files only, at most 256 KiB; missing, a folder, a FIFO, a huge file or bad JSONC are nothing, and the next file still counts', async () => {
	await inFolders(async ({home, project, global}) => {
		const env = {HOME: home};
		// This machine's managed folder is left out.
		const read = (cwd: string, vars: Record<string, string>) => readOpenCodeConfig(cwd, vars, {managedDir: null});
		assert.deepEqual(read(project, env), {}, 'no files');
		writeFileSync(path.join(global, 'opencode.json'), deepseek({apiKey: testKey}));
		assert.equal(read(project, env).key?.file, '~/.config/opencode/opencode.json');
		writeFileSync(path.join(project, 'opencode.jsonc'), `{\n // mine\n "provider": {"deepseek": {"options": {"apiKey": "${otherKey}",},},},\n}`);
		assert.deepEqual(read(project, env).key, {name: 'provider.deepseek.options.apiKey', value: otherKey, file: 'opencode.jsonc'}, 'the project over the user');
		mkdirSync(path.join(project, 'opencode.json'));
		assert.equal(read(project, env).key?.value, otherKey, 'a folder in its place is nothing');
		rmSync(path.join(project, 'opencode.json'), {recursive: true});
		execFileSync('mkfifo', [path.join(project, 'opencode.json')]);
		assert.equal(read(project, env).key?.value, otherKey, 'a FIFO is never waited on');
		rmSync(path.join(project, 'opencode.json'));
		writeFileSync(path.join(project, 'opencode.jsonc'), deepseek({apiKey: otherKey}) + ' '.repeat(256 * 1024));
		assert.equal(read(project, env).key?.value, testKey, 'a huge file is nothing');
		writeFileSync(path.join(project, 'opencode.jsonc'), '{"provider": {"deepseek": ');
		assert.equal(read(project, env).key?.value, testKey, 'broken JSONC is nothing');
		assert.deepEqual(read(project, {HOME: home, XDG_CONFIG_HOME: path.join(home, 'elsewhere')}), {}, 'XDG_CONFIG_HOME replaces ~/.config');
	});
});

test('readOpenCodeConfig follows the walk: the repository root\'s opencode.json below the project folder\'s, a .opencode folder\'s above both, the managed folder\'s above all', async () => {
	await inFolders(async ({home, project}) => {
		const root = path.dirname(project);
		const managed = path.join(root, 'managed');
		mkdirSync(managed);
		const read = () => readOpenCodeConfig(project, {HOME: home}, {managedDir: managed});
		writeFileSync(path.join(root, 'opencode.json'), deepseek({apiKey: testKey, baseURL: 'https://root.example/v1'}));
		assert.deepEqual(read().key, {name: 'provider.deepseek.options.apiKey', value: testKey, file: '../opencode.json'}, 'the repository\'s root, above the folder run in');
		writeFileSync(path.join(project, 'opencode.json'), deepseek({apiKey: otherKey}));
		assert.equal(read().key?.file, 'opencode.json', 'the nearer folder wins');
		assert.equal(read().baseUrl?.value, 'https://root.example/v1', 'option by option');
		writeFileSync(path.join(project, 'opencode.jsonc'), deepseek({baseURL: 'https://jsonc.example/v1'}));
		assert.equal(read().baseUrl?.file, 'opencode.jsonc', 'opencode.jsonc over opencode.json in one folder');
		mkdirSync(path.join(project, '.opencode'));
		writeFileSync(path.join(project, '.opencode', 'opencode.json'), deepseek({baseURL: 'https://dot.example/v1'}));
		assert.equal(read().baseUrl?.file, '.opencode/opencode.json');
		writeFileSync(path.join(managed, 'opencode.json'), deepseek({baseURL: 'https://managed.example/v1'}));
		assert.deepEqual(read().baseUrl, {name: 'provider.deepseek.options.baseURL', value: 'https://managed.example/v1', file: path.join(managed, 'opencode.json')});
	});
});

test('a run with a key reads no OpenCode config before the endpoint check asks, and once', async () => {
	await inFolders(async ({home, project, global}) => {
		writeFileSync(path.join(global, 'opencode.json'), deepseek({baseURL: 'https://relay.example/v1'}));
		let reads = 0;
		const built = buildContext({env: {HOME: home, DEEPSEEK_API_KEY: testKey}, flags: {}, settings: {schemaVersion: 1, balanceHistory: []}, signal: new AbortController().signal, cwd: project, appSettings: async () => {
			reads++;
			return {opencode: foundOf(readOpenCodeConfig(project, {HOME: home}))};
		}});
		assert.ok(built.ok);
		assert.equal(reads, 0);
		const lazy = buildContext({env: {HOME: home}, flags: {}, settings: {schemaVersion: 1, balanceHistory: []}, signal: new AbortController().signal, cwd: project});
		assert.ok(lazy.ok);
		assert.equal(lazy.ctx.appSettings(), lazy.ctx.appSettings());
		assert.equal((await lazy.ctx.appSettings()).opencode?.baseUrl?.value, 'https://relay.example/v1');
	});
});

test('key_present without a key names the key in OpenCode\'s config, masked, with its field and file, after Claude Code\'s; never when DEEPSEEK_API_KEY is set', async () => {
	setLanguage('en');
	const openCodeConfig = () => of(deepseek({apiKey: testKey}));
	const appSettings = async () => ({opencode: foundOf(openCodeConfig())});
	const result = await keyPresent.run(testContext({apiKey: undefined, keySource: 'none', appSettings}), new AbortController().signal);
	assert.equal(result.status, 'fail');
	assert.deepEqual(result.details['elsewhere'], [{name: 'provider.deepseek.options.apiKey', masked: 'sk-…cdef', inProjectEnv: false, source: 'opencode', settingsFile: 'opencode.json'}]);
	assert.match(result.summary, /OpenCode's opencode\.json sets provider\.deepseek\.options\.apiKey to a DeepSeek-shaped key \(sk-…cdef\), the key OpenCode sends/);
	const diagnosis = diagnose([{id: 'key_present', title: 'API key', durationMs: 1, ...result}]);
	assert.equal(diagnosis.verdict, 'no_key');
	assert.match(diagnosis.fixes[0]?.title ?? '', /provider\.deepseek\.options\.apiKey in OpenCode's opencode\.json \(sk-…cdef\), or pick it in the wizard, to check the key OpenCode sends/);
	assert.ok(!JSON.stringify([result, diagnosis]).includes(testKey), 'never whole');
	let read = false;
	const withKey = await keyPresent.run(testContext({appSettings: async () => {
		read = true;
		return appSettings();
	}}), new AbortController().signal);
	assert.equal(withKey.status, 'pass');
	assert.equal(read, false);
	// After Claude Code's, and not again when it is the same key.
	const claude = claudeCodeEnvFrom(JSON.stringify({env: {ANTHROPIC_AUTH_TOKEN: otherKey}}), '~/.claude/settings.json');
	assert.deepEqual(deepSeekKeysElsewhere({}, undefined, {claude_code: claudeCodeFound(claude), opencode: foundOf(openCodeConfig())}).map(found => found.source), ['claude_code', 'opencode']);
	assert.deepEqual(deepSeekKeysElsewhere({OPENAI_API_KEY: testKey}, undefined, {opencode: foundOf(openCodeConfig())}).map(found => found.source), [undefined]);
});

test('endpoint: OpenCode\'s base URL joins elsewhere where it differs from the one checked and from the others, named with its field and file', async () => {
	setLanguage('en');
	const inConfig = (url: string) => ({opencode: foundOf(of(deepseek({baseURL: url}), {}, '~/.config/opencode/opencode.json'))});
	assert.deepEqual(baseUrlsElsewhere('https://api.deepseek.com', {}, undefined, inConfig('https://api.deepseek.com/v1')), [], '/v1 is DeepSeek\'s own root');
	assert.deepEqual(baseUrlsElsewhere('https://api.deepseek.com', {OPENAI_BASE_URL: 'https://relay.example/v1'}, undefined, inConfig('https://relay.example/v1')).map(found => found.source), [undefined]);
	const found = baseUrlsElsewhere('https://api.deepseek.com', {}, undefined, inConfig('https://relay.example/v1'));
	assert.deepEqual(found.map(({name, url, source, settingsFile}) => ({name, url, source, settingsFile})), [{name: 'provider.deepseek.options.baseURL', url: 'https://relay.example', source: 'opencode', settingsFile: '~/.config/opencode/opencode.json'}]);
	const result = await endpoint.run(testContext({baseUrl: 'https://api.deepseek.com', appSettings: async () => inConfig('https://relay.example/v1')}), new AbortController().signal);
	assert.equal(result.status, 'warn');
	assert.match(result.summary, /But provider\.deepseek\.options\.baseURL in OpenCode's ~\/\.config\/opencode\/opencode\.json sends OpenCode's calls to relay\.example\./);
});

test('a {env:NAME} whose NAME holds the key itself (cut into groups by spaces) is named with the key masked', () => {
	// Found by test/unit/properties-app-configs.test.ts: the name showed the key whole.
	const name = testKey.slice(3).match(/.{4}/g)?.join(' ') ?? '';
	const providers = openCodeProvidersFrom(JSON.stringify({provider: {deepseek: {options: {apiKey: `{env:${name}}`}}}}), 'opencode.json');
	const found = openCodeConfigOf(providers, {[name]: testKey});
	assert.equal(found.key?.value, testKey);
	assert.equal(found.key?.name, 'provider.deepseek.options.apiKey ({env:sk-…cdef})');
});
