// One fake DeepSeek per test file: started before its tests, closed after, and the
// environment that points the CLI at it (with a fresh, empty settings folder each time).
import path from 'node:path';
import {after, before} from 'node:test';
import {fakeKey, startFake, type FakeServer, type ScenarioName} from '../fake/server.js';
import {scenario} from '../fake/scenarios.js';
import {tempConfigDir} from './run-cli.js';

/** Starts the fake for the calling file; the returned function gives the running server. */
export function useFake(): () => FakeServer {
	let fake: FakeServer | undefined;
	before(async () => {
		fake = await startFake({scenario: 'ok'});
	});
	after(async () => {
		await fake?.close();
	});
	return () => {
		if (!fake) throw new Error('the fake is only running inside tests');
		return fake;
	};
}

/**
 * Environment for running the CLI against `fake` playing `name`: the base URL a user of
 * that service would configure (e.g. `…/v1` for a gateway), the fake's key, NO_COLOR.
 */
export function fakeEnv(fake: FakeServer, name: ScenarioName = fake.scenario, extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
	return {
		DEEPSEEK_API_KEY: fakeKey,
		DEEPSEEK_BASE_URL: fake.baseUrl + (scenario(name).basePath ?? ''),
		DEEPSEEK_STATUS_URL: fake.statusUrl,
		DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(),
		NO_COLOR: '1',
		...extra,
	};
}

/**
 * Environment for running the CLI against fakes that play remote hosts by name over TLS: the
 * fake's key, the test CA trusted, and the preload that maps names to 127.0.0.1
 * (`map-hosts.mjs`; `extra` names them, in TEST_LOOPBACK_HOSTS or TEST_FAKE_IP_HOSTS).
 */
export function mappedHostsEnv(extra: Record<string, string | undefined>): Record<string, string | undefined> {
	const helpers = import.meta.dirname;
	return {
		DEEPSEEK_API_KEY: fakeKey,
		DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(),
		NO_COLOR: '1',
		NODE_EXTRA_CA_CERTS: path.join(helpers, '..', 'fixtures', 'tls', 'ca.pem'),
		NODE_OPTIONS: `--import ${path.join(helpers, 'map-hosts.mjs')}`,
		...extra,
	};
}
