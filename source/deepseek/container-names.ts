// Names that resolve only inside containers, met as a base URL's host on a computer where they do
// not: a base URL copied from a containerised app's settings (Dify, LobeChat, n8n, Open WebUI
// beside one-api or new-api in Docker Compose) and tried on the computer itself, or in a Linux
// container started without the option that defines the name. Read only after the name failed to
// resolve: the sentence says where the name comes from and what stands for it here.

/**
 * `docker_host`: the name Docker gives the computer that runs its containers (Docker Desktop in
 * every container; Docker on Linux only with `--add-host=NAME:host-gateway`). `podman_host`:
 * Podman's, which it defines in every container (4.x). `service_name`: a name without a dot, most
 * often a Docker Compose service's, which only containers on its network resolve (or a
 * computer's on the local network, by NetBIOS or mDNS).
 */
export const containerNameKinds = ['docker_host', 'podman_host', 'service_name'] as const;
export type ContainerNameKind = (typeof containerNameKinds)[number];
type ContainerName = {kind: ContainerNameKind; name: string};

export const isContainerNameKind = (value: unknown): value is ContainerNameKind => containerNameKinds.some(kind => kind === value);

/** Docker's names for the computer that runs it, and Podman's. */
const dockerHostAliases = new Set(['host.docker.internal', 'gateway.docker.internal']);
const podmanHostAliases = new Set(['host.containers.internal']);

/** A label as a DNS name holds it: letters, digits, hyphens (Compose service names also take "_" and "."; a dot makes it another case). */
const singleLabel = /^[a-z\d](?:[a-z\d_-]{0,62})$/;

/** What `host` (a URL's hostname, as it failed to resolve) is among the names above; undefined for any other. */
export function containerName(host: string): ContainerName | undefined {
	const name = host.toLowerCase().replace(/\.$/, '');
	if (dockerHostAliases.has(name)) return {kind: 'docker_host', name};
	if (podmanHostAliases.has(name)) return {kind: 'podman_host', name};
	// localhost resolves everywhere; a number alone (http://3000) is a typo, not a name.
	if (name === 'localhost' || /^\d+$/.test(name) || !singleLabel.test(name)) return undefined;
	return {kind: 'service_name', name};
}
