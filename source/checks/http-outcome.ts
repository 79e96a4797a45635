// Turning an HTTP result that is not the hoped-for answer into a check outcome, the same
// way in every check: one sentence, and details diagnose() can rely on.
import {checkMessages} from '../messages/checks.js';
import {bareFailureOf, edgeBlockOf, proxyErrorOf, proxyPageOf, proxyPolicyRefusalOf, upstreamCertificateOf, upstreamUnreachableOf} from '../deepseek/in-between.js';
import {oneLine, sanitize} from '../text/safe.js';
import type {HttpAnswer, HttpResult} from '../deepseek/types.js';
import {detectByHost} from '../providers/host.js';
import {matchErrorSignature, type ErrorSignatureMatch} from '../providers/signatures/index.js';
import type {CheckOutcome, CheckStatus} from './types.js';

/** Facts about one HTTP exchange, as stored in `details` (no body, no key). */
export function httpFacts(result: HttpResult): Record<string, unknown> {
	if (result.kind === 'failure') {
		// An answer cut off after its status line: the server was reached (see cutOffAnswer in details.ts).
		const cut = result.partialStatus === undefined ? {} : {partialHttpStatus: result.partialStatus};
		const silentProxy = result.tunnelUnanswered ? {tunnelUnanswered: true} : result.tunnelClosed ? {tunnelClosed: true} : result.tunnelPlain ? {tunnelPlain: true} : {};
		const loginRefused = result.loginRefused ? {proxyLoginRefused: true} : {};
		const certificate = result.untrusted ? {untrustedCertificate: result.untrusted} : {};
		const socks = result.socksUrl === undefined ? {} : {proxySocksUrl: result.socksUrl};
		const words = result.proxyWords === undefined ? {} : {proxyWords: result.proxyWords};
		return {reason: result.reason, code: result.code ?? null, ...cut, ...silentProxy, ...loginRefused, ...certificate, ...socks, ...words, url: result.url};
	}
	return {
		httpStatus: result.status,
		traceId: result.traceId ?? null,
		bodyProblem: result.bodyProblem ?? null,
		redirect: result.redirect ?? null,
		...(result.binaryBytes === undefined ? {} : {binaryBytes: result.binaryBytes}),
		errorType: result.apiError?.type ?? null,
		errorCode: result.apiError?.code ?? null,
		errorMessage: result.apiError ? oneLine(result.apiError.message) : null,
		passedOn: result.apiError?.passedOn ?? null,
		edgeBlock: edgeBlockOf(result.status, result.text) ?? null,
		proxyPage: proxyPageOf(result.text) ?? null,
		proxyError: proxyErrorOf(result.text) ?? null,
		proxyPolicy: policyWords(result.status, result.text),
		upstreamCertificate: upstreamCertificateOf(result.status, result.text) || null,
		upstreamUnreachable: unreachableWords(result.status, result.text),
		bareFailure: bareFailureOf(result.status, result.text) || null,
		url: result.url,
	};
}

/** An egress proxy's words refusing a call by its policy (network text: sanitised, one line). */
function policyWords(status: number, text: string): string | null {
	const words = proxyPolicyRefusalOf(status, text);
	return words === undefined ? null : sanitize(oneLine(words, 240));
}

/** The words of a proxy's 5xx that its own call got no answer (network text: sanitised, one line). */
function unreachableWords(status: number, text: string): string | null {
	const words = upstreamUnreachableOf(status, text);
	return words === undefined ? null : sanitize(oneLine(words, 240));
}

/** An outcome for a request that failed or answered with an unusable body/status. */
export function unexpected(result: HttpResult, what: string, status: CheckStatus = 'error'): CheckOutcome {
	const details = httpFacts(result);
	if (result.kind === 'failure') return {status, summary: result.message, details};
	// Sent elsewhere: where to is what matters, not the page that came with it.
	if (result.redirect) return {status, summary: checkMessages.http.redirect(what, result.status, result.redirect.location), details};
	// Plain text or cut-off JSON that still carries an error is shown in the server's words:
	// "401 with a web page" for "Authentication Fails…" in plain text would mislead.
	const unreadable = result.bodyProblem !== undefined && (result.bodyProblem === 'too_large' || !result.apiError);
	if (unreadable) {
		const summary = result.binaryBytes === undefined
			? checkMessages.http.bodyProblem(what, result.status, result.bodyProblem ?? '')
			: checkMessages.http.binary(what, result.status, result.binaryBytes);
		return {status, summary, details};
	}
	return {status, summary: checkMessages.http.status(what, result.status, serverSays(result)), details};
}

/** The server's own error message (already sanitised by the client), if any. */
export function serverSays(answer: HttpAnswer): string | undefined {
	return answer.apiError?.message ? oneLine(answer.apiError.message, 120) : undefined;
}

/**
 * What an answer that is not a plain success means (providers/signatures/). A web page
 * or an unreadable 200 is left alone: its words are no error message (the diagnosis
 * treats those as "not an API").
 */
export function signatureOf(answer: HttpAnswer): ErrorSignatureMatch | undefined {
	const unreadable = answer.bodyProblem !== undefined && answer.bodyProblem !== 'empty' && !answer.apiError;
	if (answer.status >= 200 && answer.status < 300 && (unreadable || (!answer.apiError && !answer.bodyProblem))) return undefined;
	return matchErrorSignature({
		status: answer.status,
		apiError: answer.apiError,
		text: unreadable ? '' : answer.text,
		bodyProblem: answer.bodyProblem,
		// The service the host names: some word their own limits in others' words (Model Studio's "quota").
		hostProvider: answer.url === undefined ? undefined : detectByHost(answer.url)?.id,
		askedUrl: answer.url,
	});
}
