// The words for a model the service does not have, does not serve to this account, or has not priced.

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
 * access, not the key, despite the 401. Also "is not allowed to access this model": Cloudflare Workers AI's 403 "The
 * account is not allowed to access this model" (codes 5018 and 3041, a private model, its errors page), which had read
 * as a wrong address.
 */
const modelPermissionWords =
	/\b(?:(?:no|(?:do|does)\s*(?:n[o'’]t|\s+not)\s+have)\s+permission|(?:is|are)\s+not\s+allowed)\s+to\s+(?:use|access|call)\s+(?:the|this)\s+model\b/i;

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
export const modelAt401Words = new RegExp(`${unsupportedModelWords.source}|${freeModelEndedWords.source}|${modelPermissionWords.source}`, 'i');

/**
 * "No such model (for you)" in the words services use: DeepSeek's "Model Not Exist" and
 * "The supported API model names are …, but you passed x",
 * SiliconFlow's "Model does not exist", OpenAI's "The model `x` does not exist or you do
 * not have access to it" (code model_not_found), AiHubMix's 503 "Incorrect model ID" (模型名字错误), OpenRouter's "x is not a valid model ID"
 * and "No endpoints found for x" (its "No endpoints found matching …" and "… that support …" are
 * noRouteWords, read before these; and a router's provider filter
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
export const modelWords = new RegExp(
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
		String.raw`\bno\s+endpoints\s+(?:found|available)\s+for\b`,
		// Cloudflare Workers AI's 400 "No such model ${model} or task" (its code 5007) and 404 "The model name is invalid"
		// (3042, Invalid model ID), as its errors page gives them, which had read as "not DeepSeek's API".
		String.raw`\bno\s+such\s+model\b|\bmodel\s+(?:name|id)\s+is\s+invalid\b`,
		// A router with per-model provider filters that leaves this model none to go to: Command Code's
		// 400 "No available providers match the 'only' filter: deepseek. Available providers are: …" for
		// deepseek/deepseek-v4-flash while other ids answered (CommandCodeAI/command-code#827, which had
		// read as a wrong address), OpenRouter's "No allowed providers are available for the selected model".
		// Hugging Face's router: 400 "The requested model 'x' is not supported by any provider you have enabled" (vercel/ai#7788:
		// no provider enabled in the account's settings serves it), which had read as a wrong address.
		String.raw`\bno\s+(?:available|allowed)\s+providers?\s+(?:match|(?:are\s+|is\s+)?available\s+for)\b|\bnot\s+supported\s+by\s+any\s+provider\b`,
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

/** Volcengine Ark's model not activated for the account: 404 ModelNotOpen "has not activated the model x", 403 ServiceNotOpen "… activate the corresponding model service". */
export const modelNotActivatedWords = /\bhas\s+not\s+(?:been\s+)?activated\s+the\s+model\b|\bModelNotOpen\b|\bactivate\s+the\s+(?:corresponding\s+)?model\s+service\b/i;

/**
 * A router that has the model but no provider of it serving the call as asked: OpenRouter's
 * "No endpoints found that support tool use" (what the call sends, dnakov/anon-kode#2) and
 * "No endpoints found matching your data policy" (the account's privacy settings).
 */
export const noRouteWords = /\bno\s+endpoints\s+(?:found|available)\s+(?:matching|that)\b/i;

/** Volcengine Ark's 404 ModelIDAccessDisabled: the account calls models only by an inference endpoint's id (ep-…). */
export const modelIdRefusedWords = /\bmodel\s+via\s+model\s+id\s+is\s+not\s+allowed\b|\bModelIDAccessDisabled\b/i;

/**
 * A gateway with no price set for the model the call names (new-api's model_price_error, in
 * both its languages, also "价格未配置" alone in the builds that dropped the ratio): see wordRules.
 */
export const unpricedModelWords = /倍率或价格未配置|倍率和价格均未设置|价格未配置|\bratio\s+or\s+price\s+not\s+set\b|\bmodel_price_error\b/i;
