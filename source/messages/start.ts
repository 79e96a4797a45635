// What a run says on stderr before anything else, about the environment it was started in
// (en). Apart from cli.ts: the help's fast path in bin.js says it too, and carries only these.
import {localized, type Messages} from './language.js';
import * as zhCN from './zh-CN/start.js';

const startMessagesEn = {
	/** DEEPSEEK_FIX_CONFIG_DIR=~/x given unexpanded (cron): `dir` is the folder used, `home` the one probably meant. */
	unexpandedTilde: (p: {dir: string; home: string}) =>
		`deepseek-fix: DEEPSEEK_FIX_CONFIG_DIR starts with ~, which is not expanded here: the settings are in ${p.dir}. For a folder in your home, give its full path (${p.home}).`,
	/** DEEPSEEK_FIX_CONFIG_DIR with white space at an end, kept: `dir` is the folder used, `trimmed` the one without the spaces (both quoted). */
	spacedConfigDir: (p: {dir: string; trimmed: string}) =>
		`deepseek-fix: DEEPSEEK_FIX_CONFIG_DIR begins or ends with a space, which is kept as part of the path: the settings are in ${p.dir}. If you meant ${p.trimmed}, remove the spaces from the variable.`,
	/** DEEPSEEK_FIX_CONFIG_DIR of white space only, kept as a folder's name: `dir` is that folder (quoted). */
	blankConfigDir: (dir: string) =>
		`deepseek-fix: DEEPSEEK_FIX_CONFIG_DIR holds only spaces, which are kept as a folder's name: the settings are in ${dir}. To use the usual settings folder, unset the variable.`,
	/** The locale said Chinese in a character set that is not UTF-8 (`charset`: GBK, GB18030, Big5…): English instead. ASCII only, as such a terminal shows it. */
	nonUtf8Locale: (charset: string) =>
		`deepseek-fix: your locale's character set is ${charset}, not UTF-8, the only one this tool writes: Chinese would be garbled here, so it speaks English. For Chinese, use a UTF-8 locale (LANG=zh_CN.UTF-8) and terminal; if this terminal is UTF-8 already, add --lang zh-CN or set DEEPSEEK_FIX_LANG=zh-CN.`,
	ignoredLanguageEnv: (value: string) => `deepseek-fix: DEEPSEEK_FIX_LANG="${value}" names no language this tool speaks (zh-CN or en, or another zh or en tag such as zh-Hans or en-US; a locale only in UTF-8, such as zh_CN.UTF-8), so it is ignored.`,
};

// Every table above in each language; the Simplified Chinese ones are in zh-CN/start.ts, of the same types.
export type StartMessages = Messages<typeof startMessagesEn>;
export const startMessages: StartMessages = localized({en: startMessagesEn, 'zh-CN': zhCN.startMessages});
