// What the tiny bin chunk says itself (en): the output cannot be written, Node is too old,
// an internal error.
import {localized, type Messages} from './language.js';
import * as zhCN from './zh-CN/output.js';

const outputMessagesEn = {
	stdoutFailed: (p: {code: string}) => `deepseek-fix: could not write its output (${p.code}); check where the output goes (a full disk, a closed file).`,
	nodeTooOld: (p: {needed: string; running: string}) =>
		`deepseek-fix needs Node.js ${p.needed} or newer (this is ${p.running}): install a current Node from https://nodejs.org and run it again.`,
	internalError: (p: {message: string}) =>
		`deepseek-fix stopped on an internal error: ${p.message} — a bug in deepseek-fix; please report it with the command you ran.`,
};

// Every table above in each language; the Simplified Chinese ones are in zh-CN/output.ts, of the same types.
export type OutputMessages = Messages<typeof outputMessagesEn>;
export const outputMessages: OutputMessages = localized({en: outputMessagesEn, 'zh-CN': zhCN.outputMessages});
