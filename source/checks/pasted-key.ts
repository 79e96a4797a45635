// What the wizard's key field keeps of a paste: the key alone when the paste is plainly one
// key wrapped in something (quotes, "Bearer ", a NAME= line of an .env file or a shell, spaces and line ends
// around it), with what was left out; never a changed character inside the key (an
// invisible or look-alike one is key_format's to report). A paste that is not one key is refused.
import {quotedValuePattern} from '../text/quoted.js';
import {bearerPattern, keyAssignment} from './key-format.js';

/** What was taken from around the key; the outermost wrapper last. */
export type KeyWrapper = {kind: 'spaces'} | {kind: 'quotes'} | {kind: 'bearer'} | {kind: 'assignment'; name: string};

export type PastedKey =
	| {kind: 'key'; key: string; removed: KeyWrapper[]}
	/** More than one sk- key (two lines of an .env file, a key pasted twice with a space). */
	| {kind: 'several_keys'; count: number}
	/** Spaces or line breaks inside what would be the key: several words, a key broken over lines. */
	| {kind: 'not_one_key'};

const skKeys = /(?<![\w-])sk-[\w-]+/g;

/** Pure: read a paste the way the key field keeps it. */
export function readPastedKey(typed: string): PastedKey {
	const removed: KeyWrapper[] = [];
	let rest = typed;
	// Unwrap from the outside in, as the wrappers nest: export NAME="sk-…", "Bearer sk-…".
	for (let layer = 0; layer < 8; layer++) {
		const trimmed = rest.trim();
		if (trimmed !== rest && trimmed !== '') removed.push({kind: 'spaces'});
		rest = trimmed;
		const quoted = quotedValuePattern.exec(rest)?.[1];
		const bearer = bearerPattern.exec(rest)?.[0];
		const assignment = keyAssignment(rest);
		if (quoted) {
			removed.push({kind: 'quotes'});
			rest = quoted;
		} else if (bearer) {
			removed.push({kind: 'bearer'});
			rest = rest.slice(bearer.length);
		} else if (assignment) {
			removed.push({kind: 'assignment', name: assignment.name});
			rest = rest.slice(assignment.length);
		} else {
			break;
		}
	}
	const keys = typed.match(skKeys)?.length ?? 0;
	if (keys > 1) return {kind: 'several_keys', count: keys};
	if (/\s/.test(rest)) return {kind: 'not_one_key'};
	return {kind: 'key', key: rest, removed};
}

/** The wrapper the field's one line names: the one that tells most (a NAME= line holds its quotes, and spaces go with any). */
export function mainWrapper(removed: readonly KeyWrapper[]): KeyWrapper | undefined {
	const rank = (wrapper: KeyWrapper) => ['spaces', 'quotes', 'bearer', 'assignment'].indexOf(wrapper.kind);
	return removed.reduce<KeyWrapper | undefined>((best, wrapper) => (best === undefined || rank(wrapper) > rank(best) ? wrapper : best), undefined);
}
