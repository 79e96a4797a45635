// "Did you mean …?" for a mistyped command or flag: the closest known word, if it is close.
import leven, {closestMatch} from 'leven';

/**
 * The known word closest to `typed` (any case) — at most two edits away, and fewer than
 * half its length, so that a short unrelated word finds nothing — or undefined. Two
 * neighbouring letters typed the wrong way round (`jsno`) are one slip, not two edits.
 */
export function nearest(typed: string, known: readonly string[]): string | undefined {
	const lower = typed.toLowerCase();
	const swapped = known.find(word => isOneSwapAway(lower, word));
	if (swapped !== undefined) return swapped;
	const word = closestMatch(lower, known, {maxDistance: 2});
	if (word === undefined) return undefined;
	return leven(lower, word) * 2 < word.length ? word : undefined;
}

/** Whether `word` is `typed` with one pair of neighbouring letters swapped. */
function isOneSwapAway(typed: string, word: string): boolean {
	if (typed.length !== word.length) return false;
	let first = 0;
	while (first < typed.length && typed[first] === word[first]) first++;
	return first < typed.length && typed[first] === word[first + 1] && typed[first + 1] === word[first] && typed.slice(first + 2) === word.slice(first + 2);
}
