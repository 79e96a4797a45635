// What Continue's config gives a DeepSeek model (continue-config.ts), for the start screen and the
// key question. Its reader is asynchronous (the YAML parser is a dynamic import), so it is read
// after the first frame, as the start-up files are (use-saved-key.ts): the screens say it when the
// answer comes, a few milliseconds later; nothing while it is out, or when it fails.
import {useMemo} from 'react';
import {noContinueConfig, readContinueConfig, type ContinueConfig} from '../continue-config.js';
import type {Env} from '../settings/location.js';
import {useLookAfterFirstFrame} from './use-saved-key.js';

export function useContinueConfig(cwd: string, env: Env): ContinueConfig {
	const look = useMemo(() => async () => readContinueConfig(cwd, env), [cwd, env]);
	return useLookAfterFirstFrame(look) ?? noContinueConfig;
}
