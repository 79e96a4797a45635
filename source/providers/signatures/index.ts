// What an error answer MEANS, whoever sent it: money ran out (and which money), the key is
// refused, too many requests, or the service is failing. Two tables decide it: the words
// services really use (English and Chinese, any body shape — error-body.ts reads those),
// then what the HTTP status alone says. A few vendors' own wordings are recognised too,
// but only to say whose wording it is: they never name the service that answered (the
// host or a fingerprint does that; a gateway may pass any vendor's words through).
//
// The modules here, each with one job (a new relay's wording usually needs a pattern in one
// *-words.ts module and, if no rule reads it yet, a row in word-rules.ts):
//   kinds.ts          the kinds of meaning, which are money, each kind's sentence
//   types.ts          what matching is given, what it answers, what it looks at
//   money-words.ts, account-words.ts, request-words.ts, model-words.ts   the words services use
//   not-found.ts      404 answers that name no model
//   word-rules.ts     the ordered table: words (and statuses) → kind
//   by-status.ts      what the status alone says when no words settled it
//   vendors.ts        vendors' own wordings, read before the word rules
//   passed-on.ts      whose refusal the answer passes on (the upstream)
//   index.ts          the matching itself, and what the rest of the tool imports
import type {ApiErrorBody} from '../../deepseek/types.js';
import {signatureMessages} from '../../messages/providers.js';
import {asObject, stringField} from '../balance/fields.js';
import {billingPageIn} from '../table.js';
import {byStatus} from './by-status.js';
import {kindMessages} from './kinds.js';
import {promptTooLongWords} from './money-words.js';
import {modelRefusedBy, passedOnFrom} from './passed-on.js';
import {bodyPrefixLength, type ErrorSignatureMatch, type SignatureInput, type Seen} from './types.js';
import {vendorSignatures} from './vendors.js';
import {wordRuleFlags, wordRules} from './word-rules.js';

export {moneyKinds, type SignatureKind} from './kinds.js';
export type {AccountRefusal, Blocked, ErrorSignatureMatch, ModelAccess, SignatureInput} from './types.js';
export {accountRefusal, isModelAccess} from './types.js';
export {lockEndsAt} from './account-words.js';
export {promptCapTokens} from './money-words.js';
export {isBareNotFoundPage, isDeepSeekNotFound} from './not-found.js';

/**
 * The status to read the meaning at. A gateway that answers 200 or 5xx with an upstream's
 * "Error code: 402 - …" is passing that 402 on; otherwise the HTTP status rules.
 */
function meaningStatus(status: number, apiError: ApiErrorBody | undefined): number {
	const named = apiError?.status;
	if (named === undefined || named === status) return status;
	return (status === 200 || status >= 500) && named >= 400 && named < 500 ? named : status;
}

function gather(input: SignatureInput): Seen {
	const apiError = input.apiError;
	// From the parsed body, or from the raw text when only that was passed in.
	const limitSource =
		stringField(asObject(apiError?.metadata)?.limit_source) ?? /"limit_source"\s*:\s*"([a-z_]+)"/.exec(input.text ?? '')?.[1];
	const type = apiError?.type ?? '';
	const code = apiError?.code === undefined ? '' : String(apiError.code);
	return {
		status: meaningStatus(input.status, apiError),
		type,
		code,
		words: [apiError?.message ?? '', type, code, (input.text ?? '').slice(0, bodyPrefixLength)].join('\n'),
		limitSource,
		hint: input.provider ?? input.hostProvider,
	};
}

/**
 * What an answer that is not the hoped-for one means, if anything definite. Call it for
 * error answers (status ≥ 400, or a 200 that carries an error or no answer at all), not
 * for successes: a completion's own text is no error message.
 */
export function matchErrorSignature(input: SignatureInput): ErrorSignatureMatch | undefined {
	const seen = gather(input);
	const match = withPrompt(matchMeaning(input, seen), seen);
	const upstream = match && (passedOnFrom(input) ?? (match.kind === 'model_not_found' ? modelRefusedBy(input) : undefined));
	return match && upstream !== undefined ? {...match, upstream} : match;
}

/** Money that cannot pay for the prompt alone, whether the account's credit or the key's own limit is what is left. */
function withPrompt(match: ErrorSignatureMatch | undefined, seen: Seen): ErrorSignatureMatch | undefined {
	if (match?.kind !== 'request_too_costly' && match?.kind !== 'token_exhausted') return match;
	return promptTooLongWords.test(seen.words) ? {...match, promptTooLong: true} : match;
}

/** `seen`: what `input` gives to look at (gather), gathered once for the whole match. */
function matchMeaning(input: SignatureInput, seen: Seen): ErrorSignatureMatch | undefined {
	const vendor = vendorSignatures.find(candidate => candidate.statuses.includes(seen.status) && candidate.matches(seen));
	if (vendor) {
		const kind = vendor.kind(seen);
		const match: ErrorSignatureMatch = {provider: vendor.provider(seen), kind, message: vendor.message?.(seen) ?? kindMessages()[kind], status: seen.status};
		if (vendor.ambiguous) match.ambiguous = true;
		if (vendor.inFlightBudget) match.inFlightBudget = true;
		return match;
	}
	const provider = input.provider ?? 'unknown';
	// Accepted, then nothing but blank keep-alive lines before the connection closed.
	if (seen.status === 200 && input.bodyProblem === 'empty') return {provider, kind: 'server_error', message: signatureMessages.noAnswer, status: 200};
	const rule = wordRules.find(candidate => (candidate.statuses?.includes(seen.status) ?? true) && candidate.words.test(seen.words));
	if (rule) {
		const match: ErrorSignatureMatch = {provider, kind: rule.kind, message: rule.message?.(seen) ?? kindMessages()[rule.kind], status: seen.status};
		if (rule.blocked) match.blocked = rule.blocked;
		for (const flag of wordRuleFlags) if (rule[flag]) match[flag] = true;
		if (rule.noPaymentMethod) {
			match.noPaymentMethod = true;
			const page = billingPageIn(seen.words);
			if (page !== undefined) match.billingPage = page;
		}
		if (rule.modelAccess) match.modelAccess = rule.modelAccess;
		return match;
	}
	const kind = byStatus(seen.status, input.apiError !== undefined);
	return kind ? {provider, kind, message: kindMessages()[kind], status: seen.status} : undefined;
}
