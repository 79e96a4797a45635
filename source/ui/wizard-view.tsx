// The wizard as drawn: the breadcrumb, the screen for the current node, the key hints; or
// the one line left when the user pressed Ctrl+C. It only draws: the app (app.tsx) owns
// the walk, the check runs and the effects, and hands in what to show.
import {useMemo, type ReactNode} from 'react';
import type {WaitProgress} from '../top-up-wait.js';
import {Box, Text} from 'ink';
import {wizardText} from '../messages/wizard.js';
import {resultScript, scriptOf} from '../tree/command.js';
import {recordOf} from '../tree/record.js';
import {breadcrumb} from '../tree/step.js';
import type {Option, TreeNode, View, WizardState} from '../tree/types.js';
import {Breadcrumb} from './breadcrumb.js';
import {fitsWizard, layoutHelp, minimumWindow} from './frame-layout.js';
import {clampLines, wrapLines} from './layout.js';
import type {CheckRowState} from './check-row-state.js';
import {ClockContext} from './clock.js';
import {KeyHints, type HintKind} from './key-hints.js';
import {RecordView} from './record.js';
import type {Notice} from './notice.js';
import {ScreenKeysContext, type RegisterScreenKeys} from './screen-keys.js';
import {ChecksScreen} from './screens/checks.js';
import {HelpScreen, helpRows} from './screens/help.js';
import {InputScreen} from './screens/input.js';
import {LeafScreen} from './screens/leaf.js';
import {MenuScreen} from './screens/menu.js';
import {WaitScreen} from './screens/wait.js';

type WizardViewProps = {
	state: WizardState;
	view: View;
	node: TreeNode;
	options: readonly Option[];
	/** Changes whenever the screen must start afresh. */
	screenKey: string;
	/** The rows of the check step on show, and why its checks could not start. */
	checkRows: readonly CheckRowState[];
	runProblem: string | undefined;
	/** The rows of the check step before this one (the reason for a question, a leaf's evidence). */
	previousRows: readonly CheckRowState[];
	notice: Notice | undefined;
	/** A note about the settings file, shown once on the start screen. */
	settingsNotice: string | undefined;
	/** How far a wait for a top-up has got (on a wait step). */
	waiting: WaitProgress | undefined;
	/** Clocks for time on screen: monotonic (ms) and the date; and how often it moves on. */
	clock: () => number;
	now: () => Date;
	tickMs: number;
	/** The wizard was stopped (Ctrl+C, SIGTERM, SIGHUP): this one line is the last frame. */
	stoppedLine: string | undefined;
	/** The user quit: the record of the walk replaces the screen. */
	finished: boolean;
	/** The help `?` opened over the screen, and how far it is scrolled; undefined while closed. */
	help: {offset: number} | undefined;
	/** The settings file (the help says where it is). */
	settingsPath: string;
	width: number;
	height: number;
	/** How the screen on show registers its key handler with the app's one listener. */
	registerScreenKeys: RegisterScreenKeys;
	onPick: (id: string) => void;
	onSubmit: (value: string) => Promise<string | undefined>;
};

function screenFor(props: WizardViewProps): {screen: ReactNode; hint: HintKind} {
	const {node, state, view, screenKey, width} = props;
	switch (node.kind) {
		case 'menu':
			return {
				screen: (
					<MenuScreen
						key={screenKey}
						node={node}
						view={view}
						initialId={state.answers[node.id] ?? node.startAt?.(view)}
						previous={props.previousRows}
						settingsNotice={props.settingsNotice}
						notice={props.notice}
						width={width}
						height={props.height}
						onPick={props.onPick}
					/>
				),
				hint: node.id === 'start' ? 'start' : 'menu',
			};
		case 'input':
			return {
				screen: (
					<InputScreen
						key={screenKey}
						node={node}
						view={view}
						initial={node.secret ? '' : (state.inputs[node.id] ?? '')}
						width={width}
						height={props.height}
						waiting={props.notice?.tone === 'wait' ? props.notice.text : undefined}
						onSubmit={props.onSubmit}
					/>
				),
				hint: 'input',
			};
		case 'checks':
			return {screen: <ChecksScreen node={node} rows={props.checkRows} problem={props.runProblem} width={width} height={props.height} />, hint: props.runProblem ? 'checksStopped' : 'checks'};
		case 'wait':
			return {screen: <WaitScreen node={node} view={view} progress={props.waiting} width={width} />, hint: 'wait'};
		case 'leaf':
			return {
				screen: (
					<LeafScreen
						key={screenKey}
						node={node}
						view={view}
						options={props.options}
						initialId={state.answers[node.id]}
						previous={props.previousRows}
						notice={props.notice}
						script={scriptOf(state, view)}
						width={width}
						height={props.height}
						onPick={props.onPick}
					/>
				),
				hint: 'menu',
			};
	}
}

/** A window too small for the screens: one sentence (cut to the rows there are), and the screen kept but not drawn. */
function TooSmall({width, height}: {width: number; height: number}) {
	const lines = wrapLines(wizardText.ui.windowTooSmall({columns: width, rows: height, minColumns: minimumWindow.columns, minRows: minimumWindow.rows}), width);
	return <Text color="yellow">{clampLines(lines, Math.max(height - 1, 1)).join('\n')}</Text>;
}

export function WizardView(props: WizardViewProps) {
	const {clock, now, tickMs} = props;
	const clocks = useMemo(() => ({clock, now, tickMs}), [clock, now, tickMs]);
	if (props.stoppedLine) return <Text>{props.stoppedLine}</Text>;
	if (props.finished) return <RecordView record={recordOf(props.state, props.view.known)} width={props.width} />;
	const {screen, hint} = screenFor(props);
	const fits = fitsWizard(props.width, props.height);
	const help = props.help ? layoutHelp(helpRows(props.width, props.settingsPath, resultScript(props.state, props.view)), props.height, props.help.offset) : undefined;
	return (
		<ClockContext value={clocks}>
			<ScreenKeysContext value={props.registerScreenKeys}>
				{fits ? null : <TooSmall width={props.width} height={props.height} />}
				{/* Hidden, not unmounted: what was typed or highlighted is still there when the window grows again. */}
				<Box flexDirection="column" display={fits ? 'flex' : 'none'}>
					<Breadcrumb crumbs={breadcrumb(props.state, props.view)} width={props.width} />
					{/* The help covers the screen, which stays mounted: closing it returns to the same option. */}
					<Box flexDirection="column" display={help ? 'none' : 'flex'}>
						{screen}
					</Box>
					{help ? <HelpScreen layout={help} /> : null}
					<KeyHints kind={help ? (help.maxOffset > 0 ? 'helpScroll' : 'help') : hint} width={props.width} />
				</Box>
			</ScreenKeysContext>
		</ClockContext>
	);
}
