// The service behind a base URL (DeepSeek itself, a relay, a cloud) and its balance.

export const providerIds = [
	'deepseek',
	'openrouter',
	'siliconflow',
	'one-api',
	'new-api',
	'together',
	'fireworks',
	'volcengine-ark',
	'dashscope',
	'tencent-lkeap',
	'baidu-qianfan',
	'azure',
	'github-models',
	'openai',
	'nvidia',
	'modelscope',
	'zhipu',
	'opencode-zen',
	'groq',
	'huggingface',
	'vercel-ai-gateway',
	'deepinfra',
	'venice',
	'cline',
	'kilo',
	'ollama-cloud',
	'cloudflare-workers-ai',
	'cerebras',
	'sambanova',
	'prime-intellect',
	'wandb-inference',
	'novita',
	'bedrock',
	'hyperbolic',
	'cloudflare-ai-gateway',
	'ppio',
	'huawei-maas',
	'tencent-tokenhub',
	'helicone',
	'anthropic',
	'unknown',
] as const;
export type ProviderId = (typeof providerIds)[number];

/** `provider` in `check --json` (docs/interface.md). */
export type ProviderInfo = {
	id: ProviderId;
	name: string;
	detectedBy: 'host' | 'fingerprint' | 'error';
	/** Where the user tops up / manages that service; null when unknown. */
	consoleUrl: string | null;
};

/**
 * A relay's own balance, read with the user's key. Rendered into `check --json`'s
 * `balance` in the same shape as DeepSeek's, plus `provider`, `unit` and `source`.
 */
export type ProviderBalance = {
	provider: ProviderId;
	/** 'USD' | 'CNY' | 'quota' (raw gateway units) … */
	unit: string;
	/** What is left; null when the service does not say (e.g. a key with no cap). */
	remaining: string | null;
	/** Bonus and paid credit, where the service splits its balance so (SiliconFlow); null where it does not. */
	granted: string | null;
	toppedUp: string | null;
	/**
	 * Not a bonus: the most this key or token may spend in all (its limit or quota), or
	 * the credits the account bought; `remaining` is what is left of it. Absent where the
	 * service does not say.
	 */
	limit?: string;
	/** True when the key/token has no limit of its own. */
	unlimited: boolean;
	/** The key/token is used up (remaining 0, or the service said so). */
	exhausted: boolean;
	/** The amount is this key's own credit limit, not the account's balance: raising the limit is what helps. */
	keyLimit?: boolean;
	/** The day (YYYY-MM-DD, UTC) a gateway token expired, when that has passed: the gateway refuses it whatever quota it has left. */
	expiredOn?: string;
	/** Endpoint path that was read, e.g. `/api/v1/key`. */
	source: string;
	/** A short, safe sentence about caveats ("no cap on this key; account credits: …"). */
	note: string | undefined;
};
