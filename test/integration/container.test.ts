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

test('a Kubernetes pod, HTTPS_PROXY on 127.0.0.1 refused: the pod\'s own 127.0.0.1, the proxy\'s Service address first, no host looked for', async () => {
	// host.docker.internal resolving and Docker's file both played: a pod is told apart all the same.
	const json = await checkJson(env({TEST_CONTAINER: 'kubernetes', TEST_LOOPBACK_HOSTS: 'host.docker.internal', HTTPS_PROXY: `http://127.0.0.1:${port}`}));
	const network = networkOf(json);
	assert.equal(network?.summary, `The proxy http://127.0.0.1:${port} (from HTTPS_PROXY) refused the connection, and this runs in a Kubernetes pod: 127.0.0.1 is the pod itself, shared only by its containers, so a proxy app (Clash, v2rayN…) running anywhere else (your computer, the node, another pod) is not reached there.`);
	assert.deepEqual(network?.details['container'], {kind: 'kubernetes', hostName: null, hostAddress: null, proxyVariable: 'HTTPS_PROXY', suggested: null});
	assert.deepEqual(json.fixes, [
		{id: 'check_proxy', title: 'Set HTTPS_PROXY to the proxy\'s Service address in the cluster (http://NAME.NAMESPACE.svc.cluster.local:PORT)', url: null},
		{id: 'check_network', title: 'Or unset HTTPS_PROXY if the pod reaches the internet directly', url: null},
	]);
});

test('a Kubernetes pod, a base URL on localhost refused, in Chinese: the relay\'s Service name in its place, or the relay as a sidecar', async () => {
	const run = await runCli(['check'], env({TEST_CONTAINER: 'kubernetes', DEEPSEEK_BASE_URL: `http://localhost:${port}/v1`, DEEPSEEK_FIX_LANG: 'zh-CN', COLUMNS: '1000'}));
	assert.match(run.stdout, new RegExp(`localhost:${port} 拒绝了连接，而这里运行在 Kubernetes Pod 里：localhost 指的是这个 Pod 自己，只有 Pod 里的容器共用它，所以连不到在别处（你的电脑、节点、别的 Pod）运行的中转站或网关`));
	assert.match(run.stdout, / 1\. 把 base URL 里的 localhost 换成中转站在集群里的 Service 名字（NAME\.NAMESPACE\.svc\.cluster\.local）/);
	assert.match(run.stdout, / 2\. 或者把中转站作为边车容器放进这个 Pod，这样 127\.0\.0\.1 就能连到它/);
	assert.doesNotMatch(run.stdout, /172\.17\.0\.1|host\.docker\.internal/);
});

test('inside WSL 2 in a container\'s place, WSL wins: its sentence and detail, no container detail', async () => {
	const json = await checkJson(env({TEST_CONTAINER: 'docker', WSL_DISTRO_NAME: 'Ubuntu', HTTPS_PROXY: `http://127.0.0.1:${port}`}));
	const network = networkOf(json);
	assert.match(network?.summary ?? '', /this is WSL 2/);
	assert.ok(network?.details['wsl']);
	assert.equal(network?.details['container'], undefined);
});

test('a refused base URL in a container, `check`\'s text at 60 and 40 columns in both languages: the Network row\'s sentence once, the ending its verdict pointing at the row, then the fixes; the JSON summary keeps it whole', async () => {
	for (const language of ['en', 'zh-CN']) {
		const base = env({TEST_CONTAINER: 'docker', TEST_LOOPBACK_HOSTS: 'host.docker.internal', DEEPSEEK_BASE_URL: `http://127.0.0.1:${port}`, DEEPSEEK_FIX_LANG: language});
		const json = JSON.parse((await runCli(['check', '--json'], base)).stdout) as CheckJson;
		const row = networkOf(json)?.summary ?? '';
		const lead = language === 'en' ? 'The API could not be reached' : '无法连接 API';
		assert.ok(json.summary.startsWith(lead) && json.summary.endsWith(row), `the JSON summary is the lead and the row's sentence (${language}): ${json.summary}`);
		for (const width of ['60', '40']) {
			const {stdout} = await runCli(['check'], {...base, COLUMNS: width});
			const flat = stdout.replace(/\s+/g, '');
			assert.equal(flat.split(row.replace(/\s+/g, '')).length - 1, 1, `the sentence once, on its row (${language}, ${width}):\n${stdout}`);
			const ending = language === 'en' ? 'The API could not be reached: see the Network row above.' : '无法连接 API，详见上面“网络”一行。';
			const fixes = language === 'en' ? 'What to do:' : '解决办法：';
			assert.ok(flat.includes(`${ending}${fixes}`.replace(/\s+/g, '')), `the ending, then the fixes (${language}, ${width}):\n${stdout}`);
			assert.match(stdout.replace(/\s+/g, ''), new RegExp(`http://host\\.docker\\.internal:${port}`), 'the first fix still names the address to set');
		}
	}
});
