// "Your DeepSeek account is fine" after a relay's result names the service that refused the calls as that result found
// it: the service recorded when "Also check my DeepSeek account" was picked (calls.provider, by its host or by its
// answers), one source, never found again another way (by the address's host alone).
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {diagnose} from '../../source/diagnose.js';
import {providerInfo} from '../../source/providers/host.js';
import {deepseekOkLeaf} from '../../source/tree/leaves/balance.js';
import {alsoDeepSeekOption} from '../../source/tree/leaves/shared.js';
import type {Choices, View} from '../../source/tree/types.js';
import {checkResult} from '../helpers/results.js';

const known = {baseUrl: 'https://openrouter.ai/api/v1', deepseekBaseUrl: 'https://api.deepseek.com'} as unknown as View['known'];

/** The relay's results: its endpoint found `provider` there. */
function relayView(provider: ReturnType<typeof providerInfo>): View {
	const results = [checkResult('endpoint', {status: 'warn', summary: 'Calls go elsewhere.', details: {provider, reachesDeepSeek: false}})];
	return {known, choices: {}, results: new Map(results.map(result => [result.id, result])), diagnosis: diagnose(results)};
}

/** DeepSeek's result after that pick: its own results (the balance read fine), the calls kept aside. */
function deepSeekOkLine(calls: Choices['calls']): string {
	const results = [checkResult('balance', {status: 'pass', summary: '47.44 CNY', details: {}})];
	const view: View = {known, choices: {calls}, results: new Map(results.map(result => [result.id, result])), diagnosis: diagnose(results)};
	return deepseekOkLeaf().content(view).lines[0] ?? '';
}

test('DeepSeek\'s result names the service as the relay\'s result found it: one-api known by its answers behind an OpenRouter-looking address is One API, and OpenRouter by its host is OpenRouter', () => {
	for (const [found, name, not] of [
		[providerInfo('one-api', 'fingerprint'), 'One API', 'OpenRouter'],
		[providerInfo('openrouter', 'host'), 'OpenRouter', 'One API'],
	] as const) {
		const calls = alsoDeepSeekOption(relayView(found)).sets?.calls;
		assert.equal(calls?.provider, found.id, 'recorded at the pick');
		const line = deepSeekOkLine(calls);
		assert.match(line, new RegExp(`^So ${name} refuses your calls`), line);
		assert.doesNotMatch(line, new RegExp(not), line);
	}
	// No service found there: its address.
	const line = deepSeekOkLine({baseUrl: 'http://relay.example:3000/v1'});
	assert.match(line, /^So relay\.example:3000 refuses your calls/, line);
});
