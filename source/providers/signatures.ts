// What an error answer MEANS, whoever sent it: money ran out (and which money), the key is
// refused, too many requests, or the service is failing. Two tables decide it: the words
// services really use (English and Chinese, any body shape — error-body.ts reads those),
// then what the HTTP status alone says. A few vendors' own wordings are recognised too,
// but only to say whose wording it is: they never name the service that answered (the
// host or a fingerprint does that; a gateway may pass any vendor's words through).
import {signatureMessages} from '../messages/providers.js';
import {upstreamCertificateWords, upstreamUnreachableWords} from '../deepseek/in-between.js';
import {isLoopbackHost} from '../deepseek/url.js';
import type {ApiErrorBody, BodyProblem} from '../deepseek/types.js';
import {oneLine} from '../text/safe.js';
import {asObject, stringField} from './balance/fields.js';
import {hostOfBaseUrl, matchHost} from './host.js';
import {billingPageIn} from './table.js';
import type {ProviderId} from './types.js';

export type SignatureKind =
	| 'balance_exhausted' // the account's money/credits are used up
	| 'token_exhausted' // this key/token's own limit is used up (the account may still have some)
	| 'user_quota' // a gateway user's quota (behind the token) is used up
	| 'account_overdue' // suspended / in arrears: pay an invoice or top up
	| 'model_needs_paid_balance' // only topped-up money pays for this model (gift credit does not)
	| 'request_too_costly' // the credit left cannot pay for a request this large ("can only afford N tokens")
	| 'invalid_key'
	| 'model_not_found' // the service has no model by the name the call sent (or not for this key)
	| 'request_refused' // the request itself is refused (too long, max_tokens out of range, content): not the key, not the money
	| 'region_refused' // calls from the caller's country or region are refused (OpenAI's unsupported_country_region_territory): not the key, not the money
	| 'address_refused' // the key takes calls only from listed IP addresses and this one is not listed: not the key's worth, not the money
	| 'client_refused' // the service takes these calls only from its own app or approved channels: not the key, not the money
	| 'account_refused' // this account may not use the service (not enabled for its organization, or not for this kind of account): not the key, not the money, not a rate
	| 'rate_limited'
	| 'server_error'; // overloaded or failing, also "accepted the call but sent no answer"

/** Kinds that mean "the money at that service ran out" (or cannot pay for this call). */
export const moneyKinds: ReadonlySet<SignatureKind> = new Set([
	'balance_exhausted',
	'token_exhausted',
	'user_quota',
	'account_overdue',
	'model_needs_paid_balance',
	'request_too_costly',
]);

export type SignatureInput = {
	status: number;
	apiError?: ApiErrorBody | undefined;
	/** Raw body text (only matched against, never shown). */
	text?: string | undefined;
	bodyProblem?: BodyProblem | undefined;
	/** The provider already detected by host or fingerprint, if any (settles one-api vs new-api). */
	provider?: ProviderId | undefined;
	/**
	 * The service the answering URL's host belongs to (the provider table), when `provider` is not
	 * given: read only by wordings that mean something else at that service; never whose wording it is.
	 */
	hostProvider?: ProviderId | undefined;
	/** The URL that gave this answer: an AI SDK error naming a call to its own host is the caller's log, not a provider behind it. */
	askedUrl?: string | undefined;
};

export type ErrorSignatureMatch = {
	/** Whose wording this is ('unknown' for words any service uses). Never proof of who answered. */
	provider: ProviderId;
	kind: SignatureKind;
	/** One safe sentence, naming no service: what it means and what to do. */
	message: string;
	/** The same answer also means something else (new-api's "无效的令牌" for used-up tokens too). */
	ambiguous?: boolean;
	/** A refused key that is no wrong key: the service blocked the user behind it, or this token. */
	blocked?: Blocked;
	/** A rate limit the service keeps until the account completes identity verification there. */
	unverified?: true;
	/**
	 * A rate limit on the cost of the paid calls in flight against the balance (OpenRouter's 402 for its
	 * in-flight spending budget): it passes within seconds, as they settle, and more credit raises it.
	 */
	inFlightBudget?: true;
	/**
	 * A wait while a charge the service made earlier is still being settled on its side (Flux Router's 402 "A prior
	 * charge is still being reconciled. Please retry shortly."): it passes within a minute or so; not an empty balance.
	 */
	chargeSettling?: true;
	/**
	 * With `account_refused`: refused for the kind of account (W&B Inference's 429 "… isn't available for personal
	 * accounts"): another kind there (a team or organization account) is taken; without it, the service is not enabled
	 * for the account's organization, which its administrator enables.
	 */
	personalAccount?: true;
	/** Money refused because the account is set to use a model's free quota only (Model Studio): a setting to switch off, not only a top-up. */
	freeTierOnly?: true;
	/** A plan's usage allowance for the week or month is used up (OpenCode Go): it comes back at the reset, or usage is paid beyond it. */
	planLimit?: true;
	/** A subscription takes long-context requests (a model's 1M context) only with paid extra usage on (Anthropic): turning it on, or a standard-context model, helps; waiting does not. */
	extraUsage?: true;
	/**
	 * A subscription's pay-as-you-go extra usage (Anthropic's, for calls beyond the plan or from other apps than its own)
	 * is used up, off, or not claimed: bought or turned on on the subscription's usage page, not with API credit.
	 */
	extraUsagePool?: true;
	/** With `request_refused`: the service's content moderation refused what the request says (DeepSeek's "Content Exists Risk"): rewording it helps, its length or parameters do not. */
	moderation?: true;
	/** The prompt alone costs more than the credit left (OpenRouter's "Prompt tokens limit exceeded: N > M"): a shorter conversation helps, a lower max_tokens does not. */
	promptTooLong?: true;
	/** The prompt is longer than the key's plan takes at all, whatever the credit (a free key's cap on a request's prompt tokens): a shorter conversation, or a paid key. */
	promptCap?: true;
	/** Nothing pays for paid calls because no payment method was ever added there (OpenCode Zen): none to top up, one to add. */
	noPaymentMethod?: true;
	/** With `noPaymentMethod`: the user's own billing page the answer names, where the provider table knows its exact shape (`billingPage`). */
	billingPage?: string;
	/** An address refusal by the network rules of the resource itself (Azure's virtual network or firewall), not by a key's own list of addresses. */
	networkRules?: true;
	/** A model the gateway refuses because its operator set no price for it there (new-api's model_price_error): the operator prices it, not the user. */
	unpriced?: true;
	/**
	 * A model the account may not call as named until it does something in the service's console
	 * (Volcengine Ark): activate the model there (`activate`), or call it by one of its inference
	 * endpoints' ids, ep-…, instead of the model's id (`endpoint`). Another listed model may not help.
	 */
	modelAccess?: ModelAccess;
	/** The status the meaning was read at (the HTTP status, or the one a wrapped body names). */
	status: number;
	/**
	 * The provider whose own refusal the answer passes on, where the answer says so (see
	 * `passedOnFrom`): its money that ran out is the account the service uses there, not
	 * the user's balance at the service; a model name it refused is one it does not serve
	 * (`modelRefusedBy`).
	 */
	upstream?: string;
};

/**
 * Why a service refuses a key that is its own: it has banned or disabled the user behind
 * it (`account`), disabled this token or let it expire (`token`), or refuses the group the
 * token is in (`group`: a gateway group the account may not use, or one that no longer
 * exists). A new key does not help; the service's operator or console does.
 */
export type Blocked = 'account' | 'token' | 'group';

/** See `modelAccess`. */
export type ModelAccess = 'activate' | 'endpoint';

/** What matching looks at, gathered once. */
type Seen = {
	status: number;
	type: string;
	code: string;
	/** The error message, its type and code, and the start of the raw body: one string to match against. */
	words: string;
	limitSource: string | undefined;
	hint: ProviderId | undefined;
};

/** Matching looks only this far into a body (error bodies are short). */
const bodyPrefixLength = 4000;

// ─── What the words mean ────────────────────────────────────────────────────────

type WordRule = {
	kind: SignatureKind;
	words: RegExp;
	/** Only at these statuses (a bare "quota" is money at 402/403, a rate limit at 429). */
	statuses?: readonly number[];
	/** Which message says it (default: the kind's own). */
	message?: (seen: Seen) => string;
	blocked?: Blocked;
	unverified?: true;
	chargeSettling?: true;
	personalAccount?: true;
	freeTierOnly?: true;
	planLimit?: true;
	extraUsage?: true;
	extraUsagePool?: true;
	promptCap?: true;
	moderation?: true;
	noPaymentMethod?: true;
	networkRules?: true;
	unpriced?: true;
	modelAccess?: ModelAccess;
};

/** A word rule's flags its match carries as they are (each `true` or left out; noPaymentMethod also finds its page). */
const wordRuleFlags = ['unverified', 'chargeSettling', 'personalAccount', 'freeTierOnly', 'planLimit', 'extraUsage', 'extraUsagePool', 'promptCap', 'moderation', 'networkRules', 'unpriced'] as const satisfies ReadonlyArray<keyof WordRule & keyof ErrorSignatureMatch>;

/** Money words that mean "cannot pay" at any status: services use 400, 401, 403, 429, 500 and 200 for them. */
const moneyWords = new RegExp(
	[
		String.raw`\binsufficient[\s_-]+(?:(?:user|account|paid|credit)[\s_-]+)?(?:balance|credits?|quota|funds)`,
		String.raw`\b(?:balance|credits?|quota|funds)\b[^.。!\n]{0,40}?\b(?:is|are|has\s+been|have\s+been|was|were)\s+(?:insufficient|not\s+(?:enough|sufficient)|exhausted|used\s+up|depleted|too\s+low|negative)`,
		String.raw`\b(?:balance|credits?|quota|funds)\s+(?:insufficient|exhausted|depleted|used\s+up|run\s+out)`,
		String.raw`\bnot\s+enough\s+(?:balance|credits?|quota|funds)`,
		String.raw`\b(?:requires?|needs?)\s+(?:more\s+)?credits\b`,
		String.raw`\bcredit\s+limit\s+(?:exceeded|reached)`,
		String.raw`\b(?:out\s+of|no(?:\s+remaining)?)\s+(?:credits?|balance|quota|funds)\b`,
		String.raw`\bexceeded\s+your\s+current\s+quota`,
		String.raw`\bused\s+(?:up\s+)?all\s+(?:(?:available|your)\s+)?credits`,
		// "you have used up your daily free allocation" (Cloudflare Workers AI, at 429): spent, not throttled.
		String.raw`\bused\s+up\s+(?:all\s+(?:of\s+)?)?(?:your|the)\b[^.。!\n]{0,30}?\b(?:allocation|allowance|credits?|quota|balance)\b`,
		String.raw`\bspending\s+limit\b`,
		// OpenAI's 400 billing_hard_limit_reached, LiteLLM's terminal_quota_exhausted.
		String.raw`\b(?:billing\s+hard|hard\s+billing)\s+limit\b|\bbilling_hard_limit|\bterminal_quota_exhausted\b`,
		String.raw`\bpayment[\s_-]+required\b`,
		// Model Studio's AllocationQuota.FreeTierOnly: "The free tier of the model has been
		// exhausted. If you wish to continue access the model on a paid basis, please disable the
		// "use free tier only" mode…" (APIParkLab/APIPark#394): nothing left it may spend.
		String.raw`\bfree\s+tier\b[^.。!\n]{0,30}?\b(?:has\s+been|is)\s+exhausted\b`,
		// Baidu AI Search's 429 QUOTA_USER_DAILY_FREE "Daily free quota per user for AI Search exceeded": its 100 free
		// calls used, pay-as-you-go not enabled (its error-code page): payment there, not a wait.
		String.raw`\bfree\s+quota\b[^.。!\n]{0,40}?\b(?:exceeded|exhausted|used\s+up)\b`,
		// 余额不足, 额度已用尽, 配额不足, 余额过低, 积分不足, 余额为0…: the thing, then what happened to it.
		'(?:余额|额度|配额|积分|点数|点券)[^，。,.;；\\n]{0,8}?(?:不足|过低|用尽|用完|耗尽|为0(?![.\\d])|为零)|欠费',
	].join('|'),
	'i',
);

/** A plan's usage allowance for the week or month reached ("weekly usage limit reached", "hit your monthly limit"). */
const planLimitWords = /\b(?:weekly|monthly)\s+(?:usage\s+)?limit\s+(?:has\s+been\s+|was\s+|is\s+)?(?:reached|exceeded|hit)\b|\bhit\s+your\s+(?:weekly|monthly)\s+(?:usage\s+)?limit\b/i;

/**
 * A charge made earlier still being settled on the service's side: "A prior charge is still being reconciled.
 * Please retry shortly." (Flux Router's 402 credit_unresolved), "charge is still being processed", 扣费仍在结算中.
 * The charge, then that it is still under way.
 */
const chargeSettlingWords =
	/\bcharges?\b[^.。!\n]{0,40}?\b(?:is|are)\s+(?:still\s+being\s+(?:reconciled|processed|settled)|still\s+(?:pending|processing|settling)|being\s+reconciled)\b|(?:扣费|扣款|计费|费用)[^，。,.;；\n]{0,8}?(?:仍在|还在|正在)(?:结算|处理|核对|对账)/i;

/**
 * The service itself not enabled for the account's organization (W&B Inference's 403 "The inference gateway is not
 * enabled for your organization"): a setting of the account there, which its administrator changes. Not where a model
 * is the subject ("The model x is not enabled for your account" is that model's). Also Huawei Cloud MaaS's 401
 * ModelArts.81004 "Invalid request because you do not have access to it.", which its error-code table gives for a
 * built-in model service not enabled for the account (turned on in its console), and which had read as a refused key.
 */
const accountNotEnabledWords =
	/(?<!\bmodels?\b[^.\n]{0,60})\bnot\s+(?:been\s+|yet\s+)?enabled\s+for\s+(?:your|this|the)\s+(?:organi[sz]ation|org|account|team|workspace)\b|(?:组织|团队|企业|账号)[^，。,.;；\n]{0,6}?(?:未开通|未启用)(?:该|此|这个)?(?:服务|功能)|\bModelArts\.81004\b|\binvalid\s+request\s+because\s+you\s+do\s+not\s+have\s+access\s+to\s+it\b/i;

/**
 * The service not open to this kind of account: W&B Inference's 429 "W&B Inference isn't available for personal
 * accounts. Please switch to a non-personal account to access W&B Inference." (docs.wandb.ai), "not available for free
 * accounts", "personal accounts are not supported", 个人账号不支持. Another kind of account there is taken.
 */
const accountKindWords =
	/\b(?:is\s+not|isn['’]t|not)\s+(?:yet\s+)?available\s+(?:for|to)\s+(?:personal|free|individual)\s+(?:accounts?|users?|plans?|tier)\b|\b(?:personal|individual)\s+accounts?\s+(?:are|is)\s+not\s+(?:supported|allowed|eligible)\b|\bswitch\s+to\s+a\s+non-personal\s+account\b|个人(?:账号|账户|用户)[^，。,.;；\n]{0,6}?(?:不支持|无法使用|不可使用|暂不开放)/i;

/** A key's or token's own limit (the account behind it may still have money). */
// "Token count has been exhausted token.RemainCount = 0" (a relay, at 401); new-api's older
// "!token.UnlimitedQuota && token.RemainQuota = 0".
// A LiteLLM proxy's budget on the key (or its user or team): "Budget has been exceeded! Current
// cost: x, Max budget: y", type budget_exceeded, sent with 400 or 429 (and type auth_error in
// older builds): money set aside at the proxy, which a wait does not bring back.
const tokenLimitWords =
	/令牌额度|token quota is not enough|\bbudget\s+has\s+been\s+exceeded\b|\bbudget_exceeded\b|\bexceeded\s+(?:the\s+|its\s+)?budget\b|\bover\s+budget\b|key limit exceeded|openrouter_key_limit|key with a higher (?:monthly )?limit|\btoken\.Remain\w*\s*=\s*0(?![.\d])|\btoken (?:count|quota|credits?|balance) (?:has been |is )?(?:exhausted|used up)/i;
const nothingAffordable = /can only afford 0(?!\.?\d)/i;

/**
 * The request itself is refused for what it asks, whoever pays for it: a conversation
 * longer than the model's context ("maximum context length"; OpenCode Zen's "The input (N
 * tokens) is longer than the model's context length (M tokens)"; Baidu Qianfan's 400 tokens_too_long "Prompt tokens
 * too long", its error-code page), a max_tokens out of range, content the service will not
 * process (moderationWords, read first), a request that names no model ("No model specified in request", Azure's
 * model-inference endpoint), messages in an order the model does not
 * take ("the role of last message …", Baidu Qianfan; DeepSeek's "The last message of deepseek-reasoner
 * must be a user message, or an assistant message with prefix mode on"; user and assistant turns that do not alternate:
 * Perplexity's "user and assistant roles should be alternating", Tencent Hunyuan's "角色需交替出现"), a request over a free tier's size (GitHub Models'
 * 413 "Request body too large"), a body DeepSeek cannot read as a chat request ("Failed to
 * deserialize the JSON body": content sent as a list where it wants a string; "Failed to parse
 * the request body as JSON"; the same content in a backend's words: Python's "sequence item 1: expected
 * str instance, list found", NVIDIA NIM's 500 for DeepSeek V4 Pro to an older Kilo Code, gone once Kilo
 * sent text, Kilo-Org/kilocode#9583, which had read as a failure to retry; ModelScope's "The content
 * field's type should be `str` in messages", modelscope/modelscope#1478), a parameter
 * that fails validation ("Invalid 'user_id': …"), or a conversation whose tool-call turns are
 * out of order or incomplete: tool_calls not followed by a tool answer for each call, a tool
 * message with no tool_calls before it, a thinking-mode turn sent back without its reasoning
 * ("must be passed back", DeepSeek's "Missing `reasoning_content` field", Moonshot's
 * "reasoning_content is missing"), a feature the model does not offer ("deepseek-reasoner
 * does not support successive user or assistant messages", "… does not support Json Output",
 * "… does not support the parameter `presence_penalty`"), or a parameter error named by its
 * code (`InvalidParameter`: Volcengine Ark, and Model Studio's and ModelScope's
 * "InternalError.Algo.InvalidParameter" with code `invalid_parameter_error`) or in Ark's words
 * for it, which clients show without the code ("One or more parameters specified in the
 * request are not valid", "The parameter `max_tokens` specified in the request are not
 * valid"), or AWS's error type for a request that fails validation (`ValidationException`:
 * Amazon Bedrock's "User messages cannot contain reasoning content", as botocore and the
 * SDKs name it), or two parameters the service will not take together (OpenCode's "cannot
 * specify both 'thinking' and 'reasoning_effort'" for DeepSeek V4), or a parameter the path
 * does not take, named by OpenAI's code for it (`unsupported_parameter`: DeepSeek V4.1's
 * "\"thinking\" is not supported on /v1/chat/completions"), or a tool declared with a
 * schema the API does not take ("Invalid schema for function 'x': schema must be a JSON Schema
 * of 'type: "object"'", DeepSeek to Kilo Code), or a required parameter left out, by its code
 * (Volcengine Ark's `MissingParameter` "The request failed because it is missing one or multiple
 * required parameters", lobehub/lobehub#6234; OpenAI's and Model Studio's
 * `missing_required_parameter` "you must provide a messages parameter", InternLM/MindSearch#307)
 * or those words, or a `response_format` the API does not offer (DeepSeek's "This
 * response_format type is unavailable now" for `json_schema`: llm-exe/llm-exe#662,
 * bytedance/deer-flow#545, Oakshen/crypto-trading-bot#24, which had read as no clear cause), or a
 * field the request's validation does not allow (pydantic's `extra_forbidden`, "Extra inputs are
 * not permitted": a `strict` on each tool's function in OpenDeepWiki's DeepSeek-V3 calls,
 * AIDotNet/OpenDeepWiki#134, the shape Huawei Cloud MaaS documents for it, which had read as a
 * wrong address), or Zhipu's code 1210 "API 调用参数有误，请检查文档。" (the API call's parameters are
 * wrong), passed on by ModelScope's Anthropic-compatible path to Claude Code (modelscope/modelscope#1495,
 * which had read as a wrong address), or Baidu Qianfan's code `malformed_json` (its 400 "Invalid Argument" for a
 * body that is not JSON, its error-code page), or a field named as invalid in a validator's words ("field
 * Thinking.BudgetTokens invalid, should be in (-∞, 1024]", SenseNova's DeepSeek V4 to Claude Code through CC
 * Switch, farion1231/cc-switch#6419): both had read as a wrong address on a relay's host. The key and the
 * money are fine; the app must send something else. Also "do not support" as well as "does not"
 * (a service's 400 "Model do not support image input. Request id: 0217…" to OpenCode,
 * anomalyco/opencode#47994), and a gateway's "invalid request, please check your request body"
 * (a relay passing on its upstream's 400 to an image sent to DeepSeek,
 * Dooy/chatgpt-web-midjourney-proxy#628): both had read as a wrong address on a relay's host.
 * DeepSeek's bare 422 "Invalid Parameters"
 * is not such a code: a service that is not the chat API the user meant may say it to any call.
 *
 * Zhipu's content filter, code 1301 "系统检测到输入或生成内容可能包含不安全或敏感内容…" (its error-code page,
 * docs.bigmodel.cn/cn/faq/api-code; "[1301][…]" as ZCode showed it, zai-org/feedback#516; English "…may contain
 * unsafe or sensitive content"), is the content of the request, like Azure's content filter.
 *
 * A parameter out of the model's range or content it cannot take, in OpenAI's words that
 * gateways pass on after their own: "max_tokens is too large: 384000. This model supports
 * at most 131072 completion tokens", "Model only supports text input; received unsupported
 * content type 'image_url'" (OpenCode Go, anomalyco/opencode#43802, proma-ai/Proma#1794,
 * which had read as its bare "Upstream request failed"), and "Invalid type for 'tools.23',
 * expected an json object" (a new-api gateway to Claude Code, QuantumNous/new-api#5380,
 * which had read as a wrong address).
 *
 * Also DeepSeek's other refusals of a request's shape, which had read as no clear cause: a tool
 * call and its output not paired as its Responses endpoint wants them ("No tool output found for
 * tool call call_…" when another item sits between them, deepseek-ai/DeepSeek-V3#1588; "No tool
 * call found for tool output with call_id …", TheManuelML/obsidian-agent#12), an assistant turn
 * with neither content nor tool calls ("Invalid assistant message: content or tool_calls must be
 * set", carlrobertoh/ProxyAI#830), a beta feature asked of the ordinary base URL ("prefix is only
 * available when using beta api (set base_url=\"https://api.deepseek.com/beta\")", through
 * LiteLLM, BerriAI/litellm#4881), and JSON output asked for by a prompt that never says "json"
 * ("Prompt must contain the word 'json' in some form to use 'response_format' of type
 * 'json_object'", the AI SDK's generateObject, vercel/ai#7913).
 *
 * And the turns of a conversation as the Anthropic-style validation words them (DeepSeek's own
 * answers, and Anthropic's, which tools that pair Claude with DeepSeek meet): an empty turn
 * ("messages.1335: all messages must have non-empty content", DeepSeek V4 Pro in OpenCode,
 * anomalyco/opencode#38654; Anthropic's "… except for the optional final assistant message" to
 * DeepClaude, ErlichLiu/DeepClaude#50), a tool call sent twice ("messages.135.content.3: `tool_use`
 * ids must be unique", vastsa/PI-Desktop#718), and DeepSeek's "The first message (except the
 * system message) of deepseek-reasoner must be a user message" (classfang/AIHub#20), whose words
 * between "first message" and "must be" are longer than the last message's. All had read as no
 * clear cause (the Anthropic one as "not DeepSeek's API").
 *
 * The thinking content is `reasoning_content` on the chat endpoint and `content[].thinking`
 * on the Anthropic one; both "must be passed back". The Anthropic endpoint's twin of
 * "Missing `reasoning_content` field" is "Missing thinking block in the assistant message".
 */
/**
 * A service's content moderation refusing what the request says, whoever pays for it: DeepSeek's
 * "Content Exists Risk" (400); Azure's content filter, code `content_filter`, "…triggering
 * Microsoft's content management policy", inner code `ResponsibleAIPolicyViolation`; Model
 * Studio's, code `data_inspection_failed`: "Input data may contain inappropriate content"; "可能包含
 * 不安全或敏感内容"; a new-api gateway's own word list, checked before any upstream is asked:
 * "Sensitive words detected", code `sensitive_words_detected`, sent with 500. The words the
 * request holds are what to change (the prompt, a file, earlier turns sent again), not its length.
 */
const moderationWords =
	/content exists risk|\bcontent[\s_-]+filter\b|\bcontent\s+management\s+policy\b|\bResponsibleAIPolicyViolation\b|可能包含不安全或敏感内容|\bmay\s+contain\s+unsafe\s+or\s+sensitive\s+content\b|\bmay\s+contain\s+inappropriate\s+content\b|\bsensitive[\s_-]+words?[\s_-]+detected\b/i;

const requestShapeWords =
	/maximum context length|\bprompt\s+tokens?\s+(?:is\s+|are\s+)?too\s+long\b|\blonger\s+than\s+the\s+model\W?s\s+context\s+length\b|context[\s_-]+(?:length|window)[\s_-]+(?:exceeded|is exceeded)|\bcontext_length_exceeded\b|invalid max_tokens|valid range of max_tokens|request body too large|failed\s+to\s+(?:deserialize\s+the\s+json|parse\s+the\s+request)\s+body|\bexpected\s+str\s+instance,\s+list\s+found\b|\bcontent\s+field\W?s\s+type\s+should\s+be\b|\binvalid\s+'[\w.[\]]+':|\binvalid\s+type\s+for\s+'[\w.[\]]+'|\bmax_tokens\s+is\s+too\s+large\b|\bsupports\s+at\s+most\s+\d+\s+completion\s+tokens\b|\bonly\s+supports\s+text\s+input\b|(?:reasoning_content|thinking)\b[^.\n]{0,60}?\bpassed back|\bmissing\s+\W?reasoning_content\b|\bmissing\s+thinking\s+block\b|\breasoning_content\W?\s+is\s+missing\b|\bmust\s+be\s+followed\s+by\s+tool\s+messages\b|\bmust\s+be\s+a\s+response\s+to\s+a\s+precee?ding\s+message\b|\bno\s+model\s+specified\b|\brole\s+of\s+(?:the\s+)?(?:last|first)\s+message\b|\b(?:last|first)\s+message\b[^.\n]{0,60}?\bmust\s+be\s+(?:an?\s+)?(?:user|assistant|system)\b|\ball\s+messages\s+must\s+have\s+non-empty\s+content\b|\btool_use\W?\s+ids\s+must\s+be\s+unique\b|\b(?:roles?|conversation)\b[^.\n]{0,40}?\b(?:must|should)\s+(?:be\s+)?alternat(?:e|ing)\b|\bappear\s+alternately\b|角色需?交替|\bno\s+tool\s+(?:output|call)\s+found\s+for\s+(?:the\s+)?tool\s+(?:call|output)\b|\binvalid\s+assistant\s+message\b|\bcontent\s+or\s+tool_calls\s+must\s+be\s+set\b|\bonly\s+available\s+when\s+using\s+(?:the\s+)?beta\s+api\b|\bmust\s+contain\s+the\s+word\s+\W?json\b/i;
const requestWords = new RegExp(
	`${requestShapeWords.source}|\\bdo(?:es)?\\s*(?:n[o'’]t|\\s+not)\\s+support\\b|\\bplease\\s+check\\s+your\\s+request\\s+body\\b|\\binvalid\\s+request\\s+body\\b|\\bInvalidParameter(?:Value)?\\b|\\binvalid_parameter(?:_error|_value)?\\b|\\bspecified\\s+in\\s+the\\s+request\\s+(?:is|are)\\s+not\\s+valid\\b|\\bValidationException\\b|\\bcannot\\s+specify\\s+both\\b|\\bunsupported[\\s_]parameter\\b|\\binvalid\\s+schema\\s+for\\s+function\\b|\\bMissingParameter\\b|\\bmissing_required_parameter\\b|\\bmissing\\s+one\\s+or\\s+(?:multiple|more)\\s+required\\s+parameters\\b|\\bmust\\s+provide\\s+an?\\s+\\w+\\s+parameter\\b|\\bresponse_format\\b[^.\\n]{0,40}?\\bunavailable\\b|\\bextra_forbidden\\b|\\bextra\\s+inputs\\s+are\\s+not\\s+permitted\\b|(?:调用|请求)参数有误|\\bmalformed_json\\b|\\bfield\\s+[\\w.[\\]]+\\s+(?:is\\s+)?invalid\\b`,
	'i',
);

/**
 * A model named and said to be unsupported there: OpenCode Zen's ModelError "Model x not supported"
 * (which it sends with 401, anomalyco/opencode#26897, a misspelt id in OpenCode's model cache, which
 * had read as a refused key), and "Model x is not supported on the full model list. Use GET
 * /inference/openai/v1/models …" (passed on by OpenCode's Console provider, anomalyco/opencode#37270,
 * which had read as a wrong address). A model id right after "model": "Model type x not supported"
 * (a local server lacking an architecture) is no model name.
 */
const unsupportedModelWords = /\bmodel\s+[\w./:@-]+\s+(?:is\s+)?not\s+supported\b/i;

/**
 * No permission to use the model the call names: Baidu Qianfan's 401 invalid_model "No permission to use the
 * model" (model鉴权失败, its inference API's error-code page), which had read as a refused key. The model's
 * access, not the key, despite the 401.
 */
const modelPermissionWords = /\b(?:no|(?:do|does)\s*(?:n[o'’]t|\s+not)\s+have)\s+permission\s+to\s+(?:use|access|call)\s+(?:the|this)\s+model\b/i;

/**
 * A free offer of one model that has ended: OpenCode Zen's 401 ModelError "Free promotion has
 * ended for DeepSeek V4 Flash Free. You can continue using the model by subscribing to OpenCode
 * Go" (passed on by 9router, decolua/9router#3270, which had read as a refused key: the free
 * model was taken off, anomalyco/opencode#43743), and a model "no longer free" in other words.
 * Tied to a model ("ended for x", "model … no longer free"): a free trial of an account that
 * ended is money, not this.
 */
const freeModelEndedWords =
	/\b(?:free\s+)?(?:promotion|promo|free\s+period|free\s+offer)\s+(?:has\s+|is\s+)?(?:ended|expired|over)\s+for\b|\bmodel\b[^.\n]{0,60}?\bno\s+longer\s+(?:available\s+)?(?:for\s+)?free\b/i;

/** What a service sends with 401 about a model (OpenCode Zen's ModelError, Qianfan's invalid_model): the model, not the key. */
const modelAt401Words = new RegExp(`${unsupportedModelWords.source}|${freeModelEndedWords.source}|${modelPermissionWords.source}`, 'i');

/**
 * "No such model (for you)" in the words services use: DeepSeek's "Model Not Exist" and
 * "The supported API model names are …, but you passed x",
 * SiliconFlow's "Model does not exist", OpenAI's "The model `x` does not exist or you do
 * not have access to it" (code model_not_found), AiHubMix's 503 "Incorrect model ID" (模型名字错误), OpenRouter's "x is not a valid model ID"
 * and "No endpoints found for x" (also "No endpoints found matching your data policy": the
 * account's privacy settings leave no provider that serves the model; and a router's provider filter
 * leaving none, "No available providers match the 'only' filter"), LiteLLM's "Invalid model name", DashScope's "Access to
 * model denied", AWS Bedrock's "You don't have access to the model" and "Model access is
 * denied" (and its "with on-demand throughput isn’t supported" for a model served only through
 * an inference profile), a model retired there (Groq's "has been decommissioned", SambaNova's
 * "is not available on SambaNova Cloud", NVIDIA's "has reached its end of life"), one-api/new-api's "当前分组 … 下对于模型 x 无可用渠道" (new-api's English "No
 * available channel for model x under group y"), NVIDIA's "Function
 * 'id': Not found for account 'id'" (it runs each model as a cloud function), a model "only
 * available hosted in China" until the account opts in, or "not available in your region", a model
 * switched off there (SiliconFlow's 403 code 30003 "Model disabled."), and a gateway token
 * limited to other models (one-api's 403 "该令牌无权使用模型：x", new-api's "该令牌无权访问模型 x" /
 * "This token has no access to model x"). Never a bare "Not Found": a wrong path says that too.
 */
const modelWords = new RegExp(
	[
		String.raw`\bmodel\b(?:[^.。\n]|\.(?=\w)){0,80}?(?:\bnot\s+exists?\b|\bdoes\s*n[o']t\s+exist|\bnot\s+found\b)`,
		String.raw`\b(?:not\s+a\s+valid|invalid|incorrect|unknown|unsupported)\s+model\b`,
		unsupportedModelWords.source,
		freeModelEndedWords.source,
		modelPermissionWords.source,
		String.raw`\bmodel_not_(?:found|exists?|available)\b|\bInvalidEndpointOrModel\b|\bDeploymentNotFound\b`,
		String.raw`\baccess\s+to\s+(?:the\s+)?model\b(?:[^.\n]|\.(?=\w)){0,40}?\bdenied\b|\bnot\s+authorized\s+to\s+access\s+the\s+requested\s+model\b`,
		// AWS Bedrock's AccessDeniedException: "You don't have access to the model with the
		// specified model ID." and "Model access is denied due to …" (model access not enabled);
		// its ValidationException "The provided model identifier is invalid." (a model ID Bedrock
		// does not have): a model, before the request-refused reading of ValidationException.
		String.raw`\b(?:do|does)\s*(?:n[o']t|\s+not)\s+have\s+access\s+to\s+the\s+model\b|\bmodel\s+access\s+(?:is\s+)?denied\b|\bmodel\s+identifier\s+is\s+invalid\b`,
		// Bedrock serves some models (DeepSeek-R1) only through an inference profile: "Invocation
		// of model ID deepseek.r1-v1:0 with on-demand throughput isn’t supported. Retry your
		// request with the ID or ARN of an inference profile …" (with AWS's curly apostrophe, and
		// often without the ValidationException name): the model id, not the request's shape.
		String.raw`\bon-demand\s+throughput\s+is(?:n['’]t|\s+not)\s+supported\b`,
		// A model the service has retired: Groq's 400 "The model `x` has been decommissioned and
		// is no longer supported" (code model_decommissioned), SambaNova's 410 "The requested model
		// (x) is not available on SambaNova Cloud", NVIDIA's 410 "The model 'x' has reached its end
		// of life on … and is no longer available". Only after the word "model": an API version
		// or a path retired says nothing about the model.
		String.raw`\bmodel\b(?:[^.。\n]|\.(?=\w)){0,80}?\b(?:has\s+been\s+decommissioned|(?:has\s+)?reached\s+its\s+end[\s-]+of[\s-]+life|is\s+no\s+longer\s+available|is\s+not\s+available\s+on)\b|\bmodel_decommissioned\b`,
		String.raw`\bno\s+endpoints\s+(?:found|available)\s+(?:for|matching)\b`,
		// Cloudflare Workers AI's 400 "No such model ${model} or task" (its code 5007) and 404 "The model name is invalid"
		// (3042, Invalid model ID), as its errors page gives them, which had read as "not DeepSeek's API".
		String.raw`\bno\s+such\s+model\b|\bmodel\s+(?:name|id)\s+is\s+invalid\b`,
		// A router with per-model provider filters that leaves this model none to go to: Command Code's
		// 400 "No available providers match the 'only' filter: deepseek. Available providers are: …" for
		// deepseek/deepseek-v4-flash while other ids answered (CommandCodeAI/command-code#827, which had
		// read as a wrong address), OpenRouter's "No allowed providers are available for the selected model".
		String.raw`\bno\s+(?:available|allowed)\s+providers?\s+(?:match|(?:are\s+|is\s+)?available\s+for)\b`,
		// DeepSeek's 400 for a name it does not serve (since its V4 names): "The supported API
		// model names are deepseek-v4-pro or deepseek-v4-flash, but you passed x".
		String.raw`\bsupported\s+(?:API\s+)?model\s+names\s+are\b`,
		// new-api's English "No available channel for model x under group y (distributor)", the
		// twin of its "分组 … 下模型 x 无可用渠道": the model is not open to this token's group.
		String.raw`\bno\s+available\s+channels?\s+for\s+(?:the\s+)?model\b`,
		// Volcengine Ark: 404 ModelNotOpen "has not activated the model x", and its "endpoint"
		// (an inference endpoint, which is what Ark calls a model) "that does not exist", or
		// closed: 400 InvalidEndpoint.ClosedEndpoint "targeted an endpoint that is currently
		// closed or temporarily unavailable" (推理接入点…已被关闭), as when Ark moved a retired
		// model's endpoint to a model the account had not activated (Coze's notice on it). Its API
		// reference's other two: 403 OperationDenied.ServiceNotOpen "the model service is unavailable,
		// please go to the Volcano Ark console activation management page to activate the corresponding
		// model service", and 404 InvalidEndpointOrModel.ModelIDAccessDisabled "Accessing the model via
		// Model ID is not allowed for your account. Please use a custom endpoint ID instead."
		// (The first two and ModelNotOpen are modelNotActivatedWords and modelIdRefusedWords, read before these.)
		String.raw`\btargeted\s+an\s+endpoint\s+that\s+(?:does\s+not\s+exist|is\s+(?:currently\s+)?closed)\b|\bClosedEndpoint\b|推理接入点[^，。\n]{0,10}?已被关闭`,
		// A model kept from this account by where it is served: OpenCode Go's 403 RegionError "The
		// latest version of this model is only available hosted in China and requires explicit opt
		// in", "This model is not available in your region".
		String.raw`\bmodel\b[^.\n]{0,60}?\b(?:only|not)\s+available\s+(?:hosted\s+)?in\b`,
		// NVIDIA (NVCF): the model's function is not open to this account, or no longer there.
		String.raw`\bfunction\b[^.\n]{0,80}?\bnot\s+found\s+for\s+account\b`,
		// A model switched off (SiliconFlow retires models with 403 "Model disabled."), and a
		// gateway token whose model list leaves this one out.
		String.raw`\bmodel\s+(?:is\s+|has\s+been\s+)?disabled\b|\btoken\s+has\s+no\s+access\s+to\s+(?:the\s+)?model\b`,
		// AiHubMix's 503 "模型名字错误…或当前分组下对于模型无使用权限" (and "Incorrect model ID", above).
		'模型[^，。\\n]{0,80}?(?:不存在|无可用渠道|未找到|未开通)|无权(?:访问|使用)(?:该)?模型|模型名(?:字|称)?错误|模型无使用权限',
	].join('|'),
	'i',
);

/**
 * A gateway with no price set for the model the call names (new-api's model_price_error, in
 * both its languages, also "价格未配置" alone in the builds that dropped the ratio): see wordRules.
 */
/** Volcengine Ark's model not activated for the account: 404 ModelNotOpen "has not activated the model x", 403 ServiceNotOpen "… activate the corresponding model service". */
const modelNotActivatedWords = /\bhas\s+not\s+(?:been\s+)?activated\s+the\s+model\b|\bModelNotOpen\b|\bactivate\s+the\s+(?:corresponding\s+)?model\s+service\b/i;

/** Volcengine Ark's 404 ModelIDAccessDisabled: the account calls models only by an inference endpoint's id (ep-…). */
const modelIdRefusedWords = /\bmodel\s+via\s+model\s+id\s+is\s+not\s+allowed\b|\bModelIDAccessDisabled\b/i;

const unpricedModelWords = /倍率或价格未配置|倍率和价格均未设置|价格未配置|\bratio\s+or\s+price\s+not\s+set\b|\bmodel_price_error\b/i;

/**
 * A gateway's user banned or disabled by its operator: one-api's and new-api's 403
 * "用户已被封禁" (new-api's English "User has been banned"), new-api's "该用户已被禁用" /
 * "This user has been disabled". Also a provider's lock on the account as a whole: Kiro's
 * 403 "Your User ID (…) temporarily is suspended. We've locked your account as a security
 * precaution" (through OmniRoute, diegosouzapw/OmniRoute#2026), OpenAI's "This key is
 * associated with a deactivated account", Groq's 400 "Organization has been restricted" (quoted
 * in songquanpeng/one-api#271; hence 400 too), Anthropic's 400 "This organization has been
 * disabled." (an account test in Wei-Shaw/sub2api#328), and an account (or the address it calls
 * from) banned there: deepseek-free-api's "创建会话失败，可能是账号或IP地址被封禁" when chat.deepseek.com
 * refuses the web account behind its token (LLM-Red-Team/deepseek-free-api#23), and AiHubMix's 403 whose whole
 * message is "Account suspended." (a user disabled or blacklisted, as its error-code page gives it; only as the
 * whole message, with or without its trace id, since "account suspended" inside a longer one may be money), and OpenCode
 * Zen's and Go's 401 AuthError "Request blocked by upstream provider." (anomalyco/opencode#39215: despite its words,
 * OpenCode's own block on the workspace, refused at its edge while /models takes the same key; a new key or account
 * did not help), and OpenCode Go's "Upstream request failed: [permission_error] API access paused for this organization"
 * (anomalyco/opencode#49639: access paused for the account there, which only its support lifts), and DeepSeek's own
 * "Due to violation of user policies, your account has been suspended until August 19, 2026 14:39." (passed on by
 * OmniRoute, diegosouzapw/OmniRoute#10667), in Chinese "你的账号已被禁言至2026年5月21日16:09" (muted, as
 * deepseek-free-api quotes it for the web account behind it, Fly143/deepseek-free-api#9). Not a suspension for money: Fireworks' "Account X
 * is suspended" is its own vendor entry (arrears), and a suspension that says "overdue" is
 * the arrears words', which come first.
 */
const userBlockedWords =
	/用户已被(?:封禁|禁用)|账[号户][^，。\n]{0,12}?被(?:封禁|禁言)|\buser\s+(?:has\s+been|is)\s+(?:banned|disabled)\b|\blocked\s+your\s+account\b|\byour\s+(?:user\s+id|account)\b[^.\n]{0,40}?\b(?:is|has\s+been)\s+(?:temporarily\s+)?suspended\b|(?:^|\n)[^\S\n]*account\s+suspended\.?(?:\s*\(tid:\s*\w+\))?[^\S\n]*(?:\n|$)|\bdeactivated\s+account\b|\borganization\s+(?:has\s+been|is)\s+(?:restricted|suspended|deactivated|disabled|paused)\b|\baccess\s+(?:has\s+been\s+|is\s+)?paused\s+for\s+(?:this|your)\s+(?:organization|account|workspace)\b|\brequest\s+blocked\s+by\s+(?:the\s+)?upstream\s+provider\b/i;
/**
 * When a lock on the account ends, as its words give it: "suspended until August 19, 2026 14:39"
 * (DeepSeek's, diegosouzapw/OmniRoute#10667), "封禁至 2026-08-19", "禁言至2026年5月21日16:09". Only an end that starts as a date
 * or a time does (a digit, or a month and a day), so "suspended until you verify your identity" or "until
 * further notice" gives none; at most 40 characters.
 */
const lockEndWords =
	/\buntil\s+((?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)(?:[^.;!?\n]|\.(?=\d))*)|(?:封禁|禁言|禁用|冻结|暂停|锁定)(?:至|到)\s*(\d[^，。；！？\n]*)/i;

export function lockEndsAt(words: string | undefined): string | undefined {
	const found = words === undefined ? null : lockEndWords.exec(words);
	const end = (found?.[1] ?? found?.[2])?.trim();
	return end === undefined || end.length === 0 || end.length > 40 ? undefined : end;
}

/**
 * DeepSeek's own answer to a path it does not serve: 404 {"event_id": "30-…", "error_msg": "Not Found.
 * Please check the configuration."} (its root, /v1/embeddings; as Claude Code printed claude-code-router
 * passing it on, musistudio/claude-code-router#250, where the router had DeepSeek's base URL and wants
 * the whole endpoint URL). Passed on by another service, it says that service reaches DeepSeek at a
 * wrong address. Only at 404.
 */
const deepSeekNotFoundWords = /\bNot\s+Found\.\s+Please\s+check\s+the\s+configuration\b/i;

export function isDeepSeekNotFound(status: number | undefined, words: string | undefined): boolean {
	return status === 404 && words !== undefined && deepSeekNotFoundWords.test(words);
}

/**
 * A service that serves these calls only from its own app or approved channels: "can only be used
 * from within <app>" (OpenCode Zen's free tier; "can only be used in OpenCode" in an older build),
 * "from an unapproved channel" (CodeBuddy's 11128).
 */
const clientOnlyWords = /\bcan\s+only\s+be\s+used\s+from\s+within\b|\bfree\s+tier\s+can\s+only\s+be\s+used\s+in\b|\bfrom\s+an?\s+unapproved\s+channel\b/i;
/**
 * A token disabled in the gateway's console, or expired: one-api's and older new-api's 401
 * "该令牌状态不可用" (new-api's English "This token status is unavailable"), "该令牌已过期" /
 * "This token has expired". Not an expiry offered as one of two causes: Zhipu's 401 "令牌已过期或验证不正确"
 * ("expired or not verified correctly") is what it says of any key it does not take.
 */
const tokenBlockedWords = /令牌状态不可用|令牌已被禁用|令牌已过期(?!或)|\btoken\s+status\s+is\s+unavailable\b|\btoken\s+(?:has\s+been|is)\s+disabled\b|\btoken\s+has\s+expired\b(?!\s+or\b)/i;

/**
 * A gateway refusing the group a token is in, before anything else (new-api's TokenAuth, at 403):
 * "无权访问 auto 分组" (not among the groups the account may use; every call of a token in the
 * "auto" pseudo-group, until fixed, QuantumNous/new-api#4719), "令牌分组 X 已被禁用" (its older
 * words for that), "分组 X 已被弃用" (a group the operator removed or renamed, QuantumNous/new-api#4875),
 * and its English "No permission to access this group". The token's group, not its key: a new key in
 * the same group is refused the same way.
 */
const tokenGroupWords = /令牌分组\s*\S+\s*已被禁用|无权访问\s*\S+\s*分组|分组\s*\S+\s*已被弃用|\bno\s+permission\s+to\s+access\s+this\s+group\b/i;

/**
 * The prompt alone is more than the credit left pays for (OpenRouter's 402 "Prompt tokens limit
 * exceeded: 23229 > 14796", continuedev/continue#11584 and #11227; with "create a key with a higher
 * monthly limit" when the key's own limit is what is left, anomalyco/opencode#12219): its length,
 * not max_tokens, is what to lower.
 */
const promptTooLongWords = /\bprompt\s+tokens\s+limit\s+exceeded\b/i;

/**
 * A key's plan takes prompts up to a number of tokens only, whatever the credit: ChatAnywhere's
 * free key, 403 "免费API限制模型输入token小于4096 … The number of prompt tokens for free accounts
 * is limited to 4096" (chatanywhere/GPT_API_free#331 and #496, whose maintainers say so): a
 * free account's, key's, tier's or plan's limit on its prompt (input) tokens, in either language.
 */
const promptCapWords = /\b(?:number\s+of\s+)?(?:prompt|input)\s+tokens\s+(?:for|of|on)\s+(?:the\s+)?free\s+(?:accounts?|keys?|tier|plan|users?)\s+(?:is|are)\s+limited\s+to\b|免费[^\n。，,]{0,12}?(?:输入|提示)\s*token\s*数?\s*(?:小于|不超过|不能超过|上限)/i;

/** The cap such an answer names ("limited to 4096", "小于4096"), for the sentences to say it; undefined where it names none. */
export function promptCapTokens(message: string | undefined): number | undefined {
	const found = /\blimited\s+to\s+(\d{3,7})\b|(?:小于|不超过|不能超过|上限为?)\s*(\d{3,7})/i.exec(message ?? '');
	const tokens = found?.[1] ?? found?.[2];
	return tokens === undefined ? undefined : Number(tokens);
}

/** One table, most specific first: the first rule whose words (and status, if given) match wins. */
const wordRules: readonly WordRule[] = [
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
	// allowed only from approved IP ranges." (`该令牌只能在指定网段使用`, its error-code page), before the key words:
	// such a 403 fails the key check, yet the key is good from a listed address.
	{kind: 'address_refused', words: /不在令牌允许访问的列表|当前 ?IP ?无访问权限|只能在指定网段使用|\baccess denied\. your ip is\b|\ballowed only from approved IP ranges\b/i, statuses: [401, 403]},
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
	{kind: 'model_not_found', words: modelWords, statuses: [200, 400, 403, 404, 410, 422, 500, 503]},
	// Only where services refuse a request's shape (DeepSeek: 400): "fewer max_tokens" at 402
	// is about the credit left, and the type "invalid_request_error" alone means nothing.
	// Moderation first: its words name no length or parameter, and rewording is the fix (also at a gateway's 500).
	{kind: 'request_refused', words: moderationWords, statuses: [400, 413, 422, 500, 502], moderation: true, message: () => signatureMessages.requestModerated},
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
	{
		kind: 'invalid_key',
		words: /invalid[\s_-]*(?:api[\s_-]*)?(?:key|token)|authentication[\s_-]*(?:fails|failed|error)|incorrect api key|no auth credentials|api key (?:is )?(?:invalid|not valid)|无效的令牌|令牌无效|未提供令牌/i,
		statuses: [200, 401, 403],
	},
];

/** What the status alone says when no words settled it. */
function byStatus(status: number, hasError: boolean): SignatureKind | undefined {
	if (status === 402) return 'balance_exhausted';
	if (status === 429) return 'rate_limited';
	if (status >= 500) return 'server_error';
	// Request Timeout: the service (or a gateway in front of it) gave up on the call, as OpenRouter
	// does while it is down: a failure on that side, to wait out, not a wrong address.
	if (status === 408) return 'server_error';
	if (status === 401) return 'invalid_key';
	// Payload Too Large: the request itself, whoever says it, also as a front server's web page
	// (DeepSeek's openresty, a local proxy's body limit).
	if (status === 413) return 'request_refused';
	// A 200 that carries an error instead of a completion (DeepSeek after a long queue).
	if (status === 200 && hasError) return 'server_error';
	return undefined;
}

// ─── Vendors' own wordings (to say whose wording it is, and a more precise sentence) ──

type Signature = {
	statuses: readonly number[];
	matches(seen: Seen): boolean;
	provider(seen: Seen): ProviderId;
	kind(seen: Seen): SignatureKind;
	message?(seen: Seen): string;
	ambiguous?: true;
	inFlightBudget?: true;
};

/**
 * one-api or new-api? The detected provider settles it; then the error type
 * (`one_api_error` / `new_api_error`); then what the message is typical of.
 */
function gatewayFamily(seen: Seen, typical: 'one-api' | 'new-api'): ProviderId {
	if (seen.hint === 'one-api' || seen.hint === 'new-api') return seen.hint;
	if (seen.type === 'new_api_error') return 'new-api';
	if (seen.type === 'one_api_error') return 'one-api';
	return typical;
}

/**
 * Cloudflare's AI Gateway answering in its own name (docs/relays.md): its error list
 * (`"success":false … "error":[{"code":…}]`) with its own code for each status: 2009 its
 * Authenticated Gateway token missing or refused, 2003 its rate limit, 2045 a spend limit set
 * on it, 2021 its Unified Billing credits used up.
 */
const aiGatewayCodes: ReadonlyMap<number, readonly string[]> = new Map([
	[401, ['2009']],
	[429, ['2003', '2045']],
	[402, ['2021']],
]);
const aiGatewayBody = /"success"\s*:\s*false\s*,[\s\S]*"error"\s*:\s*\[\s*\{\s*"code"\s*:\s*20\d\d\b/;

/** Go's net/http text for a path it has no handler for, the whole body. */
const goNotFoundPage = /^404 page not found$/i;

/** Go's bare 404 page ("404 page not found", the whole message): it names no model and no path. */
export function isBareNotFoundPage(status: number | undefined, words: string | undefined): boolean {
	return status === 404 && words !== undefined && goNotFoundPage.test(words.trim());
}

/** A 404 with nothing in it: no body, or only the words an OpenAI SDK prints for none. */
function isEmptyNotFound(words: string): boolean {
	const said = [...new Set(words.split('\n').map(line => line.trim()).filter(Boolean))];
	return said.length === 0 || (said.length === 1 && /^(?:404 )?status code \(no body\)$/i.test(said[0] ?? ''));
}

/** Most specific first: the first match wins. */
const vendorSignatures: readonly Signature[] = [
	{
		// NVIDIA's API catalog answers a chat call for a model id it does not serve (retired, or never
		// there) with Go's bare "404 page not found", as for a path it lacks, while GET /v1/models at
		// the same base answers (nestcn/docs.nestjs.cn#564: deepseek-ai/deepseek-v3_1 after it was
		// retired, which had read as a wrong address; continuedev/continue#10303 says the same of an id
		// it does not have). Only at its host, and only the whole body: a wrong path there gets the same
		// page for the model list too, which the diagnosis then reads as the path (relay in diagnose/relay.ts).
		statuses: [404],
		matches: seen => seen.hint === 'nvidia' && isBareNotFoundPage(seen.status, [...new Set(seen.words.split('\n').map(line => line.trim()).filter(Boolean))].join('\n')),
		provider: () => 'nvidia',
		kind: () => 'model_not_found',
	},
	{
		// Hyperbolic answers a chat call for a model id it does not serve with an empty 404 (the OpenAI
		// SDK prints "404 status code (no body)"), while its model list answers: DeepSeek's own
		// deepseek-chat sent where its id is deepseek-ai/DeepSeek-V3 (cline/cline#1109, which had read as
		// a wrong address). Only at its host: elsewhere an empty 404 says nothing of what is missing.
		statuses: [404],
		matches: seen => seen.hint === 'hyperbolic' && isEmptyNotFound(seen.words),
		provider: () => 'hyperbolic',
		kind: () => 'model_not_found',
	},
	{
		statuses: [...aiGatewayCodes.keys()],
		matches: seen => (aiGatewayCodes.get(seen.status)?.includes(seen.code) ?? false) && aiGatewayBody.test(seen.words),
		provider: () => 'cloudflare-ai-gateway',
		kind: seen => (seen.status === 401 ? 'invalid_key' : seen.status === 402 ? 'balance_exhausted' : 'rate_limited'),
		message: seen => (seen.status === 401 ? signatureMessages.gatewayTokenRefused : kindMessages()[seen.status === 402 ? 'balance_exhausted' : 'rate_limited']),
	},
	{
		// Helicone's proxy refusing its own key (the one in Helicone-Auth): a 401 whose whole body
		// is text, "Invalid Helicone API key" (continuedev/continue#10196, on its OpenAI proxy host, as
		// Continue shows it; a 2025 version of its worker). Through its DeepSeek gateway the DeepSeek key was not checked.
		statuses: [401],
		matches: seen => /^(?:401\s+)?Invalid Helicone API key\b/i.test(seen.words.trim()),
		provider: () => 'helicone',
		kind: () => 'invalid_key',
		message: () => signatureMessages.gatewayTokenRefused,
	},
	{
		// OpenRouter's in-flight spending budget: a 402 with limit_source openrouter_in_flight_budget
		// (reason in_flight_budget_exhausted, "This request would exceed your available credits given
		// your current in-flight requests…") while the balance is positive: the estimated cost of the
		// paid calls running or just finished holds a share of the balance. It passes (Retry-After),
		// and more credit raises it (its limits page): too many at once for the balance, not an empty one.
		statuses: [402],
		matches: seen => seen.limitSource === 'openrouter_in_flight_budget',
		provider: () => 'openrouter',
		kind: () => 'rate_limited',
		message: () => signatureMessages.rateLimitedByBalance,
		inFlightBudget: true,
	},
	{
		// OpenRouter: {"error":{"code":402,"message":…,"metadata":{"limit_source":…}}}
		statuses: [402],
		matches: seen => seen.limitSource !== undefined || /Insufficient credits|requires more credits, or fewer max_tokens/i.test(seen.words),
		provider: () => 'openrouter',
		kind: seen =>
			seen.limitSource === 'openrouter_key_limit' || tokenLimitWords.test(seen.words) ? 'token_exhausted'
			: nothingAffordable.test(seen.words) ? 'balance_exhausted'
			: /fewer max_tokens|can only afford/i.test(seen.words) ? 'request_too_costly'
			: 'balance_exhausted',
	},
	{
		// Together AI: 402 type credit_limit "Credit limit exceeded. Please navigate to …"
		statuses: [402],
		matches: seen => seen.type === 'credit_limit' || /Credit limit exceeded/i.test(seen.words),
		provider: () => 'together',
		kind: () => 'balance_exhausted',
	},
	{
		// DeepSeek: 402 "Insufficient Balance"
		statuses: [402],
		matches: seen => /\bInsufficient Balance\b/i.test(seen.words),
		provider: () => 'deepseek',
		kind: () => 'balance_exhausted',
	},
	{
		// SiliconFlow: 403 "The selected model requires paid balance. Your paid balance is insufficient. …"
		statuses: [403],
		matches: seen => /requires paid balance|paid balance is insufficient/i.test(seen.words),
		provider: () => 'siliconflow',
		kind: () => 'model_needs_paid_balance',
	},
	{
		// one-api model/token.go, older new-api builds: 401 "该令牌额度已用尽 …"
		statuses: [401, 200],
		matches: seen => /该令牌额度已用尽/.test(seen.words),
		provider: seen => gatewayFamily(seen, /TokenStatusExhausted|UnlimitedQuota/.test(seen.words) ? 'new-api' : 'one-api'),
		kind: () => 'token_exhausted',
	},
	{
		// one-api: 403 pre_consume_token_quota_failed "令牌额度不足" / "用户额度不足";
		// new-api forks: "token quota is not enough, token remain quota: …"
		statuses: [403],
		matches: seen => seen.code === 'pre_consume_token_quota_failed' || /token quota is not enough|令牌额度不足/i.test(seen.words),
		provider: seen => gatewayFamily(seen, /token quota is not enough/i.test(seen.words) ? 'new-api' : 'one-api'),
		kind: seen => (/用户额度不足/.test(seen.words) ? 'user_quota' : 'token_exhausted'),
	},
	{
		// one-api: 403 insufficient_user_quota "user quota is not enough";
		// new-api: "用户额度不足, 剩余额度: …" / "预扣费额度失败, 用户剩余额度: …"
		statuses: [403],
		matches: seen => seen.code === 'insufficient_user_quota' || /用户额度不足|预扣费额度失败|user quota is not enough/i.test(seen.words),
		provider: seen => gatewayFamily(seen, /用户额度不足|预扣费额度失败/.test(seen.words) ? 'new-api' : 'one-api'),
		kind: () => 'user_quota',
	},
	{
		// new-api model/token.go: current builds say "无效的令牌" for invalid AND used-up tokens;
		// one-api says it for invalid ones. Only /api/usage/token/ tells them apart.
		statuses: [401],
		matches: seen => /无效的令牌/.test(seen.words),
		provider: seen => gatewayFamily(seen, 'new-api'),
		kind: () => 'invalid_key',
		message: () => signatureMessages.gatewayInvalidToken,
		ambiguous: true,
	},
	{
		// Fireworks: 412 {"error":{"code":"PRECONDITION_FAILED","message":"Account X is suspended, …"}}
		statuses: [412],
		matches: seen => seen.code === 'PRECONDITION_FAILED' || /Account \S+ is suspended/i.test(seen.words),
		provider: () => 'fireworks',
		kind: () => 'account_overdue',
	},
	{
		// Volcengine Ark: 403 type Forbidden, code AccountOverdueError
		statuses: [403],
		matches: seen => seen.code === 'AccountOverdueError',
		provider: () => 'volcengine-ark',
		kind: () => 'account_overdue',
	},
	{
		// DashScope: 400 type/code Arrearage "Access denied, please make sure your account is in good standing…"
		statuses: [400],
		matches: seen => seen.code === 'Arrearage' || seen.type === 'Arrearage',
		provider: () => 'dashscope',
		kind: () => 'account_overdue',
	},
	{
		// Model Studio (DashScope) words its own per-minute limits as quota: "Allocated quota exceeded" and
		// OpenAI's "You exceeded your current quota" for tokens per minute, "You exceeded your current
		// requests list" for requests, codes Throttling.* (its rate-limit page). At its host a 429 in those
		// words resets within a minute; an account in arrears is refused with 400 Arrearage instead.
		statuses: [429],
		matches: seen =>
			seen.hint === 'dashscope' && (/^Throttling\b/.test(seen.code) || /\ballocated quota exceeded\b|\bexceeded your current (?:quota|requests list)\b/i.test(seen.words)),
		provider: () => 'dashscope',
		kind: () => 'rate_limited',
	},
	{
		// OpenAI: 429 insufficient_quota "You exceeded your current quota, …" (gateways pass it on too).
		statuses: [429],
		matches: seen => seen.code === 'insufficient_quota' || seen.type === 'insufficient_quota',
		provider: () => 'openai',
		kind: () => 'balance_exhausted',
	},
	{
		// GitHub Models: free tier "Rate limit of 10 per 60s exceeded for UserByModelByMinute…".
		statuses: [429],
		matches: seen => seen.hint === 'github-models' || /Rate limit of \d+ per \d+s exceeded/i.test(seen.words),
		provider: () => 'github-models',
		kind: () => 'rate_limited',
	},
];

// ─── Whose refusal the answer passes on ─────────────────────────────────────────

/** Text with quotes made alike and backslashes and whitespace dropped: escaped, repr'd or terminal-wrapped JSON reads the same. */
function flattened(text: string): string {
	return text.slice(0, bodyPrefixLength).replace(/[\\\s]/g, '').replace(/'/g, '"');
}

/** DeepSeek's own error object, `{"message":"Insufficient Balance","type":"unknown_error",…}`, however it was wrapped. */
const deepSeekBalanceObject = /"message":"InsufficientBalance","type":"unknown_error"/;

/** DeepSeek's words with its type (a relay's own "insufficient balance" has neither), parsed or in the raw text. */
function carriesDeepSeekBalanceBody(input: SignatureInput): boolean {
	const parsed = input.apiError;
	if (parsed && flattened(parsed.message) === 'InsufficientBalance' && flattened(parsed.type ?? '') === 'unknown_error') return true;
	const text = flattened(input.text ?? '');
	return deepSeekBalanceObject.test(text) || namesDeepSeekBalanceRefusal(text);
}

/** DeepSeek's exact message, whole, as an error object's message or an AI SDK error's (`AI_APICallError: Insufficient Balance`). */
const deepSeekBalanceWords = /(?:"message":"|AI_APICallError:)InsufficientBalance(?:"|$)/;
/** Where the answer says it came from DeepSeek: its API's address (an AI SDK error keeps the URL it called) or a DeepSeek model's id. */
const namesDeepSeek = /api\.deepseek\.com|\bdeepseek[-/](?:v\d|chat\b|reasoner\b|coder\b)/i;

/**
 * DeepSeek's exact words without its type, in an answer that names DeepSeek as the API it
 * called or the model it served (Cline's gateway keeping the AI SDK's error with DeepSeek's
 * URL, OpenCode Go's log line for deepseek-v4-pro). The words alone are not enough: a
 * proxy in front of NVIDIA says them too.
 */
function namesDeepSeekBalanceRefusal(text: string): boolean {
	return deepSeekBalanceWords.test(text) && namesDeepSeek.test(text);
}

/**
 * OpenRouter's message for a provider's refusal it passes on, also as a gateway in front of it
 * words it ("Error from provider: Provider returned error", OpenCode Go, anomalyco/opencode#25458).
 */
const providerReturnedError = /^(?:Error from provider(?:\s*\([^)\n]{0,40}\))?:\s*)?Provider returned error\b/i;

/**
 * The provider behind a service whose own answer this is, when the answer says so in so
 * many words: OpenRouter's "Provider returned error" names it in `metadata.provider_name`
 * (with `is_byok` not true: OpenRouter's own account there, not a key the user linked; its
 * own refusals, such as "requires more credits", may name the provider too), and
 * DeepSeek's whole error object (message "Insufficient Balance", type "unknown_error") is
 * DeepSeek's, whoever passed it on — also escaped inside another error, in Python's repr,
 * or wrapped by a terminal — and so are its exact words in an answer that names DeepSeek's
 * API or model. Words alone prove nothing: relays say "insufficient balance" about their
 * own money too.
 */
function passedOnFrom(input: SignatureInput): string | undefined {
	const apiError = input.apiError;
	const metadata = asObject(apiError?.metadata);
	const named = stringField(metadata?.provider_name);
	const passingOn = apiError !== undefined && providerReturnedError.test(apiError.message);
	// A key the user linked there: the account that cannot pay is the user's own.
	if (passingOn && metadata?.is_byok === true && !linkedByAnotherService(input.askedUrl)) return undefined;
	if (passingOn && named !== undefined && named.trim() !== '') return oneLine(named, 40);
	return aiSdkCalled(input.text ?? '', input.askedUrl) ?? (carriesDeepSeekBalanceBody(input) ? 'DeepSeek' : anthropicCreditWords.test(`${apiError?.message ?? ''}\n${input.text ?? ''}`) ? 'Anthropic' : undefined);
}

/**
 * OpenRouter's `is_byok` says the call used a key linked to the OpenRouter account that
 * answered. Asked at OpenRouter itself, or through a proxy on this computer, that account and
 * its keys are the user's; a service elsewhere that passes OpenRouter's answer on (OpenCode Go,
 * anomalyco/opencode#25458: Moonshot's "suspended due to insufficient balance" with `is_byok`
 * true while the user's plan was paid) linked its own key there, so the account that cannot
 * pay is that service's upstream one.
 */
function linkedByAnotherService(askedUrl: string | undefined): boolean {
	const host = hostOfBaseUrl(askedUrl ?? '');
	return host !== undefined && !isLoopbackHost(host) && matchHost(host)?.row.id !== 'openrouter';
}

/**
 * Anthropic's own refusal for the credit of the account calling it ("Your credit balance is
 * too low to access the Anthropic API"): from a relay, it is the relay's Anthropic account
 * that cannot pay (DMXAPI passing it on as a 500, errs.dmxapi.cn 1759). From Anthropic's own
 * host it is the user's (the diagnosis drops an upstream that is the service itself).
 */
const anthropicCreditWords = /\bcredit balance is too low to access the Anthropic API\b/i;

/** An AI SDK error object, and the address of the API it called (its `url` field: scheme and host). */
const aiSdkError = /\bAI_APICallError\b/;
const calledUrl = /"url"\s*:\s*"(https?:\/\/[^"\s/?#]+)/;

/**
 * The service an AI SDK error says it called, when a gateway passes that error on as its
 * own answer (Vercel's AI Gateway: `"type":"AI_APICallError"` with `"url":"https://api.z.ai/…"`):
 * the provider table's name for that host, else the host. None when it called the very host
 * that answered: that is the calling program's own log of its call (OpenCode's, pasted as the
 * answer), which says nothing of who is behind that host.
 */
function aiSdkCalled(text: string, askedUrl: string | undefined): string | undefined {
	const head = text.slice(0, bodyPrefixLength);
	if (!aiSdkError.test(head)) return undefined;
	const host = hostOfBaseUrl(calledUrl.exec(head)?.[1] ?? '');
	if (host === undefined || host === hostOfBaseUrl(askedUrl ?? '')) return undefined;
	return matchHost(host)?.row.name ?? oneLine(host, 60);
}

/** DeepSeek's own words for a model name it does not serve (see modelWords). */
const deepSeekModelNames = /\bThe\s+supported\s+API\s+model\s+names\s+are\b/;

/**
 * The provider that refused the model name, when the answer is its own refusal passed on:
 * DeepSeek's "The supported API model names are …" from a gateway means the gateway sent
 * the name on unchanged and DeepSeek does not serve it (a name to map there, not a model
 * to open for the key).
 */
function modelRefusedBy(input: SignatureInput): string | undefined {
	return deepSeekModelNames.test(`${input.apiError?.message ?? ''}\n${(input.text ?? '').slice(0, bodyPrefixLength)}`) ? 'DeepSeek' : undefined;
}

// ─── Putting it together ────────────────────────────────────────────────────────

/** Each kind's sentence, read when a match is made (so it is in the language of that moment). */
const kindMessages = (): Record<SignatureKind, string> => ({
	balance_exhausted: signatureMessages.balanceExhausted,
	token_exhausted: signatureMessages.tokenExhausted,
	user_quota: signatureMessages.userQuota,
	account_overdue: signatureMessages.accountOverdue,
	model_needs_paid_balance: signatureMessages.modelNeedsPaidBalance,
	request_too_costly: signatureMessages.requestTooCostly,
	invalid_key: signatureMessages.invalidKey,
	model_not_found: signatureMessages.modelNotFound,
	request_refused: signatureMessages.requestRefused,
	region_refused: signatureMessages.regionRefused,
	address_refused: signatureMessages.addressRefused,
	client_refused: signatureMessages.clientRefused,
	account_refused: signatureMessages.accountRefused,
	rate_limited: signatureMessages.rateLimited,
	server_error: signatureMessages.serverError,
});

/**
 * The status to read the meaning at. A gateway that answers 200 or 5xx with an upstream's
 * "Error code: 402 - …" is passing that 402 on; otherwise the HTTP status rules.
 */
function meaningStatus(status: number, apiError: ApiErrorBody | undefined): number {
	const named = apiError?.status;
	if (named === undefined || named === status) return status;
	return (status === 200 || status >= 500) && named >= 400 && named < 500 ? named : status;
}

function gather(input: SignatureInput): Seen {
	const apiError = input.apiError;
	// From the parsed body, or from the raw text when only that was passed in.
	const limitSource =
		stringField(asObject(apiError?.metadata)?.limit_source) ?? /"limit_source"\s*:\s*"([a-z_]+)"/.exec(input.text ?? '')?.[1];
	const type = apiError?.type ?? '';
	const code = apiError?.code === undefined ? '' : String(apiError.code);
	return {
		status: meaningStatus(input.status, apiError),
		type,
		code,
		words: [apiError?.message ?? '', type, code, (input.text ?? '').slice(0, bodyPrefixLength)].join('\n'),
		limitSource,
		hint: input.provider ?? input.hostProvider,
	};
}

/**
 * What an answer that is not the hoped-for one means, if anything definite. Call it for
 * error answers (status ≥ 400, or a 200 that carries an error or no answer at all), not
 * for successes: a completion's own text is no error message.
 */
export function matchErrorSignature(input: SignatureInput): ErrorSignatureMatch | undefined {
	const seen = gather(input);
	const match = withPrompt(matchMeaning(input, seen), seen);
	const upstream = match && (passedOnFrom(input) ?? (match.kind === 'model_not_found' ? modelRefusedBy(input) : undefined));
	return match && upstream !== undefined ? {...match, upstream} : match;
}

/** Money that cannot pay for the prompt alone, whether the account's credit or the key's own limit is what is left. */
function withPrompt(match: ErrorSignatureMatch | undefined, seen: Seen): ErrorSignatureMatch | undefined {
	if (match?.kind !== 'request_too_costly' && match?.kind !== 'token_exhausted') return match;
	return promptTooLongWords.test(seen.words) ? {...match, promptTooLong: true} : match;
}

/** `seen`: what `input` gives to look at (gather), gathered once for the whole match. */
function matchMeaning(input: SignatureInput, seen: Seen): ErrorSignatureMatch | undefined {
	const vendor = vendorSignatures.find(candidate => candidate.statuses.includes(seen.status) && candidate.matches(seen));
	if (vendor) {
		const kind = vendor.kind(seen);
		const match: ErrorSignatureMatch = {provider: vendor.provider(seen), kind, message: vendor.message?.(seen) ?? kindMessages()[kind], status: seen.status};
		if (vendor.ambiguous) match.ambiguous = true;
		if (vendor.inFlightBudget) match.inFlightBudget = true;
		return match;
	}
	const provider = input.provider ?? 'unknown';
	// Accepted, then nothing but blank keep-alive lines before the connection closed.
	if (seen.status === 200 && input.bodyProblem === 'empty') return {provider, kind: 'server_error', message: signatureMessages.noAnswer, status: 200};
	const rule = wordRules.find(candidate => (candidate.statuses?.includes(seen.status) ?? true) && candidate.words.test(seen.words));
	if (rule) {
		const match: ErrorSignatureMatch = {provider, kind: rule.kind, message: rule.message?.(seen) ?? kindMessages()[rule.kind], status: seen.status};
		if (rule.blocked) match.blocked = rule.blocked;
		for (const flag of wordRuleFlags) if (rule[flag]) match[flag] = true;
		if (rule.noPaymentMethod) {
			match.noPaymentMethod = true;
			const page = billingPageIn(seen.words);
			if (page !== undefined) match.billingPage = page;
		}
		if (rule.modelAccess) match.modelAccess = rule.modelAccess;
		return match;
	}
	const kind = byStatus(seen.status, input.apiError !== undefined);
	return kind ? {provider, kind, message: kindMessages()[kind], status: seen.status} : undefined;
}
