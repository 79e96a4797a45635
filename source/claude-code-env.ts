// The key and base URL Claude Code sends, from the `env` object of its settings files. Many
// run Claude Code on DeepSeek's Anthropic endpoint with those variables set there, not in the
// shell: a terminal that runs deepseek-fix has none of them. Only named (the key masked) and
// compared, never sent on their own: `check` keeps its precedence (docs/interface.md). The
// files are the user's and may be anything: regular files only (a FIFO in their place is
// never waited on), at most 256 KiB, any error is nothing. Never throws.
import path from 'node:path';
import process from 'node:process';
import {claudeCodeUserFile} from './deepseek/facts.js';
import {isJsonObject, parseJsonText} from './json.js';
import type {AppFound} from './app-settings.js';
import {readSmallFile} from './small-file.js';
import {sanitize} from './text/safe.js';

/** The variables taken from the files: the two Claude Code sends a key in, and its base URL. */
const claudeCodeVars = ['ANTHROPIC_AUTH_TOKEN', 'ANTHROPIC_API_KEY', 'ANTHROPIC_BASE_URL'] as const;
type ClaudeCodeVar = (typeof claudeCodeVars)[number];
export const claudeCodeKeyVars = ['ANTHROPIC_AUTH_TOKEN', 'ANTHROPIC_API_KEY'] as const satisfies readonly ClaudeCodeVar[];

/** Each variable the files set, with the file it came from as messages name it (`~/.claude/settings.json`). */
type ClaudeCodeEnv = Readonly<Partial<Record<ClaudeCodeVar, {value: string; file: string}>>>;

const noClaudeCodeEnv: ClaudeCodeEnv = {};

const maxBytes = 256 * 1024;

/**
 * Where Claude Code's file-based managed settings are on `platform`, as its docs name them (macOS,
 * Windows, else Linux and WSL's): an organisation's policy, stronger than every other file.
 */
export function claudeCodeManagedFile(platform: NodeJS.Platform = process.platform): string {
	if (platform === 'darwin') return '/Library/Application Support/ClaudeCode/managed-settings.json';
	if (platform === 'win32') return 'C:\\Program Files\\ClaudeCode\\managed-settings.json';
	return '/etc/claude-code/managed-settings.json';
}

/**
 * The files, strongest first, as Claude Code orders them: the managed settings (`managedFile`,
 * null for none), the project's local settings (`.claude/settings.local.json`), its shared
 * settings (`.claude/settings.json`), then the user's (`~/.claude/settings.json`, or
 * `settings.json` in `CLAUDE_CONFIG_DIR`; there is no user-level settings.local.json). The
 * project is the folder the tool runs in (Claude Code's, where it is started). Managed settings
 * delivered otherwise (its `managed-settings.d` folder, MDM, the claude.ai console) and
 * `--settings` are left out.
 */
export function claudeCodeSettingsFiles(cwd: string, env: Readonly<Record<string, string | undefined>>, managedFile: string | null = claudeCodeManagedFile()): Array<{file: string; shownAs: string}> {
	const managed = managedFile === null ? [] : [{file: managedFile, shownAs: sanitize(managedFile)}];
	const project = [
		...managed,
		{file: path.join(cwd, '.claude', 'settings.local.json'), shownAs: '.claude/settings.local.json'},
		{file: path.join(cwd, '.claude', 'settings.json'), shownAs: '.claude/settings.json'},
	];
	const configDir = env.CLAUDE_CONFIG_DIR?.trim();
	// The folder's name is the environment's, shown as it is but for what a terminal would act on.
	if (configDir) return [...project, {file: path.join(configDir, 'settings.json'), shownAs: sanitize(path.join(configDir, 'settings.json'))}];
	const home = env.HOME?.trim() || env.USERPROFILE?.trim();
	return home ? [...project, {file: path.join(home, '.claude', 'settings.json'), shownAs: claudeCodeUserFile}] : project;
}

/** Pure: what one file's text sets among `claudeCodeVars`: nothing when it is no JSON object, or its `env` is none; values that are not strings, or only spaces, are left out. */
export function claudeCodeEnvFrom(text: string, shownAs: string): ClaudeCodeEnv {
	const parsed = parseJsonText(text);
	const env = isJsonObject(parsed) ? parsed['env'] : undefined;
	if (!isJsonObject(env)) return noClaudeCodeEnv;
	const found: Partial<Record<ClaudeCodeVar, {value: string; file: string}>> = {};
	for (const name of claudeCodeVars) {
		const value = Object.hasOwn(env, name) ? env[name] : undefined;
		if (typeof value === 'string' && value.trim() !== '') found[name] = {value: value.trim(), file: shownAs};
	}
	return found;
}

/** Pure: the files' values merged, variable by variable, the first (strongest) file that sets one winning. */
export function mergeClaudeCodeEnvs(strongestFirst: readonly ClaudeCodeEnv[]): ClaudeCodeEnv {
	return strongestFirst.reduceRight<ClaudeCodeEnv>((weaker, stronger) => ({...weaker, ...stronger}), noClaudeCodeEnv);
}

/** The variables as the apps' record holds them: the two key variables in the order Claude Code prefers them (ANTHROPIC_AUTH_TOKEN first, as DeepSeek's guide sets it), and the base URL. */
export function claudeCodeFound(found: ClaudeCodeEnv): AppFound {
	const baseUrl = found.ANTHROPIC_BASE_URL;
	return {keys: claudeCodeKeyVars.flatMap(name => (found[name] ? [{name, ...found[name]}] : [])), ...(baseUrl ? {baseUrl: {name: 'ANTHROPIC_BASE_URL', ...baseUrl}} : {})};
}

/** What Claude Code's settings files give the variables; nothing where there are none or they cannot be read. */
export function readClaudeCodeEnv(cwd: string, env: Readonly<Record<string, string | undefined>>, managedFile: string | null = claudeCodeManagedFile()): ClaudeCodeEnv {
	return mergeClaudeCodeEnvs(claudeCodeSettingsFiles(cwd, env, managedFile).map(({file, shownAs}) => readSettingsFile(file, shownAs)));
}

function readSettingsFile(file: string, shownAs: string): ClaudeCodeEnv {
	const read = readSmallFile(file, maxBytes);
	// A file past the cap is not cut to a JSON that happens to parse: it is left out whole.
	return read?.whole ? claudeCodeEnvFrom(read.bytes.toString('utf8'), shownAs) : noClaudeCodeEnv;
}
