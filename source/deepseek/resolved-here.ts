// A known service's public name (api.deepseek.com, openrouter.ai…) that resolves to this computer
// itself (127.0.0.0/8, ::1) or to the unspecified address (0.0.0.0, ::): no such service publishes
// those, so a line in the hosts file, or an ad blocker or DNS filter (AdGuard, Pi-hole) that answers
// blocked names so, sent it there. Going direct, where nothing listens on port 443 here, the
// connection is refused, and "is the service running?" is the wrong question.
import net from 'node:net';
import {matchHost} from '../providers/host.js';
import {isLoopbackHost} from './url.js';

/** Is `address` this computer's own (loopback) or the unspecified address, as a lookup returns it? */
function isHereAddress(address: string): boolean {
	const bare = address.toLowerCase().replace(/^::ffff:/, '');
	return isLoopbackHost(address) || bare === '0.0.0.0' || bare === '::';
}

/** `host` (a name, not an address) is a known service's, and it resolved to `address`, one of this computer's. */
export function resolvedHere(host: string, address: string): boolean {
	if (net.isIP(host) !== 0 || isLoopbackHost(host) || !isHereAddress(address)) return false;
	return matchHost(host) !== undefined;
}

/** Where the hosts file is on this system: the sentence and the fix name it. */
export function hostsFilePath(platform: NodeJS.Platform = process.platform): string {
	return platform === 'win32' ? String.raw`C:\Windows\System32\drivers\etc\hosts` : '/etc/hosts';
}
