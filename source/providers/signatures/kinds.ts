// The kinds of meaning an error answer can have, which of them are money, and each kind's own sentence.
import {signatureMessages} from '../../messages/providers.js';

export type SignatureKind =
	| 'balance_exhausted' // the account's money/credits are used up
	| 'token_exhausted' // this key/token's own limit is used up (the account may still have some)
	| 'user_quota' // a gateway user's quota (behind the token) is used up
	| 'account_overdue' // suspended / in arrears: pay an invoice or top up
	| 'model_needs_paid_balance' // only topped-up money pays for this model (gift credit does not)
	| 'request_too_costly' // the credit left cannot pay for a request this large ("can only afford N tokens")
	| 'invalid_key'
	| 'model_not_found' // the service has no model by the name the call sent (or not for this key)
	| 'request_refused' // the request itself is refused (too long, max_tokens out of range, content): not the key, not the money
	| 'region_refused' // calls from the caller's country or region are refused (OpenAI's unsupported_country_region_territory): not the key, not the money
	| 'address_refused' // the key takes calls only from listed IP addresses and this one is not listed: not the key's worth, not the money
	| 'client_refused' // the service takes these calls only from its own app or approved channels: not the key, not the money
	| 'account_refused' // this account may not use the service (not enabled for its organization, or not for this kind of account): not the key, not the money, not a rate
	| 'rate_limited'
	| 'server_error'; // overloaded or failing, also "accepted the call but sent no answer"

/** Kinds that mean "the money at that service ran out" (or cannot pay for this call). */
export const moneyKinds: ReadonlySet<SignatureKind> = new Set([
	'balance_exhausted',
	'token_exhausted',
	'user_quota',
	'account_overdue',
	'model_needs_paid_balance',
	'request_too_costly',
]);

/** Each kind's sentence, read when a match is made (so it is in the language of that moment). */
export const kindMessages = (): Record<SignatureKind, string> => ({
	balance_exhausted: signatureMessages.balanceExhausted,
	token_exhausted: signatureMessages.tokenExhausted,
	user_quota: signatureMessages.userQuota,
	account_overdue: signatureMessages.accountOverdue,
	model_needs_paid_balance: signatureMessages.modelNeedsPaidBalance,
	request_too_costly: signatureMessages.requestTooCostly,
	invalid_key: signatureMessages.invalidKey,
	model_not_found: signatureMessages.modelNotFound,
	request_refused: signatureMessages.requestRefused,
	region_refused: signatureMessages.regionRefused,
	address_refused: signatureMessages.addressRefused,
	client_refused: signatureMessages.clientRefused,
	account_refused: signatureMessages.accountRefused,
	rate_limited: signatureMessages.rateLimited,
	server_error: signatureMessages.serverError,
});
