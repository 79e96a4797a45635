// Is the key accepted? `GET /models` is free; 200 proves it. On 401 DeepSeek echoes the
// last four characters of the key it received: shown next to the last four this tool
// sent, that tells "something in between replaced the key" from "deleted / other
// account", and a tail no key has (`_KEY`, `eek}`) tells that a placeholder was sent. A
// key whose shape is wrong (quotes, another vendor's) is refused for that.
import {checkMessages} from '../messages/checks.js';
import {probeModelChoices} from '../domain/models.js';
import {echoedKeyLastFour, fileNameTail, isPlaceholderTail, strayCharacterAfterKey} from '../deepseek/error-body.js';
import {parseModels} from '../deepseek/parse.js';
import {moneyKinds} from '../providers/signatures/index.js';
import {lastFour, maskKey} from '../text/safe.js';
import {httpFacts, serverSays, signatureOf, unexpected} from './http-outcome.js';
import {assignmentShell, isSkKeyOfWrongLength, keyShape} from './key-format.js';
import type {HttpResult} from '../deepseek/types.js';
import type {Check, CheckOutcome} from './types.js';
import {sharedGet} from './sure-gets.js';

/** Pure: what `GET /models` answered about `apiKey` (check result shape). */
export function judgeAuth(result: HttpResult, apiKey: string, rememberedProbeModel?: string): CheckOutcome {
	if (result.kind === 'failure') return unexpected(result, checkMessages.auth.what);
	const details: Record<string, unknown> = {...httpFacts(result), sentLastFour: lastFour(apiKey)};
	if (result.status === 200 && !result.bodyProblem && !result.apiError) {
		// A JSON 200 proves the key is accepted, even when the list has an unusual shape.
		const models = parseModels(result.json);
		if (!models.ok) return {status: 'pass', summary: checkMessages.auth.accepted([]), details: {...details, parseError: models.reason}};
		const ids = models.value.ids;
		const probeModels = probeModelChoices(ids, rememberedProbeModel);
		return {status: 'pass', summary: checkMessages.auth.accepted(ids), details: {...details, models: ids.slice(0, 20), probeModels}};
	}
	const signature = signatureOf(result);
	details.signature = signature ?? null;
	// Refused: the key, or the money behind it. A 403 "rate limit" is a rate limit.
	const refused = signature
		? signature.kind === 'invalid_key' || moneyKinds.has(signature.kind)
		: result.status === 401 || result.status === 403;
	if (!refused) {
		// 429, 5xx, an empty 200…: what it means stays in the details for the diagnosis.
		return {...unexpected(result, checkMessages.auth.what), details};
	}
	const echoed = result.apiError ? echoedKeyLastFour(result.apiError.message) : undefined;
	details.echoedLastFour = echoed ?? null;
	if (signature && moneyKinds.has(signature.kind)) return {status: 'fail', summary: checkMessages.auth.relayRefused(result.status, serverSays(result), signature.message), details};
	const own = lastFour(apiKey);
	// The key as sent came back: its own shape says why, when it can (a quote at its end is no placeholder).
	const summary = echoed === undefined || echoed === own
		? (shapeRefusal(apiKey) ??
			(echoed === undefined
				? checkMessages.auth.rejected(result.status, serverSays(result))
				: isPlaceholderTail(echoed)
					? notAKey(echoed)
					: checkMessages.auth.rejectedSameKey(echoed)))
		: isPlaceholderTail(echoed)
			? notAKey(echoed)
			: checkMessages.auth.rejectedOtherKey(echoed, own);
	return {status: 'fail', summary, details};
}

/** What reached the server was no DeepSeek key: a key with a quote after it, a file's name, or no key at all. */
function notAKey(echoed: string): string {
	const stray = strayCharacterAfterKey(echoed);
	if (stray) return checkMessages.auth.rejectedStrayCharacter(echoed, stray);
	return fileNameTail(echoed) ? checkMessages.auth.rejectedFileName(echoed) : checkMessages.auth.rejectedPlaceholder(echoed);
}

/** Why a refused key was refused, when its shape already says (quotes, another vendor's key…): never "deleted" then. */
function shapeRefusal(apiKey: string): string | undefined {
	const shape = keyShape(apiKey);
	switch (shape.kind) {
		case 'quoted':
		case 'whitespace':
		case 'placeholder':
		case 'bearer':
			return checkMessages.auth.rejectedShape[shape.kind];
		case 'foreign':
			return checkMessages.auth.rejectedShape.foreign(shape.vendor);
		case 'assignment':
			return checkMessages.auth.rejectedShape.assignment({prefix: shape.prefix, line: checkMessages.keyFormat.wholeLine[assignmentShell(shape.prefix)]});
		// Around the key only (a no-break space…): this tool left them out as it leaves out spaces.
		case 'non_ascii':
			return shape.around ? checkMessages.auth.rejectedShape.whitespace : undefined;
		case 'unusual':
			return isSkKeyOfWrongLength({masked: maskKey(apiKey), length: apiKey.length}) ? checkMessages.auth.rejectedShape.length({length: apiKey.length}) : undefined;
		default:
			return undefined;
	}
}

export const auth: Check = {
	id: 'auth',
	get title() {
		return checkMessages.auth.title;
	},
	needs: ['key_present', 'key_format'],
	async run(ctx) {
		if (!ctx.apiKey) return {status: 'skip', summary: checkMessages.auth.noKey, details: {}};
		const result = await sharedGet.models(ctx);
		return judgeAuth(result, ctx.apiKey, ctx.rememberedProbeModel);
	},
};
