import type {SignatureKind} from './kinds.js';

/** What the status alone says when no words settled it. */
export function byStatus(status: number, hasError: boolean): SignatureKind | undefined {
	if (status === 402) return 'balance_exhausted';
	if (status === 429) return 'rate_limited';
	if (status >= 500) return 'server_error';
	// Request Timeout: the service (or a gateway in front of it) gave up on the call, as OpenRouter
	// does while it is down: a failure on that side, to wait out, not a wrong address.
	if (status === 408) return 'server_error';
	if (status === 401) return 'invalid_key';
	// Payload Too Large: the request itself, whoever says it, also as a front server's web page
	// (DeepSeek's openresty, a local proxy's body limit).
	if (status === 413) return 'request_refused';
	// A 200 that carries an error instead of a completion (DeepSeek after a long queue).
	if (status === 200 && hasError) return 'server_error';
	return undefined;
}
