// Proxy apps in TUN + fake-ip mode (Clash and Mihomo, Surge, sing-box, Stash) answer every
// name looked up with an address of their own from 198.18.0.0/15, the range RFC 2544 sets
// aside for benchmarking, which no service uses on the internet, and carry each connection
// to it through the node their rules pick: whatever HTTPS_PROXY says, the calls go through them.

/** How a connection to a fake-ip address failed, as its sentence tells it (a TLS failure keeps its own). */
export type FakeIpFailure = 'refused' | 'reset' | 'timeout' | 'other';

/** Is `address` (as a lookup returns it) one of 198.18.0.0 – 198.19.255.255? IPv6 is not part of the range. */
export function isFakeIp(address: string): boolean {
	const octets = address.split('.');
	if (octets.length !== 4 || !octets.every(octet => /^\d{1,3}$/.test(octet) && Number(octet) <= 255)) return false;
	return octets[0] === '198' && (octets[1] === '18' || octets[1] === '19');
}

/** The command that empties the system's DNS cache, where the fake address outlives the app that handed it out. */
export function dnsFlushCommand(platform: NodeJS.Platform = process.platform): string {
	if (platform === 'darwin') return 'sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder';
	if (platform === 'win32') return 'ipconfig /flushdns';
	// Linux with systemd-resolved (Ubuntu, Fedora, Debian's desktops): elsewhere there is most often no cache to flush.
	return 'sudo resolvectl flush-caches';
}
