// The "reachable" result in a short window (40×15), in both languages: its first line, the
// one a short window keeps, is a whole sentence, and no line ends in a colon with nothing
// under it.
import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {setLanguage, type Language} from '../../source/messages/language.js';
import {drive, leftOnTerminal, world} from './helpers.js';

afterEach(() => setLanguage('en'));

const walks: Record<Language, {start: string; steps: string[]; title: RegExp; fixHeading: string}> = {
	en: {start: 'What is happening?', steps: ['They fail with something else', 'Timeouts, connection resets'], title: /is reachable from here/, fixHeading: 'What to do:'},
	'zh-CN': {start: '遇到了什么情况？', steps: ['调用报了别的错', '超时、连接被重置'], title: /从这里可以连上/, fixHeading: '解决办法：'},
};

/** Lines that end in a colon whose next line is not indented further (nothing under them). */
function danglingColons(screen: string): string[] {
	const lines = screen.split('\n');
	const indent = (line: string) => line.length - line.trimStart().length;
	return lines.filter((line, index) => /[:：]\s*$/.test(line) && indent(lines[index + 1] ?? '') <= indent(line));
}

for (const language of ['en', 'zh-CN'] as const) {
	test(`the reachable result at 40×15 (${language}): the first line is a whole sentence, no colon with nothing under it`, async () => {
		const walk = walks[language];
		const w = await world('ok');
		setLanguage(language);
		const app = drive(w.props(), {columns: 40, rows: 15});
		try {
			await app.waitFor(walk.start);
			for (const step of walk.steps) await app.choose(step);
			const screen = await app.waitFor(walk.title);
			await app.waitFor(walk.fixHeading);
			const lines = app.lastFrame().split('\n');
			const titleAt = lines.findIndex(line => walk.title.test(line));
			const fixAt = lines.indexOf(walk.fixHeading);
			// What stands between the title and the fixes (check rows start with their icon).
			const text = lines.slice(titleAt + 1, fixAt).filter(line => line.startsWith('  '));
			assert.ok(text.length > 0, `a line under the title:\n${screen}`);
			const first = text.map(line => line.trim()).join(language === 'en' ? ' ' : '');
			assert.match(first, /[.。]$/, `a whole sentence:\n${app.lastFrame()}`);
			assert.ok(!first.includes('…'), `not cut:\n${app.lastFrame()}`);
			assert.deepEqual(danglingColons(app.lastFrame()), [], app.lastFrame());
		} finally {
			app.unmount();
			await w.close();
		}
	});
}

test('reachable while the status page says degraded (100×30): the title is no ✔ above the ⚠ status row, on the screen and in the record', async () => {
	const w = await world('status_degraded');
	const app = drive(w.props(), {columns: 100, rows: 30});
	try {
		await app.waitFor(walks.en.start);
		for (const step of walks.en.steps) await app.choose(step);
		const screen = await app.waitFor('What to do:');
		const title = screen.split('\n').find(line => walks.en.title.test(line)) ?? '';
		assert.match(screen, /^⚠ DeepSeek status: degraded/m, screen);
		assert.match(title, /^⚠ /, screen);
		await app.press('q');
		await app.exited;
		const record = leftOnTerminal(app).split('\n').find(line => walks.en.title.test(line)) ?? '';
		assert.match(record, /^⚠ /, leftOnTerminal(app));
	} finally {
		app.unmount();
		await w.close();
	}
});
