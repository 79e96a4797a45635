// Inside a container, 127.0.0.1 and localhost are the container's own: a proxy app (Clash, v2rayN)
// or a relay (one-api, LiteLLM) listening on the host's 127.0.0.1 is never reached from inside, and
// the connection is refused. The host is reached by a name the container runtime defines
// (host.docker.internal, host.containers.internal) or at the default route's gateway, and only where
// the program there listens beyond 127.0.0.1. GitHub Codespaces run in a cloud VM: the user's own
// computer is not reachable at all. A Kubernetes pod's 127.0.0.1 is shared by its own containers only:
// a proxy or relay elsewhere in the cluster is reached by its Service's name, one on the user's computer
// or on the node is not meant to be reached. Read only after a connection to loopback was refused.
import {defaultGateway, readRouteTable} from './default-route.js';

/**
 * `docker`: /.dockerenv, which Docker creates in every container. `podman`: /run/.containerenv, which Podman
 * creates in every container, or `container=podman`, which it sets. `devcontainer`: REMOTE_CONTAINERS=true,
 * set by VS Code's Dev Containers. `codespaces`: CODESPACES=true, set in every GitHub codespace.
 * `kubernetes`: KUBERNETES_SERVICE_HOST, which the kubelet sets in every container of a pod (the API server's
 * address; also where the pod's other service variables are turned off). `other`: the `container` variable
 * another runtime sets (systemd-nspawn, LXC).
 */
export const containerKinds = ['docker', 'podman', 'devcontainer', 'codespaces', 'kubernetes', 'other'] as const;
export type ContainerKind = (typeof containerKinds)[number];

export const isContainerKind = (value: unknown): value is ContainerKind => containerKinds.some(kind => kind === value);

/**
 * What the sentences call the place 127.0.0.1 belongs to: a codespace (a cloud VM) and a pod (its own containers
 * share it) have no host of the user's to point at; every other kind is a container on the user's computer or server.
 */
export type ContainerPlace = 'container' | 'codespace' | 'pod';

export const containerPlace = (kind: ContainerKind): ContainerPlace => (kind === 'codespaces' ? 'codespace' : kind === 'kubernetes' ? 'pod' : 'container');

/** What the detection reads of this machine; tests pass their own (and test/helpers/fake-container.mjs plays the files). */
export type ContainerReader = {
	env: Readonly<Record<string, string | undefined>>;
	exists: (path: string) => boolean;
	/** Whether `name` resolves here, within `signal`. */
	resolves: (name: string, signal: AbortSignal) => Promise<boolean>;
	routeTable: () => string | undefined;
};

/** This machine, read lazily: node:fs and node:dns only when a loopback connection was refused. */
export function thisContainer(env: Readonly<Record<string, string | undefined>>): ContainerReader {
	return {
		env,
		exists: path => process.getBuiltinModule('node:fs').existsSync(path),
		resolves: async (name, signal) => {
			// An abort that came before the look would never fire its event: no look at all.
			if (signal.aborted) return false;
			const lookup = process.getBuiltinModule('node:dns').promises.lookup(name);
			const aborted = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')), {once: true}));
			return Promise.race([lookup, aborted]).then(() => true, () => false);
		},
		routeTable: readRouteTable,
	};
}

/** Which container this process runs in, by the facts the runtimes leave; undefined outside one (or on a system without them). */
export function containerKind(reader: ContainerReader): ContainerKind | undefined {
	const {env} = reader;
	if (env.CODESPACES === 'true') return 'codespaces';
	if (env.REMOTE_CONTAINERS === 'true') return 'devcontainer';
	// Before the runtimes' files: a pod's containers may be Docker's or Podman's, and the pod is what decides where 127.0.0.1 is.
	if (env.KUBERNETES_SERVICE_HOST?.trim()) return 'kubernetes';
	if (env.container === 'podman' || reader.exists('/run/.containerenv')) return 'podman';
	if (reader.exists('/.dockerenv')) return 'docker';
	return env.container?.trim() ? 'other' : undefined;
}

/**
 * The container and the host as it sees it: `hostName`, the runtime's name for the host where it resolves here,
 * else `hostAddress`, the default route's gateway (null where none). A codespace's host is a cloud VM, and a pod's
 * node is no place for the user's proxy or relay: neither is looked for there.
 */
export type Container = {kind: ContainerKind; hostName: string | null; hostAddress: string | null};

/** Docker's name for the host (Docker Desktop's always; on Linux with --add-host=host.docker.internal:host-gateway), and Podman's. */
const hostNames: Record<Exclude<ContainerKind, 'codespaces' | 'kubernetes'>, readonly string[]> = {
	docker: ['host.docker.internal'],
	devcontainer: ['host.docker.internal'],
	podman: ['host.containers.internal', 'host.docker.internal'],
	other: ['host.docker.internal'],
};

/** The container this runs in and the host's name or address there; undefined outside one. */
export async function runningContainer(reader: ContainerReader, signal: AbortSignal): Promise<Container | undefined> {
	const kind = containerKind(reader);
	if (kind === undefined) return undefined;
	if (kind === 'codespaces' || kind === 'kubernetes') return {kind, hostName: null, hostAddress: null};
	let hostName: string | null = null;
	for (const name of hostNames[kind]) {
		if (await reader.resolves(name, signal)) {
			hostName = name;
			break;
		}
	}
	return {kind, hostName, hostAddress: hostName === null ? defaultGateway(reader.routeTable()) : null};
}
