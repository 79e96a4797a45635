// The lines a run writes on stderr before anything else, about how it was started: a
// DEEPSEEK_FIX_LANG it ignores, a DEEPSEEK_FIX_CONFIG_DIR whose ~ is not expanded or with
// spaces at an end, a Chinese locale whose characters are not UTF-8. Every run says them, the help's fast path
// in bin.js as well as cli.js.
import {startMessages} from './messages/start.js';
import {surroundingSpace, unexpandedTilde} from './settings/location.js';
import type {StartLanguage} from './start-language.js';
import {cleanSentence, quotedValue} from './text/safe.js';

/** `onTerminal`: stderr is a terminal. The locale's notice is said only there: a cron job would mail it on every run. */
export function startNotices(language: StartLanguage, env: Readonly<Record<string, string | undefined>>, onTerminal: boolean): string[] {
	const notices: string[] = [];
	// The key in use masked in every form: a variable set to it by mistake (DEEPSEEK_FIX_LANG=sk-…) is quoted here.
	const key = env['DEEPSEEK_API_KEY'];
	if (language.ignoredEnv !== undefined) notices.push(startMessages.ignoredLanguageEnv(quotedValue(language.ignoredEnv, 60, key)));
	if (language.nonUtf8Charset !== undefined && onTerminal) notices.push(startMessages.nonUtf8Locale(quotedValue(language.nonUtf8Charset, 40, key)));
	const tilde = unexpandedTilde(env);
	if (tilde) {
		const shown = (folder: string) => quotedValue(folder, 400, key);
		notices.push(startMessages.unexpandedTilde({dir: shown(tilde.dir), home: shown(tilde.home)}));
	}
	const spaced = surroundingSpace(env);
	if (spaced) {
		// In quotes and not trimmed: the spaces at its ends are what the sentence is about.
		const exactly = (folder: string) => `"${cleanSentence(folder, key)}"`;
		notices.push(
			spaced.trimmed === undefined
				? startMessages.blankConfigDir(exactly(spaced.dir))
				: startMessages.spacedConfigDir({dir: exactly(spaced.dir), trimmed: exactly(spaced.trimmed)}),
		);
	}
	return notices;
}
