// Is DeepSeek itself having trouble? Reads the status page's JSON summary. Anything
// unexpected means "unknown" (skip): an outage is only reported when the page shows one.
import {checkMessages} from '../messages/checks.js';
import {parseStatusSummary} from '../deepseek/parse.js';
import {proxyErrorOf, proxyPageOf, proxyTlsFailure} from '../deepseek/in-between.js';
import {oneLine, sanitize} from '../text/safe.js';
import {httpFacts} from './http-outcome.js';
import type {Check, CheckStatus} from './types.js';
import {sharedGet} from './sure-gets.js';

const statusByWorst: Record<string, CheckStatus> = {
	operational: 'pass',
	maintenance: 'warn',
	degraded: 'warn',
	partial_outage: 'fail',
	full_outage: 'fail',
};

export const serviceStatus: Check = {
	id: 'service_status',
	get title() {
		return checkMessages.serviceStatus.title;
	},
	// "Unknown.", then why: a failed request's sentence too, also where the runner says it again (unreached.ts).
	saysFailure: why => checkMessages.serviceStatus.unknown(why),
	async run(ctx) {
		const result = await sharedGet.statusPage(ctx);
		const unknown = (why: string) => ({status: 'skip' as const, summary: checkMessages.serviceStatus.unknown(why), details: {...httpFacts(result), worst: 'unknown'}});
		if (result.kind === 'failure') return unknown(result.message);
		// A proxy's own error page in place of the status page: named, as the API checks name it (diagnose/network.ts).
		const proxy = result.status === 200 ? undefined : proxyPageOf(result.text);
		if (proxy) {
			const said = {proxy, status: result.status, host: new URL(result.url ?? ctx.statusUrl).host};
			return unknown(proxyErrorOf(result.text) === proxyTlsFailure ? checkMessages.serviceStatus.proxyTls(said) : checkMessages.serviceStatus.proxyPage(said));
		}
		if (result.status !== 200 || result.bodyProblem) return unknown(checkMessages.serviceStatus.unreadable(result.status));
		const parsed = parseStatusSummary(result.json);
		if (!parsed.ok) return unknown(parsed.reason);
		const {worst, components, activeChanges} = parsed.value;
		const affected = components.filter(component => component.status !== 'operational').map(component => oneLine(sanitize(component.name), 60));
		const incidents = activeChanges.map(change => oneLine(sanitize(change.title), 100));
		const status = statusByWorst[worst] ?? 'skip';
		const incident = incidents[0];
		const incidentNamesThem = incident !== undefined && affected.some(name => incident.includes(name));
		const summary = worst === 'operational' ? checkMessages.serviceStatus.operational : checkMessages.serviceStatus.trouble(worst, affected, incident, incidentNamesThem);
		return {status, summary, details: {worst, components: parsed.value.components.map(c => ({name: sanitize(c.name), status: c.status})), incidents}};
	},
};
