// Sentences whose Chinese was reread as a native reader reads them (docs/development.md,
// "Chinese terms and punctuation"): each as it is meant to read, in both languages.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkMessages} from '../../source/messages/checks.js';
import {cliMessages} from '../../source/messages/cli.js';
import {diagnoseMessages} from '../../source/messages/diagnose.js';
import {httpFailureMessages, shapeMessages} from '../../source/messages/http.js';
import {timeMessages} from '../../source/messages/time.js';
import {detectMessages} from '../../source/messages/providers.js';
import {balanceTextMessages, markdownMessages} from '../../source/messages/report.js';
import {resetMessages, settingsNotices} from '../../source/messages/settings.js';
import {setLanguage} from '../../source/messages/language.js';
import {startMessages} from '../../source/messages/start.js';
import {usageMessages} from '../../source/messages/usage.js';
import {wizardText} from '../../source/messages/wizard.js';

/** Each sentence, rendered with the same values in the language on at the time. */
const sentences = () => [
	checkMessages.keyFormat.assignment({prefix: 'DEEPSEEK_API_KEY=', line: checkMessages.keyFormat.wholeLine.env}),
	checkMessages.auth.rejectedShape.assignment({prefix: 'DEEPSEEK_API_KEY=', line: checkMessages.keyFormat.wholeLine.env}),
	wizardText.leaves.invalidKey.shape.assignment({prefix: 'DEEPSEEK_API_KEY=', line: checkMessages.keyFormat.wholeLine.env}),
	checkMessages.keyExposure.unreadableFolder({folder: '/srv/app'}),
	startMessages.unexpandedTilde({dir: '/srv/~/x', home: '/home/me/x'}),
	wizardText.ui.restatedBelow,
	cliMessages.stopped('SIGTERM'),
	wizardText.ui.keySeveral({count: 2}),
	wizardText.ui.keyNotOne,
];

test('the Chinese of the key-line, unreadable-folder, settings-folder, "see below", stopped and key-paste sentences reads as meant', () => {
	setLanguage('zh-CN');
	try {
		assert.deepEqual(sentences(), [
			'key 以“DEEPSEEK_API_KEY=”开头：.env 文件里的一整行都填进了变量，而不只是 key。在设置它的地方只保留 sk-… 部分。',
			'被拒绝（401）。key 以“DEEPSEEK_API_KEY=”开头（.env 文件里的一整行），这段前缀作为 key 的一部分一起发了出去：在设置 key 的地方只保留 sk-… 部分。',
			'key 以“DEEPSEEK_API_KEY=”开头（.env 文件里的一整行），会被当作 key 的一部分一起发出去。在设置 key 的地方只保留 sk-… 部分。',
			'未扫描，因为你所在的文件夹 /srv/app 无法读取（权限不足：它本身或某个上级文件夹不允许访问），因此无法确定这里是否有 git 仓库。请在你能读取的文件夹里运行本工具，或请该文件夹的所有者给你访问权限。',
			'deepseek-fix：DEEPSEEK_FIX_CONFIG_DIR 以 ~ 开头，但这里不会展开 ~：设置保存在 /srv/~/x。要用主目录下的文件夹，请写完整路径（/home/me/x）。',
			'见下方。',
			'已停止（SIGTERM）。',
			'粘贴的内容里有 2 个 key：只粘贴你的程序用的那一个。',
			'这不是单个 key：中间有空格或换行。请重新复制完整的 key（sk-… 中间没有空格）。',
		]);
	} finally {
		setLanguage('en');
	}
	// The English they are twins of, unchanged.
	assert.equal(sentences()[0], 'The key starts with "DEEPSEEK_API_KEY=": the whole line of an .env file was copied into the variable, not only the key. Keep only the sk-… part where you set it.');
	assert.equal(sentences()[5], 'see below.');
});

/** Sentences that list names a program gives (flags, addresses, characters, fields, files), rendered with two of each. */
const lists = () => [
	cliMessages.badKeyFrom({value: 'cursor', names: ['claude-code', 'aider']}),
	checkMessages.network.reachedAfterOthers({reached: '', address: '192.0.2.1', others: ['2001:db8::1', '2001:db8::2']}),
	checkMessages.keyFormat.nonAscii(['U+200B', 'U+00A0']).split(/[:：]/u)[0],
	wizardText.leaves.invalidKey.shape.nonAscii({characters: ['U+200B', 'U+00A0']}).split(/[)）]/u)[0],
	httpFailureMessages.unsendableKey({characters: ['U+200B', 'U+00A0']}),
	detectMessages.newApiByFields({fields: ['field_a', 'field_b']}),
	settingsNotices.invalidFieldsDropped({fields: ['field_a', 'field_b']}).split(/[;；]/u)[0],
	resetMessages.leftovers({files: ['/a.json', '/b.json']}).split(/[:：]/u).at(-1),
];

test('a list of names inside a Chinese sentence takes 、 between its items, as an English one takes a comma', () => {
	setLanguage('zh-CN');
	try {
		assert.deepEqual(lists(), [
			'--key-from 应为 claude-code、aider 之一，收到的是“cursor”',
			'2001:db8::1、2001:db8::2 没能连上，改用 192.0.2.1 才连上；先等 2001:db8::1、2001:db8::2 的程序可能会因此变慢。',
			'key 里有非 ASCII 字符（U+200B、U+00A0',
			'key 里有非 ASCII 字符（U+200B、U+00A0',
			'没有发出，因为 key 里有 HTTP 请求无法携带的字符（U+200B、U+00A0）。',
			'它的 /api/status 带有只有 new-api 才会返回的字段（field_a、field_b）。',
			'部分记住的设置无效，已被忽略（field_a、field_b）',
			'/a.json、/b.json',
		]);
	} finally {
		setLanguage('en');
	}
	assert.deepEqual(lists(), [
		'--key-from needs one of claude-code, aider, not "cursor"',
		' Connected over 192.0.2.1 after 2001:db8::1, 2001:db8::2 did not connect: a program that waits on 2001:db8::1, 2001:db8::2 first may be slow.',
		'The key holds characters that are not plain ASCII (U+200B, U+00A0',
		'The key holds characters that are not plain ASCII (U+200B, U+00A0',
		'Not sent, as the key holds characters no HTTP request can carry (U+200B, U+00A0).',
		'Its /api/status has fields only new-api sends (field_a, field_b).',
		'Some remembered settings were not valid and are ignored (field_a, field_b)',
		' /a.json, /b.json',
	]);
});

/** Sentences reread in the Chinese walk of every command and wizard screen. */
const reread = () => [
	// Its balance is why the calls fail, whether used up or refused with money left (is_available false): not always 余额不足.
	diagnoseMessages.insufficient(checkMessages.balance.notAvailable('47.44 CNY')),
	wizardText.help.keys.find(({key}) => key === 'L')?.does,
	// An amount reads as everywhere else in Chinese: the number, then the currency.
	balanceTextMessages.total({currency: 'CNY', total: '47.44'}),
	// One colon after the check's title is enough.
	checkMessages.usageTrend.notEnough(0),
	markdownMessages.traceIdsIntro({email: 'api-service@deepseek.com'}),
	markdownMessages.traceIdsIntroElsewhere({name: 'OpenRouter'}),
	wizardText.leaves.relay.freeTierOnly({name: 'OpenCode Zen'}),
	usageMessages.flags.wait,
];

test('the Chinese of the balance verdict, the L key, the balance amount, the trend, the trace-id lines, the free-tier title and --wait reads as meant', () => {
	setLanguage('zh-CN');
	try {
		assert.deepEqual(reread(), [
			'调用失败，问题出在你的 DeepSeek 余额上。47.44 CNY，但 DeepSeek 标记这个账号当前无法调用。',
			'在开始页面切换到 English（英文）',
			'47.44 CNY',
			'还没有余额记录。每次运行 check、balance 或向导都会记一次，一小时后再运行就能看到趋势。',
			'请把这些 trace id 提供给 DeepSeek 客服（api-service@deepseek.com）：客服凭它们能找到具体的请求。',
			'这些调用发往 OpenRouter，不是 DeepSeek。向它的管理员询问时，请提供这些 trace id：凭它们能在那里找到具体的请求。',
			'OpenCode Zen：免费提供的额度已用完，而你的账号只能用这部分额度',
			'等到余额又够支付调用',
		]);
	} finally {
		setLanguage('en');
	}
	// The English twins, unchanged.
	assert.equal(reread()[0], 'Calls fail because of your DeepSeek balance. 47.44 CNY, but DeepSeek marks the account as unable to make calls.');
	assert.equal(reread()[2], 'CNY 47.44');
});

/** This round's sentences on balances and a balance answer that is no DeepSeek's, with the same values in either language. */
const balanceRound = () => [
	checkMessages.balance.risen({up: '47.09', before: '0.35', currency: 'CNY', ago: timeMessages.ago({ms: 2 * 3_600_000})}),
	checkMessages.balance.risen({up: '47.09', before: '0.35', currency: 'CNY'}),
	checkMessages.balance.unreadable(200, shapeMessages.balance.badCurrency({index: 0})),
	wizardText.start.remembered.balance({amount: '47.44 CNY', ago: timeMessages.ago({ms: 3_600_000}), sinceThen: true}),
	wizardText.start.remembered.alertOtherCurrency({amount: '5', currency: 'USD', balanceCurrency: 'CNY'}),
];

test('the Chinese of "up since the last look", the unreadable currency, "balance since then" and an alert in another currency reads as meant', () => {
	setLanguage('zh-CN');
	try {
		assert.deepEqual(balanceRound(), [
			// The rise first, as in English; the earlier amount in brackets with when it was read (not a bracket inside "比上次查询…的").
			'比上次查询多了 47.09 CNY（2 小时前为 0.35 CNY）。',
			'比上次查询多了 47.09 CNY（当时为 0.35 CNY）。',
			// 无法解析, as every other unreadable answer says (not 无法读懂).
			'响应无法解析（HTTP 200）。余额接口响应中 "balance_infos" 第 1 项的货币不是 CNY、USD 这样的货币代码。',
			// Below “上次（1 小时前）：…”: a balance looked up after it (not 此后的余额, which reads as the balance from then on).
			'之后查到的余额：47.44 CNY（1 小时前）',
			// As the balance screen says it (提醒对它不起作用), short enough for one row at 60 columns.
			'余额不足提醒：低于 5 USD（对 CNY 余额不起作用）',
		]);
	} finally {
		setLanguage('en');
	}
	assert.deepEqual(balanceRound(), [
		'Up 47.09 CNY since the last look (0.35 CNY, 2 hours ago).',
		'Up 47.09 CNY since the last look (0.35 CNY).',
		'Unreadable answer (HTTP 200). The balance answer\'s currency in entry 1 of "balance_infos" is not a currency code such as CNY or USD.',
		'Balance since then: 47.44 CNY, 1 hour ago',
		'Low-balance alert: under 5 USD, which does not apply to this balance in CNY',
	]);
});
