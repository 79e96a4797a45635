// An answer that sends the call elsewhere (3xx with a Location). The tool never follows
// one (the key must not go to another host): it reads where it points, and one rule says
// what that means for the base URL.
import {oneLine, sanitize} from '../text/safe.js';
import {apiPaths, isDeepSeekWebsiteHost, officialApiHost} from './facts.js';

/** Where an answer redirected the call: the status and the target, safe to show. */
export type Redirect = {status: number; location: string};

/**
 * The redirect an answer carries, if any. The Location is network text: resolved against
 * the URL asked, with its login, query string and fragment dropped (a login page's
 * `?redirect_url=…` is noise, and may hold anything), then sanitised and bounded.
 */
export function redirectOf(status: number, location: string | undefined, asked: URL, apiKey: string | undefined): Redirect | undefined {
	if (status < 300 || status > 399 || location === undefined) return undefined;
	let target: URL;
	try {
		target = new URL(location.trim(), asked);
	} catch {
		return undefined;
	}
	if (target.protocol !== 'https:' && target.protocol !== 'http:') return undefined;
	return {status, location: oneLine(sanitize(`${target.origin}${target.pathname}`, apiKey), 300)};
}

/** The paths the checks add to the base URL (a `/v1` before them is the base URL's own). */
const addedPaths = Object.values(apiPaths);

/** Hosts and path segments of login pages put in front of a service (Cloudflare Access, oauth2-proxy, SSO). */
const loginHost = /(?:^|\.)cloudflareaccess\.com$/i;
const loginSegments = new Set(['login', 'signin', 'sign_in', 'sign-in', 'sso', 'auth', 'oauth', 'oauth2', 'saml', 'cas']);

/**
 * What a redirect means for the base URL:
 * - `login`: a login page stands in front of the service (its host or a path segment says so);
 * - `base_url`: the same host asks the same API call at another path or over https: `baseUrl` is
 *   that address without the path the tool added;
 * - `moved`: another host asks the same API call (a relay that moved to a new domain, or one that
 *   forwards to DeepSeek's own API): `baseUrl` is that address without the path the tool added;
 *   `deepSeekApi` when it is api.deepseek.com;
 * - `elsewhere`: anything else (another host's page, or a page of the same host): the base URL is not an
 *   API's address; `deepSeekWebsite` when it leads to one of DeepSeek's websites.
 */
export type RedirectMeaning =
	| {kind: 'login'; host: string}
	| {kind: 'base_url'; baseUrl: string}
	| {kind: 'moved'; host: string; baseUrl: string; deepSeekApi: boolean}
	| {kind: 'elsewhere'; host: string; deepSeekWebsite: boolean};

/** Undefined when the URLs do not parse, or when the redirect leads back to the base URL in use. */
export function redirectMeaning(askedUrl: string, location: string): RedirectMeaning | undefined {
	let asked: URL;
	let target: URL;
	try {
		asked = new URL(askedUrl);
		target = new URL(location);
	} catch {
		return undefined;
	}
	const segments = target.pathname.toLowerCase().split('/');
	if (loginHost.test(target.hostname) || segments.some(segment => loginSegments.has(segment))) return {kind: 'login', host: target.host};
	const targetPath = target.pathname.replace(/\/+$/, '');
	const added = addedPaths.find(path => asked.pathname.endsWith(path) && targetPath.endsWith(path));
	if (target.hostname === asked.hostname && added !== undefined) {
		const baseUrl = `${target.origin}${targetPath.slice(0, -added.length)}`;
		// Back to the base URL in use (only a trailing slash added, or a loop): no address to set, nothing this rule can say.
		if (baseUrl === `${asked.origin}${asked.pathname.slice(0, -added.length)}`) return undefined;
		return {kind: 'base_url', baseUrl};
	}
	// Another host, the same call: it is never followed (the key stays here), but it says where the service went.
	if (added !== undefined && !isDeepSeekWebsiteHost(target.hostname)) {
		return {kind: 'moved', host: target.host, baseUrl: `${target.origin}${targetPath.slice(0, -added.length)}`, deepSeekApi: target.hostname === officialApiHost};
	}
	return {kind: 'elsewhere', host: target.host, deepSeekWebsite: isDeepSeekWebsiteHost(target.hostname)};
}
