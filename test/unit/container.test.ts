import assert from 'node:assert/strict';
import {test} from 'node:test';
import {containerKind, runningContainer, thisContainer, type ContainerReader} from '../../source/deepseek/container.js';

const route = 'Iface\tDestination\tGateway\tFlags\tRefCnt\tUse\tMetric\tMask\tMTU\tWindow\tIRTT\neth0\t00000000\t010011AC\t0003\t0\t0\t0\t00000000\t0\t0\t0\n';

const reader = (facts: {env?: Record<string, string>; files?: string[]; names?: string[]; routes?: string}): ContainerReader => ({
	env: facts.env ?? {},
	exists: path => (facts.files ?? []).includes(path),
	resolves: async name => (facts.names ?? []).includes(name),
	routeTable: () => facts.routes,
});

test('the kind from the facts a container has: the variables first, then the runtimes\' files', () => {
	assert.equal(containerKind(reader({})), undefined);
	assert.equal(containerKind(reader({files: ['/.dockerenv']})), 'docker');
	assert.equal(containerKind(reader({files: ['/run/.containerenv']})), 'podman');
	assert.equal(containerKind(reader({env: {container: 'podman'}})), 'podman');
	assert.equal(containerKind(reader({env: {container: 'systemd-nspawn'}})), 'other');
	assert.equal(containerKind(reader({env: {REMOTE_CONTAINERS: 'true'}, files: ['/.dockerenv']})), 'devcontainer');
	assert.equal(containerKind(reader({env: {CODESPACES: 'true'}, files: ['/.dockerenv']})), 'codespaces');
	assert.equal(containerKind(reader({env: {CODESPACES: 'false'}})), undefined);
	// A pod, whatever runtime its containers have; an empty value names none.
	assert.equal(containerKind(reader({env: {KUBERNETES_SERVICE_HOST: '10.96.0.1'}, files: ['/.dockerenv']})), 'kubernetes');
	assert.equal(containerKind(reader({env: {KUBERNETES_SERVICE_HOST: '10.96.0.1', container: 'podman'}})), 'kubernetes');
	assert.equal(containerKind(reader({env: {KUBERNETES_SERVICE_HOST: ' '}, files: ['/.dockerenv']})), 'docker');
});

test('the host: the runtime\'s name where it resolves, else the default gateway; none looked for in a codespace or a pod', async () => {
	const signal = new AbortController().signal;
	assert.deepEqual(await runningContainer(reader({files: ['/.dockerenv'], names: ['host.docker.internal'], routes: route}), signal), {kind: 'docker', hostName: 'host.docker.internal', hostAddress: null});
	assert.deepEqual(await runningContainer(reader({files: ['/.dockerenv'], routes: route}), signal), {kind: 'docker', hostName: null, hostAddress: '172.17.0.1'});
	assert.deepEqual(await runningContainer(reader({files: ['/run/.containerenv'], names: ['host.containers.internal', 'host.docker.internal']}), signal), {kind: 'podman', hostName: 'host.containers.internal', hostAddress: null});
	assert.deepEqual(await runningContainer(reader({files: ['/.dockerenv']}), signal), {kind: 'docker', hostName: null, hostAddress: null});
	assert.deepEqual(await runningContainer(reader({env: {CODESPACES: 'true'}, names: ['host.docker.internal'], routes: route}), signal), {kind: 'codespaces', hostName: null, hostAddress: null});
	assert.deepEqual(await runningContainer(reader({env: {KUBERNETES_SERVICE_HOST: '10.96.0.1'}, files: ['/.dockerenv'], names: ['host.docker.internal'], routes: route}), signal), {kind: 'kubernetes', hostName: null, hostAddress: null});
	assert.equal(await runningContainer(reader({names: ['host.docker.internal'], routes: route}), signal), undefined);
});

test('the host-name look asks nothing once the check\'s deadline has passed (localhost, which resolves here, reads as not resolved)', async () => {
	const reader = thisContainer({});
	assert.equal(await reader.resolves('localhost', AbortSignal.abort()), false);
	assert.equal(await reader.resolves('localhost', new AbortController().signal), true);
});
