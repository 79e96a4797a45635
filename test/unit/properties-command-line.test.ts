// Properties of the command line over generated argv: the real commands and flags mixed with
// junk (unknown flags, a flag twice, `--flag=value` and `--flag value`, `--`, positionals) and
// values of every shape (empty, huge, negative, NaN, units, unicode, escape sequences, bidi,
// NUL, a key spliced in). parseCommandLine never throws: it gives a parsed line or one problem
// sentence, on a single line, in the run's language, that names the word it is about without
// escape sequences, without a whole key and cut short when huge. main() says it on stderr as
// one line and exits 2 (docs/interface.md); a line that only asks for help (onlyHelp, the bin
// chunk's fast path) is one the parser reads as a help request for the same command.
import assert from 'node:assert/strict';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {parseArgs} from 'node:util';
import fc from 'fast-check';
import '../helpers/property-seed.js';
import {parseCommandLine} from '../../source/cli.js';
import {cliOptions, commands} from '../../source/command-line.js';
import {onlyHelp} from '../../source/help.js';
import {plainLine} from '../../source/plain-line.js';
import {cliMessages} from '../../source/messages/cli.js';
import {setLanguage} from '../../source/messages/language.js';
import {languageFlag, startLanguage} from '../../source/start-language.js';
import {arbitraryKey, assertNoControls, assertNoWholeKey, hostileText, keyForm} from '../helpers/hostile-input.js';
import {mainOutput} from '../helpers/main-output.js';
import {tempConfigDir} from '../helpers/run-cli.js';

const flagNames = Object.keys(cliOptions);

/** A value a person or a script may give a flag. */
function flagValue(key: string): fc.Arbitrary<string> {
	return fc.oneof(
		fc.constantFrom('', ' ', '-1', '-0', '0', '5', '2.50', '1e3', 'NaN', 'Infinity', '-Infinity', '100', '600000', '600001', '5000ms', '30s', '2m', '1h', '25h', '10 m', '５', 'en', 'zh-CN', 'fr', 'claude-code', 'codex', 'deepseek-chat', 'https://api.deepseek.com', 'http://127.0.0.1:1', '-', '--', '--json', '-h', 'help', 'check'),
		hostileText(key),
		keyForm(key),
		fc.constant('x'.repeat(5000)),
		fc.constant(`${'9'.repeat(400)}`),
	);
}

/** One word of argv: a command, a real flag (alone, with its value beside it or after `=`), junk, or a positional. */
function word(key: string): fc.Arbitrary<string[]> {
	const flag = fc.constantFrom(...flagNames);
	return fc.oneof(
		fc.constantFrom(...commands, 'help').map(name => [name]),
		flag.map(name => [`--${name}`]),
		fc.record({name: flag, value: flagValue(key)}).map(({name, value}) => [`--${name}`, value]),
		fc.record({name: flag, value: flagValue(key)}).map(({name, value}) => [`--${name}=${value}`]),
		fc.constantFrom('-h', '-v', '-V', '-H', '-x', '-hv', '--', '-', '---', '--no-json', '--JSON', '--jsn', '--timeout=', '--lang=', '—probe', '–json', '--json\u00A0', '--js\u200Bon', '－－json').map(junk => [junk]),
		hostileText(key).map(text => [`--${text}`]),
		hostileText(key).map(text => [`-${text}`]),
		flagValue(key).map(value => [value]),
	);
}

const arbitraryLine = arbitraryKey.chain(key =>
	fc.record({
		key: fc.constant(key),
		argv: fc.array(word(key), {maxLength: 6}).map(words => words.flat()),
		language: fc.constantFrom('en', 'zh-CN'),
	}),
);

/** A sentence as the user reads it: one line, nothing that acts on a terminal, no whole key, not huge. */
// The parser knows no key: it masks what looks like one (sk-… at a word's start; glued to a word,
// "NaNsk-…", it is a word); main() masks the key in use in every form it may take.
function assertReadableProblem(problem: string, key: string | undefined, language: string, what: string, given: readonly string[] = []): void {
	assert.ok(!/[\n\r\u2028\u2029\u0085]/.test(problem), `${what} is one line: ${JSON.stringify(problem.slice(0, 300))}`);
	assertNoControls(problem, what);
	if (key === undefined) assert.doesNotMatch(problem, /(?<!\w)sk-[0-9a-f]{32}/, `${what} holds a whole key`);
	else assertNoWholeKey(problem, key, what);
	assert.ok(problem.length <= 600, `${what} is cut short (${problem.length} characters): ${JSON.stringify(problem.slice(0, 300))}`);
	if (language === 'zh-CN') assert.match(problem, /[\u4E00-\u9FFF]/, `${what} is in Chinese: ${JSON.stringify(problem.slice(0, 300))}`);
	else {
		// The user's own words, quoted back ("--json=中文中文" … "type --json=中文中文"), are not the sentence's language.
		const echoed = given.join(' ').match(/[\u4E00-\u9FFF]+/g) ?? [];
		const ours = echoed.reduce((rest, run) => rest.split(run).join(' '), problem);
		assert.doesNotMatch(ours, /[\u4E00-\u9FFF]{2}.*[\u4E00-\u9FFF]{2}.*[\u4E00-\u9FFF]{2}/, `${what} is in English: ${JSON.stringify(problem.slice(0, 300))}`);
	}
}

test('parseCommandLine: never throws; a parsed line or one readable problem sentence in the run\'s language, naming the problem in our words (never node:util parseArgs\' English, nor the catch-all)', t => {
	t.after(() => setLanguage('en'));
	fc.assert(
		fc.property(arbitraryLine, ({argv, language}) => {
			setLanguage(language);
			const parsed = parseCommandLine(argv);
			if (parsed.ok) return;
			assertReadableProblem(parsed.problem, undefined, language, `the problem with ${JSON.stringify(argv).slice(0, 200)}`, argv);
			// A line strict parsing would refuse that optionProblem let through ends in the catch-all: never, then.
			assert.notEqual(parsed.problem, cliMessages.unreadableLine, `${JSON.stringify(argv)} gets the sentence that names the problem`);
			assert.doesNotMatch(parsed.problem, /Unknown option '|argument missing|does not take an argument|is ambiguous|positional argument/, JSON.stringify(argv));
		}),
		// Found by a run: the user's Chinese quoted back twice in an English sentence is still English.
		{numRuns: 3000, includeErrorInReport: true, examples: [[{key: `sk-${'0'.repeat(32)}`, argv: ['--json=中文中文\u200E'], language: 'en'}]]},
	);
});

test('onlyHelp: a line it answers is one the parser reads as a help request for the same command', () => {
	fc.assert(
		fc.property(arbitraryLine, ({argv}) => {
			const fast = onlyHelp(argv);
			if (fast === undefined) return;
			const parsed = parseCommandLine(argv);
			assert.ok(parsed.ok && parsed.parsed.values.help === true, `${JSON.stringify(argv)} asks for help`);
			assert.equal(parsed.parsed.command, fast.command);
		}),
		{numRuns: 2000, includeErrorInReport: true},
	);
	// The generator reaches the fast path's lines too: they are few among all lines.
	for (const argv of [['--help'], ['help'], ['-h'], ['check', '--help'], ['help', 'balance'], ['config', '-h']]) {
		const fast = onlyHelp(argv);
		const parsed = parseCommandLine(argv);
		assert.ok(fast !== undefined && parsed.ok && parsed.parsed.values.help === true && parsed.parsed.command === fast.command, JSON.stringify(argv));
	}
});

/** parseArgs' strict reading of a line (positionals allowed), or undefined where it refuses it. */
function strictReading(argv: string[]): {values: unknown; positionals: string[]} | undefined {
	try {
		const {values, positionals} = parseArgs({args: argv, options: cliOptions, allowPositionals: true, strict: true});
		return {values, positionals};
	} catch {
		return undefined;
	}
}

test('plainLine: a line it reads without parseArgs is read exactly as strict parseArgs reads it; any other it leaves to parseArgs', () => {
	fc.assert(
		fc.property(arbitraryLine, ({argv}) => {
			const plain = plainLine(argv, cliOptions);
			if (plain === undefined) return;
			// deepStrictEqual compares prototypes too: parseArgs' values have none.
			assert.deepStrictEqual(plain, strictReading(argv), JSON.stringify(argv).slice(0, 300));
		}),
		{numRuns: 3000, includeErrorInReport: true},
	);
	// The lines it is there for, and the edges where it must step aside.
	const read = [[], ['check', '--json'], ['balance', '--json'], ['--json'], ['check'], ['help'], ['check', '--json', '--json'], ['--probe', 'check', '--json'], ['config', '--path'], ['check', '--help'], ['check', ''], ['check', 'balance', 'x'], ['check', '—json']];
	for (const argv of read) assert.deepStrictEqual(plainLine(argv, cliOptions), strictReading(argv), JSON.stringify(argv));
	const left = [['--lang', 'zh-CN', 'check'], ['check', '--lang=en'], ['check', '--lang='], ['--', 'check'], ['check', '--', '--json'], ['-h'], ['-v'], ['-'], ['---json'], ['--jsn'], ['--JSON'], ['--json=1'], ['--json='], ['--timeout', '5'], ['--timeout=5'], ['--no-json'], ['--__proto__'], ['--toString']];
	for (const argv of left) assert.equal(plainLine(argv, cliOptions), undefined, JSON.stringify(argv));
});

test('languageFlag: the --lang that parseArgs reads from the line, whatever else is on it (before or after the command, `--lang=`, after `--`, beside unknown flags)', () => {
	const full = (argv: string[]) => {
		const {values} = parseArgs({args: argv, options: {lang: {type: 'string'}}, strict: false, allowPositionals: true});
		return typeof values.lang === 'string' ? values.lang : undefined;
	};
	fc.assert(
		fc.property(arbitraryLine, ({argv}) => {
			assert.equal(languageFlag(argv), full(argv), JSON.stringify(argv).slice(0, 300));
		}),
		{numRuns: 3000, includeErrorInReport: true},
	);
	const lines: [string[], string | undefined][] = [
		[['--lang', 'zh-CN', 'check'], 'zh-CN'],
		[['check', '--json', '--lang', 'en'], 'en'],
		[['check', '--lang=zh'], 'zh'],
		[['check', '--lang='], ''],
		[['check', '--lang'], undefined],
		[['--', '--lang', 'zh-CN'], undefined],
		[['--lang', 'zh-CN', '--', '--lang', 'en'], 'zh-CN'],
		[['--jsn', '--lang', 'zh-CN', '-x'], 'zh-CN'],
		[['--timeout', '--lang', 'zh-CN'], 'zh-CN'],
		[['--lang', '--json'], '--json'],
		[['--language', 'zh-CN'], undefined],
		[['check', '--json'], undefined],
	];
	for (const [argv, lang] of lines) {
		assert.equal(full(argv), lang, `the reference reads ${JSON.stringify(argv)}`);
		assert.equal(languageFlag(argv), lang, JSON.stringify(argv));
	}
});

test('main: a line the parser refuses ends with exit 2 and its one sentence on stderr, nothing on stdout', async t => {
	t.after(() => setLanguage('en'));
	const configDir = tempConfigDir();
	await fc.assert(
		fc.asyncProperty(arbitraryLine, async ({key, argv, language}) => {
			setLanguage(language);
			if (parseCommandLine(argv).ok) return;
			const env = {DEEPSEEK_FIX_LANG: language, DEEPSEEK_FIX_CONFIG_DIR: configDir, DEEPSEEK_API_KEY: key};
			const {code, stdout, stderr} = await mainOutput(argv, env);
			// The run's language: a --lang that names one wins over the variable.
			const spoken = startLanguage(argv, env).language;
			assert.equal(code, 2, `exit code for ${JSON.stringify(argv).slice(0, 200)}`);
			assert.equal(stdout, '');
			assert.ok(stderr.endsWith('\n'), 'stderr ends its line');
			const lines = stderr.slice(0, -1).split('\n');
			// --lang named no language: a notice before the problem, as startNotices says it.
			assert.ok(lines.length <= 2, `at most a notice and the problem: ${JSON.stringify(stderr.slice(0, 400))}`);
			for (const line of lines) assertReadableProblem(line, key, spoken, 'a stderr line', argv);
		}),
		{numRuns: 400, includeErrorInReport: true},
	);
});

/** A file name with anything in it but a folder separator (the folder it is in stays the one given). */
const outName = (key: string) => hostileText(key).map(text => text.replaceAll('/', '_').replaceAll('\\', '_'));

test('report --out with any path it cannot write: one clean sentence on stderr naming it, exit 2, no whole key', async t => {
	t.after(() => setLanguage('en'));
	const configDir = tempConfigDir();
	const scratch = mkdtempSync(path.join(tmpdir(), 'deepseek-fix-out-'));
	await fc.assert(
		fc.asyncProperty(
			arbitraryKey.chain(key => fc.record({key: fc.constant(key), folder: outName(key), file: outName(key), language: fc.constantFrom('en', 'zh-CN')})),
			async ({key, folder, file, language}) => {
				setLanguage(language);
				// A folder that does not exist: the report is refused before any check runs.
				const out = path.join(scratch, `missing-${folder}`, `${file}.md`);
				const env = {DEEPSEEK_FIX_LANG: language, DEEPSEEK_FIX_CONFIG_DIR: configDir, DEEPSEEK_API_KEY: key, DEEPSEEK_BASE_URL: 'http://127.0.0.1:9'};
				const {code, stdout, stderr} = await mainOutput(['report', '--out', out], env, scratch);
				assert.equal(code, 2, `exit code for ${JSON.stringify(out)}: ${JSON.stringify(stderr.slice(0, 300))}`);
				assert.equal(stdout, '');
				assert.ok(stderr.endsWith('\n'), 'stderr ends its line');
				const lines = stderr.slice(0, -1).split('\n');
				assert.ok(!/[\n\r\u2028\u2029\u0085]/.test(stderr.slice(0, -1)), `one sentence, on one line: ${JSON.stringify(stderr.slice(0, 400))}`);
				assertNoControls(lines[0]!, 'the sentence');
				assertNoWholeKey(stderr, key, 'the sentence');
				assert.ok(lines[0]!.includes(path.basename(scratch)), `it names the path: ${JSON.stringify(lines[0])}`);
			},
		),
		{numRuns: 150, includeErrorInReport: true},
	);
});
