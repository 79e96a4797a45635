// The words for who may call at all: the account (not enabled, the wrong kind, banned or locked, and
// until when), the app it calls from, a token disabled or expired, and the group a token is in.

/**
 * The service itself not enabled for the account's organization (W&B Inference's 403 "The inference gateway is not
 * enabled for your organization"): a setting of the account there, which its administrator changes. Not where a model
 * is the subject ("The model x is not enabled for your account" is that model's). Also Huawei Cloud MaaS's 401
 * ModelArts.81004 "Invalid request because you do not have access to it.", which its error-code table gives for a
 * built-in model service not enabled for the account (turned on in its console), and which had read as a refused key.
 * And Amazon Bedrock's 403 AccessDeniedException "Your account is not authorized to invoke this API operation." (Bedrock
 * access granted in another region than the one called, aws-samples/amazon-bedrock-client-for-mac#1), which had read as
 * a wrong address: the service's access for the account there, not the credentials. And Volcengine Ark's 403
 * AccessDenied "The request failed because you do not have access to the requested resource." (its error-code page:
 * check the permission settings, or ask an administrator to add the account to the allow list).
 */
export const accountNotEnabledWords =
	/(?<!\bmodels?\b[^.\n]{0,60})\bnot\s+(?:been\s+|yet\s+)?enabled\s+for\s+(?:your|this|the)\s+(?:organi[sz]ation|org|account|team|workspace)\b|(?:组织|团队|企业|账号)[^，。,.;；\n]{0,6}?(?:未开通|未启用)(?:该|此|这个)?(?:服务|功能)|\bModelArts\.81004\b|\binvalid\s+request\s+because\s+you\s+do\s+not\s+have\s+access\s+to\s+it\b|\baccount\s+is\s+not\s+authori[sz]ed\s+to\s+invoke\s+this\s+(?:API\s+)?operation\b|\bdo\s+not\s+have\s+access\s+to\s+the\s+requested\s+resource\b/i;

/**
 * A user whose role there lacks the permission to use the service: Hatz's AI Gateway 403 "Your role does not include LLM
 * Gateway access." (its AI Gateway errors page: an administrator adds the permission to the role), which had read as a
 * wrong address. The service is enabled for the organization; the user's role is what an administrator changes.
 */
/**
 * A gateway that knows the key but has not allowed its consumer on this route: Higress's key-auth 403 "Request denied by
 * Key Auth check. Unauthorized consumer." (its key-auth page's error table: a consumer not in the route's allow list).
 * Whoever runs the gateway allows it; the key is valid there. Its unknown key is a 401 "… Invalid API key." (a key).
 */
export const unauthorizedConsumerWords = /\bunauthori[sz]ed\s+consumer\b/i;

export const roleWithoutAccessWords = /\byour\s+role\s+does\s+not\s+(?:include|have|grant|allow)\b[^.\n]{0,40}?\baccess\b/i;

/**
 * The service not open to this kind of account: W&B Inference's 429 "W&B Inference isn't available for personal
 * accounts. Please switch to a non-personal account to access W&B Inference." (docs.wandb.ai), "not available for free
 * accounts", "personal accounts are not supported", 个人账号不支持. Another kind of account there is taken.
 */
export const accountKindWords =
	/\b(?:is\s+not|isn['’]t|not)\s+(?:yet\s+)?available\s+(?:for|to)\s+(?:personal|free|individual)\s+(?:accounts?|users?|plans?|tier)\b|\b(?:personal|individual)\s+accounts?\s+(?:are|is)\s+not\s+(?:supported|allowed|eligible)\b|\bswitch\s+to\s+a\s+non-personal\s+account\b|个人(?:账号|账户|用户)[^，。,.;；\n]{0,6}?(?:不支持|无法使用|不可使用|暂不开放)/i;

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
 * whole message, with or without its trace id, since "account suspended" inside a longer one may be money), Cloudflare
 * Workers AI's 403 "Service unavailable for account" (its code 3023, "Account blocked", its errors page, which had read as
 * a wrong address; the service named unavailable for the account, not unavailable as a 503 says), Huawei Cloud MaaS's
 * Token Plan 403 ModelArts.81023 "The account is blocked for token plan." (banned, lifted by a support ticket, its
 * error-code table; "the/your/this account is (has been) blocked or banned"), and OpenCode
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
export const userBlockedWords =
	/用户已被(?:封禁|禁用)|账[号户][^，。\n]{0,12}?被(?:封禁|禁言)|\buser\s+(?:has\s+been|is)\s+(?:banned|disabled)\b|\blocked\s+your\s+account\b|\byour\s+(?:user\s+id|account)\b[^.\n]{0,40}?\b(?:is|has\s+been)\s+(?:temporarily\s+)?suspended\b|(?:^|\n)[^\S\n]*account\s+suspended\.?(?:\s*\(tid:\s*\w+\))?[^\S\n]*(?:\n|$)|\bdeactivated\s+account\b|\borganization\s+(?:has\s+been|is)\s+(?:restricted|suspended|deactivated|disabled|paused)\b|\baccess\s+(?:has\s+been\s+|is\s+)?paused\s+for\s+(?:this|your)\s+(?:organization|account|workspace)\b|\brequest\s+blocked\s+by\s+(?:the\s+)?upstream\s+provider\b|\bservice\s+(?:is\s+)?unavailable\s+for\s+(?:this\s+|your\s+|the\s+)?account\b|\b(?:the|your|this)\s+account\s+(?:is|has\s+been)\s+(?:blocked|banned)\b/i;
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
 * A service that serves these calls only from its own app or approved channels: "can only be used
 * from within <app>" (OpenCode Zen's free tier; "can only be used in OpenCode" in an older build),
 * "from an unapproved channel" (CodeBuddy's 11128).
 */
export const clientOnlyWords = /\bcan\s+only\s+be\s+used\s+from\s+within\b|\bfree\s+tier\s+can\s+only\s+be\s+used\s+in\b|\bfrom\s+an?\s+unapproved\s+channel\b/i;
/**
 * A token disabled in the gateway's console, or expired: one-api's and older new-api's 401
 * "该令牌状态不可用" (new-api's English "This token status is unavailable"), "该令牌已过期" /
 * "This token has expired". Not an expiry offered as one of two causes: Zhipu's 401 "令牌已过期或验证不正确"
 * ("expired or not verified correctly") is what it says of any key it does not take.
 */
export const tokenBlockedWords = /令牌状态不可用|令牌已被禁用|令牌已过期(?!或)|\btoken\s+status\s+is\s+unavailable\b|\btoken\s+(?:has\s+been|is)\s+disabled\b|\btoken\s+has\s+expired\b(?!\s+or\b)/i;

/**
 * A gateway refusing the group a token is in, before anything else (new-api's TokenAuth, at 403):
 * "无权访问 auto 分组" (not among the groups the account may use; every call of a token in the
 * "auto" pseudo-group, until fixed, QuantumNous/new-api#4719), "令牌分组 X 已被禁用" (its older
 * words for that), "分组 X 已被弃用" (a group the operator removed or renamed, QuantumNous/new-api#4875),
 * and its English "No permission to access this group". The token's group, not its key: a new key in
 * the same group is refused the same way.
 */
export const tokenGroupWords = /令牌分组\s*\S+\s*已被禁用|无权访问\s*\S+\s*分组|分组\s*\S+\s*已被弃用|\bno\s+permission\s+to\s+access\s+this\s+group\b/i;
