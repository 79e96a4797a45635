// Self-hosted gateways (docs/relays.md): songquanpeng/one-api and QuantumNous/new-api. Their
// fingerprint /api/status, OpenAI-style billing in USD, a single-page web app on every
// other path, and the ways they say a token or its user is out of quota.
import {readChatRequest} from './chat.js';
import {html, json, plainText, unixSeconds, type Answer, type FakeRequest, type Handler} from './reply.js';
import {hasValidKey, serve, type Route} from './router.js';

const quotaPerUnit = 500_000;

/** one-api's request id: the time to the second, then random digits. */
function requestId(): string {
	const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
	return stamp + String(Math.floor(Math.random() * 100_000)).padStart(5, '0');
}

type Gateway = {
	systemName: string;
	version: string;
	/** The `type` in its error bodies. */
	errorType: 'one_api_error' | 'new_api_error';
	/** `data` of /api/status beyond the fields both share. */
	status: Record<string, unknown>;
	models: readonly {id: string; ownedBy: string}[];
	/** Chat, models and billing as the valid key gets them. */
	chat: Handler;
	modelsForKey?: Handler;
	/** A missing or unknown token; by default one-api's words with the request id. */
	unauthorized?: Handler;
	billing: {subscription: Handler; usage: Handler};
	routes?: readonly Route[];
};

function respond(status: number, body: unknown, id = requestId()): Answer {
	return json(status, body, {'content-type': 'application/json; charset=utf-8', 'x-oneapi-request-id': id});
}

/** `{"error":{message, type}}` with the request id appended, as the gateways write it. */
function gatewayError(status: number, type: Gateway['errorType'], message: string): Answer {
	const id = requestId();
	return respond(status, {error: {message: `${message} (request id: ${id})`, type}}, id);
}

function spaPage(systemName: string): Answer {
	return html(200, `<!doctype html><html lang="zh"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/><title>${systemName}</title><script defer="defer" src="/static/js/main.4c1e7a2b.js"></script><link href="/static/css/main.7d3f1e2a.css" rel="stylesheet"></head><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div></body></html>`, {'cache-control': 'no-cache'});
}

function gatewayApi(gateway: Gateway): Handler {
	const statusBody = {
		success: true,
		message: '',
		data: {
			version: gateway.version,
			start_time: unixSeconds() - 86_400,
			email_verification: false,
			github_oauth: false,
			github_client_id: '',
			system_name: gateway.systemName,
			logo: '',
			footer_html: '',
			wechat_qrcode: '',
			wechat_login: false,
			server_address: 'http://localhost:3000',
			turnstile_check: false,
			turnstile_site_key: '',
			quota_per_unit: quotaPerUnit,
			display_in_currency: true,
			...gateway.status,
		},
	};
	const modelList = () => respond(200, {
		object: 'list',
		data: gateway.models.map(model => ({id: model.id, object: 'model', created: 1_626_777_600, owned_by: model.ownedBy, root: model.id, parent: null})),
	});
	return serve({
		routes: [
			{method: 'GET', paths: ['/api/status'], public: true, handle: () => respond(200, statusBody)},
			{method: 'GET', paths: ['/dashboard/billing/subscription', '/v1/dashboard/billing/subscription'], handle: gateway.billing.subscription},
			{method: 'GET', paths: ['/dashboard/billing/usage', '/v1/dashboard/billing/usage'], handle: gateway.billing.usage},
			{method: 'GET', paths: ['/v1/models'], handle: gateway.modelsForKey ?? modelList},
			{method: 'POST', paths: ['/v1/chat/completions'], handle: gateway.chat},
			...(gateway.routes ?? []),
		],
		unauthorized: gateway.unauthorized ?? (request => gatewayError(401, gateway.errorType, request.key ? '无效的令牌' : '未提供令牌')),
		// The relay answers unknown /v1 and /api paths; everything else is the web app.
		notFound(request) {
			if (/^\/(v1|api)(\/|$)/.test(request.path)) {
				return respond(404, {error: {message: `Invalid URL (${request.method} ${request.path})`, type: 'invalid_request_error', param: '', code: ''}});
			}
			return spaPage(gateway.systemName);
		},
	});
}

function subscription(hardLimitUsd: number): Handler {
	return () => respond(200, {
		object: 'billing_subscription',
		has_payment_method: true,
		soft_limit_usd: hardLimitUsd,
		hard_limit_usd: hardLimitUsd,
		system_hard_limit_usd: hardLimitUsd,
		access_until: 0,
	});
}

/** total_usage is in cents of a USD. */
function usage(usedUsd: number): Handler {
	return () => respond(200, {object: 'list', total_usage: usedUsd * 100});
}

const deepseekChannelModels = [
	{id: 'deepseek-chat', ownedBy: 'deepseek'},
	{id: 'deepseek-reasoner', ownedBy: 'deepseek'},
	{id: 'gpt-4o-mini', ownedBy: 'openai'},
	{id: 'my-deepseek', ownedBy: 'custom'},
];

/** A one-api gateway as a valid token gets it: `parts` say how it answers. */
function oneApiGateway(parts: Pick<Gateway, 'chat' | 'billing'> & Partial<Gateway>): Gateway {
	return {
		errorType: 'one_api_error',
		systemName: 'One API',
		version: 'v0.6.10',
		status: {top_up_link: 'https://shop.example.com/topup', chat_link: ''},
		models: deepseekChannelModels,
		...parts,
	};
}

/** A one-api gateway ($10 on the token) whose chat answers `chat`, having used `usedUsd`. */
function oneApi(chat: Handler, usedUsd: number): Handler {
	return gatewayApi(oneApiGateway({chat, billing: {subscription: subscription(10), usage: usage(usedUsd)}}));
}

/**
 * one-api refusing a known token before any route, as its TokenAuth does (middleware/auth.go):
 * the model list, chat and billing all get `status` with `message`.
 */
function oneApiRefusingToken(status: number, message: string): Handler {
	const refuse: Handler = () => gatewayError(status, 'one_api_error', message);
	return gatewayApi(oneApiGateway({chat: refuse, modelsForKey: refuse, billing: {subscription: refuse, usage: refuse}}));
}

/** one-api whose operator banned (or disabled) the user behind the token: 403 用户已被封禁. */
export function oneApiUserBanned(): Handler {
	return oneApiRefusingToken(403, '用户已被封禁');
}

/** one-api whose token is disabled in its console: 401 该令牌状态不可用. */
export function oneApiTokenDisabled(): Handler {
	return oneApiRefusingToken(401, '该令牌状态不可用');
}

/** one-api whose token has used all of its $10. */
export function oneApiTokenExhausted(): Handler {
	return oneApi(() => gatewayError(401, 'one_api_error', '该令牌额度已用尽'), 10);
}

/** one-api with money left but no channel serving the model: 503, as one-api says it. */
export function oneApiNoChannel(): Handler {
	return oneApi(request => gatewayError(503, 'one_api_error', `当前分组 default 下对于模型 ${modelOf(request)} 无可用渠道`), 2.5);
}

/** one-api running on this computer whose chat answers a bare 502 (no words: its log says why). */
export function oneApiBare502(): Handler {
	return oneApi(() => plainText(502, 'Bad Gateway'), 2.5);
}

function modelOf(request: FakeRequest): string {
	const read = readChatRequest(request.body);
	return read.ok ? read.chat.model : '';
}

/** `expiresAt`: Unix seconds, 0 for never (as new-api sends it). */
type TokenUsage = {granted: number; used: number; expiresAt?: number};

/** Current new-api builds refuse unknown and used-up tokens with the same words. */
const newApiInvalidToken = () => respond(401, {error: {message: '无效的令牌', type: 'new_api_error'}});

function newApi(options: {token: TokenUsage; chat: Handler; modelsForKey?: Handler; billing: Gateway['billing']}): Handler {
	const tokenUsage = (request: FakeRequest) => hasValidKey(request)
		? respond(200, {code: true, message: 'ok', data: {
			object: 'token_usage',
			name: 'my-token',
			total_granted: options.token.granted,
			total_used: options.token.used,
			total_available: options.token.granted - options.token.used,
			unlimited_quota: false,
			model_limits: {},
			model_limits_enabled: false,
			expires_at: options.token.expiresAt ?? 0,
		}})
		: respond(401, {success: false, message: '无效的令牌'});
	return gatewayApi({
		systemName: 'New API',
		version: 'v0.9.0',
		errorType: 'new_api_error',
		status: {quota_display_type: 'USD', usd_exchange_rate: 7.3, price: 7.3, top_up_link: '', chat_link: '', setup: true},
		models: deepseekChannelModels,
		chat: options.chat,
		...(options.modelsForKey ? {modelsForKey: options.modelsForKey} : {}),
		billing: options.billing,
		unauthorized: newApiInvalidToken,
		// Read-only token auth: answers for exhausted tokens too, refuses unknown ones itself.
		routes: [{method: 'GET', paths: ['/api/usage/token/', '/api/usage/token'], public: true, handle: tokenUsage}],
	});
}

/** new-api whose token is used up: current builds then call it simply "invalid". */
export function newApiTokenExhausted(): Handler {
	// Billing errors come back as HTTP 200 with the same error body.
	const billingRefused = () => ({...newApiInvalidToken(), status: 200});
	return newApi({
		token: {granted: 500_000, used: 500_000},
		chat: newApiInvalidToken,
		modelsForKey: newApiInvalidToken,
		billing: {subscription: billingRefused, usage: billingRefused},
	});
}

/** new-api whose token expired (on 2026-01-01) with quota left: every call with it is refused, 401 该令牌已过期; its usage still answers. */
export function newApiTokenExpired(): Handler {
	const expired = () => respond(401, {error: {message: '该令牌已过期', type: 'new_api_error'}});
	return newApi({
		token: {granted: 1_000_000, used: 250_000, expiresAt: 1_767_225_600},
		chat: expired,
		modelsForKey: expired,
		billing: {subscription: expired, usage: expired},
	});
}

/** new-api whose token still has quota but whose user account is empty. */
export function newApiUserQuotaEmpty(): Handler {
	const token = {granted: 1_000_000, used: 250_000};
	return newApi({
		token,
		chat: () => respond(403, {error: {message: '用户额度不足, 剩余额度: 0', type: 'new_api_error', param: '', code: 'insufficient_user_quota'}}),
		billing: {subscription: subscription(token.granted / quotaPerUnit), usage: usage(token.used / quotaPerUnit)},
	});
}
