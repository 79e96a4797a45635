// The wizard's reads of check results agree with diagnose() on the cases where the two
// used to differ (they now share checks/details.ts).
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {diagnose} from '../../source/diagnose.js';
import * as facts from '../../source/tree/facts.js';
import type {CheckResult} from '../../source/checks/types.js';
import type {HttpAnswer} from '../../source/deepseek/types.js';
import {answer, auth, deepseekAnswers, deepseekError, failure, healthyRun, network, officialBase, probe, readings, balance, scenario, testKey} from '../helpers/results.js';

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

test('tree facts: the test call keeps its model when it worked or failed for another reason, not when the model or the key was refused or nothing answered', () => {
	const chat = `${officialBase}/chat/completions`;
	const kept = (result: CheckResult, model = 'deepseek-v4-pro') => facts.probeKeptModel(facts.resultsOf(scenario(result)), model);
	const called = (reply: HttpAnswer) => probe.answered(reply, 'deepseek-v4-pro');
	assert.equal(kept(called(answer(200, {id: 'x', object: 'chat.completion', choices: [{index: 0, message: {role: 'assistant', content: 'Hi'}, finish_reason: 'length'}]}, {url: chat}))), true, 'it worked');
	assert.equal(kept(called(deepseekAnswers.insufficient())), true, '402: the money');
	assert.equal(kept(called(deepseekAnswers.rateLimited(chat))), true, '429');
	assert.equal(kept(called(deepseekAnswers.overloaded(chat))), true, '503');
	assert.equal(kept(called(answer(400, deepseekError('Model Not Exist'), {url: chat}))), false, 'no such model');
	assert.equal(kept(called(deepseekAnswers.unauthorized(testKey, chat))), false, 'the key was refused first');
	assert.equal(kept(probe.failed(failure('connection_reset', 'The connection was reset.', chat), 'deepseek-v4-pro')), false, 'no answer');
	assert.equal(kept(called(answer(418, 'I am a teapot', {url: chat, contentType: 'text/plain'}))), false, 'an answer nothing recognises');
	assert.equal(kept(called(deepseekAnswers.insufficient()), 'deepseek-v4-flash'), false, 'the call was made with another model');
	assert.equal(facts.probeKeptModel(facts.resultsOf(healthyRun()), 'deepseek-v4-pro'), false, 'no test call');
});
