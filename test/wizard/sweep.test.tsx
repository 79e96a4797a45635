// The wizard ends where check ends: for a set of fake scenarios that covers each way the
// walks part (DeepSeek's own answers, a relay, a gateway, a refused request, the network, an
// outage), the verdict the wizard's result remembers ("Run every check" with the paid call,
// and the 402 path with the paid call where it asks) is the verdict of `check --json --probe`.
// The whole list of scenarios: scripts/wizard-sweep.ts.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {ScenarioName} from '../fake/server.js';
import {agrees, sweepOne} from '../helpers/sweep.js';

const representative: readonly ScenarioName[] = [
	'ok',
	'zero_balance',
	'probe_402',
	'invalid_key',
	'model_listed_not_served',
	'content_risk',
	'rate_limited',
	'connection_reset',
	'status_outage',
	'status_outage_401',
	'openai_relay',
	'openrouter_502_in_outage',
	'one_api_no_channel',
	'gateway_region_refused',
	'gateway_upstream_unreachable',
	'new_api_user_quota',
];

for (const name of representative) {
	test(`sweep: ${name}: the wizard's endings remember check's verdict`, async () => {
		const {check, all, p402} = await sweepOne(name);
		assert.ok(agrees(check, all), `Run every check ended at ${all.node} (${all.verdict ?? 'no verdict'}), check says ${check.verdict}`);
		assert.ok(agrees(check, p402), `the 402 path ended at ${p402.node} (${p402.verdict ?? 'no verdict'}), check says ${check.verdict}`);
	});
}
