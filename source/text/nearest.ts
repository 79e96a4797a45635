// "Did you mean …?" for a mistyped command or flag: the closest known word, if it is close.
import leven, {closestMatch} from 'leven';

/**
 * The known word closest to `typed` (any case) — at most two edits away, and fewer than
 * half its length, so that a short unrelated word finds nothing — or undefined.
 */
export function nearest(typed: string, known: readonly string[]): string | undefined {
	const lower = typed.toLowerCase();
	const word = closestMatch(lower, known, {maxDistance: 2});
	if (word === undefined) return undefined;
	return leven(lower, word) * 2 < word.length ? word : undefined;
}
