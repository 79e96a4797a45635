// Choosing the language at start, before anything is said: --lang, DEEPSEEK_FIX_LANG, the
// remembered choice, the locale (messages/language.ts has the rule). Small on purpose: the
// bin chunk uses it for --help and the old-Node line without loading the rest of the tool.
import process from 'node:process';
import {parseArgs} from 'node:util';
import {chooseLanguage, parseLanguage, setLanguage, systemLocale, type LanguageChoice} from './messages/language.js';
import {rememberedLanguage} from './settings/remembered-language.js';

/** --lang's value as written (before `--`), whatever else is on the line; undefined when absent. */
export function languageFlag(argv: readonly string[]): string | undefined {
	// parseArgs reads --lang only from a word `--lang` or `--lang=…`: without one it is not there, and parseArgs' first
	// call in a process (~0.4 ms of CPU, before `check`'s first request) is spared.
	if (!argv.some(word => word.startsWith('--lang'))) return undefined;
	const {values} = parseArgs({args: [...argv], options: {lang: {type: 'string'}}, strict: false, allowPositionals: true});
	const value: unknown = values.lang;
	// Non-strict parsing gives `true` for a --lang with no value: strict parsing reports that.
	return typeof value === 'string' ? value : undefined;
}

export type StartLanguage = LanguageChoice & {
	/** --lang named no language: the language was chosen without it, and the caller reports it. */
	badFlag?: string;
};

/** Choose the language for this run and switch every table to it. */
export function startLanguage(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): StartLanguage {
	const written = languageFlag(argv);
	const flag = written === undefined ? undefined : parseLanguage(written);
	const choice = chooseLanguage({flag, env, remembered: rememberedLanguage(env), systemLocale, platform: process.platform});
	setLanguage(choice.language);
	return written !== undefined && flag === undefined ? {...choice, badFlag: written} : choice;
}
