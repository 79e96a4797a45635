// The key and base URL Continue (the VS Code and JetBrains extension, and its `cn` CLI) sends
// to DeepSeek, from its local config: `~/.continue/config.yaml` (or the older `config.json`
// where there is no config.yaml, as Continue picks), `models[]` entries with
// `provider: deepseek`, or an OpenAI-compatible provider whose `apiBase` is DeepSeek's or a
// known relay's. Continue's own docs tell DeepSeek users to put the key there. Only named (the
// key masked) and compared, never sent on their own: `check` keeps its precedence
// (docs/interface.md). Read as the other apps' settings are: regular files only, at most
// 256 KiB, any error is nothing, never throws. `${{ secrets.NAME }}` is looked up where
// Continue looks for it without an account: `~/.continue/.env`, then the project's
// `.continue/.env` and `.env`, then this environment. Configs from Continue's hub (signed in)
// and agent files are not read: which one the user picked is kept inside the editor.
import path from 'node:path';
import {detectByHost} from './providers/host.js';
import {isJsonObject, parseJsonText} from './json.js';
import {dotenvValues} from './project-env.js';
import {readSmallFile} from './small-file.js';
import {withKeyMasked} from './text/app-setting.js';
import {deepseekKeyPattern, sanitize} from './text/safe.js';

/** A value Continue's config gives, `name` as messages show it (`models[0].apiKey`), `file` its file (`~/.continue/config.yaml`). */
type ContinueValue = {name: string; value: string; file: string};
type ContinueConfig = Readonly<{key?: ContinueValue; baseUrl?: ContinueValue}>;

const noContinueConfig: ContinueConfig = {};

/** Continue's folder, as messages name it (where `CONTINUE_GLOBAL_DIR` is not set). */
const continueUserFolder = '~/.continue';

/** Continue's provider that speaks OpenAI's API to any `apiBase` given: how its users reach a relay, or DeepSeek itself. */
const openAiCompatibleProviders = new Set(['openai']);

const maxBytes = 256 * 1024;
type Env = Readonly<Record<string, string | undefined>>;

/** Continue's own folder: `CONTINUE_GLOBAL_DIR` (relative to the folder it runs in), else `~/.continue`. */
function continueFolder(cwd: string, env: Env): {folder: string; shownAs: string} | undefined {
	const custom = env.CONTINUE_GLOBAL_DIR?.trim();
	if (custom) return {folder: path.resolve(cwd, custom), shownAs: sanitize(custom)};
	const home = env.HOME?.trim() || env.USERPROFILE?.trim();
	return home ? {folder: path.join(home, '.continue'), shownAs: continueUserFolder} : undefined;
}

/** One `models[]` entry as written: where it is (`models[2]`), its provider and the two strings. */
type ContinueModel = {at: string; provider: string; apiKey?: string; apiBase?: string};

/** Pure: the `models[]` entries of a parsed config (YAML or JSON alike); nothing where it has none. */
export function continueModelsOf(parsed: unknown): ContinueModel[] {
	const models = isJsonObject(parsed) ? parsed['models'] : undefined;
	if (!Array.isArray(models)) return [];
	const found: ContinueModel[] = [];
	for (const [index, model] of models.entries()) {
		if (!isJsonObject(model) || typeof model['provider'] !== 'string') continue;
		const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
		const apiKey = text(model['apiKey']);
		const apiBase = text(model['apiBase']);
		found.push({at: `models[${index}]`, provider: model['provider'].trim().toLowerCase(), ...(apiKey ? {apiKey} : {}), ...(apiBase ? {apiBase} : {})});
	}
	return found;
}

/** Where `${{ secrets.NAME }}` was found: its value, and the file (or `$NAME`, this environment's variable) as messages name it. */
type SecretLookup = (name: string) => {value: string; from: string} | undefined;

const secretReference = /^\$\{\{\s*secrets\.([A-Za-z_][\w-]*)\s*\}\}$/;

/**
 * Pure: the key and base URL Continue sends to DeepSeek. Models asked: `provider: deepseek`
 * first, then the OpenAI-compatible ones, each in the file's order. The key: the first
 * DeepSeek-shaped one; the base URL: that model's `apiBase` (none where it has none: it goes to
 * DeepSeek's own); with no key, the first DeepSeek model's, else the first OpenAI-compatible
 * model's whose host is DeepSeek's or a known relay's (a local model server's is none of ours). A `${{ secrets.NAME }}` value is what `secrets` finds for
 * NAME; any other `${{ … }}` is nothing.
 */
export function continueConfigOf(models: readonly ContinueModel[], file: string, secrets: SecretLookup): ContinueConfig {
	const deepseek = models.filter(model => model.provider === 'deepseek');
	const compatible = models.filter(model => model.provider !== 'deepseek' && openAiCompatibleProviders.has(model.provider));
	const value = (model: ContinueModel, field: 'apiKey' | 'apiBase'): ContinueValue | undefined => {
		const raw = model[field];
		if (raw === undefined) return undefined;
		const name = `${model.at}.${field}`;
		const reference = secretReference.exec(raw);
		if (reference) {
			const found = secrets(reference[1]!);
			return found ? {name: `${name} (secrets.${reference[1]!}, ${found.from})`, value: found.value, file} : undefined;
		}
		return raw.includes('${{') ? undefined : {name, value: raw, file};
	};
	const keyModel = [...deepseek, ...compatible].find(model => deepseekKeyPattern.test(value(model, 'apiKey')?.value ?? ''));
	const key = keyModel && value(keyModel, 'apiKey');
	// The key's own model sends it to its own apiBase (none: DeepSeek's default), never to another model's.
	const baseUrl = keyModel
		? value(keyModel, 'apiBase')
		: (deepseek.map(model => value(model, 'apiBase')).find(set => set !== undefined) ??
			compatible.map(model => value(model, 'apiBase')).find(set => set !== undefined && detectByHost(set.value) !== undefined));
	return {...(key ? {key: withKeyMasked(key, key.value)} : {}), ...(baseUrl ? {baseUrl: withKeyMasked(baseUrl, key?.value)} : {})};
}

/**
 * The files `${{ secrets.NAME }}` is looked up in, in Continue's order: its own folder's `.env`,
 * then the project's `.continue/.env` and `.env` (the project is the folder the tool runs in).
 */
function continueSecretFiles(cwd: string, folder: {folder: string; shownAs: string} | undefined): Array<{file: string; shownAs: string}> {
	return [
		...(folder ? [{file: path.join(folder.folder, '.env'), shownAs: `${folder.shownAs}/.env`}] : []),
		{file: path.join(cwd, '.continue', '.env'), shownAs: '.continue/.env'},
		{file: path.join(cwd, '.env'), shownAs: '.env'},
	];
}

/** The secrets lookup over `continueSecretFiles`, then this environment; each file read at most once, when first needed. */
function continueSecrets(cwd: string, env: Env, folder: {folder: string; shownAs: string} | undefined): SecretLookup {
	const files = continueSecretFiles(cwd, folder).map(place => ({...place, values: undefined as Record<string, string> | undefined}));
	return name => {
		for (const place of files) {
			place.values ??= readEnvFile(place.file);
			const found = place.values[name];
			if (found !== undefined && found.trim() !== '') return {value: found.trim(), from: place.shownAs};
		}
		const fromEnv = env[name]?.trim();
		return fromEnv ? {value: fromEnv, from: `$${name}`} : undefined;
	};
}

/**
 * What Continue's local config gives it for DeepSeek; nothing where there is none or it cannot be
 * read. Asynchronous: a YAML parser (`parseYaml`, tests give their own) is loaded only where a
 * config.yaml is there to parse and may name a provider asked.
 */
export async function readContinueConfig(cwd: string, env: Env, parseYaml: (text: string) => Promise<unknown> = parseYamlText): Promise<ContinueConfig> {
	const folder = continueFolder(cwd, env);
	if (!folder) return noContinueConfig;
	const secrets = continueSecrets(cwd, env, folder);
	const yamlFile = readSmallFile(path.join(folder.folder, 'config.yaml'), maxBytes);
	if (yamlFile) {
		// A file past the cap is not cut to a config that happens to parse: it is left out whole.
		if (!yamlFile.whole) return noContinueConfig;
		const text = yamlFile.bytes.toString('utf8');
		// The parser costs ~30 ms of CPU to load and first run, during the check's wait: not for a config with no model it asks.
		if (!mayNameAskedProvider(text)) return noContinueConfig;
		return continueConfigOf(continueModelsOf(await parseYaml(text)), `${folder.shownAs}/config.yaml`, secrets);
	}
	// Continue reads config.json only where there is no config.yaml.
	const jsonFile = readSmallFile(path.join(folder.folder, 'config.json'), maxBytes);
	if (!jsonFile?.whole) return noContinueConfig;
	return continueConfigOf(continueModelsOf(parseJsonText(jsonFile.bytes.toString('utf8'))), `${folder.shownAs}/config.json`, secrets);
}

/**
 * Pure: whether a config's text may give a model one of the providers asked (`deepseek`, `openai`),
 * in any of YAML's plain forms (`provider: deepseek`, quoted, in a flow mapping). Only a quick
 * look before the parser is loaded: a text that passes is parsed and read as usual.
 */
export function mayNameAskedProvider(text: string): boolean {
	return askedProviderLine.test(text);
}

const askedProviderLine = new RegExp(`["']?provider["']?[ \\t]*:[ \\t]*["']?(?:${['deepseek', ...openAiCompatibleProviders].join('|')})\\b`, 'i');

/** A YAML document as plain data; undefined where it is not one. Aliases are capped by the parser (a "billion laughs" file fails). */
export async function parseYamlText(text: string): Promise<unknown> {
	try {
		const yaml = await import('yaml');
		// Bundled, the CommonJS package comes as its module's `default`.
		const parse = (yaml as unknown as {default?: typeof yaml}).default?.parse ?? yaml.parse;
		return parse(text.replace(/^\uFEFF/, ''), {maxAliasCount: 100, prettyErrors: false});
	} catch {
		return undefined;
	}
}

function readEnvFile(file: string): Record<string, string> {
	const read = readSmallFile(file, 64 * 1024);
	return read?.whole ? dotenvValues(read.bytes.toString('utf8')) : {};
}
