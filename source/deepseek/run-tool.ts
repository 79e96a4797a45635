// A system tool the checks read after a failure (the system's proxy settings, WSL's networking
// mode): by its full path where the caller can give one, never in the way of a run that works.

type Env = Readonly<Record<string, string | undefined>>;

/** Runs a system tool and gives its output, or undefined (not there, failed, too slow). */
export type RunTool = (file: string, args: readonly string[], env: Env, signal: AbortSignal) => Promise<string | undefined>;

export const runTool: RunTool = (file, args, env, signal) => {
	// Only after a failure, so never on the way of a run that works: loaded here, not with the check.
	const {execFile} = process.getBuiltinModule('node:child_process');
	return new Promise(resolve => {
		execFile(file, [...args], {env: {...env}, signal, timeout: 2000, windowsHide: true, maxBuffer: 256 * 1024, encoding: 'utf8'}, (error, stdout) => {
			resolve(error ? undefined : stdout);
		});
	});
};

/** Windows' reg.exe by its full path (the Windows folder from SystemRoot): a folder early on PATH cannot stand in for it. */
export const regExe = (env: Env): string => `${env.SystemRoot ?? env.SYSTEMROOT ?? String.raw`C:\Windows`}\\System32\\reg.exe`;
