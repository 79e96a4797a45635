// Reading the settings file's text, refusing one far larger than any deepseek-fix writes
// without reading it: a file of gigabytes (a log or a disk image written over it, a sync
// tool's mistake) took minutes to read before failing with ERR_STRING_TOO_LONG.
import {closeSync, fstatSync, openSync, readFileSync} from 'node:fs';

/**
 * The largest settings file read. What a run writes is tens of KB at most: 200 balance
 * readings of about 200 bytes each, a diagnosis of at most 1,000 characters and 100
 * steps, a key of at most 512 characters, a URL of at most 2,048. 4 MiB is far beyond
 * that, and beyond any hand-edited file, yet takes only milliseconds to read and parse.
 */
export const maxSettingsBytes = 4 * 1024 * 1024;

/** Thrown by readSettingsText for a file over maxSettingsBytes; `size` is its length in bytes. */
export class SettingsFileTooLarge extends Error {
	readonly code = 'ETOOLARGE';
	constructor(readonly size: number) {
		super(`settings file of ${size} bytes`);
		this.name = 'SettingsFileTooLarge';
	}
}

/** The file's text, or SettingsFileTooLarge (its size is read first, the file is not) or fs's own error. */
export function readSettingsText(file: string): string {
	const fd = openSync(file, 'r');
	try {
		const {size} = fstatSync(fd);
		if (size > maxSettingsBytes) throw new SettingsFileTooLarge(size);
		return readFileSync(fd, 'utf8');
	} finally {
		closeSync(fd);
	}
}

/**
 * The last shared read (readSettingsTextShared) and its outcome, until the current turn of the
 * event loop ends: `check` reads the file for the remembered language first thing and loads the
 * settings a moment later in the same synchronous stretch, so that load takes this read (its
 * text, or its error: a missing file is opened once) instead of opening the file again. Past the
 * turn, a read is a read.
 */
let justRead: {file: string; outcome: {text: string} | {error: unknown}} | undefined;

function keepForThisTurn(file: string, outcome: {text: string} | {error: unknown}): void {
	const kept = {file, outcome};
	justRead = kept;
	queueMicrotask(() => {
		if (justRead === kept) justRead = undefined;
	});
}

/** readSettingsText, its outcome kept for the next readSettingsTextAgain of the same file in this turn. */
export function readSettingsTextShared(file: string): string {
	let text: string;
	try {
		text = readSettingsText(file);
	} catch (error) {
		keepForThisTurn(file, {error});
		throw error;
	}
	keepForThisTurn(file, {text});
	return text;
}

/** What readSettingsTextShared read of `file` in this turn, once; otherwise the file read now. */
export function readSettingsTextAgain(file: string): string {
	const kept = justRead;
	justRead = undefined;
	if (kept?.file !== file) return readSettingsText(file);
	if ('error' in kept.outcome) throw kept.outcome.error;
	return kept.outcome.text;
}
