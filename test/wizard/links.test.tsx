// The wizard at 40 columns (its least) and 44: a fix's link is never broken over rows (ink breaks a
// row wider than the window in the middle, and half a link does not copy).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {setLanguage} from '../../source/messages/language.js';
import {displayWidth} from '../../source/text/width.js';
import {assertFits, drive, focusedLabel, keys, session, walk402, world, type Driven} from './helpers.js';

for (const columns of [40, 44]) {
	test(`the empty-balance result at ${columns} columns: each link whole on a row that fits`, async () => {
		const w = await world('zero_balance');
		await session(
			w,
			async app => {
				await walk402(app);
				const leaf = await app.waitFor(/What to do/);
				const rows = leaf.split('\n');
				const links = rows.filter(row => row.includes('platform.deepseek.com/'));
				// The links of the fixes shown, and the actions naming them.
				for (const link of ['platform.deepseek.com/top_up', 'platform.deepseek.com/transactions']) {
					assert.ok(links.some(row => row.includes(link)), `${link} whole on one row:\n${leaf}`);
				}
				for (const row of links) {
					assert.match(row.trim(), /(^|[ :])(https:\/\/)?platform\.deepseek\.com\/(top_up|transactions|api_keys)$/, `a link cut or broken: ${JSON.stringify(row)}\n${leaf}`);
					assert.ok(displayWidth(row) <= columns, `wider than the window: ${JSON.stringify(row)}`);
				}
			},
			{},
			{columns, rows: 40},
		);
	});
}

/** Every action of the leaf on screen, moving the pointer from the first to the last: each label as drawn (wrapped rows joined). */
async function everyAction(app: Driven, last: string): Promise<string[]> {
	const seen: string[] = [];
	for (let moves = 0; moves < 20; moves++) {
		const label = focusedLabel(app.lastFrame());
		seen.push(label);
		if (label.includes(last)) return seen;
		await app.press(keys.down);
	}
	throw new Error(`never reached "${last}":\n${app.lastFrame()}`);
}

/** Move up to the action drawn as one of `labels` (as the notice it leaves redraws the list, either form), and pick it. */
async function pickUp(app: Driven, labels: readonly string[]): Promise<void> {
	for (let moves = 0; moves < 20; moves++) {
		if (labels.includes(focusedLabel(app.lastFrame()))) return app.press(keys.enter);
		await app.press(keys.up);
	}
	throw new Error(`no ${labels.join(' / ')} going up:\n${app.lastFrame()}`);
}

// At 40×15 the empty balance's first line needs the row a wrapped label would take, so every
// action is on one row: "Open platform.deepseek.com/transactions" was cut inside its URL
// ("…/transactio…"), and so was "Copy the link: …/top_up". A link option reads whole: its
// URL when it fits, else the page in words; it still opens and copies the whole URL.
const texts = {
	en: {
		walk: ['My calls fail with 402', 'My own code', 'from DEEPSEEK_BASE_URL', 'The key in DEEPSEEK_API_KEY'],
		start: 'What is happening?',
		leaf: 'What to do',
		last: 'Quit',
		link: /^❯ (Open |Copy the link)/,
		transactions: ['❯ Open platform.deepseek.com/transactions', '❯ Open the transactions page'],
		copy: ['❯ Copy the link: platform.deepseek.com/top_up', '❯ Copy the link to the top-up page'],
	},
	'zh-CN': {
		walk: ['调用失败，报 402', '我自己的代码', '来自 DEEPSEEK_BASE_URL', 'DEEPSEEK_API_KEY 里的 key'],
		start: '遇到了什么情况？',
		leaf: '解决办法',
		last: '退出',
		link: /^❯ (打开|复制)/,
		transactions: ['❯ 打开 platform.deepseek.com/transactions', '❯ 打开账单页面'],
		copy: ['❯ 复制链接：platform.deepseek.com/top_up', '❯ 复制充值页面的链接'],
	},
} as const;

for (const language of ['en', 'zh-CN'] as const) {
	test(`the empty-balance result at 40×15 (${language}): no link option is cut, and each still opens or copies its whole link`, async () => {
		const text = texts[language];
		const w = await world('zero_balance', {env: {TERM: 'xterm-256color'}});
		const opened: string[] = [];
		const written: string[] = [];
		setLanguage(language);
		const app = drive(w.props({openUrl: async url => void opened.push(url), terminal: {isTTY: true, write: data => void written.push(data)}}), {columns: 40, rows: 15});
		try {
			await app.waitFor(text.start);
			for (const label of text.walk) await app.choose(label);
			await app.waitFor(text.leaf);
			const labels = await everyAction(app, text.last);
			const links = labels.filter(label => text.link.test(label));
			assert.equal(links.length, 3, labels.join('\n'));
			for (const label of links) assert.doesNotMatch(label, /…/, `a link option cut: ${label}`);
			assert.ok((text.transactions as readonly string[]).includes(links[1]!), links[1]);
			assert.ok((text.copy as readonly string[]).includes(links[2]!), links[2]);
			// Going back up: the copy action first, then the transactions page.
			await pickUp(app, text.copy);
			await app.waitFor('https://platform.deepseek.com/top_up');
			await pickUp(app, text.transactions);
			// The notice's link on a row of its own, whole: 42 columns with its https://, so without it.
			await app.waitFor(/^platform\.deepseek\.com\/transactions$/m);
			assert.deepEqual(opened, ['https://platform.deepseek.com/transactions']);
			assert.deepEqual(written, [`\u001B]52;c;${Buffer.from('https://platform.deepseek.com/top_up').toString('base64')}\u0007`]);
		} finally {
			app.unmount();
			setLanguage('en');
			await w.close();
		}
	});
}

// A link no row of the window holds even without its https:// (45 columns at 40) was drawn
// under the notice broken over two rows ("…/quick_start/error_" / "codes"): it neither read
// nor copied. A sentence says how wide it is instead; the action opened the whole link.
test('the 5xx result at 40×15: a link wider than the window is not drawn broken under the notice', async () => {
	const w = await world('server_error');
	const tried: string[] = [];
	await session(
		w,
		async app => {
			await app.choose('They fail with something else');
			await app.choose('500 Server Error or 503');
			await app.waitFor('What to do:', 8000);
			await app.choose('Open the error codes page');
			const screen = await app.waitFor('Could not open a browser here');
			assert.match(screen, /^\(The link needs a 45-column window\.\)$/m, screen);
			assert.doesNotMatch(screen, /quick_start\/|error_codes|^ *codes$/m, `a piece of the link:\n${screen}`);
			assert.deepEqual(tried, ['https://api-docs.deepseek.com/quick_start/error_codes']);
			assertFits(app, 40, 15);
		},
		{
			openUrl: async url => {
				tried.push(url);
				throw new Error('no browser');
			},
		},
		{columns: 40, rows: 15},
	);
});
