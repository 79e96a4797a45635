// WSL 2 runs Linux in a small virtual machine. In its default networking (NAT), 127.0.0.1 and
// localhost there are the VM's own, not Windows': a proxy app (Clash Verge, v2rayN) or a relay
// (one-api, LiteLLM) that listens on Windows' 127.0.0.1 refuses, or rather is never reached, from
// inside. Windows is then the VM's default gateway. Mirrored networking (Windows 11 22H2 and newer)
// shares Windows' loopback. Read only after a connection to loopback was refused: never at start-up.
import {defaultGateway, readRouteTable} from './default-route.js';
import {runTool, type RunTool} from './run-tool.js';

/** What the detection reads of this machine; tests pass their own. */
export type MachineReader = {
	platform: NodeJS.Platform;
	env: Readonly<Record<string, string | undefined>>;
	/** The kernel's release, as `uname -r` (and /proc/sys/kernel/osrelease) give it. */
	osRelease: () => string;
	/** The IPv4 routing table in /proc/net/route's format, or undefined where it cannot be read. */
	routeTable: () => string | undefined;
	/** What `wslinfo --networking-mode` prints (nat, mirrored, bridged, virtioproxy, none, wsl1), or undefined where it cannot say. */
	networkingMode: (signal: AbortSignal) => Promise<string | undefined>;
};

// WSL puts wslinfo (a link to its own init) here; by its full path, as the other system tools are called.
const wslinfo = '/usr/bin/wslinfo';

/** This machine, read lazily: node:os and node:fs only when a loopback connection was refused. */
export function thisMachine(env: Readonly<Record<string, string | undefined>>, run: RunTool = runTool): MachineReader {
	return {
		platform: process.platform,
		env,
		osRelease: () => process.getBuiltinModule('node:os').release(),
		routeTable: readRouteTable,
		networkingMode: async signal => modeOf(await run(wslinfo, ['--networking-mode'], env, signal)),
	};
}

/** wslinfo's answer as one lower-case word (it prints "nat", "mirrored"…); anything else is not an answer. */
export function modeOf(output: string | undefined): string | undefined {
	const mode = output?.trim().toLowerCase();
	return mode && /^[a-z\d]{1,20}$/.test(mode) ? mode : undefined;
}

/**
 * WSL 2 whose 127.0.0.1 is not Windows': Windows' address as its VM sees it in NAT networking (the
 * default route's gateway; null where none, or where the mode is another), and the mode `wslinfo` gave.
 */
type Wsl2 = {windowsHost: string | null; networkingMode: string | null};

/** Where a user reads Windows' address inside WSL 2: the default route's gateway in NAT, ipconfig on Windows in another mode. */
export type WindowsAddressAt = 'gateway' | 'ipconfig';

/** NAT's gateway is Windows; so it is where the mode is not known (WSL before 2.0 ran only NAT by default). */
export const windowsAddressAt = (networkingMode: string | null | undefined): WindowsAddressAt =>
	networkingMode === undefined || networkingMode === null || networkingMode === 'nat' ? 'gateway' : 'ipconfig';
/**
 * Is this WSL 2? Its kernel's release names it ("5.15.153.1-microsoft-standard-WSL2"; the 4.19
 * kernels "4.19.128-microsoft-standard"), as the is-wsl package and WSL's own docs read it. WSL 1
 * ("4.4.0-19041-Microsoft") shares Windows' network, so its 127.0.0.1 is Windows': not this case.
 * A kernel of the user's own (.wslconfig `kernel=`, WSL 2 only) does not say Microsoft: then WSL's
 * variables in the environment (WSL_DISTRO_NAME, WSL_INTEROP, set in every WSL shell) say it.
 */
function isWsl2(machine: MachineReader): boolean {
	if (machine.platform !== 'linux') return false;
	const release = machine.osRelease();
	const microsoftKernel = /microsoft/i.test(release);
	if (microsoftKernel && !/wsl2|microsoft-standard/i.test(release)) return false;
	const wslShell = Boolean(machine.env.WSL_DISTRO_NAME?.trim() || machine.env.WSL_INTEROP?.trim());
	return microsoftKernel || wslShell;
}

/**
 * WSL 2 (isWsl2) in a networking mode whose 127.0.0.1 is not Windows', with Windows' address; undefined
 * elsewhere. The mode as WSL runs it, not as .wslconfig asks for it: mirrored networking falls back
 * to NAT where Windows lacks it, and says so only in a notice at start. Mirrored (and WSL 1's) shares
 * Windows' loopback, so a refusal there is the plain one: nothing listens on Windows either. In NAT,
 * or where wslinfo cannot say (WSL before 2.0), Windows is the default gateway; in the other modes
 * (bridged: the gateway is the LAN's router) its address is not known.
 */
export async function wsl2(machine: MachineReader, signal: AbortSignal): Promise<Wsl2 | undefined> {
	if (!isWsl2(machine)) return undefined;
	const mode = await machine.networkingMode(signal).catch(() => undefined);
	if (mode === 'mirrored' || mode === 'wsl1') return undefined;
	return {windowsHost: windowsAddressAt(mode) === 'gateway' ? defaultGateway(machine.routeTable()) : null, networkingMode: mode ?? null};
}

/** Whose way of setting the clock applies here: WSL 2's, or its system's. */
export const clockSystems = ['wsl', 'linux', 'darwin', 'win32'] as const;
export type ClockSystem = (typeof clockSystems)[number];

export const isClockSystem = (value: unknown): value is ClockSystem => clockSystems.some(system => system === value);

/** WSL 2's clock drifts after the computer sleeps and has its own remedy; elsewhere the system's (other Unixes as Linux). */
export function clockSystem(machine: MachineReader): ClockSystem {
	// Only whether this is WSL 2: Windows' address (the routing table) is not needed here.
	if (isWsl2(machine)) return 'wsl';
	return machine.platform === 'darwin' || machine.platform === 'win32' ? machine.platform : 'linux';
}
