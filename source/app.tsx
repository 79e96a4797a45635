// The wizard: draws the current node of the tree and performs what it asks for (live
// checks, opening links, saving a report, remembering settings). Where the user is and
// what they answered is decided by the pure reducer in tree/step.ts, not here.
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {setTimeout as delay} from 'node:timers/promises';
import {useCallback, useEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import chalk from 'chalk';
import {Box, Text, render, useApp, useInput, useWindowSize} from 'ink';
import {checksWithNeeds} from './checks/index.js';
import {runChecks} from './checks/runner.js';
import type {CheckId, CheckResult} from './checks/types.js';
import {buildContext, envKey, type Flags} from './context.js';
import {defaultBaseUrl} from './deepseek/facts.js';
import {diagnosisTraceIds} from './diagnose.js';
import {buildCheckReport} from './engine.js';
import {cliMessages} from './messages/cli.js';
import {wizardText} from './messages/wizard.js';
import {writePrivateFile} from './private-file.js';
import {colourWanted} from './text/colour.js';
import {renderMarkdown} from './report/index.js';
import {
	recordBalanceReading,
	rememberBaseUrl,
	rememberDiagnosis,
	rememberKey,
	rememberProbeModel,
	rememberKeySource,
	samplesFromReading,
	setAlertThreshold,
	type Settings,
} from './settings/index.js';
import * as facts from './tree/facts.js';
import {knownFrom} from './tree/known.js';
import {nodeOf} from './tree/nodes.js';
import {breadcrumb, currentNode, currentOptions, currentStep, initialState, pathOf, step, viewOf, type Action} from './tree/step.js';
import type {ChecksNode, Effect, View, WizardState} from './tree/types.js';
import {Breadcrumb} from './ui/breadcrumb.js';
import {isTroubled, type CheckRowState} from './ui/check-row.js';
import {KeyHints} from './ui/key-hints.js';
import {ScreenKeysContext, type KeyHandler} from './ui/screen-keys.js';
import type {Notice} from './ui/notice.js';
import {ChecksScreen} from './ui/screens/checks.js';
import {InputScreen} from './ui/screens/input.js';
import {LeafScreen} from './ui/screens/leaf.js';
import {MenuScreen} from './ui/screens/menu.js';

export type OpenUrl = (url: string) => Promise<void>;

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
	onExit?(code: number): void;
};

const defaultOpenUrl: OpenUrl = async url => {
	// Imported only when a link is opened: most runs never need it.
	const {default: open} = await import('open');
	await open(url);
};

type Progress = ReadonlyMap<CheckId, CheckRowState['state']>;

const hints = wizardText.ui.hints;

/** Ctrl+C, as shells report a program stopped by SIGINT (128 + 2); the readme promises it. */
const cancelledExitCode = 130;

/** How long quitting waits for a settings write still under way. */
const writeGraceMs = 1000;

/**
 * The rows a check list shows: the node's own checks first, then any check they needed
 * that went wrong (a leaf short of rows keeps the first ones).
 */
function rowsFor(node: ChecksNode, progress: Progress): CheckRowState[] {
	const own: CheckRowState[] = [];
	const needed: CheckRowState[] = [];
	for (const check of checksWithNeeds(node.checks)) {
		const row = {id: check.id, title: check.title, state: progress.get(check.id) ?? ('waiting' as const)};
		if (node.checks.includes(check.id)) own.push(row);
		else if (isTroubled(row)) needed.push(row);
	}
	return [...own, ...needed];
}

/** The check rows of the step just before the current one, when that was a check step. */
function previousRows(state: WizardState): CheckRowState[] {
	const previous = state.trail.at(-2);
	if (!previous?.results) return [];
	const node = nodeOf(previous.node);
	if (node.kind !== 'checks') return [];
	return rowsFor(node, new Map(previous.results.map(result => [result.id, result])));
}

export function App(props: AppProps) {
	const {env, settingsLoad, onExit} = props;
	const flags = useMemo(() => props.flags ?? {}, [props.flags]);
	const cwd = props.cwd ?? process.cwd();
	const openUrl = props.openUrl ?? defaultOpenUrl;
	const now = props.now ?? (() => new Date());
	const deepseekBaseUrl = props.deepseekBaseUrl ?? defaultBaseUrl;
	const {exit, waitUntilRenderFlush} = useApp();
	const {columns, rows} = useWindowSize();

	const [settings, setSettings] = useState(settingsLoad.settings);
	const known = useMemo(() => knownFrom({env, flags, settings, deepseekBaseUrl}), [env, flags, settings, deepseekBaseUrl]);
	const knownRef = useRef(known);
	knownRef.current = known;

	// The walk, kept in a ref as well as in React state: every key of a chunk that arrives
	// at once must see what the key before it did, not the last rendered state.
	const stateRef = useRef<WizardState>(initialState());
	const [state, setState] = useState(stateRef.current);
	const [notice, setNotice] = useState<Notice | undefined>();
	/** Bumped when a pick stays on the same screen, so the list is ready for the next pick. */
	const [picks, setPicks] = useState(0);
	/** The key the user pasted: kept out of the walk's state and off the screen. */
	const pastedKey = useRef<string | undefined>(undefined);
	const running = useRef<AbortController | undefined>(undefined);
	/** The base URL and key of the last check run, for the support report. */
	const lastRun = useRef<{baseUrl: string; apiKey: string | undefined} | undefined>(undefined);
	/** 1 once a leaf with a problem was reached (DESIGN.md exit codes), 0 after an all-clear. */
	const exitCode = useRef(0);
	/** Settings writes still under way: quitting waits (briefly) for them. */
	const writes = useRef(new Set<Promise<unknown>>());
	const track = (write: Promise<unknown>) => {
		const settled: Promise<unknown> = write.catch(() => undefined).finally(() => writes.current.delete(settled));
		writes.current.add(settled);
	};
	/** Saving loads conf and ajv (tens of ms): the frame with the results goes out first. */
	const saveAfterPaint = (save: () => Promise<unknown>) => track(waitUntilRenderFlush().then(save));

	/** Ctrl+C: the last frame is one "Cancelled." line (no spinner left behind), then exit 130. */
	const [cancelled, setCancelled] = useState(false);
	const quitting = useRef(false);
	const quit = () => {
		if (quitting.current) return;
		quitting.current = true;
		running.current?.abort();
		void Promise.race([Promise.allSettled([...writes.current]), delay(writeGraceMs, undefined, {ref: false})]).then(() => {
			onExit?.(exitCode.current);
			exit();
		});
	};

	/** Arriving at a leaf: note the exit code and remember the diagnosis for next time. */
	const arrive = (next: WizardState) => {
		const node = currentNode(next);
		if (node.kind !== 'leaf') return;
		const arrivedView = viewOf(next, knownRef.current);
		const content = node.content(arrivedView);
		if (!content.verdict) return;
		exitCode.current = content.verdict === 'ok' ? 0 : 1;
		const diagnosis = {
			at: now().toISOString(),
			verdict: content.verdict,
			summary: content.title,
			path: pathOf(next),
			baseUrl: lastRun.current?.baseUrl ?? arrivedView.choices.baseUrl ?? knownRef.current.baseUrl,
		};
		saveAfterPaint(async () => rememberDiagnosis(env, diagnosis));
	};

	const dispatch = (action: Action) => {
		const before = stateRef.current;
		const next = step(before, action, knownRef.current);
		if (next === before) return;
		stateRef.current = next;
		setState(next);
		if (next.trail !== before.trail) {
			setNotice(undefined);
			if (currentStep(next) !== currentStep(before)) arrive(next);
		}
	};

	/** The current screen's own key handler (its list), registered as soon as it is drawn. */
	const screenKeys = useRef<KeyHandler | undefined>(undefined);
	useInput((input, key) => {
		const node = currentNode(stateRef.current);
		if (key.ctrl && input === 'c') {
			exitCode.current = cancelledExitCode;
			running.current?.abort();
			setCancelled(true);
			return;
		}
		if (key.escape) {
			dispatch({type: 'back'});
			return;
		}
		// In a text field every other key is typing: 'q' is a letter, Backspace deletes.
		if (node.kind === 'input') return;
		if (input === 'q' && !key.ctrl && !key.meta) quit();
		else if (key.backspace || key.delete) dispatch({type: 'back'});
		else screenKeys.current?.(input, key);
	});

	// Quit once the "Cancelled." frame is drawn (effects run after the render is committed).
	useEffect(() => {
		if (cancelled) quit();
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [cancelled]);

	const view = useMemo(() => viewOf(state, known), [state, known]);
	const top = currentStep(state);
	const node = nodeOf(top.node);

	const keyFor = useCallback(
		(choice: View['choices']['keyChoice']) => {
			const fromEnv = envKey(env);
			if (choice === 'env' && fromEnv) return {value: fromEnv, source: 'env' as const};
			if (choice === 'remembered' && settings.apiKey) return {value: settings.apiKey, source: 'remembered' as const};
			if (choice === 'prompt' && pastedKey.current) return {value: pastedKey.current, source: 'prompt' as const};
			return undefined;
		},
		[env, settings.apiKey],
	);

	// Run the checks of a check step: one run per visit (runSerial), aborted when the user
	// steps back, starts over or quits.
	const [progress, setProgress] = useState<Progress>(new Map());
	const [runProblem, setRunProblem] = useState<string | undefined>();
	useEffect(() => {
		if (node.kind !== 'checks' || top.results) return undefined;
		const run = state.runSerial;
		const controller = new AbortController();
		running.current = controller;
		const built = buildContext({
			env,
			flags: {...flags, baseUrl: view.choices.baseUrl ?? flags.baseUrl, probe: view.choices.probe === true, model: view.choices.probeModel ?? flags.model},
			settings,
			key: keyFor(view.choices.keyChoice),
			signal: controller.signal,
			cwd,
			now: now(),
		});
		if (!built.ok) {
			setRunProblem(built.message);
			return () => controller.abort();
		}
		setRunProblem(undefined);
		lastRun.current = {baseUrl: built.ctx.baseUrl, apiKey: built.ctx.apiKey};
		const checks = checksWithNeeds(node.checks);
		setProgress(new Map(checks.map(check => [check.id, 'waiting' as const])));
		const update = (id: CheckId, value: CheckRowState['state']) => {
			if (!controller.signal.aborted) setProgress(previous => new Map(previous).set(id, value));
		};
		void runChecks(checks, built.ctx, {
			signal: controller.signal,
			onStart: id => update(id, 'running'),
			onResult: result => update(result.id, result),
		}).then(results => {
			if (controller.signal.aborted) return;
			dispatch({type: 'checks_done', node: node.id, run, results});
			saveAfterPaint(async () => rememberReading(results));
		});
		return () => controller.abort();
		// One run per entry into a check step: runSerial changes exactly then (and on back).
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [state.runSerial]);

	/** Each DeepSeek balance reading is remembered: the burn rate is computed from them. */
	const rememberReading = async (results: readonly CheckResult[]) => {
		const byId = facts.resultsOf(results);
		const reading = facts.reading(byId);
		if (!reading || facts.goesElsewhere(byId) || reading.balances.length === 0) return;
		await recordBalanceReading(env, samplesFromReading(reading, now()));
	};

	const perform = async (effect: Effect) => {
		const n = wizardText.notices;
		switch (effect.type) {
			case 'open': {
				try {
					await openUrl(effect.url);
					setNotice({text: n.opened(effect.url), tone: 'good'});
				} catch {
					setNotice({text: n.openFailed(effect.url), tone: 'bad'});
				}
				return;
			}
			case 'save_report': {
				const results = [...view.results.values()];
				const report = buildCheckReport({baseUrl: lastRun.current?.baseUrl ?? known.baseUrl}, results);
				const at = now();
				const markdown = renderMarkdown(
					report,
					{
						os: `${os.type()} ${os.release()} (${process.arch})`,
						node: process.versions.node,
						generatedAt: at.toISOString(),
						traceIds: diagnosisTraceIds(results),
						path: pathOf(stateRef.current),
					},
					{key: lastRun.current?.apiKey ?? ''},
				);
				const file = path.join(cwd, `deepseek-fix-report-${at.toISOString().replaceAll(/[:.]/g, '-')}.md`);
				// The same private writer as `report --out`: mode 0600, renamed into place.
				const written = await writePrivateFile(file, markdown);
				setNotice(written.ok ? {text: n.reportSaved(file), tone: 'good'} : {text: n.reportFailed(written.code), tone: 'bad'});
				return;
			}
			case 'remember_settings': {
				const baseUrl = view.choices.baseUrl ?? known.baseUrl;
				const saved = await rememberBaseUrl(env, baseUrl);
				const choice = view.choices.keyChoice ?? known.key?.source;
				const source = choice === 'env' || choice === 'prompt' ? choice : undefined;
				const outcome = saved.ok && source ? await rememberKeySource(env, source) : saved;
				if (outcome.ok) setSettings(outcome.settings);
				setNotice(outcome.ok ? {text: n.settingsSaved(outcome.path), tone: 'good'} : {text: n.saveFailed(outcome.message), tone: 'bad'});
				return;
			}
			case 'remember_key': {
				if (!pastedKey.current) return;
				const outcome = await rememberKey(env, pastedKey.current);
				if (outcome.ok) setSettings(outcome.settings);
				setNotice(outcome.ok ? {text: n.keySaved(outcome.path), tone: 'good'} : {text: n.saveFailed(outcome.message), tone: 'bad'});
				return;
			}
			case 'remember_model': {
				// Quietly: the pick already moved on to the test call.
				const outcome = await rememberProbeModel(env, effect.model);
				if (outcome.ok) setSettings(outcome.settings);
				return;
			}
			case 'quit':
				quit();
				return;
			case 'restart':
			case 'recheck':
				// Navigation: the reducer does it (see onPick).
				return;
		}
	};

	const onPick = (id: string) => {
		const current = stateRef.current;
		const option = currentOptions(current, knownRef.current).find(candidate => candidate.id === id);
		if (!option) return;
		dispatch({type: 'pick', node: currentStep(current).node, option: option.id});
		if (option.effect && option.effect.type !== 'restart' && option.effect.type !== 'recheck') {
			setPicks(count => count + 1);
			void perform(option.effect);
		}
	};

	const onSubmit = async (value: string) => {
		const current = currentNode(stateRef.current);
		if (current.kind !== 'input') return undefined;
		const problem = current.validate(value);
		if (problem) return problem;
		if (current.secret) pastedKey.current = value.trim();
		if (current.effect === 'save_alert') {
			const chosen = current.sets?.(value, viewOf(stateRef.current, knownRef.current)) ?? {};
			const outcome = await setAlertThreshold(env, chosen.alertAmount, chosen.alertCurrency);
			if (!outcome.ok) return wizardText.notices.alertSaveFailed(outcome.message);
			setSettings(outcome.settings);
		}
		dispatch({type: 'submit', node: current.id, value});
		return undefined;
	};

	const screenKey = `${state.trail.length}:${top.node}`;
	let screen: ReactNode;
	let hint: string = hints.menu;
	switch (node.kind) {
		case 'menu':
			screen = (
				<MenuScreen
					key={`${screenKey}:${picks}`}
					node={node}
					view={view}
					initialId={state.answers[node.id]}
					previous={previousRows(state)}
					settingsNotice={settingsLoad.notice}
					width={columns}
					onPick={onPick}
				/>
			);
			if (node.id === 'start') hint = hints.start;
			break;
		case 'input':
			screen = <InputScreen key={screenKey} node={node} view={view} initial={node.secret ? '' : (state.inputs[node.id] ?? '')} width={columns} onSubmit={onSubmit} />;
			hint = hints.input;
			break;
		case 'checks':
			screen = <ChecksScreen node={node} rows={rowsFor(node, progress)} problem={runProblem} width={columns} />;
			hint = hints.checks;
			break;
		case 'leaf':
			screen = (
				<LeafScreen
					key={`${screenKey}:${picks}`}
					node={node}
					view={view}
					options={currentOptions(state, known)}
					initialId={state.answers[node.id]}
					previous={previousRows(state)}
					notice={notice}
					width={columns}
					height={rows}
					onPick={onPick}
				/>
			);
			break;
	}

	if (cancelled) return <Text>{cliMessages.cancelled}</Text>;

	return (
		<ScreenKeysContext value={screenKeys}>
			<Box flexDirection="column">
				<Breadcrumb crumbs={breadcrumb(state)} width={columns} />
				{screen}
				<KeyHints text={hint} />
			</Box>
		</ScreenKeysContext>
	);
}

export type WizardOptions = {
	env: NodeJS.ProcessEnv;
	flags: Flags;
	settingsLoad: AppProps['settingsLoad'];
	stdin: NodeJS.ReadStream;
	stdout: NodeJS.WriteStream;
	cwd?: string;
};

/** Show the wizard until the user quits; resolves to the exit code (DESIGN.md). */
export async function runWizard(options: WizardOptions): Promise<number> {
	// ink colours through chalk, which decides by itself (and ignores NO_COLOR): our rule
	// decides instead, the same one as the text reports'.
	chalk.level = colourWanted(options.env, options.stdout) ? chalk.level || 1 : 0;
	let code = 0;
	const instance = render(
		<App env={options.env} flags={options.flags} settingsLoad={options.settingsLoad} cwd={options.cwd} onExit={value => (code = value)} />,
		{stdin: options.stdin, stdout: options.stdout, exitOnCtrlC: false},
	);
	await instance.waitUntilExit();
	return code;
}
