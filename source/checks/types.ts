// The shape every live check shares, and what the runner hands to each check.
// The engine's contract: checks/, diagnose/, report/ and the wizard all read these.
import type {KeyStores} from '../deepseek/saved-key.js';
import type {ApiClient} from '../deepseek/types.js';
import type {AppSettings} from '../app-settings.js';
import type {AgentApp, OtherKeyEnvVar} from '../deepseek/facts.js';
import type {ProjectEnv} from '../project-env.js';

/** Stable check ids (docs/interface.md): JSON consumers depend on them. */
export const checkIds = [
	'key_present',
	'key_format',
	'network',
	'endpoint',
	'auth',
	'balance',
	'service_status',
	'probe',
	'key_exposure',
	'usage_trend',
] as const;
export type CheckId = (typeof checkIds)[number];

/** `error` = the check itself could not complete (timeout, unreadable answer). */
export const checkStatuses = ['pass', 'warn', 'fail', 'skip', 'error'] as const;
export type CheckStatus = (typeof checkStatuses)[number];

/** What a check's `run` returns; the runner adds id, title and durationMs. */
export type CheckOutcome = {
	status: CheckStatus;
	/** One line for humans, already safe to print (no key, no escape sequences). */
	summary: string;
	/** Machine-readable facts for diagnose() and `check --json`; never holds the key. */
	details: Record<string, unknown>;
};

export type CheckResult = CheckOutcome & {
	id: CheckId;
	title: string;
	durationMs: number;
};

/**
 * Where the key in use came from (shown to the user, remembered in settings). `dotenv`:
 * DEEPSEEK_API_KEY in a dotenv file a program in the folder the tool runs in loads (`.env.local`, `.env`, `../.env`; project-env.ts; an extension).
 */
/** `claude_code`, `opencode`, `continue`: the key in Claude Code's settings, OpenCode's or Continue's config, picked in the wizard (never taken on its own). */
/** `variable`: the key in another tool's variable (OPENAI_API_KEY…, CheckContext's `keyVariable`), picked in the wizard (never taken on its own). */
export type KeySource = 'env' | 'dotenv' | 'remembered' | 'prompt' | AgentApp | 'variable' | 'none';

/** One remembered balance reading (settings keep a bounded list of these). */
export type BalanceSample = {
	at: string;
	currency: string;
	total: string;
	/** Bonus part at that time (lets us say later that bonus credit ran out). */
	granted?: string;
	toppedUp?: string;
	/** Whose balance it was: domain/balance-history.ts accountOf (absent in readings from before). */
	account?: string;
	/** DeepSeek said `is_available: false` then: it could not pay, whatever the total (absent: it could, or from before). */
	unavailable?: true;
};

export type CheckContext = {
	/** Normalised base URL (no trailing /, /v1, /beta, /anthropic). */
	baseUrl: string;
	/** What the user configured, before normalising (shown back to them). */
	rawBaseUrl: string;
	/**
	 * The OpenAI-compatible root the user's tools call — `/models` and `/chat/completions`
	 * are appended to it, as SDKs do: the configured URL with its `/v1` kept (gateways such
	 * as one-api only answer there) and only `/beta` or `/anthropic` removed.
	 */
	callBaseUrl: string;
	apiKey: string | undefined;
	keySource: KeySource;
	/** With `keySource: 'variable'`: the variable the key was taken from (OPENAI_API_KEY…). */
	keyVariable?: OtherKeyEnvVar | undefined;
	/** With `keyVariable`: the folder's dotenv file that holds it (`.env`), where the environment does not. */
	keyVariableFile?: string | undefined;
	/** What the folder's dotenv files set, used or not (key_present compares its key with the one in use; endpoint lists its base URLs). */
	projectEnv: ProjectEnv;
	/**
	 * What the agent apps' settings give their key and base URL, one record by app (app-settings.ts), read on the first
	 * call (key_present without a key, endpoint once its requests are on the wire); a promise, as Continue's YAML parser
	 * loads only where its config may name a provider asked.
	 */
	appSettings: () => Promise<AppSettings>;
	statusUrl: string;
	/** Per-check deadline in ms. */
	timeoutMs: number;
	/** True only when the user agreed to the one paid `max_tokens: 1` call. */
	allowProbe: boolean;
	/**
	 * How that agreement is given: `--probe` on the command line, or the wizard's question
	 * (where a call not made was declined, and a flag means nothing). Unset: the flag.
	 */
	probeConsent?: 'flag' | 'question';
	/** The model the test call must use (--model, or the wizard's pick); undefined: choose from /models. */
	probeModel?: string | undefined;
	/** The model remembered from the wizard: used when /models lists it and none was asked for. */
	rememberedProbeModel?: string | undefined;
	/** Where keys are saved for later shells (start-up files, Windows' variables): this computer's unless a test gives its own. */
	keyStores?: KeyStores;
	/** Environment to inspect (OPENAI_BASE_URL etc.); injected for tests. */
	env: Readonly<Record<string, string | undefined>>;
	/** Folder the key-exposure scan looks at. */
	cwd: string;
	/** Remembered balance readings, oldest first (for usage_trend). */
	balanceHistory: readonly BalanceSample[];
	/** The user's low-balance alert level (settings or `balance --below`), if any. */
	alertThreshold: {amount: string; currency: string | undefined} | undefined;
	/** "Now" for trend maths; injected so tests are deterministic. */
	now: Date;
	/** HTTP client bound to baseUrl and key; GETs are shared between checks of one run. */
	api: ApiClient;
	/** Results of the checks this one depends on (see Check.needs). */
	results: ReadonlyMap<CheckId, CheckResult>;
};

export type Check = {
	id: CheckId;
	/** A getter over checkMessages: read where it is shown, so it is in the language of that moment. */
	readonly title: string;
	/**
	 * Checks whose results must be in ctx.results before this one runs, and which every run of it makes. A check
	 * that sends the key needs key_format: a key no request can carry is diagnosed from its result alone.
	 */
	needs?: readonly CheckId[];
	run(ctx: CheckContext, signal: AbortSignal): Promise<CheckOutcome>;
	/**
	 * Local work after `run` that must not hold the checks that need this one (key_present reads
	 * the start-up files once the requests are on the wire): those start with `run`'s outcome in
	 * ctx.results, and this check's row, the diagnosis and the JSON get what this returns.
	 */
	later?(ctx: CheckContext, signal: AbortSignal, outcome: CheckOutcome): Promise<CheckOutcome>;
	/**
	 * How this check's row says a failed request's sentence, where not as it is (the status page's "Unknown. …"): its
	 * run says it so, and the runner says it so again where it resays that failure (checks/unreached.ts).
	 */
	saysFailure?: SaysFailure;
};

/** A row's sentence around a failed request's own sentence (Check's `saysFailure`). */
export type SaysFailure = (failed: string) => string;
