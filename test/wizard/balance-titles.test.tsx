// The bonus-only and the empty-balance results: the title says the finding, the Balance
// row under it the numbers, and no sentence says the finding twice; at every size, in
// English and Chinese, the numbers stay on the screen (the title no longer carries them).
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {setLanguage} from '../../source/messages/language.js';
import {assertFits, drive, flat, world} from './helpers.js';

afterEach(() => setLanguage('en'));

const languages = {
	en: {start: 'What is happening?', balance: 'Check my balance', key: 'The key in DEEPSEEK_API_KEY'},
	'zh-CN': {start: '遇到了什么情况？', balance: '查余额', key: 'DEEPSEEK_API_KEY 里的 key'},
} as const;

const results = {
	bonus_only: {
		amount: '5.00 CNY',
		en: {
			title: '⚠ All of your balance is bonus credit\n',
			row: /^⚠ Balance: 5\.00 CNY \(granted 5\.00,\s+topped up 0\.00\)$/m,
			finding: /all of it is bonus credit/i,
		},
		'zh-CN': {
			title: '⚠ 你的余额全部是赠送余额\n',
			row: /^⚠ 余额：5\.00 CNY（赠送 5\.00，充值 0\.00）$/m,
			finding: /全部是赠送余额，会过期/,
		},
	},
	zero_balance: {
		amount: '0.00 CNY',
		en: {
			title: '✖ Your DeepSeek balance is empty\n',
			row: /^✖ Balance: 0\.00 CNY \(granted 0\.00,\s+topped up 0\.00\)$/m,
			finding: /nothing left to pay for calls/i,
		},
		'zh-CN': {
			title: '✖ 你的 DeepSeek 余额已用完\n',
			row: /^✖ 余额：0\.00 CNY（赠送 0\.00，\s*充值 0\.00）$/m,
			finding: /已经用完/,
		},
	},
} as const;

/** The balance path's result screen, in `language`, once `title` is on it (it fits the window). */
async function balanceResult(scenario: 'bonus_only' | 'zero_balance' | 'usd' | 'low_balance' | 'usd_empty_cny_funded', language: string, title: string, size: {columns: number; rows: number}): Promise<string> {
	const text = languages[language as keyof typeof languages];
	const w = await world(scenario);
	setLanguage(language === 'en' ? 'en' : 'zh-CN');
	const app = drive(w.props(), size);
	try {
		await app.waitFor(text.start);
		await app.choose(text.balance);
		await app.choose(text.key);
		const leaf = await app.waitFor(title);
		assertFits(app, size.columns, size.rows);
		return leaf;
	} finally {
		app.unmount();
		await w.close();
	}
}

for (const [scenario, result] of Object.entries(results)) {
	for (const language of Object.keys(languages)) {
		const says = result[language as keyof typeof languages];
		for (const [columns, rows] of [
			[100, 30],
			[60, 20],
			[40, 15],
		] as const) {
			test(`${scenario}, ${language} at ${columns}×${rows}: the title says the finding, the Balance row the numbers, once each`, async () => {
				const leaf = await balanceResult(scenario as 'bonus_only' | 'zero_balance', language, says.title, {columns, rows});
				assert.match(leaf, says.row, leaf);
				assert.doesNotMatch(flat(leaf), says.finding, `the finding said twice:\n${leaf}`);
				assert.equal(leaf.split(result.amount).length - 1, 1, `the amount once:\n${leaf}`);
			});
		}
	}
}

// The empty balance at 40×15: the line on bonus credit gets two rows there, and says all of its point in them (not cut with '…').
for (const [language, title, explained] of [
	['en', results.zero_balance.en.title, /Granted credit is spent first and expires; new accounts get none\./],
	['zh-CN', results.zero_balance['zh-CN'].title, /赠送余额优先扣除且会过期；新注册的账号\s?没有赠送余额。/],
] as const) {
	test(`zero_balance, ${language} at 40×15: why a balance empties (bonus credit first, none for a new account) is said whole`, async () => {
		const leaf = await balanceResult('zero_balance', language, title, {columns: 40, rows: 15});
		assert.match(flat(leaf), explained, leaf);
	});
}

// The balance path with credit: the title says the balance, the Balance row under it the split; no line says the split again.
// A low balance: the title says it is low and how much; the Balance row under it (the split and the mark it is under) stays,
// before the line under it, at 60×20 and 40×15 too (it was dropped at 40×15 for the alert line and the first fix).
const withCredit = {
	usd: {
		amount: '12.37',
		// The title's total, the row's total and its topped-up part: three, not a line with the split again.
		times: 3,
		en: {title: '✔ Your balance: 12.37 USD\n', row: /✔ Balance: 12\.37 USD \(granted 0\.00,\s+topped up 12\.37\)/},
		'zh-CN': {title: '✔ 你的余额：12.37 USD\n', row: /✔ 余额：12\.37 USD（赠送 0\.00，\s*充值\s*12\.37）/},
	},
	low_balance: {
		amount: '0.35',
		times: 3,
		en: {title: '⚠ Your balance is low: 0.35 CNY\n', row: /⚠ Balance: 0\.35 CNY \(granted 0\.00,\s+topped up 0\.35\): below\s+1\.00 CNY\./},
		'zh-CN': {title: '⚠ 你的余额不多了：0.35 CNY\n', row: /⚠ 余额：0\.35 CNY（赠送 0\.00，\s*充值\s*0\.35），低于\s*1\.00 CNY。/},
	},
	// Two currencies as a real answer lists them, an empty USD row before 71.46 CNY: the CNY is the balance, first in the
	// row with its split, and the empty USD after it by its total alone (it had led the row with its three zeros).
	usd_empty_cny_funded: {
		amount: '71.46',
		times: 3,
		en: {title: '✔ Your balance: 71.46 CNY\n', row: /✔ Balance: 71\.46 CNY \(granted 0\.00,\s+topped up 71\.46\);\s+0\.00 USD(?!\s*\()/},
		'zh-CN': {title: '✔ 你的余额：71.46 CNY\n', row: /✔ 余额：71\.46 CNY（赠送 0\.00，\s*充值\s*71\.46）；\s*0\.00 USD(?!\s*（)/},
	},
} as const;
for (const [scenario, result] of Object.entries(withCredit)) {
	for (const language of Object.keys(languages)) {
		for (const [columns, rows] of [
			[60, 20],
			[40, 15],
		] as const) {
			test(`${scenario}, ${language} at ${columns}×${rows}: the balance in the title, the split in the Balance row, neither said again`, async () => {
				const says = result[language as keyof typeof languages];
				const leaf = await balanceResult(scenario as keyof typeof withCredit, language, says.title, {columns, rows});
				assert.match(flat(leaf), says.row, leaf);
				assert.equal(leaf.split(result.amount).length - 1, result.times, `the split said again:\n${leaf}`);
			});
		}
	}
}

// At 40×15 the low balance keeps two rows of its first line: "DeepSeek sends no low-balance
// alerts and has no auto-reload: this tool…" lost what the sentence is for (the tool warns).
for (const [language, title, point] of [
	['en', '⚠ Your balance is low: 0.35 CNY\n', /this tool can warn you\.$/m],
	['zh-CN', '⚠ 你的余额不多了：0.35 CNY\n', /可以让本工具来提醒你。$/m],
] as const) {
	test(`low_balance, ${language} at 40×15: the first line says whole that this tool can warn`, async () => {
		const leaf = await balanceResult('low_balance', language, title, {columns: 40, rows: 15});
		assert.match(leaf, point, leaf);
	});
}
