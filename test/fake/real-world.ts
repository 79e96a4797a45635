// Real-world answers the diagnosis must read right (each as users posted it in public
// issue trackers): relays refusing money in their own shapes and languages, relayed rate
// limits and failures, and DeepSeek's "accepted, then no answer" under load.
import {balances, deepseekApi, deepseekJson} from './deepseek.js';
import {openRouter, openRouterError} from './openrouter.js';
import {hexId, json, keepAlivePrelude, plainText, type Answer, type Handler} from './reply.js';
import {serve, under} from './router.js';

/** OpenRouter before a call it cannot pay: the credit left is checked against max_tokens. */
export function openRouterCannotAfford(): Handler {
	return openRouter({
		key: {limit: null, limitRemaining: null, usage: 4.98},
		outOfCredits: false,
		chat: chat => openRouterError(402, `This request requires more credits, or fewer max_tokens. You requested up to ${chat.maxTokens ?? 65_536} tokens, but can only afford 0. To increase, visit https://openrouter.ai/settings/credits and upgrade to a paid account`, {provider_name: null}),
	});
}

/** OpenRouter refusing a prompt longer than the credit left pays for (its words as continuedev/continue#11584 quotes them). */
export function openRouterPromptTooLong(): Handler {
	return openRouter({
		key: {limit: null, limitRemaining: null, usage: 4.98},
		outOfCredits: false,
		chat: () => openRouterError(402, 'Prompt tokens limit exceeded: 23229 > 14796. To increase, visit https://openrouter.ai/settings/credits and upgrade to a paid account', {provider_name: null}),
	});
}

/**
 * OpenRouter refusing a paid call that does not fit its in-flight spending budget beside the calls still
 * settling, while the balance is positive: its limits page's example body, with the Retry-After it says comes along.
 */
export function openRouterInFlightBudget(): Handler {
	return openRouter({
		key: {limit: null, limitRemaining: null, usage: 1.37},
		outOfCredits: false,
		chat: () => {
			const answer = openRouterError(402, 'This request would exceed your available credits given your current in-flight requests. Retry after in-flight requests settle, or add credits.', {
				reason: 'in_flight_budget_exhausted',
				limit_source: 'openrouter_in_flight_budget',
				remedy_hint: 'Retry after your in-flight requests settle (see the Retry-After header). Adding credits at https://openrouter.ai/settings/credits raises your in-flight budget, up to a capped ceiling.',
			});
			return {...answer, headers: {...answer.headers, 'retry-after': '5'}};
		},
	});
}

/**
 * Flux Router holding a call back while a charge it made earlier is still being reconciled: its LiteLLM-shaped
 * 402 with its own error dict as the message, top-up link included, as Wayland printed it (FerroxLabs/wayland#545).
 */
export function gatewayChargeSettling(): Handler {
	return anonymousGateway(() => json(402, {
		error: {
			message: "{'error': 'credit_unresolved', 'message': 'A prior charge is still being reconciled. Please retry shortly.', 'upgrade_url': 'https://fluxrouter.ai/home/billing/topup', 'model': 'flux-auto'}",
			type: 'None',
			param: 'None',
			code: '402',
		},
	}));
}

/**
 * W&B Inference's refusal of an account whose organization has not enabled its inference gateway: every API request
 * 403, the model list too, with the message its error table gives (docs.wandb.ai/inference/api-reference/errors).
 */
export function gatewayAccountNotEnabled(): Handler {
	const refuse = () => plainText(403, 'The inference gateway is not enabled for your organization');
	return anonymousGateway(refuse, refuse);
}

/**
 * W&B Inference's 429 for a personal account (docs.wandb.ai/support/inference_personal_account_limitation): the model
 * list answers, the chat call is refused; despite the status, not a rate limit.
 */
export function gatewayPersonalAccount(): Handler {
	return anonymousGateway(() => plainText(429, "W&B Inference isn't available for personal accounts. Please switch to a non-personal account to access W&B Inference."));
}

/** OpenRouter passing on an upstream provider's 429 (the words are in metadata.raw). */
export function openRouterUpstream429(): Handler {
	return openRouter({
		key: {limit: null, limitRemaining: null, usage: 0.12},
		outOfCredits: false,
		chat: chat => openRouterError(429, 'Provider returned error', {
			raw: `${chat.model} is temporarily rate-limited upstream. Please retry shortly, or add your own key to accumulate your rate limits: https://openrouter.ai/settings/integrations`,
			provider_name: 'Chutes',
		}),
	});
}

/** OpenRouter when the model's provider is down or answers garbage: 502 (its documented status for that). */
export function openRouterUpstream502(): Handler {
	return openRouter({
		key: {limit: null, limitRemaining: null, usage: 0.12},
		outOfCredits: false,
		chat: () => openRouterError(502, 'Provider returned error', {raw: 'upstream connect error or disconnect/reset before headers', provider_name: 'Chutes'}),
	});
}

/**
 * A self-hosted gateway nothing identifies (no /api/status, plain model ids, 404 for
 * /user/balance), whose chat answers `chat`.
 */
function anonymousGateway(chat: Handler, models?: Handler): Handler {
	const respond = (status: number, body: unknown): Answer => json(status, body, {'x-request-id': hexId(12)});
	return serve({
		routes: [
			{method: 'GET', paths: under(['/v1', ''], '/models'), handle: models ?? (() => respond(200, {object: 'list', data: [{id: 'deepseek-chat', object: 'model', owned_by: 'custom'}, {id: 'deepseek-reasoner', object: 'model', owned_by: 'custom'}]}))},
			{method: 'POST', paths: under(['/v1', ''], '/chat/completions'), handle: chat},
		],
		unauthorized: () => respond(401, {code: 401, msg: '令牌无效'}),
		notFound: () => respond(404, {code: 404, msg: 'Not Found'}),
	});
}

/** A Chinese reseller: `{code, msg}` bodies, a quota message at 403. */
export function gatewayQuotaChinese(): Handler {
	return anonymousGateway(() => json(403, {code: 403, msg: '您的账户额度不足，请充值后再试', data: null}));
}

/** The same reseller's quota message at 401, on every call with the key (one-api refuses a used-up token at 401 too: 该令牌额度已用尽). */
export function gatewayQuotaChinese401(): Handler {
	const refuse = () => json(401, {code: 401, msg: '您的账户额度不足，请充值后再试', data: null});
	return anonymousGateway(refuse, refuse);
}

/** A pass-through proxy answering 500 with the upstream's error as Python wrote it. */
export function gatewayWrapped402(): Handler {
	return anonymousGateway(() => plainText(500, 'litellm.APIError: Error code: 402 - {\'error\': {\'message\': \'Insufficient Balance\', \'type\': \'unknown_error\', \'param\': None, \'code\': \'invalid_request_error\'}}'));
}

/** A new-api based relay whose own sensitive-word check refuses the request (its default 500, plain text), before any upstream. */
export function gatewaySensitiveWords(): Handler {
	return anonymousGateway(() => plainText(500, 'Sensitive words detected'));
}

/**
 * A gateway passing on OpenAI's refusal of the country or region its server calls from (403
 * unsupported_country_region_territory, with its request id: the corpus entry
 * one-api-403-region-not-supported-upstream).
 */
export function gatewayRegionRefused(): Handler {
	return anonymousGateway(() => json(403, {
		error: {message: 'Country, region, or territory not supported (request id: 2024072510422562564674066306279)', type: 'request_forbidden', param: '', code: 'unsupported_country_region_territory'},
	}));
}

/**
 * A gateway on this computer whose own call on fails because something intercepts HTTPS on
 * its way out: one-api's 500 do_request_failed with Go's x509 words (the corpus entry
 * one-api-500-tls-unknown-authority-whistle).
 */
export function gatewayUpstreamCertificate(): Handler {
	return anonymousGateway(() => json(500, {
		error: {message: 'do request failed: Post "https://hk.xty.app/v1/chat/completions": tls: failed to verify certificate: x509: certificate signed by unknown authority', type: 'one_api_error', param: '', code: 'do_request_failed'},
	}));
}

/**
 * CC Switch's local proxy whose own call to DeepSeek got no answer at all: chat 502 with its
 * "connection failed: error sending request for url (…)" (the corpus entry
 * cc-switch-502-json-connection-failed-deepseek-v1).
 */
export function gatewayUpstreamUnreachable(): Handler {
	return anonymousGateway(() => json(502, {
		error: {message: 'CC Switch local proxy failed while handling Codex endpoint /responses. Provider: deepseek; model: deepseek-v4-pro; cause: connection failed: error sending request for url (https://api.deepseek.com/v1/chat/completions)', type: 'proxy_error', code: 'cc_switch_forward_failed', param: null},
	}));
}

/**
 * Codex++'s local proxy answering the chat call with a bare 502 that names no cause, as Codex
 * printed it (the corpus entry codexplusplus-502-unknown-error-proxy-on).
 */
export function gatewayBare502(): Handler {
	return anonymousGateway(() => plainText(502, 'unexpected status 502 Bad Gateway: Unknown error, url: http://127.0.0.1:57321/v1/responses'));
}

/**
 * A sub2api gateway whose key takes calls only from listed IP addresses, called from another:
 * every call with the key is refused with 403 ACCESS_DENIED and the caller's address (the corpus
 * entry sub2api-403-ip-allow-list-your-ip-is, a documentation address standing in).
 */
export function gatewayAddressRefused(): Handler {
	const refuse = (): Answer => json(403, {code: 'ACCESS_DENIED', message: 'Access denied. Your IP is 203.0.113.7'});
	return anonymousGateway(refuse, refuse);
}

/** DeepSeek under load: chat accepted (200), blank keep-alive lines, then the connection closes. */
export function deepseekEmpty200(): Handler {
	return deepseekApi({
		balance: balances.toppedUp,
		chat: () => ({kind: 'answer', status: 200, headers: {'content-type': 'application/json', 'x-ds-trace-id': hexId()}, body: '', prelude: keepAlivePrelude}),
	});
}

/** DeepSeek after its queue limit: HTTP 200 whose body is an error, not a completion. */
export function deepseekQueueTimeout(): Handler {
	return deepseekApi({
		balance: balances.toppedUp,
		chat: () => ({
			...deepseekJson(200, {error: {message: 'We were unable to start processing your request within the 900-second timeout limit. Please try again later.', type: 'server_error', param: null, code: 'invalid_request_error'}}),
			prelude: keepAlivePrelude,
		}),
	});
}

/** DeepSeek during an outage: valid keys refused as unknown users. */
export function deepseekNoSuchUser(): Handler {
	return deepseekApi({
		balance: balances.toppedUp,
		accepts: () => false,
		unauthorized: () => deepseekJson(401, {error: {message: 'Authentication Fails (no such user)', type: 'authentication_error', param: null, code: 'invalid_request_error'}}),
	});
}

/** DeepSeek whose concurrency limit shrank with the balance. */
export function deepseekConcurrencyByBalance(): Handler {
	return deepseekApi({
		balance: balances.low,
		chat: () => deepseekJson(429, {error: {message: 'Your current concurrency is 40, which exceeds your concurrency limit of 39 based on your remaining balance. Please top up your balance to restore your concurrency.', type: 'rate_limit_reached_error', param: null, code: 'invalid_request_error'}}),
	});
}
