// Facts about DeepSeek's platform (docs/deepseek-api.md), each in one place.

export const defaultBaseUrl = 'https://api.deepseek.com';
export const officialApiHost = 'api.deepseek.com';

/** One of DeepSeek's websites (deepseek.com, platform., chat., www.…): web pages, never the API's answers. */
export function isDeepSeekWebsiteHost(hostname: string): boolean {
	const host = hostname.toLowerCase();
	return host !== officialApiHost && (host === 'deepseek.com' || host.endsWith('.deepseek.com'));
}

export const defaultStatusUrl =
	'https://statuspage.flashduty.com/api/status-page/6410630422455/summary/active';
const statusPageUrl = 'https://status.deepseek.com';
/**
 * The components DeepSeek's status page lists, by the name it gives them (in Chinese), with their names in English: an
 * English row shows these; a name not listed here is shown as it comes, and check --json keeps the page's own.
 */
export const statusComponentsInEnglish: ReadonlyMap<string, string> = new Map([
	['API 服务', 'API service'],
	['网页对话服务', 'web chat service'],
]);
export const traceIdHeader = 'x-ds-trace-id';
/** The paths the checks add to the base URL: the model list, the balance, the paid test call. */
export const apiPaths = {models: '/models', userBalance: '/user/balance', chatCompletions: '/chat/completions'} as const;
export const keyEnvVar = 'DEEPSEEK_API_KEY';
/** Variables through which common tools and SDKs are pointed at a base URL (DeepSeek's own first). */
export const baseUrlEnvVars = ['DEEPSEEK_BASE_URL', 'DEEPSEEK_API_BASE', 'OPENAI_BASE_URL', 'OPENAI_API_BASE', 'ANTHROPIC_BASE_URL'] as const;
export type BaseUrlEnvVar = (typeof baseUrlEnvVars)[number];
export const isBaseUrlEnvVar = (value: unknown): value is BaseUrlEnvVar => baseUrlEnvVars.includes(value as BaseUrlEnvVar);
/**
 * Variables other tools read a DeepSeek key from (the OpenAI SDK pointed at DeepSeek; Claude
 * Code on DeepSeek's Anthropic endpoint). Never sent: only named when DEEPSEEK_API_KEY is missing.
 */
export const otherKeyEnvVars = ['OPENAI_API_KEY', 'ANTHROPIC_AUTH_TOKEN', 'ANTHROPIC_API_KEY'] as const;
export type OtherKeyEnvVar = (typeof otherKeyEnvVars)[number];
export const isOtherKeyEnvVar = (value: unknown): value is OtherKeyEnvVar => otherKeyEnvVars.includes(value as OtherKeyEnvVar);
/** The key variables a tool sends to the address in each base-URL variable, in the order it reads them (the OpenAI SDK; Claude Code). */
export const keyEnvVarsFor: Partial<Record<BaseUrlEnvVar, readonly OtherKeyEnvVar[]>> = {
	OPENAI_BASE_URL: ['OPENAI_API_KEY'],
	OPENAI_API_BASE: ['OPENAI_API_KEY'],
	ANTHROPIC_BASE_URL: ['ANTHROPIC_AUTH_TOKEN', 'ANTHROPIC_API_KEY'],
};

/** The agent apps whose own settings the tool reads (claude-code-env.ts, opencode-config.ts, continue-config.ts, aider-config.ts, codex-config.ts): where many keep their DeepSeek key. */
export type AgentApp = 'claude_code' | 'opencode' | 'continue' | 'aider' | 'codex';
/** Their names, the same in every language. */
export const agentAppNames: Record<AgentApp, string> = {claude_code: 'Claude Code', opencode: 'OpenCode', continue: 'Continue', aider: 'Aider', codex: 'Codex'};

/** Claude Code's user settings file, as messages name it (where no other file is known: claude-code-env.ts). */
export const claudeCodeUserFile = '~/.claude/settings.json';
/** Each agent app's user settings file, as messages name it where no other file is known. */
export const agentAppUserFiles: Record<AgentApp, string> = {claude_code: claudeCodeUserFile, opencode: '~/.config/opencode/opencode.json', continue: '~/.continue/config.yaml', aider: '~/.aider.conf.yml', codex: '~/.codex/config.toml'};
/** The agent apps in the order their settings are named and offered. */
export const agentApps: readonly AgentApp[] = ['claude_code', 'opencode', 'continue', 'aider', 'codex'];
export const isAgentApp = (value: unknown): value is AgentApp => agentApps.includes(value as AgentApp);
/** Each agent app as the command line names it (`--key-from claude-code`). */
export const agentAppFlagNames: Record<AgentApp, string> = {claude_code: 'claude-code', opencode: 'opencode', continue: 'continue', aider: 'aider', codex: 'codex'};
/** The command that checks the key an agent app sends (`--key-from`). */
export const checkAppKeyCommand = (app: AgentApp): string => `deepseek-fix check --key-from ${agentAppFlagNames[app]}`;

/** Path suffixes users paste into tools; stripped before building our URLs. */
export const baseUrlSuffixes = ['/v1', '/beta', '/anthropic'] as const;
/**
 * Endpoint paths a tool adds to its base URL itself (OpenAI's chat and completions, its
 * Responses API, which DeepSeek serves since 2026-07-31, Anthropic's messages), found pasted
 * at the end of a base URL: the checks use the base URL without them, and the endpoint
 * check says so.
 */
export const endpointPaths = ['/chat/completions', '/responses', '/v1/messages', '/completions'] as const;
/** The version path Anthropic's SDKs add after their base URL (`/v1/messages`): pasted after `/anthropic`, it is left out (url.ts). */
export const anthropicVersionPath = '/v1';
/** DeepSeek's Anthropic-compatible base URL (ANTHROPIC_BASE_URL for Claude Code and other Anthropic-format tools). */
export const anthropicBaseUrl = 'https://api.deepseek.com/anthropic';

export const platformUrls = {
	apiKeys: 'https://platform.deepseek.com/api_keys',
	topUp: 'https://platform.deepseek.com/top_up',
	transactions: 'https://platform.deepseek.com/transactions',
	usage: 'https://platform.deepseek.com/usage',
	pricing: 'https://api-docs.deepseek.com/quick_start/pricing',
	errorCodes: 'https://api-docs.deepseek.com/quick_start/error_codes',
	faq: 'https://api-docs.deepseek.com/faq',
	rateLimit: 'https://api-docs.deepseek.com/quick_start/rate_limit',
	statusPage: statusPageUrl,
	supportMail: 'mailto:api-service@deepseek.com',
} as const;

export const supportEmail = 'api-service@deepseek.com';

/** Only when `/models` cannot be read: the probe needs some model id. */
export const probeFallbackModel = 'deepseek-v4-flash';

/** DeepSeek's own error messages for service trouble (docs/deepseek-api.md, "Error answers"). */
export const deepseekServiceErrors: ReadonlyMap<number, string> = new Map([
	[429, 'Rate Limit Reached'],
	[500, 'Server Error'],
	[503, 'Server Overloaded'],
]);
