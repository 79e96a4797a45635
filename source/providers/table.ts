// The services behind a base URL, one row each: name, hosts, console, balance reader (docs/relays.md).
import {officialApiHost, platformUrls} from '../deepseek/facts.js';
import type {Language} from '../messages/language.js';
import type {ProviderId} from './types.js';

/** How a provider's own balance is read with the user's key (see balance.ts). */
export type BalanceReaderId = 'deepseek' | 'openrouter' | 'siliconflow' | 'gateway';

/**
 * A host this provider serves its API on. `pattern` is a lowercase host name in which
 * `*` stands for exactly one DNS label (`ark.*.volces.com`), except that a leading `*.`
 * stands for one or more labels (`*.maas.aliyuncs.com` matches
 * `ws1.cn-beijing.maas.aliyuncs.com`). Matching is case-insensitive, ignores the port and
 * is anchored at both ends (detect.ts), so `api.deepseek.com.evil.example` and
 * `evilopenrouter.ai` never match.
 */
export type HostRule = {
	pattern: string;
	/** Where this host's users manage billing, when it differs from the provider's default. */
	consoleUrl?: string;
	/** This host's users' page on the provider's rate limits, when it differs from the provider's default. */
	rateLimitUrl?: string;
	/** This host's users' API keys page, when it differs from the provider's default. */
	keysUrl?: string;
	/**
	 * This host's users' page where models are activated and their free-quota-only setting is
	 * (Volcengine Ark's Model Activation page, per region), for the fix of a call that setting paused.
	 */
	modelsUrl?: string;
	/**
	 * The base URL's path this row needs on that host, where the host serves other providers too:
	 * `*` is exactly one path segment; a trailing slash is ignored (Cloudflare's AI Gateway has one
	 * path per provider on one host, `/v1/{account}/{gateway}/deepseek`).
	 */
	path?: string;
};

export type ProviderRow = {
	id: ProviderId;
	/** Display name (a proper name): English texts and the JSON; Chinese texts say `chineseName` where there is one. */
	name: string;
	/**
	 * What the service's own users call it, where `name` is long or carries a gloss in brackets: each
	 * screen and report names it in full once and by this after (providers/naming.ts). In Chinese, what
	 * its Chinese users say (百炼, 方舟).
	 */
	shortName?: Readonly<Record<Language, string>>;
	/**
	 * The name in full in Chinese text, where the service has a Chinese one: what its own Chinese console calls
	 * it (火山方舟, 阿里云百炼), so that the short name after it (方舟, 百炼) reads as part of it. Only the
	 * texts: the JSON keeps `name`. A service with no short name is called by it at every mention in Chinese (硅基流动).
	 */
	chineseName?: string;
	hosts: readonly HostRule[];
	/** Where the user tops up / manages billing; null when the service has no single place. */
	consoleUrl: string | null;
	/**
	 * The service's own page on its rate limits, for the fix of a 429 there; null when it
	 * publishes none (then that fix has no link: DeepSeek's page would be the wrong one).
	 */
	rateLimitUrl: string | null;
	/** Where a key's own credit limit is raised or removed, for a service whose keys can have one. */
	keyLimitUrl?: string;
	/**
	 * The page where the user makes and manages this service's API keys, for the fix of a key
	 * it refuses; only where the service's own docs name it (docs/relays.md).
	 */
	keysUrl?: string;
	/**
	 * A self-hosted gateway's page for its tokens, under the base URL it answers at (its web app's
	 * route): where a disabled or expired token is enabled again or a new one made (docs/relays.md).
	 */
	keysPath?: string;
	/** The same gateway's page for its channels (the providers it sends calls to, their keys and addresses): for whoever runs it. */
	channelsPath?: string;
	/**
	 * `consoleUrl` opens the user's own workspace, not its billing (no stable URL leads there: its
	 * address holds the workspace's id), where Billing is an item of the workspace's menu: the fixes
	 * that send the user to billing say where to click.
	 */
	billingInMenu?: true;
	/**
	 * The exact shape of the user's own billing page, where the service's answers name it (OpenCode Zen's
	 * "No payment method. Add a payment method here: …"): a fix then links that page instead of the console.
	 * Its host and path are fixed and only the id varies, so nothing else an answer says can become a link.
	 */
	billingPage?: RegExp;
	/**
	 * The page of the vendor's subscription (not its API credit) where its pay-as-you-go extra usage is turned on and
	 * bought (Anthropic's claude.ai usage settings): the link of a refusal about that pool, which the API billing page
	 * does not hold.
	 */
	subscriptionUsageUrl?: string;
	/** null: the service has no balance endpoint an API key can read. */
	balanceReader: BalanceReaderId | null;
	/**
	 * The service may send calls on to DeepSeek's own API (a router, a gateway, a host nothing
	 * recognises), so DeepSeek's outage can fail calls there; a cloud that serves the models
	 * itself has its own failures.
	 */
	sendsCallsOn?: true;
	/**
	 * The service passes the user's own DeepSeek key on to DeepSeek's API, and DeepSeek bills the
	 * user's own account (Cloudflare's AI Gateway on its DeepSeek path): DeepSeek's answers, its 402
	 * among them, are about the user's DeepSeek account and its balance is DeepSeek's, read through
	 * the service. Only the service's own refusals (its signatures) are the service's.
	 */
	passesKeyOn?: 'deepseek';
	/**
	 * A gateway that may ask for a token of its own besides the key it passes on: the header that
	 * carries it, and its page on it (Cloudflare's Authenticated Gateway, Helicone's key).
	 * `switchable`: it asks for the token only while a setting of its own is on, which can be
	 * switched off (Cloudflare's); otherwise the token is the user's key there (Helicone's).
	 */
	ownAuth?: {header: string; url: string; switchable?: true};
};

const siliconFlowGlobalConsole = 'https://cloud.siliconflow.com/expensebill';
const siliconFlowGlobalRateLimits = 'https://docs.siliconflow.com/en/userguide/rate-limits/rate-limit-and-upgradation';
const siliconFlowGlobal = {consoleUrl: siliconFlowGlobalConsole, rateLimitUrl: siliconFlowGlobalRateLimits, keysUrl: 'https://cloud.siliconflow.com/account/ak'};

export const providerTable: readonly ProviderRow[] = [
	{
		id: 'deepseek',
		name: 'DeepSeek',
		hosts: [{pattern: officialApiHost}],
		consoleUrl: platformUrls.topUp,
		rateLimitUrl: platformUrls.rateLimit,
		balanceReader: 'deepseek',
	},
	{
		id: 'openrouter',
		name: 'OpenRouter',
		hosts: [{pattern: 'openrouter.ai'}],
		consoleUrl: 'https://openrouter.ai/settings/credits',
		rateLimitUrl: 'https://openrouter.ai/docs/api-reference/limits',
		keyLimitUrl: 'https://openrouter.ai/settings/keys',
		keysUrl: 'https://openrouter.ai/settings/keys',
		balanceReader: 'openrouter',
		sendsCallsOn: true,
	},
	{
		id: 'siliconflow',
		name: 'SiliconFlow',
		// No short name: in Chinese text it is 硅基流动 at every mention (its Chinese site's and console's name).
		chineseName: '硅基流动',
		hosts: [
			{pattern: 'api.siliconflow.cn'},
			{pattern: 'api.siliconflow.com', ...siliconFlowGlobal},
			{pattern: 'api.ap.siliconflow.com', ...siliconFlowGlobal},
		],
		// Its Balance Recharge page (余额充值, where the balance is shown and topped up), as its finance FAQ links it.
		consoleUrl: 'https://cloud.siliconflow.cn/expensebill',
		rateLimitUrl: 'https://docs.siliconflow.cn/cn/userguide/rate-limits/rate-limit-and-upgradation',
		keysUrl: 'https://cloud.siliconflow.cn/account/ak',
		balanceReader: 'siliconflow',
	},
	{
		// Self-hosted on any host: found by fingerprint; the console is the gateway's own
		// top_up_link from /api/status when it has one.
		id: 'one-api',
		name: 'One API',
		hosts: [],
		consoleUrl: null,
		rateLimitUrl: null,
		// Its web app's token list (web/default/src/App.js); a new-api older than its /console pages has the same.
		keysPath: '/token',
		channelsPath: '/channel',
		balanceReader: 'gateway',
		sendsCallsOn: true,
	},
	{
		id: 'new-api',
		name: 'New API',
		hosts: [],
		consoleUrl: null,
		rateLimitUrl: null,
		// Its web app's token list (web/src/App.jsx).
		keysPath: '/console/token',
		channelsPath: '/console/channel',
		balanceReader: 'gateway',
		sendsCallsOn: true,
	},
	{
		id: 'together',
		name: 'Together AI',
		hosts: [{pattern: 'api.together.xyz'}, {pattern: 'api.together.ai'}],
		consoleUrl: 'https://api.together.xyz/settings/billing',
		rateLimitUrl: 'https://docs.together.ai/docs/serverless/rate-limits',
		// Keys belong to a project; ~current is the project the user has open.
		keysUrl: 'https://api.together.ai/settings/projects/~current/api-keys',
		balanceReader: null,
	},
	{
		id: 'fireworks',
		name: 'Fireworks AI',
		hosts: [{pattern: 'api.fireworks.ai'}],
		consoleUrl: 'https://app.fireworks.ai/account/billing',
		rateLimitUrl: 'https://docs.fireworks.ai/serverless/rate-limits',
		keysUrl: 'https://app.fireworks.ai/settings/users/api-keys',
		balanceReader: null,
	},
	{
		id: 'volcengine-ark',
		name: 'Volcengine Ark',
		chineseName: '火山方舟',
		shortName: {en: 'Ark', 'zh-CN': '方舟'},
		// Keys are made per region: the page of Beijing's (the docs' base URL) is known, the others' not.
		// Its Model Activation page (开通管理), where "Safe Experience Mode" is adjusted or closed, likewise per region.
		hosts: [
			{pattern: 'ark.cn-beijing.volces.com', keysUrl: 'https://console.volcengine.com/ark/region:ark+cn-beijing/apiKey', modelsUrl: 'https://console.volcengine.com/ark/region:ark+cn-beijing/openManagement'},
			{pattern: 'ark.*.volces.com'},
		],
		consoleUrl: 'https://console.volcengine.com/finance',
		rateLimitUrl: null,
		balanceReader: null,
	},
	{
		id: 'dashscope',
		name: 'Alibaba Cloud Model Studio (DashScope)',
		chineseName: '阿里云百炼',
		shortName: {en: 'Model Studio', 'zh-CN': '百炼'},
		hosts: [
			// Keys are made per region, each on its own console: Beijing (the China site) and
			// Singapore (the international one). The other hosts' pages are not known, so none.
			{pattern: 'dashscope.aliyuncs.com', keysUrl: 'https://bailian.console.aliyun.com/?tab=model#/api-key'},
			{pattern: 'dashscope-intl.aliyuncs.com', keysUrl: 'https://modelstudio.console.alibabacloud.com/?tab=model#/api-key'},
			{pattern: 'dashscope-us.aliyuncs.com'},
			{pattern: '*.maas.aliyuncs.com'},
		],
		consoleUrl: 'https://usercenter2.aliyun.com/finance/fund-management/overview',
		rateLimitUrl: 'https://help.aliyun.com/zh/model-studio/rate-limit',
		balanceReader: null,
	},
	{
		id: 'tencent-lkeap',
		name: 'Tencent Cloud LKEAP',
		chineseName: '腾讯云知识引擎原子能力',
		shortName: {en: 'LKEAP', 'zh-CN': '知识引擎'},
		// The China site's key page; the international site's (tencentcloud.com) is not known.
		hosts: [{pattern: 'api.lkeap.cloud.tencent.com', keysUrl: 'https://console.cloud.tencent.com/lkeap/api'}, {pattern: 'api.lkeap.tencentcloud.com'}],
		consoleUrl: 'https://console.cloud.tencent.com/expense/overview',
		rateLimitUrl: null,
		balanceReader: null,
	},
	{
		id: 'baidu-qianfan',
		name: 'Baidu Qianfan',
		chineseName: '百度千帆',
		shortName: {en: 'Qianfan', 'zh-CN': '千帆'},
		hosts: [{pattern: 'qianfan.baidubce.com'}],
		consoleUrl: 'https://console.bce.baidu.com/billing/',
		rateLimitUrl: 'https://cloud.baidu.com/doc/WENXINWORKSHOP/s/Llroa77io',
		balanceReader: null,
	},
	{
		id: 'azure',
		name: 'Azure AI Foundry',
		shortName: {en: 'Azure', 'zh-CN': 'Azure'},
		hosts: [{pattern: '*.services.ai.azure.com'}, {pattern: '*.models.ai.azure.com'}, {pattern: '*.openai.azure.com'}],
		consoleUrl: 'https://portal.azure.com/#view/Microsoft_Azure_CostManagement',
		rateLimitUrl: 'https://learn.microsoft.com/azure/foundry/foundry-models/quotas-limits',
		balanceReader: null,
	},
	{
		id: 'github-models',
		name: 'GitHub Models',
		// models.inference.ai.azure.com is the same service's older host (GitHub deprecated it
		// in July 2025, in favour of models.github.ai/inference); the same GitHub token works on both.
		hosts: [{pattern: 'models.github.ai'}, {pattern: 'models.inference.ai.azure.com'}],
		consoleUrl: 'https://github.com/settings/billing',
		rateLimitUrl: 'https://docs.github.com/en/github-models/use-github-models/prototyping-with-ai-models#rate-limits',
		// Its keys are GitHub personal access tokens (a fine-grained one needs the models:read permission).
		keysUrl: 'https://github.com/settings/tokens',
		balanceReader: null,
	},
	{
		id: 'openai',
		name: 'OpenAI',
		hosts: [{pattern: 'api.openai.com'}],
		consoleUrl: 'https://platform.openai.com/settings/organization/billing',
		rateLimitUrl: 'https://developers.openai.com/api/docs/guides/rate-limits',
		keysUrl: 'https://platform.openai.com/api-keys',
		balanceReader: null,
	},
	{
		// Anthropic's own API: where Claude Code (and any Anthropic SDK) calls when no base URL is set. Not a DeepSeek
		// reseller: a DeepSeek key sent there is refused. Its console is the Claude Console (platform.claude.com, formerly
		// console.anthropic.com); a claude.ai subscription's extra usage is bought on claude.ai's usage page instead.
		id: 'anthropic',
		// Named as its own errors name it ("the Anthropic API"); after the first mention, by the company alone.
		name: 'Anthropic API',
		shortName: {en: 'Anthropic', 'zh-CN': 'Anthropic'},
		hosts: [{pattern: 'api.anthropic.com'}],
		consoleUrl: 'https://platform.claude.com/settings/billing',
		rateLimitUrl: 'https://platform.claude.com/docs/en/api/rate-limits',
		keysUrl: 'https://platform.claude.com/settings/keys',
		subscriptionUsageUrl: 'https://claude.ai/settings/usage',
		balanceReader: null,
	},
	{
		// NVIDIA's hosted API catalog (build.nvidia.com): trial access is rate-limited, with no
		// credit to top up, so there is no billing page to send anyone to.
		id: 'nvidia',
		name: 'NVIDIA NIM',
		hosts: [{pattern: 'integrate.api.nvidia.com'}],
		consoleUrl: null,
		rateLimitUrl: null,
		balanceReader: null,
	},
	{
		// ModelScope's API-Inference: free daily calls for a ModelScope access token, with
		// nothing to top up, so no billing page; its limits page says how many calls a day.
		id: 'modelscope',
		name: 'ModelScope (魔搭)',
		chineseName: '魔搭社区',
		shortName: {en: 'ModelScope', 'zh-CN': '魔搭'},
		hosts: [{pattern: 'api-inference.modelscope.cn'}],
		consoleUrl: null,
		rateLimitUrl: 'https://modelscope.cn/docs/model-service/API-Inference/limits',
		// Its keys are ModelScope access tokens (ms-…), made on the account's access token page.
		keysUrl: 'https://modelscope.cn/my/myaccesstoken',
		balanceReader: null,
	},
	{
		// Zhipu's open platform (智谱 BigModel), OpenAI-compatible under /api/paas/v4 and
		// Anthropic-compatible under /api/anthropic. Its money errors come as 429 (code 1113).
		id: 'zhipu',
		name: 'Zhipu BigModel (智谱)',
		chineseName: '智谱 BigModel 开放平台',
		shortName: {en: 'Zhipu', 'zh-CN': '智谱'},
		hosts: [{pattern: 'open.bigmodel.cn'}],
		// The finance centre's overview (balance and resource packages); the keys page is the one its API docs link.
		consoleUrl: 'https://bigmodel.cn/finance-center/finance/overview',
		rateLimitUrl: null,
		keysUrl: 'https://bigmodel.cn/usercenter/proj-mgmt/apikeys',
		balanceReader: null,
	},
	{
		// OpenCode Zen (pay as you go) and OpenCode Go (a subscription) share the host and one
		// console: opencode.ai/auth signs in and opens the user's workspace, where billing, the
		// balance and the API keys live (OpenCode's docs link it for both). It sends calls on to
		// the providers behind each model, DeepSeek among them. Its billing page is
		// /workspace/<id>/billing, the id the user's own (its "No payment method" answer links it);
		// the console has no route to it without the id (/auth redirects to /workspace/<id>, the
		// last one seen), and the workspace's menu shows Billing to its admins. A workspace id is
		// "wrk_" and a ULID (its console's Identifier: 26 of Crockford's base-32 digits, the first 0-7).
		id: 'opencode-zen',
		name: 'OpenCode Zen',
		hosts: [{pattern: 'opencode.ai'}],
		consoleUrl: 'https://opencode.ai/auth',
		billingInMenu: true,
		billingPage: /(?<![\w./:?=&#%-])https:\/\/opencode\.ai\/workspace\/wrk_[0-7][0-9A-HJKMNP-TV-Z]{25}\/billing(?![\w/?#%&=:-]|\.\w)/,
		rateLimitUrl: null,
		keysUrl: 'https://opencode.ai/auth',
		balanceReader: null,
		sendsCallsOn: true,
	},
	{
		id: 'groq',
		name: 'Groq',
		hosts: [{pattern: 'api.groq.com'}],
		// The page its own 429 for a daily token limit links ("Upgrade to Dev Tier today at …").
		consoleUrl: 'https://console.groq.com/settings/billing',
		rateLimitUrl: 'https://console.groq.com/docs/rate-limits',
		keysUrl: 'https://console.groq.com/keys',
		balanceReader: null,
	},
	{
		// Inference Providers: router.huggingface.co sends calls on to its partner clouds
		// (Together, Fireworks, Novita…), not to DeepSeek's API; billed to the Hugging Face account.
		id: 'huggingface',
		name: 'Hugging Face Inference Providers',
		shortName: {en: 'Hugging Face', 'zh-CN': 'Hugging Face'},
		hosts: [{pattern: 'router.huggingface.co'}],
		consoleUrl: 'https://huggingface.co/settings/billing',
		rateLimitUrl: null,
		// Its keys are Hugging Face user access tokens (hf_…).
		keysUrl: 'https://huggingface.co/settings/tokens',
		balanceReader: null,
	},
	{
		// A gateway in front of many providers, DeepSeek among them. Its pages are the team's
		// dashboard, reached through Vercel's /d?to= links (the ones its docs use).
		id: 'vercel-ai-gateway',
		name: 'Vercel AI Gateway',
		shortName: {en: 'Vercel', 'zh-CN': 'Vercel'},
		hosts: [{pattern: 'ai-gateway.vercel.sh'}],
		consoleUrl: 'https://vercel.com/d?to=%2F%5Bteam%5D%2F%7E%2Fai-gateway&title=Go+to+AI+Gateway',
		rateLimitUrl: null,
		keysUrl: 'https://vercel.com/d?to=%2F%5Bteam%5D%2F%7E%2Fai-gateway%2Fapi-keys&title=AI+Gateway+API+Keys',
		balanceReader: null,
		sendsCallsOn: true,
	},
	{
		id: 'deepinfra',
		name: 'DeepInfra',
		// OpenAI-compatible under /v1/openai.
		hosts: [{pattern: 'api.deepinfra.com'}],
		// The page its own refusal without a payment method names ("please enter a payment method in …").
		consoleUrl: 'https://deepinfra.com/dash/billing',
		rateLimitUrl: 'https://deepinfra.com/docs/advanced/rate-limits',
		keysUrl: 'https://deepinfra.com/dash/api_keys',
		balanceReader: null,
	},
	{
		// Its API settings page holds both: the Diem and USD balances and the API keys (its docs).
		id: 'venice',
		name: 'Venice AI',
		hosts: [{pattern: 'api.venice.ai'}],
		consoleUrl: 'https://venice.ai/settings/api',
		rateLimitUrl: 'https://docs.venice.ai/api-reference/rate-limiting',
		keysUrl: 'https://venice.ai/settings/api',
		balanceReader: null,
	},
	{
		// Cline's own API (the Cline provider): one balance across the models of many providers,
		// DeepSeek among them; credits are added from its dashboard (its docs).
		id: 'cline',
		name: 'Cline',
		hosts: [{pattern: 'api.cline.bot'}],
		consoleUrl: 'https://app.cline.bot/dashboard',
		rateLimitUrl: null,
		balanceReader: null,
		sendsCallsOn: true,
	},
	{
		// Kilo AI Gateway: routes each model to its providers; its own 402 links the credits page.
		id: 'kilo',
		name: 'Kilo AI Gateway',
		shortName: {en: 'Kilo', 'zh-CN': 'Kilo'},
		hosts: [{pattern: 'api.kilo.ai'}],
		consoleUrl: 'https://app.kilo.ai/credits',
		rateLimitUrl: null,
		balanceReader: null,
		sendsCallsOn: true,
	},
	{
		// Ollama's cloud models called directly (ollama.com/v1, ollama.com/api); a plan with usage limits.
		id: 'ollama-cloud',
		name: 'Ollama Cloud',
		hosts: [{pattern: 'ollama.com'}],
		// The page Ollama's own app links when a Pro plan's usage runs out.
		consoleUrl: 'https://ollama.com/settings/billing',
		rateLimitUrl: null,
		keysUrl: 'https://ollama.com/settings/keys',
		balanceReader: null,
	},
	{
		// Workers AI's OpenAI-compatible API under /client/v4/accounts/{id}/ai/v1; billed to the
		// whole Cloudflare account, so the account's billing page is the console.
		id: 'cloudflare-workers-ai',
		name: 'Cloudflare Workers AI',
		shortName: {en: 'Workers AI', 'zh-CN': 'Workers AI'},
		hosts: [{pattern: 'api.cloudflare.com'}],
		consoleUrl: 'https://dash.cloudflare.com/?to=/:account/billing',
		rateLimitUrl: 'https://developers.cloudflare.com/workers-ai/platform/limits/',
		// The Workers AI page its REST API guide links, where "Use REST API" makes a Workers AI API token.
		keysUrl: 'https://dash.cloudflare.com/?to=/:account/ai/workers-ai',
		balanceReader: null,
	},
	{
		id: 'cerebras',
		name: 'Cerebras',
		hosts: [{pattern: 'api.cerebras.ai'}],
		// Its Cloud Console: credits are bought on its Billing tab (its docs).
		consoleUrl: 'https://cloud.cerebras.ai',
		rateLimitUrl: 'https://inference-docs.cerebras.ai/support/rate-limits',
		balanceReader: null,
	},
	{
		id: 'sambanova',
		name: 'SambaNova Cloud',
		shortName: {en: 'SambaNova', 'zh-CN': 'SambaNova'},
		hosts: [{pattern: 'api.sambanova.ai'}],
		// The Billing page its rate-limit docs link and its own 402 names (billing_portal_url).
		consoleUrl: 'https://cloud.sambanova.ai/plans/billing',
		rateLimitUrl: 'https://docs.sambanova.ai/docs/en/models/rate-limits',
		// "the API section of the SambaCloud portal" (its docs' API keys and URLs page).
		keysUrl: 'https://cloud.sambanova.ai/apis',
		balanceReader: null,
	},
	{
		// Prime Intellect Inference: routes each request to one of several model providers.
		id: 'prime-intellect',
		name: 'Prime Intellect Inference',
		shortName: {en: 'Prime Intellect', 'zh-CN': 'Prime Intellect'},
		hosts: [{pattern: 'api.pinference.ai'}],
		// The pages its own CLI names for a 402 and for a refused key.
		consoleUrl: 'https://app.primeintellect.ai/dashboard/billing',
		rateLimitUrl: null,
		keysUrl: 'https://app.primeintellect.ai/dashboard/tokens',
		balanceReader: null,
		sendsCallsOn: true,
	},
	{
		id: 'wandb-inference',
		name: 'W&B Inference',
		hosts: [{pattern: 'api.inference.wandb.ai'}],
		// "Activate pay-as-you-go or upgrade" (its usage-limits page).
		consoleUrl: 'https://wandb.ai/subscriptions',
		rateLimitUrl: 'https://docs.wandb.ai/inference/usage-limits',
		keysUrl: 'https://wandb.ai/settings',
		balanceReader: null,
	},
	{
		id: 'novita',
		name: 'Novita AI',
		hosts: [{pattern: 'api.novita.ai'}],
		// The page its own docs name for an insufficient balance; keys and limits from its LLM API docs.
		consoleUrl: 'https://novita.ai/billing',
		rateLimitUrl: 'https://novita.ai/docs/guides/llm-rate-limits',
		keysUrl: 'https://novita.ai/settings/key-management',
		balanceReader: null,
	},
	{
		// Bedrock's runtime (its native and OpenAI-compatible APIs) and its Mantle endpoint, per region;
		// billed to the AWS account, so the AWS Billing and Cost Management console.
		id: 'bedrock',
		name: 'Amazon Bedrock',
		shortName: {en: 'Bedrock', 'zh-CN': 'Bedrock'},
		hosts: [{pattern: 'bedrock-runtime.*.amazonaws.com'}, {pattern: 'bedrock-mantle.*.api.aws'}],
		consoleUrl: 'https://console.aws.amazon.com/billing/home',
		rateLimitUrl: 'https://docs.aws.amazon.com/bedrock/latest/userguide/quotas.html',
		balanceReader: null,
	},
	{
		id: 'hyperbolic',
		name: 'Hyperbolic',
		hosts: [{pattern: 'api.hyperbolic.xyz'}],
		// Its dashboard: funds are added in its Billing section (its docs).
		consoleUrl: 'https://app.hyperbolic.ai',
		rateLimitUrl: 'https://docs.hyperbolic.ai/inference/performance-limits',
		balanceReader: null,
	},
	{
		// Passes the user's own DeepSeek key on: DeepSeek bills the user (docs/relays.md). Its own
		// page for the gateway (logs, settings, Unified Billing credits) is the console link.
		id: 'cloudflare-ai-gateway',
		name: 'Cloudflare AI Gateway',
		shortName: {en: 'Cloudflare', 'zh-CN': 'Cloudflare'},
		hosts: [{pattern: 'gateway.ai.cloudflare.com', path: '/v1/*/*/deepseek'}],
		consoleUrl: 'https://dash.cloudflare.com/?to=/:account/ai/ai-gateway',
		rateLimitUrl: 'https://developers.cloudflare.com/ai-gateway/features/rate-limiting/',
		ownAuth: {header: 'cf-aig-authorization', url: 'https://developers.cloudflare.com/ai-gateway/configuration/authentication/', switchable: true},
		balanceReader: 'deepseek',
		sendsCallsOn: true,
		passesKeyOn: 'deepseek',
	},
	{
		// PPIO (派欧云, formerly PPInfra): api.ppio.com/openai now, api.ppinfra.com/v3/openai in its
		// older docs; one account on ppio.com, whose billing and key pages its own docs name.
		id: 'ppio',
		name: 'PPIO (派欧云)',
		chineseName: '派欧云 PPIO',
		shortName: {en: 'PPIO', 'zh-CN': '派欧云'},
		hosts: [{pattern: 'api.ppio.com'}, {pattern: 'api.ppinfra.com'}],
		consoleUrl: 'https://ppio.com/billing',
		rateLimitUrl: null,
		keysUrl: 'https://ppio.com/settings/key-management',
		balanceReader: null,
	},
	{
		// Huawei Cloud's ModelArts Studio (MaaS), OpenAI-compatible at api.modelarts-maas.com/v1; billed
		// to the Huawei Cloud account (its Billing Center). Keys are made per region in the MaaS
		// console's "API Key管理" menu, with no page of their own.
		id: 'huawei-maas',
		name: 'Huawei Cloud MaaS',
		chineseName: '华为云 MaaS',
		shortName: {en: 'MaaS', 'zh-CN': 'MaaS'},
		hosts: [{pattern: 'api.modelarts-maas.com'}],
		consoleUrl: 'https://account.huaweicloud.com/usercenter',
		rateLimitUrl: null,
		balanceReader: null,
	},
	{
		// Tencent Cloud's TokenHub (大模型服务平台 TokenHub), OpenAI-compatible, serving DeepSeek V4 among others:
		// its own docs give the Guangzhou and Singapore hosts and a backup pair on .tech; OpenClaw's docs give
		// tokenhub(-intl).tencentmaas.com. Billed to the Tencent Cloud account (its Billing Center, as for
		// LKEAP); its docs name no page of its own for the keys (an "API Key Management" page of the console).
		id: 'tencent-tokenhub',
		name: 'Tencent Cloud TokenHub',
		chineseName: '腾讯云 TokenHub',
		shortName: {en: 'TokenHub', 'zh-CN': 'TokenHub'},
		hosts: [
			{pattern: 'tokenhub.tencentcloudmaas.com'},
			{pattern: 'tokenhub-intl.tencentcloudmaas.com'},
			{pattern: 'tokenhub.tencentcloudmaas.tech'},
			{pattern: 'tokenhub-intl.tencentcloudmaas.tech'},
			{pattern: 'tokenhub.tencentmaas.com'},
			{pattern: 'tokenhub-intl.tencentmaas.com'},
		],
		consoleUrl: 'https://console.cloud.tencent.com/expense/overview',
		rateLimitUrl: null,
		balanceReader: null,
	},
	{
		// Helicone's DeepSeek gateway (docs.helicone.ai, getting-started/integration-method/deepseek): the
		// user's own DeepSeek key in Authorization, passed on to DeepSeek, which bills the user
		// (docs/relays.md); Helicone's own key in Helicone-Auth, made on the page its docs link.
		// It has no billing of its own in front of DeepSeek, so no console.
		id: 'helicone',
		name: 'Helicone',
		hosts: [{pattern: 'deepseek.helicone.ai'}],
		consoleUrl: null,
		rateLimitUrl: null,
		ownAuth: {header: 'Helicone-Auth', url: 'https://helicone.ai/developer'},
		balanceReader: 'deepseek',
		sendsCallsOn: true,
		passesKeyOn: 'deepseek',
	},
	{
		id: 'unknown',
		name: 'Unknown service',
		hosts: [],
		consoleUrl: null,
		rateLimitUrl: null,
		balanceReader: null,
		sendsCallsOn: true,
	},
];

const rowsById = new Map(providerTable.map(row => [row.id, row]));

/** The table row of a provider (every ProviderId has one). */
export function providerRow(id: ProviderId): ProviderRow {
	const row = rowsById.get(id);
	if (!row) throw new Error(`No provider table row for ${id}`);
	return row;
}

/** The user's own billing page (a row's `billingPage`) that `text` names, among `rows` (default: every row). */
export function billingPageIn(text: string, rows: readonly ProviderRow[] = providerTable): string | undefined {
	for (const row of rows) {
		const page = row.billingPage?.exec(text)?.[0];
		if (page !== undefined) return page;
	}
	return undefined;
}

/**
 * DeepSeek's outage can fail calls that go to this service: DeepSeek itself, or a service
 * that may send them on to it (`undefined`: a host nothing recognises).
 */
export function outageCanReach(id: ProviderId | undefined): boolean {
	return id === undefined || id === 'deepseek' || providerRow(id).sendsCallsOn === true;
}

/**
 * Calls through this service reach DeepSeek's API with the user's own key, and DeepSeek bills
 * the user's own account: DeepSeek itself, or a gateway that passes the key on (`passesKeyOn`).
 */
export function billsUsersDeepSeek(id: ProviderId | undefined): boolean {
	return id === 'deepseek' || (id !== undefined && providerRow(id).passesKeyOn === 'deepseek');
}

/** A gateway that passes the user's own DeepSeek key on (not DeepSeek itself). */
export function passesKeyOn(id: ProviderId | undefined): boolean {
	return id !== undefined && id !== 'deepseek' && billsUsersDeepSeek(id);
}

/**
 * Another service in front of the calls, with money, keys or limits of its own: a relay or a
 * vendor. Neither DeepSeek, nor a host nothing recognises, nor a gateway that passes the key on.
 */
export function isOtherService(id: ProviderId | undefined): boolean {
	return id !== undefined && id !== 'unknown' && !billsUsersDeepSeek(id);
}
