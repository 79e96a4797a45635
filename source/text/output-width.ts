// How wide the text commands write: one rule for check, balance and config.

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Columns for text written to `stream`: a terminal's own width; into a pipe or a file,
 * `COLUMNS` when it holds a whole number (set by hand or exported by a script, as `ls`
 * and `git` read it); otherwise undefined, and the renderer uses its default. A terminal's
 * width wins over `COLUMNS`: the window may have been resized since it was exported.
 */
export function outputWidth(env: Env, stream: {isTTY?: boolean | undefined; columns?: number | undefined}): number | undefined {
	if (stream.isTTY === true && stream.columns !== undefined && stream.columns > 0) return stream.columns;
	const columns = env['COLUMNS']?.trim() ?? '';
	return /^\d{1,4}$/.test(columns) && Number(columns) > 0 ? Number(columns) : undefined;
}
