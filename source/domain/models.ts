// Which model the 1-token test call uses. Model ids change over time and differ per
// relay, so nothing here is a fixed list: the choice is made from what `/models` lists.
import {probeFallbackModel} from '../deepseek/facts.js';

/** `/models` parsed. */
export type ModelList = {ids: string[]; ownedBy: string[]};

/** DeepSeek's general chat model, when the service still lists it. */
const deepseekChatModel = 'deepseek-chat';

const isDeepSeek = (id: string) => /deepseek/i.test(id);
/** Reasoners, Pro tiers (paid-only on some relays) and specialised variants: not the default. */
const isSpecial = (id: string) => /reason|think|\br1\b|-r1|pro\b|pro\/|coder|vl\b|ocr|distill/i.test(id);

/**
 * The default model for the test call: DeepSeek's chat model when listed; else the first
 * DeepSeek model that is not a reasoner or a Pro tier; else any DeepSeek model; else the
 * first model listed; with nothing listed, a fallback id.
 */
function defaultProbeModel(ids: readonly string[]): string {
	if (ids.includes(deepseekChatModel)) return deepseekChatModel;
	const deepseek = ids.filter(isDeepSeek);
	return deepseek.find(id => !isSpecial(id)) ?? deepseek[0] ?? ids[0] ?? probeFallbackModel;
}

/** A model name as a user may give it: one token, printable, not absurdly long. */
export function isModelName(value: unknown): value is string {
	return typeof value === 'string' && /^[^\s\p{Cc}]{1,200}$/u.test(value);
}

/**
 * The models to offer for the test call, best first: the remembered choice (when the
 * service lists it), the default, the other DeepSeek models, then the rest; at most `max`.
 */
export function probeModelChoices(ids: readonly string[], remembered: string | undefined, max = 8): string[] {
	const ordered = [
		...(remembered !== undefined && ids.includes(remembered) ? [remembered] : []),
		...(ids.length > 0 ? [defaultProbeModel(ids)] : []),
		...ids.filter(isDeepSeek),
		...ids,
	];
	return [...new Set(ordered)].slice(0, max);
}

/**
 * The model the test call uses: the one asked for (flag or wizard pick) whatever the list
 * says; else the remembered one when the service lists it (or no list could be read);
 * else the default from the list.
 */
export function chooseProbeModel(choice: {asked?: string | undefined; remembered?: string | undefined}, ids: readonly string[] | undefined): string {
	if (choice.asked !== undefined) return choice.asked;
	const listed = ids ?? [];
	if (choice.remembered !== undefined && (ids === undefined || listed.includes(choice.remembered))) return choice.remembered;
	return defaultProbeModel(listed);
}
