// DeepSeek's status page shows an outage. Two rules at the two ends of the order (rules.ts): outageSeen, second of
// all, where the outage explains how the calls failed; and outageOnly, near the end, which names the outage only when
// no answer said more precisely what is wrong.
import * as details from '../checks/details.js';
import type {CheckId} from '../checks/types.js';
import {fixes} from '../fixes.js';
import {diagnoseMessages} from '../messages/diagnose.js';
import {outageCanReach} from '../providers/table.js';
import type {Facts, Rule} from './facts.js';
import {contactThere, otherService} from './service.js';

/**
 * An API check whose failure DeepSeek's outage explains: a 5xx, or no answer on the way to
 * DeepSeek — unless a proxy failed on its own (not reached, or refused the login), which is
 * this computer's path, not DeepSeek's servers. A proxy's gateway error on the tunnel (502,
 * 503, 504) still counts: the proxy could not reach DeepSeek.
 */
function apiTrouble(facts: Facts): CheckId | undefined {
	return facts.anyApi(id => {
		const status = facts.httpStatus(id);
		if (status !== undefined && status >= 500) return true;
		const reason = facts.string(id, 'reason');
		if (reason === 'proxy') return /^50[234]$/.test(facts.string(id, 'code') ?? '');
		return details.isNetworkReason(reason);
	});
}

/** A 5xx from a service the calls go to instead of DeepSeek (not Cloudflare's challenge in front of it). */
function failureThere(facts: Facts): CheckId | undefined {
	return facts.anyApi(id => (facts.httpStatus(id) ?? 0) >= 500 && facts.string(id, 'edgeBlock') === undefined);
}

/**
 * The status page shows an outage and the calls fail in a way it explains. When the calls go
 * to another service, only its 5xx count, and only where it may send them on to DeepSeek (a
 * router, a gateway, a host nothing recognises): a host that cannot be reached, or a cloud
 * that serves the models itself, has its own trouble (the network and relay rules).
 */
export const outageSeen: Rule = facts => {
	if (facts.status('service_status') !== 'fail') return undefined;
	const status = facts.result('service_status')?.summary ?? '';
	const service = otherService(facts);
	if (!service) return apiTrouble(facts) ? {verdict: 'service_outage', summary: diagnoseMessages.outage(status), fixes: [fixes.statusPage(), fixes.retryLater()]} : undefined;
	const failing = outageCanReach(service.provider?.id) ? failureThere(facts) : undefined;
	if (!failing) return undefined;
	const {name} = service;
	return {
		verdict: 'service_outage',
		summary: diagnoseMessages.outageElsewhere({name, httpStatus: facts.httpStatus(failing) ?? 500, status}),
		fixes: [fixes.statusPage(), fixes.retryLaterElsewhere(), contactThere(service, fixes.askOperatorAboutErrors(name))],
	};
};

export const outageOnly: Rule = facts => {
	if (facts.status('service_status') !== 'fail') return undefined;
	const status = facts.result('service_status')?.summary ?? '';
	// "Your key and balance look fine" only when they were checked and are.
	const vouched = facts.status('auth') === 'pass' && ['pass', 'warn'].includes(facts.status('balance') ?? '');
	const unexplained = facts.anyApi(check => facts.status(check) === 'fail' || facts.status(check) === 'error');
	const summary = vouched
		? diagnoseMessages.outageApiFine(status)
		: unexplained === undefined
			? diagnoseMessages.outageNotChecked({status})
			: diagnoseMessages.outageUnchecked({status, detail: facts.result(unexplained)?.summary ?? ''});
	return {verdict: 'service_outage', summary, fixes: [fixes.statusPage(), fixes.retryLater()]};
};
