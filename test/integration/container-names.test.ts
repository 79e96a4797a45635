// The built CLI with a base URL on a name only containers resolve, run where it does not resolve (the
// preload fails every name not mapped, as a computer outside those containers does): Docker's name for
// the computer that runs the containers, Podman's, and a Docker Compose service's name.
import assert from 'node:assert/strict';
import {before, test} from 'node:test';
import {closedPort} from '../helpers/raw-server.js';
import {runCli} from '../helpers/run-cli.js';
import {mappedHostsEnv} from '../helpers/with-fake.js';
import {joined} from '../../source/text/clause.js';

type CheckJson = {
	verdict: string;
	summary: string;
	fixes: Array<{id: string; title: string; url: string | null}>;
	checks: Array<{id: string; status: string; summary: string; details: Record<string, unknown>}>;
};

let statusPort: number;
before(async () => {
	statusPort = await closedPort();
});

const env = (baseUrl: string, extra: Record<string, string> = {}) =>
	mappedHostsEnv({DEEPSEEK_BASE_URL: baseUrl, DEEPSEEK_STATUS_URL: `http://127.0.0.1:${statusPort}/api/v2/summary.json`, ...extra});

async function checkJson(baseUrl: string): Promise<CheckJson> {
	const run = await runCli(['check', '--json'], env(baseUrl));
	assert.equal(run.stderr, '', run.stderr);
	return JSON.parse(run.stdout) as CheckJson;
}

test('host.docker.internal outside a container: where the name comes from, localhost for it here, and the option that defines it on Linux', async () => {
	const json = await checkJson('http://host.docker.internal:3000/v1');
	const network = json.checks.find(check => check.id === 'network');
	const said = 'Cannot resolve host.docker.internal: Docker gives this name to the computer that runs its containers, and only inside them. On that computer itself, the same service is at localhost.';
	assert.equal(network?.summary, said);
	assert.deepEqual(network?.details['containerName'], {kind: 'docker_host', name: 'host.docker.internal', port: 3000, suggested: 'http://localhost:3000/v1'});
	assert.equal(json.verdict, 'network_error');
	// Joined to the verdict's lead by the one rule for a sentence from elsewhere (text/clause.ts).
	assert.equal(json.summary, joined('The API could not be reached', said));
	assert.deepEqual(json.fixes, [
		{id: 'fix_base_url', title: 'Outside a container, use the base URL http://localhost:3000/v1', url: null},
		{id: 'check_network', title: 'In a container on Linux, start it with --add-host=host.docker.internal:host-gateway (in Compose: extra_hosts: ["host.docker.internal:host-gateway"])', url: null},
	]);
});

test('Podman\'s name: localhost for it, and no Docker option (Podman defines its name in every container)', async () => {
	const json = await checkJson('http://host.containers.internal:4000');
	assert.deepEqual(json.fixes.map(fix => fix.id), ['fix_base_url']);
	assert.match(json.fixes[0]!.title, /^Outside a container, use the base URL http:\/\/localhost:4000$/);
	assert.match(json.summary, /Podman gives this name/);
});

test('a Compose service\'s name (one-api:3000): localhost and the port it publishes, then the DNS fix for a LAN computer\'s name; in Chinese too', async () => {
	const json = await checkJson('http://one-api:3000/v1');
	assert.deepEqual(json.checks.find(check => check.id === 'network')?.details['containerName'], {kind: 'service_name', name: 'one-api', port: 3000, suggested: 'http://localhost:3000/v1'});
	assert.deepEqual(json.fixes.map(fix => fix.id), ['fix_base_url', 'check_dns']);
	assert.equal(json.fixes[0]!.title, 'Outside Compose, use the base URL http://localhost:3000/v1, with the port one-api publishes if not 3000 (docker compose port one-api 3000 prints it)');
	const run = await runCli(['check'], env('http://one-api:3000/v1', {DEEPSEEK_FIX_LANG: 'zh-CN', COLUMNS: '1000'}));
	assert.match(run.stdout, /无法解析 one-api：不带点的名字多半是 Docker Compose 的服务名，只有同一个 Compose 网络里的容器能解析/);
	assert.match(run.stdout, / 1\. 在 Compose 之外运行时，把 base URL 设为 http:\/\/localhost:3000\/v1；one-api 发布的端口不是 3000 时换成它（docker compose port one-api 3000 会显示）/);
});

test('any other name that does not resolve keeps the general sentence and fixes', async () => {
	const json = await checkJson('https://relay.example/v1');
	assert.equal(json.checks.find(check => check.id === 'network')?.summary, 'Cannot resolve relay.example: check the base URL\'s spelling and your DNS.');
	assert.equal(json.checks.find(check => check.id === 'network')?.details['containerName'], undefined);
	assert.equal(json.fixes[0]?.id, 'check_dns');
});
