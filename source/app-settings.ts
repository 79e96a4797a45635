// What the agent apps' own settings give the key and base URL they send to DeepSeek, as one record keyed by app, and
// the one table of how each app's settings are read. Adding an app: its reader module, a row in `appReaders`, and its
// messages (its name and settings file in deepseek/facts.ts, its sentences). Each reader keeps its own timing: a
// synchronous one is read where it is asked (the wizard's first render, a check's first ask), an asynchronous one
// (Continue's, Aider's and Codex's: their YAML or TOML parser is a dynamic import) after the wizard's first frame, and by a check when first asked.
import {readClaudeCodeEnv, claudeCodeFound} from './claude-code-env.js';
import {readOpenCodeConfig} from './opencode-config.js';
import {readContinueConfig} from './continue-config.js';
import {readAiderConfig} from './aider-config.js';
import {readCodexConfig} from './codex-config.js';
import {agentApps, type AgentApp} from './deepseek/facts.js';

type Env = Readonly<Record<string, string | undefined>>;

/** A value an app's settings set: the setting's name as messages give it, the value, and the file it is in, as messages name it (`inEnvironmentFile`, '', for an AIDER_… variable the process environment gives). */
/** `variable`: the environment variable the app reads the key from (Codex CLI's `env_key`), where the file only names it. */
export type AppValue = {name: string; value: string; file: string; variable?: string};
/**
 * What one app's settings give: the keys it may send, in the order it prefers them (any shape), and its base URL.
 * `ignored`: a file of its that sets a DeepSeek provider the app ignores (Codex: a project's `.codex/config.toml`), and
 * the file it takes one from instead, as messages name them.
 */
export type AppFound = Readonly<{keys: readonly AppValue[]; baseUrl?: AppValue; ignored?: AppIgnored}>;
export type AppIgnored = Readonly<{file: string; instead: string}>;
/** Each app's findings; an app not read yet (or not read at all) is absent, as one with nothing. */
export type AppSettings = Readonly<{[app in AgentApp]?: AppFound}>;

export const noAppSettings: AppSettings = {};

/** An app reader: `now`, read where it is asked; `later`, a promise (the wizard asks it after its first frame). */
type AppReader = {now: (cwd: string, env: Env) => AppFound} | {later: (cwd: string, env: Env) => Promise<AppFound>};

/** The one-key-one-base-URL shape OpenCode's and Continue's readers give, as the record holds it. */
export function foundOf(config: Readonly<{key?: AppValue; baseUrl?: AppValue; ignored?: AppIgnored}>): AppFound {
	return {keys: config.key ? [config.key] : [], ...(config.baseUrl ? {baseUrl: config.baseUrl} : {}), ...(config.ignored ? {ignored: config.ignored} : {})};
}

const appReaders: Record<AgentApp, AppReader> = {
	claude_code: {now: (cwd, env) => claudeCodeFound(readClaudeCodeEnv(cwd, env))},
	opencode: {now: (cwd, env) => foundOf(readOpenCodeConfig(cwd, env))},
	continue: {later: async (cwd, env) => foundOf(await readContinueConfig(cwd, env))},
	// Imported statically, as Continue's reader: a dynamic import here made esbuild split the modules both
	// share with the start-up path into four more files before the first request, for 3.5 KB spared.
	aider: {later: async (cwd, env) => foundOf(await readAiderConfig(cwd, env))},
	// Its TOML parser is a dynamic import, loaded only where a config.toml is there and may define a provider.
	codex: {later: async (cwd, env) => foundOf(await readCodexConfig(cwd, env))},
};

/** The apps read where they are asked (the wizard's first render). */
export function readAppsNow(cwd: string, env: Env): AppSettings {
	const found: {[app in AgentApp]?: AppFound} = {};
	for (const app of agentApps) {
		const reader = appReaders[app];
		if ('now' in reader) found[app] = reader.now(cwd, env);
	}
	return found;
}

/** The apps read later (after the wizard's first frame). */
export async function readAppsLater(cwd: string, env: Env): Promise<AppSettings> {
	const reads = agentApps.flatMap(app => {
		const reader = appReaders[app];
		return 'later' in reader ? [[app, reader.later(cwd, env)] as const] : [];
	});
	return Object.fromEntries(await Promise.all(reads.map(async ([app, read]) => [app, await read] as const)));
}

/** Every app, in their order (each read starts in that order: the synchronous ones are read before the call returns). */
export async function readAppSettings(cwd: string, env: Env): Promise<AppSettings> {
	const found = readAppsNow(cwd, env);
	return {...found, ...(await readAppsLater(cwd, env))};
}
