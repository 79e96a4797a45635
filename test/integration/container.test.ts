// The built CLI in a container (played by test/helpers/fake-container.mjs through TEST_CONTAINER; by default it plays
// none, also on a machine that is one), where a proxy app or a relay runs on the host: 127.0.0.1 and localhost are the
// container's own, and the connection is refused. The host is host.docker.internal where it resolves (map-hosts.mjs
// plays it), else the default route's gateway (the preload's /proc/net/route: 172.17.0.1).
import assert from 'node:assert/strict';
import {before, test} from 'node:test';
import {closedPort} from '../helpers/raw-server.js';
import {checkJson, type CheckJson} from '../helpers/check-json.js';
import {runCli} from '../helpers/run-cli.js';
import {mappedHostsEnv} from '../helpers/with-fake.js';

let port: number;
before(async () => {
	port = await closedPort();
});

const env = (extra: Record<string, string | undefined>) => mappedHostsEnv({DEEPSEEK_STATUS_URL: `http://127.0.0.1:${port}/api/v2/summary.json`, ...extra});

const networkOf = (json: CheckJson) => json.checks.find(check => check.id === 'network');

test('no container (the preload\'s default, whatever this machine is): a refused proxy on 127.0.0.1 reads as before, no container detail', async () => {
	const json = await checkJson(env({HTTPS_PROXY: `http://127.0.0.1:${port}`}));
	const network = networkOf(json);
	assert.doesNotMatch(network?.summary ?? '', /container|codespace/i);
	assert.equal(network?.details['container'], undefined);
	assert.match(json.fixes[0]?.title ?? '', /proxy/i);
	assert.doesNotMatch(JSON.stringify(json.fixes), /host\.docker\.internal|172\.17\.0\.1/);
});

test('Docker, HTTPS_PROXY on 127.0.0.1 refused, host.docker.internal resolving: the sentence, the detail, and HTTPS_PROXY at host.docker.internal with Allow LAN', async () => {
	const json = await checkJson(env({TEST_CONTAINER: 'docker', TEST_LOOPBACK_HOSTS: 'host.docker.internal', HTTPS_PROXY: `http://127.0.0.1:${port}`}));
	const network = networkOf(json);
	const said = `The proxy http://127.0.0.1:${port} (from HTTPS_PROXY) refused the connection, and this runs in a Docker container: 127.0.0.1 is the container's own, so a proxy app (Clash, v2rayN…) on the computer that runs the container is not reached there.`;
	assert.equal(network?.summary, said);
	assert.deepEqual(network?.details['container'], {kind: 'docker', hostName: 'host.docker.internal', hostAddress: null, proxyVariable: 'HTTPS_PROXY', suggested: `http://host.docker.internal:${port}`});
	assert.equal(json.verdict, 'network_error');
	assert.equal(json.summary, said);
	assert.deepEqual(json.fixes, [
		{id: 'check_proxy', title: `Set HTTPS_PROXY=http://host.docker.internal:${port}, the host as the container sees it, and turn on "Allow LAN" in the proxy app`, url: null},
		{id: 'check_network', title: 'Or unset HTTPS_PROXY if the container reaches the internet directly', url: null},
	]);
});

test('Docker on Linux without host.docker.internal, a base URL on localhost refused: the base URL at the default gateway', async () => {
	const json = await checkJson(env({TEST_CONTAINER: 'docker', DEEPSEEK_BASE_URL: `http://localhost:${port}/v1`}));
	const network = networkOf(json);
	assert.equal(network?.summary, `localhost:${port} refused the connection, and this runs in a Docker container: localhost is the container's own, so a relay or gateway (one-api, new-api, LiteLLM…) on the computer that runs the container is not reached there.`);
	assert.deepEqual(network?.details['container'], {kind: 'docker', hostName: null, hostAddress: '172.17.0.1', proxyVariable: null, suggested: `http://172.17.0.1:${port}/v1`});
	assert.deepEqual(json.fixes.map(fix => fix.id), ['fix_base_url', 'check_network']);
	assert.equal(json.fixes[0]?.title, `Set the base URL to http://172.17.0.1:${port}/v1, the host as the container sees it, with the relay listening on all addresses (0.0.0.0)`);
	assert.doesNotMatch(JSON.stringify(json.fixes), /status/i);
});

test('Podman, a base URL on 127.0.0.1 refused, in Chinese: the Podman container named, the base URL at the gateway', async () => {
	const run = await runCli(['check'], env({TEST_CONTAINER: 'podman', DEEPSEEK_BASE_URL: `http://127.0.0.1:${port}`, DEEPSEEK_FIX_LANG: 'zh-CN', COLUMNS: '1000'}));
	assert.match(run.stdout, new RegExp(`127\\.0\\.0\\.1:${port} 拒绝了连接，而这里运行在 Podman 容器里：127\\.0\\.0\\.1 指的是容器自己，所以连不到运行容器的那台电脑上的中转站或网关`));
	assert.match(run.stdout, new RegExp(` 1\\. 把 base URL 设为 http://172\\.17\\.0\\.1:${port}（容器看到的宿主机）`));
});

test('GitHub Codespaces, HTTPS_PROXY on 127.0.0.1 refused: the user\'s own computer is not reachable, so the one fix is to unset the proxy', async () => {
	const json = await checkJson(env({TEST_CONTAINER: 'codespaces', HTTPS_PROXY: `http://127.0.0.1:${port}`}));
	const network = networkOf(json);
	assert.equal(network?.summary, `The proxy http://127.0.0.1:${port} (from HTTPS_PROXY) refused the connection, and this is a GitHub codespace: 127.0.0.1 is the codespace's own, in a cloud VM, so a proxy app (Clash, v2rayN…) on your own computer is not reachable from it.`);
	assert.deepEqual(network?.details['container'], {kind: 'codespaces', hostName: null, hostAddress: null, proxyVariable: 'HTTPS_PROXY', suggested: null});
	assert.deepEqual(json.fixes, [{id: 'check_proxy', title: 'Unset HTTPS_PROXY: a codespace reaches the internet directly', url: null}]);
});

test('inside WSL 2 in a container\'s place, WSL wins: its sentence and detail, no container detail', async () => {
	const json = await checkJson(env({TEST_CONTAINER: 'docker', WSL_DISTRO_NAME: 'Ubuntu', HTTPS_PROXY: `http://127.0.0.1:${port}`}));
	const network = networkOf(json);
	assert.match(network?.summary ?? '', /this is WSL 2/);
	assert.ok(network?.details['wsl']);
	assert.equal(network?.details['container'], undefined);
});
