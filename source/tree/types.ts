// The decision tree's vocabulary: nodes (data), what the wizard knows, and the walk's state.
import type {AgentApp, BaseUrlEnvVar, OtherKeyEnvVar} from '../deepseek/facts.js';
import type {SavedKey, StartupKey} from '../deepseek/saved-key.js';
import type {OwnApiVendor} from '../deepseek/url.js';
import type {BaseUrlSource, KeyElsewhere, KeySentElsewhere} from '../context.js';
import type {ProviderId} from '../providers/types.js';
import type {CheckId, CheckResult, KeySource} from '../checks/types.js';
import type {AppKeyElsewhere, AppKeyToVendor} from '../checks/app-keys.js';
import type {Language} from '../messages/language.js';
import type {Diagnosis, Fix, Verdict} from '../verdict.js';
import type {DotenvFullWidth, DotenvUtf16} from '../project-env.js';

export type NodeId = string;

/** What the wizard knows before it asks anything (worked out once, at start). */
export type Known = {
	/** The key that would be used now, masked, and where it comes from. */
	key: {masked: string; source: KeySource} | undefined;
	/** The dotenv files that set DEEPSEEK_API_KEY (the key in use, or `projectEnvKey`) and DEEPSEEK_BASE_URL, as messages name them (`.env.local`, `../.env`); `.env` when not given. */
	dotenvFiles?: {key: string; baseUrl: string};
	/** DEEPSEEK_API_KEY, masked (undefined when unset or blank). */
	envKey: string | undefined;
	/** DEEPSEEK_API_KEY is set to nothing but spaces (or nothing). */
	envKeyBlank: boolean;
	/** The remembered key, masked. */
	rememberedKey: string | undefined;
	/** The key pasted on this run is the remembered one (saved now or before): "remember my key" has nothing left to do. */
	pastedKeyRemembered?: boolean;
	/** DEEPSEEK_API_KEY in the .env of the folder the tool runs in, masked; only where it is not the key in DEEPSEEK_API_KEY. */
	projectEnvKey?: string | undefined;
	/**
	 * The DeepSeek-shaped key in each agent app's settings (Claude Code's settings, OpenCode's and Continue's config;
	 * Continue's once read), where it is none of the keys offered before it: the key question offers each.
	 */
	appKeys?: Partial<Record<AgentApp, AppKeyOffer>> | undefined;
	/** Keys in other tools' variables of the environment, where none of the keys offered before: the key question offers one where it fits (nodes.ts). */
	variableKeys?: readonly VariableKeyOffer[] | undefined;
	/** No key found, but another tool's variable holds a DeepSeek-shaped one (masked; never sent unless picked or pasted). */
	keyElsewhere?: KeyElsewhere | undefined;
	/** No key anywhere, but the folder's dotenv file sets DEEPSEEK_API_KEY and is saved as UTF-16, which no loader reads (project-env.ts). */
	dotenvUtf16?: DotenvUtf16 | undefined;
	/** No key anywhere, but a dotenv file's line would set DEEPSEEK_API_KEY had its ＝ not been typed full-width (project-env.ts). */
	dotenvFullWidth?: DotenvFullWidth | undefined;
	/** No key here, but DEEPSEEK_API_KEY is saved for later shells: a start-up file (as `~/.zshrc`) or Windows' variables (deepseek/saved-key.ts). */
	keySavedIn?: SavedKey | undefined;
	/** With DEEPSEEK_API_KEY set: another key a start-up file or Windows' variables save for new shells, masked. */
	startupKey?: StartupKey | undefined;
	/** With a key: the agent apps that send another DeepSeek key to DeepSeek or to the base URL in use, in their order, masked (checks/app-keys.ts). */
	otherAppKeys?: readonly AppKeyElsewhere[] | undefined;
	/** With a key: the agent apps that send a DeepSeek key to their vendor's own API (Claude Code's to Anthropic's), as check's key_present warns (checks/app-keys.ts). */
	appKeysToVendor?: readonly AppKeyToVendor[] | undefined;
	/** Other tools' variables that send a DeepSeek key to their vendor's own API (context.ts keysSentToVendor, as key_present lists them). */
	variableKeysToVendor?: readonly KeySentElsewhere[] | undefined;
	/** The base URL in use now (as configured) and where that comes from. */
	baseUrl: string;
	baseUrlSource: BaseUrlSource;
	/** Other base URLs the environment (or, `source: 'dotenv'`, the dotenv file `dotenvFile`) points tools at (OPENAI_BASE_URL …). */
	otherBaseUrls: ReadonlyArray<{
		name: string;
		/** Normalised (DeepSeek's `/anthropic` is its root): what the checks use. */
		url: string;
		source?: 'dotenv' | AgentApp;
		dotenvFile?: string;
		settingsFile?: string;
		/** An agent app's setting the environment gives (Aider's AIDER_… variables), in place of `settingsFile`. */
		inEnvironment?: true;
		/**
		 * The address as the variable or the app's settings write it (sanitised, a relay's /v1 kept): the one the user's tool
		 * calls and recognises, shown in place of `url` and checked when picked (the checks normalise it as `check --base-url` does).
		 */
		written?: string;
		/**
		 * A variable that sends a DeepSeek-shaped key (`keyVariable`'s, masked) to its vendor's own API (OpenAI's), which
		 * refuses it: kept, and said (context.ts sendsElsewhere leaves that API out otherwise). `keyFile`: the dotenv file that
		 * holds that key, where the environment does not.
		 */
		deepSeekKeyTo?: {vendor: OwnApiVendor; keyVariable: OtherKeyEnvVar; masked: string; keyFile?: string};
	}>;
	/** DeepSeek's own base URL ("also check my DeepSeek account"); injectable for tests. */
	deepseekBaseUrl: string;
	/** The service the base URL's host names, when it is not DeepSeek. */
	providerName: string | undefined;
	/** That service is a gateway that passes the user's own DeepSeek key on (Cloudflare AI Gateway, Helicone): the balance is DeepSeek's. */
	providerPassesKeyOn?: boolean;
	/**
	 * `language`: the one `summary` is in (English in files from before there were two); `changed`: it was found
	 * at another base URL, or with another key there, than the one in use now (absent: the same, or not known);
	 * `toppedUpSince`: of this account, the reading it was found on (or one since) could not pay and the latest one can:
	 * that reading (domain/balance-history.ts arrivedSinceResult).
	 */
	lastDiagnosis: {summary: string; verdict: Verdict; language: Language; path: readonly string[]; at?: string; changed?: 'baseUrl' | 'key'; keySource?: KeySource; toppedUpSince?: {at: string; total: string; currency: string}} | undefined;
	/** Currency of the last remembered balance reading (for the alert threshold). */
	currency: string | undefined;
	/** The model picked for the test call last time (in an earlier run, or this one's once its call kept it). */
	probeModel: string | undefined;
	/** The model this run's latest test call used: "just tried", not "last time", on the same walk. */
	probeModelTried?: string | undefined;
	/** The model named with --model, which the test call uses unless one is picked on the walk. */
	modelFlag?: string | undefined;
	/** The language a script running the equivalent command would speak without --lang (absent: not known). */
	scriptLanguage?: Language | undefined;
	/** The deadline of each request (--timeout, or the default). */
	timeoutMs?: number;
	/** The last remembered DeepSeek balance reading, and when it was taken. */
	lastBalance?: {total: string; currency: string; at: string};
	/** Spending per day from the remembered readings, and the days it leaves (when known). */
	trend?: {currency: string; burnPerDay: number; daysLeft: number | null};
	/** The low-balance alert, when one is set. */
	alert?: {amount: string; currency: string | undefined};
	/** The language the user switched to with L, when it is not the remembered one: the start menu offers to keep it. */
	languageToRemember?: Language | undefined;
};

/** Choices made so far on the walk; derived from the trail, so stepping back undoes them. */
export type Choices = {
	program?: 'own_code' | 'app' | 'gateway' | 'unsure';
	/** The error picked under "They fail with something else". */
	reported?: '401' | '429' | '5xx' | 'network';
	/** Which key to use; undefined = the usual precedence (environment, then remembered). */
	keyChoice?: 'env' | 'dotenv' | 'remembered' | 'prompt' | AgentApp | OtherKeyEnvVar;
	/** A base URL other than the configured one. */
	baseUrl?: string;
	/**
	 * The base-URL pick (its id) of a vendor's own API where a DeepSeek key is sent (Claude Code's api.anthropic.com, OPENAI_BASE_URL's
	 * api.openai.com): `baseUrl` is then DeepSeek's, where that key is checked instead (nodes.ts keyToVendorAt).
	 */
	toVendor?: string;
	/**
	 * What the failing calls use, kept when "also check my DeepSeek account" points the checks at DeepSeek's own
	 * base URL and key: "remember these settings" saves these, not DeepSeek's (the next run checks the calls' service).
	 * `provider`: the service its result found there (by its host or by its answers: one-api on this computer), the one
	 * source of its name on DeepSeek's result, which has only DeepSeek's results.
	 */
	calls?: {baseUrl: string; provider?: ProviderId} & Pick<Choices, 'keyChoice'>;
	/** The user agreed to the one paid 1-token call. */
	probe?: boolean;
	/** The model that call uses (picked from what /models listed, or typed in). */
	probeModel?: string;
	/** A low-balance alert the user just set. */
	alertAmount?: string;
	alertCurrency?: string;
	/** A longer deadline for each request, chosen after a timeout ("try again with a longer timeout"). */
	timeoutMs?: number;
};

/** What the wizard reads when it draws a node or decides where a check step leads. */
export type View = {
	known: Known;
	choices: Choices;
	/** Latest result of each check run on the way here. */
	results: ReadonlyMap<CheckId, CheckResult>;
	/** diagnose() over those results. */
	diagnosis: Diagnosis;
	/** The results before the user checked again or waited for a top-up (what changed since). */
	before?: ReadonlyMap<CheckId, CheckResult>;
	/** The checks of the last step that ran some: the rows a result screen shows as its evidence. Undefined: all of them. */
	shown?: ReadonlySet<CheckId>;
};

/** Side effects a pick asks the app to perform (the reducer itself stays pure). */
export type Effect =
	| {type: 'open'; url: string}
	| {type: 'save_report'}
	| {type: 'remember_settings'}
	| {type: 'remember_key'}
	| {type: 'remember_language'; language: Language}
	| {type: 'restart'}
	| {type: 'recheck'}
	/** Run the checks of this path again (with a longer deadline for each request, or at another base URL, when given). */
	| {type: 'check_again'; timeoutMs?: number; baseUrl?: string; keyChoice?: AgentApp; probe?: true}
	/** Put text on the clipboard (a fix's link, a trace id). */
	| {type: 'copy'; text: string; what: 'link' | 'address' | 'trace_id'}
	| {type: 'remove_alert'}
	| {type: 'quit'};

export type Option = {
	id: string;
	label: string;
	/**
	 * Shorter labels, in order, for a window where `label` would be cut (a link option: the
	 * page in words). The list draws the first that fits a row; never a URL cut short.
	 */
	shorter?: readonly string[];
	/** The part of `label` that is read only whole on one row (the link it names). */
	whole?: string;
	/** Where the pick leads; options with only an effect stay on the node. */
	next?: NodeId;
	/** Choices this pick makes (undone when the user steps back past it). */
	sets?: Choices;
	effect?: Effect;
};

type NodeBase = {
	id: NodeId;
	/** Short name in the breadcrumb. */
	crumb: string;
};

export type MenuNode = NodeBase & {
	kind: 'menu';
	question(view: View): string;
	/** Lines shown under the question (why it is asked, where to look); `now`: the screen's clock (how long ago). */
	help?(view: View, now?: Date): string[];
	options(view: View): Option[];
	/** The option the cursor starts on, where not the first (nor an earlier answer, which wins). */
	startAt?(view: View): string | undefined;
};

export type InputNode = NodeBase & {
	kind: 'input';
	question(view: View): string;
	help?(view: View): string[];
	/** Hidden while typed (a key): the value never reaches the screen or the state. */
	secret: boolean;
	placeholder?: string;
	/** A sentence saying what is wrong with the value, or undefined when it is fine. */
	validate(value: string): string | undefined;
	/** Choices the value makes. */
	sets?(value: string, view: View): Choices;
	/** Something to do with the value before moving on (the app performs it). */
	effect?: 'save_alert';
	next: NodeId;
};

export type ChecksNode = NodeBase & {
	kind: 'checks';
	/** What is being checked, shown above the spinners. */
	title: string;
	checks: readonly CheckId[];
	/** Every node route() may return (the unit tests hold route() to it). */
	routes: readonly NodeId[];
	route(view: View): NodeId;
};

/** Looks at the balance again and again until a top-up arrives or the time is up. */
export type WaitNode = NodeBase & {
	kind: 'wait';
	/** What is being waited for, shown above the countdown. */
	title: string;
	/** Where the walk goes when the top-up arrived, and when the time ran out. */
	arrived: NodeId;
	timedOut: NodeId;
};

export type LeafTone = 'good' | 'bad' | 'warn' | 'info';

export type LeafContent = {
	tone: LeafTone;
	/** One line: what was found. Also remembered as the diagnosis summary. */
	title: string;
	/** The breadcrumb's name for what the title says, where that is not the leaf's own (a 5xx reported, an empty balance found). */
	crumb?: string;
	/** A few short paragraphs: why, and what to do. */
	lines: string[];
	/** The fixes, first one first; links open from the action list. */
	fixes: Fix[];
	/** Leaf-specific ways on (e.g. "also check my DeepSeek account"). */
	options?: Option[];
	/** Those ways come before the links: nothing needs fixing (a healthy balance), so Enter picks the likeliest next step, not a fix's page. */
	waysFirst?: boolean;
	/** The verdict to remember; leaves that only answer a question have none. */
	verdict?: Verdict;
	/**
	 * The verdict is the user's answer against what the tool found (picked "I don't have a key" while a key is set):
	 * it sets the exit code, but is not remembered as last time's result (the one before stays).
	 */
	answerOnly?: true;
	/** A trace id the leaf shows, offered for copying. */
	traceId?: string;
	/** The check whose finding the first line says again in plain words: its row is cut to one row (the evidence, not the same sentence twice). */
	restates?: CheckId;
	/** A second row the first line says again (the key format row under a refused key's 401): one row too. */
	restatesAlso?: CheckId;
	/** What that row says instead of its summary, when the title says the finding: the numbers alone, not the finding again. */
	restatedAs?: string;
	/** A good finding shown as a warning for this row's trouble (a key format warning under a balance read fine): the row is why the ⚠, kept as a first line is. */
	warnedBy?: CheckId;
};

export type LeafNode = NodeBase & {
	kind: 'leaf';
	content(view: View): LeafContent;
};

export type TreeNode = MenuNode | InputNode | ChecksNode | WaitNode | LeafNode;

/** One step of the walk. */
export type Step = {
	node: NodeId;
	/** The option picked here (menus) once the walk moved on. */
	answer?: string;
	/** The value given here (inputs); for secret inputs only a masked form. */
	input?: string;
	/** The results this step's checks produced (check steps, and a wait's last look). */
	results?: readonly CheckResult[];
	/** Where checking again or waiting ended: the results before, to say what changed. */
	before?: readonly CheckResult[];
};

export type WizardState = {
	/** From the start node to the current one (the breadcrumb). */
	trail: readonly Step[];
	/** The last answer given at each node, highlighted again when the user comes back. */
	answers: Readonly<Record<NodeId, string>>;
	/** The last value given at each (non-secret) input node, shown again on the way back. */
	inputs: Readonly<Record<NodeId, string>>;
	/** Counts check runs: a result that arrives for an older run (after Esc) is ignored. */
	runSerial: number;
	/** Checking again: the rest of the path to walk once more, and the results before. */
	again?: {path: readonly Step[]; before: readonly CheckResult[]};
	/** A longer deadline for each request, chosen on this walk. */
	timeoutMs?: number;
	/** Another base URL for the checks, chosen on this walk (the address a redirect named): it wins over any chosen before them. */
	baseUrl?: string;
	/** The key an agent app sends, chosen on this walk to check again with (key_present's `appKeys`): it wins over the key picked before the checks. */
	keyChoice?: AgentApp;
	/** The paid test call, chosen on this walk to check again with after it was skipped: it wins over the permission's answer. */
	probe?: true;
};

/** A key in an agent app's settings as the wizard offers it: masked, with its variable or field and its file. */
/** `keyVariable`: the environment variable the app reads this key from (text/app-setting.ts appKeyVariable), where no file holds it. */
export type AppKeyOffer = {masked: string; name: string; file: string; keyVariable?: string};

/**
 * A key in another tool's variable (OPENAI_API_KEY…), masked, with `sentTo`: the address the same tool's base-URL variable
 * (`baseVariable`, OPENAI_BASE_URL) sends it to, normalised, where one is set. `dotenvFile`: the key is in that dotenv file
 * of the folder (`.env.local`, `.env`), not in the environment. Each as a program here gets it: the base-URL variable may
 * be in the other place (project-env.ts variableHere).
 */
export type VariableKeyOffer = {name: OtherKeyEnvVar; masked: string; sentTo?: string; baseVariable?: BaseUrlEnvVar; dotenvFile?: string};
