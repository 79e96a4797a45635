// What the agent apps' settings give, as one record keyed by app (app-settings.ts reads it): its types
// and the empty record, apart from the readers so that the start (context.ts) does not load them.
import type {AgentApp} from './deepseek/facts.js';

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
