// Where the settings file lives: DEEPSEEK_FIX_CONFIG_DIR, else the OS's usual config folder.
import os from 'node:os';
import path from 'node:path';

export type Env = Readonly<Record<string, string | undefined>>;

export const configDirEnvVar = 'DEEPSEEK_FIX_CONFIG_DIR';
const projectName = 'deepseek-fix';
const settingsFileName = 'config.json';

/**
 * The folder conf would pick for projectName 'deepseek-fix' with projectSuffix '' (the
 * `config` folder of env-paths). Computed here instead of importing env-paths, which is
 * only a dependency of conf, and from the injected env so tests can steer it. Conf itself
 * is always given this folder as `cwd`, so this is the one place the choice is made.
 */
function osConfigDir(env: Env): string {
	const home = homeFolder();
	if (process.platform === 'darwin') return path.join(home, 'Library', 'Preferences', projectName);
	if (process.platform === 'win32') {
		const appData = env['APPDATA'] || path.join(home, 'AppData', 'Roaming');
		return path.join(appData, projectName, 'Config');
	}
	// A relative XDG_CONFIG_HOME is ignored, as the XDG Base Directory spec asks: it would put
	// the settings (a remembered key among them) in whatever folder the run starts in.
	const xdg = env['XDG_CONFIG_HOME'];
	return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.config'), projectName);
}

/**
 * The user's home folder: os.homedir(), which is HOME as given, even when HOME is set but empty
 * (`HOME= cmd`, an env file's `HOME=`); then it is the home the system's user database gives, as
 * when HOME is unset, so that the settings do not go to `.config/` in the current folder.
 */
function homeFolder(): string {
	const home = os.homedir();
	if (home !== '') return home;
	try {
		return os.userInfo().homedir;
	} catch {
		return home;
	}
}

/**
 * A value of DEEPSEEK_FIX_CONFIG_DIR that begins with `~` as a shell would expand it (`~`,
 * `~/…`; `~\…` on Windows) — given unexpanded by cron, systemd, a Dockerfile's ENV or a
 * quoted assignment. It is still used as given, a folder named `~` under the current one,
 * as the contract says: expanding it now would move the settings of anyone who has run so
 * to another folder, silently. The CLI says so on stderr instead. `dir`: the folder used;
 * `home`: the folder the user probably meant.
 */
export function unexpandedTilde(env: Env): {dir: string; home: string} | undefined {
	const chosen = env[configDirEnvVar];
	const tilde = process.platform === 'win32' ? /^~(?:[\\/]|$)/ : /^~(?:\/|$)/;
	if (!chosen || !tilde.test(chosen)) return undefined;
	return {dir: settingsDir(env), home: path.join(homeFolder(), chosen.slice(1))};
}

/**
 * A value of DEEPSEEK_FIX_CONFIG_DIR with white space at either end (`DEEPSEEK_FIX_CONFIG_DIR= /x` in an env file,
 * a path copied with a trailing space or a no-break space), or of white space only. Still used as given, as the
 * contract says: the space is part of the folder's name, and " /x" is a relative path (a folder " " under the
 * current one). The CLI says so on stderr. `dir`: the folder used; `trimmed`: the one without the spaces, undefined
 * when nothing is left (then the usual folder is what was probably meant).
 */
export function surroundingSpace(env: Env): {dir: string; trimmed: string | undefined} | undefined {
	const chosen = env[configDirEnvVar];
	if (!chosen || chosen.trim() === chosen) return undefined;
	const trimmed = chosen.trim();
	return {dir: settingsDir(env), trimmed: trimmed === '' ? undefined : path.resolve(trimmed)};
}

export function settingsDir(env: Env): string {
	const chosen = env[configDirEnvVar];
	return chosen ? path.resolve(chosen) : osConfigDir(env);
}

export function settingsPath(env: Env): string {
	return path.join(settingsDir(env), settingsFileName);
}
