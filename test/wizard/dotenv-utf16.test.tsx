// The folder's .env holds the key, but no dotenv loader reads it, so the program there sends no key, and the wizard has
// none either: Notepad saved the file as UTF-16 ("Unicode"), or the line's equals sign was typed full-width
// (`DEEPSEEK_API_KEY＝sk-…`, a Chinese input method's full-width mode). The start screen's key line says so (UTF-16: in
// one row at 60 columns), and the key step says which file (and line), why, and what to do (check's key_present says
// the same). Nothing of the key shows.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {setLanguage} from '../../source/messages/language.js';
import {assertFits, drive, flatIn, plain, world} from './helpers.js';

const fileKey = 'sk-' + '0f1e2d3c4b5a6978'.repeat(2);
const question = {en: 'What is happening?', 'zh-CN': '遇到了什么情况？'} as const;
const everything = {en: 'Run every check', 'zh-CN': '运行全部检查'} as const;
const keyQuestion = {en: 'Which API key should be checked?', 'zh-CN': '要检查哪个 API key？'} as const;

type Case = {
	name: string;
	/** The .env file's bytes. */
	file: Buffer;
	/** The start screen's key line: a row of its own (`oneRow`), else found in the screen with its breaks taken out. */
	keyLine: Record<'en' | 'zh-CN', string>;
	oneRow: boolean;
	keyHelp: Record<'en' | 'zh-CN', string>;
	sizes: ReadonlyArray<{columns: number; rows: number}>;
};

const cases: Case[] = [
	{
		name: 'a .env saved as UTF-16 holding the key',
		file: Buffer.from(`\uFEFFDEEPSEEK_API_KEY=${fileKey}\r\n`, 'utf16le'),
		keyLine: {en: 'Key: none (.env here is UTF-16LE: save it as UTF-8)', 'zh-CN': 'API key：无（这里的 .env 是 UTF-16LE 编码，请另存为 UTF-8）'},
		oneRow: true,
		keyHelp: {
			en: 'No key: this folder\'s .env sets DEEPSEEK_API_KEY, but it is saved as UTF-16LE (one of Notepad\'s "Unicode" encodings), which neither dotenv nor python-dotenv can read, so programs here get no key from it. Save it as UTF-8.',
			'zh-CN': '没有 key：这个文件夹的 .env 设置了 DEEPSEEK_API_KEY，但文件保存成了 UTF-16LE（记事本里的一种“Unicode”编码），dotenv 和 python-dotenv 都读不了，这里的程序也就拿不到这个 key。请把它另存为 UTF-8。',
		},
		sizes: [{columns: 60, rows: 20}, {columns: 100, rows: 30}],
	},
	{
		name: 'a .env whose key line has a full-width ＝',
		file: Buffer.from(`# DeepSeek\nDEEPSEEK_API_KEY＝${fileKey}\n`),
		keyLine: {en: 'Key: none (line 2 of .env here has a full-width ＝: type it in half-width mode)', 'zh-CN': 'API key：无（这里的 .env 第 2 行的“＝”是全角，请用半角输入）'},
		oneRow: false,
		keyHelp: {
			en: 'No key: line 2 of this folder\'s .env sets DEEPSEEK_API_KEY with a full-width ＝ (as a Chinese input method types it in full-width mode), which neither dotenv nor python-dotenv reads, so programs here get no key from it. Type that ＝ again as = in half-width mode (Shift+Space).',
			'zh-CN': '没有 key：这个文件夹的 .env 第 2 行用全角“＝”设置 DEEPSEEK_API_KEY（中文输入法在全角模式下会打出它），dotenv 和 python-dotenv 都不认这一行，这里的程序也就拿不到这个 key。请切换到半角模式（Shift+空格），把“＝”改成“=”。',
		},
		sizes: [{columns: 40, rows: 15}, {columns: 60, rows: 20}, {columns: 100, rows: 30}],
	},
];

for (const each of cases) {
	for (const size of each.sizes) {
		test(`${size.columns}×${size.rows}: ${each.name}: the start screen's key line and the key step say so, in English and Chinese`, async () => {
			for (const language of ['en', 'zh-CN'] as const) {
				setLanguage(language);
				const w = await world('ok', {key: undefined});
				writeFileSync(path.join(w.configDir, '.env'), each.file);
				const app = drive(w.props(), size);
				try {
					const start = await app.waitFor(question[language]);
					if (each.oneRow) assert.ok(plain(start).split('\n').includes(each.keyLine[language]), start);
					else assert.ok(flatIn(language, plain(start)).includes(flatIn(language, each.keyLine[language])), start);
					await app.choose(everything[language]);
					const screen = await app.waitFor(keyQuestion[language]);
					// At 40×15 the key step's help lines give way to its list (frame-layout.ts): the start screen said it.
					if (size.rows > 15) assert.ok(flatIn(language, screen).includes(flatIn(language, each.keyHelp[language])), screen);
					assert.doesNotMatch(app.frames().join('\n'), /0f1e2d3c/);
					assertFits(app, size.columns, size.rows);
				} finally {
					app.unmount();
					setLanguage('en');
					await w.close();
				}
			}
		});
	}
}
