// The wizard's one key listener. Esc goes back anywhere; outside a text field Backspace
// goes back too and q quits; Ctrl+C cancels; every other key goes to the screen on show
// (its list), which registers for them through ScreenKeysContext (ui/screen-keys.tsx).
import {useRef} from 'react';
import {useInput} from 'ink';
import type {KeyHandler} from '../ui/screen-keys.js';
import {useLatest} from '../ui/use-latest.js';

type WizardKeys = {
	/** A text field is on show: letters are typing, Backspace deletes. */
	typing(): boolean;
	back(): void;
	quit(): void;
	cancel(): void;
};

/** Returns where the screen on show puts its own key handler. */
export function useWizardKeys(actions: WizardKeys) {
	const screenKeys = useRef<KeyHandler | undefined>(undefined);
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
	return screenKeys;
}
