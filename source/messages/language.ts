// The language the tool speaks: English (en) or Simplified Chinese (zh-CN), chosen once
// at start (and switched by the wizard's L key). Every message table is `localized`: one
// object per language, read through a proxy that answers from the current language's
// table, so call sites keep reading `checkMessages.balance.zero(…)` where they use it.
// Tiny on purpose (its imports, text/locale-charset.ts and text/ascii-text.ts, are small and import nothing else of the tool's): the bin chunk uses it for --help.
import {asciiOnly, asciiTable} from '../text/ascii-text.js';
import {nonUtf8Charset} from '../text/locale-charset.js';

export const languages = ['en', 'zh-CN'] as const;
export type Language = (typeof languages)[number];

let current: Language = 'en';
const listeners = new Set<(language: Language) => void>();

export function currentLanguage(): Language {
	return current;
}

/**
 * Whether text written in `language` (a remembered diagnosis) can be shown as it is now;
 * absent means English (files from before there were two). Else its verdict's name stands in.
 */
export function inCurrentLanguage(language: Language | undefined): boolean {
	return (language ?? 'en') === current;
}

/** Switch every table at once; whatever was built from the old language is told to rebuild. */
export function setLanguage(language: Language): void {
	if (language === current) return;
	current = language;
	for (const listener of listeners) listener(language);
}

/** For what is built once from the tables (the wizard's tree): rebuild when the language changes. */
export function onLanguageChange(listener: (language: Language) => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/**
 * A table's type in every language: the English table's shape with its strings widened
 * (`'Balance'` → string), so each translation must have the same keys and the same
 * function parameters, or the type check fails.
 */
export type Messages<T> = T extends string
	? string
	: T extends (...args: infer A) => infer R
		? (...args: A) => Messages<R>
		: T extends ReadonlyArray<infer E>
			? Array<Messages<E>>
			: T extends object
				? {readonly [K in keyof T]: Messages<T[K]>}
				: T;

const tablesByProxy = new WeakMap<object, Readonly<Record<Language, object>>>();

/**
 * One table in every language, read in the current one. Only the top level is looked up
 * at each read: code must read a table where it uses the text (never keep a sentence, or
 * a nested part of a table, from module load), or it keeps the language of that moment.
 */
export function localized<T extends object>(tables: Readonly<Record<Language, T>>): T {
	// Where the terminal reads only ASCII the English table is read in ASCII (text/ascii-text.ts), made once, when first read.
	// Chinese stays as it is: there it is the user's own choice (--lang, DEEPSEEK_FIX_LANG, the L key).
	let ascii: T | undefined;
	const english = () => (asciiOnly ? (ascii ??= asciiTable(tables.en)) : tables.en);
	const table = () => (current === 'en' ? english() : tables[current]);
	const proxy = new Proxy(tables.en, {
		get: (_target, key) => Reflect.get(table(), key),
		has: (_target, key) => Reflect.has(table(), key),
		ownKeys: () => Reflect.ownKeys(table()),
		getOwnPropertyDescriptor: (_target, key) => Reflect.getOwnPropertyDescriptor(table(), key),
	});
	tablesByProxy.set(proxy, tables);
	return proxy;
}

/** The tables behind a `localized` table (for the completeness test); undefined for anything else. */
export function tablesOf(table: object): Readonly<Record<Language, object>> | undefined {
	return tablesByProxy.get(table);
}

/**
 * A language tag whose primary subtag is zh or en, in any case, `_` for `-` (`zh`, `zh-CN`, `zh_Hans_CN`, `zh-SG`,
 * `EN`, `en-GB`): the language of it the tool has (Simplified Chinese, English), as `LANG=zh_TW` already is for
 * the locale. Also a POSIX locale as LANG holds it, in UTF-8 (`zh_CN.UTF-8`, `en_US.utf8`, `zh_CN.UTF-8@pinyin`):
 * a value copied from LANG. Undefined for anything else (`fr`, `cn`, `english`, `zh-`), and for a locale in another
 * character set (`zh_CN.GBK`): this tool writes only UTF-8, and --lang would win over the charset, so Chinese would
 * come out garbled there; the refusal names the tags to type.
 */
export function parseLanguage(value: string): Language | undefined {
	const primary = /^(zh|en)(?:[-_][a-z\d]{1,8})*(?:\.utf-?8(?:@[a-z\d]{1,16})?)?$/i.exec(value.trim())?.[1]?.toLowerCase();
	return primary === undefined ? undefined : primary === 'zh' ? 'zh-CN' : 'en';
}

/** The environment variable that chooses the language (below --lang, above the rest). */
const languageEnvVar = 'DEEPSEEK_FIX_LANG';

export type LanguageSource = 'flag' | 'env' | 'remembered' | 'locale';

export type LanguageInput = {
	/** --lang, already checked with parseLanguage (a bad value is the caller's error to report). */
	flag?: Language | undefined;
	env: Readonly<Record<string, string | undefined>>;
	/** The remembered choice from the settings file, if any. */
	remembered?: Language | undefined;
	/** The locale of the runtime (Intl), asked only when the environment names none. */
	systemLocale: () => string;
	/** process.platform: on Windows the locale's character set does not count (see text/locale-charset.ts). */
	platform: string;
};

export type LanguageChoice = {
	language: Language;
	from: LanguageSource;
	/** DEEPSEEK_FIX_LANG held something that is not a language: skipped, and worth a warning. */
	ignoredEnv?: string;
	/**
	 * The locale said Chinese, but its character set is this one, not UTF-8: Chinese in
	 * UTF-8 would be mojibake there, so the run speaks English, and says why (on a terminal).
	 */
	nonUtf8Charset?: string;
};

/** `zh…` is Chinese; anything else (C, POSIX, en_US, fr_FR…) is English. */
export function languageOfLocale(locale: string): Language {
	return /^zh(?:[-_.@]|$)/i.test(locale.trim()) ? 'zh-CN' : 'en';
}

/**
 * Pure: --lang, else DEEPSEEK_FIX_LANG, else the remembered choice, else the locale
 * (LC_ALL, LC_MESSAGES, LANG: the first one that is set and not empty; else the
 * runtime's own). A DEEPSEEK_FIX_LANG that names no language is skipped. Chinese from the
 * locale only where the locale's characters are UTF-8 (or unnamed): the three choices above
 * it are the user's own word, and win whatever the character set.
 */
export function chooseLanguage(input: LanguageInput): LanguageChoice {
	const fromEnv = input.env[languageEnvVar]?.trim() ?? '';
	const envLanguage = fromEnv === '' ? undefined : parseLanguage(fromEnv);
	const ignored = fromEnv !== '' && envLanguage === undefined ? {ignoredEnv: fromEnv} : {};
	if (input.flag) return {language: input.flag, from: 'flag'};
	if (envLanguage) return {language: envLanguage, from: 'env'};
	if (input.remembered) return {language: input.remembered, from: 'remembered', ...ignored};
	const locale = ['LC_ALL', 'LC_MESSAGES', 'LANG'].map(name => input.env[name]?.trim() ?? '').find(value => value !== '');
	const language = languageOfLocale(locale ?? input.systemLocale());
	const charset = language === 'zh-CN' ? nonUtf8Charset(input.env, input.platform) : undefined;
	if (charset !== undefined) return {language: 'en', from: 'locale', nonUtf8Charset: charset, ...ignored};
	return {language, from: 'locale', ...ignored};
}

/** Each language by its own name (the same in every language). */
export const languageNames: Readonly<Record<Language, string>> = {en: 'English', 'zh-CN': '简体中文'};

/** The other language: what the wizard's L key switches to. */
export function otherLanguage(language: Language): Language {
	return language === 'en' ? 'zh-CN' : 'en';
}

export function isLanguage(value: unknown): value is Language {
	return languages.some(language => language === value);
}

/**
 * The runtime's locale (Intl), or '' when it cannot say. Asked of PluralRules, not
 * DateTimeFormat: both resolve the same default locale, but DateTimeFormat first loads
 * time-zone and calendar data, ~22 ms against ~1 ms, and this is asked on every run that
 * has neither DEEPSEEK_FIX_LANG nor LANG set (a cron job's environment, a container).
 */
export function systemLocale(): string {
	try {
		return new Intl.PluralRules().resolvedOptions().locale;
	} catch {
		return '';
	}
}
