// The real wizard in Simplified Chinese: every screen of a walk in Chinese, L on the start
// screen switching both ways, remembering the language only when the user picks that, and
// Chinese screens that fit 60 and 40 columns.
import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {currentLanguage, setLanguage} from '../../source/messages/language.js';
import {displayWidth} from '../../source/text/width.js';
import {chineseProblems} from '../helpers/chinese.js';
import {drive, keys, world, type Driven, type World} from './helpers.js';

afterEach(() => setLanguage('en'));

/** What servers say (quoted) is theirs; everything else on a Chinese screen is Chinese. */
const theirWords = (text: string) => text.replace(/“[^”]*”/g, '“”');

async function inChinese(w: World, run: (app: Driven) => Promise<void>, size?: {columns: number; rows: number}) {
	setLanguage('zh-CN');
	const app = drive(w.props(), size);
	try {
		await app.waitFor('遇到了什么情况？');
		await run(app);
	} finally {
		app.unmount();
		await w.close();
	}
}

function assertChineseFrames(app: Driven) {
	for (const frame of app.frames()) assert.deepEqual(chineseProblems(theirWords(frame)), [], frame);
}

/** Every line of every frame fits the width (Chinese characters take two columns), and no frame is as tall as the window. */
function assertFits(app: Driven, size: {columns: number; rows: number}) {
	for (const frame of app.frames()) {
		const lines = frame.replace(/\n$/, '').split('\n');
		assert.ok(lines.length < size.rows, `${lines.length} rows of ${size.rows}:\n${frame}`);
		for (const line of lines) assert.ok(displayWidth(line) <= size.columns, `wider than ${size.columns}: "${line}"\n${frame}`);
	}
}

test('the 402 path to an empty balance, all in Chinese: questions, check rows, the leaf, its fixes and actions, the breadcrumb', async () => {
	await inChinese(await world('zero_balance'), async app => {
		assert.match(app.lastFrame(), /↑↓ 移动 · 回车 选择 · L English · q 退出/);
		await app.choose('调用失败，报 402');
		await app.choose('我自己的代码');
		await app.choose('来自 DEEPSEEK_BASE_URL');
		await app.choose('DEEPSEEK_API_KEY 里的 key');
		const leaf = await app.waitFor('你的 DeepSeek 余额已用完：0.00 CNY');
		assert.match(leaf, /^开始 › 402 › 调用去向 › key › 检查 key › 检查余额 › 余额为零$/m);
		assert.match(leaf, /✖ 余额：0\.00 CNY（赠送 0\.00，充值 0\.00）/);
		assert.match(leaf, /解决办法：/);
		assert.match(leaf, /→ 充值（按量付费；支持支付宝、微信支付、银行卡、PayPal）/);
		assert.match(leaf, /❯ 打开 platform\.deepseek\.com\/top_up/);
		await app.choose('保存客服报告');
		await app.waitFor('客服报告已保存到');
		assertChineseFrames(app);
	});
});

test('the support report saved from the Chinese wizard is in Chinese', async () => {
	const w = await world('zero_balance');
	await inChinese(w, async app => {
		await app.choose('运行全部检查');
		await app.choose('DEEPSEEK_API_KEY 里的 key');
		await app.choose('不用，跳过');
		await app.waitFor('你的 DeepSeek 余额已用完');
		await app.choose('保存客服报告');
		const saved = await app.waitFor(/客服报告已保存到 (\S+?)（/);
		const file = /客服报告已保存到 (\S+?)（/.exec(saved.replace(/\n/g, ''))?.[1] ?? '';
		const report = await readFile(path.isAbsolute(file) ? file : path.join(w.configDir, file), 'utf8');
		assert.match(report, /^# deepseek-fix 客服报告/);
		assert.match(report, /## 在向导中走过的步骤/);
	});
});

test('L on the start screen switches to Chinese and back; nothing is written until the user picks "remember"', async () => {
	const w = await world('ok');
	const app = drive(w.props());
	const file = path.join(w.configDir, 'config.json');
	const language = async () => (JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as {language?: string}).language;
	try {
		const english = await app.waitFor('What is happening?');
		assert.match(english, /↑↓ move · Enter pick · L 中文 · q quit/);
		await app.press('L');
		const chinese = await app.waitFor('以后都用中文');
		assert.equal(currentLanguage(), 'zh-CN');
		assert.match(chinese, /deepseek-fix：我的 DeepSeek API 调用为什么失败？/);
		assert.match(chinese, /以后都用中文（记在这台电脑上）/);
		assert.match(chinese, /L English/);
		assert.equal(await language(), undefined, 'switching alone writes nothing');
		await app.press('l');
		const back = await app.waitFor('What is happening?');
		assert.match(back, /Always use English \(remember it on this computer\)/);
		await app.press('L');
		await app.waitFor('遇到了什么情况？');
		await app.choose('以后都用中文');
		const saved = await app.waitFor('已记住中文为你的语言');
		assert.doesNotMatch(saved, /以后都用中文/, 'remembered: no longer offered');
		assert.equal(await language(), 'zh-CN');
		await app.choose('调用失败，报 402');
		await app.waitFor('是哪个程序发出的调用失败了？');
		await app.press('L');
		assert.match(app.lastFrame(), /是哪个程序发出的调用失败了？/, 'L does nothing past the start screen');
		assert.equal(currentLanguage(), 'zh-CN');
		await app.press(keys.escape);
		await app.waitFor('遇到了什么情况？');
		assert.doesNotMatch(app.lastFrame(), /已记住中文/, 'the notice was for that moment');
	} finally {
		app.unmount();
		await w.close();
	}
});

test('60×20 and 40×15 in Chinese: every screen of the 402 walk fits the window (the start screen keeps the facts that fit)', async () => {
	for (const size of [
		{columns: 60, rows: 20},
		{columns: 40, rows: 15},
	]) {
		await inChinese(
			await world('one_api_exhausted'),
			async app => {
				await app.choose('调用失败，报 402');
				await app.choose('中转或网关');
				// At 40 columns the label wraps: its first line is what the list shows beside the pointer.
				await app.choose('/v1（');
				await app.choose('DEEPSEEK_API_KEY 里的 key');
				await app.waitFor('你在网关的令牌额度已用完');
				assertFits(app, size);
				assertChineseFrames(app);
			},
			size,
		);
	}
});
