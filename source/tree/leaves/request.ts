// What the answering service refused or failed at once the key and the money pass: a model it does not have, a
// rate limit (with what DeepSeek's balance says about it), a server error, and DeepSeek's outage; each names the
// other service where the calls go there.
import {answerStatus, isSelfHostedGateway, onThisComputer} from '../../diagnose.js';
import {fixes} from '../../fixes.js';
import {wizardText} from '../../messages/wizard.js';
import type {Fix} from '../../verdict.js';
import * as facts from '../facts.js';
import type {LeafNode, View} from '../types.js';
import {amount, waitForTopUp} from './balance.js';
import {checkFirst, defined, hostOf, leaf, probeThereOption, serviceElsewhere, withDiagnosisFixes} from './shared.js';

/**
 * What DeepSeek's balance says about a 429 there: an empty one is the next failure (top up
 * first), a low one has lowered the account's concurrency (top up too), a healthy one is not
 * the cause; unread, the line says how to tell from the 429's own words.
 */
function deepSeekLimitByBalance(view: View): {line: string | undefined; fixes: Fix[]} {
	const text = wizardText.leaves.rateLimited;
	if (facts.balanceCannotPay(view.results)) {
		return {line: text.balanceEmpty, fixes: [fixes.topUp(), fixes.lowerConcurrency(), fixes.statusPage()]};
	}
	const reading = facts.reading(view.results);
	if (reading && facts.balanceLow(view.results)) {
		return {line: text.balanceLow, fixes: [fixes.lowerConcurrency(), fixes.topUp(), fixes.statusPage()]};
	}
	const main = facts.mainBalance(reading);
	return {line: main ? text.balanceFine({amount: amount(main)}) : text.lines[0], fixes: [fixes.lowerConcurrency(), fixes.statusPage()]};
}

export const modelNotFoundLeaf = (): LeafNode =>
	leaf('leaf.model_not_found', wizardText.leaves.modelNotFound.crumb, view => {
		const model = facts.probeModel(view.results);
		// The model question again, from what /models listed: a pick that works proves the name was it.
		const others = facts.probeModels(view.results).filter(id => id !== model);
		const text = wizardText.leaves.modelNotFound;
		const name = facts.serviceName(view.results) ?? hostOf(view);
		// The service has the model but no price for it: not "not available", and its spelling is not the point.
		const unpriced = facts.modelUnpriced(view.results);
		// Ark's console has to act (activate the model, or an endpoint's id to send): the spelling is not the point,
		// and where only an endpoint's id is taken, every listed model is refused alike.
		const access = facts.modelAccess(view.results);
		const spelling = !unpriced && access === undefined;
		return {
			tone: 'bad',
			...(unpriced
				? {title: text.unpricedTitle({model, name}), crumb: text.unpricedCrumb}
				: access === 'activate'
					? {title: text.notActivatedTitle({model, name}), crumb: text.notActivatedCrumb}
					: access === 'endpoint'
						? {title: text.endpointTitle({name}), crumb: text.endpointCrumb}
						: access === 'routing'
							? {title: text.routingTitle({model, name}), crumb: text.routingCrumb}
							: {title: text.title({model, name})}),
			// The summary restates the refused test call's row: that row is cut to one row under it.
			...(view.results.get('probe')?.status === 'fail' ? {restates: 'probe' as const} : {}),
			lines: spelling ? [view.diagnosis.summary, text.where] : [view.diagnosis.summary],
			fixes: withDiagnosisFixes(view, []),
			options: others.length > 0 && access !== 'endpoint' ? [{id: 'other_model', label: wizardText.actions.tryOtherModel, next: 'p402.probe_model', sets: {probe: true}}] : [],
			verdict: 'model_not_found',
		};
	});

export const rateLimitedLeaf = (): LeafNode =>
	leaf('leaf.rate_limited', wizardText.leaves.rateLimited.crumb, view => {
		const text = wizardText.leaves.rateLimited;
		// Calls that go to another service meet its limits: DeepSeek's limits and status page are not the ones to name.
		const name = serviceElsewhere(view);
		const found = facts.provider(view.results);
		// What is wrong now, if anything: the 429s the user saw may be over.
		const verdict = view.diagnosis.verdict;
		if (name) {
			// Its own first line in place of DeepSeek's; the advice on backing off holds anywhere.
			// Its console where it has one, else whoever runs it (as the diagnosis' contactThere).
			const ways = [fixes.lowerConcurrencyElsewhere(found, hostOf(view)), fixes.consoleOr(found, fixes.askOperatorAboutLimits(name))];
			// Only the paid call sees what the service behind it answers: offered, never picked by Enter.
			return {tone: 'warn', title: text.title, lines: defined([text.elsewhere({name}), text.lines[1]]), fixes: ways, options: probeThereOption(view, wizardText.actions.probeThereSymptom), verdict};
		}
		// DeepSeek lowers an account's concurrency as its balance runs low: the balance says whether money is part of it.
		const byBalance = deepSeekLimitByBalance(view);
		return {
			tone: 'warn',
			title: text.title,
			lines: defined([byBalance.line, text.lines[1]]),
			// Check's first: a 429 that names the balance asks for a top-up itself, which only its wording tells.
			fixes: checkFirst(view, 'rate_limited', byBalance.fixes),
			verdict,
		};
	});

export const serverErrorLeaf = (): LeafNode =>
	leaf('leaf.server_error', wizardText.leaves.serverError.crumb, view => {
		const text = wizardText.leaves.serverError;
		// Calls that go to another service meet its failures: DeepSeek's side, status page and error codes are not the ones to name.
		const name = serviceElsewhere(view);
		// Its console where it has one (as the diagnosis' contactThere), else whoever runs it.
		const tell = name && fixes.consoleOr(facts.provider(view.results), fixes.askOperatorAboutErrors(name));
		// DeepSeek answers an empty balance with 402, but apps and gateways in between pass on 5xx of their own: never "not your balance" above an empty one.
		if (!name && facts.balanceCannotPay(view.results)) {
			return {
				tone: 'bad',
				title: text.titleBalanceEmpty,
				crumb: wizardText.leaves.zero.crumb,
				lines: defined([text.balanceEmpty, text.lines[1]]),
				fixes: checkFirst(view, 'server_error', [fixes.topUp(), fixes.statusPage(), fixes.errorCodes()]),
				options: [waitForTopUp()],
				verdict: view.diagnosis.verdict,
			};
		}
		// Taken with HTTP 200, then no answer (keep-alive lines only, or an error in its place): no 5xx came; the
		// diagnosis says what happened and what to do (retry later first), as check does. Where the test call's row failed,
		// the title is ✖ too, as check exits 1: a ⚠ over the ✖ row it restates would say the finding is milder than it is.
		if (answerStatus([...view.results.values()], 'server_error') === 200) {
			return {tone: view.results.get('probe')?.status === 'fail' ? 'bad' : 'warn', title: text.titleAccepted({name}), crumb: text.crumbAccepted, lines: defined([view.diagnosis.summary, text.lines[1]]), fixes: view.diagnosis.fixes, verdict: view.diagnosis.verdict};
		}
		// A service on this computer: the user runs it, never "tell whoever runs it". One nothing recognises (a local proxy): its log, and a
		// VPN or system proxy in its way; a gateway recognised there (one-api, new-api): its log and its channels, as check says after the paid call.
		const provider = facts.provider(view.results);
		const gateway = isSelfHostedGateway(provider);
		if (name && onThisComputer(hostOf(view)) && (gateway || provider === undefined || provider.id === 'unknown')) {
			return {
				tone: 'warn',
				title: text.titleElsewhere({name}),
				lines: defined([gateway ? text.elsewhereLocalGateway({name}) : text.elsewhereLocal({name}), text.lines[1]]),
				fixes: gateway ? [fixes.localGatewayChannels(name, facts.channelsUrl(view.results)), fixes.retryLaterElsewhere()] : [fixes.retryLaterElsewhere(), fixes.localUpstreamNetwork(name)],
				options: probeThereOption(view, wizardText.actions.probeThereSymptom),
				verdict: view.diagnosis.verdict,
			};
		}
		// A low DeepSeek balance (the ⚠ row above): never "not your balance" over it, and the top-up among the fixes, as check gives it.
		const low = !name && facts.balanceLow(view.results) ? facts.mainBalance(facts.reading(view.results)) : undefined;
		// Retrying first, as check says it: where the 5xx the user saw is over, the checks add nothing, and a short window keeps one fix.
		const own = tell ? [fixes.retryLaterElsewhere(), tell] : low ? [fixes.retryLater(), fixes.topUp(), fixes.statusPage()] : [fixes.retryLater(), fixes.statusPage()];
		return {
			tone: 'warn',
			title: name ? text.titleElsewhere({name}) : text.title,
			// At another service only the paid call sees what the service behind it answers: offered, never picked by Enter.
			...(name ? {options: probeThereOption(view, wizardText.actions.probeThereSymptom)} : {}),
			// Its own first line in place of DeepSeek's; the advice on retrying holds anywhere.
			lines: name ? defined([text.elsewhere({name}), text.lines[1]]) : low ? defined([text.balanceLow({amount: amount(low)}), text.lines[1]]) : [...text.lines],
			fixes: checkFirst(view, 'server_error', own),
			// What is wrong now, if anything: the 5xx the user saw may be over.
			verdict: view.diagnosis.verdict,
		};
	});

export const outageLeaf = (): LeafNode =>
	leaf('leaf.outage', wizardText.leaves.outage.crumb, view => {
		const text = wizardText.leaves.outage;
		// Calls that go to a service that may send them on to DeepSeek: that service is named, and asked if the errors outlast the outage.
		const name = serviceElsewhere(view);
		// DeepSeek refused the key meanwhile: likelier the outage than the key, which is the one to check if the 401 stays (as the diagnosis says).
		const keyRefused = !name && facts.keyRejected(view.results);
		return {
			tone: 'bad',
			title: text.title(facts.serviceWorst(view.results) ?? 'unknown'),
			lines: [name ? text.elsewhere({name}) : keyRefused ? text.keyRefused : text.wait],
			fixes: name
				? [fixes.statusPage(), fixes.consoleOr(facts.provider(view.results), fixes.askOperatorAboutErrors(name))]
				: keyRefused
					? [fixes.statusPage(), fixes.checkKeyInTool()]
					: [fixes.statusPage()],
			verdict: 'service_outage',
		};
	});
