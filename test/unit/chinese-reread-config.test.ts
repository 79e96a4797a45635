// Chinese sentences of `config`, the argument errors, `balance --wait` and whose last time's result was, reread as a
// native reader reads them on screen (docs/development.md, "Chinese terms and punctuation"), each pinned whole with
// why it reads this way, so a return of the old wording fails.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cliMessages} from '../../source/messages/cli.js';
import {configMessages} from '../../source/messages/settings.js';
import {startMessages} from '../../source/messages/start.js';
import {usageMessages} from '../../source/messages/usage.js';
import {whoseMessages} from '../../source/messages/whose.js';
import {wizardText} from '../../source/messages/wizard.js';
import {inChinese} from '../helpers/chinese.js';

test('another base URL, another key: what differs said once, not “另一个…，不是现在用的这个”', () => {
	// Was “用的是另一个 base URL，不是现在用的这个”: “another” and “not the one in use” said the same thing, with 用 three times.
	assert.deepEqual(inChinese(() => [whoseMessages.elsewhere({changed: 'baseUrl'}), whoseMessages.elsewhere({changed: 'key'})]), [
		'用的不是现在这个 base URL',
		'检查的不是现在这个 key',
	]);
});

test('the same variable or .env file holding another key: then against now, not “它现在的值”', () => {
	// Was “检查的是 DEEPSEEK_API_KEY 当时的 key，不是它现在的值”: a key in the first half, a 值 with a 它 in the second.
	assert.deepEqual(inChinese(() => [whoseMessages.elsewhere({changed: 'key', keyWas: 'env', keyIs: 'env'}), whoseMessages.elsewhere({changed: 'key', keyWas: 'dotenv', keyIs: 'dotenv'})]), [
		'检查的是 DEEPSEEK_API_KEY 当时的 key，不是现在这个',
		'检查的是 .env 文件当时的 key，不是现在这个',
	]);
	assert.equal(
		inChinese(() => wizardText.start.remembered.diagnosisElsewhere({ago: '3 小时前', summary: '你的 DeepSeek 余额已用完：0.00 CNY', whose: whoseMessages.elsewhere({changed: 'key', keyWas: 'env', keyIs: 'env'})})),
		'上次（3 小时前）检查的是 DEEPSEEK_API_KEY 当时的 key，不是现在这个：你的 DeepSeek 余额已用完：0.00 CNY',
	);
});

test('config\'s last diagnosis: whose it was set apart from the verdict and time by “；”', () => {
	// With “，” the bracket held four comma-joined pieces (verdict, time, whose key, not this one): which went with which was unclear.
	assert.equal(
		inChinese(() => configMessages.diagnosisSummary({verdict: 'insufficient_balance', name: '余额不足', at: '2026-11-03 08:31 UTC', summary: '余额不足。', whose: whoseMessages.elsewhere({changed: 'key', keyWas: 'dotenv', keyIs: 'env'})})),
		'余额不足（insufficient_balance，2026-11-03 08:31 UTC；检查的是 .env 文件里的 key，不是现在用的这个）：余额不足。',
	);
});

test('config\'s balance history: the amount, then when, not “<time> 时为 <amount>”', () => {
	// Was “最早 2026-11-01 08:00 UTC 时为 20.00 CNY”: 时为 after a full timestamp is stilted, and the amount came last.
	assert.equal(
		inChinese(() => configMessages.historySummary({count: 3, first: configMessages.reading({total: '20.00', currency: 'CNY', at: '2026-11-01 08:00 UTC'}), last: configMessages.reading({total: '9.25', currency: 'CNY', at: '2026-11-03 08:30 UTC'})})),
		'3 条记录；最早 20.00 CNY（2026-11-01 08:00 UTC）；最近 9.25 CNY（2026-11-03 08:30 UTC）',
	);
});

test('config\'s rows with nothing remembered: no word said twice over, one verb for “use”', () => {
	// Was “…运行时使用 DEEPSEEK_BASE_URL，没有的话用…（…选“记住这些设置，下次再用”即可记住）”: 使用 then 用, and 记住 twice in one bracket;
	// “没有设置：可以在向导里设置（查余额／设置余额不足提醒）” said 设置 three times and left the menu item unquoted;
	// “付费测试调用用过的模型” ran 调用用 together.
	assert.deepEqual(inChinese(() => [configMessages.baseUrlNone, configMessages.alertNone, configMessages.probeModelNone]), [
		'没有记住：运行时用 DEEPSEEK_BASE_URL，没有这个变量时用 DeepSeek 官方地址（在向导里选“记住这些设置，下次再用”即可）',
		'没有：可在向导里选“查余额／设置余额不足提醒”来设置，脚本里可用 deepseek-fix balance --below',
		'还没有：向导会记住付费测试调用所用的模型',
	]);
});

test('a flag given a value it does not take, and the catch-all: the words a Chinese CLI uses', () => {
	// Was “--json 不接受值”: word for word from “takes no value”; beside “--timeout 后面缺少值” a switch “不能带值”.
	// Was “无法读取这行命令”: a command line is parsed (解析), not read like a file.
	assert.deepEqual(inChinese(() => [cliMessages.optionTakesNoValue('--json'), cliMessages.unreadableLine]), ['--json 不能带值', '无法解析这行命令：请逐个检查选项及其值']);
});

test('the --lang refusal and the ignored DEEPSEEK_FIX_LANG: one list of 语言标记, 例如 as the glossary says', () => {
	// Was “…或 en（英文），也可以是以 zh 或 en 开头的其他标记（如 zh-Hans、en-US）”: a bare 标记 (tag of what?), 如 for 例如,
	// and three 或 in one clause.
	assert.equal(
		inChinese(() => cliMessages.badLanguage('fr')),
		'--lang 应为 zh-CN（简体中文）、en（英文）或其他以 zh、en 开头的语言标记（例如 zh-Hans、en-US；语言环境只接受 UTF-8 的，例如 zh_CN.UTF-8），收到的是“fr”',
	);
	assert.equal(
		inChinese(() => startMessages.ignoredLanguageEnv('klingon')),
		'deepseek-fix：DEEPSEEK_FIX_LANG="klingon" 不是本工具支持的语言（可用 zh-CN、en 或其他以 zh、en 开头的语言标记，例如 zh-Hans、en-US；语言环境只接受 UTF-8 的，例如 zh_CN.UTF-8），已忽略。',
	);
});

test('--wait with nothing to wait for: the balance with its amount, then why no wait', () => {
	// Was “余额不低于 5 CNY：47.44 CNY，不需要等待。”: the amount after a colon read as what 5 CNY was.
	assert.deepEqual(inChinese(() => [cliMessages.waitNotNeeded({total: '47.44', currency: 'CNY'}), cliMessages.waitNotNeededBelow({total: '47.44', currency: 'CNY', below: '5'})]), [
		'余额 47.44 CNY，已经可以支付调用，不需要等待。',
		'余额 47.44 CNY，不低于 5 CNY，不需要等待。',
	]);
});

test('--help\'s exit codes: what a signal does, active, not “被 SIGTERM 停止（进程被结束…）”', () => {
	// Was “被 SIGTERM 停止（进程被结束，例如服务停止或超时）”: two passives, the second a gloss; “输出提前被关闭” a third.
	assert.deepEqual(inChinese(() => [usageMessages.exits.terminated, usageMessages.exits.hungUp, usageMessages.exits.closed]), [
		'收到 SIGTERM 后退出（例如停止服务或超时）',
		'收到 SIGHUP 后退出（终端已关闭）',
		'输出端提前关闭',
	]);
	assert.match(inChinese(() => usageMessages.exitSummary(usageMessages.exits)), /，143 或 129 收到 SIGTERM 或 SIGHUP 后退出，\n141 输出端提前关闭。$/);
});
