// Live checks: what is being checked, and a row per check with its spinner or result.
import {Box} from 'ink';
import {wizardText} from '../../messages/wizard.js';
import type {ChecksNode} from '../../tree/types.js';
import type {CheckRowState} from '../check-row.js';
import {CheckList} from '../check-list.js';
import {Wrapped} from '../text-blocks.js';

type ChecksScreenProps = {
	node: ChecksNode;
	rows: readonly CheckRowState[];
	/** Why the checks could not start (an unusable base URL), instead of the rows. */
	problem: string | undefined;
	width: number;
};

export function ChecksScreen({node, rows, problem, width}: ChecksScreenProps) {
	return (
		<Box flexDirection="column">
			<Wrapped bold text={node.title} width={width} />
			{problem ? <Wrapped color="red" text={wizardText.ui.contextError(problem)} width={width} /> : <CheckList rows={rows} width={width} />}
		</Box>
	);
}
