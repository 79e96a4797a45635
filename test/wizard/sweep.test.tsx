// The wizard ends where check ends: for a set of fake scenarios that covers each way the
// walks part (DeepSeek's own answers, a relay, a gateway, a refused request, the network, an
// outage), the verdict the wizard's result remembers ("Run every check" with the paid call,
// and the 402 path with the paid call where it asks) is the verdict of `check --json --probe`;
// on the other paths ("Other error" → 401 / 429 / 5xx / network, the balance, the spending)
// the result agrees with what check sees with that path's checks (test/helpers/sweep.ts,
// `agrees`), and, for the same situation, starts with check's first fix (`sameFirstFix`).
// The whole list of scenarios and paths: scripts/wizard-sweep.ts.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {ScenarioName} from '../fake/server.js';
import {agrees, checkEnding, firstFix, paths as allPaths, sameFirstFix, sweepOne, type Swept, type SweepPath} from '../helpers/sweep.js';
import {closedPort} from '../helpers/raw-server.js';
import {world} from './helpers.js';

/** For each scenario, the paths it is swept on: each path with the scenarios where it could go wrong (a problem its checks see). */
const representative: ReadonlyArray<[ScenarioName, readonly SweepPath[]]> = [
	['ok', ['all', '402', 'net']],
	['zero_balance', ['all', '402', '401', 'balance', 'drain']],
	['probe_402', ['all', '402']],
	['invalid_key', ['all', '402', '401', 'balance']],
	['model_listed_not_served', ['all', '402']],
	['content_risk', ['all', '402']],
	['rate_limited', ['all', '402', '429', 'drain']],
	['rate_limited_balance', ['all']],
	['server_error', ['all', '5xx']],
	['malformed_json', ['429', '5xx']],
	['connection_reset', ['all', '402', 'net']],
	['status_outage', ['all', '402', '5xx', 'balance']],
	['status_outage_401', ['all', '402', '401']],
	['key_replaced', ['balance']],
	['hostile_echo', ['balance']],
	['openai_relay', ['all', '402', '401', '429']],
	['openrouter_limit_zero', ['balance']],
	['siliconflow_no_balance', ['balance', '401']],
	['openrouter_502_in_outage', ['all', '402', '5xx']],
	['one_api_no_channel', ['all', '402']],
	['gateway_region_refused', ['all', '402']],
	['gateway_address_refused', ['429', '5xx', 'net']],
	['gateway_upstream_unreachable', ['all', '402', '429', 'net']],
	['gateway_upstream_certificate', ['5xx']],
	['new_api_user_quota', ['all', '402']],
	// Named services' hosts, played over https (scenarios.ts, `host`; OpenRouter's and SiliconFlow's
	// above too): a gateway that passes the user's own DeepSeek key on but not the balance query,
	// its own rate limit, a service that takes calls only from its own app, and a cloud with no
	// balance reading whose refusal (an account in arrears) only the paid call finds.
	['cloudflare_ai_gateway_no_balance', ['all', '402', 'balance']],
	['cloudflare_ai_gateway_429', ['all', '429']],
	['opencode_zen_own_app_only', ['all', '402']],
	['ark_overdue', ['all', '402', 'net']],
];

/** Each path's ending agrees with check, and (for the same situation) starts with check's first fix. */
function assertAgree({check, seen, endings}: Swept, paths: readonly SweepPath[]) {
	for (const path of paths) {
		const wizard = endings[path];
		assert.ok(wizard);
		const sees = seen[path] ? `; with this path's checks, ${seen[path]?.verdict}` : '';
		assert.ok(agrees(check, wizard, path, seen[path]), `the ${path} path ended at ${wizard.node} (${wizard.verdict ?? 'no verdict'}), check says ${check.verdict}${sees}`);
		const checkFix = (wizard.verdict === seen[path]?.verdict ? seen[path] : check)?.fixTitle ?? '';
		assert.notEqual(sameFirstFix(check, wizard, path, seen[path]), false, `the ${path} path's first fix is "${firstFix(wizard.screen)}", check's "${checkFix}"`);
	}
}

for (const [name, paths] of representative) {
	test(`sweep: ${name}: the wizard's endings agree with check (${paths.join(', ')})`, async () => {
		assertAgree(await sweepOne(name, paths), paths);
	});
}

// A proxy that cannot be used, on every path: the steps that leave the network check out (the balance, the spending, the
// symptoms but "network") run it late once a request gets no connection, as `check` and `balance` do, and so end at the
// same first fix (start the proxy app; write the variable with its scheme), never the general "check the proxy", with
// the network row that says why among the rows. The balance step's command, `balance`, gives that fix too.
for (const [what, proxy, fix] of [
	['a dead proxy', async () => `http://127.0.0.1:${await closedPort()}`, /^Start the proxy app at http:\/\/127\.0\.0\.1 /],
	['a proxy without a scheme', async () => '127.0.0.1:7890', /^Write HTTPS_PROXY as http:\/\/127\.0\.0\.1, or unset it/],
] as const) {
	test(`sweep: ${what} in HTTPS_PROXY: every path ends at check's first fix, with the network row on the screen`, async () => {
		const env = {DEEPSEEK_BASE_URL: 'https://api.deepseek.com', HTTPS_PROXY: await proxy()};
		const swept = await sweepOne('ok', allPaths, env);
		assertAgree(swept, allPaths);
		for (const path of allPaths) {
			const {node, screen} = swept.endings[path] ?? {node: '', screen: ''};
			assert.equal(node, 'leaf.network', `${path}:\n${screen}`);
			assert.match(firstFix(screen), fix, `${path}:\n${screen}`);
			assert.match(screen, /^✖ Network: /m, `${path}:\n${screen}`);
		}
		assert.match(swept.endings.balance?.screen ?? '', /Same from a script: deepseek-fix balance(?= |$)/m);
		const w = await world('ok', {env});
		try {
			assert.equal((await checkEnding(w, ['balance'])).fixTitle, swept.seen.balance?.fixTitle, '`balance` gives the balance step\'s fix');
		} finally {
			await w.close();
		}
	});
}
