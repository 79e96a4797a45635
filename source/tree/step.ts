// The walk through the tree as a pure reducer: step(state, action, known) → state.
// Effects (running checks, opening links, writing settings) belong to the app; the
// reducer only decides where the user is, what they answered, and what they see.
import type {CheckResult} from '../checks/types.js';
import {diagnose} from '../diagnose.js';
import {timeoutLimits} from '../context.js';
import {platformUrls, type AgentApp} from '../deepseek/facts.js';
import {currentLanguage} from '../messages/language.js';
import {timeMessages} from '../messages/time.js';
import {wizardText} from '../messages/wizard.js';
import {providerPageOf} from '../providers/pages.js';
import {maskKey} from '../text/safe.js';
import {mailAddress, withoutScheme} from '../text/link.js';
import {appPickPrefix, nodeOf, startNode, tree} from './nodes.js';
import * as facts from './facts.js';
import {resultsOf} from './facts.js';
import {checkAppKeyOptions, requestDeadlineMs} from './leaves/shared.js';
import type {Choices, Known, LeafContent, NodeId, Option, Step, TreeNode, View, WizardState} from './types.js';

export type Action =
	/** An option picked at the current menu or leaf (ignored if `node` is no longer current). */
	| {type: 'pick'; node: NodeId; option: string}
	/** A value entered at the current input node. */
	| {type: 'submit'; node: NodeId; value: string}
	/** The checks of run `run` at `node` finished. */
	| {type: 'checks_done'; node: NodeId; run: number; results: readonly CheckResult[]}
	| {type: 'back'}
	| {type: 'restart'}
	/** Replay last time's remembered path up to its first live check. */
	| {type: 'recheck'}
	/** Run the checks of this path again, and walk on as far as the answers given still fit. */
	| {type: 'check_again'; timeoutMs?: number}
	/** The wait at `node` of run `run` ended: the top-up arrived, or the time ran out. */
	| {type: 'wait_done'; node: NodeId; run: number; arrived: boolean; results: readonly CheckResult[]};

export function initialState(): WizardState {
	return {trail: [{node: startNode}], answers: {}, inputs: {}, runSerial: 0};
}

export function currentStep(state: WizardState): Step {
	return state.trail.at(-1) ?? {node: startNode};
}

export function currentNode(state: WizardState): TreeNode {
	return nodeOf(currentStep(state).node);
}

/** Short enough for one row at 60 columns: the link itself says where it goes. */
function linkLabel(url: string): string {
	const address = mailAddress(url);
	return address !== undefined ? wizardText.actions.mail(address) : wizardText.actions.open(withoutScheme(url));
}

type LinkPage = Exclude<keyof typeof wizardText.linkPages, 'onHost' | 'ofService'>;
const pageOfUrl: ReadonlyMap<string, LinkPage> = new Map([
	[platformUrls.apiKeys, 'apiKeys'],
	[platformUrls.topUp, 'topUp'],
	[platformUrls.transactions, 'transactions'],
	[platformUrls.usage, 'usage'],
	[platformUrls.pricing, 'pricing'],
	[platformUrls.errorCodes, 'errorCodes'],
	[platformUrls.faq, 'faq'],
	[platformUrls.rateLimit, 'rateLimit'],
	[platformUrls.statusPage, 'statusPage'],
]);

/**
 * The link's page in words, longest first, for a window where its URL does not fit on a row:
 * DeepSeek's pages by name ("the transactions page"), another service's page the provider
 * table lists by the service and what it is for ("OpenRouter's billing page"), then any page by
 * its host ("a page on openrouter.ai"). Never the URL cut short: a cut link names no page and
 * copies nothing.
 */
function linkPageWords(url: string): string[] {
	const page = pageOfUrl.get(url);
	if (page !== undefined) return [wizardText.linkPages[page]];
	const servicePage = providerPageOf(url);
	const host = URL.canParse(url) ? new URL(url).host : '';
	return [
		...(servicePage === undefined ? [] : [wizardText.linkPages.ofService[servicePage.role]({name: servicePage.name})]),
		...(host === '' ? [] : [wizardText.linkPages.onHost({host})]),
	];
}

/** An "Open …" option's shorter labels (the last one always fits) and the link its label shows, to be read whole; a mail address is whole or left out. */
const linkForms = (url: string): Pick<Option, 'shorter' | 'whole'> => {
	const address = mailAddress(url);
	return address !== undefined
		? {shorter: [wizardText.actions.mailShort], whole: address}
		: {shorter: [...linkPageWords(url).map(page => wizardText.actions.openPage({page})), wizardText.actions.openTheLink], whole: withoutScheme(url)};
};
const copyShorter = (url: string): string[] => [...linkPageWords(url).map(page => wizardText.actions.copyPageLink({page})), wizardText.actions.copyTheLink];

/** At most this many "Open: …" actions; every fix's link is on the screen anyway. */
const openActions = 2;

/** "Check again" on a leaf with a diagnosis, and "try again with a longer timeout" after a timeout. */
function againOptions(content: LeafContent, view: View): Option[] {
	if (content.verdict === undefined || view.results.size === 0) return [];
	const timeoutMs = requestDeadlineMs(view);
	const longer = Math.min(timeoutMs * 2, timeoutLimits.max);
	return [
		...(facts.timedOut(view.results) && longer > timeoutMs
			? [{id: 'longer_timeout', label: wizardText.actions.longerTimeout({timeout: timeMessages.duration({ms: longer})}), effect: {type: 'check_again', timeoutMs: longer}} satisfies Option]
			: []),
		...checkAppKeyOptions(view),
		{id: 'check_again', label: view.choices.probe ? wizardText.actions.checkAgainPaid : wizardText.actions.checkAgain, effect: {type: 'check_again'}},
	];
}

/** Copy the first fix's link (or address), and the trace id the leaf shows. */
function copyOptions(content: LeafContent): Option[] {
	const url = content.fixes.find(fix => fix.url)?.url ?? undefined;
	const address = url === undefined ? undefined : mailAddress(url);
	return [
		...(url && address !== undefined ? [{id: 'copy_link', label: wizardText.actions.copyAddress({address}), shorter: [wizardText.actions.copyTheAddress], whole: address, effect: {type: 'copy', text: address, what: 'address'}} satisfies Option] : []),
		...(url && address === undefined ? [{id: 'copy_link', label: wizardText.actions.copyLink({where: withoutScheme(url)}), shorter: copyShorter(url), whole: withoutScheme(url), effect: {type: 'copy', text: url, what: 'link'}} satisfies Option] : []),
		...(content.traceId ? [{id: 'copy_trace', label: wizardText.actions.copyTraceId, effect: {type: 'copy', text: content.traceId, what: 'trace_id'}} satisfies Option] : []),
	];
}

/** A leaf's actions: open its first links, its own ways on, then what every leaf offers. */
export function leafOptions(content: LeafContent, view: View): Option[] {
	const links = content.fixes
		.flatMap(fix => (fix.url ? [{id: `open:${fix.id}`, label: linkLabel(fix.url), ...linkForms(fix.url), effect: {type: 'open', url: fix.url}} satisfies Option] : []))
		.slice(0, openActions);
	// The first fix has no link (fix the proxy, retry later): opening the next one's is not what to do first, checking
	// again after it is (unless that is the paid call again).
	const linkFirst = !content.waysFirst && (Boolean(content.fixes[0]?.url) || view.choices.probe === true);
	// The paid call a result offers is never what Enter picks: where it would lead the list, checking again (free) comes first.
	const own = content.options ?? [];
	const paid = own[0]?.sets?.probe === true || (own[0]?.effect?.type === 'check_again' && own[0].effect.probe === true);
	const paidFirst = !linkFirst && paid && view.choices.probe !== true;
	// A wait (rate_limited: a limit, an in-flight budget, a charge still being settled) passes by itself: checking
	// again is the way on, before the result's other ways (another account, the paid call there).
	const waitFirst = content.verdict === 'rate_limited';
	const ways = paidFirst || waitFirst ? [...againOptions(content, view), ...own] : [...own, ...againOptions(content, view)];
	// A leaf's own way to end (done, the alert kept) stands for Quit: not offered twice.
	const ownQuit = content.options?.some(option => option.effect?.type === 'quit') === true;
	return [
		...(linkFirst ? [...links, ...ways] : [...ways, ...links]),
		...copyOptions(content),
		...(view.results.size > 0 ? [{id: 'save_report', label: wizardText.actions.saveReport, effect: {type: 'save_report'}} satisfies Option] : []),
		// The settings the checks used: none ran on the way to an answer (plans, auto-reload…) or to "get a key".
		...(view.results.size > 0 ? [{id: 'remember_settings', label: wizardText.actions.rememberSettings, effect: {type: 'remember_settings'}} satisfies Option] : []),
		// Not a key pasted for DeepSeek's own account after a relay (`calls` kept aside): remembered, the next run would send it to the relay.
		...(view.choices.keyChoice === 'prompt' && !view.known.pastedKeyRemembered && view.choices.calls === undefined ? [{id: 'remember_key', label: wizardText.actions.rememberKey, effect: {type: 'remember_key'}} satisfies Option] : []),
		{id: 'start_over', label: wizardText.actions.startOver, effect: {type: 'restart'}},
		...(ownQuit ? [] : [{id: 'quit', label: wizardText.actions.quit, effect: {type: 'quit'}} satisfies Option]),
	];
}

/** The options of a menu or leaf node as seen from `view`. */
export function optionsOf(node: TreeNode, view: View): Option[] {
	if (node.kind === 'menu') return node.options(view);
	if (node.kind === 'leaf') return leafOptions(node.content(view), view);
	return [];
}

function choicesAfter(step: Step, node: TreeNode, view: View): Choices {
	if (step.answer !== undefined) return optionsOf(node, view).find(option => option.id === step.answer)?.sets ?? {};
	if (step.input !== undefined && node.kind === 'input') return node.sets?.(step.input, view) ?? {};
	return {};
}

type Diagnosed = {language: string; from: readonly CheckResult[]; results: View['results']; diagnosis: View['diagnosis']};
/** The latest few: a view walks the trail's steps, each with the results so far, every time it is made. */
const diagnosedKept: Diagnosed[] = [];
const diagnosedKeptMost = 8;

/**
 * The results merged and their diagnosis, which reads the results and the language only: kept for the
 * same results (the same objects, in order) in the same language, so that the several views a frame
 * asks for (the screen, the step taken, the leaf reached) diagnose a run once, not once each.
 */
function diagnosedOf(results: readonly CheckResult[]): Diagnosed {
	const language = currentLanguage();
	const kept = diagnosedKept.find(each => each.language === language && each.from.length === results.length && each.from.every((result, index) => result === results[index]));
	if (kept) return kept;
	const merged = resultsOf(results);
	const made = {language, from: [...results], results: merged, diagnosis: diagnose([...merged.values()])};
	if (diagnosedKept.unshift(made) > diagnosedKeptMost) diagnosedKept.pop();
	return made;
}

/**
 * What the user sees at the current step: the choices made on the way (in order, later
 * ones win) and the latest result of every check run on the way.
 */
export function viewOf(state: WizardState, known: Known): View {
	let choices: Choices = state.timeoutMs === undefined ? {} : {timeoutMs: state.timeoutMs};
	// A base URL chosen to check again at wins over one picked before the first checks (a menu's answer walked again),
	// not over one picked after them ("Also check my DeepSeek account").
	let beforeChecks = state.baseUrl !== undefined || state.keyChoice !== undefined || state.probe !== undefined;
	const atChosenBaseUrl = () => {
		if (beforeChecks && state.baseUrl !== undefined) choices = {...choices, baseUrl: state.baseUrl};
		if (beforeChecks && state.keyChoice !== undefined) choices = {...choices, keyChoice: state.keyChoice};
		if (beforeChecks && state.probe !== undefined) choices = {...choices, probe: true};
	};
	atChosenBaseUrl();
	const results: CheckResult[] = [];
	const earlier = state.again?.before ?? currentStep(state).before;
	const before = earlier ? resultsOf(earlier) : undefined;
	const make = (): View => {
		const diagnosed = diagnosedOf(results);
		return {known, choices, results: diagnosed.results, diagnosis: diagnosed.diagnosis, ...(before ? {before} : {})};
	};
	for (const step of state.trail.slice(0, -1)) {
		if (step.results) results.push(...step.results);
		if (nodeOf(step.node).kind === 'checks') beforeChecks = false;
		choices = {...choices, ...choicesAfter(step, nodeOf(step.node), make())};
		atChosenBaseUrl();
	}
	const last = currentStep(state);
	if (last.results) results.push(...last.results);
	const evidence = state.trail.findLast(step => step.results !== undefined)?.results;
	return {...make(), ...(evidence ? {shown: new Set(evidence.map(result => result.id))} : {})};
}

/** The options at the current step. */
export function currentOptions(state: WizardState, known: Known): Option[] {
	return optionsOf(currentNode(state), viewOf(state, known));
}

function push(state: WizardState, answered: Partial<Step>, next: NodeId): WizardState {
	const trail = state.trail.slice(0, -1);
	const step = currentStep(state);
	const entering = nodeOf(next);
	return {
		...state,
		trail: [...trail, {...step, ...answered}, {node: next}],
		runSerial: entering.kind === 'checks' || entering.kind === 'wait' ? state.runSerial + 1 : state.runSerial,
	};
}

function pick(state: WizardState, action: Extract<Action, {type: 'pick'}>, known: Known): WizardState {
	const step = currentStep(state);
	if (step.node !== action.node) return state;
	const option = currentOptions(state, known).find(candidate => candidate.id === action.option);
	if (!option) return state;
	const remembered: WizardState = {...state, answers: {...state.answers, [step.node]: option.id}};
	if (option.effect?.type === 'restart') return restart(remembered);
	if (option.effect?.type === 'recheck') return recheck(remembered, known);
	if (option.effect?.type === 'check_again') return checkAgain(remembered, option.effect.timeoutMs, option.effect.baseUrl, option.effect.keyChoice, option.effect.probe);
	if (option.next === undefined || !tree.has(option.next)) return remembered;
	return push(remembered, {answer: option.id}, option.next);
}

function submit(state: WizardState, action: Extract<Action, {type: 'submit'}>): WizardState {
	const step = currentStep(state);
	const node = nodeOf(step.node);
	if (step.node !== action.node || node.kind !== 'input') return state;
	if (node.validate(action.value) !== undefined) return state;
	// A secret (a key) never enters the state: only its masked form, for the path.
	const value = node.secret ? maskKey(action.value) : action.value.trim();
	const inputs = node.secret ? state.inputs : {...state.inputs, [step.node]: value};
	return push({...state, inputs}, {input: value}, node.next);
}

function checksDone(state: WizardState, action: Extract<Action, {type: 'checks_done'}>, known: Known): WizardState {
	const step = currentStep(state);
	const node = nodeOf(step.node);
	if (step.node !== action.node || action.run !== state.runSerial || node.kind !== 'checks' || step.results) return state;
	const withResults: WizardState = {...state, trail: [...state.trail.slice(0, -1), {...step, results: action.results}]};
	const next = node.route(viewOf(withResults, known));
	return walkOnAgain(push(withResults, {}, next), known);
}

function waitDone(state: WizardState, action: Extract<Action, {type: 'wait_done'}>): WizardState {
	const step = currentStep(state);
	const node = nodeOf(step.node);
	if (step.node !== action.node || action.run !== state.runSerial || node.kind !== 'wait' || step.results) return state;
	const before = resultsSoFar(state.trail);
	const withResults: WizardState = {...state, trail: [...state.trail.slice(0, -1), {...step, results: action.results}]};
	const done = push(withResults, {}, action.arrived ? node.arrived : node.timedOut);
	return {...done, trail: [...done.trail.slice(0, -1), {...currentStep(done), before}]};
}

/** The results of every step so far, the latest of each check. */
function resultsSoFar(trail: readonly Step[]): CheckResult[] {
	return [...resultsOf(trail.flatMap(earlier => earlier.results ?? [])).values()];
}

/**
 * Check again: back to the first check step of the path, which runs afresh; the rest of
 * the path is walked again by walkOnAgain as the new results allow. Nothing to check again
 * on a path without a check step.
 */
function checkAgain(state: WizardState, timeoutMs: number | undefined, baseUrl?: string, keyChoice?: AgentApp, probe?: true): WizardState {
	const first = state.trail.findIndex(earlier => nodeOf(earlier.node).kind === 'checks');
	if (first === -1) return state;
	const firstStep = state.trail[first]!;
	return {
		...state,
		trail: [...state.trail.slice(0, first), {node: firstStep.node}],
		runSerial: state.runSerial + 1,
		again: {path: state.trail.slice(first + 1), before: resultsSoFar(state.trail)},
		...(timeoutMs === undefined ? {} : {timeoutMs}),
		...(baseUrl === undefined ? {} : {baseUrl}),
		...(keyChoice === undefined ? {} : {keyChoice}),
		...(probe === undefined ? {} : {probe}),
	};
}

/**
 * After a check step of a check-again: walk on through the old path as long as it goes the
 * same way. A menu or leaf gets its old answer again, an input its old value, a check step
 * runs (its results bring us back here). It stops where the path went before, where the new
 * results lead elsewhere, where an old answer is no longer offered, and at a secret input
 * (a pasted key is not kept): there the results before are kept on the step, to say what changed.
 */
function walkOnAgain(state: WizardState, known: Known): WizardState {
	let current = state;
	for (;;) {
		const {again} = current;
		if (!again) return current;
		const [expected, ...rest] = again.path;
		const step = currentStep(current);
		const node = nodeOf(step.node);
		if (expected?.node !== step.node || rest.length === 0) return stopAgain(current);
		if (node.kind === 'checks' || node.kind === 'wait') return {...current, again: {...again, path: rest}};
		// A value typed last time (a base URL, a model name) is given again; a pasted key is not kept.
		if (node.kind === 'input') {
			const given = expected.input === undefined || node.secret ? current : submit(current, {type: 'submit', node: step.node, value: expected.input});
			if (given === current) return stopAgain(current);
			current = {...given, again: {...again, path: rest}};
			continue;
		}
		const option = expected.answer === undefined || (node.kind !== 'menu' && node.kind !== 'leaf') ? undefined : optionsOf(node, viewOf(current, known)).find(candidate => candidate.id === expected.answer);
		if (!option?.next) return stopAgain(current);
		current = {...push({...current, answers: {...current.answers, [step.node]: option.id}}, {answer: option.id}, option.next), again: {...again, path: rest}};
	}
}

/** The end of a check-again: the step on show keeps the results before. */
function stopAgain(state: WizardState): WizardState {
	const {again, ...rest} = state;
	if (!again) return state;
	return {...rest, trail: [...state.trail.slice(0, -1), {...currentStep(state), before: again.before}]};
}

function back(state: WizardState): WizardState {
	if (state.trail.length <= 1) return state;
	const trail = state.trail.slice(0, -1);
	// Check steps are passed through, not stopped at: going back re-asks the question before them.
	while (trail.length > 1 && nodeOf(trail.at(-1)!.node).kind === 'checks') trail.pop();
	const {answer: _answer, input: _input, results: _results, ...current} = trail.pop() ?? {node: startNode};
	return {...withoutCheckAgainChoices(state), trail: [...trail, current], runSerial: state.runSerial + 1};
}

function restart(state: WizardState): WizardState {
	return {...withoutCheckAgainChoices(state), trail: [{node: startNode}], runSerial: state.runSerial + 1};
}

/**
 * An app's key or the paid call chosen to check again with holds for that check only: stepping back or starting over
 * asks again (the key question's and the permission's own answers then count).
 */
function withoutCheckAgainChoices(state: WizardState): WizardState {
	const {keyChoice: _keyChoice, probe: _probe, ...rest} = state;
	return rest;
}

/** `node=answer` (or just `node`) for each step: what rememberDiagnosis stores. */
export function pathOf(state: WizardState): string[] {
	return state.trail.map(step => {
		const node = nodeOf(step.node);
		if (step.answer !== undefined) return `${step.node}=${step.answer}`;
		if (step.input !== undefined && node.kind === 'input' && !node.secret) return `${step.node}=${step.input}`;
		return step.node;
	});
}

function parsePath(path: readonly string[]): Array<{node: NodeId; value: string | undefined}> {
	return path.map(entry => {
		const at = entry.indexOf('=');
		return at === -1 ? {node: entry, value: undefined} : {node: entry.slice(0, at), value: entry.slice(at + 1)};
	});
}

/** A key pasted last time cannot be replayed; a key remembered since then (most likely that one) can. */
function replayedAnswer(state: WizardState, answer: string, known: Known): string {
	if (answer.startsWith('env:')) return legacyAppPick(currentOptions(state, known), answer) ?? answer;
	if (answer !== 'paste') return answer;
	return currentOptions(state, known).some(option => option.id === 'remembered') ? 'remembered' : answer;
}

/** An agent app's base URL remembered as `env:SETTING` (before nodes.ts baseUrlPickId named the app): its option now, where no variable has that id. */
function legacyAppPick(options: readonly Option[], answer: string): string | undefined {
	if (options.some(option => option.id === answer)) return undefined;
	const setting = answer.slice('env:'.length);
	return options.find(option => option.id.startsWith(appPickPrefix) && option.id.slice(option.id.indexOf(':', appPickPrefix.length) + 1) === setting)?.id;
}

/**
 * Walk last time's answers again from the start until the first live check (which then
 * runs afresh: the point is to see whether the problem is still there). An answer to a question
 * not asked now is passed over; the walk stops early where an answer no longer fits (a key that
 * is gone, a key that must be pasted again).
 */
function recheck(state: WizardState, known: Known): WizardState {
	const entries = parsePath(known.lastDiagnosis?.path ?? []);
	const answers = {...state.answers};
	for (const entry of entries) {
		if (entry.value !== undefined && tree.get(entry.node)?.kind === 'menu') answers[entry.node] = entry.value;
	}
	let current = restart({...state, answers});
	for (const entry of entries) {
		const step = currentStep(current);
		const node = nodeOf(step.node);
		if (node.kind === 'checks') break;
		// A question last time asked but not this one (its answer settled since, as a base URL remembered then): the next answer.
		if (entry.node !== step.node) continue;
		if (entry.value === undefined) break;
		const next =
			node.kind === 'input'
				? node.secret
					? current
					: submit(current, {type: 'submit', node: step.node, value: entry.value})
				: pick(current, {type: 'pick', node: step.node, option: replayedAnswer(current, entry.value, known)}, known);
		if (next === current || next.trail.length === current.trail.length) break;
		current = next;
		if (currentNode(current).kind === 'checks') break;
	}
	return current;
}

export function step(state: WizardState, action: Action, known: Known): WizardState {
	switch (action.type) {
		case 'checks_done':
			return checksDone(state, action, known);
		case 'wait_done':
			return waitDone(state, action);
		default: {
			// Anything the user does ends a check-again that is still walking (and may start one).
			const {again: _again, ...settled} = state;
			const next = userStep(settled, action, known);
			return next === settled ? state : next;
		}
	}
}

function userStep(state: WizardState, action: Exclude<Action, {type: 'checks_done' | 'wait_done'}>, known: Known): WizardState {
	switch (action.type) {
		case 'pick':
			return pick(state, action, known);
		case 'submit':
			return submit(state, action);
		case 'back':
			return back(state);
		case 'restart':
			return restart(state);
		case 'recheck':
			return recheck(state, known);
		case 'check_again':
			return checkAgain(state, action.timeoutMs);
	}
}

/**
 * The crumbs of the path so far, start first, with the branch named after it. With the
 * view, a result names what it found (its content's crumb) rather than where it was reached.
 */
export function breadcrumb(state: WizardState, view?: View): string[] {
	const last = state.trail.length - 1;
	const crumbs = state.trail.map((item, index) => {
		const node = nodeOf(item.node);
		if (!view || node.kind !== 'leaf') return node.crumb;
		// A result walked on from (the paid call it offers) keeps the name it had on screen, as the current one.
		const seen = index === last ? view : viewOf({...state, trail: state.trail.slice(0, index + 1), again: undefined}, view.known);
		return node.content(seen).crumb ?? node.crumb;
	});
	const [start] = state.trail;
	const branch = start?.answer === undefined ? undefined : wizardText.start.branchCrumbs[start.answer];
	return branch ? [crumbs[0] ?? '', branch, ...crumbs.slice(1)] : crumbs;
}
