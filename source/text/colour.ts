// Whether output gets colour, and whether a status line can be rewritten in place: one
// rule each for the text reports, the status lines and the wizard.

import {oneLine} from './safe.js';
import {displayWidth} from './width.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The usual rules, in this order:
 * 1. FORCE_COLOR set and not empty: colour, even into a pipe or with NO_COLOR (as
 *    force-color.org and Node itself have it) — except `0` or `false`, which turn it off.
 * 2. NO_COLOR set and not empty (any value, no-color.org): no colour.
 * 3. TERM=dumb: no colour (a terminal that cannot show it).
 * 4. Otherwise colour only when the output is a terminal.
 */
export function colourWanted(env: Env, output: {isTTY?: boolean | undefined}): boolean {
	const force = env['FORCE_COLOR'];
	if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
	if (env['NO_COLOR']) return false;
	if (env['TERM'] === 'dumb') return false;
	return output.isTTY === true;
}

/**
 * The warnings Node prints when a module of its own that reads the colour variables loads (node:assert, which
 * signal-exit loads for the wizard and the settings lock) while FORCE_COLOR is set beside NO_COLOR or
 * NODE_DISABLE_COLORS: "The 'NO_COLOR' env is ignored due to the 'FORCE_COLOR' env being set." (or "The
 * 'NODE_DISABLE_COLORS' and 'NO_COLOR' env is ignored…"). This tool follows FORCE_COLOR too (rule 1); printed,
 * the warning stood above the report and over the wizard's screen.
 */
export function colourOverruledWarnings(env: Env): string[] {
	return env['FORCE_COLOR'] === undefined ? [] : ["The 'NO_COLOR' env is ignored", "The 'NODE_DISABLE_COLORS' "];
}

/**
 * Whether a status line on `stream` can be rewritten in place (a carriage return, then
 * erase to the end of the row): only on a terminal, and not a dumb one (an editor's shell
 * buffer), which would show the escape sequence instead of erasing.
 */
export function canRewriteLine(env: Env, stream: {isTTY?: boolean | undefined}): boolean {
	return stream.isTTY === true && env['TERM'] !== 'dumb';
}

/** Back to the start of the row and erase it: what rewrites a status line in place. */
export const eraseRow = '\r\u001B[K';

/**
 * A status line cut to one row of `stream`, with room left for the ^C a terminal echoes (of several forms, the
 * longest that fits whole):
 * a line that wrapped could not be rewritten or erased in place.
 */
export function statusRow(text: string | readonly string[], stream: {columns?: number | undefined}): string {
	const room = Math.max((stream.columns || 80) - 3, 20);
	// Several forms, longest first: the first that fits whole, else the last cut.
	const forms = typeof text === 'string' ? [text] : text;
	return oneLine(forms.find(form => displayWidth(form) <= room) ?? forms.at(-1) ?? '', room);
}
