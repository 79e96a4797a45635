// The character set the locale says the terminal reads, when it names one that is not
// UTF-8 (zh_CN.GBK, zh_CN.GB18030, zh_TW.Big5, en_US.ISO-8859-1). This tool writes UTF-8
// whatever the locale (Node has no encoder for GBK or Big5), so such a terminal shows every
// character outside ASCII as mojibake: the language rule and the symbols both ask here.
// Tiny and import-free on purpose: the bin chunk uses it for --help.

/** The locale variables that decide the characters, in POSIX's order (not LC_MESSAGES: that one is the language). */
const characterVariables = ['LC_ALL', 'LC_CTYPE', 'LANG'] as const;

/** `zh_CN.GBK` → `GBK`, `sr_RS.UTF-8@latin` → `UTF-8`; undefined when the locale names none (`zh_CN`, `C`, `POSIX`). */
export function charsetOfLocale(locale: string): string | undefined {
	const match = /\.([^@]*)/.exec(locale.trim());
	const charset = match?.[1]?.trim();
	return charset ? charset : undefined;
}

/** UTF-8 however it is spelled: `UTF-8`, `utf8`, `UTF8`, `utf_8`. */
export function isUtf8(charset: string): boolean {
	return charset.toLowerCase().replaceAll(/[-_]/g, '') === 'utf8';
}

/**
 * The charset of the locale in effect for characters (LC_ALL, else LC_CTYPE, else LANG: the
 * first one set and not empty), when it names one and that is not UTF-8; else undefined.
 * A locale without one (`C`, `POSIX`, none at all: common in containers whose terminals are
 * UTF-8) does not count, nor does `zh_CN` alone, nor Windows, whose console Node writes to in
 * UTF-16 whatever the variables say.
 */
export function nonUtf8Charset(env: Readonly<Record<string, string | undefined>>, platform: string): string | undefined {
	if (platform === 'win32') return undefined;
	const locale = characterVariables.map(name => env[name]?.trim() ?? '').find(value => value !== '');
	const charset = locale === undefined ? undefined : charsetOfLocale(locale);
	return charset === undefined || isUtf8(charset) ? undefined : charset;
}
