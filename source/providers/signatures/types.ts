// What matching is given (SignatureInput), what it answers (ErrorSignatureMatch), and what it looks at (Seen).
import type {ApiErrorBody, BodyProblem} from '../../deepseek/types.js';
import type {ProviderId} from '../types.js';
import type {SignatureKind} from './kinds.js';

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
	/** With `token_exhausted`: a workspace's or organization's budget its administrators set (OpenRouter's): they raise it. */
	adminBudget?: true;
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
	/** With `account_refused`: the user's role there lacks the permission to use the service (Hatz's AI Gateway): an administrator grants it. */
	roleAccess?: true;
	/**
	 * With `account_refused`: a gateway knows the key (its consumer) but has not allowed it on the route the calls take
	 * (Higress's key-auth 403 "Unauthorized consumer."): whoever runs the gateway allows it, not a wrong key.
	 */
	consumerAccess?: true;
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
	 * Or a router has the model but no provider of it that serves the call as asked (`routing`,
	 * OpenRouter's "No endpoints found that support tool use" / "… matching your data policy"):
	 * not the key; another model, or the account's settings there.
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
export type ModelAccess = 'activate' | 'endpoint' | 'routing';

/** Whether a detail read back from a result (loose JSON) is a ModelAccess. */
export function isModelAccess(value: unknown): value is ModelAccess {
	return value === 'activate' || value === 'endpoint' || value === 'routing';
}

/** What matching looks at, gathered once. */
export type Seen = {
	status: number;
	type: string;
	code: string;
	/** The error message, its type and code, and the start of the raw body: one string to match against. */
	words: string;
	limitSource: string | undefined;
	hint: ProviderId | undefined;
};

/** Matching looks only this far into a body (error bodies are short). */
export const bodyPrefixLength = 4000;

/**
 * Why a service does not let this account use it (`account_refused`, by its flags): not enabled for it or its
 * organization, not for its kind of account (`personal`), not for the user's role (`role`), or the key's consumer not
 * allowed on the route by the gateway's operator (`consumer`). The summary, the fix and the wizard's title say which.
 */
export type AccountRefusal = 'not_enabled' | 'personal' | 'role' | 'consumer';

export function accountRefusal(flags: {personalAccount?: boolean; roleAccess?: boolean; consumerAccess?: boolean}): AccountRefusal {
	return flags.personalAccount === true ? 'personal' : flags.roleAccess === true ? 'role' : flags.consumerAccess === true ? 'consumer' : 'not_enabled';
}
