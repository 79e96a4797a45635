// The help `?` opens over a menu or a result: it says the keys, what the tool does and
// what costs money, where the settings are kept and the commands for scripts; ?, Esc or
// Backspace close it onto the same screen with the same option highlighted; in a text
// field ? is a character; it scrolls in a short window and reads in Chinese.
import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {setLanguage} from '../../source/messages/language.js';
import {chineseProblems} from '../helpers/chinese.js';
import {assertFits, drive, flat, focusedLabel, keys, session, world, type Driven} from './helpers.js';

afterEach(() => setLanguage('en'));

const helpKey = '?';
const endKey = '\u001B[F';
/** A row only the help has. */
const helpShown = /Without the wizard/;
const helpShownZh = /不用向导时/;
const lastLine = (app: Driven) => app.lastFrame().trimEnd().split('\n').at(-1) ?? '';

test('? on the start screen shows the help; Esc closes it onto the same option, still highlighted', async () => {
	const w = await world('ok');
	await session(w, async app => {
		await app.press(keys.down, keys.down);
		const before = focusedLabel(app.lastFrame());
		assert.notEqual(before, '');
		await app.press(helpKey);
		const help = flat(await app.waitFor(helpShown));
		assert.match(help, /↑↓ or j k move/);
		assert.match(help, /Esc back a step \(Backspace too\)/);
		assert.match(help, /Ctrl\+C quit now, even while typing/);
		// Narrow key hints leave L out: the help always says it.
		assert.match(help, /L 中文 \(Chinese\), on the start screen/);
		assert.match(help, /finds out why calls to the DeepSeek API fail/);
		assert.match(help, /Only the optional test call costs money .* only after you say yes/);
		// The file `config --path` prints, whole.
		assert.ok(help.replaceAll(' ', '').includes(path.join(w.configDir, 'config.json').replaceAll(' ', '')), help);
		assert.match(help, /deepseek-fix check --json/);
		assert.match(help, /deepseek-fix balance --below 5/);
		assert.match(help, /deepseek-fix report/);
		assert.doesNotMatch(app.lastFrame(), /What is happening\?/, 'the help covers the screen');
		assert.match(lastLine(app), /\? or Esc close · q quit$/);
		await app.press(keys.escape);
		await app.waitFor('What is happening?');
		assert.doesNotMatch(app.lastFrame(), helpShown);
		assert.equal(focusedLabel(app.lastFrame()), before, 'the same option is highlighted');
		assert.match(lastLine(app), /\? help · q quit$/, 'the start screen\'s hints name ?');
	});
});

test('on a later question, ? closes the help too, and Esc there closes it without going back', async () => {
	await session(await world('ok'), async app => {
		await app.choose('My calls fail with 402');
		await app.waitFor('Which program');
		await app.press(keys.down);
		const before = focusedLabel(app.lastFrame());
		const crumb = app.lastFrame().split('\n')[0];
		await app.press(helpKey);
		await app.waitFor(helpShown);
		assert.equal(app.lastFrame().split('\n')[0], crumb, 'the breadcrumb still says where the user is');
		// Keys for the list do nothing to it while the help is open.
		await app.press(keys.down, keys.enter);
		await app.press(helpKey);
		await app.waitFor('Which program');
		assert.doesNotMatch(app.lastFrame(), helpShown);
		assert.equal(focusedLabel(app.lastFrame()), before, 'the same option, not moved by the keys pressed over the help');
		await app.press(helpKey);
		await app.waitFor(helpShown);
		await app.press(keys.escape);
		await app.waitFor('Which program');
		assert.equal(focusedLabel(app.lastFrame()), before, 'Esc closed the help, it did not go back a step');
	});
});

test('? on a result shows the help over it, and q there quits', async () => {
	const w = await world('zero_balance');
	await session(w, async app => {
		await app.choose('Check my balance');
		await app.choose('The key in DEEPSEEK_API_KEY');
		await app.waitFor('What to do:');
		await app.press(helpKey);
		await app.waitFor(helpShown);
		await app.press('q');
		assert.equal(await app.exited, 1, 'quit from the help, with the result\'s exit code');
	});
});

test('in a text field ? is typed, not the help', async () => {
	await session(await world('ok'), async app => {
		await app.choose('My calls fail with 402');
		await app.choose('My own code');
		await app.choose('Another address');
		await app.waitFor('Type the base URL');
		await app.type('a?b');
		await app.waitFor('a?b');
		await app.press(helpKey);
		await app.waitFor('a?b?');
		assert.doesNotMatch(app.lastFrame(), helpShown);
	});
});

test('40×15: the help scrolls between its marks, to the commands at the end, and every frame fits', async () => {
	const size = {columns: 40, rows: 15};
	await session(
		await world('ok'),
		async app => {
			const from = app.frames().length;
			await app.press(helpKey);
			await app.waitFor(/↓ \d+ more lines/);
			assert.match(lastLine(app), /↑↓ scroll · \? or Esc close · q quit$/);
			assert.doesNotMatch(app.lastFrame(), /deepseek-fix report/, 'the end is below');
			await app.press(keys.down);
			await app.waitFor(/↑ 1 more line$/m);
			await app.press(endKey);
			const end = await app.waitFor('deepseek-fix report');
			assert.doesNotMatch(end, /↓ \d+ more/, 'nothing below the end');
			// Down at the end stays at the end.
			await app.press(keys.down, keys.down);
			assert.match(app.lastFrame(), /deepseek-fix report/);
			await app.press(keys.up);
			await app.waitFor(/↓ 1 more line$/m);
			assertFits(app, size.columns, size.rows, from);
			await app.press(helpKey);
			await app.waitFor('What is happening?');
		},
		{},
		size,
	);
});

test('the help in Chinese: every row Chinese, fitting 40 columns', async () => {
	setLanguage('zh-CN');
	const size = {columns: 40, rows: 15};
	const w = await world('ok');
	const app = drive(w.props(), size);
	try {
		await app.waitFor('遇到了什么情况？');
		assert.match(lastLine(app), /\? 帮助 · q 退出$/);
		const from = app.frames().length;
		await app.press(helpKey);
		const top = flat(await app.waitFor('按键'));
		assert.match(top, /↑↓ 或 j k 移动/);
		assert.match(lastLine(app), /↑↓ 滚动 · \? 或 Esc 关闭 · q 退出$/);
		assert.match(app.lastFrame(), /↓ 还有 \d+ 行$/m, 'the help counts lines, not items');
		await app.press(endKey);
		const end = flat(await app.waitFor(helpShownZh));
		assert.match(end, /deepseek-fix report 给客服的报告，不含 key/);
		for (const frame of app.frames().slice(from)) assert.deepEqual(chineseProblems(frame), [], frame);
		assertFits(app, size.columns, size.rows, from);
		await app.press(keys.escape);
		await app.waitFor('遇到了什么情况？');
	} finally {
		app.unmount();
		await w.close();
	}
});

test('at 40, 45 and 51 columns a question and a result still name ? help on their one hint row, and ? opens the help', async () => {
	for (const columns of [40, 45, 51]) {
		const size = {columns, rows: 20};
		await session(
			await world('zero_balance'),
			async app => {
				await app.choose('Check my balance');
				await app.waitFor('The key in DEEPSEEK_API_KEY');
				assert.match(lastLine(app), /· \? help · q quit$/, `${columns} columns, a question`);
				await app.choose('The key in DEEPSEEK_API_KEY');
				await app.waitFor('What to do:');
				assert.match(lastLine(app), /· \? help · q quit$/, `${columns} columns, a result`);
				await app.press(helpKey);
				await app.waitFor('open or close this help');
				assertFits(app, size.columns, size.rows);
			},
			{},
			size,
		);
	}
});

test('over a result, the help opens on its command for scripts, whole on a row of its own (60×20 in English; 40×15 in Chinese, where it goes on rows of its own broken between its arguments, each but the last ending with " \\"), where the result had no row for it', async () => {
	for (const [language, size, lead] of [['en', {columns: 60, rows: 20}, 'Same from a script:'], ['zh-CN', {columns: 40, rows: 15}, '脚本里的等效命令：']] as const) {
		setLanguage(language);
		const w = await world('zero_balance');
		const app = drive(w.props(), size);
		try {
			await app.press(keys.down, keys.down, keys.down);
			await app.press(keys.enter);
			await app.waitFor(/DEEPSEEK_API_KEY/);
			await app.press(keys.enter);
			const result = await app.waitFor(language === 'en' ? 'What to do:' : '解决办法：');
			assert.doesNotMatch(result, /deepseek-fix (?:check|balance)/, `${language}: the result has no row for it at ${size.columns}×${size.rows}`);
			const from = app.frames().length;
			await app.press(helpKey);
			const help = await app.waitFor(lead);
			const rows = help.split('\n').map(row => row.trimEnd());
			const at = rows.findIndex(row => row.trim() === lead);
			const commandRows = rows.slice(at + 1, rows.indexOf('', at + 1));
			// At 40 columns this one (--base-url, and --lang as the test's locale is not Chinese) needs more: rows from the
			// first column, broken between arguments, which pasted run as one command.
			if (language === 'en') assert.match(commandRows.join('|').trim(), /^deepseek-fix (?:check|balance) --base-url http:\/\/127\.0\.0\.1:\d+$/, `en: the command whole on the next row:\n${help}`);
			else {
				assert.ok(commandRows.length > 1 && commandRows.slice(0, -1).every(row => row.endsWith(' \\')) && commandRows.every(row => !row.startsWith(' ')), `zh-CN: rows of its own:\n${help}`);
				assert.match(commandRows.map(row => row.replace(/ \\$/, '')).join(' '), /^deepseek-fix (?:check|balance) --base-url http:\/\/127\.0\.0\.1:\d+ --lang zh-CN$/, `zh-CN: pasted, the command:\n${help}`);
			}
			if (language === 'zh-CN') for (const frame of app.frames().slice(from)) assert.deepEqual(chineseProblems(frame), [], frame);
			assertFits(app, size.columns, size.rows, from);
			await app.press(keys.escape);
			await app.waitFor(language === 'en' ? 'What to do:' : '解决办法：');
		} finally {
			app.unmount();
			await w.close();
			setLanguage('en');
		}
	}
});
