// Routing keys to the screen on show. ink's useInput attaches its listener in a passive
// effect, which React may run only after the next key has already been delivered (e.g.
// after a long synchronous stretch, or when a key arrives in the same turn as the frame):
// that key would be lost on every new screen. Here the app keeps one listener for its
// whole life, and each screen registers its handler in a layout effect, which runs before
// the frame is even drawn.
import {createContext, useContext, useLayoutEffect, type RefObject} from 'react';
import {useInput, type Key} from 'ink';
import {useLatest} from './use-latest.js';

export type KeyHandler = (input: string, key: Key) => void;

/** Holds the current screen's handler; provided by the app, empty when none wants keys. */
export const ScreenKeysContext = createContext<RefObject<KeyHandler | undefined> | undefined>(undefined);

/**
 * Receive key presses while `isActive`. Inside the app they come from its one listener;
 * outside it (a component rendered on its own) from ink's useInput.
 */
export function useScreenKeys(handler: KeyHandler, isActive = true): void {
	const target = useContext(ScreenKeysContext);
	const latest = useLatest(handler);
	useLayoutEffect(() => {
		if (!target || !isActive) return undefined;
		const forward: KeyHandler = (input, key) => {
			latest.current(input, key);
		};
		target.current = forward;
		return () => {
			if (target.current === forward) target.current = undefined;
		};
	}, [target, isActive, latest]);
	useInput((input, key) => latest.current(input, key), {isActive: isActive && target === undefined});
}
