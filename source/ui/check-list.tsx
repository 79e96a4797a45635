// Live checks: a spinner while one runs, then ✔ ✖ ⚠ and its one-line result.

import {Box, Text} from 'ink';
import Spinner from 'ink-spinner';
import {timeMessages} from '../messages/time.js';
import {wizardText} from '../messages/wizard.js';
import {checkStatusIcons} from '../text/status-icons.js';
import {sanitize} from '../text/safe.js';
import {isTroubled, type CheckRowState} from './check-row.js';
import {useTick} from './clock.js';
import {wrapLines} from './layout.js';

function Icon({state}: {state: CheckRowState['state']}) {
	if (state === 'running') return <Spinner type="dots" />;
	if (state === 'waiting') return <Text dimColor>·</Text>;
	const {icon, color} = checkStatusIcons[state.status];
	return <Text color={color}>{icon}</Text>;
}

/** "running… 3 s of 10 s" once a check has run for a second: the deadline of each request, then the check's own. */
function useElapsed(row: CheckRowState): string | undefined {
	const {timing} = row;
	const now = useTick(row.state === 'running' && timing !== undefined);
	if (row.state !== 'running' || !timing) return undefined;
	const ms = now - timing.startedAt;
	if (ms < 1000) return undefined;
	const deadline = ms < timing.timeoutMs ? timing.timeoutMs : timing.deadlineMs;
	return wizardText.ui.runningFor({elapsed: timeMessages.duration({ms}), deadline: timeMessages.duration({ms: deadline})});
}

function detail(state: CheckRowState['state'], elapsed?: string): string {
	if (state === 'waiting') return wizardText.ui.waiting;
	if (state === 'running') return elapsed ?? wizardText.ui.running;
	// Summaries are safe already (the runner sanitises them); once more costs nothing.
	return sanitize(state.summary);
}

function RowText({row, width, cut}: {row: CheckRowState; width: number; cut: boolean}) {
	const label = `${row.title}:`;
	const text = detail(row.state, useElapsed(row));
	if (cut) {
		return (
			<Text wrap="truncate-end" dimColor={row.state === 'waiting'}>
				<Text bold>{label}</Text> {text}
			</Text>
		);
	}
	// Wrapped here by words (see layout.ts); the first line starts with the label.
	const [first = '', ...rest] = wrapLines(`${label} ${text}`, width);
	return (
		<Text dimColor={row.state === 'waiting'}>
			<Text bold>{label}</Text>
			{[first.slice(label.length), ...rest].join('\n')}
		</Text>
	);
}

/** `compact`: checks that passed get one row each (cut at the edge); the others wrap. */
export function CheckList({rows, width, compact = false}: {rows: readonly CheckRowState[]; width: number; compact?: boolean}) {
	return (
		<Box flexDirection="column">
			{rows.map(row => (
				<Box key={row.id}>
					<Box width={2} flexShrink={0}>
						<Icon state={row.state} />
					</Box>
					<Box flexShrink={1}>
						<RowText row={row} width={width - 2} cut={compact && !isTroubled(row)} />
					</Box>
				</Box>
			))}
		</Box>
	);
}
