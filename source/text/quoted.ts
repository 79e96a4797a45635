// A sentence or a server's words quoted inside one of our sentences, in either language.

/** `text` without its own full stop, and trimmed, to sit inside quotes or brackets of a sentence. */
export const quoted = (text: string) => text.trim().replace(/[.。]+$/, '');

/**
 * A value in quotes that became part of it (typographic ones too: a word processor or chat app
 * turns "…" into “…”; Command Prompt's set NAME="…" keeps them): the group is what they hold.
 */
export const quotedValuePattern = /^["'`“‘＂](.*)["'`”’＂]$/;
