// `deepseek-fix config`: show (text and JSON, key masked), --path, --reset, --forget-key, exit codes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {runConfigCommand} from '../../source/commands/config.js';
import {displayWidth} from '../../source/text/width.js';
import {setLanguage} from '../../source/messages/language.js';
import type {Flags} from '../../source/context.js';
import {accountOf} from '../../source/domain/balance-history.js';
import {normaliseBaseUrl} from '../../source/deepseek/url.js';
import {recordBalanceReading, rememberBaseUrl, rememberDiagnosis, rememberKey, setAlertThreshold} from '../../source/settings/index.js';

const key = 'sk-' + 'fedcba9876543210'.repeat(2);

function tempEnv(): {dir: string; env: Record<string, string>; file: string} {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deepseek-fix-config-'));
	return {dir, env: {DEEPSEEK_FIX_CONFIG_DIR: dir}, file: path.join(dir, 'config.json')};
}

async function run(env: Record<string, string>, flags: {json?: boolean; path?: boolean; reset?: boolean; forgetKey?: boolean; width?: number} = {}) {
	let stdout = '';
	let stderr = '';
	const code = await runConfigCommand({
		env,
		json: flags.json ?? false,
		path: flags.path ?? false,
		reset: flags.reset ?? false,
		forgetKey: flags.forgetKey ?? false,
		...(flags.width === undefined ? {} : {width: flags.width}),
		stdout: text => (stdout += text),
		stderr: text => (stderr += text),
	});
	return {code, stdout, stderr};
}

async function rememberEverything(env: Record<string, string>): Promise<void> {
	await rememberBaseUrl(env, 'https://api.deepseek.com');
	await rememberKey(env, key);
	await recordBalanceReading(env, [
		{at: '2026-11-01T08:00:00.000Z', currency: 'CNY', total: '20.00'},
		{at: '2026-11-02T08:00:00.000Z', currency: 'CNY', total: '15.50'},
		{at: '2026-11-03T08:30:00.000Z', currency: 'CNY', total: '9.25'},
	]);
	await setAlertThreshold(env, '5', 'CNY');
	await rememberDiagnosis(env, {at: '2026-11-03T08:31:00.000Z', verdict: 'insufficient_balance', summary: 'Balance is low.', path: ['start'], baseUrl: 'https://api.deepseek.com'});
}

test('--path prints the settings file path and nothing else', async () => {
	const {env, file} = tempEnv();
	assert.deepEqual(await run(env, {path: true}), {code: 0, stdout: `${file}\n`, stderr: ''});
	const json = await run(env, {path: true, json: true});
	assert.deepEqual(JSON.parse(json.stdout), {path: file});
});

test('with nothing remembered it says so and where the file will be', async () => {
	const {env, file} = tempEnv();
	const {code, stdout} = await run(env);
	assert.equal(code, 0);
	assert.ok(stdout.includes(`File             ${file} (not created yet: nothing remembered)`));
	assert.match(stdout, /Balance history\s+no readings yet/);
	assert.match(stdout, /API key\s+not remembered \(each run looks in DEEPSEEK_API_KEY and \.env files\)/);
	assert.doesNotMatch(stdout, /--reset/, 'nothing to reset yet');
	setLanguage('zh-CN');
	try {
		assert.match((await run(env)).stdout, /API key\s+没有记住（每次运行时从 DEEPSEEK_API_KEY 和 \.env 文件中查找）/);
	} finally {
		setLanguage('en');
	}
});

test('shows every remembered setting readably, key masked, history summarised', async () => {
	const {env} = tempEnv();
	await rememberEverything(env);
	const {code, stdout, stderr} = await run(env);
	assert.equal(code, 0);
	assert.equal(stderr, '');
	assert.ok(!stdout.includes(key), 'the key never appears whole');
	assert.match(stdout, /API key\s+sk-…3210, remembered in this file/);
	assert.match(stdout, /Base URL\s+https:\/\/api\.deepseek\.com/);
	assert.match(stdout, /Balance history\s+3 readings; first 20\.00 CNY at 2026-11-01 08:00 UTC; last 9\.25 CNY at 2026-11-03 08:30 UTC/);
	assert.match(stdout, /Alert threshold\s+below 5 CNY/);
	assert.match(stdout, /Last diagnosis\s+insufficient_balance \(2026-11-03 08:31 UTC\): Balance is low\./);
	assert.match(stdout, /deepseek-fix config --reset/);
	await resetAndRecordOne(env);
	assert.match((await run(env)).stdout, /Balance history\s+1 reading: 7\.00 USD at 2026-11-04 00:00 UTC\n/);
});

test('a diagnosis remembered in the other language: the verdict and its name, never a sentence in the other language', async () => {
	const {env} = tempEnv();
	await rememberDiagnosis(env, {at: '2026-11-03T08:31:00.000Z', verdict: 'insufficient_balance', summary: 'Balance is low.', path: ['start'], baseUrl: 'https://api.deepseek.com', language: 'en'});
	setLanguage('zh-CN');
	try {
		const {stdout} = await run(env);
		assert.doesNotMatch(stdout, /Balance is low/);
		assert.match(stdout, /余额不足（insufficient_balance，2026-11-03 08:31 UTC）\n/);
	} finally {
		setLanguage('en');
	}
	assert.match((await run(env)).stdout, /insufficient_balance \(2026-11-03 08:31 UTC\): Balance is low\./);
});

test('the remembered diagnosis says whose it was where the key or base URL in effect differ, by the start screen\'s rule; without a key, nothing', async () => {
	const {env} = tempEnv();
	const baseUrl = 'https://api.deepseek.com';
	const url = normaliseBaseUrl(baseUrl);
	assert.ok(url.ok);
	await rememberKey(env, key);
	await rememberDiagnosis(env, {at: '2026-11-03T08:31:00.000Z', verdict: 'insufficient_balance', summary: 'Balance is low.', path: ['start'], baseUrl, account: accountOf(url.value.url, key)});
	const diagnosisRow = async (extra: Record<string, string>, flags: Flags = {}) => {
		let stdout = '';
		await runConfigCommand({env: {...env, ...extra}, json: false, path: false, reset: false, flags, stdout: text => (stdout += text)});
		return /Last diagnosis\s+(.*)\n/.exec(stdout)?.[1] ?? stdout;
	};
	// The remembered key at the remembered base URL: its own, as it was.
	assert.equal(await diagnosisRow({}), 'insufficient_balance (2026-11-03 08:31 UTC): Balance is low.');
	// Another key in the environment, or in the folder's .env: another account's.
	const otherKey = 'sk-' + '0a1b2c3d4e5f6789'.repeat(2);
	assert.equal(await diagnosisRow({DEEPSEEK_API_KEY: otherKey}), 'insufficient_balance (2026-11-03 08:31 UTC, for another key than the one in use now): Balance is low.');
	let stdout = '';
	await runConfigCommand({env, json: false, path: false, reset: false, projectEnv: {key: otherKey, baseUrls: {}, otherKeys: {}, from: {}}, stdout: text => (stdout += text)});
	assert.match(stdout, /for another key than the one in use now/);
	// Another base URL, from the environment or --base-url; the same one written differently (/v1, a trailing slash) is the same.
	assert.equal(await diagnosisRow({DEEPSEEK_BASE_URL: 'http://127.0.0.1:18999'}), 'insufficient_balance (2026-11-03 08:31 UTC, at another base URL than the one in use now): Balance is low.');
	assert.equal(await diagnosisRow({DEEPSEEK_BASE_URL: 'https://api.deepseek.com/v1/'}), 'insufficient_balance (2026-11-03 08:31 UTC): Balance is low.');
	assert.match(await diagnosisRow({}, {baseUrl: 'http://127.0.0.1:18999/v1'}), /at another base URL than the one in use now/);
	assert.equal(await diagnosisRow({DEEPSEEK_BASE_URL: 'https://api.deepseek.com/'}), 'insufficient_balance (2026-11-03 08:31 UTC): Balance is low.');
	setLanguage('zh-CN');
	try {
		assert.match(await diagnosisRow({DEEPSEEK_API_KEY: otherKey}), /（insufficient_balance，2026-11-03 08:31 UTC；检查的不是现在这个 key）/);
	} finally {
		setLanguage('en');
	}
	// Where its key came from, kept with it since: which key it was, as the start screen says it.
	await rememberDiagnosis(env, {at: '2026-11-03T08:31:00.000Z', verdict: 'insufficient_balance', summary: 'Balance is low.', path: ['start'], baseUrl, account: accountOf(url.value.url, key), keySource: 'remembered'});
	assert.equal(await diagnosisRow({DEEPSEEK_API_KEY: otherKey}), 'insufficient_balance (2026-11-03 08:31 UTC, for the remembered key, not the one in use now): Balance is low.');
	// No key in effect: nothing said of whose it was, rather than a guess.
	const bare = tempEnv();
	await rememberDiagnosis(bare.env, {at: '2026-11-03T08:31:00.000Z', verdict: 'insufficient_balance', summary: 'Balance is low.', path: ['start'], baseUrl, account: accountOf(url.value.url, key)});
	let bareOut = '';
	await runConfigCommand({env: bare.env, json: false, path: false, reset: false, stdout: text => (bareOut += text)});
	assert.match(bareOut, /Last diagnosis\s+insufficient_balance \(2026-11-03 08:31 UTC\): Balance is low\.\n/);
});

test('at 40 columns the hints wrap by words, each command whole on its row; the key\'s own first while one is remembered', async () => {
	const {env} = tempEnv();
	await rememberEverything(env);
	const {stdout} = await run(env, {width: 40});
	assert.match(stdout, /\n\nForget only the key with:\ndeepseek-fix config --forget-key\nForget everything with:\ndeepseek-fix config --reset\n$/, stdout);
	setLanguage('zh-CN');
	try {
		assert.match((await run(env, {width: 40})).stdout, /\n\n只清除 key：\ndeepseek-fix config --forget-key\n要清除所有设置：\ndeepseek-fix config --reset\n$/);
	} finally {
		setLanguage('en');
	}
});

test('config --reset\'s sentence wraps by words at 40 columns, its terms whole', async () => {
	const {env, file} = tempEnv();
	await rememberEverything(env);
	setLanguage('zh-CN');
	try {
		const {stdout} = await run(env, {reset: true, width: 40});
		const rows = stdout.trimEnd().split('\n');
		assert.ok(rows.length > 1, stdout);
		assert.ok(rows.every(line => displayWidth(line) <= 40 || line.includes(file)), stdout);
		assert.match(stdout, /API key/, 'the term on one row');
		assert.doesNotMatch(stdout, /\n /, 'no row begins with a space');
	} finally {
		setLanguage('en');
	}
});

async function resetAndRecordOne(env: Record<string, string>): Promise<void> {
	await run(env, {reset: true});
	await recordBalanceReading(env, {at: '2026-11-04T00:00:00Z', currency: 'USD', total: '7.00'});
}

test('at 40 columns a verdict id is never broken, in English and Chinese: whole on a row of its own where it does not fit the column', async () => {
	for (const verdict of ['insufficient_balance', 'relay_insufficient_balance'] as const) {
		const {env} = tempEnv();
		await rememberDiagnosis(env, {at: '2026-11-03T08:31:00.000Z', verdict, summary: 'Balance is low.', path: ['start'], baseUrl: 'https://api.deepseek.com', language: 'en'});
		for (const language of ['en', 'zh-CN'] as const) {
			setLanguage(language);
			try {
				const {stdout} = await run(env, {width: 40});
				// The diagnosis's rows (the file's path above is as wide as the temporary folder).
				const all = stdout.split('\n');
				const first = all.findIndex(row => /^ {2}(?:Last diagnosis|上次的结论)/u.test(row));
				const rows = all.slice(first, all.indexOf('', first));
				const at = `${verdict}, ${language}:\n${rows.join('\n')}`;
				assert.ok(rows.some(row => row.trim().replace(/^[（(]|[，,]$/gu, '') === verdict || row.trimEnd().endsWith(` ${verdict}`)), `the id whole on a row, ${at}`);
				for (const row of rows) assert.ok(displayWidth(row) <= 40, `within 40 columns: "${row}", ${at}`);
			} finally {
				setLanguage('en');
			}
		}
	}
});

test('at 60 columns long values wrap under themselves', async () => {
	const {env} = tempEnv();
	await rememberEverything(env);
	const {stdout} = await run(env, {width: 60});
	const lines = stdout.split('\n');
	for (const line of lines) assert.ok(line.length <= 60 || !line.slice(19).includes(' '), `fits, or is one unbreakable word: ${line}`);
	const history = lines.findIndex(line => line.startsWith('  Balance history  '));
	assert.ok(lines[history + 1]?.startsWith(' '.repeat(19)), 'continuation aligned with the value column');
	assert.match(stdout.replace(/\n {19}/g, ' '), /first 20\.00 CNY at 2026-11-01 08:00 UTC; last 9\.25 CNY/);
});

test('--json prints one document with the key masked', async () => {
	const {env, file} = tempEnv();
	await rememberEverything(env);
	const {code, stdout} = await run(env, {json: true});
	assert.equal(code, 0);
	assert.ok(!stdout.includes(key));
	const document = JSON.parse(stdout) as {path: string; exists: boolean; unusable: boolean; notice: string | null; settings: Record<string, unknown>};
	assert.equal(document.path, file);
	assert.equal(document.exists, true);
	assert.equal(document.unusable, false);
	assert.equal(document.notice, null);
	assert.equal(document.settings['apiKey'], 'sk-…3210');
	assert.equal((document.settings['balanceHistory'] as unknown[]).length, 3);
});

test('text from a hand-edited file cannot inject escape sequences', async () => {
	const {env, file} = tempEnv();
	const summary = 'evil \u001B]0;pwned\u0007title \u001B[31mred';
	fs.writeFileSync(file, JSON.stringify({schemaVersion: 1, balanceHistory: [], lastDiagnosis: {at: '2026-01-01T00:00:00Z', verdict: 'unknown', summary, path: [], baseUrl: 'x'}}));
	const {stdout} = await run(env);
	assert.ok(!stdout.includes('\u001B'));
	assert.match(stdout, /evil title red/);
});

test('--reset says whether a remembered key went with the file: none remembered, or a file it could not read', async () => {
	const {env, file} = tempEnv();
	await rememberBaseUrl(env, 'https://api.deepseek.com');
	const withoutKey = await run(env, {reset: true});
	assert.equal(withoutKey.code, 0);
	assert.equal(withoutKey.stdout, `Deleted ${file}: all remembered settings are gone (no API key was remembered there).\n`);
	fs.writeFileSync(file, '{"schemaVersion": 1, "apiKey": "sk-');
	const unread = await run(env, {reset: true});
	assert.equal(unread.stdout, `Deleted ${file}: all remembered settings are gone.\n`);
	assert.equal(fs.existsSync(file), false);
	setLanguage('zh-CN');
	try {
		await rememberBaseUrl(env, 'https://api.deepseek.com');
		assert.equal((await run(env, {reset: true})).stdout, `已删除 ${file}：所有记住的设置都已清除（其中没有记住的 API key）。\n`);
	} finally {
		setLanguage('en');
	}
});

test('--reset deletes the file and says so; a second reset finds nothing', async () => {
	const {env, file} = tempEnv();
	await rememberEverything(env);
	const first = await run(env, {reset: true});
	assert.equal(first.code, 0);
	assert.equal(first.stdout, `Deleted ${file}: all remembered settings are gone, including the remembered API key.\n`);
	assert.equal(fs.existsSync(file), false);
	const second = await run(env, {reset: true, json: true});
	assert.equal(second.code, 0);
	assert.deepEqual(JSON.parse(second.stdout), {
		path: file,
		ok: true,
		deleted: false,
		leftovers: [],
		message: `There were no remembered settings to reset (${file} does not exist).`,
	});
});

test('a damaged file: the notice goes to stderr, the command still shows defaults', async () => {
	const {env, file} = tempEnv();
	fs.writeFileSync(file, '{oops');
	const {code, stdout, stderr} = await run(env);
	assert.equal(code, 0);
	assert.match(stderr, /was moved to .*config\.json\.corrupt-/);
	assert.match(stdout, /not created yet/);
	const json = await run(tempEnvWithCorrupt(), {json: true});
	assert.match((JSON.parse(json.stdout) as {notice: string}).notice, /moved to/);
});

function tempEnvWithCorrupt(): Record<string, string> {
	const {env, file} = tempEnv();
	fs.writeFileSync(file, '');
	return env;
}

test('unusable settings exit 2; --path and --reset together exit 2', async () => {
	const {env, file} = tempEnv();
	fs.mkdirSync(file);
	const shown = await run(env);
	assert.equal(shown.code, 2);
	assert.match(shown.stderr, /could not be read/);
	// A folder where the file should be is not "nothing remembered": what it holds is unknown.
	assert.equal(shown.stdout, `Remembered settings\n  File  ${file} (cannot be read: what it remembers is unknown, and it is left as it is)\n`);
	const together = 'deepseek-fix: --path, --reset and --forget-key cannot be used together: use one of them. For usage, run deepseek-fix config --help\n';
	for (const flags of [{path: true, reset: true}, {path: true, forgetKey: true}, {reset: true, forgetKey: true}]) {
		assert.deepEqual(await run(env, flags), {code: 2, stdout: '', stderr: together}, JSON.stringify(flags));
	}
});

test('--forget-key drops the remembered key alone, says which (masked), and keeps the rest; a second finds none', async () => {
	const {env, file} = tempEnv();
	await rememberEverything(env);
	const before = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
	const first = await run(env, {forgetKey: true, width: 40});
	assert.deepEqual(first, {code: 0, stdout: 'Forgot the remembered key sk-…3210; the\nother settings are kept.\n', stderr: ''});
	const {apiKey: _key, keySource: _source, ...rest} = before;
	assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')), rest, 'everything but the key and its source, as it was');
	assert.equal(before['keySource'], 'remembered');
	// The hint for the key alone goes with it; the one for everything stays.
	const shown = (await run(env)).stdout;
	assert.doesNotMatch(shown, /--forget-key/);
	assert.match(shown, /Forget everything with: deepseek-fix config --reset\n$/);
	const second = await run(env, {forgetKey: true, json: true});
	assert.equal(second.code, 0);
	assert.deepEqual(JSON.parse(second.stdout), {path: file, ok: true, forgotten: false, message: 'No key is remembered: nothing to forget.'});
	setLanguage('zh-CN');
	try {
		await rememberKey(env, key);
		assert.equal((await run(env, {forgetKey: true})).stdout, '已清除记住的 key sk-…3210，其他设置都保留着。\n');
		assert.equal((await run(env, {forgetKey: true})).stdout, '没有记住的 key，不需要清除。\n');
	} finally {
		setLanguage('en');
	}
});

test('--forget-key with no settings file makes none; with a folder in its place it exits 2 and changes nothing', async () => {
	const {env, file} = tempEnv();
	assert.deepEqual(await run(env, {forgetKey: true}), {code: 0, stdout: 'No key is remembered: nothing to forget.\n', stderr: ''});
	assert.equal(fs.existsSync(file), false, 'no file made to forget nothing in');
	fs.mkdirSync(file);
	const refused = await run(env, {forgetKey: true});
	assert.equal(refused.code, 2);
	assert.equal(refused.stdout, '');
	assert.match(refused.stderr, /could not be read \(EISDIR\).*\nNo key was forgotten: the settings file is as it was\.\n$/s);
	assert.ok(fs.statSync(file).isDirectory());
});

test('a settings folder with an escape, a bidi mark, a line break and the key in its name: one clean row, one clean notice', async () => {
	const {dir} = tempEnv();
	const blocker = path.join(dir, 'a-file');
	fs.writeFileSync(blocker, 'x');
	const folder = path.join(blocker, `\u001B[31mred\u202E\nnext${key}`);
	const {code, stdout, stderr} = await run({DEEPSEEK_FIX_CONFIG_DIR: folder, DEEPSEEK_API_KEY: key});
	assert.equal(code, 2);
	const shown = `${blocker}/red nextsk-…3210/config.json`;
	assert.equal(stderr, `Your settings file ${shown} could not be read (ENOTDIR): part of that path is a file, not a folder, so nothing can be kept there. Set DEEPSEEK_FIX_CONFIG_DIR to a folder (or to a path where one can be made).\n`);
	assert.equal(stdout, `Remembered settings\n  File  ${shown} (cannot be read: what it remembers is unknown, and it is left as it is)\n`);
});

test('rows with nothing remembered say what runs use instead and how to set them; the last diagnosis is the wizard\'s alone', async () => {
	const {env} = tempEnv();
	const row = (stdout: string, label: RegExp) => label.exec(stdout)?.[1] ?? stdout;
	const {stdout} = await run(env);
	// "not set" right after `check` had run read like a bug: check and balance never keep a diagnosis.
	assert.equal(row(stdout, /Last diagnosis\s+(.*)\n/), 'none yet: only the wizard remembers its last result (deepseek-fix check and deepseek-fix balance do not)');
	assert.match(row(stdout, /Base URL\s+(.*)\n/), /^none remembered: runs use DEEPSEEK_BASE_URL/);
	assert.match(row(stdout, /Alert threshold\s+(.*)\n/), /set one in the wizard .*balance --below/);
	assert.match(row(stdout, /Test call model\s+(.*)\n/), /the wizard remembers/);
	assert.match(row(stdout, /Language\s+(.*)\n/), /--lang, DEEPSEEK_FIX_LANG or the locale/);
	assert.doesNotMatch(stdout, /not set/);
	setLanguage('zh-CN');
	try {
		const chinese = (await run(env)).stdout;
		assert.match(chinese, /上次的结论 +还没有：只有向导会记住上次的结果（deepseek-fix check 和 deepseek-fix balance 不会）/);
		assert.doesNotMatch(chinese, /未设置/);
	} finally {
		setLanguage('en');
	}
});
