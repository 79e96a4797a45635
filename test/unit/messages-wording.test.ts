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
			'未扫描，因为你所在的文件夹 /srv/app 无法读取（权限不足：它本身或某个上级文件夹不允许访问），因此无法确定这里是否有 git 仓库。请在你能读取的文件夹里运行本工具，或请这个文件夹的所有者给你访问权限。',
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
	markdownMessages.traceIdsIntroElsewhere({name: 'OpenRouter', operated: false}),
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
			'这些调用发往 OpenRouter，而不是 DeepSeek。向它的客服询问时，请提供这些 trace id：凭它们能在那里找到具体的请求。',
			'OpenCode Zen：免费提供的额度已用完，而你的账号只能用这部分额度',
			'等到余额又够支付调用',
		]);
	} finally {
		setLanguage('en');
	}
	// The English twins, unchanged.
	assert.equal(reread()[0], 'Calls fail because of your DeepSeek balance. 47.44 CNY, but DeepSeek marks the account as unable to make calls.');
	// Amounts as every output writes them (text/amount.ts): the figure, then the currency.
	assert.equal(reread()[2], '47.44 CNY');
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

/** This round's relay sentences, server quotes and Codex project config, with the same values in either language. */
const relayRound = () => [
	diagnoseMessages.relayExhausted({name: 'OpenRouter', what: 'overdue', operator: false}),
	diagnoseMessages.outageElsewhere({name: 'OpenRouter', httpStatus: 502, status: 'Major outage (API)'}),
	diagnoseMessages.relayChargeSettling('Flux Router', 402),
	diagnoseMessages.relayRateLimited('DashScope', 429),
	diagnoseMessages.relayNetworkRulesRefused({name: 'Azure', status: 403, said: 'Public access is disabled'}),
	diagnoseMessages.relayClientRefused({name: 'OpenCode Zen', status: 403, said: undefined}),
	diagnoseMessages.wrongEndpoint('One API', '127.0.0.1:3000'),
	diagnoseMessages.requestModerated({name: 'DeepSeek', status: 400, said: 'Content Exists Risk'}),
	checkMessages.endpoint.relay('OpenRouter', 'openrouter.ai'),
	wizardText.start.provider('OpenRouter'),
	wizardText.leaves.relay.goesTo('OpenRouter'),
	markdownMessages.traceIdsIntroElsewhere({name: 'OpenRouter', operated: false}),
	checkMessages.keyPresent.withCodexIgnored('', {file: '.codex/config.toml', instead: '~/.codex/config.toml'}),
	cliMessages.noKeyInApp({app: 'codex', file: '~/.codex/config.toml', ignoredFile: '.codex/config.toml'}),
	checkMessages.keyPresent.otherInApp({source: 'env', file: '.env', used: 'sk-…abcd', app: 'claude_code', name: 'ANTHROPIC_AUTH_TOKEN', settingsFile: '~/.claude/settings.json', masked: 'sk-…dddd', more: 0}),
];

test('the Chinese of the relay sentences, the server quotes and Codex\'s ignored project config reads as meant', () => {
	setLanguage('zh-CN');
	try {
		assert.deepEqual(relayRound(), [
			// One form for "your calls go to X, not DeepSeek": 而不是 (the contrast written out), then ； before the clause that follows with its own subject.
			'你的调用发往 OpenRouter，而不是 DeepSeek；你在那里的账号已停用或欠费（有未付账单或到了消费上限）。这些调用与你的 DeepSeek 余额无关。',
			'你的调用发往 OpenRouter，而不是 DeepSeek；它返回 HTTP 502，同时 DeepSeek 状态页报告了故障（Major outage, API）：如果 OpenRouter 把你的调用转发给 DeepSeek，这次故障多半就是原因。请等 DeepSeek 恢复，或在那里换一个不依赖它的模型或服务商；如果 DeepSeek 恢复后错误仍在，问题就在 OpenRouter 那边。',
			'你的调用发往 Flux Router，而不是 DeepSeek；它返回 402：它之前的一笔扣费还在结算中，所以暂时拦下了新的调用。这不是余额用完了，不用充值，稍等即可。这与你的 DeepSeek 账号无关。',
			'你的调用发往 DashScope，而不是 DeepSeek；它返回 429：那边请求太多（触发了它自己的限制，或它上游服务商的限制）。这与你的 DeepSeek 账号无关。',
			'你的调用发往 Azure，而不是 DeepSeek；那里的资源按来源网络拒绝了这些调用：它的网络设置只接受来自允许的网络和地址的调用（HTTP 403，“Public access is disabled”）。不是 key 的问题，也不是余额的问题；这与你的 DeepSeek 账号无关。',
			// 自己的应用……发出的调用 and 其他程序……发出的调用 in step (not 来自它自己的应用或经批准渠道的调用).
			'你的调用发往 OpenCode Zen，而不是 DeepSeek；它只接受自己的应用或经批准的渠道发出的调用，不接受其他程序（例如你的程序）发出的调用（HTTP 403）。不是 key 的问题，也不是余额的问题：换 key 或充值都没有用；这与你的 DeepSeek 账号无关。',
			// Before a colon that explains, the colon stays.
			'你的调用发往 One API（127.0.0.1:3000），而不是 DeepSeek：那里的错误和余额属于 One API，不是你的 DeepSeek 账号。',
			// 拒绝的是……，不是 key，也不是余额 (as requestRefused says it), not 拒绝了……，不是 key, where 不是 has nothing to stand against.
			'DeepSeek 的内容审核拒绝的是请求里的内容（HTTP 400，“Content Exists Risk”），不是 key，也不是余额。',
			'调用发往 OpenRouter（openrouter.ai），而不是 DeepSeek：扣的是它那里的余额。',
			'这个地址属于 OpenRouter，而不是 DeepSeek。',
			// A screen's title keeps the short 不是: with 而不是 it wraps to a second row at 40 columns (“OpenRouter” and all).
			'你的调用发往 OpenRouter，不是 DeepSeek',
			'这些调用发往 OpenRouter，而不是 DeepSeek。向它的客服询问时，请提供这些 trace id：凭它们能在那里找到具体的请求。',
			// 无论……都…… before what it qualifies (not a trailing “，无论项目是否受信任”); 项目配置, not 项目的配置.
			'Codex 会忽略 .codex/config.toml 里的 DeepSeek 服务商设置：无论项目是否受信任，项目配置都不能设置 model_provider 或 model_providers；请把它们写进 ~/.codex/config.toml。',
			// The app by name in the bracket (a lone 它 there could be read as the settings file just named).
			'Codex 的设置里没有可检查的 DeepSeek key（sk- 加 32 位十六进制字符）：~/.codex/config.toml 和它的其他设置文件里都没有（Codex 会忽略 .codex/config.toml 里的 DeepSeek 服务商设置：项目配置不能设置 model_provider 或 model_providers）',
			// 另一个 key, as every other “sets another key” sentence says (not a bare 另一个); the app once, as the sender,
			// and the place after 来自 (not “Claude Code 的 … 中的 … 设置了…”).
			'检查的是 DEEPSEEK_API_KEY（sk-…abcd）；Claude Code 发送的是另一个 key（sk-…dddd），来自 ~/.claude/settings.json 里的 ANTHROPIC_AUTH_TOKEN：它的调用用的是那个 key 的账号。',
		]);
	} finally {
		setLanguage('en');
	}
	// The English twins, unchanged.
	assert.deepEqual(relayRound(), [
		'Your calls go to OpenRouter, not DeepSeek, and your account there is suspended or in arrears (an unpaid bill or a spending limit). Your DeepSeek balance does not matter for these calls.',
		'Your calls go to OpenRouter, not DeepSeek, and it answers HTTP 502 while DeepSeek\'s status page reports trouble (Major outage, API): if OpenRouter sends your calls on to DeepSeek, that outage is the likely cause. Wait for DeepSeek to recover, or pick a model or provider there that does not depend on it; if the errors last after DeepSeek recovers, the failure is on OpenRouter\'s side.',
		'Your calls go to Flux Router, not DeepSeek, and it answers 402: a charge it made earlier is still being settled on its side, so it holds new calls back for a moment. A short wait, not an empty balance: there is nothing to top up. Your DeepSeek account is not involved.',
		'Your calls go to DashScope, not DeepSeek, and it answers 429: too many requests there (its own limit, or that of a provider it passes your calls to). Your DeepSeek account is not involved.',
		'Your calls go to Azure, not DeepSeek, and the resource there refuses them for the network they come from: its networking settings take calls only from the networks and addresses they allow (HTTP 403 "Public access is disabled"). Not the key, not the balance; your DeepSeek account is not involved.',
		'Your calls go to OpenCode Zen, not DeepSeek, and it takes them only from its own app or an approved channel, not from other programs such as yours (HTTP 403). Not the key, not the balance: a new key or a top-up will not help; your DeepSeek account is not involved.',
		'Your calls go to One API (127.0.0.1:3000), not DeepSeek: errors and balance there are One API\'s, not your DeepSeek account\'s.',
		'DeepSeek\'s content moderation refused what the request says (HTTP 400 "Content Exists Risk"): not the key or the balance.',
		'Calls go to OpenRouter (openrouter.ai), not to DeepSeek: its own balance applies.',
		'That address belongs to OpenRouter, not to DeepSeek.',
		'Your calls go to OpenRouter, not to DeepSeek',
		'The calls went to OpenRouter, not DeepSeek: if you ask its support, give them these: they identify the requests there.',
		' Codex ignores the DeepSeek provider in .codex/config.toml: a project\'s config may not set model_provider or model_providers, trusted or not; set them in ~/.codex/config.toml.',
		'Codex\'s settings hold no DeepSeek key (sk- and 32 hex characters) to check: none in ~/.codex/config.toml or its other settings files (it ignores the DeepSeek provider in .codex/config.toml: a project\'s config may not set model_provider or model_providers)',
		'DEEPSEEK_API_KEY (sk-…abcd) is the key checked; ANTHROPIC_AUTH_TOKEN in Claude Code\'s ~/.claude/settings.json sets another (sk-…dddd): Claude Code\'s calls use that key\'s account.',
	]);
});

test('the key field\'s help quotes the action that remembers the key word for word, in both languages', () => {
	for (const language of ['en', 'zh-CN'] as const) {
		setLanguage(language);
		const {rememberKey} = wizardText.actions;
		assert.ok(wizardText.key.pasteHelp.includes(language === 'en' ? `"${rememberKey}"` : `“${rememberKey}”`), `${language}: ${wizardText.key.pasteHelp}`);
	}
	setLanguage('en');
});

test('Chinese: the label that copies a service\'s page says 的 once (复制链接：百炼的费用页面), a page of DeepSeek\'s keeps 复制…的链接', () => {
	setLanguage('zh-CN');
	try {
		const {copyPageLink} = wizardText.actions;
		const {ofService} = wizardText.linkPages;
		assert.equal(copyPageLink({page: ofService.billing({name: '百炼'})}), '复制链接：百炼的费用页面');
		assert.equal(copyPageLink({page: ofService.keys({name: 'OpenRouter'})}), '复制链接：OpenRouter 的 API keys 页面');
		assert.equal(copyPageLink({page: wizardText.linkPages.topUp}), '复制充值页面的链接');
		assert.equal(copyPageLink({page: wizardText.linkPages.apiKeys}), '复制 API keys 页面的链接');
	} finally {
		setLanguage('en');
	}
});

test('every redirect ending reads as one family: it opens with the base URL redirecting, then says where to (English, Chinese)', () => {
	const redirects = () => [
		diagnoseMessages.redirectToBaseUrl({status: 301, location: 'https://relay.example/api/v1'}),
		diagnoseMessages.redirectToLogin({status: 302, host: 'acme.cloudflareaccess.com'}),
		diagnoseMessages.redirectMoved({status: 301, host: 'api.new-relay.example'}),
		diagnoseMessages.redirectToDeepSeekApi({status: 301}),
		diagnoseMessages.redirectElsewhere({status: 301, host: 'www.deepseek.com', deepSeek: true}),
		diagnoseMessages.redirectElsewhere({status: 301, host: 'example.com', deepSeek: false}),
	];
	for (const [language, opening] of [['en', /^The base URL redirects (every call )?\(HTTP 30\d\) to /], ['zh-CN', /^base URL 把(每次)?调用(都)?重定向到 /]] as const) {
		setLanguage(language);
		try {
			for (const sentence of redirects()) assert.match(sentence, opening, sentence);
		} finally {
			setLanguage('en');
		}
	}
});
