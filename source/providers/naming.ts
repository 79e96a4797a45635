// How one screen or one report names the service the calls go to: in full at its first mention,
// by its short name (the provider table's `shortName`) after, so that a long name is read once.
// The renderers pass their texts through one `Naming` in the order they are read.
import {currentLanguage} from '../messages/language.js';
import {providerTable, type ProviderRow} from './table.js';
import type {ProviderInfo} from './types.js';

/** A text as it is shown at this point of the screen or report. */
export type Naming = (text: string) => string;

/** Every mention as it is: where nothing else was read before (a text shown on its own). */
export const namedInFull: Naming = text => text;

/**
 * A service's name where it was named before or a label needs it short: its short name in the current language,
 * else its name without its gloss in brackets ("Cline", "Groq").
 */
export function shortNameOf(row: ProviderRow): string {
	return row.shortName?.[currentLanguage()] ?? row.name.replace(/\s*\(.*\)$/, '');
}

/** Han characters and full-width punctuation: no space between them and a Chinese name. */
const chinese = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u;
const isChinese = (char: string | undefined) => char !== undefined && chinese.test(char);

/**
 * A space the full name had beside it stays unless both sides are Chinese: "发往 Alibaba Cloud …（" becomes
 * "发往百炼（", "in the Alibaba Cloud … console" becomes "in the Model Studio console".
 */
function spaced(space: string, outside: string | undefined, edge: string | undefined): string {
	return space !== '' && isChinese(outside) && isChinese(edge) ? '' : space;
}

/**
 * A new naming for one screen or report about `provider`: the first text that names it in full keeps the full
 * name (once), every mention after gets its short name in the current language. A service without a short
 * name is left as it is.
 */
export function namingFor(provider: Pick<ProviderInfo, 'id' | 'name'> | null | undefined): Naming {
	// Found by id and name both: a gateway named by its own answer, or an id from elsewhere, is left as it is.
	const row = provider ? providerTable.find(candidate => candidate.id === provider.id && candidate.name === provider.name) : undefined;
	if (!row?.shortName) return namedInFull;
	const mention = new RegExp(`( ?)${row.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( ?)`, 'gu');
	let named = false;
	return text =>
		text.replace(mention, (whole: string, before: string, after: string, offset: number) => {
			if (!named) {
				named = true;
				return whole;
			}
			const short = shortNameOf(row);
			return `${spaced(before, text[offset - 1], short[0])}${short}${spaced(after, text[offset + whole.length], short.at(-1))}`;
		});
}
