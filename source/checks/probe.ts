// The one paid call: `max_tokens: 1` chat completion, only with the user's consent
// (--probe, or "yes" in the wizard). It is the only way to see a 402 for certain.
import {checkMessages} from '../messages/checks.js';
import {chooseProbeModel} from '../domain/models.js';
import {parseModels} from '../deepseek/parse.js';
import {httpFacts, serverSays, signatureOf, unexpected} from './http-outcome.js';
import {apiPaths} from '../deepseek/facts.js';
import type {HttpResult} from '../deepseek/types.js';
import type {Check, CheckContext, CheckOutcome} from './types.js';
import {sharedGet} from './sure-gets.js';

/**
 * The model to call: the one asked for (--model, the wizard's pick); else the remembered
 * one when `/models` lists it; else DeepSeek's chat model or the DeepSeek model the
 * service lists (domain/models.ts) — never a hard-coded list.
 */
export async function pickProbeModel(ctx: Pick<CheckContext, 'api' | 'callBaseUrl' | 'probeModel' | 'rememberedProbeModel'>): Promise<string> {
	const choice = {asked: ctx.probeModel, remembered: ctx.rememberedProbeModel};
	if (choice.asked !== undefined) return choice.asked;
	const result = await sharedGet.models(ctx);
	const parsed = result.kind === 'answer' && result.status === 200 ? parseModels(result.json) : undefined;
	return chooseProbeModel(choice, parsed?.ok ? parsed.value.ids : undefined);
}

/** Pure: what the answer to the test call of `model` says (check result shape). */
export function judgeProbe(result: HttpResult, model: string): CheckOutcome {
	if (result.kind === 'failure') return {...unexpected(result, checkMessages.probe.what), details: {...httpFacts(result), model}};
	const signature = signatureOf(result);
	const details = {...httpFacts(result), model, signature: signature ?? null};
	const trace = result.traceId;
	if (result.status === 200 && !result.apiError && !result.bodyProblem) return {status: 'pass', summary: checkMessages.probe.worked(model, trace), details};
	// "Accepted" and then no completion: overload, never "the call worked".
	if (result.status === 200 && signature?.kind === 'server_error') {
		const summary = result.apiError ? checkMessages.probe.errorInsteadOfAnswer(model, serverSays(result) ?? signature.message, trace) : checkMessages.probe.noAnswer(model, trace);
		return {status: 'fail', summary, details};
	}
	// What the answer means (details.signature.message) is the diagnosis's to say, once, under the rows.
	if (signature || result.status === 402) return {status: 'fail', summary: checkMessages.probe.refused(model, signature?.status ?? result.status, serverSays(result), trace), details};
	return {...unexpected(result, checkMessages.probe.what, 'fail'), details};
}

export const probe: Check = {
	id: 'probe',
	get title() {
		return checkMessages.probe.title;
	},
	needs: ['key_present', 'key_format'],
	async run(ctx) {
		if (!ctx.allowProbe) return {status: 'skip', summary: ctx.probeConsent === 'question' ? checkMessages.probe.declined : checkMessages.probe.notAllowed, details: {}};
		if (!ctx.apiKey) return {status: 'skip', summary: checkMessages.probe.noKey, details: {}};
		const model = await pickProbeModel(ctx);
		const result = await ctx.api.post(`${ctx.callBaseUrl}${apiPaths.chatCompletions}`, {
			model,
			messages: [{role: 'user', content: 'Reply with one word.'}],
			max_tokens: 1,
			stream: false,
		});
		return judgeProbe(result, model);
	},
};
