// A program that sends its DeepSeek key to its vendor's own API, which refuses every DeepSeek key: an agent app (Claude
// Code's to api.anthropic.com, 401 "invalid x-api-key"), or another tool's variable (OPENAI_BASE_URL at api.openai.com with
// a DeepSeek key in OPENAI_API_KEY, 401 "Incorrect API key provided"). Beside a key DeepSeek refused: where its fix goes
// in the list. One rule for check's invalid_key (diagnose/key.ts) and the wizard's "key refused" result (tree/leaves/key.ts).
import type {AppKeyToVendor} from '../checks/app-keys.js';
import type {KeySentElsewhere} from '../context.js';
import {ownApiVendor} from '../deepseek/url.js';
import {fixes, forCheckedKey} from '../fixes.js';
import type {Fix} from '../verdict.js';

/** What sends a DeepSeek key to a vendor's own API: the apps (key_present's `appKeysToVendor`), the variables (its `keysSentElsewhere` there). */
export type KeysToVendor = {apps: readonly AppKeyToVendor[]; variables: readonly KeySentElsewhere[]};

/** The fixes of the variables among `sent` that point at a vendor's own API: set that base-URL variable to DeepSeek's. */
export function variablesToVendorFixes(sent: readonly KeySentElsewhere[]): Fix[] {
	return sent.flatMap(each => {
		const vendor = ownApiVendor(each.url);
		return vendor ? [fixes.baseUrlToVendor(each, vendor)] : [];
	});
}

/** Each one's fix, the apps' first: an app's own check_key_in_tool, a variable's fix_base_url. */
export const keysToVendorFixes = (to: KeysToVendor): Fix[] => [...to.apps.map(sent => fixes.appToDeepSeek(sent)), ...variablesToVendorFixes(to.variables)];

/**
 * Whether the key refused is one of those: picked from an app's settings or that variable (`keySource`, `keyVariable`),
 * or the same key by key_format's mask.
 */
export function refusedKeyIsTheirs(to: KeysToVendor, keySource: string | undefined, keyVariable: string | undefined, checkedMasked: string | undefined): boolean {
	const same = (masked: string) => checkedMasked !== undefined && checkedMasked === masked;
	return to.apps.some(sent => keySource === sent.source || same(sent.masked)) || to.variables.some(sent => (keySource === 'variable' && keyVariable === sent.name) || same(sent.masked));
}

/**
 * `own` with each one's fix (an app's own check_key_in_tool, a variable's fix_base_url): first where the key refused is the
 * one it sends (`theirs`: its calls never reach DeepSeek until its base URL is set, so that is the 401 it shows), else
 * right after the first fix, the refusal of another key being the finding and this a second cause. One already in `own` is moved.
 */
export function withKeysToVendor(to: KeysToVendor, theirs: boolean, own: readonly Fix[]): Fix[] {
	const vendorFixes = keysToVendorFixes(to);
	if (vendorFixes.length === 0) return [...own];
	// The key's own check_key_in_tool stays beside each app's: the diagnosis' last dedupe would take it for a repeat.
	const rest = withoutThese(vendorFixes, own).map(fix => (fix.id === 'check_key_in_tool' ? forCheckedKey(fix) : fix));
	return theirs ? [...vendorFixes, ...rest] : [...rest.slice(0, 1), ...vendorFixes, ...rest.slice(1)];
}

/** `list` without those fixes (by their titles, which name each app's file or variable): placed again by withKeysToVendor. */
function withoutThese(vendorFixes: readonly Fix[], list: readonly Fix[]): Fix[] {
	return list.filter(fix => !vendorFixes.some(vendor => vendor.id === fix.id && vendor.title === fix.title));
}
