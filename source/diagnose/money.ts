// Money: how it ran out at another service (its balance, a key's limit, a plan, a prompt too costly) or at the
// provider behind it (a refusal passed on), which the relay rule and the wizard's tree read; and DeepSeek's own
// balance (insufficientBalance), which comes after the key, the rate limit and server errors (rules.ts).
import {officialApiHost} from '../deepseek/facts.js';
import {anthropicApiHost} from '../deepseek/url.js';
import {fixes} from '../fixes.js';
import {diagnoseMessages} from '../messages/diagnose.js';
import {moneyKinds, type SignatureKind} from '../providers/signatures/index.js';
import {billingPageIn, providerRow} from '../providers/table.js';
import type {ProviderBalance} from '../providers/types.js';
import type {Diagnosis, Fix} from '../verdict.js';
import type {Answer, Facts, Rule} from './facts.js';
import {isOperated, onThisComputer, type Service} from './service.js';

export type MoneyWhat = 'token' | 'account' | 'balance' | 'request' | 'prompt' | 'prompt_cap' | 'paid_model' | 'overdue' | 'free_tier' | 'plan_limit' | 'extra_usage' | 'extra_usage_pool' | 'no_payment_method' | 'admin_budget';

/** How the money ran out, for the sentence (money kinds of providers/signatures/kinds.ts). */
function moneyWhat(kind: SignatureKind | undefined, service: Service, balance: ProviderBalance | undefined): MoneyWhat {
	if (kind === 'request_too_costly') return 'request';
	if (kind === 'model_needs_paid_balance') return 'paid_model';
	if (kind === 'account_overdue') return 'overdue';
	// A gateway user's own quota, which every token of theirs draws from: the token's limit is not what ran out.
	if (kind === 'user_quota') return 'account';
	// one-api/new-api balances are per token by default: the user tops up that token.
	const gateway = service.provider?.id === 'one-api' || service.provider?.id === 'new-api';
	// A key whose own credit limit is used up: its limit is what to raise, whatever words the call got.
	const keyLimitUsedUp = balance?.keyLimit === true && balance.exhausted;
	return gateway || kind === 'token_exhausted' || keyLimitUsedUp ? 'token' : 'balance';
}

/** How the money ran out at `service`, when an answer said so or its balance reads used up. */
export function moneyAt(facts: Facts, service: Service): MoneyWhat | undefined {
	const money = facts.answer(kind => moneyKinds.has(kind));
	// The account takes a model's free quota only (Model Studio), which is used up: a setting to switch off.
	if (money?.freeTierOnly) return 'free_tier';
	// The plan's allowance for the week or month (OpenCode Go): it comes back at the reset.
	if (money?.planLimit) return 'plan_limit';
	// A subscription's long-context requests need paid extra usage on (Anthropic): turned on there, or a standard-context model.
	if (money?.extraUsage) return 'extra_usage';
	// A subscription's extra usage used up, off or unclaimed (Anthropic): bought on its usage page, not API credit.
	if (money?.extraUsagePool) return 'extra_usage_pool';
	// A workspace's or organization's budget its administrators set (OpenRouter's): they raise it; no top-up, no key's limit.
	if (money?.adminBudget) return 'admin_budget';
	// No payment method was ever added there (OpenCode Zen): one is added, nothing is topped up.
	if (money?.noPaymentMethod) return 'no_payment_method';
	// The prompt is longer than the key's plan takes at all (a free key's cap, ChatAnywhere): a shorter conversation or a paid key.
	if (money?.promptCap) return 'prompt_cap';
	// The prompt alone costs more than the credit left (OpenRouter): a shorter conversation, not a lower max_tokens.
	if (money?.promptTooLong) return 'prompt';
	return money || facts.providerBalance?.exhausted === true ? moneyWhat(money?.kind, service, facts.providerBalance) : undefined;
}

/** A proxy on this computer passed on DeepSeek's own refusal for money (see upstreamExhausted). */
export function ownProxyPassedOnDeepSeek(facts: Facts, money: Answer | undefined): boolean {
	return money?.upstream === 'DeepSeek' && onThisComputer(facts.host);
}

/** Where to top up, or whom to ask, at that service (`page`: the user's own billing page there, see ownBillingPage). */
export function topUpThere(service: Service, what?: MoneyWhat, page?: string): Fix {
	// An account in arrears there (an unpaid bill, a spending limit): what is due is paid, not a balance topped up.
	const kind = what === 'account' || what === 'overdue' || what === 'no_payment_method' ? what : 'token';
	return service.provider ? fixes.relayTopUp(service.provider, kind, page) : fixes.askOperator(service.name);
}

/** The user's own billing page that the answer about money names, only in the exact shape that service's own table row gives. */
export function ownBillingPage(facts: Facts, service: Service): string | undefined {
	const page = facts.answer(kind => moneyKinds.has(kind))?.billingPage;
	return page !== undefined && service.provider && billingPageIn(page, [providerRow(service.provider.id)]) === page ? page : undefined;
}

/** The API host of an upstream whose own words signatures/passed-on.ts recognises (passedOnFrom). */
const upstreamApiHosts: Readonly<Record<string, string>> = {DeepSeek: officialApiHost, Anthropic: anthropicApiHost};

/**
 * A refusal for money the service passed on from its upstream (`upstream`), while its own
 * balance does not read used up; `ownProxy`: passed on by a proxy on this computer.
 */
export function passedOnMoneyRefusal(facts: Facts): {upstream: string; ownProxy: boolean} | undefined {
	const money = facts.answer(kind => moneyKinds.has(kind));
	if (money?.upstream === undefined || facts.providerBalance?.exhausted === true) return undefined;
	// Its own words from its own host are no answer passed on: the account is the user's there.
	if (upstreamApiHosts[money.upstream] === facts.host) return undefined;
	return {upstream: money.upstream, ownProxy: ownProxyPassedOnDeepSeek(facts, money)};
}

/**
 * A service on this computer that nothing recognises (a local proxy, router or account
 * manager: Kiro's, Codex++'s, OmniRoute) passed on a refusal for money: such a proxy has no
 * balance of its own, so what ran out is the account it uses at the provider behind it, and
 * the user set that up in it. Only for a 402 answer: not a gateway's own quota (one-api,
 * new-api, in their words or with another status) nor a key's budget there (LiteLLM's), which
 * are the service's own wherever it runs.
 */
export function localProxyMoney(facts: Facts, service: Service, what: MoneyWhat): Diagnosis | undefined {
	const recognised = service.provider !== undefined && service.provider.id !== 'unknown';
	// A key's or token's own limit (a LiteLLM budget: 'token') is set at the service itself.
	if (recognised || !onThisComputer(facts.host) || !['balance', 'account'].includes(what)) return undefined;
	// Such proxies pass their provider's 402 on (all four seen); a gateway's own quota answers
	// 403, 401 or 429 in its own words (one-api's 额度不足, an OpenAI-style insufficient_quota).
	const money = facts.answer(kind => moneyKinds.has(kind));
	if (money?.status !== 402 || ['one-api', 'new-api', 'litellm'].includes(money.provider)) return undefined;
	return {verdict: 'relay_insufficient_balance', summary: diagnoseMessages.localProxyExhausted({name: service.name}), fixes: [fixes.localProxyAccount(service.name), fixes.useDeepSeek()]};
}

/**
 * The service passed on its upstream provider's own refusal for money (signatures/passed-on.ts
 * `upstream`): the account the service uses there cannot pay, not the user's balance at the
 * service — unless the service's own balance reads used up too. Its operator fixes it, or
 * another model or provider there; a top-up there does not help.
 */
export function upstreamExhausted(facts: Facts, service: Service): Diagnosis | undefined {
	const passedOn = passedOnMoneyRefusal(facts);
	if (!passedOn) return undefined;
	// A proxy on this computer (LiteLLM, a local router) mostly calls DeepSeek with the key
	// the user gave it: the empty account is then the user's own DeepSeek account.
	if (passedOn.ownProxy) {
		return {verdict: 'relay_insufficient_balance', summary: diagnoseMessages.localProxyUpstreamExhausted({name: service.name}), fixes: [fixes.topUp(), fixes.useDeepSeek()]};
	}
	const summary = diagnoseMessages.relayUpstreamExhausted({name: service.name, upstream: passedOn.upstream, ask: service.ask});
	// Whoever runs a gateway tops up its upstream account; a recognised service's support, from its console.
	const first = isOperated(service) || !service.provider ? fixes.askOperatorForUpstream(service.name, passedOn.upstream) : fixes.askSupportForUpstream(service.provider, passedOn.upstream);
	return {verdict: 'relay_insufficient_balance', summary, fixes: [first, fixes.useDeepSeek()]};
}

/** DeepSeek's balance, when it reads empty (or unable to pay): worth saying next to any other trouble. */
export function emptyBalance(facts: Facts): string | undefined {
	return facts.status('balance') === 'fail' && facts.reading !== undefined ? (facts.result('balance')?.summary ?? '') : undefined;
}

export const insufficientBalance: Rule = facts => {
	const reading = facts.reading;
	const probe402 = facts.httpStatus('probe') === 402;
	const balanceFailed = facts.status('balance') === 'fail' && reading !== undefined;
	if (!balanceFailed && !probe402) return undefined;
	const traceId = facts.string('probe', 'traceId');
	if (!balanceFailed && probe402 && reading === undefined) {
		// A 402 and no balance to compare it with: the plain reading of 402 comes first.
		return {
			verdict: 'insufficient_balance',
			summary: diagnoseMessages.refusedBalanceUnknown(traceId),
			fixes: [fixes.topUp(), fixes.transactions(), fixes.sameAccount(), ...facts.supportWhereCallsGo(traceId)],
		};
	}
	if (!balanceFailed && probe402) {
		return {
			verdict: 'insufficient_balance',
			summary: diagnoseMessages.paidButRefused(facts.result('balance')?.summary ?? '', traceId),
			fixes: [fixes.transactions(), fixes.sameAccount(), ...facts.supportWhereCallsGo(traceId)],
		};
	}
	const balanceSaid = facts.result('balance')?.summary ?? '';
	return {
		verdict: 'insufficient_balance',
		...facts.quoting(diagnoseMessages.insufficient(balanceSaid), balanceSaid, {as: 'lead', lead: 'insufficient'}),
		fixes: [fixes.topUp(), fixes.transactions(), fixes.sameAccount(), fixes.setAlert()],
	};
};
