// What the answering service refused once the key and the money pass: rate limits, server errors, a model it does
// not offer, a path it does not serve, a request it will not take; and inconclusive, the last rule of all, for a
// check that went wrong in a way no rule names. The relay rule reuses modelNotOffered and requestRefused.
import {officialApiHost} from '../deepseek/facts.js';
import {isModelName, probeModelChoices} from '../domain/models.js';
import {fixes} from '../fixes.js';
import {diagnoseMessages} from '../messages/diagnose.js';
import type {CheckId} from '../checks/types.js';
import type {ProviderInfo} from '../providers/types.js';
import {sanitize} from '../text/safe.js';
import type {Diagnosis, Fix} from '../verdict.js';
import type {Answer, Facts, Rule} from './facts.js';
import {answeringService, nameToAsk} from './service.js';
import {emptyBalance} from './money.js';

export const rateLimited: Rule = facts => {
	const id = facts.anyApi(check => facts.httpStatus(check) === 429 || facts.signature(check)?.kind === 'rate_limited');
	if (!id) return undefined;
	// DeepSeek scales an account's concurrency with its balance, and says so in the 429.
	const byBalance = /balance|余额/i.test(facts.string(id, 'errorMessage') ?? '');
	const name = answeringService(facts);
	const deepseek = name === diagnoseMessages.deepseek;
	// The 429 is what fails now, but "not a balance problem" must not stand next to an empty balance.
	const empty = deepseek && !byBalance ? emptyBalance(facts) : undefined;
	// Nor next to a low one (it lowers the limit), nor one that could not be read (as the wizard's 429 result reads it).
	const balance = !deepseek || byBalance || empty !== undefined
		? undefined
		: facts.reading === undefined
			? 'unread'
			: facts.detail('balance', 'low') === true ? 'low' : undefined;
	if (!deepseek) {
		return {
			verdict: 'rate_limited',
			// What really came back: a relay may send its rate limit with 200.
			summary: diagnoseMessages.rateLimited({name, byBalance, status: facts.httpStatus(id)}),
			fixes: [fixes.lowerConcurrencyElsewhere(facts.provider, facts.host, facts.httpStatus(id)), fixes.retryLaterElsewhere()],
		};
	}
	return {
		verdict: 'rate_limited',
		summary: empty === undefined ? diagnoseMessages.rateLimited({name, byBalance, status: facts.httpStatus(id), ...(balance ? {balance} : {})}) : diagnoseMessages.rateLimitedBalanceEmpty({balance: empty}),
		// Sending fewer already says to retry with backoff: the status page, not that again (as the wizard's 429 result).
		// An empty balance is the next failure, and a 429 that names the balance asks for a top-up itself
		// ("Please top up your balance to restore your concurrency"): the top-up first. A merely low one
		// the 429 does not name: sending fewer first, the top-up next to it.
		fixes: empty !== undefined || byBalance
			? [fixes.topUp(), fixes.lowerConcurrency(), fixes.statusPage()]
			: [fixes.lowerConcurrency(), ...(balance === 'low' ? [fixes.topUp()] : []), fixes.statusPage()],
	};
};

export const serverError: Rule = facts => {
	const failing = facts.answer(kind => kind === 'server_error');
	// A gateway's 503 "no channel for this model" is about the model, not a failure.
	const id = failing?.id ?? facts.anyApi(check => (facts.httpStatus(check) ?? 0) >= 500 && facts.signature(check)?.kind !== 'model_not_found');
	if (!id) return undefined;
	const status = failing?.status ?? facts.httpStatus(id) ?? 500;
	// A 200 with no completion: accepted, then only keep-alive lines, or an error text.
	const how = status !== 200 ? 'status' : facts.string(id, 'bodyProblem') === 'empty' ? 'empty' : 'error_body';
	const name = answeringService(facts);
	const deepseek = name === diagnoseMessages.deepseek;
	const empty = deepseek ? emptyBalance(facts) : undefined;
	// An empty balance is the next failure once the 5xx stops (DeepSeek answers it 402): its top-up first, as for a 429.
	const ways = deepseek ? (empty === undefined ? [fixes.retryLater(), fixes.statusPage()] : [fixes.topUp(), fixes.retryLater(), fixes.statusPage()]) : [fixes.retryLaterElsewhere()];
	return {verdict: 'server_error', summary: diagnoseMessages.serverError({name, status, how, emptyBalance: empty}), fixes: ways};
};

/**
 * Where a "no such model" answer came from, for the advice: DeepSeek (its model page), a
 * recognised relay or cloud (its own names for DeepSeek's models), or a service someone
 * runs for the user (a gateway, an unrecognised host: they can enable the model).
 */
type ModelService = {name: string; at: 'deepseek' | 'relay' | 'operated'; provider?: ProviderInfo | undefined};

/** The models the service lists (the auth check's `/models` reading); undefined when it could not be read. */
function listedModels(facts: Facts): string[] | undefined {
	const value = facts.detail('auth', 'models');
	return Array.isArray(value) ? value.filter(isModelName) : undefined;
}

/** The calls name a model the service does not offer (or not to this key). */
export function modelNotOffered(facts: Facts, found: Answer, service: ModelService): Diagnosis {
	const asked = facts.string(found.id, 'model');
	const model = asked === undefined ? undefined : sanitize(asked);
	const listed = listedModels(facts);
	// A few ids to pick from, the DeepSeek ones first (domain/models.ts ranks them).
	const others = probeModelChoices((listed ?? []).filter(id => id !== asked), undefined, 4).map(id => sanitize(id));
	// A gateway that sent the name on unchanged to DeepSeek, which does not serve it
	// (signatures/passed-on.ts `modelRefusedBy`): the names DeepSeek serves are in its answer, and the
	// gateway's operator maps names.
	if (found.upstream === 'DeepSeek' && service.at !== 'deepseek') {
		const summary = diagnoseMessages.modelRefusedUpstream({name: service.name, upstream: found.upstream, model, status: found.status});
		const operator = service.at === 'operated' ? [fixes.askOperatorToMapModel(service.name, found.upstream)] : [];
		return {verdict: 'model_not_found', summary, fixes: [fixes.useListedModel(others), fixes.deepseekModels(), ...operator]};
	}
	// A gateway with no price for the model (new-api): its operator prices it; another model may do meanwhile.
	if (found.unpriced === true) {
		return {verdict: 'model_not_found', summary: diagnoseMessages.modelUnpriced({name: service.name, model, status: found.status, others}), fixes: [fixes.askOperatorToPriceModel(service.name), fixes.useListedModel(others)]};
	}
	// Volcengine Ark's refusals its console lifts: activating the model, or an inference endpoint to name instead.
	// Another listed model is refused alike (not activated, or named by its id), so that comes after, if at all.
	if (found.modelAccess !== undefined) {
		const summary = diagnoseMessages.modelAccess({name: service.name, model, status: found.status, access: found.modelAccess});
		const console = fixes.modelAccessConsole(found.modelAccess, service.provider, service.name, facts.host);
		// A router with no provider for the call as sent: another of its models is the likelier way out, then its settings.
		const ways = found.modelAccess === 'activate' ? [console, fixes.useListedModel(others)] : found.modelAccess === 'routing' ? [fixes.useListedModel(others), console] : [console];
		return {verdict: 'model_not_found', summary, fixes: ways};
	}
	const summary = diagnoseMessages.modelNotFound({
		name: service.name,
		model,
		status: found.status,
		listed: asked !== undefined && listed?.includes(asked) === true,
		others,
		listUnread: listed === undefined,
		deepseek: service.at === 'deepseek',
	});
	const where = {deepseek: [fixes.deepseekModels()], relay: [fixes.relayModelNames(service.name)], operated: [fixes.relayModelNames(service.name), fixes.askOperatorForModel(service.name)]}[service.at];
	return {verdict: 'model_not_found', summary, fixes: [fixes.useListedModel(others), ...where]};
}

/**
 * A call got "no such model": the model name is wrong for this service (or not open to
 * this key). It blocks the calls that name it, not every call: every cause that blocks
 * every call (no key, a refused key, the network, money) comes first.
 */
export const modelNotFound: Rule = facts => {
	const found = facts.answer(kind => kind === 'model_not_found');
	if (!found) return undefined;
	const name = answeringService(facts);
	return modelNotOffered(facts, found, {name, at: name === diagnoseMessages.deepseek ? 'deepseek' : 'operated'});
};

/**
 * DeepSeek's own host lists the models for the key but answers the chat call 404 Not Found,
 * in words that name no model and no request: the host and the key are right, the path the
 * calls take is not one DeepSeek serves (Codex calling /responses before DeepSeek had it,
 * BigPizzaV3/CodexPlusPlus#793, which had read as no clear cause; tools that post to the address as
 * entered, adding no path, gradusnikov/eclipse-chatgpt-plugin#55, laoning666/synology-chat-bot#2,
 * SubtitleEdit/subtitleedit#13044: the whole endpoint first). A "no such model" 404 is
 * modelNotFound's, before; an outage on the status page comes after, as the API answered.
 */
export const officialPathNotFound: Rule = facts => {
	if (facts.host !== officialApiHost || facts.status('auth') !== 'pass' || facts.httpStatus('probe') !== 404) return undefined;
	// Not wrong_endpoint ("calls do not reach DeepSeek"): they do. No verdict names a path, so unknown, with what to check.
	return {
		verdict: 'unknown',
		summary: diagnoseMessages.officialPathNotFound(facts.host),
		fixes: [fixes.wholeEndpoint(), fixes.useDeepSeek(), fixes.support(facts.string('probe', 'traceId') ?? facts.traceIds()[0])],
		knownCause: 'official_path',
	};
};

/**
 * The service refused the request for what it asks (too long, a max_tokens out of range,
 * content it will not process). No verdict names that, so it stays `unknown`, but the
 * summary says it is neither the key nor the money, and what to change.
 */
export function requestRefused(facts: Facts, found: Answer, name: string, ask: Fix): Diagnosis {
	const said = facts.string(found.id, 'errorMessage');
	// Not lower_max_tokens: its title speaks of credit, and here the money is fine.
	// What the summary says to do first; whom to ask after.
	const change = fixes.changeRequest(name === diagnoseMessages.deepseek, found.moderation === true);
	const summary = (found.moderation ? diagnoseMessages.requestModerated : diagnoseMessages.requestRefused)({name, status: found.status, said});
	return {verdict: 'unknown', summary, fixes: [change, ask]};
}

/**
 * DeepSeek's own host takes the key (its model list answers) and answers the chat call 400 or
 * 422 in words no rule reads: DeepSeek's error codes give both for the request alone (400
 * "Invalid Format", 422 "Invalid Parameters"); a model, money or a rate limit has words of its
 * own, read before. A client that prints only the status line (Spring's WebClient,
 * spring-projects/spring-ai#6118) or a body whose Markdown ate the underscores
 * ("Invalid maxtokens value", dataelement/Clawith#571) had read as no clear cause.
 */
function officialRequestRefusal(facts: Facts): Answer | undefined {
	const status = facts.httpStatus('probe');
	if (facts.host !== officialApiHost || facts.status('auth') !== 'pass' || (status !== 400 && status !== 422)) return undefined;
	return facts.answers.some(found => found.id === 'probe') ? undefined : {id: 'probe', kind: 'request_refused', status, provider: 'deepseek'};
}

export const inconclusive: Rule = facts => {
	const refused = facts.answer(kind => kind === 'request_refused') ?? officialRequestRefusal(facts);
	if (refused) {
		const name = answeringService(facts);
		const ask = name === diagnoseMessages.deepseek ? fixes.support(facts.string(refused.id, 'traceId') ?? facts.traceIds()[0]) : fixes.askOperatorAboutRequest(name);
		return requestRefused(facts, refused, name, ask);
	}
	const id = facts.anyApi(check => facts.status(check) === 'error' || facts.status(check) === 'fail');
	// The key was never sent (plain http to another computer): not a cause for support, a base URL to change.
	if (id && facts.string(id, 'reason') === 'insecure_url') {
		return {verdict: 'unknown', ...keyNotSent(facts, id), fixes: [fixes.useHttps()], knownCause: 'key_not_sent'};
	}
	if (!id) return undefined;
	const support = facts.supportWhereCallsGo(facts.string(id, 'traceId') ?? facts.traceIds()[0]);
	// Where neither DeepSeek nor a console can look (a host nothing recognises), whoever runs the service can: DeepSeek's status page alone says nothing of it.
	const ask = support.length > 0 ? support : [fixes.askOperatorAboutErrors(nameToAsk(facts, answeringService(facts)))];
	const said = facts.result(id)?.summary ?? '';
	return {verdict: 'unknown', ...facts.quoting(diagnoseMessages.unknown(said), said, {as: 'lead', lead: 'unknown'}), fixes: [...ask, fixes.statusPage()]};
};

/** Nothing checked with the key (not sent over plain http), then `id`'s row's result, quoting it. */
export function keyNotSent(facts: Facts, id: CheckId): Pick<Diagnosis, 'summary' | 'quotes'> {
	const said = facts.result(id)?.summary ?? '';
	return facts.quoting(diagnoseMessages.keyNotSentInsecure(said), said, {as: 'lead', lead: 'keyNotSentInsecure'});
}
