// The terminal's size, kept outside React so a resize reaches the screens before ink
// redraws, and a clean screen when the window narrows.
//
// ink listens to 'resize' itself and redraws at once, with the tree as it was: screens
// laid out for the old size (text wrapped for the old width, rows chosen for the old
// height) are drawn in the new window, taller than it, and push rows into the scrollback.
// So the wizard's own listener goes first and commits the new size synchronously
// (`rerender` in ink's legacy mode), and ink's redraw already draws the new layout.
//
// The terminal rewrites what is on screen before the program hears of a resize: one that
// reflows (tmux, VTE, iTerm2, Windows Terminal, kitty…) re-wraps the frame when the window
// narrows, so it takes more rows than ink drew, and ink, erasing as many rows as it drew,
// leaves the others above the new frame (a ghost line; with a spinner running, more with
// every resize). A window that gets shorter pushes the rows above the cursor into the
// scrollback, and one that grows pulls them back onto the screen, above the frame. And a
// window shorter than the frame on it makes ink clear the screen from its top left (CSI J),
// which tmux answers (its scroll-on-clear) by pushing the whole screen into the scrollback.
// So on every resize the visible screen is erased first, as prompt_toolkit-based tools do,
// and the frame is drawn again from the top. Row by row: erasing a row (CSI 2K) never
// scrolls, and a blank screen is pushed nowhere, where clearing the screen (CSI J, CSI 2J)
// makes tmux, VS Code and Windows Terminal push it into the scrollback first. What the
// terminal itself moved into the scrollback while resizing stays there.

export type TerminalSize = {columns: number; rows: number};

/** The part of a write stream the wizard reads its size from (ink types stdout loosely). */
export type Terminal = NodeJS.WritableStream & Partial<Pick<NodeJS.WriteStream, 'columns' | 'rows' | 'isTTY'>>;

export const sizeOf = (stdout: Terminal): TerminalSize => ({columns: stdout.columns || 80, rows: stdout.rows || 24});

/** Each of `rows` rows erased from the top, the cursor left at the top left (where ink's next frame starts). */
export const eraseVisibleScreen = (rows: number) => `\u001B[H${'\u001B[2K\u001B[1B'.repeat(Math.max(rows, 1))}\u001B[H`;

/**
 * Calls `apply` with each new size, ahead of every other 'resize' listener (ink's), after
 * erasing the screen. Returns how to stop.
 */
export function followTerminalSize(stdout: Terminal, apply: (size: TerminalSize) => void): () => void {
	let last = sizeOf(stdout);
	const onResize = () => {
		const next = sizeOf(stdout);
		if ((next.columns !== last.columns || next.rows !== last.rows) && stdout.isTTY) stdout.write(eraseVisibleScreen(next.rows));
		last = next;
		apply(next);
	};
	stdout.prependListener('resize', onResize);
	return () => {
		stdout.off('resize', onResize);
	};
}
