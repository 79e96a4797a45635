// A question with a list of answers. The start screen also says what the wizard found
// (the key, the base URL, the service behind it) before the first question.
import {Box} from 'ink';
import {wizardText} from '../../messages/wizard.js';
import {rememberedFacts} from '../../tree/remembered.js';
import type {Known, MenuNode, View} from '../../tree/types.js';
import type {CheckRowState} from '../check-row.js';
import {CheckList} from '../check-list.js';
import {useClocks} from '../clock.js';
import {Question} from '../question.js';
import {Select} from '../select.js';
import {Wrapped} from '../text-blocks.js';

function StartFacts({known, notice, width}: {known: Known; notice: string | undefined; width: number}) {
	const start = wizardText.start;
	const {now} = useClocks();
	return (
		<Box flexDirection="column" marginBottom={1}>
			<Wrapped bold text={start.title} width={width} />
			<Wrapped text={known.key ? start.key(known.key.masked, known.key.source) : known.envKeyBlank ? start.blankEnvKey : start.noKey} width={width} />
			<Wrapped text={start.baseUrl(known.baseUrl, known.baseUrlSource)} width={width} />
			{known.providerName ? <Wrapped color="yellow" text={start.provider(known.providerName)} width={width} /> : null}
			{rememberedFacts(known, now()).map(line => (
				<Wrapped key={line} text={line} width={width} />
			))}
			{notice ? <Wrapped color="yellow" text={wizardText.ui.settingsNotice(notice)} width={width} /> : null}
		</Box>
	);
}

type MenuScreenProps = {
	node: MenuNode;
	view: View;
	initialId: string | undefined;
	/** Results of the check step just before, shown as the reason for the question. */
	previous: readonly CheckRowState[];
	/** A note about the settings file, shown once on the start screen. */
	settingsNotice: string | undefined;
	width: number;
	onPick: (id: string) => void;
};

export function MenuScreen({node, view, initialId, previous, settingsNotice, width, onPick}: MenuScreenProps) {
	return (
		<Box flexDirection="column">
			{node.id === 'start' ? <StartFacts known={view.known} notice={settingsNotice} width={width} /> : null}
			{previous.length > 0 ? <CheckList rows={previous} width={width} compact /> : null}
			<Question text={node.question(view)} help={node.help?.(view) ?? []} width={width} />
			<Select items={node.options(view)} initialId={initialId} onPick={item => onPick(item.id)} />
		</Box>
	);
}
