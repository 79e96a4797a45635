// Routing keys to the screen on show. ink's useInput attaches its listener in a passive
// effect, which React may run only after the next key has already been delivered (e.g.
// after a long synchronous stretch, or when a key arrives in the same turn as the frame):
// that key would be lost on every new screen. Here the app keeps one listener for its
// whole life, and each screen registers its handler in a layout effect, which runs before
// the frame is even drawn.
import {createContext, useContext, useLayoutEffect} from 'react';
import {useInput, type Key} from 'ink';
import {useLatest} from './use-latest.js';

export type KeyHandler = (input: string, key: Key) => void;

/** Makes `handler` the screen's: the app's listener forwards keys to it until the returned function takes it away. */
export type RegisterScreenKeys = (handler: KeyHandler) => () => void;

/** Provided by the app; without it (a component rendered on its own) keys come from ink's useInput. */
export const ScreenKeysContext = createContext<RegisterScreenKeys | undefined>(undefined);

/** Receive key presses while `isActive`. */
export function useScreenKeys(handler: KeyHandler, isActive = true): void {
	const register = useContext(ScreenKeysContext);
	const latest = useLatest(handler);
	useLayoutEffect(() => {
		if (!register || !isActive) return undefined;
		return register((input, key) => latest.current(input, key));
	}, [register, isActive, latest]);
	useInput((input, key) => latest.current(input, key), {isActive: isActive && register === undefined});
}
