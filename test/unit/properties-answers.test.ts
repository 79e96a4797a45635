// Properties over generated API answers: the real bodies of the corpora (real-errors.json,
// real-balances.json) and the status page, mutated (cut at any byte, a field's type changed,
// nested deeper, escape sequences, bidi characters and NUL inserted, the key spliced in in its
// many forms, huge), served by a fake dispatcher to the real client, read by every live check,
// diagnosed and rendered. Whatever comes in: no throw, a verdict and fixes from the contract's
// lists, a document valid against docs/schema, and no whole key and no control character in the
// JSON, the text, the balance text or the Markdown report.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import fc from 'fast-check';
import '../helpers/property-seed.js';
import type {Dispatcher} from 'undici';
import type {CheckId} from '../../source/checks/types.js';
import {buildContext} from '../../source/context.js';
import {createApiClient} from '../../source/deepseek/client.js';
import {defaultStatusUrl} from '../../source/deepseek/facts.js';
import {runDiagnosis} from '../../source/engine.js';
import {renderBalanceText, renderJson, renderMarkdown, renderText} from '../../source/report/index.js';
import {setLanguage} from '../../source/messages/language.js';
import {defaultSettings} from '../../source/settings/schema.js';
import {checkIds, checkStatuses} from '../../source/checks/types.js';
import {fixIds, verdicts} from '../../source/verdict.js';
import {statusSummary} from '../fake/status-page.js';
import {arbitraryKey, assertNoControls, assertNoWholeKey, hostileText, mutatedBody, stringsOf} from '../helpers/hostile-input.js';
import {describeErrors, schemaValidators} from '../helpers/json-schemas.js';
import {tempConfigDir} from '../helpers/run-cli.js';

type Served = {status: number; headers: Record<string, string>; body: string};
/** Which answers are the mutated one: the paid chat call's, every call's with the key, the status page's, or a path's. */
type Target = {baseUrl: string; route: string; served: Served};

const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures');
const errors = (JSON.parse(readFileSync(path.join(fixtures, 'real-errors.json'), 'utf8')) as {entries: Array<{baseUrl: string; on: 'chat' | 'every_call'; status: number; headers: Record<string, string>; body: string}>}).entries;
const balances = (JSON.parse(readFileSync(path.join(fixtures, 'real-balances.json'), 'utf8')) as {entries: Array<{baseUrl: string; path: string; status: number; headers: Record<string, string>; body: string}>}).entries;
const status = statusSummary('partial_outage', 'API 服务 degraded');

const realTargets: Target[] = [
	...errors.map(entry => ({baseUrl: entry.baseUrl, route: entry.on, served: {status: entry.status, headers: entry.headers, body: entry.body}})),
	...balances.map(entry => ({baseUrl: entry.baseUrl, route: entry.path, served: {status: entry.status, headers: entry.headers, body: entry.body}})),
	{baseUrl: 'https://api.deepseek.com', route: 'status', served: {status: status.status, headers: status.headers, body: status.body}},
];

const statusPath = new URL(defaultStatusUrl).pathname;
const json = (body: unknown): Served => ({status: 200, headers: {'content-type': 'application/json'}, body: JSON.stringify(body)});
const models = json({object: 'list', data: [{id: 'deepseek-chat', object: 'model', owned_by: 'deepseek'}]});
const chat = json({id: 'c1', object: 'chat.completion', created: 1, model: 'deepseek-chat', choices: [{index: 0, message: {role: 'assistant', content: 'Hi'}, finish_reason: 'length'}], usage: {prompt_tokens: 1, completion_tokens: 1, total_tokens: 2}});
const deepseekBalance = json({is_available: true, balance_infos: [{currency: 'CNY', total_balance: '47.44', granted_balance: '0.00', topped_up_balance: '47.44'}]});
const notFound: Served = {status: 404, headers: {'content-type': 'application/json'}, body: JSON.stringify({error: {message: 'Not Found', type: 'invalid_request_error'}})};

/** What the host answers: the mutated answer on its route, ordinary answers elsewhere. */
function answerFor(target: Target, method: string, requestPath: string, authorized: boolean): Served {
	const isChat = method === 'POST' && requestPath.endsWith('/chat/completions');
	if (requestPath === statusPath) return target.route === 'status' ? target.served : json(JSON.parse(status.body) as unknown);
	if (isChat && target.route === 'chat') return target.served;
	if (target.route === 'every_call' && authorized) return target.served;
	if (target.route !== 'status' && target.route !== 'chat' && target.route !== 'every_call' && requestPath.endsWith(target.route)) return target.served;
	if (isChat) return chat;
	if (method === 'GET' && requestPath.endsWith('/models')) return models;
	if (method === 'GET' && requestPath.endsWith('/user/balance')) return deepseekBalance;
	return notFound;
}

/** A dispatcher that answers in process, as undici's request() does (status, headers, a body stream). */
function fakeDispatcher(target: Target): Dispatcher {
	const request = async (options: {path: string; method: string; headers?: Record<string, string>}) => {
		const served = answerFor(target, options.method, options.path.split('?')[0] ?? '', options.headers?.authorization !== undefined);
		const bytes = Buffer.from(served.body);
		const body = {
			async *[Symbol.asyncIterator]() {
				// In pieces, as a socket delivers them (a cap is then met mid-chunk).
				for (let at = 0; at < bytes.length; at += 16_384) yield bytes.subarray(at, at + 16_384);
			},
			destroy: () => undefined,
		};
		return {statusCode: served.status, headers: served.headers, body};
	};
	return {request} as unknown as Dispatcher;
}

const liveChecks: readonly CheckId[] = ['key_present', 'key_format', 'endpoint', 'auth', 'balance', 'service_status', 'probe'];
const validators = schemaValidators();
const cwd = tempConfigDir();

const arbitraryCase = fc.record({key: arbitraryKey, target: fc.constantFrom(...realTargets)}).chain(({key, target}) =>
	fc.record({
		key: fc.constant(key),
		target: fc.record({
			baseUrl: fc.constant(target.baseUrl),
			route: fc.constant(target.route),
			served: fc.record({
				status: fc.oneof(fc.constant(target.served.status), fc.constantFrom(200, 301, 302, 307, 400, 401, 402, 403, 404, 429, 500, 502, 503)),
				headers: fc.oneof(
					fc.constant(target.served.headers),
					fc.record({
						'content-type': fc.constantFrom('application/json', 'text/html', 'text/plain', 'application/problem+json', 'application/json; charset=utf-8'),
						'x-ds-trace-id': hostileText(key),
						'x-request-id': hostileText(key),
						// Where a redirect sends: the key in its query, escapes in its path.
						location: fc.oneof(hostileText(key).map(text => `https://login.example/${text}`), hostileText(key).map(text => `/v1?key=${text}`), hostileText(key)),
					}),
				),
				body: mutatedBody(target.served.body, key),
			}),
		}),
	}),
);

async function diagnoseCase(key: string, target: Target) {
	const controller = new AbortController();
	const built = buildContext({env: {DEEPSEEK_API_KEY: key, DEEPSEEK_BASE_URL: target.baseUrl}, flags: {probe: true}, settings: defaultSettings(), signal: controller.signal, cwd});
	assert.ok(built.ok, built.ok ? '' : built.message);
	const api = createApiClient({baseUrl: built.ctx.baseUrl, apiKey: key, timeoutMs: 5000, signal: controller.signal, dispatcher: fakeDispatcher(target)});
	return runDiagnosis({...built.ctx, api}, liveChecks, {signal: controller.signal});
}

test('any answer, however damaged, in English or Chinese, at any width: a verdict and fixes from the contract, a valid document, no whole key, no control character in any output', async () => {
	await fc.assert(
		fc.asyncProperty(arbitraryCase, fc.constantFrom('en', 'zh-CN'), fc.constantFrom(40, 60, 100), async ({key, target}, language, width) => {
			setLanguage(language);
			const report = await diagnoseCase(key, target);
			assert.ok((verdicts as readonly string[]).includes(report.verdict), report.verdict);
			for (const fix of report.fixes) assert.ok((fixIds as readonly string[]).includes(fix.id), fix.id);
			for (const check of report.checks) {
				assert.ok((checkIds as readonly string[]).includes(check.id), check.id);
				assert.ok((checkStatuses as readonly string[]).includes(check.status), check.status);
			}
			// Exit 0 only for `ok`, and `ok` only where no check failed.
			if (report.verdict === 'ok') assert.ok(!report.checks.some(check => check.status === 'fail'), report.checks.map(check => `${check.id} ${check.status}`).join(', '));
			else assert.ok(report.fixes.length > 0, `${report.verdict} with no fix`);
			const document = renderJson(report, {key});
			const parsed = JSON.parse(document) as unknown;
			assert.ok(validators.check(parsed), describeErrors(validators.check.errors));
			const outputs = {
				json: document,
				'json strings': stringsOf(parsed).join('\n'),
				text: renderText(report, {color: false, width, key}),
				'balance text': renderBalanceText(report, {color: false, width, key}),
				markdown: renderMarkdown(report, {os: 'linux', node: 'v22', generatedAt: '2026-11-02T12:00:00.000Z', traceIds: report.checks.flatMap(check => (typeof check.details.traceId === 'string' ? [check.details.traceId] : []))}, {key}),
			};
			for (const [what, text] of Object.entries(outputs)) {
				assertNoWholeKey(text, key, what);
				assertNoControls(what === 'text' || what === 'balance text' || what === 'markdown' ? text.replace(/\n/g, '') : text, what);
			}
		}),
		{numRuns: 300, includeErrorInReport: true},
	).finally(() => setLanguage('en'));
});
