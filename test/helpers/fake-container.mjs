// Test preload, in every test process (through isolate-git.ts) and every CLI child the tests start
// (run-cli.ts and terminal.ts put it in NODE_OPTIONS): plays the container facts the network check
// reads after a refused loopback connection (source/deepseek/container.ts), so that the suite gives
// the same results in a container (CI, this very machine: /.dockerenv) as on a laptop. By default
// no container: /.dockerenv and /run/.containerenv do not exist, and the variables that name one
// (CODESPACES, REMOTE_CONTAINERS, KUBERNETES_SERVICE_HOST, container) are removed. TEST_CONTAINER plays
// one: docker (/.dockerenv), podman (/run/.containerenv), devcontainer (/.dockerenv and
// REMOTE_CONTAINERS=true), codespaces (/.dockerenv and CODESPACES=true), kubernetes (a pod:
// KUBERNETES_SERVICE_HOST, the address the kubelet gives); with it, /proc/net/route gives Docker's default
// bridge gateway, 172.17.0.1. Whether host.docker.internal resolves is map-hosts.mjs's to play
// (TEST_LOOPBACK_HOSTS). Plain JavaScript: the child is the built CLI on plain Node, without tsx.
// Through getBuiltinModule, not an ES import, whose module facades would load built-ins the start-up
// tests (record-modules.mjs) check the CLI never loads.
// A Node without getBuiltinModule (before 20.16; the old-Node tests) stops at the CLI's version check, before any check: nothing to play.
if (typeof process.getBuiltinModule === 'function') playContainer(process.getBuiltinModule('node:fs'), process.getBuiltinModule('node:module').syncBuiltinESMExports);

function playContainer(fs, syncBuiltinESMExports) {
	const markers = {docker: ['/.dockerenv'], podman: ['/run/.containerenv'], devcontainer: ['/.dockerenv'], codespaces: ['/.dockerenv']};
	const variables = {devcontainer: ['REMOTE_CONTAINERS', 'true'], codespaces: ['CODESPACES', 'true'], kubernetes: ['KUBERNETES_SERVICE_HOST', '10.96.0.1']};
	/** The default route through 172.17.0.1 (lowest byte first), and the bridge's own network, as /proc/net/route lists them. */
	const bridgeRoutes = [
		'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT',
		'eth0\t00000000\t010011AC\t0003\t0\t0\t0\t00000000\t0\t0\t0',
		'eth0\t000011AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0',
		'',
	].join('\n');

	const played = () => process.env.TEST_CONTAINER;
	const playedMarker = path => (markers[played()] ?? []).includes(path);
	const isMarker = path => path === '/.dockerenv' || path === '/run/.containerenv';

	for (const name of ['CODESPACES', 'REMOTE_CONTAINERS', 'KUBERNETES_SERVICE_HOST', 'container']) delete process.env[name];
	const variable = variables[played()];
	if (variable) process.env[variable[0]] = variable[1];

	const realExistsSync = fs.existsSync;
	fs.existsSync = function existsSync(path) {
		return isMarker(String(path)) ? playedMarker(String(path)) : Reflect.apply(realExistsSync, this, [path]);
	};
	const realReadFileSync = fs.readFileSync;
	fs.readFileSync = function readFileSync(path, ...rest) {
		if (String(path) === '/proc/net/route' && played() !== undefined) return bridgeRoutes;
		return Reflect.apply(realReadFileSync, this, [path, ...rest]);
	};
	syncBuiltinESMExports();
}
