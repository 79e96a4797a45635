// The common shape of an OpenAI-compatible vendor or relay: /models and /chat/completions
// under its API prefix, its own error bodies and request-id header, plus its extra routes.
import {readChatRequest, type ChatRequest} from './chat.js';
import type {Answer, FakeRequest, Handler, Reply} from './reply.js';
import {serve, under, type Route} from './router.js';

export type Vendor = {
	/** Where the API lives on the real host ('/api/v1', …); the origin ('') is always added. */
	prefix: string;
	/** JSON with the vendor's headers (request id, content type). */
	respond: (status: number, body: unknown) => Answer;
	/** The body of GET /models. */
	models: unknown;
	/** OpenRouter lists its models without a key. */
	modelsArePublic?: boolean;
	/** What a well-formed chat request gets. */
	chat: (chat: ChatRequest, request: FakeRequest) => Reply;
	/** The vendor's answer to a missing or wrong key. */
	unauthorized: Handler;
	/** Unknown paths; a plain JSON 404 when not given. */
	notFound?: Handler;
	/** More routes (balance endpoints, …), their paths relative to the API prefix. */
	routes?: readonly Route[];
};

export function vendorApi(vendor: Vendor): Handler {
	const prefixes = [...new Set([vendor.prefix, '/v1', ''])];
	const badRequest = () => vendor.respond(400, {error: {message: 'Invalid request body', type: 'invalid_request_error', param: null, code: null}});
	return serve({
		routes: [
			{method: 'GET', paths: under(prefixes, '/models'), public: vendor.modelsArePublic ?? false, handle: () => vendor.respond(200, vendor.models)},
			{
				method: 'POST',
				paths: under(prefixes, '/chat/completions'),
				handle(request) {
					const read = readChatRequest(request.body);
					return read.ok ? vendor.chat(read.chat, request) : badRequest();
				},
			},
			...(vendor.routes ?? []).map(route => ({...route, paths: under(prefixes, ...route.paths)})),
		],
		unauthorized: vendor.unauthorized,
		notFound: vendor.notFound ?? (() => vendor.respond(404, {error: {message: 'Not Found', type: 'not_found_error', param: null, code: null}})),
	});
}
