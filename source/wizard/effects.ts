// What the wizard does outside the walk when a pick or an answer asks for it: open a link,
// save a support report, remember the settings, the key or the language, set the
// low-balance alert; and the quiet saves after a check step (the balance reading, the test
// call's model) and at a leaf (the diagnosis). No React here: each returns what to show and the settings it wrote, and the
// app applies them.
import {accountOf} from '../domain/balance-history.js';
import {agentAppUserFiles, isAgentApp, isOtherKeyEnvVar} from '../deepseek/facts.js';
import {mailAddress} from '../text/link.js';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import type {BalanceSample, CheckResult, KeySource} from '../checks/types.js';
import {diagnosisTraceIds} from '../diagnose.js';
import {buildCheckReport} from '../engine.js';
import {cliMessages} from '../messages/cli.js';
import {currentLanguage, type Language} from '../messages/language.js';
import {wizardText} from '../messages/wizard.js';
import {writePrivateFile} from '../private-file.js';
import {renderMarkdown} from '../report/index.js';
import {
	recordBalanceReading,
	rememberBaseUrl,
	rememberKey,
	rememberKeySource,
	forgetKeySource,
	rememberLanguage,
	readingsToKeep,
	rememberProbeModel,
	samplesFromReading,
	setAlertThreshold,
	type Env,
	type RememberedDiagnosis,
	type SaveOutcome,
	type Settings,
	type WriteControl,
} from '../settings/index.js';
import * as facts from '../tree/facts.js';
import {currentNode, pathOf, viewOf} from '../tree/step.js';
import type {Choices, Effect, InputNode, Known, View, WizardState} from '../tree/types.js';
import type {Notice} from '../ui/notice.js';
import {askClipboard, type Terminal} from './clipboard.js';

export type OpenUrl = (url: string) => Promise<void>;

/** The base URL and key the last check step ran with (the report names the one and masks the other). */
/** `keySource`: where its key came from, kept with the diagnosis to say which key it was for. */
export type LastRun = {baseUrl: string; apiKey: string | undefined; keySource?: KeySource};

type EffectContext = {
	env: Env;
	cwd: string;
	now: Date;
	openUrl: OpenUrl;
	known: Known;
	/** What the walk chose and found at the step the pick was made on. */
	view: View;
	/** The walk's path so far, for the report. */
	path: readonly string[];
	lastRun: LastRun | undefined;
	/** The key the user pasted on this walk (it never enters the walk's state). */
	pastedKey: string | undefined;
	/** The terminal, for the clipboard request (written straight to it, not through ink). */
	terminal: Terminal;
	/** For the saves the user asked for: `onWait` says so when another run holds the settings lock. */
	saving?: WriteControl;
};

type EffectOutcome = {notice?: Notice; settings?: Settings};

/** Effects that move the user (start over, check again): the reducer performs them. */
type Navigation = Extract<Effect, {type: 'restart' | 'recheck' | 'check_again'}>;

export const isNavigation = (effect: Effect): effect is Navigation => effect.type === 'restart' || effect.type === 'recheck' || effect.type === 'check_again';

/** Effects this module performs: all but navigation and quitting (the app's lifecycle). */
type OutsideEffect = Exclude<Effect, Navigation | {type: 'quit'}>;

export function performEffect(effect: OutsideEffect, context: EffectContext): Promise<EffectOutcome> {
	switch (effect.type) {
		case 'open':
			return openLink(effect.url, context);
		case 'save_report':
			return saveReport(context);
		case 'remember_settings':
			return rememberSettings(context);
		case 'remember_key':
			return rememberPastedKey(context);
		case 'copy':
			return Promise.resolve(copy(effect, context));
		case 'remove_alert':
			return removeAlert(context);
		case 'remember_language':
			return rememberChosenLanguage(effect.language, context);
	}
}

/** Ask the terminal to copy, and show the text on its own line either way (nothing says whether the copy worked). */
function copy(effect: Extract<Effect, {type: 'copy'}>, context: EffectContext): EffectOutcome {
	const sent = askClipboard(effect.text, context.env, context.terminal);
	const sentences = sent ? wizardText.notices.copied : wizardText.notices.cannotCopy;
	return {notice: {text: sentences[effect.what], tone: 'good', copyable: effect.text}};
}

async function removeAlert(context: EffectContext): Promise<EffectOutcome> {
	const outcome = await setAlertThreshold(context.env, undefined, undefined, context.saving);
	return outcome.ok
		? {settings: outcome.settings, notice: {text: wizardText.notices.alertRemoved, tone: 'good'}}
		: {notice: {text: outcome.message, tone: 'bad'}};
}

async function openLink(url: string, context: EffectContext): Promise<EffectOutcome> {
	// A mailto: link opens the mail app; the notice says so, and names the address.
	const address = mailAddress(url);
	try {
		await context.openUrl(url);
		return {notice: address ? {text: wizardText.notices.mailOpened({address}), tone: 'good'} : {text: wizardText.notices.opened, tone: 'good', copyable: url}};
	} catch {
		return {notice: address ? {text: wizardText.notices.mailFailed({address}), tone: 'bad'} : {text: wizardText.notices.openFailed, tone: 'bad', copyable: url}};
	}
}

/** The redacted Markdown report, written 0600 into the working folder (the same writer as `report --out`). */
async function saveReport(context: EffectContext): Promise<EffectOutcome> {
	const results = [...context.view.results.values()];
	const report = buildCheckReport({baseUrl: context.lastRun?.baseUrl ?? context.known.baseUrl}, results);
	const at = context.now.toISOString();
	const markdown = renderMarkdown(
		report,
		{
			os: `${os.type()} ${os.release()} (${process.arch})`,
			node: process.versions.node,
			generatedAt: at,
			traceIds: diagnosisTraceIds(results),
			path: context.path,
		},
		{key: context.lastRun?.apiKey ?? ''},
	);
	const file = path.join(context.cwd, `deepseek-fix-report-${at.replaceAll(/[:.]/g, '-')}.md`);
	const written = await writePrivateFile(file, markdown);
	return {
		notice: written.ok ? {text: wizardText.notices.reportSaved(file), tone: 'good'} : {text: wizardText.notices.reportFailed(cliMessages.writeRefusal(written)), tone: 'bad'},
	};
}

/**
 * The base URL in use and, where the key came from the environment, a dotenv file or the paste field, that source.
 * The notice says what was kept: a key taken from an agent app's settings is not copied (nor its source: the
 * settings' enum has no value for it, and an older deepseek-fix would drop an unknown one with a notice), so
 * a source remembered before is forgotten, and the notice says where the key stays and how the next run finds it.
 */
async function rememberSettings(context: EffectContext): Promise<EffectOutcome> {
	const {env, view, known, saving} = context;
	// After "also check my DeepSeek account": what the failing calls use, not DeepSeek's own address and key.
	const calls = view.choices.calls ?? view.choices;
	const saved = await rememberBaseUrl(env, calls.baseUrl ?? known.baseUrl, saving);
	if (!saved.ok) return told(saved, wizardText.notices.settingsSaved);
	const choice = calls.keyChoice ?? known.key?.source;
	if (isAgentApp(choice)) {
		const offer = known.appKeys?.[choice];
		const appFile = offer?.file ?? agentAppUserFiles[choice];
		const keyVariable = offer?.keyVariable;
		return told(await forgetKeySource(env, saving), file => wizardText.notices.settingsSavedAppKey({file, app: choice, appFile, ...(keyVariable === undefined ? {} : {keyVariable})}));
	}
	// Another tool's variable (OPENAI_API_KEY): not copied either; it stays there.
	if (isOtherKeyEnvVar(choice)) {
		const dotenvFile = known.variableKeys?.find(offer => offer.name === choice)?.dotenvFile;
		return told(await forgetKeySource(env, saving), file => wizardText.notices.settingsSavedVariableKey({file, variable: choice, dotenvFile}));
	}
	if (choice === 'remembered' || (choice === 'prompt' && known.pastedKeyRemembered)) return told(saved, file => wizardText.notices.settingsSavedKeyRemembered({file}));
	if (choice === 'env' || choice === 'dotenv' || choice === 'prompt') return told(await rememberKeySource(env, choice, saving), wizardText.notices.settingsSaved);
	return told(saved, file => wizardText.notices.settingsSavedNoKey({file}));
}

/** A save the user asked for, and what to tell them: `said(file)` when it worked, why not otherwise. */
function told(outcome: SaveOutcome, said: (file: string) => string): EffectOutcome {
	return outcome.ok
		? {settings: outcome.settings, notice: {text: said(outcome.path), tone: 'good'}}
		: {notice: {text: outcome.message, tone: 'bad'}};
}

/** The pasted key, on disk with mode 0600: only ever because the user picked this. */
async function rememberPastedKey(context: EffectContext): Promise<EffectOutcome> {
	if (!context.pastedKey) return {};
	return told(await rememberKey(context.env, context.pastedKey, context.saving), wizardText.notices.keySaved);
}

/** The language switched to with L, kept for the next runs: only because the user picked this. */
async function rememberChosenLanguage(language: Language, context: EffectContext): Promise<EffectOutcome> {
	return told(await rememberLanguage(context.env, language, context.saving), wizardText.notices.languageSaved);
}


/**
 * The low-balance alert typed at its question, saved before the walk moves on. Comes
 * back with a sentence (shown under the field) when it could not be saved.
 */
export async function saveAlert(node: InputNode, value: string, view: View, env: Env, saving: WriteControl = {}): Promise<{problem: string} | {settings: Settings}> {
	const chosen = node.sets?.(value, view) ?? {};
	const outcome = await setAlertThreshold(env, chosen.alertAmount, chosen.alertCurrency, saving);
	if (outcome.ok) return {settings: outcome.settings};
	// A write failure's sentence says itself that nothing was saved; only an amount refused needs the alert named.
	return {problem: outcome.reason === 'invalid_value' ? wizardText.notices.alertSaveFailed(outcome.message) : outcome.message};
}

/**
 * The DeepSeek balance readings of a check run, to remember with whose they are (`run`): the
 * burn rate is worked out from them, and a later run of this walk compares with them (the app
 * adds them to the history it reads with withReadings, then saves them with rememberReading).
 * None when the run read no DeepSeek balance.
 */
export function readingsOfRun(results: readonly CheckResult[], at: Date, run: LastRun | undefined): BalanceSample[] | undefined {
	const byId = facts.resultsOf(results);
	const reading = facts.reading(byId);
	if (!reading || facts.goesElsewhere(byId) || reading.balances.length === 0) return undefined;
	return readingsToKeep(samplesFromReading(reading, at, run && accountOf(run.baseUrl, run.apiKey)));
}

/** Remember the readings of readingsOfRun. */
export async function rememberReading(env: Env, samples: readonly BalanceSample[] | undefined): Promise<void> {
	if (samples) await recordBalanceReading(env, samples);
}

/**
 * The model picked or typed for the test call, offered first next time and used by `check
 * --probe` when `/models` cannot be read: remembered only once the call did not refute it
 * (tree/facts.ts), never a name the service said it does not have. Quietly: the walk moved on.
 */
export async function rememberTestedModel(env: Env, choices: Choices, results: readonly CheckResult[]): Promise<Settings | undefined> {
	const model = choices.probeModel;
	if (model === undefined || !facts.probeKeptModel(facts.resultsOf(results), model)) return undefined;
	const outcome = await rememberProbeModel(env, model);
	return outcome.ok ? outcome.settings : undefined;
}

/**
 * What reaching `state` means when it is a leaf with a verdict: the exit code (1 once a
 * problem was found, 0 after an all-clear) and the diagnosis to remember for next time.
 */
export function leafReached(state: WizardState, known: Known, lastRun: LastRun | undefined, at: Date): {exitCode: number; diagnosis?: RememberedDiagnosis} | undefined {
	const node = currentNode(state);
	if (node.kind !== 'leaf') return undefined;
	const view = viewOf(state, known);
	const content = node.content(view);
	if (!content.verdict) return undefined;
	// Whose result it is (the base URL and key its checks ran with), so that a run with another key does not show it as its own.
	const account = lastRun && accountOf(lastRun.baseUrl, lastRun.apiKey);
	const exitCode = content.verdict === 'ok' ? 0 : 1;
	// An answer that contradicts what the tool found is no finding to recall next time ("Last time: no key" beside a key).
	if (content.answerOnly) return {exitCode};
	return {
		exitCode,
		diagnosis: {
			at: at.toISOString(),
			verdict: content.verdict,
			summary: content.title,
			path: pathOf(state),
			baseUrl: lastRun?.baseUrl ?? view.choices.baseUrl ?? known.baseUrl,
			language: currentLanguage(),
			...(account ? {account} : {}),
			// Not another tool's variable: the settings' enum has no value for it (an older deepseek-fix would drop it).
			...(account && lastRun?.keySource && lastRun.keySource !== 'none' && lastRun.keySource !== 'variable' ? {keySource: lastRun.keySource} : {}),
		},
	};
}
