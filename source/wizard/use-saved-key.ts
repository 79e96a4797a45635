// Where DEEPSEEK_API_KEY is saved for later shells, for the start screen and the key step of a run
// without a key (deepseek/saved-key.ts; check's key_present reads the same). A shell's start-up
// file is read at once, so the first frame says it. Windows' variables take reg.exe, so they are
// read after the first frame, never before it: the screens say it when the answer comes, whatever
// the user is on by then; a read that fails or times out says nothing. With DEEPSEEK_API_KEY set,
// another key saved for new shells is read the same way, files too (useStartupKey).
import {useEffect, useMemo, useState} from 'react';
import {savedInStartupFile, savedKey, savedKeyLookMs, startupKey, type KeyStores, type SavedKey, type StartupKey} from '../deepseek/saved-key.js';

/** `wanted`: this run has no key (nor one elsewhere, nor a blank one): never read on a run that has one. */
export function useSavedKey(stores: KeyStores, wanted: boolean): SavedKey | undefined {
	const inStartupFile = useMemo(() => (wanted ? savedInStartupFile(stores) : undefined), [stores, wanted]);
	const look = useMemo(() => (wanted && stores.platform === 'win32' ? (signal: AbortSignal) => savedKey(stores, signal) : undefined), [stores, wanted]);
	const inWindows = useLookAfterFirstFrame(look);
	return wanted ? inStartupFile ?? inWindows : undefined;
}

/**
 * Another key saved for new shells than this run's DEEPSEEK_API_KEY (`envKey`): the start-up
 * files and Windows' variables alike, read after the first frame (a run with a key starts as it
 * did), shown when the answer comes; nothing when there is none, it fails or times out.
 */
export function useStartupKey(stores: KeyStores, envKey: string | undefined): StartupKey | undefined {
	const look = useMemo(() => (envKey ? (signal: AbortSignal) => startupKey(stores, envKey, signal) : undefined), [stores, envKey]);
	const found = useLookAfterFirstFrame(look);
	return envKey ? found : undefined;
}

/** `look`'s answer, asked after the first frame, cut off after savedKeyLookMs or when unmounted; undefined until it comes, or when it fails. */
export function useLookAfterFirstFrame<T>(look: ((signal: AbortSignal) => Promise<T | undefined>) | undefined): T | undefined {
	const [found, setFound] = useState<T | undefined>(undefined);
	useEffect(() => {
		if (!look) return;
		const stop = new AbortController();
		// The first render's effects can run before ink has written its frame: a timer starts the look after it.
		const later = setTimeout(() => {
			void look(AbortSignal.any([stop.signal, AbortSignal.timeout(savedKeyLookMs)])).then(
				answer => {
					if (!stop.signal.aborted) setFound(answer);
				},
				() => undefined,
			);
		}, 0);
		return () => {
			clearTimeout(later);
			stop.abort();
		};
	}, [look]);
	return found;
}
