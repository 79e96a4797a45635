// Reading the settings file without conf (start-up cost): parse, migrate, validate, and
// move a damaged or too-new file aside instead of losing or overwriting it.
import fs from 'node:fs';
import path from 'node:path';
import {isFolder} from '../folder.js';
import {migrate} from './migrate.js';
import {readSettingsText, SettingsFileTooLarge} from './read-text.js';
import {validate, type Settings, type Validated} from './schema.js';

/** The file operations settings need; tests swap one to simulate a failure root cannot hit. */
export type SettingsFs = {
	/** Throws SettingsFileTooLarge, without reading it, for a file over maxSettingsBytes. */
	readText(file: string): string;
	rename(from: string, to: string): void;
	exists(file: string): boolean;
	/** Permission bits, or undefined when the file is not there. */
	mode(file: string): number | undefined;
	chmod(file: string, mode: number): void;
	unlink(file: string): void;
	list(dir: string): string[];
	/** Throws (EACCES, EPERM, EROFS…) when this user may not write `file`; nothing when it may or the file is not there. */
	checkWritable(file: string): void;
};

export const nodeSettingsFs: SettingsFs = {
	readText: readSettingsText,
	rename: (from, to) => fs.renameSync(from, to),
	exists: file => fs.existsSync(file),
	mode: file => fs.statSync(file, {throwIfNoEntry: false})?.mode,
	chmod: (file, mode) => fs.chmodSync(file, mode),
	unlink: file => fs.unlinkSync(file),
	list: dir => fs.readdirSync(dir),
	checkWritable(file) {
		try {
			fs.accessSync(file, fs.constants.W_OK);
		} catch (error) {
			if (errorCode(error) !== 'ENOENT') throw error;
		}
	},
};

type AsideReason = 'corrupt' | 'newer';

/** More missing folders than this above the settings folder is a mistake, not a place to make. */
const maxMissingFolders = 32;

type FolderOutcome = {ok: true} | {ok: false; folder: string; code: string};

/**
 * Make `dir` and the folders missing above it, one level at a time (mode 0700). Never a
 * recursive mkdir: Node's retries forever, deaf to Ctrl+C, where a parent exists but
 * refuses children with ENOENT (`/proc/self/…`). The walk up is bounded; the first folder
 * that cannot be made, or a file in the way (ENOTDIR), ends it with that folder's name.
 */
export function makeFolders(dir: string): FolderOutcome {
	const missing: string[] = [];
	for (let folder = path.resolve(dir); ; folder = path.dirname(folder)) {
		let stats: fs.Stats | undefined;
		try {
			stats = fs.statSync(folder, {throwIfNoEntry: false});
		} catch (error) {
			// ENOTDIR: a file further up; the walk goes on to name it.
			if (errorCode(error) !== 'ENOTDIR') return {ok: false, folder, code: errorCode(error)};
		}
		if (stats) {
			if (!stats.isDirectory()) return {ok: false, folder, code: 'ENOTDIR'};
			break;
		}
		missing.push(folder);
		if (path.dirname(folder) === folder || missing.length > maxMissingFolders) return {ok: false, folder, code: 'ENOENT'};
	}
	for (const folder of missing.reverse()) {
		try {
			fs.mkdirSync(folder, {mode: 0o700});
		} catch (error) {
			// Another run made it a moment ago: that is what we wanted. A folder that cannot be looked at is this EEXIST's outcome.
			if (errorCode(error) === 'EEXIST' && isFolder(folder)) continue;
			return {ok: false, folder, code: errorCode(error)};
		}
	}
	return {ok: true};
}

export type FileState =
	| {kind: 'missing'}
	| {kind: 'loaded'; settings: Settings; dropped: string[]; readingsDropped?: Validated['readingsDropped']; migratedFrom: number}
	/** `size`: set for a file moved aside unread because it was over maxSettingsBytes. */
	| {kind: 'moved_aside'; why: 'corrupt' | 'newer'; movedTo: string; version?: number; size?: number}
	| {kind: 'unusable'; why: 'unreadable' | 'move_failed'; code: string};

export function errorCode(error: unknown): string {
	if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
	return error instanceof Error ? error.name : 'unknown error';
}

/** `config.json.corrupt-2026-11-02T10-20-30-000Z` (no colons: Windows forbids them). */
export function asideName(file: string, why: AsideReason, now = new Date(), io: SettingsFs = nodeSettingsFs): string {
	const base = `${file}.${why}-${now.toISOString().replace(/[:.]/g, '-')}`;
	let candidate = base;
	// rename() replaces an existing target on POSIX: never let one set-aside copy replace another.
	for (let n = 2; io.exists(candidate); n++) candidate = `${base}-${n}`;
	return candidate;
}

/** Copies set aside earlier next to the settings file (they may hold a remembered key). */
export function asideCopies(file: string, io: SettingsFs = nodeSettingsFs): string[] {
	const prefix = `${path.basename(file)}.`;
	try {
		return io
			.list(path.dirname(file))
			.filter(name => name.startsWith(prefix) && /^(?:corrupt|newer)-/.test(name.slice(prefix.length)))
			.sort()
			.map(name => path.join(path.dirname(file), name));
	} catch {
		return [];
	}
}

function setAside(file: string, why: 'corrupt' | 'newer', io: SettingsFs, more: {version?: number; size?: number} = {}): FileState {
	try {
		const movedTo = asideName(file, why, new Date(), io);
		io.rename(file, movedTo);
		return {kind: 'moved_aside', why, movedTo, ...more};
	} catch (error) {
		return {kind: 'unusable', why: 'move_failed', code: errorCode(error)};
	}
}

/** A file holding a key must not be readable by others, whoever wrote it. Best effort. */
function tightenIfKeyed(file: string, settings: Settings, io: SettingsFs): void {
	if (settings.apiKey === undefined || process.platform === 'win32') return;
	try {
		const mode = io.mode(file);
		if (mode !== undefined && (mode & 0o077) !== 0) io.chmod(file, 0o600);
	} catch {
		// Not ours to fix (e.g. another user's file): the contents are still usable.
	}
}

/** A settings file's text as the current version, validated; or why it cannot be: not JSON or no settings object, a newer version. Pure. */
type ParsedSettings = {kind: 'parsed'; validated: Validated; from: number} | {kind: 'corrupt'} | {kind: 'newer'; version: number};
function parseSettingsText(text: string): ParsedSettings {
	let parsed: unknown;
	try {
		// A byte-order mark (Windows editors add one) is not damage.
		parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return {kind: 'corrupt'};
	}
	const migrated = migrate(parsed);
	if (migrated.kind === 'current') return {kind: 'parsed', validated: validate(migrated.value), from: migrated.from};
	return migrated.kind === 'newer' ? {kind: 'newer', version: migrated.version} : {kind: 'corrupt'};
}

/**
 * Whether the file holds a remembered API key, read without touching it (no setting aside, no mode change):
 * `config --reset` says so before deleting. Undefined where it cannot tell (unreadable, not JSON, a newer version).
 */
export function holdsRememberedKey(file: string, io: SettingsFs = nodeSettingsFs): boolean | undefined {
	let text: string;
	try {
		text = io.readText(file);
	} catch {
		return undefined;
	}
	const parsed = parseSettingsText(text);
	return parsed.kind === 'parsed' ? parsed.validated.settings.apiKey !== undefined : undefined;
}

export function readSettingsFile(file: string, io: SettingsFs = nodeSettingsFs): FileState {
	let text: string;
	try {
		text = io.readText(file);
	} catch (error) {
		// Far larger than any settings file: damaged like one that is not JSON, moved aside unread.
		if (error instanceof SettingsFileTooLarge) return setAside(file, 'corrupt', io, {size: error.size});
		const code = errorCode(error);
		return code === 'ENOENT' ? {kind: 'missing'} : {kind: 'unusable', why: 'unreadable', code};
	}
	const parsed = parseSettingsText(text);
	if (parsed.kind === 'newer') return setAside(file, 'newer', io, {version: parsed.version});
	if (parsed.kind === 'corrupt') return setAside(file, 'corrupt', io);
	const {settings, dropped, readingsDropped} = parsed.validated;
	tightenIfKeyed(file, settings, io);
	return {kind: 'loaded', settings, dropped, ...(readingsDropped ? {readingsDropped} : {}), migratedFrom: parsed.from};
}
