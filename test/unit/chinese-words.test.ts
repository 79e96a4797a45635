// Chinese breaks between words: the words of the messages (source/text/chinese-word-list.ts, written by
// scripts/chinese-words.ts) stay whole when a line wraps, and the list holds every word ICU reads in the messages.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {chineseWords, icuWordsOfMessages, listFile, listSource, serviceNameWords} from '../../scripts/chinese-words.js';
import {chineseWordList} from '../../source/text/chinese-word-list.js';
import {icuMisses} from '../../source/text/chinese-words.js';
import {wrapPlain} from '../../source/text/wrap.js';
import {chineseSentences} from '../helpers/chinese-sentences.js';

test('the word list is the one scripts/chinese-words.ts writes from the messages today (run it after changing a Chinese message)', () => {
	assert.equal(readFileSync(listFile, 'utf8'), listSource(chineseWords()));
	const listed = new Set([...chineseWordList.split(' '), ...icuMisses]);
	for (const word of ['退出码', '模型', '取消', '扣费', '调用', '余额', '账号', '管理员']) assert.ok(listed.has(word), word);
});

test('a service\'s Chinese name breaks only between its words, its short name whole (阿里云|百炼, not 阿里 above 云百炼; 百炼, not 百 above 炼)', () => {
	const listed = new Set([...chineseWordList.split(' '), ...icuMisses]);
	for (const word of ['阿里云', '百炼', '火山', '方舟', '腾讯云', '知识引擎', '原子能力', '百度', '千帆', '魔搭', '社区', '智谱', '开放平台', '派欧云', '华为云']) assert.ok(listed.has(word), word);
	// No name makes the longest word longer than the messages' own: the matching tries that many lengths at each character.
	const messagesLongest = Math.max(...[...icuWordsOfMessages(), ...icuMisses].map(word => word.length));
	for (const word of serviceNameWords()) assert.ok(word.length <= messagesLongest, word);
	const at = (text: string, width: number) => wrapPlain(text, {width});
	assert.deepEqual(at('https://dashscope.aliyuncs.com:19050/compatible-mode（阿里云百炼）', 58), ['https://dashscope.aliyuncs.com:19050/compatible-mode', '（阿里云百炼）']);
	assert.deepEqual(at('调用发往百炼（x）', 10), ['调用发往', '百炼（x）']);
	assert.deepEqual(at('你在腾讯云知识引擎原子能力的账号已停用', 30), ['你在腾讯云知识引擎原子能力的', '账号已停用']);
	assert.deepEqual(at('你在腾讯云知识引擎原子能力的账号已停用', 20), ['你在腾讯云知识引擎', '原子能力的账号已停用']);
});

test('Ark\'s inference endpoint (接入点) stays whole, although 接入 is a word of its own: not 推理接入 above 点', () => {
	assert.deepEqual(wrapPlain('在方舟的控制台为这个模型创建推理接入点，把它的 ID（ep-…）作为调用的“model”发送', {width: 36}), [
		'在方舟的控制台为这个模型创建推理',
		'接入点，把它的 ID（ep-…）作为调用的',
		'“model”发送',
	]);
});

test('balance --help\'s exit codes at 40 columns: “--wait 时” on one row, 查询不到 and 发往 whole', () => {
	const row = (code: number, width = 40) => ({width, indent: `  ${code}    `, hangingIndent: ' '.repeat(7)});
	// Before: a row began with “时：余额够支付调用”, and “或调用发” stood above “往其他服务”.
	assert.deepEqual(wrapPlain('没有发现问题；指定 --below 时：余额不低于 AMOUNT；指定 --wait 时：余额够支付调用', row(0)), [
		'  0    没有发现问题；指定 --below 时：',
		'       余额不低于 AMOUNT；指定',
		'       --wait 时：余额够支付调用',
	]);
	assert.deepEqual(wrapPlain('无法按要求运行；指定 --wait 时，没有可等待的 DeepSeek 余额（没有 API key、API key 被拒绝，或调用发往其他服务）也是 2', row(2)), [
		'  2    无法按要求运行；指定 --wait 时，',
		'       没有可等待的 DeepSeek 余额（没有',
		'       API key、API key 被拒绝，或调用',
		'       发往其他服务）也是 2',
	]);
	// At 60 columns: “或查询” above “不到余额”; at 40, “既读” above “不了也挪不开”.
	assert.deepEqual(wrapPlain('发现了问题；指定 --below 时：余额低于 AMOUNT，或查询不到余额', row(1, 60)), ['  1    发现了问题；指定 --below 时：余额低于 AMOUNT，或', '       查询不到余额']);
	assert.deepEqual(wrapPlain('无法按要求运行：参数有误、base URL 不可用，或设置文件既读不了也挪不开', row(2)), [
		'  2    无法按要求运行：参数有误、',
		'       base URL 不可用，或设置文件既',
		'       读不了也挪不开',
	]);
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
	assert.deepEqual(wrapPlain('你的调用发往 ExampleRelay，而不是 DeepSeek；它返回 402：它之前的一笔扣费还在结算中，所以暂时拦下了新的调用。', {width: 36}), [
		'你的调用发往 ExampleRelay，而不是',
		'DeepSeek；它返回 402：它之前的',
		// A measure word keeps to its noun (一笔扣费), not "…的一笔" above "扣费".
		'一笔扣费还在结算中，所以暂时拦下了',
		'新的调用。',
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

test('a number keeps its measure word, a measure word its noun, 一 its unit, the last item of a list its question mark, and 两边 stays whole', () => {
	const fix = {width: 40, indent: '    ', hangingIndent: '    '};
	// Before: "…加 32" above "位十六进制字符…".
	assert.deepEqual(wrapPlain('格式不像 DeepSeek 的 key（sk- 加 32 位十六进制字符），以服务器的判断为准。', fix), [
		'    格式不像 DeepSeek 的 key（sk- 加',
		'    32 位十六进制字符），以服务器的判断',
		'    为准。',
	]);
	// Before: "…2 秒、4" above "秒…）".
	assert.deepEqual(wrapPlain('用指数退避重试（1 秒、2 秒、4 秒…）；400、401、402、422 不要重试：重试结果也不会变。', {width: 36, indent: '  ', hangingIndent: '  '}), [
		'  用指数退避重试（1 秒、2 秒、',
		'  4 秒…）；400、401、402、422 不要',
		'  重试：重试结果也不会变。',
	]);
	// Before: "时，" alone on a row above the command, "10" at the end of the row before.
	assert.deepEqual(wrapPlain('本工具可以当作提醒：余额低于 10 时，deepseek-fix balance --below 10 的退出码为 1。', {width: 36, indent: '  ', hangingIndent: '  '}).slice(0, 2), [
		'  本工具可以当作提醒：余额低于',
		'  10 时，',
	]);
	// Before: "…；一" above "分钟后重试。" (ICU reads 一|分钟).
	assert.deepEqual(wrapPlain('服务之前的一笔扣费还在它那边结算中：只需稍等，不是余额用完了；一分钟后重试。', {width: 36, indent: '  ', hangingIndent: '  '}), [
		'  服务之前的一笔扣费还在它那边结算',
		'  中：只需稍等，不是余额用完了；',
		'  一分钟后重试。',
	]);
	// A menu option at 40 columns: before, "…、团队" above "功能？".
	assert.deepEqual(wrapPlain('有没有套餐、自动充值、余额提醒、团队功能？', {width: 36}), ['有没有套餐、自动充值、余额提醒、', '团队功能？']);
	// --help's exit codes at 40 columns: before, "…1 发现了问题，2" above "无法按要求运行，".
	assert.deepEqual(wrapPlain('退出码：0 没有发现问题，1 发现了问题，2 无法按要求运行，', {width: 40}), ['退出码：0 没有发现问题，1 发现了问题，', '2 无法按要求运行，']);
	// The title of a result with a warning: before, "…但有 1 个" above "警告".
	assert.deepEqual(wrapPlain('目前没有会让调用失败的问题，但有 1 个警告', {width: 38}), ['目前没有会让调用失败的问题，但有', '1 个警告']);
	// ICU reads 某|个: before, "…之间的某" above "个环节…" at some widths.
	for (let width = 12; width <= 44; width++) {
		const rows = wrapPlain('你和 DeepSeek 之间的某个环节改写了响应（代理、网络认证页面或防火墙）', {width});
		assert.ok(rows.every(row => !row.endsWith('某')), `${width}: ${rows.join(' / ')}`);
	}
	// Before: "…只有这" above "条证书链的一部分" (这|条 are two words to ICU and to the list).
	for (let width = 12; width <= 44; width++) {
		const rows = wrapPlain('NODE_EXTRA_CA_CERTS 指向的 /etc/ssl/corp-ca.pem 只有这条证书链的一部分，每笔扣费、那个文件', {width});
		assert.ok(rows.every(row => !/[这那每]$/.test(row)), `${width}: ${rows.join(' / ')}`);
	}
	// ICU reads 发|给: before, "…但 Claude Code 把它发" above "给了 api.anthropic.com" at 40 columns.
	for (let width = 12; width <= 44; width++) {
		const rows = wrapPlain('ANTHROPIC_AUTH_TOKEN 是 DeepSeek 的 key（sk-…3210），但 Claude Code 把它发给了 api.anthropic.com', {width});
		assert.ok(rows.every(row => !row.endsWith('发')), `${width}: ${rows.join(' / ')}`);
	}
	// Before: "…去掉 key 两" above "边的引号".
	assert.deepEqual(wrapPlain('在设置 key 的地方（.env 文件、配置或环境变量）去掉 key 两边的引号', {width: 60, indent: '  ', hangingIndent: '  '}), [
		'  在设置 key 的地方（.env 文件、配置或环境变量）去掉 key',
		'  两边的引号',
	]);
});

test('设为, 内网地址 and 广告拦截 stay whole (ICU reads each as two words), at 12 to 44 columns', () => {
	// ICU reads 设|为, 内网|地址, 广告|拦截: before, "…base_url 设" above "为 https://api.deepseek.com" at 40 columns.
	for (let width = 12; width <= 44; width++) {
		for (const text of ['在 .codex/config.toml 里把 model_providers.deepseek.base_url 设为 https://api.deepseek.com', 'api.deepseek.com 解析到了内网地址 192.168.0.2，或在广告拦截、DNS 过滤工具里放行']) {
			const rows = wrapPlain(text, {width});
			assert.ok(rows.every(row => !/(设|内网|广告)$/.test(row)), `${width}: ${rows.join(' / ')}`);
		}
	}
});

test('the paid call\'s help at 40 columns: 不同意 stays whole, not 你不同 above 意', () => {
	const rows = wrapPlain('它只请求 1 个 token（max_tokens: 1），花费不到一分钱，从你的余额里扣除。你不同意就不会发出这次调用。', {width: 40});
	assert.ok(!rows.some(row => row.endsWith('不同')), rows.join('\n'));
	assert.ok(rows.some(row => row.includes('不同意')), rows.join('\n'));
});
