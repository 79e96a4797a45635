// The built command line in a real terminal: colour follows NO_COLOR, FORCE_COLOR,
// TERM=dumb and "is it a terminal" (one rule for the text report and the wizard), TERM=dumb
// gets the plain check instead of the wizard, and
// Ctrl+C in the wizard ends it with "Cancelled." and 130.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {runCli} from '../helpers/run-cli.js';
import {keysOnScreens, runInTerminal, terminalAvailable, words} from '../helpers/terminal.js';
import {fakeEnv, useFake} from '../helpers/with-fake.js';

const fake = useFake();
const skip = !terminalAvailable && 'no util-linux `script` here to give the command a terminal';

/** An SGR sequence: colour or style (bold, dim…). Cursor moves and erasing are not styles. */
const style = /\u001B\[[\d;]*m/;

/** fakeEnv without NO_COLOR, with these variables instead. */
function env(extra: Record<string, string>): Record<string, string | undefined> {
	return {...fakeEnv(fake(), 'zero_balance'), NO_COLOR: undefined, ...extra};
}

for (const [name, extra, coloured] of [
	['a terminal', {TERM: 'xterm-256color'}, true],
	['NO_COLOR=1', {TERM: 'xterm-256color', NO_COLOR: '1'}, false],
	['TERM=dumb', {TERM: 'dumb'}, false],
	['FORCE_COLOR=0', {TERM: 'xterm-256color', FORCE_COLOR: '0'}, false],
	['NO_COLOR=1 and FORCE_COLOR=1', {TERM: 'dumb', NO_COLOR: '1', FORCE_COLOR: '1'}, true],
] as const) {
	test(`check in ${name}: ${coloured ? 'colour' : 'no colour'}`, {skip}, async () => {
		fake().setScenario('zero_balance');
		const run = await runInTerminal(['check'], env(extra));
		assert.equal(run.code, 1, run.output);
		assert.match(words(run.output), /Calls fail because of your DeepSeek balance/);
		assert.equal(style.test(run.output), coloured, run.output);
		assert.doesNotMatch(run.output, /Warning:/);
	});

	// TERM=dumb gets the plain check instead of the wizard (tested below); with FORCE_COLOR
	// beating NO_COLOR the wizard is tried in a terminal that can run it.
	if (name === 'TERM=dumb') continue;
	const wizardExtra: Record<string, string> = extra.TERM === 'dumb' ? {...extra, TERM: 'xterm-256color'} : extra;
	test(`the wizard in ${name}: ${coloured ? 'colour' : 'no colour'}; Ctrl+C ends it with "Cancelled." and 130`, {skip}, async () => {
		fake().setScenario('zero_balance');
		// Down first: a Ctrl+C before the wizard reads keys itself would be the terminal's own SIGINT, not the wizard's key.
		const walk = keysOnScreens([['What is happening?', '\u001B[B'], ['❯ They fail with something else', '\u0003']]);
		const run = await runInTerminal([], env(wizardExtra), {react: walk.react});
		assert.deepEqual(walk.left(), [], run.output);
		assert.equal(run.code, 130, run.output);
		assert.match(words(run.output), /Cancelled\.\r?\n/);
		assert.equal(style.test(run.output), coloured, JSON.stringify(run.output));
		// Node's "The 'NO_COLOR' env is ignored due to the 'FORCE_COLOR' env being set." stood above the first screen.
		assert.doesNotMatch(run.output, /Warning:/);
	});
}

test('a base URL that cannot be used, on a terminal 60 columns wide: the sentence on stderr is wrapped at words, not cut by the terminal mid-word', {skip}, async () => {
	const run = await runInTerminal(['check'], env({TERM: 'xterm-256color', NO_COLOR: '1', DEEPSEEK_BASE_URL: '"https://api.deepseek.com"'}), {columns: 60});
	assert.equal(run.code, 2, run.output);
	assert.match(run.output.replaceAll(/\s+/g, ' '), /The base URL has quotes around it that are part of its value/);
	const lines = run.output.split(/\r?\n/).filter(line => line.includes('base URL') || line.includes('quotes'));
	assert.ok(lines.length >= 2, run.output);
	for (const line of lines) assert.ok(line.length <= 60, `wider than the terminal: ${JSON.stringify(line)}`);
});

test('TERM=dumb on a terminal: the plain check instead of the wizard (the cursor cannot move there), said on stderr', {skip}, async () => {
	fake().setScenario('zero_balance');
	const run = await runInTerminal([], env({TERM: 'dumb'}));
	assert.equal(run.code, 1, run.output);
	const seen = words(run.output);
	assert.match(seen, /This terminal \(TERM=dumb\) cannot redraw the wizard: running the plain check instead\./);
	assert.match(seen, /Calls fail because of your DeepSeek balance/);
	assert.doesNotMatch(seen, /What is happening\?/);
	assert.doesNotMatch(run.output, style);
	// No progress line either: a dumb terminal could not erase it (it would print ESC [K).
	assert.doesNotMatch(run.output, /Checking |\u001B\[K/);
});

for (const side of ['stdin', 'stdout'] as const) {
	test(`deepseek-fix with only its ${side} not a terminal: the plain check, said on stderr, never the wizard (no raw mode to crash on)`, {skip}, async () => {
		fake().setScenario('zero_balance');
		const run = await runInTerminal([], env({TERM: 'xterm-256color', NO_COLOR: '1'}), {notATerminal: side});
		const output = words(run.output);
		assert.match(output, /Not a terminal: running the plain check instead of the wizard\./);
		assert.match(output, /Calls fail because of your DeepSeek balance/);
		assert.doesNotMatch(output, /Raw mode|Error|\? help/);
		assert.ok(side === 'stdin' ? run.code === 1 : output.includes('[exit 1]'), output);
	});
}

test('--json with no command on a terminal: the document check --json prints, not the wizard', {skip}, async () => {
	fake().setScenario('zero_balance');
	const run = await runInTerminal(['--json'], env({}));
	assert.equal(run.code, 1, run.output);
	assert.doesNotMatch(words(run.output), /What is happening\?|running the plain check instead/);
	const document = JSON.parse(run.output.slice(run.output.indexOf('{'), run.output.lastIndexOf('}') + 1)) as {verdict: string; checks: unknown[]};
	assert.equal(document.verdict, 'insufficient_balance');
	assert.equal(document.checks.length, 10);
});

test('TERM=dumb at 60 columns: the sentence saying why is wrapped at the window, as the report is (the terminal broke "te|rminal")', {skip}, async () => {
	fake().setScenario('zero_balance');
	const run = await runInTerminal([], env({TERM: 'dumb'}), {columns: 60});
	const rows = run.output.split(/\r?\n/);
	const first = rows.findIndex(row => row.startsWith('This terminal (TERM=dumb)'));
	assert.notEqual(first, -1, run.output);
	assert.deepEqual(rows.slice(first, first + 3), [
		'This terminal (TERM=dumb) cannot redraw the wizard: running',
		'the plain check instead. For the wizard, run it in a full',
		'terminal.',
	]);
});

test('an error on a terminal\'s stderr is wrapped at spaces to the window (the terminal cut words in two); into a pipe it stays one line', {skip}, async () => {
	const line = ['check', '--base-url', 'ftp://api.deepseek.com'];
	const run = await runInTerminal(line, env({}), {columns: 40});
	const rows = words(run.output).split(/\r?\n/).filter(row => row.trim() !== '');
	const first = rows.findIndex(row => row.startsWith('deepseek-fix: the base URL'));
	assert.notEqual(first, -1, run.output);
	assert.deepEqual(rows.slice(first), [
		'deepseek-fix: the base URL given with',
		'--base-url cannot be used. The base URL',
		'uses ftp:// but only https:// (or',
		'http:// to this computer) works: use',
		'https://api.deepseek.com.',
	]);
	const piped = await runCli(line, env({COLUMNS: '40'}));
	assert.equal(piped.stderr.split('\n').length, 2, piped.stderr);
});

test('check on a terminal: one line says what runs while the requests travel, and is erased before the report; not into a pipe', {skip}, async () => {
	fake().setScenario('zero_balance');
	const progress = `Checking ${fake().baseUrl}… (up to 10 s per request; Ctrl+C stops)`;
	const run = await runInTerminal(['check'], env({TERM: 'xterm-256color', NO_COLOR: '1'}));
	assert.equal(run.code, 1, run.output);
	// Written first, then erased in place (carriage return, erase to the end of the row) before the report's first line.
	assert.ok(run.output.startsWith(`${progress}\r\u001B[Kdeepseek-fix `), JSON.stringify(run.output.slice(0, 200)));
	const piped = await runCli(['check'], env({}));
	assert.ok(!piped.stderr.includes('Checking'), piped.stderr);
});

test('check into a pipe: no colour, unless FORCE_COLOR asks for it', async () => {
	fake().setScenario('zero_balance');
	const plain = await runCli(['check'], env({}));
	assert.doesNotMatch(plain.stdout, style);
	const forced = await runCli(['check'], env({FORCE_COLOR: '1'}));
	assert.match(forced.stdout, style);
});

test('FORCE_COLOR beside NO_COLOR (or NODE_DISABLE_COLORS): colour, and no Node warning about the pair on stderr (check, check --json, balance)', async () => {
	fake().setScenario('zero_balance');
	for (const args of [['check'], ['check', '--json'], ['balance']]) {
		const pairs: Array<Record<string, string>> = [{NO_COLOR: '1', FORCE_COLOR: '1'}, {NODE_DISABLE_COLORS: '1', FORCE_COLOR: '3'}, {NO_COLOR: '1', NODE_DISABLE_COLORS: '1', FORCE_COLOR: '0'}];
		for (const extra of pairs) {
			const run = await runCli(args, env(extra));
			assert.equal(run.code, 1, run.stderr);
			assert.equal(run.stderr, '', `${args.join(' ')} ${JSON.stringify(extra)}`);
		}
	}
});

test('DEV=true, set for other programs, changes nothing: the wizard starts with no warning above it (ink\'s development mode is left out of the build)', {skip}, async () => {
	fake().setScenario('zero_balance');
	const walk = keysOnScreens([['What is happening?', 'q']]);
	const run = await runInTerminal([], env({TERM: 'xterm-256color', DEV: 'true'}), {react: walk.react});
	assert.deepEqual(walk.left(), [], run.output);
	assert.equal(run.code, 0, run.output);
	assert.ok(words(run.output).trimStart().startsWith('Start'), run.output);
	assert.doesNotMatch(run.output, /package\.json|ENOENT|DevTools|development mode/);
});

test('CI=true, set in a terminal (some dev containers and shells do): the wizard draws each screen as it goes, not only the last one when it ends', {skip}, async () => {
	fake().setScenario('zero_balance');
	// The pointer's move is a second frame: ink in its CI mode would draw none until the end.
	const walk = keysOnScreens([['What is happening?', '\u001B[B'], ['❯ They fail with something else', 'q']]);
	const run = await runInTerminal([], env({TERM: 'xterm-256color', CI: 'true'}), {limitMs: 10_000, react: walk.react});
	assert.deepEqual(walk.left(), [], run.output);
	assert.equal(run.code, 0, run.output);
});
