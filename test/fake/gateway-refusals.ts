// Gateways refusing a call for the request, the user's role or the key's consumer, in the bodies their errors pages give
// (test/fixtures/real-errors.json holds each): Kindo's schema check, Hatz's AI Gateway role check and Higress's key-auth. The table
// recognises neither host (Hatz's is named nowhere public), so they play on bare 127.0.0.1, as other unnamed gateways do.
import {vendorApi} from './openai-compatible.js';
import {hexId, json, plainText, type Answer, type Handler} from './reply.js';

const created = 1_767_225_600;

function respond(status: number, body: unknown): Answer {
	return json(status, body, {'x-request-id': hexId(16)});
}

function modelList(ids: readonly string[]) {
	return {object: 'list', data: ids.map(id => ({id, object: 'model', created, owned_by: 'organization'}))};
}

/**
 * Kindo refusing the chat call at its schema check: 400 "max_tokens is required", in the envelope its
 * Messages API errors page gives (served to the chat call, as the corpus entry kindo-400-max-tokens-required-messages-doc
 * has it). Its 401 is the plain envelope its Chat Completions page gives.
 */
export function kindoMaxTokensRequired(): Handler {
	return vendorApi({
		prefix: '/v1',
		respond,
		models: modelList(['deepseek-r1', 'claude-sonnet-4-5', 'gpt-4o']),
		chat: () => respond(400, {type: 'error', error: {type: 'invalid_request_error', message: 'max_tokens is required'}}),
		unauthorized: () => respond(401, {error: 'Unauthorized'}),
	});
}

/**
 * Hatz's AI Gateway for a user whose role lacks its "Use LLM Gateway" permission: the model list answers, the chat call
 * 403 permission_error "Your role does not include LLM Gateway access." (its AI Gateway errors page, OpenAI's shape).
 */
export function hatzRoleWithoutAccess(): Handler {
	return vendorApi({
		prefix: '/v1/openai',
		respond,
		models: modelList(['deepseek-chat', 'gpt-4o', 'claude-sonnet-4-5']),
		chat: () => respond(403, {error: {type: 'permission_error', message: 'Your role does not include LLM Gateway access.'}}),
		unauthorized: () => respond(401, {error: {type: 'authentication_error', message: 'Invalid API key.'}}),
	});
}

/**
 * A Higress gateway whose key-auth knows the key (a consumer's) but does not allow that consumer on the route: every call
 * 403 "Request denied by Key Auth check. Unauthorized consumer." as plain text (its key-auth page's error table, the
 * corpus entry higress-403-key-auth-unauthorized-consumer-doc), the model list too, as the route covers the whole API.
 */
export function higressUnauthorizedConsumer(): Handler {
	return () => plainText(403, 'Request denied by Key Auth check. Unauthorized consumer.');
}
