// What every result screen is built with: `leaf` (which never puts a ✔ title above a ⚠ or ✖ row), the fix lists
// (`uniqueFixes`, `withDiagnosisFixes`, `checkFirst`: check's fixes and the leaf's own, without repeats), the host and
// the other service the calls go to, and the two options several results offer (check DeepSeek too, one paid call there).
import {defaultTimeoutMs} from '../../context.js';
import {repeatsFix} from '../../fixes.js';
import {wizardText} from '../../messages/wizard.js';
import {sanitize} from '../../text/safe.js';
import type {Fix, Verdict} from '../../verdict.js';
import * as facts from '../facts.js';
import type {LeafContent, LeafNode, NodeId, Option, View} from '../types.js';

/** Fixes without repeats (same id, each app's key check being its own: repeatsFix; or same link), first one first. */
export function uniqueFixes(list: readonly Fix[]): Fix[] {
	const kept: Fix[] = [];
	for (const item of list) if (!kept.some(earlier => repeatsFix(item, earlier) || (item.url && item.url === earlier.url))) kept.push(item);
	return kept;
}

/** The diagnosis' own fixes after the leaf's, without repeats. */
export function withDiagnosisFixes(view: View, own: Fix[]): Fix[] {
	return uniqueFixes([...own, ...view.diagnosis.fixes]);
}

/**
 * Where the checks found what the leaf shows (the diagnosis' verdict is `verdict`), check's
 * fixes first, then the leaf's own: the first thing to do is the same in both, from one
 * source (diagnose/). Where the checks found nothing (the 5xx or 429 the user saw is over),
 * the leaf's own: what the user reported is why.
 */
export function checkFirst(view: View, verdict: Verdict, own: Fix[]): Fix[] {
	return view.diagnosis.verdict === verdict ? uniqueFixes([...view.diagnosis.fixes, ...own]) : own;
}

/** A check that went wrong: its row shows ⚠ or ✖. */
const troubled = (view: View) => [...view.results.values()].some(result => result.status !== 'pass' && result.status !== 'skip');

/**
 * Never a ✔ title above a ⚠ or ✖ row: a good finding with trouble in its evidence is shown as a warning (screen and record alike).
 * Trouble an earlier step saw has no row on this screen: a line names it, else the ⚠ would be unexplained.
 */
function notGoodAboveTrouble(content: LeafContent, view: View): LeafContent {
	if (content.tone !== 'good' || !troubled(view)) return content;
	const trouble = [...view.results.values()].filter(result => result.status !== 'pass' && result.status !== 'skip');
	const unseen = trouble.find(result => view.shown !== undefined && !view.shown.has(result.id));
	// A leaf line of its own may say it already ("Mind the balance: 5.00 CNY …"): the same sentence twice tells nothing more.
	if (unseen && content.lines.some(line => line.includes(sanitize(unseen.summary)))) return {...content, tone: 'warn'};
	const line = unseen && wizardText.leaves.alsoSeen({title: sanitize(unseen.title), summary: sanitize(unseen.summary)});
	// Else a row on this screen says why: a short window keeps it, or the ⚠ would stand there unexplained; unless the first
	// line says that row's finding already (`restates`): the line is why, kept first, and the row its evidence.
	const why = line ? {lines: [line, ...content.lines]} : trouble[0] && trouble[0].id !== content.restates ? {warnedBy: trouble[0].id} : {};
	return {...content, tone: 'warn', ...why};
}

export const leaf = (id: NodeId, crumb: string, content: (view: View) => LeafContent): LeafNode => ({kind: 'leaf', id, crumb, content: view => notGoodAboveTrouble(content(view), view)});

export const defined = (lines: ReadonlyArray<string | undefined>): string[] => lines.filter((line): line is string => line !== undefined);

export function hostOf(view: View): string {
	const fromEndpoint = view.results.get('endpoint')?.details['host'];
	if (typeof fromEndpoint === 'string') return sanitize(fromEndpoint);
	try {
		return new URL(view.choices.baseUrl ?? view.known.baseUrl).host;
	} catch {
		return view.choices.baseUrl ?? view.known.baseUrl;
	}
}

/** The service the calls go to when it is not DeepSeek (its name, else its host); undefined when they reach DeepSeek. */
export function serviceElsewhere(view: View): string | undefined {
	return facts.goesElsewhere(view.results) ? facts.serviceName(view.results) ?? hostOf(view) : undefined;
}

/** The same checks against DeepSeek's own base URL, with a DeepSeek key (the ds.* steps); what the calls use is kept aside. */
export function alsoDeepSeekOption(view: View): Option {
	const {baseUrl, keyChoice} = view.choices;
	// The service as this result found it (by its host or by its answers: one-api on this computer): DeepSeek's check that
	// follows has only DeepSeek's results, and its result names the service so (balance.ts refusedWhere).
	const found = facts.provider(view.results)?.id;
	const provider = found !== undefined && found !== 'unknown' && found !== 'deepseek' ? found : undefined;
	const calls = view.choices.calls ?? {baseUrl: baseUrl ?? view.known.baseUrl, ...(keyChoice ? {keyChoice} : {}), ...(provider ? {provider} : {})};
	return {id: 'also_deepseek', label: wizardText.actions.alsoDeepSeek, shorter: [wizardText.actions.alsoDeepSeekShort], next: 'ds.key', sets: {baseUrl: view.known.deepseekBaseUrl, calls}};
}

/**
 * The one paid test call through the service the calls go to, where the free checks found
 * nothing but where they go (check's wrong_endpoint): its answer to a call says what the
 * model list did not (whose balance a 402 is about, what a 401 refuses, what the service
 * behind a gateway answers it). Never what Enter picks (an extra option), and not where its
 * answers cannot be read (a web page, cut-off JSON to the model list): the call's would be
 * as unreadable, paid for nothing. None once the call was made.
 */
export function probeThereOption(view: View, label: string): Option[] {
	if (view.diagnosis.verdict !== 'wrong_endpoint' || facts.answerUnreadable(view.results, 'auth') || view.results.has('probe')) return [];
	return [{id: 'probe_there', label, next: facts.probeModels(view.results).length > 0 ? 'p402.probe_model' : 'p402.check_probe', sets: {probe: true}}];
}

/**
 * Agent apps send other keys than the one checked (key_present's `appKeys`): check again with one of them, as
 * `check --key-from` does, one option per app in the apps' order (check's fixes name each).
 */
export function checkAppKeyOptions(view: View): Option[] {
	return facts.appKeysFound(view.results).map(({source, masked}) => ({id: `check_key:${source}`, label: wizardText.actions.checkAppKey({app: source, masked}), effect: {type: 'check_again', keyChoice: source}}));
}

/** The deadline of each request in the run the view shows: one chosen on this walk (a longer one), --timeout, or the default. */
export function requestDeadlineMs(view: View): number {
	return view.choices.timeoutMs ?? view.known.timeoutMs ?? defaultTimeoutMs;
}
