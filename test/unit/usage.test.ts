// The help texts. `--help` is pinned byte for byte and explains every flag under its
// Options heading. Each command's own help explains every flag the parser accepts for that
// command (but --version and flags it ignores) and names none it rejects, in both languages,
// within 80 columns; the built CLI prints the same help from its fast path and from the
// full parser, on stdout, with exit 0.
import assert from 'node:assert/strict';
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {parseCommandLine} from '../../source/cli.js';
import {cliOptions, commands, unusedFlags, type Command, type Flag} from '../../source/command-line.js';
import {commandHelp, globalHelp, helpFor, helpText, helpWidth, laidOutHelpFile, layOutHelp, onlyHelp, type LaidOutHelp} from '../../source/help.js';
import {cliMessages} from '../../source/messages/cli.js';
import {setLanguage} from '../../source/messages/language.js';
import {asciiOnly} from '../../source/text/ascii-text.js';
import {displayWidth} from '../../source/text/width.js';
import {oneLine, maskKey} from '../../source/text/safe.js';
import {toolVersion} from '../../source/version.js';
import {chineseProblems} from '../helpers/chinese.js';
import {mainOutput} from '../helpers/main-output.js';
import {binPath, runCli, tempConfigDir} from '../helpers/run-cli.js';

const languages = ['en', 'zh-CN'] as const;
const allFlags = Object.keys(cliOptions) as Flag[];

for (const [language, from, to] of [['en', '\nOptions\n', '\nEnvironment\n'], ['zh-CN', '\n选项\n', '\n环境变量\n']] as const) {
	test(`--help (${language}) lists every flag under its options, within 80 columns`, t => {
		setLanguage(language);
		t.after(() => setLanguage('en'));
		const text = globalHelp('0.0.0');
		const section = text.slice(text.indexOf(from), text.indexOf(to));
		assert.ok(section.length > from.length, 'the options section is there');
		for (const [name, option] of Object.entries(cliOptions)) {
			assert.match(section, new RegExp(`^  (?:-${'short' in option ? option.short : 'x'}, )?--${name}\\b`, 'm'), `--${name}`);
		}
		// The whole text, not only the options: a terminal's default 80 columns, or every long line breaks mid-word.
		for (const line of text.split('\n')) assert.ok(displayWidth(line) <= helpWidth, `too wide (${displayWidth(line)}): ${line}`);
	});
}

// The global --help, pinned byte for byte in both languages (the version aside): any change to it shows in review.
for (const language of languages) {
	test(`--help (${language}) is the pinned text`, t => {
		setLanguage(language);
		t.after(() => setLanguage('en'));
		const pinned = readFileSync(new URL(`../fixtures/help/global-${language}.txt`, import.meta.url), 'utf8');
		assert.equal(globalHelp('0.0.0'), pinned);
	});
}

/** A value the parser takes for each flag that needs one, and the flags it needs beside it. */
const sampleValues: Partial<Record<Flag, string>> = {model: 'deepseek-chat', below: '5', 'wait-max': '10m', every: '5s', out: 'report.md', 'base-url': 'https://api.deepseek.com', timeout: '5000', lang: 'en', 'key-from': 'claude-code'};
const needs: Partial<Record<Flag, Flag>> = {model: 'probe', 'wait-max': 'wait', every: 'wait'};

/** Asked of the parser itself: does `command` reject `flag` as not its own? */
function rejects(command: Command, flag: Flag): boolean {
	const words = (name: Flag) => [`--${name}`, ...(sampleValues[name] === undefined ? [] : [sampleValues[name]])];
	const companion = needs[flag];
	const parsed = parseCommandLine([command, ...words(flag), ...(companion ? words(companion) : [])]);
	if (!parsed.ok && parsed.problem !== cliMessages.flagNotFor(flag, command) && !(companion && parsed.problem === cliMessages.flagNotFor(companion, command))) {
		assert.fail(`${command} --${flag}: unexpected problem ${parsed.problem}`);
	}
	return !parsed.ok;
}

/** `--wait` but not `--wait-max`. */
const mentions = (text: string, flag: Flag) => new RegExp(`(?<![\\w-])--${flag}(?![\\w-])`).test(text);

for (const language of languages) {
	for (const command of commands) {
		test(`${command} --help (${language}): every flag it takes is explained, none it rejects is named, within ${helpWidth} columns`, t => {
			setLanguage(language);
			t.after(() => setLanguage('en'));
			const text = commandHelp(command);
			const heading = language === 'en' ? '\nOptions\n' : '\n选项\n';
			const options = text.slice(text.indexOf(heading), text.indexOf('\n\n', text.indexOf(heading) + 1));
			assert.ok(options.length > heading.length, 'the options section is there');
			const left: readonly Flag[] = ['version', ...(unusedFlags[command] ?? [])];
			for (const flag of allFlags) {
				if (rejects(command, flag) || left.includes(flag)) {
					assert.ok(!mentions(text, flag), `--${flag} is not ${command}'s, yet its help names it`);
				} else {
					const option = cliOptions[flag];
					assert.match(options, new RegExp(`^  (?:-${'short' in option ? option.short : 'x'}, )?--${flag}(?![\\w-])`, 'm'), `--${flag} is not explained`);
				}
			}
			for (const line of text.split('\n')) assert.ok(displayWidth(line) <= helpWidth, `too wide (${displayWidth(line)}): ${line}`);
			// A term or a short aside is never split over two lines ("(default\n5s)", "API\nkey").
			assert.doesNotMatch(text, /\((?:default|默认)\n|\bAPI\n\s*keys?\b|\bbase\n\s*URL\b/, 'a term or an aside split over two lines');
			assert.match(text, new RegExp(`^deepseek-fix ${command}${language === 'en' ? ' — ' : '：'}`));
			for (const code of ['0', '2', '141']) assert.match(text, new RegExp(`^  ${code} +\\S`, 'm'), `exit code ${code}`);
			// A command that makes requests can be stopped: Ctrl+C, SIGTERM, SIGHUP (config makes none).
			for (const code of ['130', '143', '129']) assert.equal(new RegExp(`^  ${code} +\\S`, 'm').test(text), command !== 'config', `exit code ${code}`);
			if (language === 'zh-CN') {
				// Usage and example lines are commands, not sentences.
				assert.deepEqual(chineseProblems(text.replace(/^ {2}(?:deepseek-fix|0 \*) .*$/gm, '')), []);
			}
		});
	}
}

test('only a line that asks for help alone is answered before parsing', () => {
	assert.deepEqual(onlyHelp(['--help']), {command: undefined});
	assert.deepEqual(onlyHelp(['help']), {command: undefined});
	assert.deepEqual(onlyHelp(['balance', '-h']), {command: 'balance'});
	assert.deepEqual(onlyHelp(['--help', 'report']), {command: 'report'});
	assert.deepEqual(onlyHelp(['help', 'config']), {command: 'config'});
	for (const line of [['check'], ['balance', '--json', '--help'], ['help', 'nope'], ['nope', '--help'], ['--help', '--help', 'check'], []]) {
		assert.equal(onlyHelp(line), undefined, line.join(' '));
	}
});

for (const language of languages) {
	test(`the built CLI answers each command's help (${language}) as main() does, on stdout, with exit 0`, async t => {
		t.after(() => setLanguage('en'));
		const env = {DEEPSEEK_FIX_LANG: language, DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir()};
		for (const command of commands) {
			const inProcess = await mainOutput([command, '--help'], env);
			assert.deepEqual([inProcess.code, inProcess.stderr], [0, '']);
			assert.equal(inProcess.stdout, commandHelp(command), 'main() prints the command help');
			// Fast path (bin.ts), other fast forms, and lines only the full parser answers.
			const lines = [[command, '--help'], ['-h', command], ['help', command], [command, '--timeout', '5000', '--help'], ['help', command, '--lang', language]];
			const runs = await Promise.all(lines.map(line => runCli(line, env)));
			for (const [index, run] of runs.entries()) {
				const line = lines[index]!.join(' ');
				assert.deepEqual({code: run.code, stderr: run.stderr}, {code: 0, stderr: ''}, line);
				assert.equal(run.stdout, inProcess.stdout, line);
			}
		}
		const global = await Promise.all([runCli(['--help'], env), runCli(['help'], env), runCli(['--lang', language, '--help'], env)]);
		for (const run of global) {
			assert.equal(run.code, 0);
			assert.match(run.stdout, language === 'en' ? /^deepseek-fix \d+\.\d+\.\d+\S* — / : /^deepseek-fix \d+\.\d+\.\d+\S*：/);
			assert.equal(run.stdout, global[0]!.stdout);
		}
	});
}

// A terminal narrower than 80 columns gets the help laid out for its width (the examples' command
// lines aside: a shell line is never broken), explanations under their flags where a column has no room.
for (const language of languages) {
	test(`--help and each command's help (${language}) fit a 40- and a 60-column terminal`, t => {
		setLanguage(language);
		t.after(() => setLanguage('en'));
		const examples = language === 'en' ? '\nExamples\n' : '\n示例\n';
		for (const width of [40, 60]) {
			for (const command of [undefined, ...commands]) {
				const text = helpText(command, '0.0.0', width);
				const laidOut = text.includes(examples) ? text.slice(0, text.indexOf(examples)) : text;
				for (const line of laidOut.split('\n')) assert.ok(displayWidth(line) <= width, `${command ?? '--help'} at ${width} (${displayWidth(line)}): ${line}`);
				// Each flag still starts its own line, and no word is lost to the narrower layout.
				for (const flag of command === undefined ? allFlags : []) assert.match(text, new RegExp(`^  (?:-\\w, )?--${flag}\\b`, 'm'), `--${flag}`);
				// At 60 an explanation keeps its column beside the flag; at 40 (21 columns left there) it goes under it.
				if (text.includes('--timeout MS')) assert.equal(/^  --timeout MS +\S/m.test(text), width === 60, `--timeout's explanation beside it at ${width}`);
				// The global help's exit codes, three lines at 80, are a table below it (as each command's help has them): a
				// code and its meaning to a row, never a word alone on one ("asked,").
				const [body, exits] = command === undefined ? splitExits(text) : [text, ''];
				assert.equal(words(body), words(command === undefined ? splitExits(helpText(command, '0.0.0'))[0] : helpText(command, '0.0.0')), `${command ?? '--help'} at ${width} says what it says at 80`);
				if (command === undefined) assert.deepEqual(exits.split('\n').filter(line => /^ {2}\d/.test(line)).map(line => line.trim().split(' ')[0]), ['0', '1', '2', '130', '143', '129', '141'], `--help at ${width}: ${exits}`);
			}
		}
		// Wider than 80, or no width known: the 80-column text.
		assert.equal(helpText(undefined, '0.0.0', 200), globalHelp('0.0.0'));
	});
}

/** The global help before its exit codes, and those (a heading and a table, or at 80 columns the summary lines). */
function splitExits(text: string): [string, string] {
	const at = text.search(/^(?:Exit codes|退出码)/m);
	return [text.slice(0, at), text.slice(at)];
}

/** A text's words in order, whatever its line breaks and indents (an example's comment marks each of its lines). */
function words(text: string): string {
	return text.replaceAll(/\s+|#/g, '');
}

test('the built CLI lays its help out for COLUMNS when writing into a pipe, as check does', async () => {
	const env = {DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(), COLUMNS: '40'};
	for (const line of [['--help'], ['balance', '--help'], ['balance', '--timeout', '5000', '--help']]) {
		const run = await runCli(line, env);
		assert.equal(run.code, 0, line.join(' '));
		const command = line[0] === 'balance' ? 'balance' : undefined;
		assert.equal(run.stdout, helpText(command, run.stdout.split(' ')[1]!, 40), line.join(' '));
	}
});

// The help at full width is laid out by the build (dist/help.json) and printed as it is; laid out at run time otherwise.
test('the built help table holds what the source lays out, for every command in both languages', () => {
	const built: unknown = JSON.parse(readFileSync(path.join(path.dirname(binPath), laidOutHelpFile), 'utf8'));
	assert.deepEqual(built, layOutHelp(toolVersion));
	const table = built as LaidOutHelp;
	for (const language of languages) {
		setLanguage(language);
		for (const command of [undefined, ...commands]) assert.equal(table.texts[language]?.[command ?? ''], helpText(command, toolVersion), `${command ?? '--help'} (${language})`);
	}
	setLanguage('en');
});

/** A table that holds a marker instead of each text, made for `overrides`' version, width and character set. */
function markedTable(overrides: Partial<LaidOutHelp> = {}): LaidOutHelp {
	const texts = Object.fromEntries(languages.map(language => [language, Object.fromEntries(['', ...commands].map(command => [command, `laid out: ${language} ${command || 'global'}\n`]))]));
	return {version: '9.9.9', width: helpWidth, asciiOnly, texts, ...overrides};
}

test('help is taken from the laid-out table only when the table was made for this version, width and character set', t => {
	t.after(() => setLanguage('en'));
	const pipe = {isTTY: false};
	for (const language of languages) {
		setLanguage(language);
		assert.equal(helpFor(undefined, '9.9.9', {}, pipe, markedTable()), `laid out: ${language} global\n`);
		assert.equal(helpFor('balance', '9.9.9', {}, {isTTY: true, columns: 120}, markedTable()), `laid out: ${language} balance\n`, 'a terminal wider than 80 gets the 80-column help');
		// Narrower than the table's width: laid out for the window.
		assert.equal(helpFor('balance', '9.9.9', {}, {isTTY: true, columns: 60}, markedTable()), helpText('balance', '9.9.9', 60));
		assert.equal(helpFor(undefined, '9.9.9', {COLUMNS: '40'}, pipe, markedTable()), helpText(undefined, '9.9.9', 40));
	}
	setLanguage('en');
	const damaged: unknown[] = [
		markedTable({version: '9.9.8'}),
		markedTable({width: 100}),
		markedTable({asciiOnly: !asciiOnly}),
		markedTable({texts: {}}),
		{...markedTable(), texts: null},
		{...markedTable(), texts: {en: 'laid out'}},
		{...markedTable(), texts: {en: {'': 5}}},
		undefined,
		'laid out',
		[markedTable()],
	];
	for (const table of damaged) assert.equal(helpFor(undefined, '9.9.9', {}, pipe, table), globalHelp('9.9.9'), JSON.stringify(table));
});

test('the built CLI prints the help table beside it, and lays the help out itself when the table is missing or damaged', async t => {
	const folder = mkdtempSync(path.join(tmpdir(), 'deepseek-fix-help-table-'));
	t.after(() => rmSync(folder, {recursive: true, force: true}));
	// bin.js answers help with bin-later.js beside it, without cli.js: copies of the two alone in a folder are enough.
	const bin = path.join(folder, 'bin.js');
	copyFileSync(binPath, bin);
	copyFileSync(path.join(path.dirname(binPath), 'bin-later.js'), path.join(folder, 'bin-later.js'));
	const table = path.join(folder, laidOutHelpFile);
	const env = {DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir()};
	writeFileSync(table, JSON.stringify(markedTable({version: toolVersion})));
	assert.equal((await runCli(['balance', '--help'], env, {bin})).stdout, 'laid out: en balance\n');
	assert.equal((await runCli(['--help'], {...env, DEEPSEEK_FIX_LANG: 'zh-CN'}, {bin})).stdout, 'laid out: zh-CN global\n');
	for (const text of ['{"version":', JSON.stringify(markedTable({version: `${toolVersion}-old`}))]) {
		writeFileSync(table, text);
		const run = await runCli(['--help'], env, {bin});
		assert.deepEqual({code: run.code, stdout: run.stdout, stderr: run.stderr}, {code: 0, stdout: helpText(undefined, toolVersion), stderr: ''}, text);
	}
	rmSync(table);
	assert.equal((await runCli(['check', '--help'], env, {bin})).stdout, helpText('check', toolVersion));
});

test('a line that only asks for help says on stderr what every run says about how it was started, as the full parser does', async () => {
	// A DEEPSEEK_FIX_LANG that names no language, and a DEEPSEEK_FIX_CONFIG_DIR whose ~ no shell expanded.
	const env = {DEEPSEEK_FIX_LANG: 'fr_FR', DEEPSEEK_FIX_CONFIG_DIR: '~/deepseek-fix-help-test'};
	const cwd = tempConfigDir();
	const full = await runCli(['check', '--timeout', '5000', '--help'], env, {cwd});
	assert.equal(full.code, 0);
	assert.match(full.stderr, /DEEPSEEK_FIX_LANG="fr_FR" names no language/);
	assert.match(full.stderr, /DEEPSEEK_FIX_CONFIG_DIR starts with ~/);
	for (const line of [['check', '--help'], ['--help'], ['help', 'balance']]) {
		const run = await runCli(line, env, {cwd});
		assert.deepEqual({code: run.code, stderr: run.stderr}, {code: 0, stderr: full.stderr}, line.join(' '));
	}
});

test('a flag given twice is no error: the last one counts, and only its value is checked (a wrapper that adds its own --timeout before the caller\'s)', () => {
	const value = (argv: string[], flag: Flag) => {
		const parsed = parseCommandLine(argv);
		assert.ok(parsed.ok, `${argv.join(' ')}: ${parsed.ok ? '' : parsed.problem}`);
		return parsed.parsed.values[flag];
	};
	assert.equal(value(['balance', '--below', '5', '--below', '10'], 'below'), '10');
	assert.equal(value(['check', '--timeout', 'abc', '--timeout=30000'], 'timeout'), '30000');
	assert.equal(value(['check', '--json', '--json'], 'json'), true);
	assert.equal(value(['report', '--out', 'a.md', '--out', '-'], 'out'), '-');
	const last = parseCommandLine(['check', '--timeout', '30000', '--timeout', 'abc']);
	assert.deepEqual(last, {ok: false, problem: cliMessages.badTimeout('abc')});
});

test('a flag or command a copy or an input method changed is named with the character and the word as it must be typed', () => {
	const problem = (argv: string[]) => {
		const parsed = parseCommandLine(argv);
		assert.ok(!parsed.ok, argv.join(' '));
		return parsed.problem;
	};
	// A word processor's or a chat app's dash ("–" for "--"), a web page's non-breaking hyphens, an input method's full-width ones.
	assert.equal(problem(['check', '\u2013probe']), cliMessages.pastedDash({argument: '\u2013probe', character: '\u2013', meant: '--probe'}));
	assert.equal(problem(['check', '\u2014json']), cliMessages.pastedDash({argument: '\u2014json', character: '\u2014', meant: '--json'}));
	assert.equal(problem(['check', '\u2011\u2011json']), cliMessages.pastedDash({argument: '\u2011\u2011json', character: '\u2011', meant: '--json'}));
	assert.equal(problem(['check', '\uFF0D\uFF0Djson']), cliMessages.pastedDash({argument: '\uFF0D\uFF0Djson', character: '\uFF0D', meant: '--json'}));
	assert.equal(problem(['check', '\u2013timeout=5000']), cliMessages.pastedDash({argument: '\u2013timeout=5000', character: '\u2013', meant: '--timeout=5000'}));
	assert.equal(problem(['\u2013h']), cliMessages.pastedDash({argument: '\u2013h', character: '\u2013', meant: '-h'}));
	// A character that does not show: the parser alone said "unknown option "--probe" (did you mean --probe?)".
	assert.equal(problem(['check', '--probe\u200B']), cliMessages.pastedInvisible({argument: '--probe', character: 'U+200B', meant: '--probe'}));
	assert.equal(problem(['check', '--json\u3000']), cliMessages.pastedInvisible({argument: '--json', character: 'U+3000', meant: '--json'}));
	assert.equal(problem(['check\u00A0']), cliMessages.pastedInvisible({argument: 'check', character: 'U+00A0', meant: 'check'}));
	assert.equal(problem(['\uFF43\uFF48\uFF45\uFF43\uFF4B']), cliMessages.pastedFullWidth({argument: '\uFF43\uFF48\uFF45\uFF43\uFF4B', character: '\uFF43', meant: 'check'}));
	// Plain words that are still wrong keep the parser's sentences; a flag's value is its own.
	assert.equal(problem(['check', '--prob']), cliMessages.unknownOptionNearest({option: '--prob', nearest: '--probe'}));
	assert.equal(problem(['check', '\u2013foo']), cliMessages.tooManyCommands('\u2013foo'));
	assert.equal(problem(['check', '--model', '\u2013probe']), cliMessages.modelNeedsProbe);
	// The value after `=` is the user's own: the word to type keeps it as written (not NFKC'd), shown as any word is (no escapes, cut short).
	assert.equal(problem(['\uFF0D\uFF0Dmodel\uFF1D\uFF58']), cliMessages.pastedDash({argument: '\uFF0D\uFF0Dmodel\uFF1D\uFF58', character: '\uFF0D', meant: '--model=\uFF58'}));
	assert.equal(problem(['\u2013timeout=\u001b[2J5'.padEnd(200, '0')]), cliMessages.pastedDash({argument: oneLine('\u2013timeout=5'.padEnd(197, '0'), 60), character: '\u2013', meant: oneLine('--timeout=5'.padEnd(196, '0'), 60)}));
});

test('a bad --timeout or --below value is shown on one line, without terminal escapes, cut short', () => {
	const problem = (argv: string[]) => {
		const parsed = parseCommandLine(argv);
		assert.ok(!parsed.ok, argv.join(' '));
		return parsed.problem;
	};
	assert.equal(problem(['check', '--timeout', '1\u001b[31mred\nline2']), cliMessages.badTimeout('1red line2'));
	assert.equal(problem(['balance', '--below', '\u001b]0;title\u0007x']), cliMessages.badBelow('x'));
	assert.ok(problem(['balance', '--below', 'x'.repeat(300)]).length < 150);
});

test('a second command word is shown as the other words are: no escapes, one line, cut short', () => {
	const parsed = parseCommandLine(['check', 'x\u001b[2J\u202Ey\nz'.padEnd(300, 'w')]);
	assert.ok(!parsed.ok);
	assert.equal(parsed.problem, cliMessages.tooManyCommands(oneLine('xy z'.padEnd(297, 'w'), 60)));
});

test('a key pasted into the line in place of a flag, a command or a value is masked in the problem sentence', async () => {
	// Built from parts so that the leaked-key scan of this repository does not flag a test value.
	const key = 'sk-' + '5e0c7a1f9b2d4e68' + 'a3c5e7f90b1d2f46';
	for (const argv of [[`--${key}`], [key], ['balance', '--below', key], ['--lang', key], ['check', `--%22${key}%22`]]) {
		const parsed = parseCommandLine(argv);
		assert.ok(!parsed.ok && !parsed.problem.includes(key.slice(3)) && parsed.problem.includes(maskKey(key)), `${argv.join(' ')}: ${parsed.ok ? 'parsed' : parsed.problem}`);
	}
	// The key in use in a form no pattern knows (without sk-, cut into groups): main() masks it, knowing the key.
	const body = key.slice(3);
	for (const word of [`--${body}`, `--${body.match(/.{4}/g)!.join('%20')}`]) {
		const {code, stderr} = await mainOutput([word], {DEEPSEEK_FIX_LANG: 'en', DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(), DEEPSEEK_API_KEY: key});
		assert.equal(code, 2);
		assert.ok(!decodeURIComponent(stderr).replaceAll(' ', '').includes(body), stderr);
	}
});

test('--timeout given a span, as --wait-max and --every take one, says the milliseconds to write', () => {
	const problem = (argv: string[]) => {
		const parsed = parseCommandLine(argv);
		assert.ok(!parsed.ok, argv.join(' '));
		return parsed.problem;
	};
	assert.equal(problem(['check', '--timeout', '30s']), cliMessages.timeoutInMilliseconds({value: '30s', ms: 30_000}));
	assert.equal(problem(['check', '--timeout=2m']), cliMessages.timeoutInMilliseconds({value: '2m', ms: 120_000}));
	assert.equal(problem(['check', '--timeout', '5000ms']), cliMessages.timeoutInMilliseconds({value: '5000ms', ms: 5000}));
	// Out of range as a span too, or no span at all: the rule as it was.
	assert.equal(problem(['check', '--timeout', '1h']), cliMessages.badTimeout('1h'));
	assert.equal(problem(['check', '--timeout', '1e3']), cliMessages.badTimeout('1e3'));
	assert.equal(problem(['check', '--timeout', '1.5']), cliMessages.badTimeout('1.5'));
});

test('-V and -H are taken for the version and help flags they differ from only in case', () => {
	assert.deepEqual(parseCommandLine(['-V']), {ok: false, problem: cliMessages.unknownOptionNearest({option: '-V', nearest: '--version'})});
	assert.deepEqual(parseCommandLine(['check', '-H']), {ok: false, problem: cliMessages.unknownOptionNearest({option: '-H', nearest: '--help'})});
	assert.deepEqual(parseCommandLine(['-x']), {ok: false, problem: cliMessages.unknownOption('-x')});
});

test('--key-from given a short or differently written app name suggests the one it stands for', () => {
	const names = ['claude-code', 'opencode', 'continue', 'aider', 'codex'];
	for (const [value, nearest] of [['claude', 'claude-code'], ['Claude Code', 'claude-code'], ['claude_code', 'claude-code'], ['open-code', 'opencode'], ['contineu', 'continue'], ['aidr', 'aider'], ['codx', 'codex']] as const) {
		assert.deepEqual(parseCommandLine(['check', '--key-from', value]), {ok: false, problem: cliMessages.badKeyFromNearest({value, names, nearest})}, value);
	}
	// Nothing near: the list alone.
	assert.deepEqual(parseCommandLine(['check', '--key-from', 'cursor']), {ok: false, problem: cliMessages.badKeyFrom({value: 'cursor', names})});
	assert.deepEqual(parseCommandLine(['check', '--key-from', 'cla']), {ok: false, problem: cliMessages.badKeyFrom({value: 'cla', names})});
});

test('every refusal of node:util parseArgs gets our sentence, with the whole word it is about, never Node\'s English', () => {
	const problem = (argv: string[]) => {
		const parsed = parseCommandLine(argv);
		return parsed.ok ? undefined : parsed.problem;
	};
	// ERR_PARSE_ARGS_UNKNOWN_OPTION: the word whole (read back from Node's message it was cut at a space or a quote).
	assert.equal(problem(['--x y']), cliMessages.unknownOption('--x y'));
	assert.equal(problem(["--it's"]), cliMessages.unknownOption("--it's"));
	assert.equal(problem(['-hx']), cliMessages.unknownOption('-x'));
	// ERR_PARSE_ARGS_INVALID_OPTION_VALUE: no value, a value for a flag that takes none, another option in the value's place.
	assert.equal(problem(['check', '--timeout']), cliMessages.optionNeedsValue('--timeout'));
	assert.equal(problem(['check', '--json=yes']), cliMessages.optionTakesNoValue('--json'));
	assert.equal(problem(['check', '--timeout', '--json']), cliMessages.optionNeedsValue('--timeout'));
	assert.equal(problem(['report', '--out', '-']), undefined, '- alone is a value (stdout)');
	setLanguage('zh-CN');
	try {
		assert.equal(problem(['check', '--timeout', '--json']), '--timeout 后面缺少值');
	} finally {
		setLanguage('en');
	}
});

test('--lang and DEEPSEEK_FIX_LANG take any zh or en tag (zh-Hans, zh-SG, en-US, EN) as the language the tool has', async () => {
	// …and a UTF-8 locale as LANG holds it (zh_CN.UTF-8, copied from there), by both.
	for (const tag of ['zh-Hans', 'zh-Hans-CN', 'zh-SG', 'zh_TW', 'ZH', 'zh_CN.UTF-8']) {
		assert.ok(parseCommandLine(['check', '--lang', tag]).ok, tag);
		const run = await mainOutput(['config', '--lang', tag], {DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(), DEEPSEEK_FIX_LANG: 'en'});
		assert.match(run.stdout, /^记住的设置/, tag);
	}
	for (const tag of ['en-US', 'en-GB', 'EN', 'en_US.UTF-8']) {
		const run = await mainOutput(['config'], {DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(), DEEPSEEK_FIX_LANG: tag, LANG: 'zh_CN.UTF-8'});
		assert.deepEqual({stderr: run.stderr, title: run.stdout.split('\n')[0]}, {stderr: '', title: 'Remembered settings'}, tag);
	}
	assert.deepEqual(parseCommandLine(['--lang', 'fr-CN']), {ok: false, problem: cliMessages.badLanguage('fr-CN')});
	// A locale in another character set is refused by both, the sentence naming the UTF-8 form: this tool writes only UTF-8.
	assert.deepEqual(parseCommandLine(['--lang', 'zh_CN.GBK']), {ok: false, problem: cliMessages.badLanguage('zh_CN.GBK')});
	assert.match(cliMessages.badLanguage('zh_CN.GBK'), /a locale only in UTF-8, such as zh_CN\.UTF-8/);
	const gbk = await mainOutput(['config'], {DEEPSEEK_FIX_CONFIG_DIR: tempConfigDir(), DEEPSEEK_FIX_LANG: 'zh_CN.GBK', LANG: 'en_US.UTF-8'});
	assert.match(gbk.stderr, /DEEPSEEK_FIX_LANG="zh_CN\.GBK" names no language .*a locale only in UTF-8, such as zh_CN\.UTF-8/);
});
