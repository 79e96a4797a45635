// `deepseek-fix config [--path | --reset | --forget-key] [--json]`: show, locate or reset remembered settings, or forget the remembered key.
import type {BalanceSample, KeySource} from '../checks/types.js';
import {diagnoseMessages} from '../messages/diagnose.js';
import {inCurrentLanguage, languageNames} from '../messages/language.js';
import {cliMessages} from '../messages/cli.js';
import {configMessages} from '../messages/settings.js';
import {whoseMessages} from '../messages/whose.js';
import {jsonDocument} from '../text/ascii-text.js';
import {displayWidth, padEndColumns} from '../text/width.js';
import {wrapPlain} from '../text/wrap.js';
import {utcMinute} from '../text/when.js';
import {forgetKey, loadSettings, nodeSettingsFs, resetSettings, settingsPath, type Env, type RememberedDiagnosis, type Settings, type WriteControl} from '../settings/index.js';
import {cleanSentence, maskKey} from '../text/safe.js';
import {resolveBaseUrl, resolveKey, type Flags} from '../context.js';
import {changedSince} from '../domain/whose-diagnosis.js';
import type {ProjectEnv} from '../project-env.js';

type ConfigCommandOptions = {
	env: Env;
	json: boolean;
	path: boolean;
	reset: boolean;
	/** Drop the remembered key alone, keeping the other settings. */
	forgetKey?: boolean;
	/** For that write: Ctrl+C ends a wait for another run's settings lock (the caller then says so), `onWait` says it waits. */
	lockWait?: WriteControl;
	/** A write that Ctrl+C ended (nothing written): says so and gives the exit code. */
	cancelled?: () => number;
	stdout: (text: string) => void;
	/** Terminal columns for the readable form (values wrap under themselves); no wrapping when absent (pipes). */
	width?: number;
	/** Notices and errors; defaults to stdout. Never used for the JSON document. */
	stderr?: (text: string) => void;
	/** The flags (--base-url) and the folder's .env: with the environment, the key and base URL in effect, to say whose the remembered diagnosis was. */
	flags?: Flags;
	projectEnv?: ProjectEnv | undefined;
};

/** The key and base URL a run would use now; undefined without a key (then nothing is said of whose the diagnosis was: it would be a guess). */
function inEffect(options: ConfigCommandOptions, settings: Settings): InEffect | undefined {
	const {env, flags = {}, projectEnv} = options;
	const key = resolveKey({env, settings, projectEnv});
	return key ? {key: key.value, keySource: key.source, baseUrl: resolveBaseUrl({env, flags, settings, projectEnv})} : undefined;
}

/** The key and base URL in effect (never shown: only compared with the remembered diagnosis's). */
type InEffect = {key: string; keySource?: KeySource; baseUrl: string};

/** Exit codes (docs/interface.md): 0 done, 2 could not do it (conflicting flags, unusable file). */
export async function runConfigCommand(options: ConfigCommandOptions): Promise<number> {
	const {env, json, stdout} = options;
	const stderr = options.stderr ?? stdout;
	if ([options.path, options.reset, options.forgetKey].filter(Boolean).length > 1) {
		stderr(`${cliMessages.badArguments({problem: cliMessages.configFlagsTogether, command: 'config'})}\n`);
		return 2;
	}
	if (options.path) {
		const file = settingsPath(env);
		stdout(json ? jsonDocument({path: file}) : `${file}\n`);
		return 0;
	}
	if (options.reset) {
		const outcome = resetSettings(env);
		const {ok, deleted, path, message, leftovers} = outcome;
		return tell(options, outcome, {path, ok, deleted, leftovers, message});
	}
	if (options.forgetKey) {
		const outcome = await forgetKey(env, nodeSettingsFs, options.lockWait);
		// Ended by Ctrl+C only where nothing was written: a write that got its lock finished.
		if (!outcome.ok && options.lockWait?.signal?.aborted && options.cancelled) return options.cancelled();
		const {ok, forgotten, path, message} = outcome;
		return tell(options, outcome, {path, ok, forgotten, message});
	}
	const loaded = loadSettings(env);
	const exitCode = loaded.settingsUnusable ? 2 : 0;
	if (json) {
		const document = {
			path: loaded.path,
			exists: loaded.fileExists,
			unusable: loaded.settingsUnusable,
			notice: loaded.notice ?? null,
			settings: maskedSettings(loaded.settings),
		};
		stdout(jsonDocument(document));
		return exitCode;
	}
	if (loaded.notice) stderr(`${cleanSentence(loaded.notice, env['DEEPSEEK_API_KEY'])}\n`);
	stdout(renderSettingsText(loaded.settings, {path: loaded.path, exists: loaded.fileExists, unreadable: loaded.settingsUnusable}, options.width, inEffect(options, loaded.settings)));
	return exitCode;
}

/**
 * What --reset or --forget-key did: its JSON document, or its sentences (on stderr when it failed). Exit 0 done, 2 not.
 * The message quotes the settings file's path (DEEPSEEK_FIX_CONFIG_DIR): cleaned as every such sentence. Each of its
 * lines stays a line (joined into one, a Chinese sentence got a space after its 。).
 */
function tell(options: ConfigCommandOptions, outcome: {ok: boolean; message: string}, document: Record<string, unknown> & {message: string}): number {
	const {env, stdout, width} = options;
	if (options.json) {
		stdout(jsonDocument(document));
		return outcome.ok ? 0 : 2;
	}
	const lines = outcome.message.split('\n').map(line => cleanSentence(line, env['DEEPSEEK_API_KEY']));
	if (outcome.ok) {
		// Wrapped by words like the settings themselves (at 40 columns it broke inside words and terms).
		stdout(`${lines.flatMap(line => (width === undefined ? [line] : wrapPlain(line, {width}))).join('\n')}\n`);
		return 0;
	}
	// One sentence a write: the CLI's stderr wraps each to the terminal itself.
	for (const line of lines) (options.stderr ?? stdout)(`${line}\n`);
	return 2;
}

/** The settings as `config --json` shows them: the key masked, everything else as stored. */
function maskedSettings(settings: Settings): Settings {
	return settings.apiKey === undefined ? settings : {...settings, apiKey: maskKey(settings.apiKey)};
}


function describeReading(sample: BalanceSample): string {
	return configMessages.reading({total: sample.total, currency: sample.currency, at: utcMinute(sample.at)});
}

function describeKey(settings: Settings): string {
	if (settings.apiKey !== undefined) return configMessages.keyRemembered({masked: maskKey(settings.apiKey)});
	return configMessages.keyNotRemembered({source: configMessages.keySources[settings.keySource ?? 'unknown']});
}

function describeHistory(history: readonly BalanceSample[]): string {
	const first = history[0];
	const last = history.at(-1);
	if (!first || !last) return configMessages.historyNone;
	if (history.length === 1) return configMessages.historySingle({reading: describeReading(first)});
	return configMessages.historySummary({count: history.length, first: describeReading(first), last: describeReading(last)});
}

/** The remembered diagnosis; its sentence only in the language it was written in (else the verdict's name says it). */
function describeDiagnosis(diagnosis: RememberedDiagnosis, now: InEffect | undefined): string {
	const changed = now ? changedSince(diagnosis, now.baseUrl, now.key) : undefined;
	const whose = changed ? whoseMessages.elsewhere({changed, keyWas: diagnosis.keySource, keyIs: now?.keySource}) : undefined;
	const facts = {verdict: diagnosis.verdict, name: diagnoseMessages.verdictNames[diagnosis.verdict], at: utcMinute(diagnosis.at), ...(whose === undefined ? {} : {whose})};
	return inCurrentLanguage(diagnosis.language) ? configMessages.diagnosisSummary({...facts, summary: diagnosis.summary}) : configMessages.diagnosisVerdict(facts);
}

/**
 * The readable form: one labelled line per setting, values sanitised (the file is editable by hand).
 * A file that is there but cannot be read (`unreadable`) gets only its own row: the defaults in use
 * would read as "nothing remembered", which nobody knows.
 */
export function renderSettingsText(settings: Settings, file: {path: string; exists: boolean; unreadable?: boolean}, width = Number.POSITIVE_INFINITY, now?: InEffect): string {
	const {alertThreshold, alertCurrency, lastDiagnosis} = settings;
	const fileRow: [string, string] = [
		configMessages.fileLabel,
		file.unreadable ? configMessages.fileUnreadable({path: file.path}) : file.exists ? file.path : configMessages.fileMissing({path: file.path}),
	];
	const rows: Array<[string, string]> = file.unreadable ? [fileRow] : [
		fileRow,
		[configMessages.baseUrlLabel, settings.baseUrl ?? configMessages.baseUrlNone],
		[configMessages.keyLabel, describeKey(settings)],
		[configMessages.historyLabel, describeHistory(settings.balanceHistory)],
		[
			configMessages.alertLabel,
			alertThreshold === undefined ? configMessages.alertNone : configMessages.alertSummary({amount: alertThreshold, currency: alertCurrency ?? ''}),
		],
		[configMessages.probeModelLabel, settings.probeModel ?? configMessages.probeModelNone],
		[configMessages.languageLabel, settings.language ? languageNames[settings.language] : configMessages.languageNone],
		[
			configMessages.diagnosisLabel,
			lastDiagnosis === undefined
				? configMessages.diagnosisNone
				: describeDiagnosis(lastDiagnosis, now),
		],
	];
	const labelWidth = Math.max(...rows.map(([label]) => displayWidth(label)));
	const hangingIndent = ' '.repeat(labelWidth + 4);
	// The path may hold anything DEEPSEEK_FIX_CONFIG_DIR held, the key in use too: masked, as the remembered key is.
	const clean = (value: string) => [now?.key, settings.apiKey].reduce<string>((text, key) => cleanSentence(text, key), value);
	const lines = rows.flatMap(([label, value]) => {
		const options = {width: Math.max(width, hangingIndent.length + 20), hangingIndent};
		const indent = `  ${padEndColumns(label, labelWidth)}  `;
		const text = clean(value);
		const wrapped = wrapPlain(text, {...options, indent});
		// A first word that does not fit after the label (an id, relay_insufficient_balance at 40 columns) ran past the
		// edge: the label alone, the value under it, where a word kept whole may start left of the column.
		return displayWidth(wrapped[0] ?? '') <= options.width ? wrapped : [indent.trimEnd(), ...wrapPlain(text, {...options, indent: hangingIndent})];
	});
	// Wrapped like the rows, its command kept whole on one row (text/wrap.ts): at 40 columns it ran past the edge.
	// With a remembered key, how to drop it alone comes first: --reset takes the balance history and the rest with it.
	const hints = settings.apiKey === undefined ? [configMessages.hintReset] : [configMessages.hintForgetKey, configMessages.hintReset];
	const hint = file.exists ? ['', ...hints.flatMap(sentence => wrapPlain(sentence, {width}))] : [];
	return [configMessages.title, ...lines, ...hint, ''].join('\n');
}
