// Base-URL normalising and the rules for where the API key may be sent (docs/deepseek-api.md, "Authentication and the key").
import {anthropicBaseUrl, anthropicVersionPath, baseUrlSuffixes, defaultBaseUrl, endpointPaths, officialApiHost} from './facts.js';
import {baseUrlMessages} from '../messages/base-url.js';
import {nearest} from '../text/nearest.js';
import {quotedValuePattern} from '../text/quoted.js';
import {quotedValue} from '../text/safe.js';
import type {Parsed} from './types.js';

type NormalisedBaseUrl = {
	/** Origin plus any path prefix, no trailing slash, no /v1|/beta|/anthropic suffix. */
	url: string;
	origin: string;
	/** Host name with the port when it is not the default one (e.g. `127.0.0.1:8080`). */
	host: string;
	protocol: 'https:' | 'http:';
	isLoopback: boolean;
};

const trailingSlashes = /\/+$/;

/** What the user typed, as a refusal quotes it: no escapes, nothing shaped like a key, one line, cut short. */
const shown = (typed: string) => quotedValue(typed, 200);

/**
 * Turn whatever the user pasted into the base URL requests are built on:
 * `https://api.deepseek.com/v1/` → `https://api.deepseek.com`,
 * `https://openrouter.ai/api/v1` → `https://openrouter.ai/api`.
 */
export function normaliseBaseUrl(raw: string): Parsed<NormalisedBaseUrl> {
	const trimmed = raw.trim();
	if (trimmed === '') return {ok: false, reason: baseUrlMessages.empty};
	// Quotes that became part of the value: the address inside is what the user meant, and what
	// their own program does not get either (Command Prompt's set NAME="…" keeps them).
	const inside = quotedValuePattern.exec(trimmed)?.[1]?.trim();
	if (inside) return {ok: false, reason: baseUrlMessages.quoted({inside: shown(inside), straight: /^["']/.test(trimmed)})};
	const parsed = parseBaseUrl(trimmed);
	if (parsed.ok) return parsed;
	// "https：//…" typed with a Chinese input method on: name the characters and give the address
	// in half-width ones. (Full-width letters or dots in the host alone parse: URL maps them.)
	const fullWidth = [...new Set(trimmed.match(fullWidthCharacters))];
	const folded = trimmed.normalize('NFKC').replaceAll('。', '.');
	if (fullWidth.length > 0 && parseBaseUrl(folded).ok) return {ok: false, reason: baseUrlMessages.fullWidth({characters: shown(fullWidth.join(' ')), suggestion: shown(folded)})};
	return parsed;
}

/** Full-width forms of ASCII (：／．ｈ…), the ideographic full stop and space: what an IME types. */
const fullWidthCharacters = /[\uFF01-\uFF5E\u3000\u3002]/g;

function parseBaseUrl(trimmed: string): Parsed<NormalisedBaseUrl> {
	// `api.deepseek.com/v1` would parse as a URL with the scheme `api.deepseek.com:`… or not at all.
	if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
		// Suggest the scheme only where adding it gives a URL (not for `not a url`).
		const suggestion = `https://${trimmed.replace(/^\/+/, '')}`;
		if (!URL.canParse(suggestion)) return {ok: false, reason: baseUrlMessages.notAUrl({raw: shown(trimmed)})};
		// A typo of DeepSeek's own host (`api.deepseek.cm`) gets DeepSeek's URL, not the typo with https:// in front.
		const {hostname} = new URL(suggestion);
		if (hostname !== officialApiHost && nearest(hostname, [officialApiHost]) !== undefined) {
			return {ok: false, reason: baseUrlMessages.noSchemeNearOfficial({typed: shown(trimmed), official: `https://${officialApiHost}`})};
		}
		// A service on this computer (one-api on localhost:3000, CC Switch, a model server) speaks
		// plain http: https:// in front would only trade this refusal for a TLS error.
		if (isLoopbackHost(hostname)) return {ok: false, reason: baseUrlMessages.noSchemeLocal({suggestion: shown(`http://${trimmed.replace(/^\/+/, '')}`)})};
		return {ok: false, reason: baseUrlMessages.noScheme({suggestion: shown(suggestion)})};
	}
	let url: URL;
	try {
		url = new URL(trimmed);
	} catch {
		return {ok: false, reason: baseUrlMessages.notAUrl({raw: shown(trimmed)})};
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		return {ok: false, reason: baseUrlMessages.unsupportedProtocol({protocol: shown(url.protocol)})};
	}
	if (url.username !== '' || url.password !== '') return {ok: false, reason: baseUrlMessages.hasCredentials};
	if (url.hostname === '') return {ok: false, reason: baseUrlMessages.notAUrl({raw: shown(trimmed)})};

	let path = withoutEndpointPath(url.pathname.replace(trailingSlashes, ''));
	const suffix = baseUrlSuffixes.find(candidate => path.toLowerCase().endsWith(candidate));
	if (suffix) path = path.slice(0, -suffix.length).replace(trailingSlashes, '');
	return {
		ok: true,
		value: {
			url: url.origin + path,
			origin: url.origin,
			host: url.host,
			protocol: url.protocol,
			isLoopback: isLoopbackHost(url.hostname),
		},
	};
}

/**
 * `/anthropic/v1`: Claude Code and Anthropic's SDKs add `/v1/messages` to their base URL themselves (calling
 * `…/anthropic/v1/v1/messages`, a 404), so `/v1` there is a path pasted as `/chat/completions` is; the checks leave it
 * out too. Only a tool that adds `/messages` alone (the AI SDK's Anthropic provider) takes it (messages say so).
 */
const anthropicVersionAfter = `/anthropic${anthropicVersionPath}`;

/** The endpoint path pasted at the end of `path` (facts.ts endpointPaths), if any. */
function endpointPathOf(path: string): string | undefined {
	const lower = path.toLowerCase();
	const found = endpointPaths.find(candidate => lower.endsWith(candidate)) ?? (lower.endsWith(anthropicVersionAfter) ? anthropicVersionPath : undefined);
	return found === undefined ? undefined : path.slice(-found.length);
}

/** `path` without an endpoint path pasted at its end (and without the slashes before it). */
function withoutEndpointPath(path: string): string {
	const found = endpointPathOf(path);
	return found === undefined ? path : path.slice(0, -found.length).replace(trailingSlashes, '');
}

/**
 * A base URL that ends in a path the user's tool adds itself (`…/chat/completions`): that
 * path as written, and the base URL without it (keeping `/v1`, `/beta` or `/anthropic`), which
 * SDKs and most tools need. Undefined when there is none or the URL does not parse.
 */
export function endpointPathIn(raw: string): {path: string; base: string} | undefined {
	const url = parsedPath(raw);
	if (url === undefined) return undefined;
	const found = endpointPathOf(url.path);
	return found === undefined ? undefined : {path: found, base: url.origin + withoutEndpointPath(url.path)};
}

/** The origin and the path (without trailing slashes) of a URL as pasted; undefined when it does not parse. */
function parsedPath(raw: string): {origin: string; path: string} | undefined {
	if (!URL.canParse(raw.trim())) return undefined;
	const url = new URL(raw.trim());
	return {origin: url.origin, path: url.pathname.replace(trailingSlashes, '')};
}

/**
 * A base URL that ends in `/beta`, DeepSeek's own address for its beta features (chat prefix
 * completion, FIM): that path as written, and the base URL without it (after any endpoint path
 * pasted behind it). Another service does not serve DeepSeek's paths (new-api's 404 "Invalid URL
 * (POST /v1/beta/chat/completions)"), so where the calls go elsewhere the base URL set for it is
 * `base`. `/anthropic` is not one: Zhipu, Moonshot and MiniMax serve it too. Undefined when there
 * is none or the URL does not parse.
 */
export function deepSeekOnlyPathIn(raw: string): {path: string; base: string} | undefined {
	const url = parsedPath(raw);
	if (url === undefined) return undefined;
	const path = withoutEndpointPath(url.path);
	const found = /\/beta$/i.exec(path);
	return found === null ? undefined : {path: found[0], base: url.origin + path.slice(0, found.index).replace(trailingSlashes, '')};
}

/** An IPv4 address in dotted-quad form whose first octet is 127. */
function isLoopbackIpv4(host: string): boolean {
	const octets = host.split('.');
	if (octets.length !== 4) return false;
	if (!octets.every(octet => /^\d{1,3}$/.test(octet) && Number(octet) <= 255)) return false;
	return octets[0] === '127';
}

/**
 * localhost, 127.0.0.0/8 and ::1 (with or without brackets; also IPv4-mapped 127.x as
 * WHATWG URL writes it, `::ffff:7f00:1`). Expects a host name as `URL.hostname` gives it,
 * which already turned `127.1` or `0x7f.1` into `127.0.0.1`.
 */
/**
 * A base URL as the user configured it, with another host (and its path, `/v1` among it, kept: a
 * gateway such as one-api answers only there, and the fix is a value to set, not the tool's
 * normalised form); no trailing slash. Where the configured value cannot be parsed, `fallback`'s.
 */
export function baseUrlWithHost(configured: string, fallback: string, host: string): string {
	let url: URL;
	try {
		url = new URL(configured.trim());
	} catch {
		url = new URL(fallback);
	}
	url.hostname = host;
	return url.href.replace(/\/+$/, '');
}

/** The port a URL names, or its scheme's default (443 for https, else 80). */
export function portOf(url: URL): number {
	return Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
}

export function isLoopbackHost(host: string): boolean {
	const bare = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
	if (bare === 'localhost' || bare === '::1' || isLoopbackIpv4(bare)) return true;
	const mapped = /^::ffff:(.+)$/.exec(bare)?.[1];
	if (mapped === undefined) return false;
	if (isLoopbackIpv4(mapped)) return true;
	const firstGroup = /^([0-9a-f]{1,4}):[0-9a-f]{1,4}$/.exec(mapped)?.[1];
	return firstGroup !== undefined && firstGroup.padStart(4, '0').startsWith('7f');
}

/**
 * Whether a host (`host` or `host:port`, as the endpoint check gives it) is an address rather than a name: an IP
 * literal (IPv4, or IPv6 in brackets), localhost, or a single label with no dot (a machine on the local network, a
 * container's name). Such a service has no known name, and so no support to ask: whoever runs it is the one.
 */
export function isBareAddress(host: string): boolean {
	let hostname: string;
	try {
		hostname = new URL(`http://${host}`).hostname.toLowerCase().replace(/\.$/, '');
	} catch {
		return false;
	}
	return hostname.startsWith('[') || !hostname.includes('.') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(hostname) || hostname.endsWith('.localhost');
}

/** Anthropic's own API: the address an Anthropic-format tool calls when no base URL is set. */
export const anthropicApiHost = 'api.anthropic.com';

/** OpenAI's and Anthropic's own APIs, which serve neither DeepSeek's models nor a relay's: a key sent there is that vendor's. */
export const vendorOwnApiHosts: ReadonlySet<string> = new Set(['api.openai.com', anthropicApiHost]);

/** Whose own API those hosts serve (the name the same in every language). */
export type OwnApiVendor = 'OpenAI' | 'Anthropic';

/** The vendor whose own API `url` is, if it is one. */
export function ownApiVendor(url: string): OwnApiVendor | undefined {
	const host = URL.parse(url)?.hostname ?? '';
	return !vendorOwnApiHosts.has(host) ? undefined : host === anthropicApiHost ? 'Anthropic' : 'OpenAI';
}

/** What `vendor`'s own API answers a DeepSeek key: its 401's status and message, as its users quote it. */
export const vendorRefusal: Record<OwnApiVendor, string> = {Anthropic: '401 "invalid x-api-key"', OpenAI: '401 "Incorrect API key provided"'};

/** The DeepSeek address a tool pointed at `vendor`'s own API is pointed at instead: its format's (Anthropic's: DeepSeek's /anthropic). */
export const deepSeekUrlInsteadOf = (vendor: OwnApiVendor): string => (vendor === 'Anthropic' ? anthropicBaseUrl : defaultBaseUrl);

/**
 * Whether the configured base URL is one an Anthropic-format tool (Claude Code and its kin)
 * calls: a path ending in `/anthropic` (DeepSeek's, Zhipu's, Moonshot's, MiniMax's), or
 * Anthropic's own API. The advice to use DeepSeek then names DeepSeek's `/anthropic` URL:
 * the bare one would send such a tool's `/v1/messages` where DeepSeek has no such path.
 */
export function isAnthropicFormat(raw: string): boolean {
	let url: URL;
	try {
		url = new URL(raw.trim());
	} catch {
		return false;
	}
	return /\/anthropic$/i.test(withoutEndpointPath(url.pathname.replace(trailingSlashes, ''))) || url.hostname.toLowerCase().replace(/\.$/, '') === anthropicApiHost;
}

/** The key may travel over https anywhere, over plain http only to this computer. */
export function mayCarryKey(url: string | URL): boolean {
	let parsed: URL;
	try {
		parsed = typeof url === 'string' ? new URL(url) : url;
	} catch {
		return false;
	}
	if (parsed.protocol === 'https:') return true;
	return parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname);
}

/** `/models` → base + `/models`; an absolute http(s) URL (the status page) stays as it is. */
export function resolveUrl(baseUrl: string, pathOrUrl: string): string {
	if (isAbsoluteHttpUrl(pathOrUrl)) return pathOrUrl;
	const base = baseUrl.replace(trailingSlashes, '');
	return pathOrUrl.startsWith('/') ? base + pathOrUrl : `${base}/${pathOrUrl}`;
}

export function isAbsoluteHttpUrl(text: string): boolean {
	return /^https?:\/\//i.test(text);
}
