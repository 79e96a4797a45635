// The help `?` shows over a menu or a result: the keys, what the tool does and what costs
// money, where the settings are kept, and the commands for scripts (over a result, its own under the title). The screen under it
// stays mounted (hidden), so closing the help returns to the same option. Its rows are
// fitted to the width here and scroll within the height (layoutHelp in frame-layout.ts).
import {Box, Text} from 'ink';
import {wizardText} from '../../messages/wizard.js';
import {sanitize} from '../../text/safe.js';
import {displayWidth, padEndColumns} from '../../text/width.js';
import type {HelpLayout, HelpRow} from '../frame-layout.js';
import {wrapLines} from '../layout.js';
import {commandRows, scriptLead} from '../leaf-layout.js';
import type {ScriptCommand} from '../../tree/command.js';

/** Columns before a key or a command, and between it and what it does. */
const pairIndent = '  ';
const pairGap = 2;
/** What a pair's description needs beside its key; with less it goes on the rows under it. */
const pairTextMin = 16;

type Pair = {readonly key: string; readonly does: string};

const blank: HelpRow = {text: ''};
const heading = (text: string): HelpRow => ({text, bold: true});
const paragraph = (text: string, width: number): HelpRow[] => wrapLines(text, width).map(line => ({text: line}));

/** Keys or commands in two columns, or each over its description where the window is too narrow for that. */
function pairRows(pairs: readonly Pair[], width: number): HelpRow[] {
	const column = pairIndent.length + Math.max(...pairs.map(pair => displayWidth(pair.key))) + pairGap;
	const beside = width - column >= pairTextMin;
	return pairs.flatMap(({key, does}) =>
		(beside ? wrapLines(does, width, padEndColumns(pairIndent + key, column), ' '.repeat(column)) : [pairIndent + key, ...wrapLines(does, width, pairIndent.repeat(2))]).map(text => ({text})),
	);
}

/** A path on rows of its own, broken anywhere (it has no spaces to break at) so that it is shown whole. */
function pathRows(file: string, width: number): HelpRow[] {
	const rows: string[] = [];
	let row = '';
	for (const character of sanitize(file)) {
		if (row !== '' && displayWidth(pairIndent + row + character) > width) {
			rows.push(row);
			row = '';
		}
		row += character;
	}
	return [...rows, row].map(text => ({text: pairIndent + text}));
}

/**
 * Over a result, under the title, the command that does the same from a script, its lead as the heading and the command on a row
 * of its own, whole (leaf-layout.ts commandRows): a short window's result has no row for it.
 */
function scriptSection(script: ScriptCommand | undefined, width: number): HelpRow[] {
	if (script === undefined) return [];
	return [...wrapLines(scriptLead(script), width).map(text => ({text, bold: true})), ...commandRows(script.command, width, pairIndent).map(text => ({text})), blank];
}

/** Every row of the help at `width`, in the current language; over a result, its command for scripts under the title. */
export function helpRows(width: number, settingsPath: string, script?: ScriptCommand): HelpRow[] {
	const help = wizardText.help;
	return [
		heading(help.title),
		blank,
		...scriptSection(script, width),
		heading(help.keysHeading),
		...pairRows(help.keys, width),
		blank,
		...paragraph(help.about, width),
		...paragraph(help.checks, width),
		blank,
		heading(help.settingsHeading),
		...paragraph(help.settingsFile, width),
		...pathRows(settingsPath, width),
		blank,
		heading(help.commandsHeading),
		...pairRows(help.commands, width),
	];
}

export function HelpScreen({layout}: {layout: HelpLayout}) {
	const scrolls = layout.maxOffset > 0;
	return (
		<Box flexDirection="column">
			{scrolls ? <Text dimColor>{layout.above > 0 ? wizardText.ui.linesAbove({count: layout.above}) : ' '}</Text> : null}
			{layout.rows.map((row, index) => (
				<Text key={`${layout.above + index}`} bold={row.bold}>
					{row.text === '' ? ' ' : row.text}
				</Text>
			))}
			{scrolls ? <Text dimColor>{layout.below > 0 ? wizardText.ui.linesBelow({count: layout.below}) : ' '}</Text> : null}
		</Box>
	);
}
