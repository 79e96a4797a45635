// No key in the wizard's environment, while it is saved for later shells: in the user's ~/.zshrc,
// or (on Windows, by setx or System Properties) in the user's or the system's environment
// variables. The start screen says where, and the key step says why this shell or window lacks
// it and what gets it (check's key_present says the same). The key itself never shows.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {setLanguage} from '../../source/messages/language.js';
import {fakeKey} from '../fake/server.js';
import {windowsRegistry} from '../helpers/windows-registry.js';
import {assertFits, drive, flat, flatIn, plain, session, waitUntil, world} from './helpers.js';

function homeWithZshrc(): string {
	const home = mkdtempSync(path.join(tmpdir(), 'dsf-wizard-home-'));
	writeFileSync(path.join(home, '.zshrc'), 'export DEEPSEEK_API_KEY=sk-saved-never-shown\n');
	return home;
}

test('a key saved in ~/.zshrc, not in this shell: the start screen and the key step say so, the key never shows', async () => {
	const w = await world('ok', {key: undefined, env: {HOME: homeWithZshrc()}});
	await session(w, async app => {
		assert.match(app.lastFrame(), /^Key: none here \(in ~\/\.zshrc\)$/m);
		await app.choose('Run every check');
		const screen = await app.waitFor('Which API key should be checked?');
		assert.match(flat(screen), /~\/\.zshrc sets DEEPSEEK_API_KEY, but this shell has not read it: quit, open a new terminal or run source ~\/\.zshrc, and start deepseek-fix again; or paste the key here\./);
		assert.doesNotMatch(app.frames().join('\n'), /never-shown/);
	});
});

test('no such line (an empty home): the plain "not set"', async () => {
	const w = await world('ok', {key: undefined, env: {HOME: mkdtempSync(path.join(tmpdir(), 'dsf-wizard-home-'))}});
	await session(w, async app => {
		assert.match(app.lastFrame(), /Key: none \(DEEPSEEK_API_KEY is not set\)/);
	});
});

const windowsCases = [
	{
		store: 'user',
		registry: {user: 'sk-saved-never-shown'},
		start: {en: 'Key: none here (in your user variables)', 'zh-CN': 'API key：无（用户环境变量里有）'},
		help: {
			en: "DEEPSEEK_API_KEY is in Windows' user environment variables, but this window was opened before it was saved: quit, open a new window (in VS Code or another editor, restart the editor, not just its terminal) and start again; or paste the key here.",
			'zh-CN': 'DEEPSEEK_API_KEY 在 Windows 的用户环境变量里，但这个窗口是在保存之前打开的：退出后打开一个新窗口再启动（在 VS Code 等编辑器里，要重启编辑器，不只是开新终端）；或者把 key 粘贴到这里。',
		},
	},
	{
		store: 'system',
		registry: {system: 'sk-saved-never-shown'},
		start: {en: 'Key: none here (in system variables)', 'zh-CN': 'API key：无（系统环境变量里有）'},
		help: {en: "DEEPSEEK_API_KEY is in Windows' system environment variables, but this window", 'zh-CN': 'DEEPSEEK_API_KEY 在 Windows 的系统环境变量里，但这个窗口'},
	},
] as const;

/** The start screen's key line: its rows, up to the base URL's line. */
function keyRows(frame: string): string[] {
	const rows = plain(frame).split('\n');
	const first = rows.findIndex(row => /^(?:Key|API key)[:：]/u.test(row));
	return rows.slice(first, rows.findIndex((row, index) => index > first && /^(?:Base URL|base URL)/u.test(row)));
}

const question = {en: 'What is happening?', 'zh-CN': '遇到了什么情况？'} as const;
const keyQuestion = {en: 'Which API key should be checked?', 'zh-CN': '要检查哪个 API key？'} as const;
const everyCheck = {en: 'Run every check', 'zh-CN': '运行全部检查'} as const;

for (const {store, registry, start, help} of windowsCases) {
	for (const size of [{columns: 100, rows: 30}, {columns: 40, rows: 15}]) {
		test(`Windows, the key saved in the ${store}'s environment variables, not in this window (${size.columns}×${size.rows}): read after the first frame, the start screen's key line says so in one row and the key step why and what to do, in English and Chinese`, async () => {
			for (const language of ['en', 'zh-CN'] as const) {
				setLanguage(language);
				const w = await world('ok', {key: undefined});
				let framesAtFirstRun: number | undefined;
				const drawn = {frames: () => 0};
				const app = drive(w.props({keyStores: windowsRegistry(registry, {onRun: () => (framesAtFirstRun ??= drawn.frames())}).stores}), size);
				drawn.frames = () => app.frames().length;
				try {
					const first = await app.waitFor(question[language]);
					await app.waitFor(start[language]);
					// reg.exe only once the first frame was drawn.
					assert.ok(framesAtFirstRun !== undefined && framesAtFirstRun >= 1, `reg.exe ran before the first frame (${String(framesAtFirstRun)} frames)\n${first}`);
					assert.equal(keyRows(await app.waitFor(start[language])).length, 1);
					assertFits(app, size.columns, size.rows);
					// The key step's help whole, also at 40×15 (a help too tall for the window is left out).
					await app.choose(everyCheck[language]);
					const screen = await app.waitFor(keyQuestion[language]);
					assert.ok(flatIn(language, screen).includes(flatIn(language, help[language])), screen);
					assertFits(app, size.columns, size.rows);
					assert.doesNotMatch(app.frames().join('\n'), /never-shown/);
				} finally {
					app.unmount();
					setLanguage('en');
					await w.close();
				}
			}
		});
	}
}

test('Windows, nothing saved (reg.exe finds neither): the plain "not set", on both screens', async () => {
	const registry = windowsRegistry({});
	const w = await world('ok', {key: undefined});
	await session(
		w,
		async app => {
			await app.choose('Run every check');
			const screen = await app.waitFor('Which API key should be checked?');
			assert.equal(registry.calls.length, 2);
			assert.doesNotMatch(flat(screen), /in Windows'|Key: none here/);
			assert.ok(app.frames().every(frame => !frame.includes('Key: none here')));
		},
		{keyStores: registry.stores},
	);
});

test('Windows, a run with a blank key: reg.exe never runs; with DEEPSEEK_API_KEY set, only after the first frame (to compare, test/wizard/startup-key.test.tsx)', async () => {
	for (const key of [fakeKey, ' ']) {
		let framesAtFirstRun: number | undefined;
		const drawn = {frames: () => 0};
		const registry = windowsRegistry({user: 'sk-saved-never-shown'}, {onRun: () => (framesAtFirstRun ??= drawn.frames())});
		const w = await world('ok', {key});
		const app = drive(w.props({keyStores: registry.stores}));
		drawn.frames = () => app.frames().length;
		try {
			await app.waitFor('What is happening?');
			await app.choose('Run every check');
			await app.waitFor(/Which API key should be checked\?|Checking|API key/);
			if (key === ' ') assert.deepEqual(registry.calls, []);
			else assert.ok(framesAtFirstRun !== undefined && framesAtFirstRun >= 1, `reg.exe ran before the first frame (${String(framesAtFirstRun)})`);
			assert.doesNotMatch(app.frames().join('\n'), /never-shown|Key: none here/);
		} finally {
			app.unmount();
			await w.close();
		}
	}
});

test('Windows, reg.exe still reading when the user moves on: the key step says it once it answers; a read still going when the wizard quits breaks nothing', async () => {
	let answer = () => {};
	const answered = new Promise<void>(resolve => {
		answer = resolve;
	});
	const registry = windowsRegistry({user: 'sk-saved-never-shown'}, {answerAfter: answered});
	const w = await world('ok', {key: undefined});
	await session(
		w,
		async app => {
			assert.match(app.lastFrame(), /Key: none \(DEEPSEEK_API_KEY is not set\)/);
			await app.choose('Run every check');
			const before = await app.waitFor('Which API key should be checked?');
			assert.doesNotMatch(flat(before), /in Windows'/);
			answer();
			const after = await app.waitFor(/in Windows' user/);
			assert.match(flat(after), /DEEPSEEK_API_KEY is in Windows' user environment variables/);
		},
		{keyStores: registry.stores},
	);
	// Never answered: the wizard is unmounted while reg.exe is "running".
	const stuck = windowsRegistry({user: 'sk-saved-never-shown'}, {answerAfter: new Promise(() => {})});
	const again = await world('ok', {key: undefined});
	await session(
		again,
		async app => {
			await waitUntil(() => stuck.calls.length === 1, 'reg.exe called');
			assert.match(app.lastFrame(), /Key: none \(DEEPSEEK_API_KEY is not set\)/);
		},
		{keyStores: stuck.stores},
	);
});
