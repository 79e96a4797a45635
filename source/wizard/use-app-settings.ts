// What the agent apps' settings give their key and base URL (app-settings.ts), for the start screen and the key question.
// The apps read synchronously are read in the first render, as before; those read asynchronously (Continue's: its YAML
// parser is a dynamic import) after the first frame, as the start-up files are (use-saved-key.ts): the screens say it
// when the answer comes, a few milliseconds later; nothing while it is out, or when it fails.
import {useMemo} from 'react';
import {readAppsLater, readAppsNow, type AppSettings} from '../app-settings.js';
import type {Env} from '../settings/location.js';
import {useLookAfterFirstFrame} from './use-saved-key.js';

export function useAppSettings(cwd: string, env: Env): AppSettings {
	const now = useMemo(() => readAppsNow(cwd, env), [cwd, env]);
	const look = useMemo(() => async () => readAppsLater(cwd, env), [cwd, env]);
	const later = useLookAfterFirstFrame(look);
	return useMemo(() => (later ? {...now, ...later} : now), [now, later]);
}
