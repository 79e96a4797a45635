// The real wizard in Simplified Chinese: every screen of a walk in Chinese, L on the start
// screen switching both ways, remembering the language only when the user picks that,
// Chinese screens that fit 60 and 40 columns; checking again, waiting for a top-up, a long
// check's time, the start screen's memory and the record left after quitting, in Chinese.
// OpenRouter and SiliconFlow are played on their own hosts (map-hosts.mjs).
import '../helpers/map-hosts.mjs';
import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {currentLanguage, setLanguage} from '../../source/messages/language.js';
import {loadSettings, recordBalanceReading, rememberDiagnosis, setAlertThreshold} from '../../source/settings/index.js';
import {displayWidth} from '../../source/text/width.js';
import {chineseProblems} from '../helpers/chinese.js';
import {drive, flat, focusedLabel, keys, leftOnTerminal, result402InBothLanguages, world, type Driven, type World} from './helpers.js';

afterEach(() => setLanguage('en'));

/**
 * What servers say (quoted) is theirs; everything else on a Chinese screen is Chinese. A
 * row cut at the window's edge may end in part of a name ("DeepS…"): that is no English.
 */
const theirWords = (text: string) => text.replace(/“[^”]*”/g, '“”').replace(/[A-Za-z]+…$/gm, '…');

async function inChinese(w: World, run: (app: Driven) => Promise<void>, size?: {columns: number; rows: number}, extra: Parameters<World['props']>[0] = {}) {
	setLanguage('zh-CN');
	const app = drive(w.props(extra), size);
	try {
		await app.waitFor('遇到了什么情况？');
		await run(app);
	} finally {
		app.unmount();
		await w.close();
	}
}

/** Start › 402 › my own code (or `program`) › the base URL in use › the key in DEEPSEEK_API_KEY. */
async function walk402(app: Driven, program = '我自己的代码') {
	await app.choose('调用失败，报 402');
	await app.choose(program);
	// Its end only: a long base URL (a named service's host) wraps the label inside 来自.
	await app.choose('DEEPSEEK_BASE_URL）');
	await app.choose('DEEPSEEK_API_KEY 里的 key');
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
		assert.match(app.lastFrame(), /↑↓ 移动 · 回车 选择 · L English · \? 帮助 · q 退出/);
		await walk402(app);
		const leaf = await app.waitFor('✖ 你的 DeepSeek 余额已用完\n');
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
		// The path may end a row, with “（不含 key）” whole on the next; a path wider than the row is broken after a “/”.
		const saved = await app.waitFor(/客服报告已保存到 [^（]+（不含 key）/);
		const file = /客服报告已保存到 (\S+?)（/.exec(saved.replace(/\n */g, ''))?.[1] ?? '';
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
		assert.match(english, /↑↓ move · Enter pick · L 中文 · \? help · q quit/);
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
		const saved = await app.waitFor('已记住你的语言：中文');
		assert.doesNotMatch(saved, /以后都用中文/, 'remembered: no longer offered');
		assert.equal(await language(), 'zh-CN');
		await app.choose('调用失败，报 402');
		await app.waitFor('失败的调用是哪个程序发出的？');
		await app.press('L');
		assert.match(app.lastFrame(), /失败的调用是哪个程序发出的？/, 'L does nothing past the start screen');
		assert.equal(currentLanguage(), 'zh-CN');
		await app.press(keys.escape);
		await app.waitFor('遇到了什么情况？');
		assert.doesNotMatch(app.lastFrame(), /已记住你的语言/, 'the notice was for that moment');
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
				await app.choose('中转站或网关');
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

test('check again, wait for my top-up, and the record left after q, all in Chinese', async () => {
	const w = await world('zero_balance');
	await inChinese(
		w,
		async app => {
			await walk402(app);
			await app.waitFor('✖ 你的 DeepSeek 余额已用完\n');
			await app.choose('再检查一次');
			const again = flat(await app.waitFor('与上次检查相比：'));
			assert.match(again, /⚠ 没有变化：余额仍是 0\.00 CNY，无法支付调用。/);
			assert.match(again, /脚本里的等效命令：deepseek-fix check --base-url http:\/\/127\.0\.0\.1:\d+/);
			await app.choose('等待充值到账');
			const waiting = flat(await app.waitFor('正在等待充值到账…'));
			assert.match(waiting, /^等待到账$|› 等待到账/m);
			assert.match(waiting, /当前余额：0\.00 CNY。\d+ 秒后再查一次。/);
			assert.match(waiting, /已等待 \d+ 秒，最长 10 分钟。/);
			assert.match(waiting, /余额够支付调用时自动停止等待。只查询免费的余额接口，不花钱。/);
			assert.match(waiting, /Esc 停止等待 · q 退出/);
			w.fake.setScenario('ok');
			const done = flat(await app.waitFor('你的余额又可以支付调用了：47.44 CNY'));
			// When the empty balance was read (the wizard's clock stands still here, in this computer's time zone).
			assert.match(done, /✔ \d\d:\d\d（刚刚）余额是 0\.00 CNY，现在是 47\.44 CNY：充值已到账。/);
			assert.match(done, /之前报 402 Insufficient Balance 的调用现在可以成功了/);
			assert.match(done, /脚本里的等效命令：deepseek-fix balance --wait --base-url/);
			assertChineseFrames(app);
			await app.press('q');
			assert.equal(await app.exited, 0);
			const last = leftOnTerminal(app);
			for (const line of ['✔ 遇到了什么情况？ · 调用失败，报 402 Insufficient Balance', '✔ 失败的调用是哪个程序发出的？ · 我自己的代码（OpenAI 兼容的 SDK）', '✔ 你的余额又可以支付调用了：47.44 CNY']) {
				assert.ok(last.split('\n').includes(line), `"${line}" in:\n${last}`);
			}
			// Chinese here as from --lang (the environment names no language): a script needs it too.
			assert.match(last, /^ {2}脚本里的等效命令：deepseek-fix balance --wait --base-url http:\/\/127\.0\.0\.1:\d+ --lang zh-CN$/m);
			assert.deepEqual(chineseProblems(last), [], last);
			const remembered = loadSettings(w.env).settings.lastDiagnosis;
			assert.deepEqual([remembered?.summary, remembered?.language], ['你的余额又可以支付调用了：47.44 CNY', 'zh-CN'], 'the summary is remembered with its language');
		},
		undefined,
		{timing: {waitEveryMs: 20}},
	);
});

test('waiting until the time is up, in Chinese: no top-up, the transactions page, wait again', async () => {
	await inChinese(
		await world('zero_balance'),
		async app => {
			await walk402(app);
			await app.choose('等待充值到账');
			const over = flat(await app.waitFor('等待期间没有充值到账'));
			assert.match(over, /等待期间没有充值到账：余额仍是 0\.00 CNY/);
			assert.match(over, /https:\/\/platform\.deepseek\.com\/transactions/);
			assert.match(over, /❯ 等待充值到账|等待充值到账/);
			assertChineseFrames(app);
		},
		undefined,
		{timing: {waitEveryMs: 20, waitMaxMs: 100}},
	);
});

test('a long check says its time in Chinese, and a timeout offers a longer one', async () => {
	let now = 0;
	await inChinese(
		await world('slow'),
		async app => {
			await walk402(app);
			await app.waitFor('身份验证：运行中…');
			now += 3400;
			await app.waitFor('身份验证：运行中… 3 秒（时限 10 秒）');
		},
		undefined,
		{timing: {clock: () => now, tickMs: 10}},
	);
	await inChinese(
		await world('slow'),
		async app => {
			await walk402(app);
			const leaf = flat(await app.waitFor('放宽时限再试一次', 8000));
			assert.match(leaf, /放宽时限再试一次（每个请求 400 毫秒）/);
			assert.match(leaf, /! 身份验证：同上。/, 'a row that repeats the one above says so');
			assertChineseFrames(app);
		},
		undefined,
		{flags: {timeoutMs: 200}},
	);
});

test('the start screen\'s memory in Chinese: last time, the last balance and its trend, the alert, "check it again" first', async () => {
	const w = await world('ok');
	await recordBalanceReading(w.env, [
		{at: '2026-11-19T10:00:00.000Z', currency: 'CNY', total: '48.64', granted: '0.00', toppedUp: '48.64'},
		{at: '2026-11-20T07:00:00.000Z', currency: 'CNY', total: '47.44', granted: '0.00', toppedUp: '47.44'},
	]);
	await setAlertThreshold(w.env, '5', 'CNY');
	const path402 = ['start=balance', 'balance.key=env', 'balance.check', 'leaf.zero_balance'];
	await rememberDiagnosis(w.env, {at: '2026-11-20T07:00:00.000Z', verdict: 'insufficient_balance', summary: '你的 DeepSeek 余额已用完：0.00 CNY', path: path402, baseUrl: w.env['DEEPSEEK_BASE_URL'] ?? '', language: 'zh-CN'});
	await inChinese(w, async app => {
		const start = app.lastFrame();
		assert.match(start, /^上次（3 小时前）：你的 DeepSeek 余额已用完：0\.00 CNY$/m);
		assert.match(start, /^上次余额：47\.44 CNY（3 小时前）；每天约花 1\.37 CNY，约可用 34 天$/m);
		assert.match(start, /^余额不足提醒：低于 5 CNY$/m);
		assert.match(start, /❯ 按上次的步骤再检查一次/);
		assert.match(start, /查余额／修改提醒（现在是低于 5 CNY）/);
		await app.choose('按上次的步骤再检查一次');
		await app.waitFor('你的余额：47.44 CNY');
		assertChineseFrames(app);
	});
});

test('a 401 in Chinese at 60×20: the key check\'s row is its first sentence, why is said once under it', async () => {
	const w = await world('invalid_key');
	await inChinese(
		w,
		async app => {
			await app.choose('调用报了别的错');
			await app.choose('401');
			await app.choose('DEEPSEEK_API_KEY');
			const screen = await app.waitFor('解决办法：');
			assert.match(screen, /^✖ 身份验证：被拒绝（401）。$/m, screen);
			assert.equal(flat(screen).replace(/\s/g, '').match(/收到的正是这个key（…cdef），但不接受/g)?.length, 1, screen);
			assert.ok(flat(screen).replace(/\s/g, '').includes('DeepSeek收到的正是这个key（…cdef），但不接受：这个key已被删除，或不属于你正在查看的账号。'), screen);
		},
		{columns: 60, rows: 20},
	);
});

test('a link in an action label at 40×15 in Chinese: whole where it fits (打开 and the address), else it names its page (硅基流动\'s billing page, by the name its Chinese users know: the copy label, too wide with the address), never cut or broken mid-word; the fix stays, and its link (the action opens it) gives its row to the explanation', async () => {
	const size = {columns: 40, rows: 15};
	await inChinese(
		await world('siliconflow_no_balance'),
		async app => {
			await walk402(app);
			const screen = await app.waitFor('解决办法：');
			const label = focusedLabel(screen);
			assert.equal(label, '❯ 打开 cloud.siliconflow.cn/expensebill', screen);
			assert.match(screen, /^ *复制链接：硅基流动的费用页面$/m, screen);
			assert.equal(screen.split('\n').filter(line => line.trimStart().startsWith('❯')).length, 1);
			assert.doesNotMatch(screen, /^\s+(bill|expensebill)$/m, 'no link broken over rows in the menu');
			// The action opens the fix's link (and copying it is further down): in this short window the link gives way, and the explanation is whole.
			assert.doesNotMatch(screen, /^ *(https:\/\/)?cloud\.siliconflow\.cn\/expensebill$/m, 'the link the action opens gives way first');
			assert.match(flat(screen).replace(/\s/g, ''), /→在硅基流动充值/, screen);
			assert.match(flat(screen).replace(/\s/g, ''), /不是你的DeepSeek余额。/, 'the explanation, whole');
			assertFits(app, size);
		},
		size,
	);
});

test('in Chinese, Model Studio on its own host: the start screen (also last time\'s result) and the DeepSeek key question after its check name it 阿里云百炼, with no space beside Chinese words', async () => {
	const w = await world('dashscope_arrearage');
	const summary = '你的调用发往 Alibaba Cloud Model Studio (DashScope)，不是 DeepSeek';
	await rememberDiagnosis(w.env, {verdict: 'wrong_endpoint', summary, path: ['start=all'], baseUrl: w.env['DEEPSEEK_BASE_URL'] ?? '', language: 'zh-CN'});
	await inChinese(w, async app => {
		const start = flat(app.lastFrame() ?? '');
		assert.match(start, /这个地址属于阿里云百炼，而不是 DeepSeek。/, start);
		assert.match(start, /上次（[^）]+）：你的调用发往阿里云百炼，不是 DeepSeek/, start);
		await app.choose('运行全部检查');
		await app.choose('DEEPSEEK_API_KEY');
		await app.choose('不用，跳过');
		await app.waitFor('解决办法：', 8000);
		await app.choose('也检查我的 DeepSeek 账号');
		const ask = await app.waitFor('要检查你 DeepSeek 账号的哪个 key？');
		assert.match(ask.replace(/\n\s*/g, ''), /sk-…cdef 是你在阿里云百炼用的 key。/, ask);
	});
});

test('every check with the paid call at 40×15 in Chinese, Volcengine Ark answering 403 ServiceNotOpen: the title says the model is not activated (没有开通), never that Ark has no such model, and activating it comes first', async () => {
	const size = {columns: 40, rows: 15};
	await inChinese(
		await world('ark_service_not_open'),
		async app => {
			await app.choose('运行全部检查');
			await app.choose('DEEPSEEK_API_KEY');
			await app.choose('可以，发起这次付费测试调用');
			const screen = await app.waitFor('解决办法：', 8000);
			const text = flat(screen).replace(/\s/g, '');
			assert.match(text, /✖你的账号在火山方舟没有开通模型“deepseek-v3-1-250821”/, screen);
			assert.doesNotMatch(text, /上没有模型|大小写/, screen);
			// Named in full in the title by its Chinese name (火山方舟), then by the name its Chinese users say (方舟).
			assert.match(text, /→在方舟的控制台（模型开通页面）开通这个模型，再重新调用/, screen);
			assert.match(screen, /^❯ 打开方舟的模型开通页面$/m, screen);
			assertFits(app, size);
		},
		size,
	);
});

test('the 402 path to a working OpenRouter key at 40×15 in Chinese: whose “余额不足” it is, read whole; the balance row, with no amount to add, gives way to it', async () => {
	const size = {columns: 40, rows: 15};
	await inChinese(
		await world('openrouter_no_limit'),
		async app => {
			await walk402(app);
			const screen = await app.waitFor('解决办法：', 8000);
			assert.match(flat(screen).replace(/\s/g, ''), /“余额不足”[^…]*你在那里的账号，不是你的DeepSeek余额。/, screen);
			assert.match(flat(screen).replace(/\s/g, ''), /→在OpenRouter充值/, screen);
			assertFits(app, size);
		},
		size,
	);
});

test('answers that are a web page, every check at 40×15 in Chinese: "also check my DeepSeek account" on one row is said without its parenthesis, never cut mid-word', async () => {
	const size = {columns: 40, rows: 15};
	await inChinese(
		await world('html_portal'),
		async app => {
			await app.choose('运行全部检查');
			await app.choose('DEEPSEEK_API_KEY');
			await app.choose('不用，跳过');
			const screen = await app.waitFor('解决办法：', 15000);
			assert.doesNotMatch(screen, /DeepSe…/, screen);
			assert.match(screen, /^❯ 也检查我的 DeepSeek 账号$/m, screen);
			assertFits(app, size);
		},
		size,
	);
});

test('the 5xx result at 40×15 in Chinese: the docs link the first action opens gives its rows to the explanation, whole, never broken over two rows', async () => {
	const size = {columns: 40, rows: 15};
	await inChinese(
		await world('server_error'),
		async app => {
			await app.choose('调用报了别的错');
			await app.choose('500 Server Error 或 503');
			const screen = await app.waitFor('解决办法：', 8000);
			assert.ok(flat(screen).replace(/\s/g, '').includes('500ServerError和503ServerOverloaded是DeepSeek那边的问题，与你的key或余额无关。'), screen);
			assert.match(screen, /^❯ 打开错误码页面$/m, screen);
			assert.doesNotMatch(screen, /quick_start\/er$|^ *ror_codes$/m, 'no link broken over rows');
			assertFits(app, size);
		},
		size,
	);
});

test('the 429 result at a proxy on this computer, at 40×15 in Chinese: the paid call\'s label says what it is for on one row', async () => {
	const size = {columns: 40, rows: 15};
	await inChinese(
		await world('gateway_upstream_unreachable'),
		async app => {
			await app.choose('调用报了别的错');
			await app.choose('429 Rate Limit Reached');
			await app.choose('DEEPSEEK_API_KEY 里的 key');
			const screen = await app.waitFor('解决办法：', 8000);
			assert.match(screen, /^ {2}看看真实调用得到什么（付费测试调用）$/m, screen);
			assertFits(app, size);
		},
		size,
	);
});

test('the model DeepSeek lists but no longer serves, in Chinese at 100×30: the model leaf in Chinese, without a gateway, fitting', async () => {
	const size = {columns: 100, rows: 30};
	await inChinese(
		await world('model_listed_not_served'),
		async app => {
			await walk402(app);
			await app.choose('可以，发起这次付费测试调用');
			await app.choose('deepseek-chat');
			const screen = await app.waitFor('解决办法：', 8000);
			assert.match(screen, /^✖ DeepSeek 上没有模型“deepseek-chat”$/m, screen);
			assert.match(flat(screen), /DeepSeek 列出了模型“deepseek-chat”，却说它不存在（HTTP 400）/, screen);
			assert.doesNotMatch(screen, /网关/, screen);
			assertChineseFrames(app);
			assertFits(app, size);
		},
		size,
	);
});

test('an OpenRouter key with a limit of 0, in Chinese at 60×20: the title says the key\'s own limit is used up, as its Balance row does', async () => {
	await inChinese(
		await world('openrouter_limit_zero'),
		async app => {
			await walk402(app);
			const screen = await app.waitFor('解决办法：');
			assert.match(screen, /^✖ 你的 OpenRouter key 已达到额度上限$/m, screen);
			assert.doesNotMatch(screen, /余额已用完/, screen);
		},
		{columns: 60, rows: 20},
	);
});

test('a gateway\'s result at 40×15 in Chinese: the hidden second fix is counted on one whole row', async () => {
	const size = {columns: 40, rows: 15};
	await inChinese(
		await world('one_api_exhausted'),
		async app => {
			await walk402(app, '中转站或网关');
			const screen = await app.waitFor('解决办法：');
			assert.match(screen, /^ {2}↓ 另有 1 条解决办法，窗口调高后显示$/m, screen);
			assertFits(app, size);
		},
		size,
	);
});

test('a key swapped on the way, at 40×15 in Chinese and English: the line under the title says what happened (something in between replaced the key) before the fixes, the actions giving up the row a wrapped label kept; the frame fits', async () => {
	const size = {columns: 40, rows: 15};
	await inChinese(await world('key_replaced'), async app => {
		await app.choose('调用报了别的错');
		await app.choose('401');
		await app.choose('DEEPSEEK_API_KEY 里的 key');
		const leaf = flat(await app.waitFor('解决办法：', 8000));
		// The finding first: what happened, then the two endings.
		assert.match(leaf, /本机和 DeepSeek 之间的某个环节换掉了 key：本工具发出的 key 结尾是 …cdef/, leaf);
		assert.match(leaf, /→ 检查 HTTPS_PROXY/, leaf);
		await app.press('jj');
		assert.equal(focusedLabel(app.lastFrame()), '❯ 复制 API keys 页面的链接', 'the wrapped label on one row, its page in words');
		assertFits(app, size);
	}, size);
	setLanguage('en');
	const w = await world('key_replaced');
	const app = drive(w.props(), size);
	try {
		await app.choose('They fail with something else');
		await app.choose('401 Authentication Fails');
		await app.choose('The key in DEEPSEEK_API_KEY');
		const leaf = flat(await app.waitFor('What to do:', 8000));
		// Two rows of it: what happened is in them, not only which key this tool sent.
		assert.match(leaf, /Something between here and DeepSeek replaced the key: /, leaf);
		assertFits(app, size);
	} finally {
		app.unmount();
		await w.close();
	}
});

test('a short term in a Chinese list stays on one row at 40×15 (“微信支付”, not “微信支 / 付”): the list breaks at its “、”', async () => {
	await result402InBothLanguages('rate_limited_balance', {columns: 40, rows: 15}, (leaf, language) => {
		if (language === 'en') return;
		assert.match(leaf, /^ +微信支付、/m, leaf);
		assert.doesNotMatch(leaf, /微信支$/m, leaf);
	}, true);
});

test('every check at a base URL that redirects to a website, at 40×15 in Chinese: the title breaks before the address it names, never between 转到 and 了; the redirect summary keeps “HTTP 301” on one line', async () => {
	const size = {columns: 40, rows: 15};
	await inChinese(
		await world('redirect_website', {host: null}),
		async app => {
			await app.choose('运行全部检查');
			await app.choose('DEEPSEEK_API_KEY');
			await app.choose('不用，跳过');
			const screen = await app.waitFor('解决办法：', 8000);
			assert.match(screen, /^✖ \S+ 不是 API：调用转到了\n {2}www\.deepseek\.com$/m, screen);
			assert.doesNotMatch(screen, /^ *了/m, screen);
			assert.doesNotMatch(screen, /HTTP$/m, screen);
			assertFits(app, size);
		},
		size,
	);
});
