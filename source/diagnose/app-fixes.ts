// An agent app that sends its DeepSeek key to its vendor's own API (Claude Code's to api.anthropic.com, which answers
// 401 "invalid x-api-key"), beside a key DeepSeek refused: where its fix goes in the list. One rule for check's
// invalid_key (diagnose/key.ts) and the wizard's "key refused" result (tree/leaves/key.ts).
import type {AppKeyToVendor} from '../checks/app-keys.js';
import {fixes, forCheckedKey} from '../fixes.js';
import type {Fix} from '../verdict.js';

/** Whether the key refused is one such app sends: picked from its settings (`keySource`), or the same key by key_format's mask. */
export function refusedKeyIsTheirs(apps: readonly AppKeyToVendor[], keySource: string | undefined, checkedMasked: string | undefined): boolean {
	return apps.some(sent => keySource === sent.source || (checkedMasked !== undefined && checkedMasked === sent.masked));
}

/**
 * `own` with each app's fix (its own check_key_in_tool, one per app): first where the key refused is the one it sends
 * (`theirs`: its calls never reach DeepSeek until its base URL is set, so that is the 401 it shows), else right after
 * the first fix, the refusal of another key being the finding and the app a second cause. One already in `own` is moved.
 */
export function withAppsToVendor(apps: readonly AppKeyToVendor[], theirs: boolean, own: readonly Fix[]): Fix[] {
	if (apps.length === 0) return [...own];
	const appFixes = apps.map(sent => fixes.appToDeepSeek(sent));
	// The key's own check_key_in_tool stays beside each app's: the diagnosis' last dedupe would take it for a repeat.
	const rest = withoutAppFixes(appFixes, own).map(fix => (fix.id === 'check_key_in_tool' ? forCheckedKey(fix) : fix));
	return theirs ? [...appFixes, ...rest] : [...rest.slice(0, 1), ...appFixes, ...rest.slice(1)];
}

/** `list` without the apps' fixes (by their titles, which name each app's file): placed again by withAppsToVendor. */
function withoutAppFixes(appFixes: readonly Fix[], list: readonly Fix[]): Fix[] {
	return list.filter(fix => !appFixes.some(app => app.id === fix.id && app.title === fix.title));
}
