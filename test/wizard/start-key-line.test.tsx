// The start screen's key line at 40×15, 60×20 and 100×30, in both languages: with no key, a blank one or a key, no
// row holds only the last word and its closing bracket (it once left "set)" alone under "Key: none found (…"), and
// with no key the line is one row, also where a shell's start-up file sets the key this shell lacks (Windows'
// variables: saved-key.test.tsx). The base URL's line likewise (it left "DEEPSEEK_BASE_URL)" alone under "Base URL: … (from").
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {setLanguage} from '../../source/messages/language.js';
import {fakeKey} from '../fake/server.js';
import {assertFits, drive, plain, world} from './helpers.js';
import {displayWidth} from '../../source/text/width.js';

const sizes = [{columns: 40, rows: 15}, {columns: 60, rows: 20}, {columns: 100, rows: 30}] as const;
const keys = [{what: 'no key', key: undefined}, {what: 'a blank key', key: '  '}, {what: 'a key', key: fakeKey}] as const;
const question = {en: 'What is happening?', 'zh-CN': '遇到了什么情况？'} as const;

const keyLineStart = /^(?:Key|API key)[:：]/u;
const baseUrlLineStart = /^(?:Base URL|base URL)[ :：（]/u;

/** A line's rows: from the row `start` matches to the next that `next` matches (or the next blank row). */
function lineRows(frame: string, start: RegExp, next: RegExp): string[] {
	const rows = plain(frame).split('\n');
	const first = rows.findIndex(row => start.test(row));
	const end = rows.findIndex((row, index) => index > first && (next.test(row) || row.trim() === ''));
	return rows.slice(first, end);
}

const keyRows = (frame: string) => lineRows(frame, keyLineStart, baseUrlLineStart);

/** Rows that hold one word and a closing bracket, as the tail of a line that wrapped. */
const loneTail = (rows: string[]) => rows.filter(row => /^[^\s(（]+[)）]$/u.test(row.trim()));

for (const size of sizes) {
	for (const {what, key} of keys) {
		test(`${size.columns}×${size.rows}, ${what}: the start screen's key line leaves no word alone with its closing bracket, in English and Chinese`, async () => {
			for (const language of ['en', 'zh-CN'] as const) {
				setLanguage(language);
				const w = await world('ok', {key});
				const app = drive(w.props(), size);
				try {
					const start = await app.waitFor(question[language]);
					assert.ok(keyRows(start).length > 0, start);
					assert.deepEqual(loneTail(keyRows(start)), [], start);
					if (key !== fakeKey) assert.match(plain(start), language === 'en' ? /^Key: none \(DEEPSEEK_API_KEY is (?:not set|blank)\)$/m : /^API key：无（(?:未设置 )?DEEPSEEK_API_KEY(?: 为空)?）$/m, start);
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

/** A home whose start-up file `file` sets the key (the value never read). */
function homeWith(file: string): string {
	const home = mkdtempSync(path.join(tmpdir(), 'dsf-wizard-home-'));
	mkdirSync(path.dirname(path.join(home, file)), {recursive: true});
	writeFileSync(path.join(home, file), 'export DEEPSEEK_API_KEY=sk-saved-never-shown\n');
	return home;
}

/** The key line naming `file`: its path, or its name alone where the path would not fit one row (fish's at 40 columns). */
const savedKeyLine = (file: string, language: 'en' | 'zh-CN', columns: number) => {
	const whole = language === 'en' ? `Key: none here (in ~/${file})` : `API key：无（~/${file} 里有）`;
	const name = path.basename(file);
	return displayWidth(whole) <= columns ? whole : language === 'en' ? `Key: none here (in ${name})` : `API key：无（${name} 里有）`;
};

// The longest name of an sh start-up file, the usual one, and fish's ~/.config/fish/config.fish, whose path does not fit 40 columns.
for (const size of sizes) {
	test(`${size.columns}×${size.rows}, the key saved in ~/.zshrc, ~/.bash_profile or fish's config.fish: the start screen's key line names it in one row, in English and Chinese`, async () => {
		for (const file of ['.zshrc', '.bash_profile', '.config/fish/config.fish']) {
			for (const language of ['en', 'zh-CN'] as const) {
				setLanguage(language);
				const w = await world('ok', {key: undefined, env: {HOME: homeWith(file)}});
				const app = drive(w.props(), size);
				try {
					const start = await app.waitFor(question[language]);
					assert.deepEqual(keyRows(start), [savedKeyLine(file, language, size.columns)], start);
					assertFits(app, size.columns, size.rows);
				} finally {
					app.unmount();
					setLanguage('en');
					await w.close();
				}
			}
		}
	});
}

for (const size of sizes) {
	test(`${size.columns}×${size.rows}: the start screen's base URL line leaves no word alone with its closing bracket and no bracket open at a row's end, in English and Chinese`, async () => {
		for (const language of ['en', 'zh-CN'] as const) {
			setLanguage(language);
			const w = await world('ok');
			const app = drive(w.props(), size);
			try {
				const start = await app.waitFor(question[language]);
				const rows = lineRows(start, baseUrlLineStart, /^$/);
				assert.ok(rows.length > 0, start);
				assert.deepEqual(loneTail(rows), [], start);
				assert.deepEqual(rows.filter(row => /[(（][^)）]*$/u.test(row)), [], start);
			} finally {
				app.unmount();
				setLanguage('en');
				await w.close();
			}
		}
	});
}

// DeepSeek's default is no default for a tool whose OPENAI_BASE_URL, or an agent app's settings (Claude Code's
// ANTHROPIC_BASE_URL), send its calls to a relay: the line says what is checked and that the variable or the app's
// settings point elsewhere, in two rows at 40 columns.
const elsewhereCases = [
	{
		what: 'OPENAI_BASE_URL at a relay',
		env: {OPENAI_BASE_URL: 'http://relay.example:3000/v1'},
		settings: undefined,
		says: {en: 'Checks https://api.deepseek.com; OPENAI_BASE_URL points elsewhere', 'zh-CN': '检查的是 https://api.deepseek.com；OPENAI_BASE_URL 指向别处'},
	},
	{
		what: "OPENAI_BASE_URL at OpenAI's own API with a DeepSeek key in OPENAI_API_KEY",
		env: {OPENAI_BASE_URL: 'https://api.openai.com/v1', OPENAI_API_KEY: 'sk-' + 'fedcba9876543210'.repeat(2)},
		settings: undefined,
		says: {en: 'Checks https://api.deepseek.com; a DeepSeek key is sent to OpenAI', 'zh-CN': '检查的是 https://api.deepseek.com；有 DeepSeek key 被发往 OpenAI'},
	},
	{
		what: "Claude Code's settings at a relay",
		env: {},
		settings: {env: {ANTHROPIC_BASE_URL: 'http://relay.example:3000/anthropic'}},
		says: {en: "Checks https://api.deepseek.com; Claude Code's settings point elsewhere", 'zh-CN': '检查的是 https://api.deepseek.com；Claude Code 的设置指向别处'},
	},
] as const;
const defaultNamed = {en: "DeepSeek's default", 'zh-CN': 'DeepSeek 默认地址'} as const;

for (const size of sizes) {
	for (const {what, env, settings, says} of elsewhereCases) {
		test(`${size.columns}×${size.rows}, no DEEPSEEK_BASE_URL, ${what}: the start screen does not call DeepSeek's address the default, in English and Chinese`, async () => {
			for (const language of ['en', 'zh-CN'] as const) {
				setLanguage(language);
				const w = await world('ok', {env});
				delete w.env.DEEPSEEK_BASE_URL;
				if (settings) {
					// The project's .claude/settings.json: the wizard runs in the world's folder.
					mkdirSync(path.join(w.configDir, '.claude'), {recursive: true});
					writeFileSync(path.join(w.configDir, '.claude', 'settings.json'), JSON.stringify(settings));
				}
				const app = drive(w.props(), size);
				try {
					const start = await app.waitFor(question[language]);
					// Compared without spaces: a Chinese row may wrap after "；", leaving none where the rows join.
					const bare = (text: string) => text.replace(/\s+/g, '');
					assert.ok(!start.includes(defaultNamed[language]), start);
					const rows = plain(start).split('\n');
					const first = rows.findIndex(row => row.startsWith(says[language].slice(0, 4)));
					assert.ok(bare(rows.slice(first, first + 2).join('')).includes(bare(says[language])), `in at most two rows: ${start}`);
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
