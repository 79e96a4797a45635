// What changed between two runs of the same checks (checking again, waiting for a top-up):
// the balance in figures and what it means for calls, what works now, what broke, what is
// still wrong, and "nothing changed".
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {resultsOf} from '../../source/checks/details.js';
import type {CheckResult} from '../../source/checks/types.js';
import {whatChanged} from '../../source/tree/changes.js';
import {setLanguage} from '../../source/messages/language.js';
import {wizardText} from '../../source/messages/wizard.js';
import {auth, balance, deepseekAnswers, failure, network, officialBase, readings, scenario, serviceStatus} from '../helpers/results.js';

const cny = (total: string, isAvailable = true) => ({isAvailable, balances: [{currency: 'CNY', total, granted: '0.00', toppedUp: total}]});

const changed = (before: CheckResult[], after: CheckResult[]) => whatChanged(resultsOf(before), resultsOf(after)).map(change => `${change.tone}: ${change.text}`);

test('an empty balance that can pay now: before → after, and calls will work again', () => {
	assert.deepEqual(changed(scenario(balance.reading(readings.zero)), scenario(balance.reading(cny('50.00')))), [
		'good: 0.00 CNY before → 50.00 CNY now: your top-up arrived.',
	]);
});

test('a top-up that arrived says when the balance before was read, as `balance --wait` does, when the check after names that reading', () => {
	process.env['TZ'] = 'UTC';
	// The balance check after names the last reading of this account: the one before, taken at 09:55.
	const history = (total: string) => [{at: '2026-11-20T09:55:00.000Z', currency: 'CNY', total, granted: '0.00', toppedUp: total}];
	const after = (total: string) => resultsOf(scenario(balance.reading(cny('47.44'), {balanceHistory: history(total)})));
	const said = (total: string, now?: Date) => whatChanged(resultsOf(scenario(balance.reading(readings.zero))), after(total), now).map(change => change.text);
	assert.deepEqual(said('0.00', new Date('2026-11-20T10:00:00Z')), ['0.00 CNY at 09:55 (5 minutes ago) → 47.44 CNY now: your top-up arrived.']);
	assert.deepEqual(said('0.00'), ['0.00 CNY at 09:55 → 47.44 CNY now: your top-up arrived.']);
	// Another figure than the one before: not its time.
	assert.deepEqual(said('-1.00', new Date('2026-11-20T10:00:00Z')), ['0.00 CNY before → 47.44 CNY now: your top-up arrived.']);
});

test('a balance that can no longer pay, one that is still empty, and one still not enough', () => {
	assert.deepEqual(changed(scenario(balance.reading(cny('5.00'))), scenario(balance.reading(readings.zero))), ['bad: Balance 5.00 → 0.00 CNY: it can no longer pay for calls.']);
	assert.deepEqual(changed(scenario(balance.reading(readings.zero)), scenario(balance.reading(readings.zero))), ['still: Still: the balance is 0.00 CNY, nothing to pay for calls with.']);
	assert.deepEqual(changed(scenario(balance.reading(cny('-0.50'))), scenario(balance.reading(cny('0.00')))), ['still: Balance -0.50 → 0.00 CNY: still not enough to pay for calls.']);
	// Money on an account DeepSeek blocks (is_available false) cannot pay either.
	assert.deepEqual(changed(scenario(balance.reading(cny('12.00', false))), scenario(balance.reading(cny('12.00')))), ['good: DeepSeek lets this account pay for calls again (12.00 CNY): your calls will work again.']);
	assert.deepEqual(changed(scenario(balance.reading(cny('12.00'))), scenario(balance.reading(cny('12.00', false)))), ['bad: DeepSeek no longer lets this account pay for calls (12.00 CNY).']);
});

test('a balance that moved but could pay all along: topped up, or spent', () => {
	assert.deepEqual(changed(scenario(balance.reading(cny('10.00'))), scenario(balance.reading(cny('60.00')))), ['good: Balance 10.00 → 60.00 CNY: topped up.']);
	assert.deepEqual(changed(scenario(balance.reading(cny('47.44'))), scenario(balance.reading(cny('47.43')))), ['same: Balance 47.44 → 47.43 CNY: spent since the last look.']);
});

test('a key refused before and accepted now; a problem that is new; one that is still there', () => {
	const refused = auth.refused(deepseekAnswers.unauthorized());
	assert.deepEqual(changed(scenario(refused), scenario(auth.accepted())), ['good: The key is accepted now.']);
	assert.deepEqual(changed(scenario(), scenario(refused)), ['bad: New problem: Authentication']);
	assert.deepEqual(changed(scenario(refused), scenario(refused)), ['still: Still wrong: Authentication']);
	const outage = serviceStatus.trouble('full_outage');
	assert.deepEqual(changed(scenario(outage), scenario()), ['good: Now fine: DeepSeek status']);
});

test('several changes come in the checks\' order, the balance first; a balance in figures is not said twice', () => {
	const before = scenario(auth.refused(deepseekAnswers.unauthorized()), balance.reading(readings.zero), serviceStatus.trouble('degraded'));
	const after = scenario(auth.accepted(), balance.reading(cny('50.00')), serviceStatus.trouble('degraded'));
	assert.deepEqual(changed(before, after), [
		'good: 0.00 CNY before → 50.00 CNY now: your top-up arrived.',
		'good: The key is accepted now.',
		'still: Still wrong: DeepSeek status',
	]);
});

test('a balance that could not be read, then could: said by the check, not in figures', () => {
	const unread = balance.unexpected(failure('timeout', 'No answer in time.'));
	assert.deepEqual(changed(scenario(unread), scenario(balance.reading(cny('50.00')))), ['good: Now fine: Balance']);
});

test('nothing changed, nothing wrong: one line that says so, under the heading without saying it again; checks only one side ran are left out', () => {
	assert.deepEqual(changed(scenario(), scenario()), ['same: Nothing.']);
	assert.deepEqual(changed(scenario(), [balance.reading(readings.toppedUp)]), ['same: Nothing.']);
	assert.equal(`${wizardText.changes.heading} ${wizardText.changes.nothing}`, 'What changed since the last check: Nothing.');
	try {
		setLanguage('zh-CN');
		assert.equal(`${wizardText.changes.heading}${wizardText.changes.nothing}`, '与上次检查相比：没有变化。', 'not 与上次检查相比：与上次检查相比没有变化。');
	} finally {
		setLanguage('en');
	}
});

test('checks that got no connection where the network check failed are not blamed: the Network line says it', () => {
	const down = (...more: CheckResult[]) =>
		scenario(network.refused(), auth.unexpected(failure('connection_refused', 'connect ECONNREFUSED')), balance.unexpected(failure('connection_refused', 'connect ECONNREFUSED', `${officialBase}/user/balance`)), ...more);
	// Down both times: one line, not "Still wrong: Authentication" for a key that was never sent.
	assert.deepEqual(changed(down(), down()), ['still: Still wrong: Network']);
	// Down now, fine before: the network went wrong, not the key.
	assert.deepEqual(changed(scenario(), down()), ['bad: New problem: Network']);
	// Back up: the checks that could not be made are fine now, each said.
	assert.deepEqual(changed(down(), scenario()), ['good: Now fine: Network', 'good: The key is accepted now.', 'good: Now fine: Balance']);
	// A refusal of the key while the network check failed elsewhere (another host) is the key's own.
	const refused = auth.refused(deepseekAnswers.unauthorized());
	assert.deepEqual(changed(scenario(network.refused(), refused), scenario(network.refused(), refused)), ['still: Still wrong: Network', 'still: Still wrong: Authentication']);
});
