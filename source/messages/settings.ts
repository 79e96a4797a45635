// Sentences about remembered settings (settings.ts) and the `config` command.
// Paths and values passed in are the user's own (paths) or already masked (keys).
import {amountText} from '../text/amount.js';
import {localized, type Messages} from './language.js';
import * as zhCN from './zh-CN/settings.js';

/** Told once, when the settings file could not be used as it was. */
const settingsNoticesEn = {
	movedAsideCorrupt: (p: {movedTo: string}) =>
		`Your settings file was damaged (not readable as settings), so it was moved to ${p.movedTo} and default settings are used. Nothing was deleted: copy back what you need from that file.`,
	movedAsideTooLarge: (p: {movedTo: string; size: number; limit: number}) =>
		`Your settings file was ${p.size} MB, far larger than any settings file (deepseek-fix reads at most ${p.limit} MB), so it was not read: it was moved to ${p.movedTo} and default settings are used. Nothing was deleted: look at what that file holds, and delete it if it is not yours.`,
	movedAsideNewer: (p: {movedTo: string; version: number}) =>
		`Your settings file was written by a newer deepseek-fix (settings version ${p.version}), which this version cannot read, so it was moved to ${p.movedTo} and default settings are used. Update deepseek-fix (npx deepseek-fix@latest) and move the file back to use those settings again.`,
	moveFailed: (p: {path: string; code: string}) =>
		`Your settings file ${p.path} is damaged and could not be moved aside (${p.code}). deepseek-fix will not change it: fix or delete that file, or set DEEPSEEK_FIX_CONFIG_DIR to another folder.`,
	// What is at the path decides what to do about it: a folder, a path through a file, no permission.
	unreadable: (p: {path: string; code: string}) => {
		const head = `Your settings file ${p.path} could not be read (${p.code})`;
		switch (p.code) {
			case 'EISDIR':
				return `${head}: a folder is where the file should be. deepseek-fix will not touch it: move that folder away, or set DEEPSEEK_FIX_CONFIG_DIR to another folder.`;
			case 'ENOTDIR':
				return `${head}: part of that path is a file, not a folder, so nothing can be kept there. Set DEEPSEEK_FIX_CONFIG_DIR to a folder (or to a path where one can be made).`;
			case 'EACCES':
			case 'EPERM':
				return `${head}: you have no permission to read it. deepseek-fix will not change it: give yourself read and write access to it, or set DEEPSEEK_FIX_CONFIG_DIR to another folder.`;
			default:
				return `${head}. deepseek-fix will not change it: check that it is a file you can read, or set DEEPSEEK_FIX_CONFIG_DIR to another folder.`;
		}
	},
	/** Within invalidFieldsDropped's list: some readings of the history were not valid, the others are kept. */
	someReadingsDropped: (p: {dropped: number; of: number}) => `balanceHistory: ${p.dropped} of ${p.of} readings, the others kept`,
	invalidFieldsDropped: (p: {fields: readonly string[]}) =>
		`Some remembered settings were not valid and are ignored (${p.fields.join(', ')}); they are removed the next time settings are saved.`,
};

/** Why a write did not happen. */
const settingsWriteMessagesEn = {
	refused: (p: {path: string}) =>
		`Settings were not saved: deepseek-fix will not overwrite ${p.path}, which it could not read or move aside. Fix or delete that file, or set DEEPSEEK_FIX_CONFIG_DIR to another folder.`,
	failed: (p: {path: string; code: string}) =>
		`Settings could not be saved to ${p.path} (${p.code}). Check that the folder is writable, or set DEEPSEEK_FIX_CONFIG_DIR to another folder.`,
	readOnly: (p: {path: string; code: string}) =>
		`Settings were not saved: ${p.path} is read-only for you (${p.code}), and deepseek-fix does not replace a file made read-only. To let it remember, make the file writable (chmod u+w on macOS and Linux); or set DEEPSEEK_FIX_CONFIG_DIR to another folder.`,
	folderFailed: (p: {dir: string; folder: string; code: string}) =>
		`Settings could not be saved: the folder ${p.dir} cannot be created (${p.code} at ${p.folder}). Set DEEPSEEK_FIX_CONFIG_DIR to a folder you can write to.`,
	notAFolder: (p: {dir: string; folder: string}) =>
		`Settings could not be saved: ${p.folder} is a file, so the folder ${p.dir} cannot be created. Set DEEPSEEK_FIX_CONFIG_DIR to another folder.`,
	busy: (p: {path: string; seconds: number}) =>
		`Settings were not saved: another deepseek-fix kept ${p.path} locked for ${p.seconds} s. Try again; if this keeps happening and no other deepseek-fix is running, delete ${p.path}.lock.`,
	/** Said once a save has waited a second for another run's lock (it waits at most `seconds`). */
	waiting: (p: {path: string; seconds: number}) =>
		`Waiting for another deepseek-fix to finish writing ${p.path} (at most ${p.seconds} s; Ctrl+C stops).`,
	lockInTheWay: (p: {path: string}) =>
		`Settings were not saved: ${p.path} is a file, where deepseek-fix makes a folder as its lock while it writes; something else put it there. Delete that file and run again.`,
	cancelled: 'Settings were not saved: cancelled.',
	invalidAmount: (p: {amount: string}) =>
		`"${p.amount}" is not an amount: use a number such as 5 or 2.50.`,
	invalidKey: 'That does not look like an API key (8 to 512 visible characters, no spaces), so it was not remembered.',
	invalidBaseUrl: 'The base URL was not remembered: it must be an http(s) URL.',
	invalidReading: 'The balance reading was not remembered: it needs a time, a currency and a decimal amount.',
	invalidModel: 'The model was not remembered: a model name is one word of up to 200 characters.',
};

const resetMessagesEn = {
	deleted: (p: {path: string}) =>
		`Deleted ${p.path}: all remembered settings are gone, including the remembered API key.`,
	deletedNoKey: (p: {path: string}) => `Deleted ${p.path}: all remembered settings are gone (no API key was remembered there).`,
	deletedUnread: (p: {path: string}) => `Deleted ${p.path}: all remembered settings are gone.`,
	nothingToReset: (p: {path: string}) => `There were no remembered settings to reset (${p.path} does not exist).`,
	failed: (p: {path: string; code: string}) =>
		`Could not delete ${p.path} (${p.code}): the remembered settings are unchanged. Delete the file yourself, or check the folder's permissions.`,
	leftovers: (p: {files: readonly string[]}) =>
		`Copies set aside earlier are still there and may hold a remembered key; delete them if you no longer need them: ${p.files.join(', ')}`,
};

/** `config --forget-key`: the remembered key alone dropped; `masked` is maskKey's. */
const forgetKeyMessagesEn = {
	forgotten: (p: {masked: string}) => `Forgot the remembered key ${p.masked}; the other settings are kept.`,
	nothingToForget: 'No key is remembered: nothing to forget.',
	/** After why the file could not be read or written: the write is atomic, so nothing changed. */
	unchanged: 'No key was forgotten: the settings file is as it was.',
	/** After the notice that a damaged file was moved aside: what it held (a key too) is in that copy. */
	keptInCopy: 'No key was forgotten: a key that file held is in the copy now. Delete the copy once you have copied back what you need.',
};

/** `deepseek-fix config` (readable form). Labels are padded by the renderer. */

const configMessagesEn = {
	title: 'Remembered settings',
	fileLabel: 'File',
	baseUrlLabel: 'Base URL',
	keyLabel: 'API key',
	historyLabel: 'Balance history',
	alertLabel: 'Alert threshold',
	diagnosisLabel: 'Last diagnosis',
	probeModelLabel: 'Test call model',
	languageLabel: 'Language',
	fileMissing: (p: {path: string}) => `${p.path} (not created yet: nothing remembered)`,
	/** Something is at the path but cannot be read (a folder, no permission): its settings are unknown. */
	fileUnreadable: (p: {path: string}) => `${p.path} (cannot be read: what it remembers is unknown, and it is left as it is)`,
	/** The rows with nothing remembered: what a run uses instead, and how the value gets remembered (only the wizard remembers). */
	baseUrlNone: 'none remembered: runs use DEEPSEEK_BASE_URL, else DeepSeek\'s own (the wizard\'s "Remember these settings" keeps one)',
	alertNone: 'none: set one in the wizard (Check my balance / set a low-balance alert), or use deepseek-fix balance --below in a script',
	probeModelNone: 'none yet: the wizard remembers the model its paid test call used',
	languageNone: 'none remembered: --lang, DEEPSEEK_FIX_LANG or the locale choose it (to keep one, press L in the wizard and pick "Always use …")',
	/** check and balance keep no diagnosis: "not set" right after a check read like a bug. */
	diagnosisNone: 'none yet: only the wizard remembers its last result (deepseek-fix check and deepseek-fix balance do not)',
	keyRemembered: (p: {masked: string}) => `${p.masked}, remembered in this file`,
	keyNotRemembered: (p: {source: string}) => `not remembered (${p.source})`,
	keySources: {
		env: 'taken from DEEPSEEK_API_KEY',
		dotenv: 'taken from DEEPSEEK_API_KEY in a folder\'s .env or .env.local file',
		remembered: 'was remembered, now missing',
		prompt: 'typed in each time',
		none: 'no key yet',
		// Nothing says where the key comes from: each run looks for it where check does.
		unknown: 'each run looks in DEEPSEEK_API_KEY and .env files',
	},
	historyNone: 'no readings yet',
	historySingle: (p: {reading: string}) => `1 reading: ${p.reading}`,
	historySummary: (p: {count: number; first: string; last: string}) => `${p.count} readings; first ${p.first}; last ${p.last}`,
	reading: (p: {total: string; currency: string; at: string}) => `${amountText(p.total, p.currency)} at ${p.at}`,
	alertSummary: (p: {amount: string; currency: string}) => `below ${amountText(p.amount, p.currency)}`.trimEnd(),
	/** `whose`: found with another key, or at another base URL, than the ones in effect now (whoseMessages.elsewhere, as the wizard's start screen says it). */
	diagnosisSummary: (p: {verdict: string; name: string; at: string; summary: string; whose?: string}) => `${p.verdict} (${p.at}${p.whose === undefined ? '' : `, ${p.whose}`}): ${p.summary}`,
	/** The remembered diagnosis when its sentence is in the other language: the verdict's name instead. */
	diagnosisVerdict: (p: {verdict: string; name: string; at: string; whose?: string}) => `${p.verdict} (${p.at}${p.whose === undefined ? '' : `, ${p.whose}`}): ${p.name}`,
	/** Shown with a remembered key, before hintReset: the key alone can go. */
	hintForgetKey: 'Forget only the key with: deepseek-fix config --forget-key',
	hintReset: 'Forget everything with: deepseek-fix config --reset',
};

// Every table above in each language; the Simplified Chinese ones are in zh-CN/settings.ts, of the same types.
export type SettingsNotices = Messages<typeof settingsNoticesEn>;
export type SettingsWriteMessages = Messages<typeof settingsWriteMessagesEn>;
export type ResetMessages = Messages<typeof resetMessagesEn>;
export type ForgetKeyMessages = Messages<typeof forgetKeyMessagesEn>;
export type ConfigMessages = Messages<typeof configMessagesEn>;
export const settingsNotices: SettingsNotices = localized({en: settingsNoticesEn, 'zh-CN': zhCN.settingsNotices});
export const settingsWriteMessages: SettingsWriteMessages = localized({en: settingsWriteMessagesEn, 'zh-CN': zhCN.settingsWriteMessages});
export const resetMessages: ResetMessages = localized({en: resetMessagesEn, 'zh-CN': zhCN.resetMessages});
export const forgetKeyMessages: ForgetKeyMessages = localized({en: forgetKeyMessagesEn, 'zh-CN': zhCN.forgetKeyMessages});
export const configMessages: ConfigMessages = localized({en: configMessagesEn, 'zh-CN': zhCN.configMessages});
