// The one paid call: `max_tokens: 1` chat completion, only with the user's consent
// (--probe, or "yes" in the wizard). It is the only way to see a 402 for certain.
import {checkMessages as m} from '../messages/checks.js';
import {parseModels} from '../deepseek/parse.js';
import {probeFallbackModel} from '../deepseek/facts.js';
import {matchErrorSignature} from '../providers/signatures.js';
import {httpFacts, serverSays, unexpected} from './http-outcome.js';
import type {Check, CheckContext} from './types.js';

/** A model the account lists (DeepSeek's chat model first), never a hard-coded list. */
export async function pickProbeModel(ctx: Pick<CheckContext, 'api' | 'callBaseUrl'>): Promise<string> {
	const result = await ctx.api.get(`${ctx.callBaseUrl}/models`);
	if (result.kind !== 'answer' || result.status !== 200) return probeFallbackModel;
	const parsed = parseModels(result.json);
	if (!parsed.ok || parsed.value.ids.length === 0) return probeFallbackModel;
	const ids = parsed.value.ids;
	const deepseek = ids.filter(id => /deepseek/i.test(id));
	const preferred = deepseek.find(id => !/reason|think|r1|pro/i.test(id)) ?? deepseek[0] ?? ids[0];
	return preferred ?? probeFallbackModel;
}

export const probe: Check = {
	id: 'probe',
	title: m.probe.title,
	needs: ['key_present'],
	async run(ctx) {
		if (!ctx.allowProbe) return {status: 'skip', summary: m.probe.notAllowed, details: {}};
		if (!ctx.apiKey) return {status: 'skip', summary: m.probe.noKey, details: {}};
		const model = await pickProbeModel(ctx);
		const result = await ctx.api.post(`${ctx.callBaseUrl}/chat/completions`, {
			model,
			messages: [{role: 'user', content: 'Reply with one word.'}],
			max_tokens: 1,
			stream: false,
		});
		if (result.kind === 'failure') return {...unexpected(result, m.probe.what), details: {...httpFacts(result), model}};
		const signature = matchErrorSignature({status: result.status, apiError: result.apiError, text: result.text});
		const details = {...httpFacts(result), model, signature: signature ?? null};
		const trace = result.traceId;
		if (result.status === 200 && !result.apiError) return {status: 'pass', summary: m.probe.worked(model, trace), details};
		if (result.status === 402) return {status: 'fail', summary: m.probe.paymentRequired(serverSays(result), trace), details};
		if (signature) return {status: 'fail', summary: m.probe.refused(result.status, signature.message, trace), details};
		const outcome = unexpected(result, m.probe.what, 'fail');
		return {...outcome, details};
	},
};
