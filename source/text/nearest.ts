// "Did you mean …?" for a mistyped command or flag: the closest known word, if it is close.

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
	const rows = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
			rows[i]![j] = best;
		}
	}
	return rows[a.length]![b.length]!;
}

/** The known word closest to `typed` — at most two edits away, and fewer than half its length — or undefined. */
export function nearest(typed: string, known: readonly string[]): string | undefined {
	const lower = typed.toLowerCase();
	let found: {word: string; distance: number} | undefined;
	for (const word of known) {
		const distance = editDistance(lower, word);
		if (distance <= 2 && distance * 2 < word.length && (found === undefined || distance < found.distance)) found = {word, distance};
	}
	return found?.word;
}
