// The shell a command we print is written for. A fix that says "export DEEPSEEK_API_KEY=…"
// fails in PowerShell and in Windows' Command Prompt, and means nothing to fish: on Windows,
// where a company's inspecting proxy (NODE_USE_SYSTEM_CA) and a key set with setx are most
// common, the commands must be that shell's. Chosen once at start from the environment (the
// CLI calls setShell, as it sets the language); 'sh' until then, so that tests and the
// bundled text read the same everywhere. Tiny and import-free, like messages/language.ts.

export const shells = ['sh', 'fish', 'nu', 'powershell', 'cmd'] as const;
export type Shell = (typeof shells)[number];

let current: Shell = 'sh';

export function currentShell(): Shell {
	return current;
}

export function setShell(shell: Shell): void {
	current = shell;
}

/**
 * Pure: the shell the user most likely typed the command in. On Windows, PowerShell builds
 * PSModulePath when it starts and puts the user's own modules folder (under the profile, in
 * Documents) first; the variable as Windows stores it, which Command Prompt passes on, holds
 * only the folders under Program Files and System32. Git Bash, MSYS2 and Cygwin set SHELL.
 * Elsewhere SHELL names the login shell: the best guess there is.
 */
export function detectShell(env: Readonly<Record<string, string | undefined>>, platform: string): Shell {
	const login = /[/\\]([\w.-]+?)(?:\.exe)?$/i.exec(env.SHELL ?? '')?.[1]?.toLowerCase();
	if (login === 'fish') return 'fish';
	if (login === 'nu') return 'nu';
	if (login === 'pwsh' || login === 'powershell') return 'powershell';
	if (login !== undefined || platform !== 'win32') return 'sh';
	const profile = (env.USERPROFILE ?? '').toLowerCase().replace(/\\+$/, '');
	const modules = (env.PSModulePath ?? '').toLowerCase().split(';');
	return profile !== '' && modules.some(folder => folder.startsWith(`${profile}\\`)) ? 'powershell' : 'cmd';
}

/** The command that sets `name` to `value` for what this shell runs next (this window only). */
export function setCommand(name: string, value: string, shell: Shell = current): string {
	switch (shell) {
		case 'fish': {
			return `set -gx ${name} ${value}`;
		}
		case 'nu': {
			return `$env.${name} = "${value}"`;
		}
		case 'powershell': {
			return `$env:${name}="${value}"`;
		}
		case 'cmd': {
			return `set ${name}=${value}`;
		}
		default: {
			return `export ${name}=${value}`;
		}
	}
}

/** The command that sets `name` to what the variable `from` holds. */
export function copyCommand(name: string, from: string, shell: Shell = current): string {
	switch (shell) {
		case 'fish': {
			return `set -gx ${name} $${from}`;
		}
		case 'nu': {
			return `$env.${name} = $env.${from}`;
		}
		case 'powershell': {
			return `$env:${name}=$env:${from}`;
		}
		case 'cmd': {
			return `set ${name}=%${from}%`;
		}
		default: {
			return `export ${name}="$${from}"`;
		}
	}
}

/** The command that unsets the variables `names` in this shell (this window only). */
export function unsetCommand(names: readonly string[], shell: Shell = current): string {
	switch (shell) {
		case 'fish': {
			return names.map(name => `set -e ${name}`).join('; ');
		}
		case 'nu': {
			return `hide-env ${names.join(' ')}`;
		}
		case 'powershell': {
			return `Remove-Item ${names.map(name => `Env:${name}`).join(', ')}`;
		}
		case 'cmd': {
			// No space before the &: Command Prompt would keep it as the value.
			return names.map(name => `set ${name}=`).join('& ');
		}
		default: {
			return `unset ${names.join(' ')}`;
		}
	}
}

/**
 * Whether `NAME=value command` runs one command with the variable set: POSIX shells, fish
 * (3.1 and newer) and Nushell can; PowerShell and Command Prompt need the variable set first.
 */
export function setsForOneCommand(shell: Shell = current): boolean {
	return shell !== 'powershell' && shell !== 'cmd';
}

/**
 * What ends a row of a command that goes on on the next row, so that the rows pasted run as one command: a backslash
 * in POSIX shells and fish, a backtick in PowerShell, a caret in Command Prompt; none in Nushell, which has no such mark.
 */
export function lineContinuation(shell: Shell = current): string | undefined {
	return shell === 'powershell' ? '`' : shell === 'cmd' ? '^' : shell === 'nu' ? undefined : '\\';
}

/** A word the shell takes as it is; anything else in single quotes. */
export function shellWord(text: string): string {
	return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

/** The check of a key at `baseUrl`, where its app sends it (a relay's address): the same words a script of the walk has. */
export function checkAtCommand(baseUrl: string): string {
	return `deepseek-fix check --base-url ${shellWord(baseUrl)}`;
}
