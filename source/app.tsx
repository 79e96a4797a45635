// The wizard's container: it owns the walk (wizard/use-wizard.ts), the check runs
// (wizard/use-check-run.ts), the effects of picks (wizard/effects.ts) and the way it ends
// (wizard/use-quit.ts), and hands what to draw to the view (ui/wizard-view.tsx). Where the
// user is and what they answered is decided by the pure reducer in tree/step.ts.
import process from 'node:process';
import {useCallback, useMemo, useRef, useState} from 'react';
import chalk from 'chalk';
import {render, useStdout, type RenderOptions} from 'ink';
import {readPastedKey} from './checks/pasted-key.js';
import type {CheckResult} from './checks/types.js';
import {envKey, type Flags} from './context.js';
import {defaultBaseUrl} from './deepseek/facts.js';
import {topUpWait} from './domain/top-up.js';
import {currentLanguage, otherLanguage, setLanguage, type Language} from './messages/language.js';
import {settingsWriteMessages} from './messages/settings.js';
import {useAppSettings} from './wizard/use-app-settings.js';
import {readProjectEnv} from './project-env.js';
import {rememberDiagnosis, withReadings, type Settings} from './settings/index.js';
import {colourWanted} from './text/colour.js';
import {thisComputer, type KeyStores} from './deepseek/saved-key.js';
import {knownFrom, noKeyAtAll} from './tree/known.js';
import {startNode} from './tree/nodes.js';
import {resultScript} from './tree/command.js';
import {pathOf} from './tree/step.js';
import type {Effect, WizardState} from './tree/types.js';
import {fitsWizard, helpPageRows, layoutHelp} from './ui/frame-layout.js';
import {helpRows} from './ui/screens/help.js';
import {pasteProblem} from './ui/text-field.js';
import {WizardView} from './ui/wizard-view.js';
import {previousRows} from './wizard/check-step-rows.js';
import {isNavigation, leafReached, performEffect, readingsOfRun, rememberReading, rememberTestedModel, saveAlert, type LastRun, type OpenUrl} from './wizard/effects.js';
import {runContext, runProblem, runTimeoutMs} from './wizard/run-context.js';
import type {Terminal} from './wizard/clipboard.js';
import {useCheckRun} from './wizard/use-check-run.js';
import {useHelp} from './wizard/use-help.js';
import {useTopUpWait} from './wizard/use-top-up-wait.js';
import {useQuit} from './wizard/use-quit.js';
import {followTerminalSize, sizeOf, type Terminal as SizedTerminal, type TerminalSize} from './wizard/terminal-size.js';
import {useWizardKeys} from './wizard/use-wizard-keys.js';
import {useWizard} from './wizard/use-wizard.js';
import {useSavedKey, useStartupKey} from './wizard/use-saved-key.js';
import {monotonicMs} from './monotonic.js';

export type {OpenUrl} from './wizard/effects.js';

export type AppProps = {
	env: Readonly<Record<string, string | undefined>>;
	flags?: Flags;
	/** What loadSettings() returned at start-up. */
	settingsLoad: {settings: Settings; path: string; notice?: string | undefined};
	/** Folder the leaked-key scan looks at, and where support reports are saved. */
	cwd?: string;
	/** Opens a link in the browser (the `open` package unless a test injects one). */
	openUrl?: OpenUrl;
	/** The clock (timestamps of remembered readings, diagnoses and report names). */
	now?: () => Date;
	/** DeepSeek's own base URL for "also check my DeepSeek account" (a local fake in tests). */
	deepseekBaseUrl?: string;
	/** Called once when the user quits, with the exit code (1 when a problem was found). */
	onExit?: (code: number) => void;
	/** Where a copy to the clipboard is asked for (OSC 52); the terminal ink draws on unless a test injects one. */
	terminal?: Terminal;
	/** Where the wizard looks for a key saved for later shells (deepseek/saved-key.ts): this computer unless a test plays another. */
	keyStores?: KeyStores;
	/** Time, injectable so tests need not wait real seconds. */
	timing?: Timing;
};

export type Timing = {
	/** A monotonic clock in ms (how long a check or a wait has taken). */
	clock?: () => number;
	/** How often time shown on screen moves on. */
	tickMs?: number;
	/** How often "wait for my top-up" looks, and for how long at most. */
	waitEveryMs?: number;
	waitMaxMs?: number;
};

const defaultOpenUrl: OpenUrl = async url => {
	// Imported only when a link is opened: most runs never need it.
	const {default: open} = await import('open');
	await open(url);
};

const systemClock = () => new Date();
const monotonicClock = monotonicMs;
const noTiming: Timing = {};

const noFlags: Flags = {};

/** `size`: the terminal's (renderApp keeps it in step with the window). */
function App(props: AppProps & {size: TerminalSize}) {
	const {env, settingsLoad} = props;
	const flags = props.flags ?? noFlags;
	const cwd = props.cwd ?? process.cwd();
	const openUrl = props.openUrl ?? defaultOpenUrl;
	const now = props.now ?? systemClock;
	const deepseekBaseUrl = props.deepseekBaseUrl ?? defaultBaseUrl;
	// Read once: the key a program in this folder may load from its dotenv files.
	const projectEnv = useMemo(() => readProjectEnv(cwd, env), [cwd, env]);
	// And what the agent apps' settings give their key and base URL: offered on the walk, never used unless picked.
	const appSettings = useAppSettings(cwd, env);
	const timing = props.timing ?? noTiming;
	const clock = timing.clock ?? monotonicClock;
	const {stdout} = useStdout();
	const terminal = props.terminal ?? stdout;
	const {columns, rows} = props.size;

	const [settings, setSettings] = useState(settingsLoad.settings);
	/** The language picked with L on this run (the start screen offers to remember it). */
	const [switchedTo, setSwitchedTo] = useState<Language | undefined>(undefined);
	/** The key the user pasted: kept out of the walk's state and off the screen (the ref for the runs, the state for what the screens offer). */
	const pastedKey = useRef<string | undefined>(undefined);
	const [pasted, setPasted] = useState<string | undefined>(undefined);
	// Where the key this run lacks is saved for later shells (not looked for at all on a run with a key: the usual start).
	const keyStores = useMemo(() => props.keyStores ?? thisComputer(env), [props.keyStores, env]);
	const keyless = useMemo(() => noKeyAtAll({env, settings, projectEnv, apps: appSettings}), [env, settings, projectEnv, appSettings]);
	const keySavedIn = useSavedKey(keyStores, keyless);
	// Another key saved for new shells than DEEPSEEK_API_KEY's (after the first frame): this terminal may predate it.
	const startupKey = useStartupKey(keyStores, envKey(env));
	// The model this run's latest test call used: the model list calls it just tried, not last time's.
	const [triedModel, setTriedModel] = useState<string | undefined>(undefined);
	const known = useMemo(
		() => knownFrom({env, flags, settings, deepseekBaseUrl, switchedTo, projectEnv, apps: appSettings, pastedKey: pasted, keySavedIn, startupKey, triedModel}),
		[env, flags, settings, deepseekBaseUrl, switchedTo, projectEnv, appSettings, pasted, keySavedIn, startupKey, triedModel],
	);
	/** The base URL and key of the last check run, for the support report and the diagnosis. */
	const lastRun = useRef<LastRun | undefined>(undefined);
	const ending = useQuit(props.onExit);

	// Entering a leaf: note the exit code, and remember the diagnosis for next time.
	const onEnter = useCallback(
		(entered: WizardState) => {
			const reached = leafReached(entered, known, lastRun.current, now());
			if (!reached) return;
			ending.setExitCode(reached.exitCode);
			const {diagnosis} = reached;
			if (diagnosis) ending.saveAfterPaint(() => rememberDiagnosis(env, diagnosis));
		},
		[known, now, ending, env],
	);
	const wizard = useWizard(known, {onEnter});

	/**
	 * A check run's balance readings go into the history this walk reads at once (a later check
	 * compares with them: a top-up that arrived is news once), and onto disk after paint.
	 */
	const keepReadings = (results: readonly CheckResult[]) => {
		const readings = readingsOfRun(results, now(), lastRun.current);
		if (readings) setSettings(current => withReadings(current, readings));
		return readings;
	};

	const problem = useMemo(() => (wizard.node.kind === 'checks' ? runProblem(wizard.view, {env, flags, settings, projectEnv}) : undefined), [wizard.node, wizard.view, env, flags, settings, projectEnv]);
	const checkRun = useCheckRun({
		state: wizard.state,
		node: wizard.node,
		signal: ending.signal,
		problem,
		context: signal => runContext(wizard.view, {env, flags, settings, pastedKey: pastedKey.current, cwd, projectEnv, appSettings, now: now(), keyStores}, signal),
		onStart: run => {
			lastRun.current = run;
		},
		dispatch: wizard.dispatch,
		// Paint first, save after: saving loads conf and ajv, the results frame goes out first.
		onResults: results => {
			const {choices} = wizard.latestView();
			const readings = keepReadings(results);
			if (choices.probeModel !== undefined && results.some(result => result.id === 'probe')) setTriedModel(choices.probeModel);
			ending.saveAfterPaint(async () => {
				await rememberReading(env, readings);
				const saved = await rememberTestedModel(env, choices, results);
				if (saved) setSettings(saved);
			});
		},
		clock,
	});
	const waiting = useTopUpWait({
		state: wizard.state,
		node: wizard.node,
		view: wizard.view,
		signal: ending.signal,
		context: signal => runContext(wizard.view, {env, flags, settings, pastedKey: pastedKey.current, cwd, projectEnv, appSettings, now: now(), keyStores}, signal),
		everyMs: timing.waitEveryMs ?? topUpWait.everyMs,
		maxMs: timing.waitMaxMs ?? topUpWait.maxMs,
		lookMs: runTimeoutMs(wizard.view, flags),
		clock,
		dispatch: wizard.dispatch,
		onResults: results => {
			const readings = keepReadings(results);
			ending.saveAfterPaint(() => rememberReading(env, readings));
		},
	});

	const onPick = (id: string) => {
		const option = wizard.pick(id);
		if (option?.effect) perform(option.effect);
	};

	// Another run holding the settings lock: said after a quiet second, until the outcome replaces it.
	const saving = {onWait: (wait: {path: string; seconds: number}) => wizard.showNotice({text: settingsWriteMessages.waiting(wait), tone: 'wait'})};

	/** A pick's effect, or an accepted value's; navigation is the reducer's. */
	const perform = (effect: Effect) => {
		if (isNavigation(effect)) return;
		if (effect.type === 'quit') {
			ending.quit();
			return;
		}
		const context = {env, cwd, now: now(), openUrl, known, view: wizard.latestView(), path: pathOf(wizard.latest()), lastRun: lastRun.current, pastedKey: pastedKey.current, terminal, saving};
		void performEffect(effect, context).then(outcome => {
			if (outcome.settings) setSettings(outcome.settings);
			if (outcome.notice) wizard.showNotice(outcome.notice);
		});
	};

	const onSubmit = async (typed: string) => {
		const node = wizard.latestNode();
		if (node.kind !== 'input') return undefined;
		// A pasted key is used as the field kept it, without what was around it (its lines said so: ui/text-field.tsx).
		const read = node.secret ? readPastedKey(typed) : undefined;
		if (read && read.kind !== 'key') return pasteProblem(read);
		const value = read?.key ?? typed;
		const problem = node.validate(value);
		if (problem) return problem;
		if (node.secret) {
			pastedKey.current = value;
			setPasted(pastedKey.current);
		}
		if (node.effect === 'save_alert') {
			const saved = await saveAlert(node, value, wizard.latestView(), env, saving);
			// The field's own line says why it was not saved: the waiting line goes.
			wizard.showNotice(undefined);
			if ('problem' in saved) return saved.problem;
			setSettings(saved.settings);
		}
		wizard.dispatch({type: 'submit', node: node.id, value});
		return undefined;
	};

	const help = useHelp();
	/** How far the help scrolls in this window (its rows depend on the width and the language). */
	const helpMaxOffset = () => layoutHelp(helpRows(columns, settingsLoad.path, resultScript(wizard.latest(), wizard.latestView())), rows, 0).maxOffset;

	const registerScreenKeys = useWizardKeys({
		typing: () => wizard.latestNode().kind === 'input',
		paused: () => !fitsWizard(columns, rows),
		back: () => wizard.dispatch({type: 'back'}),
		quit: ending.quit,
		cancel: ending.cancel,
		language: () => {
			// Only at the start: later screens show results worked out in the language of their run.
			if (wizard.latestNode().id !== startNode) return false;
			const next = otherLanguage(currentLanguage());
			setLanguage(next);
			setSwitchedTo(next);
			// A notice is in the language it was said in.
			wizard.showNotice(undefined);
			return true;
		},
		help: {
			isOpen: help.isOpen,
			open: () => {
				// Over a question with a list or a result: a text field takes ? as a character, live checks move on by themselves.
				const {kind} = wizard.latestNode();
				if (kind !== 'menu' && kind !== 'leaf') return false;
				help.open();
				return true;
			},
			close: help.close,
			scroll: by => help.scroll(by, helpMaxOffset()),
			pageRows: () => helpPageRows(rows),
		},
	});

	return (
		<WizardView
			state={wizard.state}
			view={wizard.view}
			node={wizard.node}
			options={wizard.options}
			// The start menu's options change with the language and with the offer to remember it.
			screenKey={`${wizard.screenKey}:${currentLanguage()}:${known.languageToRemember ?? ''}`}
			checkRows={checkRun.rows}
			runProblem={checkRun.problem}
			previousRows={previousRows(wizard.state)}
			notice={wizard.notice}
			settingsNotice={settingsLoad.notice}
			waiting={waiting}
			clock={clock}
			now={now}
			tickMs={timing.tickMs ?? 1000}
			stoppedLine={ending.stoppedLine}
			finished={ending.finished}
			help={help.shown}
			settingsPath={settingsLoad.path}
			width={columns}
			height={rows}
			registerScreenKeys={registerScreenKeys}
			onPick={onPick}
			onSubmit={onSubmit}
		/>
	);
}

type WizardOptions = {
	env: NodeJS.ProcessEnv;
	flags: Flags;
	settingsLoad: AppProps['settingsLoad'];
	stdin: NodeJS.ReadStream;
	stdout: NodeJS.WriteStream;
	cwd?: string;
};

/**
 * Renders the app in `options.stdout`, its size following the window: on a resize the new
 * size is committed before ink redraws (wizard/terminal-size.ts).
 */
export function renderApp(props: AppProps, options: RenderOptions & {stdout: SizedTerminal}) {
	let size = sizeOf(options.stdout);
	const element = () => <App {...props} size={size} />;
	const instance = render(element(), options as RenderOptions);
	const stop = followTerminalSize(options.stdout, next => {
		size = next;
		instance.rerender(element());
	});
	instance.waitUntilExit().then(stop, stop);
	return instance;
}

/** Show the wizard until the user quits; resolves to the exit code (see docs/interface.md). */
export async function runWizard(options: WizardOptions): Promise<number> {
	// ink colours through chalk, which decides by itself (and ignores NO_COLOR): our rule
	// decides instead, the same one as the text reports'.
	chalk.level = colourWanted(options.env, options.stdout) ? chalk.level || 1 : 0;
	let code = 0;
	const instance = renderApp(
		{env: options.env, flags: options.flags, settingsLoad: options.settingsLoad, cwd: options.cwd, onExit: value => (code = value)},
		// The CLI starts the wizard only on a terminal (stdin and stdout): interactive, whatever
		// ink's own guess. ink takes CI=true in the environment (set in some dev containers and
		// shells) for a CI log, where it draws nothing until the end: a blank window that reads keys.
		{stdin: options.stdin, stdout: options.stdout, exitOnCtrlC: false, interactive: true},
	);
	await instance.waitUntilExit();
	return code;
}
