// Is there a key at all, and where did it come from? Also: does the folder's .env set
// another key than the one in use (a program here may send that one instead)?
import {deepSeekKeysElsewhere, envKeyIsBlank, type KeyElsewhere} from '../context.js';
import {savedKey, savedKeyLookMs, thisComputer} from '../deepseek/saved-key.js';
import {checkMessages} from '../messages/checks.js';
import {projectEnvFileOf, projectEnvName} from '../project-env.js';
import {maskKey} from '../text/safe.js';
import type {Check} from './types.js';

/** The variable as a person finds it: its name, or where in a dotenv file. */
export const variableName = (found: KeyElsewhere): string => (found.inProjectEnv ? checkMessages.endpoint.inProjectEnv(found.name, found.dotenvFile ?? projectEnvName) : found.name);

export const keyPresent: Check = {
	id: 'key_present',
	get title() {
		return checkMessages.keyPresent.title;
	},
	async run(ctx, signal) {
		if (!ctx.apiKey) {
			const blank = envKeyIsBlank(ctx.env);
			const elsewhere = deepSeekKeysElsewhere(ctx.env, ctx.projectEnv);
			const first = elsewhere[0];
			// Saved for later shells (a start-up file, Windows' environment variables), not in this one: where, never the key.
			const saved = blank || first ? undefined : await savedKey(thisComputer(ctx.env), AbortSignal.any([signal, AbortSignal.timeout(savedKeyLookMs)]));
			const summary = blank ? checkMessages.keyPresent.blankEnv
				: first ? checkMessages.keyPresent.missingButElsewhere({variable: variableName(first), masked: first.masked})
				: saved ? checkMessages.keyPresent.savedNotLoaded(saved)
				: checkMessages.keyPresent.missing;
			return {status: 'fail', summary, details: {source: 'none', envBlank: blank, ...(elsewhere.length > 0 ? {elsewhere} : {}), ...(saved ? {savedKey: saved} : {})}};
		}
		const inFile = ctx.projectEnv.key;
		const dotenvFile = projectEnvFileOf(ctx.projectEnv, 'DEEPSEEK_API_KEY');
		// Only against the environment's key: a key pasted in the wizard was chosen on purpose, and the file's key comes after the environment's (as dotenv loads it).
		if (ctx.keySource === 'env' && inFile !== undefined && inFile.trim() !== ctx.apiKey.trim()) {
			const masked = {used: maskKey(ctx.apiKey.trim()), inFile: maskKey(inFile.trim())};
			return {status: 'warn', summary: checkMessages.keyPresent.otherInProjectEnv({...masked, file: dotenvFile}), details: {source: ctx.keySource, projectEnvKey: masked.inFile, dotenvFile}};
		}
		return {status: 'pass', summary: checkMessages.keyPresent.found(ctx.keySource, dotenvFile), details: {source: ctx.keySource, ...(ctx.keySource === 'dotenv' ? {dotenvFile} : {})}};
	},
};
