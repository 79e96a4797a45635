// The wizard's one key listener. Esc goes back anywhere; outside a text field Backspace
// goes back too and q quits; Ctrl+C cancels; every other key goes to the screen on show
// (its list), which registers for them through ScreenKeysContext (ui/screen-keys.tsx).
import {useCallback, useRef} from 'react';
import {useInput} from 'ink';
import type {KeyHandler, RegisterScreenKeys} from '../ui/screen-keys.js';
import {useLatest} from '../ui/use-latest.js';

type WizardKeys = {
	/** A text field is on show: letters are typing, Backspace deletes. */
	typing: () => boolean;
	back: () => void;
	quit: () => void;
	cancel: () => void;
};

/** Returns how the screen on show registers its own key handler (for ScreenKeysContext). */
export function useWizardKeys(actions: WizardKeys): RegisterScreenKeys {
	const screenKeys = useRef<KeyHandler | undefined>(undefined);
	const register = useCallback<RegisterScreenKeys>(handler => {
		screenKeys.current = handler;
		return () => {
			if (screenKeys.current === handler) screenKeys.current = undefined;
		};
	}, []);
	const latest = useLatest(actions);
	useInput((input, key) => {
		const {typing, back, quit, cancel} = latest.current;
		if (key.ctrl && input === 'c') cancel();
		else if (key.escape) back();
		else if (typing()) return;
		else if (input === 'q' && !key.ctrl && !key.meta) quit();
		else if (key.backspace || key.delete) back();
		else screenKeys.current?.(input, key);
	});
	return register;
}
