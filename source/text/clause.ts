// An English sentence joined after a colon inside another ("The API could not be reached: cannot resolve …", "No clear
// cause found: unreadable answer …", "…the last look failed: HTTP 429 …"). After a label (a check's title in `check`'s
// rows, "Last time:") a sentence keeps its capital: it starts there.

/**
 * The ordinary words our sentences open with. Only these lose their capital: a word not listed may be a
 * name (Node, Windows, Clash, a host or variable, "I") and keeps it, so a sentence never loses a proper noun's.
 */
const ordinaryOpenings = new Set([
	'A', 'About', 'All', 'An', 'Calls', 'Cannot', 'Check', 'Connecting', 'Could', 'Found', 'Gave', 'Key', 'Looking', 'No', 'Not',
	'Nothing', 'Proxy', 'Refused', 'Refusing', 'Rejected', 'Skipped', 'Something', 'The', 'There', 'This', 'Too', 'Topped',
	'Unreadable', 'Up', 'Your',
]);

/** `sentence` to follow a colon in mid-sentence: its first letter lower-cased where it opens on an ordinary word. */
export function asClause(sentence: string): string {
	const first = /^\p{Lu}\p{Ll}*(?=[\s,(]|$)/u.exec(sentence)?.[0];
	return first !== undefined && ordinaryOpenings.has(first) ? `${first.toLowerCase()}${sentence.slice(first.length)}` : sentence;
}

/** `sentence` ending as a sentence does: a full stop added where it ends on none (an error's own message often has none). */
function stopped(sentence: string, stop: string): string {
	const trimmed = sentence.trimEnd();
	return trimmed === '' || /[.!?。！？…]["'”’)）\]]*$/u.test(trimmed) ? trimmed : `${trimmed}${stop}`;
}

/**
 * The one way a sentence that came from elsewhere (a check's summary, an error's message) is joined to a lead of ours
 * (a sentence without its stop: "The API could not be reached"), in English. With no colon of its own it follows the
 * lead's colon as a clause ("The API could not be reached: cannot resolve x."); with one (a cause, then what to do) it
 * stands after the lead's full stop, so nothing reads "A: B: C". Either way it ends with a full stop. A colon inside a
 * host:port or a URL is no colon of a sentence's (none has a space after it).
 */
export function joined(lead: string, sentence: string): string {
	const whole = stopped(sentence, '.');
	if (whole === '') return `${lead}.`;
	return /:\s/u.test(whole) ? `${lead}. ${whole}` : `${lead}: ${asClause(whole)}`;
}

/** The same in Chinese: after the lead's “：”, or after its “。” where the sentence has a “：” (or a half-width colon and space) of its own. */
export function joinedZh(lead: string, sentence: string): string {
	const whole = stopped(sentence, '。');
	if (whole === '') return `${lead}。`;
	return /：|:\s/u.test(whole) ? `${lead}。${whole}` : `${lead}：${whole}`;
}
