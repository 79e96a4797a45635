// Windows' saved environment variables as deepseek/saved-key.ts reads them: reg.exe as it answers
// `reg query <key> /v NAME`, the value's line where it is set; a failure (exit 1, no output) where not.
import type {KeyStores} from '../../source/deepseek/saved-key.js';
import type {RunTool} from '../../source/deepseek/run-tool.js';

export type WindowsRegistry = {stores: KeyStores; calls: string[][]};

/** `user`/`system`: DEEPSEEK_API_KEY's value in that store; `answerAfter`: reg.exe answers only once it settles; `onRun`: told at each call. */
export function windowsRegistry(values: {user?: string; system?: string}, options: {answerAfter?: Promise<void>; onRun?: () => void} = {}): WindowsRegistry {
	const calls: string[][] = [];
	const run: RunTool = async (file, args) => {
		calls.push([file, ...args]);
		options.onRun?.();
		await options.answerAfter;
		const value = args[1]?.startsWith('HKCU') ? values.user : values.system;
		return value === undefined ? undefined : `\r\n${args[1]}\r\n    DEEPSEEK_API_KEY    REG_SZ    ${value}\r\n\r\n`;
	};
	return {stores: {platform: 'win32', env: {SystemRoot: String.raw`C:\WINDOWS`}, readFile: () => undefined, run}, calls};
}
