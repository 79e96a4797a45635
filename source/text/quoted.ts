// A sentence or a server's words quoted inside one of our sentences, in either language.

/** `text` without its own full stop, and trimmed, to sit inside quotes or brackets of a sentence. */
export const quoted = (text: string) => text.trim().replace(/[.。]+$/, '');

/**
 * A value in quotes that became part of it (typographic ones too: a word processor or chat app
 * turns "…" into “…”; Command Prompt's set NAME="…" keeps them): the group is what they hold.
 */
export const quotedValuePattern = /^["'`“‘＂](.*)["'`”’＂]$/;

/**
 * `text` quoted inside our brackets ("reports trouble (…)"): its own brackets become a comma, as brackets in brackets
 * read badly: "(full outage, API service)", "（部分中断，API 服务）", not "(full outage (API service))".
 */
export const unbracketed = (text: string) => quoted(text).replace(/\s*\(([^()]*)\)/g, ', $1').replace(/（([^（）]*)）/g, '，$1');
