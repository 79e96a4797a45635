// DEEPSEEK_API_KEY in the wizard's environment while the user's ~/.zshrc (or, on Windows, their
// environment variables) saves another key for new shells: the start screen says so under the key
// line once it is read (after the first frame), the key step says how to check that one, and a
// refused key's result says to use it first. The saved key never shows whole.
import '../helpers/map-hosts.mjs';
import diagnosticsChannel from 'node:diagnostics_channel';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {thisComputer} from '../../source/deepseek/saved-key.js';
import {setLanguage} from '../../source/messages/language.js';
import {windowsRegistry} from '../helpers/windows-registry.js';
import {assertFits, drive, firstFixShown, flatIn, walkEveryCheck, world} from './helpers.js';

// Built, so that no key-shaped string sits in this file.
const savedKey = 'sk-' + 'aaaabbbbccccdddd'.repeat(2);

function homeWithZshrc(): string {
	const home = mkdtempSync(path.join(tmpdir(), 'dsf-wizard-home-'));
	writeFileSync(path.join(home, '.zshrc'), `export DEEPSEEK_API_KEY="${savedKey}"\n`);
	return home;
}

const texts = {
	en: {
		question: 'What is happening?',
		note: 'Another key in ~/.zshrc: sk-…dddd (new terminals get it)',
		keyQuestion: 'Which API key should be checked?',
		help: '~/.zshrc sets another key (sk-…dddd), which new terminals get: to check it, quit, open a new terminal or run source ~/.zshrc, and start deepseek-fix again (restart your editor if the program runs from it).',
		fix: 'Use the key in ~/.zshrc: open a new terminal or run source ~/.zshrc',
	},
	'zh-CN': {
		question: '遇到了什么情况？',
		note: '~/.zshrc 里是另一个 key：sk-…dddd（新终端会用它）',
		keyQuestion: '要检查哪个 API key？',
		help: '~/.zshrc 设置了另一个 key（sk-…dddd），新终端会用它：要检查它，请退出，打开一个新终端或运行 source ~/.zshrc，再启动 deepseek-fix（程序在编辑器里运行的话，重启编辑器）。',
		fix: '使用 ~/.zshrc 里的 key：打开一个新终端或运行 source ~/.zshrc',
	},
} as const;

const noPieceOfSavedKey = (frames: string[]) => {
	const all = frames.join('\n');
	for (let at = 3; at + 8 <= savedKey.length; at++) assert.ok(!all.includes(savedKey.slice(at, at + 8)), 'a frame holds a piece of the saved key');
};

/** The API key row on a result screen, its rows joined: from its icon to the next row that does not continue it. */
function keyRow(screen: string): string {
	const lines = screen.split('\n');
	const at = lines.findIndex(line => /^⚠ API key[:：]/.test(line));
	if (at < 0) return '';
	const end = lines.findIndex((line, index) => index > at && !line.startsWith('  '));
	return lines.slice(at, end < 0 ? undefined : end).join(' ');
}

for (const size of [{columns: 60, rows: 20}, {columns: 40, rows: 15}]) {
	test(`~/.zshrc saves another key than DEEPSEEK_API_KEY's (${size.columns}×${size.rows}): read after the first frame; the start screen, the key step and a refused key's first fix say so, in English and Chinese`, async () => {
		for (const language of ['en', 'zh-CN'] as const) {
			setLanguage(language);
			const text = texts[language];
			const w = await world('invalid_key', {env: {HOME: homeWithZshrc()}});
			const stores = thisComputer(w.env);
			let framesAtFirstRead: number | undefined;
			const drawn = {frames: () => 0};
			const app = drive(w.props({keyStores: {...stores, readFile: file => ((framesAtFirstRead ??= drawn.frames()), stores.readFile(file))}}), size);
			drawn.frames = () => app.frames().length;
			try {
				await app.waitFor(text.question);
				const start = await app.waitFor(text.note.slice(0, 12));
				assert.ok(flatIn(language, start).includes(flatIn(language, text.note)), start);
				assert.ok(framesAtFirstRead !== undefined && framesAtFirstRead >= 1, `a start-up file was read before the first frame (${String(framesAtFirstRead)})`);
				assertFits(app, size.columns, size.rows);
				await app.choose(language === 'en' ? 'Run every check' : '运行全部检查');
				const keyStep = await app.waitFor(text.keyQuestion);
				assert.ok(flatIn(language, keyStep).includes(flatIn(language, text.help)), keyStep);
				assertFits(app, size.columns, size.rows);
				await app.choose('DEEPSEEK_API_KEY');
				await app.choose(language === 'en' ? 'No, skip it' : '不用，跳过');
				const leaf = await app.waitFor(language === 'en' ? /What to do/ : /解决办法/);
				assert.ok(flatIn(language, firstFixShown(leaf)).startsWith(flatIn(language, text.fix)), leaf);
				assertFits(app, size.columns, size.rows);
				// At 60×20 the API key row is cut to fit, but not before the other key: both keys show (sk-…cdef is this run's).
				if (size.columns === 60) {
					const row = keyRow(leaf);
					assert.ok(row.includes('sk-…cdef') && row.includes('sk-…dddd'), leaf);
				}
				noPieceOfSavedKey(app.frames());
				// Nothing of it in the settings the walk wrote either.
				for (const file of ['config.json']) {
					try {
						assert.ok(!readFileSync(path.join(w.configDir, file), 'utf8').includes(savedKey.slice(3, 11)));
					} catch (error) {
						if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
					}
				}
			} finally {
				app.unmount();
				setLanguage('en');
				await w.close();
			}
		}
	});
}

test('Windows: the user\'s variables save another key: reg.exe after the first frame, the start screen says so', async () => {
	const w = await world('ok');
	let framesAtFirstRun: number | undefined;
	const drawn = {frames: () => 0};
	const registry = windowsRegistry({user: savedKey}, {onRun: () => (framesAtFirstRun ??= drawn.frames())});
	const app = drive(w.props({keyStores: registry.stores}), {columns: 40, rows: 15});
	drawn.frames = () => app.frames().length;
	try {
		const start = await app.waitFor('Another key in');
		assert.match(flatIn('en', start), /Another key in your user variables: sk-…dddd \(new windows get it\)/);
		assert.ok(framesAtFirstRun !== undefined && framesAtFirstRun >= 1, `reg.exe ran before the first frame (${String(framesAtFirstRun)})`);
		assertFits(app, 40, 15);
		noPieceOfSavedKey(app.frames());
	} finally {
		app.unmount();
		await w.close();
	}
});

test('the same key in ~/.zshrc, or a key pasted (no DEEPSEEK_API_KEY): no note', async () => {
	const home = mkdtempSync(path.join(tmpdir(), 'dsf-wizard-home-'));
	const w = await world('ok', {env: {HOME: home}});
	writeFileSync(path.join(home, '.zshrc'), `export DEEPSEEK_API_KEY=${w.env['DEEPSEEK_API_KEY']}\n`);
	const app = drive(w.props({}), {columns: 60, rows: 20});
	try {
		await app.waitFor('What is happening?');
		await walkEveryCheck(app);
		await app.waitFor(/What to do|No problem found/);
		assert.ok(app.frames().every(frame => !frame.includes('Another key in')));
	} finally {
		app.unmount();
		await w.close();
	}
});

test('a check step: the key check\'s GET /models is on its way before key_present reads a start-up file (key_present\'s later step holds no check that needs it)', async () => {
	const created: string[] = [];
	const onCreate = (message: unknown) => created.push(String((message as {request?: {path?: unknown}}).request?.path));
	diagnosticsChannel.subscribe('undici:request:create', onCreate);
	// On DeepSeek's own host, where the endpoint check asks nothing and only the key check asks for /models.
	const w = await world('ok', {env: {HOME: homeWithZshrc()}, host: 'api.deepseek.com'});
	const stores = thisComputer(w.env);
	const asked: string[][] = [];
	const app = drive(w.props({keyStores: {...stores, readFile: file => (asked.push([...created]), stores.readFile(file))}}), {columns: 60, rows: 20});
	try {
		await app.waitFor('What is happening?');
		await app.waitFor('Another key in ~/.zshrc');
		// The start screen's own read came before any request; the check step's come after its GET /models was created.
		const beforeChecks = asked.length;
		await walkEveryCheck(app);
		await app.waitFor(/Nothing blocks your calls, but 1 warning/);
		const inChecks = asked.slice(beforeChecks);
		assert.ok(inChecks.length > 0, 'key_present read no start-up file');
		assert.ok(inChecks[0]!.some(path => path.endsWith('/models')), `key_present read ~/.zshrc before GET /models was on its way: ${JSON.stringify(inChecks[0])}`);
	} finally {
		diagnosticsChannel.unsubscribe('undici:request:create', onCreate);
		app.unmount();
		await w.close();
	}
});
