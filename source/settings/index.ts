// Remembered settings: read with plain fs (fast, no conf), written through conf (loaded
// only when writing). Damaged or too-new files are moved aside, never lost or overwritten.
import type {BalanceSample} from '../checks/types.js';
import {isModelName} from '../domain/models.js';
import type {Language} from '../messages/language.js';
import type {BalanceReading} from '../domain/balance.js';
import {forgetKeyMessages, resetMessages, settingsNotices, settingsWriteMessages} from '../messages/settings.js';
import {asideCopies, errorCode, holdsRememberedKey, makeFolders, nodeSettingsFs, readSettingsFile, type FileState, type SettingsFs} from './file.js';
import {lockFile, lockWaitMs} from './lock.js';
import {maxSettingsBytes, readSettingsTextAgain} from './read-text.js';
import {settingsDir, settingsPath, type Env} from './location.js';
import {
	compactHistory,
	defaultSettings,
	isApiKey,
	cleanSample,
	isDecimal,
	isHttpUrl,
	toStored,
	validate,
	type RememberedDiagnosis,
	type RememberedKeySource,
	type Settings,
} from './schema.js';
import {maskKey, sanitize} from '../text/safe.js';

export {settingsDir, settingsPath, configDirEnvVar, type Env} from './location.js';
export {migrate, migrations} from './migrate.js';
export {
	compactHistory,
	currentSchemaVersion,
	defaultSettings,
	historyLimit,
	validate,
	type RememberedDiagnosis,
	type RememberedKeySource,
	type Settings,
} from './schema.js';
export {nodeSettingsFs, type SettingsFs} from './file.js';

export type LoadedSettings = {
	settings: Settings;
	/** The settings file (whether or not it exists). */
	path: string;
	/** A sentence to show the user once: the file was moved aside, unreadable, or partly invalid. */
	notice?: string;
	/**
	 * The file exists but could neither be read nor moved aside: defaults are in use and
	 * every write refuses. The CLI exits 2 (docs/interface.md, "Exit codes").
	 */
	settingsUnusable: boolean;
	/** True when settings were read from an existing file. */
	fileExists: boolean;
};

export type SaveOutcome =
	| {ok: true; settings: Settings; path: string; notice?: string}
	| {ok: false; reason: 'unusable' | 'write_failed' | 'invalid_value' | 'busy' | 'cancelled'; message: string; path: string; notice?: string};

/**
 * For writes that may wait on another run's lock: Ctrl+C ends the wait; tests shorten it;
 * `onWait` is told once the wait has lasted `quietMs` (a terminal says so, not a silent hang).
 */
export type WriteControl = {signal?: AbortSignal; lockWaitMs?: number; onWait?: (wait: {path: string; seconds: number}) => void; quietMs?: number};

export type ResetOutcome = {
	ok: boolean;
	/** True when a file was deleted (false when there was none, or on failure). */
	deleted: boolean;
	path: string;
	/** What happened, for the user (includes the leftover copies, if any). */
	message: string;
	/** Copies set aside earlier (corrupt/newer), left in place. */
	leftovers: string[];
};

/** Bytes as whole megabytes (MiB, at least 1) for a sentence. */
function megabytes(bytes: number): number {
	return Math.max(1, Math.round(bytes / (1024 * 1024)));
}

/** The fields dropped, by name; a history of which only some readings were, with how many of them. */
function droppedFields(dropped: readonly string[], readings: {dropped: number; of: number} | undefined): string[] {
	return dropped.map(name => (name === 'balanceHistory' && readings ? settingsNotices.someReadingsDropped(readings) : name));
}

function noticeFor(file: string, state: FileState): string | undefined {
	switch (state.kind) {
		case 'missing':
			return undefined;
		case 'loaded':
			return state.dropped.length > 0 ? settingsNotices.invalidFieldsDropped({fields: droppedFields(state.dropped, state.readingsDropped)}) : undefined;
		case 'moved_aside':
			return state.why === 'newer'
				? settingsNotices.movedAsideNewer({movedTo: state.movedTo, version: state.version ?? 0})
				: state.size === undefined
					? settingsNotices.movedAsideCorrupt({movedTo: state.movedTo})
					: settingsNotices.movedAsideTooLarge({movedTo: state.movedTo, size: megabytes(state.size), limit: megabytes(maxSettingsBytes)});
		case 'unusable':
			return state.why === 'unreadable'
				? settingsNotices.unreadable({path: file, code: state.code})
				: settingsNotices.moveFailed({path: file, code: state.code});
	}
}

function withNotice<T extends object>(value: T, notice: string | undefined): T & {notice?: string} {
	return notice === undefined ? value : {...value, notice};
}

const sharedReadFs: SettingsFs = {...nodeSettingsFs, readText: readSettingsTextAgain};

/** Read the settings. Never throws, never imports conf; may move a damaged file aside. */
export function loadSettings(env: Env, io: SettingsFs = nodeSettingsFs): LoadedSettings {
	const file = settingsPath(env);
	// The remembered language's read of this turn, if any, is this one (settings/read-text.ts).
	const state = readSettingsFile(file, io === nodeSettingsFs ? sharedReadFs : io);
	const loaded: LoadedSettings = {
		settings: state.kind === 'loaded' ? state.settings : defaultSettings(),
		path: file,
		settingsUnusable: state.kind === 'unusable',
		fileExists: state.kind === 'loaded',
	};
	if (noticeFor(file, state) === undefined) return loaded;
	// Worded when read, not now: the wizard's start screen shows it, and L may switch the language there.
	return Object.defineProperty(loaded, 'notice', {get: () => noticeFor(file, state), enumerable: true});
}

type WriteOptions = WriteControl & {
	/** Only rememberKey may put a key on disk that was not there before. */
	allowNewKey: boolean;
	io: SettingsFs;
};

/** Keep a key off the disk unless it was already there (or rememberKey is writing it). */
function guardKey(current: Settings, next: Settings, allowNewKey: boolean): Settings {
	if (allowNewKey || next.apiKey === undefined || next.apiKey === current.apiKey) return next;
	const {apiKey: _dropped, ...rest} = next;
	return current.apiKey === undefined ? rest : {...rest, apiKey: current.apiKey};
}

function isSyntaxError(error: unknown): boolean {
	return error instanceof Error && error.name === 'SyntaxError';
}

/** The sentence for a settings folder that could not be made. */
function folderMessage(dir: string, failed: {folder: string; code: string}): string {
	return failed.code === 'ENOTDIR' && failed.folder !== dir
		? settingsWriteMessages.notAFolder({dir, folder: failed.folder})
		: settingsWriteMessages.folderFailed({dir, folder: failed.folder, code: failed.code});
}

/**
 * Read-modify-write under the settings lock: the file is read again once the lock is
 * held, so a run that waited applies its change to what the others wrote, and conf writes
 * the whole file atomically (a temporary file renamed over it).
 */
async function writeSettings(env: Env, update: (current: Settings) => Settings, options: WriteOptions): Promise<SaveOutcome> {
	const dir = settingsDir(env);
	const file = settingsPath(env);
	const failed = (code: string): SaveOutcome => ({ok: false, reason: 'write_failed', path: file, message: settingsWriteMessages.failed({path: file, code})});
	const folder = makeFolders(dir);
	if (!folder.ok) return {ok: false, reason: 'write_failed', path: file, message: folderMessage(dir, folder)};
	const waitMs = options.lockWaitMs ?? lockWaitMs;
	const seconds = Math.round(waitMs / 1000);
	const {onWait} = options;
	const locked = await lockFile(file, {waitMs, signal: options.signal, quietMs: options.quietMs, ...(onWait ? {onWait: () => onWait({path: file, seconds})} : {})});
	if (!locked.ok) {
		if (locked.why === 'busy') return {ok: false, reason: 'busy', path: file, message: settingsWriteMessages.busy({path: file, seconds})};
		if (locked.why === 'cancelled') return {ok: false, reason: 'cancelled', path: file, message: settingsWriteMessages.cancelled};
		if (locked.why === 'in_the_way') return {ok: false, reason: 'write_failed', path: file, message: settingsWriteMessages.lockInTheWay({path: locked.lockPath})};
		return failed(errorCode(locked.error));
	}
	try {
		// conf only now: its atomic writer re-raises Ctrl+C once loaded, which must not cut
		// short a wait for the lock that Ctrl+C is meant to end with "Cancelled.".
		let Conf: typeof import('conf').default;
		try {
			({default: Conf} = await import('conf'));
		} catch (error) {
			return failed(errorCode(error));
		}
		return writeLocked(Conf, dir, file, update, options);
	} finally {
		locked.release();
	}
}

function writeLocked(Conf: typeof import('conf').default, dir: string, file: string, update: (current: Settings) => Settings, options: WriteOptions): SaveOutcome {
	// Read again (not the caller's earlier load): the file may have changed, even become corrupt.
	let state = readSettingsFile(file, options.io);
	let notice = noticeFor(file, state);
	if (state.kind === 'unusable') {
		return withNotice({ok: false, reason: 'unusable', path: file, message: settingsWriteMessages.refused({path: file})}, notice);
	}
	// A file made read-only is the user's way of saying "leave it as it is": the atomic write would replace it
	// anyway (a rename needs only the folder), so it is asked first.
	try {
		options.io.checkWritable(file);
	} catch (error) {
		return withNotice({ok: false, reason: 'write_failed', path: file, message: settingsWriteMessages.readOnly({path: file, code: errorCode(error)})}, notice);
	}
	const current = state.kind === 'loaded' ? state.settings : defaultSettings();
	const next = guardKey(current, update(structuredClone(current)), options.allowNewKey);
	const {settings} = validate(toStored(next));
	try {
		const open = () =>
			// No `schema`: validate() above is the schema. It keeps every valid field of a bad
			// file, where conf's ajv would throw at construction (or with clearInvalidConfig wipe
			// the whole file); and a schema would make conf compile ajv on every write.
			new Conf<Record<string, unknown>>({
				projectName: 'deepseek-fix',
				projectSuffix: '',
				cwd: dir,
				configName: 'config',
				configFileMode: 0o600,
			});
		let store: import('conf').default<Record<string, unknown>>;
		try {
			store = open();
		} catch (error) {
			// The file turned into invalid JSON after the read above (edited by hand): set it aside too.
			if (!isSyntaxError(error)) throw error;
			state = readSettingsFile(file, options.io);
			notice = noticeFor(file, state) ?? notice;
			if (state.kind === 'unusable') {
				return withNotice({ok: false, reason: 'unusable', path: file, message: settingsWriteMessages.refused({path: file})}, notice);
			}
			store = open();
		}
		store.store = toStored(settings);
		tightenMode(file, options.io);
	} catch (error) {
		return withNotice({ok: false, reason: 'write_failed', path: file, message: settingsWriteMessages.failed({path: file, code: errorCode(error)})}, notice);
	}
	return withNotice({ok: true, settings, path: file}, notice);
}

/** conf gives new files 0600; a file that was already there with another mode is fixed here. */
function tightenMode(file: string, io: SettingsFs): void {
	if (process.platform === 'win32') return;
	const mode = io.mode(file);
	if (mode !== undefined && (mode & 0o777) !== 0o600) io.chmod(file, 0o600);
}

/**
 * Change the settings: `update` gets a copy of what is on disk now and returns the new
 * settings; the result is validated and written whole. A key that was not on disk before
 * is never written by this (only rememberKey does that). Failures come back as
 * `{ok: false, message}`; only an exception thrown by `update` itself propagates.
 */
export function saveSettings(env: Env, update: (current: Settings) => Settings, io: SettingsFs = nodeSettingsFs, control: WriteControl = {}): Promise<SaveOutcome> {
	return writeSettings(env, update, {...control, allowNewKey: false, io});
}

function invalid(env: Env, message: string): Promise<SaveOutcome> {
	return Promise.resolve({ok: false, reason: 'invalid_value', path: settingsPath(env), message});
}

/**
 * The readings of one `/user/balance` answer, one per currency, for recordBalanceReading;
 * `account`: whose balance it is (domain/balance-history.ts accountOf).
 */
export function samplesFromReading(reading: BalanceReading, at: Date = new Date(), account?: string): BalanceSample[] {
	const unavailable = reading.isAvailable ? {} : {unavailable: true as const};
	return reading.balances.map(({currency, total, granted, toppedUp}) => ({at: at.toISOString(), currency, total, granted, toppedUp, ...(account === undefined ? {} : {account}), ...unavailable}));
}

/** How long an unchanged reading is not worth a write from `check` (see addsToHistory). */
export const unchangedReadingMs = 10 * 60 * 1000;

/**
 * Whether recording `samples` tells the history something: false when each equals the
 * newest remembered reading of its currency and account, taken less than `withinMs` before. A run of
 * equal readings keeps only its first and last anyway (compactHistory), so such a write
 * would only move the last one's time by minutes, while it costs loading conf.
 */
export function addsToHistory(history: readonly BalanceSample[], samples: readonly BalanceSample[], withinMs = unchangedReadingMs): boolean {
	const amount = (value: string | undefined) => (value === undefined ? undefined : Number(value));
	return samples.some(sample => {
		const newest = history.findLast(earlier => earlier.currency === sample.currency && earlier.account === sample.account);
		if (!newest) return true;
		const age = Date.parse(sample.at) - Date.parse(newest.at);
		const same =
			amount(newest.total) === amount(sample.total) &&
			amount(newest.granted) === amount(sample.granted) &&
			amount(newest.toppedUp) === amount(sample.toppedUp) &&
			newest.unavailable === sample.unavailable;
		return !same || !(age >= 0 && age < withinMs);
	});
}

/**
 * `settings` with balance readings (oldest first) added to the bounded history: what
 * recordBalanceReading writes, and what the wizard reads at once (a save comes after paint).
 */
export function withReadings(settings: Settings, samples: readonly BalanceSample[]): Settings {
	return {...settings, balanceHistory: compactHistory([...settings.balanceHistory, ...samples])};
}

/** Clean copies of readings to remember, or undefined when there are none or one is not a reading. */
export function readingsToKeep(sample: BalanceSample | readonly BalanceSample[]): BalanceSample[] | undefined {
	const given: readonly unknown[] = Array.isArray(sample) ? sample : [sample];
	const copies = given.flatMap(entry => cleanSample(entry) ?? []);
	return copies.length === 0 || copies.length < given.length ? undefined : copies;
}

/** Append balance readings (oldest first) to the bounded history. */
export function recordBalanceReading(env: Env, sample: BalanceSample | readonly BalanceSample[], control: WriteControl = {}): Promise<SaveOutcome> {
	const copies = readingsToKeep(sample);
	if (!copies) return invalid(env, settingsWriteMessages.invalidReading);
	return saveSettings(env, current => withReadings(current, copies), nodeSettingsFs, control);
}

/** The user chose "remember": the only way a key reaches the disk (file mode 0600). */
export function rememberKey(env: Env, key: string, control: WriteControl = {}): Promise<SaveOutcome> {
	const trimmed = key.trim();
	if (!isApiKey(trimmed)) return invalid(env, settingsWriteMessages.invalidKey);
	return writeSettings(env, current => ({...current, apiKey: trimmed, keySource: 'remembered'}), {...control, allowNewKey: true, io: nodeSettingsFs});
}

/** What `config --forget-key` did; `message` names the key only masked. */
export type ForgetKeyOutcome = {
	/** False when the file could not be read or written, or was damaged and moved aside: no key was forgotten. */
	ok: boolean;
	/** True when a remembered key was removed from the file. */
	forgotten: boolean;
	path: string;
	message: string;
};

/** The remembered key without it, and `keySource: remembered` with it; everything else as it was. */
function withoutKey(current: Settings): Settings {
	const {apiKey: _key, ...rest} = current;
	if (rest.keySource === 'remembered') delete rest.keySource;
	return rest;
}

/** A notice (why the file was not usable) and the sentence after it. */
function afterNotice(notice: string | undefined, sentence: string): string {
	return notice === undefined ? sentence : `${notice}\n${sentence}`;
}

/**
 * Remove the remembered key (the key source with it) and keep every other setting, through
 * the same locked, atomic write as every save. Nothing remembered: no write (no file is made
 * for it). A file that cannot be read is left as it is; a damaged one is moved aside as
 * loadSettings does, and the sentence says that a key it held is in that copy. Never throws.
 */
export async function forgetKey(env: Env, io: SettingsFs = nodeSettingsFs, control: WriteControl = {}): Promise<ForgetKeyOutcome> {
	const file = settingsPath(env);
	const nothing: ForgetKeyOutcome = {ok: true, forgotten: false, path: file, message: forgetKeyMessages.nothingToForget};
	const state = readSettingsFile(file, io);
	const notice = noticeFor(file, state);
	if (state.kind === 'missing') return nothing;
	if (state.kind === 'moved_aside') return {ok: false, forgotten: false, path: file, message: afterNotice(notice, forgetKeyMessages.keptInCopy)};
	if (state.kind === 'unusable') return {ok: false, forgotten: false, path: file, message: afterNotice(notice, forgetKeyMessages.unchanged)};
	if (state.settings.apiKey === undefined && state.settings.keySource !== 'remembered') return nothing;
	// The key as it is on disk once the lock is held (another run may have changed it since the read above).
	let forgotten: string | undefined;
	const outcome = await saveSettings(env, current => {
		forgotten = current.apiKey;
		return withoutKey(current);
	}, io, control);
	if (!outcome.ok) return {ok: false, forgotten: false, path: file, message: afterNotice(outcome.notice, `${outcome.message}\n${forgetKeyMessages.unchanged}`)};
	if (forgotten !== undefined) return {ok: true, forgotten: true, path: file, message: forgetKeyMessages.forgotten({masked: maskKey(forgotten)})};
	// Damaged between the read above and the write: moved aside (the notice says where), defaults written in its place.
	if (outcome.notice !== undefined) return {ok: false, forgotten: false, path: file, message: afterNotice(outcome.notice, forgetKeyMessages.keptInCopy)};
	return nothing;
}

export function rememberBaseUrl(env: Env, baseUrl: string, control: WriteControl = {}): Promise<SaveOutcome> {
	if (!isHttpUrl(baseUrl)) return invalid(env, settingsWriteMessages.invalidBaseUrl);
	return saveSettings(env, current => ({...current, baseUrl}), nodeSettingsFs, control);
}

/** Where the key comes from when it is not remembered ('remembered' is set by rememberKey). */
export function rememberKeySource(env: Env, keySource: Exclude<RememberedKeySource, 'remembered'>, control: WriteControl = {}): Promise<SaveOutcome> {
	return saveSettings(env, current => ({...current, keySource}), nodeSettingsFs, control);
}

/** The key now comes from where no source can be remembered (an agent app's settings): a source kept before is no longer true. A remembered key keeps its own. */
export function forgetKeySource(env: Env, control: WriteControl = {}): Promise<SaveOutcome> {
	return saveSettings(env, current => {
		if (current.keySource === undefined || current.keySource === 'remembered') return current;
		const {keySource: _source, ...rest} = current;
		return rest;
	}, nodeSettingsFs, control);
}

/** The language the user chose in the wizard, kept for the next runs (only on their say-so). */
export function rememberLanguage(env: Env, language: Language, control: WriteControl = {}): Promise<SaveOutcome> {
	return saveSettings(env, current => ({...current, language}), nodeSettingsFs, control);
}

/** The model picked for the test call in the wizard: offered first next time. */
export function rememberProbeModel(env: Env, model: string): Promise<SaveOutcome> {
	if (!isModelName(model)) return invalid(env, settingsWriteMessages.invalidModel);
	return saveSettings(env, current => ({...current, probeModel: model}));
}

/** Remember the last diagnosis; its texts are sanitised (no escapes, no key-shaped strings). */
export function rememberDiagnosis(env: Env, diagnosis: Omit<RememberedDiagnosis, 'at'> & {at?: string}): Promise<SaveOutcome> {
	const remembered: RememberedDiagnosis = {
		at: diagnosis.at ?? new Date().toISOString(),
		verdict: diagnosis.verdict,
		summary: sanitize(diagnosis.summary),
		path: diagnosis.path.map(step => sanitize(step)),
		baseUrl: sanitize(diagnosis.baseUrl),
		...(diagnosis.language ? {language: diagnosis.language} : {}),
		...(diagnosis.account ? {account: diagnosis.account} : {}),
		...(diagnosis.account && diagnosis.keySource ? {keySource: diagnosis.keySource} : {}),
	};
	return saveSettings(env, current => ({...current, lastDiagnosis: remembered}));
}

/** Set (or with `amount` undefined, clear) the low-balance alert threshold. */
export function setAlertThreshold(env: Env, amount: string | undefined, currency?: string, control: WriteControl = {}): Promise<SaveOutcome> {
	if (amount === undefined) {
		return saveSettings(env, ({alertThreshold: _a, alertCurrency: _c, ...rest}) => rest, nodeSettingsFs, control);
	}
	const trimmed = amount.trim();
	if (!isDecimal(trimmed)) return invalid(env, settingsWriteMessages.invalidAmount({amount: sanitize(amount)}));
	return saveSettings(env, ({alertCurrency: _c, ...rest}) => ({
		...rest,
		alertThreshold: trimmed,
		...(currency ? {alertCurrency: currency.trim().toUpperCase()} : {}),
	}), nodeSettingsFs, control);
}

/**
 * Forget everything: the file is deleted, not moved aside, because the user asked for it
 * and a set-aside copy would keep a remembered key on disk. Older set-aside copies are
 * left alone and listed in the message. Never throws.
 */
export function resetSettings(env: Env, io: SettingsFs = nodeSettingsFs): ResetOutcome {
	const file = settingsPath(env);
	const leftovers = asideCopies(file, io);
	const withLeftovers = (sentence: string) =>
		leftovers.length > 0 ? `${sentence}\n${resetMessages.leftovers({files: leftovers})}` : sentence;
	if (!io.exists(file)) {
		return {ok: true, deleted: false, path: file, leftovers, message: withLeftovers(resetMessages.nothingToReset({path: file}))};
	}
	// Read before deleting, so that the sentence says whether a key went with it (not "a remembered key" for a file without one).
	const keyed = holdsRememberedKey(file, io);
	try {
		io.unlink(file);
	} catch (error) {
		return {ok: false, deleted: false, path: file, leftovers, message: resetMessages.failed({path: file, code: errorCode(error)})};
	}
	const deleted = keyed === undefined ? resetMessages.deletedUnread : keyed ? resetMessages.deleted : resetMessages.deletedNoKey;
	return {ok: true, deleted: true, path: file, leftovers, message: withLeftovers(deleted({path: file}))};
}
