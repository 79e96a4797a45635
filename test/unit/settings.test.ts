// Remembered settings: file location, round trip across processes, migrations, recovery of
// damaged files, file mode, where the key may be written, bounded history.
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {promisify} from 'node:util';
import envPaths from 'env-paths';
import {
	compactHistory,
	forgetKey,
	historyLimit,
	loadSettings,
	migrate,
	nodeSettingsFs,
	recordBalanceReading,
	rememberBaseUrl,
	rememberDiagnosis,
	rememberKey,
	rememberProbeModel,
	rememberKeySource,
	resetSettings,
	samplesFromReading,
	saveSettings,
	setAlertThreshold,
	settingsDir,
	settingsPath,
	validate,
	type SettingsFs,
} from '../../source/settings/index.js';
import {asideName} from '../../source/settings/file.js';
import {maxSettingsBytes} from '../../source/settings/read-text.js';
import {rememberedLanguage} from '../../source/settings/remembered-language.js';

const key = 'sk-' + '0123456789abcdef'.repeat(2);
const settingsModule = fileURLToPath(new URL('../../source/settings/index.ts', import.meta.url));

function tempEnv(): {dir: string; env: Record<string, string>; file: string} {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deepseek-fix-settings-'));
	return {dir, env: {DEEPSEEK_FIX_CONFIG_DIR: dir}, file: path.join(dir, 'config.json')};
}

function filesIn(dir: string): string[] {
	return fs.readdirSync(dir).sort();
}

const reading = (at: string, total: string, currency = 'CNY') => ({at, currency, total});

test('the settings file is config.json in DEEPSEEK_FIX_CONFIG_DIR, else where conf (env-paths) would put it', () => {
	assert.equal(settingsPath({DEEPSEEK_FIX_CONFIG_DIR: '/tmp/x'}), path.join('/tmp/x', 'config.json'));
	assert.equal(settingsDir({DEEPSEEK_FIX_CONFIG_DIR: 'relative/dir'}), path.resolve('relative/dir'));
	assert.equal(settingsDir(process.env), envPaths('deepseek-fix', {suffix: ''}).config);
	if (process.platform === 'linux') {
		assert.equal(settingsDir({XDG_CONFIG_HOME: '/xdg'}), '/xdg/deepseek-fix');
		assert.equal(settingsDir({}), path.join(os.homedir(), '.config', 'deepseek-fix'));
	}
});

test('an empty HOME or a relative XDG_CONFIG_HOME does not put the settings in the current folder', {skip: process.platform !== 'linux'}, () => {
	const saved = process.env['HOME'];
	process.env['HOME'] = '';
	try {
		assert.equal(os.homedir(), '', 'Node gives an empty HOME as it is');
		assert.equal(settingsDir({}), path.join(os.userInfo().homedir, '.config', 'deepseek-fix'));
		assert.ok(path.isAbsolute(settingsDir({})));
	} finally {
		if (saved === undefined) delete process.env['HOME'];
		else process.env['HOME'] = saved;
	}
	assert.equal(settingsDir({XDG_CONFIG_HOME: 'relative'}), path.join(os.homedir(), '.config', 'deepseek-fix'));
	assert.equal(settingsDir({XDG_CONFIG_HOME: '.'}), path.join(os.homedir(), '.config', 'deepseek-fix'));
});

test('reading settings does not load conf (ajv costs start-up time); writing does', async () => {
	const {env} = tempEnv();
	const script = `
		import {registerHooks} from 'node:module';
		const seen = new Set();
		registerHooks({resolve(specifier, context, next) { seen.add(specifier); return next(specifier, context); }});
		const settings = await import(process.argv[1]);
		settings.loadSettings(process.env);
		const afterLoad = seen.has('conf');
		await settings.setAlertThreshold(process.env, '1');
		process.stdout.write(JSON.stringify({afterLoad, afterSave: seen.has('conf')}));`;
	const {stdout} = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, pathToFileURL(settingsModule).href], {
		env: {...process.env, ...env},
	});
	assert.deepEqual(JSON.parse(stdout), {afterLoad: false, afterSave: true});
});

test('no file: defaults, no notice, nothing created by reading', () => {
	const {dir, env} = tempEnv();
	const loaded = loadSettings(env);
	assert.deepEqual(loaded.settings, {schemaVersion: 1, balanceHistory: []});
	assert.equal(loaded.notice, undefined);
	assert.equal(loaded.fileExists, false);
	assert.equal(loaded.settingsUnusable, false);
	assert.deepEqual(filesIn(dir), []);
});

test('settings written in one process are read back by a fresh process (restart)', async () => {
	const {env, file} = tempEnv();
	assert.equal((await rememberBaseUrl(env, 'https://api.deepseek.com')).ok, true);
	assert.equal((await rememberKeySource(env, 'env')).ok, true);
	assert.equal((await setAlertThreshold(env, '5.50', 'cny')).ok, true);
	assert.equal((await recordBalanceReading(env, samplesFromReading({isAvailable: true, balances: [{currency: 'CNY', total: '12.00', granted: '0.00', toppedUp: '12.00'}]}, new Date('2026-11-01T10:00:00Z')))).ok, true);
	const diagnosis = {at: '2026-11-01T10:00:05.000Z', verdict: 'insufficient_balance' as const, summary: 'Your balance is 0.00 CNY.', path: ['start', 'balance'], baseUrl: 'https://api.deepseek.com'};
	assert.equal((await rememberDiagnosis(env, diagnosis)).ok, true);

	const {stdout} = await promisify(execFile)(
		process.execPath,
		['--import', 'tsx', '--input-type=module', '-e', 'const {loadSettings} = await import(process.argv[1]); process.stdout.write(JSON.stringify(loadSettings(process.env)))', pathToFileURL(settingsModule).href],
		{env: {...process.env, ...env}},
	);
	const fresh = JSON.parse(stdout) as ReturnType<typeof loadSettings>;
	assert.equal(fresh.path, file);
	assert.equal(fresh.fileExists, true);
	assert.equal(fresh.notice, undefined);
	assert.deepEqual(fresh.settings, {
		schemaVersion: 1,
		baseUrl: 'https://api.deepseek.com',
		keySource: 'env',
		alertThreshold: '5.50',
		alertCurrency: 'CNY',
		lastDiagnosis: diagnosis,
		balanceHistory: [{...reading('2026-11-01T10:00:00.000Z', '12.00'), granted: '0.00', toppedUp: '12.00'}],
	});
});

test('a corrupt file (invalid JSON, empty, not an object) is moved aside with its content and a notice', () => {
	for (const content of ['{"schemaVersion": 1, "baseUrl": ', '', '[1, 2, 3]', '"text"', '{"schemaVersion": "one"}']) {
		const {dir, env, file} = tempEnv();
		fs.writeFileSync(file, content);
		const loaded = loadSettings(env);
		assert.deepEqual(loaded.settings, {schemaVersion: 1, balanceHistory: []}, content);
		assert.equal(loaded.settingsUnusable, false);
		const [aside, ...others] = filesIn(dir);
		assert.deepEqual(others, [], `only the set-aside copy remains for ${JSON.stringify(content)}`);
		assert.match(aside ?? '', /^config\.json\.corrupt-\d{4}-\d\d-\d\dT[\d-]+Z$/);
		assert.equal(fs.readFileSync(path.join(dir, aside ?? ''), 'utf8'), content, 'old content preserved');
		assert.ok(loaded.notice?.includes(path.join(dir, aside ?? '')), 'the notice says where the file went');
		assert.equal(loadSettings(env).notice, undefined, 'told once: the next run starts clean');
	}
});

test('a file far larger than any settings file (3 GB, sparse) is moved aside as damaged at once, unread; one at the limit is still read', async () => {
	const {dir, env, file} = tempEnv();
	fs.writeFileSync(file, JSON.stringify({schemaVersion: 1, language: 'zh-CN'}));
	fs.truncateSync(file, 3 * 1024 ** 3);
	const started = Date.now();
	assert.equal(rememberedLanguage(env), undefined, 'the early language read skips it too');
	const loaded = loadSettings(env);
	assert.ok(Date.now() - started < 1000, `answered in ${Date.now() - started} ms`);
	assert.equal(loaded.settingsUnusable, false);
	assert.deepEqual(loaded.settings, {schemaVersion: 1, balanceHistory: []});
	const [aside, ...others] = filesIn(dir);
	assert.deepEqual(others, []);
	assert.match(aside ?? '', /^config\.json\.corrupt-/);
	assert.equal(fs.statSync(path.join(dir, aside ?? '')).size, 3 * 1024 ** 3, 'moved, not cut');
	assert.equal(
		loaded.notice,
		`Your settings file was 3072 MB, far larger than any settings file (deepseek-fix reads at most 4 MB), so it was not read: it was moved to ${path.join(dir, aside ?? '')} and default settings are used. Nothing was deleted: look at what that file holds, and delete it if it is not yours.`,
	);
	// A write meets one the same way (it reads the file again under the lock).
	fs.writeFileSync(file, '');
	fs.truncateSync(file, 3 * 1024 ** 3);
	assert.equal((await rememberBaseUrl(env, 'https://api.deepseek.com')).ok, true);
	assert.equal(filesIn(dir).filter(name => name.startsWith('config.json.corrupt-')).length, 2);
	assert.equal(loadSettings(env).settings.baseUrl, 'https://api.deepseek.com');
	// At the limit: read as usual.
	const text = JSON.stringify({schemaVersion: 1, language: 'zh-CN'});
	fs.writeFileSync(file, text + ' '.repeat(maxSettingsBytes - text.length));
	assert.equal(rememberedLanguage(env), 'zh-CN');
	assert.equal(loadSettings(env).settings.language, 'zh-CN');
});

test('loadSettings takes the remembered language\'s read of the same turn (the file opened once, also when missing), and reads again after it', async () => {
	const {env, file} = tempEnv();
	const turnEnds = () => new Promise(resolve => setImmediate(resolve));
	// Missing when the language was read: the load in the same turn finds it missing too, without opening it.
	assert.equal(rememberedLanguage(env), undefined);
	fs.writeFileSync(file, JSON.stringify({schemaVersion: 1, language: 'zh-CN'}));
	assert.equal(loadSettings(env).fileExists, false, 'the same turn: the read the language made');
	assert.equal(loadSettings(env).settings.language, 'zh-CN', 'taken once: the next load reads');
	// There: the text read for the language is the text loaded.
	assert.equal(rememberedLanguage(env), 'zh-CN');
	fs.writeFileSync(file, JSON.stringify({schemaVersion: 1, language: 'en'}));
	assert.equal(loadSettings(env).settings.language, 'zh-CN');
	// A later turn reads the file.
	assert.equal(rememberedLanguage(env), 'en');
	fs.writeFileSync(file, JSON.stringify({schemaVersion: 1, language: 'zh-CN'}));
	await turnEnds();
	assert.equal(loadSettings(env).settings.language, 'zh-CN');
	// Only loadSettings takes it: the language read twice reads twice.
	fs.writeFileSync(file, JSON.stringify({schemaVersion: 1, language: 'en'}));
	assert.equal(rememberedLanguage(env), 'en');
	fs.writeFileSync(file, JSON.stringify({schemaVersion: 1, language: 'zh-CN'}));
	assert.equal(rememberedLanguage(env), 'zh-CN');
});

test('a byte-order mark added by an editor is not damage', async () => {
	const {env, file} = tempEnv();
	fs.writeFileSync(file, `\uFEFF${JSON.stringify({schemaVersion: 1, baseUrl: 'https://api.deepseek.com', balanceHistory: []})}`);
	const loaded = loadSettings(env);
	assert.equal(loaded.notice, undefined);
	assert.equal(loaded.settings.baseUrl, 'https://api.deepseek.com');
	assert.equal((await setAlertThreshold(env, '2')).ok, true);
	assert.equal(loadSettings(env).settings.baseUrl, 'https://api.deepseek.com');
});

test('a file from a newer schema version is moved aside (.newer-) and the user told why', () => {
	const {dir, env, file} = tempEnv();
	const content = JSON.stringify({schemaVersion: 2, baseUrl: 'https://api.deepseek.com', newThing: true});
	fs.writeFileSync(file, content);
	const loaded = loadSettings(env);
	const [aside] = filesIn(dir);
	assert.match(aside ?? '', /^config\.json\.newer-/);
	assert.equal(fs.readFileSync(path.join(dir, aside ?? ''), 'utf8'), content);
	assert.match(loaded.notice ?? '', /newer deepseek-fix \(settings version 2\)/);
	assert.equal(loaded.settings.baseUrl, undefined);
});

test('two set-aside copies made in the same millisecond never overwrite each other', () => {
	const {file} = tempEnv();
	const now = new Date('2026-11-02T10:20:30.456Z');
	const first = asideName(file, 'corrupt', now);
	assert.equal(path.basename(first), 'config.json.corrupt-2026-11-02T10-20-30-456Z');
	fs.writeFileSync(first, 'earlier copy');
	const second = asideName(file, 'corrupt', now);
	assert.equal(second, `${first}-2`);
});

test('migrate(): v0 (pre-release {baseUrl, key, history}) becomes v1; newer and invalid are reported', () => {
	const v0 = {
		baseUrl: 'https://api.deepseek.com',
		key,
		history: [
			{time: Date.parse('2026-10-01T00:00:00Z'), total: 20},
			{time: '2026-10-02T00:00:00Z', currency: 'USD', total: '3.10'},
			{time: 'not a date', total: '1'},
		],
	};
	const migrated = migrate(v0);
	assert.equal(migrated.kind, 'current');
	assert.ok(migrated.kind === 'current');
	assert.equal(migrated.from, 0);
	const {settings, dropped} = validate(migrated.value);
	assert.deepEqual(settings, {
		schemaVersion: 1,
		baseUrl: 'https://api.deepseek.com',
		apiKey: key,
		keySource: 'remembered',
		balanceHistory: [reading('2026-10-01T00:00:00.000Z', '20'), reading('2026-10-02T00:00:00.000Z', '3.10', 'USD')],
	});
	assert.deepEqual(dropped, ['balanceHistory'], 'the unconvertible reading is dropped and reported');
	assert.deepEqual(migrate({schemaVersion: 1, baseUrl: 'x'}), {kind: 'current', value: {schemaVersion: 1, baseUrl: 'x'}, from: 1});
	assert.deepEqual(migrate({schemaVersion: 7}), {kind: 'newer', version: 7});
	assert.equal(migrate(null).kind, 'invalid');
	assert.equal(migrate({schemaVersion: -1}).kind, 'invalid');
	assert.equal(migrate({schemaVersion: 1.5}).kind, 'invalid');
});

test('a file without schemaVersion that holds version-1 fields (edited by hand): each is kept or named as dropped, none lost silently', () => {
	const {env, file} = tempEnv();
	fs.writeFileSync(
		file,
		JSON.stringify({baseUrl: 5, alertThreshold: '2.50', alertCurrency: 'CNY', language: 'zh-CN', probeModel: 'deepseek-v4-flash', balanceHistory: [{at: '2026-10-01T00:00:00.000Z', currency: 'CNY', total: '3.00'}, 'x']}),
		{mode: 0o600},
	);
	const loaded = loadSettings(env);
	assert.deepEqual(loaded.settings, {
		schemaVersion: 1,
		alertThreshold: '2.50',
		alertCurrency: 'CNY',
		language: 'zh-CN',
		probeModel: 'deepseek-v4-flash',
		balanceHistory: [reading('2026-10-01T00:00:00.000Z', '3.00')],
	});
	// Some readings only: how many, and that the others are kept (not as if the history were gone).
	assert.equal(loaded.notice, 'Some remembered settings were not valid and are ignored (baseUrl, balanceHistory: 1 of 2 readings, the others kept); they are removed the next time settings are saved.');
	const invalid = loadSettings((() => {
		const other = tempEnv();
		fs.writeFileSync(other.file, JSON.stringify({alertThreshold: 'abc', balanceHistory: 'x'}), {mode: 0o600});
		return other.env;
	})());
	assert.equal(invalid.notice, 'Some remembered settings were not valid and are ignored (alertThreshold, balanceHistory); they are removed the next time settings are saved.');
});

test('a v0 file on disk is read as v1 and written back as v1 on the next save', async () => {
	const {env, file} = tempEnv();
	fs.writeFileSync(file, JSON.stringify({baseUrl: 'https://relay.example.com/v1', key, history: [{time: 0, total: '9.00'}]}), {mode: 0o600});
	const loaded = loadSettings(env);
	assert.equal(loaded.notice, undefined);
	assert.equal(loaded.settings.apiKey, key);
	assert.deepEqual(loaded.settings.balanceHistory, [reading('1970-01-01T00:00:00.000Z', '9.00')]);
	assert.equal((await setAlertThreshold(env, '1')).ok, true);
	const onDisk = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
	assert.equal(onDisk['schemaVersion'], 1);
	assert.equal(onDisk['key'], undefined);
	assert.equal(onDisk['apiKey'], key, 'a key remembered by the pre-release stays remembered');
	assert.equal(onDisk['alertThreshold'], '1');
});

test('invalid fields are dropped with a notice; valid ones are kept; validate() never throws', () => {
	const {env, file} = tempEnv();
	fs.writeFileSync(
		file,
		JSON.stringify({
			schemaVersion: 1,
			baseUrl: 'ftp://example.com',
			keySource: 'flag',
			alertThreshold: '-3',
			alertCurrency: 'CNY',
			balanceHistory: [reading('2026-01-01T00:00:00Z', '1.00'), {at: 'yesterday', currency: 'CNY', total: 'lots'}],
			lastDiagnosis: {verdict: 'nonsense'},
			probeModel: 'two words',
			unknownField: 1,
		}),
	);
	const loaded = loadSettings(env);
	assert.deepEqual(loaded.settings, {schemaVersion: 1, alertCurrency: 'CNY', balanceHistory: [reading('2026-01-01T00:00:00Z', '1.00')]});
	assert.match(loaded.notice ?? '', /baseUrl, keySource, alertThreshold, probeModel, lastDiagnosis, balanceHistory/);
	for (const weird of [null, 0, 'x', [], {balanceHistory: 'no'}, {lastDiagnosis: [1]}, {balanceHistory: [null, 1, {}]}]) {
		assert.equal(validate(weird).settings.schemaVersion, 1);
	}
});

test('the key reaches the disk only through rememberKey, in a 0600 file', async () => {
	const {env, file} = tempEnv();
	await rememberBaseUrl(env, 'https://api.deepseek.com');
	await rememberKeySource(env, 'prompt');
	await recordBalanceReading(env, reading('2026-01-01T00:00:00Z', '3.00'));
	await setAlertThreshold(env, '2');
	await rememberDiagnosis(env, {verdict: 'invalid_key', summary: `The key ${key} was refused.`, path: ['start', key], baseUrl: 'https://api.deepseek.com'});
	const sneaky = await saveSettings(env, current => ({...current, apiKey: key}));
	assert.equal(sneaky.ok, true);
	assert.ok(!fs.readFileSync(file, 'utf8').includes(key), 'no helper but rememberKey writes the key');
	assert.ok(!fs.readFileSync(file, 'utf8').includes(key.slice(3, 20)), 'not even part of it');
	assert.ok(fs.readFileSync(file, 'utf8').includes('sk-…cdef'), 'the diagnosis keeps the masked form');

	const remembered = await rememberKey(env, `  ${key}\n`);
	assert.equal(remembered.ok, true);
	const onDisk = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
	assert.equal(onDisk['apiKey'], key);
	assert.equal(onDisk['keySource'], 'remembered');
	if (process.platform !== 'win32') assert.equal(fs.statSync(file).mode & 0o777, 0o600);
	assert.equal(loadSettings(env).settings.apiKey, key);

	// Other saves keep a remembered key (they do not drop it either).
	await recordBalanceReading(env, reading('2026-01-02T00:00:00Z', '2.00'));
	assert.equal(loadSettings(env).settings.apiKey, key);

	assert.deepEqual(await forgetKey(env), {ok: true, forgotten: true, path: file, message: 'Forgot the remembered key sk-…cdef; the other settings are kept.'});
	assert.ok(!fs.readFileSync(file, 'utf8').includes(key));
	assert.equal(loadSettings(env).settings.keySource, undefined);
	assert.equal((await rememberKey(env, 'short')).ok, false, 'not a key: refused');
	assert.ok(!fs.readFileSync(file, 'utf8').includes('short'));
});

test('forgetKey removes the key and its remembered source alone, through the locked write; the rest as it was', async () => {
	const {env, file} = tempEnv();
	await rememberBaseUrl(env, 'https://api.deepseek.com');
	await rememberKey(env, key);
	await recordBalanceReading(env, [reading('2026-01-01T00:00:00Z', '3.00'), reading('2026-01-02T00:00:00Z', '2.00')]);
	await setAlertThreshold(env, '2', 'CNY');
	await rememberProbeModel(env, 'deepseek-chat');
	await rememberDiagnosis(env, {verdict: 'ok', summary: 'Fine.', path: ['start'], baseUrl: 'https://api.deepseek.com'});
	const before = loadSettings(env).settings;
	assert.equal(before.keySource, 'remembered');
	const outcome = await forgetKey(env);
	assert.equal(outcome.forgotten, true);
	const {apiKey: _key, keySource: _source, ...rest} = before;
	assert.deepEqual(loadSettings(env).settings, rest);
	if (process.platform !== 'win32') assert.equal(fs.statSync(file).mode & 0o777, 0o600);
	// Another source than "remembered" is not the key's: it stays (only a remembered key takes its source along).
	await rememberKeySource(env, 'env');
	const none = await forgetKey(env);
	assert.deepEqual(none, {ok: true, forgotten: false, path: file, message: 'No key is remembered: nothing to forget.'});
	assert.equal(loadSettings(env).settings.keySource, 'env');
	// A source "remembered" left without its key (edited by hand) goes too.
	fs.writeFileSync(file, JSON.stringify({schemaVersion: 1, keySource: 'remembered', alertThreshold: '3'}));
	assert.equal((await forgetKey(env)).forgotten, false);
	assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')), {schemaVersion: 1, alertThreshold: '3', balanceHistory: []});
});

test('forgetKey with nothing on disk makes no file; a write it cannot make leaves the key where it was', async () => {
	const {dir, env, file} = tempEnv();
	assert.deepEqual(await forgetKey(env), {ok: true, forgotten: false, path: file, message: 'No key is remembered: nothing to forget.'});
	assert.deepEqual(filesIn(dir), []);
	await rememberKey(env, key);
	const before = fs.readFileSync(file, 'utf8');
	// Another run holds the lock for longer than this one waits.
	fs.mkdirSync(`${file}.lock`);
	const busy = await forgetKey(env, nodeSettingsFs, {lockWaitMs: 200});
	assert.equal(busy.ok, false);
	assert.equal(busy.forgotten, false);
	assert.match(busy.message, /another deepseek-fix kept .*locked.*\nNo key was forgotten: the settings file is as it was\.$/s);
	assert.equal(fs.readFileSync(file, 'utf8'), before);
});

test('a settings file written with another mode is made 0600 when saved', {skip: process.platform === 'win32'}, async () => {
	const {env, file} = tempEnv();
	fs.writeFileSync(file, JSON.stringify({schemaVersion: 1, balanceHistory: []}), {mode: 0o644});
	fs.chmodSync(file, 0o644);
	assert.equal((await recordBalanceReading(env, reading('2026-01-01T00:00:00Z', '3.00'))).ok, true);
	assert.equal(fs.statSync(file).mode & 0o777, 0o600);
});

test('a file holding a key that others can read is tightened to 0600 when read', {skip: process.platform === 'win32'}, () => {
	const {env, file} = tempEnv();
	fs.writeFileSync(file, JSON.stringify({schemaVersion: 1, apiKey: key, keySource: 'remembered', balanceHistory: []}));
	fs.chmodSync(file, 0o644);
	assert.equal(loadSettings(env).settings.apiKey, key);
	assert.equal(fs.statSync(file).mode & 0o777, 0o600);
});

test('history is bounded: at most 200 readings, oldest dropped, equal runs keep first and last', async () => {
	const {env} = tempEnv();
	const many = Array.from({length: 250}, (_, i) => reading(new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), (1000 - i).toFixed(2)));
	assert.equal((await recordBalanceReading(env, many.slice(0, 120))).ok, true);
	assert.equal((await recordBalanceReading(env, many.slice(120))).ok, true);
	const history = loadSettings(env).settings.balanceHistory;
	assert.equal(history.length, historyLimit);
	assert.deepEqual(history[0], many[50]);
	assert.deepEqual(history.at(-1), many[249]);

	const flat = ['5.00', '5.00', '5.0', '5.00', '4.00', '4.00'].map((total, i) => reading(`2026-01-01T0${i}:00:00.000Z`, total));
	const usd = reading('2026-01-01T02:30:00.000Z', '5.00', 'USD');
	const compacted = compactHistory([...flat.slice(0, 3), usd, ...flat.slice(3)]);
	assert.deepEqual(compacted, [flat[0], usd, flat[3], flat[4], flat[5]], 'per currency; 5.0 equals 5.00');
	const bonusExpired = [
		{...reading('2026-01-01T00:00:00.000Z', '5.00'), granted: '5.00'},
		{...reading('2026-01-02T00:00:00.000Z', '5.00'), granted: '5.00'},
		{...reading('2026-01-03T00:00:00.000Z', '5.00'), granted: '0.00'},
	];
	assert.deepEqual(compactHistory(bonusExpired), bonusExpired, 'a change in the bonus part is a change');
});

test('two saves started together in one process both land', async () => {
	const {env} = tempEnv();
	await Promise.all([
		recordBalanceReading(env, reading('2026-01-01T00:00:00Z', '3.00')),
		rememberBaseUrl(env, 'https://api.deepseek.com'),
		setAlertThreshold(env, '1.5', 'USD'),
	]);
	const {settings} = loadSettings(env);
	assert.equal(settings.balanceHistory.length, 1);
	assert.equal(settings.baseUrl, 'https://api.deepseek.com');
	assert.equal(settings.alertThreshold, '1.5');
});

test('a file that became corrupt between load and save is moved aside by the save, which then succeeds', async () => {
	const {dir, env, file} = tempEnv();
	await rememberBaseUrl(env, 'https://api.deepseek.com');
	assert.equal(loadSettings(env).notice, undefined);
	fs.writeFileSync(file, '{"schemaVersion": 1, "baseUrl": "https://api.deeps');
	const saved = await recordBalanceReading(env, reading('2026-01-01T00:00:00Z', '3.00'));
	assert.equal(saved.ok, true);
	const aside = filesIn(dir).find(name => name.startsWith('config.json.corrupt-'));
	assert.ok(aside);
	assert.ok(saved.notice?.includes(aside));
	assert.equal(fs.readFileSync(path.join(dir, aside), 'utf8'), '{"schemaVersion": 1, "baseUrl": "https://api.deeps');
	assert.deepEqual(loadSettings(env).settings.balanceHistory, [reading('2026-01-01T00:00:00Z', '3.00')]);
});

test('unusable settings: a file that cannot be moved aside is reported, never overwritten', async () => {
	const {env, file} = tempEnv();
	fs.writeFileSync(file, 'garbage');
	const denied: SettingsFs = {
		...nodeSettingsFs,
		rename: () => {
			throw Object.assign(new Error('permission denied'), {code: 'EACCES'});
		},
	};
	const loaded = loadSettings(env, denied);
	assert.equal(loaded.settingsUnusable, true);
	assert.match(loaded.notice ?? '', /could not be moved aside \(EACCES\)/);
	assert.ok(loaded.notice?.includes(file));
	const saved = await saveSettings(env, current => ({...current, alertThreshold: '1'}), denied);
	assert.equal(saved.ok, false);
	assert.ok(!saved.ok && saved.reason === 'unusable');
	assert.ok(!saved.ok && saved.message.includes(file));
	assert.equal(fs.readFileSync(file, 'utf8'), 'garbage', 'left exactly as it was');
});

test('unusable settings: config.json that is not a readable file (a folder) stops writes', async () => {
	const {env, file} = tempEnv();
	fs.mkdirSync(file);
	const loaded = loadSettings(env);
	assert.equal(loaded.settingsUnusable, true);
	assert.match(loaded.notice ?? '', /could not be read \(EISDIR\): a folder is where the file should be\. .*move that folder away/);
	const saved = await rememberBaseUrl(env, 'https://api.deepseek.com');
	assert.equal(saved.ok, false);
	assert.ok(!saved.ok && saved.reason === 'unusable');
	assert.ok(fs.statSync(file).isDirectory());
});

test('unusable settings: a file without read permission says so (EACCES, EPERM), any other code says what to check', () => {
	const {env, file} = tempEnv();
	fs.writeFileSync(file, '{}');
	const failing = (code: string): SettingsFs => ({
		...nodeSettingsFs,
		readText: () => {
			throw Object.assign(new Error('cannot read'), {code});
		},
	});
	for (const code of ['EACCES', 'EPERM']) {
		const loaded = loadSettings(env, failing(code));
		assert.equal(loaded.settingsUnusable, true);
		assert.match(loaded.notice ?? '', new RegExp(`could not be read \\(${code}\\): you have no permission to read it\\.`));
	}
	const other = loadSettings(env, failing('EIO'));
	assert.match(other.notice ?? '', /could not be read \(EIO\)\. .*check that it is a file you can read/);
	assert.equal(fs.readFileSync(file, 'utf8'), '{}', 'left as it was');
});

test('unusable settings: a read-only folder with a corrupt file (as a non-root user)', {skip: process.getuid?.() === 0 || process.platform === 'win32'}, async () => {
	const {dir, env, file} = tempEnv();
	fs.writeFileSync(file, '{');
	fs.chmodSync(dir, 0o500);
	try {
		const loaded = loadSettings(env);
		assert.equal(loaded.settingsUnusable, true);
		assert.equal((await setAlertThreshold(env, '1')).ok, false);
		assert.equal(fs.readFileSync(file, 'utf8'), '{');
	} finally {
		fs.chmodSync(dir, 0o700);
	}
});

test('a settings file made read-only is never replaced: every save says so, the file stays as it was', async () => {
	const {env, file} = tempEnv();
	assert.ok((await setAlertThreshold(env, '4')).ok);
	const before = fs.readFileSync(file, 'utf8');
	// As root, access() says every file is writable: the refusal a user gets is simulated.
	const readOnly = (code: string): SettingsFs => ({
		...nodeSettingsFs,
		checkWritable: () => {
			throw Object.assign(new Error('read-only'), {code});
		},
	});
	for (const code of ['EACCES', 'EPERM', 'EROFS']) {
		const saved = await saveSettings(env, current => ({...current, alertThreshold: '9'}), readOnly(code));
		assert.ok(!saved.ok && saved.reason === 'write_failed');
		assert.equal(!saved.ok && saved.message, `Settings were not saved: ${file} is read-only for you (${code}), and deepseek-fix does not replace a file made read-only. To let it remember, make the file writable (chmod u+w on macOS and Linux); or set DEEPSEEK_FIX_CONFIG_DIR to another folder.`);
		assert.equal(fs.readFileSync(file, 'utf8'), before);
	}
	// A file that is not there yet is no refusal: the first save makes it.
	const fresh = tempEnv();
	assert.ok((await saveSettings(fresh.env, current => ({...current, alertThreshold: '2'}))).ok);
});

test('a settings file made read-only (as a non-root user) keeps its contents and its mode', {skip: process.getuid?.() === 0 || process.platform === 'win32'}, async () => {
	const {env, file} = tempEnv();
	assert.ok((await setAlertThreshold(env, '4')).ok);
	fs.chmodSync(file, 0o400);
	try {
		const saved = await recordBalanceReading(env, reading('2026-01-01T00:00:00Z', '1'));
		assert.match(!saved.ok ? saved.message : '', /is read-only for you \(EACCES\)/);
		assert.equal(fs.statSync(file).mode & 0o777, 0o400);
		assert.deepEqual(loadSettings(env).settings.balanceHistory, []);
	} finally {
		fs.chmodSync(file, 0o600);
	}
});

test('a settings path through a file (ENOTDIR) is unusable and never written', async () => {
	const {dir} = tempEnv();
	const blocker = path.join(dir, 'a-file');
	fs.writeFileSync(blocker, '');
	const throughFile = {DEEPSEEK_FIX_CONFIG_DIR: path.join(blocker, 'settings')};
	assert.equal(loadSettings(throughFile).settingsUnusable, true, 'ENOTDIR is not a missing file');
	assert.equal((await saveSettings(throughFile, current => current)).ok, false);
});

test('a folder nobody can write to (sysfs, even for root) gives a clear write failure, not an exception', {skip: process.platform !== 'linux' || !fs.existsSync('/sys/kernel')}, async () => {
	const env = {DEEPSEEK_FIX_CONFIG_DIR: '/sys/kernel'};
	assert.equal(loadSettings(env).settingsUnusable, false, 'no file yet: reading is fine');
	const saved = await setAlertThreshold(env, '3');
	assert.equal(saved.ok, false);
	assert.ok(!saved.ok && saved.reason === 'write_failed');
	assert.match(!saved.ok ? saved.message : '', /^Settings could not be saved to \/sys\/kernel\/config\.json \((EACCES|EPERM|EROFS)\)/);
});

test('a folder that cannot be created (as a non-root user) is a clear write failure', {skip: process.getuid?.() === 0 || process.platform === 'win32'}, async () => {
	const {dir} = tempEnv();
	fs.chmodSync(dir, 0o500);
	try {
		const env = {DEEPSEEK_FIX_CONFIG_DIR: path.join(dir, 'sub')};
		const saved = await saveSettings(env, current => current);
		assert.ok(!saved.ok && saved.reason === 'write_failed');
	} finally {
		fs.chmodSync(dir, 0o700);
	}
});

test('invalid values are refused without touching the file', async () => {
	const {dir, env} = tempEnv();
	assert.equal((await setAlertThreshold(env, 'ten')).ok, false);
	assert.equal((await rememberBaseUrl(env, 'not a url')).ok, false);
	assert.equal((await recordBalanceReading(env, {at: 'x', currency: 'CNY', total: '1'})).ok, false);
	assert.equal((await recordBalanceReading(env, {...reading('2026-01-01T00:00:00Z', '1'), granted: 'some'})).ok, false);
	assert.equal((await recordBalanceReading(env, [])).ok, false);
	assert.equal((await rememberProbeModel(env, 'two words')).ok, false);
	assert.equal((await rememberProbeModel(env, '')).ok, false);
	assert.deepEqual(filesIn(dir), []);
});

test('the test call\'s model is remembered (an optional field) and read back', async () => {
	const {env} = tempEnv();
	const saved = await rememberProbeModel(env, 'deepseek/deepseek-chat-v3-0324:free');
	assert.ok(saved.ok);
	assert.equal(loadSettings(env).settings.probeModel, 'deepseek/deepseek-chat-v3-0324:free');
	assert.equal(loadSettings(env).notice, undefined);
});

test('resetSettings deletes the file, says so, and lists earlier set-aside copies', async () => {
	const {dir, env, file} = tempEnv();
	const nothing = resetSettings(env);
	assert.equal(nothing.ok, true);
	assert.equal(nothing.deleted, false);
	fs.writeFileSync(file, 'broken');
	loadSettings(env);
	await rememberKey(env, key);
	const outcome = resetSettings(env);
	assert.equal(outcome.ok, true);
	assert.equal(outcome.deleted, true);
	assert.equal(fs.existsSync(file), false);
	assert.equal(outcome.leftovers.length, 1);
	assert.ok(outcome.message.includes(file));
	assert.ok(outcome.message.includes(outcome.leftovers[0] ?? '?'));
	assert.deepEqual(filesIn(dir).length, 1, 'the set-aside copy is the user\'s to delete');
	assert.deepEqual(loadSettings(env).settings, {schemaVersion: 1, balanceHistory: []});
});
