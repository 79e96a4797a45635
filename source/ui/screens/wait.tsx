// Waiting for a top-up: the balance at the last look, a countdown to the next one, and
// how long the wait has gone on of how long it may.
import {amountText} from '../../text/amount.js';
import {Box} from 'ink';
import type {WaitProgress} from '../../top-up-wait.js';
import {timeMessages} from '../../messages/time.js';
import {wizardText} from '../../messages/wizard.js';
import * as facts from '../../tree/facts.js';
import type {View, WaitNode} from '../../tree/types.js';
import {useTick} from '../clock.js';
import {Wrapped} from '../text-blocks.js';

type WaitScreenProps = {
	node: WaitNode;
	view: View;
	/** How far the wait has got; undefined until it reports. */
	progress: WaitProgress | undefined;
	width: number;
};

/** A duration is one thing on screen: "4 s" never breaks between the number and its unit (no-break spaces, which the wrapping keeps). */
const unbroken = (duration: string) => duration.replaceAll(' ', '\u00A0');

export function WaitScreen({node, view, progress, width}: WaitScreenProps) {
	const now = useTick(progress !== undefined);
	const text = wizardText.wait;
	const lines: Array<{key: string; text: string}> = [];
	const add = (key: string, line: string) => lines.push({key, text: line});
	if (progress) {
		const next = unbroken(timeMessages.countdown({ms: progress.nextAt - now}));
		const last = progress.last ? facts.resultsOf([progress.last]) : view.results;
		const main = facts.mainBalance(facts.reading(last));
		if (main) add('look', text.balance({amount: amountText(main.total, main.currency), next}));
		else if (progress.last) add('look', text.unread({problem: progress.last.summary, next}));
		else add('look', text.firstLook({next}));
		const waited = unbroken(timeMessages.elapsed({ms: now - progress.startedAt}));
		add('elapsed', text.elapsed({waited, max: unbroken(timeMessages.duration({ms: progress.deadline - progress.startedAt}))}));
	}
	add('done', text.done);
	return (
		<Box flexDirection="column">
			<Wrapped bold text={node.title} width={width} />
			{lines.map(line => (
				<Wrapped key={line.key} text={line.text} width={width} indent="  " />
			))}
		</Box>
	);
}
