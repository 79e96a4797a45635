// The diagnosis says which row its summary quotes (Diagnosis.quotes), where the rule makes the summary; check's text
// reads that to name the row under the rows instead of reading its sentence twice. The field is internal: the JSON
// document (`check --json`, the schema in docs/) never carries it.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {diagnose} from '../../source/diagnose.js';
import {buildCheckReport} from '../../source/engine.js';
import {renderJson, renderText} from '../../source/report/index.js';
import type {CheckResult} from '../../source/checks/types.js';
import {auth, balance, deepseekAnswers, keyFormat, keyPresent, officialBase, scenario, usageTrend} from '../helpers/results.js';

const flat = (text: string) => text.replace(/\s+/g, '');
const ending = (results: CheckResult[]) => flat(renderText(buildCheckReport({baseUrl: officialBase}, results), {color: false, width: 60}));

test('a summary that is a row\'s result word for word quotes that row whole; check\'s text names the row and the verdict', () => {
	const results = scenario(keyPresent.elsewhere('OPENAI_API_KEY'), keyFormat.noKey(), auth.noKey(), balance.noKey());
	const diagnosis = diagnose(results);
	assert.equal(diagnosis.summary, results.find(result => result.id === 'key_present')?.summary);
	assert.deepEqual(diagnosis.quotes, {as: 'whole', row: 'key_present'});
	assert.ok(ending(results).includes(flat('No API key: see the API key row above.')), ending(results));
});

test('a refused key: its lead, then the Authentication row\'s result, quoting that row', () => {
	const results = scenario(auth.refused(deepseekAnswers.unauthorized()));
	const diagnosis = diagnose(results);
	assert.equal(diagnosis.verdict, 'invalid_key');
	assert.equal(diagnosis.quotes?.as, 'lead');
	assert.equal(diagnosis.quotes?.as === 'lead' && diagnosis.quotes.row, 'auth');
	assert.ok(ending(results).includes(flat('The key was rejected (401): see the Authentication row above.')), ending(results));
});

test('nothing blocks the calls and the summary is every ⚠ row: the diagnosis names the rows, check\'s text their titles', () => {
	const results = scenario(usageTrend.fastBurn());
	const diagnosis = diagnose(results);
	assert.equal(diagnosis.verdict, 'ok');
	assert.deepEqual(diagnosis.quotes, {as: 'warnings', rows: ['usage_trend']});
	assert.ok(ending(results).includes(flat('Nothing blocks your calls, but the Spending trend row above warns.')), ending(results));
});

test('a summary that quotes no row says none, and check\'s text prints it as it is', () => {
	const results = scenario();
	const report = buildCheckReport({baseUrl: officialBase}, results);
	assert.equal(report.quotes, undefined);
	assert.ok(ending(results).includes(flat(report.summary)));
});

test('what the summary quotes never reaches the JSON: the documented fields only, in their order', () => {
	for (const results of [scenario(auth.refused(deepseekAnswers.unauthorized())), scenario(usageTrend.fastBurn())]) {
		const report = buildCheckReport({baseUrl: officialBase}, results);
		assert.ok(report.quotes, 'the report carries it for the text');
		const json = renderJson(report);
		assert.deepEqual(Object.keys(JSON.parse(json) as object), ['schemaVersion', 'tool', 'baseUrl', 'verdict', 'summary', 'checks', 'balance', 'provider', 'fixes']);
		assert.doesNotMatch(json, /quotes/);
	}
});
