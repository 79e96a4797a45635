// The built CLI where a known service's name resolves to this computer: a hosts file line
// (`127.0.0.1 api.deepseek.com`) or an ad blocker or DNS filter (AdGuard, Pi-hole) answering
// for it. The preload (map-hosts.mjs, TEST_LOOPBACK_HOSTS) plays that answer: the name
// resolves to 127.0.0.1, and its port 443 lands on a closed port, where nothing serves it.
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {startFake, type FakeServer} from '../fake/server.js';
import {closedPort} from '../helpers/raw-server.js';
import {runCli} from '../helpers/run-cli.js';
import {mappedHostsEnv} from '../helpers/with-fake.js';
import {resolvedHere} from '../../source/deepseek/resolved-here.js';

type CheckJson = {
	verdict: string;
	summary: string;
	fixes: Array<{id: string; title: string; url: string | null}>;
	checks: Array<{id: string; status: string; summary: string; details: Record<string, unknown>}>;
};

let status: FakeServer;

before(async () => {
	status = await startFake({scenario: 'ok'});
});
after(async () => {
	await status.close();
});

async function checkJson(environment: Record<string, string | undefined>): Promise<CheckJson> {
	const run = await runCli(['check', '--json'], environment);
	assert.equal(run.stderr, '', run.stderr);
	return JSON.parse(run.stdout) as CheckJson;
}

/** `host` (with `port` standing for 443) resolving to 127.0.0.1; the status page answers, so the verdict is about the API. */
function env(host: string, port: number, extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
	const statusPort = new URL(status.baseUrl).port;
	return mappedHostsEnv({TEST_LOOPBACK_HOSTS: `${host}:${port},statuspage.flashduty.com:${statusPort}`, ...extra});
}

describe('a known service\'s name resolving to this computer', {skip: process.platform !== 'linux' && 'the hosts file and flush command named are Linux\'s'}, () => {
	test('api.deepseek.com at 127.0.0.1, refused: the Network row names the address and the hosts file, and the one fix is to remove that line', async () => {
		const json = await checkJson(env('api.deepseek.com', await closedPort()));
		const network = json.checks.find(item => item.id === 'network');
		const said = 'api.deepseek.com resolved to 127.0.0.1, this computer\'s own address, and the connection was refused: a line in the hosts file (/etc/hosts), or an ad blocker or DNS filter (AdGuard, Pi-hole…), sends the name there.';
		assert.equal(network?.status, 'fail', network?.summary);
		assert.equal(network?.summary, said);
		assert.equal(network?.details.resolvedHere, true);
		assert.equal(network?.details.address, '127.0.0.1');
		assert.equal(network?.details.reason, 'connection_refused');
		assert.equal(json.verdict, 'network_error', json.summary);
		assert.equal(json.summary, `The API could not be reached. ${said}`);
		// Not "is the service running?", nor DeepSeek's status page: the name is sent here.
		assert.deepEqual(json.fixes, [{
			id: 'check_dns',
			title: 'Remove api.deepseek.com from /etc/hosts or allow it in your ad blocker, then flush the DNS cache: sudo resolvectl flush-caches',
			url: null,
		}]);
	});

	test('a relay\'s own name the user maps to this computer is left as it was: nothing listening there is the finding', async () => {
		const port = await closedPort();
		const json = await checkJson(env('relay.example.com', port, {DEEPSEEK_BASE_URL: 'https://relay.example.com'}));
		const network = json.checks.find(item => item.id === 'network');
		assert.equal(network?.status, 'fail', network?.summary);
		assert.equal(network?.details.resolvedHere, undefined);
		assert.equal(network?.summary, 'relay.example.com:443 refused the connection.');
		assert.equal(json.fixes[0]?.id, 'check_network');
	});
});

test('which answers count as this computer: loopback and the unspecified address, for a known service\'s name only', () => {
	for (const address of ['127.0.0.1', '127.0.1.1', '::1', '0.0.0.0', '::', '::ffff:127.0.0.1']) assert.equal(resolvedHere('api.deepseek.com', address), true, address);
	for (const address of ['10.0.0.8', '192.168.1.1', '198.18.0.2', '104.18.26.90']) assert.equal(resolvedHere('api.deepseek.com', address), false, address);
	assert.equal(resolvedHere('openrouter.ai', '0.0.0.0'), true);
	assert.equal(resolvedHere('relay.example.com', '127.0.0.1'), false);
	assert.equal(resolvedHere('localhost', '127.0.0.1'), false);
	assert.equal(resolvedHere('127.0.0.1', '127.0.0.1'), false);
});
