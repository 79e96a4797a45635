// The wizard's one key listener. Esc goes back anywhere; outside a text field Backspace
// goes back too, q quits, L switches the language (where `language` allows it) and ?
// opens the help (where `help.open` allows it); Ctrl+C cancels; every other key goes to
// the screen on show (its list), which registers for them through ScreenKeysContext
// (ui/screen-keys.tsx). While the help is open, keys scroll or close it, and q quits.
import {useCallback, useRef} from 'react';
import {useInput, type Key} from 'ink';
import type {KeyHandler, RegisterScreenKeys} from '../ui/screen-keys.js';
import {useLatest} from '../ui/use-latest.js';

type WizardKeys = {
	/** A text field is on show: letters are typing, Backspace deletes. */
	typing: () => boolean;
	/** The window is too small to show the screen: only quitting works (nothing is picked unseen). */
	paused: () => boolean;
	back: () => void;
	quit: () => void;
	cancel: () => void;
	/** L: switch the language; returns false where the screen on show does not offer it. */
	language: () => boolean;
	help: HelpKeys;
};

type HelpKeys = {
	isOpen: () => boolean;
	/** ?: open the help; returns false where the screen on show does not offer it (a text field, live checks). */
	open: () => boolean;
	close: () => void;
	/** Scroll by rows (±Infinity: to either end). */
	scroll: (by: number) => void;
	/** Rows Page Up / Page Down move by. */
	pageRows: () => number;
};

/** A key while the help is open: ?, Esc or Backspace close it; arrows, j/k, the page keys, Home and End scroll it. */
function helpKey(help: HelpKeys, input: string, key: Key): void {
	if (key.escape || key.backspace || key.delete || input === '?') help.close();
	else if (key.upArrow || input === 'k') help.scroll(-1);
	else if (key.downArrow || input === 'j') help.scroll(1);
	else if (key.pageUp) help.scroll(-help.pageRows());
	else if (key.pageDown) help.scroll(help.pageRows());
	else if (key.home) help.scroll(Number.NEGATIVE_INFINITY);
	else if (key.end) help.scroll(Number.POSITIVE_INFINITY);
}

const noKey: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

/** A read made only of the wizard's letter keys and Enter: typed faster than ink reads them. */
const keyRun = /^[jkq\r]+$/;

/**
 * The keys in one read. ink hands letters typed faster than it reads them ("jj", "jq",
 * "j" and Enter) to the listeners as one string; each is a key of its own. Any other
 * string is left whole: pasted text on a menu must not move the list, let alone quit on
 * the "q" somewhere in it.
 */
export function splitKeys(input: string, key: Key): Array<[string, Key]> {
	if (input.length < 2 || key.ctrl || key.meta || !keyRun.test(input)) return [[input, key]];
	return input.split('').map(character => (character === '\r' ? ['', {...noKey, return: true}] : [character, noKey]));
}

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
	const handle = (input: string, key: Key) => {
		const {typing, paused, back, quit, cancel, language, help} = latest.current;
		const isQ = input === 'q' && !key.ctrl && !key.meta;
		if (key.ctrl && input === 'c') cancel();
		else if (paused()) {
			if (isQ) quit();
		} else if (help.isOpen()) {
			if (isQ) quit();
			else if (!key.ctrl && !key.meta) helpKey(help, input, key);
		} else if (key.escape) back();
		else if (typing()) return;
		else if (isQ) quit();
		else if (key.backspace || key.delete) back();
		else if ((input === 'L' || input === 'l') && !key.ctrl && !key.meta && language()) return;
		else if (input === '?' && !key.ctrl && !key.meta && help.open()) return;
		else screenKeys.current?.(input, key);
	};
	useInput((input, key) => {
		// A text field takes a paste whole; everywhere else each character is a key.
		const chunk = latest.current.typing() ? [[input, key] as [string, Key]] : splitKeys(input, key);
		for (const [one, oneKey] of chunk) handle(one, oneKey);
	});
	return register;
}
