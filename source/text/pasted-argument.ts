// An argument that reads as a flag or a command but is not one, for what a copy or an input method
// put in it: a dash that is not "-" (a word processor or a chat app turns "--" into "–", a web page
// writes "‑"), a full-width "－" or letter, an invisible character (a zero-width space, a no-break
// space). The shell passes it on as it is, and the parser sees an unknown word: "unknown option
// "--probe" (did you mean --probe?)" or "unexpected argument "–probe"" would not say why.

/** Dashes that look like "-": hyphens, figure dash, en and em dash, minus, small and full-width hyphen-minus. */
const dashes = /^[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D-]+/u;
/** Characters that take no room, and spaces other than " " (no-break, ideographic) a copy may bring along. */
const invisible = /[\u00AD\u200B-\u200F\u2060\uFEFF\u00A0\u2007\u202F\u3000]/gu;

type PastedArgument = {
	/** What was probably meant, as it must be typed. */
	meant: string;
	/**
	 * What is wrong with it: `dash`, the dash it starts with (`–`); `invisible`, the first invisible
	 * character (as U+XXXX); `fullWidth`, full-width characters an input method typed.
	 */
	kind: 'dash' | 'invisible' | 'fullWidth';
	character: string;
};

/**
 * `argument` as the flag or command it was probably meant to be, and what was wrong with it; undefined when it
 * is plain (or not close to one). `flags`: long flag names (without "--"); `shortFlags`: one-letter ones;
 * `words`: the commands.
 */
export function pastedArgument(argument: string, known: {flags: readonly string[]; shortFlags: readonly string[]; words: readonly string[]}): PastedArgument | undefined {
	// Plain ASCII holds nothing this looks for (its only dash is "-", and NFKC leaves it as it is): the usual line
	// (`check --json`) is spared the normalizer's and these regular expressions' first use, before the first request.
	if (isAscii(argument)) return undefined;
	const withoutInvisible = argument.replaceAll(invisible, '');
	const leading = dashes.exec(withoutInvisible)?.[0] ?? '';
	const raw = withoutInvisible.slice(leading.length);
	const rest = raw.normalize('NFKC');
	// The flag's name is read through NFKC; its value (`--model=…`) is the user's own and stays as typed.
	const at = raw.search(/[=\uFF1D]/u);
	const name = at === -1 ? rest : raw.slice(0, at).normalize('NFKC');
	const value = at === -1 ? '' : `=${raw.slice(at + 1)}`;
	let meant: string | undefined;
	if (leading === '' && known.words.includes(rest)) meant = rest;
	else if (leading !== '' && known.flags.includes(name)) meant = `--${name}${value}`;
	else if (leading !== '' && value === '' && known.shortFlags.includes(name)) meant = `-${name}`;
	if (meant === undefined || meant === argument) return undefined;
	const hidden = argument.match(invisible)?.[0];
	if (hidden !== undefined) return {meant, kind: 'invisible', character: `U+${hidden.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`};
	const dash = /[^-]/u.exec(leading)?.[0];
	if (dash !== undefined) return {meant, kind: 'dash', character: dash};
	const wide = /[\uFF01-\uFF5E]/u.exec(withoutInvisible)?.[0];
	// Plain ASCII that is still wrong ("-probe", "---json") is the parser's to name.
	return wide === undefined ? undefined : {meant, kind: 'fullWidth', character: wide};
}

function isAscii(text: string): boolean {
	for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7f) return false;
	return true;
}
