// Live checks: a spinner while one runs, then ✔ ✖ ⚠ and its one-line result.

import {Box, Text} from 'ink';
import Spinner from 'ink-spinner';
import type {CheckResult} from '../checks/types.js';
import {wizardText} from '../messages/wizard.js';
import {checkStatusIcons} from '../report.js';
import {sanitize} from '../text/safe.js';

export type CheckRowState = {id: string; title: string; state: 'waiting' | 'running' | CheckResult};

function Icon({state}: {state: CheckRowState['state']}) {
	if (state === 'running') return <Spinner type="dots" />;
	if (state === 'waiting') return <Text dimColor>·</Text>;
	const {icon, color} = checkStatusIcons[state.status];
	return <Text color={color}>{icon}</Text>;
}

function detail(state: CheckRowState['state']): string {
	if (state === 'waiting') return wizardText.ui.waiting;
	if (state === 'running') return wizardText.ui.running;
	// Summaries are safe already (the runner sanitises them); once more costs nothing.
	return sanitize(state.summary);
}

/** `compact`: one row per check (cut at the edge), for screens that also show a leaf. */
export function CheckList({rows, compact = false}: {rows: readonly CheckRowState[]; compact?: boolean}) {
	return (
		<Box flexDirection="column">
			{rows.map(row => (
				<Box key={row.id}>
					<Box width={2} flexShrink={0}>
						<Icon state={row.state} />
					</Box>
					<Box flexShrink={1}>
						<Text wrap={compact ? 'truncate-end' : 'wrap'} dimColor={row.state === 'waiting'}>
							<Text bold>{row.title}:</Text> {detail(row.state)}
						</Text>
					</Box>
				</Box>
			))}
		</Box>
	);
}
