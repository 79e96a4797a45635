// Why a base URL was refused (url.ts): the start reads it before any request, so it is apart
// from the HTTP failures' sentences (http.ts), which load with the code read during the wait.
// Values passed in are already safe to print.
import {localized, type Messages} from './language.js';
import * as zhCN from './zh-CN/base-url.js';

/** Why a base URL was refused (url.ts). */
const baseUrlMessagesEn = {
	empty: 'The base URL is empty: set it to https://api.deepseek.com (or the URL your provider gave you).',
	noScheme: (p: {suggestion: string}) =>
		`The base URL must start with https://, for example ${p.suggestion}.`,
	/** No scheme, and a host on this computer (localhost, 127.x, ::1): `suggestion` has http:// in front. */
	noSchemeLocal: (p: {suggestion: string}) =>
		`The base URL must start with http:// or https://: a service on this computer usually answers on ${p.suggestion}.`,
	/** No scheme, and a host a typo away from DeepSeek's own: its URL, not the typo. */
	noSchemeNearOfficial: (p: {typed: string; official: string}) =>
		`The base URL must start with https://, and "${p.typed}" looks like a typo of DeepSeek's address: use ${p.official}.`,
	notAUrl: (p: {raw: string}) =>
		`"${p.raw}" is not a valid URL: use the form https://api.deepseek.com.`,
	/** The value is in quotes: `inside` is the address they hold; `straight`: " or ', as Command Prompt keeps them (typographic ones come from a chat app or a word processor, not from it). */
	quoted: (p: {inside: string; straight: boolean}) =>
		`The base URL has quotes around it that are part of its value: remove them where it is set, so that it reads ${p.inside}${p.straight ? ' (Command Prompt\'s set NAME="…" keeps the quotes in the value)' : ''}.`,
	/** Full-width characters an input method typed (`characters`, as typed), and the address in half-width ones. */
	fullWidth: (p: {characters: string; suggestion: string}) =>
		`The base URL holds full-width characters (${p.characters}), as a Chinese input method types them: write it as ${p.suggestion}.`,
	unsupportedProtocol: (p: {protocol: string}) =>
		`The base URL uses ${p.protocol}// but only https:// (or http:// to this computer) works: use https://api.deepseek.com.`,
	hasCredentials:
		'The base URL contains a user name or password: remove them (the API key goes in DEEPSEEK_API_KEY, not in the URL).',
	relativeWithoutBase: (p: {path: string; reason: string}) =>
		`Could not build the URL for ${p.path} because the base URL is not usable. ${p.reason}`,
};

// The Simplified Chinese table is in zh-CN/base-url.ts, of the same type.
export type BaseUrlMessages = Messages<typeof baseUrlMessagesEn>;
export const baseUrlMessages: BaseUrlMessages = localized({en: baseUrlMessagesEn, 'zh-CN': zhCN.baseUrlMessages});
