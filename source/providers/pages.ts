// Which page of which service a link is, by the provider table's own URLs: so that a link too
// long for a row can still be named ("OpenRouter's billing page"), not only by its host.
import {shortNameOf} from './naming.js';
import {providerTable, type ProviderRow} from './table.js';

/** What a service's page is for, as the provider table files it. */
type ProviderPageRole = 'billing' | 'ownBilling' | 'rateLimits' | 'keys' | 'models' | 'gatewayAuth';

type ProviderPage = {name: string; role: ProviderPageRole};

type ListedPage = {row: ProviderRow; role: ProviderPageRole};

/** Each URL the table holds, with the role it has there. The first row to hold a URL names it. */
function pagesOf(row: ProviderRow): Array<[url: string | null | undefined, role: ProviderPageRole]> {
	return [
		// A console that is not the billing page itself (billing is an item of its menu) is not named as one.
		[row.billingInMenu ? undefined : row.consoleUrl, 'billing'],
		[row.rateLimitUrl, 'rateLimits'],
		[row.keysUrl, 'keys'],
		[row.keyLimitUrl, 'keys'],
		[row.ownAuth?.url, 'gatewayAuth'],
		...row.hosts.flatMap((rule): Array<[string | undefined, ProviderPageRole]> => [
			[rule.consoleUrl, 'billing'],
			[rule.rateLimitUrl, 'rateLimits'],
			[rule.keysUrl, 'keys'],
			[rule.modelsUrl, 'models'],
		]),
	];
}

let byUrl: Map<string, ListedPage> | undefined;

/** The service page `url` is, where the provider table lists it (DeepSeek's own and the unknown service's are left out). */
export function providerPageOf(url: string): ProviderPage | undefined {
	// Reversed, so that where two rows list one URL, the first row's entry is the one the map keeps.
	byUrl ??= new Map(
		providerTable
			.filter(row => row.id !== 'deepseek' && row.id !== 'unknown')
			.flatMap(row => pagesOf(row).flatMap(([page, role]) => (page ? [[page, {row, role}] as const] : [])))
			.reverse(),
	);
	// Named where it is read, in the language of that moment: a label on a result, after the service's full name.
	const listed = byUrl.get(url);
	if (listed !== undefined) return {name: shortNameOf(listed.row), role: listed.role};
	// The user's own billing page, whose address holds their workspace's id: matched whole by its row's shape.
	const row = providerTable.find(candidate => candidate.billingPage?.exec(url)?.[0] === url);
	return row === undefined ? undefined : {name: shortNameOf(row), role: 'ownBilling'};
}
