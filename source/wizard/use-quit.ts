// How the wizard ends. q or "Quit" first draws the record of the walk as the last frame
// (the answers, the result and its fix stay on the terminal), waits briefly for settings
// writes still under way, then exits with the code the walk earned; Ctrl+C draws one last
// frame, "Cancelled." (so no spinner stays on the screen), then exits with 130. Either way
// the checks in flight are aborted: every check run listens to `signal`.
import {setTimeout as delay} from 'node:timers/promises';
import {useCallback, useEffect, useRef, useState} from 'react';
import {useApp} from 'ink';

/** Ctrl+C, as shells report a program stopped by SIGINT (128 + 2); the readme promises it. */
export const cancelledExitCode = 130;

/** How long quitting waits for a settings write still under way. */
export const writeGraceMs = 1000;

export type Quit = {
	/** Aborted once the wizard is ending. */
	signal: AbortSignal;
	/** Ctrl+C was pressed: the last frame says so. */
	cancelled: boolean;
	/** The user quit: the last frame is the record of the walk. */
	finished: boolean;
	quit: () => void;
	cancel: () => void;
	/** The code the process exits with: 1 once a leaf found a problem, 0 after an all-clear. */
	setExitCode: (code: number) => void;
	/** Runs `save` once the frame on screen is painted (saving loads conf); quitting waits for it. */
	saveAfterPaint: (save: () => Promise<unknown>) => void;
};

export function useQuit(onExit: ((code: number) => void) | undefined): Quit {
	const {exit, waitUntilRenderFlush} = useApp();
	const [ending] = useState(() => new AbortController());
	const [ended, setEnded] = useState<'finished' | 'cancelled' | undefined>();
	const exitCode = useRef(0);
	/** Settings writes still under way. */
	const writes = useRef(new Set<Promise<unknown>>());

	const end = useCallback(
		(how: 'finished' | 'cancelled') => {
			if (ending.signal.aborted) return;
			if (how === 'cancelled') exitCode.current = cancelledExitCode;
			ending.abort();
			setEnded(how);
		},
		[ending],
	);
	const quit = useCallback(() => end('finished'), [end]);
	const cancel = useCallback(() => end('cancelled'), [end]);

	// Exit once the last frame (the record, or "Cancelled.") is written: effects run after
	// the render is committed, and the flush waits for the terminal to take the frame.
	const exiting = useRef(false);
	useEffect(() => {
		if (!ended || exiting.current) return;
		exiting.current = true;
		const grace = delay(writeGraceMs, undefined, {ref: false});
		void waitUntilRenderFlush()
			.then(() => Promise.race([Promise.allSettled(writes.current), grace]))
			.then(() => {
				onExit?.(exitCode.current);
				exit();
			});
	}, [ended, exit, onExit, waitUntilRenderFlush]);

	const saveAfterPaint = useCallback(
		(save: () => Promise<unknown>) => {
			const settled: Promise<unknown> = waitUntilRenderFlush()
				.then(save)
				.catch(() => undefined)
				.finally(() => writes.current.delete(settled));
			writes.current.add(settled);
		},
		[waitUntilRenderFlush],
	);

	const setExitCode = useCallback((code: number) => {
		exitCode.current = code;
	}, []);

	return {signal: ending.signal, cancelled: ended === 'cancelled', finished: ended === 'finished', quit, cancel, setExitCode, saveAfterPaint};
}
