// The default IPv4 route's gateway, read from the kernel's routing table: the address of the
// computer behind a NAT'ed Linux — Windows for WSL 2, the host for a container on a bridge network.
// Read only after a connection to loopback was refused: never at start-up.

/** /proc/net/route, or undefined where it cannot be read (not Linux, no /proc). */
export function readRouteTable(): string | undefined {
	try {
		return process.getBuiltinModule('node:fs').readFileSync('/proc/net/route', 'utf8');
	} catch {
		return undefined;
	}
}

/**
 * The gateway of the default IPv4 route in /proc/net/route (what `ip route show default` prints after
 * "via"): the destination and mask 00000000, the gateway flag (0x2) set, the address in hex, lowest byte first.
 */
export function defaultGateway(table: string | undefined): string | null {
	for (const line of table?.split('\n').slice(1) ?? []) {
		const [, destination, gateway, flags, , , , mask] = line.trim().split(/\s+/);
		if (destination !== '00000000' || mask !== '00000000' || !gateway || !/^[0-9a-f]{8}$/i.test(gateway)) continue;
		if ((Number.parseInt(flags ?? '0', 16) & 0x2) === 0 || gateway === '00000000') continue;
		const octets = [6, 4, 2, 0].map(at => Number.parseInt(gateway.slice(at, at + 2), 16));
		return octets.join('.');
	}
	return null;
}
