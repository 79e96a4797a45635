// Laying out Chinese in a fixed width: wrapping between characters (never before closing
// or after opening punctuation), padding and cutting by columns, not by string length.
import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {renderSettingsText} from '../../source/commands/config.js';
import {setLanguage} from '../../source/messages/language.js';
import {defaultSettings} from '../../source/settings/index.js';
import {oneLine} from '../../source/text/safe.js';
import {cutToColumns, displayWidth, padEndColumns} from '../../source/text/width.js';
import {wrapPlain, wrapSpans} from '../../source/text/wrap.js';
import {breadcrumbLine} from '../../source/ui/breadcrumb.js';
import {wrappedHeight} from '../../source/ui/layout.js';

afterEach(() => setLanguage('en'));

const paragraph =
	'用手机号登录和用 Google 或邮箱登录，可能得到两个不同的账号。给一个账号充值，付不了另一个账号的 key 的费用。用你用过的每种方式分别登录，打开 API keys 页面：列出你这个 key 的账号（结尾 …cdef）才是该充值的账号。';

/** (`…` is left out: here it starts a key's last four, `…cdef`, after a space.) */
const closing = /^[，。、；：？！）》」』】〉’”]/;
const opening = /[（《「『【〈‘“]$/;

for (const width of [40, 60]) {
	test(`Chinese wraps at ${width} columns between characters, within the width, never before closing or after opening punctuation`, () => {
		const lines = wrapPlain(paragraph, {width, indent: '  '});
		assert.ok(lines.length > 2, lines.join('\n'));
		for (const line of lines) {
			assert.ok(displayWidth(line) <= width, `${displayWidth(line)} > ${width}: ${line}`);
			assert.doesNotMatch(line.trimStart(), closing, line);
			assert.doesNotMatch(line, opening, line);
		}
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
	assert.deepEqual(lines, ['\u001B[31m余额不足以支付调\u001B[39m', '\u001B[31m用，请充值。\u001B[39m']);
	assert.deepEqual(wrapSpans([{text: '✔'}, {text: '余额', styles: ['bold']}, {text: '—'}, {text: '0.00 CNY'}], {width: 40, color: false}), ['✔ 余额 — 0.00 CNY']);
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

test('config lines up Chinese labels by columns', () => {
	setLanguage('zh-CN');
	const text = renderSettingsText({...defaultSettings(), probeModel: 'deepseek-chat', language: 'zh-CN'}, {path: '/tmp/x/config.json', exists: true}, 80);
	const rows = text.split('\n').slice(1, 9);
	const valueColumns = rows.map(row => displayWidth(/^ {2}\S+(?: \S+)*? {2,}/.exec(row)?.[0] ?? ''));
	assert.equal(new Set(valueColumns).size, 1, text);
	assert.match(text, /语言 +简体中文/);
});

test('a glossary term, a two-word aside in brackets and an amount with its currency are never split over two lines', () => {
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
	assert.deepEqual(wrapPlain('api.deepseek.com did not answer within 5 s', {width: 40}), ['api.deepseek.com did not answer within', '5 s']);
	// A long aside (a list of names) breaks inside rather than leave a word alone before it.
	assert.deepEqual(wrapPlain('✔ Authentication — Key accepted; 2 models (deepseek-v4-flash, deepseek-v4-pro).', {width: 40, hangingIndent: '  '}), [
		'✔ Authentication — Key accepted; 2',
		'  models (deepseek-v4-flash,',
		'  deepseek-v4-pro).',
	]);
	// Longer asides still break inside: only two words are held together.
	assert.deepEqual(wrapPlain('at most (default 10m; --timeout stays)', {width: 20}), ['at most (default', '10m; --timeout', 'stays)']);
});
