// The record left on the terminal when the user quits: each question with its answer,
// then the result and its first fix with the link (and the trace id, when that fix does
// not name it), and the command that does the same
// from a script. Written once through <Static>, so it goes into the scrollback as plain
// lines, whatever its height, and is never redrawn.
import {Box, Static, Text} from 'ink';
import {wizardText} from '../messages/wizard.js';
import type {WalkRecord} from '../tree/record.js';
import type {LeafTone} from '../tree/types.js';
import {wrapLines} from './layout.js';
import {leafIndents, scriptLines} from './leaf-layout.js';
import {FixLine, LeafTitle, leafTones, Wrapped} from './text-blocks.js';

function Answer({question, answer, tone = 'good', width}: {question: string; answer: string; tone?: LeafTone | undefined; width: number}) {
	const lines = wrapLines(wizardText.record.answer({question, answer}), width - 2);
	const {icon, color} = leafTones[tone];
	return (
		<Box>
			<Box width={2} flexShrink={0}>
				<Text color={color}>{icon}</Text>
			</Box>
			<Text>{lines.join('\n')}</Text>
		</Box>
	);
}

export function RecordView({record, width}: {record: WalkRecord; width: number}) {
	const {answers, result} = record;
	if (answers.length === 0 && !result) return null;
	return (
		<Static items={[record]}>
			{() => (
				<Box key="record" flexDirection="column">
					{answers.map((item, index) => (
						// The same question can come twice on a walk (after "also check my DeepSeek account").
						<Answer key={`${index}:${item.question}`} question={item.question} answer={item.answer} tone={item.tone} width={width} />
					))}
					{result ? <LeafTitle tone={result.tone} title={result.title} width={width} /> : null}
					{result?.fix ? <FixLine fix={result.fix} width={width} /> : null}
					{result?.traceId ? <Wrapped text={wizardText.record.traceId({id: result.traceId})} width={width} indent={leafIndents.line} /> : null}
					{result?.command ? <Text>{scriptLines({command: result.command, keyApp: result.keyApp, keyFile: result.keyFile}, width, leafIndents.line).join('\n')}</Text> : null}
				</Box>
			)}
		</Static>
	);
}
