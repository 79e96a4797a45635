// SiliconFlow (docs/relays.md): `{code, message, data}` error bodies, the retired /v1/user/info
// (410), and Pro models refused when the paid balance is empty.
import {completion, type ChatRequest} from './chat.js';
import {vendorApi} from './openai-compatible.js';
import {hexId, json, plainText, type Answer, type Handler} from './reply.js';

const modelIds = ['deepseek-ai/DeepSeek-V3', 'deepseek-ai/DeepSeek-R1', 'Pro/deepseek-ai/DeepSeek-V3', 'Pro/deepseek-ai/DeepSeek-R1', 'Qwen/Qwen2.5-7B-Instruct'];

function respond(status: number, body: unknown): Answer {
	return json(status, body, {'x-siliconcloud-trace-id': `ti_${hexId(10)}`});
}

/** The paid balance is empty (gift credit may be left): Pro models are refused. */
export function siliconFlowPaidBalanceEmpty(): Handler {
	return siliconFlow(chat =>
		chat.model.startsWith('Pro/')
			? respond(403, {code: 30011, message: 'The selected model requires paid balance. Your paid balance is insufficient. Please top up and try again.', data: null})
			: undefined);
}

/** No balance at all: every model is refused with SiliconFlow's 30001 (seen as 402 and as 403). */
export function siliconFlowNoBalance(status: 402 | 403 = 403): Handler {
	return siliconFlow(() => respond(status, {code: 30001, message: 'Sorry, your account balance is insufficient', data: null}));
}

/** SiliconFlow where `refuse` decides which chat requests get an error instead of a completion. */
function siliconFlow(refuse: (chat: ChatRequest) => Answer | undefined): Handler {
	return vendorApi({
		prefix: '/v1',
		respond,
		models: {object: 'list', data: modelIds.map(id => ({id, object: 'model', created: 0, owned_by: ''}))},
		chat(chat) {
			if (!modelIds.includes(chat.model)) return respond(400, {code: 20012, message: 'Model does not exist. Please check it carefully.', data: null});
			return refuse(chat) ?? completion(chat, {id: hexId(), headers: {'x-siliconcloud-trace-id': `ti_${hexId(10)}`}, extra: {system_fingerprint: ''}});
		},
		// SiliconFlow's 401 body is a bare JSON string.
		unauthorized: () => respond(401, 'Invalid token'),
		notFound: () => plainText(404, '404 page not found'),
		routes: [
			{method: 'GET', paths: ['/user/info'], handle: () => respond(410, {code: 410, message: 'This API has been deprecated.', data: null})},
		],
	});
}
