// An English sentence joined after a colon inside another ("The API could not be reached: cannot resolve …", "No clear
// cause found: unreadable answer …", "…the last look failed: HTTP 429 …"). After a label (a check's title in `check`'s
// rows, "Last time:") a sentence keeps its capital: it starts there.

/**
 * The ordinary words our sentences open with. Only these lose their capital: a word not listed may be a
 * name (Node, Windows, Clash, a host or variable, "I") and keeps it, so a sentence never loses a proper noun's.
 */
const ordinaryOpenings = new Set([
	'A', 'About', 'All', 'An', 'Calls', 'Cannot', 'Connecting', 'Could', 'Found', 'Gave', 'Key', 'Looking', 'No', 'Not',
	'Nothing', 'Proxy', 'Refused', 'Refusing', 'Rejected', 'Skipped', 'Something', 'The', 'There', 'This', 'Too', 'Topped',
	'Unreadable', 'Up', 'Your',
]);

/** `sentence` to follow a colon in mid-sentence: its first letter lower-cased where it opens on an ordinary word. */
export function asClause(sentence: string): string {
	const first = /^\p{Lu}\p{Ll}*(?=[\s,(]|$)/u.exec(sentence)?.[0];
	return first !== undefined && ordinaryOpenings.has(first) ? `${first.toLowerCase()}${sentence.slice(first.length)}` : sentence;
}
