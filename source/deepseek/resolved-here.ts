// A known service's public name (api.deepseek.com, openrouter.ai…) that resolves to this computer
// itself (127.0.0.0/8, ::1) or to the unspecified address (0.0.0.0, ::): no such service publishes
// those, so a line in the hosts file, or an ad blocker or DNS filter (AdGuard, Pi-hole) that answers
// blocked names so, sent it there. Going direct, where nothing listens on port 443 here, the
// connection is refused, and "is the service running?" is the wrong question. The same holds for an address on a
// private network (resolvedPrivate), where nothing that serves the name listens either.
import net from 'node:net';
import {matchHost} from '../providers/host.js';
import {isLoopbackHost} from './url.js';

/** `address` as a lookup returns it, lower-case and without IPv6's mapping of an IPv4 address (`::ffff:`). */
const bareAddress = (address: string): string => address.toLowerCase().replace(/^::ffff:/, '');

/** Is `address` this computer's own (loopback) or the unspecified address, as a lookup returns it? */
function isHereAddress(address: string): boolean {
	const bare = bareAddress(address);
	return isLoopbackHost(address) || bare === '0.0.0.0' || bare === '::';
}

/** `host` (a name, not an address) is a known service's, and it resolved to `address`, which `where` says is not its own. */
function knownNameAt(host: string, address: string, where: (address: string) => boolean): boolean {
	return net.isIP(host) === 0 && !isLoopbackHost(host) && where(address) && matchHost(host) !== undefined;
}

/** `host` (a name, not an address) is a known service's, and it resolved to `address`, one of this computer's. */
export const resolvedHere = (host: string, address: string): boolean => knownNameAt(host, address, isHereAddress);

/**
 * Is `address` (as a lookup returns it) on a private network: 10/8, 172.16/12, 192.168/16, the shared 100.64/10
 * (carrier-grade NAT, Tailscale), IPv6's unique-local fc00::/7? No public service publishes one: a known service's name
 * that resolves there was answered so by a hosts file line, a router's or an ad blocker's DNS (Pi-hole and AdGuard Home
 * can answer blocked names with their own address), or a company's.
 */
export function isPrivateAddress(address: string): boolean {
	const bare = bareAddress(address);
	if (net.isIPv6(bare)) return /^f[cd][0-9a-f]{0,2}:/.test(bare);
	const octets = bare.split('.').map(Number);
	if (!net.isIPv4(bare) || octets.length !== 4) return false;
	const [a = 0, b = 0] = octets;
	return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
}

/** `host` (a name) is a known service's, and it resolved to `address`, on a private network (isPrivateAddress). */
export const resolvedPrivate = (host: string, address: string): boolean => knownNameAt(host, address, isPrivateAddress);

/** Where the hosts file is on this system: the sentence and the fix name it. */
export function hostsFilePath(platform: NodeJS.Platform = process.platform): string {
	return platform === 'win32' ? String.raw`C:\Windows\System32\drivers\etc\hosts` : '/etc/hosts';
}
