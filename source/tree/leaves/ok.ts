// The results at the end of the order: no problem found (ok, a warning if a row warned) and no clear cause (unknown:
// a request refused, or refused for where it comes from).
import {balanceAmounts} from '../../checks/balance.js';
import {fixes} from '../../fixes.js';
import {wizardText} from '../../messages/wizard.js';
import * as facts from '../facts.js';
import type {KnownCause} from '../../verdict.js';
import type {LeafNode, Option, View} from '../types.js';
import {onlyThroughProxySaid} from './network.js';
import {refusedForOrigin} from './relay.js';
import {defined, hostOf, leaf, serviceElsewhere, uniqueFixes, withDiagnosisFixes} from './shared.js';

export const okLeaf = (): LeafNode =>
	leaf('leaf.ok', wizardText.leaves.ok.crumb, view => {
		// Never "✔ No problem found" above a ⚠ row: what warned is on the screen as the evidence.
		const warned = facts.warnings(view.results);
		// The summary would say "No problem found" again under the title: the balance row under it says the numbers instead.
		const reading = facts.reading(view.results);
		const balanceRow = reading && facts.status(view.results, 'balance') === 'pass' ? {restates: 'balance' as const, restatedAs: balanceAmounts(reading)} : {};
		// The one warning is that only the proxy gets through: said as the reachable result says it, so a short window,
		// which keeps only a row's first line, still shows the finding and not just the proxy's address.
		const proxied = warned.length === 1 ? facts.onlyThroughProxy(view.results) : undefined;
		if (proxied) {
			return {
				tone: 'warn',
				...onlyThroughProxySaid(view, proxied.variable),
				fixes: withDiagnosisFixes(view, []),
				verdict: 'ok',
			};
		}
		const {lines, options} = realCallSaid(view);
		if (warned.length === 0) return {tone: 'good', title: wizardText.leaves.ok.title, ...balanceRow, lines, fixes: withDiagnosisFixes(view, []), options, verdict: 'ok'};
		// The rows that warned are the evidence the title counts: a short window keeps them rather than the line (the option stays).
		return {tone: 'warn', title: wizardText.leaves.ok.titleWithWarnings({count: warned.length}), lines: [], fixes: withDiagnosisFixes(view, []), options, verdict: 'ok'};
	});

/**
 * What the free checks cannot say, for someone whose calls fail though nothing was found: none of them is a chat call,
 * so where the paid test call was skipped, only it shows what one gets (and the leaf offers it); where it worked, the
 * program that fails sends something other than what was checked here.
 */
function realCallSaid(view: View): {lines: string[]; options: Option[]} {
	const probe = facts.status(view.results, 'probe');
	if (probe === 'pass') return {lines: [wizardText.leaves.ok.callWorks], options: []};
	const declined = probe === 'skip' && view.choices.probe !== true && facts.status(view.results, 'key_present') === 'pass';
	if (!declined) return {lines: [], options: []};
	return {lines: [wizardText.leaves.ok.noCallMade], options: [{id: 'check_again_probe', label: wizardText.actions.checkAgainWithProbe, effect: {type: 'check_again', probe: true}}]};
}

export const unknownLeaf = (): LeafNode =>
	leaf('leaf.unknown', wizardText.leaves.unknown.crumb, view => {
		const trace = facts.traceId(view.results);
		const refused = facts.refusedCheck(view.results);
		const moderated = refused !== undefined && facts.refusedByModeration(view.results, refused);
		// Refused by another service: DeepSeek support cannot see its answers (the diagnosis says whom to ask).
		const elsewhere = serviceElsewhere(view);
		// Whom to write to: DeepSeek's support only where the calls reach DeepSeek, the one rule check's fixes follow too.
		const toDeepSeek = facts.callsReachDeepSeek(view.results);
		const origin = refused ? undefined : refusedForOrigin(view, elsewhere ?? hostOf(view));
		// A cause the summary names though no verdict does: the title says it too.
		const known = refused || origin ? undefined : knownCauseSaid(view.diagnosis.knownCause);
		return {
			tone: origin ? 'bad' : 'warn',
			// The summary says what was refused: "no clear cause" above it would contradict it.
			title: moderated ? wizardText.leaves.unknown.titleModerated : refused ? wizardText.leaves.unknown.titleRequestRefused : origin ? origin.title : known ? known.title : wizardText.leaves.unknown.title,
			...(refused ? {crumb: moderated ? wizardText.leaves.unknown.crumbModerated : wizardText.leaves.unknown.crumbRequestRefused} : origin ? {crumb: origin.crumb} : known ? {crumb: known.crumb} : {}),
			// The summary restates the refused call's row: that row is cut to one row under it.
			...(refused || origin ? {restates: refused ?? origin?.row} : {}),
			lines: defined([view.diagnosis.summary, advice(view, toDeepSeek, elsewhere)]),
			// The diagnosis' own first (whom to ask, with the trace id support needs), then whom to write to (fixes.ts supportWhereCallsGo).
			fixes: uniqueFixes([...view.diagnosis.fixes, ...fixes.supportWhereCallsGo(view.results, trace)]),
			verdict: 'unknown',
			...(trace ? {traceId: trace} : {}),
		};
	});

/**
 * Whom to send the support report to: DeepSeek's support where the calls reach DeepSeek, else the service they go to
 * (its name, else its host). None where the key was never sent: there is nothing anyone could look up.
 */
function advice(view: View, toDeepSeek: boolean, elsewhere: string | undefined): string | undefined {
	if (toDeepSeek) return wizardText.leaves.unknown.advice;
	return view.diagnosis.knownCause === 'key_not_sent' ? undefined : wizardText.leaves.unknown.adviceElsewhere({name: elsewhere ?? hostOf(view)});
}

/** The unclear result's title and crumb for a cause its summary names (Diagnosis.knownCause). */
function knownCauseSaid(cause: KnownCause | undefined): {title: string; crumb: string} | undefined {
	const said = wizardText.leaves.unknown;
	switch (cause) {
		case 'edge_blocked':
			return {title: said.titleEdgeBlocked, crumb: said.crumbEdgeBlocked};
		case 'upstream_path':
			return {title: said.titleUpstreamPath, crumb: said.crumbWrongPath};
		case 'official_path':
			return {title: said.titleOfficialPath, crumb: said.crumbWrongPath};
		case 'key_not_sent':
			return {title: said.titleKeyNotSent, crumb: said.crumbKeyNotSent};
		case undefined:
			return undefined;
	}
}
