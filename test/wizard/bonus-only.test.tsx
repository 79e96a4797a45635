// The bonus-only result: the title says the finding, the Balance row under it the numbers,
// and no sentence says the finding twice; at every size, in English and Chinese, the
// numbers stay on the screen (the title no longer carries them).
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {setLanguage} from '../../source/messages/language.js';
import {assertFits, drive, flat, world} from './helpers.js';

afterEach(() => setLanguage('en'));

const languages = {
	en: {
		start: 'What is happening?',
		balance: 'Check my balance',
		key: 'The key in DEEPSEEK_API_KEY',
		title: '⚠ All of your balance is bonus credit\n',
		row: /^⚠ Balance: 5\.00 CNY \(granted 5\.00,\s+topped up 0\.00\)$/m,
		finding: /all of it is bonus credit/i,
	},
	'zh-CN': {
		start: '遇到了什么情况？',
		balance: '查余额',
		key: 'DEEPSEEK_API_KEY 里的 key',
		title: '⚠ 你的余额全部是赠送余额\n',
		row: /^⚠ 余额：5\.00 CNY（赠送 5\.00，充值 0\.00）$/m,
		finding: /全部是赠送余额，会过期/,
	},
} as const;

for (const [language, text] of Object.entries(languages)) {
	for (const [columns, rows] of [
		[100, 30],
		[60, 20],
		[40, 15],
	] as const) {
		test(`bonus credit only, ${language} at ${columns}×${rows}: the title says the finding, the Balance row the numbers, once each`, async () => {
			const w = await world('bonus_only');
			setLanguage(language === 'en' ? 'en' : 'zh-CN');
			const app = drive(w.props(), {columns, rows});
			try {
				await app.waitFor(text.start);
				await app.choose(text.balance);
				await app.choose(text.key);
				const leaf = await app.waitFor(text.title);
				assert.match(leaf, text.row, leaf);
				assert.doesNotMatch(flat(leaf), text.finding, `the finding said twice:\n${leaf}`);
				assert.equal(leaf.split('5.00 CNY').length - 1, 1, `the amount once:\n${leaf}`);
				assertFits(app, columns, rows);
			} finally {
				app.unmount();
				await w.close();
			}
		});
	}
}
