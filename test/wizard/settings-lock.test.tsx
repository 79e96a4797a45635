// A save the user asked for while another run holds the settings lock (a cron `balance`,
// a second wizard): the wizard says what it waits for, instead of sitting silent for up
// to 15 s, and the outcome replaces that line once the lock is free.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lock} from 'proper-lockfile';
import {setLanguage} from '../../source/messages/language.js';
import {loadSettings, settingsPath} from '../../source/settings/index.js';
import {drive, flatIn, keys, waitUntil, world} from './helpers.js';

const said = {
	en: {
		walk: ['My calls fail with 402', 'My own code', 'from DEEPSEEK_BASE_URL', 'The key in DEEPSEEK_API_KEY'],
		result: 'What to do:',
		remember: 'Remember these settings',
		waiting: /Waiting for another deepseek-fix to finish writing \S*config\.json \(at most 15 s; Ctrl\+C stops\)\./,
		saved: 'Remembered the base URL',
	},
	'zh-CN': {
		walk: ['调用失败，报 402', '我自己的代码', 'DEEPSEEK_BASE_URL', 'DEEPSEEK_API_KEY 里的 key'],
		result: '解决办法：',
		remember: '记住这些设置',
		waiting: /正在等另一个deepseek-fix写完\S*config\.json（最多15秒；按Ctrl\+C停止）。/,
		saved: '已记住 base URL',
	},
} as const;

for (const language of ['en', 'zh-CN'] as const) {
	test(`${language}: "Remember these settings" while another run holds the lock says it waits, then what it saved`, async () => {
		setLanguage(language);
		try {
			const w = await world('zero_balance');
			const text = said[language];
			const app = drive(w.props());
			try {
				for (const label of text.walk) await app.choose(label);
				await app.waitFor(text.result);
				const release = await lock(settingsPath(w.env), {realpath: false});
				try {
					await app.choose(text.remember);
					await waitUntil(() => text.waiting.test(flatIn(language, app.lastFrame())), 'the line saying what the save waits for');
					assert.equal(loadSettings(w.env).settings.baseUrl, undefined, 'nothing written while the lock is held');
				} finally {
					await release();
				}
				const after = await app.waitFor(text.saved);
				assert.doesNotMatch(flatIn(language, after), text.waiting, 'the outcome replaces the waiting line');
				assert.equal(loadSettings(w.env).settings.baseUrl, w.env['DEEPSEEK_BASE_URL']);
			} finally {
				app.unmount();
				await w.close();
			}
		} finally {
			setLanguage('en');
		}
	});
}

test('the low-balance alert typed while another run holds the lock: the waiting line under the field, then the walk moves on', async () => {
	const w = await world('zero_balance');
	const app = drive(w.props());
	try {
		await app.choose('Check my balance');
		await app.choose('The key in DEEPSEEK_API_KEY');
		await app.choose('Set a low-balance alert');
		await app.waitFor('Warn me when the balance is under');
		await app.type('5');
		const release = await lock(settingsPath(w.env), {realpath: false});
		try {
			await app.press(keys.enter);
			await waitUntil(() => said.en.waiting.test(flatIn('en', app.lastFrame())), 'the line saying what the save waits for');
			assert.match(app.lastFrame(), /> 5/, 'still at the field');
		} finally {
			await release();
		}
		await waitUntil(() => loadSettings(w.env).settings.alertThreshold === '5', 'the alert saved once the lock is free');
		await waitUntil(() => !said.en.waiting.test(flatIn('en', app.lastFrame())), 'the waiting line gone');
	} finally {
		app.unmount();
		await w.close();
	}
});
