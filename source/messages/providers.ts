// Sentences about the service behind the base URL: how it was recognised, what its
// errors mean, and what its own balance says (providers/detect, signatures, balance).
// Values passed in are already safe to print (sanitised, one line).
import {localized, type Messages} from './language.js';
import * as zhCN from './zh-CN/providers.js';

/** Evidence lines for `endpoint` details: how the provider was recognised. */
const detectMessagesEn = {
	gatewayStatus: (p: {name: string; systemName: string; version: string}) =>
		`GET /api/status answers like a ${p.name} gateway (system name "${p.systemName}", version ${p.version}).`,
	newApiByName: 'Its system name says New API.',
	newApiByFields: (p: {fields: readonly string[]}) => `Its /api/status has fields only new-api sends (${p.fields.join(', ')}).`,
	oneApiByDefault:
		'Nothing in its /api/status is specific to new-api (a fork of one-api), so it is taken for one-api; both are read the same way.',
	gatewayInvalidUrl: 'GET /v1/user/balance answers "Invalid URL", as one-api and new-api gateways do.',
	modelsOpenRouter: (p: {id: string}) => `/models lists ids such as "${p.id}", the way OpenRouter names models.`,
	modelsOpenRouterSlugs: 'Its /models entries carry canonical_slug, as OpenRouter\'s do.',
	modelsSiliconFlowPro: (p: {id: string}) => `/models lists "${p.id}": the Pro/ prefix is SiliconFlow's.`,
	modelsTogether: (p: {id: string}) =>
		`/models lists "${p.id}" in Together AI's format (a bare list with display names and organizations).`,
	modelsVendorPrefixAmbiguous: (p: {id: string}) =>
		`/models lists ids such as "${p.id}", the way SiliconFlow, Together AI and self-hosted model servers name them; that alone does not tell which service this is.`,
	modelsFireworks: (p: {id: string}) => `/models lists "${p.id}", the way Fireworks AI names models.`,
	modelsOwnedByDeepSeek: '/models lists models owned by "deepseek" (gateways can say that too).',
	deepseekBalanceShape: 'GET /user/balance answers in DeepSeek\'s balance format: the calls reach DeepSeek.',
	deepseekErrorShape: 'GET /user/balance answers with DeepSeek\'s own error wording and trace id: the calls reach DeepSeek.',
	deepseekAuthShape: 'GET /user/balance refuses the key with DeepSeek\'s own 401 message: the calls reach DeepSeek.',
	userBalanceNotFound: 'GET /user/balance answers 404; DeepSeek would answer it, so the calls do not reach DeepSeek.',
	userBalanceHtml: 'GET /user/balance answers with a web page instead of DeepSeek\'s balance: the calls do not reach DeepSeek.',
	userBalanceRefusedElsewhere: 'GET /user/balance refuses the key in words that are not DeepSeek\'s: another service answers, so the calls do not reach DeepSeek.',
	nothingKnown: 'Nothing in the answers names the service behind this base URL.',
};

/**
 * What an error answer means (`message` of an error signature), in words that name no
 * service: the same wording comes from many services, and gateways pass others' errors
 * on. The diagnosis names the service (by its product or its host).
 */
const signatureMessagesEn = {
	balanceExhausted: 'the balance or credits that pay for these calls are used up: top up where you pay for them.',
	tokenExhausted: 'this key or token has used up its own credit limit (the account behind it may still have some): raise its limit or top it up.',
	userQuota: 'the account behind this token has no quota left: top it up, or ask whoever runs the service.',
	accountOverdue: 'the account is suspended or in arrears (an unpaid bill or a spending limit): settle it in the billing console.',
	noPaymentMethod: 'no payment method is set up for the account there, so it refuses paid calls: add one in its billing.',
	planLimit: 'the plan\'s usage allowance for this week or month is used up (a limit of the plan, not a rate): it comes back when the period resets; to go on before then, pay for usage beyond the plan there.',
	extraUsageRequired: 'the subscription takes long-context requests (a model\'s 1M context) only with paid extra usage turned on: turn it on there, or use the model\'s standard context; waiting does not help.',
	freeTierOnly: 'the free quota for this model is used up, and the account is set to use the free quota only: switch that setting off in the service\'s console to go on at the paid rate (the account needs balance for that).',
	modelNeedsPaidBalance: 'this model is paid from topped-up balance only, and that is used up (gift or bonus credit does not count): top up, or pick a model your credit covers.',
	requestTooCostly: 'the credit left cannot pay for a request this large: lower max_tokens (or the prompt), or top up.',
	promptTooCostly: 'the credit left cannot pay for a prompt this long: send a shorter conversation (a new chat, or a smaller context length), or top up.',
	promptCapped: 'this key\'s plan takes prompts up to a number of tokens only (a free key\'s cap), whatever the credit: send a shorter conversation (a new chat, or a smaller context length), or use a paid key.',
	invalidKey: 'the key is not accepted.',
	/** A gateway that passes the key on refused its own token (Cloudflare's AI Gateway, 2009): the key itself was not checked. */
	gatewayTokenRefused: 'the gateway itself refuses the call: its own token is missing or not accepted (your key was not checked).',
	modelNotFound: 'the service has no model by the name the call sent (or not for this key): use a model name from its list.',
	/** A model not activated for the account (Volcengine Ark's ModelNotOpen, ServiceNotOpen). */
	modelNotActivated: 'the model is not activated for this account: activate it in the service\'s console (its model activation page), then call it again.',
	/** An account that must call models by an inference endpoint's id (Volcengine Ark's ModelIDAccessDisabled). */
	modelIdRefused: 'this account may not call a model by its id: create an inference endpoint for it in the service\'s console and send the endpoint\'s id (ep-…) as the model.',
	/** A gateway refusing a model it has no price for (new-api's model_price_error). */
	modelUnpriced: 'the gateway has no price set for this model, so it refuses calls to it: whoever runs it must set one; until then, use a model it has priced.',
	requestModerated: 'the service\'s content moderation refused what the request says: the key and the balance are fine; reword or leave out the flagged text.',
	requestRefused: 'the request itself is refused (longer than the model takes, a max_tokens out of range, or content the service will not process): the key and the balance are fine; change what the app sends.',
	userBlocked: 'the account behind this key is blocked there (banned or disabled): only whoever runs the service can lift that; a new key will not help.',
	tokenDisabled: 'this token is disabled or expired at the service: enable it again or make a new one in its console.',
	tokenGroupRefused: 'the gateway refuses the group this token is in (not open to your account there, or no longer there): move the token to a group you can use in its console; a new key in the same group will not help.',
	gatewayInvalidToken: 'the token is not accepted; New API gateways also say this for a token whose quota is used up.',
	regionRefused: 'the service refuses calls from the country or region they come from: not the key, not the balance.',
	accountRefused: 'the service is not enabled for this account or its organization (a setting of the account there, which its administrator changes): not the key, not the balance, not a rate limit.',
	consumerRefused: 'the gateway knows the key but has not allowed it (its consumer) on this route (whoever runs it allows it): not a wrong key, not the balance, not a rate limit.',
	roleRefused: 'your role there does not include access to the service (an administrator adds it): not the key, not the balance, not a rate limit.',
	personalAccountRefused: 'the service does not take this kind of account (a personal one): a team or organization account there is taken; not the key, not the balance, not a rate limit.',
	clientRefused: 'the service takes these calls only from its own app or an approved channel: not the key, not the balance; a new key or a top-up will not help.',
	addressRefused: 'the key takes calls only from the IP addresses listed for it there, and the address these calls come from is not listed: not the key, not the balance.',
	networkRulesRefused: 'the resource there takes calls only from the networks its networking (firewall) settings allow, and these calls come from another: not the key, not the balance.',
	rateLimited: 'too many requests (a rate or concurrency limit, the service\'s own or one it passes on): send fewer at once and retry later.',
	rateLimitedUntilVerified: 'the account\'s request rate is kept low until it completes identity verification (real-name verification) in the service\'s console: verify there to lift the limit.',
	chargeSettling: 'a charge the service made earlier is still being settled on its side: a short wait, not an empty balance; retry in a minute.',
	rateLimitedByBalance: 'too many requests at once for the balance left: the concurrency limit shrinks with the balance, so send fewer at once or top up.',
	serverError: 'the service is failing or overloaded on its side: retry later.',
	upstreamFailed: 'the service\'s own request to the provider behind it failed (an outage there, or a request that provider refuses): retry later; if only one app\'s calls fail (with tool calls, say), change what it sends.',
	upstreamUnreachable: 'the service could not get its own call through to the service behind it (no answer came from there): its way out (a VPN, proxy or network) failed, not necessarily that service.',
	upstreamCertificate: 'the service could not verify the certificate of the service behind it (something intercepts HTTPS on its way out): retrying will not help.',
	noAnswer: 'the service accepted the call but sent no answer (only blank keep-alive lines, then it closed): it is overloaded; retry later.',
};

/** One sentence per balance outcome, for the `balance` check summary. */
const providerBalanceMessagesEn = {
	// OpenRouter
	openRouterKeyLeft: (p: {remaining: string; limit: string}) =>
		`This OpenRouter key has ${p.remaining} USD left of its ${p.limit} USD limit.`,
	openRouterKeyUsedUp: (p: {limit: string}) =>
		`This OpenRouter key has used up its ${p.limit} USD limit: raise the key's limit on OpenRouter or use another key.`,
	openRouterNoCapCredits: (p: {remaining: string}) =>
		`This OpenRouter key has no spending cap; the account has ${p.remaining} USD of credits left.`,
	openRouterNoCapCreditsUsedUp: (p: {remaining: string}) =>
		`This OpenRouter key has no spending cap, but the account's credits are used up (${p.remaining} USD): add credits on OpenRouter.`,
	openRouterNoCapCreditsRefused:
		'This OpenRouter key has no spending cap; the account\'s credits can only be read with a management key: check them on OpenRouter\'s credits page.',
	openRouterNoCapCreditsUnread:
		'This OpenRouter key has no spending cap; the account\'s credits could not be read: check them on OpenRouter\'s credits page.',
	noteNoCap: 'This key has no spending cap of its own.',
	noteCreditsNeedManagementKey: 'Account credits need a management key or the console.',
	noteFreeTier: 'The account is on the free tier.',
	// SiliconFlow
	siliconFlowLeft: (p: {total: string; unit: string; paid: string; gift: string}) =>
		`SiliconFlow balance: ${p.total} ${p.unit} (paid ${p.paid}, gift ${p.gift}).`,
	siliconFlowUsedUp: (p: {total: string; unit: string}) =>
		`The SiliconFlow balance is used up (${p.total} ${p.unit}): top up on SiliconFlow.`,
	siliconFlowDiscontinued:
		'SiliconFlow no longer offers a balance reading through its API: check the balance in the SiliconFlow console.',
	noteGiftOnly: 'Only gift credit is left: Pro/ models need paid balance.',
	noteCurrencyAssumed: 'SiliconFlow does not say the currency; USD is assumed on siliconflow.com.',
	noteAccountStatus: (p: {status: string}) => `SiliconFlow reports the account status as "${p.status}".`,
	// one-api / new-api
	gatewayLeft: (p: {name: string; remaining: string; unit: string; granted: string}) =>
		`${p.name} shows ${p.remaining} ${p.unit} left on this token, of ${p.granted} ${p.unit}.`,
	gatewayUsedUp: (p: {name: string; remaining: string; unit: string}) =>
		`This token's quota on ${p.name} is used up (${p.remaining} ${p.unit} left): top up on the gateway, or ask its administrator.`,
	gatewayUnlimited: (p: {name: string}) => `This token has unlimited quota on ${p.name}.`,
	/** The token expired on `date` (YYYY-MM-DD): the gateway refuses it whatever quota it has left. */
	gatewayTokenExpired: (p: {name: string; date: string}) =>
		`This ${p.name} token expired on ${p.date}: the gateway refuses calls with it, whatever quota it has left. Extend it or make a new one in the gateway's console.`,
	gatewaySaysUsedUp: (p: {name: string}) =>
		`${p.name} says this token's quota is used up: top up on the gateway, or ask its administrator.`,
	gatewayRefused: (p: {name: string}) =>
		`${p.name} refused the key when asked for its balance: the token is invalid, disabled or expired, or (on new-api) used up.`,
	gatewayError: (p: {name: string; reason: string}) =>
		`${p.name} answered its billing endpoint with an error: ${p.reason}`,
	noteUnitsQuota: 'Amounts are in the gateway\'s raw quota units.',
	/**
	 * new-api's /api/usage/token/ reads the token's own limit: the account's quota, which every token draws from and
	 * which a call also needs (insufficient_user_quota), is not shown to a token. After `units`, the unit's note.
	 */
	noteTokenLimitOnly: (p: {name: string; units: string}) =>
		`${p.units} This is the token's own limit: your account's quota on ${p.name}, which every token draws from, cannot be read with a token. If calls still fail for lack of quota, look at it in ${p.name}'s console.`,
	noteConvertedFromQuota: (p: {quotaPerUnit: string}) =>
		`Converted from quota units at ${p.quotaPerUnit} quota per USD.`,
	// shared
	unsupported: (p: {name: string}) =>
		`${p.name} offers no balance reading for an API key: check the balance in its console.`,
	/** Only a named service (a cloud, a reseller: a gateway has a reader, an unknown host unknownService): its support is asked. */
	unsupportedNoConsole: (p: {name: string}) =>
		`${p.name} offers no balance reading for an API key: ask its support for the balance.`,
	unknownService:
		'The service behind this base URL is not one whose balance can be read: ask whoever runs it, or check its website, for the balance.',
	deepseekOwnCheck: 'DeepSeek\'s own balance is read from /user/balance by the balance check.',
	refused: (p: {name: string; status: number}) =>
		`${p.name} refused the key when asked for the balance (HTTP ${p.status}).`,
	failed: (p: {name: string; reason: string}) => `Could not read the ${p.name} balance: ${p.reason}`,
	unexpectedStatus: (p: {name: string; path: string; status: number}) =>
		`Could not read the ${p.name} balance: ${p.path} answered HTTP ${p.status}.`,
	unexpectedShape: (p: {name: string; path: string}) =>
		`Could not read the ${p.name} balance: ${p.path} answered in an unexpected format.`,
};

// Every table above in each language; the Simplified Chinese ones are in zh-CN/providers.ts, of the same types.
export type DetectMessages = Messages<typeof detectMessagesEn>;
export type SignatureMessages = Messages<typeof signatureMessagesEn>;
export type ProviderBalanceMessages = Messages<typeof providerBalanceMessagesEn>;
export const detectMessages: DetectMessages = localized({en: detectMessagesEn, 'zh-CN': zhCN.detectMessages});
export const signatureMessages: SignatureMessages = localized({en: signatureMessagesEn, 'zh-CN': zhCN.signatureMessages});
export const providerBalanceMessages: ProviderBalanceMessages = localized({en: providerBalanceMessagesEn, 'zh-CN': zhCN.providerBalanceMessages});
