// Which known service a base URL's host belongs to (the provider table's host rules).
// Kept apart from the fingerprints so that `check` can decide which requests it will make
// for sure before the rest of the check code has loaded (checks/sure-gets.ts).
import {providerRow, providerTable, type HostRule, type ProviderRow} from './table.js';
import type {ProviderId, ProviderInfo} from './types.js';

type DetectedBy = ProviderInfo['detectedBy'];

/** A provider as `check --json` shows it; the console URL from the table unless given. */
export function providerInfo(id: ProviderId, detectedBy: DetectedBy, consoleUrl?: string | null): ProviderInfo {
	const row = providerRow(id);
	return {id, name: row.name, detectedBy, consoleUrl: consoleUrl === undefined ? row.consoleUrl : consoleUrl};
}

// ---- host ----

/** Lowercase host name of a base URL without port, brackets or a trailing dot. */
export function hostOfBaseUrl(baseUrl: string): string | undefined {
	let url: URL;
	try {
		url = new URL(baseUrl.trim());
	} catch {
		return undefined;
	}
	const host = url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
	return host === '' ? undefined : host;
}

/** The path of a base URL ('' when it cannot be parsed). */
function pathOfBaseUrl(baseUrl: string): string {
	try {
		return new URL(baseUrl.trim()).pathname;
	} catch {
		return '';
	}
}

const label = '[a-z0-9_-]+';

/** See HostRule: `*` is one label, a leading `*.` one or more; anchored at both ends. */
function hostPatternRegex(pattern: string): RegExp {
	const parts = pattern.toLowerCase().split('.').map((part, index) => {
		if (part !== '*') return part.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
		return index === 0 ? `(?:${label}\\.)*${label}` : label;
	});
	return new RegExp(`^${parts.join('\\.')}$`);
}

/** See HostRule.path: `*` is one segment; anchored at both ends, a trailing slash ignored. */
function pathPatternRegex(pattern: string): RegExp {
	const parts = pattern.replace(/\/+$/, '').split('/').map(part => (part === '*' ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')));
	return new RegExp(`^${parts.join('/')}/?$`);
}

const compiledHosts: {row: ProviderRow; rule: HostRule; regex: RegExp; path?: RegExp}[] = providerTable.flatMap(row =>
	row.hosts.map(rule => ({row, rule, regex: hostPatternRegex(rule.pattern), ...(rule.path === undefined ? {} : {path: pathPatternRegex(rule.path)})})),
);

/**
 * The table row and host rule a host name matches, if any. A rule that needs a path (one
 * provider's path on a host that serves many) matches only with that path given.
 */
export function matchHost(host: string, path?: string): {row: ProviderRow; rule: HostRule} | undefined {
	const normalised = host.toLowerCase().replace(/\.$/, '');
	return compiledHosts.find(entry => entry.regex.test(normalised) && (entry.path === undefined || (path !== undefined && entry.path.test(path))));
}

export function detectByHost(baseUrl: string): ProviderInfo | undefined {
	const host = hostOfBaseUrl(baseUrl);
	const match = host === undefined ? undefined : matchHost(host, pathOfBaseUrl(baseUrl));
	if (!match) return undefined;
	return providerInfo(match.row.id, 'host', match.rule.consoleUrl ?? match.row.consoleUrl);
}

/** One of a provider's pages for the users of `host`: the host rule's own, else the provider's. */
function pageFor(id: ProviderId, host: string | undefined, page: 'rateLimitUrl' | 'keysUrl' | 'modelsUrl'): string | null | undefined {
	// The endpoint's host may carry its port.
	const match = host === undefined ? undefined : matchHost(host.replace(/:\d+$/, ''));
	const row = providerRow(id);
	return (match?.row === row ? match.rule[page] : undefined) ?? (page === 'modelsUrl' ? undefined : row[page]);
}

/** The page on a provider's rate limits for the users of `host`; null when it publishes none. */
export function rateLimitUrl(id: ProviderId, host: string | undefined): string | null {
	return pageFor(id, host, 'rateLimitUrl') ?? null;
}

/** The page where the users of `host` make their keys for that provider; undefined where none is known. */
export function keysUrl(id: ProviderId, host: string | undefined): string | undefined {
	return pageFor(id, host, 'keysUrl') ?? undefined;
}

/** The page where the users of `host` activate models and set a model's free-quota-only mode; undefined where none is known. */
export function modelsUrl(id: ProviderId, host: string | undefined): string | undefined {
	return pageFor(id, host, 'modelsUrl') ?? undefined;
}
