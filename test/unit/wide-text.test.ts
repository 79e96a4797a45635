// Laying out Chinese in a fixed width: wrapping between characters (never before closing
// or after opening punctuation), padding and cutting by columns, not by string length.
import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {renderSettingsText} from '../../source/commands/config.js';
import {setLanguage, tablesOf} from '../../source/messages/language.js';
import {defaultSettings} from '../../source/settings/index.js';
import {oneLine} from '../../source/text/safe.js';
import {setShell, shellWord} from '../../source/text/shell.js';
import {cutToColumns, displayWidth, padEndColumns} from '../../source/text/width.js';
import {wrapPlain, wrapSpans} from '../../source/text/wrap.js';
import {breadcrumbLine} from '../../source/ui/breadcrumb.js';
import {wrappedHeight} from '../../source/ui/layout.js';
import {chineseSentences} from '../helpers/chinese-sentences.js';

afterEach(() => {
	setLanguage('en');
	setShell('sh');
});

const paragraph =
	'用手机号登录和用 Google 或邮箱登录，可能得到两个不同的账号。给一个账号充值，付不了另一个账号的 key 的费用。用你用过的每种方式分别登录，打开 API keys 页面：列出你这个 key 的账号（结尾 …cdef）才是该充值的账号。';

/** (`…` is left out: here it starts a key's last four, `…cdef`, after a space.) */
const closing = /^[，。、；：？！）》」』】〉’”]/;
const opening = /[（《「『【〈‘“]$/;

/** Every line within the width (but a word longer than a line), none starting with closing or ending with opening punctuation. */
function assertBreaksAllowed(lines: readonly string[], width: number) {
	for (const line of lines) {
		assert.ok(displayWidth(line) <= width || !line.trim().includes(' '), `${displayWidth(line)} > ${width}: ${line}`);
		assert.doesNotMatch(line.trimStart(), closing, lines.join('\n'));
		assert.doesNotMatch(line, opening, lines.join('\n'));
	}
}

for (const width of [40, 60]) {
	test(`Chinese wraps at ${width} columns between characters, within the width, never before closing or after opening punctuation`, () => {
		const lines = wrapPlain(paragraph, {width, indent: '  '});
		assert.ok(lines.length > 2, lines.join('\n'));
		assertBreaksAllowed(lines, width);
		// Nothing lost or added: the lines are the text, broken where a break is allowed.
		const rejoined = lines.map(line => line.slice(2)).reduce((text, line) => (/[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(line) ? `${text} ${line}` : text + line));
		assert.equal(rejoined.replace(/ /g, ''), paragraph.replace(/ /g, ''));
		// Latin words are never split.
		for (const word of ['Google', 'API', 'keys', '…cdef']) assert.ok(lines.some(line => line.includes(word)), `${word} split:\n${lines.join('\n')}`);
		assert.equal(wrappedHeight(paragraph, width, '  '), lines.length);
	});
}

test('English text wraps as before: at spaces only', () => {
	const text = 'Bonus (granted) credit is spent first and expires. When it is gone, calls fail with 402.';
	assert.deepEqual(wrapPlain(text, {width: 30}), ['Bonus (granted) credit is', 'spent first and expires. When', 'it is gone, calls fail with', '402.']);
	assert.deepEqual(wrapPlain('https://platform.deepseek.com/transactions', {width: 20}), ['https://platform.deepseek.com/transactions'], 'a URL is not broken');
});

test('styled Chinese: escapes do not count, and one style is one run of escapes per line', () => {
	const lines = wrapSpans([{text: '余额不足以支付调用，请充值。', styles: ['red']}], {width: 16, color: true});
	assert.deepEqual(lines, ['\u001B[31m余额不足以支付\u001B[39m', '\u001B[31m调用，请充值。\u001B[39m']);
	assert.deepEqual(wrapSpans([{text: '✔'}, {text: '余额', styles: ['bold']}, {text: '—'}, {text: '0.00 CNY'}], {width: 40, color: false}), ['✔ 余额 — 0.00 CNY']);
});

test('a joined span follows the one before with no space, unless that one ends with a space; its closing punctuation never starts a line', () => {
	const spans = (separator: string) => [{text: '!'}, {text: 'DeepSeek 服务状态', styles: ['bold' as const]}, {text: separator, joined: true}, {text: '全面中断。', joined: true}];
	assert.deepEqual(wrapSpans(spans('：'), {width: 40, color: false}), ['! DeepSeek 服务状态：全面中断。']);
	assert.deepEqual(wrapSpans(spans(' — '), {width: 40, color: false}), ['! DeepSeek 服务状态 — 全面中断。']);
	// At 20 columns the "：" would fall on column 21: the word before it goes down with it.
	assert.deepEqual(wrapSpans(spans('：'), {width: 20, color: false, hangingIndent: '  '}), ['! DeepSeek 服务', '  状态：全面中断。']);
});

test('columns, not string length: padding, cutting and one-line summaries', () => {
	assert.equal(padEndColumns('语言', 8), '语言    ');
	assert.equal(displayWidth(padEndColumns('测试调用的模型', 16)), 16);
	assert.equal(cutToColumns('余额不足以支付调用', 9), '余额不足…');
	assert.equal(displayWidth(cutToColumns('余额不足以支付调用', 9)), 9);
	assert.equal(cutToColumns('short', 9), 'short');
	assert.equal(oneLine('a\n\nb  c', 10), 'a b c');
	assert.equal(oneLine('服务'.repeat(60), 100).length, 50, 'a wide summary is cut at its columns');
	assert.equal(oneLine(`${'x'.repeat(7)}😀😀😀`, 10), `${'x'.repeat(7)}😀…`, 'a cut never splits a surrogate pair; an emoji takes two columns');
});

test('the Chinese breadcrumb keeps the start and the latest steps within 40 columns', () => {
	const crumbs = ['开始', '402', '调用去向', 'key', '检查 key', '检查余额', '有余额仍 402', '付款失败'];
	const line = breadcrumbLine(crumbs, 40);
	assert.ok(displayWidth(line) <= 40, line);
	assert.match(line, /^开始 › … › .*付款失败$/);
});

test('config\'s hint to forget everything fits 40 columns in both languages, its command whole on one row', () => {
	for (const [language, lead] of [['en', 'Forget everything with:'], ['zh-CN', '要清除所有设置：']] as const) {
		setLanguage(language);
		const text = renderSettingsText(defaultSettings(), {path: '/tmp/x/config.json', exists: true}, 40);
		assert.deepEqual(text.trimEnd().split('\n').slice(-2), [lead, 'deepseek-fix config --reset'], text);
	}
});

test('config lines up Chinese labels by columns', () => {
	setLanguage('zh-CN');
	const text = renderSettingsText({...defaultSettings(), probeModel: 'deepseek-chat', language: 'zh-CN'}, {path: '/tmp/x/config.json', exists: true}, 80);
	// Each setting's first row (a long value wraps under its column on rows of its own).
	const rows = text.split('\n').filter(row => /^ {2}\S/.test(row));
	assert.equal(rows.length, 8, text);
	const valueColumns = rows.map(row => displayWidth(/^ {2}\S+(?: \S+)*? {2,}/.exec(row)?.[0] ?? ''));
	assert.equal(new Set(valueColumns).size, 1, text);
	assert.match(text, /语言 +简体中文/);
});

// "（insufficient_balance，" is 24 columns and fits after config's 18-column hanging indent at 40 only without its
// bracket. An id is looked up as it is written: kept whole, its row pulled two columns left of the column (the rule
// that gives way), the bracket with it and the comma off a row's start; never "（insufficient_" above "balance，".
test('config in Chinese at 40 columns: a verdict id kept whole, its row pulled left of the value column, and no row ends with "（"', () => {
	setLanguage('zh-CN');
	const column = ' '.repeat(18);
	const pulled = ' '.repeat(16);
	// Found in English: the verdict's name and id; in Chinese: its summary too, after the time and "）：", which did the same.
	for (const [language, rest] of [
		['en', [`${column}2026-12-05 17:32 UTC）`]],
		['zh-CN', [`${column}2026-12-05 17:32`, `${column}UTC）：余额不足`]],
	] as const) {
		const lastDiagnosis = {verdict: 'insufficient_balance', summary: '余额不足', at: '2026-12-05T17:32:00Z', language, path: [], baseUrl: 'https://api.deepseek.com'} as const;
		const text = renderSettingsText({...defaultSettings(), lastDiagnosis: {...lastDiagnosis, path: []}}, {path: '/tmp/x/config.json', exists: true}, 40);
		const rows = text.split('\n');
		const first = rows.findIndex(row => row.startsWith('  上次的结论'));
		assert.deepEqual(rows.slice(first, first + 2 + rest.length), ['  上次的结论      余额不足', `${pulled}（insufficient_balance，`, ...rest], text);
	}
	assert.deepEqual(wrapPlain('余额不足（insufficient_balance，2026-12-05 17:32 UTC）', {width: 41, indent: column, hangingIndent: column}), [
		`${column}余额不足`,
		`${' '.repeat(17)}（insufficient_balance，`,
		`${column}2026-12-05 17:32 UTC）`,
	]);
	// Where the bracket fits after the indent with its word, it stays with it.
	assert.deepEqual(wrapPlain('余额不足（insufficient_balance，2026）', {width: 42, hangingIndent: column}), ['余额不足（insufficient_balance，2026）']);
	// A short aside kept whole breaks at its space, its bracket with its first word; a word with no joint is pulled left
	// of the column (the rule that gives way), its bracket still with it.
	assert.deepEqual(wrapPlain('请重新复制完整的 key（sk-… 中间没有空格）。', {width: 40, indent: column, hangingIndent: column}).map(row => row.trimStart()), ['请重新复制完整的 key', '（sk-…', '中间没有空格）。']);
	assert.deepEqual(wrapPlain('连接失败（ECONNREFUSEDXXXXXXX），', {width: 40, indent: column, hangingIndent: column}), [`${column}连接失败`, `${' '.repeat(15)}（ECONNREFUSEDXXXXXXX），`]);
});

test('a glossary term, a two-word aside in brackets, an amount with its currency and an HTTP status are never split over two lines', () => {
	// Each text is cut by the width right inside the words kept together.
	assert.deepEqual(wrapPlain('how often --wait looks at the free balance endpoint (default 5s)', {width: 56}), [
		'how often --wait looks at the free balance endpoint',
		'(default 5s)',
	]);
	assert.deepEqual(wrapPlain('没有可等待的 DeepSeek 余额（没有 API key、API key 被拒绝）', {width: 38}), ['没有可等待的 DeepSeek 余额（没有', 'API key、API key 被拒绝）']);
	assert.deepEqual(wrapPlain('每隔多久查询一次（默认 5s）', {width: 26}), ['每隔多久查询一次', '（默认 5s）']);
	assert.deepEqual(wrapPlain('the balance is 0.00 CNY now', {width: 19}), ['the balance is', '0.00 CNY now']);
	assert.deepEqual(wrapPlain('check the base URL here', {width: 14}), ['check the', 'base URL here']);
	assert.deepEqual(wrapPlain('✔ Network — 127.0.0.1 reachable in 20 ms.', {width: 38}), ['✔ Network — 127.0.0.1 reachable in', '20 ms.']);
	assert.deepEqual(wrapPlain('4. Get warned next time: run `deepseek-fix balance --below 5` from cron', {width: 60}), [
		'4. Get warned next time: run',
		'`deepseek-fix balance --below 5` from cron',
	]);
	assert.deepEqual(wrapPlain('2 readings; first 0.00 CNY at 2026-12-02 06:59 UTC; last', {width: 45}), ['2 readings; first 0.00 CNY at', '2026-12-02 06:59 UTC; last']);
	// The wizard's too-small notice at 37 columns: "40" at a row's end and "× 12" on the next.
	assert.deepEqual(wrapPlain('This window is too small for the wizard (37 × 11). Make it at least 40 × 12, or press q to quit.', {width: 37}), [
		'This window is too small for the', 'wizard (37 × 11). Make it at least', '40 × 12, or press q to quit.',
	]);
	assert.deepEqual(wrapPlain('api.deepseek.com did not answer within 5 s', {width: 40}), ['api.deepseek.com did not answer within', '5 s']);
	// The redirect summary at 40 columns (wizard indent 2) left “（HTTP” at the end of a line and “301，转到” on the next.
	assert.deepEqual(wrapPlain('调用 base URL 得到的是重定向（HTTP 301，转到 http://x/api/v1/models），而不是响应。', {width: 38}), [
		'调用 base URL 得到的是重定向',
		'（HTTP 301，转到',
		'http://x/api/v1/models），而不是响应。',
	]);
	assert.deepEqual(wrapPlain('the service answered HTTP 402 with a page', {width: 25}), ['the service answered', 'HTTP 402 with a page']);
	assert.deepEqual(wrapPlain('拒绝了连接，而这里是 WSL 2：在它默认的', {width: 24}), ['拒绝了连接，而这里是', 'WSL 2：在它默认的']);
	// The charge-settling fix at 40 columns (wizard indent 4) ended a row on “管” and began the next with “理员”.
	assert.deepEqual(wrapPlain('请联系 127.0.0.1:18900 上这个服务的管理员', {width: 36}), ['请联系 127.0.0.1:18900 上这个服务的', '管理员']);
	assert.deepEqual(wrapPlain('已跳过，这里查询不到赠送余额和充值余额。', {width: 22}), ['已跳过，这里查询不到', '赠送余额和充值余额。']);
	assert.deepEqual(wrapPlain('请在中转站充值', {width: 10}), ['请在中转站', '充值']);
	// The WSL fix's command: "wsl" at a line's end and "--shutdown" on the next read as two things.
	assert.deepEqual(wrapPlain('add networkingMode=mirrored, then run wsl --shutdown', {width: 42}), ['add networkingMode=mirrored, then run', 'wsl --shutdown']);
	// The clock fix's command at 40 columns (fix indent 4): "sudo" at a line's end and the rest on the next, in both languages.
	assert.deepEqual(wrapPlain('Set the clock right: run sudo timedatectl set-ntp true to turn on time sync', {width: 36}), ['Set the clock right: run', 'sudo timedatectl set-ntp true to', 'turn on time sync']);
	assert.deepEqual(wrapPlain('把时钟调准：运行 sudo timedatectl set-ntp true 打开时间同步', {width: 36}), ['把时钟调准：运行', 'sudo timedatectl set-ntp true 打开', '时间同步']);
	assert.deepEqual(wrapPlain('in WSL, run sudo hwclock -s (or', {width: 22}), ['in WSL, run', 'sudo hwclock -s (or']);
	// The base-URL question's first option at 40 columns: "default)" alone on its row, and "默" cut from "认地址）".
	assert.deepEqual(wrapPlain("https://api.deepseek.com (DeepSeek's default)", {width: 36}), ['https://api.deepseek.com', "(DeepSeek's default)"]);
	assert.deepEqual(wrapPlain('https://api.deepseek.com（DeepSeek 默认地址）', {width: 36}), ['https://api.deepseek.com', '（DeepSeek 默认地址）']);
	// An agent app's name of two words: "Claude" at a line's end and "Code" on the next (the start screen at 40 columns, check at 80).
	assert.deepEqual(wrapPlain('API key：DEEPSEEK_API_KEY 里没有；Claude Code 的设置里有一个（sk-…3210）', {width: 38}), ['API key：DEEPSEEK_API_KEY 里没有；', 'Claude Code 的设置里有一个（sk-…3210）']);
	assert.deepEqual(wrapPlain('(sk-…3210), the key Claude Code sends: to check', {width: 30}), ['(sk-…3210), the key', 'Claude Code sends: to check']);
	// A long aside (a list of names) breaks inside rather than leave a word alone before it.
	assert.deepEqual(wrapPlain('✔ Authentication — Key accepted; 2 models (deepseek-v4-flash, deepseek-v4-pro).', {width: 40, hangingIndent: '  '}), [
		'✔ Authentication — Key accepted; 2',
		'  models (deepseek-v4-flash,',
		'  deepseek-v4-pro).',
	]);
	// Longer asides still break inside: only two words are held together.
	assert.deepEqual(wrapPlain('at most (default 10m; --timeout stays)', {width: 20}), ['at most (default', '10m; --timeout', 'stays)']);
});

test('a Chinese paragraph does not end on a line of one character: the line before gives its last character (real messages at 40 and 60 columns)', () => {
	assert.deepEqual(wrapPlain('向导无法在这个终端中启动：改为运行普通检查。', {width: 40}), ['向导无法在这个终端中启动：改为运行普通', '检查。']);
	assert.deepEqual(wrapPlain('没有 API key：设置 key 之前什么都检查不了。', {width: 40, hangingIndent: '  '}), ['没有 API key：设置 key 之前什么都检查', '  不了。']);
	assert.deepEqual(wrapPlain('没有找到 API key：请设置 DEEPSEEK_API_KEY，或在向导里粘贴一个。', {width: 60}), [
		'没有找到 API key：请设置 DEEPSEEK_API_KEY，或在向导里粘贴',
		'一个。',
	]);
	assert.deepEqual(wrapPlain('这个令牌背后的账号没有剩余额度了：请充值，或联系服务的管理员。', {width: 60}), ['这个令牌背后的账号没有剩余额度了：请充值，或联系服务的', '管理员。']);
	// What the line before gives is a whole piece: words kept together move together.
	assert.deepEqual(wrapPlain('没有设置 API key 了。', {width: 18}), ['没有设置', 'API key 了。']);
	// A line before with nothing to spare (one piece) or no room on the last line: as it was.
	assert.deepEqual(wrapPlain('deepseek-v4-flash 完。', {width: 20}), ['deepseek-v4-flash', '完。']);
	assert.deepEqual(wrapPlain('用 deepseek-v4-flash 完。', {width: 20}), ['用 deepseek-v4-flash', '完。'], 'the model name and 完。 would not fit on one line');
});

test('a paragraph does not end on a status or error code in brackets alone: the line before gives its last word', () => {
	// The wizard's 401 title at 40 columns: "(401)" alone on its row read as a line of its own.
	assert.deepEqual(wrapPlain('✖ DeepSeek does not accept this key (401)', {width: 40, hangingIndent: '  '}), ['✖ DeepSeek does not accept this', '  key (401)']);
	assert.deepEqual(wrapPlain('Going direct fails too (ECONNREFUSED).', {width: 24}), ['Going direct fails', 'too (ECONNREFUSED).']);
	assert.deepEqual(wrapPlain('代理出错：直连也连不上（ECONNREFUSED）', {width: 22}), ['代理出错：直连也', '连不上（ECONNREFUSED）']);
	// The check of a key where its app sends it: the command whole on one row, less indented where that makes it fit.
	assert.deepEqual(wrapPlain('把 DEEPSEEK_API_KEY 设为 Aider 的 ~/.aider.conf.yml 里 openai-api-key 的 key（sk-…cdef）并运行 deepseek-fix check --base-url https://openrouter.ai/api，或在向导里选择它', {width: 60, indent: '    '}), ['    把 DEEPSEEK_API_KEY 设为 Aider 的 ~/.aider.conf.yml 里', '    openai-api-key 的 key（sk-…cdef）并运行', '   deepseek-fix check --base-url https://openrouter.ai/api，', '    或在向导里选择它']);
	// The check of the key an app sends: the command's words stay together ("check" alone at the row's end read as done).
	assert.deepEqual(wrapPlain('Check the key Claude Code sends: deepseek-fix check --key-from claude-code', {width: 60}), ['Check the key Claude Code sends:', 'deepseek-fix check --key-from claude-code']);
	// A fix's title at 40 columns (the fix's indents): the command no longer ends a row on "--key-from" above "opencode";
	// 38 columns wide, it takes a row less indented, whole.
	for (const title of ['Check the key opencode sends: deepseek-fix check --key-from opencode', '检查 opencode 发送的 key：deepseek-fix check --key-from opencode']) {
		assert.deepEqual(wrapPlain(title, {width: 40, indent: '  → ', hangingIndent: '    ', breakLong: true}).slice(1), ['  deepseek-fix check --key-from opencode']);
	}
	// Wider than the window: broken between its arguments, the row ending with the shell's mark, so it pastes as one command.
	assert.deepEqual(wrapPlain('检查 Claude Code 发送的 key：deepseek-fix check --key-from claude-code', {width: 40, indent: '    '}), ['    检查 Claude Code 发送的 key：', '    deepseek-fix check \\', '    --key-from claude-code']);
	setShell('powershell');
	assert.deepEqual(wrapPlain('Check the key Claude Code sends: deepseek-fix check --key-from claude-code', {width: 36}), ['Check the key Claude Code sends:', 'deepseek-fix check `', '--key-from claude-code']);
	setShell('sh');
	// A Chinese word goes down whole with the code, never its last character alone (“…失 / 败（ECONNRESET）。”, the
	// connection-reset sentence at 40 columns); where the word does not fit there, the code stands alone instead.
	assert.deepEqual(wrapPlain('连接 api.deepseek.com 失败（ECONNRESET）。', {width: 40, indent: '  '}), ['  连接 api.deepseek.com', '  失败（ECONNRESET）。']);
	assert.deepEqual(wrapPlain('无法连接 api.deepseek.com：请求失败（ECONNRESET）。', {width: 40}), ['无法连接 api.deepseek.com：请求', '失败（ECONNRESET）。']);
	assert.deepEqual(wrapPlain('代理出错：直连也连不上（ECONNREFUSED）。', {width: 22}), ['代理出错：直连也连不上', '（ECONNREFUSED）。']);
	// An aside of several words may stand alone (it says something of its own), and so may another word in brackets (a
	// masked key, a host), or a code after a line with nothing to spare.
	assert.deepEqual(wrapPlain('Start the proxy app (it is not running)', {width: 24}), ['Start the proxy app (it', 'is not running)']);
	assert.deepEqual(wrapPlain("The key in Claude Code's settings (sk-…cdef)", {width: 36}), ["The key in Claude Code's settings", '(sk-…cdef)']);
	assert.deepEqual(wrapPlain('deepseek-v4-flash-long (401)', {width: 22}), ['deepseek-v4-flash-long', '(401)']);
});

test('no sentence of the wizard\'s or the checks\' tables ends on a status or error code in brackets alone at 40 or 60 columns, in either language', async () => {
	const {wizardText} = await import('../../source/messages/wizard.js');
	const {checkMessages} = await import('../../source/messages/checks.js');
	const {sentencesOf} = await import('../helpers/message-sentences.js');
	const stands = ['OpenRouter', {host: 'api.deepseek.com', name: 'OpenRouter', works: false, proxy: 'http://127.0.0.1:7890', variable: 'HTTPS_PROXY', status: 401, code: 'ECONNRESET'}];
	let wrapped = 0;
	for (const table of [wizardText, checkMessages]) {
		for (const [language, sentences] of Object.entries(tablesOf(table) ?? {})) {
			for (const text of sentencesOf(sentences, stands)) {
				for (const width of [40, 60]) {
					const lines = wrapPlain(`✖ ${text}`, {width, hangingIndent: '  '});
					if (lines.length < 2) continue;
					wrapped += 1;
					const before = lines.at(-2)?.trim().split(/\s+/u) ?? [];
					// Alone, unless the line before had nothing to spare.
					if (before.length > 1) assert.doesNotMatch(lines.at(-1)?.trim() ?? '', /^[(（](?:\d{3}|[A-Z][A-Z\d_]{2,})[)）][.,;:。，；：]?$/u, `${language} at ${width}: ${lines.join(' | ')}`);
					// Nor with one Chinese character of a word taken from the line before (“…失 / 败（ECONNRESET）。”).
					if (/\p{Script=Han}$/u.test(lines.at(-2) ?? '')) assert.doesNotMatch(lines.at(-1)?.trim() ?? '', /^\p{Script=Han}[(（](?:\d{3}|[A-Z][A-Z\d_]{2,})[)）]/u, `${language} at ${width}: ${lines.join(' | ')}`);
				}
			}
		}
	}
	assert.ok(wrapped > 300, `${wrapped} sentences took more than one line`);
});

test('no plain word alone on a row before a piece too wide to join it (an address): the row before gives its last word', () => {
	const said = 'Could not resolve the host name of the proxy http://no-such-proxy.invalid:8080 (from HTTPS_PROXY): check its spelling.';
	assert.deepEqual(wrapPlain(said, {width: 40, indent: '  '}).slice(0, 3), ['  Could not resolve the host name of', '  the proxy', '  http://no-such-proxy.invalid:8080']);
	// A paragraph's last row keeps its one word (pinned below), and a row before with two words keeps both.
	assert.deepEqual(wrapPlain('Open a new terminal and restart your editor.', {width: 38}), ['Open a new terminal and restart your', 'editor.']);
	assert.deepEqual(wrapPlain('Use proxy http://no-such-proxy.invalid:8080', {width: 36}), ['Use proxy', 'http://no-such-proxy.invalid:8080']);
});

test('no Chinese sentence of the tables ends on a lone character at 40 or 60 columns, and the other line-breaking rules still hold', async () => {
	const sentences = await chineseSentences();
	assert.ok(sentences.length > 300, `${sentences.length} sentences`);
	const widow = /^\p{Script=Han}[，。、；：？！）》」』】〉’”]*$/u;
	let wrapped = 0;
	for (const text of sentences) {
		for (const width of [40, 60]) {
			const lines = wrapPlain(text, {width, indent: '  '});
			if (lines.length < 2) continue;
			wrapped += 1;
			assert.doesNotMatch(lines.at(-1)?.trim() ?? '', widow, lines.join('\n'));
			assertBreaksAllowed(lines, width);
		}
	}
	assert.ok(wrapped > 100, `${wrapped} sentences took more than one line`);
});

test('English wraps exactly as before, also where its last line holds one word (real messages at 40 and 60 columns)', () => {
	const pinned: Array<[number, string, string[]]> = [
		[40, 'Skipped: this base URL is not DeepSeek, so there is no DeepSeek balance to read here.', ['Skipped: this base URL is not DeepSeek,', 'so there is no DeepSeek balance to read', 'here.']],
		[40, 'The account has no balance at all: a newly created account gets no free credit.', ['The account has no balance at all: a', 'newly created account gets no free', 'credit.']],
		[40, 'Check that your payment went through (pending or declined payments do not count)', ['Check that your payment went through', '(pending or declined payments do not', 'count)']],
		[60, 'No API key found: set DEEPSEEK_API_KEY or paste one in the wizard.', ['No API key found: set DEEPSEEK_API_KEY or paste one in the', 'wizard.']],
		[
			60,
			'DEEPSEEK_API_KEY is set but blank (empty or only spaces), so no key is sent: put your key in it, or paste one in the wizard.',
			['DEEPSEEK_API_KEY is set but blank (empty or only spaces), so', 'no key is sent: put your key in it, or paste one in the', 'wizard.'],
		],
		[60, 'Retry later, with exponential backoff (never retry 402 or 401)', ['Retry later, with exponential backoff (never retry 402 or', '401)']],
	];
	for (const [width, text, lines] of pinned) assert.deepEqual(wrapPlain(text, {width}), lines);
});

test('a URL wider than the line: left whole without breakLong; with it (the wizard, and the plain commands\' sentences) broken over rows indented like the text', () => {
	const url = 'https://one-api.my-company.example.com/v1/chat/completions';
	assert.deepEqual(wrapPlain(`It goes to ${url} now.`, {width: 40, indent: '  '}), ['  It goes to', `  ${url}`, '  now.']);
	const broken = wrapPlain(`It goes to ${url} now.`, {width: 40, indent: '  ', breakLong: true});
	assert.deepEqual(broken, ['  It goes to', '  https://one-api.my-company.example.', '  com/v1/chat/completions now.']);
	// Rows the layout counts are rows drawn.
	assert.equal(wrappedHeight(`It goes to ${url} now.`, 40, '  '), broken.length);
	// Chinese around it: the brackets stay with the address.
	assert.deepEqual(wrapPlain(`你的调用发往 One API（${url}），而不是 DeepSeek。`, {width: 40, indent: '  ', breakLong: true}), [
		'  你的调用发往 One API',
		'  （https://one-api.my-company.example.',
		'  com/v1/chat/completions），而不是',
		'  DeepSeek。',
	]);
});

test('a word wider than the row (breakLong): after a "/", "?" or "&" past the row\'s first third, starting on the row before where it has room for such a part; never inside a URL\'s scheme or a masked key', () => {
	const gateway = 'https://gateway.ai.cloudflare.com/v1/5f0e4c2a9b7d41e3a8c6d2b0f1e9a7c3/my-gateway/deepseek';
	// Nothing on the row before: the host on its row, the account's id whole on the next (not cut in the middle), at a "/" each.
	assert.deepEqual(wrapPlain(`deepseek-fix 0.1.0 · ${gateway} (Cloudflare AI Gateway)`, {width: 40, breakLong: true}), [
		'deepseek-fix 0.1.0 ·',
		'https://gateway.ai.cloudflare.com/v1/',
		'5f0e4c2a9b7d41e3a8c6d2b0f1e9a7c3/',
		'my-gateway/deepseek (Cloudflare AI',
		'Gateway)',
	]);
	// Room on the row before for a part ending at a "/": it starts there, no short row above it.
	const query = 'https://relay.example/v1/chat/completions?api-version=2024-10-21&deployment=deepseek-v4-flash';
	assert.deepEqual(wrapPlain(`Set the base URL to ${query} in your tool.`, {width: 40, indent: '  ', breakLong: true}), [
		'  Set the base URL to',
		'  https://relay.example/v1/chat/',
		'  completions?api-version=2024-10-21&',
		'  deployment=deepseek-v4-flash in your',
		'  tool.',
	]);
	assert.deepEqual(wrapPlain(`Calls go to ${query}.`, {width: 40, breakLong: true}), [
		'Calls go to https://relay.example/v1/',
		'chat/completions?api-version=2024-10-21&',
		'deployment=deepseek-v4-flash.',
	]);
	// A masked key inside a long word stays whole, whatever the width; so does a scheme.
	const withMask = 'ANTHROPIC_AUTH_TOKEN=sk-…cdef,ANTHROPIC_BASE_URL=https://api.deepseek.com/anthropic';
	for (let width = 12; width <= 40; width++) {
		const rows = wrapPlain(withMask, {width, breakLong: true});
		assert.ok(rows.some(row => row.includes('sk-…cdef')), `the mask whole at ${width}: ${JSON.stringify(rows)}`);
		assert.ok(rows.some(row => row.includes('https://')), `the scheme whole at ${width}: ${JSON.stringify(rows)}`);
	}
});

test('a Chinese label of an amount in a bracketed list keeps its amount: never “充值” alone at a row\'s end (the balance row at 40 columns)', () => {
	assert.deepEqual(wrapPlain('✔ 余额：47.44 CNY（赠送 0.00，充值 47.44）', {width: 40, hangingIndent: '  '}), ['✔ 余额：47.44 CNY（赠送 0.00，', '  充值 47.44）']);
	assert.deepEqual(wrapPlain('✖ 余额：0.00 CNY（赠送 0.00，充值 0.00）：余额不足', {width: 30, hangingIndent: '  '}), ['✖ 余额：0.00 CNY（赠送 0.00，', '  充值 0.00）：余额不足']);
});

test('a short Chinese item of a list after “、” is not broken inside; the list breaks at its “、”; the marks never print', () => {
	const lines = wrapPlain('→ 充值（按量付费；支持支付宝、微信支付、银行卡、PayPal）', {width: 34});
	assert.deepEqual(lines, ['→ 充值（按量付费；支持支付宝、', '微信支付、银行卡、PayPal）']);
	assert.ok(lines.every(line => !/[\uE000-\uE002]/u.test(line)));
	// A longer run after “、” is no term: it breaks between characters as before.
	assert.deepEqual(wrapPlain('甲、一二三四五六七八九十', {width: 10}), ['甲、一二三', '四五六七八', '九十']);
});

test('a straight quote around Chinese text in an English sentence keeps to its text: never alone at the end of a line, never starting one', () => {
	// The test call row's result against a New API gateway refusing the token's group, and the summary after it, at 80 columns.
	const row = 'HTTP 403 — a 1-token call to deepseek-v4-flash was refused with "无权访问 auto 分组": the gateway refuses the group this token is in.';
	const summary = '127.0.0.1:19133 refuses the group this token is in (HTTP 403 "无权访问 auto 分组"): that group is not open to your account there.';
	for (const [text, width, indent] of [[row, 80, '  '], [summary, 80, '']] as const) {
		const lines = wrapPlain(text, {width, indent});
		for (const line of lines) {
			assert.doesNotMatch(line, /(?:^|\s)"$/u, lines.join('\n'));
			assert.doesNotMatch(line.trimStart(), /^"/u, lines.join('\n'));
		}
	}
	assert.deepEqual(wrapPlain(row, {width: 80, indent: '  '}), [
		'  HTTP 403 — a 1-token call to deepseek-v4-flash was refused with "无权访问 auto',
		'  分组": the gateway refuses the group this token is in.',
	]);
});

test('a word does not stand alone on a row before an assignment too wide to share it: the assignment breaks after its "=" (the fix for a proxy in a container, at 40 columns)', () => {
	assert.deepEqual(wrapPlain('Set HTTPS_PROXY=http://192.0.2.1:18971, the host as the container sees it', {width: 40, indent: '  → ', hangingIndent: '    '}), [
		'  → Set HTTPS_PROXY=', '    http://192.0.2.1:18971,', '    the host as the container sees it',
	]);
	assert.deepEqual(wrapPlain('设置 HTTPS_PROXY=http://192.0.2.1:18971（容器看到的宿主机）', {width: 40, indent: ' 1. ', hangingIndent: '    '}), [
		' 1. 设置 HTTPS_PROXY=', '    http://192.0.2.1:18971', '    （容器看到的宿主机）',
	]);
	// The value keeps the text's indent where the whole assignment had taken less to fit (a WSL address at 40 columns, 36 columns).
	assert.deepEqual(wrapPlain('或者设置 HTTPS_PROXY=http://172.29.160.1:10809（WSL 看到的 Windows 地址）', {width: 40, indent: '  → ', hangingIndent: '    '}), [
		'  → 或者设置 HTTPS_PROXY=', '    http://172.29.160.1:10809', '    （WSL 看到的 Windows 地址）',
	]);
	assert.deepEqual(wrapPlain('Set HTTPS_PROXY=http://192.0.2.1:19059, the host as the container sees it', {width: 36, indent: '  → ', hangingIndent: '    '}), [
		'  → Set HTTPS_PROXY=', '    http://192.0.2.1:19059,', '    the host as the container sees', '    it',
	]);
	// With breakLong (the plain commands, the wizard's fixes), an assignment wider than a row breaks after its "=", not inside the address.
	assert.deepEqual(wrapPlain('Set HTTPS_PROXY=http://192.0.2.1:19059, the host as the container sees it', {width: 36, indent: '  → ', hangingIndent: '    ', breakLong: true}), [
		'  → Set HTTPS_PROXY=', '    http://192.0.2.1:19059, the host', '    as the container sees it',
	]);
	// Where the name does not fit beside the word, or the piece is no assignment (a URL), the rows are as they were.
	assert.deepEqual(wrapPlain('Set HTTPS_PROXY_FOR_THIS_VERY_LONG_NAME_HERE=http://192.0.2.1:18971', {width: 40}), ['Set', 'HTTPS_PROXY_FOR_THIS_VERY_LONG_NAME_HERE=http://192.0.2.1:18971']);
	assert.deepEqual(wrapPlain('Open https://platform.deepseek.com/api_keys?a=b', {width: 40}), ['Open', 'https://platform.deepseek.com/api_keys?a=b']);
});

test('a command\'s quoted argument wider than the window is never broken inside its quotes, in the wizard\'s and the report\'s wrap too', () => {
	const model = shellWord('deepseek-ai/DeepSeek-V3.2-Exp-Thinking-Preview!x');
	for (const [language, lead] of [['en', 'Same from a script:'], ['zh-CN', '用脚本做同样的事：']] as const) {
		setLanguage(language);
		const text = `${lead} deepseek-fix check --probe --model ${model} --base-url https://api.example.com`;
		for (const breakLong of [false, true]) {
			const lines = wrapPlain(text, {width: 40, breakLong});
			assert.ok(lines.includes(`${model} \\`), `${language}, breakLong ${breakLong}: the quoted model whole on its row, the command going on\n${lines.join('\n')}`);
		}
	}
});
