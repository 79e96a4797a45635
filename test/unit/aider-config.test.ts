// Aider's files (aider-config.ts): the places and their order as Aider's main.py loads them, the entries
// read, which key and base URL the model sends, and the YAML parser loaded only where an entry may be set.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {aiderConfigOf, aiderFiles, aiderListOf, aiderVariableOf, aiderYamlOf, gitRootOf, mayNameAiderEntry, mergeAiderYamls, readAiderConfig, withAiderVariables} from '../../source/aider-config.js';
import {foundOf} from '../../source/app-settings.js';
import {appKeyVariable} from '../../source/text/app-setting.js';
import {deepSeekKeysElsewhere} from '../../source/context.js';
import {baseUrlsElsewhere} from '../../source/checks/endpoint.js';
import {diagnose} from '../../source/diagnose.js';
import {setLanguage} from '../../source/messages/language.js';
import {auth, checkResult, deepseekAnswers, endpoint as endpointResult, keyPresent as keyPresentResult, officialBase, scenario, testContext, testKey} from '../helpers/results.js';

const otherKey = 'sk-' + 'aaaabbbbccccdddd'.repeat(2);
const yamlOnly = (yaml: Parameters<typeof aiderYamlOf>[0], file = '.aider.conf.yml') => mergeAiderYamls([{yaml: aiderYamlOf(yaml), file}]);
const noYaml = mergeAiderYamls([]);

async function inFolders(run: (folders: {root: string; home: string; repo: string; sub: string; env: Record<string, string>}) => Promise<void>): Promise<void> {
	const root = mkdtempSync(path.join(tmpdir(), 'dsfix-aider-'));
	try {
		const home = path.join(root, 'home');
		const repo = path.join(root, 'repo');
		const sub = path.join(repo, 'sub');
		mkdirSync(home, {recursive: true});
		mkdirSync(path.join(repo, '.git'), {recursive: true});
		mkdirSync(sub, {recursive: true});
		await run({root, home, repo, sub, env: {HOME: home}});
	} finally {
		rmSync(root, {recursive: true, force: true});
	}
}

test('aiderFiles: .aider.conf.yml in the home folder, the repository\'s root, the current folder; .env in the home folder, the current folder, then the root (Aider\'s default --env-file, loaded last); each once', () => {
	const env = {HOME: '/h'};
	assert.deepEqual(aiderFiles('yaml', '/r/sub', env, '/r').map(file => file.shownAs), ['~/.aider.conf.yml', '../.aider.conf.yml', '.aider.conf.yml']);
	assert.deepEqual(aiderFiles('dotenv', '/r/sub', env, '/r').map(file => file.shownAs), ['~/.aider/oauth-keys.env', '~/.env', '.env', '../.env'], 'oauth-keys.env first: any .env beats it');
	assert.deepEqual(aiderFiles('yaml', '/r', env, '/r').map(file => file.shownAs), ['~/.aider.conf.yml', '.aider.conf.yml'], 'run at the root: its file once');
	assert.deepEqual(aiderFiles('dotenv', '/p', env, undefined).map(file => file.shownAs), ['~/.aider/oauth-keys.env', '~/.env', '.env'], 'outside a repository');
	assert.deepEqual(aiderFiles('dotenv', '/p', {}, undefined).map(file => file.shownAs), ['.env'], 'no home folder: no oauth-keys.env');
	assert.deepEqual(aiderFiles('yaml', '/h', env, undefined).map(file => file.shownAs), ['~/.aider.conf.yml'], 'run in the home folder');
	// AIDER_ENV_FILE names the --env-file (relative to the current folder): generate_search_path_list then lists the root's
	// .env before the current folder's, and that file last; a blank one is none.
	assert.deepEqual(aiderFiles('dotenv', '/r/sub', {...env, AIDER_ENV_FILE: 'conf/aider.env'}, '/r').map(file => file.shownAs), ['~/.aider/oauth-keys.env', '~/.env', '../.env', '.env', 'conf/aider.env']);
	assert.deepEqual(aiderFiles('dotenv', '/r/sub', {...env, AIDER_ENV_FILE: '/h/keys.env'}, '/r').map(file => file.shownAs), ['~/.aider/oauth-keys.env', '~/.env', '../.env', '.env', '~/keys.env'], 'in the home folder');
	assert.deepEqual(aiderFiles('dotenv', '/r/sub', {...env, AIDER_ENV_FILE: '../.env'}, '/r').map(file => file.shownAs), ['~/.aider/oauth-keys.env', '~/.env', '.env', '../.env'], 'the root\'s own .env: at its last place');
	// configargparse passes a set variable on as `--env-file=VALUE`: empty is an empty --env-file, which load_dotenv_files
	// leaves out (no default added: the root's .env keeps its place before the current folder's); spaces name a file.
	assert.deepEqual(aiderFiles('dotenv', '/r/sub', {...env, AIDER_ENV_FILE: ''}, '/r').map(file => file.shownAs), ['~/.aider/oauth-keys.env', '~/.env', '../.env', '.env'], 'empty: no --env-file');
	assert.deepEqual(aiderFiles('dotenv', '/p', {...env, AIDER_ENV_FILE: ' '}, undefined).map(file => file.file), [path.join('/h', '.aider', 'oauth-keys.env'), path.join('/h', '.env'), path.join('/p', '.env'), path.join('/p', ' ')], 'spaces: a file of that name');
	// The YAML's env-file, where AIDER_ENV_FILE is unset (the variable beats the config files, even empty).
	assert.deepEqual(aiderFiles('dotenv', '/r/sub', env, '/r', 'conf/aider.env').map(file => file.shownAs), ['~/.aider/oauth-keys.env', '~/.env', '../.env', '.env', 'conf/aider.env']);
	assert.deepEqual(aiderFiles('dotenv', '/r/sub', env, '/r', '').map(file => file.shownAs), ['~/.aider/oauth-keys.env', '~/.env', '../.env', '.env'], 'env-file: "" is an empty --env-file');
	assert.deepEqual(aiderFiles('dotenv', '/r/sub', {...env, AIDER_ENV_FILE: 'x.env'}, '/r', 'conf/aider.env').map(file => file.shownAs).at(-1), 'x.env');
	assert.deepEqual(aiderFiles('dotenv', '/r/sub', {...env, AIDER_ENV_FILE: ''}, '/r', 'conf/aider.env').map(file => file.shownAs), ['~/.aider/oauth-keys.env', '~/.env', '../.env', '.env']);
	assert.deepEqual(aiderFiles('yaml', '/r/sub', {...env, AIDER_ENV_FILE: 'conf/aider.env'}, '/r').map(file => file.shownAs), ['~/.aider.conf.yml', '../.aider.conf.yml', '.aider.conf.yml'], 'the YAML files are not its');
	assert.equal(gitRootOf('/r/sub/deeper', folder => folder === '/r'), '/r');
	assert.equal(gitRootOf('/p', () => false), undefined);
});

test('aiderYamlOf and mergeAiderYamls: the entries asked, a list given as one string is a list of one; a later file\'s entry replaces the earlier\'s whole', () => {
	assert.deepEqual(aiderYamlOf({'api-key': `deepseek=${testKey}`, 'set-env': ['A=1'], model: 'deepseek', 'dark-mode': true}), {model: 'deepseek', 'set-env': ['A=1'], 'api-key': [`deepseek=${testKey}`]});
	for (const junk of [undefined, null, 'text', [1, 2], 42]) assert.deepEqual(aiderYamlOf(junk), {});
	const merged = mergeAiderYamls([
		{yaml: {'api-key': [`deepseek=${otherKey}`], model: 'deepseek'}, file: '~/.aider.conf.yml'},
		{yaml: {'api-key': ['gemini=x']}, file: '.aider.conf.yml'},
	]);
	assert.deepEqual(merged.yaml, {'api-key': ['gemini=x'], model: 'deepseek'});
	assert.deepEqual(merged.fileOf, {'api-key': '.aider.conf.yml', model: '~/.aider.conf.yml'});
});

test('aiderConfigOf: the .env files override each other in order; set-env, then api-key override them; a DeepSeek model sends DEEPSEEK_API_KEY to DEEPSEEK_API_BASE', () => {
	const dotenvs: Array<{values: Record<string, string>; file: string}> = [
		{values: {DEEPSEEK_API_KEY: otherKey, DEEPSEEK_API_BASE: 'https://relay.example/v1'}, file: '~/.env'},
		{values: {DEEPSEEK_API_KEY: testKey}, file: '../.env'},
	];
	assert.deepEqual(aiderConfigOf(dotenvs, noYaml), {key: {name: 'DEEPSEEK_API_KEY', value: testKey, file: '../.env'}, baseUrl: {name: 'DEEPSEEK_API_BASE', value: 'https://relay.example/v1', file: '~/.env'}});
	const setEnv = yamlOnly({'set-env': [`DEEPSEEK_API_KEY=${otherKey}`]});
	assert.deepEqual(aiderConfigOf(dotenvs, setEnv).key, {name: 'set-env DEEPSEEK_API_KEY', value: otherKey, file: '.aider.conf.yml'});
	const both = yamlOnly({'set-env': [`DEEPSEEK_API_KEY=${otherKey}`], 'api-key': [`deepseek= ${testKey}`]});
	assert.deepEqual(aiderConfigOf([], both).key, {name: 'api-key deepseek', value: testKey, file: '.aider.conf.yml'}, 'api-key after set-env');
	assert.deepEqual(aiderConfigOf([{values: {DEEPSEEK_API_KEY: testKey}, file: '~/.env'}, {values: {DEEPSEEK_API_KEY: ''}, file: '.env'}], noYaml), {}, 'emptied by a later file');
	for (const model of ['deepseek', 'r1', 'deepseek/deepseek-reasoner']) assert.equal(aiderConfigOf([], yamlOnly({model, 'api-key': [`deepseek=${testKey}`]})).key?.value, testKey, model);
	assert.equal(aiderConfigOf([], yamlOnly({deepseek: true, 'api-key': [`deepseek=${testKey}`]})).key?.value, testKey, 'the old deepseek: true');
	assert.deepEqual(aiderConfigOf([], yamlOnly({model: 'sonnet', 'api-key': [`deepseek=${testKey}`]})), {}, 'another provider\'s model sends no DeepSeek key');
	assert.deepEqual(aiderConfigOf([], yamlOnly({model: 'openrouter/deepseek/deepseek-chat', 'api-key': [`deepseek=${testKey}`]})), {});
});

test('aiderConfigOf: an openai/ model sends openai-api-key to openai-api-base, asked only where that base is DeepSeek\'s or a known relay\'s', () => {
	const atRelay = yamlOnly({model: 'openai/deepseek-chat', 'openai-api-key': testKey, 'openai-api-base': 'https://openrouter.ai/api/v1'});
	assert.deepEqual(aiderConfigOf([], atRelay), {key: {name: 'openai-api-key', value: testKey, file: '.aider.conf.yml'}, baseUrl: {name: 'openai-api-base', value: 'https://openrouter.ai/api/v1', file: '.aider.conf.yml'}});
	assert.deepEqual(aiderConfigOf([], yamlOnly({model: 'openai/deepseek-chat', 'openai-api-key': testKey, 'openai-api-base': 'http://localhost:11434/v1'})), {}, 'a local server is none of ours');
	assert.deepEqual(aiderConfigOf([], yamlOnly({model: 'openai/deepseek-chat', 'openai-api-key': testKey})), {}, 'OpenAI\'s own');
	assert.equal(aiderConfigOf([{values: {OPENAI_API_KEY: otherKey}, file: '.env'}], atRelay).key?.value, testKey, 'openai-api-key over the .env files');
});

test('aiderListOf: a list option\'s variable as configargparse reads it: one item, a JSON list, or [a, b] split at commas', () => {
	assert.deepEqual(aiderListOf(`deepseek=${testKey}`), [`deepseek=${testKey}`], 'one item');
	assert.deepEqual(aiderListOf(`["deepseek=${testKey}", "gemini=x"]`), [`deepseek=${testKey}`, 'gemini=x'], 'JSON');
	assert.deepEqual(aiderListOf(`[deepseek=${testKey}, gemini=x]`), [`deepseek=${testKey}`, 'gemini=x'], 'not JSON: split at commas, trimmed');
	assert.deepEqual(aiderListOf('[1, "a"]'), ['1', 'a']);
	assert.deepEqual(aiderListOf('[]'), []);
	assert.deepEqual(aiderListOf('a=[1]'), ['a=[1]'], 'brackets only at both ends make a list');
	assert.equal(aiderVariableOf('openai-api-base'), 'AIDER_OPENAI_API_BASE');
	assert.equal(aiderVariableOf('set-env'), 'AIDER_SET_ENV');
});

test('AIDER_… variables: one beats the YAML\'s entry (a list whole); a .env file\'s line beats the environment\'s, the last file winning; named as the variable, in its file or the environment', () => {
	const yaml = yamlOnly({'api-key': [`deepseek=${otherKey}`, 'gemini=x'], model: 'deepseek'});
	const options = (dotenvs: Array<{values: Record<string, string>; file: string}>, env: Record<string, string>) => aiderConfigOf(dotenvs, withAiderVariables(yaml, dotenvs, env));
	assert.deepEqual(options([], {}).key, {name: 'api-key deepseek', value: otherKey, file: '.aider.conf.yml'}, 'no variable: the YAML');
	assert.deepEqual(options([], {AIDER_API_KEY: `deepseek=${testKey}`}).key, {name: 'AIDER_API_KEY deepseek', value: testKey, file: ''}, 'the environment\'s variable beats the YAML');
	assert.deepEqual(options([], {AIDER_API_KEY: 'gemini=y'}).key, undefined, 'the YAML\'s list is replaced whole');
	const inDotenv = [{values: {AIDER_API_KEY: `deepseek=${otherKey}`}, file: '~/.env'}, {values: {AIDER_API_KEY: `[deepseek=${testKey}]`}, file: '.env'}];
	assert.deepEqual(options(inDotenv, {AIDER_API_KEY: 'deepseek=sk-shell'}).key, {name: 'AIDER_API_KEY deepseek', value: testKey, file: '.env'}, 'a .env line beats the environment, the last file winning');
	assert.deepEqual(options([], {AIDER_MODEL: 'sonnet'}), {}, 'AIDER_MODEL beats the YAML\'s model');
	assert.equal(options([{values: {AIDER_MODEL: 'deepseek/deepseek-chat'}, file: '.env'}], {AIDER_MODEL: 'sonnet'}).key?.value, otherKey, 'the .env\'s AIDER_MODEL beats the shell\'s');
	assert.equal(options([], {AIDER_MODEL: ''}).key?.value, otherKey, 'an empty AIDER_MODEL is no model: DeepSeek\'s variables are read');
	assert.deepEqual(aiderConfigOf([], withAiderVariables(yamlOnly({model: 'sonnet'}), [], {AIDER_SET_ENV: `["DEEPSEEK_API_KEY=${testKey}"]`, AIDER_MODEL: ''})).key, {name: 'AIDER_SET_ENV DEEPSEEK_API_KEY', value: testKey, file: ''});
	const relay = {AIDER_MODEL: 'openai/deepseek-chat', AIDER_OPENAI_API_KEY: testKey};
	assert.deepEqual(aiderConfigOf([{values: {AIDER_OPENAI_API_BASE: 'https://openrouter.ai/api/v1'}, file: '.env'}], withAiderVariables(noYaml, [{values: {AIDER_OPENAI_API_BASE: 'https://openrouter.ai/api/v1'}, file: '.env'}], relay)), {
		key: {name: 'AIDER_OPENAI_API_KEY', value: testKey, file: ''},
		baseUrl: {name: 'AIDER_OPENAI_API_BASE', value: 'https://openrouter.ai/api/v1', file: '.env'},
	});
	assert.deepEqual(options([], {AIDER_CONFIG: '/elsewhere.yml', DEEPSEEK_API_KEY: testKey}).key?.value, otherKey, 'the environment\'s own DEEPSEEK_API_KEY is not Aider\'s, and --config has no variable');
});

test('readAiderConfig: ~/.aider/oauth-keys.env loaded first, a .env beating it; AIDER_… lines in it count; the environment\'s AIDER_… variables read', async () => {
	await inFolders(async ({home, repo, sub, env}) => {
		mkdirSync(path.join(home, '.aider'));
		writeFileSync(path.join(home, '.aider', 'oauth-keys.env'), `DEEPSEEK_API_KEY=${otherKey}\n`);
		assert.deepEqual(await readAiderConfig(sub, env), {key: {name: 'DEEPSEEK_API_KEY', value: otherKey, file: '~/.aider/oauth-keys.env'}});
		writeFileSync(path.join(home, '.env'), `DEEPSEEK_API_KEY=${testKey}\n`);
		assert.deepEqual(await readAiderConfig(sub, env), {key: {name: 'DEEPSEEK_API_KEY', value: testKey, file: '~/.env'}}, 'the home folder\'s .env beats it');
		rmSync(path.join(home, '.env'));
		writeFileSync(path.join(home, '.aider', 'oauth-keys.env'), `AIDER_API_KEY=deepseek=${testKey}\n`);
		assert.deepEqual(await readAiderConfig(sub, {...env, AIDER_API_KEY: `deepseek=${otherKey}`}), {key: {name: 'AIDER_API_KEY deepseek', value: testKey, file: '~/.aider/oauth-keys.env'}}, 'its line beats the environment');
		rmSync(path.join(home, '.aider', 'oauth-keys.env'));
		writeFileSync(path.join(repo, '.env'), 'AIDER_OPENAI_API_BASE=https://openrouter.ai/api/v1\nAIDER_MODEL=openai/deepseek-chat\n');
		assert.deepEqual(await readAiderConfig(sub, {...env, AIDER_OPENAI_API_KEY: testKey}), {key: {name: 'AIDER_OPENAI_API_KEY', value: testKey, file: ''}, baseUrl: {name: 'AIDER_OPENAI_API_BASE', value: 'https://openrouter.ai/api/v1', file: '../.env'}});
	});
});

test('readAiderConfig: AIDER_ENV_FILE\'s file is loaded last, beating the .env files, and named as they are; missing, it is no error', async () => {
	await inFolders(async ({repo, sub, env}) => {
		mkdirSync(path.join(sub, 'conf'));
		writeFileSync(path.join(sub, 'conf', 'aider.env'), `DEEPSEEK_API_KEY=${otherKey}\n`);
		writeFileSync(path.join(sub, '.env'), `DEEPSEEK_API_KEY=${testKey}\nDEEPSEEK_API_BASE=https://relay.example/v1\n`);
		writeFileSync(path.join(repo, '.env'), 'DEEPSEEK_API_BASE=https://other.example/v1\n');
		// Unset: the root's .env is loaded last (its base URL), the current folder's key.
		assert.deepEqual(await readAiderConfig(sub, env), {key: {name: 'DEEPSEEK_API_KEY', value: testKey, file: '.env'}, baseUrl: {name: 'DEEPSEEK_API_BASE', value: 'https://other.example/v1', file: '../.env'}});
		// Set: its file last (its key), and the current folder's .env after the root's (its base URL).
		const named = {...env, AIDER_ENV_FILE: path.join('conf', 'aider.env')};
		assert.deepEqual(await readAiderConfig(sub, named), {key: {name: 'DEEPSEEK_API_KEY', value: otherKey, file: 'conf/aider.env'}, baseUrl: {name: 'DEEPSEEK_API_BASE', value: 'https://relay.example/v1', file: '.env'}});
		// A file that is not there: no error, the others as they are in that order.
		assert.deepEqual(await readAiderConfig(sub, {...env, AIDER_ENV_FILE: 'missing.env'}), {key: {name: 'DEEPSEEK_API_KEY', value: testKey, file: '.env'}, baseUrl: {name: 'DEEPSEEK_API_BASE', value: 'https://relay.example/v1', file: '.env'}});
	});
});

test('readAiderConfig: env-file in .aider.conf.yml names the --env-file, the nearer yml\'s winning, relative to the folder run in; AIDER_ENV_FILE beats it, even empty', async () => {
	await inFolders(async ({home, repo, sub, env}) => {
		writeFileSync(path.join(sub, '.env'), `DEEPSEEK_API_KEY=${testKey}\n`);
		writeFileSync(path.join(repo, '.env'), 'DEEPSEEK_API_BASE=https://root.example/v1\n');
		writeFileSync(path.join(sub, 'home.env'), 'DEEPSEEK_API_BASE=https://home-named.example/v1\n');
		writeFileSync(path.join(sub, 'repo.env'), `DEEPSEEK_API_KEY=${otherKey}\n`);
		// Relative to the folder run in, not to the yml's folder: a repo.env beside the root's yml is not it.
		writeFileSync(path.join(repo, 'repo.env'), 'DEEPSEEK_API_BASE=https://beside-the-yml.example/v1\n');
		writeFileSync(path.join(home, '.aider.conf.yml'), 'env-file: home.env\n');
		assert.deepEqual(await readAiderConfig(sub, env), {key: {name: 'DEEPSEEK_API_KEY', value: testKey, file: '.env'}, baseUrl: {name: 'DEEPSEEK_API_BASE', value: 'https://home-named.example/v1', file: 'home.env'}}, 'the home yml\'s file last, the root\'s .env before the current folder\'s');
		writeFileSync(path.join(repo, '.aider.conf.yml'), 'env-file: repo.env\n');
		assert.deepEqual(await readAiderConfig(sub, env), {key: {name: 'DEEPSEEK_API_KEY', value: otherKey, file: 'repo.env'}, baseUrl: {name: 'DEEPSEEK_API_BASE', value: 'https://root.example/v1', file: '../.env'}}, 'the root\'s yml beats the home folder\'s');
		assert.deepEqual(await readAiderConfig(sub, {...env, AIDER_ENV_FILE: 'home.env'}), {key: {name: 'DEEPSEEK_API_KEY', value: testKey, file: '.env'}, baseUrl: {name: 'DEEPSEEK_API_BASE', value: 'https://home-named.example/v1', file: 'home.env'}}, 'the variable beats the yml');
		// The root's .env sets a key too: by default it is loaded last and wins; with an empty AIDER_ENV_FILE the current folder's does.
		writeFileSync(path.join(repo, '.env'), `DEEPSEEK_API_KEY=${otherKey}\nDEEPSEEK_API_BASE=https://root.example/v1\n`);
		rmSync(path.join(home, '.aider.conf.yml'));
		rmSync(path.join(repo, '.aider.conf.yml'));
		assert.deepEqual((await readAiderConfig(sub, env)).key, {name: 'DEEPSEEK_API_KEY', value: otherKey, file: '../.env'}, 'unset: the default, the root\'s .env last');
		assert.deepEqual(await readAiderConfig(sub, {...env, AIDER_ENV_FILE: ''}), {key: {name: 'DEEPSEEK_API_KEY', value: testKey, file: '.env'}, baseUrl: {name: 'DEEPSEEK_API_BASE', value: 'https://root.example/v1', file: '../.env'}}, 'empty: no --env-file, the current folder\'s .env last');
	});
});

test('readAiderConfig: the files in place, the nearest winning; the YAML parser loaded only where a file may set an entry asked; a huge file is nothing', async () => {
	await inFolders(async ({home, repo, sub, env}) => {
		writeFileSync(path.join(home, '.aider.conf.yml'), `api-key:\n  - deepseek=${otherKey}\n`);
		writeFileSync(path.join(repo, '.aider.conf.yml'), `api-key:\n  - deepseek=${testKey}\n`);
		writeFileSync(path.join(repo, '.env'), 'DEEPSEEK_API_BASE=https://relay.example/v1\n');
		writeFileSync(path.join(sub, '.env'), 'DEEPSEEK_API_BASE=https://other.example/v1\n');
		assert.deepEqual(await readAiderConfig(sub, env), {key: {name: 'api-key deepseek', value: testKey, file: '../.aider.conf.yml'}, baseUrl: {name: 'DEEPSEEK_API_BASE', value: 'https://relay.example/v1', file: '../.env'}});
		let parsed = 0;
		const counting = async (text: string) => {
			parsed++;
			return (await import('yaml')).parse(text) as unknown;
		};
		writeFileSync(path.join(home, '.aider.conf.yml'), 'dark-mode: true\n');
		writeFileSync(path.join(repo, '.aider.conf.yml'), ' '.repeat(256 * 1024) + `\napi-key: [deepseek=${otherKey}]\n`);
		assert.deepEqual(await readAiderConfig(sub, env, counting), {baseUrl: {name: 'DEEPSEEK_API_BASE', value: 'https://relay.example/v1', file: '../.env'}});
		assert.equal(parsed, 0, 'no entry asked, and a file past the cap, are never parsed');
	});
	assert.equal(mayNameAiderEntry('model: deepseek\n'), true);
	assert.equal(mayNameAiderEntry('"api-key": []\n'), true);
	assert.equal(mayNameAiderEntry('dark-mode: true\n# api-key: x\n'), false);
});

test('Aider\'s key and base URL are named after the other apps\', each key once', () => {
	const aider = foundOf({key: {name: 'api-key deepseek', value: testKey, file: '~/.aider.conf.yml'}, baseUrl: {name: 'DEEPSEEK_API_BASE', value: 'https://relay.example/v1', file: '~/.env'}});
	const continued = foundOf({key: {name: 'models[0].apiKey', value: otherKey, file: '~/.continue/config.yaml'}});
	assert.deepEqual(deepSeekKeysElsewhere({}, undefined, {aider, continue: continued}).map(found => found.source), ['continue', 'aider']);
	assert.deepEqual(deepSeekKeysElsewhere({OPENAI_API_KEY: testKey}, undefined, {aider}).map(found => found.source), [undefined], 'the same key once');
	assert.deepEqual(baseUrlsElsewhere('https://api.deepseek.com', {}, undefined, {aider}).map(({name, source, settingsFile}) => ({name, source, settingsFile})), [{name: 'DEEPSEEK_API_BASE', source: 'aider', settingsFile: '~/.env'}]);
});

test('a setting the environment gives (an AIDER_… variable): inEnvironment in the JSON, no settingsFile; sentences say it is in the environment, in both languages', async () => {
	const {keyPresent} = await import('../../source/checks/key-present.js');
	const {elsewhereName} = await import('../../source/checks/endpoint.js');
	const {wizardText} = await import('../../source/messages/wizard.js');
	const aider = foundOf({key: {name: 'AIDER_API_KEY deepseek', value: testKey, file: ''}, baseUrl: {name: 'AIDER_OPENAI_API_BASE', value: 'https://openrouter.ai/api/v1', file: ''}});
	assert.deepEqual(deepSeekKeysElsewhere({}, undefined, {aider}), [{name: 'AIDER_API_KEY deepseek', masked: 'sk-…cdef', inProjectEnv: false, source: 'aider', inEnvironment: true}]);
	const [base] = baseUrlsElsewhere('https://api.deepseek.com', {}, undefined, {aider});
	assert.deepEqual(base && {name: base.name, source: base.source, inEnvironment: base.inEnvironment, settingsFile: base.settingsFile}, {name: 'AIDER_OPENAI_API_BASE', source: 'aider', inEnvironment: true, settingsFile: undefined});
	const present = await keyPresent.run(testContext({apiKey: undefined, keySource: 'none', appSettings: async () => ({aider})}), new AbortController().signal);
	const said = async () => {
		const summary = (await keyPresent.run(testContext({apiKey: undefined, keySource: 'none', appSettings: async () => ({aider})}), new AbortController().signal)).summary;
		const fix = diagnose([checkResult('key_present', present), endpointResult.official()]).fixes[0]?.title;
		return [summary, fix, elsewhereName(base!), wizardText.key.helpApp({app: 'aider', variable: 'AIDER_OPENAI_API_KEY', masked: 'sk-…cdef', file: ''}), wizardText.notices.settingsSavedAppKey({file: '/c/config.json', app: 'aider', appFile: '', keyVariable: appKeyVariable('aider', {name: 'AIDER_OPENAI_API_KEY', file: ''})})];
	};
	try {
		setLanguage('en');
		const [summary, fix, name, help, notice] = await said();
		assert.match(summary ?? '', /^No key in DEEPSEEK_API_KEY, but the deepseek= item of AIDER_API_KEY in the environment holds a DeepSeek-shaped key \(sk-…cdef\), the key Aider sends/);
		assert.equal(fix, 'Set DEEPSEEK_API_KEY to the key in the deepseek= item of AIDER_API_KEY in the environment (sk-…cdef), or pick it in the wizard, to check the key Aider sends');
		assert.equal(name, 'AIDER_OPENAI_API_BASE in the environment');
		assert.match(help ?? '', /^AIDER_OPENAI_API_KEY in the environment holds a DeepSeek-shaped key \(sk-…cdef\): pick it/);
		assert.match(notice ?? '', /it stays in AIDER_OPENAI_API_KEY, the environment variable Aider reads it from, set in the shell that starts it;/);
		setLanguage('zh-CN');
		const zh = await said();
		assert.match(zh[0] ?? '', /^DEEPSEEK_API_KEY 里没有 key，但环境变量 AIDER_API_KEY 里的 deepseek= 是一个 DeepSeek 格式的 key（sk-…cdef），这就是 Aider 发送的 key/);
		assert.match(zh[1] ?? '', /^Aider 发送的 key（sk-…cdef）来自环境变量 AIDER_API_KEY 里的 deepseek=：要检查它，把 DEEPSEEK_API_KEY 设成它，/);
		assert.equal(zh[2], 'AIDER_OPENAI_API_BASE');
		assert.match(zh[3] ?? '', /^环境变量 AIDER_OPENAI_API_KEY 的值是一个 DeepSeek 格式的 key（sk-…cdef）：选择它/);
		assert.match(zh[4] ?? '', /它仍在环境变量 AIDER_OPENAI_API_KEY 里（Aider 从这里读取 key，在启动它的 shell 里设置），/);
	} finally {
		setLanguage('en');
	}
});

test('Aider\'s key picked and refused (401): the first fix is to replace the key in Aider\'s settings, in both languages', () => {
	const refused = scenario(keyPresentResult.found('aider'), auth.refused(deepseekAnswers.unauthorized()));
	try {
		setLanguage('en');
		assert.deepEqual([diagnose(refused).fixes[0]?.id, diagnose(refused).fixes[0]?.title], ['check_key_in_tool', "Replace the key in Aider's settings with a working one"]);
		setLanguage('zh-CN');
		assert.equal(diagnose(refused).fixes[0]?.title, '把 Aider 设置里的 key 换成可用的');
		// Where key_present names the file the key was found in, the fix names it too, as the key question's help does.
		const named = scenario(checkResult('key_present', {status: 'pass', summary: '', details: {source: 'aider', settingsFile: '~/.aider.conf.yml'}}), auth.refused(deepseekAnswers.unauthorized()));
		assert.equal(diagnose(named).fixes[0]?.title, '把 Aider 的 ~/.aider.conf.yml 里的 key 换成可用的');
		setLanguage('en');
		assert.deepEqual([diagnose(named).fixes[0]?.id, diagnose(named).fixes[0]?.title], ['check_key_in_tool', "Replace the key in Aider's ~/.aider.conf.yml with a working one"]);
	} finally {
		setLanguage('en');
	}
});

test('no key, and Aider sends its key to a relay: set_key\'s command checks it there (--base-url), in both languages; at the base URL checked, no flag', async () => {
	const {keyPresent} = await import('../../source/checks/key-present.js');
	const aider = foundOf({key: {name: 'openai-api-key', value: testKey, file: '~/.aider.conf.yml'}, baseUrl: {name: 'openai-api-base', value: 'https://openrouter.ai/api/v1', file: '~/.aider.conf.yml'}});
	const present = await keyPresent.run(testContext({apiKey: undefined, keySource: 'none', appSettings: async () => ({aider})}), new AbortController().signal);
	const keyResult = checkResult('key_present', present);
	const atRelay = (checked: string) => {
		const official = endpointResult.official();
		return {...official, details: {...official.details, elsewhere: baseUrlsElsewhere(checked, {}, undefined, {aider})}};
	};
	const titles = (checked: string) => {
		const fix = diagnose([keyResult, atRelay(checked)]).fixes[0];
		return [fix?.id, fix?.title];
	};
	try {
		setLanguage('en');
		assert.deepEqual(titles(officialBase), ['set_key', "Set DEEPSEEK_API_KEY to the key in openai-api-key in Aider's ~/.aider.conf.yml (sk-…cdef) and run deepseek-fix check --base-url https://openrouter.ai/api, or pick it in the wizard, to check the key Aider sends"]);
		assert.deepEqual(titles('https://openrouter.ai/api'), ['set_key', "Set DEEPSEEK_API_KEY to the key in openai-api-key in Aider's ~/.aider.conf.yml (sk-…cdef), or pick it in the wizard, to check the key Aider sends"], 'checked where Aider sends it already');
		setLanguage('zh-CN');
		assert.equal(titles(officialBase)[1], 'Aider 发送的 key（sk-…cdef）来自 ~/.aider.conf.yml 里的 openai-api-key：要检查它，把 DEEPSEEK_API_KEY 设成它并运行 deepseek-fix check --base-url https://openrouter.ai/api，或在向导里选择它');
	} finally {
		setLanguage('en');
	}
});

test('the key of the folder\'s .env, which the tool already uses, is not offered again as Aider\'s', async () => {
	const {knownFrom} = await import('../../source/tree/known.js');
	const {defaultSettings} = await import('../../source/settings/index.js');
	const {projectEnvFrom} = await import('../../source/project-env.js');
	const aider = foundOf({key: {name: 'DEEPSEEK_API_KEY', value: testKey, file: '.env'}});
	const base = {env: {}, flags: {}, settings: defaultSettings(), deepseekBaseUrl: 'https://api.deepseek.com', apps: {aider}};
	const known = knownFrom({...base, projectEnv: projectEnvFrom(`DEEPSEEK_API_KEY=${testKey}\n`)});
	assert.equal(known.key?.source, 'dotenv');
	assert.equal(known.appKeys, undefined);
	assert.equal(knownFrom(base).appKeys?.aider?.file, '.env', 'offered where the tool has no key');
});

test('where an app\'s key really lives: a refused key read from a variable (Codex CLI\'s env_key\'s, an AIDER_… one) is to be set there, in the shell that starts the app, not in a file; in both languages', async () => {
	const {keyPresent} = await import('../../source/checks/key-present.js');
	const codex = foundOf({key: {name: 'model_providers.ds.env_key ($MY_DS_KEY)', value: testKey, file: '~/.codex/config.toml', variable: 'MY_DS_KEY'}});
	const aider = foundOf({key: {name: 'AIDER_OPENAI_API_KEY', value: testKey, file: ''}});
	const inFile = foundOf({key: {name: 'api-key deepseek', value: testKey, file: '~/.aider.conf.yml'}});
	const refusedWith = async (source: 'codex' | 'aider', apps: object) => {
		const present = await keyPresent.run(testContext({keySource: source, appSettings: async () => apps}), new AbortController().signal);
		return {details: present.details, fix: diagnose(scenario(checkResult('key_present', present), auth.refused(deepseekAnswers.unauthorized()))).fixes[0]};
	};
	try {
		setLanguage('en');
		const fromCodex = await refusedWith('codex', {codex});
		assert.equal(fromCodex.details['keyVariable'], 'MY_DS_KEY');
		assert.deepEqual([fromCodex.fix?.id, fromCodex.fix?.title], ['check_key_in_tool', 'Set MY_DS_KEY to a working key in the shell that starts Codex']);
		const fromAider = await refusedWith('aider', {aider});
		assert.equal(fromAider.details['keyVariable'], 'AIDER_OPENAI_API_KEY');
		assert.equal(fromAider.fix?.title, 'Set AIDER_OPENAI_API_KEY to a working key in the shell that starts Aider');
		const fromFile = await refusedWith('aider', {aider: inFile});
		assert.equal(fromFile.details['keyVariable'], undefined);
		assert.equal(fromFile.fix?.title, "Replace the key in Aider's ~/.aider.conf.yml with a working one", 'a key a file holds: that file');
		setLanguage('zh-CN');
		assert.equal((await refusedWith('codex', {codex})).fix?.title, '在启动 Codex 的 shell 里把环境变量 MY_DS_KEY 设为可用的 key');
	} finally {
		setLanguage('en');
	}
});
