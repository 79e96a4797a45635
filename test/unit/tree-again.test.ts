// The walk's newer ways on, as the pure reducer and the tree see them: checking again
// (the path's checks run afresh, the old answers are walked again as far as they still
// fit), a longer timeout after a timeout, waiting for a top-up, copying, the alert when
// one is set; and what the walk leaves behind: the script command, the record, the
// start screen's memory.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {CheckResult} from '../../source/checks/types.js';
import {scriptCommand, scriptKeyApp, scriptSentence} from '../../source/tree/command.js';
import {recordOf} from '../../source/tree/record.js';
import {rememberedFacts} from '../../source/tree/remembered.js';

/** The remembered facts' lines. */
const rememberedTexts = (...given: Parameters<typeof rememberedFacts>) => rememberedFacts(...given).map(fact => fact.text);
import {whatChanged} from '../../source/tree/changes.js';
import {setLanguage} from '../../source/messages/language.js';
import {labelLines} from '../../source/ui/frame-layout.js';
import {currentNode, currentOptions, currentStep, initialState, pathOf, step, viewOf, type Action} from '../../source/tree/step.js';
import type {Known, WizardState} from '../../source/tree/types.js';
import {auth, balance, deepseekAnswers, endpoint, failure, keyFormat, keyPresent, probe, readings, testKey} from '../helpers/results.js';

const known: Known = {
	key: {masked: 'sk-…cdef', source: 'env'},
	envKey: 'sk-…cdef',
	envKeyBlank: false,
	rememberedKey: undefined,
	baseUrl: 'https://api.deepseek.com',
	baseUrlSource: 'default',
	otherBaseUrls: [],
	deepseekBaseUrl: 'https://api.deepseek.com',
	providerName: undefined,
	lastDiagnosis: undefined,
	currency: 'CNY',
	probeModel: undefined,
	timeoutMs: 10_000,
};

const keyChecks = (): CheckResult[] => [keyPresent.found(), keyFormat.looksRight(), endpoint.official(), auth.accepted()];
const balanceOf = (reading = readings.zero): CheckResult[] => [balance.reading(reading)];

function act(state: WizardState, action: Action, k: Known = known): WizardState {
	const next = step(state, action, k);
	assert.notEqual(next, state, `no effect: ${JSON.stringify(action)} at ${currentStep(state).node}`);
	return next;
}
const pick = (state: WizardState, option: string, k: Known = known) => act(state, {type: 'pick', node: currentStep(state).node, option}, k);
const done = (state: WizardState, results: CheckResult[], k: Known = known) => act(state, {type: 'checks_done', node: currentStep(state).node, run: state.runSerial, results}, k);

/** Start › 402 › my code › base URL › the key in the environment: at the key check. */
function at402KeyCheck(k: Known = known): WizardState {
	let state = initialState();
	for (const option of ['402', 'own_code', 'current', 'env']) state = pick(state, option, k);
	assert.equal(currentNode(state).id, 'p402.check_key');
	return state;
}

function atEmptyBalance(): WizardState {
	const state = done(done(at402KeyCheck(), keyChecks()), balanceOf(readings.zero));
	assert.equal(currentNode(state).id, 'leaf.zero_balance');
	return state;
}

test('check again: back to the path\'s first check step, then on as the new results lead; what was there before is kept', () => {
	const leaf = atEmptyBalance();
	let state = pick(leaf, 'check_again');
	assert.equal(currentNode(state).id, 'p402.check_key', 'the first check step runs afresh');
	assert.equal(currentStep(state).results, undefined);
	assert.ok(state.runSerial > leaf.runSerial);
	assert.deepEqual(pathOf(state), ['start=402', 'p402.program=own_code', 'p402.base_url=current', 'p402.key=env', 'p402.check_key'], 'the answers before it stay');
	state = done(state, keyChecks());
	assert.equal(currentNode(state).id, 'p402.check_balance', 'the old path goes on');
	state = done(state, balanceOf(readings.toppedUp));
	// The balance can pay now: not the probe question of a 402 with money, but "topped up".
	assert.equal(currentNode(state).id, 'leaf.topped_up');
	assert.equal(state.again, undefined, 'the walk-again is over');
	const view = viewOf(state, known);
	assert.ok(view.before, 'the results before are kept on the step');
	assert.deepEqual(whatChanged(view.before, view.results).map(change => change.text), ['0.00 CNY before → 47.44 CNY now: your top-up arrived.']);
	// Stepping back leaves the comparison behind.
	assert.equal(viewOf(act(state, {type: 'back'}), known).before, undefined);
});

test('check again with the same results walks the old answers again, the paid-call consent too, to the same leaf', () => {
	let state = done(done(at402KeyCheck(), keyChecks()), balanceOf(readings.toppedUp));
	state = pick(state, 'yes');
	state = pick(state, 'deepseek-v4-flash');
	const refused = probe.answered(deepseekAnswers.insufficient());
	state = done(state, [refused]);
	state = pick(state, 'topup');
	assert.equal(currentNode(state).id, 'leaf.topup_pending');
	const label = currentOptions(state, known).find(option => option.id === 'check_again')?.label;
	assert.equal(label, 'Check again (another paid test call)', 'the walk made the paid call: checking again makes it again');
	// On one row at 40 columns (38 after the pointer), in both languages: wrapped, "call again)" alone on a row read as an option of its own.
	for (const language of ['en', 'zh-CN'] as const) {
		setLanguage(language);
		try {
			const again = currentOptions(state, known).find(option => option.id === 'check_again')?.label ?? '';
			assert.deepEqual(labelLines(again, 40), [again], language);
		} finally {
			setLanguage('en');
		}
	}
	state = pick(state, 'check_again');
	state = done(state, keyChecks());
	state = done(state, balanceOf(readings.toppedUp));
	assert.equal(currentNode(state).id, 'p402.check_probe', 'consent and model were given again, without asking');
	assert.equal(viewOf(state, known).choices.probeModel, 'deepseek-v4-flash');
	state = done(state, [refused]);
	assert.equal(currentNode(state).id, 'leaf.topup_pending');
	assert.equal(state.again, undefined);
	assert.deepEqual(whatChanged(viewOf(state, known).before!, viewOf(state, known).results).map(change => change.text), ['Still wrong: Test call']);
});

test('check again gives a model name typed last time again: the paid call uses it without asking', () => {
	let state = done(done(at402KeyCheck(), keyChecks()), balanceOf(readings.toppedUp));
	state = pick(pick(state, 'yes'), 'type it');
	state = act(state, {type: 'submit', node: 'p402.probe_model_input', value: 'deepseek-chat-v3'});
	const refused = probe.answered(deepseekAnswers.insufficient());
	state = pick(done(state, [refused]), 'topup');
	state = pick(state, 'check_again');
	state = done(done(state, keyChecks()), balanceOf(readings.toppedUp));
	assert.equal(currentNode(state).id, 'p402.check_probe', 'the typed name was given again');
	assert.equal(viewOf(state, known).choices.probeModel, 'deepseek-chat-v3');
	assert.deepEqual(pathOf(state).slice(-3), ['p402.probe_model=type it', 'p402.probe_model_input=deepseek-chat-v3', 'p402.check_probe']);
});

test('check again stops where the new results lead off the old path, and anything the user does ends it', () => {
	let state = pick(atEmptyBalance(), 'check_again');
	state = done(state, [keyPresent.found(), keyFormat.looksRight(), endpoint.official(), auth.refused(deepseekAnswers.unauthorized())]);
	assert.equal(currentNode(state).id, 'leaf.invalid_key', 'the key is refused now');
	assert.equal(state.again, undefined);
	assert.ok(viewOf(state, known).before);
	// Esc while the checks run again: the walk-again is dropped with the step.
	const running = pick(atEmptyBalance(), 'check_again');
	const back = act(running, {type: 'back'});
	assert.equal(back.again, undefined);
	assert.equal(currentNode(back).id, 'p402.key');
	assert.equal(step(back, {type: 'checks_done', node: 'p402.check_key', run: running.runSerial, results: keyChecks()}, known), back, 'the run left behind reports late: ignored');
});

test('a timeout offers a longer one: double, up to the command line\'s maximum, and it stays for the walk', () => {
	const timedOut = balance.unexpected(failure('timeout', 'No answer in time.'));
	let state = done(at402KeyCheck(), [keyPresent.found(), keyFormat.looksRight(), endpoint.official(), {...auth.accepted(), status: 'error', details: {reason: 'timeout'}}]);
	assert.equal(currentNode(state).id, 'leaf.network');
	const longer = currentOptions(state, known).find(option => option.id === 'longer_timeout');
	assert.equal(longer?.label, 'Try again with a longer timeout (20 s for each request)');
	state = pick(state, 'longer_timeout');
	assert.equal(currentNode(state).id, 'p402.check_key');
	assert.equal(viewOf(state, known).choices.timeoutMs, 20_000, 'the run gets 20 s');
	state = done(state, [keyPresent.found(), endpoint.official(), timedOut, {...auth.accepted(), status: 'error', details: {reason: 'timeout'}}]);
	assert.equal(currentOptions(state, known).find(option => option.id === 'longer_timeout')?.label, 'Try again with a longer timeout (40 s for each request)');
	const atMax = {...known, timeoutMs: 600_000};
	const maxed = done(at402KeyCheck(atMax), [keyPresent.found(), endpoint.official(), {...auth.accepted(), status: 'error', details: {reason: 'timeout'}}], atMax);
	assert.ok(!currentOptions(maxed, atMax).some(option => option.id === 'longer_timeout'), 'nothing longer than the maximum');
	assert.equal(currentOptions(atEmptyBalance(), known).find(option => option.id === 'longer_timeout'), undefined, 'no timeout, no offer');
});

test('waiting for a top-up: a step of its own; arrived → topped up, with the balance before; out of time → still waiting', () => {
	const leaf = atEmptyBalance();
	const waiting = pick(leaf, 'wait');
	assert.equal(currentNode(waiting).id, 'wait.topup');
	assert.ok(waiting.runSerial > leaf.runSerial, 'a wait is a run of its own');
	const arrived = act(waiting, {type: 'wait_done', node: 'wait.topup', run: waiting.runSerial, arrived: true, results: balanceOf(readings.toppedUp)});
	assert.equal(currentNode(arrived).id, 'leaf.topped_up');
	const view = viewOf(arrived, known);
	assert.deepEqual(whatChanged(view.before!, view.results).map(change => change.text), ['0.00 CNY before → 47.44 CNY now: your top-up arrived.']);
	const over = act(waiting, {type: 'wait_done', node: 'wait.topup', run: waiting.runSerial, arrived: false, results: balanceOf(readings.zero)});
	assert.equal(currentNode(over).id, 'leaf.wait_over');
	assert.ok(currentOptions(over, known).some(option => option.id === 'wait'), 'wait again');
	assert.equal(step(waiting, {type: 'wait_done', node: 'wait.topup', run: waiting.runSerial - 1, arrived: true, results: []}, known), waiting, 'a stale wait is ignored');
	assert.equal(currentNode(act(waiting, {type: 'back'})).id, 'leaf.zero_balance', 'Esc stops waiting, back to the result');
});

test('the script command: check or balance as the walk did, the paid call and its model, another base URL, a longer timeout; never the key', () => {
	const command = (state: WizardState, k: Known = known) => scriptCommand(state, viewOf(state, k));
	assert.equal(command(initialState()), undefined, 'nothing ran yet');
	assert.equal(command(atEmptyBalance()), 'deepseek-fix check');
	let probed = done(done(at402KeyCheck(), keyChecks()), balanceOf(readings.toppedUp));
	probed = done(pick(pick(probed, 'yes'), 'deepseek-v4-flash'), [probe.answered(deepseekAnswers.insufficient())]);
	assert.equal(command(probed), 'deepseek-fix check --probe --model deepseek-v4-flash');
	const withAlert: Known = {...known, alert: {amount: '5', currency: 'CNY'}, baseUrl: 'https://gateway.example.org/v1?x=1', timeoutMs: 30_000};
	let pasted = pick(pick(initialState(), 'balance', withAlert), 'paste', withAlert);
	pasted = act(pasted, {type: 'submit', node: 'balance.key_paste', value: testKey}, withAlert);
	pasted = done(pasted, [...keyChecks(), ...balanceOf(readings.toppedUp)], withAlert);
	const line = command(pasted, withAlert) ?? '';
	assert.equal(line, "deepseek-fix balance --below 5 --base-url 'https://gateway.example.org/v1?x=1' --timeout 30000");
	assert.ok(!line.includes(testKey.slice(-8)), 'no key');
	assert.equal(command(pick(atEmptyBalance(), 'wait')), 'deepseek-fix balance --wait');
});

test('the script command after an agent app\'s base URL and key: --base-url even for DeepSeek\'s own address picked over the one in use, and the sentence says DEEPSEEK_API_KEY must hold the app\'s key', () => {
	const settingsFile = '~/.claude/settings.json';
	const relayInUse: Known = {
		...known,
		key: undefined,
		envKey: undefined,
		baseUrl: 'https://relay.example/v1',
		baseUrlSource: 'env',
		otherBaseUrls: [{name: 'ANTHROPIC_BASE_URL', url: 'https://api.deepseek.com', source: 'claude_code', settingsFile, written: 'https://api.deepseek.com/anthropic'}],
		appKeys: {claude_code: {masked: 'sk-…cdef', name: 'ANTHROPIC_AUTH_TOKEN', file: settingsFile}},
	};
	let state = initialState();
	for (const option of ['402', 'app', 'app:claude_code:ANTHROPIC_BASE_URL', 'claude_code']) state = pick(state, option, relayInUse);
	assert.equal(currentNode(state).id, 'p402.check_key');
	state = done(done(state, keyChecks(), relayInUse), balanceOf(readings.zero), relayInUse);
	assert.equal(currentNode(state).id, 'leaf.zero_balance');
	const view = viewOf(state, relayInUse);
	const command = scriptCommand(state, view) ?? '';
	assert.equal(command, 'deepseek-fix check --base-url https://api.deepseek.com', 'without it, a script would call the relay in DEEPSEEK_BASE_URL');
	assert.equal(scriptKeyApp(view), 'claude_code');
	assert.equal(scriptSentence(command, scriptKeyApp(view)), "Same from a script, with DEEPSEEK_API_KEY set to the key in Claude Code's settings: deepseek-fix check --base-url https://api.deepseek.com");
	assert.equal(recordOf(state, relayInUse).result?.keyApp, 'claude_code', 'the record left after quitting says it too');
	// The key in DEEPSEEK_API_KEY and the address in use: nothing more to say.
	assert.equal(scriptKeyApp(viewOf(atEmptyBalance(), known)), undefined);
	assert.equal(scriptSentence('deepseek-fix check', undefined), 'Same from a script: deepseek-fix check');
	setLanguage('zh-CN');
	try {
		assert.equal(scriptSentence('deepseek-fix check', 'opencode'), '脚本里的等效命令（先把 DEEPSEEK_API_KEY 设为 OpenCode 配置里的 key）：deepseek-fix check');
	} finally {
		setLanguage('en');
	}
});

test('the record: each question with its answer, the result with its first fix and the command', () => {
	const record = recordOf(pick(atEmptyBalance(), 'set_alert'), known);
	assert.deepEqual(record.answers.map(item => `${item.tone ?? 'question'}: ${item.question} · ${item.answer}`), [
		'question: What is happening? · My calls fail with 402 Insufficient Balance',
		'question: Which program makes the calls that fail? · My own code (an OpenAI-compatible SDK)',
		"question: Which address (base URL) does it send them to? · https://api.deepseek.com (DeepSeek's default)",
		'question: Which API key does it use? · The key in DEEPSEEK_API_KEY (sk-…cdef)',
		'bad: Your DeepSeek balance is empty · Set a low-balance alert',
	]);
	assert.deepEqual(record.result && {...record.result, fix: record.result.fix?.url}, {
		tone: 'bad',
		title: 'Your DeepSeek balance is empty',
		fix: 'https://platform.deepseek.com/top_up',
		command: 'deepseek-fix check',
	});
	assert.deepEqual(recordOf(initialState(), known), {answers: [], result: undefined});
});

test('copy: the first fix\'s link, the trace id a leaf shows; the alert, when one is set, is changed or removed', () => {
	const copies = currentOptions(atEmptyBalance(), known).filter(option => option.effect?.type === 'copy');
	assert.deepEqual(copies.map(option => [option.label, option.effect]), [['Copy the link: platform.deepseek.com/top_up', {type: 'copy', text: 'https://platform.deepseek.com/top_up', what: 'link'}]]);
	let support = done(done(at402KeyCheck(), keyChecks()), balanceOf(readings.toppedUp));
	support = pick(done(pick(pick(support, 'yes'), 'deepseek-v4-flash'), [probe.answered(deepseekAnswers.insufficient())]), 'none');
	assert.equal(currentNode(support).id, 'leaf.support');
	const supportCopies = currentOptions(support, known).filter(option => option.effect?.type === 'copy');
	assert.deepEqual(supportCopies.map(option => option.label), ['Copy the address: api-service@deepseek.com', 'Copy the trace id']);
	assert.deepEqual(supportCopies[1]?.effect, {type: 'copy', text: 'f3a9c2d4e5b60718293a4b5c6d7e8f90', what: 'trace_id'});
	const alertSet: Known = {...known, alert: {amount: '5', currency: 'CNY'}};
	const labels = currentOptions(atEmptyBalance(), alertSet).map(option => option.label);
	assert.ok(labels.includes('Change the low-balance alert (now under 5 CNY)') && labels.includes('Remove the low-balance alert'), labels.join('\n'));
	assert.ok(!labels.includes('Set a low-balance alert'));
	assert.equal(currentOptions(initialState(), alertSet).find(option => option.id === 'balance')?.label, 'Check my balance / change the alert (now under 5 CNY)');
});

test('the start screen\'s memory: last time, the last balance with its trend, the alert', () => {
	const now = new Date('2026-11-20T13:00:00Z');
	const remembering: Known = {
		...known,
		lastDiagnosis: {summary: 'Your DeepSeek balance is empty: 0.00 CNY', verdict: 'insufficient_balance', language: 'en', path: [], at: '2026-11-19T13:00:00Z'},
		lastBalance: {total: '47.44', currency: 'CNY', at: '2026-11-20T10:00:00Z'},
		trend: {currency: 'CNY', burnPerDay: 1.2, daysLeft: 39.5},
		alert: {amount: '5', currency: undefined},
	};
	assert.deepEqual(rememberedTexts(remembering, now), [
		'Last time (1 day ago): Your DeepSeek balance is empty: 0.00 CNY',
		// Read a day after that result (a top-up since, maybe): since then, not "last" beside an "empty" as if the same.
		'Balance since then: 47.44 CNY, 3 hours ago; spending about 1.20 CNY a day, enough for about 39 days',
		'Low-balance alert: under 5 CNY',
	]);
	assert.deepEqual(rememberedTexts({...remembering, trend: undefined, alert: undefined, lastDiagnosis: undefined}, now), ['Last balance: 47.44 CNY, 3 hours ago']);
	// Less than a day left is said so, never "about 0 days"; an empty balance has none left to count.
	const fast: Known = {...remembering, alert: undefined, lastDiagnosis: undefined, trend: {currency: 'CNY', burnPerDay: 200, daysLeft: 0.24}};
	assert.deepEqual(rememberedTexts(fast, now), ['Last balance: 47.44 CNY, 3 hours ago; spending about 200.00 CNY a day, enough for less than a day']);
	const empty: Known = {...fast, lastBalance: {total: '0.00', currency: 'CNY', at: '2026-11-20T10:00:00Z'}, trend: {currency: 'CNY', burnPerDay: 200, daysLeft: 0}};
	assert.deepEqual(rememberedTexts(empty, now), ['Last balance: 0.00 CNY, 3 hours ago; spending about 200.00 CNY a day']);
	assert.deepEqual(rememberedTexts(known, now), []);
	// The last result was the balance itself: its amount is not said again on the next line.
	const balanceSaid: Known = {
		...known,
		lastDiagnosis: {summary: 'Your balance: 47.44 CNY', verdict: 'ok', language: 'en', path: [], at: '2026-11-20T10:00:00Z'},
		lastBalance: {total: '47.44', currency: 'CNY', at: '2026-11-20T10:00:00Z'},
	};
	assert.deepEqual(rememberedTexts(balanceSaid, now), ['Last time (3 hours ago): Your balance: 47.44 CNY']);
	assert.deepEqual(rememberedTexts({...balanceSaid, lastBalance: {total: '40.00', currency: 'CNY', at: '2026-11-20T12:00:00Z'}}, now), [
		'Last time (3 hours ago): Your balance: 47.44 CNY',
		'Balance since then: 40.00 CNY, 1 hour ago',
	]);
	assert.equal(currentOptions(initialState(), remembering)[0]?.label, 'Check it again');
});

test('checking again at another base URL (a redirect\'s address): it wins over the base URL picked before the checks, walked again', () => {
	const relay: Known = {...known, baseUrl: 'https://relay.example/v1', baseUrlSource: 'env'};
	let state = initialState();
	for (const option of ['402', 'own_code', 'deepseek', 'env']) state = pick(state, option, relay);
	assert.equal(currentNode(state).id, 'p402.check_key');
	assert.equal(viewOf(state, relay).choices.baseUrl, 'https://api.deepseek.com');
	const moved = {...state, baseUrl: 'https://relay.example/api/v1'};
	assert.equal(viewOf(moved, relay).choices.baseUrl, 'https://relay.example/api/v1');
	// Once the checks ran, the view past them keeps it (the wizard test walks the pick itself, and Remember keeping it).
	const checked = done(moved, keyChecks(), relay);
	assert.equal(viewOf(checked, relay).choices.baseUrl, 'https://relay.example/api/v1');
});

test('an agent app sends another key: "money left, still 402" offers to check that key first, which the checks then run with (over the key picked before)', () => {
	const withApp: CheckResult = {...keyPresent.found(), status: 'warn', details: {source: 'env', appKeys: [{source: 'claude_code', name: 'ANTHROPIC_AUTH_TOKEN', masked: 'sk-…cdfe', settingsFile: '~/.claude/settings.json'}]}};
	const state = pick(done(done(at402KeyCheck(), [withApp, keyFormat.looksRight(), endpoint.official(), auth.accepted()]), balanceOf(readings.toppedUp)), 'no');
	assert.equal(currentNode(state).id, 'p402.still_402');
	assert.deepEqual(currentOptions(state, known)[0], {id: 'check_key:claude_code', label: 'Check the key Claude Code sends (sk-…cdfe)', effect: {type: 'check_again', keyChoice: 'claude_code'}});
	const node = currentNode(state);
	assert.ok(node.kind === 'menu');
	assert.match(node.help?.(viewOf(state, known)).join('\n') ?? '', /Claude Code sends another key \(sk-…cdfe\), whose account may be empty/);
	assert.equal(viewOf(state, known).choices.keyChoice, 'env');
	const again = pick(state, 'check_key:claude_code');
	assert.equal(currentNode(again).id, 'p402.check_key', 'back at the first check step');
	assert.equal(viewOf(again, known).choices.keyChoice, 'claude_code');
	// Stepping back re-asks the key question, and starting over asks again: the pick made there counts then.
	const backed = act(again, {type: 'back'});
	assert.equal(currentNode(backed).id, 'p402.key');
	assert.equal(viewOf(pick(backed, 'env'), known).choices.keyChoice, 'env');
	let fresh = act(again, {type: 'restart'});
	for (const option of ['402', 'own_code', 'current', 'env']) fresh = pick(fresh, option);
	assert.equal(viewOf(fresh, known).choices.keyChoice, 'env');
	// Without the app's other key, the menu is as before.
	const plain = pick(done(done(at402KeyCheck(), keyChecks()), balanceOf(readings.toppedUp)), 'no');
	assert.equal(currentOptions(plain, known)[0]?.id, 'before');
});

test('two agent apps send other keys: "money left, still 402" offers each app\'s key, in the apps\' order, and names both under the balance; the second\'s pick checks with it', () => {
	const apps = [
		{source: 'claude_code', name: 'ANTHROPIC_AUTH_TOKEN', masked: 'sk-…cdfe', settingsFile: '~/.claude/settings.json'},
		{source: 'opencode', name: 'provider.deepseek.options.apiKey', masked: 'sk-…cdfa', settingsFile: 'opencode.json'},
	];
	const withApps: CheckResult = {...keyPresent.found(), status: 'warn', details: {source: 'env', appKeys: apps}};
	const state = pick(done(done(at402KeyCheck(), [withApps, keyFormat.looksRight(), endpoint.official(), auth.accepted()]), balanceOf(readings.toppedUp)), 'no');
	assert.equal(currentNode(state).id, 'p402.still_402');
	assert.deepEqual(currentOptions(state, known).slice(0, 3).map(option => option.id), ['check_key:claude_code', 'check_key:opencode', 'before']);
	assert.equal(currentOptions(state, known)[1]?.label, 'Check the key OpenCode sends (sk-…cdfa)');
	const node = currentNode(state);
	assert.ok(node.kind === 'menu');
	assert.match(node.help?.(viewOf(state, known)).join('\n') ?? '', /Claude Code \(sk-…cdfe\) and OpenCode \(sk-…cdfa\) send other keys, whose accounts may be empty/);
	assert.equal(viewOf(pick(state, 'check_key:opencode'), known).choices.keyChoice, 'opencode');
});
