// The wizard's reads of check results agree with diagnose() on the cases where the two
// used to differ (they now share checks/details.ts).
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {diagnose} from '../../source/diagnose.js';
import * as facts from '../../source/tree/facts.js';
import {auth, failure, healthyRun, network, officialBase, readings, balance, scenario} from '../helpers/results.js';

test('tree facts: a failed network check while the API answers is not "unreachable"', () => {
	const results = scenario(network.refused());
	assert.equal(facts.unreachable(facts.resultsOf(results)), false);
	assert.equal(diagnose(results).verdict, 'ok');
});

test('tree facts: no answer from the API at all is "unreachable", as diagnose says network_error', () => {
	const results = scenario(network.refused(), auth.unexpected(failure('connection_refused', 'api.deepseek.com refused the connection.')));
	assert.equal(facts.unreachable(facts.resultsOf(results)), true);
	assert.equal(facts.networkReason(facts.resultsOf(results)), 'connection_refused');
	assert.equal(diagnose(results).verdict, 'network_error');
});

test('tree facts: an empty balance is "empty" exactly when diagnose says insufficient_balance', () => {
	const empty = scenario(balance.reading(readings.zero));
	assert.equal(facts.balanceState(readings.zero), 'empty');
	assert.equal(diagnose(empty).verdict, 'insufficient_balance');
	assert.equal(facts.balanceState(readings.toppedUp), 'positive');
	assert.equal(diagnose(healthyRun()).verdict, 'ok');
});

test('tree facts: a first hop that failed at the proxy is the proxy\'s fault for the wizard exactly when diagnose blames the proxy', () => {
	// The API checks failed without naming the proxy: only the network check's first hop (the proxy) tells.
	const refused = (url?: string) => failure('connection_refused', 'api.deepseek.com refused the connection.', url);
	const atProxy = scenario(network.refusedAtProxy(), auth.unexpected(refused()), balance.unexpected(refused(`${officialBase}/user/balance`)));
	assert.equal(facts.networkReason(facts.resultsOf(atProxy)), 'proxy');
	assert.equal(diagnose(atProxy).fixes[0]?.id, 'check_proxy');
	// The same refusal without a proxy stays a refused connection, in both.
	const direct = scenario(network.refused(), auth.unexpected(refused()), balance.unexpected(refused(`${officialBase}/user/balance`)));
	assert.equal(facts.networkReason(facts.resultsOf(direct)), 'connection_refused');
	assert.equal(diagnose(direct).fixes[0]?.id, 'check_network');
});
