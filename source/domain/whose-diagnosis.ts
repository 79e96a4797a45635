// Whose a remembered diagnosis is: the wizard's start screen and `config` say "with another
// key" or "with another base URL" by this one rule, never showing another account's result
// as the one in effect. Pure.
import {normaliseBaseUrl} from '../deepseek/url.js';
import type {RememberedDiagnosis} from '../settings/index.js';
import {accountOf} from './balance-history.js';

/**
 * Last time's result was found at another base URL than `baseUrl` (the one in effect, as written), or with another
 * key there than `key` (by the fingerprint it recorded, where the file has one); undefined when it is this one's as far as is known.
 */
export function changedSince(last: Pick<RememberedDiagnosis, 'baseUrl' | 'account'>, baseUrl: string, key: string | undefined): 'baseUrl' | 'key' | undefined {
	const now = normaliseBaseUrl(baseUrl);
	const then = normaliseBaseUrl(last.baseUrl);
	if ((then.ok ? then.value.url : last.baseUrl) !== (now.ok ? now.value.url : baseUrl)) return 'baseUrl';
	const account = now.ok ? accountOf(now.value.url, key) : undefined;
	return last.account !== undefined && last.account !== account ? 'key' : undefined;
}
