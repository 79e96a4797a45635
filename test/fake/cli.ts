// `npm run fake -- <scenario> [--latency MS] [--port N]`: run the fake DeepSeek by hand.
//
// Prints the `export …` line to paste into another shell (stdout), logs each request
// with the key masked (stderr) and runs until Ctrl+C. To change scenario while it runs,
// e.g. from another tmux pane:
//   curl -X POST http://127.0.0.1:PORT/__scenario/zero_balance
// and `curl http://127.0.0.1:PORT/__scenario` names the current one.
//
// A scenario that plays a named service's host (scenarios.ts, `host`) is served over https
// with the test certificate, and the export line adds what makes that name reach it: the
// test CA, the name in TEST_LOOPBACK_HOSTS and test/helpers/map-hosts.mjs as a preload (in
// that shell every other name fails to resolve, as in the tests).
//
// `--deepseek SCENARIO` also plays DeepSeek's own https://api.deepseek.com, with a second fake
// on the next port (or one of its own): what the wizard's "Also check my DeepSeek account"
// asks after a relay's answer. The export line names it with its port
// (TEST_LOOPBACK_HOSTS=…,api.deepseek.com:PORT), which map-hosts.mjs turns 443 into; switch
// its scenario with the second `curl` line it prints.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {parseArgs} from 'node:util';
import {scenario, isScenarioName, scenarioNames, type ScenarioName} from './scenarios.js';
import {controlPath, fakeKey, startFake, type ActivityEntry, type FakeServer} from './server.js';

const usage = `Usage: npm run fake -- [scenario] [--latency MS] [--port N] [--key KEY] [--deepseek SCENARIO]

Starts a fake DeepSeek API on 127.0.0.1 and prints the variables to export.
The scenario defaults to "ok". Switch while running: curl -X POST <base>${controlPath}/<scenario>
--deepseek SCENARIO also plays DeepSeek's own https://api.deepseek.com (port N+1, or one of its own)
with that scenario, for the wizard's "Also check my DeepSeek account" after a relay's answer.`;

function scenarioList(): string {
	const width = Math.max(...scenarioNames.map(name => name.length));
	return scenarioNames.map(name => {
		const {summary, host} = scenario(name);
		return `  ${name.padEnd(width)}  ${summary}${host ? ` (played as https://${host})` : ''}`;
	}).join('\n');
}

/** The key is never logged whole, not even the fake's. */
function maskedAuthorization(authorization: string | undefined): string {
	if (authorization === undefined) return 'no key';
	const secret = authorization.replace(/^Bearer\s*/i, '').trim();
	if (secret.length <= 8) return 'key …';
	return `key ${secret.startsWith('sk-') ? 'sk-' : ''}…${secret.slice(-4)}`;
}

const testFolder = path.resolve(import.meta.dirname, '..');
const tlsFolder = path.join(testFolder, 'fixtures', 'tls');

/** DeepSeek's own host, played by the second fake of `--deepseek`. */
const deepseekHost = 'api.deepseek.com';

function portOf(server: FakeServer): string {
	return new URL(server.baseUrl).port;
}

function exportLine(server: FakeServer, name: ScenarioName, key: string, deepseek: FakeServer | undefined): string {
	const {basePath, host} = scenario(name);
	const https = server.baseUrl.startsWith('https:');
	const origin = https && host ? server.baseUrl.replace('127.0.0.1', host) : server.baseUrl;
	const line = `export DEEPSEEK_BASE_URL=${origin}${basePath ?? ''} DEEPSEEK_STATUS_URL=${server.statusUrl} DEEPSEEK_API_KEY=${key}`;
	if (!https && !deepseek) return host ? `${line}\n  (played as https://${host} when the fake starts with it)` : line;
	const hosts = [...(https && host ? [host] : []), ...(deepseek ? [`${deepseekHost}:${portOf(deepseek)}`] : [])];
	const names = hosts.length > 0 ? `TEST_LOOPBACK_HOSTS=${hosts.join(',')} ` : '';
	return `${line} NODE_EXTRA_CA_CERTS=${path.join(tlsFolder, 'ca.pem')} ${names}NODE_OPTIONS=--import=${path.join(testFolder, 'helpers', 'map-hosts.mjs')}`;
}

function fail(message: string): never {
	process.stderr.write(`${message}\n\nScenarios:\n${scenarioList()}\n`);
	process.exit(2);
}

function wholeNumber(text: string | undefined, flag: string): number | undefined {
	if (text === undefined) return undefined;
	if (!/^\d+$/.test(text)) fail(`${flag} needs a whole number, not "${text}".`);
	return Number(text);
}

async function main(): Promise<void> {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {latency: {type: 'string'}, port: {type: 'string'}, key: {type: 'string'}, deepseek: {type: 'string'}, help: {type: 'boolean', short: 'h'}},
		});
	} catch (error) {
		fail(error instanceof Error ? error.message : String(error));
	}
	if (parsed.values.help) {
		process.stdout.write(`${usage}\n\nScenarios:\n${scenarioList()}\n`);
		return;
	}
	const name = parsed.positionals[0] ?? 'ok';
	if (!isScenarioName(name)) fail(`Unknown scenario "${name}".`);
	if (parsed.positionals.length > 1) fail(`One scenario at a time, not "${parsed.positionals.join(' ')}".`);
	const key = parsed.values.key ?? fakeKey;
	const latencyMs = wholeNumber(parsed.values.latency, '--latency');
	const port = wholeNumber(parsed.values.port, '--port');
	const deepseekName = parsed.values.deepseek;
	if (deepseekName !== undefined && !isScenarioName(deepseekName)) fail(`Unknown scenario "${deepseekName}" for --deepseek.`);

	let server: FakeServer | undefined;
	let deepseek: FakeServer | undefined;
	const log = (which: () => FakeServer | undefined, label: string) => (entry: ActivityEntry) => {
		const time = new Date().toTimeString().slice(0, 8);
		process.stderr.write(`${time} ${label}${entry.method} ${entry.path} → ${entry.outcome} (${maskedAuthorization(entry.authorization)})\n`);
		const played = which();
		if (server && played && entry.path.startsWith(`${controlPath}/`) && entry.outcome.startsWith('scenario')) {
			process.stderr.write(`now playing ${label}${played.scenario}: ${scenario(played.scenario).summary}\n  ${exportLine(server, server.scenario, key, deepseek)}\n`);
		}
	};
	// Played on its own host: https with the test certificate, which names it.
	const tls = {tls: {key: readFileSync(path.join(tlsFolder, 'server-key.pem')), cert: readFileSync(path.join(tlsFolder, 'server.pem'))}};
	const latency = latencyMs === undefined ? {} : {latencyMs};
	try {
		server = await startFake({scenario: name, validKey: key, onActivity: log(() => server, ''), ...(scenario(name).host ? tls : {}), ...latency, ...(port === undefined ? {} : {port})});
		if (deepseekName !== undefined) {
			deepseek = await startFake({scenario: deepseekName, validKey: key, onActivity: log(() => deepseek, `${deepseekHost} `), ...tls, ...latency, ...(port === undefined || port === 0 ? {} : {port: port + 1})});
		}
	} catch (error) {
		process.stderr.write(`Could not start the fake: ${error instanceof Error ? error.message : String(error)}\n`);
		await server?.close();
		process.exit(2);
	}

	// Over https the fake offers HTTP/2 first, which it does not speak: curl must keep to HTTP/1.1 or it gets nothing.
	const switchLine = (played: FakeServer) => `curl ${played.baseUrl.startsWith('https:') ? `--http1.1 --cacert ${path.join(tlsFolder, 'ca.pem')} ` : ''}-X POST ${played.baseUrl}${controlPath}/<scenario>`;
	process.stdout.write(`${exportLine(server, name, key, deepseek)}\n`);
	process.stderr.write(`fake DeepSeek playing ${name}: ${scenario(name).summary}\n`
		+ (deepseek ? `and https://${deepseekHost} playing ${deepseek.scenario}: ${scenario(deepseek.scenario).summary}\n` : '')
		+ `switch: ${switchLine(server)}   stop: Ctrl+C\n`
		+ (deepseek ? `switch ${deepseekHost}: ${switchLine(deepseek)}\n` : ''));

	const stop = () => {
		void Promise.all([server.close(), deepseek?.close()]).then(() => process.exit(0));
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

await main();
