// Whether output gets colour: one rule for the text reports and the wizard.

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
