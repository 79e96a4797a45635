// Live checks: what is being checked, and a row per check with its spinner or result.
// In a short window finished rows that passed give way first (layoutChecks in
// frame-layout.ts), and a mark says how many are not shown.
import {Box, Text} from 'ink';
import {wizardText} from '../../messages/wizard.js';
import type {ChecksNode} from '../../tree/types.js';
import type {CheckRowState} from '../check-row-state.js';
import {CheckList} from '../check-list.js';
import {layoutChecks} from '../frame-layout.js';
import {Wrapped} from '../text-blocks.js';

type ChecksScreenProps = {
	node: ChecksNode;
	rows: readonly CheckRowState[];
	/** Why the checks could not start (an unusable base URL), instead of the rows. */
	problem: string | undefined;
	width: number;
	height: number;
};

export function ChecksScreen({node, rows, problem, width, height}: ChecksScreenProps) {
	// Nothing runs: "Reading the balance…" above why would say it does.
	const title = problem ? wizardText.ui.cannotRunChecks : node.title;
	const layout = layoutChecks({width, height, title, rows, problem});
	return (
		<Box flexDirection="column">
			<Wrapped bold text={title} width={width} />
			{problem ? <Wrapped color="red" text={problem} width={width} /> : <CheckList rows={rows} width={width} modes={layout.rows} />}
			{layout.hidden > 0 ? (
				<Text dimColor wrap="truncate-end">
					{wizardText.ui.moreChecksDone({count: layout.hidden})}
				</Text>
			) : null}
		</Box>
	);
}
