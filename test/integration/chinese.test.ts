// The built CLI in Simplified Chinese, as a user with a Chinese locale runs it: every
// sentence in Chinese (apart from names, commands, codes, links and what servers say),
// --lang en back to English, and the JSON document's ids, verdicts and fields the same in
// both languages; `balance --wait`'s countdown, its last line and its flag errors too.
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, test} from 'node:test';
import {startFake, type ScenarioName} from '../fake/server.js';
import {chineseProblems} from '../helpers/chinese.js';
import {runCli, tempConfigDir} from '../helpers/run-cli.js';
import {runInTerminal, terminalAvailable} from '../helpers/terminal.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

/** A Chinese locale, and no DEEPSEEK_FIX_LANG (the helpers pin English otherwise). */
const chineseLocale = {LANG: 'zh_CN.UTF-8', DEEPSEEK_FIX_LANG: undefined};

/** What servers and the status page say, quoted as they said it (“…”), and component names: not ours to translate. */
const theirWords = (text: string) => text.replace(/“[^”]*”/g, '“”').replaceAll('API 服务', '');

const han = /\p{Script=Han}/u;

type Json = {
	verdict: string;
	summary: string;
	checks: Array<{id: string; title: string; status: string; summary: string; details: Record<string, unknown>}>;
	fixes: Array<{id: string; title: string; url: string | null}>;
	balance: unknown;
	provider: unknown;
};

/**
 * The parts of the document scripts rely on, which must not change with the language
 * (what people read does: summaries, titles, a relay balance's note, evidence lines).
 */
function stableParts(json: Json) {
	const {note: _note, ...balance} = (json.balance ?? {}) as Record<string, unknown>;
	return {
		verdict: json.verdict,
		checks: json.checks.map(item => ({id: item.id, status: item.status, details: Object.keys(item.details).sort()})),
		fixes: json.fixes.map(fix => ({id: fix.id, url: fix.url})),
		balance,
		provider: json.provider,
		fields: Object.keys(json).sort(),
	};
}

/**
 * Scenarios that between them say most of what `check` can say; `back`: also run with --lang en;
 * `says`: a sentence the Chinese must contain, worded as a native speaker would (line breaks and spaces aside).
 */
const scenarios: Array<{name: ScenarioName; args?: string[]; back?: boolean; says?: string}> = [
	{name: 'ok', back: true, says: '无需处理。'},
	{name: 'zero_balance', back: true, says: '余额记录'},
	{name: 'bonus_only', says: '目前没有会让调用失败的问题，但上面有 1 个警告：“余额”。'},
	// The Authentication row's sentence; the ending under the rows names that row (key 被拒绝（401），详见上面“身份验证”一行。).
	{name: 'invalid_key', says: '身份验证：被拒绝（401）。服务器收到的正是这个 key（…cdef），但不接受：这个 key 已被删除，或属于另一个账号。'},
	{name: 'probe_402'},
	{name: 'content_risk'},
	{name: 'rate_limited', says: 'DeepSeek 返回 429 Rate Limit Reached：这个账号的并发请求太多。余额查询失败，所以还不知道余额是否也有影响'},
	{name: 'rate_limited_balance'},
	{name: 'html_portal'},
	{name: 'status_outage_401'},
	{name: 'openrouter_limit_zero', back: true},
	{name: 'one_api_exhausted'},
	{name: 'empty_200'},
	{name: 'connection_reset', says: '没有响应就关闭了连接：可能是防火墙、代理或 VPN 切断了连接；请重试，或换个网络。'},
	{name: 'redirect_login', says: 'base URL 把每次调用都重定向到 acme.cloudflareaccess.com 上的登录页面（HTTP 302）：这个页面是给人在浏览器里登录用的，API 调用无法通过。'},
	{name: 'redirect_path', says: '而不是给出响应：API 已经换到了那个地址。'},
];

describe('deepseek-fix in Chinese', () => {
	const running = useFake();

	for (const {name, args = [], back: andBack, says} of scenarios) {
		test(`${name}: check is in Chinese${andBack ? ', --lang en in English' : ''}, and the JSON is the same document in both`, async () => {
			const fake = running();
			fake.setScenario(name);
			const env = fakeEnv(fake, name, chineseLocale);
			const [text, chinese, english, back] = await Promise.all([
				runCli(['check', '--probe', ...args], env),
				runCli(['check', '--probe', '--json', ...args], env),
				runCli(['check', '--probe', '--json', ...args], {...env, LANG: 'en_US.UTF-8'}),
				andBack ? runCli(['check', '--probe', '--lang', 'en', ...args], env) : undefined,
			]);
			assert.match(text.stdout, /解决办法：|无需处理。/);
			assert.deepEqual(chineseProblems(theirWords(text.stdout)), [], text.stdout);
			if (says) assert.ok(text.stdout.replace(/\s/g, '').includes(says.replace(/\s/g, '')), text.stdout);
			assert.equal(text.stderr, '');

			const zh = JSON.parse(chinese.stdout) as Json;
			const en = JSON.parse(english.stdout) as Json;
			assert.deepEqual(stableParts(zh), stableParts(en));
			assert.equal(chinese.code, english.code);
			assert.match(zh.summary, han);
			assert.notEqual(zh.summary, en.summary);
			for (const item of zh.checks) assert.deepEqual(chineseProblems(theirWords(item.summary)), [], `${item.id}: ${item.summary}`);

			if (back) {
				assert.match(back.stdout, /What to do:|Nothing to fix\./);
				assert.doesNotMatch(theirWords(back.stdout), han);
				assert.equal(back.code, text.code);
			}
		});
	}

	test('balance, report and config speak Chinese too; the report keeps its facts (amounts, trace ids, links)', async () => {
		const fake = running();
		fake.setScenario('probe_402');
		const env = fakeEnv(fake, 'probe_402', chineseLocale);
		const [balance, below, report, reportEn, config] = await Promise.all([
			runCli(['balance'], env),
			runCli(['balance', '--below', '100'], env),
			runCli(['report', '--probe'], env),
			runCli(['report', '--probe', '--lang', 'en'], env),
			runCli(['config'], env),
		]);
		for (const run of [balance, below, report, config]) assert.deepEqual(chineseProblems(theirWords(run.stdout)), [], run.stdout);
		assert.match(balance.stdout, /赠送余额 0\.00/);
		assert.match(below.stdout, /^余额 47\.44 CNY 低于 100 CNY。\n\n余额：/);
		assert.equal(below.code, 1);
		assert.match(report.stdout, /^# deepseek-fix 客服报告/);
		assert.match(report.stdout, /\*\*结论：\*\* 余额不足（`insufficient_balance`）/);
		const facts = (markdown: string) => [...markdown.matchAll(/`([0-9a-f]{32})`|\| `(\d+\.\d\d)` |<(https:[^>]+)>/g)].map(match => match[1] ?? match[2] ?? match[3]);
		assert.ok(facts(report.stdout).length >= 5, report.stdout);
		assert.deepEqual(new Set(facts(report.stdout).filter(fact => !/^[0-9a-f]{32}$/.test(fact ?? ''))), new Set(facts(reportEn.stdout).filter(fact => !/^[0-9a-f]{32}$/.test(fact ?? ''))));
		assert.match(config.stdout, /^记住的设置\n/);
	});

	test('--help, argument errors and a bad --lang in Chinese; a bad DEEPSEEK_FIX_LANG is said once and skipped', async () => {
		const [help, helpEn, unknown, unknownGlobal, unknownCommand, badLang, badEnv] = await Promise.all([
			runCli(['--help'], chineseLocale),
			runCli(['--help'], {LANG: 'zh_CN.UTF-8', DEEPSEEK_FIX_LANG: 'en'}),
			runCli(['check', '--jsn'], chineseLocale),
			runCli(['--jsn'], chineseLocale),
			runCli(['chekc', '--json'], chineseLocale),
			runCli(['check', '--lang', 'fr'], chineseLocale),
			runCli(['config', '--path'], {LANG: 'zh_CN.UTF-8', DEEPSEEK_FIX_LANG: 'klingon', DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir()}),
		]);
		assert.match(help.stdout, /^deepseek-fix \S+：查明 DeepSeek API 调用为什么失败/);
		assert.deepEqual(chineseProblems(help.stdout.replace(/^ {2}deepseek-fix .*$/gm, '')), []);
		assert.match(helpEn.stdout, /^deepseek-fix \S+ — find out why/);
		assert.equal(unknown.stderr, 'deepseek-fix：没有“--jsn”这个选项（是不是想用 --json？）。用法见 deepseek-fix check --help\n');
		assert.equal(unknown.code, 2);
		assert.equal(unknownGlobal.stderr, 'deepseek-fix：没有“--jsn”这个选项（是不是想用 --json？）。用法见 deepseek-fix --help\n');
		assert.equal(unknownCommand.stderr, 'deepseek-fix：没有“chekc”这个命令（是不是想用 check？可用的命令：check、balance、report、config）。用法见 deepseek-fix --help\n');
		assert.equal(badLang.stderr, 'deepseek-fix：--lang 应为 zh-CN（简体中文）、en（英文）或其他以 zh、en 开头的语言标记（例如 zh-Hans、en-US；语言环境只接受 UTF-8 的，例如 zh_CN.UTF-8），收到的是“fr”。用法见 deepseek-fix check --help\n');
		assert.equal(badLang.code, 2);
		assert.equal(badEnv.code, 0);
		assert.match(badEnv.stdout, /config\.json\n$/);
		assert.equal(badEnv.stderr, 'deepseek-fix：DEEPSEEK_FIX_LANG="klingon" 不是本工具支持的语言（可用 zh-CN、en 或其他以 zh、en 开头的语言标记，例如 zh-Hans、en-US；语言环境只接受 UTF-8 的，例如 zh_CN.UTF-8），已忽略。\n');
	});

	test('on Node 20 the one line is in the chosen language too', async () => {
		const oldNode = path.resolve(import.meta.dirname, '../../node_modules/node20/bin/node');
		const run = await runCli(['check'], chineseLocale, {node: oldNode});
		assert.equal(run.code, 2);
		assert.match(run.stderr, /^deepseek-fix 需要 Node\.js 22\.19\.0 或更新版本（当前是 20\.\d+\.\d+）：请从 https:\/\/nodejs\.org 安装新版 Node 后再运行。\n$/);
	});

	test('the order: --lang over DEEPSEEK_FIX_LANG over the remembered language over the locale', async () => {
		const dir = tempConfigDir();
		writeFileSync(path.join(dir, 'config.json'), JSON.stringify({schemaVersion: 1, language: 'zh-CN', balanceHistory: []}));
		const remembered = {DEEPSEEK_FIX_CONFIG_DIR: dir, DEEPSEEK_FIX_LANG: undefined};
		const [fromSettings, fromEnv, fromFlag, fromLocale] = await Promise.all([
			runCli(['config'], {...remembered, LANG: 'en_US.UTF-8'}),
			runCli(['config'], {...remembered, LANG: 'zh_CN.UTF-8', DEEPSEEK_FIX_LANG: 'en'}),
			runCli(['config', '--lang', 'zh-CN'], {DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(), DEEPSEEK_FIX_LANG: 'en'}),
			runCli(['config'], {DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(), DEEPSEEK_FIX_LANG: undefined, LC_ALL: 'C', LANG: 'zh_CN.UTF-8'}),
		]);
		assert.match(fromSettings.stdout, /^记住的设置\n[\s\S]*语言 +简体中文/);
		assert.match(fromEnv.stdout, /^Remembered settings\n[\s\S]*Language +简体中文/);
		assert.match(fromFlag.stdout, /^记住的设置\n/);
		assert.match(fromLocale.stdout, /^Remembered settings\n/, 'LC_ALL=C is above LANG');
	});

	test('balance --wait in Chinese: the flags\' errors, the top-up that arrives, and --json keeping its fields', async () => {
		const [waitOnly, badSpan] = await Promise.all([runCli(['balance', '--wait-max', '5m'], chineseLocale), runCli(['balance', '--wait', '--every', '10ms'], chineseLocale)]);
		assert.equal(waitOnly.stderr, 'deepseek-fix：--wait-max 用于设置等待方式：请同时加上 --wait。用法见 deepseek-fix balance --help\n');
		assert.match(badSpan.stderr, /^deepseek-fix：--every 应为 100ms 到 10m 之间的时长，例如 90s、10m 或 500ms（纯数字表示毫秒），收到的是“10ms”。/);
		// Empty at the first read, topped up from the next one on.
		const fake = await startFake({scenario: 'zero_balance', onActivity: entry => entry.path.endsWith('/user/balance') && fake.setScenario('ok')});
		try {
			const env = fakeEnv(fake, 'zero_balance', chineseLocale);
			const text = await runCli(['balance', '--wait', '--every', '100ms'], env);
			assert.equal(text.code, 0, text.stderr);
			assert.match(text.stdout, /\d\d:\d\d（刚刚）余额是 0\.00 CNY，现在是 47\.44 CNY：充值已到账。\n$/);
			assert.deepEqual(chineseProblems(text.stdout), [], text.stdout);
			fake.setScenario('zero_balance');
			const json = await runCli(['balance', '--wait', '--every', '100ms', '--json'], env);
			const document = JSON.parse(json.stdout) as {verdict: string; wait: {outcome: string}};
			assert.deepEqual([document.verdict, document.wait.outcome], ['ok', 'can_pay']);
			assert.match(json.stderr, /^\d\d:\d\d（刚刚）余额是 0\.00 CNY，现在是 47\.44 CNY：充值已到账。/);
		} finally {
			await fake.close();
		}
	});

	test('balance --wait in a Chinese terminal: the countdown on stderr, then why it stopped', {skip: !terminalAvailable && 'no util-linux `script` here'}, async () => {
		const fake = running();
		fake.setScenario('zero_balance');
		const run = await runInTerminal(['balance', '--wait', '--wait-max', '1500ms', '--every', '500ms'], fakeEnv(fake, 'zero_balance', chineseLocale));
		assert.equal(run.code, 1, run.output);
		assert.match(run.output, /0\.00 CNY · 1 秒后再查 · 已等待充值 \d+ 秒（最长 1 秒） · Ctrl\+C 停止/);
		// Wrapped to the terminal's width: read as one line.
		assert.match(run.output.replace(/\r?\n/g, ''), /已等待 \d+ 秒，停止等待：余额仍是 0\.00 CNY。要等久一些，请用 --wait-max。/);
	});
});
