// What a run says on stderr before anything else, about the environment it was started in
// (en). Apart from cli.ts: the help's fast path in bin.js says it too, and carries only these.
import {localized, type Messages} from './language.js';
import * as zhCN from './zh-CN/start.js';

const startMessagesEn = {
	/** DEEPSEEK_FIX_CONFIG_DIR=~/x given unexpanded (cron): `dir` is the folder used, `home` the one probably meant. */
	unexpandedTilde: (p: {dir: string; home: string}) =>
		`deepseek-fix: DEEPSEEK_FIX_CONFIG_DIR starts with ~, which is not expanded here: the settings are in ${p.dir}. For a folder in your home, give its full path (${p.home}).`,
	ignoredLanguageEnv: (value: string) => `deepseek-fix: DEEPSEEK_FIX_LANG="${value}" names no language this tool speaks (zh-CN or en), so it is ignored.`,
};

// Every table above in each language; the Simplified Chinese ones are in zh-CN/start.ts, of the same types.
export type StartMessages = Messages<typeof startMessagesEn>;
export const startMessages: StartMessages = localized({en: startMessagesEn, 'zh-CN': zhCN.startMessages});
