// The remembered language, read before anything else: argument errors and --help are
// already in it. A plain read of one field, with no side effects (loadSettings, which
// may move a damaged file aside, runs later and only for the commands that need it);
// anything unreadable (a file too large to be settings too) counts as "nothing remembered".
// loadSettings, when it comes in the same turn of the event loop (`check`), takes this read.
import {isJsonObject} from '../json.js';
import {isLanguage, type Language} from '../messages/language.js';
import {settingsPath, type Env} from './location.js';
import {readSettingsTextShared} from './read-text.js';

export function rememberedLanguage(env: Env): Language | undefined {
	try {
		const raw: unknown = JSON.parse(readSettingsTextShared(settingsPath(env)));
		const value = isJsonObject(raw) ? raw['language'] : undefined;
		return isLanguage(value) ? value : undefined;
	} catch {
		return undefined;
	}
}
