// The key and base URL Codex CLI sends to DeepSeek, from $CODEX_HOME/config.toml (~/.codex/config.toml): the
// provider in use (model_provider, or the profile's that `profile` selects) first, then those the profiles pick,
// then the others; the key from env_key's variable where it is set (the bearer token only where it is not); a
// provider asked only at DeepSeek's or a known relay's base_url; the parser loaded only for a file that may
// define a provider; anything odd or too large is nothing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {codexConfigFile, codexConfigOf, codexProviderOrder, codexSystemDir, mayDefineCodexProvider, parseTomlText, readCodexConfig} from '../../source/codex-config.js';
import {appKeyVariable, appSetsEn, appSetsZh, appSettingPlaceEn, appSettingPlaceZh} from '../../source/text/app-setting.js';
import {deepSeekKeysElsewhere} from '../../source/context.js';
import {baseUrlsElsewhere} from '../../source/checks/endpoint.js';
import {foundOf} from '../../source/app-settings.js';
import {testKey} from '../helpers/results.js';

const otherKey = 'sk-' + 'aaaabbbbccccdddd'.repeat(2);
const file = '~/.codex/config.toml';

async function inFolders(run: (folders: {home: string; project: string; codexDir: string; env: Record<string, string>}) => Promise<void>): Promise<void> {
	const root = mkdtempSync(path.join(tmpdir(), 'dsfix-codex-'));
	try {
		const home = path.join(root, 'home');
		const project = path.join(root, 'project');
		const codexDir = path.join(home, '.codex');
		mkdirSync(codexDir, {recursive: true});
		mkdirSync(project, {recursive: true});
		await run({home, project, codexDir, env: {HOME: home}});
	} finally {
		rmSync(root, {recursive: true, force: true});
	}
}

const deepseekProvider = (extra: string) => `model = "deepseek-chat"\nmodel_provider = "deepseek"\n\n[model_providers.deepseek]\nname = "DeepSeek"\nbase_url = "https://api.deepseek.com/v1"\n${extra}`;

test('config.toml: the provider in use, its bearer token and base_url, named by their place and file', async () => {
	await inFolders(async ({project, codexDir, env}) => {
		writeFileSync(path.join(codexDir, 'config.toml'), deepseekProvider(`experimental_bearer_token = "${testKey}"\n`));
		assert.deepEqual(await readCodexConfig(project, env), {
			key: {name: 'model_providers.deepseek.experimental_bearer_token', value: testKey, file},
			baseUrl: {name: 'model_providers.deepseek.base_url', value: 'https://api.deepseek.com/v1', file},
		});
	});
});

test('env_key names the variable: its value in this environment is the key, named with the variable; unset, no key (Codex stops), and the bearer token is not used', () => {
	const parsed = {model_provider: 'ds', model_providers: {ds: {base_url: 'https://api.deepseek.com', env_key: 'MY_DS_KEY', experimental_bearer_token: otherKey}}};
	assert.deepEqual(codexConfigOf(parsed, file, {MY_DS_KEY: ` ${testKey} `}).key, {name: 'model_providers.ds.env_key ($MY_DS_KEY)', value: testKey, file, variable: 'MY_DS_KEY'});
	assert.deepEqual(codexConfigOf(parsed, file, {}), {baseUrl: {name: 'model_providers.ds.base_url', value: 'https://api.deepseek.com', file}});
	assert.deepEqual(codexConfigOf(parsed, file, {MY_DS_KEY: '  '}).key, undefined, 'blank is unset, as Codex reads it');
	const noEnvKey = {model_providers: {ds: {base_url: 'https://api.deepseek.com', experimental_bearer_token: otherKey}}};
	assert.equal(codexConfigOf(noEnvKey, file, {}).key?.value, otherKey, 'the bearer token where no env_key is set');
});

test('the provider in use first: model_provider, or the profile\'s that `profile` selects; then the profiles\' picks, then the other tables', () => {
	const tables = {a: {}, b: {}, c: {}, d: {}};
	assert.deepEqual(codexProviderOrder({model_provider: 'c', model_providers: tables}), ['c', 'a', 'b', 'd']);
	assert.deepEqual(codexProviderOrder({model_provider: 'c', profile: 'p', profiles: {q: {model_provider: 'd'}, p: {model_provider: 'b'}}, model_providers: tables}), ['b', 'd', 'a', 'c']);
	assert.deepEqual(codexProviderOrder({profile: 'none', profiles: {p: {model: 'x'}}, model_providers: tables}), ['openai', 'a', 'b', 'c', 'd'], 'a profile without model_provider leaves the default');
	const two = {
		model_provider: 'relay',
		model_providers: {
			ds: {base_url: 'https://api.deepseek.com', experimental_bearer_token: otherKey},
			relay: {base_url: 'https://openrouter.ai/api/v1', experimental_bearer_token: testKey},
		},
	};
	assert.deepEqual(codexConfigOf(two, file, {}), {
		key: {name: 'model_providers.relay.experimental_bearer_token', value: testKey, file},
		baseUrl: {name: 'model_providers.relay.base_url', value: 'https://openrouter.ai/api/v1', file},
	});
	// Not DeepSeek-shaped in the one in use: the next provider's key, sent to its own base_url.
	const notShaped = {...two, model_providers: {...two.model_providers, relay: {base_url: 'https://openrouter.ai/api/v1', experimental_bearer_token: 'sk-or-v1-abc'}}};
	assert.deepEqual(codexConfigOf(notShaped, file, {}), {
		key: {name: 'model_providers.ds.experimental_bearer_token', value: otherKey, file},
		baseUrl: {name: 'model_providers.ds.base_url', value: 'https://api.deepseek.com', file},
	});
});

test('only DeepSeek\'s or a known relay\'s base_url is asked: a local model server, OpenAI\'s default, a built-in id are none of ours', () => {
	const providers = (table: Record<string, unknown>) => ({model_provider: 'x', model_providers: {x: table}});
	assert.deepEqual(codexConfigOf(providers({base_url: 'http://localhost:11434/v1', experimental_bearer_token: testKey}), file, {}), {});
	assert.deepEqual(codexConfigOf(providers({experimental_bearer_token: testKey}), file, {}), {}, 'no base_url: OpenAI\'s');
	assert.deepEqual(codexConfigOf({model_provider: 'ollama', model_providers: {ollama: {base_url: 'https://api.deepseek.com', experimental_bearer_token: testKey}}}, file, {}), {}, 'Codex keeps its built-in ollama');
	assert.deepEqual(codexConfigOf(providers({base_url: 'https://api.deepseek.com', experimental_bearer_token: 'not-a-key'}), file, {}), {baseUrl: {name: 'model_providers.x.base_url', value: 'https://api.deepseek.com', file}});
	assert.deepEqual(codexConfigOf('text', file, {}), {});
	assert.deepEqual(codexConfigOf({model_providers: 'x'}, file, {}), {});
});

test('CODEX_HOME moves the file (relative to the folder run in), named as given; without HOME nothing', () => {
	assert.deepEqual(codexConfigFile('/work/p', {CODEX_HOME: 'conf/codex/', HOME: '/h'}), {file: path.join('/work/p', 'conf', 'codex', 'config.toml'), shownAs: 'conf/codex/config.toml'});
	assert.deepEqual(codexConfigFile('/work/p', {HOME: '/h'}), {file: path.join('/h', '.codex', 'config.toml'), shownAs: file});
	assert.equal(codexConfigFile('/work/p', {}), undefined);
});

test('the TOML parser is loaded only for a file that may define a provider; a broken, oversized or irregular file is nothing', async () => {
	await inFolders(async ({project, codexDir, env}) => {
		const config = path.join(codexDir, 'config.toml');
		let parsed = 0;
		const counting = async (text: string) => {
			parsed++;
			return parseTomlText(text);
		};
		writeFileSync(config, 'model = "gpt-5"\napproval_policy = "on-request"\n');
		assert.deepEqual(await readCodexConfig(project, env, {parseToml: counting}), {});
		assert.equal(parsed, 0, 'no provider table: no parser');
		assert.equal(mayDefineCodexProvider('[model_providers.deepseek]'), true);
		assert.equal(mayDefineCodexProvider('model_providers = { deepseek = { base_url = "x" } }'), true);
		writeFileSync(config, deepseekProvider(`experimental_bearer_token = "${testKey}"\n[model_providers.deepseek]\n`));
		assert.deepEqual(await readCodexConfig(project, env, {parseToml: counting}), {}, 'a table defined twice is no TOML');
		assert.equal(parsed, 1);
		writeFileSync(config, deepseekProvider(`experimental_bearer_token = "${testKey}"\n`) + `# ${'x'.repeat(256 * 1024)}\n`);
		assert.deepEqual(await readCodexConfig(project, env), {}, 'past 256 KiB the file is left out whole');
		rmSync(config);
		mkdirSync(config);
		assert.deepEqual(await readCodexConfig(project, env), {}, 'a folder is no file');
		rmSync(config, {recursive: true});
		const elsewhere = path.join(project, 'real.toml');
		writeFileSync(elsewhere, deepseekProvider(`experimental_bearer_token = "${testKey}"\n`));
		symlinkSync(elsewhere, config);
		assert.equal((await readCodexConfig(project, env)).key?.value, testKey, 'a link to a regular file is read');
		// Dotted keys and inline tables are the same TOML to the parser.
		writeFileSync(config, `model_provider = "ds"\nmodel_providers.ds = { base_url = "https://api.deepseek.com", experimental_bearer_token = "${testKey}" }\n`);
		assert.equal((await readCodexConfig(project, env)).key?.value, testKey);
	});
});

test('Codex\'s key and base URL are named after Aider\'s, as source "codex", each key once', () => {
	const value = (name: string, key: string) => ({name, value: key, file});
	const apps = {codex: foundOf({key: value('model_providers.ds.experimental_bearer_token', testKey)}), continue: {keys: [value('models[0].apiKey', otherKey)]}};
	assert.deepEqual(deepSeekKeysElsewhere({}, undefined, apps).map(found => found.source), ['continue', 'codex']);
	const bases = {codex: foundOf({baseUrl: value('model_providers.ds.base_url', 'https://openrouter.ai/api/v1')}), aider: foundOf({baseUrl: value('DEEPSEEK_API_BASE', 'https://relay.example/v1')})};
	assert.deepEqual(baseUrlsElsewhere('https://api.deepseek.com', {}, undefined, bases).map(found => found.source), ['aider', 'codex']);
});

test('a provider id or env_key holding terminal escapes is named without them', () => {
	const parsed = {model_provider: 'ds\u001b[31m', model_providers: {'ds\u001b[31m': {base_url: 'https://api.deepseek.com', env_key: 'KEY\u001b]0;x\u0007'}}};
	const config = codexConfigOf(parsed, file, {'KEY\u001b]0;x\u0007': testKey});
	assert.equal(config.key?.value, testKey);
	assert.doesNotMatch(config.key?.name ?? '', /\u001b|\u0007/);
	assert.doesNotMatch(config.baseUrl?.name ?? '', /\u001b/);
	assert.match(config.key?.name ?? '', /^model_providers\.ds.*\.env_key \(\$KEY/);
});

// The layers Codex merges (codex-rs/config/src/loader/mod.rs): the system's config.toml, the user's, and on top the
// legacy managed_config.toml; a project's .codex/config.toml may not set model_provider(s), trusted or not.
async function inLayers(run: (folders: {home: string; project: string; codexDir: string; systemDir: string; env: Record<string, string>}) => Promise<void>): Promise<void> {
	await inFolders(async folders => {
		const systemDir = path.join(folders.home, '..', 'etc-codex');
		mkdirSync(systemDir, {recursive: true});
		await run({...folders, systemDir});
	});
}

test('the system\'s config.toml, the user\'s, then managed_config.toml: merged table into table, the later winning, each value named by its file', async () => {
	await inLayers(async ({project, codexDir, systemDir, env}) => {
		const system = path.join(systemDir, 'config.toml');
		const managed = path.join(systemDir, 'managed_config.toml');
		writeFileSync(system, `model_provider = "ds"\n[model_providers.ds]\nbase_url = "https://api.deepseek.com"\nexperimental_bearer_token = "${otherKey}"\n`);
		writeFileSync(path.join(codexDir, 'config.toml'), 'model = "deepseek-chat"\n');
		const read = (more: Record<string, string> = {}) => readCodexConfig(project, {...env, ...more}, {systemDir});
		assert.deepEqual(await read(), {
			key: {name: 'model_providers.ds.experimental_bearer_token', value: otherKey, file: system},
			baseUrl: {name: 'model_providers.ds.base_url', value: 'https://api.deepseek.com', file: system},
		}, 'the system\'s provider, though the user\'s file names none: the parser loaded for both');
		// The user's env_key joins the system's table: env_key wins over the bearer token, named by the user's file.
		writeFileSync(path.join(codexDir, 'config.toml'), '[model_providers.ds]\nenv_key = "MY_DS_KEY"\n');
		assert.deepEqual((await read({MY_DS_KEY: testKey})).key, {name: 'model_providers.ds.env_key ($MY_DS_KEY)', value: testKey, file, variable: 'MY_DS_KEY'});
		assert.equal((await read({MY_DS_KEY: testKey})).baseUrl?.file, system);
		// managed_config.toml is above the user's: its provider choice wins over the user's.
		writeFileSync(path.join(codexDir, 'config.toml'), 'model_provider = "ds"\n[model_providers.ds]\nenv_key = "MY_DS_KEY"\n');
		writeFileSync(managed, `model_provider = "relay"\n[model_providers.relay]\nbase_url = "https://openrouter.ai/api/v1"\nexperimental_bearer_token = "${testKey}"\n`);
		assert.deepEqual(await read({MY_DS_KEY: otherKey}), {
			key: {name: 'model_providers.relay.experimental_bearer_token', value: testKey, file: managed},
			baseUrl: {name: 'model_providers.relay.base_url', value: 'https://openrouter.ai/api/v1', file: managed},
		});
		assert.equal((await readCodexConfig(project, env, {systemDir, platform: 'win32'})).baseUrl?.file, system, 'no managed_config.toml on Windows');
		// A layer that is no TOML stops Codex: nothing.
		writeFileSync(system, '[model_providers.ds]\n[model_providers.ds]\n');
		assert.deepEqual(await read({MY_DS_KEY: testKey}), {});
	});
	assert.equal(codexSystemDir({}, 'linux'), '/etc/codex');
	assert.equal(codexSystemDir({ProgramData: 'D:\\Data'}, 'win32'), 'D:\\Data\\OpenAI\\Codex');
});

test('amazon-bedrock is a built-in provider: a table of that id is not ours', () => {
	assert.deepEqual(codexConfigOf({model_provider: 'amazon-bedrock', model_providers: {'amazon-bedrock': {base_url: 'https://api.deepseek.com', experimental_bearer_token: testKey}}}, file, {}), {});
});

test('a project\'s .codex/config.toml never sets the provider, trusted or not: named once as ignored, the user\'s provider still the one sent', async () => {
	await inLayers(async ({home, project, codexDir, systemDir, env}) => {
		const user = path.join(codexDir, 'config.toml');
		mkdirSync(path.join(project, '.codex'));
		mkdirSync(path.join(project, '.git'));
		const projectProvider = `model_provider = "ds"\n[model_providers.ds]\nbase_url = "https://api.deepseek.com"\nexperimental_bearer_token = "${testKey}"\n`;
		writeFileSync(path.join(project, '.codex', 'config.toml'), projectProvider);
		const ignored = {file: '.codex/config.toml', instead: file};
		for (const trust of ['', `[projects."${project}"]\ntrust_level = "trusted"\n`, `[projects."${project}"]\ntrust_level = "untrusted"\n`]) {
			writeFileSync(user, trust);
			assert.deepEqual(await readCodexConfig(project, env, {systemDir}), {ignored}, `no provider of the user's; trust: ${trust || 'none'}`);
		}
		// Both set one: the user's is sent, the project's is ignored.
		writeFileSync(user, `[projects."${project}"]\ntrust_level = "trusted"\nmodel_provider = "mine"\n[model_providers.mine]\nbase_url = "https://openrouter.ai/api/v1"\nenv_key = "MY_DS_KEY"\n`);
		assert.deepEqual(await readCodexConfig(project, {...env, MY_DS_KEY: otherKey}, {systemDir}), {
			key: {name: 'model_providers.mine.env_key ($MY_DS_KEY)', value: otherKey, file, variable: 'MY_DS_KEY'},
			baseUrl: {name: 'model_providers.mine.base_url', value: 'https://openrouter.ai/api/v1', file},
			ignored,
		});
		// The project's file only picks another of the user's providers: ignored too (Codex keeps the user's model_provider).
		writeFileSync(user, `model_provider = "mine"\n[model_providers.mine]\nbase_url = "https://openrouter.ai/api/v1"\nexperimental_bearer_token = "${testKey}"\n[model_providers.ds]\nbase_url = "https://api.deepseek.com"\nexperimental_bearer_token = "${otherKey}"\n`);
		writeFileSync(path.join(project, '.codex', 'config.toml'), 'model_provider = "ds"\n');
		assert.equal((await readCodexConfig(project, env, {systemDir})).key?.value, testKey);
		assert.deepEqual((await readCodexConfig(project, env, {systemDir})).ignored, ignored);
		// Picking the provider the user's file picks: nothing to say.
		writeFileSync(user, `model_provider = "ds"\n[model_providers.ds]\nbase_url = "https://api.deepseek.com"\nexperimental_bearer_token = "${otherKey}"\n`);
		assert.equal((await readCodexConfig(project, env, {systemDir})).ignored, undefined);
		// Its own DeepSeek table, though the user's sends the same key: ignored all the same.
		writeFileSync(path.join(project, '.codex', 'config.toml'), `[model_providers.other]\nbase_url = "https://openrouter.ai/api/v1"\nenv_key = "UNSET_HERE"\n`);
		assert.deepEqual((await readCodexConfig(project, env, {systemDir})).ignored, ignored);
		// Not a DeepSeek provider: nothing to say.
		writeFileSync(user, '');
		writeFileSync(path.join(project, '.codex', 'config.toml'), 'model_provider = "local"\n[model_providers.local]\nbase_url = "http://localhost:11434/v1"\n');
		assert.deepEqual(await readCodexConfig(project, env, {systemDir}), {});
		// From a sub-folder: the project's root (its .git) down to the folder run in, named relative to it.
		writeFileSync(path.join(project, '.codex', 'config.toml'), projectProvider);
		const sub = path.join(project, 'src');
		mkdirSync(sub);
		assert.deepEqual((await readCodexConfig(sub, env, {systemDir})).ignored, {file: '../.codex/config.toml', instead: file});
		// project_root_markers = [] : only the folder run in.
		writeFileSync(user, 'project_root_markers = []\n');
		assert.equal((await readCodexConfig(sub, env, {systemDir})).ignored, undefined);
		assert.deepEqual((await readCodexConfig(project, env, {systemDir})).ignored, ignored);
		// Run in the home folder: its .codex is Codex's own folder, no project's.
		writeFileSync(user, '');
		writeFileSync(path.join(home, '.codex', 'config.toml'), projectProvider);
		assert.equal((await readCodexConfig(home, env, {systemDir})).ignored, undefined);
	});
});

test('the parser is loaded only where one of the files, a project\'s too, mentions model_providers', async () => {
	await inLayers(async ({project, codexDir, systemDir, env}) => {
		let parsed = 0;
		const parseToml = async (text: string) => {
			parsed++;
			return parseTomlText(text);
		};
		writeFileSync(path.join(codexDir, 'config.toml'), 'model = "gpt-5"\n');
		mkdirSync(path.join(project, '.codex'));
		writeFileSync(path.join(project, '.codex', 'config.toml'), 'model_provider = "ds"\n');
		assert.deepEqual(await readCodexConfig(project, env, {systemDir, parseToml}), {});
		assert.equal(parsed, 0);
		writeFileSync(path.join(project, '.codex', 'config.toml'), `[model_providers.ds]\nbase_url = "https://api.deepseek.com"\nexperimental_bearer_token = "${testKey}"\n`);
		writeFileSync(path.join(codexDir, 'config.toml'), 'model_provider = "ds"\n');
		assert.deepEqual(await readCodexConfig(project, env, {systemDir, parseToml}), {ignored: {file: '.codex/config.toml', instead: file}});
		assert.equal(parsed, 2, 'each file parsed once');
	});
});

test('where the key is the variable env_key names, sentences name the variable in the environment, never config.toml as if it held the key', () => {
	const name = 'model_providers.ds.env_key ($MY_DS_KEY)';
	assert.equal(appKeyVariable('codex', {name, file}), 'MY_DS_KEY', 'read back from the name the JSON keeps');
	assert.equal(appSetsEn('codex', name, file, true), 'MY_DS_KEY in the environment holds');
	assert.equal(appSetsZh('codex', name, file), '环境变量 MY_DS_KEY 的值是');
	assert.equal(appSettingPlaceEn('codex', name, file), 'MY_DS_KEY in the environment');
	assert.equal(appSettingPlaceZh('codex', name, file), '环境变量 MY_DS_KEY');
	// A bearer token is in the file: named with it.
	const token = 'model_providers.ds.experimental_bearer_token';
	assert.equal(appKeyVariable('codex', {name: token, file}), undefined);
	assert.equal(appSetsEn('codex', token, file), `Codex's ${file} sets ${token} to`);
	assert.equal(appSettingPlaceZh('codex', token, file), `${file} 里的 ${token}`);
	assert.equal(appSettingPlaceEn('continue', name, '~/.continue/config.yaml'), `${name} in Continue's ~/.continue/config.yaml`, 'only Codex names keys so');
});

test('a provider whose id is the key itself in full-width characters is named with the key masked, its base URL too', async () => {
	// Found by test/unit/properties-app-configs.test.ts: model_providers.<id> showed the key whole (NFKC turns it back).
	const id = testKey.replace(/[!-~]/g, character => String.fromCharCode(character.charCodeAt(0) + 0xfee0));
	const parsed = await parseTomlText(`model_provider = "${id}"\n[model_providers."${id}"]\nbase_url = "https://api.deepseek.com/v1"\nenv_key = "MY_DS_KEY"\n`);
	const found = codexConfigOf(parsed, '~/.codex/config.toml', {MY_DS_KEY: testKey});
	assert.equal(found.key?.value, testKey);
	assert.equal(found.key?.name, 'model_providers.sk-…cdef.env_key ($MY_DS_KEY)');
	assert.equal(found.baseUrl?.name, 'model_providers.sk-…cdef.base_url');
	assert.equal(appKeyVariable('codex', found.key!), 'MY_DS_KEY');
});
