// Helicone's DeepSeek gateway (docs/relays.md): https://deepseek.helicone.ai passes every path on
// to DeepSeek's API with the user's own DeepSeek key, so what comes back is DeepSeek's own answer
// about the user's own account, unless Helicone answers in its own name. The fake plays
// https://deepseek.helicone.ai (map-hosts.mjs; the test certificate names it).
import {plainText, type Handler} from './reply.js';
import {balances, deepseekApi, deepseekErrors} from './deepseek.js';

/**
 * Its refusal of its own key (the one in `Helicone-Auth`): a 401 whose body is the text alone, as a
 * user posted it from its OpenAI proxy host (continuedev/continue#10196, Continue puts the status
 * first) and as a 2025 version of its worker wrote it (Helicone/helicone, worker/src/routers/aiGatewayRouter.ts).
 */
export const heliconeErrors = {
	invalidKey: () => plainText(401, 'Invalid Helicone API key'),
};

/** The gateway in front of DeepSeek: every path goes to DeepSeek's API (`inner`) unchanged, answers and all; `gate` answers instead. */
export function heliconeDeepSeek(inner: Handler, options: {gate?: Handler} = {}): Handler {
	return request => (options.gate ? options.gate(request) : inner(request));
}

/** DeepSeek's own 402 through it: the user's DeepSeek account is empty (its balance read through the gateway). */
export function heliconeDeepSeekDry(): Handler {
	return heliconeDeepSeek(deepseekApi({balance: balances.zero, chat: deepseekErrors.insufficientBalance}));
}

/** A Helicone key it does not accept in `Helicone-Auth`: every call 401, before DeepSeek is asked. */
export function heliconeKeyRefused(): Handler {
	return heliconeDeepSeek(deepseekApi({balance: balances.toppedUp}), {gate: heliconeErrors.invalidKey});
}
