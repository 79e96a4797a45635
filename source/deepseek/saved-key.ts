// A key saved for later shells that this one does not have: the most common "but I set it" of
// all. On Windows, `setx` or System Properties saves DEEPSEEK_API_KEY in the registry, and only
// windows (and editors) started after that get it. Elsewhere, a line in ~/.zshrc or ~/.bashrc
// reaches only shells started after it was written, and never a program started without a
// login shell (an IDE, cron, a service). Read only when no key was found: never on the way
// of a run that has one. The value is never read into the tool: only whether a line sets it.
import {regExe, runTool, type RunTool} from './run-tool.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Where the key is saved: a shell's start-up file (as `~/.zshrc`), or Windows' user or system environment variables. */
export type SavedKey = {kind: 'file'; file: string} | {kind: 'windows_user'} | {kind: 'windows_system'};

/** The start-up files of the shells people use, as each names its own (fish's in its config folder). */
const startupFiles = ['.zshrc', '.zprofile', '.zshenv', '.bashrc', '.bash_profile', '.profile', '.config/fish/config.fish'];

/** A line that sets the variable: sh's `export NAME=` or `NAME=`, fish's `set -gx NAME …` (not a comment; any value but nothing). */
const setsKey = (name: string) => new RegExp(`^\\s*(?:(?:export\\s+)?${name}=\\S|set\\s+(?:-[a-zA-Z]+\\s+)*${name}\\s+\\S)`, 'mu');

/** What the tool reads of this computer; tests give their own. */
export type KeyStores = {
	platform: NodeJS.Platform;
	env: Env;
	/** A file's text, or undefined when it cannot be read. */
	readFile: (path: string) => string | undefined;
	run: RunTool;
};

/** This computer: node:fs only here, after no key was found. */
export function thisComputer(env: Env): KeyStores {
	return {
		platform: process.platform,
		env,
		readFile: path => {
			try {
				const fs = process.getBuiltinModule('node:fs');
				// A start-up file is small; anything far larger is not one to read whole.
				return fs.statSync(path).size > 1024 * 1024 ? undefined : fs.readFileSync(path, 'utf8');
			} catch {
				return undefined;
			}
		},
		run: runTool,
	};
}

/** reg.exe answers at once; a stuck one must not hold the check, nor keep looking behind the wizard. */
export const savedKeyLookMs = 3000;

/** Windows' two places for environment variables, as `reg query` names them. */
const windowsStores = [
	{kind: 'windows_user', key: String.raw`HKCU\Environment`},
	{kind: 'windows_system', key: String.raw`HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Environment`},
] as const;

/** Where `name` is saved for later shells, if anywhere (the first place found); undefined where it is not, or cannot be read. */
export async function savedKey(stores: KeyStores, signal: AbortSignal, name = 'DEEPSEEK_API_KEY'): Promise<SavedKey | undefined> {
	if (stores.platform === 'win32') {
		// It fails (no output) where the value is not there.
		const reg = regExe(stores.env);
		for (const store of windowsStores) {
			const output = await stores.run(reg, ['query', store.key, '/v', name], stores.env, signal);
			if (output !== undefined && new RegExp(`^\\s*${name}\\s+REG_(?:EXPAND_)?SZ\\s+\\S`, 'imu').test(output)) return {kind: store.kind};
		}
		return undefined;
	}
	return savedInStartupFile(stores, name);
}

/** The start-up file (as `~/.zshrc`) of a shell that sets `name`, outside Windows: read at once, for the wizard's start screen too. */
export function savedInStartupFile(stores: Pick<KeyStores, 'platform' | 'env' | 'readFile'>, name = 'DEEPSEEK_API_KEY'): SavedKey | undefined {
	const home = stores.env.HOME?.trim();
	if (stores.platform === 'win32' || !home) return undefined;
	const pattern = setsKey(name);
	const file = startupFiles.find(file => pattern.test(stores.readFile(`${home}/${file}`) ?? ''));
	return file === undefined ? undefined : {kind: 'file', file: `~/${file}`};
}
