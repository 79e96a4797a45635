// How a link is named where room is short (a menu label, a notice's copyable line): without
// its scheme. The whole URL is still what is opened or copied.

/** The address of a mailto: link (undefined for any other link). */
export function mailAddress(url: string): string | undefined {
	return url.startsWith('mailto:') ? (url.slice('mailto:'.length).split('?')[0] ?? '') : undefined;
}

/** `https://platform.deepseek.com/top_up` → `platform.deepseek.com/top_up`. */
export function withoutScheme(url: string): string {
	return url.replace(/^https?:\/\//, '');
}
