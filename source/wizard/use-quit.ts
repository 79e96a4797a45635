// How the wizard ends. q or "Quit" first draws the record of the walk as the last frame
// (the answers, the result and its fix stay on the terminal), waits briefly for settings
// writes still under way, then exits with the code the walk earned; Ctrl+C draws one last
// frame, "Cancelled." (so no spinner stays on the screen), then exits with 130; SIGTERM and
// SIGHUP (kill, a closed terminal) do the same with the plain commands' line and code
// ("Stopped (SIGTERM).", 143; stop-signals.ts). Either way the checks in flight are
// aborted: every check run listens to `signal`.
import {setTimeout as delay} from 'node:timers/promises';
import {useCallback, useEffect, useRef, useState} from 'react';
import {useApp} from 'ink';
import {cliMessages} from '../messages/cli.js';
import {stopOnSignals} from '../stop-signals.js';

/** Ctrl+C, as shells report a program stopped by SIGINT (128 + 2); the readme promises it. */
const cancelledExitCode = 130;

/** How long quitting waits for a settings write still under way. */
const writeGraceMs = 1000;

export type Quit = {
	/** Aborted once the wizard is ending. */
	signal: AbortSignal;
	/** The last frame's one line when the wizard was stopped ("Cancelled." after Ctrl+C, "Stopped (SIGTERM)."). */
	stoppedLine: string | undefined;
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
	const [ended, setEnded] = useState<{finished: true} | {line: string} | undefined>();
	const exitCode = useRef(0);
	/** Settings writes still under way. */
	const writes = useRef(new Set<Promise<unknown>>());

	/** Quit (the record), or stop with a line and its exit code. */
	const end = useCallback(
		(how: {finished: true} | {line: string; code: number}) => {
			if (ending.signal.aborted) return;
			if ('code' in how) exitCode.current = how.code;
			ending.abort();
			setEnded(how);
		},
		[ending],
	);
	const quit = useCallback(() => end({finished: true}), [end]);
	const cancel = useCallback(() => end({line: cliMessages.cancelled, code: cancelledExitCode}), [end]);

	// A signal from outside ends the walk as Ctrl+C does: in raw mode Ctrl+C is a key, but
	// kill, systemd or a closed terminal send SIGTERM or SIGHUP (or SIGINT) to the process.
	useEffect(() => {
		const outside = new AbortController();
		const stopping = stopOnSignals(outside);
		outside.signal.addEventListener('abort', () => end(stopping.ended()), {once: true});
		return stopping.remove;
	}, [end]);

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

	// A save waits for the render of what was asked with it (a new screen, usually) to be
	// committed, then for ink's flush of that frame: waiting for the flush alone could start the
	// save first, as the render is a task of React's scheduler queued after the flush's.
	const waitingForPaint = useRef<Array<() => void>>([]);
	const [savesAsked, setSavesAsked] = useState(0);
	useEffect(() => {
		const waiting = waitingForPaint.current.splice(0);
		if (waiting.length > 0) {
			void waitUntilRenderFlush().then(() => {
				for (const start of waiting) start();
			});
		}
	}, [savesAsked, waitUntilRenderFlush]);

	const saveAfterPaint = useCallback((save: () => Promise<unknown>) => {
		const settled: Promise<unknown> = new Promise<void>(resolve => waitingForPaint.current.push(resolve))
			.then(save)
			.catch(() => undefined)
			.finally(() => writes.current.delete(settled));
		writes.current.add(settled);
		setSavesAsked(count => count + 1);
	}, []);

	const setExitCode = useCallback((code: number) => {
		exitCode.current = code;
	}, []);

	return {signal: ending.signal, stoppedLine: ended && 'line' in ended ? ended.line : undefined, finished: ended !== undefined && 'finished' in ended, quit, cancel, setExitCode, saveAfterPaint};
}
