// `npm run fake -- <scenario>` for a scenario that plays a named service's host: its export
// line is all a shell needs to reach the fake by that name (https with the test CA, the name
// mapped to 127.0.0.1 by the preload), as a developer walking the wizard by hand uses it.
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {createInterface} from 'node:readline';
import {test} from 'node:test';
import {runCli, tempConfigDir} from '../helpers/run-cli.js';

/** `export A=1 B=2 …` as an environment. */
function exported(line: string): Record<string, string> {
	assert.match(line, /^export /, line);
	return Object.fromEntries(line.slice('export '.length).split(' ').map(pair => {
		const at = pair.indexOf('=');
		return [pair.slice(0, at), pair.slice(at + 1)];
	}));
}

test('npm run fake with a named host\'s scenario: the export line takes check to https://opencode.ai on this computer, and it reads OpenCode Zen\'s answer', async () => {
	const fake = spawn(process.execPath, ['--import', 'tsx', 'test/fake/cli.ts', 'opencode_zen_own_app_only', '--port', '0'], {stdio: ['ignore', 'pipe', 'pipe']});
	try {
		const [line] = await once(createInterface({input: fake.stdout}), 'line') as [string];
		const env = exported(line);
		assert.match(env['DEEPSEEK_BASE_URL'] ?? '', /^https:\/\/opencode\.ai:\d+\/zen\/v1$/, line);
		assert.equal(env['TEST_LOOPBACK_HOSTS'], 'opencode.ai', line);
		assert.match(env['NODE_EXTRA_CA_CERTS'] ?? '', /test\/fixtures\/tls\/ca\.pem$/, line);
		assert.match(env['NODE_OPTIONS'] ?? '', /^--import=\/.*test\/helpers\/map-hosts\.mjs$/, line);
		const run = await runCli(['check', '--json', '--probe'], {...env, DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(), DEEPSEEK_FIX_LANG: 'en', NO_COLOR: '1'});
		const json = JSON.parse(run.stdout) as {verdict: string; provider: null | {id: string}; fixes: Array<{id: string}>};
		assert.equal(json.provider?.id, 'opencode-zen', run.stdout);
		assert.equal(json.fixes[0]?.id, 'use_own_app', run.stdout);
	} finally {
		fake.kill('SIGTERM');
	}
});

test('npm run fake with --deepseek: a relay and DeepSeek\'s own https://api.deepseek.com at once, the second on a port the preload turns 443 into', async () => {
	const fake = spawn(process.execPath, ['--import', 'tsx', 'test/fake/cli.ts', 'openrouter_limit_zero', '--port', '0', '--deepseek', 'zero_balance'], {stdio: ['ignore', 'pipe', 'pipe']});
	let printed = '';
	fake.stderr.on('data', (chunk: Buffer) => {
		printed += chunk.toString();
	});
	try {
		const [line] = await once(createInterface({input: fake.stdout}), 'line') as [string];
		const env = exported(line);
		assert.match(env['DEEPSEEK_BASE_URL'] ?? '', /^https:\/\/openrouter\.ai:\d+\/api\/v1$/, line);
		assert.match(env['TEST_LOOPBACK_HOSTS'] ?? '', /^openrouter\.ai,api\.deepseek\.com:\d+$/, line);
		// The relay as the export line gives it…
		const relay = await runCli(['balance', '--json'], {...env, DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(), DEEPSEEK_FIX_LANG: 'en', NO_COLOR: '1'});
		assert.equal((JSON.parse(relay.stdout) as {provider: null | {id: string}}).provider?.id, 'openrouter', relay.stdout);
		// …and with no base URL, DeepSeek's own address, which the wizard's "Also check my DeepSeek account" asks.
		const {DEEPSEEK_BASE_URL: _relayUrl, ...rest} = env;
		const own = await runCli(['balance', '--json'], {...rest, DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(), DEEPSEEK_FIX_LANG: 'en', NO_COLOR: '1'});
		const json = JSON.parse(own.stdout) as {baseUrl: string; verdict: string};
		assert.equal(json.baseUrl, 'https://api.deepseek.com', own.stdout);
		assert.equal(json.verdict, 'insufficient_balance', own.stdout);
		// Its switch line: over https curl must keep to HTTP/1.1, which the fake speaks.
		assert.match(printed, /switch api\.deepseek\.com: curl --http1\.1 --cacert \S+ca\.pem -X POST https:\/\/127\.0\.0\.1:\d+\/__scenario\/<scenario>/, printed);
	} finally {
		fake.kill('SIGTERM');
	}
});
