// Properties of the diagnosis over generated sets of check results: each check's result is one the
// check can produce (the builders of test/helpers/results.ts, which use the checks' own judges and
// sentences), judged from generated answers where the check reads one (DeepSeek's, the corpora's,
// failures of every kind, with hostile text), any check left out. Whatever the set: a verdict
// from the contract's list, fixes with ids from the list and no id twice, a summary, exit 0 (`ok`)
// only where no check failed (but the network check's own connect, where requests got through), and a document valid against docs/schema.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import fc from 'fast-check';
import '../helpers/property-seed.js';
import type {CheckResult} from '../../source/checks/types.js';
import type {HttpAnswer, HttpFailureReason, HttpResult} from '../../source/deepseek/types.js';
import {buildCheckReport} from '../../source/engine.js';
import {renderJson} from '../../source/report/index.js';
import {fixIds, verdicts} from '../../source/verdict.js';
import {arbitraryKey, hostileText, mutatedBody} from '../helpers/hostile-input.js';
import {describeErrors, schemaValidators} from '../helpers/json-schemas.js';
import * as built from '../helpers/results.js';

const errors = (JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'real-errors.json'), 'utf8')) as {entries: Array<{status: number; body: string}>}).entries;

const reasons: HttpFailureReason[] = ['dns', 'connection_refused', 'connection_reset', 'timeout', 'tls', 'proxy'];

/** An answer as the client returns it: DeepSeek's own, or a corpus body (mutated) with any status. */
const arbitraryAnswer: fc.Arbitrary<HttpAnswer> = fc.oneof(
	fc.constantFrom(...Object.values(built.readings)).map(reading => built.deepseekAnswers.balance(reading)),
	fc.constantFrom(built.deepseekAnswers.unauthorized(), built.deepseekAnswers.insufficient(), built.deepseekAnswers.rateLimited(), built.deepseekAnswers.serverError(), built.deepseekAnswers.overloaded(), built.deepseekAnswers.notFound(), built.deepseekAnswers.models()),
	fc.record({entry: fc.constantFrom(...errors), status: fc.constantFrom(200, 400, 401, 402, 403, 404, 422, 429, 500, 502, 503)}).chain(({entry, status}) =>
		arbitraryKey.chain(key => mutatedBody(entry.body, key)).map(body => {
			let json: unknown;
			try {
				json = JSON.parse(body);
			} catch {
				return built.answer(status, body, {bodyProblem: body.trim().startsWith('<') ? 'not_json' : 'malformed_json', text: body});
			}
			return built.answer(status, json);
		}),
	),
);

/** A failure as the client words it: its own sentence, with what the system or a proxy said in it. */
const arbitraryFailure = fc.record({reason: fc.constantFrom(...reasons), said: hostileText()}).map(({reason, said}) => built.failure(reason, `The request failed (${said}).`));
const arbitraryResult: fc.Arbitrary<HttpResult> = fc.oneof(arbitraryAnswer, arbitraryFailure);

/** Every result a builder gives without arguments (its defaults), by check. */
const plain = (builders: Record<string, unknown>): CheckResult[] =>
	Object.values(builders).flatMap(builder => (typeof builder === 'function' && builder.length === 0 ? [(builder as () => CheckResult)()] : []));

const byCheck: Array<fc.Arbitrary<CheckResult>> = [
	fc.oneof(fc.constantFrom(...plain(built.keyPresent)), fc.constantFrom('OPENAI_API_KEY', 'ANTHROPIC_AUTH_TOKEN').map(name => built.keyPresent.elsewhere(name))),
	fc.oneof(fc.constantFrom(...plain(built.keyFormat)), fc.oneof(arbitraryKey, hostileText()).map(key => built.keyFormat.of(key))),
	fc.constantFrom(...plain(built.network)),
	fc.oneof(fc.constantFrom(...plain(built.endpoint)), fc.constantFrom(built.endpoint.relay(built.providers.openrouter, 'openrouter.ai'), built.endpoint.relay(built.providers.oneApi, 'gateway.example.org'))),
	fc.oneof(fc.constantFrom(...plain(built.auth)), arbitraryAnswer.map(reply => built.auth.refused(reply)), arbitraryResult.map(result => built.auth.unexpected(result))),
	fc.oneof(fc.constantFrom(...plain(built.balance)), fc.constantFrom(...Object.values(built.readings)).map(reading => built.balance.reading(reading)), arbitraryResult.map(result => built.balance.unexpected(result))),
	fc.oneof(fc.constantFrom(...plain(built.serviceStatus)), fc.constantFrom('degraded', 'maintenance', 'partial_outage', 'full_outage' as const).map(worst => built.serviceStatus.trouble(worst))),
	fc.oneof(fc.constantFrom(...plain(built.probe)), arbitraryAnswer.map(reply => built.probe.answered(reply)), arbitraryFailure.map(result => built.probe.failed(result))),
	fc.constantFrom(...plain(built.keyExposure)),
	fc.constantFrom(...plain(built.usageTrend)),
];

/** Each check's result, or the check left out (a command that runs only some). */
const arbitraryResults = fc.tuple(...byCheck.map(result => fc.option(result, {freq: 4}))).map(results => results.filter((result): result is CheckResult => result !== null));

const validators = schemaValidators();

test('any set of check results: a contract verdict, contract fix ids once each, a summary, ok only without a failed check, a valid document', () => {
	fc.assert(
		fc.property(arbitraryResults, results => {
			const report = buildCheckReport({baseUrl: built.officialBase}, results);
			const seen = `${report.verdict}: ${results.map(result => `${result.id} ${result.status}`).join(', ')}; fixes ${report.fixes.map(fix => fix.id).join(', ')}`;
			assert.ok((verdicts as readonly string[]).includes(report.verdict), seen);
			for (const fix of report.fixes) assert.ok((fixIds as readonly string[]).includes(fix.id), seen);
			assert.equal(new Set(report.fixes.map(fix => fix.id)).size, report.fixes.length, `a fix twice: ${seen}`);
			assert.ok(report.summary.trim().length > 0, seen);
			// The network check's own connect may fail where requests still get through (the rule networkError): that alone is no problem.
			const failed = results.filter(result => result.status === 'fail' && result.id !== 'network');
			if (report.verdict === 'ok') assert.deepEqual(failed.map(result => result.id), [], `ok with a failed check: ${seen}`);
			const parsed = JSON.parse(renderJson(report, {key: built.testKey})) as unknown;
			assert.ok(validators.check(parsed), `${describeErrors(validators.check.errors)}\n${seen}`);
		}),
		{numRuns: 1000, includeErrorInReport: true},
	);
});
