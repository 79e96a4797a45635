// Copying to the clipboard from a terminal program: the OSC 52 escape sequence asks the
// terminal to put text on the clipboard, which works over SSH too, because the terminal
// on the user's desk does it. Nothing answers it, so the caller cannot know whether it
// worked (tmux ignores it unless `set-clipboard on`; some terminals ask first or refuse):
// the text is always printed as well, on its own line, to be selected by hand.

type Env = Readonly<Record<string, string | undefined>>;

export type Terminal = {write: (data: string) => unknown; isTTY?: boolean | undefined};

/**
 * Whether to send OSC 52 at all: not to something that is not a terminal, not to a dumb
 * terminal, and not to Apple's Terminal, which ignores it.
 */
function canAskClipboard(env: Env, terminal: Pick<Terminal, 'isTTY'>): boolean {
	if (terminal.isTTY !== true) return false;
	if (env['TERM'] === 'dumb') return false;
	return env['TERM_PROGRAM'] !== 'Apple_Terminal';
}

/** OSC 52 for `text` ("c": the clipboard); inside GNU screen wrapped so that screen passes it on. */
function osc52(text: string, env: Env): string {
	const sequence = `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
	const inScreen = env['STY'] !== undefined && env['TMUX'] === undefined;
	return inScreen ? `\u001BP${sequence}\u001B\\` : sequence;
}

/** Ask the terminal to copy `text`; true when the request was sent (not that it worked). */
export function askClipboard(text: string, env: Env, terminal: Terminal): boolean {
	if (!canAskClipboard(env, terminal)) return false;
	// Straight to the terminal, not through ink's frame: the sequence shows nothing and moves no cursor.
	terminal.write(osc52(text, env));
	return true;
}
