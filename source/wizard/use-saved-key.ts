// Where DEEPSEEK_API_KEY is saved for later shells, for the start screen and the key step of a run
// without a key (deepseek/saved-key.ts; check's key_present reads the same). A shell's start-up
// file is read at once, so the first frame says it. Windows' variables take reg.exe, so they are
// read after the first frame, never before it: the screens say it when the answer comes, whatever
// the user is on by then; a read that fails or times out says nothing.
import {useEffect, useMemo, useState} from 'react';
import {savedInStartupFile, savedKey, savedKeyLookMs, type KeyStores, type SavedKey} from '../deepseek/saved-key.js';

/** `wanted`: this run has no key (nor one elsewhere, nor a blank one): never read on a run that has one. */
export function useSavedKey(stores: KeyStores, wanted: boolean): SavedKey | undefined {
	const inStartupFile = useMemo(() => (wanted ? savedInStartupFile(stores) : undefined), [stores, wanted]);
	const [inWindows, setInWindows] = useState<SavedKey | undefined>(undefined);
	useEffect(() => {
		if (!wanted || stores.platform !== 'win32') return;
		const stop = new AbortController();
		// The first render's effects can run before ink has written its frame: a timer starts reg.exe after it.
		const later = setTimeout(() => {
			void savedKey(stores, AbortSignal.any([stop.signal, AbortSignal.timeout(savedKeyLookMs)])).then(
				found => {
					if (!stop.signal.aborted) setInWindows(found);
				},
				() => undefined,
			);
		}, 0);
		return () => {
			clearTimeout(later);
			stop.abort();
		};
	}, [stores, wanted]);
	return wanted ? inStartupFile ?? inWindows : undefined;
}
