// The key and base URL Continue sends to DeepSeek, from its local config: config.yaml (or
// config.json where there is none), `provider: deepseek` models first, an OpenAI-compatible
// model only where it points at DeepSeek or a known relay, `${{ secrets.NAME }}` looked up
// where Continue looks, and anything odd or too large is nothing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {baseUrlsElsewhere, endpoint} from '../../source/checks/endpoint.js';
import {keyElsewhere} from '../../source/checks/details.js';
import {keyPresent} from '../../source/checks/key-present.js';
import {buildContext, deepSeekKeysElsewhere} from '../../source/context.js';
import {foundOf} from '../../source/app-settings.js';
import {continueConfigOf, continueModelsOf, mayNameAskedProvider, parseYamlText, readContinueConfig} from '../../source/continue-config.js';
import {diagnose} from '../../source/diagnose.js';
import {setLanguage} from '../../source/messages/language.js';
import {auth, deepseekAnswers, keyPresent as keyPresentResult, scenario, testContext, testKey} from '../helpers/results.js';

const otherKey = 'sk-' + 'aaaabbbbccccdddd'.repeat(2);
const noSecrets = () => undefined;

async function inFolders(run: (folders: {home: string; project: string; continueDir: string; env: Record<string, string>}) => Promise<void>): Promise<void> {
	const root = mkdtempSync(path.join(tmpdir(), 'dsfix-continue-'));
	try {
		const home = path.join(root, 'home');
		const project = path.join(root, 'project');
		const continueDir = path.join(home, '.continue');
		mkdirSync(continueDir, {recursive: true});
		mkdirSync(project, {recursive: true});
		await run({home, project, continueDir, env: {HOME: home}});
	} finally {
		rmSync(root, {recursive: true, force: true});
	}
}

const yamlConfig = (models: string) => `name: Local Config\nversion: 1.0.0\nschema: v1\nmodels:\n${models}`;

test('config.yaml: a DeepSeek model\'s apiKey and apiBase, named by their place and file', async () => {
	await inFolders(async ({project, continueDir, env}) => {
		writeFileSync(path.join(continueDir, 'config.yaml'), yamlConfig(`  - name: Ollama\n    provider: ollama\n    model: llama3\n  - name: DeepSeek Chat\n    provider: deepseek\n    model: deepseek-chat\n    apiKey: ${testKey}\n    apiBase: https://api.deepseek.com/v1\n    roles: [chat, edit]\n`));
		assert.deepEqual(await readContinueConfig(project, env), {
			key: {name: 'models[1].apiKey', value: testKey, file: '~/.continue/config.yaml'},
			baseUrl: {name: 'models[1].apiBase', value: 'https://api.deepseek.com/v1', file: '~/.continue/config.yaml'},
		});
	});
});

test('config.json is read only where there is no config.yaml, as Continue picks', async () => {
	await inFolders(async ({project, continueDir, env}) => {
		writeFileSync(path.join(continueDir, 'config.json'), JSON.stringify({models: [{title: 'DeepSeek', provider: 'deepseek', model: 'deepseek-chat', apiKey: testKey}]}));
		assert.deepEqual(await readContinueConfig(project, env), {key: {name: 'models[0].apiKey', value: testKey, file: '~/.continue/config.json'}});
		writeFileSync(path.join(continueDir, 'config.yaml'), yamlConfig(`  - name: DeepSeek\n    provider: deepseek\n    model: deepseek-chat\n    apiKey: ${otherKey}\n`));
		assert.equal((await readContinueConfig(project, env)).key?.value, otherKey, 'config.yaml wins');
		writeFileSync(path.join(continueDir, 'config.yaml'), 'models: [');
		assert.deepEqual(await readContinueConfig(project, env), {}, 'a broken config.yaml is nothing, and config.json is not read in its place');
	});
});

test('CONTINUE_GLOBAL_DIR moves the folder (relative to the folder the tool runs in); without a home there is none', async () => {
	await inFolders(async ({project, env}) => {
		mkdirSync(path.join(project, 'cfg'));
		writeFileSync(path.join(project, 'cfg', 'config.yaml'), yamlConfig(`  - provider: deepseek\n    apiKey: ${testKey}\n`));
		assert.deepEqual((await readContinueConfig(project, {...env, CONTINUE_GLOBAL_DIR: 'cfg'})).key, {name: 'models[0].apiKey', value: testKey, file: 'cfg/config.yaml'});
		assert.deepEqual(await readContinueConfig(project, {}), {});
	});
});

test('${{ secrets.NAME }}: ~/.continue/.env, then the project\'s .continue/.env and .env, then this environment', async () => {
	await inFolders(async ({project, continueDir, env}) => {
		writeFileSync(path.join(continueDir, 'config.yaml'), yamlConfig('  - provider: deepseek\n    apiKey: ${{ secrets.DEEPSEEK_API_KEY }}\n'));
		const named = async (extra: Record<string, string> = {}) => (await readContinueConfig(project, {...env, ...extra})).key;
		assert.equal(await named(), undefined, 'found nowhere: nothing');
		assert.deepEqual(await named({DEEPSEEK_API_KEY: testKey}), {name: 'models[0].apiKey (secrets.DEEPSEEK_API_KEY, $DEEPSEEK_API_KEY)', value: testKey, file: '~/.continue/config.yaml'});
		writeFileSync(path.join(project, '.env'), `DEEPSEEK_API_KEY=${otherKey}\n`);
		assert.equal((await named({DEEPSEEK_API_KEY: testKey}))?.name, 'models[0].apiKey (secrets.DEEPSEEK_API_KEY, .env)');
		mkdirSync(path.join(project, '.continue'));
		writeFileSync(path.join(project, '.continue', '.env'), `DEEPSEEK_API_KEY="${testKey}"\n`);
		assert.deepEqual(await named(), {name: 'models[0].apiKey (secrets.DEEPSEEK_API_KEY, .continue/.env)', value: testKey, file: '~/.continue/config.yaml'});
		writeFileSync(path.join(continueDir, '.env'), `# mine\nDEEPSEEK_API_KEY=${otherKey}\n`);
		assert.deepEqual(await named(), {name: 'models[0].apiKey (secrets.DEEPSEEK_API_KEY, ~/.continue/.env)', value: otherKey, file: '~/.continue/config.yaml'});
	});
});

test('models: DeepSeek\'s first, then OpenAI-compatible ones; their base URL only where it is DeepSeek\'s or a known relay\'s', () => {
	const models = (entries: unknown[]) => continueModelsOf({models: entries});
	const of = (entries: unknown[]) => continueConfigOf(models(entries), 'config.yaml', noSecrets);
	assert.deepEqual(of([{provider: 'openai', apiKey: otherKey, apiBase: 'https://openrouter.ai/api/v1'}, {provider: 'deepseek', apiKey: testKey}]), {
		key: {name: 'models[1].apiKey', value: testKey, file: 'config.yaml'},
	}, 'the DeepSeek model\'s key, and no base URL of another model\'s');
	assert.deepEqual(of([{provider: 'openai', apiKey: testKey, apiBase: 'https://openrouter.ai/api/v1'}]), {
		key: {name: 'models[0].apiKey', value: testKey, file: 'config.yaml'},
		baseUrl: {name: 'models[0].apiBase', value: 'https://openrouter.ai/api/v1', file: 'config.yaml'},
	});
	assert.deepEqual(of([{provider: 'openai', apiKey: 'sk-proj-not-deepseek', apiBase: 'http://localhost:11434/v1'}]), {}, 'an OpenAI key and a local model server: none of ours');
	assert.deepEqual(of([{provider: 'openai', apiBase: 'https://api.deepseek.com'}]), {baseUrl: {name: 'models[0].apiBase', value: 'https://api.deepseek.com', file: 'config.yaml'}});
	assert.deepEqual(of([{provider: 'anthropic', apiKey: testKey}, {provider: 'ollama', apiKey: testKey}]), {}, 'providers that do not speak OpenAI\'s API to DeepSeek');
	assert.deepEqual(of([{provider: 'deepseek', apiKey: '${{ inputs.KEY }}'}, {provider: 'DeepSeek', apiKey: ` ${testKey} `}]), {key: {name: 'models[1].apiKey', value: testKey, file: 'config.yaml'}}, 'another expression is nothing; the provider\'s case and spaces do not matter');
	for (const parsed of [undefined, null, 'text', [], {models: 'x'}, {models: [null, 'x', {provider: 42, apiKey: testKey}, {provider: 'deepseek', apiKey: 42}]}]) {
		assert.deepEqual(continueConfigOf(continueModelsOf(parsed), 'config.yaml', noSecrets), {}, JSON.stringify(parsed));
	}
});

test('anything odd is nothing: broken YAML, an alias bomb, a file past 256 KiB, a FIFO in the file\'s place', async () => {
	await inFolders(async ({project, continueDir, env}) => {
		const file = path.join(continueDir, 'config.yaml');
		const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({length: 8}, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`), `models:\n  - provider: deepseek\n    apiKey: ${testKey}`].join('\n');
		for (const text of ['models: [\n  - provider', bomb, `${yamlConfig(`  - provider: deepseek\n    apiKey: ${testKey}\n`)}#${' '.repeat(256 * 1024)}`]) {
			writeFileSync(file, text);
			assert.deepEqual(await readContinueConfig(project, env), {}, text.slice(0, 40));
		}
		writeFileSync(file, `\uFEFF${yamlConfig(`  - provider: deepseek\n    apiKey: ${testKey}\n`)}`);
		assert.equal((await readContinueConfig(project, env)).key?.value, testKey, 'a byte-order mark is fine');
		rmSync(file);
		execFileSync('mkfifo', [file]);
		assert.deepEqual(await readContinueConfig(project, env), {}, 'never waits on a FIFO');
	});
});

test('key_present without a key names the key in Continue\'s config, masked, with its place and file, after OpenCode\'s; never read when DEEPSEEK_API_KEY is set', async () => {
	setLanguage('en');
	const inContinue = continueConfigOf(continueModelsOf({models: [{provider: 'deepseek', apiKey: testKey}]}), '~/.continue/config.yaml', noSecrets);
	const result = await keyPresent.run(testContext({apiKey: undefined, keySource: 'none', appSettings: async () => ({continue: foundOf(inContinue)})}), new AbortController().signal);
	assert.equal(result.status, 'fail');
	assert.deepEqual(result.details['elsewhere'], [{name: 'models[0].apiKey', masked: 'sk-…cdef', inProjectEnv: false, source: 'continue', settingsFile: '~/.continue/config.yaml'}]);
	assert.match(result.summary, /Continue's ~\/\.continue\/config\.yaml sets models\[0\]\.apiKey to a DeepSeek-shaped key \(sk-…cdef\), the key Continue sends/);
	const diagnosis = diagnose([{id: 'key_present', title: 'API key', durationMs: 1, ...result}]);
	assert.equal(diagnosis.verdict, 'no_key');
	assert.match(diagnosis.fixes[0]?.title ?? '', /models\[0\]\.apiKey in Continue's ~\/\.continue\/config\.yaml \(sk-…cdef\), or pick it in the wizard/);
	assert.equal(keyElsewhere(new Map([['key_present', {id: 'key_present', title: 'API key', durationMs: 1, ...result}]]))?.source, 'continue', 'read back from the details');
	let read = false;
	const withKey = await keyPresent.run(testContext({appSettings: async () => {
		read = true;
		return {continue: foundOf(inContinue)};
	}}), new AbortController().signal);
	assert.equal(withKey.status, 'pass');
	assert.equal(read, false);
	const inOpenCode = {key: {name: 'provider.deepseek.options.apiKey', value: otherKey, file: 'opencode.json'}};
	assert.deepEqual(deepSeekKeysElsewhere({}, undefined, {opencode: foundOf(inOpenCode), continue: foundOf(inContinue)}).map(found => found.source), ['opencode', 'continue']);
	assert.deepEqual(deepSeekKeysElsewhere({}, undefined, {opencode: foundOf({key: {...inOpenCode.key, value: testKey}}), continue: foundOf(inContinue)}).map(found => found.source), ['opencode'], 'the same key is named once');
});

test('endpoint: Continue\'s apiBase joins elsewhere where it differs from the one checked, named with its place and file', async () => {
	setLanguage('en');
	const inContinue = continueConfigOf(continueModelsOf({models: [{provider: 'deepseek', apiKey: testKey, apiBase: 'https://relay.example/v1'}]}), '~/.continue/config.yaml', noSecrets);
	const found = baseUrlsElsewhere('https://api.deepseek.com', {}, undefined, {continue: foundOf(inContinue)});
	assert.deepEqual(found.map(({name, url, source, settingsFile}) => ({name, url, source, settingsFile})), [{name: 'models[0].apiBase', url: 'https://relay.example', source: 'continue', settingsFile: '~/.continue/config.yaml'}]);
	assert.deepEqual(baseUrlsElsewhere('https://relay.example', {}, undefined, {continue: foundOf(inContinue)}), [], 'the one checked is no other place');
	const result = await endpoint.run(testContext({baseUrl: 'https://api.deepseek.com', appSettings: async () => ({continue: foundOf(inContinue)})}), new AbortController().signal);
	assert.equal(result.status, 'warn');
	assert.match(result.summary, /But models\[0\]\.apiBase in Continue's ~\/\.continue\/config\.yaml sends Continue's calls to relay\.example\./);
	// A setting in an app's own config sends that app's calls, not "some tools" as a variable any tool may read.
	setLanguage('zh-CN');
	try {
		const zh = await endpoint.run(testContext({baseUrl: 'https://api.deepseek.com', appSettings: async () => ({continue: foundOf(inContinue)})}), new AbortController().signal);
		assert.match(zh.summary, /但 ~\/\.continue\/config\.yaml 里的 models\[0\]\.apiBase 会让 Continue 的调用发往 relay\.example。/);
	} finally {
		setLanguage('en');
	}
});

test('a context reads Continue\'s config when first asked, once', async () => {
	await inFolders(async ({project, continueDir, env}) => {
		const built = buildContext({env: {...env, DEEPSEEK_API_KEY: testKey}, flags: {}, settings: {schemaVersion: 1, balanceHistory: []}, signal: new AbortController().signal, cwd: project});
		assert.ok(built.ok);
		// Written after the context was built: seen at the first ask, and what was read then stays.
		writeFileSync(path.join(continueDir, 'config.yaml'), yamlConfig('  - provider: deepseek\n    apiBase: https://relay.example/v1\n'));
		assert.equal((await built.ctx.appSettings()).continue?.baseUrl?.value, 'https://relay.example/v1');
		rmSync(path.join(continueDir, 'config.yaml'));
		assert.equal((await built.ctx.appSettings()).continue?.baseUrl?.value, 'https://relay.example/v1');
	});
});

test('the YAML parser is loaded only for a config.yaml that may name a provider asked: not for one of Ollama\'s and Anthropic\'s models', async () => {
	for (const [text, asked] of [
		['provider: deepseek', true], ['  - provider: "openai"', true], ['- {provider: DeepSeek, apiKey: x}', true], ['"provider": \'deepseek\'', true],
		['provider: ollama', false], ['provider: deepseeker', false], ['providers: deepseek', false], ['model: deepseek-chat', false],
	] as const) assert.equal(mayNameAskedProvider(text), asked, text);
	await inFolders(async ({project, continueDir, env}) => {
		const parsed: string[] = [];
		const spy = async (text: string) => {
			parsed.push(text);
			return parseYamlText(text);
		};
		writeFileSync(path.join(continueDir, 'config.yaml'), yamlConfig(`  - provider: ollama\n    model: deepseek-r1\n  - provider: anthropic\n    apiKey: ${testKey}\n`));
		assert.deepEqual(await readContinueConfig(project, env, spy), {});
		assert.equal(parsed.length, 0, 'never parsed');
		writeFileSync(path.join(continueDir, 'config.yaml'), yamlConfig(`  - provider: ollama\n  - provider: deepseek\n    apiKey: ${testKey}\n`));
		assert.equal((await readContinueConfig(project, env, spy)).key?.value, testKey);
		assert.equal(parsed.length, 1);
	});
});

test('a key picked from an agent app\'s settings and refused (401): the first fix is to put a working key there, not "check which key your tool sends"', () => {
	for (const [app, en, zh] of [
		['continue', "Replace the key in Continue's config with a working one", '把 Continue 配置里的 key 换成可用的'],
		['claude_code', "Replace the key in Claude Code's settings with a working one", '把 Claude Code 设置里的 key 换成可用的'],
	] as const) {
		const refused = scenario(keyPresentResult.found(app), auth.refused(deepseekAnswers.unauthorized()));
		setLanguage('en');
		const diagnosis = diagnose(refused);
		assert.equal(diagnosis.verdict, 'invalid_key');
		assert.deepEqual(diagnosis.fixes.map(fix => [fix.id, fix.title]).slice(0, 2), [['check_key_in_tool', en], ['create_key', diagnose(scenario(auth.refused(deepseekAnswers.unauthorized()))).fixes[1]?.title]]);
		setLanguage('zh-CN');
		assert.equal(diagnose(refused).fixes[0]?.title, zh);
		setLanguage('en');
	}
	assert.equal(diagnose(scenario(keyPresentResult.found('env'), auth.refused(deepseekAnswers.unauthorized()))).fixes[0]?.title, 'Check which key your tool really sends', 'the environment\'s key: as before');
	// Picked from another tool's variable (OPENAI_API_KEY): that variable is where a working key goes.
	const fromVariable = keyPresentResult.found('variable');
	const picked = {...fromVariable, details: {...fromVariable.details, keyVariable: 'OPENAI_API_KEY'}};
	assert.equal(diagnose(scenario(picked, auth.refused(deepseekAnswers.unauthorized()))).fixes[0]?.title, 'Set OPENAI_API_KEY to a working key, in the shell that starts your tools (and in the start-up file that sets it, if one does)');
	// The same variable in the folder's .env (picked there in the wizard): that file.
	const inFile = {...picked, details: {...picked.details, dotenvFile: '.env'}};
	assert.equal(diagnose(scenario(inFile, auth.refused(deepseekAnswers.unauthorized()))).fixes[0]?.title, "Set OPENAI_API_KEY in this folder's .env to a working key");
	setLanguage('zh-CN');
	assert.equal(diagnose(scenario(inFile, auth.refused(deepseekAnswers.unauthorized()))).fixes[0]?.title, '把这个文件夹的 .env 中的 OPENAI_API_KEY 设为可用的 key');
	setLanguage('en');
});

test('a secret named by the key itself (${{ secrets.SK-… }}) is named with the key masked', () => {
	// Found by test/unit/properties-app-configs.test.ts: the name showed the key whole, upper-cased.
	const secret = testKey.toUpperCase();
	const found = continueConfigOf([{at: 'models[0]', provider: 'deepseek', apiKey: `\${{ secrets.${secret} }}`}], '~/.continue/config.yaml', name => ({value: testKey, from: `$${name}`}));
	assert.equal(found.key?.value, testKey);
	assert.equal(found.key?.name, 'models[0].apiKey (secrets.sk-…cdef, $sk-…cdef)');
});
