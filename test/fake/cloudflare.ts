// Cloudflare's AI Gateway on its DeepSeek path (docs/relays.md): it passes the user's own
// DeepSeek key on to DeepSeek's API, so what comes back is DeepSeek's own answer about the
// user's own account, unless the gateway answers in its own name. The fake plays
// https://gateway.ai.cloudflare.com (map-hosts.mjs; the test certificate names it).
import {json, plainText, type Handler} from './reply.js';
import {balances, deepseekApi, deepseekErrors} from './deepseek.js';

/** The base URL's path: `/v1/{account_id}/{gateway_id}/deepseek` (Cloudflare's docs; the ids are made up). */
export const aiGatewayDeepSeekPath = '/v1/5f0e4c2a9b7d41e3a8c6d2b0f1e9a7c3/my-gateway/deepseek';

/**
 * Its own answers, in its error list. The 401 is the whole body a user posted
 * (community.cloudflare.com/t/ai-gateway-authentication-failed-401-unauthorized/785119:
 * Authenticated Gateway on, the `cf-aig-authorization` token missing or refused). The 429's
 * code and message are as observed live (dbrekelmans/gitflare, spec/research/live/gateway-access.md:
 * `{"code":2003,"message":"Rate limited"}`), in the same list.
 */
export const aiGatewayErrors = {
	unauthorized: () => json(401, {success: false, result: [], messages: [], error: [{code: 2009, message: 'Unauthorized'}]}),
	rateLimited: () => json(429, {success: false, result: [], messages: [], error: [{code: 2003, message: 'Rate limited'}]}),
};

/**
 * The gateway in front of DeepSeek: what follows its DeepSeek path goes to DeepSeek's API
 * (`inner`) unchanged, answers and all. Whether it passes `/user/balance` on is not
 * documented: `balancePassed: false` plays a gateway that does not (a made-up 404). Any other
 * path: a made-up 404.
 */
export function aiGatewayDeepSeek(inner: Handler, options: {balancePassed?: boolean; gate?: Handler} = {}): Handler {
	const notFound = () => plainText(404, 'Not Found');
	return request => {
		if (!request.path.toLowerCase().startsWith(`${aiGatewayDeepSeekPath.toLowerCase()}/`)) return notFound();
		if (options.gate) return options.gate(request);
		const rest = request.path.slice(aiGatewayDeepSeekPath.length);
		if (rest === '/user/balance' && options.balancePassed === false) return notFound();
		return inner({...request, path: rest});
	};
}

/** DeepSeek's own 402 through the gateway: the user's DeepSeek account is empty. */
export function aiGatewayDeepSeekDry(options: {balancePassed?: boolean} = {}): Handler {
	return aiGatewayDeepSeek(deepseekApi({balance: balances.zero, chat: deepseekErrors.insufficientBalance}), options);
}

/** Authenticated Gateway switched on, and the calls carry no `cf-aig-authorization` token: every call 401 code 2009. */
export function aiGatewayUnauthenticated(): Handler {
	return aiGatewayDeepSeek(deepseekApi({balance: balances.toppedUp}), {gate: aiGatewayErrors.unauthorized});
}

/** The gateway's own rate limit: chat 429 code 2003; DeepSeek's balance read through it. */
export function aiGatewayRateLimited(): Handler {
	return aiGatewayDeepSeek(deepseekApi({balance: balances.toppedUp, chat: aiGatewayErrors.rateLimited}));
}
