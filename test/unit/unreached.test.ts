// A row whose request got no connection where the network check failed on the same first
// hop points to the Network row in one short sentence (checks/unreached.ts, via the runner);
// its status and details stay its own, and a request that failed elsewhere keeps its sentence.
// A balance refused with the 401 the key check got points to the Authentication row the same way.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {unexpected} from '../../source/checks/http-outcome.js';
import {runChecks} from '../../source/checks/runner.js';
import {serviceStatus} from '../../source/checks/service-status.js';
import {pointToNetwork} from '../../source/checks/unreached.js';
import type {Check, CheckId, CheckOutcome, CheckResult} from '../../source/checks/types.js';
import {defaultStatusUrl, officialApiHost} from '../../source/deepseek/facts.js';
import type {HttpFailure} from '../../source/deepseek/types.js';
import {diagnose} from '../../source/diagnose.js';
import {checkMessages as m} from '../../source/messages/checks.js';
import {httpFailureMessages, proxyMessages} from '../../source/messages/http.js';
import {setLanguage} from '../../source/messages/language.js';
import {wizardText} from '../../source/messages/wizard.js';
import {displayWidth} from '../../source/text/width.js';
import {answer, auth, balance, checkResult, failure, network, officialBase, scenario, testContext} from '../helpers/results.js';

const refusedHere = httpFailureMessages.connectionRefused({host: officialApiHost});
const models = `${officialBase}/models`;
const proxy = 'http://proxy.corp.example:3128';
const viaProxy = {HTTPS_PROXY: proxy};
const timeoutMs = 10_000;

/** An API check's outcome for a request that failed (as http-outcome.ts makes it). */
const failed = (result: HttpFailure): CheckOutcome => unexpected(result, 'The request');
const atProxy = (code: string, url = models): HttpFailure => ({...failure('proxy', proxyMessages.refused({proxy, variable: 'HTTPS_PROXY'}), url), code});

function fakeCheck(id: CheckId, run: () => Promise<CheckOutcome> | CheckOutcome): Check {
	return {id, title: `Fake ${id}`, run: async () => run()};
}

/** The network check as a fake that returns `result`'s outcome, after `wait` if given. */
const networkAs = (result: CheckResult, wait?: Promise<void>) => fakeCheck('network', async () => {
	await wait;
	return {status: result.status, summary: result.summary, details: result.details};
});

const run = (checks: Check[], env: Record<string, string> = {}) =>
	runChecks(checks, testContext({env}), {signal: new AbortController().signal});

const byId = (results: CheckResult[], id: CheckId) => results.find(result => result.id === id);

test('runner: a request refused where the network check was refused too points to the Network row; status and details stay', async () => {
	let release = () => {};
	const networkDone = new Promise<void>(done => {
		release = done;
	});
	const outcome = failed(failure('connection_refused', refusedHere));
	// The network check ends after the API check: the API row waits for it.
	const results = run([networkAs(network.refused(), networkDone), fakeCheck('auth', () => outcome), fakeCheck('balance', () => failed(failure('connection_refused', refusedHere, `${officialBase}/user/balance`)))]);
	setTimeout(release, 20);
	const done = await results;
	for (const id of ['auth', 'balance'] as const) {
		const row = byId(done, id);
		assert.equal(row?.summary, m.unreached.noConnection, id);
		assert.equal(row?.status, 'error');
	}
	assert.deepEqual(byId(done, 'auth')?.details, outcome.details);
	assert.equal(byId(done, 'network')?.summary, network.refused().summary);
});

test('runner: the row keeps its own sentence when the network check passed, is not in the run, or the answer had begun', async () => {
	const outcome = failed(failure('connection_refused', refusedHere));
	const passed = await run([networkAs(network.reached()), fakeCheck('auth', () => outcome)]);
	assert.equal(byId(passed, 'auth')?.summary, refusedHere);
	const alone = await run([fakeCheck('auth', () => outcome)]);
	assert.equal(byId(alone, 'auth')?.summary, refusedHere);
	const cut = failed({...failure('connection_reset', 'Cut off mid-answer.'), partialStatus: 200});
	const begun = await run([networkAs(network.refused()), fakeCheck('auth', () => cut)]);
	assert.equal(byId(begun, 'auth')?.summary, 'Cut off mid-answer.');
});

test('runner: a network check left out of the run (balance) runs only once a request got no connection, and its row joins in the order of the check ids', async () => {
	let networkRuns = 0;
	const counted = (result: CheckResult) => fakeCheck('network', () => {
		networkRuns++;
		return {status: result.status, summary: result.summary, details: result.details};
	});
	const refusedBalance = failed(failure('connection_refused', refusedHere, `${officialBase}/user/balance`));
	const options = (check: Check) => ({signal: new AbortController().signal, networkOnNoConnection: check});
	const done = await runChecks([fakeCheck('key_present', () => ({status: 'pass', summary: 'Found.', details: {}})), fakeCheck('balance', () => refusedBalance)], testContext(), options(counted(network.refused())));
	assert.deepEqual(done.map(row => row.id), ['key_present', 'network', 'balance']);
	assert.equal(byId(done, 'network')?.summary, network.refused().summary);
	assert.equal(byId(done, 'balance')?.summary, m.unreached.noConnection);
	assert.equal(networkRuns, 1);
	// The balance read: no network check, no row for it.
	const read = await runChecks([fakeCheck('balance', () => ({status: 'pass', summary: '47.44 CNY.', details: {}}))], testContext(), options(counted(network.reached())));
	assert.deepEqual(read.map(row => row.id), ['balance']);
	assert.equal(networkRuns, 1);
});

test('runner: a balance refused with a 401 where the key check was refused with a 401 points to the Authentication row; status and details stay', async () => {
	let release = () => {};
	const authDone = new Promise<void>(done => {
		release = done;
	});
	const said = {error: {message: 'Authentication Fails, Your api key: ****9876 is invalid', type: 'authentication_error', param: null, code: 'invalid_request_error'}};
	const refusedBalance = unexpected(answer(401, said, {url: `${officialBase}/user/balance`}), m.balance.what);
	const refusedKey: CheckOutcome = {status: 'fail', summary: 'Rejected (401).', details: {httpStatus: 401}};
	const authAs = (outcome: CheckOutcome, wait?: Promise<void>) => fakeCheck('auth', async () => {
		await wait;
		return outcome;
	});
	// The key check ends after the balance: the balance row waits for it.
	const results = run([authAs(refusedKey, authDone), fakeCheck('balance', () => refusedBalance)]);
	setTimeout(release, 20);
	const done = await results;
	assert.equal(byId(done, 'balance')?.summary, m.unreached.keyRefused);
	assert.equal(byId(done, 'balance')?.status, refusedBalance.status);
	assert.deepEqual(byId(done, 'balance')?.details, refusedBalance.details);
	// Its own sentence when the key check passed, was refused otherwise, or is not in the run.
	const accepted = await run([authAs({status: 'pass', summary: 'Key accepted.', details: {httpStatus: 200}}), fakeCheck('balance', () => refusedBalance)]);
	assert.equal(byId(accepted, 'balance')?.summary, refusedBalance.summary);
	const forbidden = await run([authAs({status: 'fail', summary: 'Rejected (HTTP 403).', details: {httpStatus: 403}}), fakeCheck('balance', () => refusedBalance)]);
	assert.equal(byId(forbidden, 'balance')?.summary, refusedBalance.summary);
	const alone = await run([fakeCheck('balance', () => refusedBalance)]);
	assert.equal(byId(alone, 'balance')?.summary, refusedBalance.summary);
});

test('pointToNetwork: the status page on a host of its own keeps its own failure; on the base URL\'s host it points too', () => {
	const elsewhere = failed(failure('dns', 'Could not resolve the status page.', defaultStatusUrl));
	assert.equal(pointToNetwork(elsewhere, network.dnsFailed(), {}, timeoutMs), undefined);
	const sameHost = failed(failure('dns', 'Could not resolve it.', `${officialBase}/status/summary`));
	assert.equal(pointToNetwork(sameHost, network.dnsFailed(), {}, timeoutMs), m.unreached.noConnection);
	// Another port of the same host is another first hop.
	const otherPort = failed(failure('connection_refused', 'Refused.', `https://${officialApiHost}:8443/models`));
	assert.equal(pointToNetwork(otherPort, network.refused(), {}, timeoutMs), undefined);
});

test('pointToNetwork: through a proxy nothing answers, every request points to it (the status page too); a proxy that answered keeps its word', () => {
	const expected = m.unreached.noConnection;
	assert.equal(pointToNetwork(failed(atProxy('ECONNREFUSED')), network.refusedAtProxy(proxy), viaProxy, timeoutMs), expected);
	assert.equal(pointToNetwork(failed(atProxy('ECONNREFUSED', defaultStatusUrl)), network.refusedAtProxy(proxy), viaProxy, timeoutMs), expected);
	// A 407 or a refused tunnel is the proxy answering: its own sentence says more.
	assert.equal(pointToNetwork(failed(atProxy('407')), network.refusedAtProxy(proxy), viaProxy, timeoutMs), undefined);
	assert.equal(pointToNetwork(failed(atProxy('403')), network.refusedAtProxy(proxy), viaProxy, timeoutMs), undefined);
	// NO_PROXY sends the status page direct: not the proxy's failure.
	const direct = failed(failure('dns', 'Could not resolve the status page.', defaultStatusUrl));
	assert.equal(pointToNetwork(direct, network.refusedAtProxy(proxy), {...viaProxy, NO_PROXY: new URL(defaultStatusUrl).hostname}, timeoutMs), undefined);
});

test('pointToNetwork: a request that timed out where the network check connected to the same host directly says "reached, answers slowly", as the verdict does', () => {
	const late = httpFailureMessages.timeout({host: officialApiHost, seconds: '10.0'});
	const timedOut = failed(failure('timeout', late));
	const slow = m.unreached.answersSlowly({seconds: '10.0'});
	assert.equal(pointToNetwork(timedOut, network.reached(), {}, timeoutMs), slow);
	// The verdict of the same results says reached and slow (diagnose's slowAnswer): the row agrees with it.
	assert.match(diagnose(scenario(network.reached(), {...auth.unexpected(failure('timeout', late)), summary: slow})).summary, /^The API was reached but answers slowly/);
	// Its own sentence where the connection that passed was not this host's own, or the answer had begun.
	assert.equal(pointToNetwork(timedOut, network.reached('other.example'), {}, timeoutMs), undefined);
	assert.equal(pointToNetwork(timedOut, network.reachedThroughFakeIp(), {}, timeoutMs), undefined);
	assert.equal(pointToNetwork(failed({...failure('timeout', late), partialStatus: 200}), network.reached(), {}, timeoutMs), undefined);
	const throughProxy = checkResult('network', {...network.reached(), details: {...network.reached().details, host: 'proxy.corp.example', port: 3128, proxy}});
	assert.equal(pointToNetwork(failed({...failure('timeout', late), url: models}), throughProxy, viaProxy, timeoutMs), undefined);
	// Refused after a connection that passed: its own sentence too.
	assert.equal(pointToNetwork(failed(failure('connection_refused', refusedHere)), network.reached(), {}, timeoutMs), undefined);
});

test('pointToNetwork: a proxy variable with no proxy URL in it: the rows name the variable and point to the Network row', () => {
	const env = {HTTPS_PROXY: 'proxy.corp.example:3128'};
	const summary = proxyMessages.badVariable({variable: 'HTTPS_PROXY', problem: {kind: 'no_scheme', bare: 'proxy.corp.example:3128'}});
	const badVariable = checkResult('network', {status: 'fail', summary, details: {proxy: null, stage: 'proxy', code: null, reason: 'proxy', badProxy: {variable: 'HTTPS_PROXY', kind: 'no_scheme', bare: 'proxy.corp.example:3128'}}});
	const unsent = failed({...failure('proxy', summary), code: undefined});
	assert.equal(pointToNetwork(unsent, badVariable, env, timeoutMs), m.unreached.badProxy({variable: 'HTTPS_PROXY'}));
	assert.equal(pointToNetwork(unsent, badVariable, {https_proxy: 'proxy.corp.example:3128'}, timeoutMs), undefined);
});

test('diagnose: API rows that point to the Network row leave the proxy\'s sentence to the network check', () => {
	const pointed = (result: CheckResult): CheckResult => ({...result, summary: m.unreached.noConnection});
	const results = scenario(network.refusedAtProxy(proxy), pointed(auth.unexpected(atProxy('ECONNREFUSED'))), pointed(balance.unexpected(atProxy('ECONNREFUSED', `${officialBase}/user/balance`))));
	const diagnosis = diagnose(results);
	assert.equal(diagnosis.verdict, 'network_error');
	assert.equal(diagnosis.summary, proxyMessages.refused({proxy, variable: 'HTTPS_PROXY'}));
	assert.deepEqual(diagnosis.fixes.map(fix => fix.id), ['check_proxy', 'status_page']);
});

test('the pointer to the Network row fits one row of a 60-column window (58 after the icon) after each API check\'s title, in both languages', () => {
	for (const language of ['en', 'zh-CN'] as const) {
		setLanguage(language);
		try {
			for (const title of [m.auth.title, m.balance.title, m.serviceStatus.title, m.probe.title]) {
				const row = wizardText.ui.checkRow(title, m.unreached.noConnection);
				assert.ok(displayWidth(row) <= 58, `${row} (${displayWidth(row)} columns)`);
			}
			const refused = wizardText.ui.checkRow(m.balance.title, m.unreached.keyRefused);
			assert.ok(displayWidth(refused) <= 58, `${refused} (${displayWidth(refused)} columns)`);
		} finally {
			setLanguage('en');
		}
	}
});

test('pointToNetwork: the "Where calls go" row, whose requests got no answer, says what the other rows say of the same requests', () => {
	const late = httpFailureMessages.timeout({host: officialApiHost, seconds: '10.0'});
	const endpointWith = (request: HttpFailure): CheckOutcome => {
		const {reason, code, url} = failed(request).details;
		return {status: 'error', summary: m.endpoint.unreachable(officialApiHost), details: {host: officialApiHost, unanswered: {reason, code, url}}};
	};
	// Connected to this very host, then no answer in time: "Connected, but no answer within …", as on the Authentication row.
	const slow = endpointWith(failure('timeout', late, models));
	assert.equal(pointToNetwork(slow, network.reached(), {}, timeoutMs), pointToNetwork(failed(failure('timeout', late, models)), network.reached(), {}, timeoutMs));
	assert.equal(pointToNetwork(slow, network.reached(), {}, timeoutMs), m.unreached.answersSlowly({seconds: '10.0'}));
	// No connection where the Network row says why: pointed there, as the others are.
	assert.equal(pointToNetwork(endpointWith(failure('connection_refused', refusedHere, models)), network.refused(), {}, timeoutMs), m.unreached.noConnection);
	// Without the facts of its requests, its own sentence.
	assert.equal(pointToNetwork({...slow, details: {host: officialApiHost}}, network.reached(), {}, timeoutMs), undefined);
});

test('pointToNetwork: a proxy that failed in its own words, where going direct fails too, no longer offers to unset it, in every row (the status page too); where going direct works or was not measured, it does', () => {
	const variable = 'HTTPS_PROXY';
	const words = 'other side closed.';
	const closed = (url = models): CheckOutcome => failed({...failure('proxy', proxyMessages.failed({proxy, variable, detail: words}), url), code: 'UND_ERR_PRX_CONN', proxyWords: words});
	const through = (directConnect: Record<string, unknown> | undefined) =>
		checkResult('network', {...network.reached(), details: {...network.reached().details, host: 'proxy.corp.example', port: 3128, proxy, proxyVariable: variable, ...(directConnect ? {directConnect} : {})}});
	const fails = through({reachable: false, code: 'ECONNREFUSED', unset: [variable], port: 443});
	const resaid = proxyMessages.failed({proxy, variable, detail: words, unsetHelps: false});
	assert.ok(resaid.endsWith('Check the proxy, or fix HTTPS_PROXY.'), resaid);
	assert.equal(closed().details['proxyWords'], words, 'the words are a fact of the row');
	assert.equal(pointToNetwork(closed(), fails, viaProxy, timeoutMs), resaid);
	assert.equal(pointToNetwork(closed(defaultStatusUrl), fails, viaProxy, timeoutMs), resaid);
	// A row that says a failure within a sentence of its own (the status page's "Unknown. …") says it again so.
	assert.equal(pointToNetwork(closed(defaultStatusUrl), fails, viaProxy, timeoutMs, serviceStatus.saysFailure), m.serviceStatus.unknown(resaid));
	for (const look of [{reachable: true, code: null, unset: [variable]}, {reachable: false, code: 'TIMEOUT', unset: [variable]}, undefined]) {
		assert.equal(pointToNetwork(closed(), through(look), viaProxy, timeoutMs), undefined, JSON.stringify(look));
	}
	// Another proxy than the one the network check looked beside.
	assert.equal(pointToNetwork(closed(), fails, {HTTPS_PROXY: 'http://other.example:8080'}, timeoutMs), undefined);
	// Without the proxy's own words as a fact (a refusal said in a sentence of its own), the row keeps its sentence.
	const refused = failed({...failure('proxy', proxyMessages.failed({proxy, variable, detail: words}), models), code: 'UND_ERR_PRX_CONN'});
	assert.equal(pointToNetwork(refused, fails, viaProxy, timeoutMs), undefined);
	// The "Where calls go" row says the failure in its own words (`unanswered`): it keeps them.
	const endpoint: CheckOutcome = {status: 'error', summary: m.endpoint.unreachable(officialApiHost), details: {host: officialApiHost, unanswered: closed().details}};
	assert.equal(pointToNetwork(endpoint, fails, viaProxy, timeoutMs), undefined);
	// A proxy in HTTP_PROXY too: unsetting HTTPS_PROXY would not go direct, and the advice is still only to fix it.
	assert.equal(pointToNetwork(closed(), fails, {...viaProxy, HTTP_PROXY: 'http://fallback.example:8080'}, timeoutMs), resaid);
	setLanguage('zh-CN');
	try {
		const zh = pointToNetwork(closed(), fails, viaProxy, timeoutMs);
		assert.equal(zh, proxyMessages.failed({proxy, variable, detail: words, unsetHelps: false}));
		assert.ok(zh?.endsWith('请检查代理，或修正 HTTPS_PROXY。'), zh);
	} finally {
		setLanguage('en');
	}
});
