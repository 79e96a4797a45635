// Rendering of CheckReport: JSON, coloured text at any width, balance text, Markdown;
// keys masked and escape sequences removed in every renderer.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {CheckResult} from '../../source/checks/types.js';
import MarkdownIt from 'markdown-it';
import {isOwnFixUrl} from '../../source/fixes.js';
import {checkMessages} from '../../source/messages/checks.js';
import {diagnoseMessages} from '../../source/messages/diagnose.js';
import {balanceTextMessages} from '../../source/messages/report.js';
import {setLanguage} from '../../source/messages/language.js';
import {providerTable} from '../../source/providers/table.js';
import {markdownCode, renderBalanceText, renderJson, renderMarkdown, renderText} from '../../source/report/index.js';
import {topUpFix} from '../../source/report/balance.js';
import {amountText} from '../../source/text/amount.js';
import {displayWidth} from '../../source/text/width.js';
import {wrapPlain} from '../../source/text/wrap.js';
import type {CheckReport} from '../../source/verdict.js';

const key = 'sk-' + '0123456789abcdef'.repeat(2);
const esc = '\u001B';
const meta = {os: 'Linux 6.1 (x64)', node: '22.23.3', generatedAt: '2026-11-25T21:00:00.000Z', traceIds: ['4f1c2a9e-77aa-4b8e-9d1e-000000000001']};

function check(id: CheckResult['id'], title: string, status: CheckResult['status'], summary: string, details: Record<string, unknown> = {}): CheckResult {
	return {id, title, status, summary, details, durationMs: 12.4};
}

const deepseek = {id: 'deepseek', name: 'DeepSeek', detectedBy: 'host', consoleUrl: 'https://platform.deepseek.com'} as const;

const okReport: CheckReport = {
	schemaVersion: 1,
	tool: {name: 'deepseek-fix', version: '0.1.0'},
	baseUrl: 'https://api.deepseek.com',
	verdict: 'ok',
	summary: 'No problem found: the key works and the balance is 110.00 CNY.',
	checks: [
		check('key_present', 'API key present', 'pass', 'Found in DEEPSEEK_API_KEY (sk-…cdef)'),
		check('auth', 'Key accepted', 'pass', 'GET /models answered 200'),
		check('balance', 'Balance', 'pass', '110.00 CNY (granted 10.00, topped up 100.00)'),
		check('probe', 'Paid test call', 'skip', 'Not run: add --probe to allow one 1-token call'),
	],
	balance: {isAvailable: true, balances: [{currency: 'CNY', total: '110.00', granted: '10.00', toppedUp: '100.00'}]},
	provider: deepseek,
	fixes: [],
};

const brokeReport: CheckReport = {
	...okReport,
	verdict: 'insufficient_balance',
	summary: 'Your DeepSeek balance is 0.00 CNY: calls are refused with 402.',
	checks: [
		check('key_present', 'API key present', 'pass', 'Found in DEEPSEEK_API_KEY (sk-…cdef)'),
		check('endpoint', 'Where calls go', 'pass', 'api.deepseek.com is DeepSeek', {provider: deepseek, reachesDeepSeek: true}),
		check('balance', 'Balance', 'fail', '0.00 CNY (granted 0.00, topped up 0.00)'),
		check('service_status', 'DeepSeek service status', 'error', 'The status page did not answer within 5 s'),
		check('key_format', 'Key format', 'warn', 'Does not look like a DeepSeek key (sk- and 32 hex characters)'),
	],
	balance: {isAvailable: false, balances: [{currency: 'CNY', total: '0.00', granted: '0.00', toppedUp: '0.00'}]},
	fixes: [
		{id: 'top_up', title: 'Top up your balance', url: 'https://platform.deepseek.com/top_up'},
		{id: 'check_transactions', title: 'If you just paid, check that the payment went through', url: 'https://platform.deepseek.com/transactions'},
		{id: 'no_link', title: 'Stop retrying on 402 in your code', url: null},
	],
};

const relayReport: CheckReport = {
	...okReport,
	baseUrl: 'https://openrouter.ai/api',
	verdict: 'relay_insufficient_balance',
	summary: 'Your calls go through OpenRouter, and its credit is used up: top up there.',
	checks: [check('endpoint', 'Where calls go', 'warn', 'https://openrouter.ai/api is OpenRouter, not DeepSeek'), check('balance', 'Balance', 'fail', 'OpenRouter: 0.00 USD left')],
	balance: {
		isAvailable: false,
		balances: [{currency: 'USD', total: '0.00', granted: null, toppedUp: '25.00'}],
		provider: 'openrouter',
		unit: 'USD',
		unlimited: false,
		source: '/api/v1/credits',
		note: 'Credits of the whole OpenRouter account.',
	},
	provider: {id: 'openrouter', name: 'OpenRouter', detectedBy: 'host', consoleUrl: 'https://openrouter.ai/settings/credits'},
	fixes: [{id: 'relay_top_up', title: 'Top up your OpenRouter credits', url: 'https://openrouter.ai/settings/credits'}],
};

test('renderJson is exactly the document, 2-space indented, newline-terminated', () => {
	const json = renderJson(brokeReport);
	assert.ok(json.endsWith('}\n'));
	assert.equal(json, `${JSON.stringify(brokeReport, null, 2)}\n`);
	assert.deepEqual(JSON.parse(json), brokeReport);
});

test('renderText: ok report', () => {
	const text = renderText(okReport, {color: false});
	assert.equal(
		text,
		[
			'deepseek-fix 0.1.0 · https://api.deepseek.com (DeepSeek)',
			'',
			'✔ API key present: Found in DEEPSEEK_API_KEY (sk-…cdef)',
			'✔ Key accepted: GET /models answered 200',
			'✔ Balance: 110.00 CNY (granted 10.00, topped up 100.00)',
			'○ Paid test call: Not run: add --probe to allow one 1-token call',
			'',
			'No problem found: the key works and the balance is 110.00 CNY.',
			'To see what a real call gets (one 1-token call, a fraction of a cent):',
			'deepseek-fix check --probe',
			'',
			'Nothing to fix.',
			'',
		].join('\n'),
	);
});

test('renderText: the header names the service in brackets only when it adds something to the URL (not an unrecognised host)', () => {
	const header = (report: CheckReport) => renderText(report, {color: false}).split('\n')[0];
	assert.equal(header(relayReport), 'deepseek-fix 0.1.0 · https://openrouter.ai/api (OpenRouter)');
	const unknownHost = {...okReport, baseUrl: 'http://127.0.0.1:18999', provider: {id: 'unknown', name: '127.0.0.1:18999', detectedBy: 'fingerprint', consoleUrl: null}} as const;
	assert.equal(header(unknownHost), 'deepseek-fix 0.1.0 · http://127.0.0.1:18999');
	assert.equal(header({...okReport, provider: null}), 'deepseek-fix 0.1.0 · https://api.deepseek.com');
});

/** A relay with a long name (Model Studio), its name in the header, two rows, the verdict and a fix. */
const dashscopeName = 'Alibaba Cloud Model Studio (DashScope)';
const dashscopeReport: CheckReport = {
	...relayReport,
	baseUrl: 'https://dashscope.aliyuncs.com/compatible-mode',
	verdict: 'wrong_endpoint',
	summary: `Your calls go to ${dashscopeName}, not DeepSeek: errors and balance there are ${dashscopeName}'s.`,
	checks: [
		check('endpoint', 'Where calls go', 'warn', `Calls go to ${dashscopeName} (dashscope.aliyuncs.com), not to DeepSeek.`),
		check('balance', 'Balance', 'skip', `${dashscopeName} offers no balance reading for an API key.`),
	],
	balance: null,
	provider: {id: 'dashscope', name: dashscopeName, detectedBy: 'host', consoleUrl: 'https://usercenter2.aliyun.com/finance/fund-management/overview'},
	fixes: [{id: 'relay_console', title: `Check your key in the ${dashscopeName} console`, url: 'https://usercenter2.aliyun.com/finance/fund-management/overview'}],
};

const mentions = (text: string, name: string) => text.replace(/\s+/g, ' ').split(name).length - 1;

test('renderText and renderMarkdown name a service with a short name in full once, where they first name it, and by its short name after; JSON keeps every summary whole', () => {
	const text = renderText(dashscopeReport, {color: false, width: 80});
	assert.equal(mentions(text, dashscopeName), 1, text);
	assert.match(text.split('\n').slice(0, 2).join(' '), /\(Alibaba Cloud Model Studio \(DashScope\)\)/, `the header is the first mention:\n${text}`);
	assert.equal(mentions(text, 'Model Studio') - 1, 5, text);
	assert.match(text, /Model Studio offers no balance reading/, text);
	assert.match(text, /Check your key in the Model Studio console/, text);
	const markdown = renderMarkdown(dashscopeReport, meta);
	// The prose names it in full once (the verdict); the Setup table's value is read on its own and keeps it whole.
	assert.equal(mentions(markdown, dashscopeName), 2, markdown);
	assert.ok(markdown.includes(`| Service behind the base URL | \`${dashscopeName} (detected by host)\` |`), markdown);
	assert.match(markdown.split('\n').find(line => line.startsWith('**')) ?? '', /Your calls go to Alibaba Cloud Model Studio \(DashScope\), not DeepSeek: errors and balance there are Model Studio's/, `the verdict is the first mention:\n${markdown}`);
	assert.deepEqual(JSON.parse(renderJson(dashscopeReport)), dashscopeReport);
	setLanguage('zh-CN');
	try {
		const zh = renderText({...dashscopeReport, checks: [check('balance', '余额', 'skip', `${dashscopeName} 不支持用 API key 查询余额。`)], fixes: [{id: 'relay_console', title: `在 ${dashscopeName} 的控制台查看你的 key`, url: null}]}, {color: false, width: 80});
		// Named first by its Chinese name (the header), with no space beside Chinese words.
		assert.equal(mentions(zh, dashscopeName), 0, zh);
		assert.match(zh.split('\n').slice(0, 2).join(''), /（阿里云百炼）/, zh);
		assert.match(zh, /余额：百炼不支持用 API key 查询余额。/, zh);
		const zhMarkdown = renderMarkdown(dashscopeReport, meta);
		assert.ok(zhMarkdown.includes('| base URL 背后的服务 | `阿里云百炼（识别依据：主机名）` |'), zhMarkdown);
		assert.match(zh, /在百炼的控制台查看你的 key/, zh);
	} finally {
		setLanguage('en');
	}
});

test('renderText: a service without a short name is named as it is, each time', () => {
	const text = renderText(relayReport, {color: false, width: 200});
	assert.equal(mentions(text, 'OpenRouter'), 5, text);
});

test('renderText suggests the paid call only when it was not made and the balance shows credit, or nothing was found (or only another service that took the key) while it could not be read', () => {
	const suggestion = 'To see what a real call gets (one 1-token call, a fraction of a cent): deepseek-fix check --probe';
	const withProbe = (status: CheckResult['status']) => ({...okReport, checks: okReport.checks.map(item => (item.id === 'probe' ? {...item, status} : item))});
	assert.ok(!renderText(withProbe('pass'), {color: false, width: 200}).includes(suggestion), 'the call was made');
	assert.ok(!renderText(brokeReport, {color: false, width: 200}).includes(suggestion), 'an empty balance: the call would only get 402');
	const noKey = {...okReport, checks: okReport.checks.map(item => (item.id === 'key_present' ? {...item, status: 'fail' as const} : item))};
	assert.ok(!renderText(noKey, {color: false, width: 200}).includes(suggestion), 'no key, no call');
	const lowBalance = {...okReport, checks: okReport.checks.map(item => (item.id === 'balance' ? {...item, status: 'warn' as const} : item))};
	assert.ok(renderText(lowBalance, {color: false, width: 200}).includes(suggestion), 'a low balance still shows credit');
	// A balance that could not be read here: suggested when nothing else was found, not beside another verdict's fixes.
	const unread = {...okReport, balance: null, checks: okReport.checks.map(item => (item.id === 'balance' ? {...item, status: 'skip' as const} : item))};
	assert.ok(renderText(unread, {color: false, width: 200}).includes(suggestion), 'nothing found, the balance unread');
	assert.ok(!renderText({...unread, verdict: 'rate_limited' as const}, {color: false, width: 200}).includes(suggestion), 'another verdict');
	// Another service that took the key, its balance unread (SiliconFlow, a gateway nothing names): only where the calls go is known.
	assert.ok(renderText({...unread, verdict: 'wrong_endpoint' as const}, {color: false, width: 200}).includes(suggestion), 'the key taken elsewhere, its balance unread');
	const refused = {...unread, verdict: 'wrong_endpoint' as const, checks: unread.checks.map(item => (item.id === 'auth' ? {...item, status: 'fail' as const} : item))};
	assert.ok(!renderText(refused, {color: false, width: 200}).includes(suggestion), 'wrong_endpoint where the key was not taken (a web page, a redirect)');
});

test('renderText: a result that starts with its own dash reads after one separator in both languages', () => {
	const row = () => {
		const summary = checkMessages.http.status(checkMessages.auth.what, 503, 'Server Overloaded');
		const report = {...okReport, checks: [check('auth', checkMessages.auth.title, 'error', summary)]};
		return renderText(report, {color: false, width: 200}).split('\n')[2];
	};
	assert.equal(row(), '! Authentication: HTTP 503 when listing models: "Server Overloaded".');
	setLanguage('zh-CN');
	try {
		assert.equal(row(), '! 身份验证：HTTP 503，列出模型失败：“Server Overloaded”。');
	} finally {
		setLanguage('en');
	}
});

test('renderText: insufficient balance, every status symbol, numbered fixes with URLs on their own lines', () => {
	const text = renderText(brokeReport, {color: false, width: 100});
	assert.match(text, /^✔ API key present: /m);
	assert.match(text, /^✖ Balance: 0\.00 CNY \(granted 0\.00, topped up 0\.00\)$/m);
	assert.match(text, /^! DeepSeek service status: The status page did not answer within 5 s$/m);
	assert.match(text, /^⚠ Key format: /m);
	assert.ok(
		text.endsWith(
			[
				'Your DeepSeek balance is 0.00 CNY: calls are refused with 402.',
				'',
				'What to do:',
				' 1. Top up your balance',
				'    https://platform.deepseek.com/top_up',
				' 2. If you just paid, check that the payment went through',
				'    https://platform.deepseek.com/transactions',
				' 3. Stop retrying on 402 in your code',
				'',
			].join('\n'),
		),
		text,
	);
});

test('renderText: a verdict that is word for word a row (the diagnosis says it quotes that row whole) says the verdict and names the row, not the sentence again; the JSON keeps it', () => {
	for (const language of ['en', 'zh-CN'] as const) {
		setLanguage(language);
		try {
			const said = checkMessages.keyPresent.missingButInApp({app: 'claude_code', variable: 'ANTHROPIC_AUTH_TOKEN', masked: 'sk-…cdef', file: '~/.claude/settings.json'});
			const report: CheckReport = {
				...okReport,
				verdict: 'no_key',
				summary: said,
				checks: [check('key_present', checkMessages.keyPresent.title, 'fail', said), check('auth', 'Authentication', 'skip', 'Skipped')],
				balance: null,
				fixes: [{id: 'set_key_from', title: 'Set DEEPSEEK_API_KEY to it', url: null}],
				quotes: {as: 'whole', row: 'key_present'},
			};
			for (const width of [40, 80]) {
				const text = renderText(report, {color: false, width});
				const flat = text.replace(/\s+/g, '');
				assert.equal(flat.split(said.replace(/\s+/g, '')).length - 1, 1, `the sentence once, on its row (${language}, ${width}):\n${text}`);
				const verdict = language === 'en' ? 'No API key: see the API key row above.' : '没有 API key，详见上面“API key”一行。';
				assert.ok(flat.includes(verdict.replace(/\s+/g, '')), `the verdict line names the verdict and the row (${language}, ${width}):\n${text}`);
			}
			assert.equal(JSON.parse(renderJson(report)).summary, said, 'the JSON summary is the sentence');
			const {quotes: _none, ...quotesNoRow} = {...report, summary: 'Something else.'};
			const other = renderText(quotesNoRow, {color: false});
			assert.match(other, /^Something else\.$/m, 'a verdict that quotes no row is shown as it is');
		} finally {
			setLanguage('en');
		}
	}
});

test('renderText: a row whose result is word for word the row above says "Same as above." under its own title and mark; the JSON keeps every summary whole', () => {
	for (const language of ['en', 'zh-CN'] as const) {
		setLanguage(language);
		try {
			const slow = 'Connected, but no answer within 2.0 s: the service answers slowly; allow more time with --timeout.';
			const short = 'Skipped, as there is no key.';
			const rows = [
				check('endpoint', 'Where calls go', 'error', slow),
				check('auth', 'Authentication', 'error', slow),
				check('balance', 'Balance', 'warn', slow),
				check('service_status', 'DeepSeek status', 'skip', short),
				check('probe', 'Test call', 'skip', short),
			];
			const report: CheckReport = {...okReport, verdict: 'network_error', summary: 'The API was reached but answers slowly.', checks: rows};
			const text = renderText(report, {color: false, width: 80});
			const same = language === 'en' ? 'Same as above.' : '同上。';
			const separator = language === 'en' ? ': ' : '：';
			assert.equal(text.replace(/\s+/g, '').split(slow.replace(/\s+/g, '')).length - 1, 1, `the long sentence once (${language}):\n${text}`);
			assert.match(text, new RegExp(`^! Authentication${separator}${same}$`, 'm'), `the second row says so, its own title and mark (${language}):\n${text}`);
			assert.match(text, new RegExp(`^⚠ Balance${separator}${same}$`, 'm'), `a third repeat too, with its own mark (${language}):\n${text}`);
			// A short repeat says more than the brief words and costs no row.
			assert.match(text, new RegExp(`^○ Test call${separator}${short}$`, 'm'), `a short repeat stays (${language}):\n${text}`);
			const json = JSON.parse(renderJson(report)) as {checks: Array<{summary: string}>};
			assert.deepEqual(
				json.checks.map(row => row.summary),
				rows.map(row => row.summary),
				'check --json keeps every summary whole',
			);
			// The support report keeps each row whole too: its reader quotes rows one by one.
			assert.equal(renderMarkdown(report, meta).split(slow).length - 1, 3, 'the Markdown report keeps every row whole');
		} finally {
			setLanguage('en');
		}
	}
});

test('renderText: nothing blocks the calls and the summary is every warning row again (the diagnosis says so): the verdict line names the rows; the JSON keeps the sentences', () => {
	for (const language of ['en', 'zh-CN'] as const) {
		setLanguage(language);
		try {
			const proxy = 'Proxy http://127.0.0.1:3128 reachable in 9 ms. But going direct, api.deepseek.com cannot be reached (ENOTFOUND).';
			const low = '0.35 CNY (granted 0.00, topped up 0.35): below 1.00 CNY.';
			const warned = [check('network', 'Network', 'warn', proxy), check('balance', 'Balance', 'warn', low)];
			const summary = diagnoseMessages.okWithWarnings({warnings: warned.map(row => diagnoseMessages.warning({title: row.title, summary: row.summary}))});
			const report: CheckReport = {...okReport, summary, checks: [check('key_present', 'API key', 'pass', 'Found in DEEPSEEK_API_KEY.'), ...warned], quotes: {as: 'warnings', rows: ['network', 'balance']}};
			const text = renderText(report, {color: false, width: 80});
			const flat = text.replace(/\s+/g, '');
			for (const said of [proxy, low]) assert.equal(flat.split(said.replace(/\s+/g, '')).length - 1, 1, `once, on its row (${language}):\n${text}`);
			const verdict = language === 'en' ? 'Nothing blocks your calls, but 2 rows above warn: Network and Balance.' : '目前没有会让调用失败的问题，但上面有 2 个警告：“Network”、“Balance”。';
			assert.ok(flat.includes(verdict.replace(/\s+/g, '')), `the verdict names the rows (${language}):\n${text}`);
			assert.equal(JSON.parse(renderJson(report)).summary, summary, 'the JSON summary keeps the sentences');
			// A verdict that quotes no row (another rule's) is shown as it is.
			const {quotes: _none, ...quotesNoRow} = {...report, summary: 'Something else.'};
			assert.match(renderText(quotesNoRow, {color: false}), /^Something else\.$/m);
		} finally {
			setLanguage('en');
		}
	}
});

test('renderText at 60 columns: nothing wider than 60 except an unbreakable URL, continuation lines indented', () => {
	const longUrl = 'https://platform.deepseek.com/a/very/long/path/that/cannot/be/broken/without/breaking/the/link';
	const longTitle = 'If the top-up still does not show after an hour, write to support with the trace id';
	const report: CheckReport = {...brokeReport, fixes: [...brokeReport.fixes, {id: 'long', title: longTitle, url: longUrl}]};
	const text = renderText(report, {color: false, width: 60});
	const lines = text.split('\n');
	for (const line of lines) {
		assert.ok(displayWidth(line) <= 60 || line.trim() === longUrl, `too wide: ${JSON.stringify(line)}`);
	}
	assert.ok(lines.includes(`    ${longUrl}`), 'the URL is whole');
	const wrapped = lines.findIndex(line => line.startsWith('⚠ Key format'));
	assert.ok(lines[wrapped + 1]?.startsWith('  ') && lines[wrapped + 1]?.trim() !== '', 'a wrapped check continues indented');
	const fourth = lines.indexOf(' 4. If the top-up still does not show after an hour, write');
	assert.ok(fourth > 0, text);
	assert.equal(lines[fourth + 1], '    to support with the trace id', 'fix titles wrap under their text');
	assert.equal(lines[fourth + 2], `    ${longUrl}`);
});

test('check\'s and balance\'s text at 40 columns in both languages: a base URL wider than the row is broken after its "/" (no row past 40), the masked key and the fix\'s link whole', () => {
	const base = 'https://gateway.ai.cloudflare.com/v1/5f0e4c2a9b7d41e3a8c6d2b0f1e9a7c3/my-gateway/deepseek';
	const link = 'https://dash.cloudflare.com/?to=/:account/ai/ai-gateway/general&filter=deepseek-gateway-settings';
	for (const language of ['en', 'zh-CN'] as const) {
		setLanguage(language);
		try {
			const report: CheckReport = {
				...brokeReport,
				baseUrl: base,
				provider: {id: 'cloudflare-ai-gateway', name: 'Cloudflare AI Gateway', detectedBy: 'host', consoleUrl: null},
				checks: [
					check('key_present', checkMessages.keyPresent.title, 'pass', 'Found in DEEPSEEK_API_KEY (sk-…cdef)'),
					check('endpoint', 'Where calls go', 'warn', `${base} passes your key (sk-…cdef) on to DeepSeek.`),
				],
				fixes: [{id: 'long', title: 'Open the gateway settings', url: link}],
			};
			for (const text of [renderText(report, {color: false, width: 40}), renderBalanceText(report, {color: false, width: 40})]) {
				const lines = text.split('\n');
				for (const line of lines) assert.ok(displayWidth(line) <= 40 || line.trim() === link, `too wide (${language}): ${JSON.stringify(line)}\n${text}`);
				assert.ok(!text.includes('sk-…\n') && !/sk-\n/u.test(text), `the mask whole (${language}):\n${text}`);
			}
			const lines = renderText(report, {color: false, width: 40}).split('\n');
			assert.deepEqual(lines.slice(0, 4), ['deepseek-fix 0.1.0 ·', 'https://gateway.ai.cloudflare.com/v1/', '5f0e4c2a9b7d41e3a8c6d2b0f1e9a7c3/', language === 'en' ? 'my-gateway/deepseek (Cloudflare AI' : 'my-gateway/deepseek（Cloudflare AI'], lines.join('\n'));
			assert.ok(lines.some(line => line.trim() === link), 'the fix\'s link whole on its row');
			assert.ok(lines.some(line => line.includes('(sk-…cdef)')));
		} finally {
			setLanguage('en');
		}
	}
});

test('a terminal that reports 0 columns gets the 80-column text, not a 20-column one', () => {
	assert.equal(renderText(brokeReport, {color: false, width: 0}), renderText(brokeReport, {color: false, width: 80}));
	assert.equal(renderText(brokeReport, {color: false, width: 0}), renderText(brokeReport, {color: false}));
	assert.notEqual(renderText(brokeReport, {color: false, width: 20}), renderText(brokeReport, {color: false, width: 80}));
});

test('colour only when asked: NO_COLOR output has no escape sequences, coloured output has the same text', () => {
	const plain = renderText(brokeReport, {color: false, width: 60});
	const coloured = renderText(brokeReport, {color: true, width: 60});
	assert.ok(!plain.includes(esc));
	assert.ok(!renderBalanceText(brokeReport, {color: false}).includes(esc));
	assert.ok(coloured.includes(`${esc}[31m✖${esc}[39m`), 'fail is red');
	assert.ok(coloured.includes(`${esc}[32m✔${esc}[39m`), 'pass is green');
	assert.ok(coloured.includes(`${esc}[1m${esc}[31mYour`), 'the verdict is bold red');
	assert.equal(coloured.replace(/\u001B\[\d+m/g, ''), plain, 'wrapping ignores colour codes');
});

test('renderBalanceText: DeepSeek currencies with granted and topped-up credit', () => {
	const twoCurrencies: CheckReport = {
		...okReport,
		balance: {
			isAvailable: true,
			balances: [
				{currency: 'CNY', total: '110.00', granted: '10.00', toppedUp: '100.00'},
				{currency: 'USD', total: '1.50', granted: '0.00', toppedUp: '1.50'},
			],
		},
	};
	assert.equal(
		renderBalanceText(twoCurrencies, {color: false}),
		[
			'Balance at https://api.deepseek.com (DeepSeek)',
			'110.00 CNY',
			'  granted 10.00 (bonus credit: spent first, expires)',
			'  topped up 100.00 (does not expire)',
			'1.50 USD',
			'  granted 0.00 (bonus credit: spent first, expires)',
			'  topped up 1.50 (does not expire)',
			'',
		].join('\n'),
	);
	const broke = renderBalanceText(brokeReport, {color: false});
	assert.match(broke, /cannot make calls right now \(is_available: false\)/);
	assert.ok(broke.endsWith(['', 'What to do:', ' 1. Top up your balance', '    https://platform.deepseek.com/top_up', ' 2. If you just paid, check that the payment went through', '    https://platform.deepseek.com/transactions', ' 3. Stop retrying on 402 in your code', ''].join('\n')), `an empty balance comes with where to top up:\n${broke}`);
	assert.ok(!renderBalanceText(okReport, {color: false}).includes('What to do'), 'a balance with credit has no fixes under it');
	assert.equal(renderBalanceText(okReport.balance, {color: false}).split('\n')[0], '110.00 CNY', 'a bare balance has no heading');
});

test('renderBalanceText under balance --below\'s threshold: where to top up, also where the balance can still pay; a relay\'s page only where it is known', () => {
	const link = ['', 'What to do:', ' 1. Top up your balance (pay-as-you-go; card, PayPal, Alipay, WeChat Pay)', '    https://platform.deepseek.com/top_up', ''].join('\n');
	const under = renderBalanceText(okReport, {color: false, underThreshold: true});
	assert.ok(under.endsWith(link), `DeepSeek's own account, able to pay yet under the threshold:\n${under}`);
	assert.ok(!renderBalanceText(okReport, {color: false}).includes('What to do'), 'not under a threshold: no link');
	assert.equal((renderBalanceText(brokeReport, {color: false, underThreshold: true}).match(/top_up/g) ?? []).length, 1, 'an empty balance: its fixes, the link once');
	// A relay that can still pay: its own top-up page where the provider table knows one, else no link (whoever runs it is asked).
	const relayLeft: CheckReport = {...relayReport, verdict: 'ok', checks: [relayReport.checks[0]!, check('balance', 'Balance', 'pass', 'OpenRouter: 3.00 USD left')], balance: {...relayReport.balance!, isAvailable: true, balances: [{currency: 'USD', total: '3.00', granted: null, toppedUp: '25.00'}]}, fixes: []};
	assert.match(renderBalanceText(relayLeft, {color: false, underThreshold: true}), /What to do:\n 1\. Top up on OpenRouter \(not on DeepSeek\)\n {4}https:\/\/openrouter\.ai\/settings\/credits\n$/);
	assert.equal(topUpFix(relayLeft)?.url, 'https://openrouter.ai/settings/credits');
	const selfHosted: CheckReport = {...relayLeft, baseUrl: 'http://127.0.0.1:3000/v1', balance: {...relayLeft.balance!, provider: 'one-api'}, provider: {id: 'one-api', name: 'one-api', detectedBy: 'fingerprint', consoleUrl: null}};
	assert.equal(topUpFix(selfHosted), undefined);
	assert.ok(!renderBalanceText(selfHosted, {color: false, underThreshold: true}).includes('What to do'), 'a relay whose top-up page is not known: no link');
	// A gateway that passes the key on reads DeepSeek's own balance: DeepSeek's page.
	assert.equal(topUpFix({...okReport, provider: {id: 'cloudflare-ai-gateway', name: 'Cloudflare AI Gateway', detectedBy: 'host', consoleUrl: null}})?.url, 'https://platform.deepseek.com/top_up');
});

test('renderBalanceText: a relay balance with its unit, note and source; quota units; unreadable balances', () => {
	const text = renderBalanceText(relayReport, {color: false});
	assert.equal(
		text,
		[
			"Balance at OpenRouter (the relay's own balance, not DeepSeek's)",
			'0.00 USD left',
			'  topped up 25.00 USD',
			'Credits of the whole OpenRouter account.',
			'Read from /api/v1/credits.',
			'',
			'What to do:',
			' 1. Top up your OpenRouter credits',
			'    https://openrouter.ai/settings/credits',
			'',
		].join('\n'),
		'a relay used up: its own top-up link',
	);
	const gateway = {isAvailable: true, balances: [{currency: 'quota', total: '5000', granted: null, toppedUp: null}], provider: 'one-api' as const, unit: 'quota', unlimited: false, source: '/api/user/self'};
	assert.match(renderBalanceText(gateway, {color: false}), /^Balance at one-api .*\n5000 quota units left\nRead from \/api\/user\/self\.\n$/);
	const unlimited = {...gateway, balances: [], unlimited: true};
	assert.match(renderBalanceText(unlimited, {color: false}), /no spending limit of its own/);
	const unread: CheckReport = {
		...okReport,
		verdict: 'network_error',
		summary: 'The API could not be reached: api.deepseek.com did not answer within 5 s',
		balance: null,
		checks: [check('balance', 'Balance', 'error', 'api.deepseek.com did not answer within 5 s')],
		fixes: [{id: 'check_network', title: 'Check your connection', url: null}],
	};
	assert.equal(
		renderBalanceText(unread, {color: false}),
		'Balance at https://api.deepseek.com (DeepSeek)\nThe balance could not be read. The API could not be reached: api.deepseek.com\ndid not answer within 5 s\n\nWhat to do:\n 1. Check your connection\n',
	);
	assert.equal(renderBalanceText(null, {color: false}), 'The balance could not be read.\n');
	// A service nothing recognises is named by its host, already in the URL: no brackets saying it again (check's header has none either).
	const unknownHost: CheckReport = {...unread, baseUrl: 'http://127.0.0.1:3000/v1', provider: {id: 'unknown', name: '127.0.0.1:3000', detectedBy: 'host', consoleUrl: null}};
	assert.equal(renderBalanceText(unknownHost, {color: false}).split('\n')[0], 'Balance at http://127.0.0.1:3000/v1');
	assert.equal(renderText(unknownHost, {color: false}).split('\n')[0], 'deepseek-fix 0.1.0 · http://127.0.0.1:3000/v1');
	// A service that offers no reading for a key: its row's sentence says why there are no figures, not a failed read.
	const discontinued: CheckReport = {
		...okReport,
		baseUrl: 'https://api.siliconflow.cn/v1',
		verdict: 'wrong_endpoint',
		summary: 'Your calls go to SiliconFlow, not DeepSeek.',
		balance: null,
		checks: [{...check('balance', 'Balance', 'skip', 'SiliconFlow no longer offers a balance reading through its API: check the balance in the SiliconFlow console.'), details: {reading: null, outcome: 'discontinued'}}],
		fixes: [],
	};
	const said = renderBalanceText(discontinued, {color: false, width: 200});
	assert.match(said, /\nSiliconFlow no longer offers a balance reading through its API: check the balance in the SiliconFlow console\. Your calls go to SiliconFlow, not DeepSeek\.\n/, said);
	assert.doesNotMatch(said, /could not be read/, said);
});

test('renderMarkdown: verdict, setup, checks table, balance, trace ids, path, fixes, no-key line', () => {
	const markdown = renderMarkdown(brokeReport, {...meta, path: ['start=402', 'balance']});
	assert.ok(markdown.startsWith('# deepseek-fix support report\n'));
	assert.ok(markdown.includes('**Verdict:** Insufficient balance (`insufficient_balance`): `Your DeepSeek balance is 0.00 CNY: calls are refused with 402.`'));
	assert.ok(markdown.includes('| Base URL | `https://api.deepseek.com` |'));
	assert.ok(markdown.includes('| Service behind the base URL | `DeepSeek (detected by host)` |'));
	assert.ok(markdown.includes('| deepseek-fix version | `0.1.0` |'));
	assert.ok(markdown.includes('| Node.js version | `22.23.3` |'));
	assert.ok(markdown.includes('| Operating system | `Linux 6.1 (x64)` |'));
	assert.ok(markdown.includes('| Balance (`balance`) | fail | `0.00 CNY (granted 0.00, topped up 0.00)` | 12 ms |'));
	assert.ok(markdown.includes('| DeepSeek service status (`service_status`) | could not run |'));
	assert.ok(markdown.includes('| `CNY` | `0.00` | `0.00` | `0.00` |'));
	assert.ok(markdown.includes('DeepSeek reports the account cannot make calls (is_available: false).'));
	assert.ok(markdown.includes('- `4f1c2a9e-77aa-4b8e-9d1e-000000000001`'));
	assert.ok(markdown.includes('`start=402` → `balance`'));
	assert.ok(markdown.includes('1. `Top up your balance`: <https://platform.deepseek.com/top_up>'));
	assert.ok(markdown.includes('3. `Stop retrying on 402 in your code`\n'));
	assert.ok(markdown.includes('The API key is not included in this report'));
	assert.ok(!markdown.includes(esc));

	const relay = renderMarkdown(relayReport, {...meta, traceIds: []});
	assert.ok(relay.includes("This is the balance of `OpenRouter`, the relay in use, not DeepSeek's own balance."));
	assert.ok(relay.includes('| `USD` | `0.00` | `—` | `25.00` |'));
	assert.ok(relay.includes('`Credits of the whole OpenRouter account.`'));
	assert.ok(relay.includes('Read from `/api/v1/credits`.'));
	assert.ok(relay.includes('No trace ids were recorded.'));
	assert.ok(!relay.includes('Steps taken in the wizard'), 'no path section without a path');
});

test('Markdown cells cannot break the table or smuggle HTML; odd trace ids are dropped', () => {
	const report: CheckReport = {...brokeReport, checks: [check('auth', 'Key | accepted', 'fail', 'server said <script>alert(1)</script>\nand | more')]};
	const markdown = renderMarkdown(report, {...meta, traceIds: ['ok-id_1', 'bad id with spaces', '`injected`', 'ok-id_1']});
	assert.ok(markdown.includes('| Key \\| accepted (`auth`) | fail | `server said <script>alert(1)</script> and \\| more` | 12 ms |'));
	assert.equal(markdown.match(/- `ok-id_1`/g)?.length, 1);
	assert.ok(!markdown.includes('bad id'));
	assert.ok(!markdown.includes('injected'));
});

test('a key placed anywhere in the report is masked by every renderer (with and without the key passed in)', () => {
	const otherKey = 'custom-relay-token-ZYXWVUTSRQ';
	const leaky: CheckReport = {
		...relayReport,
		summary: `Key ${key} failed`,
		checks: [check('auth', `Title ${key}`, 'fail', `Summary ${key} / ${otherKey}`, {echoed: key, nested: {list: [key, encodeURIComponent(otherKey)]}})],
		balance: {...relayReport.balance!, note: `note ${key} ${otherKey}`},
		fixes: [{id: 'x', title: `Fix ${key} ${otherKey}`, url: `https://example.com/?k=${key}`}],
	};
	const outputs = {
		json: renderJson(leaky, {key: otherKey}),
		text: renderText(leaky, {color: true, width: 60, key: otherKey}),
		balance: renderBalanceText(leaky, {color: false, key: otherKey}),
		markdown: renderMarkdown(leaky, {...meta, traceIds: [key]}, {key: otherKey}),
	};
	for (const [name, output] of Object.entries(outputs)) {
		assert.ok(!output.includes(key), `${name} shows the DeepSeek-shaped key`);
		assert.ok(!output.includes(key.slice(3, 20)), `${name} shows part of the key`);
		assert.ok(!output.includes(otherKey), `${name} shows the key passed in`);
		assert.ok(output.includes('sk-…cdef'), `${name} shows the masked form`);
	}
	assert.ok(outputs.json.includes('…TSRQ'));
	const withoutKeyOption = [renderJson(leaky), renderText(leaky, {color: false}), renderBalanceText(leaky, {color: false}), renderMarkdown(leaky, meta)];
	for (const output of withoutKeyOption) assert.ok(!output.includes(key), 'key-shaped strings are masked even when the key is not passed');
});

test('escape sequences from the network are removed by every renderer', () => {
	const hostile: CheckReport = {
		...relayReport,
		checks: [check('endpoint', 'Where calls go', 'warn', `relay said ${esc}]0;owned${esc}\\ ${esc}[2Jcleared`, {raw: `${esc}[31mred`})],
		balance: {...relayReport.balance!, note: `note ${esc}[5mblink`},
		fixes: [{id: 'x', title: `${esc}]8;;https://evil.example${esc}\\click${esc}]8;;${esc}\\`, url: null}],
	};
	const outputs = [
		renderJson(hostile),
		renderText(hostile, {color: false}),
		renderBalanceText(hostile, {color: false}),
		renderMarkdown(hostile, meta),
	];
	for (const output of outputs) {
		assert.ok(!output.includes(esc), output);
	}
	assert.match(renderText(hostile, {color: false}), /relay said cleared/);
});

test('displayWidth counts wide characters twice; wrapPlain keeps words whole', () => {
	assert.equal(displayWidth('abc'), 3);
	assert.equal(displayWidth('余额不足'), 8);
	assert.equal(displayWidth('✔ ok'), 4);
	assert.deepEqual(wrapPlain('one two three four', {width: 9, indent: '', hangingIndent: '  '}), ['one two', '  three', '  four']);
	assert.deepEqual(wrapPlain('余额不足 余额不足', {width: 10}), ['余额不足', '余额不足']);
	assert.deepEqual(wrapPlain('', {width: 10, indent: '> '}), ['> ']);
});

test('markdownCode: a fence longer than any run of backticks inside, padding where the text starts or ends with one', () => {
	assert.equal(markdownCode('plain'), '`plain`');
	assert.equal(markdownCode('a `b` c'), '``a `b` c``');
	assert.equal(markdownCode('``` x `'), '```` ``` x ` ````');
	assert.equal(markdownCode('`x`'), '`` `x` ``');
	assert.equal(markdownCode(''), '');
	const md = new MarkdownIt();
	for (const text of ['a `b` c', '``` x `', '`x`', '[a](javascript:x)', 'x | y']) {
		assert.equal(md.renderInline(markdownCode(text)), `<code>${md.utils.escapeHtml(text)}</code>`, text);
	}
});

/** Every live link, image and raw HTML tag that a renderer makes of `markdown` (markdown-it with HTML and linkify on). */
function liveParts(markdown: string): {links: string[]; images: number; html: boolean} {
	const html = new MarkdownIt({html: true, linkify: true}).render(markdown);
	return {
		links: [...html.matchAll(/<a href="([^"]*)"/g)].map(match => match[1] ?? ''),
		images: [...html.matchAll(/<img/g)].length,
		html: /<(?:script|iframe|style)/i.test(html),
	};
}

test('links and images from servers never render live in the report; only our own fix pages are links', () => {
	const hostile = '[click here](javascript:alert(1)) ![pixel](https://tracker.example/p.gif) <https://tracker.example/a> https://tracker.example/b www.tracker.example <script>x</script> `tick` | pipe \\| *em*';
	const report: CheckReport = {
		...relayReport,
		baseUrl: `https://relay.example/v1?${hostile}`,
		summary: `Relay says: ${hostile}`,
		checks: [check('auth', 'Authentication', 'fail', `401: ${hostile}`), check('balance', 'Balance', 'fail', `\`\`${hostile}`)],
		balance: {...relayReport.balance!, note: hostile, source: hostile, balances: [{currency: hostile, total: '0.00', granted: null, toppedUp: null}]},
		provider: {id: 'one-api', name: `Gateway ${hostile}`, detectedBy: 'fingerprint', consoleUrl: 'https://tracker.example/topup'},
		fixes: [
			{id: 'top_up_relay', title: `Top up on ${hostile}`, url: 'https://tracker.example/topup'},
			{id: 'contact_support', title: `Write to support with trace id ${hostile}`, url: 'mailto:api-service@deepseek.com'},
			{id: 'top_up', title: 'Top up your balance', url: 'https://platform.deepseek.com/top_up'},
		],
	};
	const markdown = renderMarkdown(report, {...meta, traceIds: [hostile, 'ok-id'], path: [hostile]});
	const live = liveParts(markdown);
	// The two fixes that are ours; the trace ids are for the gateway (named as text), not DeepSeek's support.
	assert.deepEqual(live.links, ['mailto:api-service@deepseek.com', 'https://platform.deepseek.com/top_up']);
	assert.equal(live.images, 0);
	assert.equal(live.html, false);
	assert.ok(markdown.includes('`https://tracker.example/topup`'), 'a server-given page is shown as text');
	// Shown exactly, whole, inside its table cell (the pipes did not split the row).
	const html = new MarkdownIt().render(markdown);
	const escape = (text: string) => new MarkdownIt().utils.escapeHtml(text);
	assert.ok(html.includes(`<td><code>${escape(`401: ${hostile}`)}</code></td>`), html);
	assert.ok(html.includes(`<td><code>${escape(`\`\`${hostile}`)}</code></td>`), html);
	assert.ok(html.includes(`<td><code>${escape(hostile)}</code></td>`), 'the currency cell');
	// Our own report, rendered: the fixes we name are links.
	const ours = liveParts(renderMarkdown(brokeReport, meta));
	assert.deepEqual(ours.links, ['mailto:api-service@deepseek.com', 'https://platform.deepseek.com/top_up', 'https://platform.deepseek.com/transactions']);
});

test('the report gives its trace ids to DeepSeek\'s support only where the calls reach DeepSeek; elsewhere to whoever runs the service they go to, or a named service\'s support', () => {
	const deepSeekIds = renderMarkdown(brokeReport, meta);
	assert.ok(deepSeekIds.includes('Give these to DeepSeek support (api-service@deepseek.com)'), deepSeekIds);
	const unknownHost = {id: 'unknown', name: 'relay.example.net:8080', detectedBy: 'fingerprint', consoleUrl: null} as const;
	const elsewhere: CheckReport = {
		...brokeReport,
		baseUrl: 'https://relay.example.net:8080/v1',
		checks: [check('endpoint', 'Where calls go', 'warn', 'Cannot tell which service relay.example.net:8080 is.', {provider: unknownHost, reachesDeepSeek: 'unknown'})],
		provider: unknownHost,
	};
	for (const language of ['en', 'zh-CN'] as const) {
		setLanguage(language);
		try {
			const markdown = renderMarkdown(elsewhere, meta);
			assert.ok(!markdown.includes('api-service@deepseek.com'), `${language}: ${markdown}`);
			assert.ok(markdown.includes('`relay.example.net:8080`'), `${language}: the service named`);
			assert.ok(markdown.includes('- `4f1c2a9e-77aa-4b8e-9d1e-000000000001`'), `${language}: the ids still listed`);
			// Whoever runs it, as the fixes say it (管理员, not 运营方), in a sentence without a comma splice.
			assert.ok(markdown.includes(language === 'en' ? 'if you ask whoever runs it, give them these: they identify the requests there.' : '向它的管理员询问时，请提供这些 trace id：凭它们能在那里找到具体的请求。'), `${language}: ${markdown}`);
			// A host nothing recognises is not said to be detected.
			assert.ok(markdown.includes(language === 'en' ? '| `relay.example.net:8080 (not recognised)` |' : '| `relay.example.net:8080（无法判断是哪个服务）` |'), `${language}: ${markdown}`);
			// A named cloud or reseller is asked through its support, not an administrator of its own.
			const ark = {id: 'volcengine-ark', name: 'Volcengine Ark', detectedBy: 'host', consoleUrl: 'https://console.volcengine.com/ark'} as const;
			const atArk = renderMarkdown({...elsewhere, baseUrl: 'https://ark.cn-beijing.volces.com/api/v3', checks: [check('endpoint', 'Where calls go', 'warn', 'Calls go to Volcengine Ark.', {provider: ark, reachesDeepSeek: false})], provider: ark}, meta);
			assert.ok(atArk.includes(language === 'en' ? 'if you ask its support, give them these' : '向它的客服询问时，请提供这些 trace id'), `${language}: ${atArk}`);
			assert.ok(!/whoever runs it|管理员/.test(atArk), `${language}: ${atArk}`);
		} finally {
			setLanguage('en');
		}
	}
});

test('each service\'s API keys page (its own and a host\'s) is one of our pages: a link in the report', () => {
	const pages = providerTable.flatMap(row => [row.keysUrl, ...row.hosts.map(host => host.keysUrl)]).filter(url => url !== undefined);
	assert.ok(pages.includes('https://cloud.siliconflow.com/account/ak'), 'a host\'s own page is among them');
	for (const url of pages) assert.ok(isOwnFixUrl(url), url);
	const markdown = renderMarkdown({...relayReport, fixes: [{id: 'check_key_in_tool', title: 'Use a key made in ModelScope', url: 'https://modelscope.cn/my/myaccesstoken'}]}, meta);
	assert.deepEqual(liveParts(markdown).links.filter(link => link.includes('modelscope')), ['https://modelscope.cn/my/myaccesstoken']);
});

test('every amount is written one way, the figure then its currency, in each language: the balance headline as the summaries', () => {
	for (const language of ['en', 'zh-CN'] as const) {
		setLanguage(language);
		try {
			assert.equal(balanceTextMessages.total({currency: 'CNY', total: '47.44'}), '47.44 CNY', language);
			assert.equal(amountText('47.44', 'CNY'), '47.44 CNY');
			assert.equal(amountText('5', ''), '5', 'no currency: the figure alone');
		} finally {
			setLanguage('en');
		}
	}
});
