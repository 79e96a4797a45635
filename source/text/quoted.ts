// A sentence or a server's words quoted inside one of our sentences, in either language.

/** `text` without its own full stop, and trimmed, to sit inside quotes or brackets of a sentence. */
export const quoted = (text: string) => text.trim().replace(/[.。]+$/, '');
