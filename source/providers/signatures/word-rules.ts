// What the words mean: one ordered table of word rules, most specific first (the first match wins),
// each with the statuses it holds at and why. The words themselves are in the *-words.ts modules.
import {signatureMessages} from '../../messages/providers.js';
import {upstreamCertificateWords, upstreamUnreachableWords} from '../../deepseek/in-between.js';
import {accountKindWords, accountNotEnabledWords, clientOnlyWords, roleWithoutAccessWords, tokenBlockedWords, tokenGroupWords, unauthorizedConsumerWords, userBlockedWords} from './account-words.js';
import type {SignatureKind} from './kinds.js';
import {modelAt401Words, modelIdRefusedWords, modelNotActivatedWords, modelWords, noRouteWords, unpricedModelWords} from './model-words.js';
import {adminBudgetWords, chargeSettlingWords, moneyWords, nothingAffordable, planLimitWords, promptCapWords, promptTooLongWords, tokenLimitWords} from './money-words.js';
import {moderationWords, requestShapeWords, requestWords} from './request-words.js';
import type {ErrorSignatureMatch, Seen} from './types.js';

/** A word rule's flags its match carries as they are (each `true` or left out; noPaymentMethod also finds its page). */
export const wordRuleFlags = ['adminBudget', 'unverified', 'chargeSettling', 'personalAccount', 'roleAccess', 'consumerAccess', 'freeTierOnly', 'planLimit', 'extraUsage', 'extraUsagePool', 'promptCap', 'moderation', 'networkRules', 'unpriced'] as const satisfies ReadonlyArray<keyof ErrorSignatureMatch>;

/** A row of the table; what its match carries is typed as the match's own fields. */
type WordRule = Partial<Pick<ErrorSignatureMatch, (typeof wordRuleFlags)[number] | 'blocked' | 'noPaymentMethod' | 'modelAccess'>> & {
	kind: SignatureKind;
	words: RegExp;
	/** Only at these statuses (a bare "quota" is money at 402/403, a rate limit at 429). */
	statuses?: readonly number[];
	/** Which message says it (default: the kind's own). */
	message?: (seen: Seen) => string;
};

/** One table, most specific first: the first rule whose words (and status, if given) match wins. */
export const wordRules: readonly WordRule[] = [
	// A workspace's or organization's budget its administrators set (OpenRouter's 403): they raise it, no top-up does.
	{kind: 'token_exhausted', words: adminBudgetWords, adminBudget: true},
	{kind: 'token_exhausted', words: tokenLimitWords},
	// "can only afford 0": nothing is left, whatever max_tokens says.
	{kind: 'balance_exhausted', words: nothingAffordable},
	{kind: 'request_too_costly', words: promptCapWords, promptCap: true, message: () => signatureMessages.promptCapped},
	{kind: 'request_too_costly', words: promptTooLongWords, message: () => signatureMessages.promptTooCostly},
	{kind: 'request_too_costly', words: /can only afford|fewer max_tokens/i},
	{kind: 'model_needs_paid_balance', words: /requires? paid balance|paid balance is insufficient/i},
	// one-api and its forks also say "user [3446] quota [-20847155] preConsumedQuota [743] is not enough".
	{kind: 'user_quota', words: /用户额度不足|用户剩余额度|预扣费|user quota is not enough|insufficient[\s_-]+user[\s_-]+quota|\buser\s*\[[^\]\n]*\]\s*quota\s*\[/i},
	// "…make sure your account is in good standing" is DashScope's Arrearage sentence, also
	// when a client has dropped the code.
	{kind: 'account_overdue', words: /\boverdue\b|\barrear|欠费|\bin\s+good\s+standing\b/i},
	// A key refused because its user or token is blocked there, before any other reading of
	// 401/403 (a ban may say "invalid" or name the quota too): the operator or the console helps, not a new key.
	{kind: 'invalid_key', words: userBlockedWords, statuses: [200, 400, 401, 403], blocked: 'account', message: () => signatureMessages.userBlocked},
	{kind: 'invalid_key', words: tokenBlockedWords, statuses: [200, 401, 403], blocked: 'token', message: () => signatureMessages.tokenDisabled},
	{kind: 'invalid_key', words: tokenGroupWords, statuses: [401, 403], blocked: 'group', message: () => signatureMessages.tokenGroupRefused},
	// Calls refused for the country or region they come from: OpenAI's 403
	// `unsupported_country_region_territory` "Country, region, or territory not supported"
	// (n3d1117/chatgpt-telegram-bot#629; passed on by one-api, songquanpeng/one-api#1692),
	// before the key words: a 403 that says so is no refused key. Not "this model is not
	// available in your region" (OpenCode Go's opt-in): that is the model's.
	{kind: 'region_refused', words: /unsupported_country_region_territory|\bcountry,? region,? or territory (?:is )?not supported\b/i, statuses: [400, 403]},
	// Calls refused for the IP address they come from, by the key's own allow-list: new-api's
	// 403 `您的 IP 不在令牌允许访问的列表中` and sub2api's 403 ACCESS_DENIED "Access denied. Your
	// IP is …" (Wei-Shaw/sub2api#6112; Chinese `当前 IP 无访问权限`), AiHubMix's 403 "Forbidden – key(…)
	// allowed only from approved IP ranges." (`该令牌只能在指定网段使用`, its error-code page), Tencent Cloud TokenHub's 403
	// 403001 "access denied: client IP …" (an allow list, its error-codes page), before the key words:
	// such a 403 fails the key check, yet the key is good from a listed address.
	{kind: 'address_refused', words: /不在令牌允许访问的列表|当前 ?IP ?无访问权限|只能在指定网段使用|\baccess denied\. your ip is\b|\baccess denied:? (?:your |the )?client ip\b|\ballowed only from approved IP ranges\b/i, statuses: [401, 403]},
	// The same refusal by the resource's own network rules: Azure's 403 "A Virtual Network is configured for this
	// resource. Please use the correct endpoint for making requests." (continuedev/continue#12547) and "Access denied
	// due to Virtual Network/Firewall rules." (Azure-Samples/azure-sql-db-chatbot#3), which had read as a refused key:
	// the key is good from a network the resource allows (its firewall's list, or its private endpoint).
	{kind: 'address_refused', words: /\bVirtual Network\/Firewall rules\b|\bVirtual Network is configured for this resource\b/i, statuses: [401, 403], networkRules: true, message: () => signatureMessages.networkRulesRefused},
	// Calls taken only from the service's own app or an approved channel, whatever the key:
	// OpenCode Zen's 403 FreeTierError "OpenCode's free tier can only be used from within
	// OpenCode" (OnesoftQwQ/opencode-go-copilot#134, ltmoerdani/opencode-copilot-chat#234), and
	// CodeBuddy's / WorkBuddy's code 11128 "Illegal API invocation from an unapproved channel"
	// ("The request was blocked by security policy", at 400 or 500 as proxies in front of it pass
	// it on: ardeyouxipianyi/workbuddy2api-intl#3, kuops/opencode-codebuddy-auth#5). Neither a new
	// key nor a top-up helps: the app itself, or a plan or key meant for API calls, does. Before
	// the key and money words (a "free tier" is no money run out here).
	{kind: 'client_refused', words: clientOnlyWords, statuses: [400, 401, 403, 500]},
	// Model Studio's AllocationQuota.FreeTierOnly names the setting that stops paid calls: say
	// so, since topping up alone does not lift it. So does Volcengine Ark's 429 SetLimitExceeded,
	// "Your account … has reached the set inference limit for the … model, and the model service
	// has been paused. To continue using this model, please visit the Model Activation page to
	// adjust or close the "Safe Experience Mode"" (its free quota only; volcengine/MineContext#328),
	// which had read as a rate limit: waiting does not bring it back.
	{
		kind: 'balance_exhausted',
		words: /\bAllocationQuota\.FreeTierOnly\b|\bfree\s+tier\b[^.。!\n]{0,30}?\bexhausted\b[^\n]{0,200}?\bfree\s+tier\s+only\b|\bSetLimitExceeded\b|\breached\s+the\s+set\s+inference\s+limit\b/i,
		freeTierOnly: true,
		message: () => signatureMessages.freeTierOnly,
	},
	// A plan's allowance for the week or month used up: OpenCode Go's "weekly usage limit
	// reached. It will reset in 5 days 10 hours. To continue using this model now, enable usage
	// from your available balance" (at 429, anomalyco/opencode#49170), which had read as a rate
	// limit. Days away, not a rate: sending fewer at once does not bring it back.
	{kind: 'balance_exhausted', words: planLimitWords, planLimit: true, message: () => signatureMessages.planLimit},
	// A subscription's long-context requests (a model's 1M context) taken only with paid extra usage on: Anthropic's 429
	// rate_limit_error "Extra usage is required for long context requests." (anthropics/claude-code#50784; passed on by
	// sub2api and CLIProxyAPI, Wei-Shaw/sub2api#572 and router-for-me/CLIProxyAPI#2464), which had read as a rate limit,
	// its type's words: waiting does not bring it back; extra usage turned on there, or a standard-context model, does.
	{kind: 'balance_exhausted', words: /\bextra\s+usage\s+is\s+required\b/i, extraUsage: true, message: () => signatureMessages.extraUsageRequired},
	// Anthropic's 400 "You're out of extra usage. Add more at claude.ai/settings/usage and keep going." (a subscription's
	// calls billed beyond the plan, that pay-as-you-go pool used up; anthropics/claude-code#45046, #45276, #45315) and
	// "Third-party apps now draw from your extra usage, not your plan limits. … Claim it at claude.ai/settings/usage"
	// (such calls billed to that pool, none claimed yet; ianjwhite99/opencode-with-claude#91,
	// elidickinson/pi-claude-bridge#49), which had read as "not DeepSeek's API". Money, bought on the subscription's
	// usage page: not the API credit its console tops up.
	{kind: 'balance_exhausted', words: /\b(?:out\s+of|draws?\s+from)\s+(?:your\s+)?extra\s+usage\b/i, extraUsagePool: true},
	// OpenCode Zen's 401 CreditsError "No payment method. Add a payment method here: https://opencode.ai/workspace/…/billing"
	// for a paid model on a workspace that never added one (anomalyco/opencode#33206): the key is good, nothing pays, and
	// there is no balance to top up but a payment method to add.
	{kind: 'balance_exhausted', words: /\bno\s+payment\s+method\b/i, noPaymentMethod: true, message: () => signatureMessages.noPaymentMethod},
	{kind: 'balance_exhausted', words: moneyWords},
	// A charge made earlier still being settled there: a wait of a minute or so, not an empty balance, whatever status
	// and billing link come with it (Flux Router's 402 credit_unresolved with its top-up page, FerroxLabs/wayland#545 and
	// #493, where the calls went through again minutes later; it had read as money used up). After the money words, which
	// still win when the answer also says the credit ran out; before the 402 billing words.
	{kind: 'rate_limited', words: chargeSettlingWords, chargeSettling: true, message: () => signatureMessages.chargeSettling},
	// "A quota word with 402/403 means that service's money ran out" (with 429 it is a rate
	// limit); so does a word about paying ("top up", 充值, billing) at those statuses.
	{kind: 'balance_exhausted', words: /quota|配额|额度|余额|充值|recharge|top[\s-]?up|billing|payment|credit/i, statuses: [402, 403]},
	// A model the gateway has no price for: new-api refuses it before any upstream is asked,
	// "模型 x 倍率或价格未配置，请设置或开始自用模式；Model x ratio or price not set, please set or
	// start self-use mode" (code model_price_error; QuantumNous/new-api#941, at 500 in its 2025
	// builds, at 400 since), which had read as a wrong address (400) or a passing failure to
	// retry (500). The model is not usable there until whoever runs the gateway prices it.
	{kind: 'model_not_found', words: unpricedModelWords, statuses: [400, 403, 500], unpriced: true, message: () => signatureMessages.modelUnpriced},
	// OpenCode Zen answers its ModelError with 401: the model named, not the key.
	{kind: 'model_not_found', words: modelAt401Words, statuses: [401]},
	// After money (a 402 is money whatever it names), before the failure words: a gateway
	// with no channel for the model says so with 503, and a retired model is "Gone" (410:
	// SambaNova documents it so, NVIDIA sends it).
	// Volcengine Ark's refusals that its console lifts: a model not activated for the account, and
	// a model called by its id where the account must name an inference endpoint (ep-…). Neither
	// is a wrong name: another listed model is refused alike.
	{kind: 'model_not_found', words: modelNotActivatedWords, statuses: [400, 403, 404], modelAccess: 'activate', message: () => signatureMessages.modelNotActivated},
	{kind: 'model_not_found', words: modelIdRefusedWords, statuses: [400, 403, 404], modelAccess: 'endpoint', message: () => signatureMessages.modelIdRefused},
	// A router with the model but no provider of it that serves the call as asked (OpenRouter's "No endpoints found
	// that support tool use" / "… matching your data policy"): not the key; another model, or the account's settings.
	{kind: 'model_not_found', words: noRouteWords, statuses: [400, 404], modelAccess: 'routing'},
	{kind: 'model_not_found', words: modelWords, statuses: [200, 400, 403, 404, 410, 422, 500, 503]},
	// Only where services refuse a request's shape (DeepSeek: 400): "fewer max_tokens" at 402
	// is about the credit left, and the type "invalid_request_error" alone means nothing.
	// Moderation first: its words name no length or parameter, and rewording is the fix (also at a gateway's 500, and at
	// 403, where OpenRouter's guardrails block a prompt; and at 451, Tencent Cloud TokenHub's content_filter_error).
	{kind: 'request_refused', words: moderationWords, statuses: [400, 403, 413, 422, 451, 500, 502], moderation: true, message: () => signatureMessages.requestModerated},
	{kind: 'request_refused', words: requestWords, statuses: [400, 413, 422]},
	// A bridge or gateway that reports its upstream's refusal as its own failure (502
	// "upstream stream error: …"): these words name the request, however it was passed on.
	// Not "does not support", which a failing server may say about itself.
	{kind: 'request_refused', words: requestShapeWords, statuses: [500, 502]},
	// SiliconFlow keeps an unverified account's rate low and says so at 403: "RPM limit
	// exceeded. Please complete identity verification to lift the restriction." (its
	// real-name verification, 实名认证): verifying lifts it, sending fewer only waits it out.
	{kind: 'rate_limited', words: /\bcomplete\s+identity\s+verification\b/i, statuses: [403, 429], unverified: true, message: () => signatureMessages.rateLimitedUntilVerified},
	{
		kind: 'rate_limited',
		// "Open api daily request limit reached" (Baidu Qianfan, at 200 through one-api); a
		// limit named by its unit ("RPM limit exceeded", "TPM limit reached"); 限速 (AiHubMix's
		// 503 "该模型遇到官方限速", its provider's rate limit, as its error-code page gives it).
		words: /rate[\s_-]*limit|too many requests|\b(?:[RT]P[MHD]|QPS)\s+limit\s+(?:reached|exceeded)\b|concurrency|request[\s_-]+limit[\s_-]+(?:reached|exceeded)|resource[\s_-]+(?:has been\s+)?exhausted|请求过于频繁|频率|限流|限速|负载已饱和/i,
		// DeepSeek shrinks an account's concurrency with its balance and says so.
		// Not at 402: "Payment Required" is money whatever else the text says. At 413 Groq
		// refuses one request larger than the tier's tokens per minute ("Request too large …
		// on tokens per minute (TPM)", code rate_limit_exceeded); a 413 in request words
		// ("Request body too large") is read above as the request.
		statuses: [200, 400, 403, 413, 429, 500, 502, 503, 504],
		message: seen => (/balance|余额/i.test(seen.words) ? signatureMessages.rateLimitedByBalance : signatureMessages.rateLimited),
	},
	// This account may not use the service at all, by a setting or the kind of account, whatever the key and the
	// balance: W&B Inference's 403 "The inference gateway is not enabled for your organization" (its organization's
	// administrator enables it) and 429 "W&B Inference isn't available for personal accounts" (a team account is taken),
	// as its error pages give them; the 429 had read as a rate limit, the 403 as no answer of DeepSeek's API (wrong_endpoint). After the money, model and
	// rate-limit words (a model not enabled, credit run out, a rate limit named say more), before the status alone.
	{kind: 'account_refused', words: accountKindWords, personalAccount: true, message: () => signatureMessages.personalAccountRefused},
	{kind: 'account_refused', words: roleWithoutAccessWords, roleAccess: true, message: () => signatureMessages.roleRefused},
	// A gateway's consumer (the key) not allowed on the route: Higress's key-auth 403 "Unauthorized consumer.", which had
	// read as a refused key; whoever runs the gateway allows it, so checking the key does not help.
	{kind: 'account_refused', words: unauthorizedConsumerWords, statuses: [403], consumerAccess: true, message: () => signatureMessages.consumerRefused},
	{kind: 'account_refused', words: accountNotEnabledWords},
	// A service passing on that it does not trust its upstream's certificate (one-api's 500
	// "tls: failed to verify certificate: x509: …"): retrying does not help (diagnose/network.ts upstreamCertificate).
	{kind: 'server_error', words: upstreamCertificateWords, statuses: [500, 502, 503, 504], message: () => signatureMessages.upstreamCertificate},
	// A proxy passing on that its own call got no answer at all (CC Switch's "connection failed:
	// error sending request for url (…)", 9router's "fetch connect timeout"): its way out failed
	// (diagnose/network.ts localUpstreamUnreachable, for a proxy on this computer).
	{kind: 'server_error', words: upstreamUnreachableWords, statuses: [500, 502, 503, 504], message: () => signatureMessages.upstreamUnreachable},
	// A gateway's own channel (the upstream account it sends the model's calls to) switched off by its operator: new-api's
	// 403 "This channel has been disabled" (QuantumNous/new-api#3455: channel affinity kept sending calls to a disabled
	// channel; Claude Code added "Please run /login"), which had read as a wrong address. The gateway's setup, not the
	// caller's token: its channels are where to look.
	{kind: 'server_error', words: /\bthis\s+channel\s+has\s+been\s+disabled\b/i, statuses: [403, 500, 502, 503]},
	{
		kind: 'server_error',
		words: /overloaded|server (?:is )?busy|timeout limit|unable to start processing|no available channel|无可用渠道|服务器繁忙|系统繁忙/i,
		statuses: [200, 408, 500, 502, 503, 504, 520, 522, 524, 529],
	},
	// Google refuses a key with 400 INVALID_ARGUMENT (reason API_KEY_INVALID), xAI with 400
	// too: only such unmistakable key words count at 400, where "invalid token" may be about
	// the request. So does a refusal of the Authorization header the key came in: Huawei Cloud
	// ModelArts's 400 `{"error_code":"ModelArts.4905","error_msg":"Failed to check the
	// authorization request header. "}` to a DeepSeek-V3 call (AIDotNet/OpenDeepWiki#143),
	// and its MaaS's "Failed to get the authorization header." / "Invalid authorization header.".
	{
		kind: 'invalid_key',
		words: /API_KEY_INVALID|\bapi[\s_-]*key (?:is )?(?:invalid|not valid|not found)\b|\bincorrect api key\b|\bfailed to (?:check|get|parse|verify) the authori[sz]ation (?:request )?header\b|\binvalid authori[sz]ation header\b/i,
		statuses: [400],
	},
	// OpenCode Go's 400 "Error from provider (Console Go): Upstream request failed", with
	// nothing else: its own call to the provider behind it failed (all its models at once
	// in an outage; for one app only when that provider refuses what the app sends). The
	// calls got through, so not a wrong address. After the rules above: a reason it names
	// (a model, the request's shape, a rate limit) says more.
	{kind: 'server_error', words: /\bupstream\s+request\s+failed\b/i, statuses: [400], message: () => signatureMessages.upstreamFailed},
	// Also credentials named invalid, as API gateways word it: Kong's key-auth 403 "Your authentication credentials are
	// invalid" (its older releases), Erda's gateway's 403 "Invalid authentication credentials" (its status-code page),
	// which had read as a wrong address; the key is the gateway's, whoever runs it issues it. And a gateway's key check
	// named as the refusal: Higress's key-auth "Request denied by Key Auth check." (its 401 for a key of no consumer;
	// its 403 "Unauthorized consumer." is read above, a consumer not allowed on the route).
	{
		kind: 'invalid_key',
		words: /\bdenied\s+by\s+key\s+auth\b|invalid[\s_-]*(?:api[\s_-]*)?(?:key|token)|authentication[\s_-]*(?:fails|failed|error)|incorrect api key|no auth credentials|api key (?:is )?(?:invalid|not valid)|\b(?:invalid|incorrect)\s+(?:authentication\s+|auth\s+)?credentials?\b|\bcredentials?\s+(?:are|is)\s+(?:invalid|incorrect|not\s+valid)\b|无效的令牌|令牌无效|未提供令牌/i,
		statuses: [200, 401, 403],
	},
];
