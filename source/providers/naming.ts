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
 * else, in Chinese text, its Chinese name (硅基流动), else its name without its gloss in brackets ("Cline", "Groq").
 */
export function shortNameOf(row: ProviderRow): string {
	return row.shortName?.[currentLanguage()] ?? (currentLanguage() === 'zh-CN' ? row.chineseName : undefined) ?? row.name.replace(/\s*\(.*\)$/, '');
}

/** A service's name in full in the current language: in Chinese text its Chinese name where it has one (火山方舟). */
function fullNameOf(row: ProviderRow): string {
	return currentLanguage() === 'zh-CN' ? (row.chineseName ?? row.name) : row.name;
}

/** Found by id and name both: a gateway named by its own answer, or an id from elsewhere, is left as it is. */
function rowOf(provider: Pick<ProviderInfo, 'id' | 'name'>): ProviderRow | undefined {
	return providerTable.find(candidate => candidate.id === provider.id && candidate.name === provider.name);
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

/** A mention of `row`'s name, with the space beside it. */
const mentionOf = (row: ProviderRow) => new RegExp(`( ?)${row.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( ?)`, 'gu');

/** Each mention in a text as `shown` gives it, with no space left between it and Chinese words. */
function renamed(mention: RegExp, shown: () => string): Naming {
	return text =>
		text.replace(mention, (whole: string, before: string, after: string, offset: number) => {
			const name = shown();
			return `${spaced(before, text[offset - 1], name[0])}${name}${spaced(after, text[offset + whole.length], name.at(-1))}`;
		});
}

/**
 * A new naming for one screen or report about `provider`: the first text that names it in full keeps the full
 * name (once; in Chinese text its Chinese name where it has one), every mention after gets its short name in
 * the current language (in Chinese, a service with a Chinese name and no short name keeps the Chinese name:
 * 硅基流动). A service with neither is left as it is.
 */
export function namingFor(provider: Pick<ProviderInfo, 'id' | 'name'> | null | undefined): Naming {
	const row = provider ? rowOf(provider) : undefined;
	if (!row || (!row.shortName && row.chineseName === undefined)) return namedInFull;
	let named = false;
	return renamed(mentionOf(row), () => {
		const name = named ? shortNameOf(row) : fullNameOf(row);
		named = true;
		return name;
	});
}

/** The services with a Chinese name, each with its mention, made the first time a Chinese text needs them. */
let chineseNamed: Naming[] | undefined;

/**
 * A text shown on its own (the start screen's "This address belongs to …", last time's result under it, the report's
 * Setup table): every service the table names in full, in the current language; in Chinese text by its Chinese name.
 */
export const inFull: Naming = text => {
	if (currentLanguage() !== 'zh-CN') return text;
	chineseNamed ??= providerTable.filter(row => row.chineseName !== undefined).map(row => renamed(mentionOf(row), () => fullNameOf(row)));
	return chineseNamed.reduce((named, name) => name(named), text);
};
