// Chinese breaks between words: the words of the messages (source/text/chinese-word-list.ts, written by
// scripts/chinese-words.ts) stay whole when a line wraps, and the list holds every word ICU reads in the messages.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {icuWordsOfMessages, listFile, listSource} from '../../scripts/chinese-words.js';
import {chineseWordList} from '../../source/text/chinese-word-list.js';
import {icuMisses} from '../../source/text/chinese-words.js';
import {wrapPlain} from '../../source/text/wrap.js';
import {chineseSentences} from '../helpers/chinese-sentences.js';

test('the word list is the one scripts/chinese-words.ts writes from the messages today (run it after changing a Chinese message)', () => {
	assert.equal(readFileSync(listFile, 'utf8'), listSource(icuWordsOfMessages()));
	const listed = new Set([...chineseWordList.split(' '), ...icuMisses]);
	for (const word of ['退出码', '模型', '取消', '扣费', '调用', '余额', '账号', '管理员']) assert.ok(listed.has(word), word);
});

test('Chinese breaks between words at 40 columns: --help keeps 退出码 and 模型 whole, the fixes 取消 and 扣费', () => {
	const help = {width: 40, indent: '      '};
	// Before: "…调用时退出" above "码为 0"; "…选的模" above "型，…".
	assert.deepEqual(wrapPlain('等待充值到账：余额够支付调用时退出码为 0（有 --below 时还须不低于 AMOUNT），超时为 1', help), [
		'      等待充值到账：余额够支付调用时',
		'      退出码为 0（有 --below 时还须不',
		'      低于 AMOUNT），超时为 1',
	]);
	assert.deepEqual(wrapPlain('这次调用所用的模型，填你的程序发送的模型名（默认：上次在向导里选的模型，否则为 DeepSeek 的对话模型或中转站列出的 DeepSeek 模型）', help), [
		'      这次调用所用的模型，填你的程序发送',
		'      的模型名（默认：上次在向导里选的',
		'      模型，否则为 DeepSeek 的对话模型或',
		'      中转站列出的 DeepSeek 模型）',
	]);
	// A fix at 40 columns (indent 4 and more): "…或取" above "消设置它".
	assert.deepEqual(wrapPlain('把 HTTPS_PROXY 改成代理的 socks5:// 或 http:// 地址，或取消设置它，改为直连', {width: 32}), [
		'把 HTTPS_PROXY 改成代理的',
		'socks5:// 或 http:// 地址，或',
		'取消设置它，改为直连',
	]);
	assert.deepEqual(wrapPlain('你的调用发往 ExampleRelay，不是 DeepSeek，它返回 402：它之前的一笔扣费还在结算中，所以暂时拦下了新的调用。', {width: 36}), [
		'你的调用发往 ExampleRelay，不是',
		'DeepSeek，它返回 402：它之前的一笔',
		'扣费还在结算中，所以暂时拦下了新的',
		'调用。',
	]);
	// The first line of --help: "…API 调" above "用为什么失败".
	assert.deepEqual(wrapPlain('deepseek-fix 0.1.0：查明 DeepSeek API 调用为什么失败，并解决它', {width: 40}), ['deepseek-fix 0.1.0：查明 DeepSeek API', '调用为什么失败，并解决它']);
	// A long aside is not kept whole, but a glossary term inside it still is.
	assert.deepEqual(wrapPlain('无法保存：无法创建 /tmp/x（/tmp/x 处出错：请联系这台电脑的管理员）。', {width: 34}), ['无法保存：无法创建 /tmp/x（/tmp/x', '处出错：请联系这台电脑的管理员）。']);
});

test('the Chinese sentences of the tables at 40 and 60 columns break inside hardly any word ICU reads, and never inside a word it reads as two', async () => {
	const icu = new Intl.Segmenter('zh', {granularity: 'word'});
	const misses = new Set(icuMisses);
	let breaks = 0;
	const inside: string[] = [];
	for (const text of await chineseSentences()) {
		const words = [...icu.segment(text)];
		for (const [width, indent] of [[40, '  '], [40, '    '], [60, '  ']] as const) {
			let from = 0;
			for (const line of wrapPlain(text, {width, indent}).slice(0, -1)) {
				const end = text.indexOf(line.trim(), from) + line.trim().length;
				from = end;
				if (!/\p{Script=Han}\p{Script=Han}/u.test(text.slice(end - 1, end + 1))) continue;
				breaks++;
				const word = words.find(({index, segment}) => index < end && index + segment.length > end)?.segment;
				if (word) inside.push(word);
				for (const miss of misses) {
					for (let at = text.indexOf(miss); at !== -1; at = text.indexOf(miss, at + 1)) assert.ok(!(at < end && end < at + miss.length), `${miss} split: ${text} at ${width}`);
				}
			}
		}
	}
	assert.ok(breaks > 500, `${breaks} breaks between two Han characters`);
	// Before, 39 % of them; now only where the list's longest match reads the text otherwise than ICU (本机|上, not 本|机上).
	assert.ok(inside.length < breaks / 50, `${inside.length} of ${breaks} inside a word: ${inside.join(' ')}`);
});
