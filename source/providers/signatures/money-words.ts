// The words for money that cannot pay: used up, a plan's allowance, a charge still settling, a key's
// own limit, and a prompt that costs more than is left (read by the word rules and the vendor signatures).

/** Money words that mean "cannot pay" at any status: services use 400, 401, 403, 429, 500 and 200 for them. */
export const moneyWords = new RegExp(
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
		// Tencent CloudBase's 429 EXCEED_TOKEN_QUOTA_LIMIT "Token usage exceeded quota limit." (its FAQ: the environment's
		// tokens for the model used up): spent, not a rate; a per-second or per-minute quota stays a rate limit.
		String.raw`\b(?:token\s+)?usage\s+(?:has\s+)?exceeded\s+(?:the\s+|its\s+|your\s+)?quota\b(?![^.。!\n]{0,30}?\bper\s+(?:second|minute)\b)|\bEXCEED_TOKEN_QUOTA_LIMIT\b`,
		// A plan the calls need, not held or run out: Huawei Cloud MaaS's Token Plan 403 ModelArts.81019 "You have no valid
		// token plan subscription, or subscription has expired." (its error-code table: subscribe to the plan): paying there.
		String.raw`\bno\s+(?:valid|active)\s+(?:[\w-]+\s+){0,3}?subscription\b|\bsubscription\s+(?:has\s+)?(?:expired|lapsed)\b`,
		// 余额不足, 额度已用尽, 配额不足, 余额过低, 积分不足, 余额为0…: the thing, then what happened to it.
		'(?:余额|额度|配额|积分|点数|点券)[^，。,.;；\\n]{0,8}?(?:不足|过低|用尽|用完|耗尽|为0(?![.\\d])|为零)|欠费',
	].join('|'),
	'i',
);

/** A plan's usage allowance for the week or month reached ("weekly usage limit reached", "hit your monthly limit"). */
export const planLimitWords = /\b(?:weekly|monthly)\s+(?:usage\s+)?limit\s+(?:has\s+been\s+|was\s+|is\s+)?(?:reached|exceeded|hit)\b|\bhit\s+your\s+(?:weekly|monthly)\s+(?:usage\s+)?limit\b/i;

/**
 * A charge made earlier still being settled on the service's side: "A prior charge is still being reconciled.
 * Please retry shortly." (Flux Router's 402 credit_unresolved), "charge is still being processed", 扣费仍在结算中.
 * The charge, then that it is still under way.
 */
export const chargeSettlingWords =
	/\bcharges?\b[^.。!\n]{0,40}?\b(?:is|are)\s+(?:still\s+being\s+(?:reconciled|processed|settled)|still\s+(?:pending|processing|settling)|being\s+reconciled)\b|(?:扣费|扣款|计费|费用)[^，。,.;；\n]{0,8}?(?:仍在|还在|正在)(?:结算|处理|核对|对账)/i;

/** A key's or token's own limit (the account behind it may still have money). */
// "Token count has been exhausted token.RemainCount = 0" (a relay, at 401); new-api's older
// "!token.UnlimitedQuota && token.RemainQuota = 0".
// A LiteLLM proxy's budget on the key (or its user or team): "Budget has been exceeded! Current
// cost: x, Max budget: y", type budget_exceeded, sent with 400 or 429 (and type auth_error in
// older builds): money set aside at the proxy, which a wait does not bring back.
export const tokenLimitWords =
	/令牌额度|token quota is not enough|\bbudget\s+has\s+been\s+exceeded\b|\bbudget_exceeded\b|\bexceeded\s+(?:the\s+|its\s+)?budget\b|\bover\s+budget\b|key limit exceeded|openrouter_key_limit|key with a higher (?:monthly )?limit|\btoken\.Remain\w*\s*=\s*0(?![.\d])|\btoken (?:count|quota|credits?|balance) (?:has been |is )?(?:exhausted|used up)/i;
/**
 * A budget the administrators of a workspace or organization set over its members' calls, spent: OpenRouter's 403
 * "Workspace monthly budget of $500.00 exceeded. Contact your workspace admin." (its workspace-budgets page: only
 * organization admins change it). Neither a top-up nor the key's own limit lifts it; an administrator raises it.
 */
export const adminBudgetWords =
	/\b(?:workspace|organi[sz]ation|org|team)\s+(?:(?:daily|weekly|monthly|lifetime)\s+)?budget\b[^\n]{0,40}?\bexceeded\b/i;
export const nothingAffordable = /can only afford 0(?!\.?\d)/i;

/**
 * The prompt alone is more than the credit left pays for (OpenRouter's 402 "Prompt tokens limit
 * exceeded: 23229 > 14796", continuedev/continue#11584 and #11227; with "create a key with a higher
 * monthly limit" when the key's own limit is what is left, anomalyco/opencode#12219): its length,
 * not max_tokens, is what to lower.
 */
export const promptTooLongWords = /\bprompt\s+tokens\s+limit\s+exceeded\b/i;

/**
 * A key's plan takes prompts up to a number of tokens only, whatever the credit: ChatAnywhere's
 * free key, 403 "免费API限制模型输入token小于4096 … The number of prompt tokens for free accounts
 * is limited to 4096" (chatanywhere/GPT_API_free#331 and #496, whose maintainers say so): a
 * free account's, key's, tier's or plan's limit on its prompt (input) tokens, in either language.
 */
export const promptCapWords = /\b(?:number\s+of\s+)?(?:prompt|input)\s+tokens\s+(?:for|of|on)\s+(?:the\s+)?free\s+(?:accounts?|keys?|tier|plan|users?)\s+(?:is|are)\s+limited\s+to\b|免费[^\n。，,]{0,12}?(?:输入|提示)\s*token\s*数?\s*(?:小于|不超过|不能超过|上限)/i;

/** The cap such an answer names ("limited to 4096", "小于4096"), for the sentences to say it; undefined where it names none. */
export function promptCapTokens(message: string | undefined): number | undefined {
	const found = /\blimited\s+to\s+(\d{3,7})\b|(?:小于|不超过|不能超过|上限为?)\s*(\d{3,7})/i.exec(message ?? '');
	const tokens = found?.[1] ?? found?.[2];
	return tokens === undefined ? undefined : Number(tokens);
}
