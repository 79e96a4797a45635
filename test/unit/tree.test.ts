// The wizard's decision tree and its pure step reducer: every edge leads somewhere real,
// check steps route on results, back keeps answers, restart and re-check work.
import {test} from 'node:test';
import {typedFullWidth} from '../../source/checks/key-format.js';
import assert from 'node:assert/strict';
import type {CheckId, CheckResult, CheckStatus} from '../../source/checks/types.js';
import {nodeOf, startNode, tree} from '../../source/tree/nodes.js';
import {
	breadcrumb,
	currentNode,
	currentOptions,
	currentStep,
	initialState,
	leafOptions,
	optionsOf,
	pathOf,
	step,
	viewOf,
	type Action,
} from '../../source/tree/step.js';
import type {Known, TreeNode, View, WizardState} from '../../source/tree/types.js';
import type {AppSettings} from '../../source/app-settings.js';
import {diagnose} from '../../source/diagnose.js';
import type {Verdict} from '../../source/verdict.js';
import {buildCheckReport} from '../../source/engine.js';
import {wizardText} from '../../source/messages/wizard.js';
import {setLanguage} from '../../source/messages/language.js';
import {labelLines} from '../../source/ui/frame-layout.js';
import {refusedForOrigin} from '../../source/tree/leaves/relay.js';
import {displayWidth} from '../../source/text/width.js';
import {answer, auth as authResult, balance as balanceResult, endpoint as endpointResult, failure, probe as probeResult, providers, scenario as run} from '../helpers/results.js';

const key = 'sk-' + '0123456789abcdef'.repeat(2);

function known(overrides: Partial<Known> = {}): Known {
	return {
		key: {masked: 'sk-…cdef', source: 'env'},
		envKey: 'sk-…cdef',
		envKeyBlank: false,
		rememberedKey: 'sk-…9999',
		baseUrl: 'https://api.deepseek.com',
		baseUrlSource: 'default',
		otherBaseUrls: [{name: 'OPENAI_BASE_URL', url: 'https://openrouter.ai/api/v1'}],
		deepseekBaseUrl: 'https://api.deepseek.com',
		providerName: undefined,
		lastDiagnosis: {summary: 'Your DeepSeek balance is empty', verdict: 'insufficient_balance', language: 'en', path: ['start=402', 'p402.program=own_code', 'p402.base_url=current', 'p402.key=env', 'p402.check_key', 'p402.check_balance', 'leaf.zero_balance']},
		currency: 'CNY',
		probeModel: undefined,
		...overrides,
	};
}

function result(id: CheckId, status: CheckStatus, details: Record<string, unknown> = {}): CheckResult {
	return {id, title: id, status, summary: `${id} ${status}`, durationMs: 1, details};
}

const deepseekProvider = {id: 'deepseek', name: 'DeepSeek', detectedBy: 'host', consoleUrl: 'https://platform.deepseek.com/top_up'};
const oneApi = {id: 'one-api', name: 'One API', detectedBy: 'fingerprint', consoleUrl: 'http://127.0.0.1:3000/topup'};
const reading = (total: string, granted: string, toppedUp: string, isAvailable = true) => ({
	isAvailable,
	balances: [{currency: 'CNY', total, granted, toppedUp}],
});

/** Named sets of results a check step may see, for routing tests. */
const scenarios: Record<string, CheckResult[]> = {
	unreachable: [result('network', 'fail', {reason: 'connection_refused'}), result('endpoint', 'error')],
	relayExhausted: [
		result('endpoint', 'warn', {provider: oneApi, reachesDeepSeek: false, host: '127.0.0.1:3000'}),
		result('auth', 'fail', {httpStatus: 401, signature: {provider: 'one-api', kind: 'token_exhausted', message: 'used up'}}),
		result('balance', 'fail', {reading: null, providerBalance: {provider: 'one-api', unit: 'USD', remaining: '0.00', granted: null, toppedUp: null, unlimited: false, exhausted: true, source: '/dashboard/billing/usage', note: undefined}}),
	],
	keyRejected: [result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true}), result('auth', 'fail', {httpStatus: 401, sentLastFour: 'cdef', echoedLastFour: 'abcd'})],
	keyOk: [result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true}), result('auth', 'pass', {httpStatus: 200, sentLastFour: 'cdef'})],
	keyOkWithModels: [
		result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true}),
		result('auth', 'pass', {httpStatus: 200, sentLastFour: 'cdef', probeModels: ['deepseek-v4-pro', 'deepseek-v4-flash', 'not a model name']}),
	],
	zero: [result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true}), result('auth', 'pass'), result('balance', 'fail', {reading: reading('0.00', '0.00', '0.00')})],
	bonusOnly: [result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true}), result('auth', 'pass'), result('balance', 'warn', {reading: reading('5.00', '5.00', '0.00')})],
	positive: [result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true}), result('auth', 'pass'), result('balance', 'pass', {reading: reading('47.44', '0.00', '47.44')})],
	probe402: [
		result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true}),
		result('balance', 'pass', {reading: reading('47.44', '0.00', '47.44')}),
		result('probe', 'fail', {httpStatus: 402, traceId: 'trace-123'}),
	],
	probeOk: [result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true}), result('probe', 'pass', {httpStatus: 200})],
	outage: [result('service_status', 'fail', {worst: 'full_outage'}), result('auth', 'error', {httpStatus: 503})],
	rateLimited: [result('auth', 'error', {httpStatus: 429}), result('service_status', 'pass', {worst: 'operational'})],
	relayRateLimited: [
		result('endpoint', 'warn', {provider: oneApi, reachesDeepSeek: false, host: '127.0.0.1:3000'}),
		result('auth', 'pass', {httpStatus: 200}),
		result('probe', 'fail', {httpStatus: 429, signature: {provider: 'unknown', kind: 'rate_limited', message: 'too many requests', status: 429}}),
	],
	serverError: [result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true}), result('service_status', 'skip', {worst: 'unknown'})],
	reachable: [result('network', 'pass'), result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true}), result('service_status', 'pass', {worst: 'operational'})],
	leaked: [
		result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true}),
		result('auth', 'pass'),
		result('balance', 'pass', {reading: reading('47.44', '0.00', '47.44')}),
		result('key_exposure', 'fail', {findings: [{file: '.env', line: 1, masked: 'sk-…cdef', kind: 'current_key'}], scannedFiles: 3, trackedFiles: 3}),
	],
	nothing: [],
};

function viewWith(results: CheckResult[], k: Known = known()): View {
	return {known: k, choices: {}, results: new Map(results.map(item => [item.id, item])), diagnosis: diagnose(results)};
}

/** Apply actions in order, failing loudly when one changes nothing. */
function walk(actions: Action[], k: Known = known(), from: WizardState = initialState()): WizardState {
	let state = from;
	for (const action of actions) {
		const next = step(state, action, k);
		assert.notEqual(next, state, `action had no effect: ${JSON.stringify(action)} at ${currentStep(state).node}`);
		state = next;
	}
	return state;
}

const pick = (node: string, option: string): Action => ({type: 'pick', node, option});
const done = (state: WizardState, results: CheckResult[]): Action => ({type: 'checks_done', node: currentStep(state).node, run: state.runSerial, results});

test('every menu option, input and check route leads to a node that exists', () => {
	const views = Object.values(scenarios).map(results => viewWith(results));
	for (const node of tree.values()) {
		if (node.kind === 'menu' || node.kind === 'leaf') {
			for (const view of views) {
				const options = node.kind === 'menu' ? node.options(view) : (node.content(view).options ?? []);
				for (const option of options) {
					if (option.next) assert.ok(tree.has(option.next), `${node.id} → ${option.next}`);
					else assert.ok(option.effect, `${node.id}: option ${option.id} neither leads anywhere nor does anything`);
				}
			}
		}
		if (node.kind === 'input') assert.ok(tree.has(node.next), `${node.id} → ${node.next}`);
		if (node.kind === 'wait') for (const target of [node.arrived, node.timedOut]) assert.ok(tree.has(target), `${node.id} → ${target}`);
		if (node.kind === 'checks') {
			assert.ok(node.checks.length > 0, node.id);
			for (const target of node.routes) assert.ok(tree.has(target), `${node.id} routes to missing ${target}`);
			for (const [name, results] of Object.entries(scenarios)) {
				const target = node.route(viewWith(results));
				assert.ok(node.routes.includes(target), `${node.id} with ${name} → ${target}, not in its routes`);
			}
		}
	}
});

/** Claude Code's settings send calls to another base URL than the one in use: "Run every check" asks where first. */
const appElsewhere = known({otherBaseUrls: [{name: 'ANTHROPIC_BASE_URL', url: 'https://relay.example', source: 'claude_code', settingsFile: '~/.claude/settings.json', written: 'https://relay.example/anthropic'}]});

test('"Run every check" asks which base URL to check only where an agent app\'s settings name another one, offered as it writes it, the one in use first', () => {
	const nowhereElse = known({otherBaseUrls: []});
	assert.equal(currentNode(walk([pick('start', 'everything')], nowhereElse)).id, 'all.key', 'no other address: straight to the key, as before');
	assert.equal(currentNode(walk([pick('start', 'other'), pick('other.symptom', 'unsure')], nowhereElse)).id, 'all.key');
	let state = walk([pick('start', 'everything')], appElsewhere);
	assert.equal(currentNode(state).id, 'all.base_url');
	const view = viewOf(state, appElsewhere);
	const node = nodeOf('all.base_url');
	assert.ok(node.kind === 'menu');
	assert.equal(node.question(view), 'Which address (base URL) should be checked?');
	assert.deepEqual(node.help?.(view, new Date()), ["Claude Code's settings send calls to a different address from the one in use: pick the one to check."]);
	assert.deepEqual(node.options(view).map(option => [option.id, option.label]), [
		// Beside another address, what it is: DeepSeek's own API, not "DeepSeek's default" (read as the right one).
		['current', "https://api.deepseek.com (DeepSeek's own API)"],
		['app:claude_code:ANTHROPIC_BASE_URL', "The base URL in Claude Code's settings (https://relay.example/anthropic)"],
		['type', 'Another address: type it in'],
	]);
	assert.equal(currentNode(walk([pick('start', 'other'), pick('other.symptom', 'unsure')], appElsewhere)).id, 'all.base_url');
	state = walk([pick('all.base_url', 'app:claude_code:ANTHROPIC_BASE_URL'), pick('all.key', 'env'), pick('all.probe_consent', 'no')], appElsewhere, state);
	assert.equal(currentNode(state).id, 'all.check');
	assert.equal(viewOf(state, appElsewhere).choices.baseUrl, 'https://relay.example', 'the checks use the normalised root');
	// The one in use, as before; or typed in.
	assert.equal(viewOf(walk([pick('start', 'everything'), pick('all.base_url', 'current')], appElsewhere), appElsewhere).choices.baseUrl, undefined);
	const typed = walk([pick('start', 'everything'), pick('all.base_url', 'type'), {type: 'submit', node: 'all.base_url_input', value: 'https://other.example/v1'}], appElsewhere);
	assert.deepEqual([currentNode(typed).id, viewOf(typed, appElsewhere).choices.baseUrl], ['all.key', 'https://other.example/v1']);
});

test('"Run every check" asks which base URL to check where another tool\'s variable (OPENAI_BASE_URL) names another one, offers that tool\'s key with it, and "check it again" replays both', () => {
	// Normalised, as knownFrom gives them; shown and checked as written.
	const relayed = known({
		otherBaseUrls: [{name: 'OPENAI_BASE_URL', url: 'https://openrouter.ai/api', written: 'https://openrouter.ai/api/v1'}],
		variableKeys: [{name: 'OPENAI_API_KEY', masked: 'sk-…beef', sentTo: 'https://openrouter.ai/api', baseVariable: 'OPENAI_BASE_URL'}],
	});
	let state = walk([pick('start', 'everything')], relayed);
	assert.equal(currentNode(state).id, 'all.base_url', 'the question the 401 path asks');
	const menu = nodeOf('all.base_url');
	assert.ok(menu.kind === 'menu');
	assert.deepEqual(menu.help?.(viewOf(state, relayed), new Date()), ['Tools that read OPENAI_BASE_URL send calls to a different address from the one in use: pick the one to check.']);
	assert.deepEqual(menu.options(viewOf(state, relayed)).map(option => option.id), ['current', 'env:OPENAI_BASE_URL', 'type']);
	state = walk([pick('all.base_url', 'env:OPENAI_BASE_URL')], relayed, state);
	const keyMenu = nodeOf('all.key');
	assert.ok(keyMenu.kind === 'menu');
	assert.equal(keyMenu.options(viewOf(state, relayed))[0]?.id, 'variable:OPENAI_API_KEY', 'the key that tool sends there, first');
	state = walk([pick('all.key', 'variable:OPENAI_API_KEY'), pick('all.probe_consent', 'no')], relayed, state);
	assert.equal(currentNode(state).id, 'all.check');
	const path = pathOf(state);
	assert.ok(path.includes('all.base_url=env:OPENAI_BASE_URL'), path.join(' '));
	// Check it again: the same address and key, straight to the checks.
	const again = known({...relayed, lastDiagnosis: {summary: 'x', verdict: 'ok', language: 'en', path: [...path, 'leaf.ok']}});
	const replayed = walk([pick('start', 'recheck')], again);
	assert.equal(currentNode(replayed).id, 'all.check');
	assert.deepEqual([viewOf(replayed, again).choices.baseUrl, viewOf(replayed, again).choices.keyChoice], [viewOf(state, relayed).choices.baseUrl, 'OPENAI_API_KEY']);
});

test('the base-URL question calls DeepSeek\'s default address "DeepSeek\'s own API" beside another tool\'s address, and "DeepSeek\'s default" where it is alone, in both languages', () => {
	const labels = (k: Known) => {
		const node = nodeOf('p402.base_url');
		assert.ok(node.kind === 'menu');
		return node.options(viewOf(walk([pick('start', '402'), pick('p402.program', 'own_code')], k), k)).map(option => option.label);
	};
	const relayed = known({otherBaseUrls: [{name: 'OPENAI_BASE_URL', url: 'https://relay.example', source: 'dotenv', dotenvFile: '.env', written: 'https://relay.example/v1'}]});
	const alone = known({otherBaseUrls: []});
	assert.deepEqual(labels(relayed), ["https://api.deepseek.com (DeepSeek's own API)", 'https://relay.example/v1 (from OPENAI_BASE_URL in .env here)', 'Another address: type it in']);
	assert.deepEqual(labels(alone), ["https://api.deepseek.com (DeepSeek's default)", 'Another address: type it in']);
	// Set on purpose (DEEPSEEK_BASE_URL, --base-url, remembered): where it comes from, as before.
	assert.equal(labels(known({...relayed, baseUrlSource: 'env'}))[0], 'https://api.deepseek.com (from DEEPSEEK_BASE_URL)');
	setLanguage('zh-CN');
	try {
		assert.equal(labels(relayed)[0], 'https://api.deepseek.com（DeepSeek 官方 API）');
		assert.equal(labels(alone)[0], 'https://api.deepseek.com（DeepSeek 默认地址）');
	} finally {
		setLanguage('en');
	}
});

test('an agent app\'s base URL is recorded as the app and its setting (app:APP:SETTING), apart from a variable of the same name; a path remembered as env:SETTING still replays to the app\'s', () => {
	const aiderFile = '~/.aider.conf.yml';
	const both = known({otherBaseUrls: [
		{name: 'DEEPSEEK_API_BASE', url: 'https://env-relay.example'},
		{name: 'set-env DEEPSEEK_API_BASE', url: 'https://aider-relay.example', source: 'aider', settingsFile: aiderFile},
	]});
	let state = walk([pick('start', 'everything')], both);
	const menu = nodeOf('all.base_url');
	assert.ok(menu.kind === 'menu');
	assert.deepEqual(menu.options(viewOf(state, both)).map(option => option.id), ['current', 'env:DEEPSEEK_API_BASE', 'app:aider:set-env DEEPSEEK_API_BASE', 'type']);
	state = walk([pick('all.base_url', 'app:aider:set-env DEEPSEEK_API_BASE'), pick('all.key', 'env')], both, state);
	assert.equal(viewOf(state, both).choices.baseUrl, 'https://aider-relay.example');
	assert.ok(pathOf(state).includes('all.base_url=app:aider:set-env DEEPSEEK_API_BASE'), pathOf(state).join(' '));
	// Last time's walk, written before the app was named: the app's pick again, not the variable's.
	const remembered = (path: string[]) => known({...both, lastDiagnosis: {summary: 'x', verdict: 'ok', language: 'en', path}});
	const claude = known({...appElsewhere, lastDiagnosis: {summary: 'x', verdict: 'ok', language: 'en', path: ['start=everything', 'all.base_url=env:ANTHROPIC_BASE_URL', 'all.key=env', 'all.probe_consent=no', 'all.check']}});
	const replayed = walk([pick('start', 'recheck')], claude);
	assert.equal(currentNode(replayed).id, 'all.check');
	assert.equal(viewOf(replayed, claude).choices.baseUrl, 'https://relay.example');
	const aiderPath = ['start=everything', 'all.base_url=env:set-env DEEPSEEK_API_BASE', 'all.key=env', 'all.probe_consent=no', 'all.check'];
	assert.equal(viewOf(walk([pick('start', 'recheck')], remembered(aiderPath)), remembered(aiderPath)).choices.baseUrl, 'https://aider-relay.example');
	// A variable's own pick replays as itself.
	const envPath = ['start=everything', 'all.base_url=env:DEEPSEEK_API_BASE', 'all.key=env', 'all.probe_consent=no', 'all.check'];
	assert.equal(viewOf(walk([pick('start', 'recheck')], remembered(envPath)), remembered(envPath)).choices.baseUrl, 'https://env-relay.example');
});

test('check it again walks on past a question not asked this time: the base URL remembered since is the app\'s, so there is nothing to pick', () => {
	// Last time Aider's base URL was picked over the one in use, then remembered: now it is the one in use, and the base-URL question is not asked.
	const path = ['start=everything', 'all.base_url=app:aider:AIDER_SET_ENV DEEPSEEK_API_BASE', 'all.key=aider', 'all.probe_consent=no', 'all.check', 'leaf.ok'];
	const remembered = known({
		envKey: undefined,
		rememberedKey: undefined,
		baseUrl: 'http://127.0.0.1:18975',
		baseUrlSource: 'remembered',
		otherBaseUrls: [],
		appKeys: {aider: {masked: 'sk-…cdef', name: 'AIDER_API_KEY deepseek', file: ''}},
		lastDiagnosis: {summary: 'No problem found', verdict: 'ok', language: 'en', path},
	});
	assert.equal(currentNode(walk([pick('start', 'everything')], remembered)).id, 'all.key', 'no base-URL question now');
	const replayed = walk([pick('start', 'recheck')], remembered);
	assert.equal(currentNode(replayed).id, 'all.check');
	assert.equal(viewOf(replayed, remembered).choices.keyChoice, 'aider');
});

test('the 401 path asks which base URL to check where an agent app\'s settings name another one, as "Run every check" does', () => {
	const nowhereElse = known({otherBaseUrls: []});
	assert.equal(currentNode(walk([pick('start', 'other'), pick('other.symptom', '401')], nowhereElse)).id, 'p401.key', 'no other address: straight to the key, as before');
	// Another tool's variable (OPENAI_BASE_URL) sends its key elsewhere: asked too, so that key is checked where it is sent.
	const byVariable = walk([pick('start', 'other'), pick('other.symptom', '401')]);
	assert.equal(currentNode(byVariable).id, 'p401.base_url');
	assert.equal(currentNode(walk([pick('start', 'everything')], known())).id, 'all.base_url', '"Run every check" asks the same');
	let state = walk([pick('start', 'other'), pick('other.symptom', '401')], appElsewhere);
	assert.equal(currentNode(state).id, 'p401.base_url');
	const node = nodeOf('p401.base_url');
	assert.ok(node.kind === 'menu');
	assert.equal(node.question(viewOf(state, appElsewhere)), 'Which address (base URL) should be checked?');
	assert.deepEqual(node.options(viewOf(state, appElsewhere)).map(option => option.id), ['current', 'app:claude_code:ANTHROPIC_BASE_URL', 'type']);
	state = walk([pick('p401.base_url', 'app:claude_code:ANTHROPIC_BASE_URL'), pick('p401.key', 'env')], appElsewhere, state);
	assert.equal(currentNode(state).id, 'p401.check');
	assert.equal(viewOf(state, appElsewhere).choices.baseUrl, 'https://relay.example');
	assert.equal(viewOf(state, appElsewhere).choices.reported, '401');
});

test('every node can be reached from the start', () => {
	const reached = new Set<string>([startNode]);
	const queue: TreeNode[] = [nodeOf(startNode)];
	const views = [known(), appElsewhere].flatMap(k => Object.values(scenarios).map(results => viewWith(results, k)));
	while (queue.length > 0) {
		const node = queue.shift()!;
		const targets = new Set<string>();
		if (node.kind === 'menu') for (const view of views) for (const option of node.options(view)) if (option.next) targets.add(option.next);
		if (node.kind === 'leaf') for (const view of views) for (const option of node.content(view).options ?? []) if (option.next) targets.add(option.next);
		if (node.kind === 'input') targets.add(node.next);
		if (node.kind === 'checks') for (const target of node.routes) targets.add(target);
		if (node.kind === 'wait') for (const target of [node.arrived, node.timedOut]) targets.add(target);
		for (const target of targets) {
			if (reached.has(target)) continue;
			reached.add(target);
			queue.push(nodeOf(target));
		}
	}
	const unreached = [...tree.keys()].filter(id => !reached.has(id));
	assert.deepEqual(unreached, []);
});

test('the start offers re-checking last time only when there was a last time', () => {
	const withLast = currentOptions(initialState(), known()).map(option => option.id);
	assert.equal(withLast[0], 'recheck');
	assert.deepEqual(withLast.slice(1), ['402', 'other', 'balance', 'drain', 'everything', 'faq']);
	const without = currentOptions(initialState(), known({lastDiagnosis: undefined})).map(option => option.id);
	assert.deepEqual(without, ['402', 'other', 'balance', 'drain', 'everything', 'faq']);
});

test('the views of the same results in the same language share one diagnosis; another language or other results diagnose again', () => {
	let state = walk([pick('start', '402'), pick('p402.program', 'own_code'), pick('p402.base_url', 'current'), pick('p402.key', 'env')]);
	state = walk([done(state, scenarios['keyOk']!)], known(), state);
	state = walk([done(state, scenarios['positive']!)], known(), state);
	const first = viewOf(state, known());
	assert.equal(viewOf(state, known()).diagnosis, first.diagnosis, 'the same results: diagnosed once');
	assert.equal(viewOf(state, known()).results, first.results);
	assert.deepEqual(first.diagnosis, diagnose([...first.results.values()]));
	try {
		setLanguage('zh-CN');
		const chinese = viewOf(state, known());
		assert.notEqual(chinese.diagnosis, first.diagnosis);
		assert.deepEqual(chinese.diagnosis, diagnose([...chinese.results.values()]), 'in the language now shown');
		assert.notEqual(chinese.diagnosis.summary, first.diagnosis.summary);
	} finally {
		setLanguage('en');
	}
	const more = walk([pick('p402.probe_consent', 'yes')], known(), state);
	const probed = walk([done(more, scenarios['probe402']!)], known(), more);
	const after = viewOf(probed, known());
	assert.notEqual(after.diagnosis, first.diagnosis);
	assert.deepEqual(after.diagnosis, diagnose([...after.results.values()]));
	assert.equal(viewOf(state, known()).diagnosis.summary, first.diagnosis.summary, 'the earlier step again: its own results\' diagnosis');
});

test('the 402 path: program, base URL, key, key check, balance, probe consent, still-402 questions', () => {
	let state = walk([pick('start', '402'), pick('p402.program', 'own_code'), pick('p402.base_url', 'current'), pick('p402.key', 'env')]);
	assert.equal(currentNode(state).id, 'p402.check_key');
	assert.equal(viewOf(state, known()).choices.keyChoice, 'env');
	state = walk([done(state, scenarios['keyOk']!)], known(), state);
	assert.equal(currentNode(state).id, 'p402.check_balance');
	state = walk([done(state, scenarios['positive']!)], known(), state);
	assert.equal(currentNode(state).id, 'p402.probe_consent');
	state = walk([pick('p402.probe_consent', 'yes')], known(), state);
	assert.equal(currentNode(state).id, 'p402.check_probe');
	assert.equal(viewOf(state, known()).choices.probe, true);
	state = walk([done(state, scenarios['probe402']!)], known(), state);
	assert.equal(currentNode(state).id, 'p402.still_402');
	assert.deepEqual(currentOptions(state, known()).map(option => option.id), ['topup', 'account', 'payment', 'none'], 'the test call got 402 just now: no "the 402 came before my top-up"; money left here: no "paid elsewhere"');
	for (const [option, leaf] of [['topup', 'leaf.topup_pending'], ['account', 'leaf.other_account'], ['payment', 'leaf.payment_failed'], ['none', 'leaf.support']] as const) {
		const atLeaf = walk([pick('p402.still_402', option)], known(), state);
		assert.equal(currentNode(atLeaf).id, leaf);
	}
	const support = walk([pick('p402.still_402', 'none')], known(), state);
	const node = currentNode(support);
	assert.equal(node.kind, 'leaf');
	if (node.kind === 'leaf') assert.match(node.content(viewOf(support, known())).lines.join('\n'), /trace-123/);
});

test('the test call\'s model: picked from what /models listed (last time\'s first), used', () => {
	let state = walk([pick('start', '402'), pick('p402.program', 'own_code'), pick('p402.base_url', 'current'), pick('p402.key', 'env')]);
	state = walk([done(state, scenarios['keyOkWithModels']!)], known(), state);
	// The balance step runs the balance check only: the key step's /models reading stays.
	const balanceOnly = scenarios['positive']!.filter(found => found.id === 'balance');
	state = walk([done(state, balanceOnly), pick('p402.probe_consent', 'yes')], known(), state);
	assert.equal(currentNode(state).id, 'p402.probe_model');
	const remembered = known({probeModel: 'deepseek-v4-pro'});
	const options = currentOptions(state, remembered);
	assert.deepEqual(options.map(option => option.id), ['deepseek-v4-pro', 'deepseek-v4-flash', 'type it'], 'the auth check\'s order; no invalid names; then a name typed in');
	assert.match(options[0]?.label ?? '', /last time/);
	assert.doesNotMatch(options[1]?.label ?? '', /last time/);
	// The same model, its test call made on this run: just tried, not last time's.
	const tried = currentOptions(state, known({probeModel: 'deepseek-v4-pro', probeModelTried: 'deepseek-v4-pro'}));
	assert.equal(tried[0]?.label, 'deepseek-v4-pro (just tried)');
	assert.equal(tried[1]?.label, 'deepseek-v4-flash');
	assert.equal(options[1]?.effect, undefined, 'remembered after the test call, when it does not refute the pick (not at the pick)');
	state = walk([pick('p402.probe_model', 'deepseek-v4-flash')], remembered, state);
	assert.equal(currentNode(state).id, 'p402.check_probe');
	assert.equal(viewOf(state, remembered).choices.probeModel, 'deepseek-v4-flash');
	assert.equal(viewOf(state, remembered).choices.probe, true);
	// Stepping back forgets the pick.
	const back = step(state, {type: 'back'}, remembered);
	assert.equal(currentNode(back).id, 'p402.probe_model');
	assert.equal(viewOf(back, remembered).choices.probeModel, undefined);
	// A name not in the list, typed in: checked by --model's rule, then used as a pick is.
	const typing = walk([pick('p402.probe_model', 'type it')], remembered, back);
	assert.equal(currentNode(typing).id, 'p402.probe_model_input');
	assert.equal(step(typing, {type: 'submit', node: 'p402.probe_model_input', value: 'two words'}, remembered), typing, 'an invalid name stays');
	const typed = step(typing, {type: 'submit', node: 'p402.probe_model_input', value: ' deepseek-chat-v3 '}, remembered);
	assert.equal(currentNode(typed).id, 'p402.check_probe');
	assert.equal(viewOf(typed, remembered).choices.probeModel, 'deepseek-chat-v3');
	assert.equal(viewOf(typed, remembered).choices.probe, true);
});

test('"Run every check" asks for the paid call before /models is read, and names the model the call will use', () => {
	const node = nodeOf('all.probe_consent');
	assert.equal(node.kind, 'menu');
	if (node.kind !== 'menu') return;
	const help = (k: Known) => node.help?.(viewWith([], k)) ?? [];
	assert.equal(help(known({modelFlag: 'deepseek-gpt', probeModel: 'deepseek-v4-pro'})).at(-1), 'The call uses the model deepseek-gpt (--model).');
	assert.equal(help(known({probeModel: 'deepseek-v4-pro'})).at(-1), 'The call uses deepseek-v4-pro, your pick last time, unless the service no longer lists it (then its default model).');
	assert.equal(help(known({probeModel: 'deepseek-v4-pro', probeModelTried: 'deepseek-v4-pro'})).at(-1), 'The call uses deepseek-v4-pro, the model just tried, unless the service no longer lists it (then its default model).');
	assert.equal(help(known()).at(-1), "The call uses the service's default model, picked from those it lists.");
	assert.match(help(known())[0] ?? '', /max_tokens: 1/, 'what it costs comes first');
});

test('the relay leaf keeps the verdict of a definite answer there, and says it', () => {
	const node = nodeOf('leaf.relay');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	const view = viewWith(scenarios['relayRateLimited']!);
	assert.equal(view.diagnosis.verdict, 'rate_limited');
	const content = node.content(view);
	assert.equal(content.verdict, 'rate_limited');
	assert.ok(content.lines.includes(view.diagnosis.summary), content.lines.join('\n'));
	assert.match(view.diagnosis.summary, /One API/);
});

test('the unclear result of a refused request: titled as the content moderation\'s where the answer is moderation, else as the request\'s (a context too long)', () => {
	const node = nodeOf('leaf.unknown');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	const refused = (message: string, moderation: boolean) => [
		result('auth', 'pass', {httpStatus: 200}),
		result('probe', 'fail', {httpStatus: 400, errorMessage: message, signature: {provider: 'unknown', kind: 'request_refused', message, status: 400, ...(moderation ? {moderation: true} : {})}}),
	];
	const moderated = node.content(viewWith(refused('Content Exists Risk', true)));
	assert.equal(moderated.title, 'Content moderation refused the request, not your key or balance');
	assert.equal(moderated.crumb, 'Content refused');
	const tooLong = node.content(viewWith(refused('This model\'s maximum context length is 131072 tokens.', false)));
	assert.equal(tooLong.title, 'The request itself is refused, not your key or balance');
	assert.equal(tooLong.crumb, 'Request refused');
});

test('the unclear result whose summary names the cause (Cloudflare, a wrong DeepSeek address, a path DeepSeek does not serve, a key not sent over http): the title says it, never "No clear cause found"; the verdict and the JSON as before', () => {
	const node = nodeOf('leaf.unknown');
	if (node.kind !== 'leaf') return assert.fail('a leaf');
	const gateway = 'gateway.example.org';
	const page = (status: number, body: string, path: string) => answer(status, body, {bodyProblem: 'not_json', contentType: 'text/html; charset=UTF-8', url: `https://${gateway}${path}`});
	const challenge = '<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title></head>';
	const insecure = (path: string) => failure('insecure_url', `Refusing to send your API key to ${gateway} over plain http: use an https:// base URL.`, `http://${gateway}${path}`);
	const cases: Array<[string, CheckResult[], 'titleEdgeBlocked' | 'titleUpstreamPath' | 'titleOfficialPath' | 'titleKeyNotSent', 'crumbEdgeBlocked' | 'crumbWrongPath' | 'crumbKeyNotSent']> = [
		['Cloudflare', run(endpointResult.cannotTell(gateway), authResult.unexpected(page(403, challenge, '/models')), probeResult.answered(page(403, challenge, '/chat/completions'), 'deepseek-chat')), 'titleEdgeBlocked', 'crumbEdgeBlocked'],
		['upstream 404', run(endpointResult.notDeepSeek('127.0.0.1:3456'), authResult.accepted(['deepseek-chat'], 'http://127.0.0.1:3456/v1/models'), probeResult.answered(answer(404, {event_id: '30-inst', error_msg: 'Not Found. Please check the configuration.'}, {url: 'http://127.0.0.1:3456/v1/chat/completions'}), 'deepseek-chat')), 'titleUpstreamPath', 'crumbWrongPath'],
		['official 404', run(authResult.accepted(), probeResult.answered(answer(404, 'unexpected status 404 Not Found', {url: 'https://api.deepseek.com/chat/completions'}))), 'titleOfficialPath', 'crumbWrongPath'],
		['plain http', run(authResult.unexpected(insecure('/models')), balanceResult.unexpected(insecure('/user/balance'))), 'titleKeyNotSent', 'crumbKeyNotSent'],
	];
	for (const language of ['en', 'zh-CN'] as const) {
		setLanguage(language);
		try {
			for (const [name, results, title, crumb] of cases) {
				const view = viewWith(results);
				assert.equal(view.diagnosis.verdict, 'unknown', name);
				const content = node.content(view);
				assert.equal(content.title, wizardText.leaves.unknown[title], `${name} (${language})`);
				assert.equal(content.crumb, wizardText.leaves.unknown[crumb], `${name} (${language})`);
				assert.equal(content.verdict, 'unknown', name);
				assert.ok(!('knownCause' in buildCheckReport({baseUrl: 'https://api.deepseek.com'}, results)), 'the JSON has no new field');
			}
			// A failure no rule names keeps the plain title, as its summary says.
			const teapot = viewWith(run(authResult.unexpected(answer(418, 'I am a teapot', {url: 'https://api.deepseek.com/models'}))));
			assert.equal(teapot.diagnosis.verdict, 'unknown');
			const unclear = node.content(teapot);
			assert.equal(unclear.title, wizardText.leaves.unknown.title);
		} finally {
			setLanguage('en');
		}
	}
});

test('the unclear result offers DeepSeek\'s support only where the calls reach DeepSeek: elsewhere the service\'s console where it has one, else no one; check\'s fixes follow the same rule', () => {
	const node = nodeOf('leaf.unknown');
	if (node.kind !== 'leaf') return assert.fail('a leaf');
	const teapot = (host: string) => authResult.unexpected(answer(418, 'I am a teapot', {url: `https://${host}/models`}));
	const insecure = (host: string, path: string) => failure('insecure_url', `Refusing to send your API key to ${host} over plain http: use an https:// base URL.`, `http://${host}${path}`);
	const support = wizardText.leaves.unknown.advice;
	// check says wrong_endpoint at a relay (its own fixes); the leaf is reached there on the wizard's shorter paths.
	const cases: Array<[string, CheckResult[], {deepseek: boolean; console?: boolean; checkSays?: Verdict}]> = [
		['DeepSeek itself', run(teapot('api.deepseek.com')), {deepseek: true}],
		['a gateway that passes the key on', run(endpointResult.passesKeyOn(providers.cloudflareAiGateway, 'gateway.ai.cloudflare.com'), teapot('gateway.ai.cloudflare.com')), {deepseek: true}],
		['a relay with a console', run(endpointResult.relay(providers.openrouter, 'openrouter.ai'), authResult.accepted(['deepseek/deepseek-chat'], 'https://openrouter.ai/api/v1/models'), probeResult.answered(answer(418, 'I am a teapot', {url: 'https://openrouter.ai/api/v1/chat/completions'}), 'deepseek/deepseek-chat')), {deepseek: false, console: true, checkSays: 'wrong_endpoint'}],
		['a host nothing recognises', run(endpointResult.cannotTell('relay.example.net'), teapot('relay.example.net')), {deepseek: false}],
		['plain http to a relay: the key was never sent', run(endpointResult.cannotTell('relay.example.net'), authResult.unexpected(insecure('relay.example.net', '/models')), balanceResult.unexpected(insecure('relay.example.net', '/user/balance'))), {deepseek: false}],
		['plain http to DeepSeek\'s own host: never sent either', run(authResult.unexpected(insecure('api.deepseek.com', '/models')), balanceResult.unexpected(insecure('api.deepseek.com', '/user/balance'))), {deepseek: false}],
	];
	for (const [name, results, expected] of cases) {
		const view = viewWith(results);
		assert.equal(view.diagnosis.verdict, expected.checkSays ?? 'unknown', `${name}: ${view.diagnosis.summary}`);
		const content = node.content(view);
		const ids = content.fixes.map(fix => fix.id);
		assert.equal(ids.includes('contact_support'), expected.deepseek, `${name}: the leaf's fixes ${ids.join(', ')}`);
		assert.equal(view.diagnosis.fixes.some(fix => fix.id === 'contact_support'), expected.deepseek, `${name}: check's fixes`);
		assert.equal(content.fixes.some(fix => fix.url?.startsWith('mailto:')), expected.deepseek, `${name}: no mail to DeepSeek`);
		assert.equal(ids.includes('relay_console'), expected.console === true, `${name}: the service's console`);
		assert.equal(content.lines.includes(support), expected.deepseek, `${name}: the advice names DeepSeek's support`);
	}
	// At a host nothing recognises, whoever runs it comes first: not DeepSeek's status page alone, which says nothing of that host.
	const unrecognised = viewWith(cases[3]![1]);
	assert.deepEqual(unrecognised.diagnosis.fixes.map(fix => [fix.id, fix.title]), [
		['ask_operator', 'If it keeps failing, tell whoever runs relay.example.net: only they can see what goes wrong on their side'],
		['status_page', 'Watch DeepSeek\'s status page'],
	]);
	assert.deepEqual(node.content(unrecognised).fixes.map(fix => fix.id), ['ask_operator', 'status_page']);
	// The key never sent: no one to send a report to either.
	const plain = node.content(viewWith(cases[4]![1]));
	assert.deepEqual(plain.fixes.map(fix => fix.id), ['use_https']);
	assert.equal(plain.lines.length, 1, 'the summary alone');
});

test('the relay leaf for a key ModelScope refuses: its access token page, and no top-up (a free service; the key is the trouble)', () => {
	const node = nodeOf('leaf.relay');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	const modelScope = {id: 'modelscope', name: 'ModelScope (魔搭)', detectedBy: 'host', consoleUrl: null};
	const content = node.content(viewWith([
		result('endpoint', 'warn', {provider: modelScope, reachesDeepSeek: false, host: 'api-inference.modelscope.cn'}),
		result('auth', 'fail', {httpStatus: 401, errorMessage: 'Authentication failed, please make sure that a valid ModelScope token is supplied.'}),
	]));
	assert.equal(content.verdict, 'invalid_key');
	assert.deepEqual(content.fixes.map(fix => [fix.id, fix.url]), [['check_key_in_tool', 'https://modelscope.cn/my/myaccesstoken'], ['use_deepseek_base_url', null]]);
	assert.ok(!content.lines.some(line => /top up/i.test(line)), content.lines.join('\n'));
});

test('the relay leaf for a proxy on this computer passing DeepSeek\'s own 402: the account behind it, topped up at DeepSeek', () => {
	const node = nodeOf('leaf.relay');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	const local = '127.0.0.1:4000';
	const content = node.content(viewWith([
		result('endpoint', 'warn', {provider: {id: 'unknown', name: local, detectedBy: 'none', consoleUrl: null}, reachesDeepSeek: false, host: local}),
		result('probe', 'fail', {httpStatus: 402, signature: {provider: 'deepseek', kind: 'balance_exhausted', message: 'Insufficient Balance', status: 402, upstream: 'DeepSeek'}}),
	], known({baseUrl: `http://${local}/v1`})));
	assert.equal(content.verdict, 'relay_insufficient_balance');
	assert.equal(content.title, `The DeepSeek account behind your proxy (${local}) is out of credit`);
	assert.deepEqual(content.fixes.map(fix => fix.id), ['top_up', 'use_deepseek_base_url']);
	assert.match(content.lines.join('\n'), /most likely your own account/);
});

test('declining the paid call asks the still-402 questions without a probe', () => {
	let state = walk([pick('start', '402'), pick('p402.program', 'app'), pick('p402.base_url', 'current'), pick('p402.key', 'env')]);
	state = walk([done(state, scenarios['keyOk']!)], known(), state);
	state = walk([done(state, scenarios['positive']!), pick('p402.probe_consent', 'no')], known(), state);
	assert.equal(currentNode(state).id, 'p402.still_402');
	assert.equal(viewOf(state, known()).choices.probe, undefined);
	// A 402 from before the top-up the balance now shows: first among the answers, and it says to retry now.
	assert.deepEqual(currentOptions(state, known()).map(option => option.id), ['before', 'topup', 'account', 'payment', 'none']);
	const retried = walk([pick('p402.still_402', 'before')], known(), state);
	const node = currentNode(retried);
	assert.equal(node.id, 'leaf.topped_up');
	if (node.kind === 'leaf') assert.match(node.content(viewOf(retried, known())).lines.join('\n'), /work again now: retry them/);
	// Granted credit only: no top-up arrived, so the 402 did not come before one.
	let bonus = walk([pick('start', '402'), pick('p402.program', 'app'), pick('p402.base_url', 'current'), pick('p402.key', 'env')]);
	bonus = walk([done(bonus, scenarios['keyOk']!)], known(), bonus);
	bonus = walk([done(bonus, scenarios['bonusOnly']!), pick('p402.probe_consent', 'no')], known(), bonus);
	assert.equal(currentNode(bonus).id, 'p402.still_402');
	assert.deepEqual(currentOptions(bonus, known()).map(option => option.id), ['topup', 'account', 'payment', 'none']);
});

test('check steps route on what the checks found', () => {
	const route = (id: string, results: CheckResult[]) => {
		const node = nodeOf(id);
		assert.equal(node.kind, 'checks');
		return node.kind === 'checks' ? node.route(viewWith(results)) : '';
	};
	assert.equal(route('p402.check_key', scenarios['unreachable']!), 'leaf.network');
	assert.equal(route('p402.check_key', scenarios['keyRejected']!), 'leaf.invalid_key');
	assert.equal(route('p402.check_key', scenarios['relayExhausted']!), 'p402.check_balance');
	assert.equal(route('p402.check_balance', scenarios['relayExhausted']!), 'leaf.relay');
	assert.equal(route('p402.check_balance', scenarios['zero']!), 'leaf.zero_balance');
	assert.equal(route('p402.check_balance', scenarios['bonusOnly']!), 'p402.probe_consent');
	assert.equal(route('p402.check_probe', scenarios['probeOk']!), 'leaf.probe_ok');
	// A relay's content filter refusing the paid call: the refused request is the finding, not "your calls do not reach DeepSeek".
	const refusedThere = [
		result('endpoint', 'warn', {reachesDeepSeek: false, host: '127.0.0.1:3000'}),
		result('probe', 'fail', {httpStatus: 500, signature: {provider: 'unknown', kind: 'request_refused', message: 'Sensitive words detected', status: 500}}),
	];
	assert.equal(diagnose(refusedThere).verdict, 'unknown');
	assert.equal(route('p402.check_probe', refusedThere), 'leaf.unknown');
	assert.equal(route('balance.check', scenarios['bonusOnly']!), 'leaf.bonus_only');
	assert.equal(route('balance.check', scenarios['positive']!), 'leaf.balance');
	assert.equal(route('balance.check', scenarios['zero']!), 'leaf.zero_balance');
	assert.equal(route('p401.check', scenarios['keyRejected']!), 'leaf.invalid_key');
	assert.equal(route('p401.check', scenarios['keyOk']!), 'leaf.key_ok');
	assert.equal(route('p429.check', scenarios['rateLimited']!), 'leaf.rate_limited');
	assert.equal(route('p429.check', scenarios['outage']!), 'leaf.outage');
	assert.equal(route('p5xx.check', scenarios['serverError']!), 'leaf.server_error');
	assert.equal(route('p5xx.check', scenarios['outage']!), 'leaf.outage');
	assert.equal(route('pnet.check', scenarios['reachable']!), 'leaf.reachable');
	assert.equal(route('pnet.check', scenarios['unreachable']!), 'leaf.network');
	assert.equal(route('ds.check', scenarios['positive']!), 'leaf.deepseek_ok');
	assert.equal(route('drain.check', scenarios['positive']!), 'leaf.drain');
	assert.equal(route('all.check', scenarios['probe402']!), 'p402.still_402');
	assert.equal(route('all.check', scenarios['zero']!), 'leaf.zero_balance');
	assert.equal(route('all.check', scenarios['rateLimited']!), 'leaf.rate_limited');
	assert.equal(route('all.check', scenarios['relayRateLimited']!), 'leaf.relay', 'a relay\'s 429 is the relay\'s');
	assert.equal(route('all.check', scenarios['leaked']!), 'leaf.key_exposed');
	assert.equal(route('drain.check', scenarios['leaked']!), 'leaf.drain', 'the spending branch keeps its own leaf');
});

test('DeepSeek\'s outage explains another service\'s failures only where that service may send the calls on to DeepSeek (as check says)', () => {
	const siliconFlow = {id: 'siliconflow', name: 'SiliconFlow', detectedBy: 'host', consoleUrl: 'https://cloud.siliconflow.cn/expensebill'};
	const outage = result('service_status', 'fail', {worst: 'full_outage'});
	const at = (provider: object, host: string, ...rest: CheckResult[]) => [result('network', 'pass'), result('endpoint', 'warn', {provider, reachesDeepSeek: false, host}), outage, ...rest];
	const gateway5xx = at(oneApi, '127.0.0.1:3000', result('auth', 'error', {httpStatus: 502, signature: {provider: 'one-api', kind: 'server_error', message: 'Bad Gateway'}}));
	const cloud5xx = at(siliconFlow, 'api.siliconflow.cn', result('auth', 'error', {httpStatus: 503, signature: {provider: 'siliconflow', kind: 'server_error', message: 'Model service overloaded'}}));
	const route = (id: string, results: CheckResult[]) => {
		const node = nodeOf(id);
		return node.kind === 'checks' ? node.route(viewWith(results)) : '';
	};
	assert.equal(route('p5xx.check', gateway5xx), 'leaf.outage');
	assert.equal(diagnose(gateway5xx).verdict, 'service_outage');
	assert.equal(route('p5xx.check', cloud5xx), 'leaf.server_error', 'a cloud serving the models itself fails on its own');
	assert.equal(diagnose(cloud5xx).verdict, 'server_error');
	assert.equal(route('pnet.check', at(siliconFlow, 'api.siliconflow.cn', result('auth', 'pass', {httpStatus: 200}))), 'leaf.reachable');
	assert.equal(route('p429.check', at(oneApi, '127.0.0.1:3000', result('auth', 'error', {httpStatus: 429}))), 'leaf.rate_limited', 'a gateway\'s 429 is its own');

	const node = nodeOf('leaf.outage');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	const content = node.content(viewWith(gateway5xx));
	assert.match(content.lines.join(' '), /^Your calls go to One API, which may send them on to DeepSeek/);
	assert.deepEqual(content.fixes.map(fix => fix.id), ['status_page', 'relay_console']);
	const direct = node.content(viewWith(scenarios['outage']!));
	assert.deepEqual(direct.lines, ['Nothing to fix on your side: wait for it to recover, and retry with backoff.']);
	assert.deepEqual(direct.fixes.map(fix => fix.id), ['status_page']);
});

test('a path whose checks saw another cause than the symptom picked names that cause, as check does', () => {
	const route = (id: string, results: CheckResult[]) => {
		const node = nodeOf(id);
		return node.kind === 'checks' ? node.route(viewWith(results)) : '';
	};
	const atDeepSeek = result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true});
	const atOneApi = result('endpoint', 'warn', {provider: oneApi, reachesDeepSeek: false, host: '127.0.0.1:3000'});
	const serverError = [atDeepSeek, result('auth', 'error', {httpStatus: 500}), result('service_status', 'pass', {worst: 'operational'})];
	const tokenDisabled = [atOneApi, result('auth', 'fail', {httpStatus: 401, signature: {provider: 'one-api', kind: 'invalid_key', blocked: 'token', message: '该令牌状态不可用'}})];
	const tokenUsedUp = [
		atOneApi,
		result('auth', 'pass', {httpStatus: 200}),
		result('balance', 'fail', {reading: null, providerBalance: {provider: 'one-api', unit: 'USD', remaining: '0.00', granted: null, toppedUp: null, unlimited: false, exhausted: true, source: '/dashboard/billing/usage', note: undefined}}),
	];
	const balanceRefusedKey = [result('balance', 'error', {httpStatus: 401})];
	assert.equal(diagnose(serverError).verdict, 'server_error');
	// "429" picked: the 500s, the gateway's disabled token, its used-up token are what the checks saw.
	assert.equal(route('p429.check', serverError), 'leaf.server_error');
	assert.equal(route('p429.check', tokenDisabled), 'leaf.relay', 'never "DeepSeek does not accept this key" about a gateway\'s token');
	assert.equal(route('p429.check', tokenUsedUp), 'leaf.relay', 'never "not from your balance" above the used-up token');
	assert.equal(route('p429.check', scenarios['keyRejected']!), 'leaf.invalid_key');
	assert.equal(route('p429.check', scenarios['rateLimited']!), 'leaf.rate_limited');
	// "5xx" picked: the key refused, the gateway's token disabled or used up, a 429 are what the checks saw.
	assert.equal(route('p5xx.check', scenarios['keyRejected']!), 'leaf.invalid_key');
	assert.equal(route('p5xx.check', tokenDisabled), 'leaf.relay');
	assert.equal(route('p5xx.check', tokenUsedUp), 'leaf.relay', 'never "failures on its side" above the used-up token');
	assert.equal(route('p5xx.check', scenarios['rateLimited']!), 'leaf.rate_limited');
	assert.equal(route('p5xx.check', serverError), 'leaf.server_error');
	// "Timeouts" picked, but the API answered: a refused key or a 429 is the finding, not "look at your program's side".
	assert.equal(route('pnet.check', [result('network', 'pass'), ...scenarios['keyRejected']!]), 'leaf.invalid_key');
	assert.equal(route('pnet.check', [result('network', 'pass'), atDeepSeek, result('auth', 'error', {httpStatus: 429}), result('service_status', 'pass', {worst: 'operational'})]), 'leaf.rate_limited');
	assert.equal(route('pnet.check', [result('network', 'pass'), ...tokenDisabled]), 'leaf.relay');
	// Answers no client can read (cut JSON, a web page) from a host that is not DeepSeek's: the base URL, as check says.
	const unreadable = [
		result('network', 'pass'),
		result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true, host: '127.0.0.1:8080'}),
		result('auth', 'warn', {bodyProblem: 'malformed_json'}),
		result('service_status', 'pass', {worst: 'operational'}),
	];
	assert.equal(diagnose(unreadable).verdict, 'wrong_endpoint');
	assert.equal(route('pnet.check', unreadable), 'leaf.relay', 'never "look at your program\'s side" above answers no client can read');
	// Nor a 429's or a 5xx's advice ("send fewer requests", "retry later") above them.
	const unreadableThere = unreadable.filter(item => item.id !== 'network');
	assert.equal(route('p429.check', unreadableThere), 'leaf.relay');
	assert.equal(route('p5xx.check', unreadableThere), 'leaf.relay');
	// "My balance drains": a key refused spends nothing; a gateway's token is spent there, not on DeepSeek's usage page.
	assert.equal(diagnose(balanceRefusedKey).verdict, 'invalid_key');
	assert.equal(route('drain.check', balanceRefusedKey), 'leaf.invalid_key');
	assert.equal(route('drain.check', tokenUsedUp), 'leaf.relay');
});

test('a 401 while DeepSeek\'s status page shows an outage: the 401 branch reads the status page and says the outage is the likelier cause, the key the one to check if it stays', () => {
	const refusedInOutage = [
		result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true}),
		result('auth', 'fail', {httpStatus: 401, sentLastFour: 'cdef'}),
		result('service_status', 'fail', {worst: 'full_outage'}),
	];
	const check = nodeOf('p401.check');
	assert.ok(check.kind === 'checks' && check.checks.includes('service_status'));
	assert.equal(diagnose(refusedInOutage).verdict, 'service_outage');
	assert.equal(check.kind === 'checks' ? check.route(viewWith(refusedInOutage)) : '', 'leaf.outage');
	// The key accepted now: never "so the failing program sends another key" while the outage explains the 401s.
	const acceptedInOutage = [...scenarios['keyOk']!, result('service_status', 'fail', {worst: 'full_outage'})];
	assert.equal(check.kind === 'checks' ? check.route(viewWith(acceptedInOutage)) : '', 'leaf.outage');
	assert.equal(check.kind === 'checks' ? check.route(viewWith(scenarios['keyOk']!)) : '', 'leaf.key_ok');
	const leaf = nodeOf('leaf.outage');
	assert.equal(leaf.kind, 'leaf');
	if (leaf.kind !== 'leaf') return;
	const content = leaf.content(viewWith(refusedInOutage));
	assert.doesNotMatch(content.lines.join(' '), /Nothing to fix on your side/);
	assert.match(content.lines.join(' '), /refused valid keys with 401.*If the 401 stays afterwards, check the key/);
	assert.deepEqual(content.fixes.map(fix => fix.id), ['status_page', 'check_key_in_tool']);
});

test('the relay result offers a top-up there only where money came up (a 402 reported, or used up there): else check\'s fixes lead', () => {
	const openRouter = {id: 'openrouter', name: 'OpenRouter', detectedBy: 'host', consoleUrl: 'https://openrouter.ai/settings/credits'};
	const results = [result('endpoint', 'warn', {provider: openRouter, reachesDeepSeek: false, host: 'openrouter.ai'}), result('auth', 'pass', {httpStatus: 200})];
	const node = nodeOf('leaf.relay');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	const view = viewWith(results);
	// "401", "Run every check", "Check my balance": no money answer, no 402 reported.
	const noMoney = node.content(view);
	assert.deepEqual(noMoney.fixes.map(fix => fix.id), view.diagnosis.fixes.map(fix => fix.id));
	assert.equal(noMoney.fixes[0]?.id, 'relay_console');
	assert.doesNotMatch(noMoney.lines.join(' '), /Top up/);
	// The 402 path: the top-up there leads.
	const reported = node.content({...view, choices: {program: 'own_code'}});
	assert.equal(reported.fixes[0]?.id, 'top_up_relay');
	assert.match(reported.lines.join(' '), /Top up on OpenRouter/);
});

test('a proxy on this computer passing on its provider\'s lock (OmniRoute on localhost): the relay result says the provider behind it locked the account, as the summary does, not that the proxy blocked the user; a gateway\'s own ban keeps "has blocked your account"', () => {
	const node = nodeOf('leaf.relay');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	const lockedThere = (host: string) => run(
		endpointResult.notDeepSeek(host),
		authResult.accepted(['deepseek-chat'], `http://${host}/v1/models`),
		probeResult.answered(answer(403, 'Due to violation of user policies, your account has been suspended until August 19, 2026 14:39.', {bodyProblem: 'not_json', contentType: 'text/plain', url: `http://${host}/v1/chat/completions`}), 'deepseek-chat'),
	);
	const local = node.content(viewWith(lockedThere('localhost:20128')));
	assert.equal(local.title, 'The provider behind localhost:20128 has locked the account it uses');
	assert.match(local.lines.join(' '), /that provider has locked or suspended the account the proxy uses there/);
	const remote = node.content(viewWith(lockedThere('relay.example')));
	assert.equal(remote.title, 'relay.example has blocked your account');
});

test('one of DeepSeek\'s websites as the base URL: the result\'s line under the title is check\'s summary (DeepSeek\'s website, the API\'s address), not "does not answer like DeepSeek\'s API"', () => {
	const node = nodeOf('leaf.relay');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	const view = viewWith(run(
		endpointResult.deepSeekWebsite('platform.deepseek.com'),
		authResult.unexpected(answer(405, {detail: 'Method Not Allowed'}, {url: 'https://platform.deepseek.com/api_keys/models'})),
	));
	const content = node.content(view);
	assert.equal(view.diagnosis.verdict, 'wrong_endpoint');
	assert.equal(content.lines[0], view.diagnosis.summary);
	assert.match(content.lines[0] ?? '', /^platform\.deepseek\.com is one of DeepSeek's websites, not its API: .* DeepSeek's API is at https:\/\/api\.deepseek\.com\.$/);
	assert.doesNotMatch(content.lines.join(' '), /does not answer like DeepSeek's API/);
	// Another host that is no DeepSeek: the general words, as before.
	const other = node.content(viewWith(run(endpointResult.notDeepSeek('llm.corp.example'), authResult.unexpected(answer(404, {error: {message: 'Not Found'}}, {url: 'https://llm.corp.example/v1/models'})))));
	assert.match(other.lines[0] ?? '', /does not answer like DeepSeek's API/);
});

test('the spending result with an empty balance offers the top-up after the usage page: the calls fail now', () => {
	const node = nodeOf('leaf.drain');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	assert.deepEqual(node.content(viewWith(scenarios['zero']!)).fixes.map(fix => fix.id), ['check_usage', 'top_up', 'rotate_key']);
	assert.deepEqual(node.content(viewWith(scenarios['positive']!)).fixes.map(fix => fix.id), ['check_usage', 'rotate_key']);
});

test('the 429 result at DeepSeek reads the balance: empty (top up first), low (top up too), healthy (not the cause), unread (how to tell)', () => {
	const node = nodeOf('leaf.rate_limited');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	const limited = [result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true}), result('auth', 'error', {httpStatus: 429}), result('service_status', 'pass', {worst: 'operational'})];
	const withBalance = (status: CheckStatus, details: Record<string, unknown>) => node.content(viewWith([...limited, result('balance', status, details)]));
	const empty = withBalance('fail', {reading: reading('0.00', '0.00', '0.00')});
	assert.match(empty.lines[0]!, /^DeepSeek ties how many requests an account may run at once to its balance, and yours cannot pay: top up first/);
	assert.deepEqual(empty.fixes.map(fix => fix.id), ['top_up', 'reduce_concurrency', 'status_page']);
	const low = withBalance('warn', {reading: reading('0.35', '0.00', '0.35'), low: true});
	assert.match(low.lines[0]!, /as its balance runs low, and yours is low: top up to raise the limit\.$/);
	assert.deepEqual(low.fixes.map(fix => fix.id), ['reduce_concurrency', 'top_up', 'status_page']);
	// Bonus credit only is a warning too, but not a low balance: not the cause of a 429.
	const bonus = withBalance('warn', {reading: reading('50.00', '50.00', '0.00')});
	assert.match(bonus.lines[0]!, /and yours is not low \(50\.00 CNY\)\.$/);
	assert.deepEqual(bonus.fixes.map(fix => fix.id), ['reduce_concurrency', 'status_page']);
	const unread = node.content(viewWith(limited));
	assert.match(unread.lines[0]!, /the 429 then says "based on your remaining balance"/);
	for (const content of [empty, low, bonus, unread]) assert.doesNotMatch(content.lines.join(' '), /nothing to do with your balance/);
});

test('the key-accepted result points at the .env key only when that is not the key it checked', () => {
	const node = nodeOf('leaf.key_ok');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	const results = [result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true}), result('auth', 'pass', {httpStatus: 200, sentLastFour: 'dddd'})];
	const fromFile = known({key: {masked: 'sk-…dddd', source: 'dotenv'}, envKey: undefined, projectEnvKey: 'sk-…dddd'});
	// No key step on the way (the usual precedence): the .env key was the one checked.
	const checked = node.content({...viewWith(results, fromFile), choices: {}});
	assert.doesNotMatch(checked.lines.join(' '), /likely the key in this folder's \.env/);
	const picked = node.content({...viewWith(results, fromFile), choices: {keyChoice: 'dotenv'}});
	assert.doesNotMatch(picked.lines.join(' '), /likely the key in this folder's \.env/);
	// The environment's key checked, another in .env: that one is the likely other key.
	const other = node.content({...viewWith(results, known({projectEnvKey: 'sk-…dddd'})), choices: {keyChoice: 'env'}});
	assert.match(other.lines.join(' '), /likely the key in this folder's \.env \(sk-…dddd\)/);
});

test('the 5xx path reads the key and the balance, and its result at DeepSeek never says "not your balance" above an empty one', () => {
	const check = nodeOf('p5xx.check');
	assert.ok(check.kind === 'checks' && check.checks.includes('auth') && check.checks.includes('balance'));
	const node = nodeOf('leaf.server_error');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	const failing = [result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true}), result('auth', 'error', {httpStatus: 500}), result('service_status', 'pass', {worst: 'operational'})];
	const empty = node.content(viewWith([...failing, result('balance', 'fail', {reading: reading('0.00', '0.00', '0.00')})]));
	assert.equal(empty.title, 'Your DeepSeek balance cannot pay for calls');
	assert.match(empty.lines[0]!, /^DeepSeek answers an empty balance with 402, but an app or gateway in between may pass it on as a 5xx error: top up first\./);
	assert.doesNotMatch(empty.lines.join(' '), /not your key or balance/);
	// check's fixes first (the top-up, then the retry), the leaf's after.
	assert.deepEqual(empty.fixes.map(fix => fix.id), ['top_up', 'retry_with_backoff', 'status_page']);
	assert.deepEqual(empty.options?.map(option => option.id), ['wait']);
	const healthy = node.content(viewWith([...failing, result('balance', 'pass', {reading: reading('47.44', '0.00', '47.44')})]));
	assert.equal(healthy.title, "5xx errors come from DeepSeek's side");
	assert.deepEqual(healthy.fixes.map(fix => fix.id), ['retry_with_backoff', 'status_page']);
	// The 5xx the user saw is over (every check passes): when to retry still comes first, as check says it.
	const over = [result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true}), result('auth', 'pass'), result('service_status', 'pass', {worst: 'operational'})];
	const calm = node.content(viewWith([...over, result('balance', 'pass', {reading: reading('47.44', '0.00', '47.44')})]));
	assert.deepEqual(calm.fixes.map(fix => fix.id), ['retry_with_backoff', 'status_page']);
	const lowNow = node.content(viewWith([...over, result('balance', 'warn', {reading: reading('0.35', '0.00', '0.35'), low: true})]));
	assert.deepEqual(lowNow.fixes.map(fix => fix.id), ['retry_with_backoff', 'top_up', 'status_page']);
});

test('the relay result when a gateway user\'s own quota ran out (not the token\'s): the account is the title and what to top up', () => {
	const newApi = {id: 'new-api', name: 'New API', detectedBy: 'fingerprint', consoleUrl: null};
	const results = [
		result('endpoint', 'warn', {provider: newApi, reachesDeepSeek: false, host: 'gateway.example.org'}),
		result('auth', 'pass', {httpStatus: 200}),
		result('probe', 'fail', {httpStatus: 403, signature: {provider: 'new-api', kind: 'user_quota', message: 'user quota is not enough'}}),
	];
	const node = nodeOf('leaf.relay');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	const content = node.content(viewWith(results));
	assert.equal(content.title, 'Your account at New API is out of credit');
	assert.equal(content.fixes[0]?.title, 'Ask whoever runs the gateway to top up your account there (its quota, not the token\'s)');
	assert.doesNotMatch(content.lines.join(' '), /key or token you use there/);
});

test('the relay result on the 402 path at a gateway, before the paid call: a token that still reads credit points at the account behind it, a used-up one at the token', () => {
	const newApi = {id: 'new-api', name: 'New API', detectedBy: 'fingerprint', consoleUrl: null};
	const token = (remaining: string, exhausted: boolean) => ({provider: 'new-api', unit: 'USD', remaining, granted: null, toppedUp: null, limit: '2.00', unlimited: false, exhausted, source: '/api/usage/token/', note: undefined});
	const at = (remaining: string, exhausted: boolean) => [
		result('endpoint', 'warn', {provider: newApi, reachesDeepSeek: false, host: 'gateway.example.org'}),
		result('auth', 'pass', {httpStatus: 200}),
		result('balance', exhausted ? 'fail' : 'pass', {reading: null, providerBalance: token(remaining, exhausted)}),
	];
	const node = nodeOf('leaf.relay');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	const reported = (results: CheckResult[]) => node.content({...viewWith(results), choices: {program: 'own_code'}});
	const withCredit = reported(at('1.50', false));
	assert.equal(withCredit.fixes[0]?.title, 'Ask whoever runs the gateway to top up your account there (its quota, not the token\'s)');
	assert.match(withCredit.lines.join(' '), /The token still has credit there, so the likelier empty one is your account behind it/);
	const usedUp = reported(at('0.00', true));
	assert.doesNotMatch(usedUp.lines.join(' ') + usedUp.fixes.map(fix => fix.title).join(' '), /your account there|account behind it/);
});

test('the balance path and the 402 path\'s key check: a 401 during DeepSeek\'s outage shows the outage (valid keys have been refused then), without one the refused key', () => {
	const refused = result('balance', 'error', {httpStatus: 401, reading: null});
	const route = (results: CheckResult[]) => {
		const node = nodeOf('balance.check');
		return node.kind === 'checks' ? node.route(viewWith(results)) : '';
	};
	const during = [result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true}), refused, result('service_status', 'fail', {worst: 'full_outage'})];
	assert.equal(route(during), 'leaf.outage');
	assert.equal(route([result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true}), refused, result('service_status', 'pass', {worst: 'operational'})]), 'leaf.invalid_key');
	// The 402 path's key check likewise: a refused key during the outage is the outage.
	const keyCheck = nodeOf('p402.check_key');
	const keyRoute = (results: CheckResult[]) => (keyCheck.kind === 'checks' ? keyCheck.route(viewWith(results)) : '');
	const authRefused = result('auth', 'fail', {httpStatus: 401, sentLastFour: 'cdef'});
	assert.equal(keyRoute([result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true}), authRefused, result('service_status', 'fail', {worst: 'full_outage'})]), 'leaf.outage');
	assert.equal(keyRoute([result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true}), authRefused, result('service_status', 'pass', {worst: 'operational'})]), 'leaf.invalid_key');
	const node = nodeOf('leaf.outage');
	if (node.kind !== 'leaf') return assert.fail('leaf.outage is a leaf');
	const content = node.content(viewWith(during));
	assert.match(content.lines.join(' '), /^During outages DeepSeek has refused valid keys with 401/);
	assert.deepEqual(content.fixes.map(fix => fix.id), ['status_page', 'check_key_in_tool']);
});

test('the leaked-key leaf: the findings masked, how to rotate, verdict key_exposed', () => {
	const node = nodeOf('leaf.key_exposed');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	const content = node.content(viewWith(scenarios['leaked']!));
	assert.equal(content.verdict, 'key_exposed');
	assert.equal(content.tone, 'bad');
	assert.equal(content.lines[0], 'Found in .env, line 1 (sk-…cdef).', 'where, first: the line a short window keeps');
	// The Leaked keys row says where too: under this line it gives what the scan covered instead, not the place twice.
	assert.equal(content.restates, 'key_exposure');
	assert.match(content.restatedAs ?? '', /^\d+ tracked files? scanned\.$/);
	assert.ok(content.lines.some(line => /rotate a key/.test(line)));
	assert.deepEqual(content.fixes.map(fix => fix.id).slice(0, 2), ['rotate_key', 'check_usage']);
});

test('the leaked-key leaf counts other places, not the committed .env\'s own finding beside the key\'s line in it', () => {
	const node = nodeOf('leaf.key_exposed');
	if (node.kind !== 'leaf') return assert.fail('a leaf');
	const firstLine = (findings: unknown[]) =>
		node.content(viewWith([...scenarios['leaked']!.slice(0, 3), result('key_exposure', 'fail', {findings, scannedFiles: 3, trackedFiles: 3})])).lines[0];
	const envFile = {file: '../.env', line: 0, masked: '', kind: 'env_file'};
	const key = {file: '../.env', line: 1, masked: 'sk-…cdef', kind: 'current_key'};
	assert.equal(firstLine([envFile, key]), 'Found in ../.env, line 1 (sk-…cdef).', 'the .env committed is where the key is: no other place');
	assert.equal(firstLine([envFile, key, {file: '../.env', line: 4, masked: 'sk-…beef', kind: 'key_like'}]), 'Found in ../.env, line 1 (sk-…cdef), and in 1 more place.', 'another line of it is');
	assert.equal(firstLine([envFile, key, {file: 'client.py', line: 2, masked: 'sk-…cdef', kind: 'current_key'}, {file: '.env.local', line: 0, masked: '', kind: 'env_file'}]), 'Found in ../.env, line 1 (sk-…cdef), and in 2 more places.', 'other files are');
});

test('the relay leaf names the gateway, says its token is used up, and links its console', () => {
	const node = nodeOf('leaf.relay');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	const content = node.content(viewWith(scenarios['relayExhausted']!));
	assert.equal(content.title, "Your gateway's token is used up");
	assert.equal(content.fixes[0]?.url, oneApi.consoleUrl);
	assert.ok(!content.fixes.some(fix => fix.url?.includes('platform.deepseek.com')), 'no DeepSeek top-up link for a relay');
	assert.equal(content.verdict, 'relay_insufficient_balance');
	assert.deepEqual(content.options?.map(option => option.next), ['ds.key']);
});

test('"also check my DeepSeek account" switches the base URL, and back undoes it', () => {
	const k = known({deepseekBaseUrl: 'http://127.0.0.1:9/'});
	let state = walk([pick('start', '402'), pick('p402.program', 'gateway'), pick('p402.base_url', 'current'), pick('p402.key', 'env')], k);
	state = walk([done(state, scenarios['relayExhausted']!)], k, state);
	state = walk([done(state, scenarios['relayExhausted']!)], k, state);
	assert.equal(currentNode(state).id, 'leaf.relay');
	const deeper = walk([pick('leaf.relay', 'also_deepseek')], k, state);
	assert.equal(currentNode(deeper).id, 'ds.key');
	assert.equal(viewOf(deeper, k).choices.baseUrl, 'http://127.0.0.1:9/');
	const backAgain = walk([{type: 'back'}], k, deeper);
	assert.equal(currentNode(backAgain).id, 'leaf.relay');
	assert.equal(viewOf(backAgain, k).choices.baseUrl, undefined);
});

test('back keeps the answers, passes check steps, and ignores results that arrive late', () => {
	let state = walk([pick('start', '402'), pick('p402.program', 'gateway'), pick('p402.base_url', 'current'), pick('p402.key', 'env')]);
	assert.equal(currentNode(state).id, 'p402.check_key');
	const running = state;
	state = walk([{type: 'back'}], known(), state);
	assert.equal(currentNode(state).id, 'p402.key');
	assert.equal(state.answers['p402.key'], 'env', 'the answer is kept to highlight it again');
	assert.equal(currentStep(state).answer, undefined, 'the current step is open again');
	// The run that was cancelled by going back reports in late: nothing happens.
	assert.equal(step(state, done(running, scenarios['keyOk']!), known()), state);
	state = walk([{type: 'back'}, {type: 'back'}], known(), state);
	assert.equal(currentNode(state).id, 'p402.program');
	assert.equal(state.answers['p402.program'], 'gateway');
	assert.equal(state.answers['start'], '402');
	// From a leaf after two check steps, back returns to the key question.
	let leaf = walk([pick('p402.program', 'own_code'), pick('p402.base_url', 'current'), pick('p402.key', 'env')], known(), state);
	leaf = walk([done(leaf, scenarios['keyOk']!)], known(), leaf);
	leaf = walk([done(leaf, scenarios['zero']!)], known(), leaf);
	assert.equal(currentNode(leaf).id, 'leaf.zero_balance');
	assert.equal(currentNode(walk([{type: 'back'}], known(), leaf)).id, 'p402.key');
	// At the start, back does nothing.
	const start = initialState();
	assert.equal(step(start, {type: 'back'}, known()), start);
});

test('actions for a node that is no longer current are ignored (keys from one fast chunk)', () => {
	const state = walk([pick('start', '402')]);
	assert.equal(step(state, pick('start', 'balance'), known()), state);
	assert.equal(step(state, pick('p402.program', 'no-such-option'), known()), state);
});

test('a pasted key never enters the state whole; remember-my-key is offered only for it', () => {
	let state = walk([pick('start', 'balance'), pick('balance.key', 'paste')], known());
	assert.equal(currentNode(state).id, 'balance.key_paste');
	assert.equal(step(state, {type: 'submit', node: 'balance.key_paste', value: '  '}, known()), state, 'empty is refused');
	state = walk([{type: 'submit', node: 'balance.key_paste', value: key}], known(), state);
	assert.equal(currentNode(state).id, 'balance.check');
	assert.ok(!JSON.stringify(state).includes(key), 'the key is not in the state');
	assert.ok(!pathOf(state).join(' ').includes(key));
	state = walk([done(state, scenarios['positive']!)], known(), state);
	assert.equal(currentNode(state).id, 'leaf.balance');
	assert.ok(currentOptions(state, known()).some(option => option.id === 'remember_key'));
	const fromEnv = walk([pick('start', 'balance'), pick('balance.key', 'env')]);
	const atLeaf = walk([done(fromEnv, scenarios['positive']!)], known(), fromEnv);
	assert.ok(!currentOptions(atLeaf, known()).some(option => option.id === 'remember_key'));
});

test('every leaf offers its links, a report after checks, remember, start over and quit', () => {
	let state = walk([pick('start', 'balance'), pick('balance.key', 'env')]);
	state = walk([done(state, scenarios['zero']!)], known(), state);
	assert.equal(currentNode(state).id, 'leaf.zero_balance');
	const options = currentOptions(state, known());
	assert.deepEqual(
		options.map(option => option.effect?.type ?? option.next),
		['open', 'open', 'p402.paid_empty', 'wait.topup', 'alert.input', 'check_again', 'copy', 'save_report', 'remember_settings', 'restart', 'quit'],
	);
	assert.equal(options[0]?.effect?.type === 'open' ? options[0].effect.url : '', 'https://platform.deepseek.com/top_up');
	const faq = walk([pick('start', 'faq'), pick('faq', 'plans')]);
	const faqOptions = currentOptions(faq, known()).map(option => option.id);
	assert.ok(!faqOptions.includes('save_report'), 'no report without checks');
	assert.ok(!faqOptions.includes('check_again'), 'nothing to check again without checks');
	assert.ok(faqOptions.includes('start_over') && faqOptions.includes('quit'));
});

test('start over returns to the start with answers kept; the low-balance alert input validates', () => {
	let state = walk([pick('start', 'faq'), pick('faq', 'alerts'), pick('leaf.faq_alerts', 'set_alert')]);
	assert.equal(currentNode(state).id, 'alert.input');
	assert.equal(step(state, {type: 'submit', node: 'alert.input', value: 'ten'}, known()), state);
	state = walk([{type: 'submit', node: 'alert.input', value: '10 usd'}], known(), state);
	assert.equal(currentNode(state).id, 'leaf.alert_saved');
	const view = viewOf(state, known());
	assert.deepEqual([view.choices.alertAmount, view.choices.alertCurrency], ['10', 'USD']);
	const node = currentNode(state);
	if (node.kind === 'leaf') assert.match(node.content(view).lines.join('\n'), /deepseek-fix balance --below 10/);
	state = walk([pick('leaf.alert_saved', 'start_over')], known(), state);
	assert.equal(currentNode(state).id, 'start');
	assert.equal(state.trail.length, 1);
	assert.equal(state.answers['faq'], 'alerts');
});

test('typing a base URL validates it and makes it the one checked', () => {
	let state = walk([pick('start', '402'), pick('p402.program', 'gateway'), pick('p402.base_url', 'type')]);
	assert.equal(step(state, {type: 'submit', node: 'p402.base_url_input', value: 'not a url'}, known()), state);
	state = walk([{type: 'submit', node: 'p402.base_url_input', value: ' https://openrouter.ai/api/v1 '}], known(), state);
	assert.equal(viewOf(state, known()).choices.baseUrl, 'https://openrouter.ai/api/v1');
	assert.equal(state.inputs['p402.base_url_input'], 'https://openrouter.ai/api/v1');
	assert.ok(pathOf(state).includes('p402.base_url_input=https://openrouter.ai/api/v1'));
	const env = walk([pick('start', '402'), pick('p402.program', 'gateway'), pick('p402.base_url', 'env:OPENAI_BASE_URL')]);
	assert.equal(viewOf(env, known()).choices.baseUrl, 'https://openrouter.ai/api/v1');
});

test('re-check replays last time\'s answers up to the first live check', () => {
	const state = walk([pick('start', 'recheck')]);
	assert.equal(currentNode(state).id, 'p402.check_key');
	assert.deepEqual(pathOf(state), ['start=402', 'p402.program=own_code', 'p402.base_url=current', 'p402.key=env', 'p402.check_key']);
	assert.ok(state.runSerial > 0);
	// A path through a pasted key stops at the paste field: the key was not remembered.
	const pasted = known({lastDiagnosis: {summary: 'x', verdict: 'insufficient_balance', language: 'en', path: ['start=balance', 'balance.key=paste', 'balance.key_paste', 'balance.check', 'leaf.balance']}});
	assert.equal(currentNode(walk([pick('start', 'recheck')], known({...pasted, rememberedKey: undefined}))).id, 'balance.key_paste');
	// …unless a key was remembered since: then that one is used.
	const remembered = walk([pick('start', 'recheck')], pasted);
	assert.equal(currentNode(remembered).id, 'balance.check');
	assert.equal(viewOf(remembered, pasted).choices.keyChoice, 'remembered');
	// An answer that no longer fits (no DEEPSEEK_API_KEY now) stops there, answer highlighted.
	const noEnv = known({envKey: undefined});
	const stopped = walk([pick('start', 'recheck')], noEnv);
	assert.equal(currentNode(stopped).id, 'p402.key');
	// A path from an older version with unknown nodes stops at once, without throwing.
	const old = known({lastDiagnosis: {summary: 'x', verdict: 'insufficient_balance', language: 'en', path: ['start=gone', 'nowhere=1']}});
	assert.equal(currentNode(walk([pick('start', 'recheck')], old)).id, 'start');
});

test('the breadcrumb names each step, and the branch when its first question does not', () => {
	const state = walk([pick('start', '402'), pick('p402.program', 'own_code'), pick('p402.base_url', 'current')]);
	assert.deepEqual(breadcrumb(state), ['Start', '402', 'Where calls go', 'Key']);
	const balance = walk([pick('start', 'balance'), pick('balance.key', 'env')]);
	assert.deepEqual(breadcrumb(balance), ['Start', 'Balance', 'Key', 'Balance check']);
	assert.deepEqual(breadcrumb(initialState()), ['Start']);
});

test('a 401 where the server got another key than this tool sent: something in between replaced it, not "your program"', () => {
	const node = nodeOf('leaf.invalid_key');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	const content = node.content(viewWith([result('auth', 'fail', {httpStatus: 401, sentLastFour: 'cdef', echoedLastFour: 'abcd'})]));
	assert.match(content.lines[0] ?? '', /Something between here and DeepSeek replaced the key: this tool sent one ending …cdef, DeepSeek received one ending …abcd\. A proxy, a relay or a gateway does that/);
	assert.doesNotMatch(content.lines.join(' '), /your program sends|deleted/);
	assert.deepEqual(content.fixes.map(fix => fix.id), ['check_proxy', 'check_key_in_tool']);
	assert.equal(content.verdict, 'invalid_key');
});

test('a 401 whose key the format check found wrong says what it found, never "deleted"', () => {
	const node = nodeOf('leaf.invalid_key');
	if (node.kind !== 'leaf') return assert.fail('a leaf');
	const refused = result('auth', 'fail', {httpStatus: 401, sentLastFour: 'ef"', echoedLastFour: 'ef"'});
	const format = (shape: string, extra: Record<string, unknown> = {}) => result('key_format', 'warn', {shape, ...extra});
	const cases: Array<[ReturnType<typeof result>, RegExp, string]> = [
		[format('quoted'), /wrapped in quotes, and they are sent as part of it/, 'check_key_in_tool'],
		[format('placeholder'), /a placeholder from an example/, 'check_key_in_tool'],
		[format('assignment', {name: 'DEEPSEEK_API_KEY'}), /starts with "DEEPSEEK_API_KEY=", the whole line of an \.env file, which is sent as part of it/, 'check_key_in_tool'],
		[format('foreign', {vendor: 'OpenRouter'}), /a key from OpenRouter: DeepSeek accepts only keys made on its own platform/, 'create_key'],
		[format('unusual', {masked: 'sk-…abcd', length: 17}), /This key has 17 characters, and a DeepSeek key has 35/, 'check_key_in_tool'],
	];
	for (const [found, says, fix] of cases) {
		const content = node.content(viewWith([found, refused]));
		assert.match(content.lines[0] ?? '', says);
		assert.doesNotMatch(content.lines[0] ?? '', /deleted|revoked/);
		assert.equal(content.fixes[0]?.id, fix);
	}
	// Spaces around the key: this tool leaves them out, so the key itself was refused; both are said.
	const spaces = node.content(viewWith([format('whitespace'), refused]));
	assert.match(spaces.lines[0] ?? '', /without the spaces or line break around it, and DeepSeek still refuses it: it was deleted, or it belongs to another account\. Remove them/);
	const wellShaped = node.content(viewWith([result('key_format', 'pass', {shape: 'deepseek'}), result('auth', 'fail', {httpStatus: 401, sentLastFour: 'cdef', echoedLastFour: 'cdef'})]));
	assert.match(wellShaped.lines[0] ?? '', /received this very key \(…cdef\) and refuses it: it was deleted, or it belongs to another account/);
});

test('another tool\'s key goes with its base-URL variable wherever each is, as a program here gets them: the shell\'s over the folder\'s .env, variable by variable', async () => {
	const {knownFrom} = await import('../../source/tree/known.js');
	const {defaultSettings} = await import('../../source/settings/index.js');
	const {projectEnvFrom} = await import('../../source/project-env.js');
	const token = 'sk-' + 'feedface'.repeat(4);
	const offers = (env: Record<string, string>, dotenv: string) =>
		knownFrom({env, flags: {}, settings: defaultSettings(), deepseekBaseUrl: 'https://api.deepseek.com', projectEnv: projectEnvFrom(dotenv)}).variableKeys?.map(({name, sentTo, baseVariable, dotenvFile}) => ({name, sentTo, baseVariable, dotenvFile}));
	const relay = {sentTo: 'https://relay.example', baseVariable: 'OPENAI_BASE_URL'};
	// The key in the shell, its base URL in .env; and the reverse.
	assert.deepEqual(offers({OPENAI_API_KEY: token}, 'OPENAI_BASE_URL=https://relay.example/v1\n'), [{name: 'OPENAI_API_KEY', ...relay, dotenvFile: undefined}]);
	assert.deepEqual(offers({OPENAI_BASE_URL: 'https://relay.example/v1'}, `OPENAI_API_KEY=${token}\n`), [{name: 'OPENAI_API_KEY', ...relay, dotenvFile: '.env'}]);
	// Both in .env, but the shell sets the base URL too: dotenv loaders leave the shell's, so the key goes there.
	assert.deepEqual(offers({OPENAI_BASE_URL: 'https://relay.example/v1'}, `OPENAI_API_KEY=${token}\nOPENAI_BASE_URL=https://other.example/v1\n`), [{name: 'OPENAI_API_KEY', ...relay, dotenvFile: '.env'}]);
	// Both in the shell, as before.
	assert.deepEqual(offers({OPENAI_API_KEY: token, OPENAI_BASE_URL: 'https://relay.example/v1'}, ''), [{name: 'OPENAI_API_KEY', ...relay, dotenvFile: undefined}]);
});

test('another tool\'s variable at its vendor\'s own API (OPENAI_BASE_URL at OpenAI\'s) is no other address to ask about, in the shell or .env, unless the key it sends there is DeepSeek-shaped: then asked, and said', async () => {
	const {knownFrom} = await import('../../source/tree/known.js');
	const {defaultSettings} = await import('../../source/settings/index.js');
	const {projectEnvFrom} = await import('../../source/project-env.js');
	const openAiKey = 'sk-proj-' + 'AbCdEfGhIjKl'.repeat(4);
	const knownWith = (env: Record<string, string>, dotenv = '') => knownFrom({env: {DEEPSEEK_API_KEY: key, ...env}, flags: {}, settings: defaultSettings(), deepseekBaseUrl: 'https://api.deepseek.com', projectEnv: projectEnvFrom(dotenv)});
	const startsAt = (k: Known) => [
		currentNode(walk([pick('start', 'everything')], k)).id,
		currentNode(walk([pick('start', 'other'), pick('other.symptom', '401')], k)).id,
	];
	const baseMenu = nodeOf('p402.base_url');
	assert.ok(baseMenu.kind === 'menu');
	const p402Options = (k: Known) => baseMenu.options(viewOf(walk([pick('start', '402'), pick('p402.program', 'own_code')], k), k)).map(option => option.id);
	// OpenAI's key to OpenAI's API, from the shell or .env; Anthropic's to Anthropic's: that tool's own work.
	for (const own of [knownWith({OPENAI_API_KEY: openAiKey, OPENAI_BASE_URL: 'https://api.openai.com/v1'}), knownWith({}, `OPENAI_API_KEY=${openAiKey}\nOPENAI_BASE_URL=https://api.openai.com/v1\n`), knownWith({OPENAI_BASE_URL: 'https://api.openai.com/v1'}), knownWith({ANTHROPIC_BASE_URL: 'https://api.anthropic.com', ANTHROPIC_API_KEY: 'sk-ant-api03-' + 'x'.repeat(40)})]) {
		assert.deepEqual(own.otherBaseUrls, []);
		assert.deepEqual(startsAt(own), ['all.key', 'p401.key']);
		assert.deepEqual(p402Options(own), ['current', 'type']);
	}
	// A relay's address still counts.
	assert.deepEqual(startsAt(knownWith({OPENAI_API_KEY: openAiKey, OPENAI_BASE_URL: 'https://relay.example/v1'})), ['all.base_url', 'p401.base_url']);
	// A DeepSeek key sent to OpenAI's API (from .env here): the mistake behind a 401, so asked, and the help says so.
	const deepSeekKeyThere = knownWith({OPENAI_BASE_URL: 'https://api.openai.com/v1'}, `OPENAI_API_KEY=sk-${'fedcba9876543210'.repeat(2)}\n`);
	assert.deepEqual(deepSeekKeyThere.otherBaseUrls.map(other => [other.name, other.deepSeekKeyTo?.vendor, other.deepSeekKeyTo?.keyVariable]), [['OPENAI_BASE_URL', 'OpenAI', 'OPENAI_API_KEY']]);
	assert.deepEqual(startsAt(deepSeekKeyThere), ['all.base_url', 'p401.base_url']);
	assert.deepEqual(p402Options(deepSeekKeyThere), ['current', 'env:OPENAI_BASE_URL', 'type']);
	const menu = nodeOf('p401.base_url');
	assert.ok(menu.kind === 'menu');
	const help = menu.help?.(viewOf(walk([pick('start', 'other'), pick('other.symptom', '401')], deepSeekKeyThere), deepSeekKeyThere), new Date()) ?? [];
	assert.deepEqual(help, ["Tools that read OPENAI_BASE_URL send the DeepSeek key in OPENAI_API_KEY in this folder's .env (sk-…3210) to OpenAI's own API, which refuses DeepSeek keys: point OPENAI_BASE_URL at DeepSeek. Pick the address to check."]);
});

test('an agent app\'s setting at its vendor\'s own API (Claude Code\'s ANTHROPIC_BASE_URL at Anthropic\'s, Codex\'s provider at OpenAI\'s) is no other address to ask about, unless its settings hold a DeepSeek key', async () => {
	const {knownFrom} = await import('../../source/tree/known.js');
	const {defaultSettings} = await import('../../source/settings/index.js');
	const anthropicKey = 'sk-ant-api03-' + 'x'.repeat(40);
	const openAiKey = 'sk-proj-' + 'AbCdEfGhIjKl'.repeat(4);
	const deepSeekKey = `sk-${'fedcba9876543210'.repeat(2)}`;
	const claude = (baseUrl: string, token?: string): AppSettings => ({claude_code: {keys: token ? [{name: 'ANTHROPIC_AUTH_TOKEN', value: token, file: '~/.claude/settings.json'}] : [], baseUrl: {name: 'ANTHROPIC_BASE_URL', value: baseUrl, file: '~/.claude/settings.json'}}});
	const codex = (baseUrl: string, token: string): AppSettings => ({codex: {keys: [{name: 'model_providers.deepseek.experimental_bearer_token', value: token, file: '~/.codex/config.toml'}], baseUrl: {name: 'model_providers.deepseek.base_url', value: baseUrl, file: '~/.codex/config.toml'}}});
	const knownWith = (apps: AppSettings) => knownFrom({env: {DEEPSEEK_API_KEY: key}, flags: {}, settings: defaultSettings(), deepseekBaseUrl: 'https://api.deepseek.com', apps});
	const baseMenu = nodeOf('p402.base_url');
	assert.ok(baseMenu.kind === 'menu');
	const p402Options = (k: Known) => baseMenu.options(viewOf(walk([pick('start', '402'), pick('p402.program', 'app')], k), k)).map(option => option.id);
	// An Anthropic key, or none (Claude Code's own login), sent to Anthropic's API; an OpenAI key to OpenAI's: the app's own work.
	for (const apps of [claude('https://api.anthropic.com', anthropicKey), claude('https://api.anthropic.com/'), codex('https://api.openai.com/v1', openAiKey)]) {
		const own = knownWith(apps);
		assert.deepEqual(own.otherBaseUrls, [], JSON.stringify(apps));
		assert.deepEqual(p402Options(own), ['current', 'type'], JSON.stringify(apps));
	}
	// A DeepSeek key sent there (refused: the likely 401), or a relay's address: asked.
	for (const apps of [claude('https://api.anthropic.com', deepSeekKey), claude('https://relay.example/anthropic', anthropicKey), codex('https://api.openai.com/v1', deepSeekKey)]) {
		const asked = knownWith(apps);
		assert.equal(asked.otherBaseUrls.length, 1, JSON.stringify(apps));
		const [app] = Object.keys(apps);
		assert.deepEqual(p402Options(asked), ['current', `app:${app}:${asked.otherBaseUrls[0]?.name}`, 'type'], JSON.stringify(apps));
	}
	// Claude Code's settings at Anthropic's API with no key, and the shell's ANTHROPIC_AUTH_TOKEN (or ANTHROPIC_API_KEY) a DeepSeek
	// key: the key Claude Code sends (its settings set none), so asked; an Anthropic key in its settings' same variable wins.
	const shellWith = (env: Record<string, string>, apps: AppSettings) => knownFrom({env: {DEEPSEEK_API_KEY: key, ...env}, flags: {}, settings: defaultSettings(), deepseekBaseUrl: 'https://api.deepseek.com', apps});
	for (const name of ['ANTHROPIC_AUTH_TOKEN', 'ANTHROPIC_API_KEY']) {
		const asked = shellWith({[name]: deepSeekKey}, claude('https://api.anthropic.com'));
		assert.equal(asked.otherBaseUrls.length, 1, name);
		assert.deepEqual(p402Options(asked), ['current', `app:claude_code:${asked.otherBaseUrls[0]?.name}`, 'type'], name);
		assert.equal(asked.appKeysToVendor?.[0]?.inEnvironment, true, name);
	}
	assert.deepEqual(shellWith({ANTHROPIC_AUTH_TOKEN: deepSeekKey}, claude('https://api.anthropic.com', anthropicKey)).otherBaseUrls, [], 'its settings\' key wins');
});

test('what the wizard knows at start: key and base URL with their sources, other base URLs, the provider', async () => {
	const {knownFrom} = await import('../../source/tree/known.js');
	const {defaultSettings} = await import('../../source/settings/index.js');
	const settings = {...defaultSettings(), apiKey: key, baseUrl: 'https://openrouter.ai/api/v1'};
	const fromFile = knownFrom({env: {}, flags: {}, settings, deepseekBaseUrl: 'https://api.deepseek.com'});
	assert.deepEqual(fromFile.key, {masked: 'sk-…cdef', source: 'remembered'});
	assert.equal(fromFile.rememberedKey, 'sk-…cdef');
	assert.equal(fromFile.envKey, undefined);
	assert.deepEqual([fromFile.baseUrl, fromFile.baseUrlSource], ['https://openrouter.ai/api/v1', 'remembered']);
	assert.equal(fromFile.providerName, 'OpenRouter');
	assert.ok(!JSON.stringify(fromFile).includes(key), 'only masked keys');
	const env = {DEEPSEEK_API_KEY: key, OPENAI_BASE_URL: 'https://api.siliconflow.cn/v1'};
	const fromEnv = knownFrom({env, flags: {baseUrl: 'https://api.deepseek.com/v1'}, settings: defaultSettings(), deepseekBaseUrl: 'https://api.deepseek.com'});
	assert.deepEqual(fromEnv.key, {masked: 'sk-…cdef', source: 'env'});
	assert.equal(fromEnv.baseUrlSource, 'flag');
	assert.equal(fromEnv.providerName, undefined, 'DeepSeek itself is not announced as a provider');
	assert.deepEqual(fromEnv.otherBaseUrls.map(other => other.name), ['OPENAI_BASE_URL']);
	// Another key saved for new shells: known beside DEEPSEEK_API_KEY's, never without it (a remembered key was chosen on purpose).
	const startupKey = {kind: 'file', file: '~/.zshrc', masked: 'sk-…dddd'} as const;
	assert.deepEqual(knownFrom({env, flags: {}, settings: defaultSettings(), deepseekBaseUrl: 'https://api.deepseek.com', startupKey}).startupKey, startupKey);
	assert.equal(knownFrom({env: {}, flags: {}, settings, deepseekBaseUrl: 'https://api.deepseek.com', startupKey}).startupKey, undefined);
});

test('an agent app\'s base URL is known as its settings write it (trimmed) beside the normalised one the checks use', async () => {
	const {knownFrom} = await import('../../source/tree/known.js');
	const {defaultSettings} = await import('../../source/settings/index.js');
	const file = '~/.claude/settings.json';
	const known = knownFrom({
		env: {DEEPSEEK_BASE_URL: 'https://relay.example/v1'},
		flags: {},
		settings: defaultSettings(),
		deepseekBaseUrl: 'https://api.deepseek.com',
		apps: {
			claude_code: {keys: [], baseUrl: {name: 'ANTHROPIC_BASE_URL', value: ' https://api.deepseek.com/anthropic ', file}},
			opencode: {keys: [], baseUrl: {value: 'https://other.example/v1/', file: 'opencode.json', name: 'provider.deepseek.options.baseURL'}},
		},
	});
	assert.deepEqual(
		known.otherBaseUrls.map(({url, written, source}) => ({url, written, source})),
		[
			{url: 'https://api.deepseek.com', written: 'https://api.deepseek.com/anthropic', source: 'claude_code'},
			{url: 'https://other.example', written: 'https://other.example/v1/', source: 'opencode'},
		],
	);
});

test('a leaf offers each page once: a refused key\'s two fixes on the API keys page are one "Open" action', () => {
	const refused = [result('key_present', 'pass'), result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true}), result('auth', 'fail', {httpStatus: 401, sentLastFour: 'cdef', echoedLastFour: 'cdef'})];
	const view = viewWith(refused);
	assert.deepEqual(view.diagnosis.fixes.map(fix => fix.url), ['https://platform.deepseek.com/api_keys', 'https://platform.deepseek.com/api_keys'], 'the diagnosis keeps both fixes');
	let leaves = 0;
	for (const node of tree.values()) {
		if (node.kind !== 'leaf') continue;
		leaves++;
		const opened = optionsOf(node, view).flatMap(option => (option.effect?.type === 'open' ? [option.effect.url] : []));
		assert.equal(new Set(opened).size, opened.length, `${node.id} offers a page twice: ${opened.join(', ')}`);
	}
	assert.ok(leaves > 10);
	// The leaf that lists the diagnosis' own fixes shows the page once.
	const modelLeaf = nodeOf('leaf.model_not_found');
	if (modelLeaf.kind !== 'leaf') return assert.fail('a leaf');
	assert.deepEqual(optionsOf(modelLeaf, view).filter(option => option.effect?.type === 'open').map(option => option.id), ['open:check_key_in_tool']);
});

test('the relay leaf for DeepSeek\'s own 402 passed on by a service elsewhere: the account it uses at DeepSeek, never the user\'s balance or token there', () => {
	const node = nodeOf('leaf.relay');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	const openRouter = {id: 'openrouter', name: 'OpenRouter', detectedBy: 'host', consoleUrl: 'https://openrouter.ai/settings/credits'};
	const remoteOneApi = {...oneApi, consoleUrl: null};
	const unknownHost = {id: 'unknown', name: 'relay.example.com', detectedBy: 'none', consoleUrl: null};
	const passedOn = result('probe', 'fail', {httpStatus: 402, signature: {provider: 'deepseek', kind: 'balance_exhausted', message: 'Insufficient Balance', status: 402, upstream: 'DeepSeek'}});
	for (const [provider, host, name] of [[openRouter, 'openrouter.ai', 'OpenRouter'], [remoteOneApi, 'relay.example.com', 'One API'], [unknownHost, 'relay.example.com', 'relay.example.com']] as const) {
		for (const program of [undefined, 'app'] as const) {
			const results = [result('endpoint', 'warn', {provider, reachesDeepSeek: false, host}), result('auth', 'pass'), passedOn];
			const content = node.content({...viewWith(results, known({baseUrl: `https://${host}/v1`})), choices: program ? {program} : {}});
			assert.equal(content.verdict, 'relay_insufficient_balance');
			// Was "Your OpenRouter balance is used up", "Your gateway's token is used up", "Your calls do not reach DeepSeek".
			assert.equal(content.title, `The account ${name} uses at DeepSeek is out of credit`, `${name}, program ${program}`);
			assert.ok(!content.fixes.some(fix => fix.id === 'top_up' || fix.id === 'top_up_relay'), content.fixes.map(fix => fix.id).join());
		}
	}
});

test('the balance result says bonus credit is spent first only where part of the balance is bonus credit (the Balance row gives the split)', () => {
	const leaf = nodeOf('leaf.balance');
	if (leaf.kind !== 'leaf') return assert.fail('a leaf');
	const at = (granted: string, toppedUp: string) => [result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true}), result('balance', 'pass', {reading: reading('12.37', granted, toppedUp)})];
	const mixed = leaf.content(viewWith(at('2.00', '10.37')));
	assert.ok(mixed.lines.includes(wizardText.leaves.balance.bonusFirst), mixed.lines.join('\n'));
	assert.equal(mixed.restates, 'balance');
	const paid = leaf.content(viewWith(at('0.00', '12.37')));
	assert.ok(!paid.lines.includes(wizardText.leaves.balance.bonusFirst), paid.lines.join('\n'));
});

test('a healthy balance result offers the alert first (set it; with one set, done with it kept), the top-up lower; a low one the top-up first', () => {
	const leaf = nodeOf('leaf.balance');
	if (leaf.kind !== 'leaf') return assert.fail('a leaf');
	const at = (total: string, status: CheckStatus = 'pass') => [result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true}), result('balance', status, {reading: reading(total, '0.00', total)})];
	const ids = (view: View) => optionsOf(leaf, view).map(option => option.id);
	// Was: "Open platform.deepseek.com/top_up" first over "✔ Your balance: 47.44 CNY".
	const healthy = ids(viewWith(at('47.44')));
	assert.equal(healthy[0], 'set_alert', healthy.join());
	assert.ok(healthy.includes('open:top_up'), 'the top-up stays offered');
	assert.equal(leaf.content(viewWith(at('47.44'))).fixes[0]?.id, 'check_usage', 'nothing to fix: not "Top up" as what to do first');
	const alerted = viewWith(at('47.44'), known({alert: {amount: '5', currency: 'CNY'}}));
	const withAlert = optionsOf(leaf, alerted);
	assert.deepEqual([withAlert[0]?.id, withAlert[0]?.effect], ['done', {type: 'quit'}]);
	assert.equal(withAlert[0]?.label, 'Done: keep the alert (under 5 CNY)');
	assert.ok(!withAlert.some(option => option.id === 'quit'), 'Quit not offered twice');
	assert.ok(withAlert.some(option => option.id === 'open:top_up'));
	// Asked about alerts (the FAQ): the same, the alert first.
	const faq = nodeOf('leaf.faq_alerts');
	if (faq.kind !== 'leaf') return assert.fail('a leaf');
	assert.equal(optionsOf(faq, viewWith([]))[0]?.id, 'set_alert');
	const low = ids(viewWith(at('0.35', 'warn')));
	assert.equal(low[0], 'open:top_up', low.join());
	assert.equal(low.at(-1), 'quit');
});

test('a result whose first fix has no link offers "Check again" first; after the paid call, its link first (Enter is never the paid call again)', () => {
	const results = [result('network', 'fail', {reason: 'proxy'}), result('service_status', 'pass')];
	const content = {tone: 'bad' as const, title: 'x', lines: [], verdict: 'network_error' as const, fixes: [{id: 'network', title: 'Check the proxy', url: null}, {id: 'status', title: 'Status', url: 'https://status.deepseek.com'}]};
	const free = viewWith(results);
	assert.equal(leafOptions(content, free)[0]?.id, 'check_again');
	const paid = {...free, choices: {probe: true}};
	assert.equal(leafOptions(content, paid)[0]?.id, 'open:status');
	const linked = {...content, fixes: content.fixes.toReversed()};
	assert.equal(leafOptions(linked, free)[0]?.id, 'open:status');
});

test('"Timeouts, connection resets" with ALL_PROXY dead: this tool gets through, so the result names the dead proxy the program may use, and its fix comes first (as check\'s advice)', () => {
	const dead = {variable: 'ALL_PROXY', proxy: 'socks5://127.0.0.1:7890', reachable: false, code: 'ECONNREFUSED'};
	const results = [
		result('network', 'warn', {host: 'api.deepseek.com', port: 443, proxy: null, otherToolsProxy: dead}),
		result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true, host: 'api.deepseek.com'}),
		result('auth', 'pass', {httpStatus: 200}),
		result('service_status', 'pass', {worst: 'operational'}),
	];
	const checks = nodeOf('pnet.check');
	assert.equal(checks.kind === 'checks' ? checks.route(viewWith(results)) : '', 'leaf.reachable');
	const leaf = nodeOf('leaf.reachable');
	assert.equal(leaf.kind, 'leaf');
	if (leaf.kind !== 'leaf') return;
	const content = leaf.content(viewWith(results));
	assert.equal(content.title, 'Nothing answers at socks5://127.0.0.1:7890, set in ALL_PROXY');
	assert.equal(content.tone, 'bad');
	assert.equal(content.crumb, 'ALL_PROXY dead');
	assert.match(content.lines.join(' '), /^This tool does not use ALL_PROXY, so its calls got through\. But Python's httpx and requests/);
	assert.deepEqual(content.fixes.map(fix => [fix.id, fix.title]), [
		['check_proxy', 'Start the proxy at socks5://127.0.0.1:7890, or unset ALL_PROXY where your program runs'],
		['status_page', "Watch DeepSeek's status page"],
	]);
	assert.equal(diagnose(results).fixes[0]?.title, content.fixes[0]?.title, 'check advises the same first');

	const alive = results.map(item => (item.id === 'network' ? result('network', 'pass', {host: 'api.deepseek.com', otherToolsProxy: {...dead, reachable: true, code: null}}) : item));
	const plain = leaf.content(viewWith(alive));
	assert.equal(plain.title, 'api.deepseek.com is reachable from here');
	assert.equal(plain.tone, 'good');
});

test('no connection going direct while the proxy in ALL_PROXY answers: the result\'s first fix is check\'s, to run again through that proxy', () => {
	const theirs = {variable: 'ALL_PROXY', proxy: 'socks5h://127.0.0.1:7890', reachable: true, code: null, suggested: 'socks5://127.0.0.1:7890'};
	const failed = {host: 'api.deepseek.com', port: 443, proxy: null, stage: 'connect', code: 'ECONNREFUSED', reason: 'connection_refused'};
	const results = [
		result('network', 'fail', {...failed, otherToolsProxy: theirs}),
		result('auth', 'fail', {reason: 'connection_refused', code: 'ECONNREFUSED'}),
	];
	const leaf = nodeOf('leaf.network');
	assert.equal(leaf.kind, 'leaf');
	if (leaf.kind !== 'leaf') return;
	const content = leaf.content(viewWith(results));
	assert.deepEqual(content.fixes.map(fix => fix.id), ['check_proxy', 'check_network', 'status_page']);
	assert.equal(content.fixes[0]?.title, diagnose(results).fixes[0]?.title, 'check advises the same first');
	assert.match(content.fixes[0]?.title ?? '', /^Run again with HTTPS_PROXY=socks5:\/\/127\.0\.0\.1:7890, the proxy in ALL_PROXY/);
	// Without it, the fixes for a refused connection, as before.
	const plain = leaf.content(viewWith([result('network', 'fail', failed), results[1]!]));
	assert.deepEqual(plain.fixes.map(fix => fix.id), ['check_network', 'status_page']);
});

test('no connection at a proxy app\'s fake-ip address: the result names the app in its title, the Network row\'s sentence is its first line, without the proxy variables\' line, and its fixes are check\'s', () => {
	const failed = {host: 'api.deepseek.com', port: 443, proxy: null, address: '198.18.0.2', fakeIp: true, stage: 'connect', code: 'ECONNREFUSED', reason: 'connection_refused'};
	const said = 'api.deepseek.com resolved to 198.18.0.2, a fake-ip address of a proxy app in TUN mode: the row\'s own sentence.';
	const results = [{...result('network', 'fail', failed), summary: said}, result('auth', 'fail', {reason: 'connection_refused', code: 'ECONNREFUSED'})];
	const leaf = nodeOf('leaf.network');
	if (leaf.kind !== 'leaf') return assert.fail('a leaf');
	const content = leaf.content(viewWith(results));
	assert.equal(content.title, 'Your proxy app cannot get through to api.deepseek.com');
	assert.equal(content.restates, 'network');
	assert.deepEqual(content.lines, [said]);
	assert.deepEqual(content.fixes.map(fix => fix.id), ['check_network', 'check_dns']);
	assert.deepEqual(content.fixes, diagnose(results).fixes, 'check advises the same');
	// A real address: the general title, line and fixes, as before.
	const plain = leaf.content(viewWith([result('network', 'fail', {...failed, address: '203.0.113.7', fakeIp: undefined}), results[1]!]));
	assert.equal(plain.title, 'Cannot get through to api.deepseek.com');
	assert.deepEqual(plain.lines, ['The server refused the connection: a wrong address or port, or a firewall.', 'This tool honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY; your program may need the same settings.', "DeepSeek's status page shows whether the trouble is on their side."]);
	assert.deepEqual(plain.fixes.map(fix => fix.id), ['check_network', 'status_page']);
});

test('a known service\'s name resolved to this computer, refused there: the title says so, the Network row\'s sentence is the first line, without the proxy variables\' line, and the one fix is check\'s', () => {
	const failed = {host: 'api.deepseek.com', port: 443, proxy: null, address: '127.0.0.1', resolvedHere: true, stage: 'connect', code: 'ECONNREFUSED', reason: 'connection_refused'};
	const said = 'api.deepseek.com resolved to 127.0.0.1, this computer\'s own address: the row\'s own sentence.';
	const results = [{...result('network', 'fail', failed), summary: said}, result('auth', 'fail', {reason: 'connection_refused', code: 'ECONNREFUSED'})];
	const leaf = nodeOf('leaf.network');
	if (leaf.kind !== 'leaf') return assert.fail('a leaf');
	const content = leaf.content(viewWith(results));
	assert.equal(content.title, 'api.deepseek.com points to this computer, not the service');
	assert.equal(content.restates, 'network');
	assert.deepEqual(content.lines, [said]);
	assert.deepEqual(content.fixes.map(fix => fix.id), ['check_dns']);
	assert.match(content.fixes[0]?.title ?? '', /^Remove api\.deepseek\.com from /);
	assert.deepEqual(content.fixes, diagnose(results).fixes, 'check advises the same');
});

test('https:// at a port on this computer that answers in plain HTTP: the Network row\'s sentence is the first line, not "intercepting HTTPS" nor the proxy variables\' line, and the one fix is check\'s, the base URL with http://', () => {
	const failed = {host: '127.0.0.1', port: 3000, proxy: null, address: '127.0.0.1', stage: 'tls', code: 'ERR_SSL_WRONG_VERSION_NUMBER', reason: 'tls', plainAnswer: {suggested: 'http://127.0.0.1:3000'}};
	const said = 'TLS to 127.0.0.1:3000 failed (ERR_SSL_WRONG_VERSION_NUMBER): the row\'s own sentence about http://.';
	const results = [{...result('network', 'fail', failed), summary: said}, result('auth', 'error', {})];
	const leaf = nodeOf('leaf.network');
	if (leaf.kind !== 'leaf') return assert.fail('a leaf');
	const content = leaf.content(viewWith(results));
	assert.equal(content.restates, 'network');
	assert.deepEqual(content.lines, [said]);
	assert.deepEqual(content.fixes, [{id: 'fix_base_url', title: 'Set the base URL to http://127.0.0.1:3000', url: null}]);
	assert.deepEqual(content.fixes, diagnose(results).fixes, 'check advises the same');
});

test('going direct failed where the system\'s proxy settings send browsers through a proxy: the Network row\'s sentence is the first line, and check\'s fixes, the proxy first', () => {
	const failed = {host: 'api.deepseek.com', port: 443, proxy: null, address: '203.0.113.7', stage: 'connect', code: 'TIMEOUT', reason: 'timeout', systemProxy: {from: 'windows', proxy: 'http://127.0.0.1:7890', reachable: true, code: null}};
	const said = 'No connection to api.deepseek.com within 10000 ms: the row\'s own sentence about Windows\' proxy settings.';
	const results = [{...result('network', 'fail', failed), summary: said}, result('auth', 'fail', {reason: 'timeout', code: 'TIMEOUT'})];
	const leaf = nodeOf('leaf.network');
	if (leaf.kind !== 'leaf') return assert.fail('a leaf');
	const content = leaf.content(viewWith(results));
	assert.equal(content.restates, 'network');
	assert.equal(content.lines[0], said);
	assert.deepEqual(content.fixes, diagnose(results).fixes, 'check advises the same');
	assert.match(content.fixes[0]?.title ?? '', /^Run again with HTTPS_PROXY=http:\/\/127\.0\.0\.1:7890, the proxy Windows' proxy settings give browsers/);
	// A PAC script: its fix first.
	const pac = leaf.content(viewWith([{...result('network', 'fail', {...failed, systemProxy: {from: 'macos', pac: 'http://wpad.corp.example/proxy.pac'}}), summary: said}, results[1]!]));
	assert.match(pac.fixes[0]?.title ?? '', /^Ask whoever runs this network which proxy macOS's network proxy settings give browsers for api\.deepseek\.com/);
	// Without it, the general line for a timeout, as before.
	const plain = leaf.content(viewWith([result('network', 'fail', {...failed, systemProxy: undefined}), results[1]!]));
	assert.equal(plain.restates, undefined);
	assert.deepEqual(plain.fixes.map(fix => fix.id), ['check_network', 'status_page']);
});

test('inside WSL 2, a proxy on 127.0.0.1 that refused: the title says 127.0.0.1 is not Windows, the Network row\'s sentence is the line, without the proxy variables\' line, and its fixes are check\'s', () => {
	const failed = {host: '127.0.0.1', port: 7890, proxy: 'http://127.0.0.1:7890', address: '127.0.0.1', stage: 'connect', code: 'ECONNREFUSED', reason: 'connection_refused', wsl: {windowsHost: '172.29.96.1', proxyVariable: 'HTTPS_PROXY'}};
	const said = 'The proxy http://127.0.0.1:7890 (from HTTPS_PROXY) refused the connection, and this is WSL 2: the row\'s own sentence.';
	const results = [{...result('network', 'fail', failed), summary: said}, result('auth', 'fail', {reason: 'proxy', code: 'ECONNREFUSED'})];
	const leaf = nodeOf('leaf.network');
	if (leaf.kind !== 'leaf') return assert.fail('a leaf');
	const content = leaf.content(viewWith(results));
	assert.equal(content.title, 'In WSL 2, 127.0.0.1 is not Windows');
	assert.equal(content.restates, 'network');
	assert.deepEqual(content.lines, [said]);
	assert.deepEqual(content.fixes.map(fix => fix.id), ['wsl_networking', 'check_proxy', 'check_network']);
	assert.deepEqual(content.fixes, diagnose(results).fixes, 'check advises the same');
	// Outside WSL (no wsl details): the proxy's own result, as before.
	const plain = leaf.content(viewWith([result('network', 'fail', {...failed, wsl: undefined}), results[1]!]));
	assert.equal(plain.title, 'Cannot get through to api.deepseek.com');
	assert.deepEqual(plain.fixes.map(fix => fix.id), ['check_proxy', 'status_page']);
});

test('a certificate outside its dates: the title says the clock (behind, or ahead or lapsed), the Network row\'s sentence is the line, and the fixes are check\'s', () => {
	const failed = {host: 'api.deepseek.com', port: 443, proxy: null, address: '203.0.113.7', stage: 'tls', code: 'CERT_NOT_YET_VALID', reason: 'tls', certificateDates: {validFrom: '2100-01-01T00:00:00.000Z', validTo: '2101-01-01T00:00:00.000Z', checkedAt: '2026-12-04T19:49:00.000Z'}};
	const said = 'The certificate api.deepseek.com presented is valid only from 2100-01-01 00:00 UTC: the row\'s own sentence.';
	const auth = result('auth', 'fail', {reason: 'tls', code: 'CERT_NOT_YET_VALID'});
	const leaf = nodeOf('leaf.network');
	if (leaf.kind !== 'leaf') return assert.fail('a leaf');
	const behind = [{...result('network', 'fail', failed), summary: said}, auth];
	const content = leaf.content(viewWith(behind));
	assert.equal(content.title, 'This computer\'s clock is behind');
	assert.equal(content.restates, 'network');
	assert.deepEqual(content.lines, [said]);
	assert.deepEqual(content.fixes.map(fix => fix.id), ['set_clock']);
	assert.deepEqual(content.fixes, diagnose(behind).fixes, 'check advises the same');
	const lapsed = [{...result('network', 'fail', {...failed, code: 'CERT_HAS_EXPIRED'}), summary: said}, auth];
	assert.equal(leaf.content(viewWith(lapsed)).title, 'The certificate of api.deepseek.com has expired, or this computer\'s clock is ahead');
	assert.deepEqual(leaf.content(viewWith(lapsed)).fixes.map(fix => fix.id), ['set_clock', 'check_tls']);
	// The clock fix names the command of the system the check found, not of the machine reading the results.
	const inWsl = [{...result('network', 'fail', {...failed, certificateDates: {...failed.certificateDates, clock: 'wsl'}}), summary: said}, auth];
	assert.match(diagnose(inWsl).fixes[0]?.title ?? '', /sudo hwclock -s/);
	assert.match(diagnose([{...result('network', 'fail', {...failed, certificateDates: {...failed.certificateDates, clock: 'darwin'}}), summary: said}, auth]).fixes[0]?.title ?? '', /System Settings › General › Date & Time/);
	// Dates not read (the look failed): the general TLS result, as before.
	const plain = leaf.content(viewWith([result('network', 'fail', {...failed, certificateDates: undefined}), auth]));
	assert.equal(plain.title, 'Cannot get through to api.deepseek.com');
	assert.notEqual(plain.fixes[0]?.id, 'set_clock');
});

test('a connection cut before any answer after the network check reached the host: the API check\'s row is the line and takes one row; without one, only who usually cuts it', () => {
	const reached = {host: 'api.deepseek.com', port: 443, proxy: null, address: '203.0.113.7', connectMs: 40};
	const cut = {reason: 'connection_reset', code: 'ECONNRESET'};
	const leaf = nodeOf('leaf.network');
	if (leaf.kind !== 'leaf') return assert.fail('a leaf');
	const withRow = leaf.content(viewWith([result('network', 'pass', reached), {...result('auth', 'fail', cut), summary: 'api.deepseek.com closed the connection without answering.'}, result('balance', 'fail', cut)]));
	assert.equal(withRow.title, 'The connection to api.deepseek.com is cut before any answer');
	assert.equal(withRow.restates, 'auth');
	assert.equal(withRow.lines[0], 'api.deepseek.com closed the connection without answering.');
	const endpointOnly = leaf.content(viewWith([result('network', 'pass', reached), result('endpoint', 'warn', cut)]));
	assert.equal(endpointOnly.title, 'The connection to api.deepseek.com is cut before any answer');
	assert.equal(endpointOnly.restates, undefined);
	assert.equal(endpointOnly.lines[0], 'Most often a firewall, VPN or proxy in between cuts it.');
});

test('the fake-ip address connected, then the calls were cut: the general title, the app\'s node as the likely cause first, then the reason (not the proxy variables), and check\'s fixes', () => {
	const reached = {host: 'api.deepseek.com', port: 443, proxy: null, address: '198.18.0.2', fakeIp: true, connectMs: 40};
	const cut = {reason: 'connection_reset', code: 'ECONNRESET'};
	const results = [result('network', 'pass', reached), result('auth', 'fail', cut), result('balance', 'fail', cut)];
	const leaf = nodeOf('leaf.network');
	if (leaf.kind !== 'leaf') return assert.fail('a leaf');
	const content = leaf.content(viewWith(results));
	assert.equal(content.title, 'Cannot get through to api.deepseek.com');
	// The app's node first: a short window keeps only the first line.
	assert.deepEqual(content.lines, [
		'The calls go through a proxy app\'s fake-ip address (198.18.0.2), which connected: the node it picked is the likely cause.',
		'The connection was cut before any answer came: often a firewall, VPN or proxy in between.',
		"DeepSeek's status page shows whether the trouble is on their side.",
	]);
	assert.deepEqual(content.fixes, diagnose(results).fixes, 'check advises the same');
	assert.deepEqual(content.fixes.map(fix => fix.id), ['check_network', 'status_page']);
	assert.match(content.fixes[0]?.title ?? '', /^Open your proxy app/);
});

test('no connection going direct where NO_PROXY exempts the host from the proxy set: the result\'s first fix is check\'s, to remove that entry', () => {
	const failed = {host: 'api.deepseek.com', port: 443, proxy: null, stage: 'connect', code: 'ETIMEDOUT', reason: 'timeout'};
	const timedOut = result('auth', 'fail', {reason: 'timeout', code: 'TIMEOUT'});
	const bypassed = {variable: 'HTTPS_PROXY', proxy: 'http://proxy.corp.example:3128', noProxy: 'NO_PROXY', entry: '.deepseek.com'};
	const leaf = nodeOf('leaf.network');
	const fixesFor = (network: Record<string, unknown>) => (leaf.kind === 'leaf' ? leaf.content(viewWith([result('network', 'fail', network), timedOut])).fixes : []);
	const shown = fixesFor({...failed, bypassedProxy: bypassed});
	assert.equal(shown[0]?.title, 'Remove ".deepseek.com" from NO_PROXY, so that calls to api.deepseek.com go through the proxy in HTTPS_PROXY');
	assert.deepEqual(shown, diagnose([result('network', 'fail', {...failed, bypassedProxy: bypassed}), timedOut]).fixes, 'check advises the same');
	assert.notEqual(fixesFor(failed)[0]?.id, 'check_proxy');
});

test('no connection to a proxy whose lower-case variable hides another in its upper-case twin: the result\'s first fix is check\'s, to unset the lower-case one', () => {
	const refused = {host: '127.0.0.1', port: 7890, proxy: 'http://127.0.0.1:7890', stage: 'connect', code: 'ECONNREFUSED', reason: 'connection_refused'};
	const choice = {variable: 'https_proxy', shadows: 'HTTPS_PROXY', httpForHttps: false};
	const leaf = nodeOf('leaf.network');
	const fixesFor = (network: Record<string, unknown>) => (leaf.kind === 'leaf' ? leaf.content(viewWith([result('network', 'fail', network)])).fixes : []);
	assert.equal(fixesFor({...refused, proxyChoice: choice})[0]?.title, 'Unset https_proxy to use the proxy in HTTPS_PROXY, or fix https_proxy');
	assert.deepEqual(fixesFor({...refused, proxyChoice: choice}), diagnose([result('network', 'fail', {...refused, proxyChoice: choice})]).fixes, 'check advises the same');
	assert.notEqual(fixesFor(refused)[0]?.title, 'Unset https_proxy to use the proxy in HTTPS_PROXY, or fix https_proxy');
});

test('the no-connection result takes check\'s fixes where the diagnosis marks them more precise than the network pair, and only there; the mark stays out of check --json', () => {
	const leaf = nodeOf('leaf.network');
	if (leaf.kind !== 'leaf') return assert.fail('a leaf');
	const refused = {host: '127.0.0.1', port: 7890, proxy: 'http://127.0.0.1:7890', stage: 'connect', code: 'ECONNREFUSED', reason: 'connection_refused'};
	const choice = {variable: 'https_proxy', shadows: 'HTTPS_PROXY', httpForHttps: false};
	const shadowed = [result('network', 'fail', {...refused, proxyChoice: choice})];
	const plain = [result('network', 'fail', refused)];
	assert.equal(diagnose(shadowed).preciseFixes, true);
	assert.equal(diagnose(plain).preciseFixes, undefined);
	// The leaf reads the mark, not the facts behind it: the same results, with and without it.
	const view = viewWith(plain);
	const generic = leaf.content(view).fixes;
	assert.deepEqual(generic.map(fix => fix.id), ['check_proxy', 'status_page']);
	const ownFixes = [{id: 'check_proxy', title: 'A cause of its own', url: null}];
	assert.deepEqual(leaf.content({...view, diagnosis: {...view.diagnosis, fixes: ownFixes, preciseFixes: true}}).fixes, ownFixes);
	assert.deepEqual(leaf.content({...view, diagnosis: {...view.diagnosis, fixes: ownFixes}}).fixes, generic);
	// Internal: the JSON report names its own fields (docs/interface.md), the mark not among them.
	assert.equal('preciseFixes' in buildCheckReport({baseUrl: 'https://api.deepseek.com'}, shadowed), false);
});

test('a proxy that offers only a Windows login: the no-connection result\'s first fix is check\'s, a local proxy that logs in, not a login in the URL', () => {
	const said = 'The proxy http://proxy.corp.example:8080 (from HTTPS_PROXY) asks for a Windows login (HTTP 407: NTLM), which this tool cannot give.';
	const results = [
		result('network', 'pass', {host: 'proxy.corp.example', port: 8080, proxy: 'http://proxy.corp.example:8080'}),
		{...result('auth', 'fail', {reason: 'proxy', code: 'PROXY_LOGIN_NOT_BASIC'}), summary: said},
	];
	const leaf = nodeOf('leaf.network');
	const fixes = leaf.kind === 'leaf' ? leaf.content(viewWith(results)).fixes : [];
	assert.equal(fixes[0]?.title, 'Run a local proxy that does the Windows login for you (Cntlm, Px), and point HTTPS_PROXY at it');
	assert.deepEqual(fixes, diagnose(results).fixes, 'check advises the same');
	assert.equal(diagnose(results).summary, said);
});

test('the relay leaf for an unrecognised proxy on this computer passing on a refusal for money: the account behind it, as check says; not for a gateway elsewhere', () => {
	const node = nodeOf('leaf.relay');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	const unknownAt = (host: string) => ({id: 'unknown', name: host, detectedBy: 'fingerprint', consoleUrl: null});
	const at = (host: string) => [
		result('endpoint', 'fail', {provider: unknownAt(host), reachesDeepSeek: false, host}),
		result('auth', 'fail', {httpStatus: 402, errorMessage: 'Insufficient Balance', signature: {provider: 'generic', kind: 'balance_exhausted', message: 'Insufficient Balance', status: 402}}),
	];
	const local = node.content(viewWith(at('127.0.0.1:8317')));
	assert.equal(local.title, 'The account behind your proxy (127.0.0.1:8317) is out of credit');
	assert.equal(local.crumb, 'Proxy out of credit');
	assert.equal(local.verdict, 'relay_insufficient_balance');
	assert.match(local.fixes[0]?.title ?? '', /^In 127\.0\.0\.1:8317 \(it runs on this computer\): top up the account it uses at its provider/);
	// One line under the title, not check's whole paragraph again.
	assert.deepEqual(local.lines, ['A proxy on this computer has no balance of its own: it passed on the refusal of the provider behind it, where the account set up in it is out of credit or over its plan. Your DeepSeek balance does not matter for these calls.']);
	const remote = node.content(viewWith(at('gateway.example:3000')));
	assert.notEqual(remote.title, 'The account behind your proxy (gateway.example:3000) is out of credit');
	assert.notEqual(remote.crumb, 'Proxy out of credit');
});

test('the no-connection result for a failed TLS handshake where other tools trust a certificate file: the same first fix as check\'s', () => {
	const node = nodeOf('leaf.network');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	const results = [
		result('network', 'fail', {host: 'api.deepseek.com', port: 443, proxy: null, stage: 'tls', code: 'SELF_SIGNED_CERT_IN_CHAIN', reason: 'tls', otherToolsCa: {variable: 'SSL_CERT_FILE', path: '/etc/ssl/corp.pem'}}),
		result('endpoint', 'error', {provider: {id: 'unknown', name: 'api.deepseek.com', detectedBy: 'host', consoleUrl: null}, reachesDeepSeek: 'unknown', host: 'api.deepseek.com'}),
	];
	const content = node.content(viewWith(results));
	assert.deepEqual(content.fixes.map(fix => fix.title), [
		'Run again with NODE_EXTRA_CA_CERTS=/etc/ssl/corp.pem: the certificates your other tools trust (SSL_CERT_FILE), which Node reads only from that variable',
		"Watch DeepSeek's status page",
	]);
	assert.deepEqual(content.fixes.map(fix => fix.title), diagnose(results).fixes.map(fix => fix.title));
});

test('the relay leaf for Model Studio\'s "use free tier only": the title says so, and switching it off comes first, as check says', () => {
	const node = nodeOf('leaf.relay');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	const dashscope = {id: 'dashscope', name: 'Alibaba Cloud Model Studio', detectedBy: 'host', consoleUrl: 'https://bailian.console.aliyun.com/'};
	const results = [
		result('endpoint', 'warn', {provider: dashscope, reachesDeepSeek: false, host: 'dashscope.aliyuncs.com'}),
		result('probe', 'fail', {httpStatus: 400, signature: {provider: 'unknown', kind: 'balance_exhausted', message: 'free tier', status: 400, freeTierOnly: true}}),
	];
	const content = node.content(viewWith(results));
	assert.equal(content.title, 'Alibaba Cloud Model Studio: free quota used up, and your account takes free quota only');
	// The top-up page is the same console page: the wizard links it once.
	assert.deepEqual(content.fixes.map(fix => fix.id), ['relay_console', 'use_deepseek_base_url']);
	assert.match(content.fixes[0]?.title ?? '', /switch off "use free tier only"/);
});

test('the relay leaf for a plan\'s weekly usage limit (OpenCode Go): the title names the plan\'s limit, not a balance used up', () => {
	const node = nodeOf('leaf.relay');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	const zen = {id: 'opencode-zen', name: 'OpenCode Zen', detectedBy: 'host', consoleUrl: 'https://opencode.ai/workspace'};
	const results = [
		result('endpoint', 'warn', {provider: zen, reachesDeepSeek: false, host: 'opencode.ai'}),
		result('probe', 'fail', {httpStatus: 429, signature: {provider: 'unknown', kind: 'balance_exhausted', message: 'plan', status: 429, planLimit: true}}),
	];
	const content = node.content(viewWith(results));
	assert.equal(content.title, "Your OpenCode Zen plan's usage limit is reached");
});

test('the relay leaf for a subscription whose long-context requests need extra usage (Anthropic\'s "Extra usage is required"): the title names it, not a balance used up or a rate', () => {
	const node = nodeOf('leaf.relay');
	if (node.kind !== 'leaf') return assert.fail('a leaf');
	const results = [
		result('endpoint', 'fail', {provider: {id: 'unknown', name: 'api.anthropic.com', detectedBy: 'none', consoleUrl: null}, reachesDeepSeek: false, host: 'api.anthropic.com'}),
		result('probe', 'fail', {httpStatus: 429, signature: {provider: 'unknown', kind: 'balance_exhausted', message: 'extra usage', status: 429, extraUsage: true}}),
	];
	const content = node.content(viewWith(results));
	assert.equal(content.title, 'Your api.anthropic.com plan needs extra usage for long context');
});

test('the relay leaves of a subscription\'s extra usage (needed for long context; used up, off or not claimed) name it in their crumb, not credit bought there, in both languages', () => {
	const node = nodeOf('leaf.relay');
	if (node.kind !== 'leaf') return assert.fail('a leaf');
	const endpoint = result('endpoint', 'fail', {provider: {id: 'unknown', name: 'api.anthropic.com', detectedBy: 'none', consoleUrl: null}, reachesDeepSeek: false, host: 'api.anthropic.com'});
	const probe = (flag: 'extraUsage' | 'extraUsagePool' | 'none') =>
		result('probe', 'fail', {httpStatus: 429, signature: {provider: 'unknown', kind: 'balance_exhausted', message: 'usage', status: 429, ...(flag === 'none' ? {} : {[flag]: true})}});
	for (const [language, extra, credit] of [['en', 'Extra usage', 'Credit there'], ['zh-CN', '额外用量', '那边的额度']] as const) {
		setLanguage(language);
		try {
			assert.equal(node.content(viewWith([endpoint, probe('extraUsage')])).crumb, extra);
			assert.equal(node.content(viewWith([endpoint, probe('extraUsagePool')])).crumb, extra);
			assert.equal(node.content(viewWith([endpoint, probe('none')])).crumb, credit, 'money there: as before');
		} finally {
			setLanguage('en');
		}
	}
});

test('the relay leaf for a charge still being settled there (Flux Router\'s 402 credit_unresolved): the title says so, not "limits your requests", and waiting comes first', () => {
	const node = nodeOf('leaf.relay');
	if (node.kind !== 'leaf') return assert.fail('a leaf');
	const results = [
		result('endpoint', 'fail', {provider: {id: 'unknown', name: 'api.relay.example', detectedBy: 'none', consoleUrl: null}, reachesDeepSeek: false, host: 'api.relay.example'}),
		result('probe', 'fail', {httpStatus: 402, signature: {provider: 'unknown', kind: 'rate_limited', message: 'settling', status: 402, chargeSettling: true}}),
	];
	const content = node.content(viewWith(results));
	assert.equal(content.title, 'api.relay.example is still settling an earlier charge (402)');
	assert.equal(content.fixes[0]?.id, 'retry_later');
	assert.ok(!content.fixes.some(fix => fix.id === 'top_up_relay'), content.fixes.map(fix => fix.id).join(', '));
});

for (const [personal, title] of [[false, 'W&B Inference is not enabled for you'], [true, 'W&B Inference is not open to personal accounts']] as const) {
	test(`the unknown leaf for a service not open to this account (W&B Inference's ${personal ? '429 for a personal account' : '403 for an organization'}): the title says so, not a rate limit or a wrong address`, () => {
		const results = [
			result('endpoint', 'warn', {provider: {id: 'wandb-inference', name: 'W&B Inference', detectedBy: 'host', consoleUrl: 'https://wandb.ai/subscriptions'}, reachesDeepSeek: false, host: 'api.inference.wandb.ai'}),
			result('probe', 'fail', {httpStatus: personal ? 429 : 403, signature: {provider: 'unknown', kind: 'account_refused', message: 'refused', status: personal ? 429 : 403, ...(personal ? {personalAccount: true} : {})}}),
		];
		const view = viewWith(results);
		assert.equal(view.diagnosis.verdict, 'unknown');
		const node = nodeOf('leaf.unknown');
		if (node.kind !== 'leaf') return assert.fail('a leaf');
		const content = node.content(view);
		assert.equal(content.title, title);
		assert.equal(content.fixes[0]?.id, 'enable_service');
	});
}

test('a wait (rate_limited: a charge still being settled, a relay\'s 429) offers "Check again" before the result\'s other ways, after the paid call too; the links keep their place; elsewhere its own ways first', () => {
	const node = nodeOf('leaf.relay');
	if (node.kind !== 'leaf') return assert.fail('a leaf');
	const unknown = {provider: {id: 'unknown', name: 'api.relay.example', detectedBy: 'none', consoleUrl: null}, reachesDeepSeek: false, host: 'api.relay.example'};
	const openRouter = {provider: {id: 'openrouter', name: 'OpenRouter', detectedBy: 'host', consoleUrl: 'https://openrouter.ai/settings/credits'}, reachesDeepSeek: false, host: 'openrouter.ai'};
	const waysOf = (results: CheckResult[]) => {
		const view = {...viewWith(results), choices: {probe: true}};
		const ids = leafOptions(node.content(view), view).map(option => option.id);
		return ids.filter(id => id === 'check_again' || id === 'also_deepseek' || id.startsWith('open:'));
	};
	const settling = [result('endpoint', 'fail', unknown), result('probe', 'fail', {httpStatus: 402, signature: {provider: 'unknown', kind: 'rate_limited', message: 'settling', status: 402, chargeSettling: true}})];
	assert.deepEqual(waysOf(settling), ['check_again', 'also_deepseek']);
	const limited = [result('endpoint', 'warn', openRouter), result('probe', 'fail', {httpStatus: 429, signature: {provider: 'openrouter', kind: 'rate_limited', message: 'limited', status: 429}})];
	const ways = waysOf(limited);
	assert.ok(ways[0]?.startsWith('open:'), ways.join());
	assert.deepEqual(ways.filter(id => !id.startsWith('open:')), ['check_again', 'also_deepseek']);
	// Not a wait: the calls go elsewhere, and DeepSeek's own account is the way on before checking the same again.
	assert.deepEqual(waysOf([result('endpoint', 'fail', unknown), result('auth', 'pass')]), ['also_deepseek', 'check_again']);
});

test('the relay leaf for OpenRouter\'s "Prompt tokens limit exceeded": the title says the prompt is too long for the credit, not that a balance is used up', () => {
	const node = nodeOf('leaf.relay');
	if (node.kind !== 'leaf') return assert.fail('a leaf');
	const openRouter = {id: 'openrouter', name: 'OpenRouter', detectedBy: 'host', consoleUrl: 'https://openrouter.ai/settings/credits'};
	const results = [
		result('endpoint', 'warn', {provider: openRouter, reachesDeepSeek: false, host: 'openrouter.ai'}),
		result('probe', 'fail', {httpStatus: 402, signature: {provider: 'unknown', kind: 'request_too_costly', message: 'prompt', status: 402, promptTooLong: true}}),
	];
	const content = node.content(viewWith(results));
	// Was "Your OpenRouter balance is used up", over "Lower max_tokens in your tool".
	assert.equal(content.title, 'Your OpenRouter credit cannot pay for a prompt this long');
	assert.equal(content.fixes[0]?.id, 'shorter_prompt');
});

test('the relay leaf for a free key\'s cap on a prompt\'s tokens (ChatAnywhere): the title says the key takes no prompt this long, not that credit ran out', () => {
	const node = nodeOf('leaf.relay');
	if (node.kind !== 'leaf') return assert.fail('a leaf');
	const results = [
		result('endpoint', 'warn', {provider: {id: 'unknown', name: 'api.chatanywhere.tech', detectedBy: 'fingerprint'}, reachesDeepSeek: 'unknown', host: 'api.chatanywhere.tech'}),
		result('probe', 'fail', {httpStatus: 403, signature: {provider: 'unknown', kind: 'request_too_costly', message: 'capped', status: 403, promptCap: true}}),
	];
	const content = node.content(viewWith(results));
	assert.equal(content.title, 'Your api.chatanywhere.tech key takes no prompt this long');
	assert.deepEqual(content.fixes.map(fix => fix.id).slice(0, 2), ['shorter_prompt', 'ask_operator']);
});

test('the relay leaf for OpenCode Zen\'s "No payment method": the title says the account has none, not that a balance is used up', () => {
	const node = nodeOf('leaf.relay');
	if (node.kind !== 'leaf') return assert.fail('a leaf');
	const zen = {id: 'opencode-zen', name: 'OpenCode Zen', detectedBy: 'host', consoleUrl: 'https://opencode.ai/auth'};
	const results = [
		result('endpoint', 'warn', {provider: zen, reachesDeepSeek: false, host: 'opencode.ai'}),
		result('probe', 'fail', {httpStatus: 401, signature: {provider: 'unknown', kind: 'balance_exhausted', message: 'payment', status: 401, noPaymentMethod: true}}),
	];
	const content = node.content(viewWith(results));
	// Was "Your OpenCode Zen balance is used up", over "Top up on OpenCode Zen".
	assert.equal(content.title, 'Your OpenCode Zen account has no payment method');
	// The link (opencode.ai/auth) opens the user's workspace: the sentence names the click on to billing.
	assert.deepEqual(content.fixes[0], {
		id: 'top_up_relay',
		title: 'Add a payment method in OpenCode Zen\'s billing (not on DeepSeek); the link opens your workspace, where Billing is in the menu',
		url: 'https://opencode.ai/auth',
	});
	setLanguage('zh-CN');
	try {
		assert.equal(node.content(viewWith(results)).fixes[0]?.title, '在 OpenCode Zen 的账单页面添加付款方式（而不是在 DeepSeek）；链接会打开你的工作区，再点菜单里的“计费”');
	} finally {
		setLanguage('en');
	}
});

test('the relay leaf for OpenCode Zen\'s "No payment method" that names the user\'s billing page: the fix links that page, with no click left to say', () => {
	const node = nodeOf('leaf.relay');
	if (node.kind !== 'leaf') return assert.fail('a leaf');
	const zen = {id: 'opencode-zen', name: 'OpenCode Zen', detectedBy: 'host', consoleUrl: 'https://opencode.ai/auth'};
	const page = 'https://opencode.ai/workspace/wrk_01KFVB8NZPCMZD863PFVAFMXXX/billing';
	const refused = (billingPage: string) => [
		result('endpoint', 'warn', {provider: zen, reachesDeepSeek: false, host: 'opencode.ai'}),
		result('probe', 'fail', {httpStatus: 401, signature: {provider: 'unknown', kind: 'balance_exhausted', message: 'payment', status: 401, noPaymentMethod: true, billingPage}}),
	];
	assert.deepEqual(node.content(viewWith(refused(page))).fixes[0], {id: 'top_up_relay', title: 'Add a payment method in OpenCode Zen\'s billing (not on DeepSeek)', url: page});
	setLanguage('zh-CN');
	try {
		assert.equal(node.content(viewWith(refused(page))).fixes[0]?.title, '在 OpenCode Zen 的账单页面添加付款方式（而不是在 DeepSeek）');
	} finally {
		setLanguage('en');
	}
	// A page of another shape in the details (not as the signature reads it) is no link: the workspace and the click, as without one.
	assert.equal(node.content(viewWith(refused('https://opencode.ai.evil.example/workspace/wrk_01KFVB8NZPCMZD863PFVAFMXXX/billing'))).fixes[0]?.url, 'https://opencode.ai/auth');
});

test('the relay leaf for a gateway refusing the token\'s group (new-api\'s 无权访问 X 分组): the title names the group, not a disabled token', () => {
	const node = nodeOf('leaf.relay');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	const results = [
		result('endpoint', 'fail', {provider: {id: 'unknown', name: 'newapi.example.com', detectedBy: 'host', consoleUrl: null}, reachesDeepSeek: false, host: 'newapi.example.com'}),
		result('auth', 'fail', {httpStatus: 403, signature: {provider: 'unknown', kind: 'invalid_key', blocked: 'group', message: 'group', status: 403}}),
	];
	const content = node.content(viewWith(results));
	assert.equal(content.title, 'newapi.example.com refuses this token\'s group');
	assert.equal(content.fixes[0]?.id, 'enable_token');
});

test('a good balance shown as a warning for a key format warning names that row as why, for a short window to keep it; trouble no row shows gets a line instead', () => {
	const node = nodeOf('leaf.balance');
	if (node.kind !== 'leaf') return assert.fail('a leaf');
	const warned = [...scenarios['positive']!, result('key_format', 'warn', {shape: 'unusual', masked: 'sk-…6789', length: 19})];
	const content = node.content(viewWith(warned));
	assert.equal(content.tone, 'warn');
	assert.equal(content.warnedBy, 'key_format');
	// Not on this screen (an earlier step saw it): the line says it, and no row is named.
	const unseen = node.content({...viewWith(warned), shown: new Set(['balance'])});
	assert.equal(unseen.warnedBy, undefined);
	assert.match(unseen.lines[0] ?? '', /^Also seen: key_format/);
	assert.equal(node.content(viewWith(scenarios['positive']!)).warnedBy, undefined);
});

test('a leaf that already says the balance\'s warning ("Mind the balance: …") does not say it again as "Also seen: …", in either language', () => {
	const node = nodeOf('leaf.probe_ok');
	if (node.kind !== 'leaf') return assert.fail('a leaf');
	const worked = [...scenarios['bonusOnly']!, result('probe', 'pass', {httpStatus: 200, model: 'deepseek-v4-flash'})];
	for (const language of ['en', 'zh-CN'] as const) {
		setLanguage(language);
		try {
			// The balance was shown on an earlier step: this screen has no row for it.
			const content = node.content({...viewWith(worked), shown: new Set(['probe'])});
			assert.equal(content.tone, 'warn');
			assert.equal(content.lines.filter(line => line.includes('balance warn')).length, 1, content.lines.join('\n'));
		} finally {
			setLanguage('en');
		}
	}
	// A warning no line of the leaf says still gets its "Also seen" line.
	const other = [...scenarios['positive']!, result('probe', 'pass', {httpStatus: 200}), result('key_format', 'warn', {shape: 'unusual'})];
	assert.match(node.content({...viewWith(other), shown: new Set(['probe'])}).lines[0] ?? '', /^Also seen: key_format/);
});

test('the unknown-model leaf for a gateway with no price set for the model (new-api\'s model_price_error): the title says so, not "not available", in English and Chinese', () => {
	const node = nodeOf('leaf.model_not_found');
	if (node.kind !== 'leaf') return assert.fail('a leaf');
	const newApi = {id: 'new-api', name: 'New API', detectedBy: 'fingerprint', consoleUrl: null};
	const results = [
		result('endpoint', 'warn', {provider: newApi, reachesDeepSeek: false, host: 'gateway.example.org'}),
		result('auth', 'pass', {probeModels: ['deepseek-chat', 'deepseek-reasoner']}),
		result('probe', 'fail', {httpStatus: 400, model: 'deepseek-chat', signature: {provider: 'new-api', kind: 'model_not_found', message: 'price', status: 400, unpriced: true}}),
	];
	const content = node.content(viewWith(results));
	assert.equal(content.verdict, 'model_not_found');
	// Was 'The model "deepseek-chat" is not available at New API', over a summary saying it refuses the model for want of a price.
	assert.equal(content.title, 'New API has no price set for the model "deepseek-chat"');
	assert.equal(content.crumb, 'Model not priced');
	// Its spelling is not the point: no line on copying the name exactly.
	assert.deepEqual(content.lines, [content.lines[0]]);
	assert.match(content.lines[0] ?? '', /no price is set for it there/);
	setLanguage('zh-CN');
	try {
		const chinese = node.content(viewWith(results));
		// Was 'New API 上没有模型“deepseek-chat”' ("New API has no model deepseek-chat"), which it lists.
		assert.equal(chinese.title, 'New API 没有为模型“deepseek-chat”设置价格');
		assert.equal(chinese.crumb, '模型未定价');
	} finally {
		setLanguage('en');
	}
});

test('the relay leaf for a refused group does not say twice what its title and its first fix say: the line gives the answer and what it means', () => {
	const node = nodeOf('leaf.relay');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	const results = [
		result('endpoint', 'fail', {provider: {id: 'unknown', name: 'newapi.example.com', detectedBy: 'host', consoleUrl: null}, reachesDeepSeek: false, host: 'newapi.example.com'}),
		result('auth', 'fail', {httpStatus: 403, errorMessage: '无权访问 auto 分组', signature: {provider: 'unknown', kind: 'invalid_key', blocked: 'group', message: 'group', status: 403}}),
	];
	const content = node.content(viewWith(results));
	assert.deepEqual(content.lines, ['It answers HTTP 403 "无权访问 auto 分组": that group is not open to your account there, or no longer exists, and a new key in the same group will not help. Your DeepSeek account is not involved.']);
	assert.match(content.fixes[0]?.title ?? '', /^Move this token to a group/);
	setLanguage('zh-CN');
	try {
		const chinese = node.content(viewWith(results));
		assert.equal(chinese.title, 'newapi.example.com 拒绝这个令牌所在的分组');
		// Not the title's words again, as the diagnosis' summary starts (check prints that one, with no title above it).
		assert.ok(!chinese.lines.join('').includes(chinese.title), chinese.lines.join(''));
		assert.deepEqual(chinese.lines, ['它的响应是 HTTP 403，“无权访问 auto 分组”：你的账号在那里不能用这个分组，或者它已不存在；在同一分组里换 key 没有用。这与你的 DeepSeek 账号无关。']);
	} finally {
		setLanguage('en');
	}
});

test('the refused-key result for a key holding a zero-width space: nothing was sent, so "cannot be sent as it is", not "DeepSeek does not accept this key (401)"', () => {
	const node = nodeOf('leaf.invalid_key');
	assert.equal(node.kind, 'leaf');
	if (node.kind !== 'leaf') return;
	const results = [
		result('key_format', 'warn', {shape: 'non_ascii', masked: 'sk-…cdef', length: 36, characters: ['U+200B']}),
		result('auth', 'error', {reason: 'unsendable_key', code: null, url: 'https://api.deepseek.com/models'}),
	];
	const content = node.content(viewWith(results));
	assert.equal(content.title, 'This key cannot be sent as it is');
	assert.equal(content.crumb, 'Key unusable');
	assert.match(content.lines[0] ?? '', /^The key holds characters that are not plain ASCII \(U\+200B\)/);
	assert.deepEqual(content.fixes.map(fix => fix.title), diagnose(results).fixes.map(fix => fix.title), 'the same fix as check');
	// Typed in an input method's full-width mode (ｓｋ－): said so, with the key that switches it, as check says.
	const fullWidth = [result('key_format', 'warn', {shape: 'non_ascii', masked: 'ｓｋ－…cdef', length: 35, characters: ['U+FF53', 'U+FF4B', 'U+FF0D']}), results[1]!];
	assert.match(node.content(viewWith(fullWidth)).lines[0] ?? '', /^The key holds full-width characters \(U\+FF53, U\+FF4B, U\+FF0D\), as a Chinese input method types them in full-width mode: .*half-width \(Shift\+Space\)/);
	const mixed = [result('key_format', 'warn', {shape: 'non_ascii', masked: 'sk-…cdef', length: 36, characters: ['U+FF53', 'U+200B']}), results[1]!];
	assert.match(node.content(viewWith(mixed)).lines[0] ?? '', /^The key holds characters that are not plain ASCII/);
});

test('typedFullWidth: full-width forms only (U+FF01–U+FF5E), not a zero-width space, a half-width katakana or the ideographic space beside them', () => {
	assert.equal(typedFullWidth(['U+FF01', 'U+FF5E', 'U+FF10']), true);
	assert.equal(typedFullWidth([]), false);
	for (const other of ['U+200B', 'U+FF00', 'U+FF5F', 'U+FF61', 'U+3000', 'U+00A0']) assert.equal(typedFullWidth(['U+FF53', other]), false, other);
});

test('the reachable result at another service points at that service first (its console, else whoever runs it), DeepSeek\'s status page only where it may send the calls on', () => {
	const node = nodeOf('leaf.reachable');
	if (node.kind !== 'leaf') return assert.fail('leaf.reachable is a leaf');
	const openRouter = {id: 'openrouter', name: 'OpenRouter', detectedBy: 'host', consoleUrl: 'https://openrouter.ai/settings/credits'};
	const siliconFlow = {id: 'siliconflow', name: 'SiliconFlow', detectedBy: 'host', consoleUrl: 'https://cloud.siliconflow.cn/expensebill'};
	const gateway = {id: 'unknown', name: 'relay.example.com', detectedBy: 'none', consoleUrl: null};
	const at = (provider: object, host: string) =>
		node.content({...viewWith([result('network', 'pass'), result('endpoint', 'warn', {provider, reachesDeepSeek: false, host}), result('auth', 'pass', {httpStatus: 200}), result('service_status', 'pass', {worst: 'operational'})]), choices: {reported: 'network'}});
	const relay = at(openRouter, 'openrouter.ai');
	assert.equal(relay.fixes[0]?.title, 'Check your key, balance and settings in the OpenRouter console');
	assert.deepEqual(relay.fixes.map(fix => fix.id), ['relay_console', 'status_page']);
	// A cloud that serves the models itself: DeepSeek's status page says nothing about it.
	assert.deepEqual(at(siliconFlow, 'api.siliconflow.cn').fixes.map(fix => fix.id), ['relay_console']);
	const unnamed = at(gateway, 'relay.example.com');
	assert.equal(unnamed.fixes[0]?.title, 'If it keeps failing, tell whoever runs relay.example.com: only they can see what goes wrong on their side');
	assert.deepEqual(unnamed.fixes.map(fix => fix.id), ['ask_operator', 'status_page']);
	assert.deepEqual(node.content(viewWith(scenarios['reachable']!)).fixes.map(fix => fix.id), ['status_page']);
});

test('the 429 and 5xx results at a service the free checks cannot see behind offer the one paid call through it (never what Enter picks); not after it, nor where its answers cannot be read', () => {
	const gateway = {id: 'unknown', name: '127.0.0.1:3000', detectedBy: 'none', consoleUrl: null};
	const seen = [result('network', 'pass'), result('endpoint', 'warn', {provider: gateway, reachesDeepSeek: false, host: '127.0.0.1:3000'}), result('auth', 'pass', {httpStatus: 200}), result('service_status', 'pass', {worst: 'operational'})];
	for (const [id, reported] of [['leaf.rate_limited', '429'], ['leaf.server_error', '5xx'], ['leaf.relay', 'network']] as const) {
		const node = nodeOf(id);
		if (node.kind !== 'leaf') return assert.fail(`${id} is a leaf`);
		const content = (results: CheckResult[]) => node.content({...viewWith(results), choices: {reported}});
		const offered = (content(seen).options ?? []).filter(option => option.id === 'probe_there');
		assert.deepEqual(offered.map(option => option.label), [wizardText.actions.probeThereSymptom], id);
		assert.equal(offered[0]?.next, 'p402.check_probe');
		assert.deepEqual(offered[0]?.sets, {probe: true});
		assert.notEqual(leafOptions(content(seen), {...viewWith(seen), choices: {reported}})[0]?.id, 'probe_there', `${id}: never what Enter picks`);
		const called = content([...seen, result('probe', 'fail', {httpStatus: 500})]).options ?? [];
		assert.ok(!called.some(option => option.id === 'probe_there'), `${id}: not once the call was made`);
		const unreadable = content(seen.map(item => (item.id === 'auth' ? result('auth', 'error', {httpStatus: 200, bodyProblem: 'malformed_json'}) : item))).options ?? [];
		assert.ok(!unreadable.some(option => option.id === 'probe_there'), `${id}: not where the answers cannot be read`);
	}
});

test('the spending result names what else its checks saw (DeepSeek failing or limiting the balance reading) and check\'s fixes after the usage page', () => {
	const node = nodeOf('leaf.drain');
	if (node.kind !== 'leaf') return assert.fail('leaf.drain is a leaf');
	const atDeepSeek = result('endpoint', 'pass', {provider: deepseekProvider, reachesDeepSeek: true});
	const failing = [atDeepSeek, result('balance', 'error', {httpStatus: 500, reading: null}), result('key_exposure', 'pass', {findings: []})];
	const route = nodeOf('drain.check');
	assert.equal(route.kind === 'checks' ? route.route(viewWith(failing)) : '', 'leaf.drain', 'where the money goes stays the question');
	const content = node.content(viewWith(failing));
	assert.equal(content.verdict, 'server_error');
	assert.equal(content.tone, 'warn');
	assert.match(content.lines[0]!, /^DeepSeek answers HTTP 500 \(server error\): a problem on DeepSeek's side/);
	assert.deepEqual(content.fixes.map(fix => fix.id), ['check_usage', 'retry_with_backoff', 'status_page', 'rotate_key']);
	const limited = node.content(viewWith([atDeepSeek, result('balance', 'error', {httpStatus: 429, reading: null}), result('key_exposure', 'pass', {findings: []})]));
	assert.match(limited.lines[0]!, /^DeepSeek answers 429 Rate Limit Reached: too many requests at once for this account/);
	assert.deepEqual(limited.fixes.map(fix => fix.id), ['check_usage', 'reduce_concurrency', 'status_page', 'rotate_key']);
	// Drained already: the title says so, under a ✖, and the balance row the numbers (never its words twice); the
	// fixes as before (the top-up after the usage page).
	const empty = node.content(viewWith(scenarios['zero']!));
	assert.equal(empty.tone, 'bad');
	assert.equal(empty.title, 'Your balance is used up: see where it went, then top up');
	assert.equal(empty.restates, 'balance');
	assert.match(empty.restatedAs ?? '', /^0\.00 CNY/);
	assert.ok(!empty.lines.some(line => line.includes('Calls fail because of your DeepSeek balance')), 'check\'s summary would say the row again');
	assert.match(empty.lines[0]!, /^Look for loops/);
	assert.deepEqual(empty.fixes.map(fix => fix.id), ['check_usage', 'top_up', 'rotate_key']);
	// Nothing else wrong: the leaf's own lines and fixes, as before.
	const quiet = node.content(viewWith(scenarios['positive']!));
	assert.equal(quiet.tone, 'info');
	assert.match(quiet.lines[0]!, /^Look for loops/);
});

test('the paid call through a service in between says what it is for on one row at 40 columns, in English and Chinese (cut with "…", it did not)', () => {
	for (const language of ['en', 'zh-CN'] as const) {
		setLanguage(language);
		try {
			for (const label of [wizardText.actions.probeThere, wizardText.actions.probeThere401, wizardText.actions.probeThereSymptom]) {
				assert.deepEqual(labelLines(label, 40), [label], `${language}: ${label}`);
			}
		} finally {
			setLanguage('en');
		}
	}
});

test('a link option never shows its URL cut: where the URL does not fit, the page in words, another service\'s page by the service and what it is for (English and Chinese, 40 and 60 columns, one row or wrapped)', () => {
	const urls = [
		'https://platform.deepseek.com/transactions',
		'https://api-docs.deepseek.com/quick_start/error_codes',
		'https://api-docs.deepseek.com/quick_start/rate_limit',
		'https://usercenter2.aliyun.com/finance/fund-management/overview',
		'https://portal.azure.com/#view/Microsoft_Azure_CostManagement',
		'http://gateway.example:3000/console/token',
		'https://a-very-long-gateway-name.internal.example.org/console/topup',
		'https://opencode.ai/workspace/wrk_01K6Z2S5W3PB9K4Y3Q8N7M6XZH/billing',
		'https://cloud.siliconflow.cn/expensebill',
	];
	// By window width where the named page fits only the wider one (then its host).
	const words: Record<string, [en: string, zh: string] | Record<40 | 60, [en: string, zh: string]>> = {
		'https://platform.deepseek.com/transactions': ['the transactions page', '账单页面'],
		'https://api-docs.deepseek.com/quick_start/error_codes': ['the error codes page', '错误码页面'],
		'https://api-docs.deepseek.com/quick_start/rate_limit': ['the rate limit page', '限流说明页面'],
		'https://portal.azure.com/#view/Microsoft_Azure_CostManagement': ["Azure's billing page", 'Azure 的费用页面'],
		'https://usercenter2.aliyun.com/finance/fund-management/overview': ["Model Studio's billing page", '百炼的费用页面'],
		'https://opencode.ai/workspace/wrk_01K6Z2S5W3PB9K4Y3Q8N7M6XZH/billing': ['your OpenCode Zen billing page', '你在 OpenCode Zen 的账单页面'],
		'https://cloud.siliconflow.cn/expensebill': ["SiliconFlow's billing page", '硅基流动的费用页面'],
	};
	for (const language of ['en', 'zh-CN'] as const) {
		setLanguage(language);
		try {
			for (const url of urls) {
				const content = {tone: 'bad' as const, title: 't', lines: [], fixes: [{id: 'top_up_relay', title: 'f', url}]};
				const options = leafOptions(content, viewWith([]));
				const open = options.find(option => option.id === 'open:top_up_relay')!;
				const copy = options.find(option => option.id === 'copy_link')!;
				for (const option of [open, copy]) {
					for (const width of [40, 60]) {
						for (const oneRow of [false, true]) {
							const lines = labelLines(option, width, oneRow);
							const drawn = lines.join(' ');
							const where = `${language} ${width}${oneRow ? ' one row' : ''}: ${drawn}`;
							assert.doesNotMatch(drawn, /…/, where);
							// The whole URL (its https:// may go), or never its host and a slash.
							const bare = url.replace(/^https?:\/\//, '');
							assert.ok(drawn.includes(bare) || !drawn.includes(bare.slice(0, bare.indexOf('/') + 1)), `cut inside the URL: ${where}`);
							const byWidth = words[url];
							const named = (Array.isArray(byWidth) ? byWidth : byWidth?.[width as 40 | 60])?.[language === 'en' ? 0 : 1];
							if (!drawn.includes(bare) && named !== undefined && option === open) assert.ok(drawn.includes(named), `names the page: ${where}`);
							if (oneRow) assert.equal(lines.length, 1, where);
						}
					}
				}
			}
		} finally {
			setLanguage('en');
		}
	}
});

test('reachable, but only through the proxy this tool uses: the result leads with it, and its first fix is check\'s, how to run a Node program through it', () => {
	const network = {host: 'proxy.corp.example', port: 3128, proxy: 'http://proxy.corp.example:3128', proxyVariable: 'HTTPS_PROXY', connectMs: 3, directConnect: {reachable: false, code: 'ENOTFOUND'}};
	const results = run(result('network', 'warn', network));
	const leaf = nodeOf('leaf.reachable');
	if (leaf.kind !== 'leaf') return assert.fail('a leaf');
	const content = leaf.content(viewWith(results));
	assert.equal(content.tone, 'bad');
	assert.equal(content.title, 'api.deepseek.com is reachable here only through the proxy in HTTPS_PROXY');
	assert.equal(content.restates, 'network');
	assert.equal(content.fixes[0]?.id, 'node_env_proxy');
	assert.deepEqual(content.fixes[0], diagnose(results).fixes.find(fix => fix.id === 'node_env_proxy'), 'check advises the same');
	// Reachable going direct too: the general result, as before.
	const direct = leaf.content(viewWith(run(result('network', 'pass', {...network, directConnect: {reachable: true, code: null}}))));
	assert.equal(direct.title, 'api.deepseek.com is reachable from here');
	assert.ok(!direct.fixes.some(fix => fix.id === 'node_env_proxy'));
});

test('all good but reachable only through the proxy: the result leads with it as the reachable result does, so a short window still shows the finding', () => {
	const network = {host: 'proxy.corp.example', port: 3128, proxy: 'http://proxy.corp.example:3128', proxyVariable: 'HTTPS_PROXY', connectMs: 3, directConnect: {reachable: false, code: 'ENOTFOUND'}};
	const results = run(result('network', 'warn', network));
	const ok = nodeOf('leaf.ok');
	const reachable = nodeOf('leaf.reachable');
	if (ok.kind !== 'leaf' || reachable.kind !== 'leaf') return assert.fail('leaves');
	const content = ok.content(viewWith(results));
	const said = reachable.content(viewWith(results));
	assert.equal(content.tone, 'warn');
	assert.equal(content.title, 'api.deepseek.com is reachable here only through the proxy in HTTPS_PROXY');
	assert.deepEqual([content.crumb, content.restates, content.lines], [said.crumb, said.restates, said.lines]);
	assert.equal(content.fixes[0]?.id, 'node_env_proxy');
	// Another warning beside it: the general title, which counts them.
	const two = ok.content(viewWith(run(result('network', 'warn', network), result('service_status', 'warn', {}))));
	assert.equal(two.title, 'Nothing blocks your calls, but 2 warnings');
});

test('a proxy that fails, with going direct measured beside it: the network result\'s title says what going direct found, its first fix is check\'s (unset where going direct works), in 40 columns', () => {
	const proxy = 'http://proxy.corp.example:3128';
	const reached = {host: 'proxy.corp.example', port: 3128, proxy, proxyVariable: 'HTTPS_PROXY', connectMs: 3};
	const refused = 'The proxy refused to open a connection to api.deepseek.com (HTTP 403): the row\'s own sentence.';
	const tunnel = (directConnect: Record<string, unknown> | undefined) => [
		result('network', directConnect?.['reachable'] === false ? 'warn' : 'pass', {...reached, ...(directConnect ? {directConnect} : {})}),
		{...result('auth', 'fail', {reason: 'proxy', code: '403'}), summary: refused},
		result('balance', 'fail', {reason: 'proxy', code: '403'}),
	];
	const leaf = nodeOf('leaf.network');
	if (leaf.kind !== 'leaf') return assert.fail('a leaf');
	// The tunnel refused (an API check's row), going direct works: a line of its own says so under that row's sentence.
	const works = tunnel({reachable: true, code: null, unset: ['HTTPS_PROXY']});
	const content = leaf.content(viewWith(works));
	assert.equal(content.title, 'The proxy fails; going direct works');
	assert.equal(content.restates, 'auth');
	assert.deepEqual(content.lines.slice(0, 2), [refused, 'Going direct, api.deepseek.com is reachable: unsetting HTTPS_PROXY is enough, unless this network requires the proxy.']);
	// "Your program may need the same settings" would say the opposite of unsetting them.
	assert.ok(!content.lines.includes(wizardText.leaves.network.proxyAdvice));
	assert.deepEqual(content.fixes, diagnose(works).fixes, 'check advises the same');
	assert.equal(content.fixes[0]?.id, 'unset_proxy');
	// Going direct fails too: the other title, the proxy repaired first, nothing that goes around it.
	const fails = tunnel({reachable: false, code: 'ENOTFOUND', unset: ['HTTPS_PROXY']});
	const failed = leaf.content(viewWith(fails));
	assert.equal(failed.title, 'The proxy fails; going direct fails');
	assert.match(failed.lines[1] ?? '', /^Going direct fails too \(ENOTFOUND\)/);
	assert.deepEqual(failed.fixes, diagnose(fails).fixes);
	assert.ok(!failed.fixes.some(fix => /NO_PROXY|unset/i.test(fix.title)), failed.fixes.map(fix => fix.title).join(' | '));
	// The network check's own failure at the proxy: its row's sentence says it already, so no line of its own.
	const said = 'The proxy refused the connection: the row\'s own sentence. Going direct, api.deepseek.com is reachable: …';
	const atProxy = [
		{...result('network', 'fail', {...reached, proxy: 'http://127.0.0.1:7890', host: '127.0.0.1', port: 7890, stage: 'connect', code: 'ECONNREFUSED', reason: 'connection_refused', directConnect: {reachable: true, code: null, unset: ['HTTPS_PROXY']}}), summary: said},
		result('auth', 'fail', {reason: 'proxy', code: 'ECONNREFUSED'}),
		result('balance', 'fail', {reason: 'proxy', code: 'ECONNREFUSED'}),
	];
	const own = leaf.content(viewWith(atProxy));
	assert.equal(own.restates, 'network');
	assert.deepEqual([own.title, own.lines[0], own.lines[1]], ['The proxy fails; going direct works', said, wizardText.leaves.network.statusAdvice]);
	assert.equal(own.fixes[0]?.id, 'unset_proxy');
	// Nothing measured: the general title, as before.
	assert.equal(leaf.content(viewWith(tunnel({reachable: false, code: 'TIMEOUT', unset: ['HTTPS_PROXY']}))).title, 'Cannot get through to api.deepseek.com');
	assert.equal(leaf.content(viewWith(tunnel(undefined))).title, 'Cannot get through to api.deepseek.com');
	// Titles fit one row of a 40-column window after the "✖ " mark, in both languages: at 40x15 the row's sentence under a
	// title of two rows is dropped.
	for (const language of ['en', 'zh-CN'] as const) {
		setLanguage(language);
		try {
			for (const title of [wizardText.leaves.network.titleGoingDirect({works: true}), wizardText.leaves.network.titleGoingDirect({works: false})]) {
				assert.ok(displayWidth(title) <= 38, `${language}: ${title}`);
			}
		} finally {
			setLanguage('en');
		}
	}
});

test('where the address picked is an agent app\'s, the key question offers that app\'s key first and its help names it: it is the key sent there', () => {
	const withKeys = known({...appElsewhere, envKey: 'sk-…aaaa', rememberedKey: undefined, appKeys: {opencode: {masked: 'sk-…bbbb', name: 'provider.deepseek.options.apiKey', file: 'opencode.json'}, claude_code: {masked: 'sk-…cccc', name: 'ANTHROPIC_AUTH_TOKEN', file: '~/.claude/settings.json'}}});
	const keyNode = nodeOf('all.key');
	assert.ok(keyNode.kind === 'menu');
	const picked = viewOf(walk([pick('start', 'everything'), pick('all.base_url', 'app:claude_code:ANTHROPIC_BASE_URL')], withKeys), withKeys);
	assert.deepEqual(keyNode.options(picked).map(option => option.id), ['claude_code', 'env', 'opencode', 'paste', 'none']);
	assert.deepEqual(keyNode.help?.(picked, new Date()), [
		'A key is never shown whole: only sk-… and its last four characters.',
		"Claude Code's ~/.claude/settings.json sets ANTHROPIC_AUTH_TOKEN to a DeepSeek-shaped key (sk-…cccc): pick it to check the key Claude Code sends.",
	]);
	// The address in use: the usual order, the environment's key first.
	const current = viewOf(walk([pick('start', 'everything'), pick('all.base_url', 'current')], withKeys), withKeys);
	assert.deepEqual(keyNode.options(current).map(option => option.id), ['env', 'claude_code', 'opencode', 'paste', 'none']);
	assert.deepEqual(keyNode.help?.(current, new Date()), ['A key is never shown whole: only sk-… and its last four characters.']);
	// The 401 path's key question follows the same rule.
	const p401 = nodeOf('p401.key');
	assert.ok(p401.kind === 'menu');
	assert.equal(p401.options(viewOf(walk([pick('start', 'other'), pick('other.symptom', '401'), pick('p401.base_url', 'app:claude_code:ANTHROPIC_BASE_URL')], withKeys), withKeys))[0]?.id, 'claude_code');
});

test('a host that took the connection and answered later than --timeout: the result says it is slow, not unreachable, with check\'s fixes (more time first)', () => {
	const reached = {host: '127.0.0.1', port: 8080, proxy: null, address: '127.0.0.1', connectMs: 17};
	const timedOut = result('auth', 'error', {reason: 'timeout', code: 'TimeoutError'});
	const results = [result('network', 'pass', reached), timedOut];
	const leaf = nodeOf('leaf.network');
	if (leaf.kind !== 'leaf') return assert.fail('a leaf');
	const content = leaf.content(viewWith(results));
	assert.match(content.title, /answers too slowly$/);
	assert.equal(content.lines[0], 'It took the connection in 17 ms; the service may be busy or overloaded.');
	assert.deepEqual(content.fixes, diagnose(results).fixes, 'check advises the same');
	assert.deepEqual(content.fixes.map(fix => fix.id), ['retry_later', 'status_page']);
	assert.match(diagnose(results).summary, /^The API was reached but answers slowly: .* took the connection in 17 ms/);
	// Where the network check did not connect, or connected to a proxy, it stays "cannot get through".
	for (const network of [result('network', 'fail', {...reached, reason: 'timeout', code: 'TIMEOUT'}), result('network', 'pass', {...reached, proxy: 'http://127.0.0.1:7890'})]) {
		assert.match(diagnose([network, timedOut]).summary, /^The API could not be reached/);
		assert.doesNotMatch(leaf.content(viewWith([network, timedOut])).title, /slowly/);
	}
});

test('the key question after "A relay or gateway" asks for the key it gave you, but for your DeepSeek key where the gateway passes the key on', () => {
	const keyNode = nodeOf('p402.key');
	assert.ok(keyNode.kind === 'menu');
	const helpAt = (baseUrl: string) => {
		const k = known({baseUrl, baseUrlSource: 'env'});
		return keyNode.help?.(viewOf(walk([pick('start', '402'), pick('p402.program', 'gateway'), pick('p402.base_url', 'current')], k), k), new Date()).at(-1);
	};
	assert.equal(helpAt('https://openrouter.ai/api/v1'), 'For a relay or gateway, that is the key it gave you, not a DeepSeek key.');
	// The start screen says "Cloudflare AI Gateway passes your own DeepSeek key on to DeepSeek": the key step agrees.
	assert.equal(helpAt('https://gateway.ai.cloudflare.com/v1/acct/gw/deepseek'), 'Cloudflare AI Gateway passes the key on to DeepSeek: that is your DeepSeek key.');
	assert.equal(helpAt('https://deepseek.helicone.ai/v1'), 'Helicone passes the key on to DeepSeek: that is your DeepSeek key.');
	// DeepSeek's own address picked: a DeepSeek key, no word about a relay's.
	assert.equal(helpAt('https://api.deepseek.com'), 'A key is never shown whole: only sk-… and its last four characters.');
	// An address typed in instead of the one in use decides it.
	const k = known({baseUrl: 'https://openrouter.ai/api/v1', baseUrlSource: 'env'});
	const typed = walk([pick('start', '402'), pick('p402.program', 'gateway'), pick('p402.base_url', 'type'), {type: 'submit', node: 'p402.base_url_input', value: 'https://deepseek.helicone.ai'}], k);
	assert.equal(keyNode.help?.(viewOf(typed, k), new Date()).at(-1), 'Helicone passes the key on to DeepSeek: that is your DeepSeek key.');
});

test('the relay result after the paid call through it: its crumb says what the call found, not "Relay" again, nor "Not DeepSeek" again', () => {
	const node = nodeOf('leaf.relay');
	if (node.kind !== 'leaf') return assert.fail('leaf.relay is a leaf');
	const named = {id: 'one-api', name: 'One API', detectedBy: 'fingerprint', consoleUrl: null};
	const unnamed = {id: 'unknown', name: '127.0.0.1:3000', detectedBy: 'none', consoleUrl: null};
	const seen = (provider: object) => [result('network', 'pass'), result('endpoint', 'warn', {provider, reachesDeepSeek: false, host: '127.0.0.1:3000'}), result('auth', 'pass', {httpStatus: 200}), result('service_status', 'pass', {worst: 'operational'})];
	for (const provider of [named, unnamed]) {
		const beforeCall: string = node.content({...viewWith(seen(provider)), choices: {program: 'gateway'}}).crumb ?? node.crumb;
		const afterCall: string | undefined = node.content({...viewWith([...seen(provider), result('probe', 'pass', {httpStatus: 200})]), choices: {program: 'gateway', probe: true}}).crumb;
		assert.equal(afterCall, wizardText.leaves.relay.crumbAnswerThere, provider.name);
		assert.notEqual(afterCall, beforeCall, provider.name);
	}
});

test('an empty balance after a top-up: "I topped up already" asks why the money is not on this key\'s account, naming the key', () => {
	let state = walk([pick('start', '402'), pick('p402.program', 'own_code'), pick('p402.base_url', 'current'), pick('p402.key', 'env')]);
	state = walk([done(state, scenarios['keyOk']!)], known(), state);
	const withKey = [...scenarios['zero']!, result('key_format', 'pass', {masked: 'sk-…cdef'})];
	state = walk([done(state, withKey)], known(), state);
	assert.equal(currentNode(state).id, 'leaf.zero_balance');
	state = walk([pick('leaf.zero_balance', 'paid')], known(), state);
	const menu = currentNode(state);
	assert.equal(menu.id, 'p402.paid_empty');
	if (menu.kind !== 'menu') return;
	assert.deepEqual(menu.help?.(viewOf(state, known())), ['The account of the key checked (sk-…cdef) has 0.00 CNY: your payment is not on it, or not yet.']);
	for (const [option, leafId] of [['topup', 'leaf.topup_pending'], ['account', 'leaf.other_account'], ['payment', 'leaf.payment_failed'], ['elsewhere', 'leaf.paid_elsewhere']] as const) {
		assert.equal(currentNode(walk([pick('p402.paid_empty', option)], known(), state)).id, leafId);
	}
	// Paid on a cloud or relay that sells DeepSeek's models: that money stays there; the fix is DeepSeek's own top-up.
	const elsewhere = walk([pick('p402.paid_empty', 'elsewhere')], known(), state);
	const paidThere = currentNode(elsewhere);
	if (paidThere.kind !== 'leaf') return assert.fail('a leaf');
	const said = paidThere.content(viewOf(elsewhere, known()));
	assert.equal(said.title, 'Money paid on another platform stays there');
	assert.match(said.lines.join(' '), /a top-up there never reaches your DeepSeek account, and DeepSeek's API does not take their keys/);
	assert.deepEqual(said.fixes.map(fix => fix.id), ['top_up']);
	// The other account's result says which key to look for, from the key-format check where the key check sent none.
	const other = walk([pick('p402.paid_empty', 'account')], known(), state);
	const node = currentNode(other);
	if (node.kind !== 'leaf') return assert.fail('a leaf');
	// In the first line: a short window keeps it before the fixes, the later lines after them.
	assert.match(node.content(viewOf(other, known())).lines[0] ?? '', /The account listing your key \(it ends …cdef\) is the one to top up/);
	assert.match(node.content(viewWith([result('auth', 'pass', {sentLastFour: 'wxyz'})])).lines.join('\n'), /your key \(it ends …wxyz\)/);
	assert.match(node.content(viewWith([])).lines.join('\n'), /The account listing your key is the one to top up/);
});

test('a known service\'s name resolved to an address on a private network, no route there: the title says so, the Network row\'s sentence is the first line, and the one fix is check\'s (the line or the DNS that answers so)', () => {
	const failed = {host: 'api.deepseek.com', port: 443, proxy: null, address: '192.168.0.2', resolvedPrivate: true, stage: 'connect', code: 'ENETUNREACH', reason: 'connection_reset'};
	const said = 'api.deepseek.com resolved to 192.168.0.2, an address on a private network: the row\'s own sentence.';
	const results = [{...result('network', 'fail', failed), summary: said}, result('auth', 'fail', {reason: 'connection_reset', code: 'ENETUNREACH'})];
	const leaf = nodeOf('leaf.network');
	if (leaf.kind !== 'leaf') return assert.fail('a leaf');
	const content = leaf.content(viewWith(results));
	assert.equal(content.title, 'api.deepseek.com points to a private network, not the service');
	assert.deepEqual(content.lines, [said]);
	assert.deepEqual(content.fixes.map(fix => fix.id), ['check_dns']);
	assert.deepEqual(content.fixes, diagnose(results).fixes, 'check advises the same');
});

test('a service refusing the account: each kind of refusal has a crumb of its own, from the same fact as its title, short enough for 40 columns (English and Chinese)', () => {
	const flags = {not_enabled: {}, personal: {personalAccount: true}, role: {roleAccess: true}, consumer: {consumerAccess: true}} as const;
	for (const language of ['en', 'zh-CN'] as const) {
		setLanguage(language);
		try {
			const crumbs = Object.entries(flags).map(([refused, flag]) => {
				const signature = {provider: 'unknown', kind: 'account_refused', message: 'refused', status: 403, ...flag};
				const found = refusedForOrigin(viewWith([result('auth', 'pass', {httpStatus: 200}), result('probe', 'fail', {httpStatus: 403, signature})]), 'gateway.example');
				assert.equal(found?.title, wizardText.leaves.relay.accountRefused({name: 'gateway.example', refused: refused as keyof typeof flags}), `${refused} (${language})`);
				assert.equal(found?.crumb, wizardText.leaves.relay.crumbAccountRefused({refused: refused as keyof typeof flags}), `${refused} (${language})`);
				assert.ok(displayWidth(found.crumb) <= 20, `${found.crumb} (${language})`);
				// The crumb says what is refused and the title why: no two words (three Chinese characters) of one in the other.
				const words = found.crumb.toLowerCase().split(' ');
				const runs = language === 'en' ? words.slice(1).map((word, index) => `${words[index]} ${word}`) : Array.from({length: Math.max(0, found.crumb.length - 2)}, (_, index) => found.crumb.slice(index, index + 3));
				for (const run of runs) assert.ok(!found.title.toLowerCase().includes(run), `"${run}" in the crumb "${found.crumb}" and the title "${found.title}" (${language})`);
				return found.crumb;
			});
			assert.equal(new Set(crumbs).size, crumbs.length, `${crumbs.join(' | ')} (${language})`);
		} finally {
			setLanguage('en');
		}
	}
});
