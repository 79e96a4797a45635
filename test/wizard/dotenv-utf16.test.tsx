// The folder's .env holds the key, but Notepad saved it as UTF-16 ("Unicode"): no dotenv loader reads it, so the
// program there sends no key, and the wizard has none either. The start screen's key line says so in one row at 60
// columns, and the key step says which file, why, and that it must be saved as UTF-8 (check's key_present says the
// same). Nothing of the key shows.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {setLanguage} from '../../source/messages/language.js';
import {assertFits, drive, flatIn, plain, world} from './helpers.js';

const fileKey = 'sk-' + '0f1e2d3c4b5a6978'.repeat(2);
const question = {en: 'What is happening?', 'zh-CN': '遇到了什么情况？'} as const;
const keyLine = {en: 'Key: none (.env here is UTF-16LE: save it as UTF-8)', 'zh-CN': 'API key：无（这里的 .env 是 UTF-16LE 编码，请另存为 UTF-8）'} as const;
const everything = {en: 'Run every check', 'zh-CN': '运行全部检查'} as const;
const keyQuestion = {en: 'Which API key should be checked?', 'zh-CN': '要检查哪个 API key？'} as const;
const keyHelp = {
	en: 'No key: this folder\'s .env sets DEEPSEEK_API_KEY, but it is saved as UTF-16LE (one of Notepad\'s "Unicode" encodings), which neither dotenv nor python-dotenv can read, so programs here get no key from it. Save it as UTF-8.',
	'zh-CN': '没有 key：这个文件夹的 .env 设置了 DEEPSEEK_API_KEY，但文件保存成了 UTF-16LE（记事本里的一种“Unicode”编码），dotenv 和 python-dotenv 都读不了，这里的程序也就拿不到这个 key。请把它另存为 UTF-8。',
} as const;

for (const size of [{columns: 60, rows: 20}, {columns: 100, rows: 30}]) {
	test(`${size.columns}×${size.rows}: a .env saved as UTF-16 holding the key: the start screen's key line and the key step say so, in English and Chinese`, async () => {
		for (const language of ['en', 'zh-CN'] as const) {
			setLanguage(language);
			const w = await world('ok', {key: undefined});
			writeFileSync(path.join(w.configDir, '.env'), Buffer.from(`\uFEFFDEEPSEEK_API_KEY=${fileKey}\r\n`, 'utf16le'));
			const app = drive(w.props(), size);
			try {
				const start = await app.waitFor(question[language]);
				assert.ok(plain(start).split('\n').includes(keyLine[language]), start);
				await app.choose(everything[language]);
				const screen = await app.waitFor(keyQuestion[language]);
				assert.ok(flatIn(language, screen).includes(flatIn(language, keyHelp[language])), screen);
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
