// Names only containers resolve, as the network check reads a base URL's host that did not resolve.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {containerName} from '../../source/deepseek/container-names.js';

test('Docker\'s and Podman\'s names for the computer that runs the containers, in any case and with a final dot', () => {
	assert.deepEqual(containerName('host.docker.internal'), {kind: 'docker_host', name: 'host.docker.internal'});
	assert.deepEqual(containerName('Host.Docker.Internal.'), {kind: 'docker_host', name: 'host.docker.internal'});
	assert.deepEqual(containerName('gateway.docker.internal'), {kind: 'docker_host', name: 'gateway.docker.internal'});
	assert.deepEqual(containerName('host.containers.internal'), {kind: 'podman_host', name: 'host.containers.internal'});
});

test('a name without a dot is a Compose service\'s (or a LAN computer\'s): one-api, new-api, litellm, a name with _ as Compose allows', () => {
	for (const name of ['one-api', 'new-api', 'litellm', 'oneapi_1', 'api']) assert.deepEqual(containerName(name), {kind: 'service_name', name});
});

test('not such a name: localhost, an address, a number typed for a host, a dotted name, a name no DNS label can be', () => {
	for (const host of ['localhost', '127.0.0.1', '::1', '3000', 'api.deepseek.com', 'relay.example', 'docker.internal', '-api', 'a'.repeat(64), 'one api']) {
		assert.equal(containerName(host), undefined, host);
	}
});
