// Is the key accepted? `GET /models` is free; 200 proves it. On 401 DeepSeek echoes the
// last four characters of the key it received: shown next to the key's own last four,
// that tells "wrong key in this tool" from "revoked / other account".
import {checkMessages as m} from '../messages/checks.js';
import {echoedKeyLastFour, parseModels} from '../deepseek/parse.js';
import {matchErrorSignature} from '../providers/signatures.js';
import {lastFour} from '../text/safe.js';
import {httpFacts, serverSays, unexpected} from './http-outcome.js';
import type {Check} from './types.js';

export const auth: Check = {
	id: 'auth',
	title: m.auth.title,
	needs: ['key_present'],
	async run(ctx) {
		if (!ctx.apiKey) return {status: 'skip', summary: m.auth.noKey, details: {}};
		const result = await ctx.api.get(`${ctx.callBaseUrl}/models`);
		if (result.kind === 'failure') return unexpected(result, m.auth.what);
		const details: Record<string, unknown> = {...httpFacts(result), sentLastFour: lastFour(ctx.apiKey)};
		if (result.status === 200 && !result.bodyProblem && !result.apiError) {
			// A JSON 200 proves the key is accepted, even when the list has an unusual shape.
			const models = parseModels(result.json);
			if (!models.ok) return {status: 'pass', summary: m.auth.accepted([]), details: {...details, parseError: models.reason}};
			return {status: 'pass', summary: m.auth.accepted(models.value.ids), details: {...details, models: models.value.ids.slice(0, 20)}};
		}
		const signature = matchErrorSignature({status: result.status, apiError: result.apiError, text: result.text});
		details.signature = signature ?? null;
		if (result.status === 401 || result.status === 403) {
			const echoed = result.apiError ? echoedKeyLastFour(result.apiError.message) : undefined;
			details.echoedLastFour = echoed ?? null;
			if (signature && signature.kind !== 'invalid_key') {
				return {status: 'fail', summary: m.auth.relayRefused(signature.message), details};
			}
			const summary = echoed
				? echoed === lastFour(ctx.apiKey)
					? m.auth.rejectedSameKey(echoed)
					: m.auth.rejectedOtherKey(echoed, lastFour(ctx.apiKey))
				: m.auth.rejected(result.status, serverSays(result));
			return {status: 'fail', summary, details};
		}
		return unexpected(result, m.auth.what);
	},
};
