// The language: which one a run speaks (--lang, DEEPSEEK_FIX_LANG, the remembered choice,
// the locale), and the tables that switch with it.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, test} from 'node:test';
import {allChecks} from '../../source/checks/index.js';
import {
	chooseLanguage,
	currentLanguage,
	languageOfLocale,
	localized,
	parseLanguage,
	setLanguage,
	tablesOf,
	type Language,
	type LanguageInput,
} from '../../source/messages/language.js';
import {checkMessages} from '../../source/messages/checks.js';
import {timeMessages} from '../../source/messages/time.js';
import {rememberedLanguage} from '../../source/settings/remembered-language.js';
import {validate} from '../../source/settings/schema.js';
import {languageFlag, startLanguage} from '../../source/start-language.js';
import {knownFrom} from '../../source/tree/known.js';
import {rememberedFacts} from '../../source/tree/remembered.js';

/** The remembered facts' lines. */
const rememberedTexts = (...given: Parameters<typeof rememberedFacts>) => rememberedFacts(...given).map(fact => fact.text);

afterEach(() => setLanguage('en'));

const english = () => 'en-US';

test('the choice: --lang, then DEEPSEEK_FIX_LANG, then the remembered choice, then LC_ALL, LC_MESSAGES, LANG, then the runtime', () => {
	type Row = [name: string, input: Partial<LanguageInput>, language: Language, from: string];
	const rows: Row[] = [
		['nothing set: the runtime locale', {}, 'en', 'locale'],
		['the runtime says Chinese', {systemLocale: () => 'zh-CN'}, 'zh-CN', 'locale'],
		['the runtime says zh-Hans-CN (macOS)', {systemLocale: () => 'zh-Hans-CN'}, 'zh-CN', 'locale'],
		['LANG=zh_CN.UTF-8', {env: {LANG: 'zh_CN.UTF-8'}}, 'zh-CN', 'locale'],
		['LANG=zh_TW.UTF-8: any zh is Chinese', {env: {LANG: 'zh_TW.UTF-8'}}, 'zh-CN', 'locale'],
		['LANG=zh', {env: {LANG: 'zh'}}, 'zh-CN', 'locale'],
		['LANG=C', {env: {LANG: 'C'}, systemLocale: () => 'zh-CN'}, 'en', 'locale'],
		['LANG=POSIX', {env: {LANG: 'POSIX'}, systemLocale: () => 'zh-CN'}, 'en', 'locale'],
		['LANG=C.UTF-8 is set, so the runtime is not asked', {env: {LANG: 'C.UTF-8'}, systemLocale: () => 'zh-CN'}, 'en', 'locale'],
		['LANG=fr_FR.UTF-8', {env: {LANG: 'fr_FR.UTF-8'}}, 'en', 'locale'],
		['LANG=zhx is not Chinese', {env: {LANG: 'zhx'}}, 'en', 'locale'],
		['LC_MESSAGES above LANG', {env: {LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8'}}, 'zh-CN', 'locale'],
		['LC_ALL above LC_MESSAGES', {env: {LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8'}}, 'en', 'locale'],
		['an empty LC_ALL is skipped', {env: {LC_ALL: '', LANG: 'zh_CN.UTF-8'}}, 'zh-CN', 'locale'],
		['the remembered choice above the locale', {env: {LANG: 'en_US.UTF-8'}, remembered: 'zh-CN'}, 'zh-CN', 'remembered'],
		['DEEPSEEK_FIX_LANG above the remembered choice', {env: {DEEPSEEK_FIX_LANG: 'en'}, remembered: 'zh-CN'}, 'en', 'env'],
		['DEEPSEEK_FIX_LANG=zh', {env: {DEEPSEEK_FIX_LANG: 'zh', LANG: 'C'}}, 'zh-CN', 'env'],
		['--lang above DEEPSEEK_FIX_LANG', {flag: 'zh-CN', env: {DEEPSEEK_FIX_LANG: 'en'}, remembered: 'en'}, 'zh-CN', 'flag'],
		['--lang en above a Chinese locale', {flag: 'en', env: {LANG: 'zh_CN.UTF-8'}}, 'en', 'flag'],
		['a bad DEEPSEEK_FIX_LANG is skipped', {env: {DEEPSEEK_FIX_LANG: 'klingon', LANG: 'zh_CN.UTF-8'}}, 'zh-CN', 'locale'],
		['a blank DEEPSEEK_FIX_LANG is skipped', {env: {DEEPSEEK_FIX_LANG: ' ', LANG: 'zh_CN.UTF-8'}}, 'zh-CN', 'locale'],
		// A Chinese locale whose characters are not UTF-8 (the tool writes only UTF-8): English.
		['LANG=zh_CN.GBK: English', {env: {LANG: 'zh_CN.GBK'}}, 'en', 'locale'],
		['LANG=zh_CN.gb18030: English', {env: {LANG: 'zh_CN.gb18030'}}, 'en', 'locale'],
		['LANG=zh_TW.Big5: English', {env: {LANG: 'zh_TW.Big5'}}, 'en', 'locale'],
		['LANG=zh_CN.utf8: Chinese', {env: {LANG: 'zh_CN.utf8'}}, 'zh-CN', 'locale'],
		['LANG=zh_CN names no charset: Chinese, as before', {env: {LANG: 'zh_CN'}}, 'zh-CN', 'locale'],
		['LC_ALL=zh_CN.GBK above LANG=zh_CN.UTF-8', {env: {LC_ALL: 'zh_CN.GBK', LANG: 'zh_CN.UTF-8'}}, 'en', 'locale'],
		['LC_CTYPE=zh_CN.GBK: Chinese messages, GBK characters', {env: {LC_CTYPE: 'zh_CN.GBK', LANG: 'zh_CN.UTF-8'}}, 'en', 'locale'],
		['LC_CTYPE=zh_CN.UTF-8 above LANG=zh_CN.GBK', {env: {LC_CTYPE: 'zh_CN.UTF-8', LANG: 'zh_CN.GBK'}}, 'zh-CN', 'locale'],
		['LC_MESSAGES is the language, not the characters', {env: {LC_MESSAGES: 'zh_CN.GBK', LANG: 'zh_CN.UTF-8'}}, 'zh-CN', 'locale'],
		['the runtime says Chinese, LC_CTYPE=zh_CN.GBK the characters', {env: {LC_CTYPE: 'zh_CN.GBK'}, systemLocale: () => 'zh-CN'}, 'en', 'locale'],
		['on Windows the locale\'s charset does not count', {env: {LANG: 'zh_CN.GBK'}, platform: 'win32'}, 'zh-CN', 'locale'],
		['--lang zh-CN wins over a GBK locale', {flag: 'zh-CN', env: {LANG: 'zh_CN.GBK'}}, 'zh-CN', 'flag'],
		['DEEPSEEK_FIX_LANG=zh-CN wins over a GBK locale', {env: {DEEPSEEK_FIX_LANG: 'zh-CN', LANG: 'zh_CN.GBK'}}, 'zh-CN', 'env'],
		['the remembered Chinese wins over a GBK locale', {env: {LANG: 'zh_CN.GBK'}, remembered: 'zh-CN'}, 'zh-CN', 'remembered'],
	];
	for (const [name, input, language, from] of rows) {
		const choice = chooseLanguage({env: {}, systemLocale: english, platform: 'linux', ...input});
		assert.equal(choice.language, language, name);
		assert.equal(choice.from, from, name);
	}
});

test('a DEEPSEEK_FIX_LANG that names no language is reported; a good or blank one is not', () => {
	assert.equal(chooseLanguage({env: {DEEPSEEK_FIX_LANG: 'klingon'}, systemLocale: english, platform: 'linux'}).ignoredEnv, 'klingon');
	assert.equal(chooseLanguage({env: {DEEPSEEK_FIX_LANG: 'klingon'}, remembered: 'zh-CN', systemLocale: english, platform: 'linux'}).ignoredEnv, 'klingon');
	assert.equal(chooseLanguage({env: {DEEPSEEK_FIX_LANG: 'zh-CN'}, systemLocale: english, platform: 'linux'}).ignoredEnv, undefined);
	assert.equal(chooseLanguage({env: {DEEPSEEK_FIX_LANG: ''}, systemLocale: english, platform: 'linux'}).ignoredEnv, undefined);
	// Any zh or en tag names the language the tool has of it, as LANG=zh_TW does.
	assert.deepEqual(chooseLanguage({env: {DEEPSEEK_FIX_LANG: 'zh-Hans-CN'}, systemLocale: english, platform: 'linux'}), {language: 'zh-CN', from: 'env'});
	assert.deepEqual(chooseLanguage({env: {DEEPSEEK_FIX_LANG: 'en_GB', LANG: 'zh_CN.UTF-8'}, systemLocale: english, platform: 'linux'}), {language: 'en', from: 'env'});
});

test('English for a Chinese locale whose characters are not UTF-8 names that charset; nothing else does', () => {
	const charsetOf = (input: Partial<LanguageInput>) => chooseLanguage({env: {}, systemLocale: english, platform: 'linux', ...input}).nonUtf8Charset;
	assert.equal(charsetOf({env: {LANG: 'zh_CN.GBK'}}), 'GBK');
	assert.equal(charsetOf({env: {LC_ALL: 'zh_TW.Big5@stroke'}}), 'Big5');
	// English would have been chosen anyway: nothing to explain.
	assert.equal(charsetOf({env: {LANG: 'en_US.ISO-8859-1'}}), undefined);
	assert.equal(charsetOf({env: {LANG: 'zh_CN.UTF-8'}}), undefined);
	// The user's own word wins, silently.
	for (const input of [{flag: 'zh-CN' as const}, {flag: 'en' as const}, {remembered: 'zh-CN' as const}, {env: {DEEPSEEK_FIX_LANG: 'zh-CN', LANG: 'zh_CN.GBK'}}]) {
		assert.equal(charsetOf({env: {LANG: 'zh_CN.GBK'}, ...input}), undefined, JSON.stringify(input));
	}
});

test('the language names --lang and DEEPSEEK_FIX_LANG accept', () => {
	// Any tag whose primary subtag is zh or en: the language of it the tool has.
	for (const value of ['zh-CN', 'zh_CN', 'ZH-cn', 'zh', ' zh-cn ', 'zh-Hans', 'zh-Hans-CN', 'zh_Hans_CN', 'zh-SG', 'zh-TW', 'zh-Hant-HK', 'ZH']) assert.equal(parseLanguage(value), 'zh-CN', value);
	for (const value of ['en', 'EN', ' en', 'en-US', 'en_GB', 'EN-gb', 'en-Latn-US']) assert.equal(parseLanguage(value), 'en', value);
	// A POSIX locale in UTF-8, as LANG holds it (a value copied from there): its language.
	for (const value of ['zh_CN.UTF-8', 'zh_CN.utf8', 'zh_TW.UTF-8', 'zh_CN.UTF-8@pinyin']) assert.equal(parseLanguage(value), 'zh-CN', value);
	for (const value of ['en_US.UTF-8', 'en_GB.utf8', 'EN_us.Utf-8']) assert.equal(parseLanguage(value), 'en', value);
	// Not a locale in another character set: this tool writes only UTF-8, and --lang wins over the charset (garbled Chinese).
	for (const value of ['zh_CN.GBK', 'zh_CN.GB18030', 'zh_TW.Big5', 'en_US.ISO-8859-1', 'zh_CN.', 'zh_CN.UTF-8@', 'C.UTF-8', 'ja_JP.UTF-8']) assert.equal(parseLanguage(value), undefined, value);
	for (const value of ['', 'fr', 'fr-CN', 'english', 'cn', 'zhx', 'eng', 'zh-', 'zh--CN', 'en-toolongsubtag', 'zh CN', '-zh', 'ja-JP']) assert.equal(parseLanguage(value), undefined, value);
});

test('locales: zh… is Chinese, anything else English', () => {
	for (const locale of ['zh', 'zh_CN', 'zh_CN.UTF-8', 'zh-Hans', 'zh_SG.GB2312', 'zh@pinyin', 'ZH_cn']) assert.equal(languageOfLocale(locale), 'zh-CN', locale);
	for (const locale of ['', 'C', 'POSIX', 'C.UTF-8', 'en_US.UTF-8', 'ja_JP.UTF-8', 'zhx', 'uz_UZ']) assert.equal(languageOfLocale(locale), 'en', locale);
});

test('--lang is found wherever it is on the line, with = or a space, but not after --', () => {
	assert.equal(languageFlag(['check', '--lang', 'zh-CN', '--json']), 'zh-CN');
	assert.equal(languageFlag(['--lang=en', 'balance']), 'en');
	assert.equal(languageFlag(['check', '--jsn', '--lang', 'zh']), 'zh');
	assert.equal(languageFlag(['check']), undefined);
	assert.equal(languageFlag(['check', '--lang']), undefined);
	assert.equal(languageFlag(['check', '--', '--lang', 'zh']), undefined);
});

test('the remembered language is read from the settings file without loading it; anything unreadable is nothing', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'deepseek-fix-lang-'));
	const env = {DEEPSEEK_FIX_CONFIG_DIR: dir};
	assert.equal(rememberedLanguage(env), undefined, 'no file');
	const file = path.join(dir, 'config.json');
	writeFileSync(file, JSON.stringify({schemaVersion: 1, language: 'zh-CN', balanceHistory: []}));
	assert.equal(rememberedLanguage(env), 'zh-CN');
	writeFileSync(file, JSON.stringify({schemaVersion: 1, language: 'fr'}));
	assert.equal(rememberedLanguage(env), undefined, 'not a language');
	writeFileSync(file, '{"language": "zh-CN"');
	assert.equal(rememberedLanguage(env), undefined, 'broken JSON');
	writeFileSync(file, JSON.stringify({schemaVersion: 1, language: 'en'}));
	assert.equal(startLanguage([], {...env, LANG: 'zh_CN.UTF-8'}).language, 'en', 'the remembered choice is above the locale');
	assert.equal(currentLanguage(), 'en');
	const bad = startLanguage(['--lang', 'fr'], {...env, LANG: 'zh_CN.UTF-8'});
	assert.deepEqual([bad.badFlag, bad.language, bad.from], ['fr', 'en', 'remembered'], 'a bad --lang: chosen without it, and reported');
	assert.equal(startLanguage(['--lang', 'zh'], env).language, 'zh-CN');
	assert.equal(currentLanguage(), 'zh-CN', 'startLanguage switches the tables');
});

test('settings keep a valid language and drop anything else', () => {
	assert.equal(validate({schemaVersion: 1, language: 'zh-CN'}).settings.language, 'zh-CN');
	const bad = validate({schemaVersion: 1, language: 'zh-TW'});
	assert.equal(bad.settings.language, undefined);
	assert.deepEqual(bad.dropped, ['language']);
});

test('a localized table answers in the current language, at every read', () => {
	const table = localized({en: {hello: 'Hello', nested: {bye: 'Bye'}}, 'zh-CN': {hello: '你好', nested: {bye: '再见'}}});
	assert.equal(table.hello, 'Hello');
	setLanguage('zh-CN');
	assert.equal(table.hello, '你好');
	assert.equal(table.nested.bye, '再见');
	assert.deepEqual(Object.keys(table), ['hello', 'nested']);
	assert.ok('hello' in table);
	setLanguage('en');
	assert.equal(table.nested.bye, 'Bye');
	assert.equal(tablesOf(table)?.['zh-CN'], tablesOf(table)?.['zh-CN']);
	assert.equal(tablesOf({}), undefined);
	assert.equal(checkMessages.balance.title, 'Balance');
});

test('check titles are read when shown, so they follow a switch made after the checks were loaded', () => {
	const english = allChecks.map(check => check.title);
	setLanguage('zh-CN');
	const chinese = allChecks.map(check => check.title);
	for (const [index, title] of chinese.entries()) {
		if (title === 'API key') continue;
		assert.notEqual(title, english[index], `${allChecks[index]?.id}: its title did not follow the language`);
		assert.match(title, /\p{Script=Han}/u, `${allChecks[index]?.id}: ${title}`);
	}
});

test('spans of time and how long ago, in Chinese (the same numbers as in English)', () => {
	setLanguage('zh-CN');
	const spans = [0, 400, 1000, 45_900, 65_000, 600_000, 7_500_000, 3_600_000];
	assert.deepEqual(spans.map(ms => timeMessages.duration({ms})), ['0 秒', '400 毫秒', '1 秒', '45 秒', '1 分 5 秒', '10 分钟', '2 小时 5 分', '1 小时']);
	assert.deepEqual([4001, 5000, -30].map(ms => timeMessages.countdown({ms})), ['5 秒', '5 秒', '0 秒']);
	assert.deepEqual([1, 999, 65_900].map(ms => timeMessages.elapsed({ms})), ['0 秒', '0 秒', '1 分 5 秒']);
	assert.deepEqual([1500, 3000, 10_250, 90_500].map(ms => timeMessages.limit({ms})), ['1.5 秒', '3 秒', '10.3 秒', '1 分 30 秒']);
	assert.deepEqual([5000, 60_000, 3 * 3_600_000 + 5, 86_400_000, 3 * 86_400_000].map(ms => timeMessages.ago({ms})), ['刚刚', '1 分钟前', '3 小时前', '1 天前', '3 天前']);
	setLanguage('en');
	assert.deepEqual(spans.map(ms => timeMessages.duration({ms})), ['0 s', '400 ms', '1 s', '45 s', '1 min 5 s', '10 min', '2 h 5 min', '1 h']);
	// A limit set in part-seconds (--timeout 1500) is said as set, not rounded down to "1 s".
	assert.deepEqual([1500, 3000, 10_250, 90_500].map(ms => timeMessages.limit({ms})), ['1.5 s', '3 s', '10.3 s', '1 min 30 s']);
});

test('the start screen\'s memory in Chinese; last time\'s summary only in the language it was found in, else its verdict\'s name', () => {
	const now = new Date('2026-11-20T10:00:00Z');
	const lastDiagnosis = {at: '2026-11-20T07:00:00.000Z', verdict: 'insufficient_balance', summary: '你的 DeepSeek 余额已用完：0.00 CNY', path: [], baseUrl: 'https://api.deepseek.com', language: 'zh-CN'};
	const file = {
		schemaVersion: 1,
		alertThreshold: '5',
		alertCurrency: 'CNY',
		lastDiagnosis,
		balanceHistory: [
			{at: '2026-11-19T10:00:00.000Z', currency: 'CNY', total: '48.64', granted: '0.00', toppedUp: '48.64'},
			{at: '2026-11-20T07:00:00.000Z', currency: 'CNY', total: '47.44', granted: '0.00', toppedUp: '47.44'},
		],
	};
	const knownWith = (diagnosis: Record<string, unknown>) =>
		knownFrom({env: {}, flags: {}, settings: validate({...file, lastDiagnosis: diagnosis}).settings, deepseekBaseUrl: 'https://api.deepseek.com'});
	const foundInChinese = knownWith(lastDiagnosis);
	// A file from before there were two languages: no language, so English.
	const {language: _language, ...older} = lastDiagnosis;
	const foundInEnglish = knownWith({...older, summary: 'Your DeepSeek balance is empty: 0.00 CNY'});
	assert.equal(knownWith({...lastDiagnosis, language: 'fr'}).lastDiagnosis?.language, 'en', 'a language that is none: the summary counts as English');

	setLanguage('zh-CN');
	assert.deepEqual(rememberedTexts(foundInChinese, now), ['上次（3 小时前）：你的 DeepSeek 余额已用完：0.00 CNY', '上次余额：47.44 CNY（3 小时前）；每天约花 1.37 CNY，约可用 34 天', '余额不足提醒：低于 5 CNY']);
	assert.equal(rememberedTexts(foundInEnglish, now)[0], '上次（3 小时前）：余额不足');
	setLanguage('en');
	assert.equal(rememberedTexts(foundInEnglish, now)[0], 'Last time (3 hours ago): Your DeepSeek balance is empty: 0.00 CNY');
	assert.equal(rememberedTexts(foundInChinese, now)[0], 'Last time (3 hours ago): insufficient balance');
});

test('the runtime\'s locale is the one Intl formats dates in, under each locale setting (asked the cheaper way)', () => {
	const language = path.resolve(import.meta.dirname, '../../source/messages/language.ts');
	const script = `import(${JSON.stringify(language)}).then(m => process.stdout.write(JSON.stringify([m.systemLocale(), Intl.DateTimeFormat().resolvedOptions().locale])))`;
	for (const locale of ['zh_CN.UTF-8', 'zh_TW.UTF-8', 'en_GB.UTF-8', 'fr_FR.UTF-8', 'C']) {
		const output = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], {env: {PATH: process.env.PATH, LC_ALL: locale}, encoding: 'utf8'});
		const [asked, dates] = JSON.parse(output) as [string, string];
		assert.equal(asked, dates, locale);
		assert.equal(languageOfLocale(asked), locale.startsWith('zh') ? 'zh-CN' : 'en', locale);
	}
});
