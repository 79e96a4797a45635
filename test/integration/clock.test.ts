// The built CLI against a server whose certificate, signed by the test CA, is outside its dates
// (test/fixtures/tls: expired.pem, valid in 2000 only; not-yet-valid.pem, from 2100): what a
// clock that is behind or ahead, or a certificate that lapsed, looks like from here.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createServer, type Server} from 'node:https';
import path from 'node:path';
import {after, before, test} from 'node:test';
import {closedPort, listenOnLoopback} from '../helpers/raw-server.js';
import {runCli} from '../helpers/run-cli.js';
import {mappedHostsEnv} from '../helpers/with-fake.js';

const tlsDir = path.join(import.meta.dirname, '..', 'fixtures', 'tls');
const key = readFileSync(path.join(tlsDir, 'server-key.pem'));

type CheckJson = {
	verdict: string;
	summary: string;
	fixes: Array<{id: string; title: string; url: string | null}>;
	checks: Array<{id: string; status: string; summary: string; details: Record<string, unknown>}>;
};

const servers: Server[] = [];
/** Every request that reached a server past its handshake (none may: the key goes only where the certificate holds). */
const requests: string[] = [];
let expired: number;
let notYetValid: number;
let statusPort: number;

async function serving(certificate: string): Promise<number> {
	const server = createServer({key, cert: readFileSync(path.join(tlsDir, certificate))}, (request, response) => {
		requests.push(`${request.method} ${request.url} ${request.headers.authorization ? 'with a key' : ''}`);
		response.end('{}');
	});
	servers.push(server);
	return listenOnLoopback(server);
}

before(async () => {
	expired = await serving('expired.pem');
	notYetValid = await serving('not-yet-valid.pem');
	statusPort = await closedPort();
});
after(() => {
	for (const server of servers) server.close();
	assert.deepEqual(requests, [], 'no request got past a certificate out of its dates');
});

/** `check --json` with `host` played on loopback by the server at `port`. */
async function checkAt(host: string, port: number, extra: Record<string, string | undefined> = {}): Promise<CheckJson> {
	const base = host === 'api.deepseek.com' ? {} : {DEEPSEEK_BASE_URL: `https://${host}/api/v1`};
	const run = await runCli(['check', '--json'], mappedHostsEnv({TEST_LOOPBACK_HOSTS: `${host}:${port}`, DEEPSEEK_STATUS_URL: `http://127.0.0.1:${statusPort}/s`, ...base, ...extra}));
	assert.equal(run.stderr, '', run.stderr);
	return JSON.parse(run.stdout) as CheckJson;
}

/** This computer's time as the sentence writes it, between the run's start and end (the minute may turn during it). */
function nowShown(summary: string, began: number): string {
	const shown = /this computer's clock says (\d{4}-\d\d-\d\d \d\d:\d\d) UTC/.exec(summary)?.[1] ?? /这台电脑的时钟是 (\d{4}-\d\d-\d\d \d\d:\d\d) UTC/.exec(summary)?.[1];
	assert.ok(shown, summary);
	const at = Date.parse(`${shown.replace(' ', 'T')}:00Z`);
	assert.ok(at >= began - 60_000 && at <= Date.now(), `${shown} is this computer's time now`);
	return shown;
}

const setClock = 'Set the clock right: run sudo timedatectl set-ntp true to turn on time sync';

test('a certificate not valid yet at api.deepseek.com: the dates and this computer\'s time, the clock is behind, and setting it is the fix', async () => {
	const began = Date.now();
	const json = await checkAt('api.deepseek.com', notYetValid);
	const network = json.checks.find(check => check.id === 'network');
	assert.equal(network?.details.code, 'CERT_NOT_YET_VALID');
	const dates = network?.details.certificateDates as {validFrom: string; validTo: string; checkedAt: string};
	assert.equal(dates.validFrom, '2100-01-01T00:00:00.000Z');
	assert.equal(dates.validTo, '2101-01-01T00:00:00.000Z');
	assert.ok(Date.parse(dates.checkedAt) >= began - 1000 && Date.parse(dates.checkedAt) <= Date.now(), dates.checkedAt);
	const now = nowShown(network?.summary ?? '', began);
	assert.equal(network?.summary, `The certificate api.deepseek.com presented is valid only from 2100-01-01 00:00 UTC (to 2101-01-01 00:00 UTC), and this computer's clock says ${now} UTC: the clock is almost certainly behind. Set it right, and the connection will work.`);
	assert.equal(json.verdict, 'network_error');
	assert.deepEqual(json.fixes, [{id: 'set_clock', title: setClock, url: null}]);
	assert.equal(network?.details.otherToolsCa, undefined, 'no certificate file to trust: nothing is missing');
});

test('an expired certificate at api.deepseek.com: the clock first, then something on the way presenting an old one', async () => {
	const began = Date.now();
	const json = await checkAt('api.deepseek.com', expired, {REQUESTS_CA_BUNDLE: '/etc/ssl/company.pem'});
	const network = json.checks.find(check => check.id === 'network');
	const now = nowShown(network?.summary ?? '', began);
	assert.equal(network?.summary, `The certificate api.deepseek.com presented expired on 2001-01-01 00:00 UTC (valid from 2000-01-01 00:00 UTC), and this computer's clock says ${now} UTC. If the clock is right, something on the way (a proxy or antivirus) is presenting an old certificate: DeepSeek letting its own lapse is very unlikely.`);
	assert.deepEqual(json.fixes.map(fix => fix.id), ['set_clock', 'check_tls']);
	assert.equal(json.fixes[1]?.title, 'If the clock is right, something on the way presents an old certificate for api.deepseek.com: turn off HTTPS inspection for it in your proxy or antivirus, or try another network');
	assert.doesNotMatch(json.summary, /NODE_EXTRA_CA_CERTS|company\.pem/);
});

test('an expired certificate at a relay: tell whoever runs it, or use DeepSeek\'s address, then the clock; in WSL 2 the clock fix is WSL\'s', async () => {
	const json = await checkAt('openrouter.ai', expired, {WSL_DISTRO_NAME: 'Ubuntu'});
	const network = json.checks.find(check => check.id === 'network');
	assert.match(network?.summary ?? '', /^The certificate openrouter\.ai presented expired on 2001-01-01 00:00 UTC .* If the clock is right, openrouter\.ai has let its certificate lapse: only whoever runs it can renew it\.$/);
	assert.deepEqual(json.fixes, [
		{id: 'ask_operator', title: 'Tell whoever runs openrouter.ai that its certificate expired on 2001-01-01 00:00 UTC', url: null},
		{id: 'use_deepseek_base_url', title: json.fixes[1]?.title ?? '', url: null},
		{id: 'set_clock', title: "Set the clock right: in WSL, run sudo hwclock -s (or wsl --shutdown in Windows, then open WSL again); WSL 2's clock drifts after the computer sleeps", url: null},
	]);
});

test('in Chinese: the not-yet-valid sentence and its fix', async () => {
	const began = Date.now();
	const json = await checkAt('api.deepseek.com', notYetValid, {DEEPSEEK_FIX_LANG: 'zh-CN'});
	const now = nowShown(json.summary, began);
	assert.equal(json.summary, `无法连接 API。api.deepseek.com 出示的证书要到 2100-01-01 00:00 UTC 才生效（到 2101-01-01 00:00 UTC 为止），而这台电脑的时钟是 ${now} UTC：几乎可以肯定是时钟慢了。把时钟调准，连接就能成功。`);
	assert.deepEqual(json.fixes, [{id: 'set_clock', title: '把时钟调准：运行 sudo timedatectl set-ntp true 打开时间同步', url: null}]);
});
