// The GETs `check` and `balance` start before the check code has loaded: each must be one
// the checks themselves then make (the same URL, so they share it), never an extra request.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {allChecks, checksWithNeeds} from '../../source/checks/index.js';
import {runChecks} from '../../source/checks/runner.js';
import {needsOf, startSureGets, sureGets} from '../../source/checks/sure-gets.js';
import {checkIds, type CheckContext, type CheckId} from '../../source/checks/types.js';
import {defaultStatusUrl} from '../../source/deepseek/facts.js';
import {answer, deepseekAnswers, fakeApi, officialBase, readings, testContext} from '../helpers/results.js';

test('needsOf repeats every check\'s own needs', () => {
	for (const check of allChecks) assert.deepEqual(needsOf[check.id] ?? [], check.needs ?? [], check.id);
});

const routes = (base: string) => ({
	[`${base}/models`]: deepseekAnswers.models(),
	'/user/balance': deepseekAnswers.balance(readings.toppedUp),
	'/api/status': deepseekAnswers.notFound(),
	[defaultStatusUrl]: answer(200, {}),
});

const places = {
	'DeepSeek itself': officialBase,
	'an unknown gateway': 'https://gateway.example.org/v1',
	'a known relay': 'https://openrouter.ai/api/v1',
};

/** The GETs a run of `ids` makes, the ones it starts early, in a context at `base`. */
async function asked(base: string, apiKey: string | undefined, ids: readonly CheckId[]) {
	const context = (): CheckContext => {
		const api = fakeApi(routes(base), base);
		return testContext({baseUrl: base, rawBaseUrl: base, callBaseUrl: base, apiKey, api});
	};
	const early = context();
	startSureGets(early, ids);
	const run = context();
	// network and key_exposure make no HTTP requests (and network would look up a real host).
	const checks = checksWithNeeds(ids).filter(check => check.id !== 'network' && check.id !== 'key_exposure');
	await runChecks(checks, run, {signal: new AbortController().signal});
	return {early: (early.api as ReturnType<typeof fakeApi>).calls, made: (run.api as ReturnType<typeof fakeApi>).calls};
}

for (const [place, base] of Object.entries(places)) {
	for (const apiKey of ['sk-' + 'a1b2c3d4'.repeat(4), undefined]) {
		for (const [command, ids] of [['check', checkIds], ['balance', ['balance']]] as const) {
			test(`${command}, ${place}, ${apiKey ? 'with' : 'without'} a key: every GET started early is one the checks make`, async () => {
				const {early, made} = await asked(base, apiKey, ids);
				for (const call of early) assert.ok(made.includes(call), `${call} was started early, but the checks asked ${made.join(', ')}`);
				assert.equal(new Set(early).size, early.length, 'each once');
			});
		}
	}
}

test('what is started early: all four at an unknown gateway; at DeepSeek the model list, the balance and the status page; for balance only its own', () => {
	const key = 'sk-' + 'a1b2c3d4'.repeat(4);
	const at = (baseUrl: string, apiKey: string | undefined, ids: readonly CheckId[]) => [...sureGets({baseUrl, apiKey}, ids)].sort();
	assert.deepEqual(at(places['an unknown gateway'], key, checkIds), ['apiStatus', 'models', 'statusPage', 'userBalance']);
	assert.deepEqual(at(places['an unknown gateway'], undefined, ['balance']), ['apiStatus', 'models', 'userBalance']);
	assert.deepEqual(at(officialBase, key, checkIds), ['models', 'statusPage', 'userBalance']);
	assert.deepEqual(at(officialBase, undefined, checkIds), ['statusPage']);
	assert.deepEqual(at(officialBase, key, ['balance']), ['userBalance']);
	assert.deepEqual(at(places['a known relay'], key, checkIds), ['models', 'statusPage']);
	assert.deepEqual(at(places['a known relay'], key, ['balance']), []);
});
