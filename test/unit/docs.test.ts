// The user-facing docs against the code they describe, so that they cannot drift apart
// unnoticed: the readme's contents line and its headings, its copy of `--help`'s usage,
// and the commands, flags, environment variables, checks, verdicts and fix ids that
// readme.md and docs/interface.md list. Sample outputs are not compared here: they are
// regenerated from the real tool by hand (keys masked).
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {checkIds} from '../../source/checks/types.js';
import {cliOptions, commandFlags, commands, globalFlags, type Command, type Flag} from '../../source/command-line.js';
import {globalHelp} from '../../source/help.js';
import {providerIds} from '../../source/providers/types.js';
import {setLanguage} from '../../source/messages/language.js';
import {fixIds, verdicts} from '../../source/verdict.js';
import {headings, section, slug, tableRows} from '../helpers/markdown.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const readme = read('readme.md');
const interfaceDoc = read('docs/interface.md');

/** The words in backticks at the start of a table cell: `` `--below AMOUNT` `` → `--below AMOUNT`. */
const codeSpans = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map(([, code]) => code ?? '');

/** How a flag is written in a flag table's first cell, with its short form. */
const flagNames = (flag: Flag) => {
	const option = cliOptions[flag];
	return [...('short' in option ? [`-${option.short}`] : []), `--${flag}`];
};

/** The flags a table's first column names (`--lang zh-CN\|en` → `--lang`; `-h`, `--help` → both). */
const flagsInColumn = (rows: string[][]) => rows.flatMap(([first = '']) => codeSpans(first).map(code => code.split(' ')[0] ?? ''));

test('the readme\'s contents line links every section after it, in order, by its GitHub anchor', () => {
	const sections = headings(readme, 2);
	const after = sections.slice(sections.indexOf('Contents') + 1);
	const contents = section(readme, '## Contents');
	const links = [...contents.matchAll(/\[([^\]]+)\]\(#([^)]+)\)/g)].map(([, text, anchor]) => ({text, anchor}));
	assert.deepEqual(links, after.map(heading => ({text: heading, anchor: slug(heading)})));
});

test('the readme\'s usage block is the usage part of --help, word for word', t => {
	setLanguage('en');
	t.after(() => setLanguage('en'));
	const help = globalHelp('0.0.0');
	const usage = help.slice(help.indexOf('Usage\n'), help.indexOf('\n\nOptions\n'));
	const usageSection = section(readme, '## Usage');
	const block = /```\n(Usage\n[\s\S]*?)\n```/.exec(usageSection)?.[1];
	assert.equal(block, usage);
});

test('the readme\'s command table names every command, and nothing else', () => {
	const rows = tableRows(section(readme, '## Commands and flags'), 'command');
	assert.deepEqual(rows.map(([first = '']) => codeSpans(first)[0]), ['deepseek-fix', ...commands]);
});

for (const [file, text, heading] of [['readme.md', readme, '## Commands and flags'], ['docs/interface.md', interfaceDoc, '## Flags']] as const) {
	test(`${file}'s flag table explains every flag the parser takes, and no other`, () => {
		const listed = flagsInColumn(tableRows(section(text, heading), 'flag'));
		assert.deepEqual(listed.toSorted(), (Object.keys(cliOptions) as Flag[]).flatMap(flagNames).toSorted());
	});
}

test('docs/interface.md\'s flag table names the commands that take each flag', () => {
	const takers = (flag: Flag): Command[] => commands.filter(command => (globalFlags as readonly Flag[]).includes(flag) || (commandFlags[command] as readonly Flag[]).includes(flag));
	for (const [first = '', commandsCell = ''] of tableRows(section(interfaceDoc, '## Flags'), 'flag')) {
		const flag = (codeSpans(first).at(-1)?.split(' ')[0] ?? '').replace(/^--/, '') as Flag;
		const named = commandsCell.startsWith('every command')
			? [...commands]
			: commands.filter(command => codeSpans(commandsCell).some(code => code.split(' ')[0] === command));
		assert.deepEqual(named, takers(flag), `--${flag}`);
	}
});

/** Every TypeScript file under source/, as one text: what the tool can read. */
function sourceText(): string {
	const folder = path.join(root, 'source');
	return readdirSync(folder, {recursive: true, encoding: 'utf8'})
		.filter(file => file.endsWith('.ts') || file.endsWith('.tsx'))
		.map(file => readFileSync(path.join(folder, file), 'utf8'))
		.join('\n');
}

test('the environment variables --help names are in the readme\'s and docs/interface.md\'s tables, and each the readme lists is read by the tool', t => {
	setLanguage('en');
	t.after(() => setLanguage('en'));
	const help = globalHelp('0.0.0');
	const inHelp = help.slice(help.indexOf('\nEnvironment\n'), help.indexOf('\n\n', help.indexOf('\nEnvironment\n') + 1)).match(/\b[A-Z][A-Z_]{2,}\b/g) ?? ([] as string[]);
	assert.ok(inHelp.includes('DEEPSEEK_API_KEY') && inHelp.includes('NO_PROXY'), 'the Environment section of --help was found');
	const readmeVariables = tableRows(section(readme, '## Commands and flags'), 'environment variable').flatMap(([first = '']) => codeSpans(first));
	const interfaceVariables = tableRows(section(interfaceDoc, '## Environment variables'), 'variable').flatMap(([first = '']) => codeSpans(first));
	for (const variable of inHelp) {
		assert.ok(readmeVariables.includes(variable), `${variable} is not in the readme's table`);
		assert.ok(interfaceVariables.includes(variable), `${variable} is not in docs/interface.md's table`);
	}
	const source = sourceText();
	for (const variable of readmeVariables) assert.ok(source.includes(variable), `the readme lists ${variable}, which the tool never reads`);
});

test('the readme lists every check in output order, and every verdict', () => {
	const checks = tableRows(section(readme, '## What it does'), 'check').map(([first = '']) => codeSpans(first)[0]);
	assert.deepEqual(checks, [...checkIds]);
	const listed = tableRows(section(readme, '## Verdicts'), 'verdict').map(([first = '']) => codeSpans(first)[0]);
	assert.deepEqual(listed.toSorted(), [...verdicts].toSorted());
});

test('docs/interface.md names every fix id the code has', () => {
	const list = section(interfaceDoc, '### `fixes[].id` values (informative)');
	const missing = fixIds.filter(id => !list.includes(`\`${id}\``));
	assert.deepEqual(missing, []);
});

test('the docs count the real error answers the corpus holds', () => {
	const {entries} = JSON.parse(read('test/fixtures/real-errors.json')) as {entries: unknown[]};
	for (const [file, pattern] of [['readme.md', /feed the tool (\d+) real error answers/], ['docs/development.md', /real-errors\.json` holds (\d+) error answers/], ['docs/relays.md', /real-errors\.json` holds (\d+) error answers/]] as const) {
		const count = pattern.exec(read(file).replaceAll('\n', ' '))?.[1];
		assert.equal(Number(count), entries.length, `${file} says ${count}`);
	}
});

test('docs/relays.md has a section for every service the tool names (DeepSeek\'s is the baseline)', () => {
	const sections = headings(read('docs/relays.md'), 3);
	const missing = providerIds.filter(id => id !== 'deepseek' && !sections.some(heading => heading.includes(`(${id}`)));
	assert.deepEqual(missing, []);
});
