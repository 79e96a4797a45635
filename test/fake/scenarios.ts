// Every scenario the fake can play: which service answers the API paths and the status
// page, and where a developer should point DEEPSEEK_BASE_URL for it.
import {balances, deepseekApi, deepseekErrors, deepseekModelIds} from './deepseek.js';
import {hostileEcho} from './hostile.js';
import {redirectToAccessLogin, redirectToNewHost, redirectToNewPath, redirectToWebsite} from './redirects.js';
import {newApiTokenExhausted, newApiTokenExpired, newApiUserQuotaEmpty, oneApiBare502, oneApiNoChannel, oneApiTokenDisabled, oneApiTokenExhausted, oneApiUserBanned} from './gateways.js';
import {openRouter, openRouterRefusals, openRouterRefusing} from './openrouter.js';
import {hatzRoleWithoutAccess, higressUnauthorizedConsumer, kindoMaxTokensRequired} from './gateway-refusals.js';
import {hexId, html, jsonType, keepAlivePrelude, mapAnswers, stalled, truncated, type Answer, type Handler, type Reply} from './reply.js';
import {deepseekConcurrencyByBalance, deepseekEmpty200, deepseekNoSuchUser, deepseekQueueTimeout, gatewayQuotaChinese, gatewayQuotaChinese401, gatewayAddressRefused, gatewayRegionRefused, gatewaySensitiveWords, gatewayUpstreamCertificate, gatewayUpstreamUnreachable, gatewayBare502, gatewayChargeSettling, gatewayAccountNotEnabled, gatewayPersonalAccount, gatewayWrapped402, openRouterCannotAfford, openRouterInFlightBudget, openRouterPromptTooLong, openRouterUpstream429, openRouterUpstream502} from './real-world.js';
import {siliconFlowNoBalance, siliconFlowPaidBalanceEmpty} from './siliconflow.js';
import {statusPageAsHtml, statusSummary} from './status-page.js';
import {aiHubMixIncorrectModel, aiHubMixProviderRateLimit, arkModelIdAccessDisabled, arkServiceNotOpen, dashscope, dashscopeTokensPerMinute, fireworks, openAiRelay, openCodeGoUpstreamDry, openCodeZenFreeTierOnly, openCodeZenNoPaymentMethod, together, volcengineArk} from './vendors.js';
import {aiGatewayDeepSeekDry, aiGatewayDeepSeekPath, aiGatewayRateLimited, aiGatewayUnauthenticated} from './cloudflare.js';
import {heliconeDeepSeekDry, heliconeKeyRefused} from './helicone.js';

export type Scenario = {
	/** One line for `npm run fake -- --help`. */
	summary: string;
	/** Answers every path except the status page. */
	api: Handler;
	/** Answers the status page; operational when not given. */
	status?: Handler;
	/** Appended to the fake's origin to make the base URL a user would configure ('' = the origin). */
	basePath?: string;
	/**
	 * The remote host the scenario plays, when it is a named service's: tests serve it over
	 * https with the test certificate, which names it, and map the name to 127.0.0.1
	 * (test/helpers/map-hosts.mjs; `world` in test/wizard/helpers.tsx does both).
	 */
	host?: string;
};

export const slowAnswerMs = 30_000;
export const hugeBodyBytes = 50 * 1024 * 1024;
export {keepAlivePrelude} from './reply.js';

const deepseekOk = deepseekApi({balance: balances.toppedUp});

/** The key a proxy or gateway in between puts in place of the caller's (made up). */
const replacedKey = `sk-${'9f8e7d6c5b4a3210'.repeat(2)}`;

/** An account in use: each balance reading is one cent lower than the one before (calls were paid for in between). */
function spendingAccount(): Handler {
	let cents = 4744;
	return request => {
		const amount = (cents / 100).toFixed(2);
		if (request.path.endsWith('/user/balance')) cents = Math.max(cents - 1, 0);
		return deepseekApi({balance: {...balances.toppedUp, total: amount, toppedUp: amount}})(request);
	};
}
const resetConnection: Handler = () => ({kind: 'reset'});
const fullOutage = () => statusSummary('full_outage');

const captivePortal = (): Answer => html(200, '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Guest Wi-Fi – Sign in</title></head><body><h1>Welcome to Guest Wi-Fi</h1><p>Please accept the terms of use to continue.</p><form method="post" action="/login"><input type="checkbox" name="accept" required> I accept<button type="submit">Connect</button></form></body></html>', {'cache-control': 'no-store'});

const hugeJsonBody = (): Reply => ({kind: 'flood', status: 200, headers: {'content-type': jsonType, 'x-ds-trace-id': hexId()}, bytes: hugeBodyBytes});

export const scenarios = {
	ok: {summary: 'DeepSeek, 47.44 CNY topped up: everything works', api: deepseekOk},
	zero_balance: {
		summary: 'DeepSeek, 0.00 CNY and is_available false: chat answers 402 Insufficient Balance',
		api: deepseekApi({balance: balances.zero, chat: deepseekErrors.insufficientBalance}),
	},
	spending: {summary: 'DeepSeek in use: every balance reading is 0.01 CNY lower than the one before', api: spendingAccount()},
	bonus_only: {summary: 'DeepSeek, 5.00 CNY of granted (bonus) credit, 0.00 topped up', api: deepseekApi({balance: balances.bonusOnly})},
	usd: {summary: 'DeepSeek, a USD account (12.37 USD)', api: deepseekApi({balance: balances.usd})},
	low_balance: {summary: 'DeepSeek, 0.35 CNY left', api: deepseekApi({balance: balances.low})},
	usd_empty_cny_funded: {summary: 'DeepSeek, two currencies as a real answer lists them: an empty USD row (0.00), then 71.46 CNY', api: deepseekApi({balance: balances.usdEmptyCnyFunded})},
	invalid_key: {
		summary: 'DeepSeek rejects every key: 401 echoing the last four characters sent',
		api: deepseekApi({balance: balances.toppedUp, accepts: () => false}),
	},
	probe_402: {
		summary: 'DeepSeek, positive balance and is_available true, yet chat answers 402',
		api: deepseekApi({balance: balances.toppedUp, chat: deepseekErrors.insufficientBalance}),
	},
	content_risk: {
		summary: 'DeepSeek, 47.44 CNY: chat answers 400 "Content Exists Risk" (its content moderation): the request itself is refused, unknown with --probe',
		api: deepseekApi({balance: balances.toppedUp, chat: deepseekErrors.contentRisk}),
	},
	retired_model: {
		summary: 'DeepSeek after deepseek-chat was retired: /models lists only the 2026 ids, chat answers 400 "Model Not Exist" to any other name (try --probe --model deepseek-chat)',
		api: deepseekOk,
	},
	// Made up so that the wizard, which offers only listed models, can reach the model result: the chat answer is DeepSeek's real one.
	model_listed_not_served: {
		summary: 'DeepSeek whose /models still lists the retired deepseek-chat next to the 2026 ids: chat answers it 400 "Model Not Exist", as it does any name it does not serve',
		api: deepseekApi({balance: balances.toppedUp, listed: ['deepseek-chat', ...deepseekModelIds]}),
	},
	rate_limited: {
		summary: 'DeepSeek answers 429 Rate Limit Reached on chat, /models and /user/balance',
		api: deepseekApi({balance: balances.toppedUp, gate: deepseekErrors.rateLimited}),
	},
	server_error: {summary: 'DeepSeek answers 500 Server Error everywhere', api: deepseekErrors.serverError},
	overloaded: {summary: 'DeepSeek answers 503 Server Overloaded everywhere', api: deepseekErrors.overloaded},
	slow: {
		summary: `DeepSeek answers only after ${slowAnswerMs / 1000} s (use a short --timeout)`,
		api: mapAnswers(deepseekOk, answer => ({kind: 'later', delayMs: slowAnswerMs, reply: answer})),
	},
	stalled_body: {summary: 'DeepSeek sends the headers and half the JSON body, then stalls forever', api: mapAnswers(deepseekOk, stalled)},
	malformed_json: {summary: 'DeepSeek answers 200 with truncated JSON', api: mapAnswers(deepseekOk, answer => truncated(answer))},
	gzip_answers: {
		summary: 'DeepSeek behind a server that gzips every answer although the client sends no Accept-Encoding: everything works',
		api: mapAnswers(deepseekOk, answer => ({...answer, encoding: 'gzip'})),
	},
	redirect_website: {summary: 'a website as the base URL (https://deepseek.com): nginx answers 301 to https://www.deepseek.com/ on every path', api: redirectToWebsite},
	redirect_login: {summary: 'Cloudflare Access in front of a self-hosted relay: 302 to its login page on every path, no body', api: redirectToAccessLogin},
	redirect_host: {summary: 'a relay that moved to a new domain: nginx answers 301 to the same path at https://api.new-relay.example on every path', api: redirectToNewHost},
	redirect_path: {summary: 'a relay whose API moved under /api/v1: nginx answers 301 to the same path there, where DeepSeek\'s answers are (47.44 CNY)', api: redirectToNewPath(deepseekOk)},
	html_portal: {summary: 'a captive portal answers 200 text/html on every path, status page included', api: captivePortal, status: captivePortal},
	huge_body: {summary: 'every API path streams a 50 MB JSON body', api: hugeJsonBody},
	connection_reset: {summary: 'every connection is reset as soon as a request arrives, status page included', api: resetConnection, status: resetConnection},
	queued_keepalive: {
		summary: 'DeepSeek works, but bodies start with blank lines and ": keep-alive" comments (queued)',
		api: mapAnswers(deepseekOk, answer => (answer.status === 200 ? {...answer, prelude: keepAlivePrelude} : answer)),
	},
	key_replaced: {
		summary: 'something between the caller and DeepSeek sends its own key: 401 echoing the last four of a key that is not the one sent',
		api: deepseekApi({balance: balances.toppedUp, accepts: () => false, unauthorized: request => deepseekErrors.unauthorized({...request, key: replacedKey})}),
	},
	key_echo: {
		summary: 'DeepSeek answers 401 with the WHOLE sent key in the message',
		api: deepseekApi({balance: balances.toppedUp, accepts: () => false, unauthorized: deepseekErrors.unauthorizedEchoingKey}),
	},
	hostile_echo: {
		summary: 'a hostile server: echoes the key without sk-, upper-cased and as the balance currency, with bidi characters and Markdown links',
		api: hostileEcho(),
	},
	status_outage: {summary: 'DeepSeek works; the status page shows "API 服务" full_outage with an incident', api: deepseekOk, status: fullOutage},
	status_degraded: {summary: 'DeepSeek works; the status page shows "API 服务" degraded with an incident', api: deepseekOk, status: () => statusSummary('degraded')},
	status_unreachable: {summary: 'DeepSeek works; the status page resets the connection', api: deepseekOk, status: resetConnection},
	status_html: {summary: 'DeepSeek works; the status page answers an HTML page instead of JSON', api: deepseekOk, status: statusPageAsHtml},
	status_outage_api_down: {summary: 'the status page shows full_outage and DeepSeek answers 503', api: deepseekErrors.overloaded, status: fullOutage},
	openai_relay: {summary: 'an OpenAI-compatible gateway: gpt-4o models, no /user/balance, chat 429 insufficient_quota', api: openAiRelay(), basePath: '/v1'},
	openrouter_limit_zero: {
		summary: 'OpenRouter, key limit 0: /api/v1/key says 0 remaining, chat 402 Insufficient credits',
		api: openRouter({key: {limit: 0, limitRemaining: 0, usage: 0}, outOfCredits: true}),
		basePath: '/api/v1',
		host: 'openrouter.ai',
	},
	openrouter_no_limit: {
		summary: 'OpenRouter, key without a cap (limit null), /api/v1/credits 403, chat works',
		api: openRouter({key: {limit: null, limitRemaining: null, usage: 3.2154}, outOfCredits: false}),
		basePath: '/api/v1',
		host: 'openrouter.ai',
	},
	siliconflow_no_balance: {summary: 'SiliconFlow, no balance at all: chat 403 {"code":30001,"message":"Sorry, your account balance is insufficient"}', api: siliconFlowNoBalance(), basePath: '/v1', host: 'api.siliconflow.cn'},
	openrouter_cannot_afford: {summary: 'OpenRouter: chat 402 "requires more credits, or fewer max_tokens … can only afford 0"', api: openRouterCannotAfford(), basePath: '/api/v1', host: 'openrouter.ai'},
	openrouter_prompt_too_long: {summary: 'OpenRouter: chat 402 "Prompt tokens limit exceeded: 23229 > 14796" (the prompt alone costs more than the credit left)', api: openRouterPromptTooLong(), basePath: '/api/v1', host: 'openrouter.ai'},
	openrouter_in_flight_budget: {summary: 'OpenRouter with credit left: chat 402 for its in-flight spending budget (limit_source openrouter_in_flight_budget, Retry-After 5): too many paid calls at once for the balance', api: openRouterInFlightBudget(), basePath: '/api/v1', host: 'openrouter.ai'},
	openrouter_upstream_429: {summary: 'OpenRouter relaying an upstream 429 ("Provider returned error", rate-limited upstream)', api: openRouterUpstream429(), basePath: '/api/v1', host: 'openrouter.ai'},
	openrouter_upstream_502: {summary: 'OpenRouter with the model\'s provider down: chat 502 "Provider returned error"', api: openRouterUpstream502(), basePath: '/api/v1', host: 'openrouter.ai'},
	openrouter_502_in_outage: {
		summary: 'OpenRouter answering chat 502 "Provider returned error" while DeepSeek\'s status page shows full_outage',
		api: openRouterUpstream502(),
		basePath: '/api/v1',
		host: 'openrouter.ai',
		status: fullOutage,
	},
	openrouter_choice_error: {summary: 'OpenRouter, the model\'s provider dropping mid-answer: chat 200 whose first choice carries finish_reason "error" and error 502 "Provider disconnected mid-stream"', api: openRouterRefusing(openRouterRefusals.choiceError), basePath: '/api/v1', host: 'openrouter.ai'},
	openrouter_guardrail: {summary: 'OpenRouter, a guardrail on the key blocking the prompt: chat 403 "Request blocked: prompt injection patterns detected"', api: openRouterRefusing(openRouterRefusals.guardrail), basePath: '/api/v1', host: 'openrouter.ai'},
	openrouter_no_endpoints_tools: {summary: 'OpenRouter with no provider of the model that takes tool calls: chat 404 "No endpoints found that support tool use"', api: openRouterRefusing(openRouterRefusals.noEndpointsForTools), basePath: '/api/v1', host: 'openrouter.ai'},
	openrouter_workspace_budget: {summary: 'OpenRouter, the workspace\'s budget spent: chat 403 "Workspace monthly budget of $500.00 exceeded. Contact your workspace admin."', api: openRouterRefusing(openRouterRefusals.workspaceBudget), basePath: '/api/v1', host: 'openrouter.ai'},
	one_api_no_channel: {summary: 'one-api with money left but no channel for the model: chat 503 无可用渠道', api: oneApiNoChannel(), basePath: '/v1'},
	one_api_bare_502: {summary: 'one-api on this computer answering the chat call with a bare 502 "Bad Gateway"', api: oneApiBare502(), basePath: '/v1'},
	gateway_quota_zh: {summary: 'an unidentified gateway: chat 403 {"code":403,"msg":"您的账户额度不足…"}', api: gatewayQuotaChinese(), basePath: '/v1'},
	gateway_quota_zh_401: {summary: 'an unidentified gateway: every call 401 {"code":401,"msg":"您的账户额度不足…"}', api: gatewayQuotaChinese401(), basePath: '/v1'},
	gateway_wrapped_402: {summary: 'an unidentified proxy: chat 500 text "Error code: 402 - {\'error\': …Insufficient Balance…}"', api: gatewayWrapped402(), basePath: '/v1'},
	gateway_charge_settling: {summary: 'a gateway (Flux Router) holding calls back while an earlier charge settles: chat 402 credit_unresolved "A prior charge is still being reconciled. Please retry shortly." with a top-up link', api: gatewayChargeSettling(), basePath: '/v1'},
	gateway_account_not_enabled: {summary: 'a service (W&B Inference) not enabled for the account\'s organization: every call 403 text "The inference gateway is not enabled for your organization"', api: gatewayAccountNotEnabled(), basePath: '/v1', host: 'api.inference.wandb.ai'},
	gateway_personal_account: {summary: 'a service (W&B Inference) that refuses personal accounts: chat 429 text "W&B Inference isn\'t available for personal accounts. …"', api: gatewayPersonalAccount(), basePath: '/v1', host: 'api.inference.wandb.ai'},
	gateway_sensitive_words: {summary: 'an unidentified relay whose sensitive-word check refuses the request: chat 500 text "Sensitive words detected"', api: gatewaySensitiveWords(), basePath: '/v1'},
	gateway_region_refused: {summary: 'an unidentified gateway passing on OpenAI\'s refusal of its country or region: chat 403 unsupported_country_region_territory', api: gatewayRegionRefused(), basePath: '/v1'},
	gateway_address_refused: {summary: 'a sub2api gateway whose key takes only listed IP addresses: every call 403 "Access denied. Your IP is …"', api: gatewayAddressRefused(), basePath: '/v1'},
	gateway_upstream_certificate: {summary: 'a gateway whose own call on meets HTTPS interception: chat 500 do_request_failed "x509: certificate signed by unknown authority"', api: gatewayUpstreamCertificate(), basePath: '/v1'},
	gateway_upstream_unreachable: {summary: 'a proxy on this computer (CC Switch) whose own call to DeepSeek gets no answer: chat 502 "connection failed: error sending request for url (…)"', api: gatewayUpstreamUnreachable(), basePath: '/v1'},
	gateway_bare_502: {summary: 'a proxy on this computer (Codex++) answering the chat call with a bare 502 "Unknown error"', api: gatewayBare502(), basePath: '/v1'},
	empty_200: {summary: 'DeepSeek accepts chat (200), sends keep-alive lines, then closes with no answer', api: deepseekEmpty200()},
	queue_timeout_200: {summary: 'DeepSeek chat answers 200 with its 900-second queue timeout error', api: deepseekQueueTimeout()},
	status_outage_401: {summary: 'the status page shows full_outage and DeepSeek refuses every key: 401 "no such user"', api: deepseekNoSuchUser(), status: fullOutage},
	rate_limited_balance: {summary: 'DeepSeek, 0.35 CNY: chat 429 "concurrency limit … based on your remaining balance"', api: deepseekConcurrencyByBalance()},
	siliconflow_410: {summary: 'SiliconFlow: /v1/user/info 410, Pro/ models 403 (paid balance insufficient)', api: siliconFlowPaidBalanceEmpty(), basePath: '/v1', host: 'api.siliconflow.cn'},
	one_api_exhausted: {summary: 'one-api, token used up: $10 of $10 used, chat 401 该令牌额度已用尽', api: oneApiTokenExhausted(), basePath: '/v1'},
	one_api_user_banned: {summary: 'one-api whose operator banned the user: every call with the key 403 用户已被封禁', api: oneApiUserBanned(), basePath: '/v1'},
	one_api_token_disabled: {summary: 'one-api, token disabled in its console: every call with the key 401 该令牌状态不可用', api: oneApiTokenDisabled(), basePath: '/v1'},
	new_api_exhausted: {summary: 'new-api, token used up: generic 401 无效的令牌, /api/usage/token/ shows 0 available', api: newApiTokenExhausted(), basePath: '/v1'},
	new_api_user_quota: {summary: 'new-api, token has quota but the user has none: chat 403 insufficient_user_quota', api: newApiUserQuotaEmpty(), basePath: '/v1'},
	new_api_token_expired: {summary: 'new-api, token expired on 2026-01-01 with quota left: every call with it 401 该令牌已过期, /api/usage/token/ still answers', api: newApiTokenExpired(), basePath: '/v1'},
	opencode_go_upstream_dry: {summary: 'OpenCode Go: chat 402 with DeepSeek\'s own "Insufficient Balance" body inside OpenCode\'s text, as the DeepSeek account behind it ran dry', api: openCodeGoUpstreamDry(), basePath: '/zen/go/v1', host: 'opencode.ai'},
	opencode_zen_own_app_only: {summary: 'OpenCode Zen serving its free models only to OpenCode\'s own app: chat 403 FreeTierError "OpenCode\'s free tier can only be used from within OpenCode"', api: openCodeZenFreeTierOnly(), basePath: '/zen/v1', host: 'opencode.ai'},
	opencode_zen_no_payment_method: {summary: 'OpenCode Zen for a workspace with no payment method: chat 401 CreditsError "No payment method. Add a payment method here: https://opencode.ai/workspace/wrk_…/billing"', api: openCodeZenNoPaymentMethod(), basePath: '/zen/v1', host: 'opencode.ai'},
	cloudflare_ai_gateway_402: {summary: 'Cloudflare AI Gateway\'s DeepSeek path: it passes the key on, /user/balance reads 0.00 CNY, chat 402 DeepSeek\'s own "Insufficient Balance"', api: aiGatewayDeepSeekDry(), basePath: aiGatewayDeepSeekPath, host: 'gateway.ai.cloudflare.com'},
	cloudflare_ai_gateway_no_balance: {summary: 'Cloudflare AI Gateway\'s DeepSeek path that does not pass /user/balance on (404): chat 402 DeepSeek\'s own "Insufficient Balance"', api: aiGatewayDeepSeekDry({balancePassed: false}), basePath: aiGatewayDeepSeekPath, host: 'gateway.ai.cloudflare.com'},
	cloudflare_ai_gateway_auth: {summary: 'Cloudflare AI Gateway, Authenticated Gateway on and no cf-aig-authorization token: every call 401 code 2009', api: aiGatewayUnauthenticated(), basePath: aiGatewayDeepSeekPath, host: 'gateway.ai.cloudflare.com'},
	cloudflare_ai_gateway_429: {summary: 'Cloudflare AI Gateway, its own rate limit: chat 429 code 2003; DeepSeek\'s balance 47.44 CNY read through it', api: aiGatewayRateLimited(), basePath: aiGatewayDeepSeekPath, host: 'gateway.ai.cloudflare.com'},
	helicone_402: {summary: 'Helicone\'s DeepSeek gateway: it passes the key on, /user/balance reads 0.00 CNY, chat 402 DeepSeek\'s own "Insufficient Balance"', api: heliconeDeepSeekDry(), host: 'deepseek.helicone.ai'},
	helicone_auth: {summary: 'Helicone\'s DeepSeek gateway refusing the Helicone key in Helicone-Auth: every call 401 text "Invalid Helicone API key"', api: heliconeKeyRefused(), host: 'deepseek.helicone.ai'},
	together_credit_limit: {summary: 'Together AI: chat 402 credit_limit', api: together(), basePath: '/v1', host: 'api.together.xyz'},
	fireworks_suspended: {summary: 'Fireworks: chat 412 PRECONDITION_FAILED, account suspended', api: fireworks(), basePath: '/inference/v1', host: 'api.fireworks.ai'},
	ark_overdue: {summary: 'Volcengine Ark: chat 403 AccountOverdueError', api: volcengineArk(), basePath: '/api/v3', host: 'ark.cn-beijing.volces.com'},
	dashscope_arrearage: {summary: 'Alibaba DashScope: chat 400 Arrearage', api: dashscope(), basePath: '/compatible-mode/v1', host: 'dashscope.aliyuncs.com'},
	ark_service_not_open: {summary: 'Volcengine Ark, the model not activated for the account: chat 403 "Operation is denied because the model service is unavailable…" (ServiceNotOpen)', api: volcengineArk(arkServiceNotOpen), basePath: '/api/v3', host: 'ark.cn-beijing.volces.com'},
	ark_model_id_disabled: {summary: 'Volcengine Ark, an account that must name an endpoint (ep-…): chat 404 "Accessing the model via Model ID is not allowed…" (ModelIDAccessDisabled)', api: volcengineArk(arkModelIdAccessDisabled), basePath: '/api/v3', host: 'ark.cn-beijing.volces.com'},
	// A rate limit at its host (rate_limited). Its words are OpenAI's for an empty account: switched to on a fake that
	// plays no host (bare 127.0.0.1), nothing says Model Studio, and they read as that (relay_insufficient_balance).
	dashscope_rate_limited: {summary: 'Alibaba DashScope (Model Studio), its tokens-per-minute limit: chat 429 "You exceeded your current quota" (a rate limit at its host only; on bare 127.0.0.1 the words read as OpenAI\'s empty account)', api: dashscope(dashscopeTokensPerMinute), basePath: '/compatible-mode/v1', host: 'dashscope.aliyuncs.com'},
	kindo_max_tokens_required: {summary: 'Kindo, its schema check: chat 400 {"type":"error","error":{"type":"invalid_request_error","message":"max_tokens is required"}}', api: kindoMaxTokensRequired(), basePath: '/v1'},
	higress_unauthorized_consumer: {summary: 'a Higress gateway whose key-auth knows the key but does not allow its consumer on the route: every call 403 text "Request denied by Key Auth check. Unauthorized consumer."', api: higressUnauthorizedConsumer(), basePath: '/v1'},
	hatz_role_without_access: {summary: 'Hatz\'s AI Gateway, a user whose role lacks its permission: chat 403 permission_error "Your role does not include LLM Gateway access."', api: hatzRoleWithoutAccess(), basePath: '/v1/openai'},
	aihubmix_incorrect_model: {summary: 'AiHubMix with no channel for the model: chat 503 "Incorrect model ID. …" (on bare 127.0.0.1: no host names it)', api: aiHubMixIncorrectModel(), basePath: '/v1'},
	aihubmix_provider_rate_limit: {summary: 'AiHubMix rate-limited by the model\'s provider: chat 503 "Rate limited by provider – … try again later."', api: aiHubMixProviderRateLimit(), basePath: '/v1'},
} as const satisfies Record<string, Scenario>;

export type ScenarioName = keyof typeof scenarios;

export const scenarioNames = Object.keys(scenarios) as readonly ScenarioName[];

export function isScenarioName(name: string): name is ScenarioName {
	return Object.hasOwn(scenarios, name);
}

export function scenario(name: ScenarioName): Scenario {
	return scenarios[name];
}
