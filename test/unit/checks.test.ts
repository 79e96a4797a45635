// The checks' pure parts (key shape, balance judgement, burn rate, proxy hop, key search,
// other base URLs, probe model), and the checks that need no internet run for real:
// key_exposure on a temporary git repository, network against a local server. Names resolve
// as in the CLI tests (map-hosts.mjs: loopback only, every other name ENOTFOUND), so the
// network check's direct look beside a proxy never asks a real resolver.
import '../helpers/map-hosts.mjs';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {balance as balanceCheck, defaultLowBalance, judgeBalance} from '../../source/checks/balance.js';
import {baseUrlsElsewhere, endpoint as endpointCheck} from '../../source/checks/endpoint.js';
import {findKeys, isExampleKey, keyExposure} from '../../source/checks/key-exposure.js';
import {judgeKeyFormat, keyFormat as keyFormatCheck, keyShape} from '../../source/checks/key-format.js';
import {keyPresent as keyPresentCheck} from '../../source/checks/key-present.js';
import {foundOf} from '../../source/app-settings.js';
import {network as networkCheck} from '../../source/checks/network.js';
import {fixes} from '../../source/fixes.js';
import {firstHop, noProxyEntry} from '../../source/deepseek/proxy.js';
import {serviceStatus as serviceStatusCheck} from '../../source/checks/service-status.js';
import {judgeProbe, pickProbeModel} from '../../source/checks/probe.js';
import {unexpected} from '../../source/checks/http-outcome.js';
import type {BalanceSample, CheckContext, CheckOutcome} from '../../source/checks/types.js';
import {burnRate, usageTrend as usageTrendCheck} from '../../source/checks/usage-trend.js';
import {probeFallbackModel} from '../../source/deepseek/facts.js';
import type {BalanceReading} from '../../source/domain/balance.js';
import {maskKey} from '../../source/text/safe.js';
import {mergeProjectEnvs, projectEnvFrom} from '../../source/project-env.js';
import {setLanguage} from '../../source/messages/language.js';
import {startTcpServer} from '../helpers/raw-server.js';
import {answer, balance, deepseekAnswers, failure, fakeApi, officialBase, providers, readings, testContext, testKey} from '../helpers/results.js';

/** Does NO_PROXY exempt host:port (the entry that does, any)? */
const bypassesProxy = (host: string, noProxy: string | undefined, port = 0) => noProxyEntry(host, noProxy, port) !== undefined;

const hex = (length: number, seed = 'a1b2c3d4e5f60789') => seed.repeat(Math.ceil(length / seed.length)).slice(0, length);
// Random digits, as a real key has: a repeating block is an example key, which the leak scan leaves out.
const otherKey = 'sk-' + 'bf5ac188b4776a73' + '38b8abdb8ed07e31';
const signal = () => new AbortController().signal;
const runCheck = (check: {run(ctx: CheckContext, signal: AbortSignal): Promise<CheckOutcome>}, overrides: Partial<CheckContext> = {}) =>
	check.run(testContext(overrides), signal());

// ---- key_present / key_format ----

test('keyShape: a DeepSeek-shaped key', () => {
	assert.deepEqual(keyShape(testKey), {kind: 'deepseek'});
	assert.deepEqual(keyShape('sk-' + hex(32)), {kind: 'deepseek'});
});

test('keyShape: whitespace and quotes around the key', () => {
	for (const key of [` ${testKey}`, `${testKey}\n`, `${testKey}\r\n`, `\t${testKey}`]) assert.deepEqual(keyShape(key), {kind: 'whitespace'}, JSON.stringify(key));
	for (const key of [`"${testKey}"`, `'${testKey}'`, `\`${testKey}\``]) assert.deepEqual(keyShape(key), {kind: 'quoted'}, key);
	// The quotes are sent (only the spaces are left out): they are what is wrong, also with a Windows line end after them.
	for (const key of [`"${testKey}"\r`, `"${testKey}"\r\n`, ` '${testKey}' `]) assert.deepEqual(keyShape(key), {kind: 'quoted'}, JSON.stringify(key));
	assert.deepEqual(keyShape(`Bearer ${testKey}\r\n`), {kind: 'bearer'});
	// A whole .env or shell line, as $(cat .env) gives it: the name is what is wrong.
	// `prefix`: the text before the key as typed (its spaces made one), never the quote that opens the key.
	const lines = [
		[`DEEPSEEK_API_KEY=${testKey}`, 'DEEPSEEK_API_KEY='],
		[`DEEPSEEK_API_KEY="${testKey}"\r`, 'DEEPSEEK_API_KEY='],
		[`export DEEPSEEK_API_KEY=${testKey}\n`, 'export DEEPSEEK_API_KEY='],
		[`OPENAI_API_KEY = ${testKey}`, 'OPENAI_API_KEY ='],
	] as const;
	for (const [key, prefix] of lines) {
		assert.deepEqual(keyShape(key), {kind: 'assignment', name: key.includes('OPENAI') ? 'OPENAI_API_KEY' : 'DEEPSEEK_API_KEY', prefix}, JSON.stringify(key));
	}
	// Other shells' lines: PowerShell, Nushell, Command Prompt, fish, setx.
	const shells = [
		[`$env:DEEPSEEK_API_KEY="${testKey}"`, '$env:DEEPSEEK_API_KEY='],
		[`$env.DEEPSEEK_API_KEY = "${testKey}"`, '$env.DEEPSEEK_API_KEY ='],
		[`set DEEPSEEK_API_KEY=${testKey}`, 'set DEEPSEEK_API_KEY='],
		[`set -gx DEEPSEEK_API_KEY ${testKey}`, 'set -gx DEEPSEEK_API_KEY'],
		[`setx DEEPSEEK_API_KEY ${testKey}`, 'setx DEEPSEEK_API_KEY'],
	] as const;
	for (const [key, prefix] of shells) assert.deepEqual(keyShape(key), {kind: 'assignment', name: 'DEEPSEEK_API_KEY', prefix}, key);
	// A command word needs a name between it and the key: "set sk-…" or "Bearer sk-…" names no variable.
	for (const key of [`set ${testKey}`, `setx ${testKey}`, `token ${testKey}`]) assert.notEqual(keyShape(key).kind, 'assignment', key);
	// Only an sk- key after the =: another service's token with an = in it is no line.
	for (const key of ['abc=def123456789', 'TOKEN=xyz1234567890']) assert.notEqual(keyShape(key).kind, 'assignment', key);
});

test('key_format on a whole shell line: the sentence names what the key really starts with and which line it is, in both languages; details.prefix holds that start, never the key', () => {
	const said = [
		[`$env:DEEPSEEK_API_KEY="${testKey}"`, 'The key starts with "$env:DEEPSEEK_API_KEY=": the whole PowerShell line was copied into the variable', 'key 以“$env:DEEPSEEK_API_KEY=”开头：一整行 PowerShell 命令都填进了变量'],
		[`$env.DEEPSEEK_API_KEY = "${testKey}"`, 'The key starts with "$env.DEEPSEEK_API_KEY =": the whole Nushell line', 'key 以“$env.DEEPSEEK_API_KEY =”开头：一整行 Nushell 命令'],
		[`set DEEPSEEK_API_KEY=${testKey}`, 'The key starts with "set DEEPSEEK_API_KEY=": the whole Command Prompt line', 'key 以“set DEEPSEEK_API_KEY=”开头：一整行 cmd 命令'],
		[`set -gx DEEPSEEK_API_KEY ${testKey}`, 'The key starts with "set -gx DEEPSEEK_API_KEY": the whole fish line', 'key 以“set -gx DEEPSEEK_API_KEY”开头：一整行 fish 命令'],
		[`setx DEEPSEEK_API_KEY "${testKey}"`, 'The key starts with "setx DEEPSEEK_API_KEY": the whole setx command', 'key 以“setx DEEPSEEK_API_KEY”开头：一整条 setx 命令'],
		[`export DEEPSEEK_API_KEY=${testKey}`, 'The key starts with "export DEEPSEEK_API_KEY=": the whole shell line', 'key 以“export DEEPSEEK_API_KEY=”开头：一整行 shell 命令'],
		[`DEEPSEEK_API_KEY=${testKey}`, 'The key starts with "DEEPSEEK_API_KEY=": the whole line of an .env file', 'key 以“DEEPSEEK_API_KEY=”开头：.env 文件里的一整行'],
	] as const;
	for (const [key, english, chinese] of said) {
		const outcome = judgeKeyFormat(key);
		assert.equal(outcome.status, 'warn');
		assert.ok(outcome.summary.startsWith(english), outcome.summary);
		assert.equal(outcome.details?.['prefix'], english.split('"')[1], key);
		assert.ok(!JSON.stringify(outcome).includes(testKey.slice(3)), 'never the key');
		setLanguage('zh-CN');
		try {
			assert.ok(judgeKeyFormat(key).summary.startsWith(chinese), judgeKeyFormat(key).summary);
		} finally {
			setLanguage('en');
		}
	}
});

test('keyShape: typographic quotes, a "Bearer " prefix, and characters no header can carry', () => {
	for (const key of [`“${testKey}”`, `‘${testKey}’`, `＂${testKey}＂`]) assert.deepEqual(keyShape(key), {kind: 'quoted'}, key);
	for (const key of [`Bearer ${testKey}`, `bearer  ${testKey}`]) assert.deepEqual(keyShape(key), {kind: 'bearer'}, key);
	assert.deepEqual(keyShape(`${testKey}\u200b`), {kind: 'non_ascii', characters: ['U+200B']});
	assert.deepEqual(keyShape(`sk-\u00a0${hex(16)}\ufeff${hex(16)}\u00a0x`), {kind: 'non_ascii', characters: ['U+00A0', 'U+FEFF']});
	// Around the key, a no-break or full-width space or a BOM is no plain space: this tool leaves it out, but no header
	// carries it (Python's UnicodeEncodeError, Node's fetch "Cannot convert argument to a ByteString").
	assert.deepEqual(keyShape(`${testKey}\u00a0`), {kind: 'non_ascii', characters: ['U+00A0'], around: true});
	assert.deepEqual(keyShape(`\ufeff${testKey}\u3000\n`), {kind: 'non_ascii', characters: ['U+FEFF', 'U+3000'], around: true});
	assert.deepEqual(keyShape(`\u3000"${testKey}"`), {kind: 'non_ascii', characters: ['U+3000'], around: true});
	// Inside too: the key itself is to copy again, all of them named.
	assert.deepEqual(keyShape(`${testKey.slice(0, 9)}\u200b${testKey.slice(9)}\u00a0`), {kind: 'non_ascii', characters: ['U+200B', 'U+00A0']});
	// Plain spaces, tabs and line breaks stay what they were.
	assert.deepEqual(keyShape(` ${testKey}\r\n\t`), {kind: 'whitespace'});
	// A full-width letter looks like its ASCII twin.
	assert.deepEqual(keyShape(`ｓk-${hex(32)}`), {kind: 'non_ascii', characters: ['U+FF53']});
});

test('key_format: characters no header can carry are named by code point only (a warning, as every shape; the diagnosis makes it the finding)', async () => {
	const key = `${testKey}\u200b`;
	const result = await runCheck(keyFormatCheck, {apiKey: key});
	assert.equal(result.status, 'warn');
	assert.deepEqual(result.details.characters, ['U+200B']);
	assert.match(result.summary, /^The key holds characters that are not plain ASCII \(U\+200B: invisible or look-alike/);
	assert.ok(!JSON.stringify(result).includes(testKey.slice(3, -4)), 'the key never appears whole');
});

test('key_format: a full-width space, a BOM or a no-break space around the key is said as what it is (no header carries it: remove it where the key is set), never "some tools send them along"', async () => {
	for (const key of [`${testKey}\u3000`, `\ufeff${testKey}`, `\u00a0${testKey}\u00a0`]) {
		const result = await runCheck(keyFormatCheck, {apiKey: key});
		assert.equal(result.status, 'warn');
		assert.equal(result.details.shape, 'non_ascii');
		assert.equal(result.details.around, true);
		assert.match(result.summary, /^The key has characters around it that are not plain spaces \(U\+(3000|FEFF|00A0): .*No HTTP request can carry them: Python's clients stop with UnicodeEncodeError.*remove them where the key is set\.$/);
		assert.doesNotMatch(result.summary, /some tools send them along/);
		setLanguage('zh-CN');
		try {
			assert.match(judgeKeyFormat(key).summary, /^key 前后有不是普通空格的字符（U\+/);
		} finally {
			setLanguage('en');
		}
	}
	const spaces = await runCheck(keyFormatCheck, {apiKey: ` ${testKey}\n`});
	assert.deepEqual([spaces.details.shape, spaces.details.around], ['whitespace', undefined]);
});

test('key_format: a key typed in full-width mode (ｓｋ－, full-width digits) says so and how to switch the input method; a zero-width space beside it does not', async () => {
	for (const [key, characters] of [[`ｓｋ－${hex(32)}`, ['U+FF53', 'U+FF4B', 'U+FF0D']], [`sk-${hex(30)}０１`, ['U+FF10', 'U+FF11']]] as const) {
		const result = await runCheck(keyFormatCheck, {apiKey: key});
		assert.equal(result.status, 'warn');
		assert.deepEqual(result.details.characters, characters);
		assert.match(result.summary, /^The key holds full-width characters \(U\+FF.*\), as a Chinese input method types them in full-width mode\..*switch the input method to half-width \(Shift\+Space\)/);
	}
	const mixed = await runCheck(keyFormatCheck, {apiKey: `ｓk-${hex(16)}\u200b${hex(16)}`});
	assert.match(mixed.summary, /^The key holds characters that are not plain ASCII \(U\+FF53, U\+200B: invisible or look-alike/);
});

test('keyShape: placeholders from docs and .env templates', () => {
	const placeholders = ['sk-xxxxxxxxxxxxxxxxxxxxxxxx', 'your-api-key', 'YOUR_API_KEY', 'your_key_here', 'your api key', '<your key>', '<DEEPSEEK_API_KEY>', 'sk-...', 'sk-************', 'changeme', 'placeholder', 'sk-1234567890abcdef', 'XXXX'];
	for (const key of placeholders) assert.deepEqual(keyShape(key), {kind: 'placeholder'}, key);
});

test('keyShape: other vendors\' keys by prefix', () => {
	const foreign: Array<[string, string]> = [
		['sk-or-v1-' + hex(64), 'OpenRouter'],
		['sk-ant-api03-' + hex(40, 'AbCdEfGh12345678'), 'Anthropic'],
		['sk-proj-' + hex(48, 'AbCdEfGh12345678'), 'OpenAI'],
		['bce-v3/ALTAK-' + hex(20, 'AbCdEfGh12345678') + '/' + hex(40), 'Baidu Qianfan'],
		['ghp_' + hex(36, 'AbCdEfGh12345678'), 'GitHub'],
		['AIza' + hex(35, 'AbCdEfGh12345678'), 'Google'],
		['ms-2e4fbc9d-6776-4a95-87fa-' + hex(12), 'ModelScope'],
	];
	for (const [key, vendor] of foreign) assert.deepEqual(keyShape(key), {kind: 'foreign', vendor}, key);
	// ms- alone is no ModelScope token: its tokens are ms- and a UUID.
	for (const key of ['ms-' + hex(32), 'ms-token']) assert.deepEqual(keyShape(key), {kind: 'unusual'}, key);
});

test('keyShape: anything else is unusual, not wrong', () => {
	for (const key of ['sk-' + hex(32).toUpperCase(), 'sk-' + hex(31), 'sk-' + hex(33), hex(32), 'abc123']) assert.deepEqual(keyShape(key), {kind: 'unusual'}, key);
});

test('key_present and key_format checks: found, missing, and never the whole key', async () => {
	assert.deepEqual(await runCheck(keyPresentCheck, {apiKey: undefined, keySource: 'none'}), {status: 'fail', summary: 'No API key found: set DEEPSEEK_API_KEY or paste one in the wizard.', details: {source: 'none', envBlank: false}});
	assert.deepEqual(await runCheck(keyPresentCheck, {keySource: 'remembered'}), {status: 'pass', summary: 'Found in remembered settings.', details: {source: 'remembered'}});
	// A key picked from an agent app's settings: the file it was found in (a refused key's fix names it).
	const aider = foundOf({key: {name: 'api-key deepseek', value: testKey, file: '~/.aider.conf.yml'}});
	assert.deepEqual((await runCheck(keyPresentCheck, {keySource: 'aider', appSettings: async () => ({aider})})).details, {source: 'aider', settingsFile: '~/.aider.conf.yml'});
	// A key picked from another tool's variable in the wizard: that variable.
	assert.deepEqual(await runCheck(keyPresentCheck, {keySource: 'variable', keyVariable: 'OPENAI_API_KEY'}), {status: 'pass', summary: 'Found in OPENAI_API_KEY.', details: {source: 'variable', keyVariable: 'OPENAI_API_KEY'}});
	// The same variable in the folder's dotenv file, not in the environment: that file too, in the row as in the details.
	const fromFile = await runCheck(keyPresentCheck, {keySource: 'variable', keyVariable: 'OPENAI_API_KEY', keyVariableFile: '.env'});
	assert.deepEqual(fromFile.details, {source: 'variable', dotenvFile: '.env', keyVariable: 'OPENAI_API_KEY'});
	assert.match(fromFile.summary, /^Found in OPENAI_API_KEY in .*\.env\b/, fromFile.summary);
	// No key, but OPENAI_BASE_URL sends OPENAI_API_KEY's (a relay's token, any shape) elsewhere: named masked, with where; not where it is the address checked.
	const relayToken = 'sk-' + 'AbCdEfGhIjKl'.repeat(4);
	const relayEnv = {OPENAI_BASE_URL: 'https://relay.example.cn/v1', OPENAI_API_KEY: relayToken};
	const sent = await runCheck(keyPresentCheck, {apiKey: undefined, keySource: 'none', env: relayEnv});
	assert.deepEqual(sent.details['keysSentElsewhere'], [{name: 'OPENAI_API_KEY', masked: maskKey(relayToken), baseUrlVariable: 'OPENAI_BASE_URL', url: 'https://relay.example.cn/v1'}]);
	assert.ok(!JSON.stringify(sent).includes(relayToken.slice(3, 20)), 'never whole');
	const there = await runCheck(keyPresentCheck, {apiKey: undefined, keySource: 'none', env: relayEnv, baseUrl: 'https://relay.example.cn'});
	assert.equal(there.details['keysSentElsewhere'], undefined);
	// Sent to OpenAI's own API: OpenAI's key, neither DeepSeek's nor a relay's.
	const toOpenAi = await runCheck(keyPresentCheck, {apiKey: undefined, keySource: 'none', env: {...relayEnv, OPENAI_BASE_URL: 'https://api.openai.com/v1'}});
	assert.equal(toOpenAi.details['keysSentElsewhere'], undefined);
	// Each variable as a program here gets it: the shell's, else the folder's dotenv files' (never over the shell's), each file named.
	const inFiles = mergeProjectEnvs([projectEnvFrom('OPENAI_BASE_URL=https://relay.example.cn/v1', '.env.local'), projectEnvFrom(`OPENAI_API_KEY=${relayToken}\nOPENAI_BASE_URL=https://other.example.cn/v1`, '.env')]);
	const fromFiles = await runCheck(keyPresentCheck, {apiKey: undefined, keySource: 'none', projectEnv: inFiles});
	assert.deepEqual(fromFiles.details['keysSentElsewhere'], [{name: 'OPENAI_API_KEY', masked: maskKey(relayToken), baseUrlVariable: 'OPENAI_BASE_URL', url: 'https://relay.example.cn/v1', dotenvFile: '.env', baseDotenvFile: '.env.local'}]);
	// A key in the shell paired with a base URL in .env; the shell's base URL over the file's.
	const keyInShell = await runCheck(keyPresentCheck, {apiKey: undefined, keySource: 'none', env: {OPENAI_API_KEY: relayToken}, projectEnv: projectEnvFrom('OPENAI_BASE_URL=https://relay.example.cn/v1')});
	assert.deepEqual(keyInShell.details['keysSentElsewhere'], [{name: 'OPENAI_API_KEY', masked: maskKey(relayToken), baseUrlVariable: 'OPENAI_BASE_URL', url: 'https://relay.example.cn/v1', baseDotenvFile: '.env'}]);
	const baseInShell = await runCheck(keyPresentCheck, {apiKey: undefined, keySource: 'none', env: {OPENAI_BASE_URL: 'https://shell.example.cn/v1'}, projectEnv: inFiles});
	assert.deepEqual(baseInShell.details['keysSentElsewhere'], [{name: 'OPENAI_API_KEY', masked: maskKey(relayToken), baseUrlVariable: 'OPENAI_BASE_URL', url: 'https://shell.example.cn/v1', dotenvFile: '.env'}]);
	// OpenAI's own API in the file: left out as in the shell; but a DeepSeek-shaped key sent there is the mistake to name.
	const openAiInFile = projectEnvFrom(`OPENAI_API_KEY=${relayToken}\nOPENAI_BASE_URL=https://api.openai.com/v1`);
	assert.equal((await runCheck(keyPresentCheck, {apiKey: undefined, keySource: 'none', projectEnv: openAiInFile})).details['keysSentElsewhere'], undefined);
	const deepSeekToOpenAi = await runCheck(keyPresentCheck, {apiKey: undefined, keySource: 'none', env: {OPENAI_API_KEY: testKey, OPENAI_BASE_URL: 'https://api.openai.com/v1'}});
	assert.deepEqual(deepSeekToOpenAi.details['keysSentElsewhere'], [{name: 'OPENAI_API_KEY', masked: maskKey(testKey), baseUrlVariable: 'OPENAI_BASE_URL', url: 'https://api.openai.com/v1'}]);
	assert.equal((await runCheck(keyFormatCheck, {apiKey: undefined})).status, 'skip');
	const good = await runCheck(keyFormatCheck);
	assert.equal(good.status, 'pass');
	assert.deepEqual(good.details, {shape: 'deepseek', masked: maskKey(testKey), length: testKey.length});
	const foreign = await runCheck(keyFormatCheck, {apiKey: 'sk-or-v1-' + hex(64)});
	assert.equal(foreign.status, 'warn');
	assert.equal(foreign.summary, 'This looks like a key from OpenRouter, not from DeepSeek.');
	assert.equal(foreign.details.vendor, 'OpenRouter');
	const modelScope = await runCheck(keyFormatCheck, {apiKey: 'ms-2e4fbc9d-6776-4a95-87fa-' + hex(12)});
	assert.deepEqual([modelScope.status, modelScope.summary, modelScope.details.vendor], ['warn', 'This looks like a key from ModelScope, not from DeepSeek.', 'ModelScope']);
	const spaced = await runCheck(keyFormatCheck, {apiKey: `${testKey}\n`});
	assert.equal(spaced.status, 'warn');
	assert.equal(spaced.summary, 'The key has spaces or a line break around it; some tools send them along.');
	for (const outcome of [good, foreign, spaced]) assert.ok(!JSON.stringify(outcome).includes(testKey.slice(3, 20)));
});

// ---- balance ----

const judge = (reading: BalanceReading, ctx: Partial<Pick<CheckContext, 'alertThreshold' | 'balanceHistory'>> = {}) =>
	judgeBalance(reading, {alertThreshold: ctx.alertThreshold, balanceHistory: ctx.balanceHistory ?? []});

test('judgeBalance: zero (and below zero) fails', () => {
	assert.deepEqual(judge(readings.zero), {status: 'fail', summary: '0.00 CNY (granted 0.00, topped up 0.00): nothing left to pay for calls.', details: {reading: readings.zero}});
	const negative: BalanceReading = {isAvailable: false, balances: [{currency: 'CNY', total: '-0.12', granted: '0.00', toppedUp: '-0.12'}]};
	assert.equal(judge(negative).status, 'fail');
	const zeroButAvailable: BalanceReading = {isAvailable: true, balances: [{currency: 'USD', total: '0', granted: '0', toppedUp: '0'}]};
	assert.equal(judge(zeroButAvailable).status, 'fail');
});

test('judgeBalance: money on the account but is_available false fails', () => {
	const judged = judge(readings.blocked);
	assert.equal(judged.status, 'fail');
	assert.equal(judged.summary, '12.00 CNY (granted 0.00, topped up 12.00), but DeepSeek marks the account as unable to make calls.');
});

test('judgeBalance: zero after bonus credit says the bonus ran out, with its amount and date', () => {
	const history: BalanceSample[] = [
		{at: '2026-09-01T08:00:00.000Z', currency: 'CNY', total: '10.00', granted: '10.00', toppedUp: '0.00'},
		{at: '2026-10-05T08:00:00.000Z', currency: 'CNY', total: '3.20', granted: '3.20', toppedUp: '0.00'},
		{at: '2026-10-20T08:00:00.000Z', currency: 'CNY', total: '0.00', granted: '0.00', toppedUp: '0.00'},
		{at: '2026-10-21T08:00:00.000Z', currency: 'USD', total: '5.00', granted: '5.00', toppedUp: '0.00'},
	];
	const judged = judge(readings.zero, {balanceHistory: history});
	assert.equal(judged.status, 'fail');
	assert.equal(judged.summary, '0.00 CNY (granted 0.00, topped up 0.00): the bonus credit (3.20 on 2026-10-05) is used up or expired, and nothing was topped up.');
	// Bonus credit in another currency, or none at all, is not this account's story.
	const usdOnly = history.filter(sample => sample.currency === 'USD');
	assert.equal(judge(readings.zero, {balanceHistory: usdOnly}).summary, '0.00 CNY (granted 0.00, topped up 0.00): nothing left to pay for calls.');
});

test('judgeBalance: low against the default mark', () => {
	assert.equal(defaultLowBalance, '1.00');
	const low = judge(readings.low);
	assert.equal(low.status, 'warn');
	assert.equal(low.summary, '0.35 CNY (granted 0.00, topped up 0.35): below 1.00 CNY.');
	const atMark: BalanceReading = {isAvailable: true, balances: [{currency: 'CNY', total: '1.00', granted: '0.00', toppedUp: '1.00'}]};
	assert.equal(judge(atMark).status, 'pass');
});

test('judgeBalance: low against the user\'s own threshold in the same, any, or another currency', () => {
	assert.equal(judge(readings.toppedUp, {alertThreshold: {amount: '50', currency: 'CNY'}}).summary, '47.44 CNY (granted 0.00, topped up 47.44): below 50 CNY.');
	assert.equal(judge(readings.toppedUp, {alertThreshold: {amount: '50', currency: undefined}}).status, 'warn');
	assert.equal(judge(readings.toppedUp, {alertThreshold: {amount: '40', currency: 'CNY'}}).status, 'pass');
	// A USD threshold says nothing about a CNY account: the default mark applies.
	assert.equal(judge(readings.toppedUp, {alertThreshold: {amount: '50', currency: 'USD'}}).status, 'pass');
	assert.equal(judge(readings.low, {alertThreshold: {amount: '0.10', currency: 'USD'}}).summary, '0.35 CNY (granted 0.00, topped up 0.35): below 1.00 CNY.');
	// The user's mark may also be lower than the default.
	assert.equal(judge(readings.low, {alertThreshold: {amount: '0.10', currency: 'CNY'}}).status, 'pass');
});

test('judgeBalance: an account with two currencies is judged by the one that pays, whichever DeepSeek lists first', () => {
	// As a real answer had it: an empty USD row first, the CNY the account is billed in second.
	const usd = {currency: 'USD', total: '0.00', granted: '0.00', toppedUp: '0.00'};
	const cnyRow = {currency: 'CNY', total: '71.46', granted: '0.00', toppedUp: '71.46'};
	const judged = judge({isAvailable: true, balances: [usd, cnyRow]});
	// The numbers of the currency that pays first, the empty one by its total alone, in either order.
	assert.deepEqual([judged.status, judged.summary], ['pass', '71.46 CNY (granted 0.00, topped up 71.46); 0.00 USD']);
	assert.equal(judge({isAvailable: true, balances: [cnyRow, usd]}).summary, judged.summary);
	// Low in the currency that pays is still low; both empty is still nothing left (the first listed in full, the other by its total).
	assert.equal(judge({isAvailable: true, balances: [usd, {...cnyRow, total: '0.40', toppedUp: '0.40'}]}).summary, '0.40 CNY (granted 0.00, topped up 0.40); 0.00 USD: below 1.00 CNY.');
	const bothEmpty = judge({isAvailable: true, balances: [usd, {...cnyRow, total: '0.00', toppedUp: '0.00'}]});
	assert.deepEqual([bothEmpty.status, bothEmpty.summary], ['fail', '0.00 USD (granted 0.00, topped up 0.00); 0.00 CNY: nothing left to pay for calls.']);
	// Two funded currencies: both in full, the one that pays (the first funded) first.
	assert.equal(judge({isAvailable: true, balances: [cnyRow, {...usd, total: '2.00', toppedUp: '2.00'}]}).summary, '71.46 CNY (granted 0.00, topped up 71.46); 2.00 USD (granted 0.00, topped up 2.00)');
	setLanguage('zh-CN');
	try {
		assert.equal(judge({isAvailable: true, balances: [usd, cnyRow]}).summary, '71.46 CNY（赠送 0.00，充值 71.46）；0.00 USD');
	} finally {
		setLanguage('en');
	}
});

test('judgeBalance: only bonus credit left warns; a healthy balance passes with its amounts', () => {
	assert.deepEqual(judge(readings.bonusOnly), {status: 'warn', summary: '5.00 CNY (granted 5.00, topped up 0.00): all of it is bonus credit, which expires.', details: {reading: readings.bonusOnly}});
	assert.deepEqual(judge(readings.toppedUp), {status: 'pass', summary: '47.44 CNY (granted 0.00, topped up 47.44)', details: {reading: readings.toppedUp}});
});

test('judgeBalance: no balance_infos at all fails (new accounts get no free credit)', () => {
	assert.deepEqual(judge(readings.newAccount), {status: 'fail', summary: 'The account has no balance at all: a newly created account gets no free credit.', details: {reading: readings.newAccount}});
	assert.equal(judge({isAvailable: true, balances: []}).status, 'fail');
});

test('balance check: a relay\'s own balance is read, DeepSeek\'s is not asked for', async () => {
	const api = fakeApi({
		'https://openrouter.ai/api/v1/key': answer(200, {data: {label: 'test', limit: 10, usage: 10, limit_remaining: 0, is_free_tier: false}}, {url: 'https://openrouter.ai/api/v1/key'}),
	}, 'https://openrouter.ai/api');
	const results = new Map([['endpoint', {id: 'endpoint', title: 'Where calls go', status: 'warn', summary: '', durationMs: 1, details: {provider: providers.openrouter, reachesDeepSeek: false, host: 'openrouter.ai'}}]] as const);
	const outcome = await runCheck(balanceCheck, {api, baseUrl: 'https://openrouter.ai/api', callBaseUrl: 'https://openrouter.ai/api/v1', results});
	assert.ok(!api.calls.some(call => call.includes('/user/balance')), api.calls.join(', '));
	assert.equal(outcome.details.reading, null);
	assert.equal((outcome.details.providerBalance as {exhausted: boolean} | null)?.exhausted, true);
	assert.equal(outcome.status, 'fail');
	// The same shape the diagnose fixtures use.
	const fixture = balance.relay(providers.openrouter, {balance: null, outcome: 'read', message: ''});
	assert.deepEqual(Object.keys(outcome.details).sort(), Object.keys(fixture.details).sort());
});

// ---- usage_trend ----

const sample = (at: string, total: string, currency = 'CNY'): BalanceSample => ({at, currency, total});

test('burnRate: too few readings or too short a span gives no trend', () => {
	assert.equal(burnRate([], 'CNY'), undefined);
	assert.equal(burnRate([sample('2026-11-01T00:00:00Z', '10')], 'CNY'), undefined);
	assert.equal(burnRate([sample('2026-11-01T00:00:00Z', '10'), sample('2026-11-01T00:59:00Z', '9')], 'CNY'), undefined);
	assert.equal(burnRate([sample('2026-11-01T00:00:00Z', '10'), sample('2026-11-03T00:00:00Z', '9', 'USD')], 'CNY'), undefined);
});

test('burnRate: steady spending and the days it leaves', () => {
	const trend = burnRate([sample('2026-11-01T00:00:00Z', '100'), sample('2026-11-02T00:00:00Z', '90'), sample('2026-11-03T00:00:00Z', '80')], 'CNY');
	assert.deepEqual(trend, {currency: 'CNY', burnPerDay: 10, daysLeft: 8, spanHours: 48, samples: 3});
});

test('burnRate: top-ups are not spending, readings are sorted, other currencies and junk ignored', () => {
	const trend = burnRate([
		sample('2026-11-03T00:00:00Z', '140'),
		sample('2026-11-01T00:00:00Z', '100'),
		sample('2026-11-02T12:00:00Z', '150'),
		sample('2026-11-02T00:00:00Z', '90'),
		sample('2026-11-02T06:00:00Z', '1', 'USD'),
		sample('not a date', '5'),
		sample('2026-11-02T08:00:00Z', 'lots'),
	], 'CNY');
	assert.ok(trend);
	assert.equal(trend.samples, 4);
	assert.equal(trend.burnPerDay, 10); // 10 spent before the top-up, 10 after, over two days
	assert.equal(trend.daysLeft, 14);
});

test('burnRate: no spending means no end date', () => {
	const trend = burnRate([sample('2026-11-01T00:00:00Z', '50'), sample('2026-11-02T00:00:00Z', '50')], 'CNY');
	assert.deepEqual(trend, {currency: 'CNY', burnPerDay: 0, daysLeft: null, spanHours: 24, samples: 2});
});

test('usage_trend check: remembered readings plus today\'s, warned when under three days are left', async () => {
	const reading: BalanceReading = {isAvailable: true, balances: [{currency: 'CNY', total: '20.00', granted: '0.00', toppedUp: '20.00'}]};
	const results = new Map([['balance', {id: 'balance', title: 'Balance', status: 'pass', summary: '', durationMs: 1, details: {reading}}]] as const);
	const history = [sample('2026-10-31T12:00:00.000Z', '100'), sample('2026-11-01T12:00:00.000Z', '60')];
	const outcome = await runCheck(usageTrendCheck, {results, balanceHistory: history});
	assert.equal(outcome.status, 'warn');
	assert.equal(outcome.details.burnPerDay, 40);
	assert.equal(outcome.details.daysLeft, 0.5);
	assert.equal(outcome.summary, 'About 40.00 CNY a day; at this pace the balance lasts less than a day.');
	assert.equal((await runCheck(usageTrendCheck)).status, 'skip');
});

// ---- network ----

test('bypassesProxy: NO_PROXY by host suffix, leading dot or *., ports, and `*`', () => {
	const host = 'api.deepseek.com';
	assert.equal(bypassesProxy(host, undefined), false);
	assert.equal(bypassesProxy(host, ''), false);
	for (const noProxy of ['deepseek.com', '.deepseek.com', '*.deepseek.com', 'api.deepseek.com', 'API.DeepSeek.com', 'localhost, deepseek.com', 'localhost deepseek.com', 'deepseek.com:443', '*']) {
		assert.equal(bypassesProxy(host, noProxy, 443), true, noProxy);
	}
	for (const noProxy of ['seek.com', 'other.example', 'api.deepseek.co', 'deepseek.com.evil.example']) assert.equal(bypassesProxy(host, noProxy, 443), false, noProxy);
});

test('bypassesProxy: a CIDR range in NO_PROXY exempts the addresses in it, as curl and Python\'s requests read it (undici does not)', () => {
	for (const [address, noProxy] of [['10.1.2.3', '10.0.0.0/8'], ['10.1.2.3', 'localhost, 10.0.0.0/8'], ['192.168.1.20', '192.168.1.0/24'], ['10.1.2.3', '10.1.2.3/32'], ['[fd00::5]', 'fd00::/8'], ['10.1.2.3', '10.0.0.0/8:8000']] as const) {
		assert.equal(bypassesProxy(address, noProxy, 8000), true, `${address} ${noProxy}`);
	}
	for (const [address, noProxy] of [['11.1.2.3', '10.0.0.0/8'], ['192.168.2.20', '192.168.1.0/24'], ['gateway.example', '10.0.0.0/8'], ['10.1.2.3', 'fd00::/8'], ['10.1.2.3', '10.0.0.0/33'], ['10.1.2.3', '10.0.0.0/x'], ['10.1.2.3', '10.0.0.0/8:9000']] as const) {
		assert.equal(bypassesProxy(address, noProxy, 8000), false, `${address} ${noProxy}`);
	}
	// The client's own rule: an internal gateway at such an address goes direct.
	assert.equal(hopOf(firstHop('https://10.1.2.3:8443', {HTTPS_PROXY: 'http://proxy.corp.example:3128', NO_PROXY: '10.0.0.0/8'})).viaProxy, undefined);
	assert.equal(hopOf(firstHop('https://11.1.2.3:8443', {HTTPS_PROXY: 'http://proxy.corp.example:3128', NO_PROXY: '10.0.0.0/8'})).viaProxy, 'http://proxy.corp.example:3128');
});

/** A first hop that is not an invalid-proxy report. */
function hopOf(hop: ReturnType<typeof firstHop>) {
	assert.ok(!('invalidProxy' in hop), JSON.stringify(hop));
	return hop;
}
const portOf = (hop: ReturnType<typeof firstHop>) => hopOf(hop).port;

test('firstHop: straight to the host without a proxy', () => {
	assert.deepEqual(firstHop(officialBase, {}), {host: 'api.deepseek.com', port: 443, tls: true, viaProxy: undefined});
	assert.deepEqual(firstHop('http://127.0.0.1:8080', {}), {host: '127.0.0.1', port: 8080, tls: false, viaProxy: undefined});
	assert.deepEqual(firstHop('http://[::1]:8080', {}), {host: '::1', port: 8080, tls: false, viaProxy: undefined});
});

test('firstHop: HTTPS_PROXY (or https_proxy, or HTTP_PROXY) for https; only HTTP_PROXY for http', () => {
	const viaProxy = (variable: string) => ({host: 'proxy.corp.example', port: 3128, tls: false, viaProxy: 'http://proxy.corp.example:3128', proxyVariable: variable});
	for (const variable of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']) {
		assert.deepEqual(firstHop(officialBase, {[variable]: 'http://proxy.corp.example:3128'}), viaProxy(variable));
	}
	assert.deepEqual(firstHop('http://gateway.example:3000', {HTTPS_PROXY: 'http://proxy.corp.example:3128'}), {host: 'gateway.example', port: 3000, tls: false, viaProxy: undefined});
	assert.deepEqual(firstHop('http://gateway.example:3000', {http_proxy: 'http://proxy.corp.example:3128'}), viaProxy('http_proxy'));
	// The proxy's default port follows its own scheme.
	assert.equal(portOf(firstHop(officialBase, {HTTPS_PROXY: 'http://proxy.corp.example'})), 80);
	assert.equal(portOf(firstHop(officialBase, {HTTPS_PROXY: 'https://proxy.corp.example'})), 443);
});

test('firstHop: NO_PROXY (or no_proxy) skips the proxy', () => {
	const direct = {host: 'api.deepseek.com', port: 443, tls: true, viaProxy: undefined};
	assert.deepEqual(firstHop(officialBase, {HTTPS_PROXY: 'http://proxy.corp.example:3128', NO_PROXY: '.deepseek.com'}), direct);
	assert.deepEqual(firstHop(officialBase, {https_proxy: 'http://proxy.corp.example:3128', no_proxy: '*'}), direct);
	assert.deepEqual(hopOf(firstHop('https://API.DeepSeek.com', {HTTPS_PROXY: 'http://proxy.corp.example:3128', NO_PROXY: 'deepseek.com'})).viaProxy, undefined);
	assert.equal(hopOf(firstHop(officialBase, {HTTPS_PROXY: 'http://proxy.corp.example:3128', NO_PROXY: 'localhost'})).viaProxy, 'http://proxy.corp.example:3128');
});

test('firstHop: a proxy variable that is not a proxy URL is named (its value never: it may hold a password)', () => {
	assert.deepEqual(firstHop(officialBase, {HTTPS_PROXY: 'not a url'}), {invalidProxy: 'HTTPS_PROXY', problem: {kind: 'other'}});
	// Without a scheme, `host:port` parses as a URL of scheme `host:`; undici cannot use it either (curl and requests take it as http://).
	assert.deepEqual(firstHop(officialBase, {https_proxy: 'proxy.corp.example:3128'}), {invalidProxy: 'https_proxy', problem: {kind: 'no_scheme', bare: 'proxy.corp.example:3128'}});
	assert.deepEqual(firstHop(officialBase, {HTTP_PROXY: 'ftp://proxy.corp.example'}), {invalidProxy: 'HTTP_PROXY', problem: {kind: 'other'}});
	assert.deepEqual(firstHop(officialBase, {HTTPS_PROXY: 'socks4://127.0.0.1:1080'}), {invalidProxy: 'HTTPS_PROXY', problem: {kind: 'socks4'}});
	assert.deepEqual(firstHop(officialBase, {HTTPS_PROXY: 'http://alice:20/24@127.0.0.1:3128'}), {invalidProxy: 'HTTPS_PROXY', problem: {kind: 'login'}});
	// Where the cut leaves no valid port the URL does not parse at all: the password is still what to fix.
	for (const value of ['http://bob:p@ss:w/rd@127.0.0.1:3128', 'http://carol:Zq7#visible?pw@127.0.0.1:3128', 'socks5://dave:a?b@127.0.0.1:1080']) {
		assert.deepEqual(firstHop(officialBase, {HTTPS_PROXY: value}), {invalidProxy: 'HTTPS_PROXY', problem: {kind: 'login'}}, value);
	}
	// No `@` after the `/`: no login, so not a password's fault.
	assert.deepEqual(firstHop(officialBase, {HTTPS_PROXY: 'http://proxy corp:3128/x'}), {invalidProxy: 'HTTPS_PROXY', problem: {kind: 'other'}});
	assert.deepEqual(firstHop(officialBase, {HTTPS_PROXY: '"http://127.0.0.1:7890"'}), {invalidProxy: 'HTTPS_PROXY', problem: {kind: 'quoted'}});
	// Full-width characters a Chinese input method typed: the URL in half-width ones (http:// where it had no scheme), never with a login.
	assert.deepEqual(firstHop(officialBase, {HTTPS_PROXY: 'http\uFF1A//127.0.0.1:7890'}), {invalidProxy: 'HTTPS_PROXY', problem: {kind: 'full_width', bare: 'http://127.0.0.1:7890', characters: '\uFF1A'}});
	assert.deepEqual(firstHop(officialBase, {HTTPS_PROXY: '127\u30020.0.1\uFF1A7890'}), {invalidProxy: 'HTTPS_PROXY', problem: {kind: 'full_width', bare: 'http://127.0.0.1:7890', characters: '\u3002 \uFF1A'}});
	assert.deepEqual(firstHop(officialBase, {HTTPS_PROXY: 'socks5\uFF1A//127.0.0.1:1080'}), {invalidProxy: 'HTTPS_PROXY', problem: {kind: 'full_width', bare: 'socks5://127.0.0.1:1080', characters: '\uFF1A'}});
	assert.deepEqual(firstHop(officialBase, {HTTPS_PROXY: 'http://alice:s3cret@127.0.0.1\uFF1A7890'}), {invalidProxy: 'HTTPS_PROXY', problem: {kind: 'other'}});
});

test('firstHop: loopback base URLs never go through a proxy (the same rule as the client)', () => {
	const env = {HTTP_PROXY: 'http://proxy.corp.example:3128', HTTPS_PROXY: 'http://proxy.corp.example:3128'};
	assert.deepEqual(firstHop('http://127.0.0.1:8080', env), {host: '127.0.0.1', port: 8080, tls: false, viaProxy: undefined});
	assert.deepEqual(firstHop('http://localhost:8080', env), {host: 'localhost', port: 8080, tls: false, viaProxy: undefined});
	assert.deepEqual(firstHop('https://[::1]:8443', env), {host: '::1', port: 8443, tls: true, viaProxy: undefined});
	assert.equal(hopOf(firstHop('http://gateway.example:8080', env)).viaProxy, 'http://proxy.corp.example:3128');
});

test('firstHop: a login in the proxy URL is never part of what is shown', () => {
	const hop = hopOf(firstHop(officialBase, {HTTPS_PROXY: 'http://alice:s3cret@proxy.corp.example:3128'}));
	assert.equal(hop.viaProxy, 'http://proxy.corp.example:3128');
	assert.equal(hop.host, 'proxy.corp.example');
});

test('firstHop and bypassesProxy agree with undici\'s EnvHttpProxyAgent where it is stricter', () => {
	// undici 8: https_proxy ?? HTTPS_PROXY, and no_proxy ?? NO_PROXY.
	assert.equal(hopOf(firstHop(officialBase, {HTTPS_PROXY: 'http://upper.example:1', https_proxy: 'http://lower.example:2'})).host, 'lower.example');
	assert.equal(hopOf(firstHop(officialBase, {HTTPS_PROXY: 'http://proxy.example:1', NO_PROXY: 'other.example', no_proxy: 'deepseek.com'})).viaProxy, undefined);
	// An empty lower-case variable hides the upper-case one; for https, the http proxy is the fallback.
	assert.equal(hopOf(firstHop(officialBase, {https_proxy: '', HTTPS_PROXY: 'http://upper.example:1'})).viaProxy, undefined);
	assert.equal(hopOf(firstHop(officialBase, {https_proxy: '', HTTP_PROXY: 'http://plain.example:3'})).viaProxy, 'http://plain.example:3');
	// `*.deepseek.com` is for subdomains only; `host:8443` only bypasses port 8443.
	assert.equal(bypassesProxy('deepseek.com', '*.deepseek.com'), false);
	assert.equal(hopOf(firstHop(officialBase, {HTTPS_PROXY: 'http://proxy.example:1', NO_PROXY: 'api.deepseek.com:8443'})).host, 'proxy.example');
});

test('network check: reaches a local host, or through a local proxy', async () => {
	const server = await startTcpServer();
	try {
		const direct = await runCheck(networkCheck, {baseUrl: `http://127.0.0.1:${server.port}`});
		assert.equal(direct.status, 'pass', direct.summary);
		assert.equal(direct.details.reason, undefined);
		const proxied = await runCheck(networkCheck, {env: {HTTPS_PROXY: `http://127.0.0.1:${server.port}`}});
		// The proxy reached; going direct, api.deepseek.com resolves to nothing here: the proxy-only warning.
		assert.equal(proxied.status, 'warn', proxied.summary);
		assert.equal(proxied.details.proxy, `http://127.0.0.1:${server.port}`);
		assert.match(proxied.summary, /^Proxy http:\/\/127\.0\.0\.1:\d+ reachable in \d+ ms\. But going direct, api\.deepseek\.com cannot be reached \(ENOTFOUND\)/);
		const invalid = await runCheck(networkCheck, {env: {HTTPS_PROXY: 'http://user:pa ss@bad host'}});
		assert.equal(invalid.status, 'fail');
		assert.equal(invalid.details.reason, 'proxy');
		assert.match(invalid.summary, /^HTTPS_PROXY does not hold a proxy URL/);
		assert.ok(!invalid.summary.includes('pa ss'));
		// A password with an unencoded "/" ends the host early: never "the proxy http://alice:2024".
		const cut = await runCheck(networkCheck, {env: {HTTPS_PROXY: `http://alice:2024/s3cret@127.0.0.1:${server.port}`}});
		assert.equal(cut.status, 'fail');
		assert.match(cut.summary, /^The password in HTTPS_PROXY holds a "\/", "\?" or "#" written as is/);
		assert.ok(!cut.summary.includes('alice') && !cut.summary.includes('2024'), cut.summary);
	} finally {
		await server.close();
	}
});

test('network check: a closed port is connection_refused (the reason diagnose reads)', async () => {
	const server = await startTcpServer();
	await server.close();
	const refused = await runCheck(networkCheck, {baseUrl: `http://127.0.0.1:${server.port}`});
	assert.equal(refused.status, 'fail');
	assert.equal(refused.details.reason, 'connection_refused');
	assert.equal(refused.summary, `127.0.0.1:${server.port} refused the connection.`);
});

test('network check: through a proxy, a refused first hop is said as the proxy refusing (reason and code unchanged)', async () => {
	const server = await startTcpServer();
	await server.close();
	const refused = await runCheck(networkCheck, {env: {https_proxy: `http://alice:s3cret@127.0.0.1:${server.port}`}});
	assert.equal(refused.status, 'fail');
	assert.deepEqual([refused.details.reason, refused.details.code, refused.details.proxy], ['connection_refused', 'ECONNREFUSED', `http://127.0.0.1:${server.port}`]);
	// Going direct, api.deepseek.com does not resolve here (map-hosts.mjs): said after the proxy's sentence.
	assert.equal(refused.summary, `The proxy http://127.0.0.1:${server.port} (from https_proxy) refused the connection: start the proxy, or fix https_proxy. Going direct fails too (ENOTFOUND): this network needs the proxy (or is offline), so unsetting https_proxy will not help.`);
});

// ---- key_exposure ----

test('findKeys: the current key found and masked; other key-shaped strings too', () => {
	const openRouterKey = 'sk-or-v1-' + '474b31c48874fef7486cf58c6ccfbe5a' + 'f069efe6311b6a83793b4c4bc68adda9';
	const text = ['// config', `const key = '${testKey}';`, `OTHER=${otherKey} and ${openRouterKey}`, 'nothing here: sk-short'].join('\n');
	const findings = findKeys(text, 'src/config.ts', testKey);
	assert.deepEqual(findings, [
		{file: 'src/config.ts', line: 2, masked: maskKey(testKey), kind: 'current_key'},
		{file: 'src/config.ts', line: 3, masked: maskKey(otherKey), kind: 'key_like'},
		{file: 'src/config.ts', line: 3, masked: maskKey(openRouterKey), kind: 'key_like'},
	]);
	const json = JSON.stringify(findings);
	for (const key of [testKey, otherKey, openRouterKey]) assert.ok(!json.includes(key.slice(3, -4)), 'no key appears whole');
});

test('findKeys: without a current key (or a too-short one) key-shaped strings still count', () => {
	assert.deepEqual(findKeys(`KEY=${otherKey}`, '.env', undefined).map(finding => finding.kind), ['key_like']);
	assert.deepEqual(findKeys('abc', 'a.txt', 'abc'), []);
	assert.deepEqual(findKeys('nothing to see', 'a.txt', testKey), []);
});

// Seen in public repositories' docs, .env.example files and tests (the first in a guide's config, the
// second as a DeepSeek key's default in a config module): examples, not leaks.
test('findKeys: example keys, whose digits repeat a block (a count, one digit), are left out; the key in use never is', () => {
	const examples = ['sk-1234567890abcdef1234567890abcdef', 'sk-00000000000000000000000000000000', 'sk-abcdef1234567890abcdef1234567890', 'sk-abcdefabcdefabcdefabcdefabcdefab', 'sk-or-v1-' + '0123456789abcdef'.repeat(4)];
	for (const example of examples) {
		assert.ok(isExampleKey(example), example);
		assert.deepEqual(findKeys(`  "api_key": "${example}",`, 'docs/guide.md', undefined), [], example);
	}
	assert.deepEqual(findKeys(`DEEPSEEK_API_KEY=${examples[0]}`, '.env', examples[0]).map(finding => finding.kind), ['current_key']);
	// Random digits never repeat so: a block of 17 is no example, nor a key one digit away from one.
	for (const key of [otherKey, 'sk-' + '0123456789abcdef0'.repeat(2).slice(0, 32), 'sk-' + '1234567890abcdef' + '1234567890abcdee']) {
		assert.ok(!isExampleKey(key), key);
		assert.equal(findKeys(key, 'a.txt', undefined).length, 1, key);
	}
});

const git = promisify(execFile);

async function gitRepo(files: Record<string, string | Buffer>, untracked: Record<string, string> = {}): Promise<string> {
	const folder = await mkdtemp(path.join(tmpdir(), 'deepseek-fix-exposure-'));
	const write = async (name: string, content: string | Buffer) => {
		await mkdir(path.dirname(path.join(folder, name)), {recursive: true});
		await writeFile(path.join(folder, name), content);
	};
	await git('git', ['init', '-q'], {cwd: folder});
	for (const [name, content] of Object.entries(files)) await write(name, content);
	await git('git', ['add', '--', ...Object.keys(files)], {cwd: folder});
	await git('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'fixture'], {cwd: folder});
	for (const [name, content] of Object.entries(untracked)) await write(name, content);
	return folder;
}

test('key_exposure check: a committed key and a tracked .env in a real git repository', async () => {
	const folder = await gitRepo(
		{
			'src/config.ts': ['export const settings = {', `\tapiKey: '${testKey}',`, '};'].join('\n'),
			'.env': `DEEPSEEK_API_KEY=${otherKey}\n`,
			'.env.example': 'DEEPSEEK_API_KEY=your-api-key\n',
			'README.md': '# nothing secret\n',
			'logo.bin': Buffer.concat([Buffer.from(testKey), Buffer.from([0, 1, 2])]),
		},
		{'notes.txt': `untracked ${testKey}\n`},
	);
	try {
		const outcome = await runCheck(keyExposure, {cwd: folder, apiKey: `  ${testKey}\n`});
		assert.equal(outcome.status, 'fail');
		const findings = outcome.details.findings as unknown[];
		assert.deepEqual(
			[...findings].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
			[
				{file: '.env', line: 0, masked: '', kind: 'env_file'},
				{file: '.env', line: 1, masked: maskKey(otherKey), kind: 'key_like'},
				{file: 'src/config.ts', line: 2, masked: maskKey(testKey), kind: 'current_key'},
			].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
		);
		// Where the key is, as editors write it; the other file (a committed .env with another key) after it, by its key's line.
		assert.equal(outcome.summary, 'Your key is committed in src/config.ts:2: rotate it now. 1 other tracked file is a committed .env file or holds a key-shaped string (.env:1).');
		assert.equal(outcome.details.trackedFiles, 5);
		assert.equal(outcome.details.scannedFiles, 4, 'the binary file is skipped');
		const json = JSON.stringify(outcome);
		for (const key of [testKey, otherKey]) assert.ok(!json.includes(key.slice(3, -4)), 'no key appears whole');

		const someoneElses = await runCheck(keyExposure, {cwd: folder, apiKey: 'sk-' + hex(32, '0f0f0f0f0f0f0f0f')});
		assert.equal(someoneElses.status, 'warn');
		// src/config.ts's key repeats a block of 16 digits: unless it is the key in use, an example, not a finding.
		assert.equal(someoneElses.summary, '1 tracked file is a committed .env file or holds a key-shaped string (.env:1).');
	} finally {
		await rm(folder, {recursive: true, force: true});
	}
});

test('key_exposure check: a clean repository passes', async () => {
	const folder = await gitRepo({'index.js': 'console.log(process.env.DEEPSEEK_API_KEY);\n', '.env.example': 'DEEPSEEK_API_KEY=\n'});
	try {
		const outcome = await runCheck(keyExposure, {cwd: folder});
		assert.deepEqual(outcome, {status: 'pass', summary: 'No keys in 2 tracked files.', details: {findings: [], scannedFiles: 2, trackedFiles: 2, skippedFiles: 0, notRead: 0}});
	} finally {
		await rm(folder, {recursive: true, force: true});
	}
});

test('key_exposure check: a folder that is not a git repository is skipped', async () => {
	const folder = await mkdtemp(path.join(tmpdir(), 'deepseek-fix-nogit-'));
	try {
		await writeFile(path.join(folder, 'key.txt'), testKey);
		const outcome = await runCheck(keyExposure, {cwd: folder});
		assert.deepEqual(outcome, {status: 'skip', summary: 'Not scanned, as this folder is not a git repository.', details: {findings: [], skipReason: 'not_git'}});
	} finally {
		await rm(folder, {recursive: true, force: true});
	}
});

// ---- endpoint ----

test('baseUrlsElsewhere: a variable pointing tools at another service is reported with that service', () => {
	const found = baseUrlsElsewhere(officialBase, {OPENAI_BASE_URL: 'https://openrouter.ai/api/v1', DEEPSEEK_BASE_URL: 'https://api.deepseek.com/v1/'});
	assert.deepEqual(found, [{name: 'OPENAI_BASE_URL', url: 'https://openrouter.ai/api', provider: providers.openrouter}]);
	assert.equal(found[0]?.provider?.name, 'OpenRouter');
});

test('baseUrlsElsewhere: the base URL itself, junk and empty values are not reported; unknown hosts have no provider', () => {
	assert.deepEqual(baseUrlsElsewhere(officialBase, {DEEPSEEK_BASE_URL: officialBase, OPENAI_API_BASE: 'not a url', ANTHROPIC_BASE_URL: ''}), []);
	assert.deepEqual(baseUrlsElsewhere(officialBase, {ANTHROPIC_BASE_URL: 'https://llm.corp.example/anthropic'}), [
		{name: 'ANTHROPIC_BASE_URL', url: 'https://llm.corp.example', provider: null},
	]);
	assert.deepEqual(baseUrlsElsewhere('https://openrouter.ai/api', {OPENAI_BASE_URL: 'https://openrouter.ai/api/v1'}), []);
});

test('endpoint check: official host, with a variable sending tools elsewhere', async () => {
	const outcome = await runCheck(endpointCheck, {env: {OPENAI_BASE_URL: 'https://openrouter.ai/api/v1'}});
	assert.equal(outcome.status, 'warn');
	assert.equal(outcome.summary, 'Calls go to DeepSeek\'s official API (api.deepseek.com). But OPENAI_BASE_URL sends some tools to OpenRouter.');
	assert.deepEqual(outcome.details.provider, providers.deepseek);
	assert.equal(outcome.details.reachesDeepSeek, true);
});

test('endpoint check, in Chinese: a variable sending tools to a service with a Chinese name names it so (硅基流动, 火山方舟), with no space after 发往; a host keeps its space', async () => {
	setLanguage('zh-CN');
	try {
		for (const [url, said] of [['https://api.siliconflow.cn/v1', '发往硅基流动。'], ['https://ark.cn-beijing.volces.com/api/v3', '发往火山方舟。'], ['https://relay.example/v1', '发往 relay.example。']] as const) {
			const outcome = await runCheck(endpointCheck, {env: {OPENAI_BASE_URL: url}});
			assert.ok(outcome.summary.endsWith(`但 OPENAI_BASE_URL 会让部分工具${said}`), outcome.summary);
		}
	} finally {
		setLanguage('en');
	}
});

test('endpoint check: one of DeepSeek\'s websites as the base URL says so, in both languages, not "does not answer like DeepSeek\'s API"', async () => {
	// OpenManus with platform.deepseek.com/api_keys: 405 {"detail": "Method Not Allowed"} to every call.
	const base = 'https://platform.deepseek.com/api_keys';
	const refused = (at: string) => answer(405, {detail: 'Method Not Allowed'}, {url: `${base}${at}`});
	const api = fakeApi({'/api/status': refused('/api/status'), [`${base}/models`]: refused('/models'), '/user/balance': refused('/user/balance')}, base);
	const outcome = await runCheck(endpointCheck, {api, baseUrl: base, callBaseUrl: base});
	assert.equal(outcome.status, 'fail');
	assert.equal(outcome.summary, 'platform.deepseek.com is one of DeepSeek\'s websites, not its API: calls do not reach DeepSeek\'s API.');
	assert.equal(outcome.details.reachesDeepSeek, false);
	setLanguage('zh-CN');
	try {
		const zh = await runCheck(endpointCheck, {api, baseUrl: base, callBaseUrl: base});
		assert.equal(zh.summary, 'platform.deepseek.com 是 DeepSeek 的网站，不是它的 API：调用没有到达 DeepSeek API。');
	} finally {
		setLanguage('en');
	}
});

test('endpoint check: an unknown host whose /user/balance is 404 does not reach DeepSeek', async () => {
	const base = 'https://llm.corp.example';
	const api = fakeApi({
		'/api/status': answer(404, {error: {message: 'Not Found'}}, {url: `${base}/api/status`}),
		[`${base}/v1/models`]: answer(200, {object: 'list', data: [{id: 'gpt-4o-mini', owned_by: 'openai'}]}, {url: `${base}/v1/models`}),
		'/user/balance': answer(404, {error: {message: 'Not Found'}}, {url: `${base}/user/balance`}),
	}, base);
	const outcome = await runCheck(endpointCheck, {api, baseUrl: base, callBaseUrl: `${base}/v1`});
	assert.equal(outcome.status, 'fail');
	assert.equal(outcome.summary, 'llm.corp.example does not answer like DeepSeek\'s API: calls do not reach DeepSeek.');
	assert.equal((outcome.details.provider as {id: string}).id, 'unknown');
	assert.equal(outcome.details.reachesDeepSeek, false);
	assert.equal(outcome.details.host, 'llm.corp.example');
});

// ---- probe ----

test('pickProbeModel: DeepSeek\'s chat model before reasoners and Pro models', async () => {
	const pick = (ids: string[]) => pickProbeModel(testContext({api: fakeApi({'/models': deepseekAnswers.models(ids)})}));
	assert.equal(await pick(['deepseek-v4-pro', 'deepseek-reasoner', 'deepseek-v4-flash']), 'deepseek-v4-flash');
	assert.equal(await pick(['deepseek-reasoner', 'deepseek-chat']), 'deepseek-chat');
	assert.equal(await pick(['Pro/deepseek-ai/DeepSeek-V3', 'deepseek-ai/DeepSeek-V3']), 'deepseek-ai/DeepSeek-V3');
	assert.equal(await pick(['deepseek-r1', 'deepseek-reasoner']), 'deepseek-r1');
	assert.equal(await pick(['gpt-4o-mini', 'claude-haiku']), 'gpt-4o-mini');
});

test('pickProbeModel: --model wins without asking /models; a remembered model only when listed', async () => {
	const api = fakeApi({'/models': deepseekAnswers.models(['deepseek-chat', 'deepseek-v4-pro'])});
	assert.equal(await pickProbeModel({api, callBaseUrl: officialBase, probeModel: 'my-model'}), 'my-model');
	assert.deepEqual(api.calls, [], 'the model asked for needs no list');
	assert.equal(await pickProbeModel({api, callBaseUrl: officialBase, rememberedProbeModel: 'deepseek-v4-pro'}), 'deepseek-v4-pro');
	assert.equal(await pickProbeModel({api, callBaseUrl: officialBase, rememberedProbeModel: 'gone-model'}), 'deepseek-chat');
	const unlisted = fakeApi({'/models': failure('timeout', 'No answer.')});
	assert.equal(await pickProbeModel({api: unlisted, callBaseUrl: officialBase, rememberedProbeModel: 'deepseek-v4-pro'}), 'deepseek-v4-pro', 'no list: the remembered one');
});

test('judgeProbe: a 200 with no answer, or with an error in place of one, never "worked"', () => {
	const chat = `${officialBase}/chat/completions`;
	const empty = judgeProbe(answer(200, '', {bodyProblem: 'empty', text: '\n\n: keep-alive\n\n', url: chat}), 'deepseek-chat');
	assert.equal(empty.status, 'fail');
	assert.equal(empty.summary, 'HTTP 200 but no answer — a 1-token call to deepseek-chat got only blank keep-alive lines, then the connection closed.');
	const errorBody = judgeProbe(answer(200, {error: {message: 'We were unable to start processing your request within the 900-second timeout limit'}}, {url: chat}), 'deepseek-chat');
	assert.equal(errorBody.status, 'fail');
	assert.match(errorBody.summary, /900-second/);
	const page = judgeProbe(answer(200, '<html>portal</html>', {bodyProblem: 'not_json', contentType: 'text/html', url: chat}), 'deepseek-chat');
	assert.equal(page.status, 'fail');
	assert.doesNotMatch(page.summary, /worked/);
	const worked = judgeProbe(answer(200, {id: 'x', choices: [{message: {content: 'Hi'}}]}, {url: chat}), 'deepseek-chat');
	assert.equal(worked.status, 'pass');
});

test('an answer that is text, not JSON, is shown in the server\'s words when it carries an error; a web page stays "a web page"', () => {
	const url = `${officialBase}/user/balance`;
	const plain = unexpected(answer(401, 'Authentication Fails, Your api key: ****Njk= is invalid', {bodyProblem: 'not_json', contentType: 'text/plain', url}), 'reading the balance');
	assert.equal(plain.summary, 'HTTP 401 when reading the balance: "Authentication Fails, Your api key: ****Njk= is invalid".');
	const cut = unexpected(answer(401, '{"error":{"message":"Authentication Fails (no such user)","type":"authentication_error","param":null,"code":"invalid_req (truncated...)', {bodyProblem: 'malformed_json', url}), 'reading the balance');
	assert.equal(cut.summary, 'HTTP 401 when reading the balance: "Authentication Fails (no such user)".');
	const page = unexpected(answer(502, '<html><body>Bad Gateway</body></html>', {bodyProblem: 'not_json', contentType: 'text/html', url}), 'reading the balance');
	assert.equal(page.summary, 'HTTP 502 with a web page instead of JSON when reading the balance.');
	assert.equal(plain.details.bodyProblem, 'not_json', 'the details still say what the body was');
});

test('an answer that is no text says so with its size, and one that does not decompress says that', () => {
	const url = `${officialBase}/models`;
	const binary = unexpected({...answer(200, '', {bodyProblem: 'binary', contentType: 'application/octet-stream', url}), binaryBytes: 4096}, 'listing models');
	assert.equal(binary.summary, 'HTTP 200 with a binary answer of 4096 bytes, not text, when listing models.');
	assert.equal(binary.details.bodyProblem, 'binary');
	assert.equal(binary.details.binaryBytes, 4096);
	const undecodable = unexpected(answer(200, '', {bodyProblem: 'undecodable', url}), 'listing models');
	assert.equal(undecodable.summary, 'HTTP 200 with a compressed answer that could not be decompressed when listing models.');
	assert.equal(undecodable.details.binaryBytes, undefined);
});

test('pickProbeModel: asks the configured /v1 root, and falls back when /models fails', async () => {
	const api = fakeApi({'https://gateway.example.org/v1/models': deepseekAnswers.models(['deepseek-chat'])}, 'https://gateway.example.org');
	assert.equal(await pickProbeModel({api, callBaseUrl: 'https://gateway.example.org/v1'}), 'deepseek-chat');
	assert.deepEqual(api.calls, ['GET https://gateway.example.org/v1/models']);
	const fallback = async (reply: Parameters<typeof fakeApi>[0][string]) => pickProbeModel(testContext({api: fakeApi({'/models': reply})}));
	assert.equal(await fallback(failure('timeout', 'No answer.')), probeFallbackModel);
	assert.equal(await fallback(deepseekAnswers.unauthorized()), probeFallbackModel);
	assert.equal(await fallback(deepseekAnswers.models([])), probeFallbackModel);
	assert.equal(await fallback(answer(200, {models: 'none'})), probeFallbackModel);
});

// ---- service_status ----

test('service_status check: an outage only when the page shows one; anything unreadable is unknown (skip)', async () => {
	const url = 'https://status.example.test/summary';
	const summaryPage = (api: string, incident?: string) =>
		answer(200, {
			data: {
				page: {page_id: 1, name: 'DeepSeek Service Status'},
				components: [{component_id: 'a', name: 'API 服务', status: api}, {component_id: 'b', name: '网页对话服务', status: 'operational'}],
				active_changes: incident ? [{title: incident, type: 'incident', status: 'investigating'}] : [],
			},
		}, {url});
	const cases: Array<[string, Parameters<typeof fakeApi>[0][string], string, string, string]> = [
		['the connection reset', failure('connection_reset', 'The connection was reset.', url), 'skip', 'Unknown. The connection was reset.', 'unknown'],
		['a web page', answer(200, '<!DOCTYPE html><html><body>正在加载…</body></html>', {bodyProblem: 'not_json', contentType: 'text/html', url}), 'skip', 'Unknown. The status page answered HTTP 200 without a readable summary.', 'unknown'],
		['a 503', answer(503, {error: 'busy'}, {url}), 'skip', 'Unknown. The status page answered HTTP 503 without a readable summary.', 'unknown'],
		['the retired Atlassian JSON', answer(200, {status: {indicator: 'major', description: 'Major outage'}}, {url}), 'skip', 'Unknown. The status page answer is not a JSON object with "data".', 'unknown'],
		['all operational', summaryPage('operational'), 'pass', 'All systems operational.', 'operational'],
		['degraded', summaryPage('degraded', 'API 服务响应变慢'), 'warn', 'degraded (API service) — responses slowing down.', 'degraded'],
		['maintenance', summaryPage('maintenance', 'API 服务维护'), 'warn', 'maintenance (API service).', 'maintenance'],
		['a partial outage', summaryPage('partial_outage', 'API 服务部分不可用'), 'fail', 'partial outage (API service).', 'partial_outage'],
		['a full outage', summaryPage('full_outage', 'API 服务不可用'), 'fail', 'full outage (API service).', 'full_outage'],
	];
	for (const [name, reply, status, summary, worst] of cases) {
		const outcome = await runCheck(serviceStatusCheck, {statusUrl: url, api: fakeApi({[url]: reply})});
		assert.deepEqual({status: outcome.status, summary: outcome.summary, worst: outcome.details.worst}, {status, summary, worst}, name);
	}
});

test('service_status check: DeepSeek\'s own component names in English, others as they come, the page\'s names kept in the details; in Chinese as the page gives them; a component named once a row', async () => {
	const url = 'https://status.example.test/summary';
	const page = (components: Array<[string, string]>, incident: string) =>
		answer(200, {data: {page: {page_id: 1}, components: components.map(([name, status], index) => ({component_id: String(index), name, status})), active_changes: [{title: incident, status: 'investigating'}]}}, {url});
	const run = async (reply: ReturnType<typeof page>) => runCheck(serviceStatusCheck, {statusUrl: url, api: fakeApi({[url]: reply})});
	const down = page([['API 服务', 'full_outage'], ['网页对话服务', 'operational']], 'API 服务不可用');
	const outcome = await run(down);
	assert.equal(outcome.summary, 'full outage (API service).');
	assert.deepEqual(outcome.details.components, [{name: 'API 服务', status: 'full_outage'}, {name: '网页对话服务', status: 'operational'}]);
	assert.deepEqual(outcome.details.incidents, ['API 服务不可用']);
	// An incident that names no component says more: it stays, in the same sentence (no second colon after the row's title).
	// A name not in the table is shown as it comes, sanitised.
	assert.equal((await run(page([['网页对话服务', 'degraded'], ['App \u001b[31m服务', 'degraded']], '部分用户登录缓慢'))).summary, 'degraded (web chat service, App 服务) — 部分用户登录缓慢.');
	// A title that names the component and says more than the state keeps that (the hint for calls that fail only
	// sometimes): in English where it is known, else as it comes, sanitised and cut short.
	const slow = page([['API 服务', 'degraded']], 'API 服务响应变慢');
	assert.equal((await run(slow)).summary, 'degraded (API service) — responses slowing down.');
	assert.equal((await run(page([['API', 'degraded']], 'API responses slowing down'))).summary, 'degraded (API) — API responses slowing down.');
	assert.equal((await run(page([['API 服务', 'degraded']], 'API 服务\u001b[31m部分用户登录缓慢'))).summary, 'degraded (API service) — API 服务部分用户登录缓慢.');
	const long = (await run(page([['API 服务', 'degraded']], `API 服务${'慢'.repeat(300)}`))).summary;
	assert.ok(long.length < 160, long);
	for (const [title, state] of [['API 服务部分不可用', 'partial_outage'], ['API 服务维护', 'maintenance'], ['API 服务 - 服务不可用', 'full_outage'], ['API partial outage', 'partial_outage']] as const) {
		assert.equal((await run(page([[title.startsWith('API 服务') ? 'API 服务' : 'API', state]], title))).summary, `${state.replace('_', ' ')} (${title.startsWith('API 服务') ? 'API service' : 'API'}).`, title);
	}
	setLanguage('zh-CN');
	try {
		assert.equal((await run(down)).summary, '全面中断，API 服务不可用。');
		assert.equal((await run(slow)).summary, '性能下降，API 服务响应变慢。');
		assert.equal((await run(page([['API 服务', 'degraded']], '部分用户登录缓慢'))).summary, '性能下降（API 服务），部分用户登录缓慢。');
	} finally {
		setLanguage('en');
	}
});

test('network check: DeepSeek\'s own host not resolved says its DNS, not the base URL\'s spelling; another host says both', async () => {
	// map-hosts.mjs: every name but loopback fails with ENOTFOUND here.
	const official = await runCheck(networkCheck, {});
	assert.equal(official.status, 'fail');
	assert.equal(official.summary, 'Cannot resolve api.deepseek.com: the DNS server this computer uses gives no address for it; try another DNS server or network.');
	const elsewhere = await runCheck(networkCheck, {baseUrl: 'https://relay.example'});
	assert.equal(elsewhere.summary, "Cannot resolve relay.example: check the base URL's spelling and your DNS.");
	assert.equal(fixes.network('dns', 'api.deepseek.com:443').title, 'Try another DNS server, or another network');
	assert.equal(fixes.network('dns', 'relay.example').title, 'Check the base URL for typos, then your DNS (try another network)');
});
